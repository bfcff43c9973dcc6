package io.github.aggregatorsdk.classpass.spring;

import java.util.List;
import java.util.Optional;

/** The tokens ClassPass may send, checked at startup with messages that name the property. */
final class PartnerApiTokens {

  /** Shortest token accepted: a guessable token would open the studio's bookings to anyone. */
  static final int MIN_TOKEN_LENGTH = 12;

  private PartnerApiTokens() {}

  /** The current token, when one is configured; too short a token fails. */
  static Optional<String> current(ClassPassProperties.PartnerApi partnerApi) {
    String token = partnerApi.getToken();
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    requireLength("classpass.partner-api.token", token);
    return Optional.of(token);
  }

  /** The current token; fails, naming the property, when none is configured. */
  static String required(ClassPassProperties.PartnerApi partnerApi) {
    return current(partnerApi).orElseThrow(() -> new ClassPassConfigurationException(
        "classpass.partner-api.token",
        "the partner API is enabled but no token for ClassPass's calls is configured",
        "Set classpass.partner-api.token (or CLASSPASS_PARTNER_API_TOKEN) to the token you gave"
            + " ClassPass, or set classpass.partner-api.enabled=false to serve no endpoints."));
  }

  /** Tokens still accepted during a rotation; each as long as the current one must be. */
  static List<String> previous(ClassPassProperties.PartnerApi partnerApi) {
    List<String> previous = partnerApi.getPreviousTokens();
    for (String old : previous) {
      requireLength("classpass.partner-api.previous-tokens", old);
    }
    return previous;
  }

  private static void requireLength(String property, String token) {
    if (token == null || token.trim().length() < MIN_TOKEN_LENGTH) {
      throw new ClassPassConfigurationException(
          property,
          "a token ClassPass sends must be at least " + MIN_TOKEN_LENGTH + " characters long",
          "Set " + property + " to the long random token you gave ClassPass (for example 32"
              + " characters from a password generator).");
    }
  }
}
