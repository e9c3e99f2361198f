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

    def __init__(self, browser: str):
        commands, self.commands = os.pipe()
        self.answers, answers = os.pipe()
        flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", f"--window-size={PHONE}", "--remote-debugging-pipe"]
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
                # A key turns session creation on, which needs these.
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
