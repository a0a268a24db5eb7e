#!/usr/bin/env sh
# Creates an AppCDS archive for the MCP server (JDK 17): one serve session (initialize, tools/list)
# with -XX:ArchiveClassesAtExit, so later starts map those classes instead of loading them.
# Usage: tools/bench/mcp_cds_archive.sh [ARCHIVE] (default ~/.cache/aws-mcp/aws-mcp-server.jsa)
# Then start the server with: java -XX:SharedArchiveFile=ARCHIVE -Xlog:disable -Xlog:all=warning:stderr -jar aws-mcp-server.jar
# The archive belongs to one JDK build and one jar: rebuild it after changing either. A stale archive
# is ignored with a warning, which -Xlog:...:stderr keeps off standard output (the MCP pipe).
set -eu
cd "$(dirname "$0")/../.."
archive="${1:-$HOME/.cache/aws-mcp/aws-mcp-server.jsa}"
mkdir -p "$(dirname "$archive")"
rm -f "$archive"
python3 tools/bench/mcp_startup.py --runs 1 --warmup 0 \
  --jvm="-XX:ArchiveClassesAtExit=$archive -Xlog:disable -Xlog:all=warning:stderr" >/dev/null
echo "$archive"
