package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.contract.ClassSessionRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;

class InMemoryClassSessionRepositoryContractTest extends ClassSessionRepositoryContract {

  @Override
  protected SpiFixture createFixture() {
    return new InMemorySpiFixture();
  }
}
