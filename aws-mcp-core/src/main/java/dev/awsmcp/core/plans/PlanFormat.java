package dev.awsmcp.core.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan file: a YAML front matter between two {@code ---} lines, then the steps as
 * Markdown. The front matter needs {@code description}; {@code parameters} is optional, a list of
 * {@code name}, {@code description}, {@code required}. Other keys are ignored, so the reference
 * server's scripts (description only) read as plans too.
 */
final class PlanFormat {
  /** The longest description kept: it is one line of the catalogue the agent reads. */
  static final int MAX_DESCRIPTION = 300;

  private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build()).build()).build();

  private PlanFormat() {}

  static ExecutionPlan parse(String name, String text, Optional<Path> file) throws InvalidPlanException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = t.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      throw new InvalidPlanException("it does not start with a front matter: a line '---', the YAML, a line '---'");
    }
    int end = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new InvalidPlanException("its front matter has no closing '---' line");
    }
    JsonNode front = frontMatter(String.join("\n", lines.subList(1, end)));
    String description = description(front);
    List<PlanParameter> parameters = parameters(front.get("parameters"));
    String steps = String.join("\n", lines.subList(end + 1, lines.size())).strip();
    if (steps.isEmpty()) {
      throw new InvalidPlanException("it has no steps after its front matter");
    }
    return new ExecutionPlan(name, description, parameters, steps, file);
  }

  private static JsonNode frontMatter(String yaml) throws InvalidPlanException {
    JsonNode front;
    try {
      front = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidPlanException("its front matter is not valid YAML: " + e.getOriginalMessage());
    }
    if (front == null || !front.isObject()) {
      throw new InvalidPlanException("its front matter must be a YAML mapping with at least 'description'");
    }
    return front;
  }

  private static String description(JsonNode front) throws InvalidPlanException {
    JsonNode d = front.get("description");
    if (d == null || !d.isValueNode() || d.isNull() || d.asText().isBlank()) {
      throw new InvalidPlanException("its front matter has no 'description'");
    }
    String oneLine = d.asText().strip().replaceAll("\\s+", " ");
    if (oneLine.length() > MAX_DESCRIPTION) {
      throw new InvalidPlanException("its description is longer than " + MAX_DESCRIPTION + " characters");
    }
    return oneLine;
  }

  private static List<PlanParameter> parameters(JsonNode list) throws InvalidPlanException {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new InvalidPlanException("'parameters' must be a list of {name, description, required}");
    }
    List<PlanParameter> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode p : list) {
      JsonNode name = p.get("name");
      if (!p.isObject() || name == null || !name.isTextual() || !PlanParameter.NAME.matcher(name.asText()).matches()) {
        throw new InvalidPlanException("parameter " + (out.size() + 1) + " needs a 'name' matching " + PlanParameter.NAME);
      }
      if (!seen.add(name.asText())) {
        throw new InvalidPlanException("parameter '" + name.asText() + "' is declared twice");
      }
      JsonNode description = p.path("description");
      if (!description.isMissingNode() && !description.isNull() && !description.isValueNode()) {
        throw new InvalidPlanException("the description of parameter '" + name.asText() + "' must be text");
      }
      JsonNode required = p.path("required");
      if (!required.isMissingNode() && !required.isNull() && !required.isBoolean()) {
        throw new InvalidPlanException("'required' of parameter '" + name.asText() + "' must be true or false");
      }
      out.add(new PlanParameter(name.asText(), description.isValueNode() && !description.isNull() ? description.asText().strip().replaceAll("\\s+", " ") : "",
          required.asBoolean(false)));
    }
    return out;
  }
}
