package dev.awsmcp.core.protocol.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderListsTests {

  @Test
  void valuesWithCommasOrQuotesAreQuotedAndEscaped() {
    assertEquals("a, \"b,c\", \"\\\"def\\\"\", d e", HeaderLists.join(List.of("a", "b,c", "\"def\"", "d e"), true));
  }

  @Test
  void httpDatesAreNeverQuoted() {
    assertEquals("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT",
        HeaderLists.join(List.of("Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT"), false));
  }

  @Test
  void splittingUndoesJoining() {
    List<String> values = List.of("a", "b,c", "\"def\"", "back\\slash", "");
    assertEquals(values, HeaderLists.split(HeaderLists.join(values, true)));
  }

  @Test
  void splittingTrimsUnquotedValues() {
    assertEquals(List.of("a", "b", "c d"), HeaderLists.split("a,b ,  c d"));
  }

  @Test
  void httpDateListsSplitOnEverySecondComma() {
    assertEquals(List.of("Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT"),
        HeaderLists.splitHttpDates("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT"));
  }
}
