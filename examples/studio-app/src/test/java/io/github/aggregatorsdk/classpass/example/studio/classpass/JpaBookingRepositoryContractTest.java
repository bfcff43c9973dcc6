package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.contract.BookingRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;
import org.springframework.beans.factory.annotation.Autowired;

@JpaContractTest
class JpaBookingRepositoryContractTest extends BookingRepositoryContract {

  @Autowired JpaSpiFixture jpa;

  @Override
  protected SpiFixture createFixture() {
    return jpa.emptied();
  }
}
