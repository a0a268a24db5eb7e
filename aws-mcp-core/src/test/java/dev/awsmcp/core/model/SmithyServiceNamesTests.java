package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** sdkId to botocore model name. */
class SmithyServiceNamesTests {
  @Test
  void ruleAndOverrides() {
    assertEquals("dynamodb", SmithyServiceNames.fromSdkId("DynamoDB"));
    assertEquals("sqs", SmithyServiceNames.fromSdkId("SQS"));
    assertEquals("bedrock-agent-runtime", SmithyServiceNames.fromSdkId("Bedrock Agent Runtime"));
    assertEquals("cognito-idp", SmithyServiceNames.fromSdkId("Cognito Identity Provider"));
    assertEquals("elbv2", SmithyServiceNames.fromSdkId("Elastic Load Balancing v2"));
    assertEquals("codestar-notifications", SmithyServiceNames.fromSdkId("codestar notifications"));
    assertEquals("s3", SmithyServiceNames.fromSdkId("S3"), "CLI renames such as s3api are not model names");
  }

  /** Every botocore service's serviceId maps back to its folder name (sms-voice shares its id). */
  @Test
  void everyBotocoreServiceIdMapsToItsFolder() {
    BotocoreModelSource botocore = BotocoreData.sourceOrSkip();
    List<String> wrong = new ArrayList<>();
    for (String name : botocore.serviceNames()) {
      String serviceId = serviceId(botocore.serviceDir(name).orElseThrow());
      String mapped = SmithyServiceNames.fromSdkId(serviceId);
      if (!mapped.equals(name) && !Set.of("sms-voice").contains(name)) {
        wrong.add(serviceId + " -> " + mapped + ", botocore says " + name);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  // Reads only the metadata at the top of service-2.json: loading all 424 models takes long.
  private static String serviceId(Path dir) {
    Path file = Files.exists(dir.resolve("service-2.json")) ? dir.resolve("service-2.json") : dir.resolve("service-2.json.gz");
    try (InputStream in = Json.open(file); JsonParser p = SmithyJson.parser(in)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("metadata")) {
          return SmithyJson.tree(p).path("serviceId").asText();
        }
        p.skipChildren();
      }
      throw new AssertionError("no metadata in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
