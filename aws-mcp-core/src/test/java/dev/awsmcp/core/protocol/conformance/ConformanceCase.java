package dev.awsmcp.core.protocol.conformance;

import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.util.Locale;
import java.util.Optional;
import software.amazon.smithy.protocoltests.traits.HttpMessageTestCase;

/**
 * One client-side Smithy protocol test, bound to the converted service model it runs against.
 *
 * @param protocol the Smithy protocol name, for example {@code awsJson1_0}
 * @param kind what the case checks
 * @param service the service converted to the internal model
 * @param operation the operation the case runs (for error cases: one that declares the error)
 * @param errorShape the error shape of an error-response case
 * @param test the Smithy test case: an {@code HttpRequestTestCase} or {@code HttpResponseTestCase}
 */
record ConformanceCase(
    String protocol,
    Kind kind,
    ServiceModel service,
    Operation operation,
    Optional<String> errorShape,
    HttpMessageTestCase test) {

  enum Kind { REQUEST, RESPONSE, ERROR }

  String id() {
    return test.getId();
  }

  /** The key of the case in skipped.tsv: a request and a response case may share an id. */
  String key() {
    return id() + "\t" + protocol + "\t" + kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return protocol + " " + kind.name().toLowerCase(Locale.ROOT) + " " + id();
  }
}
