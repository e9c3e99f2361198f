#!/usr/bin/env python3
"""Runs the documentation's example commands as a reader pastes them (README.md and the
book's chapters, docs/src/*.md), and checks what they do.

Two marks, each the line right before a ```sh fence:

* `<!-- scripts/sam-local-test runs this block (readme: NAME) -->`: a block that needs
  Docker (or is checked along with it); NAME picks its checks below (a marked block
  without any, or a name here without its block, fails). scripts/sam-local-test runs
  these: `readme-blocks.py [NAME...]`.
* `<!-- offline -->`, or `<!-- offline: VAR=value ... -->`: a block that runs on a
  machine with no network, AWS account or Docker, after `cargo build --workspace --bins`
  (the local runner, the Stripe fake, openssl). It must exit 0. The VAR=value pairs (no
  spaces in a value) are the placeholders the text asks the reader to have set, such as
  `$EMAIL` or a secret. scripts/test runs these: `readme-blocks.py --offline`.

Each block runs as written, in one `bash -euo pipefail` from the checkout's root, in a session of
its own that is ended afterwards (whatever it left running in the background goes with
it). The environment adds only what a reader's machine would have otherwise:
LOCAL_STATE_DIR (a fresh state for the local runner, so the first delivery is new),
SAM_BUILD_MODE=debug (this script's caller built that way; the reader's `sam build`
builds the release profile) and SAM_SKIP_PULL_IMAGE=1 (no registry here: the README
says so for machines without one). The ports a block names must be free: a block that cannot
bind them fails here, naming the port, rather than talking to something else.

Usage (from scripts/sam-local-test): .venv/bin/python scripts/readme-blocks.py NAME...
with SAM_LOCAL_BRIDGE (the Docker bridge's address, the README's $BIND on Linux) and
SAM_LOCAL_LOG (the blocks' stderr is appended there).
Usage (from scripts/test): python3 scripts/readme-blocks.py --offline [LOG]: the blocks'
stderr goes to LOG (default: $TMPDIR/readme-offline-blocks.log); the AWS_* variables of
the caller's shell are removed (a reader's machine has none), so a block cannot reach
the tests' moto by accident.
"""
import json
import os
import pathlib
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs" / "src").rglob("*.md"))]
MARK = re.compile(r"<!-- scripts/sam-local-test runs this block \(readme: ([a-z-]+)\) -->")
OFFLINE = re.compile(r"<!-- offline(?::((?:\s+[A-Za-z_][A-Za-z0-9_]*=\S+)+))?\s*-->")
# An offline block that starts a server waits for it, and a cold `cargo run` builds.
OFFLINE_TIMEOUT = 600
# A cold `cargo run` or `sam build` is part of a block.
TIMEOUT = 1800


def marked(pattern):
    """[(page:line, match, the shell text of the ```sh block after the mark)]."""
    found = []
    for page in PAGES:
        lines = page.read_text(encoding="utf-8").splitlines()
        where = page.relative_to(ROOT)
        for i, line in enumerate(lines):
            mark = pattern.fullmatch(line.strip())
            if not mark:
                continue
            assert i + 1 < len(lines) and lines[i + 1].strip() == "```sh", f"{where}:{i + 2}: a ```sh block must follow the mark"
            end = lines.index("```", i + 2)
            found.append((f"{where}:{i + 2}", mark, "\n".join(lines[i + 2:end]) + "\n"))
    return found


def blocks():
    """{name: the shell text of the ```sh block after its mark}."""
    found = {}
    for where, mark, script in marked(MARK):
        assert mark.group(1) not in found, f"{where}: a second block named {mark.group(1)}"
        found[mark.group(1)] = script
    return found


def json_objects(text):
    """Every JSON object in `text` (a response need not end its line: the SAM CLI
    prints the function's without a newline)."""
    decoder, objects, at = json.JSONDecoder(), [], 0
    while (at := text.find("{", at)) >= 0:
        try:
            value, end = decoder.raw_decode(text, at)
        except ValueError:
            at += 1
            continue
        objects.append(value)
        at = end
    return objects


def check_local_webhook(out):
    assert {"received": True, "duplicate": False} in json_objects(out), out


def check_sam_local(out):
    objects = json_objects(out)
    invoked = [o for o in objects if o.get("statusCode") == 200]
    assert invoked and json.loads(invoked[0]["body"]) == {"duplicate": False, "received": True}, out
    assert {"batchItemFailures": []} in objects, out
    assert {"duplicate": False, "received": True} in objects, out
    assert re.search(r"\b303 https://\S+", out), out


BRIDGE = os.environ.get("SAM_LOCAL_BRIDGE", "")
CHECKS = {
    # name: (the ports the block listens on, the check of its stdout)
    "local-webhook": ([("127.0.0.1", 3000)], check_local_webhook),
    "sam-local": ([(BRIDGE, 5000), (BRIDGE, 12111), ("127.0.0.1", 3001)], check_sam_local),
}


def port_free(host, port):
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
            return True
        except OSError:
            return False


def run(name, script, log):
    ports, check = CHECKS[name]
    taken = [f"{host}:{port}" for host, port in ports if not port_free(host, port)]
    assert not taken, f"the docs' {name} block needs {', '.join(taken)}, which something else holds"
    with tempfile.TemporaryDirectory(prefix="readme-local-state-") as state:
        env = {**os.environ, "LOCAL_STATE_DIR": state, "SAM_BUILD_MODE": "debug",
               "SAM_SKIP_PULL_IMAGE": "1"}
        log.write(f"===== README block {name}\n")
        log.flush()
        # A file, not a pipe: a server the block leaves running holds its stdout open.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as stdout:
            block = subprocess.Popen(
                ["bash", "-euo", "pipefail", "-c", script], cwd=ROOT, env=env,
                stdout=stdout, stderr=log, text=True, start_new_session=True,
            )
            try:
                block.wait(timeout=TIMEOUT)
            finally:
                # The block's background jobs (servers it started) end with its session.
                try:
                    os.killpg(block.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            stdout.seek(0)
            out = stdout.read()
        log.write(out)
        assert block.returncode == 0, f"exited {block.returncode}; stdout: {out[-2000:]}"
        check(out)


def run_offline(where, values, script, log):
    """One offline block in a session of its own, with a fresh local state; exit 0."""
    with tempfile.TemporaryDirectory(prefix="docs-offline-state-") as state:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update({"LOCAL_STATE_DIR": state, **values})
        log.write(f"===== offline block {where} ({' '.join(values) or 'no placeholders'})\n")
        log.flush()
        with tempfile.TemporaryFile("w+", encoding="utf-8") as stdout:
            block = subprocess.Popen(
                ["bash", "-euo", "pipefail", "-c", script], cwd=ROOT, env=env,
                stdout=stdout, stderr=log, text=True, start_new_session=True,
            )
            try:
                block.wait(timeout=OFFLINE_TIMEOUT)
            finally:
                try:
                    os.killpg(block.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            stdout.seek(0)
            out = stdout.read()
        log.write(out)
        assert block.returncode == 0, f"exited {block.returncode}; stdout: {out[-2000:]}"


def offline(log_path):
    found = marked(OFFLINE)
    assert found, "no block is marked <!-- offline -->"
    failed = 0
    with open(log_path, "a", encoding="utf-8") as log:
        for where, mark, script in found:
            values = dict(pair.split("=", 1) for pair in (mark.group(1) or "").split())
            started = time.monotonic()
            try:
                run_offline(where, values, script, log)
                print(f"ok   offline block {where} ({time.monotonic() - started:.1f} s)", flush=True)
            except Exception as err:  # report each block, then fail
                print(f"FAIL offline block {where}: {err} (its stderr: {log_path})", flush=True)
                failed += 1
    sys.exit(1 if failed else 0)


def main():
    if sys.argv[1:2] == ["--offline"]:
        default = os.path.join(os.environ.get("TMPDIR", "/tmp"), "readme-offline-blocks.log")
        offline(sys.argv[2] if len(sys.argv) > 2 else default)
    assert BRIDGE, "SAM_LOCAL_BRIDGE is not set (scripts/sam-local-test sets it)"
    found = blocks()
    unchecked = sorted(set(found) - set(CHECKS))
    missing = sorted(set(CHECKS) - set(found))
    assert not unchecked and not missing, f"README blocks without checks: {unchecked}; checks without blocks: {missing}"
    failed = 0
    with open(os.environ["SAM_LOCAL_LOG"], "a", encoding="utf-8") as log:
        for name in sys.argv[1:] or sorted(found):
            started = time.monotonic()
            try:
                run(name, found[name], log)
                print(f"ok   README block {name} ({time.monotonic() - started:.1f} s)", flush=True)
            except Exception as err:  # report each block, then fail
                print(f"FAIL README block {name}: {err}", flush=True)
                failed += 1
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
