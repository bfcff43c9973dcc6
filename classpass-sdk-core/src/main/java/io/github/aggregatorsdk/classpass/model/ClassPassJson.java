package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The SDK's own Jackson configuration for the ClassPass wire format.
 *
 * <p>Use it to read or write the records of this package; never hand them to a host application's
 * {@code ObjectMapper}, whose global settings (naming strategy, inclusion, date handling) would
 * change the JSON ClassPass receives. The format:
 *
 * <ul>
 *   <li>date-times with offset ({@link OffsetDateTime}) are written as given, e.g. {@code
 *       2019-01-02T20:30:00+00:00} (never {@code Z}, never a number), and read without adjusting
 *       them to UTC;
 *   <li>local date-times ({@link LocalDateTime}, the bookable window) are written {@code
 *       YYYY-MM-DDTHH:MM:SS};
 *   <li>unknown JSON properties are ignored when reading;
 *   <li>which absent fields are omitted is declared on each record.
 * </ul>
 */
public final class ClassPassJson {

  private static final DateTimeFormatter LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private ClassPassJson() {}

  /**
   * Creates a new mapper configured for the ClassPass wire format. Each call returns a fresh
   * instance, so a caller that reconfigures its copy cannot affect the SDK's.
   *
   * @return a new, fully configured mapper; never null
   */
  public static ObjectMapper newObjectMapper() {
    SimpleModule wireFormats = new SimpleModule("classpass-wire-formats");
    wireFormats.addSerializer(OffsetDateTime.class, new OffsetDateTimeWriter());
    wireFormats.addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(LOCAL_DATE_TIME));
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        // Registered after JavaTimeModule so that its serializers win.
        .addModule(wireFormats)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }
}
