"""Drive the exported page in a headless Chromium, with the standard library alone.

Used by tests/test_web_browser.py and tools/web_bench.py: serve a site directory on
localhost (`serve`), start Chromium with `--remote-debugging-pipe` (`Browser`: the
DevTools protocol as NUL-terminated JSON messages on file descriptors 3 and 4), open
the page, and work its form the way a person would (`ask`): the reply, its token ids
and its tokens/s are read back from the page's own elements.

Why not Playwright: from PyPI it drives Debian's chromium-headless-shell through executable_path
(checked: 1.65.3 with Chromium 150), and would replace the pipe client below (about 130 lines; the
page-side scripts and the server stay). But it adds 167 MB (its own Node.js driver) to every CI
environment for that, and it supports only the Chromium build it pins, while apt moves Debian's on
its own schedule; the few DevTools methods used here (Target, Page, Runtime) have been stable for years.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import http.server
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time

BROWSER_NAMES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class BrowserError(RuntimeError):
    """The browser did not start, answer, or run the page; the message says what it saw."""


def find_browser() -> str | None:
    """$GUPPY_BROWSER, else the first Chromium on PATH; None when there is none."""
    named = os.environ.get("GUPPY_BROWSER")
    if named:
        return shutil.which(named) or (named if os.access(named, os.X_OK) else None)
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@contextlib.contextmanager
def serve(directory: str):
    """http://127.0.0.1:PORT serving `directory` from a thread, for the duration of the block."""

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):  # the tests' output stays readable
            pass

    handler = functools.partial(QuietHandler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            thread.join()


class Browser:
    """A headless Chromium spoken to over the DevTools pipe; `open(url)` gives a Page."""

    def __init__(self, binary: str, width: int = 860, height: int = 640, timeout: float = 30.0):
        self.width, self.height, self.timeout = width, height, timeout
        self._profile = tempfile.mkdtemp(prefix="guppy-browser-")
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()
        args = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--remote-debugging-pipe",
            f"--user-data-dir={self._profile}",
            f"--window-size={width},{height}",
            "about:blank",
        ]
        # Chromium reads commands on fd 3 and writes replies on fd 4. A small Python program puts the pipes
        # there and becomes the browser (a preexec_fn is unsafe while the server thread runs, and sh only
        # redirects descriptors 0-9).
        self._log = tempfile.TemporaryFile()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _ONTO_FDS_3_AND_4, str(commands_read), str(replies_write), *args],
                pass_fds=(commands_read, replies_write),
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=self._log,
            )
        finally:
            os.close(commands_read)
            os.close(replies_write)
        self._buffer, self._next_id, self.events = b"", 0, []

    # ---- the protocol
    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float | None = None):
        """Send one command and return its result (events that arrive meanwhile go to self.events)."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self._commands, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise BrowserError(f"the browser has exited: {self.output()}") from None
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            reply = self._receive(deadline, method)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, session: str | None = None, timeout: float | None = None) -> dict:
        """The first event `method` (of `session`) not yet waited for, receiving until it arrives."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            for k, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    return self.events.pop(k)
            self.events.append(self._receive(deadline, method))

    def _receive(self, deadline: float, waiting_for: str) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._replies], [], [], left)[0]:
                raise BrowserError(f"no answer to {waiting_for} in time{self._console()}")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise BrowserError(f"the browser has exited: {self.output()}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def output(self) -> str:
        """The browser's own stdout and stderr so far (its last lines), for error messages."""
        self._log.seek(0)
        return " | ".join(self._log.read().decode("utf-8", "replace").strip().splitlines()[-5:])

    def _console(self) -> str:
        lines = [
            json.dumps(e.get("params", {}))[:300]
            for e in self.events
            if e.get("method") in ("Runtime.exceptionThrown", "Runtime.consoleAPICalled")
        ]
        return f"; the page logged: {' | '.join(lines[-5:])}" if lines else ""

    # ---- pages
    def open(self, url: str) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Runtime.enable")
        page.send("Page.enable")
        page.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )
        page.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired", session)  # (an evaluate sent sooner could run in about:blank)
        return page

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(BrowserError, OSError):
                self.send("Browser.close", timeout=5)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self._commands, self._replies):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._log.close()
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Page:
    def __init__(self, browser: Browser, session: str):
        self.browser, self.session = browser, session

    def send(self, method: str, params: dict | None = None, timeout: float | None = None):
        return self.browser.send(method, params, self.session, timeout)

    def evaluate(self, expression: str, timeout: float = 30.0):
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        result = self.send(
            "Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True}, timeout=timeout
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            thrown = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"the page threw: {thrown}")
        return result["result"].get("value")

    def wait_loaded(self, timeout: float = 60.0) -> dict:
        """{"state": "ready" | "error", "text": the status line} once the page has loaded the fish (or failed to)."""
        return self.evaluate(_WAIT_LOADED, timeout=timeout)

    def ask(
        self,
        prompt: str,
        temperature: float = 0.0,
        top_k: int = 50,
        seed: str = "",
        max_tokens: int = 64,
        kv_cache: bool = True,
        timeout: float = 300.0,
    ) -> dict:
        """Type a message into the form and send it; returns the reply as the page shows it:
        {"done": "ok" | "error", "text", "ids", "seconds", "prompt_tokens", "tokens_per_second", "status"}."""
        settings = {
            "prompt": prompt,
            "temperature": str(temperature),
            "top-k": str(top_k),
            "seed": str(seed),
            "max-tokens": str(max_tokens),
            "kv-cache": kv_cache,
        }
        return self.evaluate(f"({_ASK})({json.dumps(settings)})", timeout=timeout)

    def screenshot(self, path: str, full_page: bool = False) -> None:
        """The viewport as a PNG; full_page: the whole page, however far it scrolls."""
        params = {"format": "png"}
        if full_page:
            size = self.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params.update(
                captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
            )
        data = self.send("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))


# argv: READ_FD WRITE_FD PROGRAM ARGS...; both are first moved above 9, so that neither is overwritten.
_ONTO_FDS_3_AND_4 = """import fcntl, os, sys
high = [fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3]]
os.dup2(high[0], 3)
os.dup2(high[1], 4)
os.execv(sys.argv[3], sys.argv[3:])"""

_WAIT_LOADED = """(async () => {
  const status = document.getElementById("status");
  while (!status || status.dataset.state === "loading") await new Promise((r) => setTimeout(r, 20));
  return { state: status.dataset.state, text: status.textContent };
})()"""

_ASK = """async (settings) => {
  const $ = (id) => document.getElementById(id);
  for (const [id, value] of Object.entries(settings)) {
    if (id === "kv-cache") $(id).checked = value;
    else $(id).value = value;
  }
  const before = document.querySelectorAll("#log .fish").length;
  $("form").requestSubmit();
  const line = document.querySelectorAll("#log .fish")[before];
  while (!line.dataset.done) await new Promise((r) => setTimeout(r, 20));
  const number = (value) => (value === undefined ? null : Number(value));
  return { done: line.dataset.done, text: line.textContent, ids: JSON.parse(line.dataset.ids ?? "[]"),
           seconds: number(line.dataset.seconds), prompt_tokens: number(line.dataset.promptTokens),
           tokens_per_second: number(line.dataset.tokensPerSecond), status: $("status").textContent };
}"""
