#!/usr/bin/env python3
"""Resident memory of the MCP server over stdio after N call_aws calls (issue 5: <= 200 MB after 100).

Starts moto_server on a free port on 127.0.0.1 (unless --moto URL is given), then
`java [JVM options] -jar aws-mcp-server.jar` with AWS_ENDPOINT_URL pointing at moto and dummy
credentials, speaks MCP on its standard input/output (initialize, tools/list, then `--calls`
tools/call requests of call_aws, one at a time, cycling over read commands of several services so
that several service models load), and reads the server's VmRSS and VmHWM (peak) from
/proc/<pid>/status: after tools/list, after the first call, and after the last call. The
numbers include the JVM itself (heap, metaspace, code cache, thread stacks).
"""
import argparse
import json
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

COMMANDS = [
    "aws sts get-caller-identity",
    "aws ec2 describe-instances",
    "aws ec2 describe-volumes --region us-west-2",
    "aws s3api list-buckets",
    "aws dynamodb list-tables",
    "aws sqs list-queues",
    "aws iam list-users",
    "aws lambda list-functions",
    "aws sns list-topics",
    "aws cloudformation list-stacks",
    "aws logs describe-log-groups",
    "aws kms list-keys",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_moto():
    port = free_port()
    log = open(os.path.join(tempfile.gettempdir(), "mcp_memory_moto.log"), "w")
    proc = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=log)
    url = "http://127.0.0.1:%d" % port
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/moto-api/", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("moto_server did not start")


def status(pid):
    values = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024.0
    return values


class Client:
    def __init__(self, proc):
        self.proc = proc
        self.next_id = 0

    def send(self, method, params=None, notify=False):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if not notify:
            self.next_id += 1
            message["id"] = self.next_id
        self.proc.stdin.write((json.dumps(message) + "\n").encode())
        self.proc.stdin.flush()
        if notify:
            return None
        for line in self.proc.stdout:
            answer = json.loads(line)
            if answer.get("id") == self.next_id:
                return answer
        sys.exit("the server closed its output")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", default="aws-mcp-server/target/aws-mcp-server.jar")
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--jvm", default=os.environ.get("JAVA_OPTS", ""), help="JVM options")
    parser.add_argument("--moto", help="URL of a running moto_server (default: start one)")
    parser.add_argument("--idle", type=float, default=0,
                        help="also measure after this many idle seconds following the last call")
    parser.add_argument("--inspect", metavar="COMMAND",
                        help="run this command after the last call, {pid} replaced by the server's, e.g. "
                             "'jcmd {pid} GC.class_histogram'")
    args = parser.parse_args()

    moto = None
    url = args.moto
    if url is None:
        moto, url = start_moto()
    home = tempfile.mkdtemp(prefix="mcp-memory-")
    env = dict(os.environ, AWS_ENDPOINT_URL=url, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing",
               AWS_REGION="us-east-1", HOME=home, AWS_MCP_SUGGEST_CACHE_DIR=os.path.join(home, "suggest"),
               AWS_MCP_DOCS_OFFLINE="true")
    for key in ("AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        env.pop(key, None)
    command = ["java"] + shlex.split(args.jvm) + ["-jar", args.jar]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    try:
        client = Client(server)
        client.send("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                   "clientInfo": {"name": "mcp-memory-bench", "version": "1"}})
        client.send("notifications/initialized", notify=True)
        client.send("tools/list")
        rows = [("after tools/list", status(server.pid))]
        failures = 0
        for i in range(args.calls):
            cli = COMMANDS[i % len(COMMANDS)]
            answer = client.send("tools/call", {"name": "call_aws", "arguments": {"cli_command": cli}})
            result = answer.get("result") or {}
            items = (result.get("structuredContent") or {}).get("results") or []
            if result.get("isError") or not items or not items[0].get("ok"):
                failures += 1
                if failures <= 3:
                    print("call %d (%s) did not succeed: %s" % (i + 1, cli, json.dumps(answer)[:300]), file=sys.stderr)
            if i == 0:
                rows.append(("after 1 call", status(server.pid)))
        rows.append(("after %d calls" % args.calls, status(server.pid)))
        if args.idle > 0:
            time.sleep(args.idle)
            rows.append(("then %g s idle" % args.idle, status(server.pid)))
        print(" ".join(command))
        for label, values in rows:
            print("  %-18s RSS %6.1f MB   peak RSS %6.1f MB" % (label, values["VmRSS"], values["VmHWM"]))
        print("  %d of %d calls answered ok" % (args.calls - failures, args.calls))
        if args.inspect:
            subprocess.run(shlex.split(args.inspect.replace("{pid}", str(server.pid))))
    finally:
        server.stdin.close()
        try:
            server.wait(timeout=40)
        except subprocess.TimeoutExpired:
            server.kill()
        if moto is not None:
            moto.kill()


if __name__ == "__main__":
    main()
