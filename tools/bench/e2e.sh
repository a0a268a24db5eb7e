#!/usr/bin/env bash
# Reproduces the end-to-end latency table of docs/benchmarks.md: starts moto_server on a free
# loopback port, runs CallLatencyBenchmark (the warm engine in-process vs a pre-built raw HTTP
# request, JMH sample time), CallOverheadBenchmark (the same against a canned loopback server, the
# engine's own overhead without the emulator's noise) and tools/bench/e2e_latency.py (boto3 warm in-process, the AWS CLI
# as a process per command) against the same moto state, then prints the comparison.
# About 3 minutes on 2 cores.
#
# Environment: PYTHON (default python3; needs boto3 and awscli v1), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
export AWS_MCP_BENCH_BOTOCORE=${AWS_MCP_BENCH_BOTOCORE:-$("$PYTHON" -c \
  'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}

PORT=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MOTO_LOG=$(mktemp)
moto_server -H 127.0.0.1 -p "$PORT" > "$MOTO_LOG" 2>&1 &
MOTO_PID=$!
trap 'kill $MOTO_PID 2>/dev/null || true; rm -f "$MOTO_LOG"' EXIT
export AWS_MCP_BENCH_MOTO="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
  curl -fs "$AWS_MCP_BENCH_MOTO/moto-api/" > /dev/null 2>&1 && break
  sleep 0.2
done

echo "nproc: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -B -Pbench -DskipTests package
fi
(cd benchmarks && java -jar target/benchmarks.jar CallLatencyBenchmark -rf json -rff target/jmh-e2e.json)
(cd benchmarks && java -jar target/benchmarks.jar CallOverheadBenchmark -rf json -rff target/jmh-overhead.json)
"$PYTHON" tools/bench/e2e_latency.py "$AWS_MCP_BENCH_MOTO" > benchmarks/target/e2e-python.json
"$PYTHON" tools/bench/e2e_report.py benchmarks/target/jmh-e2e.json benchmarks/target/e2e-python.json \
  benchmarks/target/jmh-overhead.json
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
