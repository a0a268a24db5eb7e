#!/usr/bin/env python3
"""Export the titles of the AWS CLI's example pages, for the command suggester.

The AWS CLI v1 ships one reStructuredText page of examples per command it documents
(``awscli/examples/<service>/<command>.rst``, ~5,800 pages, Apache-2.0). Each example starts
with a title that says in plain words what it does ("**To stop an Amazon EC2 instance**"):
that is the phrasing people use, which the models' reference documentation rarely is. The
suggester indexes these titles beside the documentation, and treats "has an example page" as a
sign that a command is commonly used.

Writes one line per command page (the titles may be empty): ``<cli service>\\t<cli command>\\t<title>; <title>; ...\\t<description> || ...``
(at most MAX_TITLES titles, "To " dropped; for each title, the first sentence of the prose under it,
"The following ... command" dropped: "uses the specified attributes and key schema to create a table"), sorted, to
aws-mcp-core/src/main/resources/dev/awsmcp/core/suggest/cli-example-titles.tsv.
``wait`` pages are read but never used (the suggester offers no waiters); high-level commands'
pages (``s3 cp``) are used for the commands of cli-high-level-commands.tsv. Re-run after upgrading the CLI; the suggest index is rebuilt when this file changes
(SuggestIndexFormat fingerprints it).

Usage: python3 tools/suggest/export_example_titles.py
"""
import os
import re
import sys

import awscli

MAX_TITLES = 3
MAX_DESCRIPTION_CHARS = 240
LEAD = re.compile(r'^(?:The following|This) (?:[\w.-]+ )?(?:command|example)s?(?: (?:example|command))? ', re.IGNORECASE)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'aws-mcp-core', 'src', 'main', 'resources',
                   'dev', 'awsmcp', 'core', 'suggest', 'cli-example-titles.tsv')
TITLE = re.compile(r'^\*\*(?:Example\s*\d+\s*[:.]\s*)?(.+?)\*\*\s*$')


def clean(title):
    title = title.replace('``', '').replace('`', '').strip()
    title = re.sub(r'^To\s+', '', title)
    title = re.sub(r'\s+', ' ', title)
    return title.rstrip(':. ')


def description(paragraph):
    """The first sentence of the prose under a title, without "The following ... command"."""
    text = re.sub(r'\s+', ' ', paragraph.replace('``', '').replace('`', '').replace('*', '')).strip()
    text = re.split(r'(?<=[a-z0-9)])\.\s|::|:$', text)[0].strip().rstrip(':.')
    text = LEAD.sub('', text)
    if len(text) < 12 or '\t' in text or '||' in text:
        return ''
    return text[:MAX_DESCRIPTION_CHARS]


def titles(path):
    """The page's titles and, for each, the first sentence of the paragraph under it."""
    found, descriptions = [], []
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for i, line in enumerate(lines):
        m = TITLE.match(line)
        if not m:
            continue
        t = clean(m.group(1))
        if not t or t in found or '\t' in t or ';' in t:
            continue
        found.append(t)
        paragraph = []
        for following in lines[i + 1:]:
            if TITLE.match(following) or (not following.strip() and paragraph):
                break
            if following.strip():
                paragraph.append(following)
        d = description(' '.join(paragraph))
        if d and d not in descriptions:
            descriptions.append(d)
    return found[:MAX_TITLES], descriptions[:MAX_TITLES]


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
            found, descriptions = titles(os.path.join(folder, name))
            rows.append('%s\t%s\t%s\t%s' % (service, name[:-4], '; '.join(found), ' || '.join(descriptions)))
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    print('%d commands with example pages -> %s (awscli %s)' % (len(rows), os.path.relpath(OUT), awscli.__version__),
          file=sys.stderr)


if __name__ == '__main__':
    main()
