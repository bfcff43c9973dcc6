package io.github.aggregatorsdk.classpass.spring;

/** Masks secrets wherever configuration is printed. */
final class Secrets {

  private Secrets() {}

  /** "(unset)" for no value, "****" for any value: never a character of the secret. */
  static String mask(String secret) {
    return secret == null || secret.isEmpty() ? "(unset)" : "****";
  }
}
