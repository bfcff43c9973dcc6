package io.github.aggregatorsdk.classpass.partnerapi;

import static io.github.aggregatorsdk.classpass.partnerapi.StudioData.reservation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.Answer;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reservations over HTTP: redelivery and concurrent bookings against the ClassPass limit. */
class PartnerApiReservationTest {

  private final PartnerApiFixture api = new PartnerApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void redeliveredReservationGetsTheFirstAnswerAndBooksOnce() {
    Answer first = api.post("/reservations", reservation("r-1", "s-3", "cp-1"));
    Answer again = api.post("/reservations", reservation("r-1", "s-3", "cp-1"));

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(first.json().get("spot_label").asText()).isEqualTo("bike-1");
    assertThat(api.studio.bookings().all()).hasSize(1);
  }

  @Test
  void redeliveredCancellationGetsTheFirstAnswer() {
    api.post("/reservations", reservation("r-1", "s-1", "cp-1"));

    Answer first = api.patch("/reservations/r-1", StudioData.cancellation());
    Answer again = api.patch("/reservations/r-1", StudioData.cancellation());

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void hundredParallelReservationsOnFiveClassPassSpotsBookExactlyFive() throws Exception {
    Activity limited =
        new Activity(
            "a-limited",
            "Power Yoga",
            null,
            ClassPassSettings.offered().withSpotLimit(5),
            StudioData.EDITED);
    api.studio
        .sessions()
        .save(StudioData.session("s-limited", limited, StudioData.at(10, 20)).capacity(30).build());
    int requests = 100;
    ExecutorService clients = Executors.newFixedThreadPool(requests);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < requests; i++) {
        String body = reservation("r-" + i, "s-limited", "cp-" + i);
        answers.add(
            clients.submit(
                () -> {
                  go.await();
                  // As ClassPass does: a 503 from a saturated server is sent again.
                  Answer answer = api.post("/reservations", body);
                  for (int retry = 0; retry < 100 && answer.status() == 503; retry++) {
                    Thread.sleep(20);
                    answer = api.post("/reservations", body);
                  }
                  return answer;
                }));
      }
      go.countDown();
      int booked = 0;
      int noCapacity = 0;
      for (Future<Answer> answer : answers) {
        Answer got = answer.get();
        if (got.status() == 200) {
          booked++;
        } else if (got.status() == 400 && got.json().at("/error/code").asInt() == 4003) {
          noCapacity++;
        }
      }

      assertThat(booked).isEqualTo(5);
      assertThat(noCapacity).isEqualTo(requests - 5);
      assertThat(api.studio.bookings().all()).hasSize(5);
      assertThat(api.studio.sessions().findById("s-limited").orElseThrow().occupancy().booked())
          .isEqualTo(5);
    } finally {
      clients.shutdownNow();
    }
  }
}
