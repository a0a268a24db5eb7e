package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** emr list-clusters state flags and add-tags; expected values from awscli 1.45.11. */
class EmrCustomizationTests {
  @Test
  void stateFlags() {
    assertParams("aws emr list-clusters --active",
        "{\"ClusterStates\": [\"STARTING\", \"BOOTSTRAPPING\", \"RUNNING\", \"WAITING\", \"TERMINATING\"]}");
    assertParams("aws emr list-clusters --terminated --created-after 2024-01-01T00:00:00Z",
        "{\"ClusterStates\": [\"TERMINATED\"], \"CreatedAfter\": \"2024-01-01T00:00:00Z\"}");
    assertRejected("aws emr list-clusters --cluster-states RUNNING --failed", ErrorCode.UNEXPECTED_ARGUMENT,
        "You can specify only one of the cluster state filters: --cluster-states, --active, --terminated, --failed.");
  }

  @Test
  void tagsAreKeyEqualsValueWords() {
    assertParams("aws emr add-tags --resource-id j-1 --tags name=\"John Doe\" age=29 flag a=b=c",
        "{\"ResourceId\": \"j-1\", \"Tags\": [{\"Key\": \"name\", \"Value\": \"John Doe\"}, {\"Key\": \"age\", \"Value\": \"29\"},"
            + " {\"Key\": \"flag\", \"Value\": \"\"}, {\"Key\": \"a\", \"Value\": \"b=c\"}]}");
  }
}
