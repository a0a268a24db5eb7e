package dev.awsmcp.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTests {
  private static final List<String> SERVICES = List.of(
      "s3", "s3api", "s3control", "sqs", "sns", "ses", "sts", "ec2", "ecs", "ecr", "eks", "lambda",
      "logs", "cloud9", "cloudwatch", "cloudformation", "dynamodb", "iam", "iot", "kms", "ssm");
  private static final List<String> EC2_OPERATIONS = List.of(
      "describe-instances", "describe-instance-status", "describe-instance-attribute", "describe-images",
      "run-instances", "start-instances", "stop-instances", "terminate-instances", "describe-vpcs",
      "describe-subnets", "create-tags", "delete-tags", "describe-tags");
  private static final List<String> S3_COMMANDS = List.of("ls", "cp", "mv", "rm", "sync", "mb", "rb", "presign", "website");
  private static final List<String> CLOUD9_ARGS = List.of("--environment-id", "--cli-input-json", "--generate-cli-skeleton");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "--evnironment-id, --environment-id",
      "--enviroment-id, --environment-id",
      "--environment, --environment-id",
      "--Environment-Id, --environment-id",
  })
  void findsTheMisspelledParameter(String input, String expected) {
    assertEquals(expected, DidYouMean.suggest(input, CLOUD9_ARGS, 3).get(0));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "s4, s3",
      "lamdba, lambda",
      "dynamo, dynamodb",
      "cloudwach, cloudwatch",
      "S3, s3",
  })
  void findsTheMisspelledService(String input, String expected) {
    assertEquals(expected, DidYouMean.suggest(input, SERVICES, 3).get(0));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "describe-instance, describe-instances",
      "describe-instnaces, describe-instances",
      "describe-instances-status, describe-instance-status",
      "instances-describe, describe-instances",
      "desc-instances, describe-instances",
      "terminate-instance, terminate-instances",
  })
  void findsTheMisspelledOperation(String input, String expected) {
    assertEquals(expected, DidYouMean.suggest(input, EC2_OPERATIONS, 3).get(0));
  }

  @Test
  void lssMeansLs() {
    assertEquals(List.of("ls"), DidYouMean.suggest("lss", S3_COMMANDS, 3));
  }

  @Test
  void closerMatchesComeFirst() {
    List<String> got = DidYouMean.suggest("describe-instance", EC2_OPERATIONS, 5);
    assertEquals("describe-instances", got.get(0));
    assertTrue(got.containsAll(List.of("describe-instance-status", "describe-instance-attribute")), got::toString);
  }

  @Test
  void matchesKeepTheCandidatesSpelling() {
    assertEquals(List.of("InstanceIds"), DidYouMean.suggest("instanceids", List.of("InstanceIds", "Filters"), 3));
    assertEquals(List.of("Name"), DidYouMean.suggest("Nme", List.of("Name", "Values"), 3));
  }

  @Test
  void unrelatedWordsGetNoSuggestion() {
    assertEquals(List.of(), DidYouMean.suggest("frobnicate", EC2_OPERATIONS, 3));
    assertEquals(List.of(), DidYouMean.suggest("x", S3_COMMANDS, 3));
    assertEquals(List.of(), DidYouMean.suggest("zz", SERVICES, 3));
  }

  @Test
  void degenerateInputsGetNoSuggestion() {
    assertEquals(List.of(), DidYouMean.suggest("", SERVICES, 3));
    assertEquals(List.of(), DidYouMean.suggest("--", CLOUD9_ARGS, 3));
    assertEquals(List.of(), DidYouMean.suggest("s3", List.of(), 3));
    assertEquals(List.of(), DidYouMean.suggest("s3", SERVICES, 0));
  }

  @Test
  void returnsAtMostMax() {
    assertEquals(2, DidYouMean.suggest("describe", EC2_OPERATIONS, 2).size());
  }

  @Test
  void anAdjacentSwapCostsOneEdit() {
    assertEquals(1, DidYouMean.distance("evnironment", "environment", 3));
    assertEquals(2, DidYouMean.distance("abc", "cab", 3));
    assertEquals(4, DidYouMean.distance("kitten", "sittingxx", 3));
  }

  @Test
  void isFastOverHundredsOfCandidates() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      many.add("describe-resource-number-" + i);
    }
    many.add("describe-instances");
    for (int i = 0; i < 2_000; i++) {
      DidYouMean.suggest("describe-instanse", many, 3);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    int runs = 500;
    for (int i = 0; i < runs; i++) {
      assertEquals("describe-instances", DidYouMean.suggest("describe-instanse", many, 3).get(0));
    }
    long micros = (threads.getCurrentThreadCpuTime() - start) / runs / 1000;
    System.out.printf("DidYouMean (CPU time): %d µs over %d candidates%n", micros, many.size());
    assertTrue(micros < 5_000, "one suggestion over 601 candidates took " + micros + " µs");
  }
}
