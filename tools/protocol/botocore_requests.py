#!/usr/bin/env python3
"""Writes the requests botocore's own serializers lay out for a set of real operations.

The output (one JSON object per line) is the golden data of BotocoreSerializersAgreeTests in
aws-mcp-core: the same params, in this engine's value convention (timestamps ISO-8601 text,
blobs base64), must give the same method, path, query, headers, host prefix and body.
Only the serializers run here: handler-level additions (checksums, glacier headers, ...) are not
in the golden data. Rerun after a botocore upgrade:

    python3 tools/protocol/botocore_requests.py > aws-mcp-core/src/test/resources/protocol-tests/botocore-requests.jsonl
"""
import base64
import datetime
import json
import sys

import botocore
import botocore.session
from botocore import serialize

CASES = [
    ("dynamodb", "PutItem", {"TableName": "t", "Item": {"id": {"S": "1"}, "n": {"N": "2"}, "b": {"B": "aGk="},
                                                        "l": {"L": [{"BOOL": True}, {"NULL": True}]}},
                             "ReturnValues": "ALL_OLD"}),
    ("dynamodb", "Query", {"TableName": "t", "KeyConditionExpression": "id = :v", "Limit": 5,
                           "ExpressionAttributeValues": {":v": {"S": "x"}}, "ScanIndexForward": False}),
    ("dynamodb", "ListTables", {}),
    ("kinesis", "PutRecord", {"StreamName": "s", "Data": "aGVsbG8=", "PartitionKey": "p"}),
    ("logs", "PutLogEvents", {"logGroupName": "g", "logStreamName": "s",
                              "logEvents": [{"timestamp": 1700000000000, "message": "m"}]}),
    ("sqs", "SendMessage", {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/1/q", "MessageBody": "hi",
                            "DelaySeconds": 5,
                            "MessageAttributes": {"a": {"DataType": "String", "StringValue": "v"}}}),
    ("secretsmanager", "CreateSecret", {"Name": "n", "SecretString": "s", "ClientRequestToken": "tok-0123456789abcdef0123456789abcdef"}),
    ("kms", "Encrypt", {"KeyId": "alias/k", "Plaintext": "c2VjcmV0", "EncryptionContext": {"a": "b"}}),
    ("ssm", "PutParameter", {"Name": "/a/b", "Value": "v", "Type": "String", "Overwrite": True}),
    ("cloudtrail", "LookupEvents", {"StartTime": "2024-01-01T00:00:00Z", "EndTime": "2024-01-02T03:04:05Z",
                                    "MaxResults": 5}),
    ("lambda", "Invoke", {"FunctionName": "f", "InvocationType": "Event", "Payload": "eyJhIjoxfQ==",
                          "Qualifier": "1", "ClientContext": "Y3R4"}),
    ("lambda", "ListFunctions", {"MaxItems": 10, "Marker": "m a/b+c"}),
    ("lambda", "CreateFunction", {"FunctionName": "f", "Role": "arn:aws:iam::1:role/r",
                                  "Code": {"ZipFile": "UEsDBA=="}, "Handler": "h", "Runtime": "python3.12",
                                  "Timeout": 3, "Tags": {"k": "v"}}),
    ("lambda", "TagResource", {"Resource": "arn:aws:lambda:us-east-1:123:function:f", "Tags": {"a": "b"}}),
    ("lambda", "GetFunction", {"FunctionName": "f", "Qualifier": "$LATEST"}),
    ("lambda", "ListTags", {"Resource": "arn:aws:lambda:us-east-1:123:function:f"}),
    ("apigateway", "GetRestApis", {"limit": 5, "position": "p"}),
    ("apigatewayv2", "GetApis", {"MaxResults": "5"}),
    ("eks", "ListClusters", {"maxResults": 5, "include": ["all", "x y"]}),
    ("servicediscovery", "DiscoverInstances", {"NamespaceName": "ns", "ServiceName": "svc",
                                               "QueryParameters": {"k": "v"}}),
    ("efs", "CreateFileSystem", {"CreationToken": "tok", "PerformanceMode": "generalPurpose", "Encrypted": True}),
    ("iot-data", "Publish", {"topic": "a/b c", "qos": 1, "payload": "aGk=", "retain": True}),
    ("iot", "ListThings", {"maxResults": 5, "attributeName": "a", "attributeValue": "v"}),
    ("glacier", "ListVaults", {"accountId": "-", "limit": "10"}),
    ("lex-runtime", "PostContent", {"botName": "b", "botAlias": "a", "userId": "u1",
                                    "contentType": "text/plain; charset=utf-8", "accept": "text/plain",
                                    "inputStream": "aGk=", "sessionAttributes": {"k": "v"}}),
    ("s3control", "ListJobs", {"AccountId": "123456789012", "MaxResults": 5}),
    ("mediastore-data", "PutObject", {"Path": "a/b.txt", "Body": "aGk=", "ContentType": "text/plain"}),
    ("appsync", "ListGraphqlApis", {"maxResults": 5}),
    ("ecr", "BatchGetImage", {"repositoryName": "repo", "imageIds": [{"imageTag": "latest"}]}),
    ("stepfunctions", "StartExecution", {"stateMachineArn": "arn:aws:states:us-east-1:1:stateMachine:m",
                                         "input": "{\"a\": 1}"}),
]


def to_botocore(shape, value):
    """Our value convention -> botocore input (datetime for timestamps, bytes for blobs)."""
    if value is None:
        return None
    t = shape.type_name
    if t == "structure":
        return {k: to_botocore(shape.members[k], v) for k, v in value.items()}
    if t == "list":
        return [to_botocore(shape.member, v) for v in value]
    if t == "map":
        return {k: to_botocore(shape.value, v) for k, v in value.items()}
    if t == "timestamp":
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if t == "blob":
        return base64.b64decode(value)
    return value


def text(v):
    return str(v).lower() if isinstance(v, bool) else str(v)


def main():
    session = botocore.session.get_session()
    print("# botocore " + botocore.__version__, file=sys.stderr)
    for service, operation, params in CASES:
        model = session.get_service_model(service)
        op = model.operation_model(operation)
        protocol = model.resolved_protocol
        if protocol not in ("json", "rest-json"):
            continue  # the XML family is checked elsewhere
        serializer = serialize.create_serializer(protocol, include_validation=True)
        request = serializer.serialize_to_request(to_botocore(op.input_shape, params), op) if op.input_shape \
            else serializer.serialize_to_request({}, op)
        path, _, literal = request["url_path"].partition("?")
        query = {}
        for part in filter(None, literal.split("&")):
            k, eq, v = part.partition("=")
            query.setdefault(k, []).append(v) if eq else query.setdefault(k, [])
        for k, v in (request["query_string"] or {}).items():
            query.setdefault(k, []).extend(text(x) for x in (v if isinstance(v, list) else [v]))
        body = request["body"]
        if isinstance(body, str):
            body = body.encode("utf-8")
        out = {
            "service": service,
            "operation": operation,
            "params": params,
            "request": {
                "method": request["method"],
                "path": path,
                "query": query,
                "headers": {k: str(v) for k, v in request["headers"].items()},
                "hostPrefix": request.get("host_prefix") or "",
                "body": base64.b64encode(body or b"").decode(),
            },
        }
        print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
