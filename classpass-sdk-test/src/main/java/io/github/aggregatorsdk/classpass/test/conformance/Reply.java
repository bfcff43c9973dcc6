package io.github.aggregatorsdk.classpass.test.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** One answer of the host's partner API, as the runner describes it in a report. */
record Reply(String request, int status, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN = 300;

  /** The body as JSON; a missing node when it is not JSON. */
  JsonNode json() {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (Exception e) {
      return MissingNode.getInstance();
    }
  }

  /** The ClassPass error code in the body, or -1. */
  int errorCode() {
    JsonNode code = json().at("/error/code");
    return code.isInt() ? code.intValue() : -1;
  }

  /** Whether the body is the contract's error: {@code {"error": {"code", "name", "message"}}}. */
  boolean hasErrorBody() {
    JsonNode error = json().path("error");
    return error.path("code").isInt() && error.path("name").isTextual()
        && error.path("message").isTextual();
  }

  /** {@code POST /reservations -> 400 {"error":...}}, the body cut short. */
  String describe() {
    String shown = body.length() > SHOWN ? body.substring(0, SHOWN) + "…" : body;
    String line = request.length() > 120 ? request.substring(0, 120) + "…" : request;
    return line + " -> " + status + (shown.isEmpty() ? "" : " " + shown.replace('\n', ' '));
  }
}
