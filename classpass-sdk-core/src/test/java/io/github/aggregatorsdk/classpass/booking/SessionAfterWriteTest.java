package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.TestStudio.DAY_BEFORE;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.layout;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state after one booking write, and the writes that do not fit the state read. */
class SessionAfterWriteTest {

  private static final Instant LATER = DAY_BEFORE.plusSeconds(60);

  private static Booking booking(String sessionId, String label, BookingStatus status) {
    return new Booking("b-1", sessionId, "c-1", "r-1", "cp-1", "ClassPass", true, label, status,
        DAY_BEFORE, LATER);
  }

  private static ClassSession withLayout(Occupancy occupancy) {
    return session("s-1").layout(layout("A1", "A2")).occupancy(occupancy).build();
  }

  @Test
  void aNewBookingIsCountedInBothCountsTakesItsLabelAndDatesTheSession() {
    ClassSession read = withLayout(new Occupancy(1, 0, Set.of("A1")));

    ClassSession after =
        SessionAfterWrite.afterCreate(read, booking("s-1", "A2", BookingStatus.BOOKED)).orElseThrow();

    assertThat(after.occupancy()).isEqualTo(new Occupancy(2, 1, Set.of("A1", "A2")));
    assertThat(after.lastUpdated()).isEqualTo(LATER);
    assertThat(after.toBuilder().occupancy(read.occupancy()).lastUpdated(read.lastUpdated())
        .build()).isEqualTo(read);
  }

  @Test
  void aCancelledBookingFreesItsSpotAndLabel() {
    ClassSession read = withLayout(new Occupancy(2, 1, Set.of("A1", "A2")));

    ClassSession after = SessionAfterWrite.afterStatusChange(read,
        booking("s-1", "A2", BookingStatus.BOOKED),
        booking("s-1", "A2", BookingStatus.LATE_CANCELLED)).orElseThrow();

    assertThat(after.occupancy()).isEqualTo(new Occupancy(1, 0, Set.of("A1")));
    assertThat(after.lastUpdated()).isEqualTo(LATER);
  }

  @Test
  void aSessionChangedLaterThanTheBookingKeepsItsOwnDate() {
    Instant sessionChange = LATER.plusSeconds(60);
    ClassSession read = session("s-1").lastUpdated(sessionChange).build();

    assertThat(SessionAfterWrite.afterCreate(read, booking("s-1", null, BookingStatus.BOOKED))
        .orElseThrow().lastUpdated()).isEqualTo(sessionChange);
  }

  @Test
  void writesThatDoNotFitTheStateReadGiveNothing() {
    ClassSession noLayout = session("s-1").occupancy(Occupancy.of(3, 0)).build();
    ClassSession taken = withLayout(new Occupancy(1, 1, Set.of("A1")));
    ClassSession full = session("s-1").occupancy(Occupancy.of(Integer.MAX_VALUE, 0)).build();

    assertThat(SessionAfterWrite.afterCreate(noLayout, booking("s-2", null, BookingStatus.BOOKED)))
        .as("another session").isEmpty();
    assertThat(SessionAfterWrite.afterCreate(noLayout,
        booking("s-1", null, BookingStatus.CANCELLED))).as("holds no spot").isEmpty();
    assertThat(SessionAfterWrite.afterCreate(noLayout, booking("s-1", "A1", BookingStatus.BOOKED)))
        .as("a label without a layout").isEmpty();
    assertThat(SessionAfterWrite.afterCreate(taken, booking("s-1", "Z9", BookingStatus.BOOKED)))
        .as("a label the layout lacks").isEmpty();
    assertThat(SessionAfterWrite.afterCreate(taken, booking("s-1", "A1", BookingStatus.BOOKED)))
        .as("a label already taken").isEmpty();
    assertThat(SessionAfterWrite.afterCreate(full, booking("s-1", null, BookingStatus.BOOKED)))
        .as("a count past its range").isEmpty();
    assertThat(SessionAfterWrite.afterStatusChange(noLayout,
        booking("s-1", null, BookingStatus.BOOKED), booking("s-1", null, BookingStatus.CANCELLED)))
        .as("no ClassPass booking counted to take off").isEmpty();
    assertThat(SessionAfterWrite.afterStatusChange(taken,
        booking("s-1", "A2", BookingStatus.BOOKED), booking("s-1", "A2", BookingStatus.CANCELLED)))
        .as("a label freed that was not taken").isEmpty();
    assertThat(SessionAfterWrite.afterStatusChange(taken,
        booking("s-1", "A1", BookingStatus.BOOKED), booking("s-1", "A2", BookingStatus.CANCELLED)))
        .as("the label changed with the status").isEmpty();
  }

  @Test
  void aStatusChangeThatKeepsTheSpotChangesOnlyTheDate() {
    ClassSession read = withLayout(new Occupancy(1, 1, Set.of("A1")));

    ClassSession after = SessionAfterWrite.afterStatusChange(read,
        booking("s-1", "A1", BookingStatus.BOOKED),
        booking("s-1", "A1", BookingStatus.ATTENDED)).orElseThrow();

    assertThat(after.occupancy()).isEqualTo(read.occupancy());
    assertThat(after.lastUpdated()).isEqualTo(LATER);
  }
}
