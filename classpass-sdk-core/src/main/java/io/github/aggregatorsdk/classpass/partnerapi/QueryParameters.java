package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query parameters of a list request, checked: paging ({@code page} from 1, {@code page_size}
 * from 1, by default page 1 of {@value #DEFAULT_PAGE_SIZE}; a size above {@value #MAX_PAGE_SIZE} is
 * clamped to it, as the contract asks) and the schedules' date range, which must lie between a year
 * before and five years after the clock's today. Both numbers must fit an {@code int}; nothing
 * computed from them overflows ({@link PageRequest#offset()} is a {@code long}). Unknown parameters
 * are ignored; a known one given twice is an error. Error messages name the parameter, never echo
 * its value.
 */
final class QueryParameters {

  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** How far before today a schedule date may lie. */
  static final Period MOST_BACK = Period.ofYears(1);

  /** How far after today a schedule date may lie. */
  static final Period MOST_AHEAD = Period.ofYears(5);

  private final Map<String, String> values;
  private final Map<String, Integer> counts;
  private final Clock clock;

  private QueryParameters(Map<String, String> values, Map<String, Integer> counts, Clock clock) {
    this.values = values;
    this.counts = counts;
    this.clock = clock;
  }

  /**
   * Parses a raw query string ({@code a=1&b=2}, still percent-encoded); null or empty for none.
   *
   * @throws Rejection when a name or value is not validly percent-encoded UTF-8
   */
  static QueryParameters parse(String rawQuery, Clock clock) {
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.putIfAbsent(name, value);
        counts.merge(name, 1, Integer::sum);
      }
    }
    return new QueryParameters(values, counts, clock);
  }

  /**
   * The page asked for.
   *
   * @throws Rejection when {@code page} or {@code page_size} is not an integer from 1 that fits
   *     an {@code int}
   */
  PageRequest paging() {
    int page = integer("page", 1);
    int size = Math.min(integer("page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
    return new PageRequest(page, size);
  }

  /**
   * The inclusive date range {@code start_date} to {@code end_date}.
   *
   * @param maxDays the most days the range may cover, both ends counted
   * @throws Rejection when a date is missing, not {@code YYYY-MM-DD} or outside the plausible
   *     range, or the range is inverted or too long
   */
  DateRange dateRange(int maxDays) {
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest = today.minus(MOST_BACK);
    LocalDate latest = today.plus(MOST_AHEAD);
    LocalDate start = plausible(date("start_date"), "start_date", earliest, latest);
    LocalDate end = plausible(date("end_date"), "end_date", earliest, latest);
    if (end.isBefore(start)) {
      throw Rejection.badRequest("end_date must not be before start_date");
    }
    if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
      throw Rejection.badRequest(
          "start_date to end_date may cover at most " + maxDays + " days, both included");
    }
    return new DateRange(start, end);
  }

  /** An inclusive range of days, {@code from} not after {@code to}. */
  record DateRange(LocalDate from, LocalDate to) {}

  private int integer(String name, int absent) {
    Optional<String> text = single(name);
    if (text.isEmpty()) {
      return absent;
    }
    // ASCII digits only: Integer.parseInt would also take other scripts' digits and a sign.
    long value = DIGITS.matcher(text.get()).matches() ? Long.parseLong(text.get()) : -1;
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw Rejection.badRequest(name + " must be an integer from 1 to " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  private static LocalDate plausible(
      LocalDate date, String name, LocalDate earliest, LocalDate latest) {
    if (date.isBefore(earliest) || date.isAfter(latest)) {
      throw Rejection.badRequest(
          name + " must lie between " + earliest + " and " + latest + " (a year back to five years ahead)");
    }
    return date;
  }

  private LocalDate date(String name) {
    String text =
        single(name).orElseThrow(() -> Rejection.badRequest(name + " is required (YYYY-MM-DD)"));
    try {
      return LocalDate.parse(text, ISO_DATE);
    } catch (DateTimeParseException e) {
      throw Rejection.badRequest(name + " must be a date YYYY-MM-DD");
    }
  }

  private Optional<String> single(String name) {
    if (counts.getOrDefault(name, 0) > 1) {
      throw Rejection.badRequest(name + " must be given at most once");
    }
    return Optional.ofNullable(values.get(name));
  }

  private static String decode(String raw) {
    try {
      return PercentDecoding.queryComponent(raw);
    } catch (IllegalArgumentException e) {
      throw Rejection.badRequest("the query string is not validly percent-encoded UTF-8");
    }
  }
}
