package dev.awsmcp.core.policy.iam;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reading condition values as numbers and dates, the way IAM accepts them. */
final class ConditionValues {
  private ConditionValues() {}

  static Optional<BigDecimal> number(String value) {
    try {
      return Optional.of(new BigDecimal(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** An ISO 8601 date or date-time, or epoch seconds (IAM takes both for the Date operators). */
  static Optional<Instant> instant(String value) {
    String v = value.trim();
    if (v.matches("-?\\d+")) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException notWithOffset) {
      try {
        return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
