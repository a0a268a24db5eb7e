package dev.awsmcp.core.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorKind;
import dev.awsmcp.api.exec.CallListener;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.json.CallResultJson;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * {@code call_aws}: runs one AWS CLI command, or a batch of up to {@value #MAX_COMMANDS} in order,
 * through the whole guarded pipeline. The answer is {@code {"results": [...]}} with one item per
 * command in the order given, each the JSON of its {@link CallResult} (the AWS answer as JSON,
 * never a JSON string). A service error is an item like any other; the call itself failed only
 * when its arguments were bad or every command was refused before reaching AWS.
 */
final class CallAwsTool {
  static final String NAME = "call_aws";
  static final int MAX_COMMANDS = 20;

  private static final String DESCRIPTION = "Run AWS CLI commands through a guarded engine; each answer comes back as"
      + " JSON. One command per string, starting with 'aws'. Quote values with spaces. No shell operators (| && ; >"
      + " $()). Trim with --query. If an item has paginationToken, run the same command again with --starting-token"
      + " <token> for the rest. --region * runs a read in every enabled region. Per item errors: fix 'validation' ones; for 'missing_context' ask the user.";

  private static final String INPUT = """
      {"type":"object","properties":{
      "cli_command":{"anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":20}],
      "description":"A command, or a list run in order"},
      "max_results":{"type":"integer","minimum":1,"description":"Stop paginating after this many items"}},
      "required":["cli_command"]}""";

  private static final String OUTPUT = """
      {"type":"object","properties":{"results":{"type":"array","items":{"type":"object","properties":{
      "ok":{"type":"boolean"},"response":{},"paginationToken":{"type":"string"},"error":{"type":"object"},
      "regions":{"type":"array","items":{"type":"object"}}},
      "required":["ok"]}}},"required":["results"]}""";

  private CallAwsTool() {}

  static ToolDefinition definition(Supplier<AwsMcp> engine, boolean readOnly) {
    // Read-only mode refuses every mutation, so the whole tool then only reads.
    ToolAnnotations hints = new ToolAnnotations(readOnly, !readOnly, false, true);
    return new ToolDefinition(NAME, DESCRIPTION, Schemas.parse(INPUT), Optional.of(Schemas.parse(OUTPUT)), hints,
        (args, context) -> call(engine, args, context));
  }

  private static ToolResult call(Supplier<AwsMcp> engine, ObjectNode arguments, ToolContext context) {
    List<String> commands;
    CallOptions options = CallOptions.defaults();
    try {
      ToolArguments args = new ToolArguments(arguments, "cli_command", "max_results");
      commands = args.textOrList("cli_command", MAX_COMMANDS);
      OptionalInt maxResults = args.optionalInt("max_results", 1, Integer.MAX_VALUE);
      if (maxResults.isPresent()) {
        options = options.withMaxResults(maxResults.getAsInt());
      }
    } catch (InvalidArgumentException e) {
      return e.toResult();
    }
    if (context.consentHandler().isPresent()) {
      options = options.withConsentHandler(context.consentHandler().get());
    }
    if (context.caller().isPresent()) {
      options = options.withCaller(context.caller().get());
    }
    AwsMcp aws = engine.get();
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    ArrayNode results = out.putArray("results");
    boolean allRefused = true;
    int n = commands.size();
    for (int i = 0; i < n; i++) {
      CallResult r = aws.call(commands.get(i), options.withListener(pageProgress(context, i, n)));
      results.add(CallResultJson.of(r));
      allRefused &= refused(r);
      int done = i + 1;
      context.progress(done, OptionalDouble.of(n), "command " + done + " of " + n + " done");
      r.truncation().ifPresent(t -> context.warn("command " + done + ": the answer was shortened from " + t.originalChars()
          + " to " + t.returnedChars() + " characters. " + t.hint()));
    }
    return new ToolResult(out, allRefused);
  }

  // Command i of n at page p reports i + p/(p+1): it grows with every page and stays below i + 1,
  // which the command's end reports, so progress never goes back. A --region * command reports
  // its regions the same way (its pages are not reported).
  private static CallListener pageProgress(ToolContext context, int i, int n) {
    return new CallListener() {
      @Override
      public void pageReceived(int pages) {
        context.progress(i + pages / (pages + 1.0), OptionalDouble.of(n),
            "command " + (i + 1) + " of " + n + ": page " + pages + " received");
      }

      @Override
      public void regionDone(String region, int done, int total) {
        context.progress(i + done / (total + 1.0), OptionalDouble.of(n),
            "command " + (i + 1) + " of " + n + ": " + region + " done (" + done + " of " + total + " regions)");
      }
    };
  }

  // Refused before anything reached AWS: the agent has to change the command.
  private static boolean refused(CallResult r) {
    if (r.ok()) {
      return false;
    }
    ErrorKind kind = r.error().orElseThrow().kind();
    return kind == ErrorKind.VALIDATION || kind == ErrorKind.MISSING_CONTEXT || kind == ErrorKind.POLICY;
  }
}
