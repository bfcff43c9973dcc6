package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of the {@link PartnerApiHandler}: a status, headers and a JSON body, written by the
 * SDK's own mapper. An adapter sends exactly these: the status, every header of {@link #headers()}
 * (which include {@code Content-Type}) and the body bytes, untouched. Immutable.
 */
public final class PartnerApiResponse {

  /** The content type of every answer, successful or not. */
  public static final String CONTENT_TYPE = "application/json";

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final PartnerApiErrorCode errorCode;

  PartnerApiResponse(int status, byte[] body, Map<String, String> extraHeaders) {
    this(status, body, extraHeaders, null);
  }

  PartnerApiResponse(
      int status, byte[] body, Map<String, String> extraHeaders, PartnerApiErrorCode errorCode) {
    this.status = status;
    this.errorCode = errorCode;
    this.body = body.clone();
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Content-Type", CONTENT_TYPE);
    all.put("Cache-Control", "no-store");
    all.putAll(extraHeaders);
    this.headers = Collections.unmodifiableMap(all);
  }

  /**
   * The HTTP status: 200, or the status of the error in the body.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The error the body carries, e.g. {@link PartnerApiErrorCode#NO_CAPACITY_EXCEPTION}, for logs and
   * metrics without parsing the body.
   *
   * @return the error; empty for a successful answer
   */
  public Optional<PartnerApiErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The body's content type, {@value #CONTENT_TYPE}.
   *
   * @return the content type; never null
   */
  public String contentType() {
    return headers.get("Content-Type");
  }

  /**
   * The headers to send, one value each: {@code Content-Type} and {@code Cache-Control} always,
   * {@code WWW-Authenticate} with a 401, {@code Allow} with a 405 and {@code Retry-After} with a
   * 503.
   *
   * @return the headers by name, unmodifiable; never null
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The JSON body: the contract's answer, or an error {@code {"error": {"code", "name",
   * "message"}}}.
   *
   * @return a copy of the body bytes, UTF-8; never null, never empty
   */
  public byte[] body() {
    return body.clone();
  }

  /** Prints status, content type and size; never the body. */
  @Override
  public String toString() {
    return "PartnerApiResponse[status="
        + status
        + ", contentType="
        + contentType()
        + ", "
        + body.length
        + " bytes]";
  }
}
