package io.github.aggregatorsdk.classpass.spi.contract;

import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;

/**
 * A host's SPI implementations over empty storage, plus the host-side writes the contract tests
 * need to set up data. A host implements it once in its test code and returns a fresh one (or one
 * over freshly emptied storage) from each contract's {@code createFixture()}.
 *
 * <p>Seed methods store data the way the host's own application would (for example through its
 * JPA repositories) and return what was stored. A host may assign its own ids; tests always use
 * the returned records' ids. A seed method a host cannot support may throw {@link
 * UnsupportedOperationException}; the contracts that need it then fail, so leave those out.
 */
public interface SpiFixture extends AutoCloseable {

  /** The customer repository under test. */
  CustomerRepository customers();

  /** The class session repository under test. */
  ClassSessionRepository sessions();

  /** The booking repository under test. */
  BookingRepository bookings();

  /** The session transactions under test, isolating the repositories above. */
  SessionTransactions transactions();

  /** The partner directory under test. */
  PartnerDirectory partners();

  /**
   * Stores a customer as the host's staff would, for example a walk-in customer without a
   * ClassPass id.
   *
   * @param template the customer's data; its id is a suggestion the host may replace
   * @return the stored customer
   */
  Customer seedCustomer(Customer template);

  /**
   * Stores a partner.
   *
   * @param template the partner; its id is a suggestion the host may replace
   * @return the stored partner
   */
  PartnerProfile seedPartner(PartnerProfile template);

  /**
   * Stores a venue of a partner returned by {@link #seedPartner}.
   *
   * @param template the venue; its id is a suggestion the host may replace
   * @return the stored venue
   */
  VenueProfile seedVenue(VenueProfile template);

  /**
   * Stores a class session, with its activity, instructors and room, in the partner and venue it
   * names, creating them when the host has none with those ids. The template's occupancy is
   * empty; start and end carry the venue's time zone.
   *
   * @param template the session; its ids are suggestions the host may replace
   * @return the stored session, as {@link ClassSessionRepository#findById} returns it
   */
  ClassSession seedSession(ClassSession template);

  /**
   * Books one place in a session through the host's own channels (front desk, app), not through
   * ClassPass.
   *
   * @param sessionId a session returned by {@link #seedSession}
   * @param spotLabel the layout spot it holds; null when none
   */
  void seedHostBooking(String sessionId, String spotLabel);

  /** Releases what the fixture holds; the default does nothing. */
  @Override
  default void close() {}
}
