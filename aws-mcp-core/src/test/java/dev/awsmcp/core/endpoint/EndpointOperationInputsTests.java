package dev.awsmcp.core.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The endpoint test cases that name an operation, its input and the built-ins
 * ({@code operationInputs}), run through the whole {@link EndpointResolver} on the model our
 * Smithy loader reads from the same jar: context parameters, operation context paths
 * ({@code keys(RequestItems)} for DynamoDB's {@code ResourceArnList}) and built-ins must yield
 * the case's expected endpoint or error.
 */
class EndpointOperationInputsTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EndpointResolver RESOLVER = new EndpointResolver();
  private static final Set<String> KNOWN_BUILT_INS = Set.of("AWS::Region", "AWS::UseFIPS", "AWS::UseDualStack",
      "SDK::Endpoint", "AWS::Auth::AccountId", "AWS::Auth::AccountIdEndpointMode");
  private static volatile AwsMcp smithy;

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (SmithyEndpointTestCases.ServiceTests service : SmithyEndpointTestCases.load()) {
      int i = 0;
      for (JsonNode c : service.cases()) {
        i++;
        int j = 0;
        for (JsonNode input : c.path("operationInputs")) {
          String name = service.serviceId() + " #" + i + "." + (++j) + " " + input.path("operationName").asText()
              + " " + input.path("builtInParams") + " " + input.path("operationParams");
          out.add(Arguments.of(Named.of(name, new Object[] {service.serviceId(), input, c.get("expect")})));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolverGivesTheExpectedEndpointForTheOperation(Object[] args) {
    String serviceId = (String) args[0];
    JsonNode input = (JsonNode) args[1];
    JsonNode expect = (JsonNode) args[2];
    JsonNode builtIns = input.path("builtInParams");
    builtIns.fieldNames().forEachRemaining(name ->
        Assumptions.assumeTrue(KNOWN_BUILT_INS.contains(name), "built-in " + name + " has no setting"));
    // botocore (so the AWS CLI) drops FIPS and dual-stack when an endpoint URL is given instead
    // of refusing the combination, as these cases expect of an SDK that passes them through.
    boolean endpointGiven = builtIns.has("SDK::Endpoint");
    Assumptions.assumeFalse(endpointGiven && (builtIns.path("AWS::UseFIPS").asBoolean() || builtIns.path("AWS::UseDualStack").asBoolean()),
        "botocore drops FIPS and dual-stack when an endpoint URL is given");

    ServiceModel service = smithyModel(serviceId);
    Operation operation = service.operation(input.get("operationName").asText()).orElseThrow();
    ObjectNode params = input.has("operationParams") ? (ObjectNode) input.get("operationParams") : JSON.createObjectNode();
    EndpointSettings settings = settings(builtIns);

    if (expect.has("error")) {
      EndpointException e = assertThrows(EndpointException.class, () -> RESOLVER.resolve(service, operation, params, settings));
      assertEquals(expect.get("error").asText(), e.getMessage());
      return;
    }
    ResolvedEndpoint endpoint = RESOLVER.resolve(service, operation, params, settings);
    assertEquals(expect.at("/endpoint/url").asText(), endpoint.url().toString());
    JsonNode schemes = expect.at("/endpoint/properties/authSchemes");
    if (schemes.isArray() && !schemes.isEmpty()) {
      assertEquals(schemes.get(0).path("name").asText(), endpoint.authScheme().name());
      assertTrue(!schemes.get(0).has("signingName")
          || schemes.get(0).get("signingName").asText().equals(endpoint.authScheme().signingName()));
    }
  }

  private static EndpointSettings settings(JsonNode b) {
    return new EndpointSettings(
        b.path("AWS::Region").asText("us-east-1"),
        b.has("SDK::Endpoint") ? Optional.of(URI.create(b.get("SDK::Endpoint").asText())) : Optional.empty(),
        b.path("AWS::UseFIPS").asBoolean(false),
        b.path("AWS::UseDualStack").asBoolean(false),
        false, false, false, false, false, false, false, false,
        Optional.ofNullable(b.path("AWS::Auth::AccountId").asText(null)),
        b.path("AWS::Auth::AccountIdEndpointMode").asText("preferred"));
  }

  private static ServiceModel smithyModel(String serviceId) {
    AwsMcp e = smithy;
    if (e == null) {
      synchronized (EndpointOperationInputsTests.class) {
        e = smithy;
        if (e == null) {
          e = AwsMcp.builder()
              .modelClassLoader(EndpointOperationInputsTests.class.getClassLoader())
              .searchInstalledModels(false)
              .environment(Map.of("AWS_CONFIG_FILE", "/nonexistent"))
              .build();
          smithy = e;
        }
      }
    }
    String name = serviceId.contains("dynamodb") ? "dynamodb" : "sqs";
    ServiceModel model = e.catalog().load(name).orElseThrow();
    assertTrue(model.source().startsWith("smithy"), model.source());
    return model;
  }
}
