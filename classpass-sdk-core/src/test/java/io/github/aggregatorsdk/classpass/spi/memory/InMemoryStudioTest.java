package io.github.aggregatorsdk.classpass.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryStudioTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant NOW = T0.plusSeconds(3600);

  private final InMemoryStudio studio = new InMemoryStudio(Clock.fixed(NOW, ZoneOffset.UTC));

  private ClassSession session(String id) {
    ZonedDateTime start = ZonedDateTime.parse("2026-03-10T09:00:00Z");
    return ClassSession.builder()
        .id(id)
        .partnerId("p-1")
        .venueId("v-1")
        .activity(new Activity("a-1", "Flow", null, ClassPassSettings.offered(), T0))
        .start(start)
        .end(start.plusHours(1))
        .capacity(10)
        .occupancy(Occupancy.of(9, 0))
        .lastUpdated(T0)
        .build();
  }

  @Test
  void saveIgnoresTheGivenOccupancyAndReadsCountHostAndClassPassBookings() {
    ClassSession saved = studio.sessions().save(session("s-1"));
    studio.sessions().addHostBookings("s-1", 2);
    studio.sessions().addHostBooking("s-1", "A1");
    Customer customer =
        studio.customers().create(new NewCustomer("cp-1", "Ana", "Lima", null, null, null, null));
    studio.bookings().create(NewBooking.classPass("s-1", customer.id(), "r-1", "cp-1", "B1", T0));

    assertThat(saved.occupancy()).isEqualTo(Occupancy.EMPTY);
    assertThat(studio.sessions().findById("s-1").orElseThrow().occupancy())
        .isEqualTo(new Occupancy(4, 1, Set.of("A1", "B1")));

    studio.sessions().clearHostBookings("s-1");
    assertThat(studio.sessions().findById("s-1").orElseThrow().occupancy())
        .isEqualTo(new Occupancy(1, 1, Set.of("B1")));
  }

  @Test
  void aSessionsLastUpdatedFollowsItsBookingsAndHostBookings() {
    studio.sessions().save(session("s-1"));
    Customer customer =
        studio.customers().create(new NewCustomer("cp-1", "Ana", "Lima", null, null, null, null));
    var booking =
        studio.bookings()
            .create(NewBooking.classPass("s-1", customer.id(), "r-1", "cp-1", null, T0.plusSeconds(5)));
    assertThat(studio.sessions().findById("s-1").orElseThrow().lastUpdated())
        .isEqualTo(T0.plusSeconds(5));

    studio.bookings().updateStatus(booking.id(), BookingStatus.CANCELLED, T0.plusSeconds(9));
    assertThat(studio.sessions().findById("s-1").orElseThrow().lastUpdated())
        .isEqualTo(T0.plusSeconds(9));

    studio.sessions().addHostBookings("s-1", 1);
    assertThat(studio.sessions().findById("s-1").orElseThrow().lastUpdated()).isEqualTo(NOW);
  }

  @Test
  void savingACustomerWithAClassPassIdAnotherCustomerCarriesIsRefused() {
    studio.customers().save(new Customer("c-1", "Ana", "Lima", null, null, null, "cp-1"));

    assertThatThrownBy(
            () ->
                studio.customers()
                    .save(new Customer("c-2", "Bo", "Berg", null, null, null, "cp-1")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(studio.customers().all()).extracting(Customer::id).containsExactly("c-1");
  }

  @Test
  void aFailedTransactionUndoesHostSideWritesToo() {
    studio.sessions().save(session("s-1"));

    assertThatThrownBy(
            () ->
                studio.transactions().inSessionTransaction(
                    "s-1",
                    () -> {
                      studio.sessions().addHostBookings("s-1", 3);
                      studio.sessions().save(session("s-1").toBuilder().capacity(1).build());
                      throw new IllegalStateException("fail");
                    }))
        .hasMessage("fail");

    ClassSession after = studio.sessions().findById("s-1").orElseThrow();
    assertThat(after.capacity()).isEqualTo(10);
    assertThat(after.occupancy().booked()).isZero();
  }
}
