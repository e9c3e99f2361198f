#!/usr/bin/env python3
"""Screenshots every mail kind in a chosen set of languages into docs/mails/, and checks
every mail and page in every language at a phone's width.

Builds the local runner (`cargo build -p local`, a no-op when it is up to date), has it
render every mail from sample data (`recovery-local previews DIR`: a render error fails
this script), checks each HTML part as mail clients need it (no script, style sheet or
event handler; every image with alt text; `<html lang>` the mail's language; every link
also in the plain-text part), then opens each in headless Chromium (Debian's `chromium`)
at a phone's width (390) and a desktop width (800) and saves
docs/mails/<kind>-<lang>-phone.png and -desktop.png.

Chromium screenshots its window, so the window is tall and the PNG is cropped to the
mail (Pillow), then saved with a 256-colour palette to keep the committed files small.

`--check` (scripts/test runs it) screenshots nothing: it opens every kind and every page
outcome in every language (the runner's `previews` writes them all) in one headless
Chromium steered over its DevTools pipe, at 390 px, and fails on any element whose box
ends right of the screen or a page that scrolls sideways (text that overflows), and on
any character of the mail's or page's text (subject and title included) that no
installed font has a glyph for (it would show as a box): the fonts are read with
fontTools, as fontconfig lists them.

Usage: .venv/bin/python scripts/mail-previews.py [--languages en,de,…|--all|--check]
(default languages: en, de, ja, pt-BR, pl, th, zh-Hant-TW, the committed screenshots;
needs pillow and fonttools: requirements-test.txt; the fonts: chromium,
fonts-ipafont-gothic, fonts-wqy-zenhei, fonts-thai-tlwg)
"""
import argparse
import importlib.util
import unicodedata
import concurrent.futures
import html.parser
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

try:
    from PIL import Image, ImageChops
except ImportError:
    raise SystemExit("pillow is missing: .venv/bin/pip install -r requirements-test.txt")

ROOT = pathlib.Path(__file__).resolve().parent.parent
LOCAL = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "debug" / "recovery-local"
OUT = ROOT / "docs" / "mails"
# The committed screenshots: a Latin, a CJK, a Thai, a Traditional Chinese and a
# plural-heavy (pl) language among them.
DEFAULT_LANGUAGES = ["en", "de", "ja", "pt-BR", "pl", "th", "zh-Hant-TW"]
WIDTHS = {"phone": 390, "desktop": 800}
# The first window height tried; a mail that fills it is shot again in a taller one.
HEIGHT = 1600
MAX_HEIGHT = 6400
# Below the mail's card, as much of the layout's background as above it (its padding).
MARGIN = 24


class Mail(html.parser.HTMLParser):
    """What the checks need of an HTML part; `problems` lists what mail clients refuse."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.lang = None
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("script", "style", "link", "iframe", "object", "embed", "form"):
            self.problems.append(f"a <{tag}> element")
        if tag == "img" and not (attrs.get("alt") or "").strip():
            self.problems.append(f"an image without alt text: {attrs.get('src', '')[:60]}")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.problems.append(f"an event handler {name}= on <{tag}>")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"a javascript: URL on <{tag}>")
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"] or "")


def check(entry, html_text, text):
    """What is wrong with one mail, as messages (none: it is fine)."""
    mail = Mail()
    mail.feed(html_text)
    mail.close()
    problems = list(mail.problems)
    if "<script" in html_text.lower():
        problems.append("'<script' in the HTML")
    if mail.lang != entry["language"]:
        problems.append(f"<html lang={mail.lang!r}>, not {entry['language']!r}")
    for href in mail.hrefs:
        if not href.startswith("https://"):
            problems.append(f"a link that is not https: {href!r}")
        if href not in text:
            problems.append(f"a link of the HTML part is not in the text part: {href}")
    if not entry["subject"].strip():
        problems.append("an empty subject")
    if not text.strip():
        problems.append("an empty text part")
    return problems


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium not found: apt-get install chromium fonts-ipafont-gothic")


def shoot(browser, page, width, png):
    """A screenshot of `page` at `width`, cropped to the mail, saved small in `png`."""
    height = HEIGHT
    while True:
        with tempfile.TemporaryDirectory(prefix="mail-previews-chromium-") as profile:
            raw = pathlib.Path(profile) / "shot.png"
            run = subprocess.run(
                [browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-dev-shm-usage", "--hide-scrollbars",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", f"--user-data-dir={profile}/profile",
                 f"--window-size={width},{height}", f"--screenshot={raw}", page.as_uri()],
                capture_output=True, text=True, timeout=120)
            if run.returncode != 0 or not raw.exists():
                raise RuntimeError(f"chromium failed ({run.returncode}): {run.stderr[-2000:]}")
            with Image.open(raw) as shot:
                image = shot.convert("RGB")
        if image.size != (width, height):
            raise RuntimeError(f"a {image.size} screenshot, not {width}x{height}")
        # The layout's background fills the window around the mail's card.
        background = image.getpixel((0, height - 1))
        box = ImageChops.difference(image, Image.new("RGB", image.size, background)).getbbox()
        if box is None:
            raise RuntimeError("a blank screenshot")
        bottom = box[3]
        if bottom + MARGIN <= height:
            break
        if height >= MAX_HEIGHT:
            raise RuntimeError(f"taller than {MAX_HEIGHT} px")
        height *= 2
    image = image.crop((0, 0, width, bottom + MARGIN))
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(png, optimize=True)
    return png


def devtools():
    """check-pages.py's Devtools (Chromium over its DevTools pipe), at a phone's size."""
    spec = importlib.util.spec_from_file_location("check_pages", ROOT / "scripts" / "check-pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Devtools


def covered_characters():
    """Every character some installed font has a glyph for (what fontconfig lists)."""
    from fontTools.ttLib import TTCollection, TTFont
    files = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True,
                           text=True, check=True).stdout.split()
    covered = set()
    for file in sorted(set(files)):
        try:
            fonts = TTCollection(file).fonts if file.endswith((".ttc", ".otc")) else [TTFont(file, lazy=True)]
        except Exception:  # a font fontTools cannot read is not one we rely on
            continue
        for font in fonts:
            cmap = font.getBestCmap() or {}
            covered.update(cmap)
    return covered


# Measured in the page: the text, and every element whose box ends right of the screen.
# The screen's width, not innerWidth: a phone widens its layout to content that overflows.
OVERFLOW = """(() => {
  const width = 390, found = [];
  if (document.documentElement.scrollWidth > width)
    found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
  for (const e of document.body.querySelectorAll('*')) {
    const box = e.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 0.5)
      found.push('<' + e.tagName.toLowerCase() + '> ends at ' + Math.round(box.right) + ' px: '
                 + (e.textContent || '').trim().slice(0, 60));
  }
  return {found: found.slice(0, 3), text: document.title + '\\n' + document.body.textContent};
})()"""


def check_all(rendered):
    """Every mail and page in every language, at 390 px: overflow and missing glyphs."""
    mails = json.loads((rendered / "index.json").read_text(encoding="utf-8"))
    pages = json.loads((rendered / "pages.json").read_text(encoding="utf-8"))
    covered = covered_characters()
    failed = []
    browser = devtools()(chromium())
    try:
        for entry in mails + pages:
            name = entry["html"]
            browser.open((rendered / name).as_uri())
            result = browser.value(OVERFLOW)
            failed += [f"{name}: {found}" for found in result["found"]]
            text = result["text"] + entry.get("subject", "")
            missing = sorted({c for c in text if ord(c) not in covered
                              and not unicodedata.category(c).startswith(("Z", "C"))})
            if missing:
                failed.append(f"{name}: no font has " + " ".join(f"{c} U+{ord(c):04X}" for c in missing[:10]))
    finally:
        browser.close()
    languages = {e["language"] for e in mails} | {e["language"] for e in pages}
    return failed, len(mails), len(pages), len(languages)


def main():
    started = time.monotonic()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--languages", default=",".join(DEFAULT_LANGUAGES),
                       help="comma-separated language codes to screenshot")
    group.add_argument("--all", action="store_true", help="screenshot every language")
    group.add_argument("--check", action="store_true",
                       help="check every kind and page in every language; no screenshots")
    args = parser.parse_args()
    browser = chromium()
    subprocess.run(["cargo", "build", "-p", "local"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory(prefix="mail-previews-") as rendered:
        rendered = pathlib.Path(rendered)
        run = subprocess.run([str(LOCAL), "previews", str(rendered)], cwd=ROOT,
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stdout + run.stderr)
            raise SystemExit(f"FAIL: the mails did not render (recovery-local previews exited {run.returncode})")
        index = json.loads((rendered / "index.json").read_text(encoding="utf-8"))
        every_language = sorted({entry["language"] for entry in index})
        if args.check:
            failed, mails, pages, languages = check_all(rendered)
            for line in failed:
                print(f"FAIL {line}")
            if failed:
                raise SystemExit(f"previews: {len(failed)} problem(s)")
            print(f"previews: {mails} mails and {pages} pages in {languages} languages fit a "
                  f"phone's width, every character has a font; {time.monotonic() - started:.0f} s")
            return
        wanted = set(every_language) if args.all else set(args.languages.split(","))
        unknown = wanted - set(every_language)
        if unknown:
            raise SystemExit(f"unknown languages {sorted(unknown)}; known: {', '.join(every_language)}")

        failed = []
        kinds = {}
        for entry in index:
            kinds.setdefault(entry["kind"], set()).add(entry["language"])
            html_text = (rendered / entry["html"]).read_text(encoding="utf-8")
            text = (rendered / entry["text"]).read_text(encoding="utf-8")
            for problem in check(entry, html_text, text):
                failed.append(f"{entry['kind']}-{entry['language']}: {problem}")
        for kind, languages in sorted(kinds.items()):
            if languages != set(every_language):
                failed.append(f"{kind}: languages {sorted(languages)}, not {every_language}")
        if len({(e["kind"], e["language"]) for e in index}) != len(index) or not index:
            failed.append("index.json lists a mail twice, or none")
        if failed:
            for line in failed:
                print(f"FAIL {line}")
            raise SystemExit(f"previews: {len(failed)} problem(s) in {len(index)} mails")

        OUT.mkdir(parents=True, exist_ok=True)
        jobs = {}
        # Each Chromium takes about a core for a second or two.
        workers = max(1, min(8, 2 * (os.cpu_count() or 1)))
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            for entry in (e for e in index if e["language"] in wanted):
                stem = pathlib.Path(entry["html"]).stem
                for form, width in WIDTHS.items():
                    png = OUT / f"{stem}-{form}.png"
                    jobs[pool.submit(shoot, browser, rendered / entry["html"], width, png)] = png
            for job in concurrent.futures.as_completed(jobs):
                png = jobs[job]
                try:
                    job.result()
                except Exception as err:  # report every screenshot, then fail
                    failed.append(f"{png.name}: {err}")
        if failed:
            for line in failed:
                print(f"FAIL {line}")
            raise SystemExit(f"previews: {len(failed)} screenshot(s) failed")

    # Screenshots of a kind or language that no longer exists, or that the committed set
    # no longer has, would mislead (a chosen subset of languages leaves the rest alone).
    made = set(jobs.values())
    replaces_all = args.all or sorted(wanted) == sorted(DEFAULT_LANGUAGES)
    for stale in OUT.glob("*.png") if replaces_all else ():
        if stale not in made:
            stale.unlink()
            print(f"removed {stale.relative_to(ROOT)}")
    size = sum(png.stat().st_size for png in made)
    largest = max(made, key=lambda png: png.stat().st_size)
    print(f"largest: {largest.relative_to(ROOT)} ({largest.stat().st_size // 1024} KiB); "
          f"all: {size // 1024} KiB; {time.monotonic() - started:.0f} s")
    print(f"previews: {len(made) // len(WIDTHS)} mails, {len(made)} screenshots in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
