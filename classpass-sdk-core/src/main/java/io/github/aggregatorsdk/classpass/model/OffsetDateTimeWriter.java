package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * Writes an offset date-time with its own offset as {@code +HH:MM}: the contract's example is
 * {@code 2019-01-02T20:30:00+00:00}, and ISO's {@code Z} for UTC is a second spelling a strict
 * reader on the other side may not accept. Fractions of a second are kept when present, because
 * {@code last_updated} orders versions.
 */
final class OffsetDateTimeWriter extends StdSerializer<OffsetDateTime> {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HH:MM", "+00:00")
          .toFormatter();

  OffsetDateTimeWriter() {
    super(OffsetDateTime.class);
  }

  @Override
  public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    generator.writeString(FORMAT.format(value));
  }
}
