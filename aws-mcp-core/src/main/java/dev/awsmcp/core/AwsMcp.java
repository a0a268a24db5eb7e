package dev.awsmcp.core;

import dev.awsmcp.api.CommandParser;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.ValidationReport;
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
import java.nio.file.Path;
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
 * ParseResult r = engine.commandParser().parse("aws ec2 describe-instances --instance-ids i-1");
 * }</pre>
 */
public final class AwsMcp {
  private final ServiceCatalog catalog;
  private final CliServiceTable services;
  private final CommandParser parser;
  private final Validator validator;

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

    private Builder() {}

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
