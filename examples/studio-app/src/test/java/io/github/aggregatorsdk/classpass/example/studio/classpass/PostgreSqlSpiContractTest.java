package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.contract.BookingRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.ClassSessionRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.CustomerRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.PartnerDirectoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SessionTransactionsContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SDK's contract tests once more, on PostgreSQL with the app's "postgres" profile. Runs when
 * {@code CLASSPASS_TEST_POSTGRES_URL} names a server.
 */
@EnabledIfEnvironmentVariable(named = TestPostgreSql.URL_VARIABLE, matches = "jdbc:postgresql:.+")
@JpaContractTest
@ActiveProfiles("postgres")
class PostgreSqlSpiContractTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = TestPostgreSql.freshSchema("studio_contract");
    registry.add("spring.datasource.url", () -> url);
  }

  @Autowired JpaSpiFixture jpa;

  @Nested
  class Customers extends CustomerRepositoryContract {
    @Override
    protected SpiFixture createFixture() {
      return jpa.emptied();
    }
  }

  @Nested
  class Sessions extends ClassSessionRepositoryContract {
    @Override
    protected SpiFixture createFixture() {
      return jpa.emptied();
    }
  }

  @Nested
  class Bookings extends BookingRepositoryContract {
    @Override
    protected SpiFixture createFixture() {
      return jpa.emptied();
    }
  }

  @Nested
  class Partners extends PartnerDirectoryContract {
    @Override
    protected SpiFixture createFixture() {
      return jpa.emptied();
    }
  }

  @Nested
  class Transactions extends SessionTransactionsContract {
    @Override
    protected SpiFixture createFixture() {
      return jpa.emptied();
    }
  }
}
