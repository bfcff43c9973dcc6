package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.contract.SessionTransactionsContract;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;
import org.springframework.beans.factory.annotation.Autowired;

@JpaContractTest
class JpaSessionTransactionsContractTest extends SessionTransactionsContract {

  @Autowired JpaSpiFixture jpa;

  @Override
  protected SpiFixture createFixture() {
    return jpa.emptied();
  }
}
