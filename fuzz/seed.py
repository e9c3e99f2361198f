#!/usr/bin/env python3
"""Writes seed corpora for the fuzz targets from Stripe's official fixtures.

    python3 fuzz/seed.py            # from anywhere; writes fuzz/corpus/<target>/

Seeds are named seed-*, so re-running overwrites them and leaves what libFuzzer added
(named by their SHA-1) alone. Python 3 standard library only.
"""

import copy
import hashlib
import hmac
import json
import pathlib
import struct

FUZZ = pathlib.Path(__file__).resolve().parent
FIXTURES = FUZZ.parent / "tests" / "fixtures" / "stripe" / "fixtures3.json"
CORPUS = FUZZ / "corpus"

T = 1_700_000_000
SECRET = b"whsec_fuzz_primary"  # the secret signature_header.rs verifies with


def compact(value) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def write(target: str, seeds: list[bytes]) -> None:
    out = CORPUS / target
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("seed-*"):
        old.unlink()
    for n, data in enumerate(seeds):
        (out / f"seed-{n:04d}").write_bytes(data)
    print(f"{target}: {len(seeds)} seeds in {out}")


def envelope_seeds(resources: dict) -> list[bytes]:
    seeds = []
    for n, obj in enumerate(resources.values()):
        event = {
            "id": f"evt_seed_{n}",
            "type": "x.y",
            "created": 1,
            "livemode": False,
            "data": {"object": obj},
        }
        seeds.append(compact(event))
    # Stripe's own event fixture as delivered, plus the rejections parse() makes.
    seeds.append(compact(resources["event"]))
    base = {"id": "evt_1", "type": "x", "created": 1, "livemode": False, "data": {"object": {}}}
    for change in (
        {"id": "cs_1"},
        {"id": "evt_../x"},
        {"id": "evt_" + "a" * 252},
        {"type": ""},
        {"data": {"object": "s"}},
        {"api_version": "2025-01-27.acacia"},
    ):
        seeds.append(compact({**base, **change}))
    return seeds


def recovery_seeds(resources: dict) -> list[bytes]:
    session = resources["checkout.session"]

    def variant(change) -> dict:
        s = copy.deepcopy(session)
        change(s)
        return s

    def recovery(s) -> dict:
        return s["after_expiration"]["recovery"]

    def opt_in(s):
        s["consent"]["promotions"] = "opt_in"

    def url(s):
        recovery(s)["url"] = "https://buy.stripe.com/r/test_seed"
        recovery(s)["expires_at"] = session["created"] + 30 * 86_400

    def customer_email(s):
        s["customer_details"]["email"] = None
        s["customer_email"] = " Buyer@Example.com "

    def eligible(s):
        opt_in(s)
        url(s)

    variants = [
        session,
        variant(opt_in),
        variant(url),
        variant(customer_email),
        variant(eligible),
        variant(lambda s: (eligible(s), customer_email(s))),
        variant(lambda s: (eligible(s), s.update(status="expired"))),
        variant(lambda s: (eligible(s), s["consent"].update(promotions="opt_out"))),
        variant(lambda s: (eligible(s), recovery(s).update(enabled=False))),
        variant(lambda s: (eligible(s), recovery(s).update(expires_at=2**63 - 1))),
        variant(lambda s: (eligible(s), s.update(created=-(2**63)))),
        variant(lambda s: (eligible(s), s.update(customer={"id": "cus_seed"}))),
    ]
    minimal = {"id": "cs_1", "created": 1}
    return [compact(v) for v in variants] + [compact(minimal)]


def signature_seeds() -> list[bytes]:
    def v(n: int) -> str:
        return hashlib.sha256(str(n).encode()).hexdigest()

    body = b'{"id":"evt_fuzz_1","type":"checkout.session.expired"}'
    good = hmac.new(SECRET, f"{T}.".encode() + body, hashlib.sha256).hexdigest()
    headers = [
        f"t={T},v1={v(1)},v0={v(2)}",
        f"t={T},v1={good}",
        f"t={T},v1={v(1)},v1={good},v0={v(2)}",
        f" t = {T} , v1 = {good.upper()} ",
        f"t={T},v0={good}",
        f"t={T},v1={good[:63]}",
        f"t={T},v1={'g' * 64}",
        f"t={T},t={T},v1={v(1)}",
        f"t={T},v1={v(1)},",
        f"t=,v1={v(1)}",
        f"t=-9223372036854775808,v1={v(1)}",
        f"t=9223372036854775807,v1={v(1)}",
        f"t=9223372036854775808,v1={v(1)}",
        f"t=+{T},v1={v(1)}",
        f"v1={v(1)}",
        f"t={T},v9=zzz,v1={v(1)}",
        "t=1,v1==",
        "",
        " \t ",
        "garbage",
        "t=1,v1=é",
    ]
    seeds = [h.encode() for h in headers]
    # Round-trip seeds: 8 little-endian bytes of t, then a body.
    for t, b in ((T, body), (0, b""), (-1, b"x"), (2**63 - 1, body), (-(2**63), b"{}")):
        seeds.append(struct.pack("<q", t) + b)
    return seeds


def main() -> None:
    resources = json.loads(FIXTURES.read_text())["resources"]
    write("envelope", envelope_seeds(resources))
    write("recovery_decision", recovery_seeds(resources))
    write("signature_header", signature_seeds())


if __name__ == "__main__":
    main()
