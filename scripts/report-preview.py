#!/usr/bin/env python3
"""The report's page as the README shows it: made from the lifecycle replay's history.

Runs the lifecycle replay (tests/integration/lifecycle, its default seeds) against moto
with LIFECYCLE_REPORT_HTML set, so the replay writes the page of its first seed's table
(`report --html`, every number of which the replay checks against the world), then opens
that page in headless Chromium at a phone's and a desktop's width and saves whole-page
screenshots. Writes docs/report/lifecycle-report.html, report-phone.png and
report-desktop.png. Not run by scripts/test (it takes about four minutes).

Usage: .venv/bin/python scripts/report-preview.py
(moto: the one AWS_ENDPOINT_URL names, else one started here on a free port)
"""
import importlib.util
import os
import pathlib
import subprocess
import sys
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "report"


def check_pages():
    spec = importlib.util.spec_from_file_location("check_pages", ROOT / "scripts" / "check-pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def moto(env, pages):
    if env.get("AWS_ENDPOINT_URL"):
        return None
    port = pages.free_port()
    server = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "moto_server.py"), "127.0.0.1", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/moto-api/", timeout=2)
            break
        except OSError:
            if time.time() > deadline:
                server.kill()
                raise SystemExit("moto did not start")
            time.sleep(0.5)
    env.update({"AWS_ENDPOINT_URL": url, "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
                "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1"})
    return server


def main():
    pages = check_pages()
    OUT.mkdir(parents=True, exist_ok=True)
    page = OUT / "lifecycle-report.html"
    env = dict(os.environ, LIFECYCLE_REPORT_HTML=str(page))
    server = moto(env, pages)
    try:
        subprocess.run(["cargo", "test", "-p", "integration-tests", "--test", "integration",
                        "lifecycle::weeks"], cwd=ROOT, env=env, check=True)
    finally:
        if server:
            server.kill()
    devtools = pages.Devtools(pages.chromium())
    try:
        for name, (width, height), mobile in (("phone", (390, 844), True),
                                              ("desktop", (1280, 900), False)):
            devtools.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                          deviceScaleFactor=1, mobile=mobile)
            devtools.open(page.as_uri())
            scroll, inner = devtools.value("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, f"{name}: the page scrolls sideways ({scroll} > {inner})"
            full = devtools.value("document.documentElement.scrollHeight")
            devtools.call("Emulation.setDeviceMetricsOverride", width=width, height=full,
                          deviceScaleFactor=1, mobile=mobile)
            devtools.screenshot(OUT / f"report-{name}.png")
            print(f"wrote {OUT / f'report-{name}.png'}")
    finally:
        devtools.close()


if __name__ == "__main__":
    main()
