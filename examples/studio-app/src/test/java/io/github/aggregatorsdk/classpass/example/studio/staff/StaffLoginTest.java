package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff pages and actions need a login and the form's CSRF token; ClassPass's calls need only
 * ClassPass's token, start no session and are not held up by login or CSRF.
 */
@StudioAppTest
class StaffLoginTest {

  @Autowired StudioFixture studio;
  @Autowired ClassSessions sessions;
  @Autowired ClassPassProperties classPass;

  private final HttpClient anonymous =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void everyStaffPageWithoutLoginRedirectsToTheLoginForm() throws Exception {
    for (String page : List.of("/", "/activities", "/customers", "/customers/1",
        "/customers/duplicates", "/settings/classpass")) {
      HttpResponse<String> answer = send(HttpRequest.newBuilder(app(page)).build());

      assertThat(answer.statusCode()).as(page).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location")).as(page)
          .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
      assertThat(answer.body()).as(page).doesNotContain("Vinyasa", "Maya");
    }
  }

  @Test
  void staffActionWithoutLoginIsRefusedAndChangesNothing() throws Exception {
    ClassSessionEntity session = studio.newClass(10, 3);
    // A valid CSRF token of an anonymous session: only the missing login stands in the way.
    String token = StudioFixture.csrfToken(send(HttpRequest.newBuilder(app("/login")).build()).body());

    HttpResponse<String> answer =
        send(HttpRequest.newBuilder(app("/staff/sessions/" + session.getId() + "/cancel"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token))
            .build());

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login"));
    assertThat(sessions.findById(session.getId()).orElseThrow().isCancelled()).isFalse();
  }

  @Test
  void staffPostWithoutTheCsrfTokenIsRefusedEvenWhenSignedIn() {
    ClassSessionEntity session = studio.newClass(10, 3);

    HttpResponse<String> answer =
        studio.staffPostWithoutCsrfToken("/staff/sessions/" + session.getId() + "/cancel");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(sessions.findById(session.getId()).orElseThrow().isCancelled()).isFalse();
  }

  @Test
  void wrongPasswordDoesNotSignIn() throws Exception {
    String token = StudioFixture.csrfToken(send(HttpRequest.newBuilder(app("/login")).build()).body());

    HttpResponse<String> answer =
        send(HttpRequest.newBuilder(app("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(
                "username=staff&password=not-the-password&_csrf=" + token))
            .build());

    assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login?error"));
    assertThat(send(HttpRequest.newBuilder(app("/")).build()).statusCode()).isEqualTo(302);
  }

  @Test
  void classPassPostsWithItsTokenWithoutSessionOrCsrfTokenAndStartsNoSession() {
    ClassSessionEntity session = studio.newClass(10, 3);

    HttpResponse<String> reserved = studio.reserve(session, "login-test-1", "cp-login-1");

    assertThat(reserved.statusCode()).isEqualTo(200);
    assertThat(reserved.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void classPassCallWithoutItsTokenGetsClassPassErrorNotTheLoginForm() throws Exception {
    HttpResponse<String> answer =
        send(HttpRequest.newBuilder(app(classPass.getPartnerApi().getBasePath() + "/reservations"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build());

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("\"error\"").doesNotContain("<form");
  }

  private URI app(String path) {
    return URI.create(studio.baseUrl() + path);
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return anonymous.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
