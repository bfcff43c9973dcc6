package io.github.aggregatorsdk.classpass.example.studio.classpass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ClassPass sends many reservations for one class at once, over real HTTP. */
@StudioAppTest
class ParallelReservationsTest {

  @Autowired StudioFixture studio;

  @Test
  void hundredParallelReservationsForFiveClassPassSpotsBookExactlyFive() throws Exception {
    ClassSessionEntity session = studio.newClass(30, 5);

    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      calls.add(studio.reserveAsync(session, "rush-" + i, "cp-rush-" + i));
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

    List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();
    assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).hasSize(5);
    assertThat(answers)
        .filteredOn(answer -> answer.statusCode() != 200)
        .hasSize(95)
        .allSatisfy(answer -> {
          assertThat(answer.statusCode()).isEqualTo(400);
          assertThat(StudioFixture.read(answer.body()).at("/error/code").asInt()).isEqualTo(4003);
        });
    List<BookingEntity> signInList = studio.signInList(session.getId());
    assertThat(signInList)
        .hasSize(5)
        .allSatisfy(booking -> assertThat(booking.getChannel()).isEqualTo(Channel.CLASSPASS));
    assertThat(signInList.stream().map(booking -> booking.getCustomer().getId()).distinct()).hasSize(5);

    List<JsonNode> schedules = studio.pushedSchedules(session.getId());
    JsonNode last = schedules.get(schedules.size() - 1);
    assertThat(last.get("available_spots").asInt()).isZero();
    assertThat(last.get("total_spots").asInt()).isEqualTo(30);
  }
}
