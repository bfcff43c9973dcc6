package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.contract.CustomerRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;

class InMemoryCustomerRepositoryContractTest extends CustomerRepositoryContract {

  @Override
  protected SpiFixture createFixture() {
    return new InMemorySpiFixture();
  }
}
