package dev.awsmcp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.api.ParseResult;
import dev.awsmcp.api.command.RegionSource;
import dev.awsmcp.api.error.ErrorCode;
import dev.awsmcp.api.exec.CallListener;
import dev.awsmcp.api.exec.CallOptions;
import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.api.policy.ConsentAnswer;
import dev.awsmcp.api.policy.ConsentRequest;
import dev.awsmcp.core.json.CallResultJson;
import dev.awsmcp.core.testing.MotoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --region *} against moto: every enabled region, reads only, one consent, each region on its own. */
class RegionFanOutTests {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  @TempDir static Path home;
  private static String westVolume;

  private static AwsMcp engine(Map<String, String> extra) {
    Map<String, String> env = MotoServer.shared().clientEnvironment(home);
    env.putAll(extra);
    return AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null).searchInstalledModels(false)
        .environment(env).workingDirectory(home).build();
  }

  @BeforeAll
  static void volumesInTwoRegions() {
    AwsMcp engine = engine(Map.of());
    String tags = " --tag-specifications ResourceType=volume,Tags=[{Key=run,Value=" + RUN + "}]";
    CallResult west = engine.call("aws ec2 create-volume --size 1 --availability-zone us-west-2a --region us-west-2" + tags);
    assertTrue(west.ok(), west.toString());
    westVolume = west.response().orElseThrow().get("VolumeId").asText();
    CallResult ireland = engine.call("aws ec2 create-volume --size 2 --availability-zone eu-west-1a --region eu-west-1" + tags);
    assertTrue(ireland.ok(), ireland.toString());
  }

  private static Map<String, CallResult> byRegion(CallResult r) {
    Map<String, CallResult> out = new HashMap<>();
    r.regionResults().forEach(each -> out.put(each.metadata().orElseThrow().region(), each));
    return out;
  }

  @Test
  void theParserMarksTheCommandForEveryEnabledRegion() {
    for (String line : List.of("aws ec2 describe-volumes --region *", "aws ec2 describe-volumes --region '*'",
        "aws ec2 describe-volumes --region=*")) {
      ParseResult parsed = TestEngines.botocore().parseAndValidate(line);
      assertTrue(parsed.isSuccess(), parsed.errors().toString());
      assertEquals(RegionSource.EVERY_ENABLED_REGION, parsed.command().regionSource(), line);
      assertEquals("*", parsed.command().region());
    }
    assertFalse(TestEngines.botocore().parseAndValidate("aws ec2 describe-volumes --region eu-*").isSuccess());
  }

  @Test
  void aReadRunsInEveryEnabledRegionEachWithItsOwnAnswer() {
    AwsMcp engine = engine(Map.of());
    List<String> progress = new CopyOnWriteArrayList<>();
    CallResult r = engine.call("aws ec2 describe-volumes --filters Name=tag:run,Values=" + RUN + " --region *",
        CallOptions.defaults().withListener(new CallListener() {
          @Override
          public void regionDone(String region, int done, int total) {
            progress.add(done + "/" + total + " " + region);
          }
        }));
    assertTrue(r.ok(), r.toString());
    CallResult regions = engine.call("aws ec2 describe-regions");
    int enabled = regions.response().orElseThrow().get("Regions").size();
    assertEquals(enabled, r.regionResults().size());
    assertTrue(enabled > 10, "moto lists its regions: " + enabled);
    Map<String, CallResult> each = byRegion(r);
    assertEquals(1, each.get("us-west-2").response().orElseThrow().get("Volumes").size());
    assertEquals(2, each.get("eu-west-1").response().orElseThrow().get("Volumes").get(0).get("Size").asInt());
    assertEquals(0, each.get("ap-southeast-2").response().orElseThrow().get("Volumes").size());
    List<String> names = r.regionResults().stream().map(x -> x.metadata().orElseThrow().region()).collect(Collectors.toList());
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names, "results come in region order");
    assertEquals(enabled, progress.size());
    assertTrue(progress.get(progress.size() - 1).startsWith(enabled + "/" + enabled), progress.toString());
    JsonNode json = CallResultJson.of(r);
    assertEquals("*", json.get("region").asText());
    assertEquals(enabled, json.get("regions").size());
  }

  @Test
  void oneRegionsErrorDoesNotFailTheOthers() {
    CallResult r = engine(Map.of()).call("aws ec2 describe-volumes --volume-ids " + westVolume + " --region *");
    assertTrue(r.ok(), r.toString());
    Map<String, CallResult> each = byRegion(r);
    assertTrue(each.get("us-west-2").ok(), each.get("us-west-2").toString());
    CallResult elsewhere = each.get("eu-west-1");
    assertFalse(elsewhere.ok());
    assertEquals("InvalidVolume.NotFound", elsewhere.serviceError().orElseThrow().code());
  }

  @Test
  void regionsOutsideTheAllowListAreLeftOutAndNamed() {
    CallResult r = engine(Map.of("AWS_MCP_ALLOWED_REGIONS", "us-west-2,eu-west-1"))
        .call("aws ec2 describe-volumes --filters Name=tag:run,Values=" + RUN + " --region *");
    assertTrue(r.ok(), r.toString());
    assertEquals(List.of("eu-west-1", "us-west-2"),
        r.regionResults().stream().map(x -> x.metadata().orElseThrow().region()).collect(Collectors.toList()));
    JsonNode leftOut = r.response().orElseThrow().get("regionsLeftOut");
    assertTrue(leftOut.toString().contains("us-east-1"), leftOut.toString());
  }

  @Test
  void aCommandThatChangesSomethingIsRefusedAndNothingIsCreated() {
    AwsMcp engine = engine(Map.of());
    String name = "fan-out-" + RUN;
    CallResult r = engine.call("aws sqs create-queue --queue-name " + name + " --region *");
    assertFalse(r.ok());
    assertEquals(ErrorCode.POLICY_DENIED, r.error().orElseThrow().code());
    assertTrue(r.error().orElseThrow().message().contains("reads only"), r.toString());
    for (String region : List.of("us-east-1", "us-west-2")) {
      String listed = engine.call("aws sqs list-queues --region " + region).response().orElseThrow().toString();
      assertFalse(listed.contains(name), listed);
    }
  }

  // The region list is a request like any other: a profile outside the allow-list or a deny rule
  // stops it (and the whole command) before anything is sent.
  @Test
  void theRegionListIsCheckedByThePolicyLikeAnyCommand() throws Exception {
    CallResult otherProfile = engine(Map.of()).call("aws ec2 describe-volumes --profile 'other x' --region *");
    assertEquals(ErrorCode.POLICY_DENIED, otherProfile.error().orElseThrow().code(), otherProfile.toString());
    assertTrue(otherProfile.error().orElseThrow().message().contains("describe-regions"), otherProfile.toString());
    assertTrue(otherProfile.error().orElseThrow().message().contains("other x"), otherProfile.toString());

    Path deny = java.nio.file.Files.writeString(home.resolve("deny-regions.json"),
        "{\"version\": \"1.0\", \"deny\": [\"aws ec2 describe-regions\"]}");
    CallResult denied = engine(Map.of("AWS_MCP_POLICY_FILE", deny.toString())).call("aws sqs list-queues --region *");
    assertEquals(ErrorCode.POLICY_DENIED, denied.error().orElseThrow().code(), denied.toString());
    assertTrue(denied.regionResults().isEmpty());
  }

  @Test
  void theRegionListIsAudited() throws Exception {
    Path audit = home.resolve("audit-" + RUN + ".jsonl");
    CallResult r = engine(Map.of("AWS_MCP_AUDIT_FILE", audit.toString(), "AWS_MCP_ALLOWED_REGIONS", "us-west-2"))
        .call("aws ec2 describe-volumes --region *");
    assertTrue(r.ok(), r.toString());
    String lines = java.nio.file.Files.readString(audit);
    assertTrue(lines.contains("describe-regions"), lines);
  }

  @Test
  void aProfileIsOneWordOfTheRegionListCommandWhateverItHolds() {
    for (String profile : List.of("plain", "a b", "it's", "x --endpoint-url http://127.0.0.1:1")) {
      ParseResult parsed = TestEngines.botocore().parseAndValidate("aws ec2 describe-regions --profile " + RegionFanOut.quoted(profile));
      assertTrue(parsed.isSuccess(), parsed.errors().toString());
      assertEquals(java.util.Optional.of(profile), parsed.command().profile());
      assertTrue(parsed.command().endpointUrl().isEmpty(), profile);
    }
  }

  @Test
  void aGlobalServiceIsRefused() {
    CallResult r = engine(Map.of()).call("aws iam list-users --region *");
    assertEquals(ErrorCode.INVALID_GLOBAL_OPTION, r.error().orElseThrow().code());
    assertTrue(r.error().orElseThrow().message().contains("global"), r.toString());
  }

  @Test
  void aReadNeedingConsentIsAskedAboutOnceForAllRegions() {
    AwsMcp engine = engine(Map.of("AWS_MCP_ALLOWED_REGIONS", "us-west-2,eu-west-1,us-east-1"));
    List<ConsentRequest> asked = new CopyOnWriteArrayList<>();
    CallResult r = engine.call("aws ssm get-parameter --name /fan-out/" + RUN + " --region *",
        CallOptions.defaults().withConsentHandler(request -> {
          asked.add(request);
          return ConsentAnswer.APPROVED;
        }));
    assertEquals(1, asked.size());
    assertTrue(asked.get(0).reason().contains("3 regions"), asked.get(0).reason());
    assertEquals(3, r.regionResults().size());
    r.regionResults().forEach(each -> assertEquals("ParameterNotFound", each.serviceError().orElseThrow().code()));

    CallResult declined = engine.call("aws ssm get-parameter --name /fan-out/" + RUN + " --region *",
        CallOptions.defaults().withConsentHandler(request -> ConsentAnswer.DECLINED));
    assertEquals(ErrorCode.CONSENT_DECLINED, declined.error().orElseThrow().code());
    assertTrue(declined.regionResults().isEmpty());
  }

  @Test
  void aBudgetCountsEveryRegion() {
    CallResult r = engine(Map.of("AWS_MCP_ALLOWED_REGIONS", "us-west-2,eu-west-1,us-east-1", "AWS_MCP_MAX_CALLS_PER_SESSION", "2"))
        .call("aws ec2 describe-volumes --region *");
    long spent = r.regionResults().stream()
        .filter(x -> x.error().map(e -> e.code() == ErrorCode.BUDGET_EXCEEDED).orElse(false)).count();
    assertEquals(1, spent, r.regionResults().toString());
  }
}
