"""The hosting recipes, tested for real: nginx (deploy/nginx/) and Apache (deploy/apache/.htaccess)
serve the built guide under a sub-path, started on free local ports from a config in a temporary
folder: the guide's own "page not found" in each language, the security and caching headers, and
the build's .gz and .br copies."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urljoin
from urllib.request import Request, urlopen

import pytest
from bs4 import BeautifulSoup

from support.browser import require
from support.practice import SETTINGS
from support.project import ROOT

PATH = "/resources/guide/"
NAME = SETTINGS["name"]
APACHE_MODULES = Path("/usr/lib/apache2/modules")
NGINX_BROTLI = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


@pytest.fixture(scope="module")
def served_copy(branded: Path) -> Iterator[Path]:
    """The example practice's site (built once per session: conftest.py `branded`; its site_url ends
    in PATH), at <docroot>/resources/guide/, in a folder any server user may read."""
    assert SETTINGS["site_url"].endswith(PATH), SETTINGS["site_url"]
    docroot = Path(tempfile.mkdtemp(prefix="seen-hosting-"))
    docroot.chmod(0o755)
    shutil.copytree(branded, docroot / PATH.strip("/"))
    for folder in [docroot, *(p for p in docroot.rglob("*") if p.is_dir())]:
        folder.chmod(0o755)
    shutil.copy(ROOT / "deploy" / "apache" / ".htaccess", docroot / PATH.strip("/") / ".htaccess")
    yield docroot
    shutil.rmtree(docroot)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(port: int, process: subprocess.Popen, log: Path) -> None:
    for _ in range(100):
        if process.poll() is not None:
            pytest.fail(f"the server stopped: {log.read_text(errors='replace') if log.exists() else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("the server did not start")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def _nginx(docroot: Path, folder: Path) -> Iterator[str]:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    require(nginx, "nginx (to serve the guide with deploy/nginx/)")
    port = _free_port()
    recipe = (ROOT / "deploy" / "nginx" / "guide.conf").read_text(encoding="utf-8")
    recipe = recipe.replace("/var/www/guide/site/", f"{docroot}{PATH}")
    recipe = recipe.replace("/etc/nginx/snippets/seen.conf", str(ROOT / "deploy" / "nginx" / "seen.conf"))
    if NGINX_BROTLI.exists():
        load = f"load_module {NGINX_BROTLI};\n"
    else:  # as the recipe says: without the module, its brotli_static lines go
        load, recipe = "", "\n".join(line for line in recipe.splitlines() if "brotli_static" not in line)
    (folder / "logs").mkdir()
    config = folder / "nginx.conf"
    config.write_text(
        f"{load}daemon off; master_process off; pid {folder}/nginx.pid; error_log {folder}/logs/error.log;\n"
        "events {}\n"
        f"http {{ include /etc/nginx/mime.types; access_log off; client_body_temp_path {folder}; "
        f"proxy_temp_path {folder}; fastcgi_temp_path {folder}; uwsgi_temp_path {folder}; scgi_temp_path {folder};\n"
        f"server {{ listen 127.0.0.1:{port}; root {folder}/empty;\n{recipe}\n}} }}\n",
        encoding="utf-8",
    )
    process = subprocess.Popen([nginx, "-c", str(config), "-p", str(folder)], stderr=subprocess.DEVNULL)
    try:
        _wait(port, process, folder / "logs" / "error.log")
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)


def _apache(docroot: Path, folder: Path) -> Iterator[str]:
    apache = shutil.which("apache2") or "/usr/sbin/apache2"
    require(apache, "Apache (apache2, to serve the guide with deploy/apache/.htaccess)")
    port = _free_port()
    modules = ["mpm_event", "authz_core", "alias", "dir", "mime", "headers", "rewrite", "brotli", "deflate"]
    loads = "".join(
        f"LoadModule {name}_module {APACHE_MODULES}/mod_{name}.so\n"
        for name in modules
        if (APACHE_MODULES / f"mod_{name}.so").exists()
    )
    user = "User nobody\nGroup nogroup\n" if os.geteuid() == 0 else ""
    config = folder / "httpd.conf"
    config.write_text(
        f"ServerRoot {folder}\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\nPidFile {folder}/httpd.pid\n"
        f"ErrorLog {folder}/error.log\nMutex file:{folder}\n{user}{loads}"
        "TypesConfig /etc/mime.types\nDirectoryIndex index.html\n"
        f"DocumentRoot {docroot}\n<Directory {docroot}>\n  AllowOverride All\n  Options FollowSymLinks\n"
        "  Require all granted\n</Directory>\n",
        encoding="utf-8",
    )
    env = {**os.environ, "APACHE_RUN_DIR": str(folder), "APACHE_LOCK_DIR": str(folder)}
    process = subprocess.Popen([apache, "-f", str(config), "-DFOREGROUND"], env=env, stderr=subprocess.DEVNULL)
    try:
        _wait(port, process, folder / "error.log")
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)


@pytest.fixture(scope="module", params=["nginx", "apache"])
def host(request: pytest.FixtureRequest, served_copy: Path) -> Iterator[tuple[str, str, Path]]:
    folder = Path(tempfile.mkdtemp(prefix=f"seen-{request.param}-"))
    (folder / "empty").mkdir()
    start = _nginx if request.param == "nginx" else _apache
    try:
        for origin in start(served_copy, folder):
            yield request.param, origin, served_copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fetch(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urlopen(Request(url, headers=headers)) as response:
            return response.status, dict(response.headers), response.read()
    except HTTPError as error:
        return error.code, dict(error.headers), error.read()


SECURITY = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _secure(headers: dict[str, str]) -> None:
    for name, value in SECURITY.items():
        assert headers.get(name) == value, name
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")


def test_the_guide_is_served_under_its_sub_path(host) -> None:
    _, origin, _ = host
    status, headers, body = fetch(origin + PATH)
    assert status == 200 and NAME in body.decode("utf-8")
    _secure(headers)
    assert "no-cache" in headers.get("Cache-Control", "")


@pytest.mark.parametrize(("missing", "language"), [("no-such-page/", "en"), ("es/signs/no-such-sign/", "es")])
def test_a_wrong_address_gets_the_guides_own_page_not_found(host, missing: str, language: str) -> None:
    _, origin, _ = host
    url = origin + PATH + missing
    status, headers, body = fetch(url)
    assert status == 404
    _secure(headers)
    page = BeautifulSoup(body.decode("utf-8"), "html.parser")
    assert page.html["lang"].startswith(language)
    assert page.select_one("#page-not-found") is not None and page.title.get_text().endswith(NAME)
    for link in page.select('link[rel="stylesheet"]') + page.select("script[src]"):
        found = fetch(urljoin(url, link.get("href") or link["src"]))[0]
        assert found == 200, link


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_the_builds_compressed_copies_are_sent(host, encoding: str) -> None:
    server, origin, docroot = host
    if encoding == "br" and server == "nginx":
        require(NGINX_BROTLI, "nginx's brotli module (libnginx-mod-http-brotli-static, for the .br copies)")
    suffix = ".gz" if encoding == "gzip" else ".br"
    for url, file in [("signs/gaslighting/", "signs/gaslighting/index.html"), ("search/search_index.json", None)]:
        status, headers, body = fetch(origin + PATH + url, **{"Accept-Encoding": encoding})
        copy = docroot / PATH.strip("/") / ((file or url) + suffix)
        assert status == 200 and headers.get("Content-Encoding") == encoding, url
        assert body == copy.read_bytes(), url
        assert "Accept-Encoding" in headers.get("Vary", ""), url
    status, headers, body = fetch(origin + PATH + "signs/gaslighting/")
    assert "Content-Encoding" not in headers and body.startswith(b"<!")


def test_fingerprinted_theme_files_are_kept_a_year(host) -> None:
    _, origin, docroot = host
    bundle = next((docroot / PATH.strip("/") / "assets" / "javascripts").glob("bundle.*.js"))
    status, headers, _ = fetch(f"{origin}{PATH}assets/javascripts/{bundle.name}")
    assert status == 200 and "max-age=31536000" in headers.get("Cache-Control", "")
