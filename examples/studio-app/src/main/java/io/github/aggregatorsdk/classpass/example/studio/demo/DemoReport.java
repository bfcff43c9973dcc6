package io.github.aggregatorsdk.classpass.example.studio.demo;

import io.github.aggregatorsdk.classpass.example.studio.simulator.ReceivedCall;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.SignIn;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.UpcomingClass;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders a {@link DemoResult} as text a person can read. */
final class DemoReport {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private DemoReport() {}

  static String render(DemoResult result) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n=== ClassPass plays against the studio's partner API at %s ===%n",
        result.partnerApi()));
    for (DemoResult.Step step : result.steps()) {
      out.append(String.format("%n%s%n  %s -> %d%n  %s%n", step.what(), step.request(),
          step.status(), abbreviate(step.body())));
    }

    out.append(String.format("%n=== Sign-in lists, next %d days ===%n", DemoScenario.DAYS));
    for (UpcomingClass upcoming : result.timetable()) {
      ClassSession session = upcoming.session();
      out.append(String.format("%n%s  %s (class %s)%s, capacity %d, booked %d%n  ClassPass: %s%n",
          session.start().format(WHEN), session.activity().name(), session.id(),
          session.cancelled() ? " CANCELLED" : "", session.capacity(),
          session.occupancy().booked(),
          classPass(session.activity().classPass(), upcoming.classPass().spots())));
      for (SignIn line : upcoming.signInList()) {
        String text = String.format("  - %-16s %-10s product=%-13s %-8s %-9s %s",
            line.customer(), line.channel(), line.product(), line.paid() ? "paid" : "not paid",
            line.status(), line.reservationId() == null ? "" : "reservation " + line.reservationId());
        out.append(text.stripTrailing()).append('\n');
      }
    }

    if (result.simulator() == null) {
      out.append(String.format("%n(ClassPass is not simulated: nothing recorded here.)%n"));
    } else {
      out.append(String.format("%n=== Pushed to ClassPass (the simulator at %s) ===%n",
          result.simulator()));
      for (ReceivedCall call : result.pushed()) {
        out.append(String.format("%s %s%n", call.method(), call.path()));
        for (UpdateEvent event : call.events()) {
          out.append("    ").append(ReceivedCall.describe(event)).append('\n');
        }
      }
    }
    if (result.undelivered() > 0) {
      out.append(String.format("%n%d updates were not delivered in time; see the log.%n",
          result.undelivered()));
    }
    return out.toString();
  }

  private static String classPass(ClassPassSettings settings, int spots) {
    if (!settings.allowed()) {
      return "not open to ClassPass";
    }
    return spots + (spots == 1 ? " spot" : " spots") + " bookable now"
        + settings.spotLimit().stream().mapToObj(limit -> " (limit " + limit + ")")
            .findFirst().orElse("");
  }

  private static String abbreviate(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
  }
}
