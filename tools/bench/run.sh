#!/usr/bin/env bash
# Reproduces docs/benchmarks.md: builds the JMH benchmarks (Maven profile "bench", not part of
# the normal build), runs them, times the installed AWS CLI v1 parsing the same command lines
# in-process, and prints the comparison against the targets. About 3-4 minutes on 2 cores.
#
#   tools/bench/run.sh                   everything
#   tools/bench/run.sh ParseBenchmark    only the benchmarks matching a JMH regex (the CLI
#                                        timing still runs; SKIP_CLI=1 skips it)
#
# Environment: PYTHON (default python3; must have awscli v1 and botocore), AWS_MCP_BENCH_BOTOCORE
# (botocore's data folder; default: the one of $PYTHON's botocore), SKIP_BUILD=1, SKIP_CLI=1.
# Results: benchmarks/target/jmh.json, benchmarks/target/cli-parse.json.
set -euo pipefail

cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
export AWS_MCP_BENCH_BOTOCORE=${AWS_MCP_BENCH_BOTOCORE:-$("$PYTHON" -c \
  'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}

echo "== machine"
echo "nproc: $(nproc)"
java -version 2>&1 | sed 's/^/java: /'
"$PYTHON" -c 'import sys, awscli, botocore; print("python:", sys.version.split()[0], "awscli:", awscli.__version__, "botocore:", botocore.__version__)'
echo "models: $AWS_MCP_BENCH_BOTOCORE"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)  (anything above ~0.5 on 2 cores skews the numbers)"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "== build"
  ./mvnw -q -B -Pbench -DskipTests package
fi

echo "== JMH (aws-mcp)"
(cd benchmarks && java -jar target/benchmarks.jar -rf json -rff target/jmh.json "$@")

if [[ "${SKIP_CLI:-0}" != 1 ]]; then
  echo "== AWS CLI v1, in-process"
  "$PYTHON" tools/bench/cli_parse_timing.py > benchmarks/target/cli-parse.json
  cat benchmarks/target/cli-parse.json
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== comparison"
"$PYTHON" - benchmarks/target/jmh.json benchmarks/target/cli-parse.json <<'EOF'
import json, os, sys

jmh = json.load(open(sys.argv[1]))
cli = json.load(open(sys.argv[2])) if os.path.exists(sys.argv[2]) else None


def find(name, service=None):
    for row in jmh:
        if row['benchmark'].endswith('.' + name) and (service is None or row.get('params', {}).get('service') == service):
            return row['primaryMetric']
    return None


def verdict(ok):
    return 'MET' if ok else 'MISSED'


parse = find('parseAndValidate')
if parse:
    pct = parse['scorePercentiles']
    ours = {'p50': pct['50.0'], 'p90': pct['90.0'], 'p99': pct['99.0'], 'mean': parse['score']}
    print('parse + validate per command (us)   %10s %10s %10s %10s' % ('p50', 'p90', 'p99', 'mean'))
    print('  aws-mcp (JMH, warm)               %10.1f %10.1f %10.1f %10.1f' % tuple(ours[k] for k in ('p50', 'p90', 'p99', 'mean')))
    if cli:
        print('  AWS CLI v1 (in-process, warm)     %10.1f %10.1f %10.1f %10.1f' % tuple(cli[k] for k in ('p50', 'p90', 'p99', 'mean')))
        print('  CLI / aws-mcp                     %9.0fx %9.0fx %9.0fx %9.0fx' % tuple(cli[k] / ours[k] for k in ('p50', 'p90', 'p99', 'mean')))
    print('target p50 <= 50 us: %.1f us -> %s' % (ours['p50'], verdict(ours['p50'] <= 50)))
    if cli:
        ratio = cli['p50'] / ours['p50']
        print('target >= 200x faster than the CLI (p50): %.0fx -> %s' % (ratio, verdict(ratio >= 200)))

print()
print('model loading (ms)                   %8s %8s %8s %8s  forks x shots' % ('mean', 'p50', 'min', 'max'))
for name, service, target in [('catalogueCold', None, 300), ('serviceLoadCold', 'ec2', 150),
                              ('serviceLoadCold', 's3', 150), ('serviceLoadCold', 'dynamodb', 150),
                              ('catalogueWarmJvm', None, None), ('serviceLoadWarmJvm', 'ec2', None),
                              ('serviceLoadWarmJvm', 's3', None), ('serviceLoadWarmJvm', 'dynamodb', None)]:
    m = find(name, service)
    if not m:
        continue
    shots = [v for fork in m['rawData'] for v in fork]
    label = name + (' ' + service if service else '')
    line = '  %-34s %8.1f %8.1f %8.1f %8.1f  %d x %d' % (
        label, m['score'], m['scorePercentiles']['50.0'], min(shots), max(shots),
        len(m['rawData']), len(m['rawData'][0]))
    if target:
        line += '   target < %d ms (mean): %s' % (target, verdict(m['score'] < target))
    print(line)
EOF
