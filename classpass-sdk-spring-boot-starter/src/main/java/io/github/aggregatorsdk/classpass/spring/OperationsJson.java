package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.ops.DeadLetterSummary;
import io.github.aggregatorsdk.classpass.ops.InboundCall;
import io.github.aggregatorsdk.classpass.ops.OperationsStatus;
import io.github.aggregatorsdk.classpass.ops.PartnerStatus;
import io.github.aggregatorsdk.classpass.ops.PendingUpdates;
import io.github.aggregatorsdk.classpass.ops.PreflightProblem;
import io.github.aggregatorsdk.classpass.ops.Registration;
import io.github.aggregatorsdk.classpass.ops.ResyncProgress;
import io.github.aggregatorsdk.classpass.ops.VenueStatus;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoint's JSON as maps of strings, numbers and booleans, written field by field: whatever
 * the host's JSON settings, times are ISO-8601 text and nothing but ids, names of partners,
 * venues and activities, times and counts appears.
 */
final class OperationsJson {

  private OperationsJson() {}

  static Map<String, Object> status(OperationsStatus status, List<DeadLetterSummary> deadLetters) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("checkedAt", text(status.checkedAt()));
    json.put("partners", status.partners().stream().map(OperationsJson::partner).toList());
    json.put("inboundCalls", status.inboundCalls().stream().map(OperationsJson::call).toList());
    json.put("updates", updates(status.updates()));
    json.put("deadLetters", deadLetters.stream().map(OperationsJson::deadLetter).toList());
    json.put("preflightProblems",
        status.preflightProblems().stream().map(OperationsJson::problem).toList());
    json.put("preflightProblemsTruncated", status.preflightProblemsTruncated());
    json.put("resync", status.resync() == null ? null : resync(status.resync()));
    return json;
  }

  static Map<String, Object> resync(ResyncProgress progress) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", progress.id());
    json.put("partnerId", progress.partnerId());
    json.put("venueId", progress.venueId());
    json.put("state", progress.state().name());
    json.put("done", progress.done());
    json.put("total", progress.total());
    json.put("pushed", progress.pushed());
    json.put("queued", progress.queued());
    json.put("unpublishable", progress.unpublishable());
    json.put("startedAt", text(progress.startedAt()));
    json.put("finishedAt", text(progress.finishedAt()));
    json.put("failure", progress.failure());
    return json;
  }

  private static Map<String, Object> partner(PartnerStatus partner) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("partnerId", partner.partnerId());
    json.put("name", partner.name());
    json.put("registration", registration(partner.registration()));
    json.put("venues", partner.venues().stream().map(OperationsJson::venue).toList());
    return json;
  }

  private static Map<String, Object> venue(VenueStatus venue) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("venueId", venue.venueId());
    json.put("name", venue.name());
    json.put("registration", registration(venue.registration()));
    return json;
  }

  private static Map<String, Object> registration(Registration registration) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("state", registration.state().name());
    json.put("lastAttemptAt", text(registration.lastAttemptAt()));
    json.put("lastSuccessAt", text(registration.lastSuccessAt()));
    json.put("lastError", registration.lastError());
    json.put("deadLettered", registration.deadLettered());
    return json;
  }

  private static Map<String, Object> call(InboundCall call) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("endpoint", call.endpoint());
    json.put("lastCalledAt", text(call.lastCalledAt()));
    json.put("lastStatus", call.lastStatus());
    json.put("calls", call.calls());
    return json;
  }

  private static Map<String, Object> updates(PendingUpdates updates) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pending", updates.pending());
    json.put("oldestQueuedAt", text(updates.oldestQueuedAt()));
    json.put("oldestAgeSeconds", updates.oldestAge().toSeconds());
    json.put("deadLetters", updates.deadLetters());
    return json;
  }

  private static Map<String, Object> deadLetter(DeadLetterSummary deadLetter) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("eventId", deadLetter.eventId());
    json.put("type", deadLetter.type().name());
    json.put("key", deadLetter.key());
    json.put("attempts", deadLetter.attempts());
    json.put("lastError", deadLetter.lastError());
    json.put("reason", deadLetter.reason());
    json.put("queuedAt", text(deadLetter.queuedAt()));
    json.put("deadLetteredAt", text(deadLetter.deadLetteredAt()));
    return json;
  }

  private static Map<String, Object> problem(PreflightProblem problem) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sessionId", problem.sessionId());
    json.put("partnerId", problem.partnerId());
    json.put("venueId", problem.venueId());
    json.put("start", text(problem.start()));
    json.put("activity", problem.activity());
    json.put("reasons", problem.reasons());
    return json;
  }

  private static String text(TemporalAccessor time) {
    return time == null ? null : time.toString();
  }
}
