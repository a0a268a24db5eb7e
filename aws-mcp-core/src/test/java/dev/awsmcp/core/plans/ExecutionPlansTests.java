package dev.awsmcp.core.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue: built-in plans, the user's directory over them, and every file the directory must skip. */
class ExecutionPlansTests {
  @TempDir Path dir;
  @TempDir Path outside;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  private ExecutionPlans plans(Path directory) {
    return ExecutionPlans.create(ExecutionPlanSettings.DEFAULTS.withDirectory(directory),
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private static String plan(String description) {
    return "---\ndescription: " + description + "\n---\n## Steps\n\nRun `aws sts get-caller-identity`.\n";
  }

  private static Map<String, String> reasons(PlanCatalog c) {
    return c.skipped().stream().collect(Collectors.toMap(s -> s.file().getFileName().toString(), SkippedPlanFile::reason));
  }

  @Test
  void withoutADirectoryTheCatalogueIsTheBuiltInPlans() {
    PlanCatalog c = ExecutionPlans.create(ExecutionPlanSettings.DEFAULTS).catalog();
    assertEquals(ExecutionPlans.builtInNames(), c.plans().stream().map(ExecutionPlan::name).toList());
    assertTrue(c.plans().stream().allMatch(ExecutionPlan::isBuiltIn));
    assertTrue(c.skipped().isEmpty());
  }

  @Test
  void theUsersPlansAreAddedAndReplaceBuiltInOnesOfTheSameName() throws Exception {
    Files.writeString(dir.resolve("rotate-secrets.md"), plan("Rotate secrets"));
    Files.writeString(dir.resolve("lambda-timeout.md"), plan("Our own Lambda timeout runbook"));
    Files.writeString(dir.resolve("tag-audit.script.md"), plan("The reference server's file name"));
    PlanCatalog c = plans(dir).catalog();
    List<String> names = c.plans().stream().map(ExecutionPlan::name).toList();
    assertEquals(ExecutionPlans.builtInNames().size() + 2, names.size(), names.toString());
    assertTrue(names.containsAll(List.of("rotate-secrets", "tag-audit")), names.toString());
    ExecutionPlan replaced = c.find("lambda-timeout").orElseThrow();
    assertEquals("Our own Lambda timeout runbook", replaced.description());
    assertEquals(Optional.of(dir.resolve("lambda-timeout.md")), replaced.file());
    assertEquals(List.of("lambda-timeout"), c.overriddenBuiltIns());
    assertTrue(c.markdown().contains("- `lambda-timeout`: Our own Lambda timeout runbook (user's plan, replaces the built-in one)"),
        c.markdown());
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("lambda-timeout of " + dir + " replaces the built-in one"), log.toString());
  }

  @Test
  void unusableFilesAreSkippedWithTheirReasonAndTheRestIsServed() throws Exception {
    Files.writeString(dir.resolve("good.md"), plan("Good"));
    Files.writeString(dir.resolve("no-front-matter.md"), "# Hello\n");
    Files.writeString(dir.resolve("Bad_Name.md"), plan("Bad name"));
    Files.write(dir.resolve("too-large.md"), ("---\ndescription: big\n---\n" + "x".repeat(PlanDirectory.MAX_FILE_BYTES))
        .getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("latin1.md"), "---\ndescription: caf\u00e9\n---\nsteps\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("twice.md"), plan("One"));
    Files.writeString(dir.resolve("twice.script.md"), plan("Two"));
    Files.createDirectory(dir.resolve("folder.md"));
    Files.writeString(dir.resolve("notes.txt"), "not a plan");
    Files.writeString(dir.resolve(".hidden.md"), "editor backup");
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("nested.md"), plan("Nested plans are not read"));

    PlanCatalog c = plans(dir).catalog();
    assertTrue(c.find("good").isPresent());
    assertTrue(c.find("twice").isPresent());
    assertFalse(c.find("nested").isPresent());
    Map<String, String> skipped = reasons(c);
    assertEquals(6, skipped.size(), skipped.toString());
    assertTrue(skipped.get("no-front-matter.md").contains("front matter"), skipped.toString());
    assertTrue(skipped.get("Bad_Name.md").contains("lower case"), skipped.toString());
    assertTrue(skipped.get("too-large.md").contains("larger than 256 KB"), skipped.toString());
    assertTrue(skipped.get("latin1.md").contains("UTF-8"), skipped.toString());
    assertEquals("One", c.find("twice").orElseThrow().description());
    assertTrue(skipped.get("twice.script.md").contains("already defines the plan 'twice'"), skipped.toString());
    assertTrue(skipped.get("folder.md").contains("not a regular file"), skipped.toString());
    assertTrue(c.markdown().contains("Skipped (tell the user)"), c.markdown());
    String warnings = log.toString(StandardCharsets.UTF_8);
    assertTrue(warnings.contains("WARNING: execution plans: " + dir.resolve("no-front-matter.md") + " skipped"), warnings);
  }

  @Test
  void aLinkIsFollowedOnlyToAFileInsideTheDirectory() throws Exception {
    Files.writeString(outside.resolve("secret.md"), plan("Outside"));
    Files.writeString(dir.resolve("target.md"), plan("Inside"));
    try {
      Files.createSymbolicLink(dir.resolve("escape.md"), outside.resolve("secret.md"));
      Files.createSymbolicLink(dir.resolve("alias.md"), dir.resolve("target.md"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links are not available here: " + e);
    }
    PlanCatalog c = plans(dir).catalog();
    assertFalse(c.find("escape").isPresent());
    assertTrue(reasons(c).get("escape.md").contains("outside the directory"), reasons(c).toString());
    assertEquals("Inside", c.find("alias").orElseThrow().description());
  }

  @Test
  void aMissingDirectoryIsReportedAndTheBuiltInPlansAreStillServed() {
    PlanCatalog c = plans(dir.resolve("nope")).catalog();
    assertEquals(ExecutionPlans.builtInNames().size(), c.plans().size());
    assertTrue(reasons(c).get("nope").contains("does not exist"), reasons(c).toString());
  }

  @Test
  void theDirectoryIsReadOnEachCallAndEachProblemReportedOnce() throws Exception {
    ExecutionPlans plans = plans(dir);
    assertFalse(plans.catalog().find("new-plan").isPresent());
    Files.writeString(dir.resolve("new-plan.md"), plan("Added while running"));
    Files.writeString(dir.resolve("broken.md"), "no front matter");
    assertEquals("Added while running", plans.catalog().find("new-plan").orElseThrow().description());
    plans.catalog();
    String warnings = log.toString(StandardCharsets.UTF_8);
    assertEquals(warnings.indexOf("broken.md"), warnings.lastIndexOf("broken.md"), warnings);
  }
}
