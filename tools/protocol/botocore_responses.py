#!/usr/bin/env python3
"""Writes what botocore's own parsers read from a set of real JSON-family responses.

The output (one JSON object per line) is the golden data of BotocoreParsersAgreeTests in
aws-mcp-core. Parsed values are written the way the AWS CLI prints them with --output json:
timestamps as isoformat() text, blobs base64; blob payloads are dropped (streaming output to
botocore: the CLI writes them to a file). Errors keep botocore's Code and Message. Rerun after a
botocore upgrade:

    python3 tools/protocol/botocore_responses.py > aws-mcp-core/src/test/resources/protocol-tests/botocore-responses.jsonl
"""
import json
import sys

import botocore
import botocore.session
from botocore import parsers
from urllib3._collections import HTTPHeaderDict

from cli_values import printable

CASES = [
    ("dynamodb", "GetItem", 200, {}, {"Item": {"id": {"S": "1"}, "b": {"B": "aGk="}, "n": {"N": "1.5"},
                                                "l": {"L": [{"NULL": True}, {"BOOL": False}]}},
                                       "ConsumedCapacity": {"TableName": "t", "CapacityUnits": 0.5}}),
    ("dynamodb", "DescribeTable", 200, {}, {"Table": {"TableName": "t", "CreationDateTime": 1700000000.123,
                                                      "ItemCount": 3, "TableSizeBytes": 12345678901}}),
    ("dynamodb", "GetItem", 400, {"x-amzn-RequestId": "r1"},
     {"__type": "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "message": "Requested resource not found"}),
    ("kinesis", "GetRecords", 200, {}, {"Records": [{"SequenceNumber": "1", "Data": "aGVsbG8=", "PartitionKey": "p",
                                                     "ApproximateArrivalTimestamp": 1700000000}],
                                        "MillisBehindLatest": 0}),
    ("logs", "GetLogEvents", 200, {}, {"events": [{"timestamp": 1700000000000, "message": "m", "ingestionTime": 1}],
                                       "nextForwardToken": "f"}),
    ("sqs", "ReceiveMessage", 200, {}, {"Messages": [{"MessageId": "m", "Body": "b",
                                                      "Attributes": {"SentTimestamp": "1700000000000"}}]}),
    ("sqs", "GetQueueUrl", 400, {"x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"},
     {"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "The specified queue does not exist."}),
    ("ecr", "GetAuthorizationToken", 200, {}, {"authorizationData": [{"authorizationToken": "dG9r",
                                                                      "expiresAt": 1700000000.5,
                                                                      "proxyEndpoint": "https://x"}]}),
    ("lambda", "Invoke", 200, {"X-Amz-Function-Error": "Unhandled", "X-Amz-Log-Result": "bG9n",
                               "X-Amz-Executed-Version": "$LATEST"}, "{\"a\": 1}"),
    ("lambda", "GetFunction", 200, {}, {"Configuration": {"FunctionName": "f", "LastModified": "2024-01-01T00:00:00.000+0000",
                                                          "Timeout": 3, "MemorySize": 128},
                                        "Tags": {"k": "v"}}),
    ("lambda", "GetFunction", 404, {"x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/"},
     {"Type": "User", "message": "Function not found: f"}),
    ("apigateway", "GetRestApis", 200, {}, {"item": [{"id": "a", "name": "n", "createdDate": 1700000000}],
                                            "position": "p"}),
    ("apigateway", "GetRestApi", 404, {"x-amzn-ErrorType": "NotFoundException"}, {"message": "Invalid API identifier"}),
    ("glacier", "InitiateMultipartUpload", 201, {"Location": "/-/vaults/v/multipart-uploads/u",
                                                 "x-amz-multipart-upload-id": "u"}, ""),
    ("mediastore-data", "GetObject", 200, {"Content-Length": "5", "Last-Modified": "Tue, 14 Nov 2023 22:13:20 GMT",
                                           "ETag": "e", "Content-Type": "text/plain"}, "hello"),
    ("lex-runtime", "PostContent", 200, {"x-amz-lex-slots": "eyJzIjogInYifQ==", "x-amz-lex-intent-name": "i",
                                         "Content-Type": "text/plain"}, "audio"),
    ("iot-data", "GetThingShadow", 200, {}, "{\"state\": {}}"),
    ("efs", "DescribeFileSystems", 200, {}, {"FileSystems": [{"FileSystemId": "fs-1", "CreationTime": 1700000000,
                                                              "SizeInBytes": {"Value": 1}, "OwnerId": "1",
                                                              "CreationToken": "t", "LifeCycleState": "available",
                                                              "NumberOfMountTargets": 0, "PerformanceMode": "generalPurpose",
                                                              "Tags": []}]}),
]


def main():
    session = botocore.session.get_session()
    print("# botocore " + botocore.__version__, file=sys.stderr)
    for service, operation, status, headers, body in CASES:
        model = session.get_service_model(service)
        op = model.operation_model(operation)
        raw = body if isinstance(body, str) else json.dumps(body)
        parser = parsers.create_parser(model.resolved_protocol)
        # Real responses carry case-insensitive headers; botocore looks some up in lower case.
        parsed = parser.parse({"status_code": status, "headers": HTTPHeaderDict(headers), "body": raw.encode()},
                              op.output_shape)
        parsed.pop("ResponseMetadata", None)
        if status >= 300:
            expected = {"error": {"Code": parsed["Error"]["Code"], "Message": parsed["Error"].get("Message", "")}}
        else:
            # Any blob payload is streaming output to botocore (has_streaming_output): the CLI
            # writes it to the outfile, and this engine's executor handles it, not the codec.
            if op.has_streaming_output:
                parsed.pop(op.output_shape.serialization["payload"], None)
            expected = {"output": printable(parsed)}
        print(json.dumps({"service": service, "operation": operation, "status": status, "headers": headers,
                          "body": raw, "expected": expected}, sort_keys=True))


if __name__ == "__main__":
    main()
