package dev.awsmcp.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the DynamoDB and SQS model jars on the test class path. */
class SmithyModelSourceTests {
  private static final SmithyModelSource SOURCE =
      SmithyModelSource.fromClassLoader(SmithyModelSourceTests.class.getClassLoader());

  @Test
  void findsTheJarsOnTheClassPathWithTheirVersions() {
    assertEquals(List.of("dynamodb", "sqs"), List.copyOf(SOURCE.serviceNames()));
    assertEquals("smithy", SOURCE.kind());
    assertEquals(Optional.of("dynamodb:1.0.14, sqs:1.0.6"), SOURCE.version());
    assertEquals(Optional.of("sqs:1.0.6"), SOURCE.versionOf("sqs"));
    assertEquals(Optional.of("com.amazonaws.dynamodb#DynamoDB_20120810"), SOURCE.shapeIdOf("dynamodb"));
    assertTrue(SOURCE.location().startsWith("classpath: "), SOURCE.location());
  }

  @Test
  void loadsDynamoDb() {
    ServiceModel m = SOURCE.load("dynamodb");
    ServiceMetadata meta = m.metadata();
    assertEquals("json", meta.protocol());
    assertEquals(Optional.of("1.0"), meta.jsonVersion());
    assertEquals(Optional.of("DynamoDB_20120810"), meta.targetPrefix());
    assertEquals("dynamodb", meta.signingName());
    assertEquals("DynamoDB", meta.serviceId());
    assertEquals("Amazon DynamoDB", meta.serviceFullName());
    assertEquals("2012-08-10", meta.apiVersion());
    assertEquals(List.of("aws.auth#sigv4"), meta.auth());
    assertEquals(Optional.empty(), meta.xmlNamespace(), "xmlNamespace is for XML protocols only");

    Operation getItem = m.operation("GetItem").orElseThrow();
    assertEquals("POST", getItem.httpMethod());
    assertEquals("/", getItem.requestUri());
    assertEquals(Optional.empty(), getItem.readOnly(), "no @readonly says nothing");
    Shape input = m.shape(getItem.inputShape().orElseThrow());
    assertTrue(input.required().containsAll(List.of("TableName", "Key")));
    assertEquals(Optional.of("ResourceArn"), input.member("TableName").orElseThrow().traits().contextParam());
    Shape attributeValue = input.member("Key").orElseThrow().target().mapValue().target();
    assertTrue(attributeValue.isUnion());
    assertEquals(ShapeType.BLOB, attributeValue.member("B").orElseThrow().target().type());

    // The @httpHeader on an awsJson member is ignored, as the protocol (and botocore) do.
    Shape putPolicy = m.shape(m.operation("PutResourcePolicy").orElseThrow().inputShape().orElseThrow());
    assertEquals(MemberTraits.Location.BODY,
        putPolicy.member("ConfirmRemoveSelfResourceAccess").orElseThrow().traits().location());

    Paginator query = m.paginator("Query").orElseThrow();
    assertEquals(List.of("ExclusiveStartKey"), query.inputTokens());
    assertEquals(Optional.of("Limit"), query.limitKey());
    assertTrue(m.operation("SearchVectors").orElseThrow().staticContextParams().get("IsSearchOperation").asBoolean());
    assertTrue(m.endpointRuleSet().orElseThrow().has("rules"));
    assertEquals("DescribeTable", m.waiters().orElseThrow().path("waiters").path("TableExists").path("operation").asText());
    assertTrue(m.source().startsWith("smithy dynamodb:1.0.14 ("), m.source());
  }

  @Test
  void loadsSqs() {
    ServiceModel m = SOURCE.load("sqs");
    assertTrue(m.metadata().awsQueryCompatible());
    assertEquals(Optional.of("AmazonSQS"), m.metadata().targetPrefix());
    assertEquals(Optional.empty(), m.operation("DeleteQueue").orElseThrow().outputShape(), "smithy.api#Unit is no output");

    Shape notFound = m.shape("QueueDoesNotExist");
    assertTrue(notFound.isException());
    assertTrue(notFound.awsQueryError());
    assertEquals(Optional.of("AWS.SimpleQueueService.NonExistentQueue"), notFound.errorCode());
    assertEquals(Optional.of(400), notFound.errorHttpStatus());
    assertTrue(notFound.errorSenderFault());

    assertTrue(m.shape("QueueAttributeName").enumValues().contains("All"));
    // SQS's JSON model keeps awsQuery's @xmlName; JSON keys stay the member names.
    Member entries = m.shape("SendMessageBatchRequest").member("Entries").orElseThrow();
    assertEquals(Optional.empty(), entries.traits().locationName());
    assertTrue(entries.traits().flattened());
  }

  @Test
  void unknownServiceIsAModelException() {
    assertThrows(ModelException.class, () -> SOURCE.load("s3"));
  }

  @Test
  void loadsJarsAndJsonFilesGivenByPath(@TempDir Path tmp) throws Exception {
    Path jar = jarOf("sqs");
    SmithyModelSource fromJar = SmithyModelSource.fromPaths(List.of(jar));
    assertEquals(Optional.of("sqs:1.0.6"), fromJar.version());
    assertEquals(23, fromJar.load("sqs").operations().size());

    Path json = tmp.resolve("sqs-2012-11-05.json");
    try (InputStream in = new URL("jar:" + jar.toUri() + "!/META-INF/smithy/2012-11-05/sqs-2012-11-05.json").openStream()) {
      Files.copy(in, json);
    }
    SmithyModelSource fromJson = SmithyModelSource.fromPaths(List.of(json));
    assertEquals(Optional.of("sqs-2012-11-05.json"), fromJson.version(), "a bare file is named by its file name");
    assertEquals(fromJar.load("sqs").operations().keySet(), fromJson.load("sqs").operations().keySet());
    assertEquals(List.of("sqs"), List.copyOf(SmithyModelSource.fromPaths(List.of(tmp)).serviceNames()),
        "a folder without a manifest: every JSON file in it");
  }

  @Test
  void aClassLoaderWithoutModelsListsNothing() {
    SmithyModelSource empty = SmithyModelSource.fromClassLoader(new java.net.URLClassLoader(new URL[0], null));
    assertTrue(empty.serviceNames().isEmpty());
    assertFalse(empty.version().isPresent());
  }

  // The model jar on the test class path, found through its manifest.
  static Path jarOf(String artifact) throws Exception {
    for (URL url : Collections.list(SmithyModelSourceTests.class.getClassLoader().getResources(SmithyModelSource.MANIFEST))) {
      String spec = url.toString();
      if (spec.startsWith("jar:file:") && spec.contains("/" + artifact + "-")) {
        return Path.of(URI.create(spec.substring(4, spec.indexOf("!/"))));
      }
    }
    throw new AssertionError("no " + artifact + " model jar on the class path");
  }
}
