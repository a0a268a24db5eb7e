#!/usr/bin/env python3
"""Golden --query results from Python's jmespath 1.1.0 (what the AWS CLI evaluates) for
dev.awsmcp.core.exec.JsonNodeJmespathRuntime, the Jackson adapter smithy-jmespath evaluates on.

Usage: python3 tools/output/jmespath_golden.py > aws-mcp-core/src/test/resources/golden/output/jmespath.jsonl
"""
import json

import jmespath

DOC = {
    'Reservations': [
        {'ReservationId': 'r-1', 'Instances': [
            {'InstanceId': 'i-1', 'State': {'Name': 'running'}, 'CpuCount': 2, 'Score': 1.5,
             'Tags': [{'Key': 'Name', 'Value': 'web'}, {'Key': 'env', 'Value': 'prod'}], 'Public': True},
            {'InstanceId': 'i-2', 'State': {'Name': 'stopped'}, 'CpuCount': 8, 'Score': -0.5,
             'Tags': [{'Key': 'Name', 'Value': 'db'}], 'Public': False}]},
        {'ReservationId': 'r-2', 'Instances': [
            {'InstanceId': 'i-3', 'State': {'Name': 'running'}, 'CpuCount': 4, 'Score': 10,
             'Tags': [], 'Public': None}]}],
    'Contents': [{'Key': 'a.txt', 'Size': 10}, {'Key': 'b/c.txt', 'Size': 0}, {'Key': 'ü.bin', 'Size': 7}],
    'NextMarker': None, 'Empty': [], 'Obj': {'b': 2, 'a': 1}, 'Text': 'héllo',
}

EXPRESSIONS = [
    'Reservations[].Instances[].InstanceId',
    'Reservations[*].Instances[*].InstanceId',
    'Reservations[].Instances[?State.Name==`running`].InstanceId[]',
    "Reservations[].Instances[?State.Name=='stopped'] | [0][0].InstanceId",
    'Reservations[].Instances[].[InstanceId, State.Name]',
    'Reservations[].Instances[].{Id: InstanceId, Name: Tags[?Key==`Name`] | [0].Value}',
    'length(Reservations[].Instances[])',
    'sort_by(Reservations[].Instances[], &CpuCount)[].InstanceId',
    'max_by(Reservations[].Instances[], &CpuCount).InstanceId',
    'min_by(Reservations[].Instances[], &Score).InstanceId',
    'sum(Reservations[].Instances[].CpuCount)',
    'avg(Reservations[].Instances[].CpuCount)',
    'max(Reservations[].Instances[].Score)',
    'Reservations[].Instances[].Score',
    'reverse(Contents[].Key)',
    'Contents[?Size > `5`].Key',
    'Contents[?contains(Key, `/`)].Key',
    "Contents[?starts_with(Key, 'a')].Key",
    'Contents[-1].Key',
    'NextMarker || Contents[-1].Key',
    'Contents[1:].Key',
    'Contents[::-1].Size',
    'keys(Obj)',
    'values(Obj)',
    'sort(keys(Obj))',
    'length(Text)',
    'to_string(Obj)',
    'to_number(`"12.5"`)',
    'type(Reservations[0].Instances[0].Public)',
    'Reservations[].Instances[].Public',
    'not_null(NextMarker, Text)',
    'join(`, `, Contents[].Key)',
    'Empty || `"fallback"`',
    'Reservations[0].Instances[0].Tags[?Key==`env`].Value | [0]',
    '*.Key',
    'Obj.*',
    'Reservations[].Instances[][]',
    'Reservations[].Instances[].Tags[][].Value',
    'Contents[?Size == `0` || Key == `a.txt`].Key',
    '!Empty',
    'Contents[0] == Contents[0]',
    'map(&Key, Contents)',
    'Missing.Deep',
    'floor(`1.7`)',
    'abs(`-3`)',
    'merge(Obj, `{"c": 3}`)',
    'ends_with(Text, `"llo"`)',
    'to_array(Text)',
]

for e in EXPRESSIONS:
    print(json.dumps({'expression': e, 'result': jmespath.search(e, DOC)}, ensure_ascii=False), flush=True)
print(json.dumps({'document': DOC}, ensure_ascii=False))
