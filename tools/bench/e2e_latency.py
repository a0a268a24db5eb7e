"""End-to-end latency of the Python side against a running moto server, for tools/bench/e2e.sh.

Times the same three calls as benchmarks/.../CallLatencyBenchmark.java:
  - boto3 in-process, warm (one client per service, created before timing);
  - the AWS CLI v1 as a process per command (what an agent shelling out to `aws` pays).
Prints one JSON object: {"boto3": {name: {p50_us, p90_us, n}}, "cli_process": {...}}.

Usage: python3 tools/bench/e2e_latency.py MOTO_URL [boto3 iterations, default 300] [CLI runs, default 15]
"""
import json
import os
import statistics
import subprocess
import sys
import time

import boto3


def percentiles(samples):
    samples = sorted(samples)
    def at(q):
        return samples[min(len(samples) - 1, int(q * len(samples)))]
    return {"p50_us": round(statistics.median(samples), 1), "p90_us": round(at(0.9), 1), "n": len(samples)}


def timed(fn, n):
    for _ in range(max(20, n // 10)):
        fn()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1e6)
    return percentiles(out)


def main():
    moto = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    cli_runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    kw = dict(endpoint_url=moto, region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing")
    ec2, ddb, s3 = (boto3.client(s, **kw) for s in ("ec2", "dynamodb", "s3"))
    boto = {
        "ec2 describe-instances": timed(lambda: ec2.describe_instances(), n),
        "dynamodb get-item": timed(lambda: ddb.get_item(TableName="bench", Key={"pk": {"S": "k1"}}), n),
        "s3api list-objects-v2": timed(lambda: s3.list_objects_v2(Bucket="bench"), n),
    }
    env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
               AWS_DEFAULT_REGION="us-east-1", AWS_ENDPOINT_URL=moto, AWS_CONFIG_FILE="/nonexistent", AWS_PAGER="")
    commands = {
        "ec2 describe-instances": ["aws", "ec2", "describe-instances"],
        "dynamodb get-item": ["aws", "dynamodb", "get-item", "--table-name", "bench", "--key", '{"pk":{"S":"k1"}}'],
        "s3api list-objects-v2": ["aws", "s3api", "list-objects-v2", "--bucket", "bench"],
    }
    cli = {}
    for name, argv in commands.items():
        samples = []
        for _ in range(cli_runs):
            t = time.perf_counter()
            subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
            samples.append((time.perf_counter() - t) * 1e6)
        cli[name] = percentiles(samples)
    print(json.dumps({"boto3": boto, "cli_process": cli}, indent=2))


if __name__ == "__main__":
    main()
