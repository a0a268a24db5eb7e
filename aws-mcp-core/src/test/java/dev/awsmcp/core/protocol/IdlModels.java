package dev.awsmcp.core.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.awsmcp.core.model.ServiceModel;
import dev.awsmcp.core.model.SmithyModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.smithy.model.neighbor.Walker;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.validation.Severity;
import software.amazon.smithy.model.validation.ValidatedResult;
import software.amazon.smithy.model.validation.ValidationEvent;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.shapes.ModelSerializer;

/** Builds internal service models from Smithy IDL text, the shortest way to write a test model. */
public final class IdlModels {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Model base;

  private IdlModels() {}

  /** The service {@code serviceId} (absolute shape id) of the IDL document. */
  public static ServiceModel service(String idl, String serviceId) {
    ValidatedResult<Model> result = Model.assembler().addModel(base()).addUnparsedModel("test.smithy", idl).assemble();
    List<ValidationEvent> errors = new ArrayList<>();
    for (ValidationEvent e : result.getValidationEvents(Severity.ERROR)) {
      if (e.getSourceLocation().getFilename().endsWith("test.smithy")) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty() || result.getResult().isEmpty()) {
      throw new IllegalArgumentException("bad test model: " + errors);
    }
    return fromSmithy(result.getResult().get(), serviceId);
  }

  /**
   * Every model on the test class path (the trait definitions a test model needs, and the AWS
   * protocol tests), assembled once. The restJson1 validation tests need a model that is absent
   * here, so the partial result is taken.
   */
  public static synchronized Model base() {
    if (base == null) {
      base = Model.assembler(IdlModels.class.getClassLoader())
          .discoverModels(IdlModels.class.getClassLoader())
          .assemble()
          .getResult()
          .orElseThrow();
    }
    return base;
  }

  // The partial protocol-test model names smithy.framework#ValidationException, whose model
  // (smithy-validation-model) is absent here: references to shapes not in the document go.
  private static void dropDanglingErrors(JsonNode document) {
    JsonNode shapes = document.path("shapes");
    shapes.forEach(shape -> {
      JsonNode errors = shape.get("errors");
      if (errors instanceof ArrayNode) {
        for (int i = errors.size() - 1; i >= 0; i--) {
          if (!shapes.has(errors.get(i).path("target").asText())) {
            ((ArrayNode) errors).remove(i);
          }
        }
      }
    });
  }

  /** Converts one service of an assembled Smithy model through its JSON AST. */
  public static ServiceModel fromSmithy(Model model, String serviceId) {
    // Only the shapes the service reaches: the reader converts every data shape it is given.
    Set<Shape> connected = new Walker(model).walkShapes(model.expectShape(ShapeId.from(serviceId)));
    String ast = Node.printJson(ModelSerializer.builder().shapeFilter(connected::contains).build().serialize(model));
    try {
      JsonNode document = JSON.readTree(ast);
      dropDanglingErrors(document);
      String name = serviceId.substring(serviceId.indexOf('#') + 1).toLowerCase(Locale.ROOT);
      return SmithyModels.read(name, serviceId, document, "test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
