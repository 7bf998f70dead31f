"""Fixtures shared by every tier: the real site built once per session, the guide, one Chromium,
the walks of every page and the other checks of every page run beside them (support/walk.py), and the variant builds more than one file reads (a
practice's own guide, a discreet practice's guide), started in the background (support/prebuild.py).

Helpers live in tests/support/; this file only hands them to tests as fixtures, and imports the
browser only when a browser test asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from support import prebuild
from support.project import ROOT, BuildResult, Site, copy_project, run_build


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that read the walks or the other checks of every page run last. Those run in the
    background from when the site is built (`_early_walks`); every other test runs beside them
    meanwhile, instead of the first reader waiting for them with one core idle. Just before them
    come the flows in WebKit and Firefox (the `reader` fixture of tests/browser/test_engines.py):
    two more browsers beside the walks' two slowed them the most, so they start once the walks are
    done or nearly. The order within each group (and within a file) stays as collected."""

    def group(item: pytest.Item) -> int:
        if "walks" in item.fixturenames or "page_checks" in item.fixturenames:
            return 2
        return 1 if "reader" in item.fixturenames else 0

    items.sort(key=group)


@pytest.fixture(scope="session", autouse=True)
def _prebuild(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The variant builds the selected tests will read, started in the background one at a time
    (support.prebuild), while the site is built and the first tests run."""
    prebuild.start(prebuild.needed(request.session.items), tmp_path_factory)
    yield
    prebuild.stop()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    result = run_build(ROOT, tmp_path_factory.mktemp("site") / "site")
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="session")
def site(built: BuildResult) -> Site:
    return Site(built.site)


@pytest.fixture(scope="session")
def guide():
    from seen.content.guide import load_guide

    return load_guide(ROOT / "data")


@pytest.fixture(scope="session")
def browser():
    """One Chromium for every browser test (Playwright's sync API allows one at a time)."""
    from playwright.sync_api import sync_playwright

    from support.browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def base_url(site: Site) -> Iterator[str]:
    """The built site, served on 127.0.0.1 as a host would serve it."""
    from support.server import serve

    with serve(site.root) as url:
        yield url


_walks: dict[Path, object] = {}  # support.walk.Walks of each built site's folder, made once


def _walks_of(site: Site, *, walk: bool = True, checks: list[str] | None = None):
    from support.walk import Walks

    if site.root not in _walks:
        _walks[site.root] = Walks(site.root, site.html_pages(), walk=walk, checks=checks)
    return _walks[site.root]


@pytest.fixture(scope="session", autouse=True)
def _early_walks(request: pytest.FixtureRequest, _prebuild: None) -> Iterator[None]:
    """When a selected test reads the walks or another check of every page, they start as soon as
    the site is built, in the background: the browser tests before them mostly wait on the browser,
    leaving the cores free. Only what the selected tests read is started."""
    items = request.session.items
    walk = any("walks" in item.fixturenames for item in items)
    checks = []
    if any("page_checks" in item.fixturenames for item in items):
        from support.walk import checks_for

        checks = checks_for(items)
    if walk or checks:
        _walks_of(Site(request.getfixturevalue("built").site), walk=walk, checks=checks).start()
    yield
    for walks in _walks.values():
        walks.close()
    _walks.clear()


@pytest.fixture(scope="session")
def walks(site: Site):
    """Every page walked once per colour scheme, at both phone widths, with every per-page check
    (support.walk): the pages dealt out to two Chromiums, from when the site is built."""
    return _walks_of(site)


@pytest.fixture(scope="session")
def page_checks(site: Site):
    """The other checks of every page (support.walk.also, registered by the test file that reads
    them), run in the walks' browsers after the walk, in the background."""
    return _walks_of(site)


def _branded(folder: Path) -> BuildResult:
    from support.practice import practice_project

    return run_build(practice_project(folder / "project"))


prebuild.recipe("branded", _branded)


@pytest.fixture(scope="session")
def branded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The guide built as a practice would make it theirs (support.practice), once per session."""
    result = prebuild.result("branded", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="session")
def sub_path_url(branded: Path) -> Iterator[str]:
    """The practice's guide served under a sub-path of its site (support.practice.BASE)."""
    from support.practice import BASE
    from support.server import serve

    with serve(branded, base=BASE) as url:
        yield url


def _discreet(folder: Path) -> BuildResult:
    from support.practice import discreet_project

    return run_build(discreet_project(folder / "project"))


prebuild.recipe("discreet", _discreet)


@pytest.fixture(scope="session")
def discreet(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The guide of a practice that asks for discretion (support.practice.discreet_project), built
    once per session: discreet previews (tests/site) and discreet history (tests/browser)."""
    result = prebuild.result("discreet", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture()
def project_copy(tmp_path: Path) -> Iterator[Path]:
    yield copy_project(tmp_path / "project")
