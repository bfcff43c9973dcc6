package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits the client asks for instead of sleeping. */
final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }

  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
