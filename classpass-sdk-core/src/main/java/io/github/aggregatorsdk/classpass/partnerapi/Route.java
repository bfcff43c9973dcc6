package io.github.aggregatorsdk.classpass.partnerapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The eight endpoints of the partner API, relative to the base path. A template segment in braces
 * is a path parameter, matched by any non-blank decoded segment.
 */
enum Route {
  PARTNERS("GET", "/partners"),
  PARTNER("GET", "/partners/{partner_id}"),
  VENUES("GET", "/partners/{partner_id}/venues"),
  VENUE("GET", "/partners/{partner_id}/venues/{venue_id}"),
  SCHEDULES("GET", "/partners/{partner_id}/venues/{venue_id}/schedules"),
  ATTENDANCE("GET", "/partners/{partner_id}/venues/{venue_id}/schedules/{schedule_id}/attendance"),
  RESERVE("POST", "/reservations"),
  CANCEL("PATCH", "/reservations/{reservation_id}");

  private final String method;
  private final String pattern;
  private final String[] template;

  Route(String method, String pattern) {
    this.method = method;
    this.pattern = pattern;
    this.template = pattern.substring(1).split("/");
  }

  /** The HTTP method the route answers. */
  String method() {
    return method;
  }

  /** The path pattern, for logs: ids are left out so that a log line names the endpoint. */
  String pattern() {
    return pattern;
  }

  /** The routes whose path matches the decoded segments, whatever their method. */
  static List<Route> onPath(List<String> segments) {
    List<Route> matching = new ArrayList<>(2);
    for (Route route : values()) {
      if (route.matches(segments)) {
        matching.add(route);
      }
    }
    return matching;
  }

  /** The path parameters of segments this route matches, by template name without braces. */
  Map<String, String> parameters(List<String> segments) {
    Map<String, String> parameters = new HashMap<>(4);
    for (int i = 0; i < template.length; i++) {
      if (isParameter(template[i])) {
        parameters.put(template[i].substring(1, template[i].length() - 1), segments.get(i));
      }
    }
    return parameters;
  }

  private boolean matches(List<String> segments) {
    if (segments.size() != template.length) {
      return false;
    }
    for (int i = 0; i < template.length; i++) {
      String segment = segments.get(i);
      boolean match = isParameter(template[i]) ? !segment.isBlank() : template[i].equals(segment);
      if (!match) {
        return false;
      }
    }
    return true;
  }

  private static boolean isParameter(String templateSegment) {
    return templateSegment.startsWith("{");
  }
}
