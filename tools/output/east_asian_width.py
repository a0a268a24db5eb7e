#!/usr/bin/env python3
"""Writes the code point ranges that the AWS CLI's table format counts as two columns wide:
unicodedata.east_asian_width in 'W', 'F' or 'A' (awscli/table.py get_text_length), from this
interpreter's Unicode database (Python 3.11: Unicode 14.0, as the CLI's own interpreter here).

Usage: python3 tools/output/east_asian_width.py > aws-mcp-core/src/main/resources/dev/awsmcp/core/exec/wide-code-points.txt
"""
import sys
import unicodedata

print('# code point ranges (hex, inclusive) of east_asian_width W, F or A; Unicode %s' % unicodedata.unidata_version)
start = None
for cp in range(sys.maxunicode + 2):
    wide = cp <= sys.maxunicode and unicodedata.east_asian_width(chr(cp)) in 'WFA'
    if wide and start is None:
        start = cp
    elif not wide and start is not None:
        print('%x %x' % (start, cp - 1))
        start = None
