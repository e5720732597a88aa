"""Two replicas behind nginx with sticky sessions, on this machine: the load benchmark through the
proxy, proof that every browser stays on one replica, and the bytes of a first visit with gzip.
Prints figures; asserts nothing. Needs nginx (Debian package) and, for the bytes, /usr/bin/chromium.

    python bench/bench_nginx_replicas.py [--users 100] [--think 2] [--control 20]

What it does, all on 127.0.0.1, everything stopped at the end:
1. starts two replicas (`uvicorn serve:app`, as in the Dockerfile) on free ports, pinned to core 1;
2. writes an nginx configuration to a temporary folder from `deploy/nginx.conf` (only the ports,
   the file paths and one worker changed) and starts nginx in the foreground;
3. `--users` visitors each open the page like a browser (GET / through nginx, which sets the
   routing cookie), then walk the whole wizard over the websocket with that cookie, and reconnect
   once halfway with their session id, as the frontend does after a network blip: the session
   must still be there, which only holds on the same replica;
4. reads nginx's access log: every routing cookie must have reached one replica only, and both
   replicas must have been used;
5. `--control` visitors reconnect *without* the cookie: about half of them land on the other
   replica and lose their session, which is why the affinity is needed (not counted as errors);
6. a new visitor's first page in headless chromium, through nginx (gzip) and straight to a replica
   (what a proxy without gzip passes on): bytes transferred and time until the start button shows.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import Run
from playwright.sync_api import sync_playwright
from servers import CHROMIUM, CHROMIUM_ARGS, ROOT, Server, free_port, pin_self
from stream_client import StepFailed, Visitor, refugee_answers, walk

NGINX_CONF = ROOT / "deploy" / "nginx.conf"
LOG_LINE = re.compile(r'"(?P<method>\S+) (?P<uri>\S+)" route=(?P<route>\S+) upstream=(?P<upstream>\S+)')


def nginx_config(folder: Path, port: int, replicas: list[int]) -> Path:
    """deploy/nginx.conf with this run's ports and paths; fails loudly if the file changed shape."""
    text = NGINX_CONF.read_text()
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;" for p in replicas)
    changes = [
        (r"worker_processes auto;", "worker_processes 1;"),
        (r"pid [^;]+;", f"pid {folder}/nginx.pid;"),
        (r"error_log [^;]+;", f"error_log {folder}/error.log warn;"),
        (r"access_log /var/log/nginx/[^;]+;", f"access_log {folder}/access.log selfcheck;"),
        (r"(        server 127\.0\.0\.1:\d+[^\n]*\n)+", servers + "\n"),
        (r"listen 8080;", f"listen 127.0.0.1:{port};"),
        (
            r"http \{\n",
            "http {\n"
            + "".join(
                f"    {kind}_temp_path {folder}/{kind};\n"
                for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
            ),
        ),
    ]
    for pattern, replacement in changes:
        text, count = re.subn(pattern, replacement, text, count=1)
        if count != 1:
            raise RuntimeError(f"deploy/nginx.conf: no match for {pattern!r}")
    path = folder / "nginx.conf"
    path.write_text(text)
    return path


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {port}")


async def warm(ws_url: str) -> None:
    guest = Visitor(ws_url)
    await guest.connect()
    await walk(guest, refugee_answers())
    await guest.close()


def first_request(base: str) -> str:
    """GET / like a browser; returns the routing cookie nginx set."""
    with urllib.request.urlopen(f"{base}/", timeout=10) as reply:
        reply.read()
        for header in reply.headers.get_all("Set-Cookie") or []:
            if header.startswith("selfcheck_route="):
                return header.split(";")[0]
    raise RuntimeError("no routing cookie")


@dataclass
class Tally:
    """The load run's figures, and what happened to the control visitors' sessions."""

    run: Run
    kept: int = 0
    lost: int = 0


async def visitor(base: str, think: float, rng: random.Random, tally: Tally, control: bool) -> None:
    run = tally.run
    await asyncio.sleep(rng.uniform(0, max(think, 0.5)))
    host = base.removeprefix("http://")
    guest = None
    try:
        cookie = await asyncio.to_thread(first_request, base)
        headers = {"Cookie": cookie, "Origin": base}
        guest = Visitor(f"ws://{host}/_stcore/stream", headers=headers)
        await guest.connect()
        # Control visitors reconnect with a cookie of their own: a route chosen afresh.
        other = {"Cookie": f"selfcheck_route=control{rng.randrange(10**9)}", "Origin": base}
        steps = await walk(
            guest,
            refugee_answers(rng),
            lambda: rng.uniform(0.5, 1.5) * think,
            reconnect_after="settled",
            reconnect_headers=other if control else None,
        )
        if control:
            tally.kept += 1
            return
        run.latencies += [step.seconds for step in steps if step.name != "reconnect"]
        run.reconnects += [step.seconds for step in steps if step.name == "reconnect"]
        run.walks += 1
    except StepFailed as error:
        if control and "session lost" in str(error):
            tally.lost += 1
            return
        run.errors += 1
        run.reasons[str(error)] = run.reasons.get(str(error), 0) + 1
    except Exception as error:  # every failure is counted
        run.errors += 1
        run.reasons[type(error).__name__] = run.reasons.get(type(error).__name__, 0) + 1
    finally:
        if guest is not None:
            await guest.close()


async def load(base: str, users: int, control: int, think: float) -> Tally:
    tally = Tally(Run(users))
    started = time.perf_counter()
    tasks = [visitor(base, think, random.Random(7 + i), tally, i >= users) for i in range(users + control)]
    async with asyncio.timeout(240):
        await asyncio.gather(*tasks)
    tally.run.seconds = time.perf_counter() - started
    return tally


def affinity(log: Path, replicas: list[int]) -> None:
    """Every routing cookie on one replica only; how the browsers spread over the replicas."""
    upstreams: dict[str, set[str]] = defaultdict(set)
    for line in log.read_text().splitlines():
        match = LOG_LINE.search(line)
        if match and not match["route"].startswith("control") and match["upstream"] != "-":
            upstreams[match["route"]].add(match["upstream"])
    routes = [route for route, seen in upstreams.items() if len(seen) == 1]
    split = [route for route, seen in upstreams.items() if len(seen) > 1]
    per_replica = {p: sum(1 for r in routes if upstreams[r] == {f"127.0.0.1:{p}"}) for p in replicas}
    print(f"affinity (nginx access log): {len(upstreams)} routing cookies, {len(split)} seen on two replicas")
    print("  browsers per replica: " + ", ".join(f"127.0.0.1:{p} {n}" for p, n in per_replica.items()))
    both = all(n > 0 for n in per_replica.values())
    print(f"  every browser on one replica: {'yes' if not split else 'NO'}")
    print(f"  both replicas used: {'yes' if both else 'NO'}")


def first_visit(url: str) -> tuple[int, float]:
    """Bytes over the wire and seconds until the start button shows, for a new visitor."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="nb-NO")
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        received = [0]
        cdp.on(
            "Network.loadingFinished",
            lambda event: received.__setitem__(0, received[0] + int(event["encodedDataLength"])),
        )
        started = time.perf_counter()
        page.goto(url)
        page.locator(".st-key-start button").wait_for(state="visible", timeout=30_000)
        shown = time.perf_counter() - started
        page.wait_for_timeout(1500)  # lazily loaded parts of the page
        browser.close()
    return received[0], shown


def report_load(tally: Tally, think: float, control: int) -> None:
    run = tally.run
    steps = len(run.latencies)
    print(f"load through nginx: {run.users} visitors, think {think:.1f} s, one reconnect each")
    print("  users   p50 ms   p95 ms   p99 ms   steps/s   steps  walks  errors")
    print(
        f"  {run.users:>5}  {run.percentile(50):7.1f}  {run.percentile(95):7.1f}  "
        f"{run.percentile(99):7.1f}  {steps / run.seconds:8.1f}  {steps:6}  {run.walks:5}  {run.errors:6}"
    )
    if run.reconnects:
        median = statistics.median(run.reconnects) * 1000
        print(f"  reconnects: {len(run.reconnects)}, first run after one: median {median:.0f} ms")
    if run.reasons:
        print(f"  errors: {run.reasons}")
    if control:
        print(
            f"control: {control} visitors reconnected without their cookie: "
            f"{tally.lost} lost their session (another replica), {tally.kept} kept it"
        )


def report_first_visit(proxied_url: str, direct_url: str) -> None:
    visits: dict[str, list[tuple[int, float]]] = {"nginx": [], "direct": []}
    for _ in range(3):  # alternating, so that a warming disk cache favours neither
        visits["nginx"].append(first_visit(proxied_url))
        visits["direct"].append(first_visit(direct_url))
    size = {name: statistics.median(v[0] for v in runs) for name, runs in visits.items()}
    shown = {name: statistics.median(v[1] for v in runs) for name, runs in visits.items()}
    print("first visit in headless chromium, median of 3 (bytes over the wire, time to the start button):")
    print(f"  through nginx, gzip on:  {size['nginx'] / 1024:8.0f} KiB  {shown['nginx']:5.2f} s")
    print(f"  straight to a replica:   {size['direct'] / 1024:8.0f} KiB  {shown['direct']:5.2f} s")
    print(f"  with gzip: {size['nginx'] / size['direct']:.0%} of the bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=100, help="visitors walking through nginx")
    parser.add_argument("--think", type=float, default=2.0, help="think time between steps (s)")
    parser.add_argument("--control", type=int, default=20, help="visitors reconnecting without the cookie")
    args = parser.parse_args()
    if shutil.which("nginx") is None:
        print("nginx is not installed (apt-get install nginx)")
        return
    pin_self(0)
    folder = Path(tempfile.mkdtemp(prefix="selfcheck-nginx-"))
    port = free_port()
    with Server("app", cpu=1) as one, Server("app", cpu=1) as two:
        replicas = [one.port, two.port]
        config = nginx_config(folder, port, replicas)
        test = ["nginx", "-t", "-c", str(config), "-p", str(folder)]
        checked = subprocess.run(test, capture_output=True, text=True, check=False)
        print(f"nginx -t: {checked.stderr.strip().splitlines()[-1]}")
        nginx = subprocess.Popen(["nginx", "-c", str(config), "-p", str(folder), "-g", "daemon off;"])
        try:
            wait_for_port(port)
            base = f"http://127.0.0.1:{port}"
            print(f"two replicas (127.0.0.1:{one.port}, 127.0.0.1:{two.port}) behind nginx on {base}")
            for replica in (one, two):  # warm-up: the first session of a process
                asyncio.run(warm(replica.ws))
            tally = asyncio.run(load(base, args.users, args.control, args.think))
            report_load(tally, args.think, args.control)
            affinity(folder / "access.log", replicas)
            if Path(CHROMIUM).exists():
                report_first_visit(f"{base}/", f"{one.http}/")
        finally:
            nginx.terminate()
            nginx.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
