package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.contract.PartnerDirectoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;

class InMemoryPartnerDirectoryContractTest extends PartnerDirectoryContract {

  @Override
  protected SpiFixture createFixture() {
    return new InMemorySpiFixture();
  }
}
