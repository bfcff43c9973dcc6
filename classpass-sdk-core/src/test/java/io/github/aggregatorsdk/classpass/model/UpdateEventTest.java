package io.github.aggregatorsdk.classpass.model;

import static io.github.aggregatorsdk.classpass.model.WireExamples.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateEventTest {

  private final ObjectMapper mapper = ClassPassJson.newObjectMapper();

  @Test
  void typeFollowsFromThePayload() {
    assertThat(UpdateEvent.of(WireExamples.schedule()).type()).isEqualTo(UpdateType.SCHEDULE);
    assertThat(UpdateEvent.of(WireExamples.reservationUpdate()).type())
        .isEqualTo(UpdateType.RESERVATION);
  }

  @Test
  void typeDecidesWhichPayloadIsRead() throws Exception {
    UpdateBatch batch = mapper.readValue(golden("batch-updates.json"), UpdateBatch.class);

    assertThat(batch.events())
        .extracting(event -> (Object) event.payload().getClass())
        .containsExactly(Schedule.class, ReservationUpdate.class);
  }

  @Test
  void typeIsReadEvenWhenItFollowsThePayload() throws Exception {
    UpdateEvent event =
        mapper.readValue(
            "{\"payload\":{\"reservation_id\":\"r\",\"status\":\"MISSED\"},\"type\":\"RESERVATION\"}",
            UpdateEvent.class);

    assertThat(event.payload()).isInstanceOf(ReservationUpdate.class);
  }

  @Test
  void everyUpdateTypeNamesAPayloadSubtype() throws Exception {
    for (UpdateType type : UpdateType.values()) {
      UpdateEvent event =
          mapper.readValue("{\"type\":\"" + type.name() + "\",\"payload\":{}}", UpdateEvent.class);
      assertThat(event.type()).isEqualTo(type);
    }
  }

  @Test
  void eventWithoutIdIsWrittenWithoutId() {
    assertThat(mapper.valueToTree(UpdateEvent.of(WireExamples.reservationUpdate())).has("id"))
        .isFalse();
  }

  @Test
  void eventNeedsAPayloadAndANonBlankIdIfAny() {
    assertThatThrownBy(() -> UpdateEvent.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("payload");
    assertThatThrownBy(() -> UpdateEvent.of(WireExamples.schedule()).withId(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  @Test
  void batchEventsNeedIds() {
    UpdateEvent withId = UpdateEvent.of(WireExamples.schedule()).withId("e-1");
    UpdateEvent withoutId = UpdateEvent.of(WireExamples.schedule());

    assertThatThrownBy(() -> new UpdateBatch(List.of(withId, withoutId)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[1]");
  }

  @Test
  void batchCopiesItsEvents() {
    UpdateEvent[] events = {UpdateEvent.of(WireExamples.schedule()).withId("e-1")};
    List<UpdateEvent> source = Arrays.asList(events);
    UpdateBatch batch = new UpdateBatch(source);

    events[0] = UpdateEvent.of(WireExamples.schedule()).withId("e-2");

    assertThat(batch.events()).extracting(UpdateEvent::id).containsExactly("e-1");
  }
}
