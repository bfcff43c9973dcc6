package io.github.aggregatorsdk.classpass.test.conformance;

import java.io.PrintStream;

/**
 * The command line: {@code java -jar classpass-sdk-test-<version>-cli.jar --base-url
 * https://studio.example/classpass --token …} prints the report and exits 0 when no check failed,
 * 1 when one did, 2 on wrong arguments. The token may also come from the environment variable
 * {@code CLASSPASS_PARTNER_API_TOKEN}, which keeps it out of the shell's history.
 */
public final class ConformanceCli {

  private ConformanceCli() {}

  /**
   * Runs the checks that need no host against a deployed partner API.
   *
   * @param args {@code --base-url <url> --token <token>}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv("CLASSPASS_PARTNER_API_TOKEN"), System.out, System.err));
  }

  /** The whole command, without exiting: the exit status. */
  static int run(String[] args, String tokenFromEnvironment, PrintStream out, PrintStream err) {
    String baseUrl = null;
    String token = tokenFromEnvironment;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (("--base-url".equals(arg) || "--token".equals(arg)) && i + 1 < args.length) {
        if ("--base-url".equals(arg)) {
          baseUrl = args[++i];
        } else {
          token = args[++i];
        }
      } else if (arg.startsWith("--base-url=")) {
        baseUrl = arg.substring("--base-url=".length());
      } else if (arg.startsWith("--token=")) {
        token = arg.substring("--token=".length());
      } else {
        return usage(err, "unknown argument: " + arg);
      }
    }
    if (baseUrl == null || token == null || token.isBlank()) {
      return usage(err, "--base-url and --token (or CLASSPASS_PARTNER_API_TOKEN) are required");
    }
    ConformanceReport report;
    try {
      report = ClassPassConformance.forUrl(baseUrl, token).run();
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    out.print(report.render());
    out.flush();
    return report.passed() ? 0 : 1;
  }

  private static int usage(PrintStream err, String problem) {
    err.println(problem);
    err.println("usage: java -jar classpass-sdk-test-<version>-cli.jar --base-url <partner API"
        + " base URL> --token <token ClassPass sends>");
    err.println("Checks the partner API as ClassPass calls it; the checks that need the host's"
        + " help (ConformanceHost) are skipped. Exit status: 0 passed, 1 a check failed.");
    return 2;
  }
}
