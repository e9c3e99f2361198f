#!/usr/bin/env python3
"""moto server with one request processed at a time.

moto's own server handles requests on many threads without a lock, so two concurrent
conditional writes can both pass their condition: real DynamoDB never lets that happen,
and the tests of "exactly once" depend on it. This runs moto's application unchanged
behind one lock (connections are still accepted concurrently).

moto's SES v2 takes a configuration set and tags on SendEmail and forgets them: this
keeps what each send named (its destinations, `ConfigurationSetName`, `EmailTags`) at
GET /__ses/v2-sends, and refuses a send through a configuration set moto does not have,
as SES does (NotFoundException), so a stack whose variable names a set it never made
fails here first.

Usage: moto_server.py HOST PORT
"""
import io
import json
import os
import re
import sys
import threading

from werkzeug.serving import run_simple

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)


def main():
    host, port = sys.argv[1], int(sys.argv[2])
    os.environ.setdefault("MOTO_PORT", str(port))
    moto = DomainDispatcherApplication(create_backend_app)
    lock = threading.Lock()

    v2_sends = []

    def one_at_a_time(environ, start_response):
        with lock:
            path = environ.get("PATH_INFO", "")
            if path == "/__ses/v2-sends" and environ["REQUEST_METHOD"] == "GET":
                return answer(start_response, "200 OK", {}, v2_sends)
            if path == "/v2/email/outbound-emails" and environ["REQUEST_METHOD"] == "POST":
                refused = remember_send(environ, v2_sends)
                if refused is not None:
                    return refused(start_response)
            # moto answers with complete bodies; materialize inside the lock anyway.
            return list(moto(environ, start_response))

    run_simple(host, port, one_at_a_time, threaded=True, request_handler=MotoRequestHandler)


def answer(start_response, status, headers, body):
    data = json.dumps(body).encode()
    start_response(status, [("Content-Type", "application/json"), *headers.items()])
    return [data]


def remember_send(environ, sends):
    """Reads a SESv2 SendEmail (and puts its body back for moto): a refusal to answer
    with when it names a configuration set moto does not have, else None."""
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = io.BytesIO(body)
    try:
        request = json.loads(body)
    except ValueError:
        return None
    config_set = request.get("ConfigurationSetName")
    if config_set is not None and config_set not in config_sets(environ):
        message = f"Configuration set <{config_set}> does not exist."
        return lambda start_response: answer(
            start_response,
            "404 Not Found",
            {"x-amzn-ErrorType": "NotFoundException"},
            {"message": message},
        )
    # SES's rule for message tags: names and values of ASCII letters, digits, _ and -.
    for tag in request.get("EmailTags", []):
        if not all(re.fullmatch(r"[A-Za-z0-9_-]{1,256}", tag.get(part, "")) for part in ("Name", "Value")):
            return lambda start_response: answer(
                start_response,
                "400 Bad Request",
                {"x-amzn-ErrorType": "BadRequestException"},
                {"message": "Invalid tag name or value."},
            )
    destination = request.get("Destination", {})
    sends.append(
        {
            "destinations": [
                address
                for field in ("ToAddresses", "CcAddresses", "BccAddresses")
                for address in destination.get(field, [])
            ],
            "configuration_set": config_set,
            "tags": {tag["Name"]: tag["Value"] for tag in request.get("EmailTags", [])},
        }
    )
    return None


def config_sets(environ):
    """The configuration sets moto's SES holds in the request's account and region."""
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.ses.models import ses_backends

    scope = re.search(r"Credential=[^/]+/\d+/([^/]+)/", environ.get("HTTP_AUTHORIZATION", ""))
    region = scope.group(1) if scope else "us-east-1"
    return ses_backends[DEFAULT_ACCOUNT_ID][region].config_sets


if __name__ == "__main__":
    main()
