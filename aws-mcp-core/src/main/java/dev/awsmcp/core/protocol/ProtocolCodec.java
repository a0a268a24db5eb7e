package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;

/**
 * One AWS wire protocol, driven by the model: lays out requests and reads responses and errors.
 *
 * <p>Values follow one convention on both sides, the one {@code parse} prints: member names are
 * API names; timestamps are ISO-8601 strings (input: any ISO-8601 the parser produced; output:
 * Python's {@code isoformat()} in UTC, {@code 2015-01-25T08:00:00+00:00}, with
 * {@code .ffffff} when there are fractional seconds, as the AWS CLI prints them); blobs are
 * base64 strings; documents are plain JSON. A streaming output payload is not part of the
 * parsed output (the executor writes it to a file).
 *
 * <p>Implementations are stateless and thread-safe. They throw {@link ProtocolException} for
 * input that cannot be laid out and for responses that cannot be read.
 */
public interface ProtocolCodec {

  /** The request for one call; idempotency tokens absent from the input are filled here. */
  WireRequest serialize(ServiceModel service, Operation operation, ObjectNode input);

  /**
   * Whether a response is an error. Most protocols go by the status alone; S3 can answer 200 with
   * an error document (CopyObject, CompleteMultipartUpload), which botocore treats as an error.
   */
  default boolean isError(ServiceModel service, Operation operation, WireResponse response) {
    return !response.isSuccess();
  }

  /** The output of a successful response ({@code {}} for an operation without output). */
  ObjectNode parseOutput(ServiceModel service, Operation operation, WireResponse response);

  /** The error of a failed response. */
  ParsedError parseError(ServiceModel service, Operation operation, WireResponse response);
}
