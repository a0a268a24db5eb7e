package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArgumentValueTimestampTests {
  /**
   * Inputs botocore's dateutil reads but we refuse on purpose, each with the reason. Everything
   * else in {@code timestamp-golden.json} must match botocore exactly.
   */
  private static final Map<String, String> REFUSED_ON_PURPOSE = Map.ofEntries(
      Map.entry("2020-01-02T03:04:05 EST", "dateutil ignores the unknown zone and botocore then assumes UTC"),
      Map.entry("10:00", "dateutil fills in today's date: not reproducible"),
      Map.entry("2020-01", "dateutil fills in today's day of the month: not reproducible"),
      Map.entry("1,5", "dateutil reads January 5th of the current year: not reproducible"),
      Map.entry("01 Jan 20", "two-digit year, guessed by dateutil"),
      Map.entry("Sun Jan  5 10:00:00 2020", "ctime layout: rare, and not ISO 8601 or RFC 1123"),
      Map.entry("2020-01-02T03:04:05GMT+2", "POSIX zone with inverted sign: means UTC-2, a trap"));

  static Stream<Arguments> golden() throws IOException {
    JsonNode doc;
    try (InputStream in = ArgumentValueTimestampTests.class.getResourceAsStream("timestamp-golden.json")) {
      doc = new ObjectMapper().readTree(in);
    }
    List<Arguments> out = new ArrayList<>();
    doc.get("cases").forEach(c -> out.add(Arguments.of(c.get(0).asText(), c.get(1).asText())));
    return out.stream();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @MethodSource("golden")
  void readsTimestampsAsBotocoreDoes(String input, String botocore) {
    Optional<String> ours = TimestampValueParser.normalize(input);
    if (REFUSED_ON_PURPOSE.containsKey(input)) {
      assertEquals(Optional.empty(), ours, REFUSED_ON_PURPOSE.get(input));
    } else if (botocore.equals("ERROR")) {
      assertEquals(Optional.empty(), ours, "botocore refuses this");
    } else {
      assertEquals(Optional.of(botocore), ours);
    }
  }

  @Test
  void jsonNumbersAreEpochSeconds() {
    assertEquals(Optional.of("2020-09-13T12:26:40Z"), TimestampValueParser.fromEpochSeconds(BigInteger.valueOf(1600000000)));
    assertEquals(Optional.of("2020-09-13T12:26:40.25Z"), TimestampValueParser.fromEpochSeconds(1600000000.25));
    assertEquals(Optional.empty(), TimestampValueParser.fromEpochSeconds(new BigInteger("99999999999999999999")));
    assertEquals(Optional.empty(), TimestampValueParser.fromEpochSeconds(Double.NaN));
  }

  @Test
  void overlongTextIsRefusedWithoutWork() {
    assertEquals(Optional.empty(), TimestampValueParser.normalize("1".repeat(1_000_000)));
  }
}
