package dev.awsmcp.core.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmcp.core.model.ServiceModel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointPlacedLabelsTests {
  private static ServiceModel model(String name) {
    return PythonBotocore.engine().catalog().load(name).orElseThrow();
  }

  @Test
  void s3RequestUrisLoseTheBucketTheRulesAlreadyPlaced() {
    ServiceModel s3 = model("s3");
    assertEquals("/{Key+}", RuleSetPlacedLabels.requestUri(s3, s3.operation("GetObject").orElseThrow()));
    assertEquals("", RuleSetPlacedLabels.requestUri(s3, s3.operation("HeadBucket").orElseThrow()));
    assertEquals("?tagging", RuleSetPlacedLabels.requestUri(s3, s3.operation("GetBucketTagging").orElseThrow()));
    assertEquals("/", RuleSetPlacedLabels.requestUri(s3, s3.operation("ListBuckets").orElseThrow()));
  }

  @Test
  void otherServicesKeepTheirRequestUris() {
    ServiceModel lambda = model("lambda");
    assertEquals("/2015-03-31/functions/{FunctionName}",
        RuleSetPlacedLabels.requestUri(lambda, lambda.operation("GetFunction").orElseThrow()));
  }

  @Test
  void s3ControlLosesTheAccountIdHostPrefixOthersKeepTheirs() {
    ServiceModel s3control = model("s3control");
    assertEquals(Optional.empty(), RuleSetPlacedLabels.hostPrefix(s3control, s3control.operation("ListJobs").orElseThrow()));
    ServiceModel sd = model("servicediscovery");
    assertEquals(Optional.of("data-"), RuleSetPlacedLabels.hostPrefix(sd, sd.operation("DiscoverInstances").orElseThrow()));
  }
}
