"""Look at the running app in a real browser (headless chromium over the DevTools protocol).

Makes phone-sized screenshots of a walk through the wizard and prints what AppTest cannot see (it
runs no JavaScript): the page's `<html lang>`, the browser tab's title, and whether the chosen answer
stays selected after a language switch (the radio pitfall in STREAMLIT.md).

    streamlit run app.py --server.headless true --server.port 8599 &
    python bench/browser.py http://127.0.0.1:8599/ /tmp/shots

Needs `/usr/bin/chromium` (apt-get install chromium) and `websockets` (installed with Streamlit).
The browser presents itself as Norwegian (nb-NO). Prints what it sees; asserts nothing.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import websockets

CHROMIUM = "/usr/bin/chromium"
PORT = 9333
WIDTH, HEIGHT = 420, 900
# Streamlit scrolls inside its main container, not the document.
PAGE_HEIGHT = "Math.max(...[...document.querySelectorAll('section, div')].map(e => e.scrollHeight))"
CHECKED_RADIO = (
    "(() => { const i = document.querySelector('input[type=radio]:checked');"
    " return i ? i.closest('label').innerText.split('\\n')[0] : null; })()"
)


class Browser:
    """A minimal DevTools client: evaluate JavaScript, click by visible text, take screenshots."""

    def __init__(self, socket: Any) -> None:
        self.socket = socket
        self.ids = itertools.count(1)

    async def send(self, method: str, **params: Any) -> Any:
        message_id = next(self.ids)
        await self.socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            reply = json.loads(await self.socket.recv())
            if reply.get("id") == message_id:
                return reply.get("result", {})

    async def js(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, awaitPromise=True)
        return result.get("result", {}).get("value")

    async def wait_for(self, expression: str, timeout: float = 20) -> None:
        for _ in range(int(timeout * 10)):
            if await self.js(expression):
                await asyncio.sleep(0.8)  # let the page settle
                return
            await asyncio.sleep(0.1)
        print(f"timed out waiting for: {expression}")

    async def click(self, text: str) -> None:
        """Click the first button or label one of whose lines of text is `text`."""
        await self.js(
            "(() => { const t = " + json.dumps(text) + ";"
            " const el = [...document.querySelectorAll('button, label')]"
            "   .find(e => e.innerText.split('\\n').some(line => line.trim() === t));"
            " if (el) el.click(); return !!el; })()"
        )
        await asyncio.sleep(1.0)

    async def type(self, text: str) -> None:
        """Type into the page's text field as a person does (React sees the input event)."""
        await self.js(
            "(() => { const i = document.querySelector('input[type=text]');"
            " const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
            " set.call(i, "
            + json.dumps(text)
            + "); i.dispatchEvent(new Event('input', {bubbles: true})); })()"
        )
        await asyncio.sleep(0.3)

    async def metrics(self, height: int) -> None:
        await self.send(
            "Emulation.setDeviceMetricsOverride", width=WIDTH, height=height, deviceScaleFactor=1, mobile=True
        )

    async def shot(self, path: Path) -> None:
        """A screenshot of the whole page, phone-wide."""
        await self.metrics(int(await self.js(PAGE_HEIGHT) or HEIGHT))
        await asyncio.sleep(0.5)
        data = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(data["data"]))
        await self.metrics(HEIGHT)
        print(f"  screenshot {path}")

    async def report(self, label: str) -> None:
        lang = await self.js("document.documentElement.lang")
        title = await self.js("document.title")
        print(f"{label}: <html lang={lang!r}> title={title!r}")


async def walk(url: str, out: Path) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/list") as response:
        target = next(t for t in json.load(response) if t["type"] == "page")
    async with websockets.connect(target["webSocketDebuggerUrl"], max_size=2**26) as socket:
        b = Browser(socket)
        await b.send("Page.enable")
        await b.send("Runtime.enable")
        await b.metrics(HEIGHT)
        user_agent = await b.js("navigator.userAgent")  # a Norwegian browser: navigator.language nb-NO
        await b.send("Emulation.setUserAgentOverride", userAgent=user_agent, acceptLanguage="nb-NO,nb")
        started = time.perf_counter()
        await b.send("Page.navigate", url=url)
        await b.wait_for("!!document.querySelector('h1')")
        print(f"first render after {time.perf_counter() - started:.1f} s (including 0.8 s settling)")
        await b.report("start page")
        await b.shot(out / "1-start-nb.png")
        await b.click("Start nå")
        await b.wait_for("!!document.querySelector('[role=radiogroup]')")
        await b.click("Flyktning (asyl)")
        await b.shot(out / "2-permit-basis-nb.png")
        await b.click("Fortsett")
        await b.wait_for("!!document.querySelector('input[type=text]')")
        await b.click("Tilbake")
        await b.wait_for("!!document.querySelector('[role=radiogroup]')")
        print("selected before the switch:", await b.js(CHECKED_RADIO))
        await b.click("English")
        await b.wait_for("document.documentElement.lang === 'en'")
        await b.report("after switching to English")
        print("selected after the switch:", await b.js(CHECKED_RADIO))
        await b.shot(out / "3-permit-basis-en.png")
        await b.click("Continue")
        await b.wait_for("!!document.querySelector('input[type=text]')")
        await b.type("31.02.1990")
        await b.click("Continue")
        await b.report("after typing 31.02.1990")
        await b.shot(out / "4-date-error-en.png")
        await finish_in_bokmal(b, out)


async def finish_in_bokmal(b: Browser, out: Path) -> None:
    """Back to bokmål, correct the date, answer the rest, look at the check page and the result."""
    await b.click("Norsk")
    await b.wait_for("document.documentElement.lang === 'nb'")
    await b.type("12.08.1988")
    await b.click("Fortsett")
    today = datetime.now(ZoneInfo("Europe/Oslo")).date()
    permit, settled = (f"{today - timedelta(days=n):%d.%m.%Y}" for n in (200, 100))
    for text in (permit, None, settled, None):
        if text is None:
            await b.wait_for("!!document.querySelector('[role=radiogroup]')")
            await b.click("Ja, jeg bor i en kommune")
            await b.click("Ja, IMDi og kommunen avtalte det")
        else:
            await b.wait_for("!!document.querySelector('input[type=text]')")
            await b.type(text)
        await b.click("Fortsett")
    await b.wait_for("!!document.querySelector('[role=radiogroup]')")
    await b.click("Nei")
    await b.click("Fortsett")
    await b.wait_for("document.title.includes('Sjekk svarene')")
    await b.report("check your answers")
    await b.shot(out / "5-check-answers-nb.png")
    await b.click("Se resultatet")
    await b.wait_for("document.title.startsWith('Det ser ut til')")
    await b.report("result")
    await b.shot(out / "6-result-nb.png")


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8599/"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        flags += ["--disable-component-update", "--disable-sync", "--no-first-run"]
        chromium = subprocess.Popen(
            [
                CHROMIUM,
                *flags,
                f"--user-data-dir={profile}",
                f"--remote-debugging-port={PORT}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json/version").close()
                    break
                except OSError:
                    time.sleep(0.1)
            asyncio.run(walk(url, out))
        finally:
            chromium.terminate()
            chromium.wait()


if __name__ == "__main__":
    main()
