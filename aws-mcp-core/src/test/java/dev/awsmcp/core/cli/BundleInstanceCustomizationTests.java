package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** ec2 bundle-instance's scalar arguments and generated upload policy; expected values from awscli 1.45.11. */
class BundleInstanceCustomizationTests {
  @Test
  void givenPolicyIsSignedWithTheSecretKey() {
    assertParams("aws ec2 bundle-instance --instance-id i-1 --bucket b --prefix p --owner-akid AK --owner-sak secret"
            + " --policy '{\"expiration\": \"2030-01-01T00:00:00.000000Z\"}'",
        "{\"InstanceId\": \"i-1\", \"Storage\": {\"S3\": {\"AWSAccessKeyId\": \"AK\", \"Bucket\": \"b\", \"Prefix\": \"p\","
            + " \"UploadPolicy\": \"eyJleHBpcmF0aW9uIjogIjIwMzAtMDEtMDFUMDA6MDA6MDAuMDAwMDAwWiJ9\","
            + " \"UploadPolicySignature\": \"sq2K1rSXmq3NMdEbozXhuaNYISY=\"}}}");
  }

  @Test
  void missingPolicyIsGeneratedToExpireInADay() throws Exception {
    // awscli 1.45.11 with its clock at 2024-05-06T07:08:09.123456Z (get_current_datetime patched).
    ServiceModel ec2 = TestEngines.botocore().catalog().load("ec2").orElseThrow();
    Operation op = ec2.operation("BundleInstance").orElseThrow();
    ObjectNode params = (ObjectNode) new ObjectMapper().readTree(
        "{\"InstanceId\": \"i-1\", \"Storage\": {\"S3\": {\"Bucket\": \"bundletasks\", \"Prefix\": \"winami\","
            + " \"AWSAccessKeyId\": \"AK12AJEXAMPLE\", \"_SAK\": \"example123example\"}}}");
    Clock clock = Clock.fixed(Instant.parse("2024-05-06T07:08:09.123456Z"), ZoneOffset.UTC);
    assertNull(new BundleInstanceCustomization(clock).beforeParameterBuild(params, ec2, op));
    ObjectNode s3 = (ObjectNode) params.get("Storage").get("S3");
    assertEquals("{\"expiration\": \"2024-05-07T07:08:09.123456Z\",\"conditions\": [{\"bucket\": \"bundletasks\"},"
            + "{\"acl\": \"ec2-bundle-read\"},[\"starts-with\", \"$key\", \"winami\"]]}",
        new String(Base64.getDecoder().decode(s3.get("UploadPolicy").textValue()), StandardCharsets.UTF_8));
    assertEquals("5yNJSE7cad3mjAqEhmVHrIHHi2g=", s3.get("UploadPolicySignature").textValue());
    assertEquals(false, s3.has("_SAK"));
  }

  @Test
  void storageCannotBeMixedWithTheScalarOptions() {
    assertRejected("aws ec2 bundle-instance --instance-id i-1 --storage 'S3={Bucket=b,Prefix=p}' --bucket x",
        ErrorCode.UNEXPECTED_ARGUMENT, "Mixing the --storage option with the simple, scalar options is not recommended.");
  }
}
