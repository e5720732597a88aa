"""The locks: every clone installs exactly the versions the tests passed with, checked by hash.

requirements.in / requirements-dev.in name what the project uses; requirements.txt and
requirements-dev.txt are pip-compile's locks of them (README "Dependencies"). The runtime pins are
the same in both locks, both README commands and the Dockerfile install with --require-hashes, and
the locked Streamlit is the one serve.py's patch was written for.
"""

from __future__ import annotations

import re
from pathlib import Path

import serve

ROOT = Path(__file__).resolve().parent.parent
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)((?:\s*\\\n\s+--hash=sha256:[0-9a-f]{64})+)", re.MULTILINE)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock(name: str) -> dict[str, tuple[str, frozenset[str]]]:
    text = (ROOT / name).read_text(encoding="utf-8")
    pins = {
        _normal(m.group(1)): (m.group(2), frozenset(re.findall(r"sha256:([0-9a-f]{64})", m.group(3))))
        for m in _PIN.finditer(text)
    }
    lines = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
    assert len(lines) == len(pins), f"{name}: a requirement without an exact version and hashes"
    return pins


def _named(name: str) -> set[str]:
    names = set()
    for text in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = text.split("#")[0].strip()
        if line and not line.startswith("-"):
            names.add(_normal(re.split(r"[<>=!~;\[ ]", line)[0]))
    return names


def test_each_lock_pins_what_its_input_names_with_hashes() -> None:
    runtime, dev = _lock("requirements.txt"), _lock("requirements-dev.txt")
    assert _named("requirements.in") <= runtime.keys()
    assert _named("requirements.in") | _named("requirements-dev.in") <= dev.keys()


def test_the_dev_lock_has_the_runtime_pins_unchanged() -> None:
    runtime, dev = _lock("requirements.txt"), _lock("requirements-dev.txt")
    assert {name: dev.get(name) for name in runtime} == runtime


def test_the_locked_streamlit_is_the_one_serve_py_patches() -> None:
    assert _lock("requirements.txt")["streamlit"][0] == serve.PATCHED_STREAMLIT


def test_the_readme_and_the_dockerfile_install_from_the_locks_by_hash() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, test = re.findall(r"```sh\n(.+?)\n```", readme, flags=re.DOTALL)[:2]
    assert "--require-hashes -r requirements.txt" in start
    assert "--require-hashes -r requirements-dev.txt" in test
    for command in (start, test):  # the Python check comes before the virtual environment
        assert command.index("needs Python 3.11 or newer") < command.index("-m venv")
    assert "pip install --require-hashes -r requirements.txt" in (ROOT / "Dockerfile").read_text()
