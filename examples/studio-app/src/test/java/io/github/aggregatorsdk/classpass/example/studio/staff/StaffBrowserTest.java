package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ClassPassSimulator;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ReceivedCall;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff flows of issue 15 in a real browser (headless Chromium) against the app on a random
 * port, with the simulated ClassPass: sign in, open an activity to ClassPass with a limit, an
 * Aggregator ID refused for a conflict, a duplicate linked, register and resync from Settings.
 */
@StudioAppTest
class StaffBrowserTest {

  @Autowired StudioFixture studio;
  @Autowired Customers customers;
  @Autowired ClassPassSimulator simulator;

  private Browser browser;

  @BeforeAll
  static void chromiumInstalled() {
    Browser.assumeInstalled();
  }

  @BeforeEach
  void signIn() {
    browser = Browser.start(studio.baseUrl());
    browser.signIn(studio.login());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void signingInLeadsToTheTimetableAndSigningOutBackToTheLoginForm() {
    try (Browser stranger = Browser.start(studio.baseUrl())) {
      stranger.open("/activities");
      assertThat(stranger.path()).isEqualTo("/login");
    }
    browser.open("/");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Timetable: the next 14 days");
    assertThat(browser.text()).contains("Vinyasa Flow", "Activity rules", "Settings ▸ ClassPass");

    browser.driver.findElement(By.xpath("//button[text()='Sign out']")).click();

    browser.waitFor(By.name("username"));
    browser.open("/customers");
    assertThat(browser.path()).isEqualTo("/login");
  }

  @Test
  void classPassLimitChangedOnTheActivityPageReachesClassPass() {
    ClassSessionEntity session = studio.newClass(10, 3);
    String section = "activity-" + session.getActivity().getId();
    browser.open("/activities");
    WebElement form = browser.driver.findElement(By.id(section));
    WebElement limit = form.findElement(By.name("spotLimit"));
    limit.clear();
    limit.sendKeys("2");

    form.findElement(By.tagName("button")).click();

    browser.waitForText(By.className("notice"), session.getActivity().getName() + ": rules saved");
    assertThat(studio.pushedSchedules(session.getId()))
        .last()
        .satisfies(schedule -> assertThat(schedule.get("available_spots").asInt()).isEqualTo(2));
    assertThat(browser.driver.findElement(By.id(section)).findElement(By.name("spotLimit"))
        .getAttribute("value")).isEqualTo("2");
  }

  @Test
  void letterInTheSpotLimitIsAnsweredWithASentence() {
    ClassSessionEntity session = studio.newClass(10, 3);
    browser.open("/activities");
    WebElement form = browser.driver.findElement(By.id("activity-" + session.getActivity().getId()));
    form.findElement(By.name("spotLimit")).sendKeys("x");

    form.findElement(By.tagName("button")).click();

    assertThat(browser.waitFor(By.className("error")).getText())
        .contains("The ClassPass spot limit must be empty or a whole number, not \"3x\"");
  }

  @Test
  void aggregatorIdOfAnotherCustomerIsRefusedNamingBoth() {
    CustomerEntity maya = customers.findByClassPassId("cp-user-1001").orElseThrow();
    CustomerEntity kim = customers.save(new CustomerEntity("Kim", "Browser", null, null, null, null));
    browser.open("/customers");
    browser.driver.findElement(By.linkText("Kim Browser")).click();
    WebElement field = browser.waitFor(By.id("aggregatorId"));
    field.sendKeys("cp-user-1001");

    field.submit();

    assertThat(browser.waitFor(By.className("error")).getText())
        .contains("Aggregator ID cp-user-1001 is already on Maya Chen (customer " + maya.getId()
            + "); it cannot also go to Kim Browser (customer " + kim.getId() + ")");
    assertThat(browser.driver.findElement(By.id("aggregatorId")).getAttribute("value"))
        .isEqualTo("cp-user-1001");
    assertThat(customers.findById(kim.getId()).orElseThrow().getClassPassId()).isNull();
  }

  @Test
  void duplicateIsLinkedWithOneClick() {
    CustomerEntity walkIn = customers.save(
        new CustomerEntity("Ines", "Browser", "ines.browser@example.com", null, null, null));
    CustomerEntity fromClassPass = customers.save(
        new CustomerEntity("Ines", "B.", "Ines.Browser@example.com", null, null, null));
    fromClassPass.setClassPassId("cp-browser-dup");
    customers.save(fromClassPass);
    browser.open("/customers/duplicates");
    WebElement row = browser.driver.findElement(
        By.xpath("//tr[td/a[@href='/customers/" + walkIn.getId() + "']]"));

    row.findElement(By.xpath(".//button[text()='link']")).click();

    browser.waitForText(By.className("notice"),
        "Ines Browser (customer " + walkIn.getId() + ") now carries Aggregator ID cp-browser-dup");
    assertThat(customers.findById(walkIn.getId()).orElseThrow().getClassPassId())
        .isEqualTo("cp-browser-dup");
    assertThat(customers.findById(fromClassPass.getId())).isEmpty();
  }

  @Test
  void registerAndResyncFromSettingsReachClassPass() {
    browser.open("/settings/classpass");
    assertThat(browser.driver.findElement(By.id("ids")).getText()).contains("Harbor Light Yoga");
    long registrations = calls("/v1/inventory/venues");

    browser.driver.findElement(By.xpath("//button[text()='register partners and venues now']"))
        .click();
    browser.waitForText(By.className("notice"), "partners and venues queued");
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(() -> calls("/v1/inventory/venues") > registrations);
    long batches = calls("/v1/inventory/batch-updates");

    browser.driver.findElement(By.xpath("//button[text()='resync every venue now']")).click();

    browser.waitForText(By.className("notice"), "started");
    // The page refreshes itself while the resync runs.
    browser.waitForText(By.id("resync"), ": done");
    assertThat(browser.driver.findElement(By.id("resync")).getText())
        .matches("Resync of every venue: done · (\\d+) of \\1 classes .*");
    assertThat(calls("/v1/inventory/batch-updates")).isGreaterThan(batches);
  }

  private long calls(String pathEnd) {
    return simulator.received().stream()
        .map(ReceivedCall::path)
        .filter(path -> path.endsWith(pathEnd))
        .count();
  }
}
