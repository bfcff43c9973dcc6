package io.github.aggregatorsdk.classpass.example.studio.bookings;

import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of a class's sign-in list: who comes, with which product, booked through which channel.
 */
@Entity
@Table(name = "booking")
public class BookingEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ClassSessionEntity session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private CustomerEntity customer;

  /** What the customer pays with, for example "Drop-in", "10-class card" or "ClassPass". */
  private String product;

  private boolean paid;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  private BookingState status;

  /** ClassPass's reservation id; unique, null unless booked through ClassPass. */
  @Column(name = "classpass_reservation_id")
  private String classPassReservationId;

  @Column(name = "classpass_user_id")
  private String classPassUserId;

  /** The layout spot held, for example "M3"; null when the class has no layout. */
  private String spotLabel;

  private Instant createdAt;
  private Instant updatedAt;

  protected BookingEntity() {}

  private BookingEntity(
      ClassSessionEntity session,
      CustomerEntity customer,
      String product,
      boolean paid,
      Channel channel,
      String spotLabel,
      Instant createdAt) {
    this.session = session;
    this.customer = customer;
    this.product = product;
    this.paid = paid;
    this.channel = channel;
    this.spotLabel = spotLabel;
    this.status = BookingState.BOOKED;
    this.createdAt = storable(createdAt);
    this.updatedAt = this.createdAt;
  }

  /** A booking made at the front desk or online, in state {@link BookingState#BOOKED}. */
  public static BookingEntity direct(
      ClassSessionEntity session,
      CustomerEntity customer,
      Channel channel,
      String product,
      boolean paid,
      String spotLabel,
      Instant createdAt) {
    return new BookingEntity(session, customer, product, paid, channel, spotLabel, createdAt);
  }

  /** A booking made through ClassPass, in state {@link BookingState#BOOKED}. */
  public static BookingEntity classPass(
      ClassSessionEntity session,
      CustomerEntity customer,
      String product,
      boolean paid,
      String reservationId,
      String classPassUserId,
      String spotLabel,
      Instant createdAt) {
    BookingEntity booking =
        new BookingEntity(
            session, customer, product, paid, Channel.CLASSPASS, spotLabel, createdAt);
    booking.classPassReservationId = reservationId;
    booking.classPassUserId = classPassUserId;
    return booking;
  }

  /** Moves the booking to another state: attendance taken, cancelled, … */
  public void changeStatus(BookingState status, Instant at) {
    this.status = status;
    this.updatedAt = storable(at);
  }

  // The database keeps microseconds: truncating here makes what a caller gets back equal to what
  // a later read returns.
  private static Instant storable(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public ClassSessionEntity getSession() {
    return session;
  }

  public CustomerEntity getCustomer() {
    return customer;
  }

  public String getProduct() {
    return product;
  }

  public boolean isPaid() {
    return paid;
  }

  public Channel getChannel() {
    return channel;
  }

  public BookingState getStatus() {
    return status;
  }

  public String getClassPassReservationId() {
    return classPassReservationId;
  }

  public String getClassPassUserId() {
    return classPassUserId;
  }

  public String getSpotLabel() {
    return spotLabel;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
