#!/usr/bin/env python3
"""Lays out a sample of every JSON-family operation in botocore with botocore's own serializers.

For each service that botocore speaks awsJson or restJson1 with, the first OPS_PER_SERVICE
operations (by name) get params with EVERY input member filled, shape-directed and deterministic,
so labels, query strings, headers, prefix headers, payloads, timestamps, blobs, maps and unions of
the real models all appear. The output is the golden data of BotocoreCorpusAgreesTests in
aws-mcp-core (gzipped JSON lines, in this engine's value convention: timestamps ISO-8601, blobs
base64). Only the serializers run here: handler additions (checksums, glacier headers) are not in
it. Rerun after a botocore upgrade:

    python3 tools/protocol/botocore_corpus_requests.py | gzip -9n \
        > aws-mcp-core/src/test/resources/protocol-tests/botocore-corpus-requests.jsonl.gz
"""
import base64
import datetime
import json
import sys

import botocore
import botocore.session
from botocore import serialize

OPS_PER_SERVICE = 3
WHEN = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)


def value(shape, name, depth, seen):
    """(botocore value, our value) for a shape, or None to leave the member out."""
    t = shape.type_name
    if shape.serialization.get("eventstream") or getattr(shape, "is_document_type", False):
        return None
    if t == "structure":
        if depth > 3 or shape.name in seen:
            return None
        bot, ours = {}, {}
        members = list(shape.members.items())
        if getattr(shape, "is_tagged_union", False):
            members = members[:1]
        for mname, mshape in members:
            v = value(mshape, mname, depth + 1, seen | {shape.name})
            if v is not None:
                bot[mname], ours[mname] = v
        return bot, ours
    if t == "list":
        v = value(shape.member, name, depth + 1, seen)
        return None if v is None else ([v[0]], [v[1]])
    if t == "map":
        v = value(shape.value, name, depth + 1, seen)
        return None if v is None else ({"k1": v[0]}, {"k1": v[1]})
    if t == "string":
        if shape.enum:
            return shape.enum[0], shape.enum[0]
        if shape.serialization.get("jsonvalue"):
            return {"k": "v"}, {"k": "v"}
        text = "v-" + name.lower()
        return text, text
    if t in ("integer", "long", "short", "byte"):
        return 7, 7
    if t in ("float", "double"):
        return 1.5, 1.5
    if t == "boolean":
        return True, True
    if t == "timestamp":
        return WHEN, "2024-01-02T03:04:05Z"
    if t == "blob":
        raw = ("blob-" + name).encode()
        return raw, base64.b64encode(raw).decode()
    return None


def text(v):
    return str(v).lower() if isinstance(v, bool) else str(v)


def main():
    session = botocore.session.get_session()
    print("# botocore " + botocore.__version__, file=sys.stderr)
    for service in session.get_available_services():
        model = session.get_service_model(service)
        protocol = model.resolved_protocol
        if protocol not in ("json", "rest-json"):
            continue
        serializer = serialize.create_serializer(protocol, include_validation=False)
        done = 0
        for operation in sorted(model.operation_names):
            if done == OPS_PER_SERVICE:
                break
            op = model.operation_model(operation)
            if op.input_shape is None or op.has_event_stream_input:
                continue
            bot, ours = value(op.input_shape, operation, 0, frozenset())
            request = serializer.serialize_to_request(bot, op)
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
            print(json.dumps({"service": service, "operation": operation, "params": ours, "request": {
                "method": request["method"], "path": path, "query": query,
                "headers": {k: str(v) for k, v in request["headers"].items()},
                "hostPrefix": request.get("host_prefix") or "",
                "body": base64.b64encode(body or b"").decode()}}, sort_keys=True))
            done += 1


if __name__ == "__main__":
    main()
