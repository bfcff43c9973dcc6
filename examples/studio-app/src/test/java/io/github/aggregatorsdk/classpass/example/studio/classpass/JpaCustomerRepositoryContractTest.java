package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.contract.CustomerRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;
import org.springframework.beans.factory.annotation.Autowired;

@JpaContractTest
class JpaCustomerRepositoryContractTest extends CustomerRepositoryContract {

  @Autowired JpaSpiFixture jpa;

  @Override
  protected SpiFixture createFixture() {
    return jpa.emptied();
  }
}
