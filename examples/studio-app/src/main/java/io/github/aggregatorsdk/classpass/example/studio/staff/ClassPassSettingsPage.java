package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.ops.DeadLetterSummary;
import io.github.aggregatorsdk.classpass.ops.InboundCall;
import io.github.aggregatorsdk.classpass.ops.OperationsStatus;
import io.github.aggregatorsdk.classpass.ops.PartnerStatus;
import io.github.aggregatorsdk.classpass.ops.PendingUpdates;
import io.github.aggregatorsdk.classpass.ops.PreflightProblem;
import io.github.aggregatorsdk.classpass.ops.Registration;
import io.github.aggregatorsdk.classpass.ops.RequeueOutcome;
import io.github.aggregatorsdk.classpass.ops.ResyncProgress;
import io.github.aggregatorsdk.classpass.ops.ResyncRun;
import io.github.aggregatorsdk.classpass.ops.VenueStatus;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Settings ▸ ClassPass at {@code /settings/classpass}: the ids to give ClassPass, whether the
 * integration is live (registration of each partner and venue, the last calls from ClassPass),
 * register and resync buttons with the resync's progress, what waits to be delivered, and the
 * dead letters with requeue and discard. Everything comes from the SDK's {@link
 * ClassPassOperations}.
 */
@RestController
class ClassPassSettingsPage {

  private static final String PAGE = "/settings/classpass";
  private static final int DEAD_LETTERS_SHOWN = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** A class's start in its venue's zone, as the timetable shows it. */
  private static final DateTimeFormatter CLASS_START =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private final ClassPassOperations classPass;

  ClassPassSettingsPage(ClassPassOperations classPass) {
    this.classPass = classPass;
  }

  @GetMapping(path = PAGE, produces = MediaType.TEXT_HTML_VALUE)
  String page(CsrfToken csrf, HttpServletRequest request) {
    OperationsStatus status = classPass.status();
    StaffLayout layout = new StaffLayout(csrf);
    Html html = layout.start(StaffLayout.Nav.SETTINGS, "Settings ▸ ClassPass");
    layout.notice(html, Flash.notice(request));
    ids(html, layout, status.partners());
    resync(html, status.resync());
    activation(html, status.inboundCalls());
    updates(html, layout, status.updates());
    preflight(html, status);
    return StaffLayout.end(html);
  }

  private static void ids(Html html, StaffLayout layout, List<PartnerStatus> partners) {
    html.add("<h2>1 · The ids to give ClassPass</h2>")
        .add("<p class=\"muted\">ClassPass asks for your company (partner) id and the venue id of"
            + " each location. They are the ids ClassPass reads from this app's partner API"
            + " (<code>GET /partners</code>, <code>GET /partners/{id}/venues</code>).</p>")
        .add("<table id=\"ids\"><tr><th>company (partner)<th>partner id<th>venue<th>venue id"
            + "<th>registered at ClassPass<th>");
    for (PartnerStatus partner : partners) {
      html.add("<tr><td>%s<td><code class=\"partner-id\">%s</code><td><td><td>%s<td>",
          orNone(partner.name()), partner.partnerId(), registration(partner.registration()));
      for (VenueStatus venue : partner.venues()) {
        html.add("<tr><td><td><td>%s<td><code class=\"venue-id\">%s</code><td>%s<td>",
                orNone(venue.name()), venue.venueId(), registration(venue.registration()))
            .add(layout.form("/staff/classpass/venues/" + venue.partnerId() + "/"
                + venue.venueId() + "/resync") + "<button>resync this venue</button></form>");
      }
    }
    html.add("</table>")
        .add("<p>" + layout.form("/staff/classpass/register")
            + "<button>register partners and venues now</button></form>"
            + layout.form("/staff/classpass/resync")
            + "<button>resync every venue now</button></form></p>");
  }

  private static void activation(Html html, List<InboundCall> calls) {
    html.add("<h2>2 · Is it live?</h2>");
    if (calls.isEmpty()) {
      html.add("<p id=\"inbound\">No call from ClassPass recorded by this app instance since it"
          + " started. Once ClassPass has your ids, it reads your partners, venues and"
          + " schedules.</p>");
      return;
    }
    html.add("<table id=\"inbound\"><tr><th>last calls from ClassPass<th>when<th>answer"
        + "<th>calls since start");
    for (InboundCall call : calls) {
      html.add("<tr><td><code>%s</code><td>%s<td>%s<td>%s", call.endpoint(),
          WHEN.format(call.lastCalledAt()),
          call.lastStatus() == 401 ? "401 (wrong token)" : call.lastStatus(), call.calls());
    }
    html.add("</table>");
  }

  private static void resync(Html html, ResyncProgress resync) {
    if (resync == null) {
      return;
    }
    String scope = resync.venueId() == null
        ? "every venue" : "venue " + resync.venueId() + " of partner " + resync.partnerId();
    html.add("<p id=\"resync\" data-state=\"%s\">Resync of %s: %s · %s of %s"
            + " classes · %s pushed, %s queued for retry, %s not publishable</p>",
        resync.state(), scope, resync.state().toString().toLowerCase(Locale.ROOT),
        resync.done(), resync.total(), resync.pushed(), resync.queued(), resync.unpublishable());
    if (!resync.state().finished()) {
      html.add("<progress max=\"%s\" value=\"%s\"></progress>"
          + "<meta http-equiv=\"refresh\" content=\"2\">",
          Math.max(resync.total(), 1), resync.done());
    } else if (resync.failure() != null) {
      html.add("<p class=\"error\">The resync stopped on %s; what was pushed before stays.</p>",
          resync.failure());
    }
  }

  private void updates(Html html, StaffLayout layout, PendingUpdates updates) {
    html.add("<h2>3 · Updates for ClassPass</h2>")
        .add("<p id=\"pending\">%s</p>", updates.pending() == 0
            ? "Everything is delivered: no update waits."
            : (updates.pending() == 1 ? "1 update waits" : updates.pending() + " updates wait")
                + " to be delivered; the oldest for "
                + age(updates.oldestAge()) + ".");
    List<DeadLetterSummary> dead =
        classPass.deadLetters(PageRequest.first(DEAD_LETTERS_SHOWN)).items();
    if (updates.deadLetters() == 0) {
      html.add("<p id=\"dead-letters\">No dead letters: ClassPass took every update.</p>");
      return;
    }
    html.add("<p>%s given up on (dead letters). Requeue sends the current state of what each was"
            + " about.</p>", updates.deadLetters() == 1
                ? "1 update was" : updates.deadLetters() + " updates were")
        .add("<table id=\"dead-letters\"><tr><th>update<th>of<th>why given up<th>attempts"
            + "<th>given up<th>");
    for (DeadLetterSummary letter : dead) {
      String base = "/staff/classpass/dead-letters/" + letter.eventId();
      html.add("<tr><td>%s<td><code>%s</code><td>%s<td>%s<td>%s<td>", letter.type(),
              letter.key(), letter.reason(), letter.attempts(),
              WHEN.format(letter.deadLetteredAt()))
          .add(layout.form(base + "/requeue") + "<button>requeue</button></form>"
              + layout.form(base + "/discard") + "<button>discard</button></form>");
    }
    html.add("</table><p>" + layout.form("/staff/classpass/dead-letters/requeue")
        + "<button>requeue all</button></form></p>");
  }

  private static void preflight(Html html, OperationsStatus status) {
    html.add("<h2>4 · Classes ClassPass cannot list</h2>");
    if (status.preflightProblems().isEmpty()) {
      html.add("<p id=\"preflight\">Every class open to ClassPass can be published.</p>");
      return;
    }
    html.add("<table id=\"preflight\"><tr><th>class<th>starts<th>activity<th>why");
    for (PreflightProblem problem : status.preflightProblems()) {
      html.add("<tr><td><a href=\"/#class-%s\">%s</a><td>%s<td>%s<td>%s", problem.sessionId(),
          problem.sessionId(), CLASS_START.format(problem.start()), orNone(problem.activity()),
          String.join("; ", problem.reasons()));
    }
    html.add("</table>");
    if (status.preflightProblemsTruncated()) {
      html.add("<p class=\"muted\">More classes have problems than are listed.</p>");
    }
  }

  @PostMapping("/staff/classpass/register")
  ResponseEntity<Void> register(HttpServletRequest request, HttpServletResponse response) {
    int queued = classPass.registerAll();
    return Flash.seeOther(PAGE, "Registration of " + queued
        + " partners and venues queued; each shows \"registered\" once ClassPass accepted it",
        request, response);
  }

  @PostMapping("/staff/classpass/resync")
  ResponseEntity<Void> resyncAll(HttpServletRequest request, HttpServletResponse response) {
    ResyncRun run = classPass.resyncAll();
    return Flash.seeOther(PAGE, "Resync " + run.progress().id() + " started", request, response);
  }

  @PostMapping("/staff/classpass/venues/{partnerId}/{venueId}/resync")
  ResponseEntity<Void> resyncVenue(
      @PathVariable String partnerId,
      @PathVariable String venueId,
      HttpServletRequest request,
      HttpServletResponse response) {
    ResyncRun run = classPass.resyncVenue(partnerId, venueId);
    return Flash.seeOther(PAGE, "Resync " + run.progress().id() + " started", request, response);
  }

  @PostMapping("/staff/classpass/dead-letters/{eventId}/requeue")
  ResponseEntity<Void> requeue(
      @PathVariable String eventId, HttpServletRequest request, HttpServletResponse response) {
    RequeueOutcome outcome = classPass.requeue(eventId);
    String notice = switch (outcome) {
      case QUEUED -> "Requeued: the current state is on its way to ClassPass";
      case NOTHING_TO_SEND -> "Nothing left to send for it (the class or booking is gone or"
          + " cannot be published); the dead letter is removed";
      case NOT_FOUND -> "That dead letter is gone already (requeued or discarded meanwhile)";
    };
    return Flash.seeOther(PAGE, notice, request, response);
  }

  @PostMapping("/staff/classpass/dead-letters/requeue")
  ResponseEntity<Void> requeueAll(HttpServletRequest request, HttpServletResponse response) {
    int requeued = classPass.requeueAll();
    return Flash.seeOther(PAGE, requeued + " dead letters requeued", request, response);
  }

  @PostMapping("/staff/classpass/dead-letters/{eventId}/discard")
  ResponseEntity<Void> discard(
      @PathVariable String eventId, HttpServletRequest request, HttpServletResponse response) {
    String notice = classPass.discard(eventId)
        ? "Discarded: ClassPass will not get that update"
        : "That dead letter is gone already (requeued or discarded meanwhile)";
    return Flash.seeOther(PAGE, notice, request, response);
  }

  private static String registration(Registration registration) {
    String state = switch (registration.state()) {
      case REGISTERED -> "registered " + WHEN.format(registration.lastSuccessAt());
      case FAILED -> "failed (" + registration.lastError() + ")"
          + (registration.lastSuccessAt() == null
              ? "" : "; last registered " + WHEN.format(registration.lastSuccessAt()));
      case NOT_SEEN -> "no registration seen since this app instance started";
    };
    return registration.deadLettered() ? state + "; a dead letter waits below" : state;
  }

  private static String age(Duration age) {
    if (age.toMinutes() >= 1) {
      return age.toMinutes() + " min";
    }
    return Math.max(age.toSeconds(), 0) + " s";
  }

  private static String orNone(String value) {
    return value == null ? "—" : value;
  }
}
