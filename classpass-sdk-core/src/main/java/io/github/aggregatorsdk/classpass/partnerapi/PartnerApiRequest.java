package io.github.aggregatorsdk.classpass.partnerapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One HTTP request as the {@link PartnerApiHandler} needs it, raw: the adapter of a web framework
 * passes what the client sent, without letting the framework bind or parse the JSON body (its
 * {@code ObjectMapper} settings must never touch the ClassPass wire format).
 *
 * <p>Implement it over a framework's request, or use {@link #of}. The handler calls it on the
 * request's thread, reads the body at most once, and only for {@code POST} and {@code PATCH}.
 */
public interface PartnerApiRequest {

  /**
   * The HTTP method as sent, e.g. {@code GET}.
   *
   * @return the method; never null
   */
  String method();

  /**
   * The request path as sent, still percent-encoded, without the query string and without a servlet
   * context path, e.g. {@code /classpass/partners/p%201/venues}.
   *
   * @return the raw path; never null
   */
  String rawPath();

  /**
   * The query string as sent, still percent-encoded, without the {@code ?}.
   *
   * @return the raw query, or empty when the request has none
   */
  Optional<String> rawQuery();

  /**
   * The first value of a request header.
   *
   * @param name the header name; implementations MUST match it regardless of case
   * @return the value, or empty when the request has no such header
   */
  Optional<String> header(String name);

  /**
   * The request body. The handler reads a bounded number of bytes and closes the stream.
   *
   * @return the body; never null, empty for a request without one
   * @throws IOException when the body cannot be read
   */
  InputStream body() throws IOException;

  /**
   * A request from its parts, for adapters that have them at hand.
   *
   * @param method the HTTP method; never null
   * @param rawPath the raw path (see {@link #rawPath()}); never null
   * @param rawQuery the raw query string without {@code ?}; null when none
   * @param headers looks up the first value of a header by case-insensitive name, giving null when
   *     absent (for example a servlet request's {@code getHeader}); never null
   * @param body the body; null for none
   * @return the request; never null
   */
  static PartnerApiRequest of(
      String method,
      String rawPath,
      String rawQuery,
      Function<String, String> headers,
      InputStream body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rawPath, "rawPath");
    Objects.requireNonNull(headers, "headers");
    InputStream content = body == null ? new ByteArrayInputStream(new byte[0]) : body;
    return new PartnerApiRequest() {
      @Override
      public String method() {
        return method;
      }

      @Override
      public String rawPath() {
        return rawPath;
      }

      @Override
      public Optional<String> rawQuery() {
        return Optional.ofNullable(rawQuery).filter(query -> !query.isEmpty());
      }

      @Override
      public Optional<String> header(String name) {
        return Optional.ofNullable(headers.apply(name));
      }

      @Override
      public InputStream body() {
        return content;
      }

      @Override
      public String toString() {
        return "PartnerApiRequest[" + method + " " + rawPath + "]";
      }
    };
  }
}
