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
handlers (one more paramfile handler per command, more for every service and operation seen),
each command gets slower than the one before, and some fail on handlers left by other commands.
Two small patches keep the driver's handlers as a fresh process has them while it parses its
one command (``emit_session_event_once``, ``handlers_scoped_to_their_command``); the parsing
code itself is untouched.

Set-up as in tools/golden/cli_reference.py: a throw-away HOME with a config and fake
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


class _RecordedRegistrations:
    """While active, records every handler registered on the session's event emitter."""

    METHODS = ('register', 'register_first', 'register_last')

    def __init__(self, emitter, into):
        self._emitter = emitter
        self._into = into
        self._saved = {}

    def __enter__(self):
        emitter = self._emitter
        known_ids = emitter._emitter._unique_id_handlers
        for name in self.METHODS:
            self._saved[name] = emitter.__dict__.get(name)
            real = getattr(type(emitter), name).__get__(emitter)

            def recording(event_name, handler, unique_id=None, unique_id_uses_count=False,
                          _real=real, _name=name):
                # A unique id already registered is a no-op: nothing of ours to undo later.
                if unique_id is None or unique_id not in known_ids:
                    self._into.append((_name, event_name, handler, unique_id, unique_id_uses_count))
                return _real(event_name, handler, unique_id,
                             unique_id_uses_count=unique_id_uses_count)

            setattr(emitter, name, recording)
        return self

    def __exit__(self, *exc):
        for name, previous in self._saved.items():
            if previous is None:
                delattr(self._emitter, name)
            else:
                setattr(self._emitter, name, previous)
        return False


def _register_all(emitter, registrations):
    for name, event_name, handler, unique_id, uses_count in registrations:
        getattr(type(emitter), name)(emitter, event_name, handler, unique_id,
                                     unique_id_uses_count=uses_count)


def _unregister_all(emitter, registrations):
    for _, event_name, handler, unique_id, uses_count in reversed(registrations):
        emitter.unregister(event_name, handler=handler, unique_id=unique_id,
                           unique_id_uses_count=uses_count)


def handlers_scoped_to_their_command(driver):
    """Keeps the event handlers a service or an operation registers to its own commands.

    Building a service's command table or an operation's argument table registers handlers,
    some of them on wildcard events: ``--cli-input-json`` and ``--generate-cli-skeleton``
    register ``calling-command.*`` and ``before-building-argument-table-parser`` handlers for
    every operation; any ec2 argument table registers an ``operation-args-parsed.ec2.*`` check
    bound to its own arguments. A one-command process builds one of each, so this never shows.
    A driver that has run thousands of commands has thousands of such handlers: every command
    calls them all (about 5,000 extra calls each after one pass), and foreign ec2 checks fail
    commands (``'Namespace' object has no attribute ...``). So what a table's build registers is
    recorded, taken off again, and registered only while a command of that service or operation
    runs; anything a command registers while it runs is taken off after it.
    """
    from awscli.clidriver import ServiceCommand, ServiceOperation

    emitter = driver.session.get_component('event_emitter')

    def scope(cls, build_table):
        call = cls.__call__

        def scoped_call(self, args, parsed_globals):
            own = self.__dict__.get('_timing_own_handlers')
            if own is None:
                own = []
                with _RecordedRegistrations(emitter, own):
                    build_table(self)
                _unregister_all(emitter, own)
                self._timing_own_handlers = own
            _register_all(emitter, own)
            transient = []
            try:
                with _RecordedRegistrations(emitter, transient):
                    return call(self, args, parsed_globals)
            finally:
                _unregister_all(emitter, own + transient)

        cls.__call__ = scoped_call

    scope(ServiceCommand, lambda command: command._get_command_table())
    scope(ServiceOperation, lambda operation: operation.arg_table)


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
    handlers_scoped_to_their_command(driver)

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
