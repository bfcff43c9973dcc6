package io.github.aggregatorsdk.classpass.example.studio.classpass;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two app instances on one PostgreSQL database, with the app's "postgres" profile. */
@EnabledIfEnvironmentVariable(named = TestPostgreSql.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class TwoAppInstancesOnPostgreSqlTest extends TwoAppInstancesTest {

  @Override
  protected String databaseUrl() {
    return TestPostgreSql.freshSchema("studio_two_instances");
  }

  @Override
  protected String[] profiles() {
    return new String[] {"postgres"};
  }
}
