#!/usr/bin/env python3
"""Golden reference for the aws-mcp command-line parser.

Extracts every example command line from the AWS CLI v1 example pages
(``awscli/examples/**/*.rst``), runs each one through the real AWS CLI v1
*in-process* with all network access disabled, and records what the CLI would
have done: the API call it would make (service, operation, region, parameters,
pagination, query, output, outfile), or that it refused the command, or that
the command is a high-level customization (``s3 cp``, ``<svc> wait``,
``configure``, ``help``, ...) rather than a single API operation.

Output (relative to the repository root):

* ``aws-mcp-core/src/test/resources/golden/cli-examples.jsonl`` - one JSON
  object per example command, sorted by (example path, index in file).
* ``aws-mcp-core/src/test/resources/golden/cli-examples.meta.json`` - versions,
  counts, and how to regenerate.

Usage::

    python3 tools/golden/cli_reference.py [--jobs N] [--limit N] [--only SUBSTR]

Nothing is ever sent over the network: the botocore ``before-send`` event
raises (that is the moment we know the CLI accepted the command), ``http(s)://``
parameter values are not followed, and sockets, DNS and subprocesses are
disabled in the worker processes.

Each command runs in a forked child of a warmed-up parent (all service models
pre-loaded), so commands cannot influence each other and a per-command
timeout can be enforced.
"""

import argparse
import base64
import datetime
import decimal
import gc
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

# ---------------------------------------------------------------------------
# Paths and constants
# ---------------------------------------------------------------------------

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
OUT_DIR = os.path.join(REPO_ROOT, 'aws-mcp-core', 'src', 'test', 'resources', 'golden')
OUT_JSONL = os.path.join(OUT_DIR, 'cli-examples.jsonl')
OUT_META = os.path.join(OUT_DIR, 'cli-examples.meta.json')
REGEN_COMMAND = 'python3 tools/golden/cli_reference.py'

DEFAULT_REGION = 'us-east-1'
FAKE_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE'
FAKE_SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
PER_COMMAND_TIMEOUT = 120.0  # seconds
UNIQUE_PLACEHOLDER = '$UNIQUE'
URL_NOT_FOLLOWED = 'URL parameter not followed (network disabled by golden harness)'

# Literal blocks introduced by one of these paragraphs show output, not input.
OUTPUT_INTRO_RE = re.compile(
    r'^(sample |example |expected |command )?(output|result|results|response)\s*:*$',
    re.IGNORECASE)


# ---------------------------------------------------------------------------
# 1. Extraction of example command lines
# ---------------------------------------------------------------------------

def _indent(line):
    return len(line) - len(line.lstrip(' '))


def literal_blocks(text):
    """Yield (intro_line, [dedented lines]) for every ``::`` literal block."""
    lines = text.split('\n')
    n = len(lines)
    i = 0
    while i < n:
        stripped = lines[i].rstrip()
        if stripped.endswith('::') and not stripped.lstrip().startswith('..'):
            base = _indent(lines[i])
            j = i + 1
            while j < n and not lines[j].strip():
                j += 1
            if j < n and _indent(lines[j]) > base:
                start = j
                while j < n and (not lines[j].strip() or _indent(lines[j]) > base):
                    j += 1
                block = lines[start:j]
                while block and not block[-1].strip():
                    block.pop()
                margin = min(_indent(b) for b in block if b.strip())
                # Trailing blanks are dropped: the rendered pages do not show
                # them, and several examples have "\\ " where "\\" is meant.
                yield stripped.strip(), [b[margin:].rstrip() for b in block]
                i = j
                continue
        i += 1


def join_command(lines, start):
    """Join a command beginning at lines[start] the way a POSIX shell reads it.

    Backslash-newline is removed outside single quotes; a newline inside quotes
    continues the command (and is kept).  Runs of blanks outside quotes are
    collapsed to one space (this does not change the shlex tokens).  Returns
    (command, index of the first line after the command).
    """
    out = []
    quote = None
    i = start
    line = lines[i].lstrip()
    while True:
        k = 0
        continued = False
        while k < len(line):
            c = line[k]
            if quote is None:
                if c == '\\':
                    if k + 1 == len(line):          # backslash-newline
                        continued = True
                        k += 1
                        continue
                    out.append(line[k:k + 2])
                    k += 2
                    continue
                if c in ' \t':
                    if out and out[-1] != ' ':
                        out.append(' ')
                    k += 1
                    continue
                if c in '\'"':
                    quote = c
                out.append(c)
            elif quote == "'":
                if c == "'":
                    quote = None
                out.append(c)
            else:  # double quotes
                if c == '\\':
                    if k + 1 == len(line):
                        continued = True
                        k += 1
                        continue
                    out.append(line[k:k + 2])
                    k += 2
                    continue
                if c == '"':
                    quote = None
                out.append(c)
            k += 1
        i += 1
        if quote is not None and not continued:
            if i >= len(lines):
                break
            out.append('\n')
            line = lines[i]
            continue
        if continued:
            if i >= len(lines):
                break
            line = lines[i] if quote is not None else lines[i].lstrip()
            if quote is None and out and out[-1] != ' ' and lines[i][:1] in (' ', '\t'):
                out.append(' ')
            continue
        break
    return ''.join(out).strip(), i


def extract_examples(examples_dir):
    """Return a list of (id, path, index, command) for all example commands."""
    found = []
    for root, dirs, files in os.walk(examples_dir):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith('.rst'):
                continue
            full = os.path.join(root, name)
            rel = os.path.relpath(full, examples_dir).replace(os.sep, '/')
            with open(full, encoding='utf-8', errors='replace') as f:
                text = f.read()
            text = text.replace('\r\n', '\n').replace('\r', '\n').expandtabs(8)
            index = 0
            for intro, block in literal_blocks(text):
                intro_text = intro[:-2].strip()
                if OUTPUT_INTRO_RE.match(intro_text):
                    continue
                i = 0
                while i < len(block):
                    if block[i].lstrip().startswith('aws '):
                        command, i = join_command(block, i)
                        index += 1
                        found.append(('%s#%d' % (rel, index), rel, index, command))
                    else:
                        i += 1
    found.sort(key=lambda r: (r[1], r[2]))
    return found


# ---------------------------------------------------------------------------
# 2. Harness environment: fake credentials, profiles, no network
# ---------------------------------------------------------------------------

def profile_names(commands):
    names = set()
    for _, _, _, command in commands:
        try:
            tokens = shlex.split(command)
        except ValueError:
            continue
        for k, tok in enumerate(tokens):
            if tok == '--profile' and k + 1 < len(tokens):
                names.add(tokens[k + 1])
            elif tok.startswith('--profile='):
                names.add(tok[len('--profile='):])
    names.discard('')
    return sorted(n for n in names if re.match(r'^[^\[\]\n\r]+$', n))


def setup_environment(workdir, profiles):
    """Sandbox HOME/cwd, config files, fake credentials, no pager, no IMDS."""
    for key in list(os.environ):
        if key.startswith(('AWS_', 'BOTO_')):
            del os.environ[key]
    home = os.path.join(workdir, 'home')
    cwd = os.path.join(workdir, 'cwd')
    os.makedirs(os.path.join(home, '.aws'), exist_ok=True)
    os.makedirs(cwd, exist_ok=True)
    config = os.path.join(home, '.aws', 'config')
    creds = os.path.join(home, '.aws', 'credentials')
    with open(config, 'w') as f:
        f.write('[default]\nregion = %s\n' % DEFAULT_REGION)
        for p in profiles:
            if p != 'default':
                f.write('\n[profile %s]\nregion = %s\n' % (p, DEFAULT_REGION))
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
        'AWS_DEFAULT_REGION': DEFAULT_REGION,
        'AWS_EC2_METADATA_DISABLED': 'true',
        'AWS_MAX_ATTEMPTS': '1',
        'PAGER': 'cat',
        'MANPAGER': 'cat',
        'TZ': 'UTC',
    })
    time.tzset()
    os.chdir(cwd)
    return home, cwd


class NetworkDisabled(OSError):
    pass


def disable_network():
    """Belt and braces: no sockets, no DNS, no subprocesses."""
    def refuse(*args, **kwargs):
        raise NetworkDisabled('network disabled by golden harness')

    def refuse_process(*args, **kwargs):
        raise OSError('subprocesses disabled by golden harness')

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    subprocess.Popen.__init__ = refuse_process
    os.system = refuse_process


# ---------------------------------------------------------------------------
# Signals raised out of the CLI (BaseException so the CLI cannot swallow them)
# ---------------------------------------------------------------------------

class ReachedSend(BaseException):
    """The CLI built, validated and signed a request: it would call AWS."""


class CustomCommand(BaseException):
    def __init__(self, kind, lineage):
        super().__init__(kind)
        self.kind = kind
        self.lineage = list(lineage)


class State:
    def reset(self):
        self.op = None            # ServiceOperation being run
        self.parsed_args = None
        self.capture = None       # dict built at CLIOperationCaller.invoke
        self.sent = None          # description of the first request
        self.norm_error = None
        self.user_endpoint = None
        self.warnings = []


STATE = State()


# ---------------------------------------------------------------------------
# 3. Normalization of the API input
# ---------------------------------------------------------------------------

def iso_utc(dt):
    """ISO-8601 UTC, same text as java.time.Instant#toString for these values:
    ``YYYY-MM-DDTHH:MM:SSZ``; fractional seconds only when non-zero, as 3
    digits (millisecond precision) or 6 digits (microsecond precision)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=datetime.timezone.utc)
    dt = dt.astimezone(datetime.timezone.utc)
    text = dt.strftime('%Y-%m-%dT%H:%M:%S')
    us = dt.microsecond
    if us:
        text += '.%03d' % (us // 1000) if us % 1000 == 0 else '.%06d' % us
    return text + 'Z'


def b64(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return base64.b64encode(bytes(data)).decode('ascii')


def _is_file_object(value):
    return hasattr(value, 'read') and hasattr(value, 'name') and not isinstance(value, (str, bytes))


def _depends_on_today(text):
    """botocore parses non-epoch strings with dateutil, which fills missing
    fields (date, year...) from today: such a value is not reproducible."""
    try:
        float(text)
        return False
    except ValueError:
        pass
    import dateutil.parser
    from dateutil.tz import tzutc
    try:
        a = dateutil.parser.parse(text, default=datetime.datetime(2001, 2, 3), tzinfos={'GMT': tzutc()})
        b = dateutil.parser.parse(text, default=datetime.datetime(2004, 5, 6), tzinfos={'GMT': tzutc()})
    except (ValueError, OverflowError):
        return False
    return a != b


def normalize(value, shape):
    from botocore.utils import parse_to_aware_datetime
    if value is None:
        return None
    if _is_file_object(value):
        return {'$file': value.name}
    type_name = getattr(shape, 'type_name', None)
    if type_name == 'timestamp':
        if isinstance(value, str) and _depends_on_today(value):
            warning = 'timestamp %r is completed with the current date' % value
            if warning not in STATE.warnings:
                STATE.warnings.append(warning)
        return iso_utc(parse_to_aware_datetime(value))
    if type_name == 'blob' and isinstance(value, (bytes, bytearray, str)):
        return b64(value)
    if type_name == 'structure' and isinstance(value, dict):
        members = shape.members
        return {str(k): normalize(v, members.get(k)) for k, v in value.items()}
    if type_name == 'list' and isinstance(value, (list, tuple)):
        return [normalize(v, shape.member) for v in value]
    if type_name == 'map' and isinstance(value, dict):
        return {str(k): normalize(v, shape.value) for k, v in value.items()}
    return generic(value)


def generic(value):
    if isinstance(value, dict):
        return {str(k): generic(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [generic(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return b64(value)
    if isinstance(value, datetime.datetime):
        return iso_utc(value)
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if _is_file_object(value):
        return {'$file': value.name}
    if isinstance(value, float) and (value != value or value in (float('inf'), float('-inf'))):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


# ---------------------------------------------------------------------------
# Hooks into the CLI
# ---------------------------------------------------------------------------

def install_hooks(driver):
    from awscli import paramfile
    from awscli.clidriver import CLIOperationCaller, ServiceOperation
    from awscli.customizations.commands import BasicCommand
    from awscli.help import HelpCommand

    session = driver.session

    # --- http(s):// parameter values: CLI v1 would download them. Refuse.
    def no_uri(prefix, uri):
        raise paramfile.ResourceLoadingError(
            'Unable to retrieve %s: %s' % (uri, URL_NOT_FOLLOWED))
    for prefix in list(paramfile.REMOTE_PREFIX_MAP):
        paramfile.REMOTE_PREFIX_MAP[prefix] = (no_uri, {})

    # --- The only CLI-generated random values in API input (cloudfront
    #     create-distribution/create-invalidation: CallerReference, origin Id,
    #     normally '<prefix>-<epoch seconds>-<random>'): make them stable.
    from awscli.customizations import cloudfront
    cloudfront.unique_string = lambda prefix='cli': '%s-%s' % (prefix, UNIQUE_PLACEHOLDER)

    # --- The moment a request would leave the machine.
    def before_send(request, event_name=None, **kwargs):
        STATE.sent = {'event': event_name, 'method': request.method, 'url': request.url}
        raise ReachedSend()
    session.register('before-send', before_send)

    # --- Record parsed args of API operations (outfile, skeleton...).
    def on_calling_command(parsed_args=None, **kwargs):
        STATE.parsed_args = parsed_args
        return None
    session.register('calling-command.*.*', on_calling_command)
    session.register('calling-command.*', on_calling_command)

    # --- The endpoint URL the user gave (CLI v1 later substitutes legacy
    #     endpoints for some services, e.g. sqs/rds in us-east-1).
    def on_top_level_args(parsed_args=None, **kwargs):
        STATE.user_endpoint = getattr(parsed_args, 'endpoint_url', None)
    session.register('top-level-args-parsed', on_top_level_args)

    # --- ServiceOperation: remember the op; non-standard callers are customizations.
    orig_op_call = ServiceOperation.__call__

    class CustomCaller:
        def __init__(self, op, kind):
            self.op, self.kind = op, kind

        def invoke(self, *args, **kwargs):
            raise CustomCommand(self.kind, self.op.lineage_names)

    def op_call(self, args, parsed_globals):
        STATE.op = self
        caller = self._operation_caller
        if type(caller) is not CLIOperationCaller and not isinstance(caller, CustomCaller):
            self._operation_caller = CustomCaller(self, type(caller).__name__)
        return orig_op_call(self, args, parsed_globals)
    ServiceOperation.__call__ = op_call

    # --- The API call: snapshot the CLI's call parameters, then let botocore
    #     validate, build and sign the request (stopped by before-send).
    orig_invoke = CLIOperationCaller.invoke

    def invoke(self, service_name, operation_name, parameters, parsed_globals):
        if type(self) is not CLIOperationCaller:
            lineage = STATE.op.lineage_names if STATE.op else [service_name, operation_name]
            raise CustomCommand(type(self).__name__, lineage)
        try:
            STATE.capture = build_capture(session, service_name, operation_name,
                                          parameters, parsed_globals)
        except Exception as e:  # pragma: no cover - reported as harness error
            STATE.norm_error = '%s: %s' % (type(e).__name__, e)
        return orig_invoke(self, service_name, operation_name, parameters, parsed_globals)
    CLIOperationCaller.invoke = invoke

    # --- High-level customizations: everything up to _run_main runs (argument
    #     parsing, paramfile loading); _run_main itself never does.
    orig_basic_call = BasicCommand.__call__

    def basic_call(self, args, parsed_globals):
        def run_main(parsed_args, parsed_globals):
            raise CustomCommand('customization', self.lineage_names)
        self._run_main = run_main
        return orig_basic_call(self, args, parsed_globals)
    BasicCommand.__call__ = basic_call

    # --- help: never render/page; classify.
    def help_call(self, args, parsed_globals):
        try:
            lineage = [p for p in str(self.event_class).split('.') if p]
        except Exception:
            lineage = []
        if lineage[:1] == ['aws']:
            lineage = lineage[1:]
        raise CustomCommand('help', lineage)
    classes = [HelpCommand]
    while classes:
        cls = classes.pop()
        if '__call__' in cls.__dict__:
            cls.__call__ = help_call
        classes.extend(cls.__subclasses__())


def build_capture(session, service_name, operation_name, parameters, parsed_globals):
    op = STATE.op
    operation_model = op._operation_model if op is not None else \
        session.get_service_model(service_name).operation_model(operation_name)
    params = dict(parameters)
    pagination = {}
    cfg = params.pop('PaginationConfig', None) or {}
    for src, dst in (('StartingToken', 'startingToken'), ('PageSize', 'pageSize'),
                     ('MaxItems', 'maxItems')):
        if src in cfg:
            pagination[dst] = cfg[src]
    pagination['noPaginate'] = not parsed_globals.paginate
    region = parsed_globals.region or session.get_config_variable('region')
    query = parsed_globals.query
    if query is not None:
        query = getattr(query, 'expression', query)
    parsed_args = STATE.parsed_args
    outfile = getattr(parsed_args, 'outfile', None) if parsed_args is not None else None
    capture = {
        'cliService': op.lineage_names[0] if op is not None else None,
        'service': operation_model.service_model.service_name,
        'cliOperation': op.name if op is not None else None,
        'operation': operation_model.name,
        'region': region,
        'profile': parsed_globals.profile,
        'endpointUrl': STATE.user_endpoint,
        'params': normalize(params, operation_model.input_shape),
        'pagination': pagination,
        'paginator': bool(parsed_globals.paginate and operation_model.name in
                          _paginated_operations(session, operation_model)),
        'query': query,
        'output': parsed_globals.output,
        'outfile': outfile,
    }
    if parsed_globals.endpoint_url != STATE.user_endpoint:
        capture['cliEndpointOverride'] = parsed_globals.endpoint_url
    return capture


def _paginated_operations(session, operation_model):
    try:
        model = session.get_paginator_model(operation_model.service_model.service_name)
        return set(model._paginator_config.keys())
    except Exception:
        return set()


# ---------------------------------------------------------------------------
# Running one command (in a forked child)
# ---------------------------------------------------------------------------

_USAGE_NOISE = ('usage:', 'To see help text', 'aws help', 'aws <command> help',
                'aws <command> <subcommand> help')


def first_error_line(stderr, stdout):
    """The informative line of what the CLI printed: the argparse ``aws: error:``
    line if any, else the first line that is not usage/help boilerplate.
    ``Parameter validation failed:`` is joined with its first detail line."""
    lines = [ln.strip() for ln in re.split(r'[\r\n]+', stderr or '') if ln.strip()]
    informative = [ln for ln in lines if not ln.startswith(_USAGE_NOISE)
                   and not ln.startswith('Note: AWS CLI version 2')]
    for ln in informative:
        if ln.startswith('aws: error:'):
            return ln
    if informative:
        first = informative[0]
        if first == 'Parameter validation failed:' and len(informative) > 1:
            first += ' ' + informative[1]
        return first
    if lines:
        return lines[0]
    out = [ln.strip() for ln in (stdout or '').splitlines() if ln.strip()]
    return out[0] if out else ''


def run_command(driver, row_id, command):
    row = {'id': row_id, 'command': command}
    try:
        tokens = shlex.split(command)
    except ValueError as e:
        row.update(status='rejected', error='shlex: %s' % e, stage='tokenize')
        return row
    STATE.reset()
    rc = None
    outcome = None
    try:
        rc = driver.main(tokens[1:])
    except ReachedSend:
        outcome = 'sent'
    except CustomCommand as c:
        outcome = c
    except SystemExit as e:
        rc = e.code
    sys.stdout.flush()
    sys.stderr.flush()
    row['_rc'] = rc
    if outcome == 'sent':
        if STATE.norm_error is not None:
            row.update(status='rejected', error='harness: ' + STATE.norm_error)
        elif STATE.capture is None:
            # A request left during argument processing, before the command's
            # own API call (e.g. cloudfront update-distribution
            # --default-root-object first calls GetDistributionConfig).
            op = STATE.op
            row.update(status='custom',
                       cliService=op.lineage_names[0] if op else None,
                       cliOperation=op.name if op else None,
                       customKind='calls-api-while-parsing',
                       firstRequest=(STATE.sent or {}).get('event', '').split('.')[-1])
        else:
            row['status'] = 'ok'
            row.update(STATE.capture)
            if STATE.warnings:
                row['warnings'] = STATE.warnings
    elif isinstance(outcome, CustomCommand):
        lineage = outcome.lineage
        row.update(status='custom',
                   cliService=lineage[0] if lineage else None,
                   cliOperation=lineage[1] if len(lineage) > 1 else None,
                   customKind=outcome.kind)
        if len(lineage) > 2:
            row['subcommand'] = ' '.join(lineage[2:])
    else:
        row['status'] = '_pending'   # decided by the parent from rc/stderr
    return row


def child_main(driver, row_id, command, result_path):
    out_path = result_path + '.out'
    err_path = result_path + '.err'
    try:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        fo = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        fe = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fo, 1)
        os.dup2(fe, 2)
        sys.stdin = open(os.devnull)
        row = run_command(driver, row_id, command)
        with open(result_path + '.tmp', 'w') as f:
            json.dump(row, f, default=repr)
        os.rename(result_path + '.tmp', result_path)
    except BaseException as e:  # harness failure: report it
        try:
            with open(result_path + '.tmp', 'w') as f:
                json.dump({'id': row_id, 'command': command, 'status': '_harness_error',
                           'error': '%s: %s' % (type(e).__name__, e)}, f)
            os.rename(result_path + '.tmp', result_path)
        except BaseException:
            pass
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
        os._exit(0)


def finish_row(row, result_path):
    def read(path):
        try:
            with open(path, encoding='utf-8', errors='replace') as f:
                return f.read()
        except OSError:
            return ''
    stdout = read(result_path + '.out')
    stderr = read(result_path + '.err')
    for p in (result_path, result_path + '.out', result_path + '.err'):
        try:
            os.unlink(p)
        except OSError:
            pass
    rc = row.pop('_rc', None)
    if row['status'] == '_pending':
        if rc in (0, None) and not stderr.strip():
            # Returned 0 without calling anything (e.g. --generate-cli-skeleton).
            row.update(status='custom', cliService=None, cliOperation=None,
                       customKind='no-call')
            try:
                tokens = shlex.split(row['command'])
                words = [t for t in tokens[1:] if not t.startswith('-')]
                row['cliService'] = words[0] if words else None
                row['cliOperation'] = words[1] if len(words) > 1 else None
                if '--generate-cli-skeleton' in tokens:
                    row['customKind'] = 'generate-cli-skeleton'
            except ValueError:
                pass
        else:
            row['status'] = 'rejected'
            row['error'] = first_error_line(stderr, stdout)
            row['exitCode'] = rc if isinstance(rc, int) else (1 if rc else 0)
            if URL_NOT_FOLLOWED in stderr:
                # CLI v1 would have downloaded the URL and used its content.
                row['harnessArtifact'] = 'url-param-not-followed'
    elif row['status'] == '_harness_error':
        row['status'] = 'rejected'
        row['error'] = 'harness: ' + row.get('error', '')
    return row


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

def warm_up(driver):
    """Load every model into the parent so forked children share it."""
    from botocore.exceptions import DataNotFoundError
    session = driver.session
    loader = session.get_component('data_loader')
    driver._get_command_table()
    driver._get_argument_table()
    for service in session.get_available_services():
        for type_name in ('service-2', 'paginators-1', 'waiters-2', 'endpoint-rule-set-1'):
            try:
                loader.load_service_model(service, type_name)
            except DataNotFoundError:
                pass
    for name in ('endpoints', 'partitions', 'sdk-default-configuration', '_retry'):
        try:
            loader.load_data(name)
        except DataNotFoundError:
            pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--jobs', type=int, default=max(2, (os.cpu_count() or 2)))
    ap.add_argument('--limit', type=int, default=0, help='only the first N commands')
    ap.add_argument('--only', default=None, help='only ids containing this substring')
    ap.add_argument('--output', default=OUT_JSONL)
    ap.add_argument('--meta', default=OUT_META)
    args = ap.parse_args()
    sys.argv = ['aws']  # argparse takes the program name for its messages from here

    started = time.time()
    # Locate the examples without importing awscli: its import reads the
    # environment (AWS_DATA_PATH), which is sandboxed first.
    import importlib.util
    examples_dir = os.path.join(
        os.path.dirname(importlib.util.find_spec('awscli').origin), 'examples')
    commands = extract_examples(examples_dir)
    n_files = len({c[1] for c in commands})
    if args.only:
        commands = [c for c in commands if args.only in c[0]]
    if args.limit:
        commands = commands[:args.limit]
    print('extracted %d commands from %d example files' % (len(commands), n_files),
          file=sys.stderr)

    workdir = tempfile.mkdtemp(prefix='aws-golden-')
    profiles = profile_names(commands)
    setup_environment(workdir, profiles)
    disable_network()
    import awscli
    import awscli.clidriver
    import botocore
    driver = awscli.clidriver.create_clidriver()
    install_hooks(driver)
    warm_up(driver)
    # Forked children share the warmed-up heap copy-on-write; keep the cyclic
    # GC from touching (and so copying) every inherited object in each child.
    gc.collect()
    gc.freeze()
    results_dir = os.path.join(workdir, 'results')
    os.makedirs(results_dir)
    print('warm-up done in %.1fs; running with %d jobs'
          % (time.time() - started, args.jobs), file=sys.stderr)

    rows = {}
    running = {}  # pid -> (row_id, command, result_path, deadline)
    queue = list(enumerate(commands))
    queue.reverse()
    done = 0
    while queue or running:
        while queue and len(running) < args.jobs:
            n, (row_id, _, _, command) = queue.pop()
            result_path = os.path.join(results_dir, '%06d.json' % n)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                child_main(driver, row_id, command, result_path)
            running[pid] = (row_id, command, result_path, time.time() + PER_COMMAND_TIMEOUT)
        pid, _status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            now = time.time()
            for p, (row_id, command, result_path, deadline) in list(running.items()):
                if now > deadline:
                    os.kill(p, signal.SIGKILL)
            time.sleep(0.002)
            continue
        if pid not in running:
            continue
        row_id, command, result_path, _ = running.pop(pid)
        try:
            with open(result_path) as f:
                row = json.load(f)
        except (OSError, ValueError):
            row = {'id': row_id, 'command': command, 'status': '_harness_error',
                   'error': 'child produced no result (timeout or crash)'}
        rows[row_id] = finish_row(row, result_path)
        done += 1
        if done % 500 == 0:
            print('  %d/%d (%.0fs)' % (done, len(commands), time.time() - started),
                  file=sys.stderr)

    ordered = [rows[c[0]] for c in commands]
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    home, cwd = os.environ['HOME'], os.getcwd()
    with open(args.output, 'w', encoding='utf-8') as f:
        for row in ordered:
            line = json.dumps(row, ensure_ascii=False, separators=(',', ':'))
            # The sandbox lives in a fresh temp directory: keep rows reproducible.
            line = line.replace(home, '<HOME>').replace(cwd, '<CWD>')
            f.write(line)
            f.write('\n')

    counts = {'ok': 0, 'rejected': 0, 'custom': 0}
    for row in ordered:
        counts[row['status']] = counts.get(row['status'], 0) + 1
    elapsed = time.time() - started
    meta = {
        'awscli': awscli.__version__,
        'botocore': botocore.__version__,
        'python': sys.version.split()[0],
        'examplesDir': 'awscli/examples',
        'exampleFiles': n_files,
        'commands': len(ordered),
        'counts': counts,
        'rejectedForMissingLocalFile': sum(
            1 for r in ordered if r['status'] == 'rejected'
            and ('No such file or directory' in r['error']
                 or 'Blob values must be a path to a file' in r['error'])),
        'harnessArtifacts': sum(1 for r in ordered if 'harnessArtifact' in r),
        'rowsWithWarnings': sum(1 for r in ordered if 'warnings' in r),
        'defaultRegion': DEFAULT_REGION,
        'profiles': profiles,
        'regenerate': REGEN_COMMAND,
        'partial': bool(args.only or args.limit),
        'format': {
            'file': 'cli-examples.jsonl, one JSON object per line, sorted by '
                    '(example path, index); id = <path under awscli/examples>#<1-based index in file>',
            'timestamps': 'ISO-8601 UTC YYYY-MM-DDTHH:MM:SSZ; fraction only when non-zero, '
                          '3 digits if whole milliseconds else 6 (= java.time.Instant#toString)',
            'blobs': 'base64 of the bytes; text given to the CLI is UTF-8 encoded first (CLI v1 '
                     'sends text as-is); an opened streaming-blob file is {"$file": path}',
            'pagination': 'PaginationConfig popped from params into pagination.{startingToken,'
                          'pageSize,maxItems}; pagination.noPaginate = not parsed_globals.paginate '
                          'at call time',
        },
    }
    with open(args.meta, 'w', encoding='utf-8') as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
        f.write('\n')
    os.chdir(REPO_ROOT)
    shutil.rmtree(workdir, ignore_errors=True)
    print('ok=%d rejected=%d custom=%d total=%d in %.1fs -> %s'
          % (counts['ok'], counts['rejected'], counts['custom'], len(ordered), elapsed,
             os.path.relpath(args.output, REPO_ROOT)), file=sys.stderr)


if __name__ == '__main__':
    main()
