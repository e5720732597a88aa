"""Start and stop local servers for the benchmarks (a helper module, not a benchmark of its own).

Every server listens on 127.0.0.1 only, runs from the repository root (so `.streamlit/config.toml`
applies) and is pinned to one core with `taskset` where asked. Two ways to serve:
- "uvicorn": the production entry, `uvicorn serve:app` (see serve.py and the Dockerfile);
  the comparison apps through `bench/asgi_apps.py`;
- "streamlit": `streamlit run <script>`, for comparison.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The browser tests own the chromium flags this machine's closed network needs, and the port helper.
from tests.browser.server import CHROMIUM as _CHROMIUM_PATH  # noqa: E402
from tests.browser.server import CHROMIUM_ARGS, free_port  # noqa: E402

CHROMIUM = str(_CHROMIUM_PATH)
__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "ROOT", "free_port"]
BENCH = Path(__file__).resolve().parent
SCRIPTS = {"app": ROOT / "app.py", "hello": BENCH / "hello_app.py", "floor": BENCH / "floor_app.py"}
# The same uvicorn settings as the Dockerfile: Streamlit's own websocket choices, no access log.
UVICORN_FLAGS = (
    "--ws",
    "websockets-sansio",
    "--ws-per-message-deflate",
    "false",
    "--ws-ping-interval",
    "30",
    "--ws-ping-timeout",
    "30",
    "--no-access-log",
    "--log-level",
    "warning",
)


def core_busy_seconds(cpu: int) -> float:
    """CPU time spent on one core by every process so far (from /proc/stat), to show noise."""
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith(f"cpu{cpu} "):
            user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in line.split()[1:9])
            return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    return 0.0


def pin_self(cpu: int) -> None:
    """Run this process (the load generator, the browser it starts) on one core."""
    if hasattr(os, "sched_setaffinity") and cpu in os.sched_getaffinity(0):
        os.sched_setaffinity(0, {cpu})


class Server:
    """One server process; use as a context manager."""

    def __init__(
        self, target: str = "app", *, entry: str = "uvicorn", cpu: int | None = 1, port: int = 0
    ) -> None:
        self.target = target
        self.entry = entry
        self.cpu = cpu
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.started = 0.0
        self.log = tempfile.NamedTemporaryFile(prefix=f"bench-{target}-", suffix=".log", delete=False)  # noqa: SIM115

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws(self) -> str:
        return f"ws://127.0.0.1:{self.port}/_stcore/stream"

    def command(self) -> list[str]:
        if self.entry == "streamlit":
            command = [sys.executable, "-m", "streamlit", "run", str(SCRIPTS[self.target])]
            command += ["--server.headless", "true", "--server.address", "127.0.0.1"]
            command += ["--server.port", str(self.port)]
        else:
            module = "serve:app" if self.target == "app" else f"asgi_apps:{self.target}"
            command = [
                sys.executable,
                "-m",
                "uvicorn",
                module,
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ]
            command += [*UVICORN_FLAGS, *([] if self.target == "app" else ["--app-dir", str(BENCH)])]
        if self.cpu is not None and shutil.which("taskset"):
            command = ["taskset", "-c", str(self.cpu), *command]
        return command

    def start(self) -> Server:
        self.started = time.perf_counter()
        self.process = subprocess.Popen(self.command(), cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        return self

    def wait_healthy(self, timeout: float = 60.0) -> float:
        """Seconds from process start until `/_stcore/health` answers 200."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"server exited; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.http}/_stcore/health", timeout=1) as reply:
                    if reply.status == 200:
                        return time.perf_counter() - self.started
            except OSError:
                pass
            time.sleep(0.02)
        raise TimeoutError(f"no health answer within {timeout} s; see {self.log.name}")

    def rss_kib(self) -> int:
        """Resident memory of the server process (VmRSS from /proc)."""
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server process so far."""
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)

    def __enter__(self) -> Server:
        self.start()
        self.wait_healthy()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
