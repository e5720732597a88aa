"""`serve.py` patches one method of Streamlit 1.67 (README "Performance"). It starts only when that
method is exactly the one the patch was written for; on any other it refuses with a message that
says what to do, instead of silently patching code it was not written for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.runtime.app_session import AppSession

import serve

ROOT = Path(__file__).resolve().parent.parent


def test_the_pinned_streamlit_has_the_method_the_patch_was_written_for() -> None:
    serve.check_patch_target()  # the installed (locked) Streamlit: no SystemExit
    assert serve.source_sha256(AppSession.register_file_watchers) == serve.PATCHED_SOURCE_SHA256


def test_a_changed_method_is_refused_with_a_clear_message() -> None:
    def register_file_watchers(self: AppSession) -> None:  # what a new Streamlit might have
        self._local_sources_watcher = None

    with pytest.raises(SystemExit) as refused:
        serve.check_patch_target(register_file_watchers, serve.PATCHED_STREAMLIT)
    message = str(refused.value.code)
    assert message.startswith("serve.py refuses to start")
    assert "PATCHED_SOURCE_SHA256" in message


def test_another_streamlit_version_is_refused_even_with_the_same_method() -> None:
    with pytest.raises(SystemExit) as refused:
        serve.check_patch_target(AppSession.register_file_watchers, "1.68.0")
    assert "this is Streamlit 1.68.0" in str(refused.value.code)


def test_the_service_does_not_start_on_a_changed_method() -> None:
    """What uvicorn does with `serve:app`: import the module. It exits 1 with the message alone."""
    code = (
        "from streamlit.runtime.app_session import AppSession\n"
        "AppSession.register_file_watchers = lambda self: None\n"
        "import serve\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("serve.py refuses to start")
    assert "Traceback" not in done.stderr
