package dev.awsmcp.core.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading one plan file: the front matter, the parameters, the steps, and every way a file can be malformed. */
class PlanFormatTests {
  private static ExecutionPlan parse(String text) throws InvalidPlanException {
    return PlanFormat.parse("my-plan", text, Optional.empty());
  }

  @Test
  void aPlanHasItsDescriptionParametersAndSteps() throws Exception {
    ExecutionPlan p = parse("""
        ---
        description: >
          Check a thing
          across regions.
        parameters:
          - name: function_name
            description: The function.
            required: true
          - name: region
        ---
        ## Steps

        1. Run `aws sts get-caller-identity`.
        """);
    assertEquals("my-plan", p.name());
    assertEquals("Check a thing across regions.", p.description());
    assertEquals(List.of(new PlanParameter("function_name", "The function.", true), new PlanParameter("region", "", false)),
        p.parameters());
    assertEquals("## Steps\n\n1. Run `aws sts get-caller-identity`.", p.steps());
    assertTrue(p.isBuiltIn());
    String md = p.markdown();
    assertTrue(md.startsWith("# Execution plan: my-plan\n\nCheck a thing across regions.\n"), md);
    assertTrue(md.contains("- `function_name` (required): The function.\n- `region` (optional)\n"), md);
    assertTrue(md.contains("call_aws"), md);
    assertTrue(md.endsWith("1. Run `aws sts get-caller-identity`.\n"), md);
  }

  @Test
  void theReferenceServersScriptsReadAsPlans() throws Exception {
    // Description only, an unknown key, Windows line ends and a byte order mark.
    ExecutionPlan p = parse("\uFEFF---\r\ndescription: Do the thing\r\nglobs: '**/*.script.md'\r\n---\r\n# The thing\r\n\r\n## Steps\r\n");
    assertEquals("Do the thing", p.description());
    assertEquals(List.of(), p.parameters());
    assertEquals("# The thing\n\n## Steps", p.steps());
  }

  @Test
  void aDashedLineInTheStepsIsNotTheFrontMatter() throws Exception {
    ExecutionPlan p = parse("---\ndescription: d\n---\nfirst\n\n---\n\nsecond\n");
    assertEquals("first\n\n---\n\nsecond", p.steps());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      "# Just markdown\\n"                                                          | does not start with a front matter
      ""                                                                             | does not start with a front matter
      "---\\ndescription: d\\n"                                                      | no closing '---'
      "---\\ndescription: [unclosed\\n---\\nsteps\\n"                                | not valid YAML
      "---\\n- a list\\n---\\nsteps\\n"                                              | must be a YAML mapping
      "---\\n---\\nsteps\\n"                                                         | must be a YAML mapping
      "---\\ntitle: t\\n---\\nsteps\\n"                                              | no 'description'
      "---\\ndescription: '  '\\n---\\nsteps\\n"                                     | no 'description'
      "---\\ndescription: {a: b}\\n---\\nsteps\\n"                                   | no 'description'
      "---\\ndescription: d\\n---\\n  \\n"                                           | no steps
      "---\\ndescription: d\\nparameters: x\\n---\\nsteps\\n"                        | must be a list
      "---\\ndescription: d\\nparameters: [x]\\n---\\nsteps\\n"                      | needs a 'name'
      "---\\ndescription: d\\nparameters: [{name: Bad Name}]\\n---\\nsteps\\n"        | needs a 'name'
      "---\\ndescription: d\\nparameters: [{name: a}, {name: a}]\\n---\\nsteps\\n"    | declared twice
      "---\\ndescription: d\\nparameters: [{name: a, required: maybe}]\\n---\\ns\\n"  | must be true or false
      "---\\ndescription: d\\nparameters: [{name: a, description: [x]}]\\n---\\ns\\n" | must be text
      """)
  void aMalformedFileSaysWhatIsWrong(String text, String reason) {
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> parse(text.replace("\\n", "\n")));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void aDescriptionLongerThanOneCatalogueLineIsRefused() {
    String text = "---\ndescription: " + "x".repeat(PlanFormat.MAX_DESCRIPTION + 1) + "\n---\nsteps\n";
    InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> parse(text));
    assertTrue(e.getMessage().contains("longer than"), e.getMessage());
  }

  @Test
  void namesAreCheckedWhereverAPlanIsMade() {
    assertThrows(IllegalArgumentException.class, () -> new ExecutionPlan("Bad_Name", "d", List.of(), "s", Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new ExecutionPlan("-x", "d", List.of(), "s", Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new PlanParameter("1x", "", false));
  }
}
