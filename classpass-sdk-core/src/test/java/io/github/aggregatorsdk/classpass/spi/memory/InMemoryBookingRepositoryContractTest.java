package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.contract.BookingRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;

class InMemoryBookingRepositoryContractTest extends BookingRepositoryContract {

  @Override
  protected SpiFixture createFixture() {
    return new InMemorySpiFixture();
  }
}
