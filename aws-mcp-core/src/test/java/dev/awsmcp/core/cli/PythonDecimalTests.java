package dev.awsmcp.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Python's Decimal(str): each input with str(Decimal(input)) from Python 3.11.7, "special" for infinities and NaN, null where it raises. */
class PythonDecimalTests {
  private static final String[][] CASES = {
      {"1", "1"},
      {"1.50", "1.50"},
      {" 2.5\n", "2.5"},
      {"1__0", "10"},
      {"_1", "1"},
      {"1_.5", "1.5"},
      {"+.5", "0.5"},
      {"5.", "5"},
      {".", null},
      {"1e5", "1E+5"},
      {"1E+5", "1E+5"},
      {"-3e-2", "-0.03"},
      {"inf", "special"},
      {"-Infinity", "special"},
      {"nan", "special"},
      {"snan", "special"},
      {"1e", null},
      {"0x10", null},
      {"\uff11\uff12", "12"},
      {"", null},
      {"abc", null},
      {"1.2.3", null},
      {"--1", null},
      {"1e400", "1E+400"}
  };

  @Test
  void readsAsPythonDecimal() {
    for (String[] c : CASES) {
      if (c[1] == null) {
        assertTrue(PythonDecimal.parse(c[0]).isEmpty() && !PythonDecimal.isSpecial(c[0]), c[0]);
      } else if (c[1].equals("special")) {
        assertTrue(PythonDecimal.parse(c[0]).isEmpty() && PythonDecimal.isSpecial(c[0]), c[0]);
      } else {
        assertEquals(0, new BigDecimal(c[1]).compareTo(PythonDecimal.parse(c[0]).orElseThrow()), c[0]);
      }
    }
  }
}
