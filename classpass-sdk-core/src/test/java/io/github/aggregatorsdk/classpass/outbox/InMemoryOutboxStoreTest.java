package io.github.aggregatorsdk.classpass.outbox;

import java.time.Clock;

class InMemoryOutboxStoreTest extends OutboxStoreContract {

  @Override
  protected OutboxStore createStore(Clock clock) {
    return new InMemoryOutboxStore(clock);
  }
}
