package io.github.aggregatorsdk.classpass.example.studio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.simulator.ClassPassSimulator;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The app as the demo runs it, wired as the issue asks. */
@StudioAppTest
class StudioApplicationTest {

  @Autowired DataSource dataSource;
  @Autowired OutboxStore outbox;
  @Autowired ClassPassSimulator simulator;
  @Autowired StudioFixture studio;

  @Test
  void startsOnTheEmbeddedDatabase() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
  }

  @Test
  void keepsClassPassUpdatesInTheJdbcOutboxOnTheAppsDatabase() {
    assertThat(outbox).isInstanceOf(JdbcOutboxStore.class);
  }

  @Test
  void servesThePartnerApiAtClassPassAndOnlyWithTheToken() {
    var answer = studio.get("/classpass/partners");

    assertThat(answer.statusCode()).isEqualTo(401);
  }

  @Test
  void talksToTheBuiltInSimulatorOnLoopbackWhenNoClassPassIsConfigured() {
    assertThat(simulator.baseUrl().getHost()).isEqualTo("127.0.0.1");
  }
}
