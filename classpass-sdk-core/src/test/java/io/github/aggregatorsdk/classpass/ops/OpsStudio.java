package io.github.aggregatorsdk.classpass.ops;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiRequest;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiResponse;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A host for the operations tests: the in-memory SPI, the JDBC outbox on a fresh embedded H2
 * database, and the integration pushing to the WireMock stand-in of ClassPass. Nothing runs in
 * the background: tests deliver with {@link #deliver()}.
 */
final class OpsStudio implements AutoCloseable {

  static final String PARTNER = SyncStudio.PARTNER;
  static final String VENUE = SyncStudio.VENUE;
  static final String PARTNER_API_TOKEN = "partner-api-token-1";

  final MutableClock clock = new MutableClock(SyncStudio.DAY_BEFORE);
  final InMemoryStudio studio = new InMemoryStudio(clock);
  final JdbcOutboxStore outbox;
  final ClassPassIntegration integration;

  OpsStudio(WireMockExtension classPass) {
    this(classPass, builder -> builder);
  }

  OpsStudio(WireMockExtension classPass, UnaryOperator<ClassPassIntegration.Builder> more) {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:ops-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    outbox = new JdbcOutboxStore(database, JdbcOutboxStore.DEFAULT_TABLE_NAME, clock);
    outbox.createTablesIfMissing();
    studio.partners().save(new PartnerProfile(PARTNER, "Flow Studio", null, List.of(),
        Instant.parse("2026-01-01T00:00:00Z")));
    studio.partners().save(SyncStudio.venue(VENUE));
    integration = more.apply(ClassPassIntegration.builder()
        .client(FakeClassPass.client(classPass, 100))
        .customers(studio.customers())
        .sessions(studio.sessions())
        .bookings(studio.bookings())
        .transactions(studio.transactions())
        .partners(studio.partners())
        .outbox(outbox)
        .partnerApiToken(PARTNER_API_TOKEN)
        .fullResyncInterval(Duration.ZERO)
        .registerOnStartup(false)
        .clock(clock))
        .build();
  }

  ClassPassOperations ops() {
    return integration.operations();
  }

  ClassSession add(String id, UnaryOperator<ClassSession.Builder> change) {
    return studio.sessions().save(change.apply(SyncStudio.session(id)).build());
  }

  ClassSession add(String id) {
    return add(id, builder -> builder);
  }

  /** Delivers what is due, as the dispatcher's thread would. */
  void deliver() {
    integration.dispatcher().drain();
  }

  /** ClassPass calls the partner API with the given token. */
  PartnerApiResponse call(String method, String path, String token) {
    return integration.partnerApi().handle(PartnerApiRequest.of(method, "/classpass" + path,
        null, name -> Map.of("authorization", "Bearer " + token)
            .get(name.toLowerCase(Locale.ROOT)), new ByteArrayInputStream(new byte[0])));
  }

  @Override
  public void close() {
    integration.close();
  }
}
