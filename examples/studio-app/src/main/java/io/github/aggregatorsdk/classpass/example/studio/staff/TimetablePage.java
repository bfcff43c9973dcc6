package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ClassPassSimulator;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ReceivedCall;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.SignIn;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.UpcomingClass;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff page at {@code /}: the next two weeks of classes, each with its ClassPass settings and
 * availability, why it is not published to ClassPass when it cannot be, its sign-in list of every
 * channel (ClassPass bookings as the paid product "ClassPass") and the staff actions, and what was
 * pushed to the ClassPass simulator.
 */
@RestController
class TimetablePage {

  static final int DAYS = 14;
  private static final int PUSHES_SHOWN = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private final Timetable timetable;
  private final Customers customers;
  private final ClassPassProperties classPass;
  private final ObjectProvider<ClassPassSimulator> simulator;

  TimetablePage(
      Timetable timetable,
      Customers customers,
      ClassPassProperties classPass,
      ObjectProvider<ClassPassSimulator> simulator) {
    this.timetable = timetable;
    this.customers = customers;
    this.classPass = classPass;
    this.simulator = simulator;
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String page(CsrfToken csrf) {
    List<CustomerEntity> people = customers.findAll(Sort.by("lastName", "firstName"));
    StaffLayout layout = new StaffLayout(csrf);
    Html html = layout.start(StaffLayout.Nav.TIMETABLE, "Timetable: the next " + DAYS + " days")
        .add("<p class=\"mode\">%s</p>", classPassMode());
    for (UpcomingClass upcoming : timetable.nextDays(DAYS)) {
      renderClass(html, layout, upcoming, people);
    }
    simulator.ifAvailable(simulated -> renderPushes(html, simulated.received()));
    return StaffLayout.end(html);
  }

  private void renderClass(
      Html html, StaffLayout layout, UpcomingClass upcoming, List<CustomerEntity> people) {
    String form = layout.form(null);
    ClassSession session = upcoming.session();
    String id = session.id();
    html.add("<section id=\"class-%s\"%s>", id, session.cancelled() ? " class=\"cancelled\"" : "")
        .add(
            "<h2>%s · %s <small>class %s%s</small></h2>",
            session.start().format(WHEN),
            session.name() != null ? session.name() : session.activity().name(),
            id,
            session.cancelled() ? " · CANCELLED" : "")
        .add(
            "<p>%s · capacity %s · %s booked (%s through ClassPass)</p>",
            session.room() == null ? "no room" : session.room().name(),
            session.capacity(),
            session.occupancy().booked(),
            session.occupancy().bookedByClassPass())
        .add(
            "<p class=\"cp\">ClassPass: %s</p>",
            upcoming.unpublishable().isEmpty()
                ? describe(session.activity().classPass(), upcoming.classPass().spots())
                : "open to ClassPass, but ClassPass cannot list it (see below)");
    if (!upcoming.unpublishable().isEmpty()) {
      html.add("<p class=\"problem\">Not published to ClassPass: %s</p>",
          String.join("; ", upcoming.unpublishable()));
    }
    html.add("<table><tr><th>customer<th>channel<th>product<th>paid<th>status<th>reservation<th>");
    for (SignIn line : upcoming.signInList()) {
      html.add(
          "<tr><td>%s<td>%s<td>%s<td>%s<td>%s<td>%s<td>",
          line.customer(),
          line.channel(),
          line.product(),
          line.paid() ? "paid" : "not paid",
          line.status(),
          line.reservationId() == null ? "" : line.reservationId());
      if (line.status() == BookingState.BOOKED) {
        String base = "/staff/bookings/" + line.bookingId();
        html.add(form + "<input type=hidden name=status value=ATTENDED>"
                + "<button>attended</button></form>", base + "/attendance")
            .add(form + "<input type=hidden name=status value=MISSED>"
                + "<button>missed</button></form>", base + "/attendance")
            .add(form + "<button>cancel booking</button></form>", base + "/cancel");
      }
    }
    html.add("</table>");
    if (!session.cancelled()) {
      String base = "/staff/sessions/" + id;
      html.add("<div class=\"actions\">" + form + "<select name=customerId>", base + "/bookings");
      for (CustomerEntity person : people) {
        html.add("<option value=\"%s\">%s %s</option>", person.getId(),
            Objects.toString(person.getFirstName(), ""), Objects.toString(person.getLastName(), ""));
      }
      html.add("</select> <input name=product value=\"Drop-in\" size=10>"
              + " <label><input type=checkbox name=paid value=true checked> paid</label>"
              + " <button>book at front desk</button></form>")
          .add(form + "<input type=number name=capacity min=0 value=\"%s\" style=\"width:4em\">"
              + " <button>change capacity</button></form>", base + "/capacity",
              session.capacity())
          .add(form + "<button>cancel class</button></form></div>", base + "/cancel");
    }
    html.add("</section>");
  }

  private static String describe(ClassPassSettings settings, int spots) {
    if (!settings.allowed()) {
      return "not open to ClassPass";
    }
    String limit = settings.spotLimit().isPresent()
        ? "at most " + settings.spotLimit().getAsInt() + " ClassPass spots per class"
        : "no ClassPass limit beyond capacity";
    String release = settings.releaseAllSpotsBeforeStart()
        .map(lead -> ", every free spot from " + lead.toMinutes() + " min before start")
        .orElse("");
    return spots + (spots == 1 ? " spot" : " spots") + " bookable now (" + limit + release + ")";
  }

  private static void renderPushes(Html html, List<ReceivedCall> calls) {
    html.add("<h2>Pushed to the ClassPass simulator <small>(newest first, at most %s)</small></h2>",
        PUSHES_SHOWN);
    html.add("<pre>");
    for (int i = calls.size() - 1; i >= Math.max(0, calls.size() - PUSHES_SHOWN); i--) {
      ReceivedCall call = calls.get(i);
      html.add("%s %s %s", call.at(), call.method(), call.path());
      for (UpdateEvent event : call.events()) {
        html.add("    %s", ReceivedCall.describe(event));
      }
    }
    html.add("</pre>");
  }

  private String classPassMode() {
    ClassPassSimulator simulated = simulator.getIfAvailable();
    if (simulated != null) {
      return "ClassPass is simulated at " + simulated.baseUrl() + "; what it received is below.";
    }
    return "ClassPass: " + (classPass.getBaseUrl() != null
        ? classPass.getBaseUrl().toString()
        : classPass.getEnvironment().toString());
  }

}
