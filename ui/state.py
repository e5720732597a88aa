"""The one owner of `st.session_state`: every read and write of session state goes through here.

A session holds:
- `lang`: "nb" or "en";
- `step`: which page is shown (`Step`), and `current`: the question on a question page;
- `answers`: the person's answers as a plain dict (`logic.Fact` value -> date, bool or enum value),
  only known values; `asked`: the questions answered, including "I don't know" (value left out);
- `from_check`: the question was opened with "Change" on the check-your-answers page;
- `problems`: the errors shown on the current question, and `drafts`: what was typed or chosen on
  the current question, kept across a language switch;
- `today`: the assessment date: Norway's date read once when the session starts, or the date a
  helper chose under "For helpers: check another date" (`set_today`);
- `seen`: when the server last ran the page for this session (the kiosk's server-side idle check);
- `route`: the person's route (`ui.flow.Route`: the path, the answers model, the assessment) with
  the answers and date it was made from, so it is computed once per change (`route()`);

Widget keys are scratch space, one set per language (`w_<name>_<lang>`), re-seeded from `answers`
(see STREAMLIT.md: a keyed radio with translated labels loses its selection after a language switch).

Test hook: a test may put a `date` under `TODAY_KEY` in the session state before the first run to
assess on another day (e.g. inside chapter 6A's period). On the page, only the start page's helper
section sets it, through `set_today` (hidden in kiosk mode); nothing in the URL does.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import streamlit as st

from logic import Fact
from ui.flow import Route

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
NORWAY = ZoneInfo("Europe/Oslo")
TODAY_KEY = "today"
# The earliest assessment date a helper can choose: the Integration Act came into force.
EARLIEST_ASSESSMENT_DATE = date(2021, 1, 1)

_LANG = "lang"
_STEP = "step"
_CURRENT = "current"
_ANSWERS = "answers"
_ASKED = "asked"
_FROM_CHECK = "from_check"
_PROBLEMS = "problems"
_DRAFTS = "drafts"
_SEEN = "seen"
_SHOWN = "problems_shown"
_ROUTE = "route"

_WIDGET_PREFIX = "w_"


class Step(StrEnum):
    """The pages of the wizard."""

    START = "start"
    QUESTION = "question"
    CHECK = "check"
    RESULT = "result"


def language_from_tag(tag: str | None) -> str | None:
    """Map a language tag (browser locale or `?lang=`) to a supported language, or None."""
    if not tag:
        return None
    primary = tag.replace("_", "-").split("-")[0].lower()
    if primary in {"nb", "no", "nn"}:
        return "nb"
    if primary == "en":
        return "en"
    return None


def init() -> None:
    """Set up a new session: language from `?lang=`, else the browser, else bokmål."""
    ss = st.session_state
    if _STEP in ss:
        return
    ss[_LANG] = (
        language_from_tag(st.query_params.get("lang"))
        or language_from_tag(st.context.locale)
        or DEFAULT_LANGUAGE
    )
    if TODAY_KEY not in ss:
        ss[TODAY_KEY] = real_today()
    _clear_answers()
    ss[_STEP] = Step.START
    ss[_SEEN] = time.monotonic()


def _clear_answers() -> None:
    ss = st.session_state
    ss[_ANSWERS] = {}
    ss[_ASKED] = []
    ss[_CURRENT] = None
    ss[_FROM_CHECK] = False
    ss[_PROBLEMS] = ()
    ss[_DRAFTS] = {}
    ss.pop(_ROUTE, None)


def start_over() -> None:
    """Forget every answer and return to the start page; the language stays."""
    _clear_answers()
    st.session_state[_STEP] = Step.START


def reset() -> None:
    """Forget the whole session (the kiosk's idle reset): answers, drafts, widget values, the chosen
    language and assessment date. The start page comes back in the default language."""
    ss = st.session_state
    for key in list(ss.keys()):
        del ss[key]
    st.query_params.clear()
    init()


# --- activity (kiosk) --------------------------------------------------------------------------


def touch() -> None:
    """Note that the person did something (a full run of the page)."""
    st.session_state[_SEEN] = time.monotonic()


def idle_seconds() -> float:
    """Seconds since the person last did something the server saw."""
    seen = st.session_state.get(_SEEN)
    return 0.0 if seen is None else time.monotonic() - float(seen)


# --- language ----------------------------------------------------------------------------------


def language() -> str:
    """The session's language; bokmål before the session is set up (e.g. a direct link to a page)."""
    lang = st.session_state.get(_LANG)
    return lang if lang in LANGUAGES else language_from_tag(st.context.locale) or DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Switch language, keeping what is typed or chosen on the current page."""
    old = language()
    if lang not in LANGUAGES or lang == old:
        return
    suffix = f"_{old}"
    drafts = dict(st.session_state.get(_DRAFTS, {}))
    for key, value in st.session_state.items():
        name = str(key)
        if name.startswith(_WIDGET_PREFIX) and name.endswith(suffix):
            drafts[name[len(_WIDGET_PREFIX) : -len(suffix)]] = value
    st.session_state[_DRAFTS] = drafts
    st.session_state[_LANG] = lang


# --- widgets -----------------------------------------------------------------------------------


def widget_key(name: str) -> str:
    """The key of a widget in the current language."""
    return f"{_WIDGET_PREFIX}{name}_{language()}"


def widget_value(name: str) -> Any:
    """The value of a widget in the current language (None if it was not rendered)."""
    return st.session_state.get(widget_key(name))


def seed(name: str, fallback: Any) -> Any:
    """The value a widget starts with: what was on the page before a language switch, else `fallback`."""
    drafts: Mapping[str, Any] = st.session_state.get(_DRAFTS, {})
    return drafts.get(name, fallback)


# --- steps -------------------------------------------------------------------------------------


def step() -> Step:
    """The page to show."""
    return Step(st.session_state.get(_STEP, Step.START))


def current() -> Fact | None:
    """The question on a question page."""
    value = st.session_state.get(_CURRENT)
    return None if value is None else Fact(value)


def from_check() -> bool:
    """Whether the current question was opened with "Change" from the check-your-answers page."""
    return bool(st.session_state.get(_FROM_CHECK, False))


def go(to: Step, fact: Fact | None = None, *, from_check: bool | None = None) -> None:
    """Move to a page (and question). Clears the errors and drafts of the page left behind."""
    ss = st.session_state
    ss[_STEP] = to
    ss[_CURRENT] = fact
    if from_check is not None:
        ss[_FROM_CHECK] = from_check
    if to is Step.CHECK:
        ss[_FROM_CHECK] = False
    ss[_PROBLEMS] = ()
    ss[_DRAFTS] = {}


# --- answers -----------------------------------------------------------------------------------


def real_today() -> date:
    """Today's date in Norway."""
    return datetime.now(NORWAY).date()


def today() -> date:
    """The assessment date: today in Norway, fixed for the session, unless a helper chose another."""
    value = st.session_state.get(TODAY_KEY)
    return value if isinstance(value, date) else real_today()


def set_today(value: date) -> None:
    """Assess on another date (a helper's choice): from 1 January 2021 up to today in Norway."""
    if not EARLIEST_ASSESSMENT_DATE <= value <= real_today():
        raise ValueError("assessment date out of range")
    st.session_state[TODAY_KEY] = value


def assessed_today() -> bool:
    """Whether the assessment date is today (the notice of another date is not needed)."""
    return today() == real_today()


def answers() -> dict[str, Any]:
    """A copy of the known answers."""
    return dict(st.session_state.get(_ANSWERS, {}))


def asked() -> frozenset[Fact]:
    """The questions answered, "I don't know" included."""
    return frozenset(Fact(f) for f in st.session_state.get(_ASKED, ()))


def save_answers(values: Mapping[str, Any], answered: frozenset[Fact]) -> None:
    """Replace the answers and the set of questions answered."""
    st.session_state[_ANSWERS] = dict(values)
    st.session_state[_ASKED] = sorted(answered)


def route() -> Route:
    """The person's route (path, answers model, assessment and key dates) for the current answers,
    questions answered and assessment date.

    Every page and callback reads it here; it is built again only when one of those changes, and
    its assessment is computed once, the first time a page needs it. Kept in the session only.
    """
    values, answered, on = answers(), asked(), today()
    key = (repr(sorted(values.items())), tuple(sorted(answered)), on)
    cached = st.session_state.get(_ROUTE)
    if cached is not None and cached[0] == key:
        kept: Route = cached[1]
        return kept
    fresh = Route.of(values, answered, on)
    st.session_state[_ROUTE] = (key, fresh)
    return fresh


# --- errors on the current page ----------------------------------------------------------------


def problems() -> tuple[tuple[str, StrEnum], ...]:
    """The errors on the current page: (field, code), in the order they are shown."""
    return tuple(st.session_state.get(_PROBLEMS, ()))


def set_problems(found: tuple[tuple[str, StrEnum], ...]) -> None:
    """Show errors on the current page."""
    st.session_state[_PROBLEMS] = tuple(found)
    if found:
        st.session_state[_SHOWN] = problems_shown() + 1


def problems_shown() -> int:
    """How many times errors were shown in this session (focus moves to each new error summary)."""
    return int(st.session_state.get(_SHOWN, 0))
