package dev.awsmcp.core.exec;

import dev.awsmcp.core.text.PythonJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Renders an answer (after pagination merging and {@code --query}) as the AWS CLI prints it with
 * {@code --output}: json, text and table byte for byte as AWS CLI v1 1.45.11, yaml and
 * yaml-stream as AWS CLI v2 (v1 has no YAML). Each result ends with a newline; an answer that
 * the CLI prints nothing for (an empty object; a falsy value for table) renders as "".
 *
 * <p>Two CLI behaviours depend on pagination, which the caller knows about: with
 * {@code --output text} the CLI prints each page separately (see
 * {@link PageMerger#textDocuments()} and {@link #textPages}), and {@code yaml-stream} writes each
 * page as its own list ({@link #yamlStreamPages}). Stateless and thread-safe.
 *
 * @throws UnrenderableOutputException (from every method) for documents the CLI also fails on
 */
final class OutputRenderer {
  private OutputRenderer() {}

  /**
   * @param operationName the API operation name ({@code DescribeInstances}), the table's title
   */
  static String render(OutputFormat format, String operationName, JsonNode document) {
    boolean emptyObject = document.isObject() && document.isEmpty();
    switch (format) {
      case JSON:
        return emptyObject ? "" : PythonJson.indented(document) + "\n";
      case TEXT:
        return TextFormat.render(document);
      case TABLE:
        return TableFormat.render(operationName, document);
      case YAML:
        return emptyObject ? "" : YamlFormat.dump(document);
      case YAML_STREAM:
        return emptyObject ? "" : YamlFormat.dump(JsonNodeFactory.instance.arrayNode().add(document));
      default:
        throw new IllegalArgumentException(format.toString());
    }
  }

  /** {@code --output text} of a paginated answer: each page's document (after its own query) in turn. */
  static String textPages(List<? extends JsonNode> documents) {
    StringBuilder out = new StringBuilder();
    documents.forEach(d -> out.append(TextFormat.render(d)));
    return out.toString();
  }

  /** {@code --output yaml-stream} of a paginated answer: each page (after its own query) as a one-item list. */
  static String yamlStreamPages(List<? extends JsonNode> pages) {
    StringBuilder out = new StringBuilder();
    pages.forEach(p -> out.append(YamlFormat.dump(JsonNodeFactory.instance.arrayNode().add(p))));
    return out.toString();
  }
}
