#!/usr/bin/env python3
"""Export what the AWS CLI says of its high-level commands, for the command suggester.

The CLI's high-level commands (``aws s3 cp``, ``aws cloudformation deploy``, ``aws eks
update-kubeconfig``, ...) are not API operations, so the models do not describe them; the CLI
does, in each command class's DESCRIPTION (a string, or a file under ``awscli/``). The suggester
indexes one document per high-level command the engine parses
(``aws-mcp-core/src/main/resources/dev/awsmcp/core/cli/high-level-commands.json``): ``wait``
is left out (a waiter repeats a describe call), and so are the commands of the top-level
``configure`` and ``history``, which the engine refuses, groups of subcommands, and the commands
the CLI calls deprecated or not to be used directly.

Writes ``<cli service>\\t<command>\\t<first paragraph of the description, plain text>``, sorted,
to aws-mcp-core/src/main/resources/dev/awsmcp/core/suggest/cli-high-level-commands.tsv.
Re-run after upgrading the CLI; the suggest index is rebuilt when this file changes.

Usage: python3 tools/suggest/export_high_level_commands.py
"""
import json
import os
import re
import sys

import awscli
from awscli.clidriver import create_clidriver
from awscli.customizations.commands import BasicCommand

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..', 'aws-mcp-core', 'src', 'main', 'resources', 'dev', 'awsmcp', 'core')
OUT = os.path.join(ROOT, 'suggest', 'cli-high-level-commands.tsv')
SPECS = os.path.join(ROOT, 'cli', 'high-level-commands.json')
SKIPPED_TOP_LEVEL = {'configure', 'history'}
MAX_CHARS = 400


def description(command):
    text = command.DESCRIPTION
    if not isinstance(text, str):
        root = os.path.dirname(text.root_module.__file__)
        with open(os.path.join(root, 'examples', text.filename), encoding='utf-8') as f:
            text = f.read()
    paragraphs = [p for p in re.split(r'\n\s*\n', text) if p.strip() and not p.strip().startswith('NOTE')
                  and not re.fullmatch(r'\s*https?://\S+\s*', p)]
    first = paragraphs[0] if paragraphs else ''
    first = first.replace('``', '').replace('`', '').replace('*', '')
    first = re.sub(r':[a-z]+:', '', first)
    first = re.sub(r'\s+', ' ', first).strip()
    return first[:MAX_CHARS]


def main():
    with open(SPECS, encoding='utf-8') as f:
        specs = json.load(f)
    parsed = {(service, name) for service, commands in specs.items() if service for name in commands}
    parsed |= {(name, sub) for name, spec in specs[''].items() for sub in spec.get('subcommands', {})}
    table = create_clidriver()._get_command_table()
    rows = []
    for service, command in sorted(table.items()):
        if service in SKIPPED_TOP_LEVEL:
            continue
        subcommands = command.subcommand_table if isinstance(command, BasicCommand) else command._get_command_table()
        for name, sub in sorted(subcommands.items()):
            if name == 'wait' or not isinstance(sub, BasicCommand) or (service, name) not in parsed:
                continue
            text = description(sub)
            # A group of subcommands has no arguments of its own (servicecatalog generate); a command
            # with its own may list subcommands too (cloudformation deploy lists CodeDeploy's, which
            # the CLI injects by the shared name "deploy"; without one it runs itself).
            spec = specs[''][service] if service in specs[''] else specs.get(service, {})
            spec = spec.get('subcommands', spec).get(name, {}) if service in specs[''] else spec.get(name, {})
            group = 'subcommands' in spec and not [a for a in spec.get('args', []) if a.get('name') != 'subcommand']
            if 'should not used directly' in text or 'is deprecated' in text or group:
                continue
            rows.append('%s\t%s\t%s' % (service, name, text.replace('\t', ' ')))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    print('%d high-level commands -> %s (awscli %s)' % (len(rows), os.path.relpath(OUT), awscli.__version__),
          file=sys.stderr)


if __name__ == '__main__':
    main()
