#!/usr/bin/env python3
"""Checks the documentation against itself and the template (scripts/test runs it).

1. Every internal link in README.md and docs/src/**/*.md resolves: the file or folder
   exists, and a `#anchor` into a Markdown file matches one of its headings' ids as
   mdBook (and GitHub) make them: lower case, letters, digits, `-` and `_` kept, spaces
   turned into `-`, anything else dropped; a repeated heading gets `-1`, `-2`, ….
2. The configuration reference (docs/src/configuration.md) lists every template
   Parameter (in the tables under its "Template parameters" heading) and every
   environment variable template.yaml sets (Globals and each function's
   Environment.Variables, under its "Environment variables" heading), and nothing the
   template does not have; the table under a heading that says "local runner only" may
   name other variables, each of which must appear, quoted, in the Rust sources.
   A table's names are the `code` spans of its rows' first cell.
3. Every AWS::CloudWatch::Alarm in template.yaml (the Fn::ForEach loops expanded) is
   named in a table of docs/src/operations.md.
4. The deploying chapter (docs/src/deploying.md): its `sam deploy --guided` table (under
   the heading with "answer by answer") names every template Parameter and no other, and
   its `enabled_events[]=` list is exactly the Stripe event types the code handles (the
   strings of `HandledType::as_str` in shared/src/inbox.rs, without our own
   `stripe_recovery.*`).

The template is read line by line (its short tags, !Ref, !Sub, …, need no YAML loader):
it is indented by two spaces per level, as cfn-lint keeps it.
Prints one line per problem (file:line: what is wrong) and exits 1 if there is any.
Usage: python3 scripts/check-docs.py
"""
import itertools
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "template.yaml"
BOOK = ROOT / "docs" / "src"
CONFIGURATION = BOOK / "configuration.md"
OPERATIONS = BOOK / "operations.md"
DEPLOYING = BOOK / "deploying.md"
INBOX = ROOT / "shared" / "src" / "inbox.rs"
problems = []


def problem(path, line, text):
    problems.append(f"{path.relative_to(ROOT)}:{line}: {text}")


# ---- Markdown ---------------------------------------------------------------------
FENCE = re.compile(r"^\s*(```|~~~)")
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def prose_lines(path):
    """(line number, text) of every line outside fenced code, inline code removed."""
    infence = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fence = FENCE.match(line)
        if fence:
            if infence is None:
                infence = fence.group(1)
            elif fence.group(1) == infence:
                infence = None
            continue
        if infence is None:
            yield number, line


def slug(text):
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    out = []
    for ch in text.strip():
        if ch.isalnum() or ch in "-_":
            out.append(ch.lower())
        elif ch.isspace():
            out.append("-")
    return "".join(out)


_anchors = {}


def anchors(path):
    if path not in _anchors:
        seen, ids = {}, set()
        for _, line in prose_lines(path):
            heading = HEADING.match(line)
            if not heading:
                continue
            base = slug(heading.group(2))
            n = seen.get(base, 0)
            seen[base] = n + 1
            ids.add(base if n == 0 else f"{base}-{n}")
        # Explicit anchors: <a id="…"> / <a name="…">.
        for _, line in prose_lines(path):
            ids.update(re.findall(r"<a\s+(?:id|name)=\"([^\"]+)\"", line))
        _anchors[path] = ids
    return _anchors[path]


def check_links(path):
    for number, line in prose_lines(path):
        line = re.sub(r"`[^`]*`", "", line)
        for target in LINK.findall(line):
            if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", target):  # https:, mailto:, …
                continue
            file_part, _, anchor = target.partition("#")
            dest = (path.parent / file_part).resolve() if file_part else path
            if not dest.exists():
                problem(path, number, f"link to {target}: {dest.relative_to(ROOT) if dest.is_relative_to(ROOT) else dest} does not exist")
                continue
            if anchor:
                if dest.suffix != ".md":
                    problem(path, number, f"link to {target}: an anchor into a file that is not Markdown")
                elif anchor not in anchors(dest):
                    problem(path, number, f"link to {target}: {dest.relative_to(ROOT)} has no heading with the id #{anchor}")


# ---- template.yaml ----------------------------------------------------------------
def template_lines():
    return TEMPLATE.read_text(encoding="utf-8").splitlines()


def indent(line):
    return len(line) - len(line.lstrip(" "))


def meaningful(line):
    stripped = line.strip()
    return stripped and not stripped.startswith("#")


KEY = re.compile(r"^\s*(?:- )?([A-Za-z0-9_:${}.-]+):(?:\s.*)?$")


def loops_around(lines, at):
    """The Fn::ForEach loops enclosing line `at`: [(variable, [values])], outermost first."""
    loops, level = [], indent(lines[at])
    for i in range(at - 1, -1, -1):
        line = lines[i]
        if not meaningful(line) or indent(line) >= level:
            continue
        level = indent(line)
        if re.match(r"^\s*(- )?Fn::ForEach::\w+:\s*$", line):
            var = re.match(r"^\s*- (\w+)\s*$", lines[i + 1])
            values = re.match(r"^\s*- \[(.*)\]\s*$", lines[i + 2])
            if not (var and values):
                raise SystemExit(f"template.yaml:{i + 1}: a Fn::ForEach this script cannot read (variable, then a [flow list])")
            loops.insert(0, (var.group(1), [v.strip() for v in values.group(1).split(",")]))
        if level == 0:
            break
    return loops


def expand(name, loops):
    if not loops:
        return [name]
    names = []
    for combo in itertools.product(*[values for _, values in loops]):
        expanded = name
        for (var, _), value in zip(loops, combo):
            expanded = expanded.replace("${" + var + "}", value)
        names.append(expanded)
    return names


def top_level_section(lines, name):
    """Line numbers (0-based) of the section `name:` at indent 0."""
    start = lines.index(f"{name}:")
    end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i][0].isspace() and not lines[i].startswith("#")), len(lines))
    return range(start + 1, end)


def template_parameters(lines):
    params = {}
    for i in top_level_section(lines, "Parameters"):
        key = KEY.match(lines[i])
        if key and indent(lines[i]) == 2 and meaningful(lines[i]):
            params[key.group(1)] = i + 1
    return params


def template_variables(lines):
    """{variable name: first line} of every Environment.Variables (Globals included)."""
    found = {}
    for i, line in enumerate(lines):
        if line.strip() != "Variables:" or not lines[i - 1].strip() == "Environment:":
            continue
        level = None
        for j in range(i + 1, len(lines)):
            if not meaningful(lines[j]):
                continue
            if indent(lines[j]) <= indent(line):
                break
            level = level or indent(lines[j])
            key = KEY.match(lines[j])
            if indent(lines[j]) == level and key:
                for name in expand(key.group(1), loops_around(lines, j)):
                    found.setdefault(name, j + 1)
    return found


def template_alarms(lines):
    found = {}
    for i, line in enumerate(lines):
        if line.strip() != "Type: AWS::CloudWatch::Alarm":
            continue
        for j in range(i - 1, -1, -1):
            if meaningful(lines[j]) and indent(lines[j]) < indent(line):
                key = KEY.match(lines[j])
                for name in expand(key.group(1), loops_around(lines, j)):
                    found[name] = j + 1
                break
    return found


# ---- the chapters' tables ---------------------------------------------------------
def tables_by_heading(path):
    """[(heading text, [(line, [names in the first cell])])] for every table row."""
    sections, current = [], None
    for number, line in prose_lines(path):
        heading = HEADING.match(line)
        if heading:
            current = (heading.group(2), [])
            sections.append(current)
            continue
        if current is None or not line.startswith("|"):
            continue
        first = line.strip("|").split("|")[0]
        if re.fullmatch(r"\s*:?-+:?\s*", first):
            continue
        names = re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)`", first)
        if names:
            current[1].append((number, names))
    return sections


def rust_sources_text():
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in ROOT.rglob("*.rs")
                     if not any(part in ("target", ".git", ".venv") for part in p.relative_to(ROOT).parts))


def check_configuration(lines):
    params, variables = template_parameters(lines), template_variables(lines)
    doc_params, doc_vars, local_only = {}, {}, {}
    for heading, rows in tables_by_heading(CONFIGURATION):
        lowered = heading.lower()
        if "local runner only" in lowered:
            target = local_only
        elif "template parameter" in lowered:
            target = doc_params
        elif "environment variable" in lowered:
            target = doc_vars
        else:
            for number, names in rows:
                problem(CONFIGURATION, number, f"a table row ({', '.join(names)}) under the heading {heading!r}, which names no table this check knows (Template parameters, Environment variables, Local runner only)")
            continue
        for number, names in rows:
            for name in names:
                target.setdefault(name, number)
    for name, line in params.items():
        if name not in doc_params:
            problem(CONFIGURATION, 1, f"template parameter {name} (template.yaml:{line}) is not in the Template parameters table")
    for name, line in doc_params.items():
        if name not in params:
            problem(CONFIGURATION, line, f"{name} is in the Template parameters table but is no Parameter of template.yaml")
    for name, line in variables.items():
        if name not in doc_vars:
            problem(CONFIGURATION, 1, f"environment variable {name} (template.yaml:{line}) is not in the Environment variables table")
    for name, line in doc_vars.items():
        if name not in variables:
            problem(CONFIGURATION, line, f"{name} is in the Environment variables table but template.yaml sets no such variable (a local-only one goes in the 'Local runner only' table)")
    rust = rust_sources_text()
    for name, line in local_only.items():
        if f'"{name}"' not in rust:
            problem(CONFIGURATION, line, f"{name} (local runner only) is not read anywhere in the Rust sources (no \"{name}\" in any .rs file)")
        if name in variables:
            problem(CONFIGURATION, line, f"{name} is in the Local runner only table, but template.yaml sets it: move it to the Environment variables table")
    if not doc_params or not doc_vars:
        problem(CONFIGURATION, 1, "no Template parameters or no Environment variables table found")


def check_alarms(lines):
    named = set()
    for _, rows in tables_by_heading(OPERATIONS):
        for _, names in rows:
            named.update(names)
    for name, line in template_alarms(lines).items():
        if name not in named:
            problem(OPERATIONS, 1, f"alarm {name} (AWS::CloudWatch::Alarm, template.yaml:{line}) is in no table of the chapter")


def handled_stripe_types():
    text = INBOX.read_text(encoding="utf-8")
    body = text[text.index("pub const fn as_str(self)"):]
    body = body[:body.index("\n    }\n")]
    types = set(re.findall(r'=> "([a-z_.]+)"', body))
    if not types:
        raise SystemExit(f"{INBOX.relative_to(ROOT)}: found no HandledType::as_str strings")
    return {t for t in types if not t.startswith("stripe_recovery.")}


def check_deploying(lines):
    params = template_parameters(lines)
    answered = {}
    for heading, rows in tables_by_heading(DEPLOYING):
        if "answer by answer" in heading.lower():
            for number, names in rows:
                answered.setdefault(names[0], number)
    if not answered:
        problem(DEPLOYING, 1, "no table under a heading with 'answer by answer' (sam deploy --guided)")
    for name, line in params.items():
        if name not in answered:
            problem(DEPLOYING, 1, f"template parameter {name} (template.yaml:{line}) has no row in the sam deploy --guided table")
    for name, line in answered.items():
        if name not in params:
            problem(DEPLOYING, line, f"{name} is in the sam deploy --guided table but is no Parameter of template.yaml")
    listed = {}
    for number, line in enumerate(DEPLOYING.read_text(encoding="utf-8").splitlines(), 1):
        for event in re.findall(r"enabled_events\[\]=([a-z_.]+)", line):
            listed.setdefault(event, number)
    handled = handled_stripe_types()
    for event in sorted(handled - set(listed)):
        problem(DEPLOYING, 1, f"the webhook endpoint's enabled_events[] lacks {event}, which the code handles ({INBOX.relative_to(ROOT)})")
    for event, number in listed.items():
        if event not in handled:
            problem(DEPLOYING, number, f"enabled_events[]={event}: the code handles no such event type ({INBOX.relative_to(ROOT)})")


def main():
    pages = [ROOT / "README.md", *sorted(BOOK.rglob("*.md"))]
    for page in pages:
        check_links(page)
    lines = template_lines()
    check_configuration(lines)
    check_alarms(lines)
    check_deploying(lines)
    for line in problems:
        print(line)
    if problems:
        print(f"check-docs: {len(problems)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print(f"check-docs: {len(pages)} pages' links resolve; the configuration reference, the alarm table and the deploy chapter's parameters and webhook events agree with template.yaml and the code")


if __name__ == "__main__":
    if "--list" in sys.argv:
        lines = template_lines()
        print("PARAMS", " ".join(template_parameters(lines)))
        print("VARS", " ".join(template_variables(lines)))
        print("ALARMS", " ".join(template_alarms(lines)))
    else:
        main()
