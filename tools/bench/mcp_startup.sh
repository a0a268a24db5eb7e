#!/usr/bin/env sh
# Process start -> first tools/list answer of the MCP server over stdio (median of several runs).
# Usage: tools/bench/mcp_startup.sh [--runs N] [--jvm="-XX:+UseSerialGC -XX:SharedArchiveFile=aws-mcp.jsa"]
set -eu
cd "$(dirname "$0")/../.."
if [ ! -f aws-mcp-server/target/aws-mcp-server.jar ]; then
  ./mvnw -q -B -pl aws-mcp-api,aws-mcp-core,aws-mcp-server -am install -DskipTests
fi
exec python3 tools/bench/mcp_startup.py "$@"
