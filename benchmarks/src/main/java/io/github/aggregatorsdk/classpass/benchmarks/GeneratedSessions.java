package io.github.aggregatorsdk.classpass.benchmarks;

import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A venue's schedule of {@code count} classes that is never held in memory: each page is built
 * when asked for (32 classes a day from {@link StudioFixtures#FIRST_DAY}). Reading costs the same
 * for every page, so a resync over it measures the SDK, not the host's storage, and its memory is
 * the SDK's own.
 */
public final class GeneratedSessions implements ClassSessionRepository {

  private static final int PER_DAY = 32;
  private static final int CAPACITY = 20;

  private final int count;

  public GeneratedSessions(int count) {
    this.count = count;
  }

  /** The last day with a class, for resync ranges. */
  public LocalDate lastDay() {
    return StudioFixtures.FIRST_DAY.plusDays(Math.max(0, count - 1) / PER_DAY);
  }

  @Override
  public Optional<ClassSession> findById(String sessionId) {
    if (!sessionId.startsWith("class-")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(sessionId.substring("class-".length()));
    return index < count ? Optional.of(session(index)) : Optional.empty();
  }

  @Override
  public Page<ClassSession> findByVenue(
      String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
    if (!partnerId.equals(StudioFixtures.PARTNER) || !venueId.equals(StudioFixtures.VENUE)) {
      return new Page<>(List.of(), 0, page);
    }
    long firstDay = Math.max(0, ChronoUnit.DAYS.between(StudioFixtures.FIRST_DAY, from));
    long lastDay = ChronoUnit.DAYS.between(StudioFixtures.FIRST_DAY, to);
    long first = Math.min(count, firstDay * PER_DAY);
    long end = Math.max(first, Math.min(count, (lastDay + 1) * PER_DAY));
    long pageStart = Math.min(end, first + page.offset());
    long pageEnd = Math.min(end, pageStart + page.size());
    List<ClassSession> items = new ArrayList<>((int) (pageEnd - pageStart));
    for (long i = pageStart; i < pageEnd; i++) {
      items.add(session((int) i));
    }
    return new Page<>(items, end - first, page);
  }

  private static ClassSession session(int index) {
    return StudioFixtures.session(index, StudioFixtures.FIRST_DAY, CAPACITY);
  }
}
