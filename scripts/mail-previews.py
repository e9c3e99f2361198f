#!/usr/bin/env python3
"""Screenshots every mail kind in every language into docs/mails/.

Builds the local runner (`cargo build -p local`, a no-op when it is up to date), has it
render every mail from sample data (`recovery-local previews DIR`: a render error fails
this script), checks each HTML part as mail clients need it (no script, style sheet or
event handler; every image with alt text; `<html lang>` the mail's language; every link
also in the plain-text part), then opens each in headless Chromium (Debian's `chromium`)
at a phone's width (390) and a desktop width (800) and saves
docs/mails/<kind>-<lang>-phone.png and -desktop.png.

Chromium screenshots its window, so the window is tall and the PNG is cropped to the
mail (Pillow), then saved with a 256-colour palette to keep the committed files small.

Usage: .venv/bin/python scripts/mail-previews.py   (needs pillow: requirements-test.txt)
"""
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
LANGUAGES = {"en", "ja", "de", "fr", "es"}
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


def main():
    started = time.monotonic()
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

        failed = []
        kinds = {}
        for entry in index:
            kinds.setdefault(entry["kind"], set()).add(entry["language"])
            html_text = (rendered / entry["html"]).read_text(encoding="utf-8")
            text = (rendered / entry["text"]).read_text(encoding="utf-8")
            for problem in check(entry, html_text, text):
                failed.append(f"{entry['kind']}-{entry['language']}: {problem}")
        for kind, languages in sorted(kinds.items()):
            if languages != LANGUAGES:
                failed.append(f"{kind}: languages {sorted(languages)}, not {sorted(LANGUAGES)}")
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
            for entry in index:
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

    # Screenshots of a kind or language that no longer exists would mislead.
    made = set(jobs.values())
    for stale in OUT.glob("*.png"):
        if stale not in made:
            stale.unlink()
            print(f"removed {stale.relative_to(ROOT)}")
    size = sum(png.stat().st_size for png in made)
    largest = max(made, key=lambda png: png.stat().st_size)
    print(f"largest: {largest.relative_to(ROOT)} ({largest.stat().st_size // 1024} KiB); "
          f"all: {size // 1024} KiB; {time.monotonic() - started:.0f} s")
    print(f"previews: {len(index)} mails, {len(made)} screenshots in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
