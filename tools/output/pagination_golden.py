#!/usr/bin/env python3
"""Golden cases for dev.awsmcp.core.exec.PageMerger, produced by botocore's own PageIterator.

A fake service answers each request from a table of pages keyed by the request's input-token
values; botocore pages through it with the real paginator configs of a few services, with and
without --max-items and --starting-token (including every token a previous run handed out,
followed to the end). Each case records the requests botocore made, build_full_result() as the
CLI prints it (json.dumps indent=4), the resume token, the text-format documents, or the error.

Usage: python3 tools/output/pagination_golden.py > aws-mcp-core/src/test/resources/golden/output/pagination.jsonl
"""
import copy
import json
import sys

import botocore.session
from botocore.exceptions import PaginationError
from botocore.paginate import PageIterator


def paginator_config(service, operation):
    session = botocore.session.get_session()
    model = session.get_paginator_model(service)
    return model.get_paginator(operation)


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


class FakeService:
    """Answers by the request's input tokens: no token -> first page, else the page after the
    page whose output tokens equal the request's."""

    def __init__(self, input_tokens, pages_by_request):
        self.input_tokens = input_tokens
        self.pages = pages_by_request
        self.requests = []

    def __call__(self, **kwargs):
        key = json.dumps([kwargs.get(t) for t in self.input_tokens], sort_keys=True)
        self.requests.append({t: kwargs[t] for t in self.input_tokens if t in kwargs})
        # an unknown token gets an empty last page, as a service would answer a stale token
        return copy.deepcopy(self.pages.get(key, {}))


def run(name, config, pages_by_request, max_items=None, starting_token=None):
    input_tokens = as_list(config['input_token'])
    service = FakeService(input_tokens, pages_by_request)
    import jmespath
    it = PageIterator(
        service, input_tokens,
        [jmespath.compile(t) for t in as_list(config['output_token'])],
        jmespath.compile(config['more_results']) if config.get('more_results') else None,
        [jmespath.compile(k) for k in as_list(config['result_key'])],
        [jmespath.compile(k) for k in config.get('non_aggregate_keys', [])],
        config.get('limit_key'), max_items, starting_token, None, {})
    case = {'name': name, 'paginator': config,
            'pages': [[json.loads(k), v] for k, v in pages_by_request.items()],
            'maxItems': max_items, 'startingToken': starting_token}
    try:
        result = it.build_full_result()
        case['requests'] = service.requests
        case['result'] = json.dumps(result, indent=4, ensure_ascii=False)
        case['nextToken'] = it.resume_token
        # the text format walks the pages again: run a second iterator for it
        service2 = FakeService(input_tokens, pages_by_request)
        it2 = PageIterator(
            service2, input_tokens,
            [jmespath.compile(t) for t in as_list(config['output_token'])],
            jmespath.compile(config['more_results']) if config.get('more_results') else None,
            [jmespath.compile(k) for k in as_list(config['result_key'])],
            [jmespath.compile(k) for k in config.get('non_aggregate_keys', [])],
            config.get('limit_key'), max_items, starting_token, None, {})
        docs = []
        from botocore.utils import set_value_from_jmespath
        for i, page in enumerate(it2):
            current = {} if i > 0 else it2.non_aggregate_part
            for key in it2.result_keys:
                set_value_from_jmespath(current, key.expression, key.search(page))
            docs.append(json.dumps(current, indent=4, ensure_ascii=False))
        if it2.resume_token:
            docs.append(json.dumps({'NextToken': {'NextToken': it2.resume_token}}, indent=4))
        case['textDocuments'] = docs
        # and what the CLI's text formatter prints for the same pages
        import argparse
        import io
        from awscli.formatter import TextFormatter
        service3 = FakeService(input_tokens, pages_by_request)
        it3 = PageIterator(
            service3, input_tokens,
            [jmespath.compile(t) for t in as_list(config['output_token'])],
            jmespath.compile(config['more_results']) if config.get('more_results') else None,
            [jmespath.compile(k) for k in as_list(config['result_key'])],
            [jmespath.compile(k) for k in config.get('non_aggregate_keys', [])],
            config.get('limit_key'), max_items, starting_token, None, {})
        stream = io.StringIO()
        TextFormatter(argparse.Namespace(query=None))('Operation', it3, stream)
        case['text'] = stream.getvalue()
    except PaginationError as e:
        case['requests'] = service.requests
        case['error'] = 'repeated-token'
    except ValueError as e:
        case['requests'] = service.requests
        case['error'] = 'bad-token'
    print(json.dumps(case, ensure_ascii=False))
    return case


def chain(name, config, pages, max_items):
    """Pages through with --max-items, then resumes with each token until the end."""
    case = run(name + ' max' + str(max_items), config, pages, max_items)
    step = 1
    while case.get('nextToken') and step < 30:
        case = run('%s max%d resume%d' % (name, max_items, step), config, pages, max_items, case['nextToken'])
        step += 1


def request_key(values):
    return json.dumps(values, sort_keys=True)


def simple_pages(config, item_pages, build, extra_token=None):
    """item_pages: list of item lists; build(items, token, last) -> page."""
    input_tokens = as_list(config['input_token'])
    out = {}
    prev = [None] * len(input_tokens)
    for i, items in enumerate(item_pages):
        last = i == len(item_pages) - 1
        token = None if last else 'tok-%d' % (i + 1)
        out[request_key(prev)] = build(items, token, i)
        prev = [token] + [None] * (len(input_tokens) - 1)
        if extra_token:
            prev = extra_token(i)
    return out


def main():
    ec2 = paginator_config('ec2', 'DescribeInstances')
    pages = simple_pages(ec2, [['a', 'b', 'c'], ['d', 'e'], [], ['f', 'g', 'h', 'i']],
                         lambda items, tok, i: dict(
                             {'Reservations': [{'ReservationId': 'r-' + x, 'Instances': [{'InstanceId': 'i-' + x}]}
                                               for x in items]},
                             **({'NextToken': tok} if tok else {}), ResponseMetadata={'RequestId': 'req'}))
    run('ec2 all pages', ec2, pages)
    for m in (1, 2, 3, 4, 5, 9, 10, 20):
        chain('ec2', ec2, pages, m)
    run('ec2 plain service token', ec2, pages, None, 'tok-2')
    run('ec2 plain service token max', ec2, pages, 2, 'tok-1')
    run('ec2 old style token', ec2, pages, None, 'tok-1___1')
    run('ec2 old style token bad index', ec2, pages, None, 'tok-1___x')

    s3v2 = paginator_config('s3', 'ListObjectsV2')
    def v2(items, tok, i):
        page = {'IsTruncated': tok is not None, 'Contents': [{'Key': k, 'Size': len(k)} for k in items],
                'Name': 'bucket', 'Prefix': '', 'MaxKeys': 1000, 'EncodingType': 'url', 'KeyCount': len(items)}
        if i % 2 == 0:
            page['CommonPrefixes'] = [{'Prefix': 'p%d/' % i}]
        if tok:
            page['NextContinuationToken'] = tok
        return page
    pages = simple_pages(s3v2, [['k1', 'k2'], ['k3', 'k4', 'k5'], ['k6']], v2)
    run('s3 list-objects-v2', s3v2, pages)
    for m in (1, 2, 4):
        chain('s3 v2', s3v2, pages, m)

    s3v1 = paginator_config('s3', 'ListObjects')
    def v1(items, tok, i):
        page = {'IsTruncated': tok is not None, 'Marker': '', 'Contents': [{'Key': k} for k in items],
                'Name': 'b', 'Prefix': '', 'MaxKeys': 2}
        return page
    # ListObjects without a delimiter: no NextMarker, the token is the last key
    out = {}
    prev = [None]
    for i, items in enumerate([['a1', 'a2'], ['b1', 'b2'], ['c1']]):
        last = i == 2
        out[request_key(prev)] = dict(v1(items, None if last else 'x', i), IsTruncated=not last)
        prev = [items[-1]]
    run('s3 list-objects last key token', s3v1, out)
    for m in (1, 3):
        chain('s3 list-objects', s3v1, out, m)

    ddb = paginator_config('dynamodb', 'Scan')
    out = {}
    prev = [None]
    for i, items in enumerate([[1, 2], [3], [4, 5, 6]]):
        last = i == 2
        page = {'Items': [{'id': {'N': str(n)}} for n in items], 'Count': len(items), 'ScannedCount': len(items) + 1}
        if not last:
            page['LastEvaluatedKey'] = {'id': {'N': str(items[-1])}}
            page['ConsumedCapacity'] = {'TableName': 't', 'CapacityUnits': 0.5}
        out[request_key(prev)] = page
        prev = [page.get('LastEvaluatedKey')]
    run('dynamodb scan', ddb, out)
    for m in (1, 2, 4):
        chain('dynamodb scan', ddb, out, m)

    cf = paginator_config('cloudfront', 'ListDistributions')
    out = {}
    prev = [None]
    for i, items in enumerate([['E1', 'E2'], ['E3']]):
        last = i == 1
        page = {'DistributionList': {'Marker': prev[0] or '', 'MaxItems': 2, 'IsTruncated': not last,
                                     'Quantity': len(items), 'Items': [{'Id': x} for x in items]}}
        if not last:
            page['DistributionList']['NextMarker'] = items[-1]
        out[request_key(prev)] = page
        prev = [items[-1]]
    run('cloudfront list-distributions nested', cf, out)
    chain('cloudfront', cf, out, 1)

    athena = paginator_config('athena', 'GetQueryResults')
    pages = simple_pages(athena, [[['h1', 'h2'], ['a', 'b']], [['c', 'd']]],
                         lambda rows, tok, i: dict(
                             {'UpdateCount': 0, 'ResultSet': {
                                 'Rows': [{'Data': [{'VarCharValue': v} for v in r]} for r in rows],
                                 'ResultSetMetadata': {'ColumnInfo': [{'Name': 'x%d' % i}]}}},
                             **({'NextToken': tok} if tok else {})))
    run('athena nested non-aggregate', athena, pages)
    chain('athena', athena, pages, 1)

    r53 = paginator_config('route53', 'ListResourceRecordSets')
    out = {}
    prev = [None, None, None]
    for i, items in enumerate([['a.', 'b.'], ['c.'], ['d.']]):
        last = i == 2
        page = {'ResourceRecordSets': [{'Name': n, 'Type': 'A'} for n in items], 'IsTruncated': not last,
                'MaxItems': '2'}
        if not last:
            page['NextRecordName'] = 'n%d.' % i
            page['NextRecordType'] = 'A'
            if i == 0:
                page['NextRecordIdentifier'] = 'id0'
        out[request_key(prev)] = page
        prev = [page.get('NextRecordName'), page.get('NextRecordType'), page.get('NextRecordIdentifier')]
    run('route53 three input tokens', r53, out)
    chain('route53', r53, out, 1)
    chain('route53', r53, out, 2)
    run('route53 old style token', r53, out, None, 'n0.___A___id0')
    run('route53 old style token short', r53, out, None, 'n1.___A')
    run('route53 old style token with index', r53, out, None, 'n0.___A___id0___1')
    run('route53 old style token too long', r53, out, None, 'a___b___c___d___e')

    kin = paginator_config('kinesis', 'DescribeStream')
    out = {}
    prev = [None]
    for i, items in enumerate([['s-1', 's-2'], ['s-3']]):
        last = i == 1
        page = {'StreamDescription': {'StreamName': 'x', 'Shards': [{'ShardId': s} for s in items],
                                      'HasMoreShards': not last, 'StreamStatus': 'ACTIVE'}}
        out[request_key(prev)] = page
        prev = [items[-1]]
    run('kinesis more results nested', kin, out)
    chain('kinesis', kin, out, 1)

    # a service that repeats its token
    loop = {request_key([None]): {'Reservations': [{'ReservationId': 'r1'}], 'NextToken': 'same'},
            request_key(['same']): {'Reservations': [{'ReservationId': 'r2'}], 'NextToken': 'same'}}
    run('repeated token', ec2, loop)
    # empty strings are no token
    empty = {request_key([None]): {'Reservations': [], 'NextToken': ''}}
    run('empty token ends', ec2, empty)
    run('empty result max', ec2, empty, 1)
    # result key absent on every page
    absent = {request_key([None]): {'NextToken': 'n'}, request_key(['n']): {}}
    run('absent result key', ec2, absent)
    # a token for the first page, one item in, written by hand
    import base64
    run('hand-made first-page token', ec2, two_items(), None,
        base64.b64encode(json.dumps({'NextToken': None, 'boto_truncate_amount': 1}).encode()).decode())
    # unicode tokens are escaped in the encoded token
    uni = {request_key([None]): {'Reservations': [{'ReservationId': 'r1'}, {'ReservationId': 'r2'}],
                                 'NextToken': 'tök/€'},
           request_key(['tök/€']): {'Reservations': [{'ReservationId': 'r3'}]}}
    chain('unicode token', ec2, uni, 2)
    chain('unicode token', ec2, uni, 1)


def two_items():
    return {request_key([None]): {'Reservations': [{'ReservationId': 'r1'}, {'ReservationId': 'r2'}]}}


if __name__ == '__main__':
    main()
