package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report valve, answering in ClassPass's error format under the partner API's base
 * path. Tomcat refuses some requests itself, before any filter or servlet sees them: a path with
 * an encoded control character, slash or backslash is a 400 that only this valve renders. Under the
 * base path that answer becomes the partner API's own ClassPass-format 400 (nothing of the request
 * echoed), as for every other malformed request; elsewhere Tomcat's page is left as it was.
 */
final class PartnerApiErrorReportValve extends ErrorReportValve {

  private final Supplier<PartnerApiHandler> partnerApi;

  /**
   * @param partnerApi the handler whose answer is written, looked up when an error is reported
   * @param like the valve this one replaces, whose settings it keeps; null for Tomcat's defaults
   */
  PartnerApiErrorReportValve(
      Supplier<PartnerApiHandler> partnerApi, ErrorReportValve like) {
    this.partnerApi = partnerApi;
    if (like != null) {
      setShowReport(like.isShowReport());
      setShowServerInfo(like.isShowServerInfo());
    }
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    String uri = request.getRequestURI();
    String contextPath = request.getContextPath();
    String path =
        uri == null ? "" : contextPath != null && uri.startsWith(contextPath)
            ? uri.substring(contextPath.length()) : uri;
    PartnerApiHandler handler = status >= 400 && status < 500 ? partnerApi.get() : null;
    if (handler == null || uri == null
        || !PartnerApiResponses.isPartnerApiPath(path, handler.basePath())) {
      super.report(request, response, throwable);
      return;
    }
    // As Tomcat's own report: only when nothing was written and nobody reported yet.
    if (response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.resetBuffer();
      PartnerApiResponses.write(handler.refusedBeforeHandling(request.getMethod(), request::getHeader), response);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // The connection is gone or the answer already committed: nothing more can be sent.
    }
  }
}
