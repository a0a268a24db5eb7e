package dev.awsmcp.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsed command lines in, redacted lines out: the model's sensitive members and the names. */
class SecretRedactorTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # a top-level member whose shape is sensitive is masked whole
      aws secretsmanager create-secret --name s --secret-string hunter2 | aws secretsmanager create-secret --name s --secret-string ****
      aws secretsmanager create-secret --name s --secret-string=hunter2 | aws secretsmanager create-secret --name s --secret-string=****
      aws iam create-login-profile --user-name bob --password 'P@ss w0rd!' --password-reset-required | aws iam create-login-profile --user-name bob --password **** --password-reset-required
      aws rds create-db-instance --db-instance-identifier db1 --db-instance-class db.t3.micro --engine mysql --master-username admin --master-user-password s3cr3t | aws rds create-db-instance --db-instance-identifier db1 --db-instance-class db.t3.micro --engine mysql --master-username admin --master-user-password ****
      aws ssm put-parameter --name p --type SecureString --value topsecret | aws ssm put-parameter --name p --type SecureString --value ****
      aws cognito-idp admin-initiate-auth --user-pool-id us-east-1_abc --client-id 4tb3ot0gd5q6pm --auth-flow ADMIN_USER_PASSWORD_AUTH --auth-parameters USERNAME=bob,PASSWORD=pw1 | aws cognito-idp admin-initiate-auth --user-pool-id us-east-1_abc --client-id **** --auth-flow ADMIN_USER_PASSWORD_AUTH --auth-parameters ****
      aws kms encrypt --key-id alias/k --plaintext hello | aws kms encrypt --key-id alias/k --plaintext ****
      # sensitive values nested in shorthand and JSON, found through the parsed input
      aws lambda update-function-configuration --function-name f --environment 'Variables={API_URL=https://x,PLAIN=abc123}' | aws lambda update-function-configuration --function-name f --environment Variables={API_URL=****,PLAIN=****}
      aws lambda update-function-configuration --function-name f --environment '{"Variables":{"PLAIN":"abc123"}}' | aws lambda update-function-configuration --function-name f --environment '{\"Variables\":\"****\"}'
      aws secretsmanager create-secret --cli-input-json '{"Name":"s","SecretString":"x1"}' | aws secretsmanager create-secret --cli-input-json '{\"Name\":\"s\",\"SecretString\":\"****\"}'
      # quoting in the original line does not hide a secret
      aws secretsmanager create-secret --name s --secret-string "it's \"quoted\"" | aws secretsmanager create-secret --name s --secret-string ****
      # settings with secret-sounding names are not secrets, nor are pagination tokens
      aws iam update-account-password-policy --minimum-password-length 12 --require-symbols | aws iam update-account-password-policy --minimum-password-length 12 --require-symbols
      aws s3api list-objects-v2 --bucket b --starting-token abc | aws s3api list-objects-v2 --bucket b --starting-token abc
      # access key ids keep their kind
      aws iam delete-access-key --access-key-id AKIAIOSFODNN7EXAMPLE --user-name bob | aws iam delete-access-key --access-key-id AKIA**** --user-name bob
      # private keys, whatever option carries them
      aws iam upload-server-certificate --server-certificate-name c --certificate-body b --private-key '-----BEGIN RSA PRIVATE KEY-----\\nMIIEow\\n-----END RSA PRIVATE KEY-----' | aws iam upload-server-certificate --server-certificate-name c --certificate-body b --private-key ****
      aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message 'key: -----BEGIN PRIVATE KEY-----abc-----END PRIVATE KEY-----' | aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message 'key: -----BEGIN PRIVATE KEY-----****-----END PRIVATE KEY-----'
      # secret names inside values the model does not mark
      aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message '{"user":"u","password":"pw9"}' | aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message '{\"user\":\"u\",\"password\":\"****\"}'
      aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' | aws sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message 'aws_secret_access_key = ****'
      """)
  void masksSecretValuesOfParsedCommands(String line, String redacted) {
    assertEquals(redacted, ParsingEngine.redactor().redact(ParsingEngine.parse(line)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # lines that did not parse have only the names to go by
      aws sts frobnicate --session-token FQoGZXIvYXdz --duration 9 | aws sts frobnicate --session-token **** --duration 9
      aws foo bar --db-password pw --x y | aws foo bar --db-password **** --x y
      aws foo bar --github-token ghp_abc | aws foo bar --github-token ****
      aws foo bar --next-token n1 | aws foo bar --next-token n1
      aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY | aws configure set aws_secret_access_key ****
      aws configure set default.aws_session_token FQoG | aws configure set default.aws_session_token ****
      aws foo bar --config SecretString=abc,Name=n | aws foo bar --config SecretString=****,Name=n
      aws foo bar --config '{"Password": "p w", "Name": "n"}' | aws foo bar --config '{\"Password\":\"****\",\"Name\":\"n\"}'
      aws foo bar --endpoint-url http://user:pw@localhost:9 | aws foo bar --endpoint-url http://user:****@localhost:9
      aws foo bar --key ASIAIOSFODNN7EXAMPLE | aws foo bar --key ASIA****
      # a line that does not split into words is masked from its first secret option to its end
      aws secretsmanager create-secret --secret-string "unbalanced --name x | aws secretsmanager create-secret --secret-string ****
      aws secretsmanager create-secret --name x --secret-string a;b | aws secretsmanager create-secret --name x --secret-string ****
      aws iam list-users && echo --password x y | aws iam list-users && echo --password ****
      """)
  void masksSecretValuesOfRawLinesByName(String line, String redacted) {
    assertEquals(redacted, ParsingEngine.redactor().redactRaw(line));
  }
}
