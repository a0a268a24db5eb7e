package dev.awsmcp.core.cli;

import static dev.awsmcp.core.cli.CustomizationCases.assertParams;
import static dev.awsmcp.core.cli.CustomizationCases.assertRejected;

import dev.awsmcp.api.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** deploy's --s3-location and --github-location; expected values from awscli 1.45.11. */
class RevisionLocationArgumentsTests {
  @Test
  void s3LocationBecomesAnS3Revision() {
    assertParams("aws deploy create-deployment --application-name WordPress_App --deployment-config-name CodeDeployDefault.OneAtATime"
            + " --deployment-group-name WordPress_DG --s3-location bucket=amzn-s3-demo-bucket,bundleType=zip,"
            + "eTag=dd56cfdEXAMPLE8e768f9d77fEXAMPLE,key=WordPressApp.zip",
        "{\"applicationName\": \"WordPress_App\", \"deploymentConfigName\": \"CodeDeployDefault.OneAtATime\", \"deploymentGroupName\":"
            + " \"WordPress_DG\", \"revision\": {\"revisionType\": \"S3\", \"s3Location\": {\"bucket\": \"amzn-s3-demo-bucket\","
            + " \"bundleType\": \"zip\", \"eTag\": \"dd56cfdEXAMPLE8e768f9d77fEXAMPLE\", \"key\": \"WordPressApp.zip\"}}}");
  }

  @Test
  void githubLocationBecomesAGitHubRevisionAndReplacesRevision() {
    assertParams("aws deploy register-application-revision --application-name A --github-location repository=me/repo,commitId=abc123"
            + " --description d",
        "{\"applicationName\": \"A\", \"description\": \"d\", \"revision\": {\"gitHubLocation\": {\"commitId\": \"abc123\","
            + " \"repository\": \"me/repo\"}, \"revisionType\": \"GitHub\"}}");
    assertParams("aws deploy create-deployment --application-name A --revision revisionType=String,string={content=x}"
            + " --github-location '{\"repository\": \"me/repo\", \"commitId\": \"c\"}'",
        "{\"applicationName\": \"A\", \"revision\": {\"gitHubLocation\": {\"commitId\": \"c\", \"repository\": \"me/repo\"},"
            + " \"revisionType\": \"GitHub\"}}");
  }

  @Test
  void requiredKeysAreChecked() {
    assertRejected("aws deploy get-application-revision --application-name A --s3-location bucket=b,key=k",
        ErrorCode.MISSING_REQUIRED, "--s3-location must specify bucket, key and bundleType.");
  }
}
