package dev.awsmcp.core.protocol.conformance;

import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.protocol.IdlModels;
import dev.awsmcp.core.protocol.ProtocolCodecs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.neighbor.Walker;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.protocoltests.traits.AppliesTo;
import software.amazon.smithy.protocoltests.traits.HttpMessageTestCase;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestCase;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestsTrait;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestsTrait;

/**
 * Collects the client-side request and response tests of {@code smithy-aws-protocol-tests} for
 * every protocol the codec registry speaks, each bound to its service converted to the internal
 * model. Also counts what is left out and why, for the conformance report.
 */
final class ConformanceCases {
  private final List<ConformanceCase> cases = new ArrayList<>();
  private final Map<String, Integer> notApplicable = new LinkedHashMap<>();

  private ConformanceCases() {}

  static ConformanceCases load() {
    ConformanceCases out = new ConformanceCases();
    Model model = IdlModels.base();
    for (ServiceShape service : model.getServiceShapes()) {
      out.addService(model, service);
    }
    return out;
  }

  List<ConformanceCase> cases() {
    return cases;
  }

  /** Counts of cases that do not apply to this engine, by reason. */
  Map<String, Integer> notApplicable() {
    return notApplicable;
  }

  private void addService(Model model, ServiceShape service) {
    List<OperationShape> operations = new ArrayList<>(TopDownIndex.of(model).getContainedOperations(service));
    if (operations.isEmpty()) {
      return;
    }
    ServiceModel converted = null;
    Set<Shape> closure = new Walker(model).walkShapes(service);
    for (OperationShape op : operations) {
      List<HttpMessageTestCase> tests = new ArrayList<>();
      op.getTrait(HttpRequestTestsTrait.class).ifPresent(t -> tests.addAll(t.getTestCases()));
      op.getTrait(HttpResponseTestsTrait.class).ifPresent(t -> tests.addAll(t.getTestCases()));
      for (HttpMessageTestCase test : tests) {
        if (applies(service, test)) {
          converted = converted == null ? IdlModels.fromSmithy(model, service.getId().toString()) : converted;
          add(converted, operationNamed(converted, service, op), Optional.empty(), test);
        }
      }
    }
    for (Shape s : closure) {
      if (!(s instanceof StructureShape) || !s.hasTrait(HttpResponseTestsTrait.class)) {
        continue;
      }
      for (HttpMessageTestCase test : s.expectTrait(HttpResponseTestsTrait.class).getTestCases()) {
        if (applies(service, test)) {
          converted = converted == null ? IdlModels.fromSmithy(model, service.getId().toString()) : converted;
          Optional<Operation> op = operationDeclaring(converted, s.getId().getName(service));
          if (op.isEmpty()) {
            count("error shape not bound to an operation");
            continue;
          }
          add(converted, op.get(), Optional.of(s.getId().getName(service)), test);
        }
      }
    }
  }

  private boolean applies(ServiceShape service, HttpMessageTestCase test) {
    ShapeId protocol = test.getProtocol();
    if (!service.hasTrait(protocol)) {
      return false; // the test belongs to another service of the same operation
    }
    if (test.getAppliesTo().isPresent() && test.getAppliesTo().get() != AppliesTo.CLIENT) {
      count("server-only");
      return false;
    }
    Optional<String> botocore = SmithyProtocols.botocoreId(protocol);
    if (botocore.isEmpty()) {
      count(protocol.getName() + " (no botocore protocol)");
      return false;
    }
    if (ProtocolCodecs.forProtocol(botocore.get()).isEmpty()) {
      count(protocol.getName() + " (no codec registered yet)");
      return false;
    }
    return true;
  }

  private void add(ServiceModel service, Operation op, Optional<String> error, HttpMessageTestCase test) {
    ConformanceCase.Kind kind = error.isPresent() ? ConformanceCase.Kind.ERROR
        : test instanceof HttpRequestTestCase ? ConformanceCase.Kind.REQUEST : ConformanceCase.Kind.RESPONSE;
    cases.add(new ConformanceCase(test.getProtocol().getName(), kind, service, op, error, test));
  }

  private static Operation operationNamed(ServiceModel converted, ServiceShape service, OperationShape op) {
    String name = op.getId().getName(service);
    return converted.operation(name).orElseThrow(() -> new IllegalStateException("lost operation " + name));
  }

  private static Optional<Operation> operationDeclaring(ServiceModel converted, String error) {
    return converted.operations().values().stream().filter(o -> o.errors().contains(error)).findFirst();
  }

  private void count(String reason) {
    notApplicable.merge(reason, 1, Integer::sum);
  }
}
