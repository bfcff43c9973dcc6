package io.github.aggregatorsdk.classpass.partnerapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client that writes raw bytes on a loopback socket and reads what comes back, so tests can
 * send half a request and stop, as a slow or hostile client does.
 */
final class RawConnection implements AutoCloseable {

  private final Socket socket;
  private final InputStream in;

  RawConnection(int port) {
    try {
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout(5_000);
      in = socket.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RawConnection send(String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one answer (status line, headers, a Content-Length body) within {@code wait}. */
  Reply read(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    String statusLine = line();
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
    return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Whether the server closed the connection (end of stream or reset) within {@code wait}, having
   * sent nothing more.
   */
  boolean closedWithin(Duration wait) throws IOException {
    socket.setSoTimeout((int) wait.toMillis());
    try {
      int next = in.read();
      if (next != -1) {
        throw new AssertionError("the server sent more: " + (char) next);
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true; // reset
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        throw new IOException("connection closed after " + line.size() + " bytes of a line");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  /** An answer as read off the wire; header names lower-case. */
  record Reply(int status, Map<String, String> headers, String body) {}
}
