package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.customer.LinkResult;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.ops.RequeueOutcome;
import io.github.aggregatorsdk.classpass.ops.ResyncRun;
import io.github.aggregatorsdk.classpass.ops.UnlinkResult;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The Actuator endpoint {@code classpass}. {@code GET /actuator/classpass} answers the status
 * (partners and venues with the ids ClassPass needs and their registration, the last calls from
 * ClassPass, pending updates, the first dead letters, classes that cannot be published, the
 * running resync); {@code POST /actuator/classpass/{action}} runs one operation, its arguments in
 * the JSON body:
 *
 * <ul>
 *   <li>{@code register}: every partner and venue, or {@code partnerId} and {@code venueId};
 *   <li>{@code resync}: every venue, or {@code partnerId} and {@code venueId}; answers the run's
 *       progress, which the status shows until the next one;
 *   <li>{@code requeue}: one dead letter by {@code eventId}, or all;
 *   <li>{@code discard}: one dead letter by {@code eventId};
 *   <li>{@code link}: {@code classPassUserId} to {@code customerId}; {@code unlink}: from {@code
 *       customerId}.
 * </ul>
 *
 * <p>Answers hold ids, names of partners, venues and activities, times and counts, never personal
 * data (the duplicate report, which compares customers' personal data, is left to the host's
 * staff pages).
 */
@Endpoint(id = "classpass")
final class ClassPassEndpoint {

  /** How many dead letters the status lists; the count covers all. */
  static final int DEAD_LETTERS_LISTED = 20;

  private final ClassPassOperations operations;

  ClassPassEndpoint(ClassPassOperations operations) {
    this.operations = operations;
  }

  @ReadOperation
  Map<String, Object> status() {
    return OperationsJson.status(operations.status(),
        operations.deadLetters(PageRequest.first(DEAD_LETTERS_LISTED)).items());
  }

  @WriteOperation
  Map<String, Object> operate(
      @Selector String action,
      @Nullable String partnerId,
      @Nullable String venueId,
      @Nullable String eventId,
      @Nullable String customerId,
      @Nullable String classPassUserId) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("action", action);
    switch (action) {
      case "register" -> {
        if (partnerId == null && venueId == null) {
          answer.put("queued", operations.registerAll());
        } else {
          answer.put("queued", operations.registerVenue(
              required(partnerId, "partnerId"), required(venueId, "venueId")) ? 2 : 0);
        }
      }
      case "resync" -> {
        ResyncRun run;
        if (partnerId == null && venueId == null) {
          run = operations.resyncAll();
        } else {
          try {
            run = operations.resyncVenue(
                required(partnerId, "partnerId"), required(venueId, "venueId"));
          } catch (NoSuchElementException e) {
            throw new InvalidEndpointRequestException(e.getMessage(), "unknown venue");
          }
        }
        answer.put("resync", OperationsJson.resync(run.progress()));
      }
      case "requeue" -> {
        if (eventId == null) {
          answer.put("requeued", operations.requeueAll());
        } else {
          RequeueOutcome outcome = operations.requeue(eventId);
          answer.put("outcome", outcome.name());
        }
      }
      case "discard" -> answer.put("discarded", operations.discard(required(eventId, "eventId")));
      case "link" -> {
        String user = required(classPassUserId, "classPassUserId");
        if (user.isBlank()) {
          throw new InvalidEndpointRequestException(
              "classPassUserId must not be blank", "blank classPassUserId");
        }
        LinkResult result = operations.link(required(customerId, "customerId"), user);
        answer.put("outcome", result.outcome().name());
        answer.put("linked", result.linked());
        answer.put("customerId", result.customerId());
        answer.put("classPassUserId", result.classPassUserId());
        answer.put("conflictingCustomerId", result.conflictingCustomerId());
        answer.put("message", result.message());
      }
      case "unlink" -> {
        UnlinkResult result = operations.unlink(required(customerId, "customerId"));
        answer.put("outcome", result.outcome().name());
        answer.put("customerId", result.customerId());
        answer.put("message", result.message());
      }
      default -> throw new InvalidEndpointRequestException(
          "unknown action '" + action + "'; one of register, resync, requeue, discard, link,"
              + " unlink", "unknown action");
    }
    return answer;
  }

  private static String required(@Nullable String value, String name) {
    if (value == null) {
      throw new InvalidEndpointRequestException(name + " is required", "missing " + name);
    }
    return value;
  }
}
