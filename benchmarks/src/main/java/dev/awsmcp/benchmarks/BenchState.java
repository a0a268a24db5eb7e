package dev.awsmcp.benchmarks;

import dev.awsmcp.api.exec.CallResult;
import dev.awsmcp.core.AwsMcp;

/**
 * The moto state every side of the end-to-end comparison reads: 3 instances, a table with one
 * item, a bucket of 20 objects. Creating it twice is harmless (existing resources are kept).
 */
final class BenchState {
  private BenchState() {}

  static void seed(AwsMcp engine) {
    CallResult table = engine.call("aws dynamodb describe-table --table-name bench");
    if (table.ok()) {
      return;
    }
    must(engine, "aws ec2 run-instances --image-id ami-12c6146b --count 3 --instance-type t3.micro");
    must(engine, "aws dynamodb create-table --table-name bench --attribute-definitions AttributeName=pk,AttributeType=S"
        + " --key-schema AttributeName=pk,KeyType=HASH --billing-mode PAY_PER_REQUEST");
    must(engine, "aws dynamodb put-item --table-name bench --item '{\"pk\":{\"S\":\"k1\"},\"v\":{\"S\":\"value\"}}'");
    must(engine, "aws s3api create-bucket --bucket bench");
    for (int i = 0; i < 20; i++) {
      must(engine, "aws s3api put-object --bucket bench --key object-" + i + ".txt");
    }
  }

  private static void must(AwsMcp engine, String command) {
    CallResult r = engine.call(command);
    if (!r.ok()) {
      throw new IllegalStateException(command + " failed: " + r.errors());
    }
  }
}
