package io.github.aggregatorsdk.classpass.example.studio.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DemoScenario} once the app serves ({@code studio.demo.scenario=true}), after the
 * demo data, and prints its report and the staff page's address. The app keeps running for the
 * page unless {@code studio.demo.exit-after-scenario=true}.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("studio.demo.scenario")
class DemoScenarioRunner implements ApplicationRunner {

  private final DemoScenario scenario;
  private final ApplicationContext context;
  private final boolean exit;

  DemoScenarioRunner(
      DemoScenario scenario,
      ApplicationContext context,
      @Value("${studio.demo.exit-after-scenario:false}") boolean exit) {
    this.scenario = scenario;
    this.context = context;
    this.exit = exit;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    DemoResult result = scenario.play();
    StringBuilder out = new StringBuilder(DemoReport.render(result));
    if (exit) {
      System.out.println(out);
      System.exit(SpringApplication.exit(context, () -> result.undelivered() == 0 ? 0 : 1));
    }
    String page = "http://localhost:" + result.partnerApi().getPort() + "/";
    out.append("\nThe studio's staff page: ").append(page)
        .append("\n(book, cancel, record attendance there and see what reaches ClassPass;")
        .append(" Ctrl+C stops the app)\n");
    System.out.println(out);
  }
}
