package io.github.aggregatorsdk.classpass.example.studio.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Decides whether ClassPass is simulated: yes unless {@code classpass.base-url} or {@code
 * classpass.environment} is set. Only then may the tokens fall back to demo values, so that the
 * app starts with nothing configured; against a real ClassPass the starter's own checks stop a
 * start without tokens.
 *
 * <p>Runs after the configuration files, the command line and the environment variables are
 * read, and adds its defaults with the lowest precedence: any value given anywhere wins. Also
 * keeps the simulated app on loopback ({@code server.address}), since the demo tokens are public.
 */
class SimulatedClassPass implements EnvironmentPostProcessor, Ordered {

  static final String DEMO_ACCESS_TOKEN = "demo-access-token";
  static final String DEMO_PARTNER_API_TOKEN = "demo-partner-api-token";

  private static final String DEFAULTS = "simulatedClassPassDefaults";

  private final Log log;

  SimulatedClassPass(DeferredLogFactory logs) {
    this.log = logs.getLog(SimulatedClassPass.class);
  }

  /** Whether the app talks to the built-in simulator rather than to a ClassPass it was given. */
  static boolean isSimulated(Environment environment) {
    return !environment.containsProperty("classpass.base-url")
        && !environment.containsProperty("classpass.environment");
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!isSimulated(environment) || environment.getPropertySources().contains(DEFAULTS)) {
      return;
    }
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaultToken(environment, defaults, "classpass.access-token", DEMO_ACCESS_TOKEN);
    defaultToken(environment, defaults, "classpass.partner-api.token", DEMO_PARTNER_API_TOKEN);
    if (!environment.containsProperty("server.address")) {
      defaults.put("server.address", "127.0.0.1");
    }
    environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS, defaults));
  }

  private void defaultToken(
      ConfigurableEnvironment environment, Map<String, Object> defaults, String name, String demo) {
    if (!environment.containsProperty(name)) {
      defaults.put(name, demo);
      // The demo value is public (it is in this file); a configured token is never logged.
      log.warn(name + " is not set: using the demo token because ClassPass is simulated");
    }
  }

  @Override
  public int getOrder() {
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }

  /** Matches when ClassPass is simulated. */
  static final class Active implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return isSimulated(context.getEnvironment());
    }
  }
}
