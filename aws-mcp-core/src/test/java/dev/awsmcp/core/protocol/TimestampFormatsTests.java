package dev.awsmcp.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmcp.core.protocol.TimestampFormats.Format;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampFormatsTests {
  private static final Instant T = Instant.parse("2014-04-29T18:30:38Z");
  private static final Instant T_MILLIS = Instant.parse("2014-04-29T18:30:38.123Z");

  @Test
  void formatsEachWireFormat() {
    assertEquals("1398796238", TimestampFormats.format(T, Format.EPOCH_SECONDS));
    assertEquals("1398796238.123", TimestampFormats.format(T_MILLIS, Format.EPOCH_SECONDS));
    assertEquals("2014-04-29T18:30:38Z", TimestampFormats.format(T, Format.DATE_TIME));
    assertEquals("2014-04-29T18:30:38.123Z", TimestampFormats.format(T_MILLIS, Format.DATE_TIME));
    assertEquals("Tue, 29 Apr 2014 18:30:38 GMT", TimestampFormats.format(T_MILLIS, Format.HTTP_DATE));
  }

  @Test
  void sendsMillisecondsAtMost() {
    Instant micros = Instant.parse("2014-04-29T18:30:38.123456Z");
    assertEquals("1398796238.123", TimestampFormats.format(micros, Format.EPOCH_SECONDS));
    assertEquals("2014-04-29T18:30:38.123Z", TimestampFormats.format(micros, Format.DATE_TIME));
  }

  @ParameterizedTest
  @CsvSource({
      "unixTimestamp, EPOCH_SECONDS", "epoch-seconds, EPOCH_SECONDS",
      "iso8601, DATE_TIME", "date-time, DATE_TIME",
      "rfc822, HTTP_DATE", "http-date, HTTP_DATE"})
  void readsBotocoreAndSmithyFormatNames(String name, Format format) {
    assertEquals(format, Format.of(name));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2014-04-29T18:30:38Z|2014-04-29T18:30:38Z",
      "2014-04-29T18:30:38.5Z|2014-04-29T18:30:38.500Z",
      "2014-04-29T20:30:38+02:00|2014-04-29T18:30:38Z",
      "2014-04-29T18:30:38|2014-04-29T18:30:38Z",
      "2014-04-29 18:30:38|2014-04-29T18:30:38Z",
      "2014-04-29|2014-04-29T00:00:00Z"})
  void readsTheIsoInputsTheParserProduces(String input, String instant) {
    assertEquals(Instant.parse(instant), TimestampFormats.parseInput(input));
  }

  @Test
  void refusesInputThatIsNoTimestamp() {
    assertThrows(ProtocolException.class, () -> TimestampFormats.parseInput("yesterday"));
  }

  @Test
  void readsWireTextLeniently() {
    assertEquals(T, TimestampFormats.parseLeniently("1398796238", Format.DATE_TIME));
    assertEquals(T, TimestampFormats.parseLeniently("Tue, 29 Apr 2014 18:30:38 GMT", Format.EPOCH_SECONDS));
    assertEquals(T_MILLIS, TimestampFormats.parse("Tue, 29 Apr 2014 18:30:38.123 GMT", Format.HTTP_DATE));
    assertEquals(T, TimestampFormats.parse("2014-04-29T17:30:38-01:00", Format.DATE_TIME));
  }

  @Test
  void aDateTimeWithoutOffsetIsUtc() {
    assertEquals(T, TimestampFormats.parse("2014-04-29T18:30:38", Format.DATE_TIME));
  }

  @Test
  void fractionalEpochNumbersRoundToTheMicrosecondAsPythonDoes() {
    // 1700000000.1234565 is stored as 1700000000.1234564781...; Python prints .123456.
    assertEquals("2023-11-14T22:13:20.123456+00:00",
        TimestampFormats.toOutput(TimestampFormats.fromEpochSecondsAsPython(1700000000.1234565)));
    assertEquals("2023-11-14T22:13:20.123457+00:00",
        TimestampFormats.toOutput(TimestampFormats.fromEpochSecondsAsPython(1700000000.1234568)));
    assertEquals("2023-11-14T22:13:21+00:00",
        TimestampFormats.toOutput(TimestampFormats.fromEpochSecondsAsPython(1700000000.9999999)));
    assertEquals("1969-12-31T23:59:58.500000+00:00",
        TimestampFormats.toOutput(TimestampFormats.fromEpochSecondsAsPython(-1.5)));
  }

  @Test
  void outputIsPythonIsoformatInUtc() {
    assertEquals("2014-04-29T18:30:38+00:00", TimestampFormats.toOutput(T));
    assertEquals("2014-04-29T18:30:38.123000+00:00", TimestampFormats.toOutput(T_MILLIS));
    assertEquals("2014-04-29T18:30:38.000001+00:00", TimestampFormats.toOutput(T.plusNanos(1999)));
  }
}
