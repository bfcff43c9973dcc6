package io.github.aggregatorsdk.classpass.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link OutboxStore} must show. Extend it with a test class that creates
 * your store on empty storage; a durable store also overrides {@link #openAnotherStore}.
 */
public abstract class OutboxStoreContract {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final String OWNER = "dispatcher-1";
  private static final String OTHER_OWNER = "dispatcher-2";

  private final MutableClock clock = new MutableClock(START);
  private OutboxStore store;

  /**
   * Creates the store under test on empty storage. Called once before each test.
   *
   * @param clock the clock the store MUST take "now" from; the tests move it
   * @return the store
   */
  protected abstract OutboxStore createStore(Clock clock);

  /**
   * Opens another store on the storage of the one {@link #createStore} made, as a second app
   * instance or a restarted one would. The default returns that same store, which suits stores
   * that live in one process's memory.
   *
   * @param clock the clock the store MUST take "now" from
   * @return the other store
   */
  protected OutboxStore openAnotherStore(Clock clock) {
    return store;
  }

  @BeforeEach
  void createStoreUnderTest() {
    store = createStore(clock);
  }

  @Test
  void enqueuedEventIsClaimedWithItsPayloadAndGoneOnceSent() {
    OutboxEvent event = schedule("schedule:1", 1);

    assertThat(store.enqueue(event)).isTrue();
    List<OutboxEntry> claimed = store.claim(OWNER, 10, LEASE);

    assertThat(claimed).singleElement().satisfies(entry -> {
      assertThat(entry.event()).isEqualTo(event);
      assertThat(entry.createdAt()).isEqualTo(START);
      assertThat(entry.attempts()).isZero();
      assertThat(entry.lastError()).isNull();
    });
    store.markSent(OWNER, claimed);
    clock.advance(LEASE.multipliedBy(2));
    assertThat(store.claim(OWNER, 10, LEASE)).isEmpty();
    assertThat(store.counts().pending()).isZero();
  }

  @Test
  void claimTakesTheOldestDueEntriesFirstAndNoMoreThanAsked() {
    for (int i = 1; i <= 5; i++) {
      store.enqueue(schedule("schedule:" + i, 1));
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(keys(store.claim(OWNER, 2, LEASE))).containsExactly("schedule:1", "schedule:2");
    assertThat(keys(store.claim(OWNER, 10, LEASE)))
        .containsExactly("schedule:3", "schedule:4", "schedule:5");
  }

  @Test
  void newerVersionReplacesThePendingOne() {
    store.enqueue(schedule("schedule:1", 1));

    assertThat(store.enqueue(schedule("schedule:1", 2))).isTrue();

    assertThat(store.claim(OWNER, 10, LEASE))
        .singleElement()
        .satisfies(entry -> assertThat(entry.event()).isEqualTo(schedule("schedule:1", 2)));
  }

  @Test
  void olderVersionArrivingAfterANewerOneIsIgnored() {
    store.enqueue(schedule("schedule:1", 2));

    assertThat(store.enqueue(schedule("schedule:1", 1))).isFalse();

    assertThat(store.claim(OWNER, 10, LEASE))
        .singleElement()
        .satisfies(entry -> assertThat(entry.event()).isEqualTo(schedule("schedule:1", 2)));
  }

  @Test
  void sameEventTwiceIsIgnoredButAnotherEventOfTheSameVersionReplaces() {
    OutboxEvent first = schedule("schedule:1", 1);
    OutboxEvent sameVersion =
        new OutboxEvent("later", OutboxEventType.SCHEDULE, "schedule:1", first.lastUpdated(), "{}");
    store.enqueue(first);

    assertThat(store.enqueue(first)).isFalse();
    assertThat(store.enqueue(sameVersion)).isTrue();

    assertThat(store.claim(OWNER, 10, LEASE))
        .singleElement()
        .satisfies(entry -> assertThat(entry.event()).isEqualTo(sameVersion));
  }

  @Test
  void newerVersionQueuedWhileInFlightIsSentAfterwards() {
    store.enqueue(schedule("schedule:1", 1));
    List<OutboxEntry> inFlight = store.claim(OWNER, 10, LEASE);

    assertThat(store.enqueue(schedule("schedule:1", 2))).isTrue();
    assertThat(store.claim(OTHER_OWNER, 10, LEASE)).as("still leased").isEmpty();
    store.markSent(OWNER, inFlight);

    assertThat(store.claim(OTHER_OWNER, 10, LEASE))
        .as("due at once, without waiting for the lease to end")
        .singleElement()
        .satisfies(entry -> assertThat(entry.event()).isEqualTo(schedule("schedule:1", 2)));
  }

  @Test
  void olderVersionQueuedWhileInFlightIsIgnored() {
    store.enqueue(schedule("schedule:1", 2));
    List<OutboxEntry> inFlight = store.claim(OWNER, 10, LEASE);

    assertThat(store.enqueue(schedule("schedule:1", 1))).isFalse();
    store.markSent(OWNER, inFlight);

    assertThat(store.counts().pending()).isZero();
  }

  @Test
  void claimedEntryIsNotClaimedAgainWhileItsLeaseHolds() {
    store.enqueue(schedule("schedule:1", 1));
    store.claim(OWNER, 10, LEASE);

    clock.advance(LEASE.minusSeconds(1));

    assertThat(store.claim(OTHER_OWNER, 10, LEASE)).isEmpty();
    assertThat(store.claim(OWNER, 10, LEASE)).isEmpty();
  }

  @Test
  void expiredLeaseLetsAnotherOwnerClaimAndTheFirstOwnerNoLongerReports() {
    store.enqueue(schedule("schedule:1", 1));
    List<OutboxEntry> lost = store.claim(OWNER, 10, LEASE);
    clock.advance(LEASE);

    List<OutboxEntry> reclaimed = store.claim(OTHER_OWNER, 10, LEASE);
    assertThat(keys(reclaimed)).containsExactly("schedule:1");

    store.markSent(OWNER, lost);
    store.markFailed(OWNER, lost, Duration.ZERO, "timeout");
    assertThat(store.deadLetter(OWNER, lost.get(0), "too old")).isEmpty();
    assertThat(store.claim(OWNER, 10, LEASE)).as("still leased to the other owner").isEmpty();
    store.markSent(OTHER_OWNER, reclaimed);
    assertThat(store.counts().pending()).isZero();
  }

  @Test
  void failedEntryCountsTheAttemptAndWaitsBeforeTheNextOne() {
    store.enqueue(schedule("schedule:1", 1));
    store.markFailed(OWNER, store.claim(OWNER, 10, LEASE), Duration.ofSeconds(30), "503");

    clock.advance(Duration.ofSeconds(29));
    assertThat(store.claim(OWNER, 10, LEASE)).as("before the retry time").isEmpty();
    clock.advance(Duration.ofSeconds(1));

    assertThat(store.claim(OWNER, 10, LEASE)).singleElement().satisfies(entry -> {
      assertThat(entry.attempts()).isEqualTo(1);
      assertThat(entry.lastError()).isEqualTo("503");
      assertThat(entry.nextAttemptAt()).isEqualTo(START.plusSeconds(30));
    });
  }

  @Test
  void longErrorTextIsKeptOnlyInPart() {
    String longError = "x".repeat(5_000);
    store.enqueue(schedule("schedule:1", 1));
    store.markFailed(OWNER, store.claim(OWNER, 10, LEASE), Duration.ZERO, longError);

    assertThat(store.claim(OWNER, 10, LEASE))
        .singleElement()
        .satisfies(entry -> assertThat(longError).startsWith(entry.lastError()));
  }

  @Test
  void failureOfASupersededEntryLeavesTheNewerVersionDueWithoutAnAttempt() {
    store.enqueue(schedule("schedule:1", 1));
    List<OutboxEntry> inFlight = store.claim(OWNER, 10, LEASE);
    store.enqueue(schedule("schedule:1", 2));

    store.markFailed(OWNER, inFlight, Duration.ofHours(1), "503");

    assertThat(store.claim(OWNER, 10, LEASE)).singleElement().satisfies(entry -> {
      assertThat(entry.event()).isEqualTo(schedule("schedule:1", 2));
      assertThat(entry.attempts()).isZero();
    });
  }

  @Test
  void newVersionOfAnEntryWaitingForItsRetryIsDueAtOnce() {
    store.enqueue(schedule("schedule:1", 1));
    store.markFailed(OWNER, store.claim(OWNER, 10, LEASE), Duration.ofHours(1), "503");

    store.enqueue(schedule("schedule:1", 2));

    assertThat(store.claim(OWNER, 10, LEASE)).singleElement().satisfies(entry -> {
      assertThat(entry.event()).isEqualTo(schedule("schedule:1", 2));
      assertThat(entry.attempts()).isZero();
      assertThat(entry.lastError()).isNull();
    });
  }

  @Test
  void deadLetterLeavesTheBacklogAndStaysQueryable() {
    store.enqueue(schedule("schedule:1", 1));
    store.markFailed(OWNER, store.claim(OWNER, 10, LEASE), Duration.ZERO, "503");
    OutboxEntry entry = store.claim(OWNER, 10, LEASE).get(0);
    clock.advance(Duration.ofSeconds(5));

    Optional<DeadLetter> deadLetter = store.deadLetter(OWNER, entry, "too many attempts");

    assertThat(deadLetter).hasValueSatisfying(letter -> {
      assertThat(letter.entry().event()).isEqualTo(schedule("schedule:1", 1));
      assertThat(letter.entry().attempts()).isEqualTo(1);
      assertThat(letter.entry().lastError()).isEqualTo("503");
      assertThat(letter.reason()).isEqualTo("too many attempts");
      assertThat(letter.deadLetteredAt()).isEqualTo(START.plusSeconds(5));
    });
    assertThat(store.deadLetters(PageRequest.first(10)).items()).containsExactly(deadLetter.get());
    assertThat(store.counts()).isEqualTo(new OutboxCounts(0, 1, null));
    clock.advance(LEASE.multipliedBy(2));
    assertThat(store.claim(OWNER, 10, LEASE)).isEmpty();
  }

  @Test
  void supersededEntryIsNotGivenUpAndItsNewerVersionStaysPending() {
    store.enqueue(schedule("schedule:1", 1));
    OutboxEntry inFlight = store.claim(OWNER, 10, LEASE).get(0);
    store.enqueue(schedule("schedule:1", 2));

    assertThat(store.deadLetter(OWNER, inFlight, "400 from ClassPass")).isEmpty();

    assertThat(store.counts().deadLetters()).isZero();
    assertThat(store.claim(OWNER, 10, LEASE))
        .singleElement()
        .satisfies(entry -> assertThat(entry.event()).isEqualTo(schedule("schedule:1", 2)));
  }

  @Test
  void deadLettersArePagedInTheOrderTheyWereGivenUp() {
    for (int i = 1; i <= 5; i++) {
      store.enqueue(schedule("schedule:" + i, 1));
    }
    for (OutboxEntry entry : store.claim(OWNER, 10, LEASE)) {
      clock.advance(Duration.ofSeconds(1));
      store.deadLetter(OWNER, entry, "400");
    }

    Page<DeadLetter> second = store.deadLetters(new PageRequest(2, 2));

    assertThat(second.items())
        .extracting(letter -> letter.entry().key())
        .containsExactly("schedule:3", "schedule:4");
    assertThat(second.totalItems()).isEqualTo(5);
  }

  @Test
  void requeuedDeadLetterIsClaimableAgainWithNoAttemptCounted() {
    store.enqueue(schedule("schedule:1", 1));
    store.markFailed(OWNER, store.claim(OWNER, 10, LEASE), Duration.ZERO, "503");
    store.deadLetter(OWNER, store.claim(OWNER, 10, LEASE).get(0), "too many attempts");
    String eventId = schedule("schedule:1", 1).eventId();

    assertThat(store.requeueDeadLetter(eventId)).isTrue();
    assertThat(store.requeueDeadLetter(eventId)).as("gone once requeued").isFalse();

    assertThat(store.counts().deadLetters()).isZero();
    assertThat(store.claim(OWNER, 10, LEASE)).singleElement().satisfies(entry -> {
      assertThat(entry.event()).isEqualTo(schedule("schedule:1", 1));
      assertThat(entry.attempts()).isZero();
    });
  }

  @Test
  void newEventOfAKeyWithADeadLetterIsQueued() {
    store.enqueue(schedule("schedule:1", 1));
    store.deadLetter(OWNER, store.claim(OWNER, 10, LEASE).get(0), "400");

    assertThat(store.enqueue(schedule("schedule:1", 2))).isTrue();

    assertThat(store.counts()).isEqualTo(new OutboxCounts(1, 1, START));
  }

  @Test
  void countsShowTheBacklogAndItsOldestEntry() {
    assertThat(store.counts()).isEqualTo(new OutboxCounts(0, 0, null));
    store.enqueue(schedule("schedule:1", 1));
    clock.advance(Duration.ofMinutes(3));
    store.enqueue(schedule("schedule:2", 1));
    store.enqueue(reservation("reservation:9", 1));
    store.claim(OWNER, 1, LEASE);

    assertThat(store.counts())
        .as("in flight counts as pending")
        .isEqualTo(new OutboxCounts(3, 0, START));
  }

  @Test
  void anotherStoreOnTheSameStorageSeesEverythingPending() {
    store.enqueue(schedule("schedule:1", 1));
    clock.advance(Duration.ofSeconds(1));
    store.enqueue(reservation("reservation:9", 1));
    store.claim(OWNER, 1, LEASE);

    OutboxStore restarted = openAnotherStore(clock);

    assertThat(restarted.counts().pending()).isEqualTo(2);
    assertThat(keys(restarted.claim(OTHER_OWNER, 10, LEASE))).containsExactly("reservation:9");
    clock.advance(LEASE);
    assertThat(keys(restarted.claim(OTHER_OWNER, 10, LEASE)))
        .as("both leases ended")
        .containsExactly("schedule:1", "reservation:9");
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> store.claim(OWNER, 0, LEASE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.claim(OWNER, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.claim("", 1, LEASE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.markFailed(OWNER, List.of(), Duration.ofSeconds(-1), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.enqueue(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void concurrentClaimersNeverGetTheSameEntry() throws Exception {
    OutboxRace race = new OutboxRace(List.of(store, openAnotherStore(clock)), LEASE);
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 200; i++) {
        store.enqueue(schedule("schedule:" + round + "-" + i, 1));
      }

      Map<String, Integer> claims = race.claimAndSendUntilEmpty(4, 7);

      assertThat(claims)
          .hasSize(200)
          .allSatisfy((eventId, times) -> assertThat(times).as(eventId).isEqualTo(1));
      assertThat(store.counts().pending()).isZero();
    }
  }

  @Test
  void concurrentEnqueuesOfOneKeyKeepOnlyTheNewestVersion() throws Exception {
    OutboxRace race = new OutboxRace(List.of(store, openAnotherStore(clock)), LEASE);

    race.enqueueShuffled(4, 10, 40, this::schedule);

    List<OutboxEntry> pending = store.claim(OWNER, 100, LEASE);
    assertThat(pending).hasSize(10).allSatisfy(entry ->
        assertThat(entry.event().lastUpdated()).isEqualTo(START.plusSeconds(40)));
  }

  @Test
  void versionsQueuedWhileOthersSendArriveInOrderEndingWithTheNewest() throws Exception {
    OutboxRace race = new OutboxRace(List.of(store, openAnotherStore(clock)), LEASE);

    Map<String, List<Instant>> sent = race.produceWhileSending(8, 30, 2, 3, this::schedule);

    assertThat(sent).hasSize(8).allSatisfy((key, versions) -> {
      assertThat(versions).isSorted().doesNotHaveDuplicates();
      assertThat(versions).last().isEqualTo(START.plusSeconds(30));
    });
    assertThat(store.counts().pending()).isZero();
  }

  /** A SCHEDULE event whose id and payload follow from key and version, so equal means same. */
  private OutboxEvent schedule(String key, int version) {
    return new OutboxEvent(key + "@" + version, OutboxEventType.SCHEDULE, key,
        START.plusSeconds(version), "{\"key\":\"" + key + "\",\"version\":" + version + "}");
  }

  private OutboxEvent reservation(String key, int version) {
    return new OutboxEvent(key + "@" + version, OutboxEventType.RESERVATION, key,
        START.plusSeconds(version), "{\"status\":\"ATTENDED\"}");
  }

  private static List<String> keys(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::key).toList();
  }
}
