#!/usr/bin/env python3
"""Endpoint golden: what botocore itself resolves for a matrix of calls.

For each case a botocore client (no network: the request is caught just before it is sent)
makes the call; we record the endpoint the rule set gave (URL, headers) and how the request was
actually signed (scheme, signing name, signing region, read from the Authorization header), or
the error botocore raised. Writes aws-mcp-core/src/test/resources/golden/endpoints.jsonl,
one JSON object per line, in a fixed order, and endpoints.meta.json next to it.

    python3 tools/endpoints/golden.py [--out PATH]

Settings are explicit in every case (botocore's defaults for sts_regional_endpoints and
us_east_1_regional_endpoint have changed across versions): see docs/endpoints.md.
"""
import argparse
import json
import os
import re
import sys

os.environ['AWS_CONFIG_FILE'] = '/nonexistent'
os.environ['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent'
for var in list(os.environ):
    if var.startswith('AWS_') and var not in ('AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'):
        del os.environ[var]

import botocore
import botocore.session
from botocore import xform_name
from botocore.config import Config

# Every protocol family: json, rest-json, rest-xml, query, ec2, plus the global services and
# ones the CLI treats specially (s3, s3control, sts, iam, route53, cloudfront, organizations).
SERVICES = [
    'acm', 'apigateway', 'appconfig', 'appsync', 'athena', 'autoscaling', 'backup', 'batch',
    'budgets', 'ce', 'cloudformation', 'cloudfront', 'cloudsearch', 'cloudtrail', 'cloudwatch',
    'codebuild', 'codecommit', 'codepipeline', 'cognito-idp', 'config', 'dynamodb',
    'dynamodbstreams', 'ec2', 'ecr', 'ecs', 'efs', 'eks', 'elasticache', 'elasticbeanstalk',
    'elb', 'elbv2', 'emr', 'es', 'events', 'firehose', 'glacier', 'globalaccelerator', 'glue',
    'iam', 'iot', 'kafka', 'kinesis', 'kms', 'lambda', 'logs', 'networkmanager', 'organizations',
    'rds', 'redshift', 'route53', 'route53domains', 's3', 's3control', 'sagemaker',
    'secretsmanager', 'ses', 'sesv2', 'shield', 'sns', 'sqs', 'ssm', 'sso-admin', 'stepfunctions',
    'sts', 'support', 'swf', 'waf', 'wafv2', 'xray',
]

REGIONS = ['us-east-1', 'eu-west-2', 'cn-north-1', 'us-gov-west-1']
GLOBAL_SERVICES = ['iam', 'sts', 'route53', 'cloudfront', 'organizations', 's3', 'shield',
                   'budgets', 'ce', 'globalaccelerator', 'networkmanager', 'waf', 'support']
LEGACY_STS_REGIONS = ['us-east-1', 'eu-west-2', 'ap-south-1', 'ap-east-1', 'aws-global', 'cn-north-1']

DEFAULTS = {
    'endpointUrl': None, 'useFips': False, 'useDualStack': False,
    's3AddressingStyle': 'auto', 's3Accelerate': False, 's3UsEast1Regional': 'legacy',
    'stsRegionalEndpoints': 'regional', 's3UseArnRegion': None,
}


class Captured(Exception):
    def __init__(self, request):
        self.request = request


def settings(**overrides):
    s = dict(DEFAULTS)
    s.update(overrides)
    return s


def dummy(shape, depth=0):
    t = shape.type_name
    if t == 'string':
        return shape.enum[0] if shape.enum else 'x'
    if t in ('integer', 'long'):
        return 1
    if t in ('float', 'double'):
        return 1.0
    if t == 'boolean':
        return False
    if t == 'timestamp':
        return 0
    if t == 'blob':
        return b'x'
    if t == 'list':
        return []
    if t == 'map':
        return {}
    if t == 'structure' and depth < 4:
        return {m: dummy(shape.members[m], depth + 1) for m in shape.required_members}
    return {}


def pick_operation(model):
    """The first operation (by name) without required input, else the first one, filled."""
    names = sorted(model.operation_names)
    for name in names:
        op = model.operation_model(name)
        if op.input_shape is None or not op.input_shape.required_members:
            if not op.has_event_stream_output and not op.has_streaming_input:
                return name, {}
    op = model.operation_model(names[0])
    return names[0], dummy(op.input_shape)


def cases():
    session = botocore.session.get_session()
    out = []
    for service in SERVICES:
        model = session.get_service_model(service)
        op, params = pick_operation(model)
        if service == 's3':
            op, params = 'ListBuckets', {}
        if service == 's3control':
            op, params = 'ListAccessPoints', {'AccountId': '123456789012'}
        for region in REGIONS:
            out.append((service, op, region, settings(), params))
        out.append((service, op, 'us-east-1', settings(useFips=True), params))
        out.append((service, op, 'us-east-1', settings(useDualStack=True), params))
        out.append((service, op, 'us-gov-west-1', settings(useFips=True, useDualStack=True), params))
        out.append((service, op, 'eu-west-2', settings(endpointUrl='http://127.0.0.1:9000'), params))
        if service in GLOBAL_SERVICES:
            out.append((service, op, 'aws-global', settings(), params))
            out.append((service, op, 'eu-west-2', settings(useFips=True), params))
    for region in LEGACY_STS_REGIONS:
        for mode in ('legacy', 'regional'):
            out.append(('sts', 'GetCallerIdentity', region, settings(stsRegionalEndpoints=mode), {}))
    web_identity = {'RoleArn': 'arn:aws:iam::123456789012:role/r', 'RoleSessionName': 's',
                    'WebIdentityToken': 't' * 8}
    out.append(('sts', 'AssumeRoleWithWebIdentity', 'us-east-1', settings(stsRegionalEndpoints='legacy'), web_identity))
    out.append(('sts', 'AssumeRoleWithWebIdentity', 'eu-west-2', settings(), web_identity))
    out.extend(s3_cases())
    out.extend(dynamodb_cases())
    out.extend(special_cases())
    return out


def s3_cases():
    out = []
    buckets = ['b', 'my-bucket', 'my.dotted.bucket', 'UpperCase', 'a--b', 'xn--bucket', '1bucket',
               'arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap',
               'arn:aws:s3:us-west-2:123456789012:accesspoint:my-ap',
               'arn:aws:s3-object-lambda:us-west-2:123456789012:accesspoint/ol',
               'arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/ap']
    regions = ['us-west-2', 'us-east-1', 'eu-west-2', 'cn-north-1', 'us-gov-west-1']
    for bucket in buckets:
        for region in regions:
            out.append(('s3', 'GetObject', region, settings(), {'Bucket': bucket, 'Key': 'k/v.txt'}))
        key = {'Bucket': bucket, 'Key': 'k'}
        out.append(('s3', 'GetObject', 'us-west-2', settings(s3AddressingStyle='path'), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(s3AddressingStyle='virtual'), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(useFips=True), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(useDualStack=True), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(s3Accelerate=True), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(s3Accelerate=True, useFips=True), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(endpointUrl='http://127.0.0.1:9000'), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(endpointUrl='http://127.0.0.1:9000', s3AddressingStyle='virtual'), key))
        out.append(('s3', 'GetObject', 'us-west-2', settings(endpointUrl='https://s3.example.com'), key))
        out.append(('s3', 'GetObject', 'us-east-1', settings(s3UsEast1Regional='regional'), key))
        out.append(('s3', 'GetObject', 'eu-west-2', settings(s3UseArnRegion=False), key))
    for region in ['us-west-2', 'us-east-1', 'aws-global']:
        out.append(('s3', 'GetBucketLocation', region, settings(), {'Bucket': 'b'}))
        out.append(('s3', 'CreateBucket', region, settings(), {'Bucket': 'b'}))
        out.append(('s3', 'ListBuckets', region, settings(s3UsEast1Regional='regional'), {}))
        out.append(('s3', 'ListObjectsV2', region, settings(), {'Bucket': 'b'}))
        out.append(('s3', 'WriteGetObjectResponse', region, settings(), {'RequestRoute': 'route', 'RequestToken': 't'}))
    out.append(('s3', 'GetObject', 'us-west-2', settings(endpointUrl='https://s3-accelerate.amazonaws.com'), {'Bucket': 'b', 'Key': 'k'}))
    out.append(('s3', 'PutObject', 'eu-west-2', settings(), {'Bucket': 'b', 'Key': 'a b/c+d'}))
    for region in ['us-west-2', 'us-east-1']:
        out.append(('s3control', 'GetAccessPoint', region, settings(), {'AccountId': '123456789012', 'Name': 'ap'}))
        out.append(('s3control', 'ListJobs', region, settings(useFips=True), {'AccountId': '123456789012'}))
        out.append(('s3control', 'GetBucket', region, settings(s3UseArnRegion=True),
                    {'AccountId': '123456789012',
                     'Bucket': 'arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/bucket/b'}))
    return out


def dynamodb_cases():
    out = []
    for region in ['us-east-1', 'eu-west-2']:
        out.append(('dynamodb', 'GetItem', region, settings(), {'TableName': 'arn:aws:dynamodb:us-east-1:123456789012:table/t', 'Key': {}}))
        out.append(('dynamodb', 'BatchGetItem', region, settings(), {'RequestItems': {'t1': {'Keys': []}, 't2': {'Keys': []}}}))
        out.append(('dynamodb', 'ListTables', region, settings(useFips=True, useDualStack=True), {}))
    return out


def special_cases():
    out = []
    for service, op, params in [
        ('iot-data', 'ListRetainedMessages', {}),
        ('lambda', 'ListFunctions', {}),
        ('apigatewaymanagementapi', 'GetConnection', {'ConnectionId': 'c'}),
        ('codecatalyst', 'ListSpaces', {}),
        ('mediastore-data', 'ListItems', {}),
        ('cloudsearchdomain', 'Search', {'query': 'q'}),
        ('sagemaker-runtime', 'InvokeEndpoint', {'EndpointName': 'e', 'Body': b'{}'}),
        ('ec2', 'DescribeRegions', {}),
        ('events', 'PutEvents', {'Entries': [], 'EndpointId': 'abc123.456def'}),
        ('sdb', 'ListDomains', {}),
        ('importexport', 'ListJobs', {}),
        ('pricing', 'DescribeServices', {}),
        ('marketplace-catalog', 'ListEntities', {'Catalog': 'AWSMarketplace', 'EntityType': 'x'}),
    ]:
        for region in ['us-east-1', 'eu-west-2', 'ap-northeast-1', 'cn-north-1']:
            out.append((service, op, region, settings(), params))
    return out


def client_for(session, service, region, s, cache):
    key = (service, region, json.dumps(s, sort_keys=True))
    if key in cache:
        return cache[key]
    session.set_config_variable('sts_regional_endpoints', s['stsRegionalEndpoints'])
    s3 = {'addressing_style': s['s3AddressingStyle'], 'use_accelerate_endpoint': s['s3Accelerate'],
          'us_east_1_regional_endpoint': s['s3UsEast1Regional']}
    if s['s3UseArnRegion'] is not None:
        s3['use_arn_region'] = s['s3UseArnRegion']
    config = Config(use_fips_endpoint=s['useFips'], use_dualstack_endpoint=s['useDualStack'],
                    s3=s3, parameter_validation=False, retries={'max_attempts': 0, 'mode': 'standard'})
    client = session.create_client(service, region_name=region, endpoint_url=s['endpointUrl'],
                                   aws_access_key_id='AKIDEXAMPLE', aws_secret_access_key='secret',
                                   config=config)

    def capture(request, **kwargs):
        raise Captured(request)

    client.meta.events.register('before-send', capture)
    cache[key] = client
    return client


AUTH = re.compile(r'^(\S+) Credential=[^/]+/\d{8}/([^/]+)/([^/]+)/aws4_request')


def run(session, service, op, region, s, params, cache):
    try:
        client = client_for(session, service, region, s, cache)
    except Exception as e:  # a client botocore refuses to build is an error case too
        return {'error': f'{type(e).__name__}: {e}'}
    op_model = client.meta.service_model.operation_model(op)
    try:
        # The request context _make_api_call would build; handlers read it.
        context = {'client_region': client.meta.region_name, 'client_config': client.meta.config,
                   'has_streaming_input': op_model.has_streaming_input,
                   'auth_type': op_model.resolved_auth_type}
        url, headers, _ = client._resolve_endpoint_ruleset(op_model, dict(params), context)
    except Exception as e:
        return {'error': f'{type(e).__name__}: {e}'}
    expect = {'url': url, 'headers': dict(sorted(headers.items()))}
    try:
        getattr(client, xform_name(op))(**params)
        return {'error': 'the request was sent'}
    except Captured as c:
        auth = c.request.headers.get('Authorization')
        body = c.request.body or b''
        body = body.decode(errors='replace') if isinstance(body, bytes) else str(body)
        if auth is None and 'SignatureVersion=2' in body + c.request.url:
            expect['auth'] = 'sigv2'  # signed in the query (SimpleDB)
        elif auth is None:
            expect['auth'] = 'none'
        else:
            auth = auth.decode() if isinstance(auth, bytes) else auth
            m = AUTH.match(auth)
            if m:
                expect['auth'] = {'AWS4-HMAC-SHA256': 'sigv4', 'AWS4-ECDSA-P256-SHA256': 'sigv4a'}.get(m.group(1), m.group(1))
                expect['signingRegion'] = m.group(2)
                expect['signingName'] = m.group(3)
            else:
                expect['auth'] = auth.split(' ')[0]
    except Exception as e:
        expect['callError'] = f'{type(e).__name__}: {e}'
    return expect


def main():
    parser = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument('--out', default=os.path.join(here, '..', '..', 'aws-mcp-core', 'src', 'test',
                                                      'resources', 'golden', 'endpoints.jsonl'))
    args = parser.parse_args()
    session = botocore.session.get_session()
    cache = {}
    rows = []
    seen = set()
    for service, op, region, s, params in cases():
        key = json.dumps([service, op, region, s, params], sort_keys=True, default=repr)
        if key in seen:
            continue
        seen.add(key)
        expect = run(session, service, op, region, s, params, cache)
        shown = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in params.items()}
        rows.append({'service': service, 'operation': op, 'region': region, 'settings': s,
                     'params': shown, 'expect': expect})
    with open(args.out, 'w') as f:
        for i, row in enumerate(rows):
            row = {'id': i + 1, **row}
            f.write(json.dumps(row, default=repr) + '\n')
    meta = {'botocoreVersion': botocore.__version__, 'cases': len(rows),
            'credentials': 'static, without an account id',
            'defaults': dict(DEFAULTS),
            'note': 'settings are explicit per case; written by tools/endpoints/golden.py'}
    with open(os.path.splitext(args.out)[0] + '.meta.json', 'w') as f:
        json.dump(meta, f, indent=2, sort_keys=True)
        f.write('\n')
    print(f'{len(rows)} cases from botocore {botocore.__version__} -> {os.path.normpath(args.out)}', file=sys.stderr)


if __name__ == '__main__':
    main()
