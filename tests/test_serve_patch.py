"""`serve.py` patches two functions of Streamlit 1.67 (README "Performance"). It starts only when each
is exactly the one its patch was written for; on any other it refuses with a message that says what
to do, instead of silently patching code it was not written for. A patch changes how much work is
done, never what is sent."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit import config
from streamlit.proto.NewSession_pb2 import CustomThemeConfig
from streamlit.runtime import app_session
from streamlit.runtime.app_session import AppSession

import serve

ROOT = Path(__file__).resolve().parent.parent


def test_the_pinned_streamlit_has_the_functions_the_patches_were_written_for() -> None:
    serve.check_patch_targets()  # the installed (locked) Streamlit: no SystemExit
    assert serve.source_sha256(AppSession.register_file_watchers) == serve.PATCHED_SOURCE_SHA256
    assert serve.source_sha256(app_session._populate_theme_msg) == serve.THEME_SOURCE_SHA256


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


# The six parts of the theme in the message that starts a run, as Streamlit 1.67 fills them in
# (`AppSession._create_new_session_message`): (the part of the message, the config section).
THEME_PARTS = (
    ((), "theme"),
    (("light",), "theme.light"),
    (("dark",), "theme.dark"),
    (("sidebar",), "theme.sidebar"),
    (("light", "sidebar"), "theme.light.sidebar"),
    (("dark", "sidebar"), "theme.dark.sidebar"),
)


def _theme_message(populate: Callable[..., None]) -> bytes:
    message = CustomThemeConfig()
    for part, section in THEME_PARTS:
        target = message
        for name in part:
            target = getattr(target, name)
        populate(target, section)
    return message.SerializeToString(deterministic=True)


def test_the_theme_built_once_is_the_one_streamlit_builds_and_the_config_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    streamlits = app_session._populate_theme_msg
    monkeypatch.setattr(app_session, "_populate_theme_msg", streamlits)  # put back after the test
    monkeypatch.setattr(serve, "_theme_built_once", False)
    expected = _theme_message(streamlits)
    assert expected  # the project's config sets theme options (.streamlit/config.toml)
    reads: list[str] = []
    read = config.get_options_for_section
    monkeypatch.setattr(
        config, "get_options_for_section", lambda section: reads.append(section) or read(section)
    )
    serve.build_theme_once()
    assert app_session._populate_theme_msg is not streamlits
    for _run in range(3):
        assert _theme_message(app_session._populate_theme_msg) == expected
    assert sorted(reads) == sorted(section for _part, section in THEME_PARTS)  # each section once


def test_a_changed_theme_function_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def _populate_theme_msg(msg: CustomThemeConfig, section: str = "theme") -> None:  # a new version
        msg.base = msg.BaseTheme.DARK

    monkeypatch.setattr(app_session, "_populate_theme_msg", _populate_theme_msg)
    monkeypatch.setattr(serve, "_theme_built_once", False)
    with pytest.raises(SystemExit) as refused:
        serve.build_theme_once()
    assert "THEME_SOURCE_SHA256" in str(refused.value.code)
    assert app_session._populate_theme_msg is _populate_theme_msg  # nothing was patched
