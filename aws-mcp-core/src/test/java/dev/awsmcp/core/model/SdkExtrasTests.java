package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * service-2.sdk-extras.json merged while streaming gives what merging it into the tree gave: values
 * replaced, members added to existing shapes (with their documentation), new shapes and operations
 * appended, a whole new section.
 */
class SdkExtrasTests {
  private static final String SERVICE = """
      {
        "metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "demo", "protocol": "json", "serviceId": "Old"},
        "operations": {
          "CopyThing": {"name": "CopyThing", "http": {"method": "POST", "requestUri": "/"},
                        "input": {"shape": "CopyThingMessage"}, "documentation": "Copies."}
        },
        "shapes": {
          "CopyThingMessage": {"type": "structure", "members": {"Id": {"shape": "String", "documentation": "Id."}}},
          "Expires": {"type": "string", "documentation": "When."},
          "String": {"type": "string"}
        },
        "documentation": "Demo."
      }
      """;
  private static final String EXTRAS = """
      {
        "version": 1.0,
        "merge": {
          "metadata": {"serviceId": "New"},
          "operations": {"NewThing": {"name": "NewThing", "http": {"method": "GET", "requestUri": "/new"},
                                      "documentation": "New."}},
          "shapes": {
            "CopyThingMessage": {"members": {"SourceRegion": {"shape": "String", "documentation": "Where from."}}},
            "Expires": {"type": "timestamp"},
            "Added": {"type": "integer", "documentation": "Added."}
          },
          "clientContextParams": {"Accelerate": {"type": "boolean"}}
        }
      }
      """;

  @Test
  void mergedWhileStreamingAsOnTheTree(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("demo").resolve("2024-01-01"));
    Files.writeString(dir.resolve("service-2.json"), SERVICE);
    Files.writeString(dir.resolve("service-2.sdk-extras.json"), EXTRAS);
    ServiceModel streamed = BotocoreModelSource.open(root).load("demo");
    ServiceModel tree = TreeBotocoreModelReader.load("demo", dir);
    assertEquals(ModelDump.model(tree), ModelDump.model(streamed));
    assertEquals(ModelDump.documentation(tree), ModelDump.documentation(streamed));

    assertEquals("New", streamed.metadata().serviceId());
    assertEquals(List.of("Id", "SourceRegion"), List.copyOf(streamed.shape("CopyThingMessage").members().keySet()));
    assertEquals(ShapeType.TIMESTAMP, streamed.shape("Expires").type());
    assertEquals(List.of("CopyThingMessage", "Expires", "String", "Added"), List.copyOf(streamed.shapes().all().keySet()));
    assertEquals("/new", streamed.operation("NewThing").orElseThrow().requestUri());
    assertTrue(streamed.clientContextParams().containsKey("Accelerate"));
    ModelDocumentation docs = streamed.documentation();
    assertEquals(Optional.of("Where from."), docs.member("CopyThingMessage", "SourceRegion"));
    assertEquals(Optional.of("When."), docs.shape("Expires"), "kept where the extras say nothing");
    assertEquals(Optional.of("New."), docs.operation("NewThing"));
    assertEquals(Optional.of("Added."), docs.shape("Added"));
  }

  @Test
  void realExtrasAreMerged() {
    BotocoreModelSource source = BotocoreData.sourceOrSkip();
    ServiceModel rds = source.load("rds");
    assertTrue(rds.shape("CopyDBSnapshotMessage").members().containsKey("SourceRegion"));
    assertTrue(rds.documentation().member("CopyDBSnapshotMessage", "SourceRegion").orElseThrow().contains("region"));
    assertEquals(ShapeType.TIMESTAMP, source.load("s3").shape("Expires").type());
  }
}
