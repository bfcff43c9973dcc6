package io.github.aggregatorsdk.classpass.partnerapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Bad bodies for {@code POST /reservations} and {@code PATCH /reservations/{id}}, derived from a
 * valid body: malformed JSON, each required field missing or blank, each field of a wrong type,
 * oversized bodies and wrong content types.
 */
final class BadBodies {

  static final String NEW_RESERVATION = StudioData.reservation("r-new", "s-1", "cp-new");
  static final String EXISTING = "/reservations/r-existing";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> REQUIRED_RESERVATION_TEXT =
      List.of(
          "reservation_id",
          "partner_id",
          "venue_id",
          "schedule_id",
          "user.user_id",
          "user.first_name",
          "user.last_name");
  private static final List<String> RESERVATION_TEXT =
      List.of(
          "reservation_id",
          "partner_id",
          "venue_id",
          "schedule_id",
          "spot_label",
          "user.user_id",
          "user.user_email",
          "user.user_username",
          "user.first_name",
          "user.last_name",
          "user.gender",
          "user.birthday",
          "user.phone",
          "user.address.address_line1",
          "user.address.address_line2",
          "user.address.city",
          "user.address.state",
          "user.address.zip",
          "user.address.country",
          "user.emergency_contact.name",
          "user.emergency_contact.phone");
  private static final List<String> RESERVATION_OBJECTS =
      List.of("user", "user.address", "user.emergency_contact");
  private static final Map<String, JsonNode> NOT_TEXT =
      Map.of(
          "an object", NODES.objectNode(),
          "an empty array", NODES.arrayNode(),
          "an array of text", NODES.arrayNode().add("x"),
          "an integer", NODES.numberNode(1),
          "a decimal", NODES.numberNode(1.5),
          "a boolean", NODES.booleanNode(true));
  private static final Map<String, JsonNode> NOT_OBJECT =
      Map.of(
          "text", NODES.textNode("x"),
          "empty text", NODES.textNode(""),
          "an integer", NODES.numberNode(1),
          "a boolean", NODES.booleanNode(false),
          "an empty array", NODES.arrayNode(),
          "an array of an object", NODES.arrayNode().add(NODES.objectNode()));
  private static final Map<String, JsonNode> NOT_BOOLEAN =
      Map.of(
          "text true", NODES.textNode("true"),
          "text false", NODES.textNode("false"),
          "empty text", NODES.textNode(""),
          "integer 1", NODES.numberNode(1),
          "integer 0", NODES.numberNode(0),
          "a decimal", NODES.numberNode(1.5),
          "an object", NODES.objectNode(),
          "an array", NODES.arrayNode());

  private BadBodies() {}

  static List<BadInput> all() {
    List<BadInput> cases = new ArrayList<>();
    malformed(cases, "POST", "/reservations", NEW_RESERVATION);
    malformed(cases, "PATCH", EXISTING, StudioData.cancellation());
    for (String field :
        List.of(
            "reservation_id",
            "partner_id",
            "venue_id",
            "schedule_id",
            "user",
            "user.user_id",
            "user.first_name",
            "user.last_name")) {
      cases.add(reserve(field + " absent", body -> remove(body, field)));
      cases.add(reserve(field + " null", body -> set(body, field, NODES.nullNode())));
    }
    for (String field : REQUIRED_RESERVATION_TEXT) {
      cases.add(reserve(field + " empty", body -> set(body, field, NODES.textNode(""))));
      cases.add(reserve(field + " blank", body -> set(body, field, NODES.textNode(" \t "))));
    }
    for (String field : RESERVATION_TEXT) {
      NOT_TEXT.forEach(
          (kind, value) ->
              cases.add(reserve(field + " is " + kind, body -> set(body, field, value))));
    }
    for (String field : RESERVATION_OBJECTS) {
      NOT_OBJECT.forEach(
          (kind, value) ->
              cases.add(reserve(field + " is " + kind, body -> set(body, field, value))));
    }
    cases.add(cancel("partner_id absent", body -> remove(body, "partner_id")));
    cases.add(cancel("partner_id null", body -> set(body, "partner_id", NODES.nullNode())));
    cases.add(cancel("partner_id empty", body -> set(body, "partner_id", NODES.textNode(""))));
    cases.add(cancel("partner_id blank", body -> set(body, "partner_id", NODES.textNode("  "))));
    NOT_TEXT.forEach(
        (kind, value) ->
            cases.add(cancel("partner_id is " + kind, body -> set(body, "partner_id", value))));
    NOT_BOOLEAN.forEach(
        (kind, value) ->
            cases.add(
                cancel("is_late_cancel is " + kind, body -> set(body, "is_late_cancel", value))));
    oversized(cases);
    wrongContentTypes(cases);
    return cases;
  }

  private static void malformed(List<BadInput> cases, String method, String path, String valid) {
    String compact = compact(valid);
    List<String> bodies =
        new ArrayList<>(
            List.of(
                "",
                " \n ",
                "{",
                "}",
                "[",
                "]",
                "[]",
                "[{}]",
                "null",
                "true",
                "1",
                "\"text\"",
                "{\"partner_id\":}",
                "{'partner_id':'p-1'}",
                "{partner_id:\"p-1\"}",
                "{\"partner_id\":\"p-1\",}",
                "{\"partner_id\" \"p-1\"}",
                "{\"partner_id\":NaN}",
                "/* comment */" + compact,
                compact + " {}",
                compact + "x",
                compact + compact,
                "\u0000",
                "{\"partner_id\":\"p-1\",\"partner_id\":\"p-2\"}",
                "[".repeat(2000) + "]".repeat(2000)));
    for (int cut = 1; cut <= 5; cut++) {
      bodies.add(compact.substring(0, compact.length() * cut / 6));
    }
    for (int i = 0; i < bodies.size(); i++) {
      cases.add(
          new BadInput(
              method + " malformed JSON #" + i, method, path, bodies.get(i), json(), 400, false));
    }
  }

  private static void oversized(List<BadInput> cases) {
    int limit = 64 * 1024;
    cases.add(reserve("one byte over the limit", body -> pad(body, limit + 1), 413));
    cases.add(reserve("twice the limit", body -> pad(body, 2 * limit), 413));
    cases.add(cancel("one byte over the limit", body -> pad(body, limit + 1), 413));
    String spaces = NEW_RESERVATION + " ".repeat(limit);
    cases.add(
        new BadInput(
            "POST over the limit by whitespace",
            "POST",
            "/reservations",
            spaces,
            json(),
            413,
            false));
  }

  private static void wrongContentTypes(List<BadInput> cases) {
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/jsonx",
            "application/json-patch+json",
            "text/json",
            "json")) {
      Map<String, String> headers =
          Map.of(
              "Authorization", PartnerApiFixture.AUTH.get("Authorization"), "Content-Type", type);
      cases.add(
          new BadInput(
              "POST as " + type, "POST", "/reservations", NEW_RESERVATION, headers, 415, false));
      cases.add(
          new BadInput(
              "PATCH as " + type,
              "PATCH",
              EXISTING,
              StudioData.cancellation(),
              headers,
              415,
              false));
    }
  }

  private static BadInput reserve(String name, Consumer<ObjectNode> change) {
    return reserve(name, change, 400);
  }

  private static BadInput reserve(String name, Consumer<ObjectNode> change, int status) {
    return new BadInput(
        "POST " + name,
        "POST",
        "/reservations",
        changed(NEW_RESERVATION, change),
        json(),
        status,
        false);
  }

  private static BadInput cancel(String name, Consumer<ObjectNode> change) {
    return cancel(name, change, 400);
  }

  private static BadInput cancel(String name, Consumer<ObjectNode> change, int status) {
    return new BadInput(
        "PATCH " + name,
        "PATCH",
        EXISTING,
        changed(StudioData.cancellation(), change),
        json(),
        status,
        false);
  }

  private static Map<String, String> json() {
    return PartnerApiFixture.withJson(PartnerApiFixture.AUTH);
  }

  private static String changed(String valid, Consumer<ObjectNode> change) {
    ObjectNode body = (ObjectNode) read(valid);
    change.accept(body);
    return body.toString();
  }

  /** Sets a dotted path, creating missing parents. */
  private static void set(ObjectNode body, String path, JsonNode value) {
    String[] names = path.split("\\.");
    ObjectNode parent = body;
    for (int i = 0; i < names.length - 1; i++) {
      parent = (ObjectNode) parent.get(names[i]);
    }
    parent.set(names[names.length - 1], value);
  }

  private static void remove(ObjectNode body, String path) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent =
        dot < 0 ? body : (ObjectNode) body.at("/" + path.substring(0, dot).replace('.', '/'));
    parent.remove(path.substring(dot + 1));
  }

  /** Adds an unknown field so the body has exactly {@code size} bytes (ASCII). */
  private static void pad(ObjectNode body, int size) {
    body.put("padding", "");
    int missing = size - body.toString().length();
    body.put("padding", "p".repeat(missing));
  }

  private static String compact(String json) {
    return read(json).toString();
  }

  private static JsonNode read(String json) {
    try {
      return PartnerApiFixture.JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
