package io.github.aggregatorsdk.classpass.example.studio.classpass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.staff.StaffDesk;
import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.booking.ReservationCommand;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Against the app's JPA repositories on H2: values wider than a column and races its unique
 * constraints decide get the contract's answers, never a 500.
 */
@StudioAppTest
class RacesAndLimitsOnH2Test {

  private static final AtomicInteger IDS = new AtomicInteger();

  @Autowired StudioFixture studio;
  @Autowired Bookings bookings;
  @Autowired Customers customers;
  @Autowired StaffDesk staff;
  @Autowired ClassPassProperties properties;
  @Autowired Environment environment;
  @Autowired CustomerRepository customerRepository;
  @Autowired ClassSessionRepository sessionRepository;
  @Autowired BookingRepository bookingRepository;
  @Autowired SessionTransactions transactions;
  @Autowired Clock clock;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void anEmailWiderThanTheColumnIsDroppedAndTheUserIsBooked() throws Exception {
    ClassSessionEntity session = studio.newClass(10, 10);
    String userId = "wide-mail-" + IDS.incrementAndGet();
    ObjectNode body = reservation(session, "r-" + userId, userId);
    body.with("user").put("user_email", "m".repeat(230) + "@example.org");

    HttpResponse<String> answer = post(body).get(30, TimeUnit.SECONDS);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    CustomerEntity customer = customers.findByClassPassId(userId).orElseThrow();
    assertThat(customer.getEmail()).isNull();
    assertThat(customer.getFirstName()).isEqualTo("Wide");
  }

  @Test
  void aPageFarPastTheLastIsAnEmptyList() throws Exception {
    HttpResponse<String> answer =
        send(request("/partners?page=2147483647&page_size=500").GET().build())
            .get(30, TimeUnit.SECONDS);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(StudioFixture.read(answer.body()).get("partners")).isEmpty();
  }

  @Test
  void theSameReservationIdForSixClassesAtOnceBooksOneAndRefusesFiveWith4001() throws Exception {
    String reservationId = "r-six-classes-" + IDS.incrementAndGet();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      calls.add(post(reservation(studio.newClass(10, 10), reservationId, "u-" + reservationId)));
    }

    List<HttpResponse<String>> answers = join(calls);

    assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).hasSize(1);
    assertThat(answers)
        .filteredOn(answer -> answer.statusCode() != 200)
        .hasSize(5)
        .allSatisfy(answer -> assertThat(code(answer)).as(answer.body()).isEqualTo(4001));
    assertThat(bookings.findByClassPassReservationId(reservationId)).isPresent();
  }

  @Test
  void oneReservationRedeliveredEightTimesAtOnceBooksOnceAndAnswersAlike() throws Exception {
    ClassSessionEntity session = studio.newClass(10, 10);
    String reservationId = "r-redelivered-" + IDS.incrementAndGet();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(post(reservation(session, reservationId, "u-" + reservationId)));
    }

    List<HttpResponse<String>> answers = join(calls);

    assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
    assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.get(0).body());
    assertThat(studio.signInList(session.getId())).hasSize(1);
  }

  @Test
  void reservationsRacingAStaffCancellationAreBookedOrRefusedWith4004() throws Exception {
    ClassSessionEntity session = studio.newClass(20, 20);
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String userId = "u-staff-race-" + IDS.incrementAndGet();
      calls.add(post(reservation(session, "r-" + userId, userId)));
    }
    staff.cancelClass(session.getId());

    List<HttpResponse<String>> answers = join(calls);

    assertThat(answers)
        .allSatisfy(
            answer ->
                assertThat(answer.statusCode() == 200 || code(answer) == 4004)
                    .as(answer.body())
                    .isTrue());
    assertThat(studio.signInList(session.getId()))
        .hasSize((int) answers.stream().filter(answer -> answer.statusCode() == 200).count());
  }

  @Test
  void usersSharingAnEmailBookingAtOnceLinkTheWalkInCustomerOnceAndAllBook() throws Exception {
    String email = "shared-" + IDS.incrementAndGet() + "@example.org";
    CustomerEntity walkIn =
        customers.save(new CustomerEntity("Walk", "In", email, null, null, null));
    BookingServices services =
        BookingServices.builder()
            .customers(customerRepository)
            .sessions(sessionRepository)
            .bookings(bookingRepository)
            .transactions(transactions)
            .matchingPolicy(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL)
            .clock(clock)
            .build();
    List<Callable<ReservationOutcome>> calls = new ArrayList<>();
    List<String> userIds = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ClassSessionEntity session = studio.newClass(10, 10);
      String userId = "u-" + email + "-" + i;
      userIds.add(userId);
      ReservationCommand request = request(session, "r-" + userId, userId, email);
      calls.add(() -> services.reservations().reserve(request));
    }

    List<ReservationOutcome> outcomes = race(calls);

    assertThat(outcomes)
        .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(ReservationOutcome.Reserved.class));
    String linked = customers.findById(walkIn.getId()).orElseThrow().getClassPassId();
    assertThat(linked).isIn(userIds);
    assertThat(userIds)
        .allSatisfy(userId -> assertThat(customers.findByClassPassId(userId)).isPresent());
    assertThat(userIds)
        .extracting(userId -> bookings.findByClassPassReservationId("r-" + userId))
        .allSatisfy(booking -> assertThat(booking).isPresent());
  }

  private ReservationCommand request(
      ClassSessionEntity session, String reservationId, String userId, String email) {
    return new ReservationCommand(
        reservationId,
        String.valueOf(session.getVenue().getPartner().getId()),
        String.valueOf(session.getVenue().getId()),
        String.valueOf(session.getId()),
        null,
        new ClassPassMember(userId, "Shared", "Mail", email, null, null, null));
  }

  private <T> List<T> race(List<Callable<T>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> call : calls) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  private static ObjectNode reservation(
      ClassSessionEntity session, String reservationId, String userId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("reservation_id", reservationId);
    body.put("partner_id", String.valueOf(session.getVenue().getPartner().getId()));
    body.put("venue_id", String.valueOf(session.getVenue().getId()));
    body.put("schedule_id", String.valueOf(session.getId()));
    ObjectNode user = body.putObject("user");
    user.put("user_id", userId);
    user.put("first_name", "Wide");
    user.put("last_name", "Mail");
    user.put("user_email", userId + "@example.org");
    return body;
  }

  private CompletableFuture<HttpResponse<String>> post(ObjectNode body) {
    return send(
        request("/reservations")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(
            URI.create(
                "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
                    + properties.getPartnerApi().getBasePath() + path))
        .header("Authorization", "Bearer " + properties.getPartnerApi().getToken());
  }

  private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static List<HttpResponse<String>> join(
      List<CompletableFuture<HttpResponse<String>>> calls) throws Exception {
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    return calls.stream().map(CompletableFuture::join).toList();
  }

  private static int code(HttpResponse<String> answer) {
    return StudioFixture.read(answer.body()).at("/error/code").asInt();
  }
}
