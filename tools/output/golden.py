#!/usr/bin/env python3
"""Golden output of the AWS CLI's formatters for dev.awsmcp.core.exec.OutputRenderer.

Feeds a corpus of response documents (the JSON a command prints with --output json, after
--query) through the real formatters:
  json, text, table  AWS CLI v1 1.45.11 (awscli.formatter.get_formatter), this interpreter
  yaml, yaml-stream  AWS CLI v2 (Debian package awscli 2.9.19, ruamel.yaml 0.17.21), run as
                     a worker under /usr/bin/python3 because CLI v1 has no YAML output
The table formatter sizes itself to the terminal; it is pinned to 80 columns, which is what
the CLI uses whenever stdout is not a terminal. Color is off.

Usage (from the repository root, pyenv python with awscli v1):
  python3 tools/output/golden.py > aws-mcp-core/src/test/resources/golden/output/formats.jsonl
Each line: {"name", "operation", "document" (JSON text, key order kept), "outputs": {format:
text or {"error": message}}}.
"""
import argparse
import copy
import io
import json
import subprocess
import sys

V2_PYTHON = '/usr/bin/python3'


def corpus():
    ts = '2024-03-05T17:02:11.000Z'
    docs = []

    def add(name, operation, doc):
        docs.append({'name': name, 'operation': operation, 'document': doc})

    tag = lambda k, v: {'Key': k, 'Value': v}
    instance = lambda i, state, extra=None: dict({
        'AmiLaunchIndex': 0, 'ImageId': 'ami-0abcdef1234567890', 'InstanceId': 'i-0%016x' % i,
        'InstanceType': 't3.micro', 'LaunchTime': ts, 'Monitoring': {'State': 'disabled'},
        'Placement': {'AvailabilityZone': 'us-east-1a', 'GroupName': '', 'Tenancy': 'default'},
        'PrivateDnsName': 'ip-10-0-0-%d.ec2.internal' % i, 'PrivateIpAddress': '10.0.0.%d' % i,
        'ProductCodes': [], 'State': {'Code': 16 if state == 'running' else 80, 'Name': state},
        'SubnetId': 'subnet-0123456789abcdef0', 'VpcId': 'vpc-0123456789abcdef0', 'EbsOptimized': False,
        'EnaSupport': True, 'SecurityGroups': [{'GroupName': 'default', 'GroupId': 'sg-0123'}],
        'Tags': [tag('Name', 'web-%d' % i), tag('env', 'prod')],
        'BlockDeviceMappings': [{'DeviceName': '/dev/xvda', 'Ebs': {
            'AttachTime': ts, 'DeleteOnTermination': True, 'Status': 'attached', 'VolumeId': 'vol-%d' % i}}],
        'CpuOptions': {'CoreCount': 1, 'ThreadsPerCore': 2},
    }, **(extra or {}))
    add('ec2 describe-instances', 'DescribeInstances', {'Reservations': [
        {'Groups': [], 'Instances': [instance(1, 'running'), instance(2, 'stopped')],
         'OwnerId': '123456789012', 'ReservationId': 'r-0a1b2c3d4e5f'},
        {'Groups': [], 'Instances': [instance(3, 'running', {'PublicIpAddress': '54.1.2.3'})],
         'OwnerId': '123456789012', 'ReservationId': 'r-0f0f0f0f'}]})
    add('ec2 describe-instances empty', 'DescribeInstances', {'Reservations': []})
    add('ec2 query instance ids', 'DescribeInstances', ['i-0001', 'i-0002', 'i-0003'])
    add('ec2 query list of lists', 'DescribeInstances',
        [['i-0001', 'running', 't3.micro'], ['i-0002', 'stopped', 'm5.large']])
    add('ec2 query nested list of lists', 'DescribeInstances',
        [[['i-1', 'running']], [['i-2', 'stopped'], ['i-3', 'pending']]])
    add('ec2 query hash projection', 'DescribeInstances',
        [{'Id': 'i-1', 'Type': 't3.micro', 'Name': 'web'}, {'Id': 'i-2', 'Type': 'm5.large', 'Name': None}])
    add('ec2 describe-regions', 'DescribeRegions', {'Regions': [
        {'Endpoint': 'ec2.%s.amazonaws.com' % r, 'RegionName': r, 'OptInStatus': 'opt-in-not-required'}
        for r in ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2']]})
    add('ec2 describe-security-groups', 'DescribeSecurityGroups', {'SecurityGroups': [{
        'Description': 'default VPC security group', 'GroupName': 'default',
        'IpPermissions': [{'FromPort': 443, 'IpProtocol': 'tcp', 'IpRanges': [
            {'CidrIp': '0.0.0.0/0', 'Description': 'HTTPS from anywhere'}], 'Ipv6Ranges': [
            {'CidrIpv6': '::/0'}], 'PrefixListIds': [], 'ToPort': 443, 'UserIdGroupPairs': []},
            {'IpProtocol': '-1', 'IpRanges': [], 'Ipv6Ranges': [], 'PrefixListIds': [],
             'UserIdGroupPairs': [{'GroupId': 'sg-0123', 'UserId': '123456789012'}]}],
        'OwnerId': '123456789012', 'GroupId': 'sg-0123', 'VpcId': 'vpc-0123'}]})
    add('s3 list-objects-v2', 'ListObjectsV2', {'Contents': [
        {'Key': 'photos/2024/a.jpg', 'LastModified': ts, 'ETag': '"d41d8cd98f00b204e9800998ecf8427e"',
         'ChecksumAlgorithm': ['CRC64NVME'], 'Size': 1048576, 'StorageClass': 'STANDARD'},
        {'Key': 'photos/2024/b b.png', 'LastModified': ts, 'ETag': '"0cc175b9c0f1b6a831c399e269772661"',
         'Size': 0, 'StorageClass': 'GLACIER', 'RestoreStatus': {'IsRestoreInProgress': False}},
    ], 'Name': 'my-bucket', 'Prefix': 'photos/', 'MaxKeys': 1000, 'EncodingType': 'url', 'KeyCount': 2,
        'RequestCharged': None})
    add('s3 list-objects-v2 paginated with token', 'ListObjectsV2', {
        'Contents': [{'Key': 'k%d' % i, 'Size': i * 10} for i in range(3)],
        'CommonPrefixes': [{'Prefix': 'logs/'}], 'Name': 'b', 'Delimiter': '/',
        'NextToken': 'eyJDb250aW51YXRpb25Ub2tlbiI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDN9'})
    add('s3 list-buckets', 'ListBuckets', {'Buckets': [
        {'Name': 'alpha', 'CreationDate': '2019-01-01T00:00:00.000Z', 'BucketRegion': 'us-east-1'},
        {'Name': 'beta-logs-very-long-bucket-name-for-width', 'CreationDate': '2021-06-30T12:00:00.000Z',
         'BucketRegion': 'eu-central-1'}],
        'Owner': {'DisplayName': 'me', 'ID': '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'},
        'Prefix': None})
    add('s3 get-bucket-location null', 'GetBucketLocation', {'LocationConstraint': None})
    add('iam list-users', 'ListUsers', {'Users': [
        {'Path': '/', 'UserName': 'alice', 'UserId': 'AIDAEXAMPLE1', 'Arn': 'arn:aws:iam::123456789012:user/alice',
         'CreateDate': '2020-01-01T10:00:00+00:00', 'PasswordLastUsed': '2024-02-02T08:30:00+00:00'},
        {'Path': '/ops/', 'UserName': 'bob', 'UserId': 'AIDAEXAMPLE2', 'Arn': 'arn:aws:iam::123456789012:user/ops/bob',
         'CreateDate': '2021-05-05T05:05:05+00:00'}], 'IsTruncated': False})
    add('iam get-user', 'GetUser', {'User': {'Path': '/', 'UserName': 'alice', 'UserId': 'AIDAEXAMPLE1',
                                          'Arn': 'arn:aws:iam::123456789012:user/alice',
                                          'CreateDate': '2020-01-01T10:00:00+00:00',
                                          'Tags': [tag('team', 'platform')]}})
    add('iam get-account-summary', 'GetAccountSummary', {'SummaryMap': {
        'Users': 12, 'UsersQuota': 5000, 'Groups': 3, 'Policies': 40, 'AccountMFAEnabled': 1,
        'PolicyVersionsInUseQuota': 10000}})
    add('iam policy document', 'GetRolePolicy', {'RoleName': 'r', 'PolicyName': 'p', 'PolicyDocument': {
        'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': ['s3:GetObject', 's3:ListBucket'],
                                                'Resource': '*', 'Condition': {}}]}})
    add('sts get-caller-identity', 'GetCallerIdentity', {
        'UserId': 'AIDAEXAMPLE1', 'Account': '123456789012', 'Arn': 'arn:aws:iam::123456789012:user/alice'})
    add('dynamodb scan', 'Scan', {'Items': [
        {'id': {'S': 'a'}, 'n': {'N': '1.50'}, 'flag': {'BOOL': True}, 'tags': {'SS': ['x', 'y']},
         'nested': {'M': {'k': {'NULL': True}}}},
        {'id': {'S': 'b'}, 'blob': {'B': 'aGVsbG8='}, 'list': {'L': [{'N': '1'}, {'S': 'two'}]}}],
        'Count': 2, 'ScannedCount': 2, 'ConsumedCapacity': None})
    add('dynamodb describe-table', 'DescribeTable', {'Table': {
        'AttributeDefinitions': [{'AttributeName': 'id', 'AttributeType': 'S'}], 'TableName': 'orders',
        'KeySchema': [{'AttributeName': 'id', 'KeyType': 'HASH'}], 'TableStatus': 'ACTIVE',
        'CreationDateTime': 1709658131.123, 'ProvisionedThroughput': {
            'NumberOfDecreasesToday': 0, 'ReadCapacityUnits': 5, 'WriteCapacityUnits': 5},
        'TableSizeBytes': 0, 'ItemCount': 0, 'TableArn': 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
        'DeletionProtectionEnabled': False}})
    add('cloudwatch get-metric-statistics', 'GetMetricStatistics', {'Label': 'CPUUtilization', 'Datapoints': [
        {'Timestamp': '2024-03-05T17:00:00Z', 'Average': 0.1, 'Maximum': 12.5, 'Unit': 'Percent'},
        {'Timestamp': '2024-03-05T17:05:00Z', 'Average': 1e-07, 'Maximum': 100.0, 'Unit': 'Percent'},
        {'Timestamp': '2024-03-05T17:10:00Z', 'Average': 33.333333333333336, 'Maximum': 1e+21, 'Unit': 'Percent'}]})
    add('lambda list-functions', 'ListFunctions', {'Functions': [
        {'FunctionName': 'hello', 'Runtime': 'python3.12', 'Role': 'arn:aws:iam::123456789012:role/lambda',
         'Handler': 'app.handler', 'CodeSize': 299, 'Description': '', 'Timeout': 3, 'MemorySize': 128,
         'LastModified': '2024-03-05T17:02:11.000+0000', 'Version': '$LATEST',
         'Environment': {'Variables': {'STAGE': 'prod', 'DEBUG': 'false'}},
         'TracingConfig': {'Mode': 'PassThrough'}, 'Architectures': ['x86_64'],
         'EphemeralStorage': {'Size': 512}}]})
    add('sqs receive-message', 'ReceiveMessage', {'Messages': [{
        'MessageId': 'm-1', 'ReceiptHandle': 'AQEB' + 'x' * 150, 'MD5OfBody': 'abc',
        'Body': '{"order": 17, "items": ["a", "b"]}\nsecond line\ttabbed',
        'Attributes': {'SentTimestamp': '1709658131123', 'ApproximateReceiveCount': '1'}}]})
    add('logs filter-log-events', 'FilterLogEvents', {'events': [
        {'logStreamName': 's', 'timestamp': 1709658131123, 'message': 'START RequestId: 1 Version: $LATEST\n',
         'ingestionTime': 1709658131200, 'eventId': '1'},
        {'logStreamName': 's', 'timestamp': 1709658131124,
         'message': 'ERROR: something failed: {"code": 500, "detail": "a very long message that goes past the eighty column line of the table and the yaml folding width"}',
         'ingestionTime': 1709658131201, 'eventId': '2'}], 'searchedLogStreams': []})
    add('kms list-keys', 'ListKeys', {'Keys': [{'KeyId': 'k1', 'KeyArn': 'arn:aws:kms:us-east-1:1:key/k1'}],
                                      'Truncated': False})
    add('ssm get-parameters', 'GetParameters', {'Parameters': [
        {'Name': '/app/db/url', 'Type': 'String', 'Value': 'postgres://db:5432/app', 'Version': 3,
         'LastModifiedDate': 1709658131.5, 'ARN': 'arn:aws:ssm:us-east-1:1:parameter/app/db/url',
         'DataType': 'text'}], 'InvalidParameters': ['/app/missing']})
    add('cloudformation describe-stacks', 'DescribeStacks', {'Stacks': [{
        'StackName': 'app', 'StackStatus': 'CREATE_COMPLETE', 'CreationTime': ts,
        'Parameters': [{'ParameterKey': 'Env', 'ParameterValue': 'prod'}],
        'Outputs': [{'OutputKey': 'Url', 'OutputValue': 'https://example.com', 'Description': 'endpoint'}],
        'Capabilities': ['CAPABILITY_IAM'], 'DisableRollback': False, 'Tags': []}]})
    add('empty object', 'DeleteBucket', {})
    add('empty list', 'ListThings', [])
    add('object with empty members', 'ListThings', {'Things': [], 'Meta': {}, 'Name': ''})
    add('scalar string', 'GetThing', 'i-0123456789abcdef0')
    add('scalar empty string', 'GetThing', '')
    add('scalar int', 'GetThing', 42)
    add('scalar zero', 'GetThing', 0)
    add('scalar float', 'GetThing', 3.14)
    add('scalar true', 'GetThing', True)
    add('scalar false', 'GetThing', False)
    add('scalar null', 'GetThing', None)
    add('numbers', 'GetNumbers', {'big': 12345678901234567890, 'neg': -7, 'zero': 0, 'f': 0.5, 'whole': 2.0,
                                  'tiny': 1.5e-10, 'huge': 1.7976931348623157e+308, 'negf': -0.25,
                                  'third': 0.3333333333333333})
    add('booleans and nulls', 'GetFlags', {'Enabled': True, 'Deleted': False, 'Owner': None,
                                           'Items': [True, False, None]})
    add('single scalar key', 'GetStatus', {'Status': 'OK'})
    add('unicode', 'GetUnicode', {'Name': 'Zoë Ünïcødé', 'City': '東京', 'Greeting': 'こんにちは世界',
                                  'Emoji': '🚀 launch', 'Arabic': 'مرحبا', 'Mixed': 'ａｂｃ full width'})
    add('unicode table list', 'ListNames', {'Names': [{'Short': '東', 'Long': 'Ωmega'},
                                                       {'Short': 'b', 'Long': '中文字符串测试'}]})
    add('heterogeneous keys', 'ListThings', {'Things': [{'A': 1, 'B': 2}, {'B': 3, 'C': 4}, {'D': {'E': 5}}]})
    add('key scalar here list there', 'ListThings', {'Things': [{'A': 'x', 'T': 'y'}, {'A': ['p', 'q'], 'T': 'z'}]})
    add('mixed scalar list', 'GetMixed', {'Values': ['a', 1, 2.5, True, None]})
    add('list with nested lists and scalars', 'GetMixed', [['a', 'b'], 'c', ['d', ['e']]])
    add('list of dicts then scalar', 'GetMixed', [{'A': 1}, 'x'])
    add('list of scalars then dict', 'GetMixed', ['x', {'A': 1}])
    add('wide table', 'DescribeWide', {'Items': [
        {'Alpha': 'a' * 20, 'Bravo': 'b' * 25, 'Charlie': 'c' * 30, 'Delta': 'd' * 10},
        {'Alpha': 'short', 'Bravo': 'x', 'Charlie': 'y', 'Delta': 'z'}]})
    add('wide single row', 'DescribeWide', {'Config': {
        'Alpha': 'a' * 20, 'Bravo': 'b' * 25, 'Charlie': 'c' * 30, 'Delta': 'd' * 10}})
    add('long title', 'DescribeSomethingWithAVeryLongOperationNameThatIsWiderThanTheTableItself',
        {'A': 'b', 'C': 'd'})
    add('yaml special strings', 'GetStrings', {
        'true': 'true', 'yes': 'yes', 'on': 'On', 'null': 'null', 'tilde': '~', 'int': '123', 'octal': '0o17',
        'hex': '0x1F', 'float': '1.5', 'exp': '1e3', 'date': '2024-01-01', 'datetime': '2024-01-01T00:00:00Z',
        'empty': '', 'space': ' leading', 'trail': 'trailing ', 'colon': 'a: b', 'colon2': 'a:b',
        'dash': '- item', 'hash': '#comment', 'mid hash': 'a #b', 'at': '@at', 'tick': '`tick', 'star': '*star',
        'amp': '&amp', 'bang': '!bang', 'pct': '%pct', 'brace': '{x}', 'bracket': '[x]', 'quote': "it's",
        'dquote': 'say "hi"', 'comma': 'a, b', 'question': '? q', 'pipe': '| p', 'gt': '> g', 'dot': '.',
        'inf': '.inf', 'nan': '.nan', 'merge': '<<', 'eq': '=', 'multi': 'line1\nline2', 'tab': 'a\tb',
        'cr': 'a\rb', 'nonprint': 'bell\x07', 'backslash': 'C:\\path', 'unicode': 'é', 'Y': 'Y', 'n': 'n'})
    add('yaml special keys', 'GetKeys', {'123': 'numeric key', 'true': 'bool key', 'a b': 'space',
                                         'with:colon': 'c', '': 'empty key', 'Ünï': 'u'})
    add('long strings', 'GetLong', {
        'Text': ' '.join(['word%d' % i for i in range(40)]),
        'NoSpaces': 'x' * 120,
        'Policy': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/*"}]}',
        'MultiLong': ('first line that is rather long and keeps going past the width ' * 2) + '\nsecond'})
    add('deep nesting', 'GetDeep', {'a': {'b': {'c': {'d': {'e': [{'f': [1, 2, {'g': 'h'}]}]}}}}})
    add('list of empty things', 'GetEmpty', {'L': [[], {}, '', 0]})
    add('control characters', 'GetControl', {'Text': 'nul\x00byte esc\x1b[0m del\x7f', 'NL': '\n'})
    add('ecs describe-services', 'DescribeServices', {'services': [{
        'serviceName': 'web', 'clusterArn': 'arn:aws:ecs:us-east-1:1:cluster/c', 'status': 'ACTIVE',
        'desiredCount': 2, 'runningCount': 2, 'pendingCount': 0, 'launchType': 'FARGATE',
        'deployments': [{'id': 'ecs-svc/1', 'status': 'PRIMARY', 'desiredCount': 2, 'createdAt': 1709658131.123,
                         'rolloutState': 'COMPLETED'}],
        'events': [{'id': 'e1', 'createdAt': 1709658131.0, 'message': '(service web) has reached a steady state.'}]}],
        'failures': []})
    add('route53 list-resource-record-sets', 'ListResourceRecordSets', {'ResourceRecordSets': [
        {'Name': 'example.com.', 'Type': 'NS', 'TTL': 172800, 'ResourceRecords': [
            {'Value': 'ns-1.awsdns-00.com.'}, {'Value': 'ns-2.awsdns-01.net.'}]},
        {'Name': 'www.example.com.', 'Type': 'A', 'AliasTarget': {
            'HostedZoneId': 'Z2FDTNDATAQYW2', 'DNSName': 'd111111abcdef8.cloudfront.net.',
            'EvaluateTargetHealth': False}}], 'IsTruncated': False, 'MaxItems': '100'})
    add('yaml edge strings', 'GetEdges', {
        'dashes': '---', 'dots': '...', 'dashdoc': '--- x', 'dash': '-', 'dashx': '-x', 'colon': ':',
        'colonx': ':x', 'q': '?', 'qx': '?x', 'endcolon': 'a:', 'endcolonsp': 'key: ', 'hashonly': '#',
        'spaces': '   ', 'nl_end': 'text\n', 'nl_start': '\ntext', 'crlf': 'a\r\nb', 'nel': 'a\x85b',
        'ls': 'a\u2028b', 'nbsp': 'a\xa0b', 'bom': '\ufeffx', 'c1': 'a\x9fb', 'twospaces': 'a  b',
        'sp_nl': 'a \nb', 'nl_sp': 'a\n b', 'plus': '+1', 'minus': '-1', 'under': '1_000', 'bin': '0b101',
        'dotnum': '.5', 'vers': '1.2.3', 'ip': '10.0.0.1', 'time': '12:30:00', 'dt_space': '2024-01-01 10:00:00',
        'short_date': '2024-1-1', 'sci': '6.02E23', 'Inf': '-.Inf', 'NULLx': 'NULL', 'tilde2': '~~',
        'percent': '50%', 'email': 'a@b.c', 'url': 'https://example.com/a?b=c&d=e#frag',
        'glob': 's3://bucket/*', 'brace_mid': 'a{b}', 'quote_mid': "a'b", 'both_quotes': 'a\'b"c'})
    add('yaml long quoted', 'GetLongQuoted', {
        'single': '*' + ' '.join(['item%d' % i for i in range(30)]),
        'single_spaces': '&start ' + '  '.join(['x%d' % i for i in range(40)]),
        'double': 'tab\there ' + ' '.join(['word%d' % i for i in range(30)]),
        'double_spaces': 'tab\t ' + '  '.join(['y%d' % i for i in range(40)]),
        'double_unicode': '\U0001F600 ' + ' '.join(['ünï%d' % i for i in range(30)]),
        'plain_unicode': ' '.join(['東京%d' % i for i in range(40)]),
        'plain_double_space': '  '.join(['z%d' % i for i in range(40)]) + 'end',
        'multi_para': 'first paragraph line\n\nsecond paragraph ' + ' '.join(['w%d' % i for i in range(30)])})
    add('yaml long key', 'GetLongKey', {'k' * 130: 'long key', 'multi\nline key': 'v', 'tab\tkey': 'v2'})
    add('yaml nested sequences', 'GetNested', {'a': [[1, 2], [], [[3]], [{'b': []}, {}]], 'e': [{}], 'f': {'g': {}}})
    add('yaml list at top', 'GetList', [{'a': 1, 'b': [1, 2]}, [], {}, 'x', None, 1.5])
    add('floats edge', 'GetFloats', {'a': 1e16, 'b': 1e15, 'c': 123456789.123, 'd': -0.0, 'e': 5e-324,
                                     'f': 0.0001, 'g': 0.00001, 'h': 9007199254740993.0, 'i': 2.5e-5,
                                     'j': 1.0, 'k': 100.5, 'l': 3.0e10})
    add('huge ints', 'GetInts', {'a': 2 ** 63, 'b': -(2 ** 63) - 1, 'c': 10 ** 30, 'd': [2 ** 31, -2 ** 31]})
    add('table vertical nested', 'DescribeVertical', {'Widgets': [
        {'Name': 'w' * 30, 'Id': 'id-' + 'x' * 30, 'Owner': 'someone-with-a-long-name', 'Zone': 'us-east-1a',
         'Specs': {'Color': 'blue', 'Size': 'x' * 60}, 'Parts': [{'P': 1}, {'P': 2}]},
        {'Name': 'short', 'Id': 'id-2', 'Owner': 'me', 'Zone': 'z', 'Parts': []}]})
    add('table wide unicode', 'GetWideUnicode', {'Rows': [
        {'名前': '東京タワー' * 4, 'Description': 'ａｂｃ' * 10}, {'名前': 'x', 'Description': 'y'}]})
    add('table list of scalar lists', 'GetMatrix', {'Matrix': [[1, 2, 3], [4, 5, 6]], 'Label': 'm'})
    add('table list of mixed lists', 'GetMatrix', [[1, [2, 3]], [4, 5]])
    add('table nested list of dicts', 'GetNestedDicts', [[{'a': 1}], [{'b': 2}, {'b': 3}]])
    add('table list dict after scalars', 'GetMixed', {'L': ['x', {'k': 'v'}]})
    add('table dict of dicts', 'GetDeepTable', {'A': {'B': {'C': {'D': 'deep', 'E': 'er'}}, 'F': 1}, 'G': [1, 2]})
    add('table long title', 'ThisIsAnExtremelyLongOperationNameForTheTableFormatterToCenterProperlyX',
        {'Short': 'a'})
    add('table empty string cells', 'GetBlank', {'Items': [{'A': '', 'B': None}, {'A': ' ', 'B': False}]})
    add('text nested lists', 'GetTextLists', {'A': [['x', 'y'], ['z']], 'B': [[{'k': 1}], [{'k': 2}]],
                                             'C': ['s', ['t', 'u']]})
    add('text identifier unicode', 'GetTextKeys', {'straße': [1, 2], 'ünïcode': {'k': 'v'}, 'x': [{'a': [1]}]})
    add('ec2 describe-images', 'DescribeImages', {'Images': [{
        'Architecture': 'x86_64', 'CreationDate': '2024-01-01T00:00:00.000Z', 'ImageId': 'ami-1',
        'ImageLocation': 'amazon/al2023-ami-2023.3.20240108.0-kernel-6.1-x86_64', 'ImageType': 'machine',
        'Public': True, 'OwnerId': '137112412989', 'PlatformDetails': 'Linux/UNIX', 'State': 'available',
        'BlockDeviceMappings': [{'DeviceName': '/dev/xvda', 'Ebs': {'DeleteOnTermination': True,
                                 'SnapshotId': 'snap-1', 'VolumeSize': 8, 'VolumeType': 'gp3', 'Encrypted': False}}],
        'Description': 'Amazon Linux 2023 AMI 2023.3.20240108.0 x86_64 HVM kernel-6.1',
        'EnaSupport': True, 'Hypervisor': 'xen', 'Name': 'al2023-ami-2023.3.20240108.0-kernel-6.1-x86_64',
        'RootDeviceName': '/dev/xvda', 'RootDeviceType': 'ebs', 'VirtualizationType': 'hvm',
        'DeprecationTime': '2026-01-08T00:00:00.000Z'}]})
    add('response metadata removed', 'GetThing', {'Thing': 'x', 'ResponseMetadata': {
        'RequestId': 'abc', 'HTTPStatusCode': 200}})
    return docs


def as_cli_input(doc):
    """The formatters take the service's answer (an object) and apply --query to it. Other
    documents (scalars, lists) only reach them through --query, so each document is wrapped and
    selected again with the query `Wrapped`; an object with ResponseMetadata is passed as is, to
    show that the formatters drop it."""
    import jmespath
    if isinstance(doc, dict) and 'ResponseMetadata' in doc:
        return doc, None
    return {'Wrapped': doc}, jmespath.compile('Wrapped')


def v1_outputs(doc, operation):
    from awscli import table as awscli_table
    from awscli.formatter import get_formatter
    awscli_table.determine_terminal_width = lambda default_width=80: 80
    response, query = as_cli_input(doc)
    args = argparse.Namespace(query=query, color='off')
    out = {}
    for fmt in ('json', 'text', 'table'):
        stream = io.StringIO()
        try:
            get_formatter(fmt, args)(operation, copy.deepcopy(response), stream)
            out[fmt] = stream.getvalue()
        except Exception as e:  # the CLI would exit with this error
            out[fmt] = {'error': '%s: %s' % (type(e).__name__, e)}
    return out


def yaml_worker():
    """Runs under CLI v2's interpreter: reads [[operation, doc], ...], writes yaml outputs."""
    from awscli.formatter import get_formatter
    items = json.load(sys.stdin)
    result = []
    for operation, doc in items:
        response, query = as_cli_input(doc)
        args = argparse.Namespace(query=query, color='off')
        out = {}
        for fmt in ('yaml', 'yaml-stream'):
            stream = io.StringIO()
            try:
                get_formatter(fmt, args)(operation, copy.deepcopy(response), stream)
                out[fmt] = stream.getvalue()
            except Exception as e:
                out[fmt] = {'error': '%s: %s' % (type(e).__name__, e)}
        result.append(out)
    json.dump(result, sys.stdout)


def main():
    docs = corpus()
    worker = subprocess.run([V2_PYTHON, __file__, '--yaml-worker'], check=True, capture_output=True,
                            input=json.dumps([[d['operation'], d['document']] for d in docs]).encode())
    yaml_outputs = json.loads(worker.stdout)
    for d, yaml_out in zip(docs, yaml_outputs):
        outputs = v1_outputs(d['document'], d['operation'])
        outputs.update(yaml_out)
        print(json.dumps({'name': d['name'], 'operation': d['operation'],
                          'document': json.dumps(d['document'], ensure_ascii=False),
                          'outputs': outputs}, ensure_ascii=False))


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == '--yaml-worker':
        yaml_worker()
    else:
        main()
