package io.github.aggregatorsdk.classpass.spring;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.origin.Origin;
import org.springframework.validation.FieldError;

/** What Spring Boot's failure report shows for a property that broke a rule: name, value, rule. */
final class PropertyFailures {

  private PropertyFailures() {}

  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindValidationException invalid) {
        StringBuilder report = new StringBuilder();
        invalid.getValidationErrors().getAllErrors().forEach(error -> {
          String property = invalid.getValidationErrors().getName() + "."
              + (error instanceof FieldError field ? dashed(field.getField()) : "");
          report.append("Property: ").append(property)
              .append(" Value: ").append(error instanceof FieldError field
                  ? field.getRejectedValue() : "")
              .append(" Origin: ").append(Origin.from(error))
              .append(" Reason: ").append(error.getDefaultMessage()).append('\n');
        });
        return report.toString();
      }
    }
    throw new AssertionError("no property failed its rule", failure);
  }

  private static String dashed(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
