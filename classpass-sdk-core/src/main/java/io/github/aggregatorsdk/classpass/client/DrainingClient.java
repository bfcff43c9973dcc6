package io.github.aggregatorsdk.classpass.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads every answer's body to its end (at most {@value #MAX_BODY_BYTES} bytes) before Feign sees
 * it, so that the connection can be reused. Feign closes the body of a {@code void} method unread,
 * and the JDK's HTTP client closes a connection whose answer was not read to the end instead of
 * returning it to its pool: without this, some 40% of calls opened a new connection, each a new
 * TCP and TLS handshake with ClassPass.
 */
final class DrainingClient implements Client {

  /** Far above any answer of the Inventory API; a longer body is cut and its connection closed. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private final Client delegate;

  DrainingClient(Client delegate) {
    this.delegate = delegate;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    if (response.body() == null) {
      return response;
    }
    Integer length = response.body().length();
    byte[] body;
    try (InputStream in = response.body().asInputStream()) {
      if (length != null && length >= 0 && length <= MAX_BODY_BYTES) {
        // Exactly the announced bytes, then the end of the stream: no 8 KiB buffer per call.
        body = in.readNBytes(length);
        in.read();
      } else {
        body = in.readNBytes(MAX_BODY_BYTES);
      }
    } catch (IOException e) {
      // The status is the answer; a body that breaks off reads as empty, as errors' bodies do.
      body = new byte[0];
    }
    return response.toBuilder().body(body).build();
  }
}
