package dev.awsmcp.core;

import dev.awsmcp.api.CommandParser;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.Executor;
import dev.awsmcp.api.SafetyPolicy;
import dev.awsmcp.api.ValidationReport;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.PolicyDecision;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.policy.OperationClassifier;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.Validator;
import dev.awsmcp.core.cli.AwsCliCommandParser;
import dev.awsmcp.core.cli.CliServiceTable;
import dev.awsmcp.core.config.ConfiguredRegion;
import dev.awsmcp.core.files.LocalFileResolver;
import dev.awsmcp.core.model.ModelDiscovery;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.validate.ModelValidator;
import dev.awsmcp.core.exec.ExecutorSettings;
import dev.awsmcp.core.exec.AwsCallExecutor;
import dev.awsmcp.core.suggest.OfflineCommandSuggester;
import dev.awsmcp.core.suggest.SuggestCacheLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's one public entry point: finds the AWS service models and wires the parser and
 * validator over them. Build once and share: every part is thread-safe, and models load lazily
 * per service on first use.
 *
 * <pre>{@code
 * AwsMcp engine = AwsMcp.builder().build();
 * CallResult r = engine.call("aws ec2 describe-instances --instance-ids i-1");
 * r.response().ifPresent(System.out::println);
 * }</pre>
 */
public final class AwsMcp {
  private final ServiceCatalog catalog;
  private final CliServiceTable services;
  private final CommandParser parser;
  private final Validator validator;
  private final SafetyPolicy policy;
  private final Executor executor;
  private final Path suggestCacheDirectory;
  private volatile OfflineCommandSuggester suggester;

  private AwsMcp(Builder b) {
    List<Path> paths = new ArrayList<>(b.modelPaths);
    paths.addAll(ModelDiscovery.pathsFromEnvironment(b.environment.get(ModelDiscovery.MODELS_PATH_ENV)));
    this.catalog = new ServiceCatalog(ModelDiscovery.discover(paths, b.classLoader, b.searchInstalledModels));
    this.services = new CliServiceTable(catalog);
    FileResolver files = b.fileResolver != null ? b.fileResolver : LocalFileResolver.unrestricted();
    Optional<String> profile = Optional.ofNullable(b.profile)
        .or(() -> Optional.ofNullable(b.environment.get("AWS_API_MCP_PROFILE_NAME")))
        .or(() -> Optional.ofNullable(b.environment.get("AWS_PROFILE")));
    ConfiguredRegion region = new ConfiguredRegion(Optional.ofNullable(b.region), profile, b.environment);
    this.parser = new AwsCliCommandParser(services, files, region, b.maxCommandLength);
    this.validator = new ModelValidator(catalog);
    ExecutorSettings settings = ExecutorSettings.fromEnvironment(b.environment);
    if (b.connectTimeout != null) {
      settings = settings.withTimeouts(b.connectTimeout, b.readTimeout);
    }
    if (b.maxAttempts != null) {
      settings = settings.withMaxAttempts(b.maxAttempts);
    }
    if (b.workingDirectory != null) {
      settings = settings.withWorkingDirectory(b.workingDirectory);
    }
    // AWS_PROFILE is left to the credential chain, which ranks it below environment keys as the CLI does.
    Optional<String> credentialsProfile = Optional.ofNullable(b.profile)
        .or(() -> Optional.ofNullable(b.environment.get("AWS_API_MCP_PROFILE_NAME")));
    this.executor = AwsCallExecutor.create(catalog, settings, credentialsProfile, b.environment);
    boolean readOnly = b.readOnly != null ? b.readOnly : isTrue(b.environment.get("READ_OPERATIONS_ONLY"));
    SafetyPolicy configured = b.policy != null ? b.policy : SafetyPolicy.allowAll();
    this.policy = readOnly ? readOnlyThen(configured) : configured;
    this.suggestCacheDirectory = b.suggestCacheDirectory != null
        ? b.suggestCacheDirectory
        : SuggestCacheLocation.defaultRoot(b.environment);
  }

  private static boolean isTrue(String v) {
    return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1"));
  }

  private SafetyPolicy readOnlyThen(SafetyPolicy next) {
    return command -> isReadOnly(command)
        ? next.evaluate(command)
        : PolicyDecision.deny("the engine runs in read-only mode and aws " + command.cliService() + " "
            + command.cliOperation() + " may change resources");
  }

  public static Builder builder() {
    return new Builder();
  }

  public CommandParser commandParser() {
    return parser;
  }

  public Validator validator() {
    return validator;
  }

  /**
   * Parses and, for an API operation, validates a command: the parse stage of {@code call_aws}
   * without policy or execution. A failure carries every validation error found.
   */
  public ParseResult parseAndValidate(String commandLine) {
    ParseResult parsed = parser.parse(commandLine);
    if (!parsed.isSuccess() || parsed.command().kind() != CommandKind.OPERATION) {
      return parsed;
    }
    ValidationReport report = validator.validate(parsed.command());
    return report.isValid() ? parsed : ParseResult.failure(report.errors());
  }

  /** Runs a command through the whole pipeline with the default options. */
  public CallResult call(String commandLine) {
    return call(commandLine, CallOptions.defaults());
  }

  /**
   * Runs a command through the whole pipeline: parse, validate, policy, execute. Never throws
   * for anything the command, AWS or the network can cause: the result says what happened.
   */
  public CallResult call(String commandLine, CallOptions options) {
    Objects.requireNonNull(options, "options");
    try {
      return runPipeline(commandLine == null ? "" : commandLine, options);
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return CallResult.failure(CommandError.of(ErrorCode.INTERNAL_ERROR, "the engine failed: " + e));
    }
  }

  private CallResult runPipeline(String commandLine, CallOptions options) {
    ParseResult parsed = parseAndValidate(commandLine);
    if (!parsed.isSuccess()) {
      return CallResult.failure(parsed.errors());
    }
    ParsedCommand command = parsed.command();
    PolicyDecision decision = policy.evaluate(command);
    switch (decision.outcome()) {
      case ALLOW:
        return executor.execute(command, options);
      case REQUIRE_CONSENT:
        return CallResult.failure(CommandError.of(ErrorCode.POLICY_DENIED,
            "needs a human's consent, and no one was asked: " + decision.reason()));
      default:
        return CallResult.failure(CommandError.of(ErrorCode.POLICY_DENIED, decision.reason()));
    }
  }

  /** The executor: runs commands that were already parsed, validated and permitted. */
  public Executor executor() {
    return executor;
  }

  /**
   * The command suggester, started on first use: it reads or builds its index in the background
   * (a progress bar on standard error while it embeds), answering lexically until the semantic
   * half is ready. Thread-safe; the same instance on every call.
   */
  public OfflineCommandSuggester suggester() {
    OfflineCommandSuggester s = suggester;
    if (s == null) {
      synchronized (this) {
        s = suggester;
        if (s == null) {
          s = OfflineCommandSuggester.start(services, suggestCacheDirectory, System.err);
          suggester = s;
        }
      }
    }
    return s;
  }

  /** The safety policy every {@link #call} passes. */
  public SafetyPolicy safetyPolicy() {
    return policy;
  }

  /** Whether an operation command only reads (a first classification; the policy refines it). */
  public boolean isReadOnly(ParsedCommand command) {
    if (command.kind() != CommandKind.OPERATION) {
      return command.kind() == CommandKind.HELP;
    }
    return catalog.load(command.service())
        .flatMap(m -> m.operation(command.operation()))
        .map(op -> OperationClassifier.isReadOnly(command.service(), op))
        .orElse(false);
  }

  /** The models behind this engine (internal type: its API may change). */
  public ServiceCatalog catalog() {
    return catalog;
  }

  /** The CLI command tree over the models (internal type: its API may change). */
  public CliServiceTable cliServices() {
    return services;
  }

  /** Configures an {@link AwsMcp}. Not thread-safe. */
  public static final class Builder {
    private final List<Path> modelPaths = new ArrayList<>();
    private ClassLoader classLoader = AwsMcp.class.getClassLoader();
    private boolean searchInstalledModels = true;
    private FileResolver fileResolver;
    private String region;
    private String profile;
    private Map<String, String> environment = System.getenv();
    private int maxCommandLength = AwsCliCommandParser.DEFAULT_MAX_LENGTH;
    private Boolean readOnly;
    private SafetyPolicy policy;
    private Path workingDirectory;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Integer maxAttempts;
    private Path suggestCacheDirectory;

    private Builder() {}

    /**
     * Where the suggester caches its index (one folder per models version below it). Default:
     * {@code AWS_MCP_SUGGEST_CACHE_DIR}, else the user's cache folder ({@code ~/.cache/aws-mcp/suggest}).
     */
    public Builder suggestCacheDirectory(Path dir) {
      this.suggestCacheDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Refuse commands that may change resources. Default: {@code READ_OPERATIONS_ONLY}, else false. */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /** The policy every call passes. Default: allow everything (IAM alone guards). */
    public Builder safetyPolicy(SafetyPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Where output files go and must stay. Default: {@code AWS_API_MCP_WORKING_DIR}, else {@code <tmp>/aws-api-mcp/workdir}. */
    public Builder workingDirectory(Path dir) {
      this.workingDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Connect and read timeouts. Default: 10 s and 60 s, as the AWS CLI. */
    public Builder timeouts(Duration connect, Duration read) {
      this.connectTimeout = Objects.requireNonNull(connect, "connect");
      this.readTimeout = Objects.requireNonNull(read, "read");
      return this;
    }

    /** Requests per call including retries. Default: {@code AWS_MAX_ATTEMPTS}, else 3. */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /** A botocore data folder, or a Smithy model JSON file or jar, tried before anything found. */
    public Builder modelPath(Path path) {
      modelPaths.add(Objects.requireNonNull(path, "path"));
      return this;
    }

    /** Where to look for Smithy model jars; null to skip. Default: this library's class loader. */
    public Builder modelClassLoader(ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /** Whether to use an installed AWS CLI v2 or botocore's models. Default: true. */
    public Builder searchInstalledModels(boolean search) {
      this.searchInstalledModels = search;
      return this;
    }

    /** Reads {@code file://} values. Default: any local file (the safety layer narrows this). */
    public Builder fileResolver(FileResolver resolver) {
      this.fileResolver = resolver;
      return this;
    }

    /** The default region; else {@code AWS_REGION}, {@code AWS_DEFAULT_REGION}, the profile's. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** The default profile; else {@code AWS_API_MCP_PROFILE_NAME}, {@code AWS_PROFILE}. */
    public Builder profile(String profile) {
      this.profile = profile;
      return this;
    }

    /** The environment to read settings from. Default: the process environment. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** The longest command line accepted, in characters. */
    public Builder maxCommandLength(int chars) {
      if (chars < 16) {
        throw new IllegalArgumentException("maxCommandLength too small: " + chars);
      }
      this.maxCommandLength = chars;
      return this;
    }

    public AwsMcp build() {
      return new AwsMcp(this);
    }
  }
}
