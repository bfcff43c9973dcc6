package io.github.aggregatorsdk.classpass.partnerapi;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link PartnerApiHandler} on the JDK's {@code com.sun.net.httpserver.HttpServer}.
 * Register it on a context covering the handler's base path (for example the base path itself, or
 * {@code "/"}); {@link PartnerApiServer} does all of that. Thread-safe.
 */
public final class PartnerApiHttpHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerApiHttpHandler.class);

  /**
   * How much of an unread request body is read and dropped before answering. A client still
   * sending a body the handler refused (413) only reads the answer if the server keeps reading;
   * beyond this, the connection is closed instead.
   */
  private static final long DRAIN_LIMIT = 1024 * 1024;

  private final PartnerApiHandler handler;

  /**
   * An adapter for one handler.
   *
   * @param handler the partner API; never null
   */
  public PartnerApiHttpHandler(PartnerApiHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Answers one exchange with the handler's response and closes it.
   *
   * @param exchange the exchange; never null
   * @throws IOException when the answer cannot be sent (the client went away)
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      PartnerApiResponse response;
      try {
        response = handler.handle(new ExchangeRequest(exchange));
      } catch (RuntimeException e) {
        // The handler answers every failure itself; this only guards against a bug in the SDK.
        LOG.error("partner API adapter failed with {}; answered 500", e.getClass().getName());
        response = handler.internalError();
      }
      drainRequestBody(exchange);
      Headers headers = exchange.getResponseHeaders();
      response.headers().forEach(headers::set);
      if ("HEAD".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(response.status(), -1);
      } else {
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }

  private static void drainRequestBody(HttpExchange exchange) {
    try (InputStream body = exchange.getRequestBody()) {
      byte[] buffer = new byte[8192];
      long drained = 0;
      int read;
      while (drained < DRAIN_LIMIT && (read = body.read(buffer)) != -1) {
        drained += read;
      }
    } catch (IOException e) {
      // The client stopped sending; the answer may still reach it.
      LOG.debug("could not drain the request body: {}", e.getClass().getName());
    }
  }

  /** The exchange as the handler reads it. */
  private record ExchangeRequest(HttpExchange exchange) implements PartnerApiRequest {

    @Override
    public String method() {
      return exchange.getRequestMethod();
    }

    @Override
    public String rawPath() {
      String path = exchange.getRequestURI().getRawPath();
      return path == null ? "/" : path;
    }

    @Override
    public Optional<String> rawQuery() {
      return Optional.ofNullable(exchange.getRequestURI().getRawQuery());
    }

    @Override
    public Optional<String> header(String name) {
      return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    @Override
    public InputStream body() {
      return exchange.getRequestBody();
    }

    @Override
    public String toString() {
      return "ExchangeRequest[" + exchange.getRequestMethod() + "]";
    }
  }
}
