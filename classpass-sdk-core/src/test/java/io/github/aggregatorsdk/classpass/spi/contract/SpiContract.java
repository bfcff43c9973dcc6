package io.github.aggregatorsdk.classpass.spi.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the SPI contract tests: each test gets a fresh {@link SpiFixture} from {@link
 * #createFixture()}, closed after the test.
 */
public abstract class SpiContract {

  /** The fixture of the running test; set before each test. */
  protected SpiFixture fixture;

  /**
   * The host's implementations over empty storage, created for each test.
   *
   * @return the fixture; never null
   */
  protected abstract SpiFixture createFixture();

  /** Creates the fixture. */
  @BeforeEach
  public void createFixtureForTest() {
    fixture = createFixture();
  }

  /** Closes the fixture. */
  @AfterEach
  public void closeFixture() {
    if (fixture != null) {
      fixture.close();
    }
  }
}
