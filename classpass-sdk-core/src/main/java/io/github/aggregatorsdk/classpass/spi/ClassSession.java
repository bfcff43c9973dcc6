package io.github.aggregatorsdk.classpass.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One occurrence of a class in the host's schedule (a "schedule" in ClassPass's words), with
 * what the booking rules need: its activity's ClassPass settings, capacity, current occupancy
 * and windows. Build one with {@link #builder()}.
 *
 * @param id the host's id of the occurrence; never null
 * @param partnerId the owning partner's id; never null
 * @param venueId the venue's id; never null
 * @param activity the activity, with its ClassPass settings; never null
 * @param name display name of this occurrence when it differs from the activity's; null when none
 * @param start start, in the venue's time zone; never null
 * @param end end, in the venue's time zone; never null (an end not after start is reported by
 *     the sync layer instead of being published)
 * @param capacity spots in the class; a negative value is reported, not published
 * @param occupancy spots held right now; never null
 * @param teachers instructors; never null, may be empty
 * @param room the room; null when none
 * @param layout spot layout; never null, empty when the class has none
 * @param bookableFrom from when ClassPass may book; null for "as soon as it is listed"
 * @param bookableUntil until when ClassPass may book; null for "until start"
 * @param lateCancelWindow how long before start a cancellation counts as late; never null, zero
 *     for never late
 * @param cancelled whether the studio cancelled this occurrence
 * @param lastUpdated when the host last changed this occurrence (any booking included); never null
 */
public record ClassSession(
    String id,
    String partnerId,
    String venueId,
    Activity activity,
    String name,
    ZonedDateTime start,
    ZonedDateTime end,
    int capacity,
    Occupancy occupancy,
    List<Instructor> teachers,
    StudioRoom room,
    List<Spot> layout,
    ZonedDateTime bookableFrom,
    ZonedDateTime bookableUntil,
    Duration lateCancelWindow,
    boolean cancelled,
    Instant lastUpdated) {

  /** Checks required components and copies the lists. */
  public ClassSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(occupancy, "occupancy");
    teachers = teachers == null ? List.of() : List.copyOf(teachers);
    layout = layout == null ? List.of() : List.copyOf(layout);
    Objects.requireNonNull(lateCancelWindow, "lateCancelWindow");
    if (lateCancelWindow.isNegative()) {
      throw new IllegalArgumentException("lateCancelWindow must not be negative");
    }
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }

  /** A builder with no late-cancel window, empty occupancy and no layout. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this session's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .partnerId(partnerId)
        .venueId(venueId)
        .activity(activity)
        .name(name)
        .start(start)
        .end(end)
        .capacity(capacity)
        .occupancy(occupancy)
        .teachers(teachers)
        .room(room)
        .layout(layout)
        .bookableFrom(bookableFrom)
        .bookableUntil(bookableUntil)
        .lateCancelWindow(lateCancelWindow)
        .cancelled(cancelled)
        .lastUpdated(lastUpdated);
  }

  /** Whether the session has a spot layout. */
  public boolean hasLayout() {
    return !layout.isEmpty();
  }

  /** Builds a {@link ClassSession}; not thread-safe. */
  public static final class Builder {
    private String id;
    private String partnerId;
    private String venueId;
    private Activity activity;
    private String name;
    private ZonedDateTime start;
    private ZonedDateTime end;
    private int capacity;
    private Occupancy occupancy = Occupancy.EMPTY;
    private List<Instructor> teachers = List.of();
    private StudioRoom room;
    private List<Spot> layout = List.of();
    private ZonedDateTime bookableFrom;
    private ZonedDateTime bookableUntil;
    private Duration lateCancelWindow = Duration.ZERO;
    private boolean cancelled;
    private Instant lastUpdated;

    private Builder() {}

    /** See {@link ClassSession#id()}. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** See {@link ClassSession#partnerId()}. */
    public Builder partnerId(String partnerId) {
      this.partnerId = partnerId;
      return this;
    }

    /** See {@link ClassSession#venueId()}. */
    public Builder venueId(String venueId) {
      this.venueId = venueId;
      return this;
    }

    /** See {@link ClassSession#activity()}. */
    public Builder activity(Activity activity) {
      this.activity = activity;
      return this;
    }

    /** See {@link ClassSession#name()}. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** See {@link ClassSession#start()}. */
    public Builder start(ZonedDateTime start) {
      this.start = start;
      return this;
    }

    /** See {@link ClassSession#end()}. */
    public Builder end(ZonedDateTime end) {
      this.end = end;
      return this;
    }

    /** See {@link ClassSession#capacity()}. */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /** See {@link ClassSession#occupancy()}. */
    public Builder occupancy(Occupancy occupancy) {
      this.occupancy = occupancy;
      return this;
    }

    /** See {@link ClassSession#teachers()}. */
    public Builder teachers(List<Instructor> teachers) {
      this.teachers = teachers;
      return this;
    }

    /** See {@link ClassSession#room()}. */
    public Builder room(StudioRoom room) {
      this.room = room;
      return this;
    }

    /** See {@link ClassSession#layout()}. */
    public Builder layout(List<Spot> layout) {
      this.layout = layout;
      return this;
    }

    /** See {@link ClassSession#bookableFrom()}. */
    public Builder bookableFrom(ZonedDateTime bookableFrom) {
      this.bookableFrom = bookableFrom;
      return this;
    }

    /** See {@link ClassSession#bookableUntil()}. */
    public Builder bookableUntil(ZonedDateTime bookableUntil) {
      this.bookableUntil = bookableUntil;
      return this;
    }

    /** See {@link ClassSession#lateCancelWindow()}. */
    public Builder lateCancelWindow(Duration lateCancelWindow) {
      this.lateCancelWindow = lateCancelWindow;
      return this;
    }

    /** See {@link ClassSession#cancelled()}. */
    public Builder cancelled(boolean cancelled) {
      this.cancelled = cancelled;
      return this;
    }

    /** See {@link ClassSession#lastUpdated()}. */
    public Builder lastUpdated(Instant lastUpdated) {
      this.lastUpdated = lastUpdated;
      return this;
    }

    /**
     * Builds the session.
     *
     * @throws NullPointerException naming the first required value that is missing
     */
    public ClassSession build() {
      return new ClassSession(
          id,
          partnerId,
          venueId,
          activity,
          name,
          start,
          end,
          capacity,
          occupancy,
          teachers,
          room,
          layout,
          bookableFrom,
          bookableUntil,
          lateCancelWindow,
          cancelled,
          lastUpdated);
    }
  }
}
