#!/usr/bin/env python3
"""Opens every page a person can land on from a mail in a real browser.

Starts the local runner (target/debug/recovery-local) on a free loopback port, opens the
portal-link and unsubscribe pages (valid, tampered and expired links; the portal's dry
run; and, from a second runner whose Stripe does not answer, the portal's "try again"
page) in headless Chromium (Debian's `chromium`) at a phone's width, checks that the
rendered DOM says what it should, in the right language, with no script, and saves a
screenshot of each.

Usage: check-pages.py OUT_DIR   (scripts/test passes its log folder; screenshots land
in OUT_DIR/pages/*.png and are listed in the output)
"""
import base64
import hashlib
import hmac
import json
import os
import pathlib
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


def status_of(url):
    try:
        return urllib.request.urlopen(url, timeout=60).status
    except urllib.error.HTTPError as err:
        return err.code


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
            ("unsubscribe-done-ja", f"{base}/unsubscribe?t={unsubscribe}", "配信を停止しました", "ja"),
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
        print(f"pages: {len(cases) - failed} passed, {failed} failed (screenshots in {out})")
        sys.exit(1 if failed else 0)
    finally:
        for process in (runner, down_runner):
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(state, ignore_errors=True)
        shutil.rmtree(down_state, ignore_errors=True)


if __name__ == "__main__":
    main()
