package dev.awsmcp.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathExpansionTests {
  private final PathExpansion expansion = new PathExpansion(Map.of("HOME", "/home/agent", "DATA", "/srv/data", "EMPTY", ""));

  @ParameterizedTest
  @CsvSource({
      "~, /home/agent",
      "~/x.json, /home/agent/x.json",
      "~other/x, ~other/x",
      "a/~/b, a/~/b",
      "$HOME/x, /home/agent/x",
      "${DATA}/x, /srv/data/x",
      "$DATA$DATA, /srv/data/srv/data",
      "$UNKNOWN/x, $UNKNOWN/x",
      "${UNKNOWN}/x, ${UNKNOWN}/x",
      "a$EMPTY/b, a/b",
      "$, $",
      "plain.json, plain.json"})
  void expandsHomeThenVariablesFromTheEngineEnvironmentAsTheCliDoes(String written, String expanded) {
    assertEquals(expanded, expansion.expand(written));
  }
}
