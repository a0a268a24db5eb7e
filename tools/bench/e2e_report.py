"""Prints the end-to-end latency comparison from the JMH and Python results (tools/bench/e2e.sh)."""
import json
import sys

NAMES = {
    "Ec2DescribeInstances": "ec2 describe-instances",
    "DynamodbGetItem": "dynamodb get-item",
    "S3ListObjectsV2": "s3api list-objects-v2",
}


def main():
    jmh = json.load(open(sys.argv[1]))
    py = json.load(open(sys.argv[2]))
    p50 = {}
    for b in jmh:
        method = b["benchmark"].rsplit(".", 1)[1]
        side = "engine" if method.startswith("engine") else "raw"
        call = NAMES[method[len(side):]]
        p50[(side, call)] = b["primaryMetric"]["scorePercentiles"]["50.0"]
    print("| call | raw HTTP floor p50 | engine p50 | engine overhead | boto3 p50 | AWS CLI process p50 | vs boto3 | vs CLI |")
    print("|---|---|---|---|---|---|---|---|")
    for call in NAMES.values():
        raw, eng = p50[("raw", call)], p50[("engine", call)]
        boto, cli = py["boto3"][call]["p50_us"], py["cli_process"][call]["p50_us"]
        print("| %s | %.0f µs | %.0f µs | %.0f µs | %.0f µs | %.0f ms | %.1f× faster | %.0f× faster |" % (
            call, raw, eng, eng - raw, boto, cli / 1000, boto / eng, cli / eng))
    if len(sys.argv) > 3:
        canned = {}
        for b in json.load(open(sys.argv[3])):
            method = b["benchmark"].rsplit(".", 1)[1]
            side = "engine" if method.startswith("engine") else "raw"
            canned[(side, NAMES[method[len(side):]])] = b["primaryMetric"]["scorePercentiles"]["50.0"]
        print()
        print("| call, canned loopback peer | raw HTTP floor p50 | engine p50 | engine overhead |")
        print("|---|---|---|---|")
        for call in NAMES.values():
            if ("raw", call) in canned:
                raw, eng = canned[("raw", call)], canned[("engine", call)]
                print("| %s | %.0f µs | %.0f µs | %.0f µs |" % (call, raw, eng, eng - raw))


if __name__ == "__main__":
    main()
