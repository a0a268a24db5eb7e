package dev.awsmcp.core.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two environment variables: the tool is on unless turned off, the directory is optional. */
class ExecutionPlanSettingsTests {
  private static ExecutionPlanSettings of(Map<String, String> env) {
    return ExecutionPlanSettings.fromEnvironment(env);
  }

  @Test
  void theToolIsOnUnlessTheVariableSaysOtherwise() {
    assertTrue(of(Map.of()).enabled());
    assertTrue(of(Map.of("EXPERIMENTAL_AGENT_SCRIPTS", " ")).enabled());
    for (String on : new String[] {"true", "TRUE", "yes", "1"}) {
      assertTrue(of(Map.of("EXPERIMENTAL_AGENT_SCRIPTS", on)).enabled(), on);
    }
    for (String off : new String[] {"false", "no", "0", "off"}) {
      assertFalse(of(Map.of("EXPERIMENTAL_AGENT_SCRIPTS", off)).enabled(), off);
    }
    assertEquals(ExecutionPlanSettings.DEFAULTS, of(Map.of()));
  }

  @Test
  void theDirectoryIsReadFromTheEnvironmentWithTheHomeExpanded() {
    assertEquals(Optional.empty(), of(Map.of("AWS_API_MCP_AGENT_SCRIPTS_DIR", "  ")).directory());
    assertEquals(Optional.of(Path.of("/srv/plans")), of(Map.of("AWS_API_MCP_AGENT_SCRIPTS_DIR", " /srv/plans ")).directory());
    assertEquals(Optional.of(Path.of(System.getProperty("user.home"), "plans")),
        of(Map.of("AWS_API_MCP_AGENT_SCRIPTS_DIR", "~/plans")).directory());
  }
}
