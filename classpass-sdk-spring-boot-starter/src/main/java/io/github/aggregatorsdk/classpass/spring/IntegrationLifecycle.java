package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the {@link ClassPassIntegration} (delivery, registration, periodic resync) once the
 * context is refreshed and stops it gracefully on shutdown (an in-flight batch may finish); the
 * bean's destruction then closes it. Its
 * phase is below the web server's, so it starts before the partner API serves and stops only after
 * the last request was answered: updates queued by the last reservations still leave.
 */
final class IntegrationLifecycle implements SmartLifecycle {

  /** Below Boot's web server phases (default − 1024 and − 2048). */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private final ClassPassIntegration integration;
  private volatile boolean running;

  IntegrationLifecycle(ClassPassIntegration integration) {
    this.integration = integration;
  }

  @Override
  public void start() {
    integration.start();
    running = true;
  }

  /** Resumable: Spring's test context cache stops a context it keeps and starts it again. */
  @Override
  public void stop() {
    running = false;
    integration.stop();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
