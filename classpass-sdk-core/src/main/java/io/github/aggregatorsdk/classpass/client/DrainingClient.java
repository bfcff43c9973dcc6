package io.github.aggregatorsdk.classpass.client;

import feign.Request;
import feign.Response;
import feign.http2client.Http2Client;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;

/**
 * Feign's Java 11 client, sending with the attempt's deadline on the whole exchange and reading
 * every answer's body to its end (at most {@value #MAX_BODY_BYTES} bytes) before Feign sees it.
 *
 * <p>The deadline: the JDK's request timeout, set here to what is left of the attempt, covers
 * connecting and waiting for the headers only; once they are in, a server that stalls or trickles
 * the body would hold the caller for as long as it likes. So the body is collected by a {@link
 * BodyCollector} that the shared {@link DeadlineTicker} expires at the deadline: the exchange is
 * cancelled, its connection closed, and the attempt fails with an {@link HttpTimeoutException},
 * which Feign reports as no answer.
 *
 * <p>The draining: Feign closes the body of a {@code void} method unread, and the JDK's HTTP client
 * closes a connection whose answer was not read to the end instead of returning it to its pool:
 * without this, some 40% of calls opened a new connection, each a new TCP and TLS handshake with
 * ClassPass.
 *
 * <p>{@link Http2Client#execute(Request, Request.Options)} reads the body as a stream on the
 * caller's thread, which cannot be given a deadline without a timer per call and costs a second
 * wake-up per call; so this sends the request itself, as that method does, and hands the answer to
 * {@link Http2Client}'s translation into a Feign response.
 */
final class DrainingClient extends Http2Client {

  /** Far above any answer of the Inventory API; a longer body is cut and its connection closed. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final long MIN_REQUEST_TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  /** The headers the JDK's client sets itself and refuses from callers, as Http2Client skips. */
  private static final Set<String> RESTRICTED_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  /** Distinct URLs with a request template kept; the Inventory API has four, no path parameters. */
  private static final int MAX_CACHED_URIS = 16;

  private final HttpClient http;
  private final long attemptTimeoutNanos;
  private final String[] fixedHeaders;
  private final DeadlineTicker ticker;
  // Per URL, a builder with what every request to it shares; copied per call, never changed.
  private final Map<String, HttpRequest.Builder> templates = new ConcurrentHashMap<>();

  /**
   * {@code fixedHeaders} (name, value, name, value...) go on every request as they are, besides
   * those Feign's request carries.
   */
  DrainingClient(HttpClient http, Duration attemptTimeout, String... fixedHeaders) {
    this(http, attemptTimeout, DeadlineTicker.SHARED, fixedHeaders);
  }

  DrainingClient(
      HttpClient http, Duration attemptTimeout, DeadlineTicker ticker, String... fixedHeaders) {
    super(http);
    this.http = http;
    this.attemptTimeoutNanos = attemptTimeout.toNanos();
    this.ticker = ticker;
    this.fixedHeaders = fixedHeaders.clone();
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long deadline = System.nanoTime() + AttemptDeadline.remainingNanos(attemptTimeoutNanos);
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new HttpTimeoutException("no time left for the attempt");
    }
    long read = options.readTimeoutUnit().toNanos(options.readTimeout());
    // At least 1 ms: the JDK refuses a zero request timeout.
    long timeout = Math.max(MIN_REQUEST_TIMEOUT_NANOS, Math.min(read, left));
    HttpRequest httpRequest = toHttpRequest(request, Duration.ofNanos(timeout));
    BodyCollector body = new BodyCollector(MAX_BODY_BYTES, deadline);
    HttpResponse<byte[]> answer;
    ticker.register(body);
    try {
      answer = http.send(httpRequest, info -> body);
    } catch (HttpTimeoutException e) {
      throw e;
    } catch (IOException e) {
      if (body.expired()) {
        // Cancelling the exchange may fail it before the timeout reaches the caller.
        HttpTimeoutException cut = new HttpTimeoutException(BodyCollector.DEADLINE_PASSED);
        cut.initCause(e);
        throw cut;
      }
      throw e;
    } catch (InterruptedException e) {
      body.expire();
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      ticker.unregister(body);
    }
    AnswerStatus.received(answer.statusCode());
    return toFeignResponse(request, new Collected(answer));
  }

  private HttpRequest toHttpRequest(Request request, Duration timeout) throws IOException {
    byte[] content = request.body();
    HttpRequest.Builder builder =
        template(request.url())
            .copy()
            .timeout(timeout)
            .method(
                request.httpMethod().name(),
                content == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(content));
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (RESTRICTED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : header.getValue()) {
        builder.header(header.getKey(), value);
      }
    }
    return builder.build();
  }

  private HttpRequest.Builder template(String url) throws IOException {
    HttpRequest.Builder template = templates.get(url);
    if (template == null) {
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IOException("Invalid uri " + url, e);
      }
      template = HttpRequest.newBuilder(uri).version(http.version());
      if (fixedHeaders.length > 0) {
        template.headers(fixedHeaders);
      }
      if (templates.size() < MAX_CACHED_URIS) {
        templates.put(url, template);
      }
    }
    return template;
  }

  /** The collected answer, its body as the stream {@link #toFeignResponse} takes. */
  private record Collected(HttpResponse<byte[]> answer) implements HttpResponse<InputStream> {

    @Override
    public int statusCode() {
      return answer.statusCode();
    }

    @Override
    public HttpRequest request() {
      return answer.request();
    }

    @Override
    public Optional<HttpResponse<InputStream>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return answer.headers();
    }

    @Override
    public InputStream body() {
      return new ByteArrayInputStream(answer.body());
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return answer.sslSession();
    }

    @Override
    public URI uri() {
      return answer.uri();
    }

    @Override
    public HttpClient.Version version() {
      return answer.version();
    }
  }
}
