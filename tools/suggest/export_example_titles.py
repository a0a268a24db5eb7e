#!/usr/bin/env python3
"""Export the titles of the AWS CLI's example pages, for the command suggester.

The AWS CLI v1 ships one reStructuredText page of examples per command it documents
(``awscli/examples/<service>/<command>.rst``, ~5,800 pages, Apache-2.0). Each example starts
with a title that says in plain words what it does ("**To stop an Amazon EC2 instance**"):
that is the phrasing people use, which the models' reference documentation rarely is. The
suggester indexes these titles beside the documentation, and treats "has an example page" as a
sign that a command is commonly used.

Writes one line per command page (the titles may be empty): ``<cli service>\\t<cli command>\\t<title>; <title>; ...`` (at most
MAX_TITLES titles, "To " dropped), sorted, to
aws-mcp-core/src/main/resources/dev/awsmcp/core/suggest/cli-example-titles.tsv.
High-level commands (``s3 cp``) and ``wait`` pages are skipped: the suggester offers API
operations. Re-run after upgrading the CLI; the suggest index is rebuilt when this file changes
(SuggestIndexFormat fingerprints it).

Usage: python3 tools/suggest/export_example_titles.py
"""
import os
import re
import sys

import awscli

MAX_TITLES = 3
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'aws-mcp-core', 'src', 'main', 'resources',
                   'dev', 'awsmcp', 'core', 'suggest', 'cli-example-titles.tsv')
TITLE = re.compile(r'^\*\*(?:Example\s*\d+\s*[:.]\s*)?(.+?)\*\*\s*$')


def clean(title):
    title = title.replace('``', '').replace('`', '').strip()
    title = re.sub(r'^To\s+', '', title)
    title = re.sub(r'\s+', ' ', title)
    return title.rstrip(':. ')


def titles(path):
    found = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = TITLE.match(line)
            if m:
                t = clean(m.group(1))
                if t and t not in found and '\t' not in t and ';' not in t:
                    found.append(t)
    return found[:MAX_TITLES]


def main():
    root = os.path.join(os.path.dirname(awscli.__file__), 'examples')
    rows = []
    for service in sorted(os.listdir(root)):
        folder = os.path.join(root, service)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith('.rst'):
                continue
            found = titles(os.path.join(folder, name))
            rows.append('%s\t%s\t%s' % (service, name[:-4], '; '.join(found)))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    print('%d commands with example pages -> %s (awscli %s)' % (len(rows), os.path.relpath(OUT), awscli.__version__),
          file=sys.stderr)


if __name__ == '__main__':
    main()
