"""The files that run the self-check as a service: the ASGI entry starts and answers its health
check, the Dockerfile runs it as in the benchmarks, the nginx configuration and the Kubernetes
manifest are valid. (The sticky-session proof under load is `bench/bench_nginx_replicas.py`.)
"""

from __future__ import annotations

import asyncio
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from servers import UVICORN_FLAGS  # noqa: E402 (bench/ is not a package)
from stream_client import Page, Visitor  # noqa: E402


async def _first_run(url: str, page_name: str) -> Page:
    """The first run of a new session whose browser asked for `page_name` (a path in the address)."""
    guest = Visitor(url)
    await guest.connect()
    try:
        return await guest.rerun(page_name=page_name)
    finally:
        await guest.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_service_entry_starts_and_answers_its_health_check_and_the_page() -> None:
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", "serve:app", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen([*command, *UVICORN_FLAGS], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, "the server stopped"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as reply:
                    assert reply.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, "no health answer within 60 s"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as reply:
            assert reply.status == 200
            assert b"<noscript>" in reply.read()
        # serve.py runs app.py itself on every run (no multipage emulation for `pages/`): a URL that
        # names a file in pages/ shows the wizard's start page, with no error and no list of pages.
        sent = asyncio.run(_first_run(f"ws://127.0.0.1:{port}/_stcore/stream", page_name="check"))
        assert "start" in sent.widgets
        assert not sent.exception
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_the_dockerfile_runs_the_service_entry_as_the_benchmarks_do_as_a_user_without_root() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.MULTILINE)
    user = re.search(r"^USER (\S+)", text, re.MULTILINE)
    assert user is not None
    assert user.group(1).split(":")[0] not in {"root", "0"}
    healthcheck = re.search(r"^HEALTHCHECK .*(?:\n .*)*", text, re.MULTILINE)
    assert healthcheck is not None
    assert "/_stcore/health" in healthcheck.group(0)
    assert "SELFCHECK_KIOSK" in text
    command = re.search(r"^CMD \[(.*?)\]\s*$", text, re.MULTILINE | re.DOTALL)
    assert command is not None
    words = re.findall(r'"([^"]*)"', command.group(1))
    assert words[:2] == ["uvicorn", "serve:app"]
    flags = words[words.index("--ws") :]
    for name, value in zip(UVICORN_FLAGS[::2], UVICORN_FLAGS[1::2], strict=False):
        if name.startswith("--ws"):
            assert flags[flags.index(name) + 1] == value, name


def test_the_image_leaves_out_tests_benchmarks_and_the_git_history() -> None:
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", "tests", "bench", ".venv"} <= set(ignored)


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
def test_the_nginx_configuration_is_valid_and_routes_by_the_cookie(tmp_path: Path) -> None:
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "hash $selfcheck_route consistent;" in text
    assert "ip_hash" not in text.replace("Do not use ip_hash", "")
    text = re.sub(r"pid [^;]+;", f"pid {tmp_path}/nginx.pid;", text)
    text = re.sub(r"error_log [^;]+;", f"error_log {tmp_path}/error.log;", text)
    text = re.sub(r"access_log /var/log/nginx/[^;]+;", f"access_log {tmp_path}/access.log selfcheck;", text)
    config = tmp_path / "nginx.conf"
    config.write_text(text)
    checked = subprocess.run(
        ["nginx", "-t", "-c", str(config), "-p", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr


def test_the_kubernetes_manifest_has_probes_on_health_and_cookie_affinity() -> None:
    yaml = pytest.importorskip("yaml")
    documents = {doc["kind"]: doc for doc in yaml.safe_load_all((ROOT / "deploy" / "k8s.yaml").read_text())}
    assert set(documents) == {"Deployment", "Service", "Ingress"}
    pod = documents["Deployment"]["spec"]["template"]["spec"]
    container = pod["containers"][0]
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == "/_stcore/health"
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert documents["Deployment"]["spec"]["replicas"] >= 2
    annotations = documents["Ingress"]["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
