package io.github.aggregatorsdk.classpass.example.studio.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, from Debian's {@code chromium} and {@code chromium-driver}
 * packages (or {@code CHROMIUM_BIN} and {@code CHROMEDRIVER}); never downloads a browser or a
 * driver. Tests call {@link #assumeInstalled()} first, so they are skipped with a clear message
 * where the packages are missing.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = binary("CHROMIUM_BIN", "/usr/bin/chromium");
  private static final Path DRIVER = binary("CHROMEDRIVER", "/usr/bin/chromedriver");
  /** Where screenshots go: the module's {@code target/screenshots}. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final int WIDTH = 1280;

  private final String baseUrl;
  final WebDriver driver;

  private Browser(String baseUrl, WebDriver driver) {
    this.baseUrl = baseUrl;
    this.driver = driver;
  }

  /** Skips the calling test, saying why, unless Chromium and its driver are installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: no " + CHROMIUM + " or " + DRIVER + " (apt-get install chromium"
            + " chromium-driver, or set CHROMIUM_BIN and CHROMEDRIVER)");
  }

  /** A headless browser on the app at {@code baseUrl}. */
  static Browser start(String baseUrl) {
    assumeInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=" + WIDTH + ",900", "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(baseUrl, driver);
  }

  /** Opens a page of the app. */
  Browser open(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  /** Signs in through the login form, as staff do. */
  Browser signIn(DemoStaffLogin login) {
    open("/login");
    driver.findElement(By.name("username")).sendKeys(login.username());
    driver.findElement(By.name("password")).sendKeys(login.password());
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.tagName("nav"));
    return this;
  }

  /** The element, once it is on the page. */
  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** Waits until the element shows the text. */
  void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** The page's visible text. */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The path of the current page, without the host. */
  String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  /** Saves the whole page as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    // The window's size includes what is not page (the viewport is smaller): add that margin.
    long height = (Long) ((JavascriptExecutor) driver).executeScript(
        "return Math.ceil(document.documentElement.scrollHeight"
            + " + window.outerHeight - window.innerHeight)");
    driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(Math.max(height, 600),
        8000)));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(new Dimension(WIDTH, 900));
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static Path binary(String variable, String fallback) {
    String configured = System.getenv(variable);
    return Path.of(configured == null || configured.isBlank() ? fallback : configured);
  }
}
