package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.Activities;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ActivityEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.UpcomingClass;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves a screenshot of every staff page in {@code target/screenshots/} (run alone by {@code
 * examples/studio-app/screenshots.sh}). Its own application context, so that the examples it
 * adds to show every part of the pages — a class with a pre-flight problem, a ClassPass booking,
 * a likely duplicate, a dead letter — do not meet the other tests' data.
 */
@StudioAppTest
@TestPropertySource(properties = "studio.test.context=screenshots")
class StaffScreenshotsTest {

  @Autowired StudioFixture studio;
  @Autowired Timetable timetable;
  @Autowired Activities activities;
  @Autowired ClassSessions sessions;
  @Autowired Venues venues;
  @Autowired Customers customers;
  @Autowired StaffDesk desk;
  @Autowired Clock clock;
  @Autowired TransactionTemplate transaction;

  @Test
  void savesAScreenshotOfEveryStaffPage() {
    Browser.assumeInstalled();
    ClassSessionEntity broken = classThatEndsBeforeItStarts();
    bookThroughClassPass();
    CustomerEntity profile = likelyDuplicates();
    deadLetter();
    List<Path> shots = new ArrayList<>();

    try (Browser browser = Browser.start(studio.baseUrl())) {
      browser.open("/");
      shots.add(browser.screenshot("01-login"));
      browser.signIn(studio.login());
      browser.open("/");
      assertThat(browser.text()).contains("Not published to ClassPass: the class does not end"
          + " after it starts");
      shots.add(browser.screenshot("02-timetable"));
      browser.open("/#class-" + broken.getId());
      shots.add(browser.screenshot("03-timetable-unpublished-class"));
      browser.open("/activities");
      shots.add(browser.screenshot("04-activity-rules"));
      browser.open("/customers");
      shots.add(browser.screenshot("05-customers"));
      browser.open("/customers/" + profile.getId());
      browser.driver.findElement(By.id("aggregatorId")).sendKeys("cp-user-1001");
      browser.driver.findElement(By.id("aggregatorId")).submit();
      browser.waitFor(By.className("error"));
      shots.add(browser.screenshot("06-customer-aggregator-id-conflict"));
      browser.open("/customers/duplicates");
      shots.add(browser.screenshot("07-duplicates"));
      browser.open("/settings/classpass");
      browser.waitFor(By.id("dead-letters"));
      shots.add(browser.screenshot("08-settings-classpass"));
      browser.driver.findElement(By.xpath("//button[text()='resync every venue now']")).click();
      browser.waitFor(By.id("resync"));
      shots.add(browser.screenshot("09-settings-classpass-resync"));
      browser.open("/activities");
      browser.driver.findElement(By.name("spotLimit")).sendKeys("many");
      browser.driver.findElement(By.name("spotLimit")).submit();
      browser.waitFor(By.className("error"));
      shots.add(browser.screenshot("10-bad-input"));
    }

    assertThat(shots).allSatisfy(shot -> assertThat(Files.size(shot)).isGreaterThan(5_000));
  }

  /** A data-entry slip: the end time before the start, which ClassPass cannot list. */
  private ClassSessionEntity classThatEndsBeforeItStarts() {
    ActivityEntity sunrise = activities.save(new ActivityEntity("Sunrise Flow",
        "An early class.", new AggregatorSettings(true, 4, null), clock.instant()));
    Instant start = clock.instant().plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
    return sessions.save(new ClassSessionEntity(sunrise, venues.findAll().get(0), start,
        start.minus(Duration.ofHours(1)), 12, 720, clock.instant()));
  }

  /** A ClassPass booking in the first class open to ClassPass with a free ClassPass spot. */
  private void bookThroughClassPass() {
    UpcomingClass open = timetable.nextDays(TimetablePage.DAYS).stream()
        .filter(upcoming -> upcoming.classPass().spots() > 0 && upcoming.unpublishable().isEmpty())
        .findFirst()
        .orElseThrow();
    // In a transaction: the fixture reads the class's venue and partner to address ClassPass's call.
    int status = transaction.execute(tx -> studio.reserve(
        sessions.findById(Long.valueOf(open.session().id())).orElseThrow(),
        "shot-res-1", "cp-shot-1").statusCode());
    assertThat(status).isEqualTo(200);
  }

  /** A walk-in customer, and the customer ClassPass's booking made for the same person. */
  private CustomerEntity likelyDuplicates() {
    customers.save(new CustomerEntity("Lena", "Park", "lena.park@example.com", "+1 212-555-0142",
        null, null));
    CustomerEntity fromClassPass = customers.save(
        new CustomerEntity("Lena", "Park", "Lena.Park@example.com", null, null, null));
    fromClassPass.setClassPassId("cp-user-2002");
    customers.save(fromClassPass);
    return customers.save(new CustomerEntity("Sam", "Rivera", "sam@example.com", null, null,
        null));
  }

  /** ClassPass refuses one update, which the outbox then keeps as a dead letter. */
  private void deadLetter() {
    ClassSessionEntity session = studio.newClass(10, 3);
    studio.deadLetterNextUpdate(session.getId(), () -> desk.changeCapacity(session.getId(), 11));
  }
}
