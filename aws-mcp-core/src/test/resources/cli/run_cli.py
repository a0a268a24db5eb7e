"""Runs AWS CLI v1 command lines in one process, the way the real `aws` does, for differential tests.

Reads one command line per stdin line (starting with `aws`), splits it with shlex as the
reference MCP server does, runs it through awscli.clidriver and prints one JSON object per line:
{"command", "exitCode", "stdout", "stderr"}. Environment (endpoint, credentials, config) comes
from the caller.
"""
import io
import json
import shlex
import sys

from awscli.clidriver import create_clidriver


def run(line):
    words = shlex.split(line)
    if words and words[0] == "aws":
        words = words[1:]
    out, err = io.StringIO(), io.StringIO()
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = create_clidriver().main(words)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except Exception as e:  # a crash of the CLI is a finding, not a reason to stop
        err.write("%s: %s" % (type(e).__name__, e))
        code = 255
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    return {"command": line, "exitCode": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


def main():
    for line in sys.stdin:
        line = line.strip()
        if line:
            sys.stdout.write(json.dumps(run(line)) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
