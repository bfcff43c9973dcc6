package io.github.aggregatorsdk.classpass.test.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiRequest;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A host's own HTTP adapter around the SDK's handler that parses bodies itself first and lets the
 * parse error escape as a 500: the mistake INPUT-1 and INPUT-2 catch.
 */
final class FailingAdapter implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);

  FailingAdapter(PartnerApiHandler handler) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> serve(handler, exchange));
    server.setExecutor(executor);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void serve(PartnerApiHandler handler, HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      if (method.equals("POST") || method.equals("PATCH")) {
        try {
          JsonNode parsed = JSON.readTree(body);
          if (parsed == null || !parsed.isObject()) {
            throw new IllegalArgumentException("not an object");
          }
        } catch (IOException | RuntimeException e) {
          byte[] error = "Internal Server Error".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(500, error.length);
          exchange.getResponseBody().write(error);
          return;
        }
      }
      PartnerApiResponse response = handler.handle(PartnerApiRequest.of(method,
          exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
          exchange.getRequestHeaders()::getFirst, new ByteArrayInputStream(body)));
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      byte[] out = response.body();
      exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        exchange.getResponseBody().write(out);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
