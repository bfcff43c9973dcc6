package io.github.aggregatorsdk.classpass.example.studio.classpass;

import java.util.Optional;

/** The SDK passes ids as strings; this app's ids are numbers. */
final class Ids {

  private Ids() {}

  /** The app's id for an SDK id; empty when it cannot be one of ours, so it finds nothing. */
  static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.valueOf(id));
    } catch (NumberFormatException notOurs) {
      return Optional.empty();
    }
  }

  static String format(Long id) {
    return String.valueOf(id);
  }
}
