package dev.awsmcp.api.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one command: the service's answer as a JSON value (never a JSON string inside
 * JSON), or the error that stopped it. A service error is a result like any other: {@link #ok()}
 * is false, {@link #error()} has code {@link ErrorCode#SERVICE_ERROR} and {@link #serviceError()}
 * carries AWS's code, message and status.
 */
public final class CallResult {
  private final CommandError error;
  private final List<CommandError> errors;
  private final ServiceError serviceError;
  private final CallMetadata metadata;
  private final Integer httpStatus;
  private final String requestId;
  private final JsonNode response;
  private final String formatted;
  private final String paginationToken;
  private final Truncation truncation;
  private final String outfile;
  private final List<CallResult> regionResults;

  private CallResult(Builder b) {
    this.errors = b.errors == null ? (b.error == null ? List.of() : List.of(b.error)) : List.copyOf(b.errors);
    this.error = errors.isEmpty() ? null : errors.get(0);
    this.serviceError = b.serviceError;
    this.metadata = b.metadata;
    this.httpStatus = b.httpStatus;
    this.requestId = b.requestId;
    this.response = b.response == null ? null : b.response.deepCopy();
    this.formatted = b.formatted;
    this.paginationToken = b.paginationToken;
    this.truncation = b.truncation;
    this.outfile = b.outfile;
    this.regionResults = b.regionResults == null ? List.of() : List.copyOf(b.regionResults);
    if (serviceError != null && (error == null || error.code() != ErrorCode.SERVICE_ERROR)) {
      throw new IllegalArgumentException("a service error needs an error with code SERVICE_ERROR");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A result that failed before anything was sent (refused, unresolvable, no credentials). */
  public static CallResult failure(CommandError error) {
    return builder().error(Objects.requireNonNull(error, "error")).build();
  }

  /** A command refused for several reasons at once (validation finds them all). */
  public static CallResult failure(List<CommandError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a failure needs at least one error");
    }
    return builder().errors(errors).build();
  }

  /** True when the command ran and AWS answered with success. */
  public boolean ok() {
    return error == null;
  }

  /** The error that stopped the command; empty when {@link #ok()}. */
  public Optional<CommandError> error() {
    return Optional.ofNullable(error);
  }

  /** Every error found, the stopping one first; empty when {@link #ok()}. */
  public List<CommandError> errors() {
    return errors;
  }

  public Optional<ServiceError> serviceError() {
    return Optional.ofNullable(serviceError);
  }

  /** Where and how the call ran; empty when it failed before an endpoint was chosen. */
  public Optional<CallMetadata> metadata() {
    return Optional.ofNullable(metadata);
  }

  /** The HTTP status of the last answer, if a request was answered. */
  public Optional<Integer> httpStatus() {
    return Optional.ofNullable(httpStatus);
  }

  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * The answer as the AWS CLI prints it with {@code --output json}, after pagination merging and
   * {@code --query}; possibly shortened (see {@link #truncation()}). A copy: callers may change it.
   */
  public Optional<JsonNode> response() {
    return Optional.ofNullable(response).map(JsonNode::deepCopy);
  }

  /** The answer rendered as the command's {@code --output} asked, when that is not JSON. */
  public Optional<String> formatted() {
    return Optional.ofNullable(formatted);
  }

  /** The token to pass as {@code --starting-token} to continue a paginated answer. */
  public Optional<String> paginationToken() {
    return Optional.ofNullable(paginationToken);
  }

  /** Set when the answer was cut to fit the size cap. */
  public Optional<Truncation> truncation() {
    return Optional.ofNullable(truncation);
  }

  /** The file a streaming answer was written to, if any. */
  public Optional<String> outfile() {
    return Optional.ofNullable(outfile);
  }

  /**
   * For a {@code --region *} command: one result per region it ran in, in region order, each with
   * its own response or error (one region failing does not fail the others). The result itself
   * is then {@link #ok()} when the fan-out ran, and carries no response. Empty otherwise.
   */
  public List<CallResult> regionResults() {
    return regionResults;
  }

  @Override
  public String toString() {
    return ok()
        ? "CallResult[ok, " + metadata + ", status=" + httpStatus + "]"
        : "CallResult[" + error.code() + ": " + error.message() + "]";
  }

  /** Builds a {@link CallResult}. Not thread-safe. */
  public static final class Builder {
    private CommandError error;
    private List<CommandError> errors;
    private ServiceError serviceError;
    private CallMetadata metadata;
    private Integer httpStatus;
    private String requestId;
    private JsonNode response;
    private String formatted;
    private String paginationToken;
    private Truncation truncation;
    private String outfile;
    private List<CallResult> regionResults;

    private Builder() {}

    public Builder error(CommandError v) { error = v; errors = null; return this; }
    public Builder errors(List<CommandError> v) { errors = List.copyOf(v); error = null; return this; }
    public Builder serviceError(ServiceError v) { serviceError = v; return this; }
    public Builder metadata(CallMetadata v) { metadata = v; return this; }
    public Builder httpStatus(Integer v) { httpStatus = v; return this; }
    public Builder requestId(String v) { requestId = v; return this; }
    public Builder response(JsonNode v) { response = v; return this; }
    public Builder formatted(String v) { formatted = v; return this; }
    public Builder paginationToken(String v) { paginationToken = v; return this; }
    public Builder truncation(Truncation v) { truncation = v; return this; }
    public Builder outfile(String v) { outfile = v; return this; }
    public Builder regionResults(List<CallResult> v) { regionResults = List.copyOf(v); return this; }

    public CallResult build() {
      return new CallResult(this);
    }
  }
}
