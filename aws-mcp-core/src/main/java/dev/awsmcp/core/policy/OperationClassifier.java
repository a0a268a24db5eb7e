package dev.awsmcp.core.policy;

import dev.awsmcp.core.model.Operation;
import java.util.Set;

/**
 * A first, offline read-only classification of operations: the Smithy {@code @readonly} trait
 * when the model has it, else the operation's verb. Fails closed: anything not clearly a read is
 * mutating, and operations that hand out credentials are never read-only.
 */
public final class OperationClassifier {
  private static final String[] READ_VERBS = {
    "Describe", "Get", "List", "Search", "Query", "Scan", "BatchGet", "Head", "Lookup", "Select", "Check", "Detect",
  };

  // "service:Operation" of reads that return credentials or tokens.
  private static final Set<String> CREDENTIAL_READS = Set.of(
      "sts:GetSessionToken", "sts:GetFederationToken", "sts:GetAccessKeyInfo",
      "cognito-identity:GetCredentialsForIdentity", "cognito-identity:GetOpenIdToken",
      "cognito-identity:GetOpenIdTokenForDeveloperIdentity", "sso:GetRoleCredentials",
      "ecr:GetAuthorizationToken", "ecr-public:GetAuthorizationToken", "codeartifact:GetAuthorizationToken",
      "redshift:GetClusterCredentials", "redshift:GetClusterCredentialsWithIAM",
      "redshift-serverless:GetCredentials", "eks:GetToken", "rds:GenerateDbAuthToken",
      "lightsail:GetInstanceAccessDetails", "lightsail:GetRelationalDatabaseMasterUserPassword",
      "ec2:GetPasswordData", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath",
      "secretsmanager:GetSecretValue", "secretsmanager:BatchGetSecretValue");

  private OperationClassifier() {}

  /** Whether the operation only reads and reveals no credentials. */
  public static boolean isReadOnly(String service, Operation operation) {
    if (CREDENTIAL_READS.contains(service + ":" + operation.name())) {
      return false;
    }
    if (operation.readOnly().isPresent()) {
      return operation.readOnly().get();
    }
    String name = operation.name();
    for (String verb : READ_VERBS) {
      if (name.startsWith(verb) && (name.length() == verb.length() || Character.isUpperCase(name.charAt(verb.length())))) {
        return true;
      }
    }
    return false;
  }
}
