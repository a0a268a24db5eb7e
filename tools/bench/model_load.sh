#!/usr/bin/env bash
# Cold model-loading times: each measurement is a fresh JVM running tools/bench/ModelLoadBench.java
# against the installed botocore's data folder; prints min and median (ms) of RUNS runs per case.
# Times are taken inside the JVM (its start-up, shown as "jvm", is not included):
#   catalog              BotocoreModelSource.open + ServiceCatalog (listing only)
#   first load X         the catalogue, then X loaded at once (the warm-up thread still running)
#   ec2, 500 ms after    the catalogue, 500 ms idle (a server waiting for a request), then ec2
#   all services         the catalogue, then all ~424 services loaded in one loop
#   ec2 documentation    ec2, then its documentation index (the second, lazy pass)
#
#   tools/bench/model_load.sh
#   RUNS=10 JAVA_OPTS=-XX:TieredStopAtLevel=1 tools/bench/model_load.sh
#   JAVA_OPTS=-Daws-mcp.model.warmup=false tools/bench/model_load.sh     without LoaderWarmup
#
# Environment: RUNS (default 5), JAVA_OPTS (extra JVM flags), PYTHON (default python3),
# AWS_MCP_BENCH_BOTOCORE (botocore's data folder; default: the one of $PYTHON's botocore),
# SKIP_BUILD=1 (no Maven: reuse the classes and classpath of the last run). On a busy machine the
# medians mean little: watch the load average printed first.
set -euo pipefail

cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
RUNS=${RUNS:-5}
DATA=${AWS_MCP_BENCH_BOTOCORE:-$("$PYTHON" -c \
  'import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), "data"))')}
OUT=$PWD/aws-mcp-core/target/model-load-bench
mkdir -p "$OUT"

# Compiles aws-mcp-api and aws-mcp-core in the reactor (installs nothing) and writes aws-mcp-core's
# runtime classpath, which then points at aws-mcp-api/target/classes.
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$OUT/cp.txt" ]]; then
  ./mvnw -o -q -B -pl aws-mcp-api,aws-mcp-core compile dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
fi
CP="$PWD/aws-mcp-core/target/classes:$(cat "$OUT/cp.txt")"
javac -nowarn -d "$OUT" -cp "$CP" tools/bench/ModelLoadBench.java
CP="$OUT:$CP"

echo "java: $(java -version 2>&1 | head -1); nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "models: $DATA; runs: $RUNS; JAVA_OPTS: ${JAVA_OPTS:-}"

# case <label> <args...>: runs the bench RUNS times, prints min/median of every key.
case_() {
  local label=$1; shift
  local lines=()
  for ((i = 0; i < RUNS; i++)); do
    # shellcheck disable=SC2086
    lines+=("$(java ${JAVA_OPTS:-} -cp "$CP" ModelLoadBench "$DATA" "$@")")
  done
  printf '%s\n' "${lines[@]}" | "$PYTHON" -c '
import sys, statistics
label = sys.argv[1]
runs = [dict(kv.split("=", 1) for kv in line.split() if "=" in kv) for line in sys.stdin if line.strip()]
keys = [k for k in runs[0] if k not in ("services", "operations")]
parts = []
for k in keys:
    v = sorted(float(r[k]) for r in runs)
    parts.append(f"{k} {v[0]:.0f}/{statistics.median(v):.0f}")
print(f"{label:<22} min/median ms: " + ", ".join(parts))
' "$label"
}

case_ catalog catalog
for s in ec2 s3 dynamodb sts; do
  case_ "first load $s" load "$s"
done
case_ "ec2 then s3" load ec2 s3
case_ "ec2, 500 ms after" later 500 ec2
case_ "all services" all
case_ "ec2 documentation" docs ec2 2>/dev/null || echo "ec2 documentation: (no documentation index)"
