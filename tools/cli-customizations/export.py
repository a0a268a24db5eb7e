#!/usr/bin/env python3
"""Export the AWS CLI v1's customizations and real argument tables.

Introspects the installed AWS CLI (awscli + botocore) in-process: builds the
real CLI driver, walks every top-level command, every service command's
subcommand table and every operation's argument table, exactly as the CLI
builds them before parsing a command line. Nothing is sent to the network
(fake credentials, fixed region, no config files).

Writes
  aws-mcp-core/src/main/resources/dev/awsmcp/core/cli/cli-customizations.json
  aws-mcp-core/src/test/resources/golden/cli-arg-tables.json.gz
  tools/cli-customizations/customized-operations.txt
and prints a summary to stderr.

Usage: python3 tools/cli-customizations/export.py [--root REPO_ROOT]
"""

import argparse
import ast
import collections
import gzip
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = 'tools/cli-customizations/export.py'
JSON_OUT = ('aws-mcp-core/src/main/resources/dev/awsmcp/core/cli/'
            'cli-customizations.json')
GOLDEN_OUT = 'aws-mcp-core/src/test/resources/golden/cli-arg-tables.json.gz'
CUSTOMIZED_OUT = 'tools/cli-customizations/customized-operations.txt'


def _isolate_environment():
    """Fake credentials and region; no user config, aliases or extra data."""
    empty = os.path.join(tempfile.mkdtemp(prefix='awscli-export-'), 'none')
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


_isolate_environment()

import awscli  # noqa: E402
import botocore  # noqa: E402
from botocore import xform_name  # noqa: E402
from awscli.arguments import BooleanArgument, CLIArgument, ListArgument  # noqa: E402
from awscli.argparser import ArgTableArgParser  # noqa: E402
from awscli.clidriver import ServiceCommand, ServiceOperation, create_clidriver  # noqa: E402
from awscli.customizations import argrename  # noqa: E402
from awscli.customizations.paginate import PageArgument, get_paginator_config  # noqa: E402
from awscli.paramfile import PARAMFILE_DISABLED  # noqa: E402

PLAIN_ARG_CLASSES = (CLIArgument, ListArgument, BooleanArgument)


# ---------------------------------------------------------------------------
# Static data read from the sources
# ---------------------------------------------------------------------------

def prepopulated_xform_cache():
    """botocore's hard-coded _xform_cache (read from source, not the live,
    mutated cache)."""
    path = os.path.join(os.path.dirname(botocore.__file__), '__init__.py')
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == '_xform_cache'):
            return ast.literal_eval(node.value)
    raise SystemExit('cannot find _xform_cache in ' + path)


def _event_matches(pattern, service, operation):
    """botocore event-name matching for 'building-argument-table.<pattern>'
    against 'building-argument-table.<service>.<operation>' ('*' = one
    segment; a shorter pattern matches as a prefix)."""
    # CLI service names may contain '.', e.g. runtime.sagemaker, so split the
    # event the same way botocore does: on '.'.
    event = ('%s.%s' % (service, operation)).split('.')
    parts = pattern.split('.')
    if len(parts) > len(event):
        return False
    return all(p == '*' or p == e for p, e in zip(parts, event))


def rule_for(rules, service, operation, arg):
    """The rename target of the first source rule matching, else None."""
    for key, new in rules.items():
        portion, old = key.rsplit('.', 1)
        if old == arg and _event_matches(portion, service, operation):
            return new
    return None


# ---------------------------------------------------------------------------
# Argument descriptions
# ---------------------------------------------------------------------------

def _is_hidden(arg):
    return bool(getattr(arg, '_UNDOCUMENTED', False))


def _member_of(arg, members):
    if isinstance(arg, PageArgument):
        return None
    if isinstance(arg, CLIArgument):
        serialized = getattr(arg, '_serialized_name', None)
        if serialized in members:
            return serialized
    return None


def _parser_actions(arg_table):
    """The argparse actions the CLI creates for an arg table, by arg name."""
    parser = ArgTableArgParser(arg_table)
    by_option = dict(parser._option_string_actions)
    positionals = {a.dest: a for a in parser._actions if not a.option_strings}
    out = {}
    for name, arg in arg_table.items():
        if getattr(arg, 'positional_arg', False) or arg.cli_name == name:
            action = positionals.get(name) or \
                positionals.get(getattr(arg, 'py_name', name))
        else:
            action = by_option.get(arg.cli_name)
        out[name] = action
    return out


def _action_kind(action):
    cls = type(action).__name__
    return {
        '_StoreAction': 'store',
        '_StoreTrueAction': 'store_true',
        '_StoreFalseAction': 'store_false',
        '_StoreConstAction': 'store_const',
        '_AppendAction': 'append',
        '_CountAction': 'count',
    }.get(cls, cls)


def describe_arg(name, arg, action, members, hidden_alias_of, shadowed,
                 no_paramfile):
    cls = type(arg)
    info = {}
    member = _member_of(arg, members)
    if member is not None:
        info['member'] = member
    info['type'] = arg.cli_type_name
    if arg.required:
        info['required'] = True
    positional = action is not None and not action.option_strings
    if positional:
        info['positional'] = True
    if action is not None:
        kind = _action_kind(action)
        if action.nargs is not None and kind not in ('store_true', 'store_false',
                                                      'store_const'):
            info['nargs'] = action.nargs
        if kind != 'store':
            info['action'] = kind
        if action.required != bool(arg.required) and not positional:
            info['parserRequired'] = bool(action.required)
        if action.choices:
            info['choices'] = list(action.choices)
        if action.const is not None and kind == 'store':
            info['const'] = action.const
    else:
        info['notInParser'] = True
    if cls not in PLAIN_ARG_CLASSES:
        info['customization'] = cls.__name__
    group = getattr(arg, 'group_name', None)
    if group:
        info['group'] = group
    if _is_hidden(arg):
        info['hidden'] = True
    if hidden_alias_of:
        info['aliasOf'] = hidden_alias_of
    if shadowed:
        info['shadowsMember'] = shadowed
    if no_paramfile:
        info['noParamfile'] = True
    return info


def plain_arg_names(members):
    """The arg table a plain model-derived builder would produce."""
    names = {}
    for member, shape in members.items():
        cli = xform_name(member, '-')
        names[cli] = member
        if shape.type_name == 'boolean':
            names['no-' + cli] = member
    return names


GENERIC_ARG_CLASSES = {
    'outfile': 'StreamingOutputArgument',
    'cli-input-json': 'CliInputJSONArgument',
    'generate-cli-skeleton': 'GenerateCliSkeletonArgument',
    'starting-token': 'PageArgument',
    'max-items': 'PageArgument',
    'page-size': 'PageArgument',
}


def generic_arg_names(op_model, session, service_name, arg_table):
    """Args the CLI's generic rules give an operation: a positional outfile
    for a streaming output; --cli-input-json and --generate-cli-skeleton
    unless the table has an 'outfile'; the pagination args."""
    names = set()
    if op_model.has_streaming_output:
        names.add('outfile')
    if 'outfile' not in arg_table:
        names.update(['cli-input-json', 'generate-cli-skeleton'])
    config = get_paginator_config(session, service_name, op_model.name)
    if config is not None:
        names.update(['starting-token', 'max-items'])
        if 'limit_key' in config:
            names.add('page-size')
    return names


# ---------------------------------------------------------------------------
# The walk
# ---------------------------------------------------------------------------

def example_counts():
    root = os.path.join(os.path.dirname(awscli.__file__), 'examples')
    pattern = re.compile(r'\baws\s+([a-z0-9][a-z0-9.-]*)\s+([a-z0-9][a-z0-9-]*)')
    counts = collections.Counter()
    for dirpath, _, files in os.walk(root):
        for fn in files:
            if fn.endswith('.rst'):
                with open(os.path.join(dirpath, fn), encoding='utf-8',
                          errors='replace') as f:
                    for m in pattern.finditer(f.read()):
                        counts[(m.group(1), m.group(2))] += 1
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', default=os.path.normpath(os.path.join(HERE, '..', '..')),
                    help='repository root (default: two levels above this script)')
    opts = ap.parse_args()
    log = lambda *a: print(*a, file=sys.stderr)  # noqa: E731

    driver = create_clidriver()
    session = driver.session
    top = driver._get_command_table()

    irregular = {name: cli for (name, sep), cli in prepopulated_xform_cache().items()
                 if sep == '-'}

    # Global options: what the main parser consumes anywhere on the line.
    global_options = ['--' + n for n in driver._get_argument_table()] + ['--version']

    # -- top level ----------------------------------------------------------
    by_model = collections.defaultdict(list)
    high_level = collections.defaultdict(set)
    for name, cmd in top.items():
        if isinstance(cmd, ServiceCommand):
            by_model[cmd._service_name].append((name, cmd))
        else:
            high_level[''].add(name)
            # s3 ls/cp/..., configure get/set/..., history list/show.
            subcommands = getattr(cmd, 'subcommand_table', None) or {}
            if subcommands:
                high_level[name].update(subcommands)
    service_renames, service_aliases = {}, {}
    for model, cmds in by_model.items():
        names = [n for n, _ in cmds]
        if model in names:
            primary = model
        else:
            documented = [n for n, c in cmds if not _is_hidden(c)]
            primary = documented[0] if len(documented) == 1 else sorted(names)[0]
            service_renames[model] = primary
        for n in names:
            if n != primary:
                service_aliases[n] = model

    # -- services and operations -------------------------------------------
    golden = {}
    removed = {}
    computed_renames = {}          # concrete 'svc.op.old' -> new
    customized = []                # (svc, op, added, removed, changed)
    clashes = []                   # (svc, op, arg, global option, how)
    collisions = []
    hidden_op_aliases, renamed_ops, overridden_ops = [], [], []
    n_ops = n_args = 0

    for svc_name, cmd in top.items():
        if not isinstance(cmd, ServiceCommand):
            continue
        model_name = cmd._service_name
        service_model = cmd.service_model
        model_ops = {xform_name(op, '-'): op for op in service_model.operation_names}
        table = cmd._get_command_table()
        missing = sorted(n for n in model_ops if n not in table)
        if missing:
            removed[svc_name] = missing
        ops_out = {}
        for op_name, op in table.items():
            if not isinstance(op, ServiceOperation):
                high_level[svc_name].add(op_name)
                if op_name in model_ops:
                    overridden_ops.append('%s %s (%s)' % (svc_name, op_name,
                                                          type(op).__name__))
                continue
            op_model = op._operation_model
            if model_ops.get(op_name) != op_model.name:
                # A ServiceOperation under a name that is not its API name:
                # a hidden alias (copy) or a split such as rds
                # add-option-to-option-group -> ModifyOptionGroup.
                high_level[svc_name].add(op_name)
                if xform_name(op_model.name, '-') in table and _is_hidden(op):
                    hidden_op_aliases.append('%s %s -> %s' % (
                        svc_name, op_name, xform_name(op_model.name, '-')))
                else:
                    renamed_ops.append('%s %s -> %s' % (svc_name, op_name, op_model.name))
            n_ops += 1
            arg_table = op.arg_table
            members = op_model.input_shape.members if op_model.input_shape else {}
            actions = _parser_actions(arg_table)
            plain = plain_arg_names(members)
            if len(plain) != sum(2 if s.type_name == 'boolean' else 1
                                 for s in members.values()):
                collisions.append('%s %s' % (svc_name, op_name))
            generic = generic_arg_names(op_model, session, model_name, arg_table)
            endpoint_prefix = service_model.endpoint_prefix

            # Hidden aliases: undocumented copies of another arg (same member).
            alias_of = {}
            for n, a in arg_table.items():
                if not _is_hidden(a) or not isinstance(a, CLIArgument):
                    continue
                for other_name, other in arg_table.items():
                    if (other_name != n and type(other) is type(a)
                            and getattr(other, '_serialized_name', None) == a._serialized_name
                            and other.argument_model is a.argument_model
                            and getattr(other, '_action', None) == getattr(a, '_action', None)
                            and not _is_hidden(other)):
                        alias_of[n] = other_name
                        break

            args_out = {}
            for n, a in arg_table.items():
                n_args += 1
                shadowed = None
                if isinstance(a, PageArgument) and n in plain:
                    shadowed = plain[n]
                no_paramfile = ('%s.%s.%s' % (endpoint_prefix, op_name, n)
                                in PARAMFILE_DISABLED) or bool(getattr(a, 'no_paramfile', False))
                args_out[n] = describe_arg(n, a, actions[n], members,
                                           alias_of.get(n), shadowed, no_paramfile)
                if not args_out[n].get('positional'):
                    opt = '--' + n
                    exact = [g for g in global_options if g == opt]
                    prefix = [g for g in global_options if g != opt and g.startswith(opt)]
                    if exact:
                        clashes.append((svc_name, op_name, n, exact[0], 'same name'))
                    elif len(prefix) == 1:
                        clashes.append((svc_name, op_name, n, prefix[0], 'abbreviation'))
                    elif prefix:
                        clashes.append((svc_name, op_name, n, ' '.join(prefix),
                                        'ambiguous abbreviation'))
            ops_out[op_name] = {'operation': op_model.name, 'args': args_out}
            if _is_hidden(op):
                ops_out[op_name]['hidden'] = True

            # Renames: per member, plain names missing vs real names added.
            real_by_member = collections.defaultdict(set)
            for n, a in args_out.items():
                if a.get('member') and n not in alias_of:
                    real_by_member[a['member']].add(n)
            plain_by_member = collections.defaultdict(set)
            for n, m in plain.items():
                plain_by_member[m].add(n)
            for m, expected in plain_by_member.items():
                gone = expected - real_by_member.get(m, set())
                new = real_by_member.get(m, set()) - expected
                if len(gone) == 1 and len(new) == 1:
                    computed_renames['%s.%s.%s' % (svc_name, op_name, gone.pop())] = new.pop()

            # Customizations beyond the plain + generic tables.
            real_names = set(arg_table)
            expected_names = set(plain) | generic
            added = sorted(real_names - expected_names)
            dropped = sorted(expected_names - real_names)
            changed = []
            for n in sorted(real_names & generic):
                cls = args_out[n].get('customization')
                if cls != GENERIC_ARG_CLASSES[n]:
                    changed.append('%s(%s)' % (n, cls or 'plain'))
            for n in sorted(real_names & set(plain)):
                a = args_out[n]
                if n in generic:
                    continue
                why = []
                if a.get('customization'):
                    why.append(a['customization'])
                if a.get('member') != plain[n]:
                    why.append('member')
                shape = members[plain[n]]
                plain_required = (
                    op_model.input_shape is not None
                    and plain[n] in op_model.input_shape.required_members
                    and not shape.metadata.get('idempotencyToken', False)
                    and not (shape.type_name == 'boolean'
                             and n == 'no-' + xform_name(plain[n], '-')))
                if bool(a.get('required')) != bool(plain_required):
                    why.append('required' if a.get('required') else 'optional')
                if why:
                    changed.append('%s(%s)' % (n, ','.join(why)))
            if added or dropped or changed:
                customized.append((svc_name, op_name, added, dropped, changed))
        golden[svc_name] = {'service': model_name, 'operations': ops_out}

    # -- argument renames ---------------------------------------------------
    source_renames = dict(argrename.ARGUMENT_RENAMES)
    arg_renames = dict(source_renames)
    unexplained = {}
    for key, new in computed_renames.items():
        svc, op, old = key.rsplit('.', 2)
        if rule_for(source_renames, svc, op, old) != new:
            unexplained[key] = new
    arg_renames.update(unexplained)
    # Check every source rule against the real tables.
    rule_problems, stale_rules = [], []
    for key, new in sorted(source_renames.items()):
        portion, old = key.rsplit('.', 1)
        hits = 0
        for svc, sdata in golden.items():
            for op, odata in sdata['operations'].items():
                if not _event_matches(portion, svc, op):
                    continue
                args = odata['args']
                was = computed_renames.get('%s.%s.%s' % (svc, op, old))
                if was == new:
                    hits += 1
                elif old in args:
                    rule_problems.append('%s: %s %s still has --%s' % (key, svc, op, old))
        if hits == 0:
            stale_rules.append(key)

    doc = {
        'source': {'awscli': awscli.__version__, 'botocore': botocore.__version__,
                   'generator': GENERATOR},
        'irregularNames': irregular,
        'serviceRenames': service_renames,
        'serviceAliases': service_aliases,
        'argumentRenames': arg_renames,
        # Extra, undocumented names the CLI also accepts for an argument (the original stays).
        'argumentAliases': dict(sorted(argrename.HIDDEN_ALIASES.items())),
        'removedCommands': removed,
        'highLevelCommands': {k: sorted(v) for k, v in high_level.items()},
    }
    json_path = os.path.join(opts.root, JSON_OUT)
    os.makedirs(os.path.dirname(json_path), exist_ok=True)
    with open(json_path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write('\n')

    golden_doc = golden
    golden_path = os.path.join(opts.root, GOLDEN_OUT)
    os.makedirs(os.path.dirname(golden_path), exist_ok=True)
    raw = json.dumps(golden_doc, sort_keys=True, separators=(',', ':'),
                     ensure_ascii=False).encode('utf-8')
    with open(golden_path, 'wb') as f:
        # mtime=0 keeps the file byte-identical across runs.
        with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=0,
                           compresslevel=9) as gz:
            gz.write(raw)

    # -- customized operations, most-used first -----------------------------
    counts = example_counts()
    customized.sort(key=lambda c: (-counts[(c[0], c[1])], c[0], c[1]))
    lines = []
    for svc, op, added, dropped, changed in customized:
        parts = ['+' + a for a in added] + ['-' + d for d in dropped] + \
                ['~' + c for c in changed]
        lines.append('%s %s: %s' % (svc, op, ' '.join(parts)))
    with open(os.path.join(opts.root, CUSTOMIZED_OUT), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

    # -- summary ------------------------------------------------------------
    log('awscli %s, botocore %s' % (awscli.__version__, botocore.__version__))
    log('top-level commands: %d (service commands: %d over %d models; other: %s)' % (
        len(top), sum(len(v) for v in by_model.values()), len(by_model),
        ', '.join(sorted(high_level['']))))
    log('service renames: %s' % service_renames)
    log('service aliases: %s' % service_aliases)
    log('API operations (ServiceOperation commands): %d, arguments: %d' % (n_ops, n_args))
    log('irregular names: %d; argument renames: %d (%d from ARGUMENT_RENAMES, %d computed)' % (
        len(irregular), len(arg_renames), len(source_renames), len(unexplained)))
    for k, v in sorted(unexplained.items()):
        log('  computed rename %s -> %s' % (k, v))
    log('stale ARGUMENT_RENAMES (match nothing): %s' % (', '.join(stale_rules) or 'none'))
    for p in rule_problems:
        log('  source rule matches but did not apply (the arg is added by a later '
            'handler, e.g. the ec2 top-level boolean pull-up): ' + p)
    log('removed commands: %d' % sum(len(v) for v in removed.values()))
    log('high-level commands: %d (excluding top level)' % sum(
        len(v) for k, v in high_level.items() if k))
    log('API operations overridden by a custom command: %s' % '; '.join(overridden_ops))
    log('hidden operation aliases: %s' % '; '.join(hidden_op_aliases))
    log('operations under another name: %s' % '; '.join(renamed_ops))
    if collisions:
        log('model members colliding on CLI names: %s' % ', '.join(collisions))
    log('operation args shadowed by global options (main parser takes them): %d' % len(clashes))
    for c in clashes:
        log('  %s %s --%s -> %s (%s)' % c)
    log('customized operations: %d (written to %s)' % (len(lines), CUSTOMIZED_OUT))
    for line in lines:
        log('  ' + line)


if __name__ == '__main__':
    main()
