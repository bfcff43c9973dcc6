package io.github.aggregatorsdk.classpass.partnerapi;

import java.util.Map;

/**
 * One generated bad request and what it must get.
 *
 * @param name what is wrong, for the test report
 * @param method the HTTP method
 * @param pathAndQuery path under the base path, with query
 * @param body the body; null for none
 * @param headers exactly the headers to send
 * @param status the 4xx status expected
 * @param touchesSpi whether the host SPI may be called (only to find out that an id is unknown)
 */
record BadInput(
    String name,
    String method,
    String pathAndQuery,
    String body,
    Map<String, String> headers,
    int status,
    boolean touchesSpi) {

  @Override
  public String toString() {
    return name;
  }
}
