package dev.awsmcp.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.CommandParser;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.Pagination;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.model.ModelException;
import dev.awsmcp.core.query.JmespathQueries;
import dev.awsmcp.core.text.DidYouMean;
import dev.awsmcp.core.text.Shown;
import software.amazon.smithy.jmespath.JmespathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The AWS CLI v1 dialect, read against the service models: tokenising, global options anywhere,
 * service and operation lookup with the CLI's names, the operation's argument table, values by
 * shape, {@code --cli-input-json}, pagination options and the region. Thread-safe; never throws
 * for bad input.
 */
public final class AwsCliCommandParser implements CommandParser {
  /** Longest command line accepted, in characters. */
  public static final int DEFAULT_MAX_LENGTH = 512 * 1024;

  // Top-level commands that are not services: only s3's are API work; configure and history
  // touch local configuration and are refused, as in the reference.
  private static final Set<String> SUPPORTED_TOP_LEVEL = Set.of("s3");

  private final CliServiceTable services;
  private final FileResolver files;
  private final RegionResolver regions;
  private final int maxLength;

  /**
   * @param services the CLI command tree over the loaded models
   * @param files reads {@code file://} and {@code fileb://} values
   * @param configuredRegion the configured default region of a profile (empty = default profile)
   * @param maxLength the longest command line accepted
   */
  public AwsCliCommandParser(
      CliServiceTable services,
      FileResolver files,
      Function<Optional<String>, Optional<String>> configuredRegion,
      int maxLength) {
    this.services = services;
    this.files = files;
    this.regions = new RegionResolver(configuredRegion);
    this.maxLength = maxLength;
  }

  @Override
  public ParseResult parse(String commandLine) {
    try {
      return parseChecked(commandLine);
    } catch (ModelException e) {
      return ParseResult.failure(CommandError.of(ErrorCode.MODEL_ERROR, "The service model could not be loaded: " + e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug, not bad input; still never escapes to the caller.
      return ParseResult.failure(CommandError.of(ErrorCode.TOKENIZE_ERROR,
          "The command could not be read (" + e.getClass().getSimpleName() + "): " + e.getMessage()));
    }
  }

  private ParseResult parseChecked(String commandLine) {
    if (commandLine == null || commandLine.isBlank()) {
      return fail(ErrorCode.EMPTY_COMMAND, "The command is empty: give an AWS CLI command such as 'aws s3api list-buckets'.");
    }
    if (commandLine.length() > maxLength) {
      return fail(ErrorCode.INPUT_TOO_LARGE, "The command is " + commandLine.length()
          + " characters long; the limit is " + maxLength + ". Put large values in a file and use file://.");
    }
    CommandTokenizer.Tokenized tokenized = CommandTokenizer.tokenize(commandLine);
    if (tokenized.error() != null) {
      return ParseResult.failure(tokenized.error());
    }
    List<Token> words = tokenized.tokens();
    if (!words.isEmpty() && words.get(0).text().equals("aws") && !words.get(0).quoted()) {
      words = words.subList(1, words.size());
    }
    GlobalOptionsParser.Result globals = GlobalOptionsParser.parse(words);
    if (globals.error() != null) {
      return ParseResult.failure(globals.error());
    }
    Optional<String> query = Optional.ofNullable(globals.options().get(GlobalOption.QUERY));
    if (query.isPresent()) {
      try {
        JmespathQueries.compile(query.get());
      } catch (JmespathException e) {
        return ParseResult.failure(CommandError.forParameter(ErrorCode.INVALID_QUERY, "--query",
            "Bad value for --query " + query.get() + ": " + e.getMessage()));
      }
    }
    List<Token> rest = globals.rest();
    if (rest.isEmpty()) {
      return fail(ErrorCode.EMPTY_COMMAND, "No service given: write 'aws <service> <operation> [options]'.");
    }
    CommandContext ctx = new CommandContext(commandLine, globals.options());
    String cliService = rest.get(0).text();
    if (rest.get(0).looksLikeOption()) {
      return unknownOption(rest.get(0).text());
    }
    if (cliService.equals("help")) {
      return ParseResult.success(ctx.help("", "aws", "", ""));
    }
    Optional<String> model = services.modelName(cliService);
    Set<String> highLevel = services.highLevelCommands(cliService);
    if (model.isEmpty()) {
      if (HighLevelCommands.topLevel().contains(cliService) && !SUPPORTED_TOP_LEVEL.contains(cliService)) {
        return fail(ErrorCode.UNSUPPORTED_COMMAND, "'aws " + cliService + "' is not an AWS API command and is not supported.");
      }
      if (highLevel.isEmpty()) {
        List<String> suggestions = DidYouMean.suggest(cliService, allServiceNames(), 3);
        return ParseResult.failure(CommandError.of(ErrorCode.UNKNOWN_SERVICE, "Unknown service '" + Shown.word(cliService) + "'."
            + didYouMean(suggestions)).withSuggestions(suggestions));
      }
    }
    if (rest.size() < 2) {
      return fail(ErrorCode.MISSING_OPERATION, "No operation given for '" + cliService
          + "': write 'aws " + cliService + " <operation>', or 'aws " + cliService + " help' to list them.");
    }
    Token opToken = rest.get(1);
    String cliOperation = opToken.text();
    if (cliOperation.equals("help")) {
      return ParseResult.success(ctx.help(cliService, model.orElse(cliService), "", ""));
    }
    Map<String, String> operations = model.isPresent() ? services.operations(cliService) : Map.of();
    String apiName = operations.get(cliOperation);
    if (apiName == null) {
      if (highLevel.contains(cliOperation)) {
        return parseCustom(ctx, cliService, model.orElse(cliService), cliOperation, rest.subList(2, rest.size()));
      }
      if (services.isRemoved(cliService, cliOperation)) {
        return fail(ErrorCode.UNSUPPORTED_COMMAND, "The AWS CLI does not offer 'aws " + cliService + " " + cliOperation + "'.");
      }
      if (opToken.looksLikeOption()) {
        return fail(ErrorCode.MISSING_OPERATION, "No operation given for '" + cliService + "' before '" + Shown.word(cliOperation) + "'.");
      }
      List<String> candidates = new ArrayList<>(operations.keySet());
      candidates.addAll(highLevel);
      List<String> suggestions = DidYouMean.suggest(cliOperation, candidates, 3);
      return ParseResult.failure(CommandError.of(ErrorCode.UNKNOWN_OPERATION, "Unknown operation '" + Shown.word(cliOperation)
          + "' for service '" + cliService + "'." + didYouMean(suggestions)).withSuggestions(suggestions));
    }
    List<Token> args = rest.subList(2, rest.size());
    if (!args.isEmpty() && args.get(args.size() - 1).text().equals("help") && !args.get(args.size() - 1).quoted()) {
      return ParseResult.success(ctx.help(cliService, model.get(), cliOperation, apiName));
    }
    ArgumentTable table = services.argumentTable(cliService, cliOperation);
    OperationArgumentsParser.Result parsedArgs = OperationArgumentsParser.parse(table, args);
    if (parsedArgs.error() != null) {
      return ParseResult.failure(parsedArgs.error());
    }
    CallParameters call = CallParameters.build(parsedArgs.values(), files, ctx.binaryFormat(),
        services.target(cliService, cliOperation), ctx.noPaginate());
    if (call.error() != null) {
      return ParseResult.failure(call.error());
    }
    if (call.skeleton()) {
      return ParseResult.success(ctx.help(cliService, model.get(), cliOperation, apiName));
    }
    boolean paginatorExists = table.options().containsKey("starting-token")
        && services.catalog().load(model.get()).flatMap(m -> m.paginator(apiName)).isPresent();
    Pagination pagination = Ec2PageSizeDefault.apply(cliService, cliOperation, call.params(),
        call.pagination(paginatorExists, ctx.noPaginate()));
    if (ctx.noPaginate() && call.usesPaginationOptions()) {
      return fail(ErrorCode.INVALID_GLOBAL_OPTION,
          "Cannot specify --no-paginate along with pagination arguments: " + String.join(", ", call.paginationOptionsUsed()));
    }
    return ParseResult.success(ctx.operation(cliService, model.get(), cliOperation, apiName, call.params(), pagination, call.outfile(), call.localArguments(), regions));
  }

  // High-level commands: waiters read their operation's arguments; the rest their argparse spec.
  private ParseResult parseCustom(CommandContext ctx, String cliService, String service, String command, List<Token> args) {
    JsonNode spec = HighLevelCommands.spec(cliService, command).orElseThrow();
    String name = command;
    // The subcommand is optional to argparse: without one, a command with arguments of its own runs
    // itself (awscli attaches CodeDeploy's push/register/... to every command named "deploy",
    // cloudformation's included, which still runs as "aws cloudformation deploy --template-file ...").
    boolean runsItself = spec.has("args") && (args.isEmpty() || args.get(0).looksLikeOption());
    if (spec.has("subcommands") && !runsItself) {
      if (args.isEmpty() || args.get(0).looksLikeOption()) {
        return fail(ErrorCode.MISSING_OPERATION, "'aws " + cliService + " " + command + "' needs a subcommand: one of "
            + String.join(", ", iterable(spec.get("subcommands").fieldNames())) + ".");
      }
      String sub = args.get(0).text();
      if (!spec.get("subcommands").has(sub)) {
        List<String> suggestions = DidYouMean.suggest(sub, iterable(spec.get("subcommands").fieldNames()), 3);
        return ParseResult.failure(CommandError.of(ErrorCode.UNKNOWN_OPERATION, "Unknown subcommand '" + Shown.word(sub) + "' of 'aws "
            + cliService + " " + command + "'." + didYouMean(suggestions)).withSuggestions(suggestions));
      }
      spec = spec.get("subcommands").get(sub);
      name = command + " " + sub;
      args = args.subList(1, args.size());
    }
    if (!args.isEmpty() && args.get(args.size() - 1).text().equals("help") && !args.get(args.size() - 1).quoted()) {
      return ParseResult.success(ctx.help(cliService, service, name, name));
    }
    ObjectNode params;
    if (spec.has("operation") && services.modelName(cliService).isPresent()) {
      String cliOperation = CliNames.xform(spec.get("operation").asText());
      OperationArgumentsParser.Result parsedArgs = OperationArgumentsParser.parse(services.argumentTable(cliService, cliOperation), args);
      if (parsedArgs.error() != null) {
        return ParseResult.failure(parsedArgs.error());
      }
      CallParameters call = CallParameters.build(parsedArgs.values(), files, ctx.binaryFormat(), services.target(cliService, cliOperation), ctx.noPaginate());
      if (call.error() != null) {
        return ParseResult.failure(call.error());
      }
      params = call.params();
    } else {
      CustomCommandParser.Result r = CustomCommandParser.parse(spec, args);
      if (r.error() != null) {
        return ParseResult.failure(r.error());
      }
      params = r.params();
    }
    return ParseResult.success(ctx.custom(cliService, service, name, params, regions));
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private List<String> allServiceNames() {
    List<String> names = new ArrayList<>(services.cliServices());
    names.addAll(HighLevelCommands.topLevel());
    return names;
  }

  private static ParseResult unknownOption(String word) {
    return fail(ErrorCode.UNKNOWN_PARAMETER, "Unknown option '" + Shown.word(word) + "' before the service name.");
  }

  static String didYouMean(List<String> suggestions) {
    return suggestions.isEmpty() ? "" : " Did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "?";
  }

  private static ParseResult fail(ErrorCode code, String message) {
    return ParseResult.failure(CommandError.of(code, message));
  }
}
