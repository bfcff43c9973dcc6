package io.github.aggregatorsdk.classpass.test.conformance;

import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expect;

/** AUTH-*: the token, before anything else. */
final class AuthChecks {

  private static final String WRONG = "conformance-wrong-token";

  private AuthChecks() {}

  static void run(ConformanceRun run, String token) {
    run.check("AUTH-1", "no Authorization header is 401 in the ClassPass error format",
        () -> unauthorized(run.calls.send("GET", "/partners", null, null, null)));
    run.check("AUTH-2", "a wrong token with the Bearer scheme is 401",
        () -> unauthorized(run.calls.send("GET", "/partners", "Bearer " + WRONG, null, null)));
    run.check("AUTH-3", "a wrong token with the Token scheme is 401",
        () -> unauthorized(run.calls.send("GET", "/partners", "Token " + WRONG, null, null)));
    run.check("AUTH-4", "the token with the Bearer scheme is accepted",
        () -> accepted(run.calls.send("GET", "/partners", "Bearer " + token, null, null)));
    run.check("AUTH-5", "the token with the Token scheme is accepted",
        () -> accepted(run.calls.send("GET", "/partners", "Token " + token, null, null)));
    run.check("AUTH-6", "a reservation without a token is 401 before its body is looked at",
        () -> unauthorized(run.calls.send(
            "POST", "/reservations", null, "application/json", "{\"not\": \"valid\"}")));
  }

  private static void unauthorized(Reply reply) {
    expect(reply.status() == 401 && reply.hasErrorBody(),
        "401 {\"error\": {\"code\", \"name\", \"message\"}}", reply.describe());
  }

  private static void accepted(Reply reply) {
    expect(reply.status() == 200, "200", reply.describe());
  }
}
