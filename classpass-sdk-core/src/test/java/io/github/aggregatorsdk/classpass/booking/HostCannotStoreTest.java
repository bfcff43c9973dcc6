package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.RESERVATION_REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.booking.ReservationOutcome.Reserved;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.NarrowCustomers;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A host whose columns are narrower than the SDK's limits says so, and the booking still works. */
class HostCannotStoreTest {

  private final TestStudio t = new TestStudio();

  @Test
  void optionalFieldsTheHostCannotStoreAreDroppedAndTheUserIsBooked() {
    t.add("s-1");
    ReservationService reservations = servicesRefusing(Set.of("email", "address.countryCode"));

    ReservationOutcome outcome = reservations.reserve(TestStudio.request("r-1", "s-1", "u-1"));

    assertThat(outcome).isInstanceOf(Reserved.class);
    Customer customer = t.studio.customers().all().get(0);
    assertThat(customer.email()).isNull();
    assertThat(customer.firstName()).isEqualTo("Ana");
    assertThat(customer.phone()).isEqualTo(TestStudio.PHONE);
    assertThat(t.studio.bookings().all()).hasSize(1);
  }

  @Test
  void aRequiredFieldTheHostCannotStoreIsRefusedWith4001NamingIt() {
    t.add("s-1");
    ReservationService reservations = servicesRefusing(Set.of("lastName"));

    ReservationOutcome outcome = reservations.reserve(TestStudio.request("r-1", "s-1", "u-1"));

    assertThat(outcome).isInstanceOf(Refusal.class);
    assertThat(((Refusal) outcome).reason()).isEqualTo(Refusal.Reason.RESERVATION_REFUSED);
    assertThat(((Refusal) outcome).field()).isEqualTo("lastName");
    assertThat(((Refusal) outcome).message()).isEqualTo("lastName cannot be stored by the studio");
    assertThat(t.studio.bookings().all()).isEmpty();
    assertThat(t.studio.customers().all()).isEmpty();
  }

  /** Reservations over customers that cannot store the given fields when they are present. */
  private ReservationService servicesRefusing(Set<String> fields) {
    CustomerRepository narrow = new NarrowCustomers(t.studio.customers(), fields);
    return BookingServices.builder()
        .customers(narrow)
        .sessions(t.studio.sessions())
        .bookings(t.studio.bookings())
        .transactions(t.studio.transactions())
        .matchingPolicy(MatchingPolicy.CLASSPASS_ID)
        .personalDataPolicy(PersonalDataPolicy.ALL)
        .clock(t.clock)
        .build()
        .reservations();
  }
}
