package io.github.aggregatorsdk.classpass.test.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.test.FakeClassPass;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line against a running in-memory host. */
class ConformanceCliTest {

  private static FakeClassPass fake;
  private static StudioHost host;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void startHost() {
    fake = FakeClassPass.start();
    host = new StudioHost(StudioHost.Flaw.NONE, fake);
  }

  @AfterAll
  static void stopHost() {
    host.close();
    fake.close();
  }

  @Test
  void printsOneLinePerCheckAndExitsZeroWhenNothingFailed() {
    int status = run("--base-url", host.baseUrl(), "--token", StudioHost.TOKEN);

    assertThat(status).isEqualTo(0);
    assertThat(text(out)).startsWith("ClassPass conformance of " + host.baseUrl())
        .contains("PASSED  AUTH-1 ", "PASSED  RES-5 ", "PASSED  INPUT-1 ")
        .contains("SKIPPED RES-6 ", "skipped:  needs a ConformanceHost")
        .containsPattern("\\d+ passed, 0 failed, \\d+ skipped");
  }

  @Test
  void exitsOneAndPrintsExpectedAndActualWhenACheckFailed() {
    int status = run("--base-url=" + host.baseUrl(), "--token=wrong");

    assertThat(status).isEqualTo(1);
    assertThat(text(out)).contains("FAILED  AUTH-4 ", "expected: 200", "actual:   GET /partners"
        + " -> 401");
  }

  @Test
  void takesTheTokenFromTheEnvironmentAndExitsTwoOnWrongArguments() {
    assertThat(ConformanceCli.run(new String[] {"--base-url", host.baseUrl()}, StudioHost.TOKEN,
        print(out), print(err))).isEqualTo(0);
    assertThat(run("--base-url", host.baseUrl())).isEqualTo(2);
    assertThat(text(err)).contains("usage: java -jar classpass-sdk-test-<version>-cli.jar");
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(run("--base-url", "not a url", "--token", "t")).isEqualTo(2);
  }

  private int run(String... args) {
    return ConformanceCli.run(args, null, print(out), print(err));
  }

  private static PrintStream print(ByteArrayOutputStream buffer) {
    return new PrintStream(buffer, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream buffer) {
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
