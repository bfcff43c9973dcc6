package io.github.aggregatorsdk.classpass.example.studio.staff;

import java.util.Arrays;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds an HTML page from trusted markup templates and untrusted values: every value passed to
 * {@link #add} is escaped, so a customer called {@code <script>} stays text.
 */
final class Html {

  private final StringBuilder out = new StringBuilder();

  /** Appends the template with each {@code %s} replaced by the matching value, escaped. */
  Html add(String template, Object... values) {
    Object[] escaped =
        Arrays.stream(values).map(value -> HtmlUtils.htmlEscape(String.valueOf(value))).toArray();
    out.append(String.format(template, escaped)).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
