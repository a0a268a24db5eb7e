package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmcp.core.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * {@code --source-region} of rds, docdb and neptune: a model member botocore merges in from
 * {@code service-2.sdk-extras.json}; the CLI passes it as {@code SourceRegion} and botocore turns
 * it into {@code PreSignedUrl} when it signs the request. Expected values from awscli 1.45.11.
 */
class SdkExtrasSourceRegionTests {
  @Test
  void sourceRegionIsInTheInput() {
    assertParams("aws rds copy-db-snapshot --source-db-snapshot-identifier arn:aws:rds:us-west-2:123456789012:snapshot:s"
            + " --target-db-snapshot-identifier t --source-region us-west-2 --kms-key-id k",
        "{\"KmsKeyId\": \"k\", \"SourceDBSnapshotIdentifier\": \"arn:aws:rds:us-west-2:123456789012:snapshot:s\","
            + " \"SourceRegion\": \"us-west-2\", \"TargetDBSnapshotIdentifier\": \"t\"}");
    assertParams("aws docdb create-db-cluster --db-cluster-identifier c --engine docdb --source-region us-west-2",
        "{\"DBClusterIdentifier\": \"c\", \"Engine\": \"docdb\", \"SourceRegion\": \"us-west-2\"}");
    assertParams("aws neptune copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier s"
            + " --target-db-cluster-snapshot-identifier t --source-region eu-west-1",
        "{\"SourceDBClusterSnapshotIdentifier\": \"s\", \"SourceRegion\": \"eu-west-1\", \"TargetDBClusterSnapshotIdentifier\": \"t\"}");
  }

  @Test
  void theValidatorKnowsSourceRegion() {
    var r = TestEngines.botocore().parseAndValidate("aws rds create-db-instance-read-replica --db-instance-identifier r"
        + " --source-db-instance-identifier arn:aws:rds:us-west-2:123456789012:db:src --source-region us-west-2");
    assertTrue(r.isSuccess(), () -> r.errors().toString());
  }
}
