package io.github.aggregatorsdk.classpass.example.studio.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to a staff page or action is answered with a page saying what was wrong and a link
 * back, never with a stack trace or a 500: an unknown class or customer (404), a change the
 * studio's rules refuse (409), a missing or malformed form field (400).
 */
@RestControllerAdvice(basePackageClasses = StaffErrors.class)
class StaffErrors {

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<String> notFound(NoSuchElementException e, HttpServletRequest request) {
    return page(request, HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(BadStaffInput.class)
  ResponseEntity<String> badInput(BadStaffInput e, HttpServletRequest request) {
    return page(request, HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(StaffActionRefused.class)
  ResponseEntity<String> refused(StaffActionRefused e, HttpServletRequest request) {
    return page(request, HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<String> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return page(request, HttpStatus.BAD_REQUEST, "the form lacks the field " + e.getParameterName());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<String> malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    // The value itself is not repeated: it may be anything a browser can send.
    return page(request, HttpStatus.BAD_REQUEST, "the field " + e.getName() + " is not a valid "
        + (e.getRequiredType() == null ? "value" : describe(e.getRequiredType())));
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "whole number";
    }
    if (type.isEnum()) {
      return "choice";
    }
    return "value";
  }

  private static ResponseEntity<String> page(
      HttpServletRequest request, HttpStatus status, String message) {
    StaffLayout layout =
        new StaffLayout((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    Html html = layout.start(null, "Not saved");
    layout.error(html, message);
    html.add("<p>Nothing was changed. <a href=\"javascript:history.back()\">Back to the form</a>"
        + "</p>");
    return ResponseEntity.status(status)
        .contentType(MediaType.TEXT_HTML)
        .body(StaffLayout.end(html));
  }
}
