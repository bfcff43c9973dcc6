package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON form of {@code late_cancel_window}: written {@code HH:MM}; read from {@code HH:MM} (also
 * {@code HH:MM:SS}) or, because one implementation sent that instead, from a date-time such as
 * {@code 1970-01-01T08:00:00}, whose time of day is the window (8 hours here). The date and any
 * offset of such a value are ignored: it can only express windows under 24 hours, which is what
 * that implementation could send.
 */
final class LateCancelWindow {

  private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,4}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?).*");

  private LateCancelWindow() {}

  /** Parses either accepted form; empty for text in neither. */
  static Duration parse(String text) {
    String trimmed = text.trim();
    Matcher hoursMinutes = HOURS_MINUTES.matcher(trimmed);
    if (hoursMinutes.matches()) {
      Duration window =
          Duration.ofHours(Long.parseLong(hoursMinutes.group(1)))
              .plusMinutes(Long.parseLong(hoursMinutes.group(2)));
      String seconds = hoursMinutes.group(3);
      return seconds == null ? window : window.plusSeconds(Long.parseLong(seconds));
    }
    Matcher dateTime = DATE_TIME.matcher(trimmed);
    if (dateTime.matches()) {
      try {
        return Duration.ofNanos(LocalTime.parse(dateTime.group(1)).toNanoOfDay());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Formats as {@code HH:MM}, hours beyond 24 as they are, seconds dropped. Not with {@code
   * String.format}: that writes the default locale's digits (Arabic-Indic under {@code ar-EG}) and
   * costs microseconds per schedule pushed.
   */
  static String format(Duration window) {
    long hours = window.toHours();
    int minutes = window.toMinutesPart();
    return (hours < 10 ? "0" : "") + hours + (minutes < 10 ? ":0" : ":") + minutes;
  }

  /** Writes {@code HH:MM}. */
  static final class Writer extends StdSerializer<Duration> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Duration.class);
    }

    @Override
    public void serialize(Duration value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(format(value));
    }
  }

  /** Reads {@code HH:MM} or a date-time. */
  static final class Reader extends StdDeserializer<Duration> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (Duration) context.handleUnexpectedToken(Duration.class, parser);
      }
      String text = parser.getText();
      Duration window = parse(text);
      if (window == null) {
        return (Duration)
            context.handleWeirdStringValue(
                Duration.class, text, "expected HH:MM or a date-time for late_cancel_window");
      }
      return window;
    }
  }
}
