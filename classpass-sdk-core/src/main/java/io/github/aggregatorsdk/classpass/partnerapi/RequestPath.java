package io.github.aggregatorsdk.classpass.partnerapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path of a request relative to the base path: whether it lies under the base path at all, and
 * its percent-decoded segments. One trailing slash is tolerated ({@code /partners/} is {@code
 * /partners}); empty segments elsewhere ({@code //partners}) match no route.
 */
final class RequestPath {

  private RequestPath() {}

  /**
   * Normalises a configured base path: empty for the root, otherwise one leading slash, no trailing
   * slash and no repeated slashes ({@code "classpass/"} becomes {@code "/classpass"}).
   */
  static String normaliseBasePath(String basePath) {
    StringBuilder normalised = new StringBuilder();
    for (String segment : basePath.trim().split("/")) {
      if (!segment.isEmpty()) {
        normalised.append('/').append(segment);
      }
    }
    return normalised.toString();
  }

  /**
   * The raw (still percent-encoded) remainder of a path under the base path, or empty when the path
   * lies outside it. The remainder is empty or starts with a slash.
   */
  static Optional<String> relative(String rawPath, String basePath) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (!path.startsWith(basePath)) {
      return Optional.empty();
    }
    String rest = path.substring(basePath.length());
    return rest.isEmpty() || rest.startsWith("/") ? Optional.of(rest) : Optional.empty();
  }

  /**
   * The decoded segments of a relative path.
   *
   * @throws Rejection when a segment is not validly percent-encoded UTF-8
   */
  static List<String> segments(String relative) {
    String path = relative;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    List<String> segments = new ArrayList<>();
    if (path.isEmpty()) {
      return segments;
    }
    for (String raw : path.substring(1).split("/", -1)) {
      try {
        segments.add(PercentDecoding.pathSegment(raw));
      } catch (IllegalArgumentException e) {
        throw Rejection.badRequest("the path is not validly percent-encoded UTF-8");
      }
    }
    return segments;
  }
}
