package io.github.aggregatorsdk.classpass.example.studio.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Post, redirect, get: an action answers {@code 303 See Other} to its page, with a sentence for
 * staff that the next request of the same session shows once (Spring MVC's flash attributes).
 */
final class Flash {

  private static final String NOTICE = "notice";

  private Flash() {}

  /** Redirects to {@code location} and shows {@code notice} there once. */
  static <T> ResponseEntity<T> seeOther(
      String location, String notice, HttpServletRequest request, HttpServletResponse response) {
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    flash.put(NOTICE, notice);
    RequestContextUtils.saveOutputFlashMap(location, request, response);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
  }

  /** The notice an action left for this page; null when none. */
  static String notice(HttpServletRequest request) {
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    return flash == null ? null : (String) flash.get(NOTICE);
  }
}
