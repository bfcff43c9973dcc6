package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers a request Spring Security's firewall rejects (an encoded slash, a semicolon, a control
 * character in an id, ...) with the partner API's own ClassPass-format 400 when it was meant for
 * the partner API, as the partner API answers every malformed request; other paths get the plain
 * 400 Spring Security gives them anyway. Nothing of the request is echoed.
 */
final class PartnerApiRequestRejectedHandler implements RequestRejectedHandler {

  private final String basePath;
  private final Supplier<PartnerApiHandler> partnerApi;
  private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();

  /**
   * @param basePath the partner API's base path, without a trailing slash; "" for the root
   * @param partnerApi the handler whose answer is written, looked up when a request is rejected
   */
  PartnerApiRequestRejectedHandler(String basePath, Supplier<PartnerApiHandler> partnerApi) {
    this.basePath = basePath;
    this.partnerApi = partnerApi;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    PartnerApiHandler handler = partnerApi.get();
    if (handler == null || !PartnerApiResponses.isPartnerApiPath(path, basePath)) {
      others.handle(request, response, rejected);
      return;
    }
    PartnerApiResponses.write(handler.refusedBeforeHandling(request.getMethod(), request::getHeader), response);
  }
}
