package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a partner-API answer onto a servlet response, as bytes past every converter. */
final class PartnerApiResponses {

  private PartnerApiResponses() {}

  /**
   * Whether a request path (without the context path) is the partner API's.
   *
   * @param path the request path, undecoded
   * @param basePath the base path without a trailing slash; "" for the root
   */
  static boolean isPartnerApiPath(String path, String basePath) {
    return basePath.isEmpty() || path.equals(basePath) || path.startsWith(basePath + "/");
  }

  static void write(PartnerApiResponse answer, HttpServletResponse response) throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    byte[] body = answer.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
