package dev.awsmcp.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.model.Operation;
import dev.awsmcp.core.model.ServiceCatalog;
import dev.awsmcp.core.model.ServiceModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation of every loaded model gets a class, offline, and the known dangerous ones are never reads. */
class OperationClassifierTests {
  private static final ServiceCatalog CATALOG = TestEngines.botocore().catalog();

  private static Operation operation(String service, String name) {
    ServiceModel model = CATALOG.load(service).orElseThrow(() -> new AssertionError("no service " + service));
    return model.operation(name).orElseThrow(() -> new AssertionError("no operation " + service + " " + name));
  }

  static Stream<String> knownMutating() throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        OperationClassifierTests.class.getResourceAsStream("/policy/known-mutating.txt"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.trim());
        }
      }
    }
    return out.stream();
  }

  @Test
  void everyOperationOfEveryLoadedServiceIsClassified() {
    Map<OperationClass, Integer> counts = new EnumMap<>(OperationClass.class);
    int total = 0;
    for (String service : CATALOG.serviceNames()) {
      for (Operation op : CATALOG.load(service).orElseThrow().operations().values()) {
        Classification c = OperationClassifier.classify(service, op);
        assertFalse(c.basis().isBlank(), service + " " + op.name());
        counts.merge(c.operationClass(), 1, Integer::sum);
        total++;
      }
    }
    assertTrue(total > 15_000, "operations: " + total);
    assertEquals(total, counts.values().stream().mapToInt(Integer::intValue).sum());
    // Most AWS operations change something; a classifier calling most of them reads would be broken.
    assertTrue(counts.get(OperationClass.MUTATING) > counts.get(OperationClass.READ_ONLY) / 2, counts.toString());
  }

  @Test
  void theCuratedListCoversAtLeastFortyServices() throws IOException {
    assertTrue(knownMutating().map(l -> l.split(" ")[0]).distinct().count() >= 40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knownMutating")
  void aKnownMutatingOperationIsNeverClassifiedReadOnly(String entry) {
    String[] f = entry.split(" ");
    Classification c = OperationClassifier.classify(f[0], operation(f[0], f[1]));
    assertNotEquals(OperationClass.READ_ONLY, c.operationClass(), entry + ": " + c.basis());
  }

  @Test
  void everyOverrideNamesAnOperationOfTheLoadedModels() {
    ClassificationOverrides.all().keySet().forEach(key -> {
      String[] f = key.split(":");
      operation(f[0], f[1]);
    });
    assertTrue(ClassificationOverrides.all().size() > 50);
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
      "secretsmanager, GetSecretValue, SENSITIVE_READ",
      "secretsmanager, BatchGetSecretValue, SENSITIVE_READ",
      "ssm, GetParameter, SENSITIVE_READ",
      "ssm, GetParametersByPath, SENSITIVE_READ",
      "kms, Decrypt, SENSITIVE_READ",
      "ec2, GetPasswordData, SENSITIVE_READ",
      "secretsmanager, ListSecrets, READ_ONLY",
      "secretsmanager, DescribeSecret, READ_ONLY",
      "ec2, DescribeInstances, READ_ONLY",
      "s3, ListObjectsV2, READ_ONLY",
      "s3, GetObject, READ_ONLY",
      "dynamodb, Query, READ_ONLY",
      "dynamodb, BatchGetItem, READ_ONLY",
      "cloudtrail, LookupEvents, READ_ONLY",
      "sts, GetCallerIdentity, READ_ONLY",
      "sts, GetSessionToken, MUTATING",
      "ecr, GetAuthorizationToken, MUTATING",
      "dynamodb, BatchWriteItem, MUTATING",
      "iam, GenerateCredentialReport, MUTATING",
      "rds, DownloadDBLogFilePortion, READ_ONLY",
      "lightsail, DownloadDefaultKeyPair, MUTATING"})
  void operationsGetTheClassTheirEffectDeserves(String service, String operation, OperationClass expected) {
    assertEquals(expected, OperationClassifier.classify(service, operation(service, operation)).operationClass());
  }
}
