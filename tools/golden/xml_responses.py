#!/usr/bin/env python3
"""Writes what botocore reads from the XML response bodies under
aws-mcp-core/src/test/resources/golden/xml-responses (listed in cases.tsv: name, service,
operation, status) into NAME.expected.json: the output as the AWS CLI prints it (botocore's
after-call handlers applied, timestamps isoformat, blobs base64, no ResponseMetadata), or for an error status {"code", "message",
"requestId"} (null when
botocore found none in the body: it takes S3's from headers, which these cases do not have). Run it after adding a case; the Java tests compare the codecs against these files."""
import base64, datetime, json, os, sys
import botocore.session
from botocore import parsers

HERE = os.path.join(os.path.dirname(__file__), '..', '..', 'aws-mcp-core', 'src', 'test', 'resources',
                    'golden', 'xml-responses')


def plain(o):
    if isinstance(o, datetime.datetime):
        return o.astimezone(datetime.timezone.utc).isoformat()
    if isinstance(o, bytes):
        return base64.b64encode(o).decode()
    raise TypeError(o)


class _HttpResponse:
    """What botocore's after-call handlers read of the HTTP response."""

    def __init__(self, status, body):
        self.status_code = status
        self.content = body
        self.raw = body
        self.headers = {}


def main():
    session = botocore.session.get_session()
    clients = {}
    for line in open(os.path.join(HERE, 'cases.tsv')):
        if not line.strip() or line.startswith('#'):
            continue
        name, service, op, status = line.split()[:4]
        status = int(status)
        if service not in clients:
            clients[service] = session.create_client(service, region_name='us-east-1', aws_access_key_id='x',
                                                     aws_secret_access_key='x')
        client = clients[service]
        model = client.meta.service_model
        operation = model.operation_model(op)
        parser = parsers.create_parser(model.metadata['protocol'])
        body = open(os.path.join(HERE, name + '.xml'), 'rb').read()
        parsed = parser.parse({'status_code': status, 'headers': {}, 'body': body}, operation.output_shape)
        if status >= 300 or 'Error' in parsed and 'Code' in parsed['Error']:
            err = parsed.get('Error', {})
            out = {'code': err.get('Code', ''), 'message': err.get('Message', ''),
                   'requestId': parsed.get('ResponseMetadata', {}).get('RequestId') or None}
        else:
            # The after-call handlers the CLI runs (IAM policies, S3 listing keys, ...); the request
            # had asked S3 for URL-encoded keys, as the codecs ask for them.
            client.meta.events.emit('after-call.%s.%s' % (model.service_id.hyphenize(), op),
                                    http_response=_HttpResponse(status, body), parsed=parsed, model=operation,
                                    context={'encoding_type_auto_set': True})
            parsed.pop('ResponseMetadata', None)
            out = parsed
        with open(os.path.join(HERE, name + '.expected.json'), 'w') as f:
            json.dump(out, f, default=plain, indent=1)
            f.write('\n')
        print(name, file=sys.stderr)


if __name__ == '__main__':
    main()
