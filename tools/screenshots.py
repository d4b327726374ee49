"""Screenshots of the dashboard, an event page and the Spanish view at desktop (1280×800)
and phone (390×844) widths, into docs/ (the README shows docs/dashboard.png).

    python tools/screenshots.py [--db demo.db] [--out docs]

Builds the demo database in a temporary folder unless --db names one, serves it on
127.0.0.1 and drives Debian's chromium (/usr/bin/chromium) with Playwright.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

from sucesos import api
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu"]
SIZES = {"": (1280, 800), "-phone": (390, 844)}


def shoot(base: str, out: Path) -> list[Path]:
    """Take every screenshot; returns the files written."""
    events = httpx.get(f"{base}/api/events", params={"sort": "-n_sources", "limit": 50}).json()
    event = next(e for e in events["events"] if e["disputed"]) if events["events"] else None
    pages = {
        "dashboard": "/?lang=en&window=30d",
        "dashboard-es": "/?lang=es&window=30d",
    }
    if event is not None:
        pages["event"] = f"/events/{event['id']}?lang=en"
        pages["event-es"] = f"/events/{event['id']}?lang=es"
    written: list[Path] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, path in pages.items():
            for suffix, (width, height) in SIZES.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                page.goto(base + path)
                if name.startswith("dashboard"):
                    page.wait_for_selector("body[data-ready]")
                    page.wait_for_selector("path[data-state]")
                    page.wait_for_timeout(500)
                target = out / f"{name}{suffix}.png"
                page.screenshot(path=str(target))
                written.append(target)
                context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="A database to show (default: a fresh demo database).")
    parser.add_argument("--out", default="docs", help="Folder for the PNG files.")
    opts = parser.parse_args()
    out = Path(opts.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = opts.db
        if db is None:
            db = str(Path(tmp) / "demo.db")
            store, _ = api.demo(db)
            store.close()
        with BackgroundServer(Settings(db=db)) as server:
            for path in shoot(server.url, out):
                print(path)


if __name__ == "__main__":
    main()
