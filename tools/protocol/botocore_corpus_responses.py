#!/usr/bin/env python3
"""Reads a sample of every JSON-family operation's responses with botocore's own parsers.

For each service that botocore speaks awsJson or restJson1 with, the first OPS_PER_SERVICE
operations (by name) that have output get a synthetic response with EVERY output member present
(shape-directed and deterministic: headers, prefix headers, status code, payloads, timestamps in
each wire format, blobs, maps, unions), and botocore's parser reads it. The output is the golden
data of BotocoreCorpusParsesTests in aws-mcp-core (gzipped JSON lines): the response, and the
parsed output as the AWS CLI prints it (timestamps isoformat(), blobs base64; blob payloads are
dropped: botocore streams them). Rerun after a botocore upgrade:

    python3 tools/protocol/botocore_corpus_responses.py | gzip -9n \
        > aws-mcp-core/src/test/resources/protocol-tests/botocore-corpus-responses.jsonl.gz
"""
import base64
import json
import sys

import botocore
import botocore.session
from botocore import parsers
from urllib3._collections import HTTPHeaderDict

from cli_values import printable

OPS_PER_SERVICE = 3
EPOCH = 1704164645.25  # 2024-01-02T03:04:05.250000Z
WIRE_TIMESTAMPS = {
    "unixTimestamp": EPOCH,
    "iso8601": "2024-01-02T03:04:05.250Z",
    "rfc822": "Tue, 02 Jan 2024 03:04:05 GMT",
}


def timestamp(shape, member_format, default):
    return WIRE_TIMESTAMPS[member_format or shape.serialization.get("timestampFormat") or default]


def body_value(shape, name, depth, seen, member_format=None):
    """The JSON wire value of a shape (None: leave out)."""
    t = shape.type_name
    if shape.serialization.get("eventstream"):
        return None
    if getattr(shape, "is_document_type", False):
        return {"a": [1, "x"]}
    if t == "structure":
        if depth > 3 or shape.name in seen:
            return None
        out = {}
        union = getattr(shape, "is_tagged_union", False)
        for mname, mshape in shape.members.items():
            if mshape.serialization.get("location"):
                continue
            v = body_value(mshape, mname, depth + 1, seen | {shape.name},
                           mshape.serialization.get("timestampFormat"))
            if v is not None:
                out[mshape.serialization.get("name", mname)] = v
                if union:
                    break  # a union has exactly one member set
        return None if union and not out else out
    if t == "list":
        v = body_value(shape.member, name, depth + 1, seen)
        return None if v is None else [v]
    if t == "map":
        v = body_value(shape.value, name, depth + 1, seen)
        return None if v is None else {"k1": v}
    if t == "string":
        return shape.enum[0] if shape.enum else "v-" + name.lower()
    if t in ("integer", "long", "short", "byte"):
        return 7
    if t in ("float", "double"):
        return 1.5
    if t == "boolean":
        return True
    if t == "timestamp":
        return timestamp(shape, member_format, "unixTimestamp")
    if t == "blob":
        return base64.b64encode(("blob-" + name).encode()).decode()
    return None


def header_value(shape, member_format):
    t = shape.type_name
    if t == "list":
        item = header_value(shape.member, None)
        return None if item is None else item + ", " + item
    if t == "timestamp":
        return str(timestamp(shape, member_format, "rfc822"))
    if t in ("integer", "long", "short", "byte"):
        return "7"
    if t in ("float", "double"):
        return "1.5"
    if t == "boolean":
        return "true"
    if t == "string":
        if shape.serialization.get("jsonvalue"):
            return base64.b64encode(b'{"k": "v"}').decode()
        return shape.enum[0] if shape.enum else "hv"
    if t == "blob":
        return base64.b64encode(b"hb").decode()
    return None


def response_for(protocol, shape):
    headers, body = {}, b""
    if protocol == "json":
        return headers, json.dumps(body_value(shape, "out", 0, frozenset())).encode()
    payload = shape.serialization.get("payload")
    for mname, mshape in shape.members.items():
        location = mshape.serialization.get("location")
        if location == "header":
            v = header_value(mshape, mshape.serialization.get("timestampFormat"))
            if v is not None:
                headers[mshape.serialization.get("name", mname)] = v
        elif location == "headers" and mshape.serialization.get("name"):
            headers[mshape.serialization["name"] + "k1"] = "pv"
    if payload:
        pshape = shape.members[payload]
        if pshape.type_name == "blob":
            body = b"raw-bytes"
        elif pshape.type_name == "string":
            body = b"raw text"
        else:
            v = body_value(pshape, payload, 1, frozenset())
            body = json.dumps(v).encode() if v is not None else b""
    else:
        body = json.dumps(body_value(shape, "out", 0, frozenset())).encode()
    return headers, body


def main():
    session = botocore.session.get_session()
    print("# botocore " + botocore.__version__, file=sys.stderr)
    for service in session.get_available_services():
        model = session.get_service_model(service)
        protocol = model.resolved_protocol
        if protocol not in ("json", "rest-json"):
            continue
        done = 0
        for operation in sorted(model.operation_names):
            if done == OPS_PER_SERVICE:
                break
            op = model.operation_model(operation)
            if op.output_shape is None or op.has_event_stream_output:
                continue
            headers, body = response_for(protocol, op.output_shape)
            if any(m.serialization.get("location") == "headers" and not m.serialization.get("name")
                   for m in op.output_shape.members.values()):
                continue  # a prefix-less header map takes every header: skip the ambiguity
            parsed = parsers.create_parser(protocol).parse(
                {"status_code": 200, "headers": HTTPHeaderDict(headers), "body": body}, op.output_shape)
            parsed.pop("ResponseMetadata", None)
            if op.has_streaming_output:
                parsed.pop(op.output_shape.serialization["payload"], None)
            print(json.dumps({"service": service, "operation": operation, "status": 200, "headers": headers,
                              "body": base64.b64encode(body).decode(), "expected": printable(parsed)},
                             sort_keys=True))
            done += 1


if __name__ == "__main__":
    main()
