"""What the operator sets when the app starts (environment variables), read once, in one place.

- `SELFCHECK_KIOSK=1`: kiosk mode for a shared screen (no developer chrome, large touch targets,
  "Start over" at the top of every page, the idle warning and reset). A visitor cannot switch it off:
  it is not read from the URL or the page.
- `SELFCHECK_IDLE_SECONDS` (default 120): seconds without a touch, key or pointer event before the
  kiosk resets (every answer gone, the start page, the default language).
- `SELFCHECK_IDLE_WARNING_SECONDS` (default 20): how long before the reset the warning with
  "Continue" is shown.

Nothing else in the app reads the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

_TRUE = frozenset({"1", "true", "yes", "on"})
DEFAULT_IDLE_SECONDS = 120
DEFAULT_WARNING_SECONDS = 20
MIN_IDLE_SECONDS = 5
# The server's own check runs no more often than this (measured with Streamlit 1.67: a check every
# 10 s cost p95 at 100 users).
MIN_GUARD_INTERVAL = 30
# The server only sees submitted answers, not scrolling or half-typed text, so its limit is generous.
SERVER_LIMIT_FACTOR = 3


@dataclass(frozen=True)
class Settings:
    """The operator's settings."""

    kiosk: bool = False
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    warning_seconds: int = DEFAULT_WARNING_SECONDS

    @property
    def server_limit_seconds(self) -> int:
        """After this long without a submitted answer the server itself forgets the session."""
        return self.idle_seconds * SERVER_LIMIT_FACTOR

    @property
    def guard_interval_seconds(self) -> int:
        """How often the server checks (never more often than every 30 seconds)."""
        return max(MIN_GUARD_INTERVAL, self.idle_seconds // 2)


def _seconds(value: str | None, default: int, minimum: int) -> int:
    try:
        return max(minimum, int(value)) if value else default
    except ValueError:
        return default


def from_environment(env: Mapping[str, str]) -> Settings:
    """Settings from environment variables (unset or unreadable values take the defaults)."""
    idle = _seconds(env.get("SELFCHECK_IDLE_SECONDS"), DEFAULT_IDLE_SECONDS, MIN_IDLE_SECONDS)
    warning = _seconds(env.get("SELFCHECK_IDLE_WARNING_SECONDS"), DEFAULT_WARNING_SECONDS, 1)
    return Settings(
        kiosk=env.get("SELFCHECK_KIOSK", "").strip().lower() in _TRUE,
        idle_seconds=idle,
        warning_seconds=min(warning, idle - 1),
    )


@cache
def current() -> Settings:
    """The settings of this process, read from the environment the first time they are needed."""
    return from_environment(os.environ)
