#!/usr/bin/env python3
"""Times the real AWS CLI v1 parsing command lines in-process: the CLI side of the
parse + validate comparison with aws-mcp's ParseBenchmark (see docs/benchmarks.md).

The commands are the rows of ``aws-mcp-core/src/test/resources/golden/cli-examples.jsonl``
that the CLI accepted (status "ok"), in file order, the same lines the JMH benchmark cycles
through. One CLI driver is created once; each command is run with ``driver.main(args)``. A
``calling-command.*.*`` handler returns 0, so the CLI stops right after it has parsed the
command line and built the API parameters (argparse, shorthand and JSON values, paramfiles),
before creating a client: no request is built, signed or sent. That is all of the CLI's own
parsing, but not botocore's parameter validation (which runs inside the client call), so the
CLI does a little less work per command than aws-mcp's parse + validate.

The CLI is built to run one command per process: run in a loop, it keeps registering event
handlers (one more paramfile handler per command, two more per operation seen), and each
command gets slower than the one before. Two small patches keep the driver's handlers as a
fresh process has them while it parses its one command (``emit_session_event_once``,
``operation_handlers_per_command``); the parsing code itself is untouched. Set-up as in tools/golden/cli_reference.py: a throw-away HOME with a config and fake
credentials (the profiles the commands name exist), region us-east-1, no network. Shell
tokenization (shlex) is done before timing: a shell hands the CLI its argv ready-made.

Prints one JSON object on stdout: p50/p90/p99/mean/min/max in microseconds over every timed
run of every command, plus the p50 of each timed pass (to show run-to-run variance).

Usage::

    python3 tools/bench/cli_parse_timing.py [--passes N] [--warmup-passes N] [--limit N]
"""

import argparse
import gc
import json
import math
import os
import platform
import re
import shlex
import socket
import sys
import tempfile
import time

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
EXAMPLES = os.path.join(REPO_ROOT, 'aws-mcp-core', 'src', 'test', 'resources', 'golden',
                        'cli-examples.jsonl')
REGION = 'us-east-1'
FAKE_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE'
FAKE_SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'


def load_commands(path, limit):
    commands = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            row = json.loads(line)
            if row.get('status') == 'ok':
                commands.append(shlex.split(row['command'])[1:])  # drop the leading "aws"
    return commands[:limit] if limit else commands


def profiles_named(commands):
    names = set()
    for args in commands:
        for k, arg in enumerate(args):
            if arg == '--profile' and k + 1 < len(args):
                names.add(args[k + 1])
            elif arg.startswith('--profile='):
                names.add(arg[len('--profile='):])
    return sorted(n for n in names if re.match(r'^[^\[\]\n\r]+$', n or ''))


def sandbox_environment(profiles):
    """A throw-away HOME and cwd, config files naming every profile, fake credentials."""
    for key in list(os.environ):
        if key.startswith(('AWS_', 'BOTO_')):
            del os.environ[key]
    work = tempfile.mkdtemp(prefix='aws-cli-timing-')
    home = os.path.join(work, 'home')
    os.makedirs(os.path.join(home, '.aws'))
    config = os.path.join(home, '.aws', 'config')
    creds = os.path.join(home, '.aws', 'credentials')
    with open(config, 'w') as f:
        f.write('[default]\nregion = %s\n' % REGION)
        for p in profiles:
            if p != 'default':
                f.write('\n[profile %s]\nregion = %s\n' % (p, REGION))
    with open(creds, 'w') as f:
        for p in ['default'] + [p for p in profiles if p != 'default']:
            f.write('[%s]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n'
                    % (p, FAKE_ACCESS_KEY, FAKE_SECRET_KEY))
    os.environ.update({
        'HOME': home,
        'AWS_CONFIG_FILE': config,
        'AWS_SHARED_CREDENTIALS_FILE': creds,
        'AWS_ACCESS_KEY_ID': FAKE_ACCESS_KEY,
        'AWS_SECRET_ACCESS_KEY': FAKE_SECRET_KEY,
        'AWS_DEFAULT_REGION': REGION,
        'AWS_EC2_METADATA_DISABLED': 'true',
        'PAGER': 'cat',
    })
    os.chdir(work)


def disable_network():
    def refuse(*args, **kwargs):
        raise OSError('network disabled by cli_parse_timing.py')
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def emit_session_event_once(driver):
    """Lets ``driver.main`` emit ``session-initialized`` on its first call only.

    The CLI is built to run one command per process: every ``main`` call emits
    ``session-initialized``, whose handlers register *another* ``load-cli-arg`` handler
    (paramfile's URIArgumentHandler) and more. Run many commands through one driver and each
    parameter value then goes through one handler per command run so far: the CLI would get
    slower with every command (quadratically over a pass). Emitting the event once leaves the
    session as a fresh process has it when it parses its one command.
    """
    original = driver._emit_session_event

    def once(parsed_args):
        driver._emit_session_event = lambda parsed_args: None
        original(parsed_args)

    driver._emit_session_event = once


def operation_handlers_per_command(driver):
    """Keeps the handlers an operation's arguments register to that operation's own commands.

    ``--cli-input-json`` and ``--generate-cli-skeleton`` (OverrideRequiredArgsArgument) register
    session-wide ``calling-command.*`` and ``before-building-argument-table-parser`` handlers when
    an operation's argument table is built. A one-command process builds one table, so it has one
    pair of each; a driver that has run thousands of operations has thousands, and every command
    would call them all (about 5,000 extra handler calls per command after one pass here). So
    these arguments register their handlers when their operation runs and unregister them after,
    together with anything else registered while it ran (``get-cli-input-json-data``).
    """
    from awscli.arguments import CustomArgument
    from awscli.clidriver import ServiceOperation
    from awscli.customizations.arguments import OverrideRequiredArgsArgument

    def init_without_handlers(self, session):  # the original, less _register_argument_action()
        self._session = session
        CustomArgument.__init__(self, **self.ARG_DATA)

    OverrideRequiredArgsArgument.__init__ = init_without_handlers
    session = driver.session
    call = ServiceOperation.__call__

    def call_with_own_handlers(self, args, parsed_globals):
        arg_table = self.arg_table  # built (and cached) before anything is recorded
        registered = []
        register = session.register

        def recording_register(event_name, handler, *rest, **kwargs):
            registered.append((event_name, handler))
            return register(event_name, handler, *rest, **kwargs)

        session.register = recording_register
        try:
            for argument in arg_table.values():
                if isinstance(argument, OverrideRequiredArgsArgument):
                    argument._register_argument_action()
            return call(self, args, parsed_globals)
        finally:
            del session.register
            for event_name, handler in registered:
                session.unregister(event_name, handler)

    ServiceOperation.__call__ = call_with_own_handlers


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list."""
    k = max(0, math.ceil(p / 100.0 * len(sorted_values)) - 1)
    return sorted_values[k]


def run_pass(driver, commands, samples):
    """Runs every command once; appends each one's time in ns; returns the failures."""
    failures = 0
    clock = time.perf_counter_ns
    for args in commands:
        start = clock()
        try:
            rc = driver.main(args)
        except SystemExit as e:  # argparse errors exit
            rc = e.code
        elapsed = clock() - start
        if samples is not None:
            samples.append(elapsed)
        if rc not in (0, None):
            failures += 1
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--examples', default=EXAMPLES)
    ap.add_argument('--warmup-passes', type=int, default=1,
                    help='untimed passes over all commands first (the first loads the models)')
    ap.add_argument('--passes', type=int, default=2, help='timed passes over all commands')
    ap.add_argument('--limit', type=int, default=0, help='only the first N commands')
    args = ap.parse_args()

    commands = load_commands(args.examples, args.limit)
    sandbox_environment(profiles_named(commands))
    disable_network()
    sys.argv = ['aws']  # argparse takes the program name for its messages from here

    import awscli
    import awscli.clidriver
    import botocore

    real_stdout, real_stderr = sys.stdout, sys.stderr
    devnull = open(os.devnull, 'w')
    started = time.perf_counter()
    driver = awscli.clidriver.create_clidriver()
    # Stop every API command once its parameters are built: nothing is sent.
    driver.session.register('calling-command.*.*', lambda **kwargs: 0)
    emit_session_event_once(driver)
    operation_handlers_per_command(driver)

    sys.stdout = sys.stderr = devnull
    try:
        for _ in range(args.warmup_passes):
            run_pass(driver, commands, None)
        warmup_seconds = time.perf_counter() - started
        samples = []
        pass_p50 = []
        failures = 0
        for _ in range(args.passes):
            before = len(samples)
            failures += run_pass(driver, commands, samples)
            pass_p50.append(percentile(sorted(samples[before:]), 50) / 1000.0)
    finally:
        sys.stdout, sys.stderr = real_stdout, real_stderr

    ordered = sorted(samples)
    us = lambda ns: round(ns / 1000.0, 1)
    result = {
        'tool': 'awscli %s (botocore %s) in-process, driver.main(args) up to calling-command'
                % (awscli.__version__, botocore.__version__),
        'python': platform.python_version(),
        'commands': len(commands),
        'timedPasses': args.passes,
        'samples': len(samples),
        'failures': failures,
        'gcEnabled': gc.isenabled(),
        'warmupSeconds': round(warmup_seconds, 1),
        'unit': 'us',
        'p50': us(percentile(ordered, 50)),
        'p90': us(percentile(ordered, 90)),
        'p99': us(percentile(ordered, 99)),
        'mean': us(sum(ordered) / len(ordered)),
        'min': us(ordered[0]),
        'max': us(ordered[-1]),
        'p50PerPass': [round(v, 1) for v in pass_p50],
    }
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
