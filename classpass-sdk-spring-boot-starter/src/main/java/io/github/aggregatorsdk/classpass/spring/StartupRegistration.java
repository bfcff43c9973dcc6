package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Queues the registration of every partner and venue with ClassPass once the application has
 * started ({@code classpass.sync.register-on-startup}), through the outbox, so that it is retried
 * until ClassPass accepted it. Starts after the dispatcher, which sends it.
 */
final class StartupRegistration implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(StartupRegistration.class);

  private final ScheduleSync sync;
  private volatile boolean running;

  StartupRegistration(ScheduleSync sync) {
    this.sync = sync;
  }

  @Override
  public void start() {
    running = true;
    try {
      int queued = sync.registerAll();
      LOG.info("ClassPass registration of {} partners and venues queued", queued);
    } catch (RuntimeException e) {
      // The periodic full resync and later changes still reach ClassPass; the host starts.
      LOG.warn("ClassPass registration of partners and venues could not be queued ({})",
          e.getClass().getName());
      LOG.debug("registration failure", MessageWithheld.of(e));
    }
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return DispatcherLifecycle.PHASE + 1;
  }
}
