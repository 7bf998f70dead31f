"""Every built page is valid HTML by the current Nu checker (npm's vnu-jar, run on Java)."""

from __future__ import annotations

import shutil
import subprocess

from support.browser import require
from support.project import ROOT, Site

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_nu_checker_finds_no_error_on_any_page(site: Site) -> None:
    require(VNU, "The Nu HTML checker (npm ci)")
    require("java", "Java")
    result = subprocess.run(
        [shutil.which("java") or "java", "-jar", str(VNU), "--skip-non-html", "--errors-only", str(site.root)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line.replace(f"file:{site.root}/", "") for line in result.stderr.splitlines() if "error" in line]
    assert result.returncode == 0 and not errors, "\n".join(errors[:40])


def test_the_checker_would_catch_an_error(tmp_path) -> None:
    require(VNU, "The Nu HTML checker (npm ci)")
    require("java", "Java")
    (tmp_path / "bad.html").write_text(
        '<!doctype html><html lang="en"><title>x</title><label tabindex="">x</label></html>', encoding="utf-8"
    )
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", str(tmp_path / "bad.html")], capture_output=True, text=True
    )
    assert result.returncode != 0 and "tabindex" in result.stderr
