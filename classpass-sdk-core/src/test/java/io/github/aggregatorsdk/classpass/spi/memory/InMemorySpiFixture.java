package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;

/** The contract fixture over a fresh {@link InMemoryStudio}. */
final class InMemorySpiFixture implements SpiFixture {

  private final InMemoryStudio studio = new InMemoryStudio();

  @Override
  public CustomerRepository customers() {
    return studio.customers();
  }

  @Override
  public ClassSessionRepository sessions() {
    return studio.sessions();
  }

  @Override
  public BookingRepository bookings() {
    return studio.bookings();
  }

  @Override
  public SessionTransactions transactions() {
    return studio.transactions();
  }

  @Override
  public PartnerDirectory partners() {
    return studio.partners();
  }

  @Override
  public Customer seedCustomer(Customer template) {
    return studio.customers().save(template);
  }

  @Override
  public PartnerProfile seedPartner(PartnerProfile template) {
    return studio.partners().save(template);
  }

  @Override
  public VenueProfile seedVenue(VenueProfile template) {
    return studio.partners().save(template);
  }

  @Override
  public ClassSession seedSession(ClassSession template) {
    return studio.sessions().save(template);
  }

  @Override
  public void seedHostBooking(String sessionId, String spotLabel) {
    studio.sessions().addHostBooking(sessionId, spotLabel);
  }
}
