"""Variant builds started in the background, before the tests that read them ask.

A build keeps one core busy for a while; the browser tests leave the second core idle much of the
time. A fixture that reads a variant of the guide (a practice's own guide, a long name, another
language...) registers how to build it, under its own name:

    prebuild.recipe("long_name_url", lambda folder: run_build(practice_project(folder / "project", settings)))

and its body takes the result with `prebuild.result("long_name_url", tmp_path_factory)`. A
parametrized fixture that reads one variant per parameter registers each under its own name with
`fixture="the_fixture"` (tests/site/test_languages.py). A test that builds a changed copy of the
project in its body waits for that build in the foreground: make the change and the build a recipe
instead, and the test reads the result. When the
session starts (conftest.py `_prebuild`), every recipe a selected test will use (its fixture is in
the test's fixture closure, and the recipe is in conftest.py or in the test's own file) is started,
one build at a time, in the order the tests will need them. A recipe not started yet when its
fixture asks is built then. Each build is exactly the one the fixture made itself before: same
project, same command, a folder of its own.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from support.project import BuildResult


@dataclass(frozen=True)
class Recipe:
    build: Callable[[Path], Any]  # given an empty folder of its own; usually returns a BuildResult
    module: str  # the file that registered it: its tests are the ones that need it
    fixture: str  # the fixture that reads it: the recipe's own name, or a parametrized fixture's


_recipes: dict[str, Recipe] = {}
_started: dict[str, Future] = {}
_pool: ThreadPoolExecutor | None = None


def recipe(name: str, build: Callable[[Path], Any], *, fixture: str | None = None) -> None:
    """Register how fixture `name` builds its variant (`build(folder)`, folder empty and its own).
    A parametrized fixture that reads one recipe per parameter names itself as `fixture`."""
    caller = inspect.currentframe().f_back.f_code.co_filename
    _recipes[name] = Recipe(build, str(Path(caller).resolve()), fixture or name)


def needed(items) -> list[str]:
    """The recipes the selected tests use, in the order the tests will first need them."""
    names: list[str] = []
    for item in items:
        module = str(Path(item.path).resolve())
        for fixture in item.fixturenames:
            for name, found in _recipes.items():
                if (
                    found.fixture == fixture
                    and name not in names
                    and (found.module == module or found.module.endswith("conftest.py"))
                ):
                    names.append(name)
    return names


def start(names: list[str], tmp_path_factory) -> None:
    """Start these builds in the background, one at a time, in this order."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prebuild")
    for name in names:
        if name not in _started:
            _started[name] = _pool.submit(_recipes[name].build, tmp_path_factory.mktemp(name))


def result(name: str, tmp_path_factory) -> Any:
    """The build of recipe `name`: waited for if it is under way or done; made now, in this thread,
    if it was not started or is still waiting its turn."""
    future = _started.get(name)
    if future is None or future.cancel():
        done: Future = Future()
        done.set_result(_recipes[name].build(tmp_path_factory.mktemp(name)))
        _started[name] = future = done
    return future.result()


def stop() -> None:
    """Drop the builds not started (a run stopped early) and wait for the one under way."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
        _pool = None
    _started.clear()


__all__ = ["BuildResult", "needed", "recipe", "result", "start", "stop"]
