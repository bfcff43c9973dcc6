package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.booking.Availability;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.mapping.PreflightCheck;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The upcoming classes of every venue as staff see them: each with its ClassPass availability,
 * computed by the SDK from the same data ClassPass is sent, its sign-in list of every channel, and,
 * for a class open to ClassPass that cannot be published there, the SDK's pre-flight reasons why.
 * Read by the staff page and the demo report.
 */
@Component
public class Timetable {

  /** More classes than a studio runs in two weeks at one venue. */
  private static final int MAX_CLASSES = 500;

  private final Venues venues;
  private final ClassSessionRepository schedule;
  private final Bookings bookings;
  private final BookingServices classPass;
  private final PartnerDirectory directory;
  private final PreflightCheck preflight = new PreflightCheck();
  private final Clock clock;

  Timetable(
      Venues venues,
      ClassSessionRepository schedule,
      Bookings bookings,
      BookingServices classPass,
      PartnerDirectory directory,
      Clock clock) {
    this.venues = venues;
    this.schedule = schedule;
    this.bookings = bookings;
    this.classPass = classPass;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The classes not yet over, from today to {@code days} days ahead (in each venue's zone),
   * ordered by start.
   *
   * @return the classes; never null
   */
  @Transactional(readOnly = true)
  public List<UpcomingClass> nextDays(int days) {
    Instant now = clock.instant();
    List<ClassSession> sessions = new ArrayList<>();
    for (VenueEntity venue : venues.findAll()) {
      LocalDate today = LocalDate.ofInstant(now, venue.getZone());
      schedule
          .findByVenue(
              String.valueOf(venue.getPartner().getId()),
              String.valueOf(venue.getId()),
              today,
              today.plusDays(days),
              PageRequest.first(MAX_CLASSES))
          .items()
          .stream()
          .filter(session -> session.end().toInstant().isAfter(now))
          .forEach(sessions::add);
    }
    sessions.sort(Comparator.comparing(session -> session.start().toInstant()));
    Map<Long, List<SignIn>> signIns =
        bookings
            .findSignInLists(sessions.stream().map(session -> Long.valueOf(session.id())).toList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    booking -> booking.getSession().getId(),
                    Collectors.mapping(SignIn::of, Collectors.toList())));
    Map<String, VenueProfile> venueProfiles = new HashMap<>();
    return sessions.stream()
        .map(
            session ->
                new UpcomingClass(
                    session,
                    classPass.availability().availability(session, now),
                    signIns.getOrDefault(Long.valueOf(session.id()), List.of()),
                    unpublishable(session, venueProfiles)))
        .toList();
  }

  /** The pre-flight problems of a class open to ClassPass; none for one that is not. */
  private List<String> unpublishable(ClassSession session, Map<String, VenueProfile> venues) {
    if (!session.activity().classPass().allowed()) {
      return List.of();
    }
    VenueProfile venue =
        venues.computeIfAbsent(
            session.partnerId() + "/" + session.venueId(),
            key -> directory.findVenue(session.partnerId(), session.venueId()).orElse(null));
    return preflight.problems(session, venue);
  }

  /**
   * A class with what ClassPass may book now and who is signed in.
   *
   * @param session the class as the SDK sees it (activity with its ClassPass settings, capacity,
   *     occupancy of every channel); never null
   * @param classPass what ClassPass may book now; never null
   * @param signInList every booking of the class, oldest first; never null
   * @param unpublishable why a class open to ClassPass cannot be published there (the SDK's
   *     pre-flight check, so it is missing at ClassPass); empty when it can, or is not open to
   *     ClassPass; never null
   */
  public record UpcomingClass(
      ClassSession session,
      Availability classPass,
      List<SignIn> signInList,
      List<String> unpublishable) {}

  /**
   * One line of a sign-in list.
   *
   * @param bookingId the booking's id
   * @param customer the customer's name; never null
   * @param channel where it was booked; never null
   * @param product what the customer pays with, "ClassPass" for ClassPass bookings; never null
   * @param paid whether it is paid
   * @param status where it stands; never null
   * @param reservationId ClassPass's reservation id; null for other channels
   */
  public record SignIn(
      long bookingId,
      String customer,
      Channel channel,
      String product,
      boolean paid,
      BookingState status,
      String reservationId) {

    static SignIn of(BookingEntity booking) {
      return new SignIn(
          booking.getId(),
          Stream.of(booking.getCustomer().getFirstName(), booking.getCustomer().getLastName())
              .filter(Objects::nonNull)
              .collect(Collectors.joining(" ")),
          booking.getChannel(),
          booking.getProduct(),
          booking.isPaid(),
          booking.getStatus(),
          booking.getClassPassReservationId());
    }
  }
}
