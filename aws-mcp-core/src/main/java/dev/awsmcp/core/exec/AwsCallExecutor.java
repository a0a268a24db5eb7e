package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.Executor;
import dev.awsmcp.api.command.CommandKind;
import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallMetadata;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.exec.ServiceError;
import dev.awsmcp.core.auth.CredentialsResolver;
import dev.awsmcp.core.auth.RequestSigner;
import dev.awsmcp.core.endpoint.EndpointResolver;
import dev.awsmcp.core.endpoint.EndpointSettings;
import dev.awsmcp.core.files.FileAccess;
import dev.awsmcp.core.files.FileSandbox;
import dev.awsmcp.core.files.LocalFileArguments;
import dev.awsmcp.core.model.ModelException;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.ProtocolCodecs;
import dev.awsmcp.core.protocol.ProtocolException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The {@link Executor} over the models: for an operation command it resolves the endpoint, signs
 * with the command's profile, speaks the service's protocol, retries, pages, applies
 * {@code --query} and renders {@code --output}. Build once per engine; thread-safe.
 */
public final class AwsCallExecutor implements Executor {
  private final ServiceCatalog catalog;
  private final EndpointResolver endpoints;
  private final Function<Optional<String>, ExchangeSigner> signers;
  private final ExecutorSettings settings;
  private final EndpointSettingsFactory endpointSettings;
  private final HttpTransport transport;
  private final OperationCall.Sleeper sleeper;
  private final FileSandbox files;
  private final Random random = new Random();

  AwsCallExecutor(ServiceCatalog catalog, EndpointResolver endpoints, Function<Optional<String>, ExchangeSigner> signers,
      ExecutorSettings settings, Map<String, String> environment, Optional<String> profile, OperationCall.Sleeper sleeper,
      FileSandbox files) {
    this.catalog = catalog;
    this.endpoints = endpoints;
    this.signers = signers;
    this.settings = settings;
    this.endpointSettings = new EndpointSettingsFactory(environment, profile);
    this.transport = new HttpTransport(settings.connectTimeout());
    this.sleeper = sleeper;
    this.files = files;
  }

  /**
   * The executor of an engine.
   *
   * @param profile the engine's configured profile; a command's {@code --profile} wins over it
   * @param environment where credentials, endpoints and settings are read from
   */
  public static AwsCallExecutor create(ServiceCatalog catalog, ExecutorSettings settings, Optional<String> profile,
      Map<String, String> environment) {
    return create(catalog, settings, profile, environment,
        FileSandbox.create(FileAccess.fromEnvironment(environment), settings.workingDirectory(), environment));
  }

  /**
   * The executor of an engine whose output files are checked by {@code files} (the sandbox
   * the parser reads with, so reads and writes follow one mode).
   */
  public static AwsCallExecutor create(ServiceCatalog catalog, ExecutorSettings settings, Optional<String> profile,
      Map<String, String> environment, FileSandbox files) {
    CredentialsResolver credentials = CredentialsResolver.create(profile, environment);
    RequestSigner signer = RequestSigner.create();
    return new AwsCallExecutor(catalog, new EndpointResolver(), p -> new ProfileSigner(credentials, signer, p),
        settings, environment, profile, d -> Thread.sleep(d.toMillis()), files);
  }

  @Override
  public CallResult execute(ParsedCommand command, CallOptions options) {
    try {
      return run(command, options);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CallResult.failure(CommandError.of(ErrorCode.CONNECTION_FAILED, "the call was interrupted"));
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      return CallResult.failure(CommandError.of(ErrorCode.INTERNAL_ERROR,
          "the engine failed running " + command.cliService() + " " + command.cliOperation() + ": " + e));
    }
  }

  private CallResult run(ParsedCommand command, CallOptions options) throws InterruptedException {
    if (command.kind() != CommandKind.OPERATION) {
      return CallResult.failure(CommandError.of(ErrorCode.UNSUPPORTED_COMMAND,
          "aws " + command.cliService() + " " + command.cliOperation()
              + " is not an API operation; this engine runs API operations only (for example the s3api"
              + " commands instead of the high-level s3 ones)"));
    }
    ServiceModel service;
    Operation operation;
    ProtocolCodec codec;
    try {
      service = catalog.load(command.service()).orElse(null);
      if (service == null) {
        return CallResult.failure(CommandError.of(ErrorCode.UNKNOWN_SERVICE, "no model for service " + command.service()));
      }
      operation = service.operation(command.operation()).orElse(null);
      if (operation == null) {
        return CallResult.failure(CommandError.of(ErrorCode.UNKNOWN_OPERATION,
            command.service() + " has no operation " + command.operation()));
      }
      codec = ProtocolCodecs.forService(service);
    } catch (ModelException e) {
      return CallResult.failure(CommandError.of(ErrorCode.MODEL_ERROR, e.getMessage()));
    } catch (ProtocolException e) {
      return CallResult.failure(CommandError.of(ErrorCode.UNSUPPORTED_COMMAND, e.getMessage()));
    }
    Optional<String> unsupported = StreamingShapes.unsupportedReason(service, operation);
    if (unsupported.isPresent()) {
      return CallResult.failure(CommandError.of(ErrorCode.UNSUPPORTED_COMMAND, unsupported.get()));
    }
    EndpointSettings endpointFor;
    try {
      endpointFor = endpointSettings.forCommand(command, service);
    } catch (URISyntaxException e) {
      return CallResult.failure(CommandError.forParameter(ErrorCode.INVALID_GLOBAL_OPTION, "--endpoint-url",
          "not a usable endpoint URL: " + e.getMessage()));
    }
    Optional<CommandError> localFile = LocalFileArguments.refusal(command, files);
    if (localFile.isPresent()) {
      return CallResult.failure(localFile.get());
    }
    Optional<String> payloadMember = StreamingShapes.streamingOutputMember(service, operation);
    OutfileTarget outfile = OutfileTarget.inline();
    if (payloadMember.isPresent() && command.outfile().isPresent()) {
      try {
        outfile = OutfileTarget.resolve(command.outfile().get(), files);
      } catch (OutfileTarget.OutfileRefused e) {
        return CallResult.failure(CommandError.forParameter(ErrorCode.OUTFILE_ERROR, "outfile", e.getMessage()));
      }
    }
    ExchangeSigner signer = signers.apply(command.profile());
    if (command.globalOptions().containsKey("--no-sign-request")) {
      signer = ExchangeSigner.anonymous(signer);
    }
    Duration readTimeout;
    try {
      readTimeout = CliTimeouts.read(command, settings.readTimeout());
    } catch (IllegalArgumentException e) {
      return CallResult.failure(CommandError.forParameter(ErrorCode.INVALID_GLOBAL_OPTION, "--cli-read-timeout", e.getMessage()));
    }
    OperationCall call = new OperationCall(service, operation, codec, endpoints, endpointFor, signer, transport,
        new RetryStrategy(settings.maxAttempts(), random::nextDouble), sleeper, settings.userAgent(), readTimeout);
    long start = System.nanoTime();
    PagedCall paged = new PagedCall(service, operation, call);
    PagedCall.Outcome outcome = paged.run(command, options, outfile.file());
    long millis = (System.nanoTime() - start) / 1_000_000;
    CallMetadata metadata = new CallMetadata(command.service(), command.cliService(), command.operation(),
        command.region(), millis, outcome.attempts(), outcome.pages());
    PageAnswer last = outcome.last();
    CallResult.Builder result = CallResult.builder().metadata(metadata);
    last.response().ifPresent(r -> {
      result.httpStatus(r.status());
      RequestIds.of(r).ifPresent(result::requestId);
    });
    if (last.failure().isPresent()) {
      return result.error(last.failure().get()).build();
    }
    if (last.serviceError().isPresent()) {
      ParsedError e = last.serviceError().get();
      int status = last.response().map(r -> r.status()).orElse(0);
      e.requestId().ifPresent(result::requestId);
      String message = e.message().isEmpty() ? e.code() : e.message();
      return result.error(CommandError.of(ErrorCode.SERVICE_ERROR,
              "An error occurred (" + e.code() + ") when calling the " + operation.name() + " operation: " + message))
          .serviceError(new ServiceError(e.code(), e.message(), status, e.requestId().or(() -> last.response().flatMap(RequestIds::of))))
          .build();
    }
    ObjectNode merged = outcome.merged();
    if (payloadMember.isPresent()) {
      if (outfile.isInline()) {
        InlinePayload.put(merged, payloadMember.get(), last.response().map(r -> r.body()).orElse(new byte[0]));
      } else {
        Path file = outfile.file().orElseThrow().path();
        result.outfile(file.toString());
      }
    }
    return ResponseShaping.finish(result, command, options, settings, operation.name(), outcome);
  }
}
