package dev.awsmcp.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileAccessTests {
  @ParameterizedTest
  @CsvSource({
      "workdir, WORKDIR", "unrestricted, UNRESTRICTED", "no-access, NO_ACCESS",
      "true, UNRESTRICTED", "YES, UNRESTRICTED", "1, UNRESTRICTED",
      "false, WORKDIR", "no, WORKDIR", "0, WORKDIR", "' Unrestricted ', UNRESTRICTED"})
  void everySpellingTheReferenceAcceptsSelectsItsMode(String value, FileAccess expected) {
    assertEquals(expected, FileAccess.fromEnvironment(Map.of(FileAccess.ENVIRONMENT_VARIABLE, value)));
  }

  @Test
  void anUnsetOrBlankVariableMeansWorkdir() {
    assertEquals(FileAccess.WORKDIR, FileAccess.fromEnvironment(Map.of()));
    assertEquals(FileAccess.WORKDIR, FileAccess.fromEnvironment(Map.of(FileAccess.ENVIRONMENT_VARIABLE, " ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"noaccess", "no_access", "unrestricted!", "2", "on", "workdir,unrestricted"})
  void anyOtherValueStopsStartupNamingTheVariableAndTheChoices(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FileAccess.fromEnvironment(Map.of(FileAccess.ENVIRONMENT_VARIABLE, value)));
    assertTrue(e.getMessage().contains(FileAccess.ENVIRONMENT_VARIABLE), e.getMessage());
    assertTrue(e.getMessage().contains("workdir, unrestricted, no-access"), e.getMessage());
    assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
  }
}
