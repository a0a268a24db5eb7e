package dev.awsmcp.core.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.api.command.ParsedCommand;
import dev.awsmcp.core.AwsMcp;
import dev.awsmcp.core.TestEngines;
import dev.awsmcp.core.endpoint.EndpointSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endpoint built-ins come from the command, then the environment, then the profile's config. */
class EndpointSettingsFactoryTests {
  @TempDir Path dir;

  private EndpointSettings settingsFor(String command, Map<String, String> extraEnv) throws Exception {
    Path config = dir.resolve("config");
    Files.writeString(config, "[default]\nregion = us-east-1\ns3 =\n  addressing_style = path\n  use_accelerate_endpoint = true\n"
        + "[profile fips]\nuse_fips_endpoint = true\nsts_regional_endpoints = legacy\n");
    Map<String, String> env = new HashMap<>(Map.of("AWS_CONFIG_FILE", config.toString(),
        "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("none").toString()));
    env.putAll(extraEnv);
    AwsMcp engine = AwsMcp.builder().modelPath(TestEngines.botocoreData()).modelClassLoader(null)
        .searchInstalledModels(false).environment(env).build();
    ParsedCommand c = engine.parseAndValidate(command).command();
    return new EndpointSettingsFactory(env, Optional.empty()).forCommand(c, engine.catalog().load(c.service()).orElseThrow());
  }

  @Test
  void theS3SectionOfTheProfileSetsAddressingAndAcceleration() throws Exception {
    EndpointSettings s = settingsFor("aws s3api list-objects-v2 --bucket b", Map.of());
    assertTrue(s.s3ForcePathStyle());
    assertTrue(s.s3Accelerate());
    assertFalse(s.useFips());
  }

  @Test
  void theCommandsProfileIsTheOneRead() throws Exception {
    EndpointSettings s = settingsFor("aws sts get-caller-identity --profile fips", Map.of());
    assertTrue(s.useFips());
    assertTrue(s.stsUseGlobalEndpoint());
    assertFalse(s.s3ForcePathStyle());
  }

  @Test
  void theEnvironmentWinsOverTheConfigFile() throws Exception {
    EndpointSettings s = settingsFor("aws sts get-caller-identity --profile fips",
        Map.of("AWS_USE_FIPS_ENDPOINT", "false", "AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9"));
    assertFalse(s.useFips());
    assertEquals(Optional.of(URI.create("http://127.0.0.1:9")), s.endpointUrl());
  }
}
