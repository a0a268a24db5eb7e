package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.command.Pagination;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.Member;
import java.util.ArrayList;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the words given to each argument into the API input, the pagination options and the
 * outfile, the way the CLI builds its call parameters. Values given explicitly win over
 * {@code --cli-input-json}.
 */
final class CallParameters {
  private final ObjectNode params = JsonNodeFactory.instance.objectNode();
  private String startingToken;
  private Integer pageSize;
  private Integer maxItems;
  private boolean manualPaging;
  private String outfile;
  private final Map<String, String> localArguments = new LinkedHashMap<>();
  private boolean skeleton;
  private CommandError error;
  private final List<String> pagingOptionsUsed = new ArrayList<>();

  private CallParameters() {}

  /** The operation a command calls, with the CLI customizations that apply to it. */
  record Target(ServiceModel service, String cliOperation, Operation operation, List<OperationCustomization> customizations) {}

  static CallParameters build(Map<CliArgument, List<String>> values, FileResolver files, BinaryFormat binaryFormat, Target target,
      boolean noPaginate) {
    CallParameters call = new CallParameters();
    ArgumentValueParser valueParser = new ArgumentValueParser(files, binaryFormat);
    Map<String, List<String>> customValues = new LinkedHashMap<>();
    ArgumentValueContext context = ArgumentValueContext.of(target.service(), target.cliOperation());
    JsonNode inputDocument = null;
    CliArgument positiveFlag = null;
    for (Map.Entry<CliArgument, List<String>> e : values.entrySet()) {
      CliArgument arg = e.getKey();
      List<String> words = e.getValue();
      Member member = arg.member();
      switch (arg.kind()) {
        case MEMBER: {
          ValueResult v = valueParser.parse(context, arg.cliName(), member, words);
          if (v.isError()) {
            return call.fail(v.error());
          }
          call.params.set(member.name(), v.value());
          if (arg.hidden()) {
            call.manualPaging = true;
          }
          break;
        }
        case BOOLEAN_TRUE:
        case BOOLEAN_FALSE:
          call.params.put(member.name(), arg.kind() == CliArgument.Kind.BOOLEAN_TRUE);
          break;
        case VALUE_BOOLEAN_TRUE: {
          positiveFlag = arg;
          if (words.isEmpty()) {
            call.params.set(member.name(), JsonNodeFactory.instance.objectNode().put("Value", true));
          } else {
            ValueResult v = valueParser.parse(context, arg.cliName(), member, words);
            if (v.isError()) {
              return call.fail(v.error());
            }
            call.params.set(member.name(), v.value());
          }
          break;
        }
        case VALUE_BOOLEAN_FALSE:
          if (positiveFlag != null && positiveFlag.member() == member) {
            return call.fail(CommandError.forParameter(ErrorCode.UNEXPECTED_ARGUMENT, arg.cliName(),
                "Cannot specify both the \"" + positiveFlag.cliName() + "\" option and the \"" + arg.cliName() + "\" option."));
          }
          call.params.set(member.name(), JsonNodeFactory.instance.objectNode().put("Value", false));
          break;
        case STARTING_TOKEN:
          call.startingToken = words.get(0);
          call.pagingOptionsUsed.add(arg.cliName());
          break;
        case PAGE_SIZE:
        case MAX_ITEMS: {
          OptionalInt n = parseInt(words.get(0));
          if (n.isEmpty()) {
            return call.fail(CommandError.forParameter(ErrorCode.INVALID_TYPE, arg.cliName(),
                "argument " + arg.cliName() + ": invalid int value: '" + words.get(0) + "'"));
          }
          if (arg.kind() == CliArgument.Kind.PAGE_SIZE) {
            call.pageSize = n.getAsInt();
          } else {
            call.maxItems = n.getAsInt();
          }
          call.pagingOptionsUsed.add(arg.cliName());
          break;
        }
        case CLI_INPUT_JSON:
        case CLI_INPUT_YAML: {
          InputDocument.Result doc = InputDocument.read(arg, words.get(0), files);
          if (doc.error() != null) {
            return call.fail(doc.error());
          }
          inputDocument = doc.document();
          break;
        }
        case GENERATE_CLI_SKELETON:
          call.skeleton = true;
          break;
        case OUTFILE:
          call.outfile = words.get(0);
          break;
        case CUSTOM:
          customValues.put(arg.name(), words);
          break;
        default:
          throw new IllegalStateException("unhandled argument kind " + arg.kind());
      }
    }
    if (noPaginate || call.manualPaging) {
      CommandError e = call.restoreShadowedMembers(values, valueParser);
      if (e != null) {
        return call.fail(e);
      }
    }
    if (call.skeleton) {
      return call; // only the skeleton is printed: customizations have nothing to check
    }
    for (OperationCustomization c : target.customizations()) {
      CommandError e = c.apply(customValues, call.params, target.service(), target.operation(), valueParser);
      if (e != null) {
        return call.fail(e);
      }
      call.localArguments.putAll(c.localArguments(customValues));
    }
    if (inputDocument != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = inputDocument.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!call.params.has(f.getKey())) {
          call.params.set(f.getKey(), f.getValue());
        }
      }
    }
    for (OperationCustomization c : target.customizations()) {
      CommandError e = c.beforeParameterBuild(call.params, target.service(), target.operation());
      if (e != null) {
        return call.fail(e);
      }
    }
    return call;
  }

  // Without auto-pagination the CLI puts back the model arguments its paging ones shadowed.
  private CommandError restoreShadowedMembers(Map<CliArgument, List<String>> values, ArgumentValueParser valueParser) {
    for (Map.Entry<CliArgument, List<String>> e : values.entrySet()) {
      CliArgument arg = e.getKey();
      if (arg.member() == null || (arg.kind() != CliArgument.Kind.STARTING_TOKEN
          && arg.kind() != CliArgument.Kind.PAGE_SIZE && arg.kind() != CliArgument.Kind.MAX_ITEMS)) {
        continue;
      }
      ValueResult v = valueParser.parse(arg.cliName(), arg.member(), e.getValue());
      if (v.isError()) {
        return v.error();
      }
      params.set(arg.member().name(), v.value());
      pagingOptionsUsed.remove(arg.cliName());
      switch (arg.kind()) {
        case STARTING_TOKEN -> startingToken = null;
        case PAGE_SIZE -> pageSize = null;
        default -> maxItems = null;
      }
    }
    return null;
  }

  private static OptionalInt parseInt(String s) {
    try {
      return OptionalInt.of(Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private CallParameters fail(CommandError e) {
    this.error = e;
    return this;
  }

  CommandError error() {
    return error;
  }

  ObjectNode params() {
    return params;
  }

  String outfile() {
    return outfile;
  }

  /** Customization arguments that name local files, not API input (see {@link OperationCustomization#localArguments}). */
  Map<String, String> localArguments() {
    return localArguments;
  }

  boolean skeleton() {
    return skeleton;
  }

  boolean usesPaginationOptions() {
    return !pagingOptionsUsed.isEmpty();
  }

  List<String> paginationOptionsUsed() {
    return pagingOptionsUsed;
  }

  // Using the operation's own token or limit argument turns auto-pagination off, as in the CLI.
  Pagination pagination(boolean paginatorExists, boolean noPaginate) {
    return new Pagination(
        paginatorExists,
        Optional.ofNullable(startingToken),
        pageSize == null ? OptionalInt.empty() : OptionalInt.of(pageSize),
        maxItems == null ? OptionalInt.empty() : OptionalInt.of(maxItems),
        noPaginate || manualPaging);
  }
}
