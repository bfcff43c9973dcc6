package io.github.aggregatorsdk.classpass.example.studio.classpass;

import java.util.UUID;

/**
 * Two app instances on one H2 database. In-memory, both in this JVM, but with a pool and an
 * EntityManager each, so H2's row locks are all that keeps them apart, as a server's would be.
 */
class TwoAppInstancesOnH2Test extends TwoAppInstancesTest {

  @Override
  protected String databaseUrl() {
    return "jdbc:h2:mem:two-instances-" + UUID.randomUUID();
  }

  @Override
  protected String[] profiles() {
    return new String[0];
  }
}
