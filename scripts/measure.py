#!/usr/bin/env python3
"""Prints the bundle's performance figures (README, "Measured figures").

For each function's release binary, against a minimal Lambda Runtime API served here:
  * init time: process start -> its first GET /2018-06-01/runtime/invocation/next,
    median of 20 starts (goal <= 15 ms);
  * peak RSS (VmHWM) after 1,000 invocations with its sample from events/ (goal <= 20 MiB);
then the size of each `bootstrap` from `cargo lambda build --release --arm64` (goal
<= 7 MB) and the verify + parse benchmark's median (goal <= 6 us).

Each function gets its secrets as it does on AWS: the template's `<NAME>_SECRET_ARN`
variables, naming secrets created in moto's Secrets Manager, which it reads at init
(`--secrets-in-env` gives the values as plain variables instead, as before secrets
moved to Secrets Manager).

`--baseline DIR` compares with binaries built before a change (DIR/<function>, and
DIR/arm64/<function>/bootstrap for sizes): init time is measured in interleaved rounds
(`--rounds N`, default 5: the baseline, then the current build, both as deployed;
`--baseline-plain-secrets` gives the baseline its secrets as plain variables, for one
built before secrets moved to Secrets Manager), since this shared machine's speed
drifts by +-20 % between runs; the median of the rounds' medians is printed for each.

`--one-cert-bundle` points every function's TLS roots at the one bundle file
(SSL_CERT_FILE, no SSL_CERT_DIR), as on Lambda's provided.al2023, instead of this
machine's /etc/ssl/certs with its ~300 files, which each HTTPS client (reqwest for
Stripe, the AWS SDK's) reads at init.

Needs the test venv (scripts/test makes it) plus Zig for the arm64 build
(`.venv/bin/pip install ziglang`) and the arm64 standard library
(`rustup target add aarch64-unknown-linux-gnu`); `--no-arm64` skips that part.
Usage: .venv/bin/python scripts/measure.py [--no-arm64] [--no-bench] [--no-rss]
           [--secrets-in-env] [--one-cert-bundle]
           [--baseline DIR [--rounds N] [--baseline-plain-secrets]]
"""
import http.server
import json
import os
import pathlib
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

import boto3

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"
TARGET = ROOT / os.environ.get("CARGO_TARGET_DIR", "target")
EVENTS = ROOT / "events"
SAMPLE_SECRET = "whsec_test_sample_events_only"
FAKE_KEY = "sk_test_fake_for_integration_tests"
STARTS = 20
# What each secret holds in these runs; the template says which function reads which.
SECRET_VALUES = {
    "STRIPE_WEBHOOK_SECRETS": SAMPLE_SECRET,
    "STRIPE_SECRET_KEY": FAKE_KEY,
    "CHECKOUT_TOKEN_SECRET": "measure-checkout-token-secret-0123456789abcdef",
    # The local runner's defaults: the samples in events/ were signed with them.
    "UNSUBSCRIBE_LINK_SECRET": "local_unsubscribe_link_secret_not_for_production",
    "PORTAL_LINK_SECRET": "local_portal_link_secret_not_for_production",
    "SETUP_LINK_SECRET": "local_setup_link_secret_not_for_production",
    "RECIPIENT_KEY_PEPPER": "measure-recipient-key-pepper-0123456789abcdef",
}
INVOCATIONS = 1000
LOG = open(os.path.join(os.environ.get("TMPDIR", "/tmp"), "measure-functions.log"), "w")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RuntimeApi:
    """The part of the Lambda Runtime API a function uses: next, response, error."""

    def __init__(self):
        self.lock = threading.Condition()
        self.reset(b"", 0)
        api = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                if not self.path.endswith("/runtime/invocation/next"):
                    return self.reply(404, b"{}")
                with api.lock:
                    # A request left over from a killed process must not take an event
                    # meant for the next one.
                    generation = api.generation
                    if api.first_next is None:
                        api.first_next = time.monotonic()
                        api.lock.notify_all()
                    while api.remaining == 0 and api.generation == generation:
                        api.lock.wait()
                    if api.generation != generation:
                        return self.reply(410, b"{}")
                    api.remaining -= 1
                    request_id = f"req-{api.remaining}"
                deadline = int(time.time() * 1000) + 30_000
                self.reply(200, api.event, {
                    "Lambda-Runtime-Aws-Request-Id": request_id,
                    "Lambda-Runtime-Deadline-Ms": str(deadline),
                    "Lambda-Runtime-Invoked-Function-Arn": "arn:aws:lambda:us-east-1:123456789012:function:measure",
                    "Lambda-Runtime-Trace-Id": "Root=1-00000000-000000000000000000000000",
                })

            def do_POST(self):
                body = self.read_body()
                with api.lock:
                    if self.path.endswith("/response"):
                        api.responses.append(body)
                    else:
                        api.errors.append(body)
                    api.lock.notify_all()
                self.reply(202, b"{}")

            def read_body(self):
                if self.headers.get("transfer-encoding", "").lower() != "chunked":
                    return self.rfile.read(int(self.headers.get("content-length", 0)))
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0], 16)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()  # the CRLF after the chunk
                    if size == 0:
                        return b"".join(chunks)

            def reply(self, status, body, headers=None):
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(http.server.ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                pass  # a function killed mid-request: expected between runs

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.address = f"127.0.0.1:{self.server.server_address[1]}"

    def reset(self, event, count):
        with self.lock:
            self.generation = getattr(self, "generation", 0) + 1
            self.event, self.remaining = event, count
            self.first_next = None
            self.responses, self.errors = [], []
            self.lock.notify_all()

    def close_waiters(self):
        with self.lock:
            self.generation += 1
            self.lock.notify_all()


def start(binary, env, api, path=None):
    full = {**os.environ, **env,
            "AWS_LAMBDA_RUNTIME_API": api.address,
            "AWS_LAMBDA_FUNCTION_NAME": binary,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
            "RUST_LOG": "warn"}
    started = time.monotonic()
    process = subprocess.Popen([str(path or TARGET / "release" / binary)], env=full,
                               stdout=subprocess.DEVNULL, stderr=LOG)
    return process, started


def stop(process, api):
    api.close_waiters()
    process.kill()
    process.wait()


def init_time_ms(binary, env, api, path=None):
    samples = []
    for _ in range(STARTS):
        api.reset(b"", 0)
        process, started = start(binary, env, api, path)
        with api.lock:
            ok = api.lock.wait_for(lambda: api.first_next is not None, timeout=10)
        if not ok:
            stop(process, api)
            raise SystemExit(f"{binary} never asked for an invocation (check its configuration)")
        samples.append((api.first_next - started) * 1000)
        stop(process, api)
    return statistics.median(samples)


def peak_rss_mib(binary, env, event, api, check, path=None):
    api.reset(event, INVOCATIONS)
    process, _ = start(binary, env, api, path)
    with api.lock:
        done = api.lock.wait_for(
            lambda: len(api.responses) + len(api.errors) >= INVOCATIONS
            or process.poll() is not None, timeout=600)
    status = pathlib.Path(f"/proc/{process.pid}/status").read_text()
    peak_kib = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
    stop(process, api)
    if not done or api.errors or len(api.responses) < INVOCATIONS:
        raise SystemExit(f"{binary}: {len(api.responses)} responses, errors: {api.errors[:1]}, "
                         f"exit {process.returncode} (stderr in {LOG.name})")
    for body in (api.responses[0], api.responses[-1]):
        check(json.loads(body))
    return peak_kib / 1024


def wait_for_port(port):
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"nothing listens on {port}")


def secrets_by_function():
    """Binary -> the variables its `<NAME>_SECRET_ARN` environment entries name."""
    secrets, binary = {}, None
    for line in (ROOT / "template.yaml").read_text().splitlines():
        if "Binary:" in line:
            binary = line.split("Binary:")[1].strip()
            secrets[binary] = []
        match = re.match(r"\s+([A-Z0-9_]+)_SECRET_ARN:", line)
        # An optional secret (the chat webhook's) deploys absent unless given.
        if match and binary and "AWS::NoValue" not in line:
            secrets[binary].append(match.group(1))
    return secrets


def secret_env(names, arns):
    """The variables that give a function its secrets: ARNs, or values without `arns`."""
    missing = [name for name in names if name not in SECRET_VALUES]
    if missing:
        raise SystemExit(f"no value for {missing} in SECRET_VALUES of {__file__}")
    if arns is None:
        return {name: SECRET_VALUES[name] for name in names}
    return {f"{name}_SECRET_ARN": arns[name] for name in names}


def option(name, default=None):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def response_url_stand_in():
    """A URL on this machine that takes CloudFormation's answers (PUT) and says 200, as
    S3's pre-signed ResponseURL does; served until the script ends."""
    class Answer(http.server.BaseHTTPRequestHandler):
        def do_PUT(self):
            self.rfile.read(int(self.headers.get("content-length", 0)))
            self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/cloudformation-answer"


def main():
    arm64 = "--no-arm64" not in sys.argv
    bench = "--no-bench" not in sys.argv
    rss = "--no-rss" not in sys.argv
    plain = "--secrets-in-env" in sys.argv
    baseline = option("--baseline")
    baseline = pathlib.Path(baseline).resolve() if baseline else None
    rounds = int(option("--rounds", "5"))
    certs = {}
    if "--one-cert-bundle" in sys.argv:
        bundle = next((f for f in ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt")
                       if os.path.exists(f)), None)
        if bundle is None:
            raise SystemExit("no CA bundle file found for --one-cert-bundle")
        certs = {"SSL_CERT_FILE": bundle, "SSL_CERT_DIR": "/nonexistent"}
    # Every function the template deploys (its `Binary:` lines); each needs a run below.
    secrets = secrets_by_function()
    functions = list(secrets)
    subprocess.run(["cargo", "build", "--release", "--locked"] + [a for f in functions for a in ("-p", f)],
                   cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--locked", "-p", "integration-tests", "--bin", "stripe-fake"],
                   cwd=ROOT, check=True)

    moto_port = free_port()
    moto = subprocess.Popen([str(VENV / "python"), str(ROOT / "scripts" / "moto_server.py"),
                             "127.0.0.1", str(moto_port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    fake_port = free_port()
    fake = subprocess.Popen([str(TARGET / "debug" / "stripe-fake")],
                            env={**os.environ, "STRIPE_FAKE_PORT": str(fake_port),
                                 "STRIPE_FAKE_OBJECTS": str(EVENTS / "stripe")},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    aws = {"AWS_ENDPOINT_URL": f"http://127.0.0.1:{moto_port}", "AWS_REGION": "us-east-1",
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "testing",
           "AWS_SECRET_ACCESS_KEY": "testing"}
    os.environ.update(aws)
    aws = {**aws, **certs}
    try:
        wait_for_port(moto_port)
        wait_for_port(fake_port)
        # As the template's InboxTable: the key, the scheduler's index of pending jobs, the report's.
        boto3.client("dynamodb").create_table(
            TableName="measure", BillingMode="PAY_PER_REQUEST",
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"},
                                  {"AttributeName": "due_shard", "AttributeType": "S"},
                                  {"AttributeName": "due_at", "AttributeType": "N"},
                                  {"AttributeName": "report_month", "AttributeType": "S"}],
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            GlobalSecondaryIndexes=[{
                "IndexName": "due",
                "KeySchema": [{"AttributeName": "due_shard", "KeyType": "HASH"},
                              {"AttributeName": "due_at", "KeyType": "RANGE"}],
                "Projection": {"ProjectionType": "ALL"}}, {
                "IndexName": "report",
                "KeySchema": [{"AttributeName": "report_month", "KeyType": "HASH"},
                              {"AttributeName": "pk", "KeyType": "RANGE"}],
                "Projection": {"ProjectionType": "ALL"}}])
        boto3.client("sesv2").create_email_identity(EmailIdentity="shop@example.com")
        boto3.client("sesv2").create_email_identity(EmailIdentity="billing@example.com")
        manager = boto3.client("secretsmanager")
        arns = {name: manager.create_secret(Name=f"measure/{name}", SecretString=value)["ARN"]
                for name, value in SECRET_VALUES.items()}
        stripe = {"STRIPE_API_BASE": f"http://127.0.0.1:{fake_port}"}

        def http_ok(expected):
            def check(response):
                assert response["statusCode"] == expected, response
            return check

        def no_failures(response):
            assert response == {"batchItemFailures": []}, response

        def answered_success(response):
            assert response == {"status": "SUCCESS"}, response

        def swept(response):
            assert set(response) == {"fired", "already"}, response

        def one_record(response):
            assert response["records"] == 1, response

        runs = {
            "webhook": ({"TABLE_NAME": "measure",
                         "STRIPE_WEBHOOK_TOLERANCE_SECS": "3153600000"},
                        "webhook-checkout-session-expired.json", http_ok(200)),
            "create-session": ({**stripe, "TABLE_NAME": "measure",
                                "ALLOWED_PRICES": "price_1SampleTshirt",
                                "SUCCESS_URL": "https://shop.example/thanks"},
                               "create-session-request.json", http_ok(201)),
            "recovery-mailer": ({**stripe, "TABLE_NAME": "measure",
                                 "SENDER_EMAIL": "shop@example.com",
                                 "SHOP_NAME": "Measure Shop",
                                 "UNSUBSCRIBE_URL": "https://api.example/unsubscribe"},
                                "recovery-mailer-checkout-session-expired.json", no_failures),
            "setup-intent-canceller": ({**stripe, "TABLE_NAME": "measure"},
                                       "setup-intent-canceller-subscription-deleted.json",
                                       no_failures),
            "portal-link": ({**stripe, "PORTAL_RETURN_URL": "https://shop.example/account"},
                            "portal-link-payment-method-update.json", http_ok(303)),
            "unsubscribe": ({"TABLE_NAME": "measure"},
                            "unsubscribe-one-click.json", http_ok(200)),
            # Every event re-fetches the invoice, subscription and customer; the first
            # mails, the rest find the step mailed.
            "billing-recovery": ({**stripe, "TABLE_NAME": "measure",
                                  "BILLING_SENDER_EMAIL": "billing@example.com",
                                  "SHOP_NAME": "Measure Shop",
                                  "PORTAL_LINK_URL": "https://api.example/billing/portal"},
                                 "billing-recovery-invoice-payment-failed.json", no_failures),
            # A sweep each of the index holding the step the mailer's run scheduled (due a
            # day after that mail: none fires).
            "scheduler": ({"TABLE_NAME": "measure"}, "scheduler-sweep.json", swept),
            # CloudFormation's Create: a configuration made at the fake each time, the
            # answer PUT to a stand-in for S3's pre-signed URL (below).
            "portal-config": (stripe, "portal-config-create.json", answered_success),
            # SES's hard bounce through SNS: suppressed and recorded the first time, found
            # recorded after.
            "mail-events": ({"TABLE_NAME": "measure"}, "mail-events-bounce-permanent.json",
                            one_record),
        }
        answers = response_url_stand_in()

        def sample_bytes(binary, sample):
            raw = (EVENTS / sample).read_bytes()
            if binary != "portal-config":
                return raw
            event = json.loads(raw)
            event["ResponseURL"] = answers
            return json.dumps(event).encode()
        unmeasured = [f for f in functions if f not in runs]
        if unmeasured:
            raise SystemExit(f"functions without a run in {__file__}: {unmeasured}")
        api = RuntimeApi()
        rows, compared = [], []
        for binary, (env, sample, check) in runs.items():
            deployed = {**aws, **env, **secret_env(secrets[binary], None if plain else arns)}
            if baseline is not None:
                # The same secrets as the current build (from Secrets Manager), unless
                # `--baseline-plain-secrets` (the baseline predates Secrets Manager).
                before_env = (
                    {**aws, **env, **secret_env(secrets[binary], None)}
                    if "--baseline-plain-secrets" in sys.argv else deployed)
                before, after = [], []
                for _ in range(rounds):
                    before.append(init_time_ms(binary, before_env, api, baseline / binary))
                    after.append(init_time_ms(binary, deployed, api))
                b, a = statistics.median(before), statistics.median(after)
                rss_before = None
                if rss:
                    rss_before = peak_rss_mib(binary, before_env, sample_bytes(binary, sample),
                                              api, check, baseline / binary)
                compared.append((binary, b, a, rss_before))
                print(f"{binary}: init {b:.1f} -> {a:.1f} ms ({(a - b) / b * 100:+.0f} %), "
                      f"rounds before {[round(x, 1) for x in before]} "
                      f"after {[round(x, 1) for x in after]}", flush=True)
            init = init_time_ms(binary, deployed, api)
            peak = None
            if rss:
                peak = peak_rss_mib(binary, deployed, sample_bytes(binary, sample), api, check)
            rows.append((binary, init, peak))
            if compared and compared[-1][0] == binary:
                compared[-1] = (*compared[-1], peak)
            print(f"{binary}: init {init:.1f} ms, peak RSS "
                  f"{'-' if peak is None else f'{peak:.1f}'} MiB", flush=True)
    finally:
        moto.kill()
        fake.kill()

    sizes = {}
    if arm64:
        subprocess.run([str(VENV / "cargo-lambda"), "lambda", "build", "--release", "--arm64"]
                       + [a for f in functions for a in ("--bin", f)],
                       cwd=ROOT, check=True, env={**os.environ, "PATH": f"{VENV}:{os.environ['PATH']}"})
        for binary in functions:
            sizes[binary] = (TARGET / "lambda" / binary / "bootstrap").stat().st_size / 1e6

    median_us = None
    if bench:
        subprocess.run(["cargo", "bench", "-p", "stripe-recovery", "--bench", "intake", "--",
                        "verify \\+ parse"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        estimates = TARGET / "criterion" / "verify + parse envelope (3.4 KB)" / "new" / "estimates.json"
        median_us = json.loads(estimates.read_text())["median"]["point_estimate"] / 1000

    secrets_from = "plain variables" if plain else "Secrets Manager (moto)"
    roots = "one bundle file" if certs else "this machine's store"
    print(f"\nsecrets from {secrets_from}; TLS roots from {roots}")
    print(f"{'function':24} {'init ms (median of 20)':>24} {'peak RSS MiB (1,000 events)':>28} {'arm64 bootstrap MB':>20}")
    for binary, init, peak in rows:
        size = f"{sizes[binary]:.2f}" if binary in sizes else "-"
        peak = "-" if peak is None else f"{peak:.1f}"
        print(f"{binary:24} {init:24.1f} {peak:>28} {size:>20}")
    if baseline is not None:
        before_secrets = ("plain variables" if "--baseline-plain-secrets" in sys.argv
                          else "as the current build's")
        print(f"\nbefore (baseline {baseline}, secrets {before_secrets}) -> after (secrets from "
              f"Secrets Manager); init: median of {rounds} interleaved rounds' medians")
        print(f"{'function':24} {'init ms before':>15} {'after':>8} {'change':>8} "
              f"{'RSS MiB before':>15} {'after':>8} {'arm64 MB before':>16} {'after':>8}")
        for binary, b, a, rss_b, rss_a in compared:
            old = baseline / "arm64" / binary / "bootstrap"
            old = f"{old.stat().st_size / 1e6:.2f}" if old.exists() else "-"
            new = f"{sizes[binary]:.2f}" if binary in sizes else "-"
            rss_b = "-" if rss_b is None else f"{rss_b:.1f}"
            rss_a = "-" if rss_a is None else f"{rss_a:.1f}"
            print(f"{binary:24} {b:15.1f} {a:8.1f} {(a - b) / b * 100:+7.0f}% "
                  f"{rss_b:>15} {rss_a:>8} {old:>16} {new:>8}")
    if median_us is not None:
        print(f"\nverify + parse of the 3.4 KB sample: {median_us:.2f} us median")


if __name__ == "__main__":
    main()
