"""One structured log line per completed check, for counting use, and nothing personal:

    {"event": "check_completed", "outcome": "right_and_duty", "lang": "nb", "rules_version": "..."}

Exactly these four fields: never an answer, a date, the assessment date or anything else the
person typed or chose, and no session id (lines cannot be joined into one person's visits). The
host adds the time of day (container runtime, journald).

Once per completed check: the result page runs again on a language switch, on "Back" and "See the
result" again, so the page calls `check_completed` on every run and a line is written only when
the result shown differs from the last one logged in this session. The mark is a hash of the
assessment kept in the session state under `_MARK` (memory only, gone with the session, never
logged); this is the one session-state key outside `ui/state.py`, kept here so that the log's
rule lives in one place. A changed answer that changes the result is a new check; the same result
shown again in the same session is not.

Logger `selfcheck.usage` at INFO, written to stderr as bare JSON lines; it does not propagate, so
a host's own logging setup does not print it twice. Attach a handler to it to collect the lines.
"""

from __future__ import annotations

import json
import logging
import sys

import streamlit as st

from logic import Assessment

LOGGER_NAME = "selfcheck.usage"
EVENT = "check_completed"
_MARK = "usage_logged"

_logger = logging.getLogger(LOGGER_NAME)
if not _logger.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(message)s"))
    _logger.addHandler(_handler)
    _logger.setLevel(logging.INFO)
    _logger.propagate = False


def line(assessment: Assessment, lang: str) -> str:
    """The log line of a completed check: the outcome, the language and the rules version only."""
    record = {
        "event": EVENT,
        "outcome": str(assessment.outcome),
        "lang": lang,
        "rules_version": assessment.rules_version,
    }
    return json.dumps(record, separators=(",", ":"))


def check_completed(assessment: Assessment, lang: str) -> None:
    """Log a completed check once: call it wherever the result is shown, on every run."""
    mark = hash(assessment)  # stable within the process that holds the session
    if st.session_state.get(_MARK) == mark:
        return
    st.session_state[_MARK] = mark
    _logger.info(line(assessment, lang))
