"""The one owner of `st.session_state`: every read and write of session state goes through here.

A session holds, in one dict under `SESSION_KEY` (one read of Streamlit's session state a run):
- `lang`: the language's code (`ui.languages`: "nb", "nn", "en", "uk", "ar", "prs", "ti", "so");
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
- `entry`, `trail`, `address`: the browser history of the tab. Every move to another page is a new
  history entry, numbered 1, 2, 3, ... in the address (`?step=3`: a number, never an answer);
  `trail` maps each entry number to the page it shows, so the browser's Back and Forward move
  between the wizard's own pages (`follow_address`). `address` is the number last seen in the
  address, to tell a move of the browser from a move of the page;
- `session_id`: a random id of this server session (no personal data): a page that was drawn by
  another session notices that it now shows a new, empty one (`ui/tab.py`);
- `notice`: a one-off message on the page (answers restored, connection lost), and
  `confirm_start_over`: "Start over" was pressed and waits for a yes or no.

Widget keys are scratch space, one set per language (`w_<name>_<lang>`), re-seeded from `answers`
(in Streamlit 1.67 a keyed radio with translated labels loses its selection after a language switch).

Test hook: a test may put `{TODAY_KEY: a date}` under `SESSION_KEY` before the first run to
assess on another day (e.g. inside chapter 6A's period). On the page, only the start page's helper
section sets it, through `set_today` (hidden in kiosk mode); nothing in the URL does.
"""

from __future__ import annotations

import functools
import secrets
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ParamSpec
from zoneinfo import ZoneInfo

import streamlit as st

from logic import Fact
from ui import languages, resume
from ui.flow import Path, Route

LANGUAGES = languages.CODES
DEFAULT_LANGUAGE = languages.DEFAULT
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
_ENTRY = "entry"
_TRAIL = "trail"
_ADDRESS = "address"
_SESSION = "session_id"
_NOTICE = "notice"
_CONFIRM = "confirm_start_over"
_DONE = "done_once"

_WIDGET_PREFIX = "w_"
STEP_PARAM = "step"  # the history entry number in the address: `?step=3`
P = ParamSpec("P")


# --- one script run -----------------------------------------------------------------------------

# The session's own values live in one plain dict under this one key of Streamlit's session state:
# a read of Streamlit's session state costs about 15 µs here and a write more (locks, widget-id
# lookups, usage metrics), and a step read and wrote the session's own keys about 35 times.
SESSION_KEY = "selfcheck"
# The dict while the page's body runs (`one_run`): Streamlit's session state is read once a run.
_RUN: ContextVar[dict[str, Any] | None] = ContextVar("selfcheck_run_state", default=None)


def _session() -> dict[str, Any]:
    """The session's own values, made empty the first time (one read of Streamlit's session state)."""
    values = st.session_state.get(SESSION_KEY)
    if not isinstance(values, dict):
        values = {}
        st.session_state[SESSION_KEY] = values
    return values


def _state() -> dict[str, Any]:
    """The session's own values: the run's reference inside `one_run`, else read from Streamlit."""
    values = _RUN.get()
    return _session() if values is None else values


@contextmanager
def one_run() -> Iterator[None]:
    """Around the page's body (app.py) and each callback (`callback`): Streamlit's session state is
    read once for the session's own values (inside another `one_run`, not again). Widget values are
    always read from Streamlit (it sets them while the page runs)."""
    if _RUN.get() is not None:
        yield
        return
    token = _RUN.set(_session())
    try:
        yield
    finally:
        _RUN.reset(token)


def callback(function: Callable[P, None]) -> Callable[P, None]:
    """A widget's callback (`on_click`, `on_change`): it runs before the page's body, so it reads
    the session's own values once itself. Also called from the body, where it changes nothing."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        with one_run():
            function(*args, **kwargs)

    return run


class Step(StrEnum):
    """The pages of the wizard."""

    START = "start"
    QUESTION = "question"
    CHECK = "check"
    RESULT = "result"


class Notice(StrEnum):
    """A one-off message at the top of the page."""

    RESTORED = "restored"  # a reload: the answers came back from the tab's copy
    LOST_RESTORED = "lost_restored"  # the connection was lost; the answers came back from the tab
    LOST_DELETED = "lost_deleted"  # the connection was lost and the answers with it


def language_from_tag(tag: str | None) -> str | None:
    """Map a language tag (browser locale or `?lang=`) to a supported language, or None."""
    return languages.from_tag(tag)


def init() -> None:
    """Set up a new session: language from `?lang=`, else the browser, else bokmål."""
    ss = _state()
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
    ss[_SESSION] = secrets.token_hex(8)
    ss[_ENTRY] = 0
    ss[_TRAIL] = {0: _position()}
    ss[_ADDRESS] = None


def _clear_answers() -> None:
    ss = _state()
    ss[_ANSWERS] = {}
    ss[_ASKED] = []
    ss[_CURRENT] = None
    ss[_FROM_CHECK] = False
    ss[_PROBLEMS] = ()
    ss[_DRAFTS] = {}
    ss[_NOTICE] = None
    ss[_CONFIRM] = False
    ss.pop(_ROUTE, None)


@callback
def start_over() -> None:
    """Forget every answer and return to the start page; the language stays. The earlier history
    entries of the tab lead to the start page from now on, and the tab's copy goes (`ui/tab.py`)."""
    _clear_answers()
    go(Step.START)
    _state()[_TRAIL] = {entry(): _position()}


@callback
def ask_start_over() -> None:
    """Start over was pressed: ask first when there is something to lose."""
    if asked() or answers():
        _state()[_CONFIRM] = True
    else:
        start_over()


@callback
def keep_answers() -> None:
    """No, keep my answers: the question goes away."""
    _state()[_CONFIRM] = False


def confirming_start_over() -> bool:
    """Whether the page asks "Do you want to start over?"."""
    return bool(_state().get(_CONFIRM, False))


@callback
def reset() -> None:
    """Forget the whole session (the kiosk's idle reset): answers, drafts, widget values, the chosen
    language and assessment date. The start page comes back in the default language. The session
    keeps its id, so the tab does not take the reset for a lost connection."""
    ss = _state()
    kept = ss.get(_SESSION)
    ss.clear()
    for key in list(st.session_state.keys()):  # widget values and anything else kept for the session
        if key != SESSION_KEY:
            del st.session_state[key]
    st.query_params.clear()
    init()
    if kept is not None:
        ss[_SESSION] = kept


# --- activity (kiosk) --------------------------------------------------------------------------


@callback
def touch() -> None:
    """Note that the person did something (a full run of the page)."""
    _state()[_SEEN] = time.monotonic()


def idle_seconds() -> float:
    """Seconds since the person last did something the server saw."""
    seen = _state().get(_SEEN)
    return 0.0 if seen is None else time.monotonic() - float(seen)


# --- language ----------------------------------------------------------------------------------


def language() -> str:
    """The session's language; bokmål before the session is set up (e.g. a direct link to a page)."""
    lang = _state().get(_LANG)
    return lang if lang in LANGUAGES else language_from_tag(st.context.locale) or DEFAULT_LANGUAGE


@callback
def set_language(lang: str) -> None:
    """Switch language, keeping what is typed or chosen on the current page."""
    old = language()
    if lang not in LANGUAGES or lang == old:
        return
    suffix = f"_{old}"
    drafts = dict(_state().get(_DRAFTS, {}))
    for key, value in st.session_state.items():  # widget values: Streamlit's own keys
        name = str(key)
        if name.startswith(_WIDGET_PREFIX) and name.endswith(suffix):
            drafts[name[len(_WIDGET_PREFIX) : -len(suffix)]] = value
    _state()[_DRAFTS] = drafts
    _state()[_LANG] = lang


# --- widgets -----------------------------------------------------------------------------------


def close_menu(key: str) -> None:
    """Close a popover that keeps its open state on the server (from a callback of a widget in it)."""
    st.session_state[key] = False


def widget_key(name: str) -> str:
    """The key of a widget in the current language."""
    return f"{_WIDGET_PREFIX}{name}_{language()}"


def widget_value(name: str) -> Any:
    """The value of a widget in the current language (None if it was not rendered)."""
    return st.session_state.get(widget_key(name))  # widget values: never from a run's copy


def seed(name: str, fallback: Any) -> Any:
    """The value a widget starts with: what was on the page before a language switch, else `fallback`."""
    drafts: Mapping[str, Any] = _state().get(_DRAFTS, {})
    return drafts.get(name, fallback)


# --- steps -------------------------------------------------------------------------------------


def step() -> Step:
    """The page to show."""
    return Step(_state().get(_STEP, Step.START))


def current() -> Fact | None:
    """The question on a question page."""
    value = _state().get(_CURRENT)
    return None if value is None else Fact(value)


def from_check() -> bool:
    """Whether the current question was opened with "Change" from the check-your-answers page."""
    return bool(_state().get(_FROM_CHECK, False))


@callback
def go(to: Step, fact: Fact | None = None, *, from_check: bool | None = None) -> None:
    """Move to a page (and question): a new history entry. Clears the errors, drafts and notices of
    the page left behind."""
    ss = _state()
    ss[_STEP] = to
    ss[_CURRENT] = fact
    if from_check is not None:
        ss[_FROM_CHECK] = from_check
    if to is Step.CHECK:
        ss[_FROM_CHECK] = False
    _leave_page()
    # The browser drops the entries after the current one when a new one is added: so does the trail.
    new = entry() + 1
    trail = {n: where for n, where in _trail().items() if new - resume.MAX_TRAIL < n < new}
    trail[new] = _position()
    ss[_TRAIL] = trail
    ss[_ENTRY] = new


def _leave_page() -> None:
    ss = _state()
    ss[_PROBLEMS] = ()
    ss[_DRAFTS] = {}
    ss[_NOTICE] = None
    ss[_CONFIRM] = False


# --- the browser's history ---------------------------------------------------------------------


def entry() -> int:
    """The number of the tab's history entry on screen (0: the first page the tab opened)."""
    return int(_state().get(_ENTRY, 0))


def _trail() -> dict[int, resume.Position]:
    return dict(_state().get(_TRAIL, {}))


def _position() -> resume.Position:
    fact = current()
    return (str(step()), None if fact is None else fact.value, from_check())


def _entry_in(address: str | None) -> int | None:
    """The entry number in the address (None: not a number the app writes)."""
    if address is None:
        return 0
    if not address.isdecimal() or len(address) > len(str(resume.MAX_ENTRY)):
        return None
    return int(address)


def follow_address(*, history: bool = True) -> None:
    """Keep the page and the address's entry number in step, once per run, before the page is drawn.

    The browser moved (Back, Forward, a reload): show the page of that entry. The page moved (a
    button's callback called `go`): write the new entry number, which adds a history entry (Streamlit
    pushes a change of the query string to the browser's history, and a Back or Forward to an entry
    with another query string runs the page again).

    With `history` off (kiosk mode) the address never changes: a shared browser keeps no trace of a
    visit in its history, not even how far the person got.
    """
    if not history:
        return
    ss = _state()
    address = st.query_params.get(STEP_PARAM)
    if address != ss.get(_ADDRESS):
        ss[_ADDRESS] = address
        number = _entry_in(address)
        if number is None:
            go(Step.START)
        else:
            _show_entry(number)
    number = entry()
    if _entry_in(ss.get(_ADDRESS)) != number:
        if number:
            st.query_params[STEP_PARAM] = str(number)
        elif STEP_PARAM in st.query_params:
            del st.query_params[STEP_PARAM]
        ss[_ADDRESS] = st.query_params.get(STEP_PARAM)


def _show_entry(number: int) -> None:
    """Show the page of a history entry; an entry the session does not know leads to the start page."""
    ss = _state()
    trail = _trail()
    where = trail.get(number)
    if where is None:
        trail[number] = where = (str(Step.START), None, False)
        ss[_TRAIL] = trail
    ss[_ENTRY] = number
    try:
        to = Step(where[0])
        fact = None if where[1] is None else Fact(where[1])
    except ValueError:
        to, fact = Step.START, None
    if to is Step.QUESTION and fact is None:
        to = Step.START
    ss[_STEP] = to
    ss[_CURRENT] = fact if to is Step.QUESTION else None
    ss[_FROM_CHECK] = bool(where[2]) and to is Step.QUESTION
    _leave_page()


# --- this session and the tab's copy (`ui/tab.py`) ----------------------------------------------


def session_id() -> str:
    """A random id of this server session: no personal data, only to notice a new session."""
    return str(_state().get(_SESSION, ""))


def notice() -> Notice | None:
    """The one-off message to show at the top of the page."""
    value = _state().get(_NOTICE)
    return None if value is None else Notice(value)


def first_time(what: str) -> bool:
    """True the first time this is asked in the session (after the kiosk's reset, again)."""
    done: set[str] = _state().setdefault(_DONE, set())
    if what in done:
        return False
    done.add(what)
    return True


def pristine() -> bool:
    """Nothing is answered yet and the start page is shown: a session a copy may be restored into."""
    return step() is Step.START and not asked() and not answers()


def copy() -> dict[str, Any] | None:
    """The session as the tab keeps it (`ui.resume`), or None when there is nothing to keep."""
    if pristine():
        return None
    kept = resume.Copy(language(), today(), answers(), asked(), entry(), _trail())
    return resume.dump(kept)


def restore(raw: object, *, lost: bool) -> None:
    """Take the tab's copy into this new session (a reload, or a lost session: `lost`), if it is one.

    Only into a session where nothing is answered yet; the page shown is the one of the entry in the
    address when the copy has it (the tab's history survives a reload), else the one last shown.
    After a lost session without a usable copy (always in kiosk mode) the page says the answers
    were deleted.
    """
    if not pristine():
        return
    kept = resume.load(raw, languages=LANGUAGES, earliest=EARLIEST_ASSESSMENT_DATE, latest=real_today())
    ss = _state()
    if kept is None:
        if lost:
            ss[_NOTICE] = Notice.LOST_DELETED
        return
    ss[_LANG] = kept.lang
    ss[TODAY_KEY] = kept.today
    save_answers(kept.answers, kept.asked)
    ss[_TRAIL] = dict(kept.trail)
    number = _entry_in(ss.get(_ADDRESS))
    _show_entry(number if number is not None and number in kept.trail else kept.entry)
    ss[_NOTICE] = Notice.LOST_RESTORED if lost else Notice.RESTORED


# --- answers -----------------------------------------------------------------------------------


def real_today() -> date:
    """Today's date in Norway."""
    return datetime.now(NORWAY).date()


def today() -> date:
    """The assessment date: today in Norway, fixed for the session, unless a helper chose another."""
    value = _state().get(TODAY_KEY)
    return value if isinstance(value, date) else real_today()


def set_today(value: date) -> None:
    """Assess on another date (a helper's choice): from 1 January 2021 up to today in Norway."""
    if not EARLIEST_ASSESSMENT_DATE <= value <= real_today():
        raise ValueError("assessment date out of range")
    _state()[TODAY_KEY] = value


def assessed_today() -> bool:
    """Whether the assessment date is today (the notice of another date is not needed)."""
    return today() == real_today()


def answers() -> dict[str, Any]:
    """A copy of the known answers."""
    return dict(_state().get(_ANSWERS, {}))


def asked() -> frozenset[Fact]:
    """The questions answered, "I don't know" included."""
    return frozenset(Fact(f) for f in _state().get(_ASKED, ()))


def save_answers(values: Mapping[str, Any], answered: frozenset[Fact], path: Path | None = None) -> None:
    """Replace the answers and the set of questions answered (`path`: their path, when it is known)."""
    _state()[_ANSWERS] = dict(values)
    _state()[_ASKED] = sorted(answered)
    if path is not None:
        on = today()
        _state()[_ROUTE] = (_route_key(values, answered, on), Route.of(values, answered, on, path))


def route() -> Route:
    """The person's route (path, answers model, assessment and key dates) for the current answers,
    questions answered and assessment date.

    Every page and callback reads it here; it is built again only when one of those changes, and
    its assessment is computed once, the first time a page needs it. Kept in the session only.
    """
    values, answered, on = answers(), asked(), today()
    key = _route_key(values, answered, on)
    cached = _state().get(_ROUTE)
    if cached is not None and cached[0] == key:
        kept: Route = cached[1]
        return kept
    fresh = Route.of(values, answered, on)
    _state()[_ROUTE] = (key, fresh)
    return fresh


def _route_key(values: Mapping[str, Any], answered: frozenset[Fact], on: date) -> tuple[Any, ...]:
    return (repr(sorted(values.items())), tuple(sorted(answered)), on)


# --- errors on the current page ----------------------------------------------------------------


def problems() -> tuple[tuple[str, StrEnum], ...]:
    """The errors on the current page: (field, code), in the order they are shown."""
    return tuple(_state().get(_PROBLEMS, ()))


def set_problems(found: tuple[tuple[str, StrEnum], ...]) -> None:
    """Show errors on the current page."""
    _state()[_PROBLEMS] = tuple(found)
    if found:
        _state()[_SHOWN] = problems_shown() + 1


def problems_shown() -> int:
    """How many times errors were shown in this session (focus moves to each new error summary)."""
    return int(_state().get(_SHOWN, 0))
