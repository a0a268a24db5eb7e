#!/usr/bin/env python3
"""Export the argument tables of the AWS CLI v1's high-level commands.

"High-level" = every command that is NOT a plain API operation: the
BasicCommand customizations (s3 cp/ls/..., configure ..., history ...,
deploy push, emr create-cluster, eks get-token, ...), every
``<service> wait`` command and its waiters, and the top-level commands that
are not services (s3, configure, history).

The installed CLI (awscli + botocore) is introspected in-process: the real
driver is built with create_clidriver(), every command's argument table is
taken from the command object itself (``cmd.arg_table``, i.e. ARG_TABLE
processed into argument objects after the ``building-arg-table`` /
``building-argument-table`` events), and every argparse detail is read from
the parser the CLI itself would build (``ArgTableArgParser(arg_table,
subcommand_table)``), so nargs/actions/option strings are argparse's own.
Nothing is sent to the network (fake credentials, fixed region, no config).

Writes aws-mcp-core/src/main/resources/dev/awsmcp/core/cli/high-level-commands.json
and prints counts to stderr.

Output format (keys sorted, false/null fields omitted):
  { cliService: { command: NODE } }   -- cliService "" = top-level commands
  NODE = { "args": [ARG, ...],           -- in argparse order
           "subcommands": { name: NODE },
           "operation": "DescribeInstances",   -- waiter nodes only
           "waiter": "InstanceRunning",        -- waiter nodes only
           "undocumented": true }
  ARG  = { "name": "include", "positional": true, "nargs": 0|1|N|"?"|"+"|"*",
           "append": true, "required": true, "choices": [...],
           "type": "integer", "dest": "filters", "const": ..., "default": ...,
           "aliases": [...], "overridesRequired": true, "undocumented": true }

Parsing notes for consumers (all verified against the real CLI):
  * "args" is in parser order; positionals are matched in that order.
    A BasicCommand with subcommands additionally has a trailing positional
    `subcommand` (nargs '?', choices = the subcommand names); waiter nodes
    (those with "operation") additionally have a trailing positional `help`
    (nargs '?'), whose non-'help' value ends up as an "Unknown options" error.
  * Exactly ['help'] as the remaining args means help, at every level.
  * argparse.parse_known_args semantics: unique prefixes of long options are
    accepted (--recur == --recursive), --opt=value works, a value may not
    start with '-' unless it looks like a negative number
    or contains a space; a positional with
    nargs N must be given as N contiguous tokens (`s3 cp a --quiet b` fails);
    nargs '?' options take the next non-option token if any, else "const".
    Unknown tokens are forwarded to the selected subcommand; required args of
    the parent are checked before dispatch.
  * "append": each occurrence adds (s3 --include/--exclude share dest
    "filters" and keep command-line order; s3 mb --tags takes 2 values each).
  * "overridesRequired": if that exact option string is on the command line
    (--cli-input-json / --generate-cli-skeleton) no argument is required.

Usage: python3 tools/cli-customizations/export_high_level.py [--root REPO_ROOT] [--check]
"""

import argparse
import collections
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
JSON_OUT = ('aws-mcp-core/src/main/resources/dev/awsmcp/core/cli/'
            'high-level-commands.json')


def _isolate_environment():
    """Fake credentials and region; no user config, aliases or plugins."""
    empty = os.path.join(tempfile.mkdtemp(prefix='awscli-hl-export-'), 'none')
    for var in list(os.environ):
        if var.startswith('AWS_'):
            del os.environ[var]
    os.environ.update({
        'AWS_ACCESS_KEY_ID': 'AKIAEXPORTFAKEKEY000',
        'AWS_SECRET_ACCESS_KEY': 'export/fake/secret/key',
        'AWS_DEFAULT_REGION': 'us-east-1',
        'AWS_CONFIG_FILE': empty,
        'AWS_SHARED_CREDENTIALS_FILE': empty,
        'AWS_EC2_METADATA_DISABLED': 'true',
    })
    # The CLI's alias loader reads ~/.aws/cli/alias; point HOME at nothing.
    os.environ['HOME'] = os.path.dirname(empty)


_isolate_environment()

import awscli  # noqa: E402
from awscli.argparser import ArgTableArgParser, CommandAction  # noqa: E402
from awscli.clidriver import (  # noqa: E402
    ServiceCommand, ServiceOperation, create_clidriver)
from awscli.customizations.arguments import (  # noqa: E402
    OverrideRequiredArgsArgument)
from awscli.customizations.commands import BasicCommand  # noqa: E402

STATS = collections.Counter()
WARNINGS = []

_FLAG_ACTIONS = (argparse._StoreTrueAction, argparse._StoreFalseAction,
                 argparse._StoreConstAction, argparse._AppendConstAction,
                 argparse._CountAction)
_APPEND_ACTIONS = (argparse._AppendAction, argparse._AppendConstAction,
                   argparse._ExtendAction, argparse._CountAction)


def _warn(msg):
    WARNINGS.append(msg)


def _is_append(action):
    if isinstance(action, _APPEND_ACTIONS):
        return True
    # Custom argparse.Action subclasses (s3's AppendFilter for
    # --include/--exclude) that accumulate into their dest.
    return 'append' in type(action).__name__.lower()


def _nargs(action):
    """0 = flag, 1 = one value, N = exactly N, or '?', '+', '*' (or '...')."""
    if isinstance(action, _FLAG_ACTIONS) or action.nargs == 0:
        return 0
    if action.nargs is None:
        return 1
    return action.nargs


def _jsonable(value):
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        return repr(value)


def _per_argument_actions(arg_table):
    """Build the parser the CLI builds, remembering which argument object
    produced which argparse action (conflict_handler='resolve' may strip
    option strings from, or drop, earlier actions exactly as in the CLI)."""
    parser = ArgTableArgParser({})
    produced = []
    for key, arg in arg_table.items():
        before = {id(a) for a in parser._actions}
        arg.add_to_parser(parser)
        produced.append((key, arg, [a for a in parser._actions
                                    if id(a) not in before]))
    alive = {id(a) for a in parser._actions}
    if parser._mutually_exclusive_groups:
        _warn('mutually exclusive groups present (not exported)')
    return [(key, arg, [a for a in acts if id(a) in alive])
            for key, arg, acts in produced], parser


def _check_against_real_parser(path, arg_table, subcommand_table, mine):
    """The real parser (with the subcommand positional) must have exactly
    the actions we attribute to argument objects."""
    real = ArgTableArgParser(arg_table, subcommand_table or None)
    sig = lambda a: (tuple(a.option_strings), a.dest, a.nargs, type(a),  # noqa
                     a.required, a.const, _jsonable(a.default),
                     tuple(a.choices) if a.choices else None)
    real_sigs = [sig(a) for a in real._actions
                 if not isinstance(a, CommandAction)]
    my_sigs = [sig(a) for _, _, acts in mine for a in acts]
    if real_sigs != my_sigs:
        _warn('%s: parser mismatch %r != %r' % (path, real_sigs, my_sigs))
    subs = [a for a in real._actions if isinstance(a, CommandAction)]
    if bool(subs) != bool(subcommand_table):
        _warn('%s: subcommand positional mismatch' % path)


def _cli_type_name(arg):
    try:
        return arg.cli_type_name
    except NotImplementedError:
        return None


def _export_args(path, cmd, arg_table, subcommand_table):
    mine, _ = _per_argument_actions(arg_table)
    _check_against_real_parser(path, arg_table, subcommand_table, mine)
    out = []
    for key, arg, actions in mine:
        if not actions:
            _warn('%s: argument %r adds nothing to the parser' % (path, key))
            STATS['args without parser action'] += 1
            continue
        if len(actions) > 1:
            _warn('%s: argument %r adds %d actions' % (path, key, len(actions)))
        for action in actions:
            out.append(_export_action(path, key, arg, action))
    return out


def _export_action(path, key, arg, action):
    info = {}
    if action.option_strings:
        longs = [s for s in action.option_strings]
        name = longs[0][2:] if longs[0].startswith('--') else longs[0]
        if len(longs) > 1:
            info['aliases'] = [s[2:] if s.startswith('--') else s
                               for s in longs[1:]]
        default_dest = name.replace('-', '_')
    else:
        info['positional'] = True
        name = action.dest
        default_dest = name
    if name != key:
        _warn('%s: arg table key %r != parser name %r' % (path, key, name))
    info['name'] = name
    info['nargs'] = _nargs(action)
    if _is_append(action):
        info['append'] = True
        STATS['append args'] += 1
    if action.required:
        info['required'] = True
    if action.choices:
        info['choices'] = [_jsonable(c) for c in action.choices]
    type_name = _cli_type_name(arg)
    if type_name and type_name != 'string':
        info['type'] = type_name
    if action.dest != default_dest:
        info['dest'] = action.dest
    # const: the value stored by store_const/append_const flags, and by
    # nargs='?' options given without a value (e.g. s3 --sse -> AES256).
    if action.const is not None and not isinstance(
            action, (argparse._StoreTrueAction, argparse._StoreFalseAction)):
        info['const'] = _jsonable(action.const)
    implied = {argparse._StoreTrueAction: False,
               argparse._StoreFalseAction: True}.get(type(action), None)
    if action.default is not None and action.default != implied \
            and action.default is not argparse.SUPPRESS:
        info['default'] = _jsonable(action.default)
    if isinstance(arg, OverrideRequiredArgsArgument):
        info['overridesRequired'] = True
    if getattr(arg, '_UNDOCUMENTED', False):
        info['undocumented'] = True
    STATS['args'] += 1
    if info.get('positional'):
        STATS['positional args'] += 1
    return info


def _export_command(path, cmd):
    """Export one non-ServiceOperation command (BasicCommand) or a waiter
    state command (a ServiceOperation subclass living under `wait`)."""
    node = {}
    if isinstance(cmd, ServiceOperation):
        # Waiter state command: the parser is ArgTableArgParser(arg_table)
        # plus a positional 'help' (nargs='?') added by ServiceOperation.
        node['args'] = _export_args(path, cmd, cmd.arg_table, None)
        node['operation'] = cmd._operation_model.name
        waiter = getattr(getattr(cmd, '_operation_caller', None),
                         '_waiter_name', None)
        if waiter:
            node['waiter'] = waiter
        STATS['waiters'] += 1
    elif isinstance(cmd, BasicCommand):
        subcommands = cmd.subcommand_table
        node['args'] = _export_args(path, cmd, cmd.arg_table, subcommands)
        if subcommands:
            node['subcommands'] = {
                name: _export_command(path + [name], sub)
                for name, sub in subcommands.items()}
        STATS['basic commands'] += 1
    else:
        _warn('%s: unsupported command class %s'
              % (' '.join(path), type(cmd).__name__))
        return node
    if getattr(cmd, '_UNDOCUMENTED', False):
        node['undocumented'] = True
    if not node['args']:
        del node['args']
    return node


def export():
    driver = create_clidriver()
    table = driver._get_command_table()
    doc = {}
    top = {}
    for name, cmd in table.items():
        if isinstance(cmd, ServiceCommand):
            service_cmds = {}
            for sub_name, sub in cmd._get_command_table().items():
                if isinstance(sub, ServiceOperation):
                    STATS['plain operations (skipped)'] += 1
                    if type(sub) is not ServiceOperation:
                        STATS['ServiceOperation subclasses (skipped): %s %s'
                              % (name, sub_name)] += 1
                    continue
                service_cmds[sub_name] = _export_command([name, sub_name], sub)
                STATS['service-level customizations'] += 1
                if sub_name == 'wait':
                    STATS['wait commands'] += 1
            if service_cmds:
                doc[name] = service_cmds
        else:
            top[name] = _export_command([name], cmd)
            STATS['top-level non-service commands'] += 1
    if top:
        doc[''] = top
    return doc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', default=os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument('--check', action='store_true',
                    help='do not write; fail if the file would change')
    opts = ap.parse_args()
    doc = export()
    text = json.dumps(doc, sort_keys=True, separators=(',', ':'),
                      ensure_ascii=False) + '\n'
    out = os.path.join(opts.root, JSON_OUT)
    if opts.check:
        with open(out, encoding='utf-8') as f:
            same = f.read() == text
        print('up to date' if same else 'OUT OF DATE', file=sys.stderr)
        sys.exit(0 if same else 1)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)
    print('awscli %s -> %s (%d bytes)' % (awscli.__version__, JSON_OUT,
                                           len(text)), file=sys.stderr)
    print('services with high-level commands: %d'
          % sum(1 for k in doc if k), file=sys.stderr)
    for k, v in sorted(STATS.items()):
        print('  %-60s %d' % (k, v), file=sys.stderr)
    for w in WARNINGS:
        print('WARNING: ' + w, file=sys.stderr)


if __name__ == '__main__':
    main()
