package io.github.aggregatorsdk.classpass.test;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts and stops a {@link FakeClassPass} for a JUnit 5 test class. Registered on a {@code
 * static} field, one fake serves the whole class (started before all tests, stopped after them);
 * on an instance field, each test gets a fresh one. Test and lifecycle methods may also take a
 * {@link FakeClassPass} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeClassPassExtension CLASSPASS = new FakeClassPassExtension();
 *
 * @Test
 * void cancellingAClassReachesClassPass() {
 *   ... CLASSPASS.fake().baseUrl() ...
 *   CLASSPASS.fake().awaitCancelled("class-5", Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class FakeClassPassExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {

  private final String token;
  private final int port;
  private volatile FakeClassPass fake;
  private volatile boolean perTest;

  /** A fake on a free port expecting {@link FakeClassPass#DEFAULT_TOKEN}. */
  public FakeClassPassExtension() {
    this(FakeClassPass.DEFAULT_TOKEN, 0);
  }

  /**
   * A fake with this token and port.
   *
   * @param token as for {@link FakeClassPass#start(String, int)}; null accepts any token
   * @param port the loopback port, 0 for a free one
   */
  public FakeClassPassExtension(String token, int port) {
    this.token = token;
    this.port = port;
  }

  /**
   * The running fake.
   *
   * @return the fake; never null
   * @throws IllegalStateException outside a test's lifecycle
   */
  public FakeClassPass fake() {
    FakeClassPass running = fake;
    if (running == null) {
      throw new IllegalStateException("the fake ClassPass runs only while a test class runs");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    fake = FakeClassPass.start(token, port);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (fake == null) {
      perTest = true;
      fake = FakeClassPass.start(token, port);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private void stop() {
    FakeClassPass running = fake;
    fake = null;
    if (running != null) {
      running.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeClassPass.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Objects.requireNonNull(parameter, "parameter");
    return fake();
  }
}
