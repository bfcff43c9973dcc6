package io.github.aggregatorsdk.classpass.test.conformance;

/** Ends a check as failed, with what was expected and what came back. */
final class CheckFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String actual;

  CheckFailed(String expected, String actual) {
    super(expected, null, false, false);
    this.expected = expected;
    this.actual = actual;
  }

  String expected() {
    return expected;
  }

  String actual() {
    return actual;
  }

  /** Fails unless {@code condition} holds. */
  static void expect(boolean condition, String expected, String actual) {
    if (!condition) {
      throw new CheckFailed(expected, actual);
    }
  }

  /** Fails unless the reply has this status. */
  static void expectStatus(Reply reply, int status, String expected) {
    expect(reply.status() == status, expected, reply.describe());
  }

  /** Fails unless the reply is the contract's error: HTTP 400 with this ClassPass code. */
  static void expectError(Reply reply, int code, String name) {
    expect(reply.status() == 400 && reply.errorCode() == code && reply.hasErrorBody(),
        "400 {\"error\": {\"code\": " + code + ", \"name\": \"" + name + "\", \"message\": …}}",
        reply.describe());
  }
}
