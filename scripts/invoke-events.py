#!/usr/bin/env python3
"""Runs every file in events/ through a real Lambda runtime emulator and checks the result.

`cargo lambda watch --only-lambda-apis` serves the Lambda Runtime API; each function's
debug binary is started against it exactly as Lambda starts `bootstrap`, and
`cargo lambda invoke` delivers the sample event. Effects are checked in moto (the test
command exports AWS_ENDPOINT_URL and fake credentials). As on AWS, each function gets
its secrets as `<NAME>_SECRET_ARN`, naming a secret in moto's Secrets Manager that it
reads at init. A file in events/ without an expectation below fails the run, so every
new sample gets checked.

Usage (from scripts/test): .venv/bin/python scripts/invoke-events.py
"""
import email
import email.policy
import json
import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request

import boto3

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVENTS = ROOT / "events"
BIN = ROOT / os.environ.get("CARGO_TARGET_DIR", "target") / "debug"
CARGO_LAMBDA = ROOT / ".venv" / "bin" / "cargo-lambda"

SAMPLE_SECRET = "whsec_test_sample_events_only"
# The samples are signed at a fixed time; this tolerance reaches back to it.
SAMPLE_TOLERANCE = "999999999"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def secret_arn(name, value):
    """A secret in moto holding `value` (made once per run), as the template's are."""
    manager = boto3.client("secretsmanager")
    try:
        return manager.describe_secret(SecretId=f"emulator/{name}")["ARN"]
    except manager.exceptions.ResourceNotFoundException:
        return manager.create_secret(Name=f"emulator/{name}", SecretString=value)["ARN"]


def create_table(name):
    dynamodb = boto3.client("dynamodb")
    # Created once, whatever else moto holds (list_tables stops at 100 names, and the
    # integration tests leave more than that).
    try:
        dynamodb.create_table(
            TableName=name,
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            BillingMode="PAY_PER_REQUEST",
            StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"},
        )
    except dynamodb.exceptions.ResourceInUseException:
        pass
    return dynamodb


class Emulator:
    def __init__(self):
        self.port = free_port()
        self.log = open(os.path.join(os.environ.get("TMPDIR", "/tmp"), "cargo-lambda-watch.log"), "w")
        self.proc = subprocess.Popen(
            [str(CARGO_LAMBDA), "lambda", "watch", "--only-lambda-apis", "--ignore-changes",
             "--invoke-address", "127.0.0.1", "--invoke-port", str(self.port)],
            cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("cargo lambda watch did not start; see cargo-lambda-watch.log")

    def run_function(self, binary, env):
        """Starts a function binary against the emulator's Runtime API."""
        full_env = dict(os.environ)
        full_env.update(env)
        full_env.update({
            "AWS_LAMBDA_RUNTIME_API": f"http://127.0.0.1:{self.port}/.rt",
            "AWS_LAMBDA_FUNCTION_NAME": "_",
            "AWS_LAMBDA_FUNCTION_VERSION": "1",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
        })
        return subprocess.Popen([str(BIN / binary)], env=full_env,
                                stdout=self.log, stderr=subprocess.STDOUT)

    def invoke(self, event_file):
        out = subprocess.run(
            [str(CARGO_LAMBDA), "lambda", "invoke", "_", "--invoke-address", "127.0.0.1",
             "--invoke-port", str(self.port), "--data-file", str(event_file),
             "--output-format", "json"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )
        if out.returncode != 0:
            raise AssertionError(f"invoke {event_file.name} failed: {out.stderr}")
        return json.loads(out.stdout)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def check_webhook_sample(emulator, event_file):
    table = "emulator-webhook"
    dynamodb = create_table(table)
    function = emulator.run_function("webhook", {
        "TABLE_NAME": table,
        "STRIPE_WEBHOOK_SECRETS_SECRET_ARN": secret_arn("STRIPE_WEBHOOK_SECRETS", SAMPLE_SECRET),
        "STRIPE_WEBHOOK_TOLERANCE_SECS": SAMPLE_TOLERANCE,
    })
    try:
        for duplicate in (False, True):
            response = emulator.invoke(event_file)
            assert response["statusCode"] == 200, response
            assert json.loads(response["body"]) == {"received": True, "duplicate": duplicate}, response
        event = json.loads(json.loads(event_file.read_text())["body"])
        item = dynamodb.get_item(TableName=table, Key={"pk": {"S": f"event#{event['id']}"}})["Item"]
        assert item["type"]["S"] == event["type"], item
        assert json.loads(item["object"]["S"]) == event["data"]["object"]
    finally:
        function.terminate()
        function.wait(timeout=10)


class StripeFake:
    """The tests' Stripe fake (tests/support/stripe_fake.rs) as a process; with `objects`,
    a folder of JSON objects its GETs answer with."""

    SECRET_KEY = "sk_test_fake_for_integration_tests"

    def __init__(self, objects=None):
        self.port = free_port()
        env = {**os.environ, "STRIPE_FAKE_PORT": str(self.port)}
        if objects:
            env["STRIPE_FAKE_OBJECTS"] = str(objects)
        self.proc = subprocess.Popen(
            [str(BIN / "stripe-fake")], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        self.base_url = self.proc.stdout.readline().strip()
        assert self.base_url.startswith("http://127.0.0.1:"), self.base_url

    def requests(self):
        with urllib.request.urlopen(f"{self.base_url}/__fake/requests") as response:
            return json.load(response)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def check_create_session_sample(emulator, event_file):
    table = "emulator-create-session"
    dynamodb = create_table(table)
    fake = StripeFake()
    function = emulator.run_function("create-session", {
        "TABLE_NAME": table,
        # Shorter than Stripe's default, so the key's first use is recorded and used.
        "CHECKOUT_EXPIRES_MINUTES": "60",
        "STRIPE_SECRET_KEY_SECRET_ARN": secret_arn("STRIPE_SECRET_KEY", StripeFake.SECRET_KEY),
        "STRIPE_API_BASE": fake.base_url,
        "ALLOWED_PRICES": "price_1SampleTshirt",
        "SUCCESS_URL": "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}",
        "ALLOWED_ORIGINS": "https://shop.example",
    })
    try:
        response = emulator.invoke(event_file)
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
    finally:
        function.terminate()
        function.wait(timeout=10)
        fake.stop()


def moto_messages_to(address):
    """Raw MIME messages (SES v2 SendEmail with raw content) moto accepted for address."""
    url = os.environ["AWS_ENDPOINT_URL"] + "/moto-api/data.json"
    with urllib.request.urlopen(url) as response:
        state = json.load(response)
    return [m for m in state.get("ses", {}).get("RawMessage", [])
            if address in m.get("destinations", [])]


def decoded_parts(raw_message):
    """The text of every part of a raw MIME message, transfer encoding undone."""
    message = email.message_from_string(raw_message, policy=email.policy.default)
    return [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]


def check_mailer_sample(emulator, event_file):
    table = "emulator-mailer"
    create_table(table)
    sender = "shop@example.com"
    boto3.client("sesv2").create_email_identity(EmailIdentity=sender)
    record = json.loads(event_file.read_text())["Records"][0]
    session = json.loads(record["dynamodb"]["NewImage"]["object"]["S"])
    recipient = session["customer_details"]["email"]
    before = len(moto_messages_to(recipient))
    function = emulator.run_function("recovery-mailer", {
        "TABLE_NAME": table,
        "SENDER_EMAIL": sender,
        "SHOP_NAME": "Sample Shop",
        **MAILER_LINK_SECRETS,
    })
    try:
        for _ in range(2):  # the second delivery is a stream retry: no second mail
            response = emulator.invoke(event_file)
            assert response == {"batchItemFailures": []}, response
        sent = moto_messages_to(recipient)
        assert len(sent) == before + 1, sent
        url = session["after_expiration"]["recovery"]["url"]
        parts = decoded_parts(sent[-1]["raw_data"])
        assert parts and all(url in part for part in parts), sent[-1]
    finally:
        function.terminate()
        function.wait(timeout=10)


def check_canceller_sample(emulator, event_file):
    table = "emulator-canceller"
    dynamodb = create_table(table)
    fake = StripeFake()
    function = emulator.run_function("setup-intent-canceller", {
        "TABLE_NAME": table,
        "STRIPE_SECRET_KEY_SECRET_ARN": secret_arn("STRIPE_SECRET_KEY", StripeFake.SECRET_KEY),
        "STRIPE_API_BASE": fake.base_url,
    })
    record = json.loads(event_file.read_text())["Records"][0]
    event_id = record["dynamodb"]["NewImage"]["event_id"]["S"]
    try:
        # A redelivered record is found finished in the journal and not run again.
        for _ in range(2):
            response = emulator.invoke(event_file)
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
    finally:
        function.terminate()
        function.wait(timeout=10)
        fake.stop()


# The local runner's defaults (local/src/lib.rs), which the samples were made with.
MAILER_LINK_SECRETS = {
    "UNSUBSCRIBE_URL": "https://abcdef1234.execute-api.us-east-1.amazonaws.com/unsubscribe",
    "UNSUBSCRIBE_LINK_SECRET": "local_unsubscribe_link_secret_not_for_production",
    "RECIPIENT_KEY_PEPPER": "local_recipient_key_pepper_not_for_production",
}


def check_unsubscribe_sample(emulator, event_file):
    table = "emulator-unsubscribe"
    dynamodb = create_table(table)
    function = emulator.run_function("unsubscribe", {
        "TABLE_NAME": table,
        "UNSUBSCRIBE_LINK_SECRET_SECRET_ARN": secret_arn(
            "UNSUBSCRIBE_LINK_SECRET", MAILER_LINK_SECRETS["UNSUBSCRIBE_LINK_SECRET"]),
    })
    try:
        for _ in range(2):  # a second click is fine
            response = emulator.invoke(event_file)
            assert response["statusCode"] == 200, response
            assert response["headers"]["cache-control"] == "no-store", response
        items = dynamodb.scan(TableName=table, ConsistentRead=True)["Items"]
        assert [i["pk"]["S"].split("#")[0] for i in items] == ["suppression"], items
    finally:
        function.terminate()
        function.wait(timeout=10)


def check_portal_link_sample(emulator, event_file):
    fake = StripeFake()
    function = emulator.run_function("portal-link", {
        "PORTAL_LINK_SECRET_SECRET_ARN": secret_arn(
            "PORTAL_LINK_SECRET", "local_portal_link_secret_not_for_production"),
        "PORTAL_RETURN_URL": "https://shop.example/account",
        "STRIPE_SECRET_KEY_SECRET_ARN": secret_arn("STRIPE_SECRET_KEY", StripeFake.SECRET_KEY),
        "STRIPE_API_BASE": fake.base_url,
    })
    try:
        response = emulator.invoke(event_file)
        assert response["statusCode"] == 303, response
        assert response["headers"]["location"].startswith("https://"), response
        assert response["headers"]["cache-control"] == "no-store", response
        [request] = fake.requests()
        assert (request["method"], request["path"]) == ("POST", "/v1/billing_portal/sessions"), request
        form = dict(request["form"])
        assert form["flow_data[type]"] == "payment_method_update", form
        assert form["locale"] == "de", form
    finally:
        function.terminate()
        function.wait(timeout=10)
        fake.stop()


# What each billing sample does: the mail kind it sends (its subject's first words in
# English), or for the payment the dunning record's outcome.
BILLING_SAMPLES = {
    "billing-recovery-invoice-payment-failed.json": ("mail", "Your payment of $42.00 failed"),
    "billing-recovery-invoice-upcoming.json": ("mail", "Your card ending in 4242"),
    "billing-recovery-trial-will-end.json": ("mail", "Your trial ends on"),
    "billing-recovery-invoice-paid.json": ("outcome", "paid_unmailed"),
}
BILLING_SENDER = "billing@example.com"


def check_billing_sample(emulator, event_file):
    """Billing recovery re-fetches what the sample names from the fake (which answers with
    events/stripe/), mails once from the billing sender, and records it."""
    table = "emulator-billing-" + event_file.stem
    dynamodb = create_table(table)
    boto3.client("sesv2").create_email_identity(EmailIdentity=BILLING_SENDER)
    fake = StripeFake(objects=EVENTS / "stripe")
    recipient = "jenny.rosen@example.com"
    before = len(moto_messages_to(recipient))
    function = emulator.run_function("billing-recovery", {
        "TABLE_NAME": table,
        "BILLING_SENDER_EMAIL": f"Shop Billing <{BILLING_SENDER}>",
        "SHOP_NAME": "Sample Shop",
        "PORTAL_LINK_URL": "https://abcdef1234.execute-api.us-east-1.amazonaws.com/billing/portal",
        "PORTAL_LINK_SECRET_SECRET_ARN": secret_arn(
            "PORTAL_LINK_SECRET", "local_portal_link_secret_not_for_production"),
        "STRIPE_SECRET_KEY_SECRET_ARN": secret_arn("STRIPE_SECRET_KEY", StripeFake.SECRET_KEY),
        "STRIPE_API_BASE": fake.base_url,
    })
    effect, expected = BILLING_SAMPLES[event_file.name]
    try:
        for _ in range(2):  # the second delivery is a stream retry: nothing twice
            response = emulator.invoke(event_file)
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
            gets = [r["path"] for r in fake.requests() if r["method"] == "GET"]
            assert gets, "no re-fetch"
            assert all(not r["form"] for r in fake.requests()), "reads only"
        else:
            assert not sent, sent
            assert item["outcome"]["S"] == expected, item
    finally:
        function.terminate()
        function.wait(timeout=10)
        fake.stop()


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
    "webhook-checkout-session-expired.json": check_webhook_sample,
}


def main():
    files = sorted(EVENTS.glob("*.json"))
    unchecked = [f.name for f in files if f.name not in EXPECTATIONS]
    if unchecked:
        raise SystemExit(f"events without an expectation in {__file__}: {unchecked}")
    emulator = Emulator()
    passed = failed = 0
    try:
        for event_file in files:
            try:
                EXPECTATIONS[event_file.name](emulator, event_file)
                print(f"ok   {event_file.name}")
                passed += 1
            except Exception as err:  # report every sample, then fail
                print(f"FAIL {event_file.name}: {err}")
                failed += 1
    finally:
        emulator.stop()
    print(f"events: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
