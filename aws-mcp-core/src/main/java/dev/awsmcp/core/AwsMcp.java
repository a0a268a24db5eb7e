package dev.awsmcp.core;

import dev.awsmcp.api.AuditSink;
import dev.awsmcp.api.CommandParser;
import dev.awsmcp.api.DocsClient;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.Executor;
import dev.awsmcp.api.SafetyPolicy;
import dev.awsmcp.api.ValidationReport;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.command.RegionSource;
import dev.awsmcp.api.policy.ConsentHandler;
import dev.awsmcp.core.policy.CallBudget;
import dev.awsmcp.core.policy.Classification;
import dev.awsmcp.core.policy.ConsentGate;
import dev.awsmcp.core.policy.EnginePolicy;
import dev.awsmcp.core.policy.OperationClass;
import dev.awsmcp.core.policy.PolicyConfigurationException;
import dev.awsmcp.core.policy.PolicySettings;
import dev.awsmcp.core.policy.iam.GuardContext;
import dev.awsmcp.core.policy.iam.GuardPolicies;
import dev.awsmcp.core.policy.iam.GuardPolicyException;
import dev.awsmcp.core.policy.SensitiveReads;
import dev.awsmcp.api.FileResolver;
import dev.awsmcp.api.Validator;
import dev.awsmcp.core.audit.AuditTrail;
import dev.awsmcp.core.cli.AwsCliCommandParser;
import dev.awsmcp.core.cli.CliServiceTable;
import dev.awsmcp.core.config.ConfiguredRegion;
import dev.awsmcp.core.docs.DocsClients;
import dev.awsmcp.core.docs.DocsEndpoints;
import dev.awsmcp.core.files.FileAccess;
import dev.awsmcp.core.files.FileSandbox;
import dev.awsmcp.core.model.ModelDiscovery;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.plans.ExecutionPlanSettings;
import dev.awsmcp.core.plans.ExecutionPlans;
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
  private final EnginePolicy policy;
  private final Executor executor;
  private final DocsClients.Builder docsBuilder;
  private volatile DocsClient docs;
  private final AuditTrail audit;
  private final FileSandbox sandbox;
  private final Path suggestCacheDirectory;
  private volatile OfflineCommandSuggester suggester;
  private final ExecutorSettings executorSettings;
  private final Optional<String> profile;
  private final ConfiguredRegion region;
  private final GuardedCall guarded;
  private final RegionFanOut fanOut;
  private final ExecutionPlans plans;

  private AwsMcp(Builder b) {
    List<Path> paths = new ArrayList<>(b.modelPaths);
    paths.addAll(ModelDiscovery.pathsFromEnvironment(b.environment.get(ModelDiscovery.MODELS_PATH_ENV)));
    this.catalog = new ServiceCatalog(ModelDiscovery.discover(paths, b.classLoader, b.searchInstalledModels));
    this.services = new CliServiceTable(catalog);
    // One sandbox for what commands read and what they write; an explicit resolver still wins for reads.
    Path workdir = b.workingDirectory != null ? b.workingDirectory : ExecutorSettings.fromEnvironment(b.environment).workingDirectory();
    FileSandbox sandbox = FileSandbox.create(b.fileAccess != null ? b.fileAccess : FileAccess.fromEnvironment(b.environment),
        workdir, b.environment);
    FileResolver files = b.fileResolver != null ? b.fileResolver : sandbox;
    this.sandbox = sandbox;
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
    if (b.clientName != null) {
      settings = settings.withClient(b.clientName);
    }
    // AWS_PROFILE is left to the credential chain, which ranks it below environment keys as the CLI does.
    Optional<String> credentialsProfile = Optional.ofNullable(b.profile)
        .or(() -> Optional.ofNullable(b.environment.get("AWS_API_MCP_PROFILE_NAME")));
    this.executor = AwsCallExecutor.create(catalog, settings, credentialsProfile, b.environment, sandbox);
    this.executorSettings = settings;
    this.profile = credentialsProfile;
    this.region = region;
    PolicySettings policySettings = b.policySettings != null ? b.policySettings
        : PolicySettings.fromEnvironment(b.environment, credentialsProfile.or(() -> Optional.ofNullable(b.environment.get("AWS_PROFILE"))));
    if (b.readOnly != null) {
      policySettings = policySettings.withReadOnly(b.readOnly);
    }
    if (b.requireMutationConsent != null) {
      policySettings = policySettings.withRequireMutationConsent(b.requireMutationConsent);
    }
    if (b.sensitiveReads != null) {
      policySettings = policySettings.withSensitiveReads(b.sensitiveReads);
    }
    if (b.budgets != null) {
      policySettings = policySettings.withBudgets(b.budgets);
    }
    if (b.consentTimeout != null) {
      policySettings = policySettings.withConsentTimeout(b.consentTimeout);
    }
    this.policy = EnginePolicy.create(catalog, policySettings, guardPolicies(b, policySettings, credentialsProfile),
        b.policy != null ? b.policy : SafetyPolicy.allowAll());
    this.audit = AuditTrail.create(b.auditSinks, Optional.ofNullable(b.auditFile), b.environment, catalog, profile);
    this.guarded = new GuardedCall(policy, new ConsentGate(b.consentHandler), new CallBudget(policySettings.budgets()), audit,
        executor, parser);
    this.fanOut = new RegionFanOut(guarded.fanOutPipeline(), catalog);
    this.docsBuilder = docsBuilder(b);
    this.suggestCacheDirectory = b.suggestCacheDirectory != null
        ? b.suggestCacheDirectory
        : SuggestCacheLocation.defaultRoot(b.environment);
    ExecutionPlanSettings planSettings = ExecutionPlanSettings.fromEnvironment(b.environment);
    planSettings = b.executionPlans != null ? planSettings.withEnabled(b.executionPlans) : planSettings;
    this.plans = ExecutionPlans.create(b.executionPlansDirectory != null ? planSettings.withDirectory(b.executionPlansDirectory)
        : planSettings);
  }

  // The guard policy files of the settings, then any given to the builder; a malformed one stops the build.
  private List<SafetyPolicy> guardPolicies(Builder b, PolicySettings settings, Optional<String> profile) {
    GuardContext context = GuardContext.of(settings.serverName());
    if (profile.isPresent()) {
      context = context.withDefaultProfile(profile.get());
    }
    List<SafetyPolicy> out = new ArrayList<>();
    try {
      for (Path path : settings.guardPolicies()) {
        out.add(GuardPolicies.fromPath(path).asSafetyPolicy(catalog, context));
      }
    } catch (GuardPolicyException e) {
      throw new PolicyConfigurationException("AWS_MCP_GUARD_POLICIES: " + e.getMessage(), e);
    }
    for (GuardPolicies g : b.guardPolicies) {
      out.add(g.asSafetyPolicy(catalog, context));
    }
    return out;
  }

  private DocsClients.Builder docsBuilder(Builder b) {
    DocsClients.Builder d = DocsClients.builder().environment(b.environment).models(services);
    String mirror = b.environment.get("AWS_MCP_DOCS_ENDPOINT");
    if (b.docsEndpoints != null) {
      d.endpoints(b.docsEndpoints);
    } else if (mirror != null && !mirror.isBlank()) {
      d.endpoints(DocsEndpoints.at(java.net.URI.create(mirror.strip())));
    }
    if (b.docsCacheDirectory != null) {
      d.cacheDirectory(b.docsCacheDirectory);
    }
    d.offline(b.docsOffline != null ? b.docsOffline : isTrue(b.environment.get("AWS_MCP_DOCS_OFFLINE")));
    return d;
  }

  private static boolean isTrue(String v) {
    return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1"));
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
      audit.refused(commandLine, parsed.errors());
      return CallResult.failure(parsed.errors());
    }
    ParsedCommand command = parsed.command();
    if (command.regionSource() == RegionSource.EVERY_ENABLED_REGION) {
      return fanOut.run(command, options);
    }
    return guarded.run(command, options, false);
  }

  /**
   * Who the engine acts as: {@code sts get-caller-identity} with the engine's credentials (and
   * agent role, when configured), sent directly rather than through the policy, since it is the
   * engine's own check and not an agent's call. For {@code doctor} and server start-up.
   */
  public CallResult callerIdentity() {
    try {
      ParseResult parsed = parser.parse("aws sts get-caller-identity");
      return parsed.isSuccess() ? executor.execute(parsed.command(), CallOptions.defaults()) : CallResult.failure(parsed.errors());
    } catch (RuntimeException e) {
      return CallResult.failure(CommandError.of(ErrorCode.INTERNAL_ERROR, "the identity check failed: " + e));
    }
  }

  /** The execution settings in force: timeouts, attempts, working directory, user agent. */
  public ExecutorSettings executorSettings() {
    return executorSettings;
  }

  /** The profile the engine's credentials come from, when one is configured ({@code AWS_API_MCP_PROFILE_NAME}). */
  public Optional<String> profile() {
    return profile;
  }

  /** The region of a command that names none (and no ARN): configured, else the profile's, else empty (us-east-1 is used). */
  public Optional<String> defaultRegion() {
    return region.apply(Optional.empty());
  }

  /** The safety settings in force (after the builder's overrides). */
  public PolicySettings policySettings() {
    return policy.settings();
  }

  /** The file sandbox commands' local paths go through. */
  public FileSandbox fileSandbox() {
    return sandbox;
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

  /** How the policy classifies a command: read-only, sensitive read or mutating, and why. */
  public Classification classify(ParsedCommand command) {
    return policy.classify(command);
  }

  /** Whether a command only reads and reveals no secret or credentials. */
  public boolean isReadOnly(ParsedCommand command) {
    return policy.classify(command).operationClass() == OperationClass.READ_ONLY;
  }

  /**
   * The documentation client: AWS documentation online, cached pages and the models' own
   * documentation offline. Built on first use (the builder is not shared afterwards).
   */
  public DocsClient docs() {
    DocsClient d = docs;
    if (d == null) {
      synchronized (this) {
        d = docs;
        if (d == null) {
          d = docsBuilder.build();
          docs = d;
        }
      }
    }
    return d;
  }

  /** The execution plans: built-in ones and the user's directory, read when asked for. */
  public ExecutionPlans executionPlans() {
    return plans;
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
    private FileAccess fileAccess;
    private String region;
    private String profile;
    private Map<String, String> environment = System.getenv();
    private int maxCommandLength = AwsCliCommandParser.DEFAULT_MAX_LENGTH;
    private Boolean readOnly;
    private Boolean requireMutationConsent;
    private SensitiveReads sensitiveReads;
    private CallBudget.Limits budgets;
    private Duration consentTimeout;
    private PolicySettings policySettings;
    private ConsentHandler consentHandler = ConsentHandler.none();
    private String clientName;
    private final List<GuardPolicies> guardPolicies = new ArrayList<>();
    private SafetyPolicy policy;
    private Path workingDirectory;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Integer maxAttempts;
    private final List<AuditSink> auditSinks = new ArrayList<>();
    private Path auditFile;
    private DocsEndpoints docsEndpoints;
    private Path docsCacheDirectory;
    private Boolean docsOffline;
    private Path suggestCacheDirectory;
    private Boolean executionPlans;
    private Path executionPlansDirectory;

    private Builder() {}

    /** Offer the {@code get_execution_plan} tool. Default: {@code EXPERIMENTAL_AGENT_SCRIPTS}, else true. */
    public Builder executionPlans(boolean on) {
      this.executionPlans = on;
      return this;
    }

    /** The user's execution plans, read on each call. Default: {@code AWS_API_MCP_AGENT_SCRIPTS_DIR}, else none. */
    public Builder executionPlansDirectory(Path dir) {
      this.executionPlansDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Where the suggester caches its index (one folder per models version below it). Default:
     * {@code AWS_MCP_SUGGEST_CACHE_DIR}, else the user's cache folder ({@code ~/.cache/aws-mcp/suggest}).
     */
    public Builder suggestCacheDirectory(Path dir) {
      this.suggestCacheDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Where the documentation client reads from. Default: {@code AWS_MCP_DOCS_ENDPOINT} (one origin serving all three), else AWS's public endpoints. */
    public Builder docsEndpoints(DocsEndpoints endpoints) {
      this.docsEndpoints = Objects.requireNonNull(endpoints, "endpoints");
      return this;
    }

    /** Where documentation answers are cached. Default: {@code AWS_MCP_DOCS_CACHE_DIR}, else {@code ~/.cache/aws-mcp/docs}. */
    public Builder docsCacheDirectory(Path dir) {
      this.docsCacheDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Never let the documentation client use the network. Default: {@code AWS_MCP_DOCS_OFFLINE}, else false. */
    public Builder docsOffline(boolean offline) {
      this.docsOffline = offline;
      return this;
    }

    /** Adds a sink for one redacted event per decision and per call; repeatable. Default: none. */
    public Builder auditSink(AuditSink sink) {
      auditSinks.add(Objects.requireNonNull(sink, "sink"));
      return this;
    }

    /** Appends the audit to a rotating JSON-lines file. Default: {@code AWS_MCP_AUDIT_FILE}, else none. */
    public Builder auditFile(Path file) {
      this.auditFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Refuse commands that may change resources. Default: {@code READ_OPERATIONS_ONLY}, else false. */
    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /**
     * A policy of the application's own, evaluated after the engine's layers (guards, policy
     * files, guard policies, read-only mode); its deny refuses and its consent asks. Default: none.
     */
    public Builder safetyPolicy(SafetyPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Every setting of the safety layer at once. Default: {@link PolicySettings#fromEnvironment}. */
    public Builder policySettings(PolicySettings settings) {
      this.policySettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** IAM-style guard policies evaluated before every call, besides those of {@code AWS_MCP_GUARD_POLICIES}. */
    public Builder guardPolicies(GuardPolicies policies) {
      this.guardPolicies.add(Objects.requireNonNull(policies, "policies"));
      return this;
    }

    /**
     * The agent's client (an MCP client's name and version, an application's name), added to the
     * user agent of every request so AWS logs tell agent calls and their tool apart. Default: none.
     */
    public Builder clientName(String name) {
      this.clientName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Who is asked when a command needs consent. Default: no one, so such commands are refused. */
    public Builder consentHandler(ConsentHandler handler) {
      this.consentHandler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** Ask before every mutating command. Default: {@code REQUIRE_MUTATION_CONSENT}, else false. */
    public Builder requireMutationConsent(boolean on) {
      this.requireMutationConsent = on;
      return this;
    }

    /** What to do with reads that return secrets. Default: {@code AWS_MCP_SENSITIVE_READS}, else consent. */
    public Builder sensitiveReads(SensitiveReads reads) {
      this.sensitiveReads = Objects.requireNonNull(reads, "reads");
      return this;
    }

    /** Call limits. Default: {@code AWS_MCP_MAX_CALLS_PER_MINUTE}, {@code _PER_SESSION}, {@code AWS_MCP_MAX_MUTATIONS}. */
    public Builder budgets(CallBudget.Limits limits) {
      this.budgets = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** How long to wait for a consent answer. Default: {@code AWS_MCP_CONSENT_TIMEOUT} seconds, else 120. */
    public Builder consentTimeout(Duration timeout) {
      this.consentTimeout = Objects.requireNonNull(timeout, "timeout");
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

    /**
     * Which local files commands may read and write (see {@code docs/file-sandbox.md}).
     * Default: {@code AWS_API_MCP_ALLOW_UNRESTRICTED_LOCAL_FILE_ACCESS}, else
     * {@link FileAccess#WORKDIR}; an unknown value of the variable fails {@link #build()}.
     */
    public Builder fileAccess(FileAccess access) {
      this.fileAccess = Objects.requireNonNull(access, "access");
      return this;
    }

    /**
     * Reads {@code file://} values instead of the engine's {@link FileSandbox} (outfiles still
     * follow {@link #fileAccess}). Default: the sandbox over the working directory.
     */
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
