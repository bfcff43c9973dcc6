package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.contract.ClassSessionRepositoryContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;
import org.springframework.beans.factory.annotation.Autowired;

@JpaContractTest
class JpaClassSessionRepositoryContractTest extends ClassSessionRepositoryContract {

  @Autowired JpaSpiFixture jpa;

  @Override
  protected SpiFixture createFixture() {
    return jpa.emptied();
  }
}
