#!/usr/bin/env python3
"""Fails if a captured log holds an email address, a Stripe secret or a signature.

scripts/test runs the integration suite with every log line (at production's `info`
level) captured to one file, and the `sam local` checks with what the SAM CLI and the
functions printed in another; this scans both. It also fails on a log too short to prove anything,
so the check cannot pass by capturing nothing.

Usage: check-logs.py MIN_LINES LOG [LOG...]
"""
import re
import sys

FORBIDDEN = {
    "an email address": re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"),
    "a webhook secret": re.compile(r"whsec_[A-Za-z0-9_]+"),
    "a Stripe secret or restricted key": re.compile(r"\b(sk|rk)_(test|live)_[A-Za-z0-9_]+"),
    "a Stripe-Signature header": re.compile(r"t=\d+,v[01]="),
    "a signature (64 hex digits)": re.compile(r"\b[0-9a-f]{64}\b"),
}


def main():
    min_lines = int(sys.argv[1])
    problems = []
    total = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8", errors="replace") as log:
            for number, line in enumerate(log, 1):
                total += 1
                for what, pattern in FORBIDDEN.items():
                    match = pattern.search(line)
                    if match:
                        problems.append(f"{path}:{number}: {what}: …{match.group(0)[:12]}…")
    if total < min_lines:
        problems.append(f"only {total} log lines captured (expected at least {min_lines})")
    for problem in problems:
        print(problem)
    print(f"logs: {total} lines scanned, {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
