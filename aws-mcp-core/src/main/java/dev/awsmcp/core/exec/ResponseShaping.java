package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.query.JmespathQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.smithy.jmespath.JmespathException;
import software.amazon.smithy.jmespath.JmespathExpression;

/**
 * The last steps of a successful call: {@code --query} over the merged answer, {@code --output}
 * rendering, and the size cap, in the order the CLI applies the first two.
 */
final class ResponseShaping {
  private ResponseShaping() {}

  static CallResult finish(CallResult.Builder result, ParsedCommand command, CallOptions options,
      ExecutorSettings settings, String operationName, PagedCall.Outcome outcome) {
    Optional<ResultContinuation> continuation = outcome.continuation();
    ObjectNode merged = outcome.merged();
    JsonNode response = merged;
    Optional<JmespathExpression> query = Optional.empty();
    try {
      if (command.query().isPresent()) {
        query = Optional.of(JmespathQueries.compile(command.query().get()));
        response = evaluate(query.get(), merged);
      }
      OutputFormat format = OutputFormat.fromCliName(command.output().orElse("json"));
      if (format != OutputFormat.JSON) {
        result.formatted(render(format, operationName, outcome, query, response));
      }
    } catch (JmespathException e) {
      return result.error(CommandError.forParameter(ErrorCode.INVALID_QUERY, "--query",
          "the query failed on the answer: " + e.getMessage())).build();
    } catch (UnrenderableOutputException | IllegalArgumentException e) {
      return result.error(CommandError.forParameter(ErrorCode.INVALID_GLOBAL_OPTION, "--output", e.getMessage())).build();
    }
    int cap = options.maxResponseChars().orElse(settings.maxResponseChars());
    // Measuring the answer walks all of it; an answer whose wire bodies are small enough cannot
    // reach the cap (its JSON is at most 6 chars per wire byte: a \\uXXXX escape), so skip it.
    ResponseLimiter.Limited limited = outcome.wireBytes() * 6 < cap
        ? new ResponseLimiter.Limited(response, Optional.empty(), Optional.empty())
        : ResponseLimiter.limit(response, cap, command.query().isPresent() ? Optional.empty() : continuation);
    limited.truncation().ifPresent(result::truncation);
    // When the cap cut the merged result list, its token resumes right after the last item shown.
    limited.continuationToken().or(outcome::nextToken).ifPresent(result::paginationToken);
    return result.response(limited.response()).build();
  }

  private static JsonNode evaluate(JmespathExpression query, JsonNode document) {
    JsonNode value = query.evaluate(document, JsonNodeJmespathRuntime.INSTANCE);
    return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value;
  }

  // The CLI prints text and yaml-stream page by page, each page queried on its own.
  private static String render(OutputFormat format, String operationName, PagedCall.Outcome outcome,
      Optional<JmespathExpression> query, JsonNode response) {
    if (format == OutputFormat.TEXT || format == OutputFormat.YAML_STREAM) {
      List<ObjectNode> documents = format == OutputFormat.TEXT ? outcome.textDocuments().get() : outcome.pageDocuments();
      if (outcome.pages() > 1 || documents.size() > 1) {
        List<JsonNode> pages = new ArrayList<>();
        for (JsonNode page : documents) {
          pages.add(query.isPresent() ? evaluate(query.get(), page) : page);
        }
        return format == OutputFormat.TEXT ? OutputRenderer.textPages(pages) : OutputRenderer.yamlStreamPages(pages);
      }
    }
    return OutputRenderer.render(format, operationName, response);
  }
}
