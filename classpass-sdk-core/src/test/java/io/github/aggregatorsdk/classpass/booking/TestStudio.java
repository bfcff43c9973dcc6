package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.customer.MatchConflict;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.time.LocalDate;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** An in-memory studio with booking services on a mutable clock, recording what listeners hear. */
final class TestStudio {

  static final String PARTNER = "p-1";
  static final String VENUE = "v-1";
  static final ZonedDateTime START = ZonedDateTime.parse("2026-03-10T18:00:00+01:00[Europe/Berlin]");
  static final Instant DAY_BEFORE = START.minusDays(1).toInstant();
  static final String EMAIL = "Ana.Lima@Example.com";
  static final String PHONE = "+49 30 1234567";

  final MutableClock clock = new MutableClock(DAY_BEFORE);
  final InMemoryStudio studio = new InMemoryStudio(clock);
  final List<String> sessionsChanged = new CopyOnWriteArrayList<>();
  final List<ReservationState> statusesChanged = new CopyOnWriteArrayList<>();
  final List<MatchConflict> conflicts = new CopyOnWriteArrayList<>();
  final BookingServices services;

  TestStudio() {
    this(MatchingPolicy.CLASSPASS_ID, PersonalDataPolicy.ALL, null);
  }

  TestStudio(MatchingPolicy matching, PersonalDataPolicy personalData, BookingEventListener extra) {
    BookingEventListener recording =
        new BookingEventListener() {
          @Override
          public void sessionChanged(String sessionId) {
            sessionsChanged.add(sessionId);
            if (extra != null) {
              extra.sessionChanged(sessionId);
            }
          }

          @Override
          public void reservationStatusChanged(ReservationState state) {
            statusesChanged.add(state);
            if (extra != null) {
              extra.reservationStatusChanged(state);
            }
          }
        };
    services =
        BookingServices.builder()
            .customers(studio.customers())
            .sessions(studio.sessions())
            .bookings(studio.bookings())
            .transactions(studio.transactions())
            .matchingPolicy(matching)
            .personalDataPolicy(personalData)
            .listener(recording)
            .conflictListener(conflicts::add)
            .clock(clock)
            .build();
  }

  /** A session of an activity open to ClassPass, capacity 12, starting at {@link #START}. */
  static ClassSession.Builder session(String id) {
    return ClassSession.builder()
        .id(id)
        .partnerId(PARTNER)
        .venueId(VENUE)
        .activity(activity(ClassPassSettings.offered()))
        .start(START)
        .end(START.plusHours(1))
        .capacity(12)
        .lastUpdated(DAY_BEFORE.minusSeconds(3600));
  }

  static Activity activity(ClassPassSettings settings) {
    return new Activity("a-1", "Vinyasa Flow", null, settings, DAY_BEFORE.minusSeconds(3600));
  }

  static List<Spot> layout(String... labels) {
    Spot[] spots = new Spot[labels.length];
    for (int i = 0; i < labels.length; i++) {
      spots[i] = new Spot(labels[i], i, 0);
    }
    return List.of(spots);
  }

  ClassSession add(String id, UnaryOperator<ClassSession.Builder> change) {
    return studio.sessions().save(change.apply(session(id)).build());
  }

  ClassSession add(String id) {
    return add(id, builder -> builder);
  }

  ClassSession read(String id) {
    return studio.sessions().findById(id).orElseThrow();
  }

  static ClassPassMember user(String userId) {
    return new ClassPassMember(
        userId,
        "Ana",
        "Lima",
        EMAIL,
        PHONE,
        LocalDate.parse("1990-04-01"),
        new PostalAddress("Hauptstr. 1", null, "Berlin", null, "10115", "DE"));
  }

  static ReservationCommand request(String reservationId, String scheduleId, String userId) {
    return request(reservationId, scheduleId, userId, null);
  }

  static ReservationCommand request(
      String reservationId, String scheduleId, String userId, String spotLabel) {
    return new ReservationCommand(
        reservationId, PARTNER, VENUE, scheduleId, spotLabel, user(userId));
  }

  static CancellationCommand cancellation(String reservationId, Boolean classPassSaysLate) {
    return new CancellationCommand(reservationId, PARTNER, classPassSaysLate);
  }

  ReservationOutcome reserve(String reservationId, String scheduleId, String userId) {
    return services.reservations().reserve(request(reservationId, scheduleId, userId));
  }
}
