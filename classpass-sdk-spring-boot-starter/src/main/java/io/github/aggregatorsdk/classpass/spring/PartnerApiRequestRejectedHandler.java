package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a request Spring Security's firewall rejects (an encoded slash, a semicolon, a control
 * character in an id, ...) with a ClassPass-format 400 when it was meant for the partner API, as
 * the partner API answers every malformed request; other paths get the plain 400 Spring Security
 * gives them anyway. Nothing of the request is echoed.
 */
final class PartnerApiRequestRejectedHandler implements RequestRejectedHandler {

  private static final byte[] BODY =
      ("{\"error\":{\"code\":" + PartnerApiErrorCode.BAD_REQUEST.code() + ",\"name\":\""
              + PartnerApiErrorCode.BAD_REQUEST.name() + "\",\"message\":\"the request path or"
              + " query holds characters the partner API does not accept\"}}")
          .getBytes(StandardCharsets.UTF_8);

  private final String basePath;
  private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();

  /** @param basePath the partner API's base path, without a trailing slash; "" for the root */
  PartnerApiRequestRejectedHandler(String basePath) {
    this.basePath = basePath;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!basePath.isEmpty() && !path.equals(basePath) && !path.startsWith(basePath + "/")) {
      others.handle(request, response, rejected);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setContentLength(BODY.length);
    response.getOutputStream().write(BODY);
  }
}
