package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the dispatcher once the context is refreshed and stops it gracefully on shutdown (an
 * in-flight batch may finish). Its phase is below the web server's, so it starts before the
 * partner API serves and stops only after the last request was answered: updates queued by the
 * last reservations still leave.
 */
final class DispatcherLifecycle implements SmartLifecycle {

  /** Below Boot's web server phases (default − 1024 and − 2048). */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private final OutboxDispatcher dispatcher;

  DispatcherLifecycle(OutboxDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public void start() {
    dispatcher.start();
  }

  @Override
  public void stop() {
    dispatcher.stop();
  }

  @Override
  public boolean isRunning() {
    return dispatcher.isRunning();
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
