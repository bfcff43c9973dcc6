package io.github.aggregatorsdk.classpass.partnerapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads request bodies and writes answers with the SDK's own mapper ({@link ClassPassJson}).
 *
 * <p>Reading is stricter than the SDK's mapper, on a private copy: a number, boolean, object or
 * array where a string belongs, a string or number where a boolean belongs, a string where an
 * object belongs, duplicate keys and anything after the top-level object are all errors rather than
 * silently coerced. The body must be {@code application/json} (any parameters) or carry no {@code
 * Content-Type}, and is read up to a size limit and no further. Error messages name the JSON path
 * of the offending field; they never quote the body, which may hold personal data.
 */
final class JsonBodies {

  private final ObjectMapper reader;
  private final ObjectMapper writer;
  private final int maxBytes;

  JsonBodies(int maxBytes) {
    this.maxBytes = maxBytes;
    this.writer = ClassPassJson.newObjectMapper();
    this.reader = ClassPassJson.newObjectMapper();
    reader.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    reader.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    reader
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    reader
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    reader
        .coercionConfigFor(LogicalType.POJO)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
  }

  /**
   * Reads the request's body as a JSON object of the given type.
   *
   * @throws Rejection 415 for another content type, 413 for a body over the limit, 400 for an
   *     empty, malformed or mistyped body
   */
  <T> T read(PartnerApiRequest request, Class<T> type) {
    checkContentType(request.header("Content-Type"));
    checkDeclaredLength(request.header("Content-Length"));
    byte[] body = readLimited(request);
    if (body.length == 0) {
      throw Rejection.badRequest("the body is empty; a JSON object is required");
    }
    T value;
    try {
      value = reader.readValue(body, type);
    } catch (MismatchedInputException e) {
      throw Rejection.badRequest(mismatch(e));
    } catch (JsonMappingException e) {
      throw Rejection.badRequest("the body does not have the expected shape");
    } catch (JsonProcessingException e) {
      throw Rejection.badRequest("the body is not valid JSON");
    } catch (IOException e) {
      throw Rejection.badRequest("the body could not be read");
    }
    if (value == null) {
      throw Rejection.badRequest("the body must be a JSON object");
    }
    return value;
  }

  /** The JSON of an answer. */
  byte[] write(Object value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer record could not be written as JSON", e);
    }
  }

  private static void checkContentType(Optional<String> contentType) {
    if (contentType.isEmpty() || contentType.get().isBlank()) {
      return;
    }
    String mediaType = contentType.get().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw new Rejection(
          PartnerApiErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
    }
  }

  private void checkDeclaredLength(Optional<String> contentLength) {
    try {
      if (contentLength.isPresent() && Long.parseLong(contentLength.get().trim()) > maxBytes) {
        throw tooLarge();
      }
    } catch (NumberFormatException e) {
      // The server in front judged the framing; the read below enforces the limit anyway.
    }
  }

  private byte[] readLimited(PartnerApiRequest request) {
    byte[] body;
    try (InputStream in = request.body()) {
      body = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw Rejection.badRequest("the body could not be read");
    }
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    return body;
  }

  private Rejection tooLarge() {
    return new Rejection(
        PartnerApiErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
  }

  private static String mismatch(MismatchedInputException e) {
    String path = path(e.getPath());
    if (path.isEmpty()) {
      return "the body must be a single JSON object";
    }
    Class<?> target = e.getTargetType();
    String expected;
    if (target == String.class) {
      expected = "a string";
    } else if (target == Boolean.class || target == boolean.class) {
      expected = "true or false";
    } else if (target == null) {
      expected = "of another type";
    } else {
      expected = "a JSON object";
    }
    return path + " must be " + expected;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
