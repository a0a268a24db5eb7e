package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast path reads exactly what java.time reads, and leaves everything else to it. */
class Rfc3339TimestampsTests {

  private static Instant javaTime(String s) {
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2026-11-22T06:44:35.000Z", "2026-11-22T06:44:35Z", "2026-11-22T06:44:35z",
      "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00+14:00", "2026-11-22T06:44:35.5-00:30",
      "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.123456-18:00"})
  void theCommonShapesReadAsJavaTimeReadsThem(String text) {
    assertEquals(javaTime(text), Rfc3339Timestamps.parseOrNull(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2026-11-22T06:44Z", "2026-11-22 06:44:35Z", "2026-11-22T06:44:35", "2026-11-22T06:44:35.Z",
      "2026-11-22T06:44:35.1234567891Z", "2026-13-22T06:44:35Z", "2026-02-30T06:44:35Z",
      "2026-11-22T24:00:00Z", "2026-11-22T23:59:60Z", "2026-11-22T06:44:35+0000", "2026-11-22T06:44:35+19:00",
      "2026-11-22T06:44:35+01:60", "2026-11-22T06:44:35Z[UTC]", "+2026-11-22T06:44:35Z", "2026-1a-22T06:44:35Z",
      "2026-11-22T06:44:35.000Zjunk", ""})
  void anythingElseIsLeftToTheGeneralFormatters(String text) {
    assertNull(Rfc3339Timestamps.parseOrNull(text));
  }

  @Test
  void randomTimestampsAgreeWithJavaTimeWheneverTheFastPathAnswers() {
    Random random = new Random(20261122);
    String[] offsets = {"Z", "+00:00", "-00:00", "+05:30", "-08:00", "+14:00", "-12:45"};
    int answered = 0;
    for (int i = 0; i < 20_000; i++) {
      String fraction = switch (random.nextInt(4)) {
        case 0 -> "";
        case 1 -> "." + random.nextInt(10);
        case 2 -> String.format(".%03d", random.nextInt(1000));
        default -> String.format(".%09d", random.nextInt(1_000_000_000));
      };
      String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", 1 + random.nextInt(9999), 1 + random.nextInt(13),
          1 + random.nextInt(31), random.nextInt(25), random.nextInt(60), random.nextInt(61), fraction,
          offsets[random.nextInt(offsets.length)]);
      Instant fast = Rfc3339Timestamps.parseOrNull(text);
      assertEquals(javaTime(text), fast, text);
      answered += fast == null ? 0 : 1;
    }
    // Most generated dates are valid; the fast path must have answered for them.
    assertTrue(answered > 15_000, "answered " + answered);
  }
}
