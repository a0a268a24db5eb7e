package dev.awsmcp.api.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The API call an AWS CLI command line means: which service and operation, with which input,
 * in which region, with which CLI options. Immutable and thread-safe; {@link #params()} returns
 * a copy.
 */
public final class ParsedCommand {
  private final String commandLine;
  private final CommandKind kind;
  private final String cliService;
  private final String service;
  private final String cliOperation;
  private final String operation;
  private final String region;
  private final RegionSource regionSource;
  private final Optional<String> profile;
  private final Optional<String> endpointUrl;
  private final ObjectNode params;
  private final Pagination pagination;
  private final Optional<String> query;
  private final Optional<String> output;
  private final Optional<String> outfile;
  private final Map<String, String> globalOptions;
  private final Map<String, String> localFileArguments;

  private ParsedCommand(Builder b) {
    this.commandLine = Objects.requireNonNull(b.commandLine, "commandLine");
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.cliService = Objects.requireNonNull(b.cliService, "cliService");
    this.service = Objects.requireNonNull(b.service, "service");
    this.cliOperation = Objects.requireNonNull(b.cliOperation, "cliOperation");
    this.operation = Objects.requireNonNull(b.operation, "operation");
    this.region = Objects.requireNonNull(b.region, "region");
    this.regionSource = Objects.requireNonNull(b.regionSource, "regionSource");
    this.profile = Optional.ofNullable(b.profile);
    this.endpointUrl = Optional.ofNullable(b.endpointUrl);
    this.params = b.params == null ? JsonNodeFactory.instance.objectNode() : b.params.deepCopy();
    this.pagination = b.pagination == null ? Pagination.none() : b.pagination;
    this.query = Optional.ofNullable(b.query);
    this.output = Optional.ofNullable(b.output);
    this.outfile = Optional.ofNullable(b.outfile);
    this.globalOptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.globalOptions));
    this.localFileArguments = Collections.unmodifiableMap(new LinkedHashMap<>(b.localFileArguments));
  }

  /** A builder; the engine builds these, tests and custom parsers may too. */
  public static Builder builder() {
    return new Builder();
  }

  /** The command line as given. */
  public String commandLine() {
    return commandLine;
  }

  public CommandKind kind() {
    return kind;
  }

  /** The service as the CLI names it, for example {@code s3api}. */
  public String cliService() {
    return cliService;
  }

  /** The service's model name (botocore directory name), for example {@code s3}. */
  public String service() {
    return service;
  }

  /** The operation as the CLI names it, for example {@code describe-instances}. */
  public String cliOperation() {
    return cliOperation;
  }

  /** The API operation name, for example {@code DescribeInstances}. */
  public String operation() {
    return operation;
  }

  public String region() {
    return region;
  }

  public RegionSource regionSource() {
    return regionSource;
  }

  /** {@code --profile}, if given. */
  public Optional<String> profile() {
    return profile;
  }

  /** {@code --endpoint-url}, if given. */
  public Optional<String> endpointUrl() {
    return endpointUrl;
  }

  /**
   * The API input as a JSON document in the model's member names. Timestamps are ISO-8601 UTC
   * strings, blobs base64 strings. Returns a fresh copy on each call.
   */
  public ObjectNode params() {
    return params.deepCopy();
  }

  /** One input member without copying the whole document. */
  public Optional<JsonNode> param(String member) {
    JsonNode node = params.get(member);
    return node == null ? Optional.empty() : Optional.of(node.deepCopy());
  }

  public Pagination pagination() {
    return pagination;
  }

  /** {@code --query}, if given. */
  public Optional<String> query() {
    return query;
  }

  /** {@code --output}, if given. */
  public Optional<String> output() {
    return output;
  }

  /** The positional outfile of a streaming operation ({@code -} means inline), if any. */
  public Optional<String> outfile() {
    return outfile;
  }

  /**
   * Every global option given, by its CLI name (for example {@code --debug}), in the order
   * given; flags map to the empty string.
   */
  public Map<String, String> globalOptions() {
    return globalOptions;
  }

  /**
   * Arguments of CLI customizations that name local files rather than API input, by CLI name, as
   * given (for example {@code --certificate-pem-outfile} of {@code iot create-keys-and-certificate},
   * {@code --priv-launch-key} of {@code ec2 get-password-data}). The outfile of a streaming
   * operation is {@link #outfile()}.
   */
  public Map<String, String> localFileArguments() {
    return localFileArguments;
  }

  /**
   * This command in another region, as if {@code --region region} had been given: how the engine
   * runs a {@code --region *} command once per region. Nothing else changes.
   */
  public ParsedCommand inRegion(String region) {
    Builder b = new Builder().commandLine(commandLine).kind(kind).cliService(cliService).service(service)
        .cliOperation(cliOperation).operation(operation).region(region, RegionSource.OPTION)
        .profile(profile.orElse(null)).endpointUrl(endpointUrl.orElse(null)).params(params).pagination(pagination)
        .query(query.orElse(null)).output(output.orElse(null)).outfile(outfile.orElse(null));
    globalOptions.forEach((name, value) -> b.globalOption(name, name.equals("--region") ? region : value));
    localFileArguments.forEach(b::localFileArgument);
    return b.build();
  }

  @Override
  public String toString() {
    return "ParsedCommand[" + cliService + " " + cliOperation + " -> " + service + "." + operation
        + " in " + region + "]";
  }

  /** Builds a {@link ParsedCommand}. Not thread-safe. */
  public static final class Builder {
    private String commandLine;
    private CommandKind kind = CommandKind.OPERATION;
    private String cliService;
    private String service;
    private String cliOperation;
    private String operation;
    private String region;
    private RegionSource regionSource;
    private String profile;
    private String endpointUrl;
    private ObjectNode params;
    private Pagination pagination;
    private String query;
    private String output;
    private String outfile;
    private final Map<String, String> globalOptions = new LinkedHashMap<>();
    private final Map<String, String> localFileArguments = new LinkedHashMap<>();

    private Builder() {}

    public Builder commandLine(String v) { this.commandLine = v; return this; }
    public Builder kind(CommandKind v) { this.kind = v; return this; }
    public Builder cliService(String v) { this.cliService = v; return this; }
    public Builder service(String v) { this.service = v; return this; }
    public Builder cliOperation(String v) { this.cliOperation = v; return this; }
    public Builder operation(String v) { this.operation = v; return this; }
    public Builder region(String v, RegionSource source) { this.region = v; this.regionSource = source; return this; }
    public Builder profile(String v) { this.profile = v; return this; }
    public Builder endpointUrl(String v) { this.endpointUrl = v; return this; }
    /** The API input; copied when the command is built. */
    public Builder params(ObjectNode v) { this.params = v; return this; }
    public Builder pagination(Pagination v) { this.pagination = v; return this; }
    public Builder query(String v) { this.query = v; return this; }
    public Builder output(String v) { this.output = v; return this; }
    public Builder outfile(String v) { this.outfile = v; return this; }
    public Builder globalOption(String name, String value) { this.globalOptions.put(name, value); return this; }
    public Builder localFileArgument(String name, String path) { this.localFileArguments.put(name, path); return this; }

    public ParsedCommand build() {
      return new ParsedCommand(this);
    }
  }
}
