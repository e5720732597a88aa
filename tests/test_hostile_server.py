"""The service as the Dockerfile runs it (`uvicorn serve:app` with the Dockerfile's own flags), and the
development entry `streamlit run serve.py`, against a hostile client, and nginx in front of it:

- a websocket message larger than any browser sends is refused before it is parsed, the connection
  is closed, and the process's memory returns (issue 11, point 2);
- a whole walk-through, from another address and with `X-Forwarded-For`, leaves no IP address and no
  answer in the log: only the usage log's line (point 3);
- every response has the protective headers, and `/_stcore/metrics` is not public, also through
  nginx (point 7).

The visitor connects from 127.0.0.3 (loopback, but not the server's own address), so an address in
a log can only have come from the visitor.
"""

from __future__ import annotations

import asyncio
import http.client
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
import websockets

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import stream_client  # noqa: E402 (bench/ is not a package)
from stream_client import Visitor, refugee_answers  # noqa: E402

import serve  # noqa: E402
from tests.browser.server import free_port  # noqa: E402

T = TypeVar("T")
VISITOR_ADDRESS = "127.0.0.3"
FORWARDED_FOR = "203.0.113.77"
MiB = 1024 * 1024
OVERSIZED = 8 * MiB  # half of uvicorn's default limit, far below Streamlit's own (25 MB)
SESSIONS = 10
# What the process may keep after SESSIONS oversized messages. Before the fix each session kept
# about 31 MB for good. With the Dockerfile's `--ws-max-size` a message is refused from its frame
# header and never read (measured: +0.3 MiB). `streamlit run serve.py` has no such flag: there the
# message is read, then refused by serve.Guard before it is parsed, and the allocator keeps about
# two message-sized buffers for reuse, not one per session (measured: +17 MiB for 10 sessions).
RSS_BOUND = {"uvicorn serve:app (Dockerfile)": 16 * MiB, "streamlit run serve.py": 3 * OVERSIZED}
HEADERS = {
    "content-security-policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
USAGE_LINE = re.compile(
    r'\{"event":"check_completed","outcome":"[a-z_]+","lang":"nb","rules_version":"[\w.-]+"\}'
)
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def dockerfile_command(port: int) -> list[str]:
    """The Dockerfile's CMD, on loopback and this test's port."""
    text = (ROOT / "Dockerfile").read_text()
    found = re.search(r"^CMD \[(.*?)\]\s*$", text, re.MULTILINE | re.DOTALL)
    assert found is not None
    words = re.findall(r'"([^"]*)"', found.group(1))
    assert words[0] == "uvicorn"
    words[words.index("--host") + 1] = "127.0.0.1"
    words[words.index("--port") + 1] = str(port)
    return [sys.executable, "-m", *words]


class Service:
    """One server process with its log in a file."""

    def __init__(self, command: list[str], port: int, log: Path, env: dict[str, str] | None = None) -> None:
        self.port = port
        self.log = log
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(log.parent),
            "PYTHONDONTWRITEBYTECODE": "1",
            **(env or {}),
        }
        with log.open("wb") as out:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 90
        while self.get("/_stcore/health", check=False) != 200:
            assert self.process.poll() is None, self.log_text()[-3000:]
            assert time.monotonic() < deadline, "no health answer within 90 s"
            time.sleep(0.3)

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}/_stcore/stream"

    def get(self, path: str, *, check: bool = True, port: int | None = None) -> Any:
        connection = http.client.HTTPConnection(
            "127.0.0.1", port or self.port, timeout=10, source_address=(VISITOR_ADDRESS, 0)
        )
        try:
            connection.request("GET", path, headers={"X-Forwarded-For": FORWARDED_FOR})
            response = connection.getresponse()
            response.read()
        except OSError:
            if check:
                raise
            return None
        finally:
            connection.close()
        return response if check else response.status

    def rss(self) -> int:
        """The server process's resident memory in bytes."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise AssertionError("no VmRSS")

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    port = free_port()
    running = Service(dockerfile_command(port), port, tmp_path_factory.mktemp("uvicorn") / "server.log")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def dev_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """`streamlit run serve.py`: Streamlit's own server (no `--ws-max-size`) serving the same app."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "serve.py", "--server.headless", "true"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    running = Service(command, port, tmp_path_factory.mktemp("streamlit") / "server.log")
    yield running
    running.stop()


def visitor(url: str, **headers: str) -> Visitor:
    return Visitor(url, headers={"X-Forwarded-For": FORWARDED_FOR, **headers})


async def connect(guest: Visitor) -> None:
    """Open the websocket from the visitor's own address."""
    guest.socket = await websockets.connect(
        guest.ws_url,
        subprotocols=["streamlit"],  # type: ignore[list-item]
        additional_headers=guest.headers,
        max_size=None,
        compression=None,
        open_timeout=30,
        ping_interval=None,
        local_addr=(VISITOR_ADDRESS, 0),
    )


def _fallback(page: stream_client.Page, fact: str) -> tuple[str, Any]:
    """An answer to a question the benchmark's refugee does not know: the second option of a choice
    (usually "no"), or a date 30 days ago."""
    kind, proto = page.widgets[f"w_{fact}_nb"]
    if kind == "radio":
        return ("choice", 1 if len(proto.options) > 1 else 0)
    return ("text", (datetime.now(ZoneInfo("Europe/Oslo")).date() - timedelta(days=30)).strftime("%d.%m.%Y"))


def question(page: stream_client.Page) -> str | None:
    """The fact asked on a question page (from its Continue button), or None."""
    return next((key.removeprefix("continue_") for key in page.widgets if key.startswith("continue_")), None)


async def whole_walk(url: str) -> list[str]:
    """A visitor from VISITOR_ADDRESS walks the whole wizard: open, start, every question the wizard
    asks (the benchmark's refugee where it has an answer), check, result. Returns the pages seen."""
    guest = visitor(url)
    await connect(guest)
    answers = refugee_answers()
    try:
        page = await guest.rerun()
        assert "start" in page.widgets
        page = await guest.click("start")
        seen = ["start"]
        for _ in range(30):
            fact = question(page)
            if fact is None:
                break
            page = await guest.answer(fact, answers.get(fact) or _fallback(page, fact), "nb")
            assert question(page) != fact, fact
            assert not page.exception, fact
            seen.append(fact)
        assert "see_result" in page.widgets
        page = await guest.click("see_result")
        assert "change_answers" in page.widgets
        assert not page.exception
        return [*seen, "result"]
    finally:
        await guest.close()


async def oversized_answer(url: str) -> tuple[bool, int | None]:
    """Open the first date question and answer it with OVERSIZED bytes of text; returns whether the
    server closed the connection without running the page, and the close code it sent."""
    guest = visitor(url)
    await connect(guest)
    try:
        await guest.rerun()
        page = await guest.click("start")
        page = await guest.answer("permit_basis", ("choice", 0), "nb")
        fact = question(page)
        assert fact is not None
        assert page.widgets[f"w_{fact}_nb"][0] == "text_input"
        try:
            await guest.answer(fact, ("text", "9" * OVERSIZED), "nb")
        except websockets.ConnectionClosed as closed:
            return True, closed.rcvd.code if closed.rcvd else None
        return False, None
    finally:
        await guest.close()


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run` in a thread of its own: the browser tests' Playwright (sync API) may keep an
    event loop running in this thread for the whole test session."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def wait_for(condition: Any, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


# --- point 2: an oversized websocket message ---------------------------------------------------------


@pytest.mark.parametrize("entry", ["uvicorn serve:app (Dockerfile)", "streamlit run serve.py"])
def test_an_oversized_websocket_message_is_refused_and_memory_returns(
    entry: str, request: pytest.FixtureRequest
) -> None:
    server: Service = request.getfixturevalue("service" if entry.startswith("uvicorn") else "dev_service")
    assert run(whole_walk(server.ws))[-1] == "result"  # everything a visit loads is loaded
    before = server.rss()
    for _ in range(SESSIONS):
        refused, code = run(oversized_answer(server.ws))
        assert refused, "the server ran the page with an 8 MiB answer"
        assert code in (None, serve.WS_MESSAGE_TOO_BIG)
    assert wait_for(lambda: server.rss() - before < RSS_BOUND[entry]), (
        f"{entry}: RSS {before / MiB:.0f} -> {server.rss() / MiB:.0f} MiB"
    )
    sys.stdout.write(f"{entry}: RSS before {before / MiB:.1f} MiB, after {server.rss() / MiB:.1f} MiB\n")
    assert run(whole_walk(server.ws))[-1] == "result"  # the replica still serves everyone


def test_the_dockerfile_limit_is_the_one_serve_py_enforces() -> None:
    command = dockerfile_command(8501)
    assert int(command[command.index("--ws-max-size") + 1]) == serve.WS_MAX_BYTES
    assert serve.WS_MAX_BYTES <= 64 * 1024


# --- point 3: the log of a whole walk-through --------------------------------------------------------


def test_a_whole_walk_through_logs_no_address_and_no_answer_only_the_usage_line(service: Service) -> None:
    start = len(service.log_text())
    assert service.get("/").status == 200
    assert service.get("/?lang=en&x=1").status == 200
    assert run(whole_walk(service.ws))[-1] == "result"
    # A second walk: its usage line is written after the first connection's close was handled.
    run(whole_walk(service.ws))
    assert wait_for(lambda: service.log_text()[start:].count('"event":"check_completed"') >= 2)
    logged = service.log_text()[start:]
    assert VISITOR_ADDRESS not in logged
    assert FORWARDED_FOR not in logged
    assert not IPV4.search(logged), logged
    typed = [how[1] for how in refugee_answers().values() if how[0] == "text"]
    assert not [text for text in typed if text in logged]
    lines = logged.splitlines()
    assert len(lines) == 2
    for line in lines:  # the usage log's line, and nothing else
        assert USAGE_LINE.fullmatch(line), line


def test_addresses_in_any_log_record_are_hidden() -> None:
    assert serve.hide_addresses("203.0.113.77:51234 - x") == "[address]:51234 - x"
    assert serve.hide_addresses("from [2001:db8::7]:443 and ::1") == "from [[address]]:443 and [address]"
    assert serve.hide_addresses("rules 2026.11.1 at 18:08:11.024") == "rules 2026.11.1 at 18:08:11.024"


# --- point 7: headers and hidden endpoints -----------------------------------------------------------


def _static_asset(server: Service, port: int | None = None) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port or server.port, timeout=10)
    connection.request("GET", "/")
    page = connection.getresponse().read().decode()
    connection.close()
    found = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', page)
    assert found is not None
    return "/" + found.group(1)


def assert_protected(response: Any, where: str) -> None:
    for name, value in HEADERS.items():
        values = response.headers.get_all(name) or []
        assert values == [value], f"{where}: {name} = {values}"


@pytest.mark.parametrize("entry", ["uvicorn serve:app (Dockerfile)", "streamlit run serve.py"])
def test_every_response_has_the_protective_headers_and_the_metrics_are_not_public(
    entry: str, request: pytest.FixtureRequest
) -> None:
    server: Service = request.getfixturevalue("service" if entry.startswith("uvicorn") else "dev_service")
    for path in ("/", "/_stcore/health", "/_stcore/host-config", _static_asset(server), "/no/such/page"):
        assert_protected(server.get(path), f"{entry} {path}")
    for path in ("/_stcore/metrics", "/_stcore/metrics/", "/_stcore/metrics?families=session_state"):
        response = server.get(path)
        assert response.status == 404, path
        assert_protected(response, f"{entry} {path}")


@pytest.mark.parametrize("entry", ["uvicorn serve:app (Dockerfile)", "streamlit run serve.py"])
def test_a_request_body_larger_than_the_app_takes_is_refused_before_it_is_read(
    entry: str, request: pytest.FixtureRequest
) -> None:
    server: Service = request.getfixturevalue("service" if entry.startswith("uvicorn") else "dev_service")
    before = server.rss()
    assert _put(server, serve.MAX_BODY_BYTES + 1) == 413
    for _ in range(4):
        assert _put(server, OVERSIZED) in (413, None)  # None: the server closed before reading it
    assert wait_for(lambda: server.rss() - before < RSS_BOUND[entry])


def _put(server: Service, size: int) -> int | None:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.request("PUT", "/_stcore/upload_file/x/y", body=b"x" * size)
        response = connection.getresponse()
        response.read()
    except (BrokenPipeError, ConnectionResetError):
        return None
    finally:
        connection.close()
    return response.status


@pytest.fixture(scope="module")
def nginx(service: Service, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    if shutil.which("nginx") is None:
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    from bench_nginx_replicas import nginx_config

    folder = tmp_path_factory.mktemp("nginx")
    port = free_port()
    config = nginx_config(folder, port, [service.port])
    # The benchmark's copy logs warnings; here nginx logs at the level deploy/nginx.conf sets.
    level = re.search(r"^error_log \S+ (\w+);", (ROOT / "deploy" / "nginx.conf").read_text(), re.MULTILINE)
    assert level is not None
    config.write_text(re.sub(r"(error_log \S+) \w+;", rf"\1 {level.group(1)};", config.read_text(), count=1))
    process = subprocess.Popen(
        ["nginx", "-c", str(config), "-p", str(folder), "-g", "daemon off;"], stderr=subprocess.PIPE
    )
    assert wait_for(lambda: service.get("/_stcore/health", check=False, port=port) == 200), "nginx"
    yield port
    process.terminate()
    process.wait(timeout=10)
    logs = "".join(path.read_text(errors="replace") for path in folder.glob("*.log"))
    assert VISITOR_ADDRESS not in logs  # nginx's own logs name no visitor either


def test_through_nginx_every_response_has_the_headers_once_and_the_metrics_are_not_public(
    service: Service, nginx: int
) -> None:
    for path in ("/", "/_stcore/health", _static_asset(service, nginx), "/no/such/page"):
        assert_protected(service.get(path, port=nginx), f"nginx {path}")
    for path in ("/_stcore/metrics", "/_stcore/metrics/", "/_stcore/metrics?x=1"):
        response = service.get(path, port=nginx)
        assert response.status == 404, path
        assert_protected(response, f"nginx {path}")


def test_nginx_refuses_a_request_body_larger_than_the_app_takes(service: Service, nginx: int) -> None:
    connection = http.client.HTTPConnection(
        "127.0.0.1", nginx, timeout=10, source_address=(VISITOR_ADDRESS, 0)
    )
    connection.request("POST", "/_stcore/upload_file/x/y", body=b"x" * (serve.WS_MAX_BYTES + 1))
    response = connection.getresponse()
    response.read()
    connection.close()
    assert response.status == 413


def test_the_kubernetes_ingress_limits_bodies_and_logs_no_addresses() -> None:
    yaml = pytest.importorskip("yaml")
    documents = {doc["kind"]: doc for doc in yaml.safe_load_all((ROOT / "deploy" / "k8s.yaml").read_text())}
    annotations = documents["Ingress"]["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/proxy-body-size"] == "32k"
    assert annotations["nginx.ingress.kubernetes.io/enable-access-log"] == "false"
