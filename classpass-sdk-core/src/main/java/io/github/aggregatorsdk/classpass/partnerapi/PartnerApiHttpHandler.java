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
 * {@code "/"}); {@link PartnerApiServer} does all of that, and only there do its time limits and
 * its 503 answer when every worker is busy apply. Thread-safe.
 *
 * <p>A request refused before its body was read to the end (401, 413, 415, a 400 about the path)
 * is answered with {@code Connection: close} and its connection closed after at most a quarter of
 * a second and 1 MiB more of its body (so that the client reads the answer before the close); the
 * rest of the body is never waited for.
 */
public final class PartnerApiHttpHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerApiHttpHandler.class);

  private final PartnerApiHandler handler;
  private final PartnerApiResponse unavailable;

  /**
   * An adapter for one handler.
   *
   * @param handler the partner API; never null
   */
  public PartnerApiHttpHandler(PartnerApiHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.unavailable = handler.unavailable();
  }

  /**
   * Answers one exchange with the handler's response and closes it.
   *
   * @param exchange the exchange; never null
   * @throws IOException when the answer cannot be sent (the client went away or ran out of time),
   *     and after answering a request whose body was left unread: the JDK server then closes the
   *     connection without reading the rest
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    ExchangeContext context = ExchangeExecutor.current();
    if (!context.headersArrived()) {
      throw new CutOff("the request headers did not arrive within the time limit");
    }
    switch (context.mode()) {
      case ABORT -> throw new CutOff("no worker and no room to refuse the request");
      // A refusing thread must stay quick: it closes at once, without lingering.
      case REFUSE -> answer(exchange, context, unavailable, hasBody(exchange), null);
      case SERVE -> serve(exchange, context);
    }
  }

  private void serve(HttpExchange exchange, ExchangeContext context) throws IOException {
    LimitedBody body = new LimitedBody(exchange.getRequestBody(), context);
    PartnerApiResponse response;
    try {
      response = handler.handle(new ExchangeRequest(exchange, body));
    } catch (RuntimeException e) {
      // The handler answers every failure itself; this only guards against a bug in the SDK.
      LOG.error("partner API adapter failed with {}; answered 500", e.getClass().getName());
      response = handler.internalError();
    }
    if (body.cutOff()) {
      throw new CutOff("the request body did not arrive within the time limit");
    }
    boolean unread = hasBody(exchange) && !body.atEnd();
    answer(exchange, context, response, unread, unread ? body : null);
  }

  /**
   * Sends the answer within the time limit. With a body left unread the JDK would read it to the
   * end on {@code close()}, however slowly it comes, so the connection is closed instead.
   */
  private static void answer(
      HttpExchange exchange,
      ExchangeContext context,
      PartnerApiResponse response,
      boolean bodyLeftUnread,
      LimitedBody linger)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    boolean closeConnection = bodyLeftUnread || context.mode() == ExchangeContext.Mode.REFUSE;
    if (closeConnection) {
      headers.set("Connection", "close");
    }
    try (Watchdog.Deadline limit = context.limitResponse()) {
      if ("HEAD".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(response.status(), -1);
      } else {
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body);
        out.flush();
      }
      if (!bodyLeftUnread) {
        exchange.close();
      }
    }
    if (linger != null) {
      linger.linger(LINGER_BYTES, LINGER_NANOS);
    }
    if (bodyLeftUnread) {
      // Answered; the JDK server closes a connection whose handler throws, without draining it.
      throw new CutOff("answered without reading the rest of the request body");
    }
  }

  /**
   * How much of an unread body is read and dropped after answering, and for how long at most:
   * enough for the rest of an oversized body on a fast connection (closing with unread data
   * resets the connection and can destroy the answer), never long for a slow one.
   */
  private static final long LINGER_BYTES = 1024 * 1024;

  private static final long LINGER_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(250);

  private static boolean hasBody(HttpExchange exchange) {
    Headers request = exchange.getRequestHeaders();
    if (request.containsKey("Transfer-Encoding")) {
      return true;
    }
    String length = request.getFirst("Content-Length");
    return length != null && !length.trim().equals("0");
  }

  /** Ends an exchange whose connection must be closed rather than reused. */
  private static final class CutOff extends IOException {
    private static final long serialVersionUID = 1L;

    CutOff(String message) {
      super(message, null);
    }
  }

  /** The exchange as the handler reads it. */
  private record ExchangeRequest(HttpExchange exchange, InputStream body)
      implements PartnerApiRequest {

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
      return body;
    }

    @Override
    public String toString() {
      return "ExchangeRequest[" + exchange.getRequestMethod() + "]";
    }
  }
}
