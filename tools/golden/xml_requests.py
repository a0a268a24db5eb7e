#!/usr/bin/env python3
"""Lays out the CLI example commands of awsQuery, ec2Query and restXml services with botocore's
own serializer, for the Java codec tests. Reads the parsed examples
(aws-mcp-core/src/test/resources/golden/cli-examples.jsonl, status "ok") and writes
golden/xml-requests.jsonl.gz: {"id", "service", "operation", "params", "method", "path", "query",
"headers", "body"}; "body" is a dict of form parameters for the query protocols and the XML text
(or null) for restXml. Idempotency tokens the example left out are set to
"idempotency-token" in "params", as botocore's handler would set a UUID; the other
before-parameter-build handlers of botocore's client run on the request as they do in the CLI. Run it after cli-examples.jsonl changes."""
import base64, copy, gzip, json, os
from urllib.parse import parse_qsl, urlsplit
import botocore.session
from botocore import serialize

GOLDEN = os.path.join(os.path.dirname(__file__), '..', '..', 'aws-mcp-core', 'src', 'test', 'resources', 'golden')
PROTOCOLS = ('query', 'ec2', 'rest-xml')


def to_botocore(value, shape):
    """The engine's convention (blobs base64) back to what botocore takes (bytes)."""
    if value is None:
        return None
    t = shape.type_name
    if t == 'structure':
        return {k: to_botocore(v, shape.members[k]) if k in shape.members else v for k, v in value.items()}
    if t == 'list':
        return [to_botocore(v, shape.member) for v in value]
    if t == 'map':
        return {k: to_botocore(v, shape.value) for k, v in value.items()}
    if t == 'blob' and isinstance(value, str) and not shape.serialization.get('streaming'):
        return base64.b64decode(value)
    return value


def main():
    session = botocore.session.get_session()
    clients = {}
    out = []
    for line in open(os.path.join(GOLDEN, 'cli-examples.jsonl')):
        row = json.loads(line)
        if row.get('status') != 'ok' or not row.get('service'):
            continue
        name = row['service']
        if name not in clients:
            clients[name] = session.create_client(name, region_name='us-east-1', aws_access_key_id='x',
                                                  aws_secret_access_key='x')
        client = clients[name]
        model = client.meta.service_model
        if model.metadata['protocol'] not in PROTOCOLS:
            continue
        op = model.operation_model(row['operation'])
        params = row['params']
        if op.input_shape is None or any(
                m.serialization.get('streaming') or m.type_name == 'blob' and m.serialization.get('location') is None
                and model.metadata['protocol'] == 'rest-xml' for m in op.input_shape.members.values()
                if m.name in params):
            continue  # streaming bodies are the executor's business
        # botocore fills idempotency tokens in a later handler; give them a fixed value here.
        params = dict(params)
        for m_name, m in op.input_shape.members.items():
            if m.metadata.get('idempotencyToken') and m_name not in params:
                params[m_name] = 'idempotency-token'
        # The handlers the CLI runs before serializing (route53 ids, user data, S3 copy source, the
        # bucket taken out of S3 paths, ...), as botocore's client emits them.
        sent = to_botocore(copy.deepcopy(params), op.input_shape)
        try:
            client.meta.events.emit('before-parameter-build.%s.%s' % (model.service_id.hyphenize(), op.name),
                                    params=sent, model=op, context={})
            ser = serialize.create_serializer(model.metadata['protocol'], include_validation=False)
            r = ser.serialize_to_request(sent, op)
        except Exception:  # botocore refuses it: nothing to compare
            continue
        url = urlsplit(r['url_path'])
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        query.update({k: v for k, v in r['query_string'].items()} if isinstance(r['query_string'], dict) else {})
        body = r['body']
        if isinstance(body, dict):
            body = {k: str(v) for k, v in body.items()}
        elif isinstance(body, bytes):
            body = body.decode('utf-8') if body else None
        elif body == '':
            body = None
        out.append({'id': row['id'], 'service': name, 'operation': row['operation'], 'params': params,
                    'method': r['method'], 'path': url.path or '/', 'query': query,
                    'headers': {k: v for k, v in r['headers'].items()}, 'body': body})
    with gzip.open(os.path.join(GOLDEN, 'xml-requests.jsonl.gz'), 'wt', compresslevel=9) as f:
        for o in out:
            f.write(json.dumps(o, sort_keys=False) + '\n')
    print(len(out), 'requests')


if __name__ == '__main__':
    main()
