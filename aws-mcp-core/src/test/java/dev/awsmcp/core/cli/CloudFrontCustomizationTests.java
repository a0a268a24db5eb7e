package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;
import static dev.awsmcp.core.cli.CustomizationCases.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * cloudfront's simple arguments. The CLI makes up caller references and origin ids
 * ({@code <prefix>-<epoch seconds>-<1..1000000>}), so those are checked by form; the rest is
 * awscli 1.45.11's output for the same command lines.
 */
class CloudFrontCustomizationTests {
  private static final String MADE_UP = "-\\d{10,}-\\d{1,7}";

  @Test
  void originDomainNameFillsTheTemplate() throws Exception {
    ObjectNode params = parse("aws cloudfront create-distribution --origin-domain-name amzn-s3-demo-bucket.s3.amazonaws.com"
        + " --default-root-object index.html").params();
    ObjectNode config = (ObjectNode) params.get("DistributionConfig");
    String reference = config.remove("CallerReference").textValue();
    assertTrue(reference.matches("cli" + MADE_UP), reference);
    ObjectNode origin = (ObjectNode) config.get("Origins").get("Items").get(0);
    String id = origin.remove("Id").textValue();
    assertTrue(id.matches("amzn-s3-demo-bucket\\.s3\\.amazonaws\\.com" + MADE_UP), id);
    assertEquals(id, ((ObjectNode) config.get("DefaultCacheBehavior")).remove("TargetOriginId").textValue());
    // awscli 1.45.11 (cloudfront/create-distribution.rst#1), without the made-up values:
    JsonNode expected = new ObjectMapper().readTree("{\"DistributionConfig\": {\"Comment\": \"\", \"DefaultCacheBehavior\": {"
        + "\"ForwardedValues\": {\"Cookies\": {\"Forward\": \"none\"}, \"QueryString\": false}, \"MinTTL\": 0,"
        + " \"TrustedSigners\": {\"Enabled\": false, \"Quantity\": 0}, \"ViewerProtocolPolicy\": \"allow-all\"},"
        + " \"DefaultRootObject\": \"index.html\", \"Enabled\": true, \"Origins\": {\"Items\": [{\"DomainName\":"
        + " \"amzn-s3-demo-bucket.s3.amazonaws.com\", \"OriginPath\": \"\", \"S3OriginConfig\": {\"OriginAccessIdentity\": \"\"}}],"
        + " \"Quantity\": 1}}}");
    assertEquals(CustomizationCases.normalize(expected), CustomizationCases.normalize(params));
  }

  @Test
  void otherOriginsAreCustomHttpOnlyOrigins() {
    JsonNode origin = parse("aws cloudfront create-distribution --origin-domain-name www.example.com").params()
        .path("DistributionConfig").path("Origins").path("Items").get(0);
    assertEquals("{\"HTTPPort\":80,\"HTTPSPort\":443,\"OriginProtocolPolicy\":\"http-only\"}", origin.get("CustomOriginConfig").toString());
  }

  @Test
  void pathsBuildTheInvalidationBatch() {
    JsonNode batch = parse("aws cloudfront create-invalidation --distribution-id EDFDVBD6EXAMPLE"
        + " --paths \"/example-path/example-file.jpg\" \"/example-path/example-file2.png\"").params().get("InvalidationBatch");
    assertTrue(batch.get("CallerReference").textValue().matches("cli" + MADE_UP));
    assertEquals("{\"Quantity\":2,\"Items\":[\"/example-path/example-file.jpg\",\"/example-path/example-file2.png\"]}",
        batch.get("Paths").toString());
  }

  @Test
  void simpleAndFullFormsExcludeEachOther() {
    assertRejected("aws cloudfront create-distribution --distribution-config '{\"CallerReference\":\"r\"}'"
            + " --origin-domain-name x.example.com", ErrorCode.UNEXPECTED_ARGUMENT,
        "The key \"origin_domain_name\" cannot be specified when one of the following keys are also specified: distribution_config");
    assertRejected("aws cloudfront create-invalidation --distribution-id D"
            + " --invalidation-batch 'Paths={Quantity=1,Items=[/a]},CallerReference=r' --paths /b", ErrorCode.UNEXPECTED_ARGUMENT,
        "The key \"paths\" cannot be specified when one of the following keys are also specified: invalidation_batch");
  }

  @Test
  void updateDistributionDefaultRootObjectNeedsAnApiCall() {
    assertRejected("aws cloudfront update-distribution --id EDFDVBD6EXAMPLE --default-root-object index.html",
        ErrorCode.UNSUPPORTED_COMMAND, "GetDistributionConfig");
  }
}
