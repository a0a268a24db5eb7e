#!/usr/bin/env python3
"""Process start -> first tools/list answer over stdio, for the MCP server jar.

Each run starts `java [JVM options] -jar aws-mcp-server.jar` (no arguments: serve), writes
initialize, notifications/initialized and tools/list on its standard input at once, and stops the
clock when the tools/list answer (id 2) arrives on standard output. Then standard input is
closed and the server must exit by itself (it is killed, and the run reported, after 10 s).

--compare adds other server command lines (a bare MCP SDK server, other JVM options); the runs
alternate between them, so a machine whose load changes treats them alike. Prints the median,
min and max of each, in seconds.
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time

REQUESTS = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize",
     "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}}},
    {"jsonrpc": "2.0", "method": "notifications/initialized"},
    {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
]


def one_run(command):
    payload = "".join(json.dumps(r) + "\n" for r in REQUESTS).encode()
    start = time.perf_counter()
    p = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdin.write(payload)
    p.stdin.flush()
    tools = None
    for line in p.stdout:
        message = json.loads(line)
        if message.get("id") == 2:
            tools = len(message["result"]["tools"])
            break
    elapsed = time.perf_counter() - start
    p.stdin.close()
    try:
        p.wait(timeout=10)
        exited = True
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        exited = False
    if tools is None:
        sys.exit("no tools/list answer from %s; exit code %s" % (" ".join(command), p.returncode))
    return elapsed, exited


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", default="aws-mcp-server/target/aws-mcp-server.jar")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2, help="runs not counted (file cache)")
    parser.add_argument("--jvm", default=os.environ.get("JAVA_OPTS", ""),
                        help="JVM options, e.g. --jvm='-XX:+UseSerialGC'")
    parser.add_argument("--compare", action="append", default=[], metavar="COMMAND",
                        help="another server command line measured alternately with the jar (repeatable)")
    args = parser.parse_args()
    commands = [["java"] + shlex.split(args.jvm) + ["-jar", args.jar]] + [shlex.split(c) for c in args.compare]
    for command in commands:
        for _ in range(args.warmup):
            one_run(command)
    times = [[] for _ in commands]
    stayed = [0 for _ in commands]
    for _ in range(args.runs):
        for i, command in enumerate(commands):
            t, exited = one_run(command)
            times[i].append(t)
            stayed[i] += 0 if exited else 1
    for command, ts, left in zip(commands, times, stayed):
        print("%s\n  median %.3f s, min %.3f s, max %.3f s over %d runs%s" % (
            " ".join(command), statistics.median(ts), min(ts), max(ts), len(ts),
            "" if not left else "; did not exit on end of input %d times" % left))
    print("load average before/after: %s" % " ".join("%.2f" % v for v in os.getloadavg()))


if __name__ == "__main__":
    main()
