package dev.awsmcp.core.exec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.files.OutputFile;
import dev.awsmcp.api.error.CommandError;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.auth.SignedHttpRequest;
import dev.awsmcp.core.endpoint.EndpointException;
import dev.awsmcp.core.endpoint.EndpointResolver;
import dev.awsmcp.core.endpoint.EndpointSettings;
import dev.awsmcp.core.endpoint.ResolvedEndpoint;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.ParsedError;
import dev.awsmcp.core.protocol.ProtocolCodec;
import dev.awsmcp.core.protocol.ProtocolException;
import dev.awsmcp.core.protocol.WireRequest;
import dev.awsmcp.core.protocol.WireResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * One logical request of a call (one page): lay it out, resolve its endpoint, then sign, send
 * and read it, retrying throttling and transient failures with backoff.
 */
final class OperationCall {
  /** Pauses between attempts; tests pass one that does not sleep. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final ServiceModel service;
  private final Operation operation;
  private final ProtocolCodec codec;
  private final EndpointResolver endpoints;
  private final EndpointSettings endpointSettings;
  private final ExchangeSigner signer;
  private final HttpTransport transport;
  private final RetryStrategy retries;
  private final Sleeper sleeper;
  private final String userAgent;
  private final Duration readTimeout;

  OperationCall(ServiceModel service, Operation operation, ProtocolCodec codec, EndpointResolver endpoints,
      EndpointSettings endpointSettings, ExchangeSigner signer, HttpTransport transport, RetryStrategy retries,
      Sleeper sleeper, String userAgent, Duration readTimeout) {
    this.service = service;
    this.operation = operation;
    this.codec = codec;
    this.endpoints = endpoints;
    this.endpointSettings = endpointSettings;
    this.signer = signer;
    this.transport = transport;
    this.retries = retries;
    this.sleeper = sleeper;
    this.userAgent = userAgent;
    this.readTimeout = readTimeout;
  }

  /** Sends one request; a streaming success goes to {@code streamTo} when given. */
  PageAnswer send(ObjectNode input, Optional<OutputFile> streamTo) throws InterruptedException {
    WireRequest request;
    ResolvedEndpoint endpoint;
    try {
      request = codec.serialize(service, operation, input);
    } catch (ProtocolException e) {
      return PageAnswer.failure(CommandError.of(ErrorCode.REQUEST_ERROR, e.getMessage()), Optional.empty(), 0);
    }
    try {
      endpoint = endpoints.resolve(service, operation, input, endpointSettings);
    } catch (EndpointException e) {
      return PageAnswer.failure(CommandError.of(ErrorCode.ENDPOINT_ERROR, e.getMessage()), Optional.empty(), 0);
    }
    WireRequest.Builder rb = request.toBuilder();
    endpoint.headers().forEach((name, values) -> {
      if (!values.isEmpty()) {
        rb.header(name, String.join(",", values));
      }
    });
    rb.header("User-Agent", userAgent);
    return attempt(rb.build(), endpoint, streamTo);
  }

  private PageAnswer attempt(WireRequest request, ResolvedEndpoint endpoint, Optional<OutputFile> streamTo)
      throws InterruptedException {
    int attempt = 0;
    while (true) {
      attempt++;
      SignedHttpRequest exchange;
      try {
        exchange = signer.sign(request, endpoint.url(), endpoint.authScheme());
      } catch (ExchangeSigner.SigningFailure e) {
        return PageAnswer.failure(CommandError.of(ErrorCode.CREDENTIALS_ERROR, e.getMessage()), Optional.empty(), attempt - 1);
      }
      WireResponse response;
      try {
        response = transport.send(exchange.method(), exchange.uri(), exchange.headers(), exchange.body(), streamTo, readTimeout);
      } catch (TransportException e) {
        if (e.code() != ErrorCode.OUTFILE_ERROR && e.code() != ErrorCode.RESPONSE_TOO_LARGE && retries.mayRetryAfter(attempt)) {
          sleeper.sleep(retries.backoff(attempt));
          continue;
        }
        String message = e.getMessage() + (attempt > 1 ? " (after " + attempt + " attempts)" : "");
        return PageAnswer.failure(CommandError.of(e.code(), message), Optional.empty(), attempt);
      }
      if (!codec.isError(service, operation, response)) {
        try {
          ObjectNode output = codec.parseOutput(service, operation, response);
          return PageAnswer.success(output, response, attempt);
        } catch (ProtocolException | IllegalArgumentException e) {
          return PageAnswer.failure(CommandError.of(ErrorCode.MALFORMED_RESPONSE,
              "the " + service.name() + " answer to " + operation.name() + " could not be read: " + e.getMessage()),
              Optional.of(response), attempt);
        }
      }
      ParsedError error = readError(response);
      if (RetryStrategy.isRetryable(response.status(), error.code()) && retries.mayRetryAfter(attempt)) {
        sleeper.sleep(retries.backoff(attempt));
        continue;
      }
      return PageAnswer.serviceError(error, response, attempt);
    }
  }

  private ParsedError readError(WireResponse response) {
    try {
      return codec.parseError(service, operation, response);
    } catch (ProtocolException | IllegalArgumentException e) {
      // As botocore: an unreadable error body still is an error, named by its status.
      return new ParsedError(String.valueOf(response.status()),
          "HTTP " + response.status() + " with a body that is not a " + service.metadata().protocol() + " error",
          RequestIds.of(response), Optional.empty(), JsonNodeFactory.instance.objectNode());
    }
  }
}
