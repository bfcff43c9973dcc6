package io.github.aggregatorsdk.classpass.partnerapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the {@code Authorization} header ClassPass sends: {@code Bearer <token>} or {@code Token
 * <token>}, the scheme in any case, against one or more accepted tokens (a rotation accepts the
 * old and the new one for a while). Only a SHA-256 digest of the token is kept, and digests are
 * compared with {@link MessageDigest#isEqual}, so neither the token's content nor its length shows
 * in the time a check takes, and no field can print the token.
 */
final class TokenCheck {

  private final List<byte[]> expectedDigests;

  /**
   * @param tokens the tokens ClassPass may send (more than one while a token is rotated);
   *     surrounding whitespace is ignored
   * @throws IllegalArgumentException when there is none, or one is blank
   */
  TokenCheck(List<String> tokens) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("at least one token is required");
    }
    List<byte[]> digests = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      digests.add(digest(token.trim()));
    }
    this.expectedDigests = List.copyOf(digests);
  }

  /** Whether the header carries the token with an accepted scheme. */
  boolean accepts(Optional<String> authorization) {
    if (authorization.isEmpty()) {
      return false;
    }
    String value = authorization.get().trim();
    int space = firstWhitespace(value);
    if (space < 0) {
      return false;
    }
    String scheme = value.substring(0, space);
    String credentials = value.substring(space + 1).trim();
    boolean knownScheme = scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("Token");
    // Digest even for a bad scheme, and compare with every token, so that the answer takes the
    // same time whichever token matched, if any.
    byte[] sent = digest(credentials);
    boolean tokenMatches = false;
    for (byte[] expected : expectedDigests) {
      tokenMatches |= MessageDigest.isEqual(expected, sent);
    }
    return knownScheme && !credentials.isEmpty() && tokenMatches;
  }

  private static int firstWhitespace(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
