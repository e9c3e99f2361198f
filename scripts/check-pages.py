#!/usr/bin/env python3
"""Opens every page a person can land on from a mail in a real browser.

Starts the local runner (target/debug/recovery-local) on a free loopback port, opens the
portal-link and unsubscribe pages (valid, tampered and expired links; the portal's dry
run; and, from a second runner whose Stripe does not answer, the portal's "try again"
page) in headless Chromium (Debian's `chromium`) at a phone's width, checks that the
rendered DOM says what it should, in the right language, with no script, and saves a
screenshot of each. The unsubscribe page that asks is then driven as a person would:
Chromium, steered over its DevTools pipe (the page itself runs no script), presses the
button, and the page it lands on must say the recipient is unsubscribed; the runner's
store must hold the suppression only after that press, never after a GET or HEAD.
HEAD and prefetch requests on a portal link must not reach the portal.

The SetupIntent confirmation page (`/billing/setup`) runs Stripe.js: a third runner
reads the SetupIntent from the Stripe fake (tests/support/bin/stripe_fake.rs, which
validates every request against Stripe's spec) and Chromium resolves js.stripe.com to
a local HTTPS stand-in (a certificate made here, accepted by this browser only) whose
`Stripe(…).confirmCardSetup(secret)` records the secret it is given. The page must
carry the Content-Security-Policy that allows Stripe.js alone, and its button must
call confirmCardSetup with the secret the runner read at the click, then say the card
is confirmed; a stand-in that declines must leave the page saying it failed.

The recovery report's page (`recovery-local report --html`, over a file store written
here with a held-out group, a hostile decline code and SES's bounces and complaints) is
opened at a phone's width (390x844) and a desktop's (1280x900): its headings and
numbers (the deliverability rates too), every chart an image with its numbers in its
label, no script, the decline code shown as text, and no horizontal scrolling of the
page; its `--format json` and `--format csv` must agree
(read back with Python's own csv module). Screenshots: report-phone.png and
report-desktop.png, the whole page.

Usage: check-pages.py OUT_DIR   (scripts/test passes its log folder; screenshots land
in OUT_DIR/pages/*.png and are listed in the output)
"""
import base64
import hashlib
import hmac
import json
import os
import pathlib
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
LOCAL = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "debug" / "recovery-local"
# The local runner's defaults (local/src/lib.rs).
PORTAL_SECRET = "local_portal_link_secret_not_for_production"
UNSUBSCRIBE_SECRET = "local_unsubscribe_link_secret_not_for_production"
PEPPER = "local_recipient_key_pepper_not_for_production"
PHONE = "390,844"
SETUP_SECRET = "local_setup_link_secret_not_for_production"
FAKE_KEY = "sk_test_fake_for_integration_tests"
CUSTOMER = "cus_QXg1o8vcGmoR32"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(claims: dict, secret: str) -> str:
    """The README's format: base64url(JSON) "." base64url(HMAC-SHA256(payload))."""
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return payload + "." + b64url(hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium not found: scripts/test installs Debian's package")


def browse(browser: str, url: str, png: pathlib.Path) -> str:
    """The DOM Chromium rendered for `url`; a screenshot of it in `png`."""
    common = [browser, "--headless=new", "--no-sandbox", "--disable-gpu",
              "--disable-dev-shm-usage", "--hide-scrollbars", f"--window-size={PHONE}"]
    subprocess.run(common + [f"--screenshot={png}", url], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
    if not png.exists() or png.stat().st_size < 1000:
        raise AssertionError(f"no screenshot of {url}")
    dom = subprocess.run(common + ["--dump-dom", url], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    return dom


class Devtools:
    """Headless Chromium steered over `--remote-debugging-pipe` (commands on fd 3, answers
    and events on fd 4, JSON messages ending in NUL): clicks as a person does, so the
    page needs no script, and Python needs no WebSocket library."""

    def __init__(self, browser: str, extra_flags=()):
        commands, self.commands = os.pipe()
        self.answers, answers = os.pipe()
        flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", f"--window-size={PHONE}", "--remote-debugging-pipe",
                 *extra_flags]
        # The shell puts the two pipe ends where Chromium expects them, fds 3 and 4.
        self.process = subprocess.Popen(
            ["sh", "-c", f'exec "$0" "$@" 3<&{commands} 4>&{answers}', browser, *flags],
            pass_fds=(commands, answers), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands)
        os.close(answers)
        self.buffer = b""
        self.events = []
        self.last_id = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        width, height = (int(n) for n in PHONE.split(","))
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=True)
        self.call("Page.enable")

    def close(self):
        self.process.kill()
        self.process.wait(timeout=10)
        os.close(self.commands)
        os.close(self.answers)

    def _message(self, deadline: float) -> dict:
        while b"\0" not in self.buffer:
            ready, _, _ = select.select([self.answers], [], [], max(0, deadline - time.time()))
            if not ready:
                raise AssertionError("Chromium did not answer in time")
            chunk = os.read(self.answers, 1 << 16)
            if not chunk:
                raise AssertionError("Chromium closed its DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, **params) -> dict:
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params}
        if hasattr(self, "session"):
            message["sessionId"] = self.session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        deadline = time.time() + 60
        while True:
            answer = self._message(deadline)
            if answer.get("id") == self.last_id:
                if "error" in answer:
                    raise AssertionError(f"{method}: {answer['error']}")
                return answer["result"]
            self.events.append(answer)

    def wait_for(self, event: str):
        deadline = time.time() + 60
        while True:
            for i, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: i + 1]
                    return message
            self.events.append(self._message(deadline))

    def dom(self) -> str:
        root = self.call("DOM.getDocument")["root"]["nodeId"]
        return self.call("DOM.getOuterHTML", nodeId=root)["outerHTML"]

    def open(self, url: str) -> str:
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        return self.dom()

    def press(self, selector: str) -> str:
        """A mouse click in the middle of `selector`'s box; the DOM of the page it leads to."""
        root = self.call("DOM.getDocument")["root"]["nodeId"]
        node = self.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        if not node:
            raise AssertionError(f"no {selector} on the page")
        quad = self.call("DOM.getBoxModel", nodeId=node)["model"]["content"]
        x, y = sum(quad[0::2]) / 4, sum(quad[1::2]) / 4
        self.events.clear()
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)
        self.wait_for("Page.loadEventFired")
        return self.dom()

    def click(self, selector: str):
        """A mouse click in the middle of `selector`'s box, staying on the page."""
        root = self.call("DOM.getDocument")["root"]["nodeId"]
        node = self.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        if not node:
            raise AssertionError(f"no {selector} on the page")
        quad = self.call("DOM.getBoxModel", nodeId=node)["model"]["content"]
        x, y = sum(quad[0::2]) / 4, sum(quad[1::2]) / 4
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def value(self, expression: str):
        """What `expression` evaluates to in the page."""
        return self.call("Runtime.evaluate", expression=expression,
                         returnByValue=True)["result"].get("value")

    def until(self, expression: str, what: str):
        """Waits (at most 30 s) until `expression` is true in the page."""
        deadline = time.time() + 30
        while not self.value(expression):
            if time.time() > deadline:
                raise AssertionError(f"{what}: {self.dom()[:800]}")
            time.sleep(0.05)

    def screenshot(self, png: pathlib.Path):
        png.write_bytes(base64.b64decode(self.call("Page.captureScreenshot")["data"]))


def start_runner(env, base):
    """The local runner on `base`, once it answers."""
    runner = subprocess.Popen([str(LOCAL)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
        except urllib.error.HTTPError:
            break  # 404: it is up
        except OSError:
            time.sleep(0.1)
    return runner


def answer_of(url, method="GET", headers=None):
    """Status and body of one request."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def status_of(url, method="GET", headers=None):
    return answer_of(url, method, headers)[0]


def check_unsubscribe_button(browser, url, state, recipient, out):
    """The page a click opens asks and changes nothing; its button unsubscribes."""
    suppression = pathlib.Path(state) / "table" / f"suppression%23{recipient}.json"
    assert answer_of(url, "HEAD") == (200, b""), "HEAD: 200, no body"
    devtools = Devtools(browser)
    try:
        dom = devtools.open(url)
        assert "配信を停止しますか" in dom, f"not the question: {dom[:500]}"
        assert '<form method="post"' in dom and "<script" not in dom, dom[:1000]
        devtools.screenshot(out / "unsubscribe-ask-ja.png")
        assert not suppression.exists(), "a GET or HEAD suppressed"
        dom = devtools.press("form button")
        assert "配信を停止しました" in dom, f"not unsubscribed: {dom[:500]}"
        assert 'lang="ja"' in dom, dom[:300]
        devtools.screenshot(out / "unsubscribe-done-ja.png")
        assert suppression.exists(), "the button did not suppress"
    finally:
        devtools.close()


def check_portal_link_is_not_opened_ahead(link):
    """HEAD and a browser's prefetch get no portal session (here: no dry-run page)."""
    assert answer_of(link, "HEAD") == (200, b""), "HEAD: 200, no body"
    for header in ({"Sec-Purpose": "prefetch"}, {"Purpose": "prefetch"},
                   {"Sec-Purpose": "prefetch;prerender"}):
        status, body = answer_of(link, headers=header)
        assert status == 503 and b"Probelauf" not in body, f"{header}: {status}"
    assert status_of(link) == 200, "a plain GET still opens it"


# Stands in for https://js.stripe.com/v3/: `Stripe(pk)` whose confirmCardSetup records
# the secret it gets on <html data-confirmed> and answers as Stripe.js does, succeeded
# (or, at /v3/?decline, a card error).
STRIPE_JS = b"""window.Stripe = function (publishableKey) {
  document.documentElement.dataset.publishableKey = publishableKey;
  return {
    confirmCardSetup: function (clientSecret) {
      document.documentElement.dataset.confirmed = clientSecret;
      var decline = document.cookie.indexOf("decline=1") >= 0;
      return Promise.resolve(decline
        ? { error: { type: "card_error", code: "card_declined" } }
        : { setupIntent: { id: clientSecret.split("_secret_")[0], status: "succeeded" } });
    }
  };
};
"""


def stripe_js_stand_in(tmp: pathlib.Path):
    """An HTTPS server on loopback answering every GET with STRIPE_JS, under a fresh
    self-signed certificate for js.stripe.com; its port and the server."""
    import http.server
    import ssl
    import threading
    cert, key = tmp / "js.stripe.com.pem", tmp / "js.stripe.com.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=js.stripe.com", "-addext", "subjectAltName=DNS:js.stripe.com",
                    "-keyout", str(key), "-out", str(cert)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    class StripeJs(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript")
            self.send_header("Content-Length", str(len(STRIPE_JS)))
            self.end_headers()
            self.wfile.write(STRIPE_JS)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StripeJs)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1], server


def stripe_fake(objects: pathlib.Path):
    """The Stripe fake (built here if it is not), answering GETs with `objects`; its
    base URL and process."""
    target = LOCAL.parent
    subprocess.run(["cargo", "build", "--locked", "--quiet", "-p", "integration-tests",
                    "--bin", "stripe-fake"], cwd=ROOT, check=True)
    process = subprocess.Popen([str(target / "stripe-fake")], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "STRIPE_FAKE_PORT": "0",
                                    "STRIPE_FAKE_OBJECTS": str(objects)})
    url = process.stdout.readline().strip()
    assert url.startswith("http"), f"the Stripe fake printed {url!r}"
    return url, process


def check_setup_page(browser, out):
    """The confirmation page of a SetupIntent needing action, in Chromium with Stripe.js."""
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="check-pages-setup-"))
    fixtures = json.loads((ROOT / "tests/fixtures/stripe/fixtures3.json").read_text())
    intent = fixtures["resources"]["setup_intent"]
    secret = "seti_1PageCheckSetupIntent_secret_PageCheck0123"
    intent.update(id="seti_1PageCheckSetupIntent", customer=CUSTOMER, status="requires_action",
                  client_secret=secret)
    objects = tmp / "objects"
    objects.mkdir()
    (objects / f"{intent['id']}.json").write_text(json.dumps(intent))
    api, fake = stripe_fake(objects)
    js_port, js_server = stripe_js_stand_in(tmp)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "LOCAL_PORT": str(port), "LOCAL_STATE_DIR": str(tmp / "state"),
           "RUST_LOG": "warn", "STRIPE_SECRET_KEY": FAKE_KEY, "STRIPE_API_BASE": api,
           "STRIPE_PUBLISHABLE_KEY": "pk_test_51PageCheck",
           "ALLOWED_PRICES": "price_1SampleTshirt", "SUCCESS_URL": "https://shop.example/thanks"}
    runner = start_runner(env, base)
    devtools = None
    try:
        link = token({"p": "setup", "e": int(time.time()) + 3600, "customer": CUSTOMER,
                      "setup_intent": intent["id"], "lang": "en"}, SETUP_SECRET)
        url = f"{base}/billing/setup?t={link}"
        # HEAD and a prefetch never read the SetupIntent (and so never its secret).
        before = len(json.loads(urllib.request.urlopen(api + "/__fake/requests").read()))
        assert answer_of(url, "HEAD")[1] == b"", "HEAD: no body"
        assert secret.encode() not in answer_of(url, headers={"Sec-Purpose": "prefetch"})[1]
        after = len(json.loads(urllib.request.urlopen(api + "/__fake/requests").read()))
        assert after == before, "HEAD or a prefetch read the SetupIntent"
        with urllib.request.urlopen(url, timeout=60) as response:
            policy = response.headers["Content-Security-Policy"]
        assert "script-src https://js.stripe.com 'sha256-" in policy, policy
        assert "default-src 'none'" in policy and "connect-src https://api.stripe.com" in policy
        devtools = Devtools(browser, [
            f"--host-resolver-rules=MAP js.stripe.com:443 127.0.0.1:{js_port}",
            "--ignore-certificate-errors"])
        devtools.call("Runtime.enable")
        for outcome, cookie, says in (("succeeded", "0", "Your card is confirmed"),
                                      ("failed", "1", "could not be confirmed")):
            devtools.call("Network.enable")
            devtools.call("Network.setCookie", name="decline", value=cookie,
                          url=f"https://js.stripe.com/")
            devtools.call("Network.setCookie", name="decline", value=cookie, url=base + "/")
            dom = devtools.open(url)
            assert "Confirm my card" in dom and secret in dom, dom[:800]
            devtools.until("typeof Stripe === 'function'", "Stripe.js (the stand-in) did not load")
            devtools.click("#confirm")
            devtools.until(f"!document.getElementById('state-{outcome}').hidden",
                           f"the page does not show {outcome}")
            assert devtools.value("document.documentElement.dataset.confirmed") == secret, \
                "confirmCardSetup was not given the SetupIntent's secret"
            assert devtools.value("document.documentElement.dataset.publishableKey") == \
                "pk_test_51PageCheck"
            assert says in devtools.value("document.body.innerText")
            devtools.screenshot(out / f"setup-confirm-{outcome}.png")
    finally:
        if devtools:
            devtools.close()
        runner.terminate()
        runner.wait(timeout=10)
        fake.terminate()
        fake.wait(timeout=10)
        js_server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


def file_name_of(pk: str) -> str:
    """The file store's name for a key (shared/src/adapters/file_store.rs): bytes
    outside [A-Za-z0-9_-] as %XX."""
    return "".join(chr(b) if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "_-")
                   else f"%{b:02X}" for b in pk.encode())


# 2026-11-21 and 2026-12-02, UTC: the report's items are dated, not relative to now.
NOV, DEC = 1_795_219_200, 1_796_169_600
# Stored as a decline code: the page must show it as text, never as markup.
HOSTILE = '"><b id="injected">bold</b>'


def mail_event(n, event, flow, kind, at):
    """A record of the mail-events function (shared/src/adapters/file_store.rs)."""
    month = time.strftime("%Y-%m", time.gmtime(at))
    return {"pk": f"mailevent#{n:064x}", "mail_event": event, "flow": flow, "kind": kind,
            "step": "1", "at": at, "report_month": month, "ttl": at + 400 * 86400}


def report_items():
    """A store the report reads (file store items, `pk` included): 40 carts mailed (14
    bought back), 35 held out (3 bought anyway), three invoices (one held out, one with
    a hostile decline code), a payment's confirmation, a cancellation, and SES's events:
    a cart mail bounced for good, the confirmation marked as spam, a soft bounce and a
    bounce of mail not ours (untagged, not counted)."""
    sent = {"state": "sent", "sent_at": NOV, "message_id": "local-1"}
    items = [{"pk": "event#evt_report_1", "type": "checkout.session.expired", "created": NOV},
             {"pk": "event#evt_report_2", "type": "invoice.payment_failed", "created": DEC}]
    for n in range(40):
        cart = {"pk": f"recovery#cs_test_mailed{n}", "step_1": sent, "recipient": "r"}
        if n < 14:
            cart.update(converted_at=NOV + 3600, converted_amount_total=2500,
                        converted_currency="usd", converted_after_step=1)
        items.append(cart)
    for n in range(35):
        cart = {"pk": f"recovery#cs_test_held{n}", "held_out_at": NOV}
        if n < 3:
            cart["converted_at"] = NOV + 7200
        items.append(cart)
    failed = {"failed-1": {"kind": "payment_failed", "sent_at": DEC, "message_id": "local-2"}}
    items += [
        {"pk": "dunning#in_1ReportRecovered", "steps": failed, "customer": "cus_NotOnThePage",
         "amount": 4200, "currency": "eur", "failed_at": DEC - 60, "attempted_at": DEC - 60, "decline_code": "insufficient_funds",
         "outcome": "recovered", "outcome_at": DEC + 3600, "amount_paid": 4200, "paid_currency": "eur"},
        {"pk": "dunning#in_1ReportHeldOut", "held_out_at": DEC + 60, "failed_at": DEC + 30,
         "attempted_at": DEC + 30, "amount": 990, "currency": "usd", "decline_code": HOSTILE},
        {"pk": "dunning#in_1ReportLost", "steps": failed, "failed_at": DEC - 120,
         "attempted_at": DEC - 120,
         "outcome": "lost", "outcome_at": DEC + 7200},
        # Paid at its first attempt: attempted, never failed (the failure rate's base).
        {"pk": "dunning#in_1ReportPaidAtOnce", "attempted_at": DEC, "amount": 500,
         "currency": "usd", "outcome": "paid_unmailed", "outcome_at": DEC,
         "amount_paid": 500, "paid_currency": "usd"},
        # A notice: sent (it can bounce), no recovery mail.
        {"pk": "dunning#recovered#in_1ReportRecovered", "steps": {"confirmation": {
            "kind": "payment_recovered", "sent_at": DEC + 3600, "message_id": "local-3"}}},
        mail_event(1, "hard_bounce", "cart", "recovery", NOV + 60),
        mail_event(2, "soft_bounce", "cart", "recovery", NOV + 60),
        mail_event(3, "complaint", "billing", "payment_recovered", DEC + 7200),
        mail_event(4, "hard_bounce", "untagged", "untagged", NOV + 60),
        {"pk": "churn#sub_1Report", "state": "canceled", "reason": "cancellation_requested",
         "feedback": "too_expensive", "comment_length": 0, "monthly_amount": 2000,
         "currency": "usd", "canceled_at": NOV, "month": "2026-11", "discounts_at_cancel": [],
         "version": 1},
    ]
    return items


def check_report_formats(json_text: str, csv_text: str):
    """The CSV, read by Python's csv module, holds every number the JSON does."""
    import csv
    import io
    report = json.loads(json_text)
    rows = list(csv.reader(io.StringIO(csv_text, newline="")))
    assert rows[0] == ["section", "flow", "month", "key", "metric", "value", "currency"], rows[0]
    lines = {tuple(row[:5] + row[6:]): row[5] for row in rows[1:]}
    for row in report["months"]:
        for metric in ("events", "mails", "recoveries"):
            assert lines[("months", row["flow"], row["month"], "", metric, "")] == str(row[metric])
        if row["rate"] is not None:
            assert float(lines[("months", row["flow"], row["month"], "", "rate", "")]) == row["rate"]
        for metric in ("sent", "hard_bounces", "soft_bounces", "complaints", "rejects"):
            assert lines[("months", row["flow"], row["month"], "", metric, "")] == str(row[metric])
        for metric in ("bounce_rate", "complaint_rate"):
            key = ("months", row["flow"], row["month"], "", metric, "")
            if row[metric] is None:
                assert key not in lines, key
            else:
                assert float(lines[key]) == row[metric], key
    for lift in report["lift"]:
        for group in ("mailed", "held_out"):
            for metric in ("recipients", "recovered"):
                key = ("lift", lift["flow"], "", "", f"{group}_{metric}", "")
                assert lines[key] == str(lift[group][metric]), key
        if lift["difference"] is not None:
            for metric in ("difference", "low", "high"):
                assert float(lines[("lift", lift["flow"], "", "", metric, "")]) == lift[metric]
    for payment in report["recent_failed_payments"]:
        key = ("recent_failed_payments", "billing")
        found = {k[4]: v for k, v in lines.items() if k[:2] == key and k[3] == payment["invoice"]}
        assert found["decline_code"] == payment["decline_code"], found
        assert found["state"] == payment["state"], found


def check_report_page(browser, out):
    """`report --html`: the page of a store with a holdout, in Chromium at a phone's and a
    desktop's width: its headings and numbers, no script, no injected markup, no
    horizontal scrolling; screenshots of the whole page."""
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="check-pages-report-"))
    devtools = None
    try:
        table = tmp / "state" / "table"
        table.mkdir(parents=True)
        for item in report_items():
            (table / f"{file_name_of(item['pk'])}.json").write_text(json.dumps(item))
        env = {**os.environ, "LOCAL_STATE_DIR": str(tmp / "state"), "RUST_LOG": "off"}
        page = tmp / "report.html"
        run = lambda *args: subprocess.run([str(LOCAL), "report", *args], env=env, check=True,
                                           capture_output=True, text=True, timeout=60).stdout
        text = run("--html", str(page))
        assert "lift" in text and "the mails help" in text, text
        assert "deliverability" in text and "0.1 % complaint rate" in text, text
        report = json.loads(run("--format", "json"))
        # SES's events per flow and month: the untagged bounce is not counted; billing's
        # December sent the failure's mails and the confirmation.
        ses = {(row["flow"], row["month"]): (row["sent"], row["hard_bounces"], row["soft_bounces"],
                                             row["complaints"], row["bounce_rate"])
               for row in report["months"]}
        assert ses[("cart", "2026-11")] == (40, 1, 1, 0, 1 / 40), ses
        assert ses[("billing", "2026-12")] == (3, 0, 0, 1, 0.0), ses
        check_report_formats(json.dumps(report), run("--format", "csv"))
        bad = subprocess.run([str(LOCAL), "report", "--format", "xml"], env=env,
                             capture_output=True, text=True, timeout=60)
        assert bad.returncode != 0 and 'unknown format "xml"' in bad.stderr, bad.stderr
        html = page.read_text()
        assert "<script" not in html.lower() and "cus_" not in html, "a script or a customer"
        cart = next(lift for lift in report["lift"] if lift["flow"] == "cart")
        devtools = Devtools(browser)
        for name, (width, height), mobile in (("phone", (390, 844), True),
                                              ("desktop", (1280, 900), False)):
            devtools.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                          deviceScaleFactor=1, mobile=mobile)
            dom = devtools.open(page.as_uri())
            assert "<script" not in dom, "a script in the page"
            shown = devtools.value("document.body.innerText")
            for says in ("Recovery report", "Cart recovery", "Billing recovery",
                         "Recent failed payments", "Churn", "Too small to say.",
                         "Failed recurring payments", "75.0 %", "33.3 %",
                         "in_1ReportRecovered", "EUR 42.00", "USD 9.90", "insufficient_funds",
                         "too_expensive", HOSTILE, f"{cart['held_out']['recipients']}",
                         "Deliverability", "Complaint rate", "2.50 %", "33.33 %",
                         "SES review level", "SES reviews an account at a 5 % bounce rate",
                         f"{cart['mailed']['recipients']}", "the mails help"):
                assert says in shown, f"{name}: {says!r} not on the page"
            assert devtools.value("document.getElementById('injected') === null"), \
                "the decline code's markup became an element"
            charts = devtools.value(
                "Array.from(document.querySelectorAll('svg')).map(s => [s.getAttribute('role'),"
                " s.getAttribute('aria-label'), s.querySelector('title') && s.querySelector('title').textContent])")
            assert len(charts) >= 6, charts
            for role, label, title in charts:
                assert role == "img" and label and label == title, (role, label, title)
            assert any("Carts mailed 40" in label for _, label, _ in charts), charts
            scroll, inner = devtools.value(
                "[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, f"{name}: the page scrolls sideways ({scroll} > {inner})"
            # The whole page in one screenshot: the viewport as tall as the page.
            full = devtools.value("document.documentElement.scrollHeight")
            devtools.call("Emulation.setDeviceMetricsOverride", width=width, height=full,
                          deviceScaleFactor=1, mobile=mobile)
            devtools.screenshot(out / f"report-{name}.png")
            assert (out / f"report-{name}.png").stat().st_size > 1000
    finally:
        if devtools:
            devtools.close()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target") / "pages"
    out.mkdir(parents=True, exist_ok=True)
    browser = chromium()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    state = tempfile.mkdtemp(prefix="check-pages-")
    env = {**os.environ, "LOCAL_PORT": str(port), "LOCAL_STATE_DIR": state, "RUST_LOG": "warn"}
    env.pop("STRIPE_SECRET_KEY", None)  # the portal's dry run
    runner = start_runner(env, base)
    # A second runner with a key and a Stripe that refuses connections: after its
    # retries, the portal link's page asks to try again (503).
    down_port = free_port()
    down_base = f"http://127.0.0.1:{down_port}"
    down_state = tempfile.mkdtemp(prefix="check-pages-down-")
    down_env = {**env, "LOCAL_PORT": str(down_port), "LOCAL_STATE_DIR": down_state,
                "STRIPE_SECRET_KEY": "sk_test_fake_for_integration_tests",
                "STRIPE_API_BASE": f"http://127.0.0.1:{free_port()}",
                # With these beside the key session creation is on, as a shop runs it.
                "ALLOWED_PRICES": "price_1SampleTshirt", "SUCCESS_URL": "https://shop.example/thanks"}
    down_runner = start_runner(down_env, down_base)
    try:
        minted = subprocess.run(
            [str(LOCAL), "portal-link", "cus_QXg1o8vcGmoR32", "--flow", "payment_method_update",
             "--locale", "de"],
            env=env, check=True, capture_output=True, text=True).stdout.strip()
        assert minted.startswith(base + "/billing/portal?t="), minted
        down_link = subprocess.run(
            [str(LOCAL), "portal-link", "cus_QXg1o8vcGmoR32", "--flow", "payment_method_update",
             "--locale", "ja"],
            env=down_env, check=True, capture_output=True, text=True).stdout.strip()
        assert status_of(down_link) == 503, "Stripe down after retries: 503"
        now = int(time.time())
        expired_portal = token({"p": "portal", "e": now - 60, "customer": "cus_QXg1o8vcGmoR32"},
                               PORTAL_SECRET)
        recipient = hmac.new(PEPPER.encode(), b"jenny.rosen@example.com", hashlib.sha256).hexdigest()
        unsubscribe = token({"p": "unsubscribe", "e": now + 3600, "r": recipient, "l": "ja"},
                            UNSUBSCRIBE_SECRET)
        cases = [
            # name, url, what the page must say, its lang
            ("portal-dry-run-de", minted, "Probelauf", "de"),
            # A tampered link's own language cannot be trusted: the browser's (en) is used.
            ("portal-tampered", minted[:-4] + "AAAA", "This link is not valid", "en"),
            ("portal-expired", f"{base}/billing/portal?t={expired_portal}",
             "This link has expired", "en"),
            ("unsubscribe-ask-ja", f"{base}/unsubscribe?t={unsubscribe}", "配信を停止しますか", "ja"),
            ("unsubscribe-invalid", f"{base}/unsubscribe?t=forged", "This link is not valid", "en"),
            ("portal-unavailable-ja", down_link, "しばらくしてからもう一度お試しください", "ja"),
        ]
        failed = 0
        for name, url, says, lang in cases:
            png = out / f"{name}.png"
            try:
                dom = browse(browser, url, png)
                assert says in dom, f"{says!r} not on the page: {dom[:500]}"
                assert f'lang="{lang}"' in dom, f"not lang={lang}: {dom[:300]}"
                assert "<script" not in dom, "a script on the page"
                print(f"ok   {name}: {png}")
            except Exception as err:  # report every page, then fail
                print(f"FAIL {name}: {err}")
                failed += 1
        flows = [
            ("unsubscribe-button-ja", lambda: check_unsubscribe_button(
                browser, f"{base}/unsubscribe?t={unsubscribe}", state, recipient, out)),
            ("portal-head-and-prefetch", lambda: check_portal_link_is_not_opened_ahead(minted)),
            ("setup-confirm-stripe-js", lambda: check_setup_page(browser, out)),
            ("report-html", lambda: check_report_page(browser, out)),
        ]
        for name, check in flows:
            try:
                check()
                print(f"ok   {name}")
            except Exception as err:
                print(f"FAIL {name}: {err}")
                failed += 1
        total = len(cases) + len(flows)
        print(f"pages: {total - failed} passed, {failed} failed (screenshots in {out})")
        sys.exit(1 if failed else 0)
    finally:
        for process in (runner, down_runner):
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(state, ignore_errors=True)
        shutil.rmtree(down_state, ignore_errors=True)


if __name__ == "__main__":
    main()
