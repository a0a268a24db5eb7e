"""botocore's parsed values as the AWS CLI prints them with --output json (timestamps as
isoformat(), blobs as base64): the form the engine's codecs are compared in."""
import base64
import datetime


def printable(value):
    if isinstance(value, dict):
        return {k: printable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [printable(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode()
    return value
