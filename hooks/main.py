"""MkDocs event handlers for Seen: a thin doorway; the work is in the `seen` package beside this file.

MkDocs puts this folder on sys.path only while importing this module, so every import is here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from seen.build import GuideBuild, start_build
from seen.finish.staging import Staging, strict_warnings
from seen.finish.weight import CompressionCache

# The guide of the build under way; replaced at every on_config, so `mkdocs serve` never
# carries one build's data into the next.
_build: GuideBuild | None = None


def _current() -> GuideBuild:
    if _build is None:
        raise PluginError("Seen: the guide's data was not loaded (on_config did not run)")
    return _build


@event_priority(50)  # before the search plugin reads its language (set per edition)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _build
    _build = start_build(config)  # raises PluginError with a one-line message on bad data
    config.nav = _build.nav
    if _build.edition == _build.editions[0]:  # the other editions are built inside this one's folder
        _stage(config)
        _start_compression(config)
    return config


# Atomic builds (seen.finish.staging): `mkdocs build` writes into a staging folder beside site_dir, which
# replaces site_dir only at the very end of a build that succeeded. `mkdocs serve` writes as before.
_staging: Staging | None = None


def _stage(config: MkDocsConfig) -> None:
    global _staging
    _discard()
    if _command == "serve" or _dirty:
        return
    try:
        _staging = Staging.begin(Path(config.site_dir))
    except OSError as error:
        raise PluginError(
            f"site_dir: expected a folder the build can write beside ({config.site_dir}), found {error.strerror.lower()}"
        ) from None
    config.site_dir = str(_staging.folder)


def _discard() -> None:
    global _staging
    if _staging is not None:
        _staging.discard()
        _staging = None


@event_priority(-1000)  # after every other plugin's on_post_build; MkDocs' strict check comes next
def _publish_site(config: MkDocsConfig) -> None:
    global _staging
    if _staging is None or Path(config.site_dir) != _staging.folder:
        return  # `mkdocs serve`, or another edition's build inside this one's folder
    if config.strict and strict_warnings():
        return  # MkDocs is about to abort: on_build_error removes the staging folder
    _staging.publish()
    config.site_dir = str(_staging.target)  # e.g. for `mkdocs gh-deploy`, which reads it next
    _staging = None


def on_build_error(error: Exception) -> None:
    _stop_workers()
    _discard()


def on_shutdown() -> None:
    _stop_workers()
    _discard()  # also after Ctrl-C, which is no Exception and skips on_build_error


def _stop_workers() -> None:
    global _compression
    if _build is not None:
        _build.close_workers()  # preview cards and QR codes drawn in other processes (seen.pages)
    if _compression is not None:
        _compression.close()  # compressed copies made in other processes (seen.finish.weight)
        _compression = None


# Compressed copies (seen.finish.weight): each finished page is handed to worker processes as soon
# as it is written, so they compress while the rest of the site (and every other edition) is drawn;
# one cache for the whole build, made at the first edition's on_config. Not for `mkdocs serve`
# (no compressed copies there), nor the offline edition (its plugin rewrites every page afterwards).
_compression: CompressionCache | None = None
_compressed_site: str | None = None  # the site folder of the build that made it


def _start_compression(config: MkDocsConfig) -> None:
    global _compression, _compressed_site
    if _compression is not None:
        _compression.close()
        _compression = None
    if _command != "serve":
        _compression = _current().compression()
        _compressed_site = config.site_dir


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return _current().on_files(files, config)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    return _current().on_env(env, files)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _current().on_page_markdown(markdown, page, files)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    return _current().on_page_context(context, page, config, nav)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    build = _current()
    # each finished page's compressed copies are started at once (not in the offline edition: its plugin rewrites every page)
    return build.on_post_page(output, page, compression=None if build.offline else _compression)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _current().on_post_template(output_content, template_name)


# `mkdocs serve` previews: no compressed copies there (nothing serves them, and they slow each rebuild).
_command: str | None = None
_dirty = False


def on_startup(command: str, dirty: bool) -> None:
    global _command, _dirty
    _command, _dirty = command, dirty


@event_priority(-50)  # after the search plugin writes its index, before the offline plugin inlines it (-100)
def _finish_site(config: MkDocsConfig) -> None:
    _current().on_post_build(config)  # cards, search, lighter files; then each other language's edition


@event_priority(-200)  # last: every file, the offline plugin's included, is final
def _compress_site(config: MkDocsConfig) -> None:
    global _compression
    if _command == "serve":
        return
    if _compression is None or config.site_dir == _compressed_site:
        cache, _compression = _compression or _current().compression(), None  # the whole build: then stop it
        try:
            _current().compress(config, cache)
        finally:
            cache.close()
    else:  # another edition's folder, inside the first's: the cache goes on to the first edition's end
        _current().compress(config, _compression)


on_post_build = CombinedEvent(_finish_site, _compress_site, _publish_site)
