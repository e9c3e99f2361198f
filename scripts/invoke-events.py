#!/usr/bin/env python3
"""Runs every file in events/ through the SAM CLI's own emulator and checks the result.

Each sample goes through `sam local invoke` as a user's would: the functions `sam build`
made (.aws-sam/build), each in a container of the Lambda base image
(scripts/lambda-base-image) with the SAM CLI's runtime interface emulator, the
environment the template gives it, and its init reading `<NAME>_SECRET_ARN` from
Secrets Manager. What the stack would create is in moto instead (the table, the
secrets, the SES senders, the alert topic), named to each function with `--env-vars`;
the template's `LocalAwsEndpointUrl` and `LocalStripeApiBase` point the AWS SDK at moto
and the Stripe client at the tests' Stripe fake (tests/support/bin/stripe_fake.rs); scripts/sam_local_env.py
makes the resources and the variables, as the README's `sam local` section does.
Effects are checked in moto and at the fake. A file in events/ without an expectation
below fails the run, so every new sample gets checked.

Then `sam local start-api` serves the HTTP routes: a signed sample POSTed to /webhook
(twice, to one warm container: the second is a duplicate), the unsubscribe page and
the portal link (303 to the session created at the fake), a checkout session.

Then an init failure, as a user meets one: the webhook with its template's values
unresolved (`sam local` gives a `!Ref` to a resource the resource's logical id). Its
cause must be in the log, it must come at once (a configuration error stops the init
before any network call), and the response must say the init failed. The SAM CLI
itself exits 0 whatever the function did (it exits non-zero only for its own errors
and a container out of memory), so that response is what tells.

Usage (from scripts/sam-local-test, which starts moto, the fake and the engine):
  .venv/bin/python scripts/invoke-events.py
with SAM_LOCAL_AWS_ENDPOINT (moto, reachable from here and from the containers),
SAM_LOCAL_STRIPE_API (the fake's base URL, likewise), SAM_LOCAL_ARCHITECTURE
(x86_64 or arm64: what `sam build` built) and SAM_LOCAL_LOG (every line the SAM CLI
and the functions printed, for scripts/check-logs.py).
"""
import base64
import email
import email.policy
import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import boto3
from samcli.yamlhelper import yaml_parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import sam_local_env  # noqa: E402  (the stack's resources in moto, --env-vars)

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVENTS = ROOT / "events"
# `sam local` in ROOT uses the built template and reads samconfig.toml (which turns on
# the language extensions the built template still needs for its Fn::ForEach loops).
BUILT_TEMPLATE = ROOT / ".aws-sam" / "build" / "template.yaml"
SAM = ROOT / ".venv" / "bin" / "sam"

AWS_ENDPOINT = os.environ["SAM_LOCAL_AWS_ENDPOINT"]
STRIPE_API = os.environ["SAM_LOCAL_STRIPE_API"]
ARCHITECTURE = os.environ["SAM_LOCAL_ARCHITECTURE"]
LOG = open(os.environ["SAM_LOCAL_LOG"], "a", encoding="utf-8")

# sam local invoke starts a container per invoke: the SAM CLI's start, the container's
# and the function's cold start. Far more than that is a hang.
INVOKE_TIMEOUT = 120
# Each function's variables as the README's `sam local` section gives them; each check
# gives it a table of its own.
STACK = sam_local_env.stack_env(endpoint=AWS_ENDPOINT)


def aws(service):
    return boto3.client(service, endpoint_url=AWS_ENDPOINT)


def overrides(**extra):
    """--parameter-overrides: the build's architecture and the two local endpoints."""
    values = {"Architecture": ARCHITECTURE, "LocalAwsEndpointUrl": AWS_ENDPOINT,
              "LocalStripeApiBase": STRIPE_API, **extra}
    return " ".join(f"{name}={value}" for name, value in values.items())


def declared_variables():
    """Each function's environment variables in the built template: `--env-vars`
    overrides only these (and silently ignores any other)."""
    template = yaml_parse(BUILT_TEMPLATE.read_text())
    globals_ = template.get("Globals", {}).get("Function", {})
    common = set(globals_.get("Environment", {}).get("Variables", {}))
    return {
        name: common | set(resource["Properties"].get("Environment", {}).get("Variables", {}))
        for name, resource in template["Resources"].items()
        # (Fn::ForEach loops, still in the built template, make no function)
        if isinstance(resource, dict) and resource["Type"] == "AWS::Serverless::Function"
    }


DECLARED = declared_variables()


def log_output(title, text):
    LOG.write(f"===== {title}\n")
    for line in text.splitlines():
        # The SAM CLI prints each container's id (64 hex digits, which the log check
        # would take for a signature); ours never print one.
        if "SAM_CONTAINER_ID:" not in line:
            LOG.write(line + "\n")
    LOG.flush()


def env_vars_file(env_by_function):
    for function, variables in env_by_function.items():
        undeclared = set(variables) - DECLARED[function]
        assert not undeclared, f"{function} declares no {sorted(undeclared)}: --env-vars would ignore them"
    handle = tempfile.NamedTemporaryFile("w", suffix=".json", prefix="env-vars-", delete=False)
    with handle:
        json.dump(env_by_function, handle)
    return handle.name


def sam_invoke(function, env, event_file, parameter_overrides=None):
    """`sam local invoke`: the function's response (stdout, JSON), its log (stderr).

    Once, the emulator's container never answered and the function never started (no
    `START RequestId`, the SAM CLI's "No response from invoke container" after its 30 s):
    the container, not the function, so the invoke is made again, once, and said so.
    """
    response, log, took = sam_invoke_once(function, env, event_file, parameter_overrides)
    if response is None and "No response from invoke container" in log and "START RequestId" not in log:
        print(f"note: {function}'s container never started the function; invoking it again")
        response, log, took = sam_invoke_once(function, env, event_file, parameter_overrides)
    return response, log, took


def sam_invoke_once(function, env, event_file, parameter_overrides=None):
    env_file = env_vars_file({function: env})
    try:
        started = time.monotonic()
        out = subprocess.run(
            [str(SAM), "local", "invoke", function,
             "--event", str(event_file), "--env-vars", env_file,
             "--parameter-overrides", parameter_overrides or overrides(),
             "--skip-pull-image"],
            cwd=ROOT, capture_output=True, text=True, timeout=INVOKE_TIMEOUT,
            env={**os.environ, "SAM_CLI_TELEMETRY": "0"},
        )
        took = time.monotonic() - started
    finally:
        os.unlink(env_file)
    log_output(f"sam local invoke {function} -e {event_file.name} ({took:.1f} s, exit {out.returncode})",
               out.stderr + out.stdout)
    if out.returncode != 0:
        raise AssertionError(f"sam local invoke {function} exited {out.returncode}: {out.stderr[-2000:]}")
    # Nothing on stdout: the function gave no response (its init failed, it crashed).
    response = json.loads(out.stdout) if out.stdout.strip() else None
    return response, out.stderr, took


class Function:
    """A function as the checks use it: invoked with a sample, failing on an error
    response (a failed init, a panic, a timeout)."""

    def __init__(self, name, env):
        self.name, self.env = name, env

    def invoke(self, event_file):
        response, log, _ = sam_invoke(self.name, self.env, event_file)
        if response is None or (isinstance(response, dict) and "errorType" in response):
            raise AssertionError(f"{self.name} failed: {response}; its log ends: {log[-1500:]}")
        return response


def env(function, **overrides):
    """The function's variables (sam_local_env), some overridden."""
    return {**STACK[function], **overrides}


def create_table(name):
    return sam_local_env.create_table(name, AWS_ENDPOINT)


class StripeFake:
    """The one Stripe fake of the run (started by scripts/sam-local-test with
    STRIPE_FAKE_OBJECTS=events/stripe); each check sees the requests made since it began."""

    def __init__(self):
        self.seen = len(self._all())

    @staticmethod
    def _all():
        with urllib.request.urlopen(f"{STRIPE_API}/__fake/requests") as response:
            return json.load(response)

    def requests(self):
        return self._all()[self.seen:]


def check_webhook_sample(event_file):
    table = "sam-webhook"
    dynamodb = create_table(table)
    function = Function("WebhookFunction", env("WebhookFunction", TABLE_NAME=table))
    event = json.loads(json.loads(event_file.read_text())["body"])
    key = {"pk": {"S": f"event#{event['id']}"}}
    for duplicate in (False, True):
        response = function.invoke(event_file)
        assert response["statusCode"] == 200, response
        assert json.loads(response["body"]) == {"received": True, "duplicate": duplicate}, response
    item = dynamodb.get_item(TableName=table, Key=key)["Item"]
    assert item["type"]["S"] == event["type"], item
    expected = event["data"]["object"]
    details = expected.get("cancellation_details") or {}
    if event["type"].startswith("customer.subscription.") and isinstance(details.get("comment"), str):
        # The customer's words are not kept: their length only.
        expected = {**expected, "cancellation_details": {
            **details, "comment": None, "comment_length": len(details["comment"])}}
    assert json.loads(item["object"]["S"]) == expected, item


def create_session_env(table):
    # Shorter than Stripe's default, so the key's first use is recorded and used.
    return env("CreateSessionFunction", TABLE_NAME=table, CHECKOUT_EXPIRES_MINUTES="60")


def check_create_session_sample(event_file):
    table = "sam-create-session"
    dynamodb = create_table(table)
    fake = StripeFake()
    response = Function("CreateSessionFunction", create_session_env(table)).invoke(event_file)
    assert response["statusCode"] == 201, response
    body = json.loads(response["body"])
    assert body["id"].startswith("cs_test_") and body["url"].startswith("https://"), body
    assert response["headers"].get("access-control-allow-origin") == "https://shop.example", response
    [request] = fake.requests()
    assert (request["method"], request["path"]) == ("POST", "/v1/checkout/sessions"), request
    headers = {name: value for name, value in request["headers"]}
    assert headers["idempotency-key"] == "storefront:cart-0001-checkout", headers
    form = dict(request["form"])
    [key_item] = dynamodb.scan(TableName=table, ConsistentRead=True)["Items"]
    first_seen = int(key_item["first_seen"]["N"])
    assert form["expires_at"] == str(first_seen + 3600), (form, key_item)
    assert form["after_expiration[recovery][enabled]"] == "true", form
    assert form["consent_collection[promotions]"] == "auto", form
    assert form["line_items[0][price]"] == "price_1SampleTshirt", form


def moto_messages_to(address):
    """Raw MIME messages (SES v2 SendEmail with raw content) moto accepted for address."""
    with urllib.request.urlopen(AWS_ENDPOINT + "/moto-api/data.json") as response:
        state = json.load(response)
    return [m for m in state.get("ses", {}).get("RawMessage", [])
            if address in m.get("destinations", [])]


def decoded_parts(raw_message):
    """The text of every part of a raw MIME message, transfer encoding undone."""
    message = email.message_from_string(raw_message, policy=email.policy.default)
    return [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]


def check_mailer_sample(event_file):
    table = "sam-mailer"
    create_table(table)
    record = json.loads(event_file.read_text())["Records"][0]
    session = json.loads(record["dynamodb"]["NewImage"]["object"]["S"])
    recipient = session["customer_details"]["email"]
    before = len(moto_messages_to(recipient))
    fake = StripeFake()
    function = Function("RecoveryMailerFunction", env("RecoveryMailerFunction", TABLE_NAME=table))
    for _ in range(2):  # the second delivery is a stream retry: no second mail
        response = function.invoke(event_file)
        assert response == {"batchItemFailures": []}, response
    sent = moto_messages_to(recipient)
    assert len(sent) == before + 1, sent
    url = session["after_expiration"]["recovery"]["url"]
    parts = decoded_parts(sent[-1]["raw_data"])
    assert parts and all(url in part for part in parts), sent[-1]
    # The cart in the mail is the session's line items, read from Stripe (the fake).
    gets = [r["path"] for r in fake.requests() if r["method"] == "GET"]
    assert gets == [f"/v1/checkout/sessions/{session['id']}/line_items"], gets


def check_canceller_sample(event_file):
    table = "sam-canceller"
    dynamodb = create_table(table)
    fake = StripeFake()
    function = Function("SetupIntentCancellerFunction", env("SetupIntentCancellerFunction", TABLE_NAME=table))
    record = json.loads(event_file.read_text())["Records"][0]
    event_id = record["dynamodb"]["NewImage"]["event_id"]["S"]
    # A redelivered record is found finished in the journal and not run again.
    for _ in range(2):
        response = function.invoke(event_file)
        assert response == {"batchItemFailures": []}, response
    finished = dynamodb.get_item(
        TableName=table, Key={"pk": {"S": f"finished#setup-intent-canceller#{event_id}"}})
    assert "Item" in finished, finished
    requests = fake.requests()
    assert len(requests) == 1, requests
    for request in requests:
        assert request["path"] == "/v1/setup_intents/seti_1SamplePendingSetupIntent/cancel", request
        assert request["form"] == [["cancellation_reason", "abandoned"]], request
        headers = {name: value for name, value in request["headers"]}
        assert headers["idempotency-key"] == f"{event_id}:cancel-pending-setup-intent", headers


def check_unsubscribe_sample(event_file):
    table = "sam-unsubscribe"
    dynamodb = create_table(table)
    function = Function("UnsubscribeFunction", env("UnsubscribeFunction", TABLE_NAME=table))
    for _ in range(2):  # a second click is fine
        response = function.invoke(event_file)
        assert response["statusCode"] == 200, response
        assert response["headers"]["cache-control"] == "no-store", response
    items = dynamodb.scan(TableName=table, ConsistentRead=True)["Items"]
    assert [i["pk"]["S"].split("#")[0] for i in items] == ["suppression"], items


def check_portal_link_sample(event_file):
    fake = StripeFake()
    response = Function("PortalLinkFunction", env("PortalLinkFunction")).invoke(event_file)
    assert response["statusCode"] == 303, response
    assert response["headers"]["location"].startswith("https://"), response
    assert response["headers"]["cache-control"] == "no-store", response
    [request] = fake.requests()
    assert (request["method"], request["path"]) == ("POST", "/v1/billing_portal/sessions"), request
    form = dict(request["form"])
    assert form["flow_data[type]"] == "payment_method_update", form
    assert form["locale"] == "de", form


def check_scheduler_sample(event_file):
    """A due job fires once. The recovery mailer, mailing the sample cart's first step,
    schedules its second: 24 h after the expiry and never sooner than 24 h after that
    mail, so tomorrow, and a sweep now fires nothing. A day on (the job's time moved
    back, as the clock would move on), the sweep marks the job fired and writes its
    inbox item, which the table's stream carries to the mailer; a second sweep finds
    nothing due."""
    table = "sam-scheduler"
    dynamodb = create_table(table)
    mailer_sample = EVENTS / "recovery-mailer-checkout-session-expired.json"
    record = json.loads(mailer_sample.read_text())["Records"][0]
    session = json.loads(record["dynamodb"]["NewImage"]["object"]["S"])
    mailer = Function("RecoveryMailerFunction", env("RecoveryMailerFunction", TABLE_NAME=table))
    assert mailer.invoke(mailer_sample) == {"batchItemFailures": []}
    job_key = {"pk": {"S": f"schedule#cart#{session['id']}#2"}}

    def job():
        return dynamodb.get_item(TableName=table, Key=job_key, ConsistentRead=True)["Item"]

    pending = job()
    assert pending["state"]["S"] == "pending" and "due_shard" in pending, pending
    day = 24 * 3600
    assert int(pending["due_at"]["N"]) > time.time() + day - 600, pending
    scheduler = Function("SchedulerFunction", env("SchedulerFunction", TABLE_NAME=table))
    response = scheduler.invoke(event_file)
    assert response == {"fired": 0, "already": 0}, response
    dynamodb.update_item(TableName=table, Key=job_key, UpdateExpression="SET due_at = :due",
                         ExpressionAttributeValues={":due": {"N": str(int(time.time()) - 60)}})
    response = scheduler.invoke(event_file)
    assert response == {"fired": 1, "already": 0}, response
    fired = job()
    assert fired["state"]["S"] == "fired" and "due_shard" not in fired, fired
    event_id = f"evt_cartstep_{session['id']}_2"
    item = dynamodb.get_item(TableName=table, Key={"pk": {"S": f"event#{event_id}"}},
                             ConsistentRead=True)["Item"]
    assert item["type"]["S"] == "stripe_recovery.cart_step_due", item
    due = json.loads(item["object"]["S"])
    assert due["step"] == 2 and due["session"]["id"] == session["id"], due
    response = scheduler.invoke(event_file)
    assert response == {"fired": 0, "already": 0}, response


# What each billing sample does: the mail kind it sends (its subject's first words in
# English), or for the payment the dunning record's outcome.
BILLING_SAMPLES = {
    "billing-recovery-invoice-payment-failed.json": ("mail", "Your payment of $42.00 failed"),
    "billing-recovery-invoice-upcoming.json": ("mail", "Your card ending in 4242"),
    "billing-recovery-trial-will-end.json": ("mail", "Your trial ends on"),
    "billing-recovery-invoice-paid.json": ("outcome", "paid_unmailed"),
    "billing-recovery-setup-intent-setup-failed.json":
        ("mail", "Your card for your Sample Shop subscription couldn't be saved"),
}
BILLING_SENDER = sam_local_env.BILLING_SENDER


def check_billing_sample(event_file):
    """Billing recovery re-fetches what the sample names from the fake (which answers with
    events/stripe/), mails once from the billing sender, and records it."""
    table = "sam-billing-" + event_file.stem
    dynamodb = create_table(table)
    fake = StripeFake()
    recipient = "jenny.rosen@example.com"
    before = len(moto_messages_to(recipient))
    function = Function("BillingRecoveryFunction", env("BillingRecoveryFunction", TABLE_NAME=table))
    effect, expected = BILLING_SAMPLES[event_file.name]
    for _ in range(2):  # the second delivery is a stream retry: nothing twice
        response = function.invoke(event_file)
        assert response == {"batchItemFailures": []}, response
    sent = moto_messages_to(recipient)[before:]
    items = dynamodb.scan(TableName=table, ConsistentRead=True)["Items"]
    [item] = [i for i in items if i["pk"]["S"].startswith("dunning#")]
    if effect == "mail":
        assert len(sent) == 1, sent
        message = email.message_from_string(sent[0]["raw_data"], policy=email.policy.default)
        assert message["Subject"].startswith(expected), message["Subject"]
        assert BILLING_SENDER in message["From"], message["From"]
        assert len(item["steps"]["M"]) == 1, item
        requests = fake.requests()
        assert any(r["method"] == "GET" for r in requests), "no re-fetch"
        assert all(not r["form"] for r in requests), "reads only"
    else:
        assert not sent, sent
        assert item["outcome"]["S"] == expected, item


# Per sample: the event the metric names, its flow and kind, and whether the address is
# marked as bouncing for good (a complaint suppresses promotional mail only).
MAIL_EVENT_SAMPLES = {
    "mail-events-bounce-permanent.json": ("hard_bounce", "cart", "recovery", True),
    "mail-events-complaint.json": ("complaint", "billing", "payment_failed", False),
}


def check_mail_events_sample(event_file):
    """SES's event, as its configuration set publishes it through SNS: the recipient
    suppressed (and, for a hard bounce, marked), the event recorded and counted (its EMF
    metric in the log) once, though SNS delivers it twice."""
    event, flow, kind, hard_bounced = MAIL_EVENT_SAMPLES[event_file.name]
    table = "sam-mail-events-" + event_file.stem
    dynamodb = create_table(table)
    env_vars = env("MailEventsFunction", TABLE_NAME=table)
    expected = [
        {"records": 1, "suppressed": 1, "recorded": 1, "repeated": 0},
        {"records": 1, "suppressed": 1, "recorded": 0, "repeated": 1},
    ]
    for delivery, want in enumerate(expected):
        response, log, _ = sam_invoke("MailEventsFunction", env_vars, event_file)
        assert response == want, f"delivery {delivery + 1}: {response}; log: {log[-1500:]}"
        metric_lines = [line for line in log.splitlines() if '"MailEvent"' in line]
        if delivery == 0:
            [line] = metric_lines
            emf = json.loads(line[line.index("{"):])
            assert (emf["Flow"], emf["Kind"], emf["Event"], emf["MailEvent"]) == (
                flow, kind, event, 1), emf
        else:
            assert not metric_lines, "a redelivery counted again"
    items = dynamodb.scan(TableName=table, ConsistentRead=True)["Items"]
    kinds = sorted(i["pk"]["S"].split("#")[0] for i in items)
    assert kinds == ["mailevent", "suppression"], items
    [suppression] = [i for i in items if i["pk"]["S"].startswith("suppression#")]
    assert suppression.get("hard_bounced") == ({"BOOL": True} if hard_bounced else None), suppression
    assert suppression["suppressed_by"] == {"S": event}, suppression


def check_portal_config_sample(event_file):
    """CloudFormation's Create as `sam deploy` sends it: one configuration made at the
    fake, and the answer PUT to the ResponseURL, which is what CloudFormation gives: an S3
    URL (moto's, which the containers may reach)."""
    s3 = aws("s3")
    bucket = "cloudformation-answers"
    try:
        s3.create_bucket(Bucket=bucket)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
    event = json.loads(event_file.read_text())
    event["ResponseURL"] = f"{AWS_ENDPOINT}/{bucket}/{event['RequestId']}"
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(event, handle)
    fake = StripeFake()
    try:
        function = Function("PortalConfigFunction", env("PortalConfigFunction"))
        response = function.invoke(pathlib.Path(handle.name))
    finally:
        os.unlink(handle.name)
    assert response == {"status": "SUCCESS"}, response
    answer = json.loads(s3.get_object(Bucket=bucket, Key=event["RequestId"])["Body"].read())
    assert answer["Status"] == "SUCCESS", answer
    assert answer["PhysicalResourceId"].startswith("bpc_"), answer
    assert answer["Data"] == {"ConfigurationId": answer["PhysicalResourceId"]}, answer
    assert answer["RequestId"] == event["RequestId"], answer
    creates = [r for r in fake.requests()
               if r["method"] == "POST" and r["path"] == "/v1/billing_portal/configurations"]
    assert len(creates) == 1, fake.requests()


EXPECTATIONS = {
    **{name: check_billing_sample for name in BILLING_SAMPLES},
    "webhook-invoice-payment-failed.json": check_webhook_sample,
    "webhook-invoice-payment-action-required.json": check_webhook_sample,
    "webhook-invoice-paid.json": check_webhook_sample,
    "webhook-invoice-upcoming.json": check_webhook_sample,
    "webhook-customer-subscription-trial-will-end.json": check_webhook_sample,
    "portal-link-payment-method-update.json": check_portal_link_sample,
    "unsubscribe-one-click.json": check_unsubscribe_sample,
    "webhook-checkout-session-completed.json": check_webhook_sample,
    "webhook-customer-subscription-deleted.json": check_webhook_sample,
    "setup-intent-canceller-subscription-deleted.json": check_canceller_sample,
    "recovery-mailer-checkout-session-expired.json": check_mailer_sample,
    "create-session-request.json": check_create_session_sample,
    "scheduler-sweep.json": check_scheduler_sample,
    "webhook-checkout-session-expired.json": check_webhook_sample,
    "webhook-customer-subscription-updated.json": check_webhook_sample,
    "webhook-setup-intent-setup-failed.json": check_webhook_sample,
    "webhook-invoice-overdue.json": check_webhook_sample,
    "portal-config-create.json": check_portal_config_sample,
    "mail-events-bounce-permanent.json": check_mail_events_sample,
    "mail-events-complaint.json": check_mail_events_sample,
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http(method, url, body=None, headers=None):
    """(status, headers, body) of one request, redirects not followed."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=INVOKE_TIMEOUT) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def sample_request(name):
    """The method, path with query, headers and body of an HTTP API sample."""
    event = json.loads((EVENTS / name).read_text())
    body = event.get("body") or ""
    body = base64.b64decode(body) if event.get("isBase64Encoded") else body.encode()
    query = event.get("rawQueryString")
    path = event["rawPath"] + (f"?{query}" if query else "")
    headers = {k: v for k, v in event["headers"].items() if k not in ("host", "content-length")}
    return event["requestContext"]["http"]["method"], path, headers, body


def check_start_api():
    """The HTTP routes behind `sam local start-api` (API Gateway's HTTP API emulated),
    each function in one warm container."""
    table = "sam-start-api"
    dynamodb = create_table(table)
    env_file = env_vars_file({
        "WebhookFunction": env("WebhookFunction", TABLE_NAME=table),
        "UnsubscribeFunction": env("UnsubscribeFunction", TABLE_NAME=table),
        "PortalLinkFunction": env("PortalLinkFunction"),
        "CreateSessionFunction": create_session_env(table),
    })
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    output = tempfile.TemporaryFile("w+", encoding="utf-8")
    api = subprocess.Popen(
        [str(SAM), "local", "start-api", "--host", "127.0.0.1",
         "--port", str(port), "--env-vars", env_file, "--parameter-overrides", overrides(),
         "--skip-pull-image", "--warm-containers", "LAZY"],
        cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "SAM_CLI_TELEMETRY": "0"},
    )
    try:
        deadline = time.monotonic() + INVOKE_TIMEOUT
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if api.poll() is not None or time.monotonic() > deadline:
                    output.seek(0)
                    raise AssertionError(f"sam local start-api did not start: {output.read()[-2000:]}")
                time.sleep(0.2)
        # The webhook: a signed sample, recorded once; the second delivery reaches the
        # same warm container and is a duplicate.
        method, path, headers, body = sample_request("webhook-invoice-payment-failed.json")
        event = json.loads(body)
        for duplicate in (False, True):
            status, _, answer = http(method, base + path, body, headers)
            assert status == 200, (status, answer)
            assert json.loads(answer) == {"received": True, "duplicate": duplicate}, answer
        item = dynamodb.get_item(TableName=table, Key={"pk": {"S": f"event#{event['id']}"}})["Item"]
        assert item["type"]["S"] == "invoice.payment_failed", item
        # A bad signature: 400, nothing recorded.
        status, _, _ = http(method, base + path, body, {**headers, "stripe-signature": "t=1,v1=00"})
        assert status == 400, status
        # The unsubscribe link a mail carries: a GET asks (a page whose form POSTs back),
        # and suppresses nothing.
        _, path, _, _ = sample_request("unsubscribe-one-click.json")
        status, answer_headers, page = http("GET", base + path, headers={"accept-language": "en"})
        assert status == 200, (status, page)
        assert answer_headers["content-type"].startswith("text/html"), answer_headers
        assert b'method="post"' in page.lower(), page
        suppressions = [i for i in dynamodb.scan(TableName=table, ConsistentRead=True)["Items"]
                        if i["pk"]["S"].startswith("suppression#")]
        assert not suppressions, suppressions
        # The portal link: a portal session created at the click, and a 303 to it.
        fake = StripeFake()
        method, path, headers, _ = sample_request("portal-link-payment-method-update.json")
        status, answer_headers, _ = http(method, base + path, headers=headers)
        assert status == 303, status
        assert answer_headers["location"].startswith("https://"), answer_headers
        assert [r["path"] for r in fake.requests()] == ["/v1/billing_portal/sessions"], fake.requests()
        # The storefront's checkout session.
        method, path, headers, body = sample_request("create-session-request.json")
        status, _, answer = http(method, base + path, body, {**headers, "idempotency-key": "start-api-1"})
        assert status == 201, (status, answer)
        assert json.loads(answer)["id"].startswith("cs_test_"), answer
    finally:
        api.send_signal(signal.SIGINT)  # as Ctrl+C: the SAM CLI removes its warm containers
        try:
            api.wait(timeout=60)
        except subprocess.TimeoutExpired:
            api.kill()
            api.wait()
        output.seek(0)
        log_output("sam local start-api", output.read())
        os.unlink(env_file)


def check_init_failure():
    """The webhook as `sam local invoke` runs it when nothing points it at moto: the
    template's values as sam local resolves them (a secret's ARN is the secret's
    logical id). The init must stop at once, with its cause in the log."""
    cause = "STRIPE_WEBHOOK_SECRETS_SECRET_ARN is not a Secrets Manager secret ARN"
    # The function logs the cause before it reports the failure, but the SAM CLI may
    # answer and remove the container before it has copied the container's last lines
    # (seen once, on a machine busy with other work): a second invoke, then no more.
    for attempt in range(2):
        response, log, took = sam_invoke(
            "WebhookFunction", {}, EVENTS / "webhook-checkout-session-expired.json",
            parameter_overrides=f"Architecture={ARCHITECTURE}")
        if cause in log:
            break
        print(f"     init failure: the SAM CLI's log of invoke {attempt + 1} lacks the cause",
              flush=True)
    assert cause in log, log[-2000:]
    # The function reports it to the Runtime API (/runtime/init/error): the response
    # the SAM CLI prints (on stdout, exit 0) names the cause too.
    assert isinstance(response, dict), (response, log[-2000:])
    assert response.get("errorType") == "Runtime.ConfigurationError", response
    assert cause in response.get("errorMessage", ""), response
    # Well within the 10 s timeout: no network call before the configuration is checked.
    assert took < 30, took
    return response


def main():
    files = sorted(EVENTS.glob("*.json"))
    unchecked = [f.name for f in files if f.name not in EXPECTATIONS]
    if unchecked:
        raise SystemExit(f"events without an expectation in {__file__}: {unchecked}")
    passed = failed = 0

    def run(name, check):
        nonlocal passed, failed
        started = time.monotonic()
        try:
            check()
            print(f"ok   {name} ({time.monotonic() - started:.1f} s)", flush=True)
            passed += 1
        except Exception as err:  # report every check, then fail
            print(f"FAIL {name}: {err}", flush=True)
            failed += 1

    started = time.monotonic()
    for event_file in files:
        run(f"sam local invoke -e {event_file.name}", lambda: EXPECTATIONS[event_file.name](event_file))
    invoked = time.monotonic() - started
    started = time.monotonic()
    run("sam local start-api: /webhook, /unsubscribe, /billing/portal, /checkout/sessions", check_start_api)
    served = time.monotonic() - started
    run("sam local invoke, init failure: its cause, at once", check_init_failure)
    print(f"sam local: {passed} passed, {failed} failed; every sample invoked in {invoked:.0f} s, "
          f"start-api checks in {served:.0f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
