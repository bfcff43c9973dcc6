package io.github.aggregatorsdk.classpass.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.DAY_BEFORE;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.PARTNER;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.START;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.VENUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.mapping.DirectoryProfiles;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FullResyncTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final MutableClock clock = new MutableClock(DAY_BEFORE);
  private final SyncStudio host = new SyncStudio(clock);
  private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
  private final List<PageRequest> pagesRead = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> problems = new ConcurrentHashMap<>();
  private final AtomicInteger wakeUps = new AtomicInteger();

  private FullResync resync(int batchSize) {
    return FullResync.builder()
        .sessions(new PageRecordingSessions(host.studio.sessions(), pagesRead))
        .partners(host.studio.partners())
        .client(FakeClassPass.client(classPass, batchSize))
        .outbox(outbox)
        .batchSize(batchSize)
        .clock(clock)
        .problemListener(problems::put)
        .onEnqueued(wakeUps::incrementAndGet)
        .build();
  }

  @Test
  void resyncOf10000SessionsReadsPageByPageAndMakesOneRequestPerPage() {
    accept();
    FullResync resync = FullResync.builder()
        .sessions(new PageRecordingSessions(new GeneratedSessions(10_000), pagesRead))
        .partners(host.studio.partners())
        .client(FakeClassPass.client(classPass, 64))
        .outbox(outbox)
        .batchSize(64)
        .clock(clock)
        .build();

    ResyncSummary summary = resync.resync(PARTNER, VENUE, START.toLocalDate(),
        START.toLocalDate().plusDays(10));

    int pages = (10_000 + 63) / 64;
    classPass.verify(pages, postRequestedFor(urlEqualTo(BATCH_UPDATES)));
    assertThat(pagesRead).hasSize(pages);
    for (int i = 0; i < pages; i++) {
      assertThat(pagesRead.get(i)).isEqualTo(new PageRequest(i + 1, 64));
    }
    List<JsonNode> events = FakeClassPass.events(classPass);
    assertThat(events).hasSize(10_000);
    assertThat(events.stream().map(event -> event.get("payload").get("id").asText()).distinct())
        .hasSize(10_000);
    assertThat(summary).isEqualTo(new ResyncSummary(10_000, 10_000, 0, 0, 0, 0, 0));
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void sessionsNotOfferedAreSkippedAndUnpublishableOnesAreReported() {
    accept();
    host.add("s-ok");
    host.add("s-closed", session -> session.activity(
        SyncStudio.activity(ClassPassSettings.notOffered())));
    host.add("s-bad", session -> session.end(START));

    ResyncSummary summary = resync(100).resync(PARTNER, VENUE, START.toLocalDate(),
        START.toLocalDate());

    assertThat(summary).isEqualTo(new ResyncSummary(3, 1, 0, 1, 1, 0, 0));
    assertThat(problems).containsOnlyKeys("s-bad");
    assertThat(FakeClassPass.events(classPass))
        .extracting(event -> event.get("payload").get("id").asText())
        .containsExactly("s-ok");
  }

  @Test
  void eachPageIsVersionedWithTheTimeBeforeItWasRead() {
    // A page read that takes long must not carry a time later than a change made meanwhile,
    // whose own push would then lose against this older state.
    accept();
    host.add("s-1");
    Instant beforeRead = clock.instant();
    ClassSessionRepository slowReads =
        new PageRecordingSessions(host.studio.sessions(), pagesRead) {
          @Override
          public Page<ClassSession> findByVenue(
              String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
            Page<ClassSession> read = super.findByVenue(partnerId, venueId, from, to, page);
            clock.advance(Duration.ofMinutes(1));
            return read;
          }
        };
    FullResync resync =
        FullResync.builder()
            .sessions(slowReads)
            .partners(host.studio.partners())
            .client(FakeClassPass.client(classPass, 100))
            .outbox(outbox)
            .clock(clock)
            .build();

    resync.resync(PARTNER, VENUE, START.toLocalDate(), START.toLocalDate());

    assertThat(FakeClassPass.events(classPass))
        .extracting(event -> Instant.from(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(
                event.get("payload").get("last_updated").asText())))
        .containsExactly(beforeRead);
  }

  @Test
  void failedRequestQueuesItsSchedulesInTheOutboxSoNothingIsLost() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 5; i++) {
      host.add("s-" + i);
    }

    ResyncSummary summary = resync(2).resync(PARTNER, VENUE, START.toLocalDate(),
        START.toLocalDate());

    assertThat(summary).isEqualTo(new ResyncSummary(5, 0, 5, 0, 0, 3, 0));
    assertThat(SyncStudio.take(outbox)).extracting(OutboxEntry::key)
        .containsExactlyInAnyOrder("schedule:s-0", "schedule:s-1", "schedule:s-2",
            "schedule:s-3", "schedule:s-4");
    assertThat(wakeUps).hasValue(3);
  }

  @Test
  void resyncAllCoversEveryVenueFromTodayToTheHorizonAndSkipsEndedClasses() {
    accept();
    host.studio.partners().save(SyncStudio.venue("v-2"));
    host.studio.partners().save(new PartnerProfile("p-2", "Other", null, List.of(), DAY_BEFORE));
    host.studio.partners().save(new VenueProfile("p-2",
        "v-3", "Other venue", null, SyncStudio.venue("v-3").address(), null, null, null, null,
        null, List.of(), DAY_BEFORE));
    ZonedDateTime now = DAY_BEFORE.atZone(START.getZone());
    host.add("ended", session -> session.start(now.minusHours(2)).end(now.minusHours(1)));
    host.add("later-today", session -> session.start(now.plusHours(1)).end(now.plusHours(2)));
    host.add("in-horizon", session -> session.venueId("v-2").start(now.plusDays(20))
        .end(now.plusDays(20).plusHours(1)));
    host.add("other-partner", session -> session.partnerId("p-2").venueId("v-3")
        .start(now.plusDays(1)).end(now.plusDays(1).plusHours(1)));
    host.add("beyond", session -> session.start(now.plusDays(40)).end(now.plusDays(40)
        .plusHours(1)));

    ResyncSummary summary = resync(100).resyncAll(Duration.ofDays(28));

    assertThat(FakeClassPass.events(classPass))
        .extracting(event -> event.get("payload").get("id").asText())
        .containsExactlyInAnyOrder("later-today", "in-horizon", "other-partner");
    assertThat(summary).isEqualTo(new ResyncSummary(4, 3, 0, 1, 0, 0, 0));
  }

  @Test
  void resyncAllGoesOnAfterAVenueFails() {
    accept();
    host.studio.partners().save(SyncStudio.venue("v-2"));
    host.add("s-1", session -> session.venueId("v-2").start(START.minusHours(20))
        .end(START.minusHours(19)));
    FullResync resync = FullResync.builder()
        .sessions(new PageRecordingSessions(host.studio.sessions(), pagesRead) {
          @Override
          public Page<ClassSession> findByVenue(String partnerId, String venueId, LocalDate from,
              LocalDate to, PageRequest page) {
            if (venueId.equals(VENUE)) {
              throw new IllegalStateException("host database down");
            }
            return super.findByVenue(partnerId, venueId, from, to, page);
          }
        })
        .partners(host.studio.partners())
        .client(FakeClassPass.client(classPass, 100))
        .outbox(outbox)
        .clock(clock)
        .build();

    ResyncSummary summary = resync.resyncAll(Duration.ofDays(7));

    assertThat(summary.failedVenues()).isEqualTo(1);
    assertThat(summary.schedulesPushed()).isEqualTo(1);
  }

  @Test
  void registerAllSendsEveryPartnerAndVenueInTheContractsJson() {
    classPass.stubFor(post(urlEqualTo("/v1/inventory/partners"))
        .willReturn(aResponse().withStatus(200)));
    classPass.stubFor(post(urlEqualTo("/v1/inventory/venues"))
        .willReturn(aResponse().withStatus(200)));
    host.studio.partners().save(DirectoryProfiles.partner());
    host.studio.partners().save(DirectoryProfiles.venue());

    int sent = resync(100).registerAll();

    assertThat(sent).isEqualTo(4);
    classPass.verify(2, postRequestedFor(urlEqualTo("/v1/inventory/partners")));
    classPass.verify(postRequestedFor(urlEqualTo("/v1/inventory/partners"))
        .withRequestBody(equalToJson("{\"partner\":" + golden("partner.json") + "}")));
    classPass.verify(postRequestedFor(urlEqualTo("/v1/inventory/venues"))
        .withRequestBody(equalToJson("{\"venue\":" + golden("venue.json") + "}")));
    assertThat(resync(100).registerPartner("p-unknown")).isZero();
  }

  private static String golden(String name) {
    return SyncStudio.golden(name).toString();
  }

  private static void accept() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)));
  }

  /** A schedule of {@code total} sessions made up page by page, never held all at once. */
  private static final class GeneratedSessions implements ClassSessionRepository {
    private final int total;

    GeneratedSessions(int total) {
      this.total = total;
    }

    @Override
    public Optional<ClassSession> findById(String sessionId) {
      return Optional.empty();
    }

    @Override
    public Page<ClassSession> findByVenue(String partnerId, String venueId, LocalDate from,
        LocalDate to, PageRequest page) {
      List<ClassSession> items = new ArrayList<>();
      for (long i = page.offset(); i < Math.min(total, page.offset() + page.size()); i++) {
        ZonedDateTime start = START.plusMinutes(i);
        items.add(SyncStudio.session("s-" + i).start(start).end(start.plusMinutes(45)).build());
      }
      return new Page<>(items, total, page);
    }
  }

  /** Records which pages a resync asks for. */
  private static class PageRecordingSessions implements ClassSessionRepository {
    private final ClassSessionRepository delegate;
    private final List<PageRequest> pages;

    PageRecordingSessions(ClassSessionRepository delegate, List<PageRequest> pages) {
      this.delegate = delegate;
      this.pages = pages;
    }

    @Override
    public Optional<ClassSession> findById(String sessionId) {
      return delegate.findById(sessionId);
    }

    @Override
    public Page<ClassSession> findByVenue(String partnerId, String venueId, LocalDate from,
        LocalDate to, PageRequest page) {
      pages.add(page);
      return delegate.findByVenue(partnerId, venueId, from, to, page);
    }
  }
}
