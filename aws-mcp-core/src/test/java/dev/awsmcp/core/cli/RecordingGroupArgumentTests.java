package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;

import org.junit.jupiter.api.Test;

/** configservice put-configuration-recorder --recording-group; expected values from awscli 1.45.11. */
class RecordingGroupArgumentTests {
  @Test
  void recordingGroupGoesIntoTheRecorder() {
    assertParams("aws configservice put-configuration-recorder --configuration-recorder"
            + " name=default,roleARN=arn:aws:iam::123456789012:role/config-role"
            + " --recording-group allSupported=true,includeGlobalResourceTypes=true",
        "{\"ConfigurationRecorder\": {\"name\": \"default\", \"recordingGroup\": {\"allSupported\": true,"
            + " \"includeGlobalResourceTypes\": true}, \"roleARN\": \"arn:aws:iam::123456789012:role/config-role\"}}");
    assertParams("aws configservice put-configuration-recorder --configuration-recorder name=default"
            + " --recording-group '{\"allSupported\": false, \"resourceTypes\": [\"AWS::EC2::Instance\"]}'",
        "{\"ConfigurationRecorder\": {\"name\": \"default\", \"recordingGroup\": {\"allSupported\": false, \"resourceTypes\":"
            + " [\"AWS::EC2::Instance\"]}}}");
  }
}
