"""Debian's Chromium, driven by Playwright: launched once, with this machine's safe flags."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("SEEN_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONES = {"320x640": {"width": 320, "height": 640}, "390x844": {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")


def require(path: Path | str, what: str) -> None:
    """Missing tools fail under CI=true and skip elsewhere."""
    if Path(path).exists() or shutil.which(str(path)):
        return
    message = f"{what} is missing ({path}); install it as .ci/run does"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def launch(playwright):
    require(CHROMIUM, "Chromium")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


def run_axe(page) -> list[dict]:
    """axe-core's violations on the current page, WCAG 2.0-2.2 A/AA and best practices."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        {"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
