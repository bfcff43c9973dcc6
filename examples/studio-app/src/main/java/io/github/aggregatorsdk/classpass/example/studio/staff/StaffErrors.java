package io.github.aggregatorsdk.classpass.example.studio.staff;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
  ResponseEntity<String> notFound(NoSuchElementException e) {
    return page(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(BadStaffInput.class)
  ResponseEntity<String> badInput(BadStaffInput e) {
    return page(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(StaffActionRefused.class)
  ResponseEntity<String> refused(StaffActionRefused e) {
    return page(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<String> missing(MissingServletRequestParameterException e) {
    return page(HttpStatus.BAD_REQUEST, "the form lacks the field " + e.getParameterName());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<String> malformed(MethodArgumentTypeMismatchException e) {
    // The value itself is not repeated: it may be anything a browser can send.
    return page(HttpStatus.BAD_REQUEST, "the field " + e.getName() + " is not a valid "
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

  private static ResponseEntity<String> page(HttpStatus status, String message) {
    String body =
        new Html()
            .add("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .add("<title>Not done</title></head><body style=\"font-family:system-ui,sans-serif;"
                + "margin:2em\">")
            .add("<h1>Not done</h1><p class=\"error\" role=\"alert\">%s</p>", message)
            .add("<p><a href=\"javascript:history.back()\">Back</a> · <a href=\"/\">Timetable</a>"
                + "</p></body></html>")
            .toString();
    return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(body);
  }
}
