package io.github.aggregatorsdk.classpass.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.aggregatorsdk.classpass.model.internal.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** Turns an error answer into the {@link ClassPassApiException} for its status. */
final class ErrorResponseDecoder implements ErrorDecoder {

  /** Enough for any error body; a larger one is not parsed, only its start kept. */
  private static final int MAX_BODY_READ = 64 * 1024;

  private static final List<String> REQUEST_ID_HEADERS =
      List.of("X-Request-Id", "Request-Id", "X-Amzn-RequestId", "X-Correlation-Id");

  private final ObjectMapper mapper;
  private final Clock clock;

  ErrorResponseDecoder(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    String body = readBody(response);
    Duration retryAfter =
        RetryAfter.parse(firstHeader(response, List.of("Retry-After")), clock).orElse(null);
    HttpError error =
        new HttpError(
            response.status(),
            parseError(body),
            firstHeader(response, REQUEST_ID_HEADERS),
            truncate(body),
            retryAfter);
    return switch (error.status()) {
      case 401, 403 -> new ClassPassAuthenticationException(error);
      case 404 -> new ClassPassNotFoundException(error);
      case 429 -> new ClassPassRateLimitException(error);
      default -> new ClassPassApiException(error);
    };
  }

  private static String readBody(Response response) {
    if (response.body() == null) {
      return "";
    }
    try (InputStream in = response.body().asInputStream()) {
      return new String(in.readNBytes(MAX_BODY_READ), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // The status is what matters; a body we cannot read is reported as empty.
      return "";
    }
  }

  private ApiError.Detail parseError(String body) {
    if (!body.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      ApiError parsed = mapper.readValue(body, ApiError.class);
      ApiError.Detail detail = parsed == null ? null : parsed.error();
      boolean empty =
          detail == null
              || (detail.code() == null && detail.name() == null && detail.message() == null);
      return empty ? null : detail;
    } catch (JsonProcessingException notAnErrorBody) {
      return null;
    }
  }

  private static String firstHeader(Response response, List<String> names) {
    for (String name : names) {
      Collection<String> values = response.headers().get(name);
      if (values != null) {
        for (String value : values) {
          if (value != null && !value.isBlank()) {
            return value.strip();
          }
        }
      }
    }
    return null;
  }

  private static String truncate(String body) {
    int max = ClassPassApiException.MAX_BODY_LENGTH;
    if (body.length() <= max) {
      return body;
    }
    // Never split a surrogate pair.
    int end = Character.isHighSurrogate(body.charAt(max - 1)) ? max - 1 : max;
    return body.substring(0, end);
  }
}
