package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.UpcomingClass;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The staff page at {@code /}, read over HTTP. */
@StudioAppTest
class TimetablePageTest {

  @Autowired StudioFixture studio;
  @Autowired Timetable timetable;
  @Autowired StaffDesk desk;
  @Autowired Customers customers;

  @Test
  void listsTheUpcomingClassesWithTheirClassPassSettingsAndAvailability() {
    HttpResponse<String> page = studio.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("Vinyasa Flow", "Members&#39; Yin", "not open to ClassPass")
        .contains("at most 3 ClassPass spots per class, every free spot from 60 min before start")
        .contains("ClassPass is simulated at http://127.0.0.1:");
  }

  @Test
  void showsEverySignInLineWithTheCustomersNameEscaped() {
    UpcomingClass membersOnly =
        timetable.nextDays(14).stream()
            .filter(upcoming -> !upcoming.classPass().offered())
            .findFirst()
            .orElseThrow();
    CustomerEntity robin =
        customers.save(new CustomerEntity("<b>Robin</b>", "O'Hara & Co", null, null, null, null));
    desk.bookAtFrontDesk(
        Long.parseLong(membersOnly.session().id()), robin.getId(), "Guest <pass>", false);

    String page = studio.get("/").body();

    assertThat(page)
        .contains("&lt;b&gt;Robin&lt;/b&gt; O&#39;Hara &amp; Co")
        .contains("Guest &lt;pass&gt;")
        .doesNotContain("<b>Robin</b>");
  }
}
