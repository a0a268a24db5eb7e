package dev.awsmcp.api.error;

/**
 * Stable, machine-readable error codes. The wire name of a code never changes once released;
 * new codes may be added.
 */
public enum ErrorCode {
  /** The command line could not be split into words (for example an unclosed quote). */
  TOKENIZE_ERROR(ErrorKind.VALIDATION),
  /** The command contains shell syntax (pipes, redirections, command chaining). */
  SHELL_SYNTAX(ErrorKind.VALIDATION),
  /** The command line is empty or does not start with {@code aws}. */
  EMPTY_COMMAND(ErrorKind.VALIDATION),
  /** The command line exceeds the configured input limits. */
  INPUT_TOO_LARGE(ErrorKind.VALIDATION),
  /** No service of that name exists. */
  UNKNOWN_SERVICE(ErrorKind.VALIDATION),
  /** The service was named but no operation follows. */
  MISSING_OPERATION(ErrorKind.VALIDATION),
  /** The service has no operation of that name. */
  UNKNOWN_OPERATION(ErrorKind.VALIDATION),
  /** The command exists in the AWS CLI but this engine does not run it. */
  UNSUPPORTED_COMMAND(ErrorKind.VALIDATION),
  /** A global option is unknown or misused. */
  INVALID_GLOBAL_OPTION(ErrorKind.VALIDATION),
  /** The operation has no parameter of that name. */
  UNKNOWN_PARAMETER(ErrorKind.VALIDATION),
  /** A parameter prefix matches more than one parameter. */
  AMBIGUOUS_PARAMETER(ErrorKind.VALIDATION),
  /** A parameter was given more than once. */
  DUPLICATE_PARAMETER(ErrorKind.VALIDATION),
  /** A parameter that takes a value was given none. */
  MISSING_VALUE(ErrorKind.VALIDATION),
  /** Words that belong to no parameter (usually an unquoted value with spaces). */
  UNEXPECTED_ARGUMENT(ErrorKind.VALIDATION),
  /** A value does not have the type the model asks for. */
  INVALID_TYPE(ErrorKind.VALIDATION),
  /** A value is not one of the allowed enum values. */
  INVALID_CHOICE(ErrorKind.VALIDATION),
  /** A shorthand value could not be parsed. */
  INVALID_SHORTHAND(ErrorKind.VALIDATION),
  /** A JSON value could not be parsed. */
  INVALID_JSON(ErrorKind.VALIDATION),
  /** A {@code file://} or {@code fileb://} value could not be read. */
  FILE_ERROR(ErrorKind.VALIDATION),
  /** A value is shorter than the model's minimum length or size. */
  TOO_SHORT(ErrorKind.VALIDATION),
  /** A number is outside the model's range. */
  OUT_OF_RANGE(ErrorKind.VALIDATION),
  /** A value does not match the model's pattern. */
  PATTERN_MISMATCH(ErrorKind.VALIDATION),
  /** A structure holds a key its shape does not define. */
  UNKNOWN_KEY(ErrorKind.VALIDATION),
  /** A required parameter or nested member is missing. */
  MISSING_REQUIRED(ErrorKind.MISSING_CONTEXT),
  /** The {@code --query} expression is not valid JMESPath. */
  INVALID_QUERY(ErrorKind.VALIDATION),
  /** The AWS service models could not be loaded. */
  MODEL_ERROR(ErrorKind.VALIDATION),
  /** The safety policy refused the command. */
  POLICY_DENIED(ErrorKind.POLICY),
  /** The command needs a human's consent, and it was declined, not given in time, or could not be asked. */
  CONSENT_DECLINED(ErrorKind.POLICY),
  /** A call budget (per minute, per session, or of mutations) is used up. */
  BUDGET_EXCEEDED(ErrorKind.POLICY),
  /** AWS answered with an error; the result carries its code, message and status. */
  SERVICE_ERROR(ErrorKind.SERVICE),
  /** No usable credentials: unknown profile, expired session, failing credential process. */
  CREDENTIALS_ERROR(ErrorKind.MISSING_CONTEXT),
  /** No endpoint could be resolved for the service, region and options given. */
  ENDPOINT_ERROR(ErrorKind.VALIDATION),
  /** The request could not be built from the parameters (for example an unreadable stream file). */
  REQUEST_ERROR(ErrorKind.VALIDATION),
  /** The output file could not be written, or lies outside the allowed directory. */
  OUTFILE_ERROR(ErrorKind.VALIDATION),
  /** The endpoint could not be reached (refused, reset, DNS, TLS). */
  CONNECTION_FAILED(ErrorKind.TRANSPORT),
  /** The endpoint did not answer within the connect or read timeout. */
  TIMEOUT(ErrorKind.TRANSPORT),
  /** The service answered with something that is not the protocol's response format. */
  MALFORMED_RESPONSE(ErrorKind.TRANSPORT),
  /** The answer is larger than the engine keeps in memory; write it to a file instead. */
  RESPONSE_TOO_LARGE(ErrorKind.TRANSPORT),
  /** The engine failed unexpectedly; the message says where. */
  INTERNAL_ERROR(ErrorKind.TRANSPORT),

  // Documentation (DocsClient)
  /** The address is not an AWS documentation page, or a redirect led away from one: nothing was fetched there. */
  DOCS_URL_REFUSED(ErrorKind.VALIDATION),
  /** The documentation page, or the service or operation of a model reference page, does not exist. */
  DOCS_NOT_FOUND(ErrorKind.VALIDATION),
  /** The documentation could not be reached or refused to answer (throttled, failing, offline) and nothing cached or local could stand in. */
  DOCS_UNAVAILABLE(ErrorKind.TRANSPORT),

  // Command suggestions.
  /** A request for command suggestions is empty or blank. */
  EMPTY_QUERY(ErrorKind.VALIDATION),
  /** A request for command suggestions is longer than the suggester searches. */
  QUERY_TOO_LONG(ErrorKind.VALIDATION);

  private final ErrorKind defaultKind;

  ErrorCode(ErrorKind defaultKind) {
    this.defaultKind = defaultKind;
  }

  /** The kind an error with this code has unless stated otherwise. */
  public ErrorKind defaultKind() {
    return defaultKind;
  }

  /** The stable name used in JSON output: the constant's name. */
  public String wireName() {
    return name();
  }
}
