#!/usr/bin/env python3
"""Prints what the installed AWS CLI v1 makes of command lines, for customization tests.

For each command line (arguments, or one per line on stdin) it runs the real CLI in-process,
with fake credentials, region us-east-1 and no network, and prints one JSON object:

* ``cli``: the call parameters the CLI hands to botocore (``calling-command`` event, after
  ``--cli-input-json`` is merged);
* ``api``: the parameters after botocore's ``before-parameter-build`` handlers (run-instances
  default counts, bundle-instance policy, glacier accountId, ...), i.e. the API input;
* or ``error``: the CLI's first error line.

Values are normalized like tools/golden/cli_reference.py (blobs base64, timestamps ISO UTC).
The request is stopped before it is signed or sent.

Usage: python3 tools/cli-customizations/call_params.py "aws ses send-email ..." ...
"""
import io
import json
import os
import shlex
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'golden'))


class Stop(BaseException):
    pass


def main(lines):
    import cli_reference as ref
    workdir = tempfile.mkdtemp(prefix='aws-callparams-')
    cwd = os.getcwd()
    ref.setup_environment(workdir, [])
    os.chdir(cwd)
    ref.disable_network()
    import awscli.clidriver
    for line in lines:
        driver = awscli.clidriver.create_clidriver()
        session = driver.session
        out = {'command': line}
        state = {}

        def calling(call_parameters=None, **kwargs):
            state['cli'] = json.loads(json.dumps(call_parameters, default=repr))
            state['cli_raw'] = dict(call_parameters)
            return None

        def before_build(params, model, **kwargs):
            state['api'] = ref.normalize(dict(params), model.input_shape)
            state['cli'] = ref.normalize(state.pop('cli_raw', {}), model.input_shape)
            raise Stop()

        session.register('calling-command.*.*', calling)
        session.get_component('event_emitter').register_last('before-parameter-build', before_build)
        err = io.StringIO()
        old_err, old_out = sys.stderr, sys.stdout
        sys.stderr, sys.stdout = err, io.StringIO()
        try:
            driver.main(shlex.split(line)[1:])
        except Stop:
            pass
        except SystemExit:
            pass
        finally:
            sys.stderr, sys.stdout = old_err, old_out
        if 'api' in state:
            out['cli'] = state['cli']
            out['api'] = state['api']
        else:
            out['error'] = ref.first_error_line(err.getvalue(), '')
        print(json.dumps(out, sort_keys=True))


if __name__ == '__main__':
    sys.argv[0] = 'aws'
    main(sys.argv[1:] or [l.strip() for l in sys.stdin if l.strip()])
