#!/usr/bin/env python3
"""moto server with one request processed at a time.

moto's own server handles requests on many threads without a lock, so two concurrent
conditional writes can both pass their condition: real DynamoDB never lets that happen,
and the tests of "exactly once" depend on it. This runs moto's application unchanged
behind one lock (connections are still accepted concurrently).

Usage: moto_server.py HOST PORT
"""
import os
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

    def one_at_a_time(environ, start_response):
        with lock:
            # moto answers with complete bodies; materialize inside the lock anyway.
            return list(moto(environ, start_response))

    run_simple(host, port, one_at_a_time, threaded=True, request_handler=MotoRequestHandler)


if __name__ == "__main__":
    main()
