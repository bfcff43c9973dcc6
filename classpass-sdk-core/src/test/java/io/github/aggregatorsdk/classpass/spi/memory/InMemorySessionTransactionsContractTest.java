package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.contract.SessionTransactionsContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;

class InMemorySessionTransactionsContractTest extends SessionTransactionsContract {

  @Override
  protected SpiFixture createFixture() {
    return new InMemorySpiFixture();
  }
}
