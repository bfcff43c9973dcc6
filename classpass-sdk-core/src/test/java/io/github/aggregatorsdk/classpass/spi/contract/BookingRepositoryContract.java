package io.github.aggregatorsdk.classpass.spi.contract;

import static io.github.aggregatorsdk.classpass.spi.contract.Samples.T0;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.booking;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.newCustomer;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link BookingRepository}: ClassPass bookings are stored booked, paid and with
 * product "ClassPass", found by reservation id, listed per session (and per session and user) in
 * creation order, change state, and a reservation id is never stored twice. Extend it in a host's
 * tests and implement {@link #createFixture()}.
 */
public abstract class BookingRepositoryContract extends SpiContract {

  private ClassSession session;
  private ClassSession otherSession;
  private Customer customer;

  /** Seeds two sessions and a ClassPass customer. */
  @BeforeEach
  public void seedSessionsAndCustomer() {
    String partnerId = fixture.seedPartner(Samples.partner("p-1")).id();
    String venueId = fixture.seedVenue(Samples.venue(partnerId, "v-1")).id();
    ZoneId zone = ZoneId.of("UTC");
    LocalDate day = LocalDate.of(2026, 3, 10);
    session = fixture.seedSession(session("s-1", partnerId, venueId, Samples.at(zone, day, 9, 0)).build());
    otherSession =
        fixture.seedSession(session("s-2", partnerId, venueId, Samples.at(zone, day, 11, 0)).build());
    customer = fixture.customers().create(newCustomer("cp-1", "ana@example.com"));
  }

  private BookingRepository bookings() {
    return fixture.bookings();
  }

  @Test
  public void createStoresAPaidClassPassBookingInStateBooked() {
    NewBooking wanted = booking(session.id(), customer.id(), "r-1", "cp-1", null, T0);

    Booking created = bookings().create(wanted);

    assertThat(created.id()).isNotBlank();
    assertThat(created.sessionId()).isEqualTo(session.id());
    assertThat(created.customerId()).isEqualTo(customer.id());
    assertThat(created.reservationId()).isEqualTo("r-1");
    assertThat(created.classPassUserId()).isEqualTo("cp-1");
    assertThat(created.product()).isEqualTo(NewBooking.CLASSPASS_PRODUCT);
    assertThat(created.paid()).isTrue();
    assertThat(created.spotLabel()).isNull();
    assertThat(created.status()).isEqualTo(BookingStatus.BOOKED);
    assertThat(created.createdAt()).isEqualTo(T0);
    assertThat(bookings().findByReservationId("r-1")).contains(created);
  }

  @Test
  public void createKeepsTheSpotLabel() {
    Booking created = bookings().create(booking(session.id(), customer.id(), "r-1", "cp-1", "A1", T0));

    assertThat(created.spotLabel()).isEqualTo("A1");
    assertThat(bookings().findByReservationId("r-1").orElseThrow().spotLabel()).isEqualTo("A1");
  }

  @Test
  public void findByReservationIdOfAnUnknownIdIsEmpty() {
    assertThat(bookings().findByReservationId("no-such-reservation")).isEmpty();
  }

  @Test
  public void findClassPassBookingsListsOneSessionsBookingsInEveryStateInCreationOrder() {
    Booking first = create(session, "r-1", T0);
    Booking second = create(session, "r-2", T0.plusSeconds(1));
    create(otherSession, "r-other", T0.plusSeconds(2));
    Booking third = create(session, "r-3", T0.plusSeconds(3));
    bookings().updateStatus(second.id(), BookingStatus.CANCELLED, T0.plusSeconds(4));

    assertThat(bookings().findClassPassBookings(session.id()))
        .extracting(Booking::reservationId, Booking::status)
        .containsExactly(
            tuple(first.reservationId(), BookingStatus.BOOKED),
            tuple(second.reservationId(), BookingStatus.CANCELLED),
            tuple(third.reservationId(), BookingStatus.BOOKED));
    assertThat(bookings().findClassPassBookings("no-such-session")).isEmpty();
  }

  @Test
  public void findClassPassBookingsOfAUserListsThatUsersBookingsOfTheSessionInCreationOrder() {
    Customer other = fixture.customers().create(newCustomer("cp-2", "bo@example.com"));
    Booking first = create(session, "r-1", T0);
    bookings().create(booking(session.id(), other.id(), "r-2", "cp-2", null, T0.plusSeconds(1)));
    create(otherSession, "r-3", T0.plusSeconds(2));
    bookings().updateStatus(first.id(), BookingStatus.CANCELLED, T0.plusSeconds(3));
    Booking again = create(session, "r-4", T0.plusSeconds(4));

    assertThat(bookings().findClassPassBookings(session.id(), "cp-1"))
        .extracting(Booking::reservationId, Booking::status)
        .containsExactly(
            tuple(first.reservationId(), BookingStatus.CANCELLED),
            tuple(again.reservationId(), BookingStatus.BOOKED));
    assertThat(bookings().findClassPassBookings(session.id(), "cp-2"))
        .extracting(Booking::reservationId)
        .containsExactly("r-2");
    assertThat(bookings().findClassPassBookings(session.id(), "cp-3")).isEmpty();
    assertThat(bookings().findClassPassBookings("no-such-session", "cp-1")).isEmpty();
  }

  @Test
  public void updateStatusChangesStatusAndLastUpdatedOnly() {
    Booking created = create(session, "r-1", T0);
    Instant later = T0.plusSeconds(600);

    Booking updated = bookings().updateStatus(created.id(), BookingStatus.LATE_CANCELLED, later);

    assertThat(updated.status()).isEqualTo(BookingStatus.LATE_CANCELLED);
    assertThat(updated.lastUpdated()).isEqualTo(later);
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.reservationId()).isEqualTo(created.reservationId());
    assertThat(bookings().findByReservationId("r-1")).contains(updated);
  }

  @Test
  public void updateStatusOfAnUnknownBookingThrowsNoSuchElement() {
    assertThatThrownBy(
            () -> bookings().updateStatus("no-such-booking", BookingStatus.CANCELLED, T0))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  public void createWithAReservationIdAlreadyStoredFailsAndKeepsTheFirstBooking() {
    Booking first = create(session, "r-1", T0);

    assertThatThrownBy(() -> create(otherSession, "r-1", T0.plusSeconds(1)))
        .isInstanceOf(RuntimeException.class);

    assertThat(bookings().findByReservationId("r-1")).contains(first);
    assertThat(bookings().findClassPassBookings(otherSession.id())).isEmpty();
  }

  private Booking create(ClassSession target, String reservationId, Instant at) {
    return bookings().create(booking(target.id(), customer.id(), reservationId, "cp-1", null, at));
  }
}
