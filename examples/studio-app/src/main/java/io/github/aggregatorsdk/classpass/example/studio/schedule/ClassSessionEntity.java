package io.github.aggregatorsdk.classpass.example.studio.schedule;

import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One class on the schedule: an activity at a venue, from start to end, for so many people. Times
 * are instants; the venue's time zone turns them into local times.
 */
@Entity
@Table(name = "class_session")
public class ClassSessionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // Lazy to-one associations keep the row lock (SELECT … FOR UPDATE) on this table alone.
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private ActivityEntity activity;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  private VenueEntity venue;

  @ManyToOne(fetch = FetchType.LAZY)
  private RoomEntity room;

  @ManyToMany
  @JoinTable(
      name = "class_session_teacher",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "teacher_id"))
  @OrderColumn(name = "list_index")
  private List<TeacherEntity> teachers = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "class_session_spot", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "list_index")
  private List<LayoutSpot> spots = new ArrayList<>();

  /** This class's own title when it differs from the activity's; usually null. */
  private String name;

  private Instant startsAt;
  private Instant endsAt;
  private int capacity;

  /** From when aggregators may book; null for as soon as the class is listed. */
  private Instant bookableFrom;

  /** Until when aggregators may book; null for until start. */
  private Instant bookableUntil;

  /** A cancellation this many minutes before start or later is late; 0 for never late. */
  private int lateCancelMinutes;

  private boolean cancelled;
  private Instant updatedAt;

  protected ClassSessionEntity() {}

  public ClassSessionEntity(
      ActivityEntity activity,
      VenueEntity venue,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      int lateCancelMinutes,
      Instant updatedAt) {
    this.activity = activity;
    this.venue = venue;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.capacity = capacity;
    this.lateCancelMinutes = lateCancelMinutes;
    this.updatedAt = updatedAt;
  }

  public Long getId() {
    return id;
  }

  public ActivityEntity getActivity() {
    return activity;
  }

  public VenueEntity getVenue() {
    return venue;
  }

  public RoomEntity getRoom() {
    return room;
  }

  public void setRoom(RoomEntity room) {
    this.room = room;
  }

  public List<TeacherEntity> getTeachers() {
    return teachers;
  }

  public List<LayoutSpot> getSpots() {
    return spots;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public int getCapacity() {
    return capacity;
  }

  /** Changes how many people the class takes; fewer than are booked leaves it overbooked. */
  public void changeCapacity(int capacity, Instant at) {
    this.capacity = capacity;
    this.updatedAt = at;
  }

  public Instant getBookableFrom() {
    return bookableFrom;
  }

  public Instant getBookableUntil() {
    return bookableUntil;
  }

  /** Limits when aggregators may book; null on either side for no limit. */
  public void setBookableWindow(Instant from, Instant until) {
    this.bookableFrom = from;
    this.bookableUntil = until;
  }

  public int getLateCancelMinutes() {
    return lateCancelMinutes;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Cancels the class, as the studio does when a teacher is ill. */
  public void cancel(Instant at) {
    this.cancelled = true;
    this.updatedAt = at;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
