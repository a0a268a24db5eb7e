package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation index: what it holds, and that a botocore model loads it only when asked. */
class ModelDocumentationTests {
  private static final String SERVICE = """
      {
        "version": "2.0",
        "metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "demo", "protocol": "json",
                     "serviceId": "Demo", "documentation": "not a doc of anything"},
        "operations": {
          "GetThing": {"name": "GetThing", "http": {"method": "POST", "requestUri": "/"},
                       "input": {"shape": "GetThingRequest", "documentation": "not kept"},
                       "documentation": "<p>Gets a thing.</p>"},
          "Undocumented": {"name": "Undocumented", "http": {"method": "POST", "requestUri": "/"}}
        },
        "shapes": {
          "GetThingRequest": {
            "type": "structure",
            "required": ["Id"],
            "members": {
              "Id": {"shape": "String", "documentation": "<p>The id.</p>"},
              "Tags": {"shape": "TagList"},
              "documentation": {"shape": "String", "documentation": "A member named documentation."}
            },
            "documentation": "<p>The request.</p>"
          },
          "TagList": {"type": "list", "member": {"shape": "String", "documentation": "One tag."}},
          "TagMap": {"type": "map", "key": {"shape": "String", "documentation": "Key."},
                     "value": {"shape": "String"}, "documentation": "Tags by key."},
          "String": {"type": "string"}
        },
        "documentation": "<p>The demo service.</p>"
      }
      """;

  @Test
  void holdsTheServiceOperationShapeAndMemberStrings() throws IOException {
    ModelDocumentation docs = BotocoreModelReader.readDocumentation(SERVICE.getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of("<p>The demo service.</p>"), docs.service());
    assertEquals(Optional.of("<p>Gets a thing.</p>"), docs.operation("GetThing"));
    assertEquals(Optional.empty(), docs.operation("Undocumented"));
    assertEquals(Optional.empty(), docs.operation("NoSuchOperation"));
    assertEquals(Optional.of("<p>The request.</p>"), docs.shape("GetThingRequest"));
    assertEquals(Optional.empty(), docs.shape("String"));
    assertEquals(Optional.of("<p>The id.</p>"), docs.member("GetThingRequest", "Id"));
    assertEquals(Optional.empty(), docs.member("GetThingRequest", "Tags"));
    assertEquals(Optional.of("A member named documentation."), docs.member("GetThingRequest", "documentation"));
    assertEquals(Optional.of("One tag."), docs.member("TagList", "member"));
    assertEquals(Optional.of("Key."), docs.member("TagMap", "key"));
    assertEquals(Optional.empty(), docs.member("TagMap", "value"));
    assertEquals(Optional.of("Tags by key."), docs.shape("TagMap"));
    assertEquals(Optional.empty(), docs.member("NoSuchShape", "Id"));
    assertEquals(8, docs.size());
  }

  @Test
  void aBotocoreModelReadsItsDocumentationOnlyWhenAsked() throws IOException {
    AtomicInteger reads = new AtomicInteger();
    byte[] json = SERVICE.getBytes(StandardCharsets.UTF_8);
    ServiceModel m = BotocoreModelReader.read("demo", json, null, () -> {
      reads.incrementAndGet();
      try {
        return BotocoreModelReader.readDocumentation(json);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }, Optional::empty, Optional::empty, "test");
    assertEquals(0, reads.get(), "loading the model does not read documentation");
    assertEquals(2, m.operations().size());
    assertEquals(Optional.of("<p>Gets a thing.</p>"), m.documentation().operation("GetThing"));
    assertEquals(Optional.of("One tag."), m.documentation().member("TagList", "member"));
    assertEquals(1, reads.get(), "read once, then kept");
  }

  @Test
  void theSecondPassReadsTheFileAgain(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("demo").resolve("2024-01-01"));
    Files.writeString(dir.resolve("service-2.json"), SERVICE);
    Files.createDirectories(root.resolve("sts"));
    ServiceModel m = BotocoreModelSource.open(root).load("demo");
    assertEquals("Demo", m.metadata().serviceId());
    Files.delete(dir.resolve("service-2.json"));
    ModelException e = assertThrows(ModelException.class, m::documentation);
    assertTrue(e.getMessage().contains("service-2.json"), e.getMessage());
  }

  @Test
  void realModelsHaveTheirDocumentation() {
    ServiceModel ec2 = BotocoreData.sourceOrSkip().load("ec2");
    ModelDocumentation docs = ec2.documentation();
    assertTrue(docs.service().orElseThrow().contains("Amazon Elastic Compute Cloud"));
    assertTrue(docs.operation("DescribeInstances").orElseThrow().contains("Describes"));
    assertTrue(docs.member("DescribeInstancesRequest", "InstanceIds").orElseThrow().contains("instance IDs"));
    assertTrue(docs.shape("Instance").orElseThrow().contains("instance"));
    assertTrue(docs.size() > 10_000, "ec2 documents " + docs.size() + " things");
  }

  @Test
  void builderIgnoresMissingStringsAndBuildsOnce() {
    ModelDocumentation.Builder b = ModelDocumentation.builder()
        .operation("A", null).shape("S", null).member("S", "m", null).shape("T", "t");
    ModelDocumentation docs = b.build();
    assertEquals(1, docs.size());
    assertEquals(Optional.of("t"), docs.shape("T"));
    assertThrows(IllegalStateException.class, b::build);
    assertEquals(0, ModelDocumentation.EMPTY.size());
    assertEquals(Optional.empty(), ModelDocumentation.EMPTY.service());
  }
}
