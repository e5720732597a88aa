"""Moving through the wizard the way a phone does: the browser's Back and Forward, a reload, "Start
over", and the route the pages share (issue 9, points 1 and 14; issue 11, point 6).

AppTest runs no JavaScript, so the browser is played here by its effect on the server: a Back or
Forward reruns the page with the entry number of that history entry in the address (`?step=n`), and a
reload after which the tab gives back its copy calls `state.restore` with it. What the browser itself
does is proved in tests/browser/test_history.py.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.wizard import APP, Wizard, refugee, session_values, typed
from ui import flow, resume

TITLE = {
    "nb": "Sjekk om du har rett til introduksjonsprogram",
    "en": "Check if you have the right to the introduction programme",
}
RESTORED = {
    "nb": "Svarene dine ble hentet tilbake fra denne fanen i nettleseren. Du kan fortsette der du slapp.",
    "en": "Your answers were restored from this browser tab. You can go on where you left off.",
}
LOST_RESTORED = {
    "nb": "Forbindelsen til tjenesten var brutt en stund. Svarene dine ble hentet tilbake fra denne "
    "fanen i nettleseren, så du kan fortsette der du slapp.",
    "en": "The connection to the service was lost for a while. Your answers were restored from this "
    "browser tab, so you can go on where you left off.",
}
LOST_DELETED = {
    "nb": "Forbindelsen til tjenesten ble brutt, og svarene dine er slettet. Begynn på nytt.",
    "en": "The connection to the service was lost, and your answers were deleted. Please start again.",
}
START_OVER = {
    "nb": "Vil du begynne på nytt? Alt du har svart, blir slettet.",
    "en": "Do you want to start over? Everything you have answered will be deleted.",
}


def _browser_goes_to(w: Wizard, entry: int) -> Wizard:
    """The browser's Back or Forward to history entry `entry` (0: the first page of the tab)."""
    if entry:
        w.at.query_params["step"] = str(entry)
    else:
        w.at.query_params.pop("step", None)
    return w.run()


def _address(w: Wizard) -> dict[str, Any]:
    return dict(w.at.query_params)


# --- Back and Forward ---------------------------------------------------------------------------


def test_each_new_page_is_a_history_entry_with_only_a_number_in_the_address() -> None:
    w = Wizard("nb")
    assert _address(w) == {}  # the start page: the tab's first entry
    answers = refugee(w)
    w.start()
    assert _address(w) == {"step": "1"}
    w.answer("permit_basis", answers["permit_basis"])
    assert _address(w) == {"step": "2"}
    w.answer("date_of_birth", answers["date_of_birth"])
    assert _address(w) == {"step": "3"}
    w.type("permit_granted_on", "31.02.2020")  # an error is not a new page
    assert w.errors()
    assert _address(w) == {"step": "3"}
    w.switch("en")  # nor is another language
    assert _address(w) == {"step": "3"}
    born = answers["date_of_birth"]
    for value in _address(w).values():
        assert value.isdecimal()
        assert typed(born) not in value
        assert born.isoformat() not in value


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_browsers_back_and_forward_move_between_the_questions_with_their_answers(lang: str) -> None:
    w = Wizard(lang)
    answers = refugee(w)
    w.start().answer("permit_basis", "refugee").answer("date_of_birth", answers["date_of_birth"])
    assert w.current == "permit_granted_on"

    _browser_goes_to(w, 2)
    assert w.current == "date_of_birth"
    assert w.typed_value("date_of_birth") == typed(answers["date_of_birth"])
    _browser_goes_to(w, 1)
    assert w.current == "permit_basis"
    assert w.radio_value("permit_basis") == "refugee"
    _browser_goes_to(w, 0)
    assert w.title() == TITLE[lang]
    _browser_goes_to(w, 1)
    _browser_goes_to(w, 2)
    _browser_goes_to(w, 3)
    assert w.current == "permit_granted_on"
    # Continue after going back: the path goes on from there, and the address gets the next number.
    _browser_goes_to(w, 2)
    w.answer("date_of_birth", answers["date_of_birth"])
    assert w.current == "permit_granted_on"
    assert _address(w) == {"step": "3"}


def test_back_and_forward_reach_the_check_page_and_the_result() -> None:
    w = Wizard("en")
    w.result(refugee(w))
    result_entry = int(_address(w)["step"])
    _browser_goes_to(w, result_entry - 1)
    assert w.title() == "Check your answers"
    _browser_goes_to(w, result_entry)
    assert w.title().startswith("It looks like you have the right and the duty")


def test_a_kiosk_never_writes_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shared browser keeps no history entry of a visit, not even how far the person got."""
    from ui import settings

    chosen = settings.Settings(kiosk=True, idle_seconds=600, warning_seconds=20)
    monkeypatch.setattr(settings, "current", lambda: chosen)
    w = Wizard("nb")
    w.walk(refugee(w))
    assert _address(w) == {}


@pytest.mark.parametrize("address", ["57", "abc", "-1", "9" * 40, "1.5"])
def test_an_entry_the_session_does_not_know_shows_the_start_page(address: str) -> None:
    """A reload in kiosk mode, an old entry after "Start over", or an address typed by hand."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.context = {"locale": "en-GB"}
    at.query_params["step"] = address
    at.run()
    assert not at.exception
    assert at.title[0].value == TITLE["en"]
    assert not [w for w in at.warning if "connection" in str(w.value)]


# --- Start over -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_start_over_asks_first_and_no_keeps_every_answer(lang: str) -> None:
    w = Wizard(lang)
    w.walk(refugee(w))
    check = w.title()
    w.click("start_over")
    assert START_OVER[lang] in w.text()
    assert w.title() == check  # nothing is deleted yet
    w.click("start_over_no")
    assert START_OVER[lang] not in w.text()
    assert w.title() == check
    assert session_values(w.at)["answers"]


def test_yes_start_over_deletes_the_answers_and_every_earlier_entry_leads_to_the_start() -> None:
    w = Wizard("en")
    answers = refugee(w)
    w.walk(answers)
    w.click("start_over").click("start_over_yes")
    assert w.title() == TITLE["en"]
    assert session_values(w.at)["answers"] == {}
    after = int(_address(w)["step"])
    for entry in range(after):
        _browser_goes_to(w, entry)
        assert w.title() == TITLE["en"]
        assert typed(answers["date_of_birth"]) not in w.text()


def test_on_a_kiosk_start_over_asks_at_the_top_of_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import settings

    chosen = settings.Settings(kiosk=True, idle_seconds=600, warning_seconds=20)
    monkeypatch.setattr(settings, "current", lambda: chosen)
    w = Wizard("nb")
    w.start().answer("permit_basis", "refugee")
    w.click("start_over")
    assert START_OVER["nb"] in w.text()
    assert "start_over" not in [b.key for b in w.at.button]  # the question takes the button's place
    w.click("start_over_yes")
    assert w.title() == TITLE["nb"]
    assert session_values(w.at)["answers"] == {}


def test_start_over_with_nothing_answered_needs_no_question() -> None:
    w = Wizard("en").start()
    w.click("start_over")
    assert w.title() == TITLE["en"]
    assert START_OVER["en"] not in w.text()


# --- the tab's copy after a reload or a lost session (state.restore) -------------------------------


def _session_page() -> None:
    """The frame's session logic without the browser: a test puts the tab's copy (`copy`) and whether
    the page was connected to a lost session (`lost`) in the session before a run."""
    import streamlit as st

    from ui import frame, state

    state.init()
    state.follow_address()
    if "copy" in st.session_state:
        state.restore(st.session_state.pop("copy"), lost=bool(st.session_state.pop("lost", False)))
    frame.top(back=None)
    st.title(f"{state.step()} {state.current() or ''}".strip(), anchor=False)


def _copy_of(w: Wizard) -> dict[str, Any]:
    """What the tab keeps of a session (what `ui/tab.js` puts in sessionStorage; see `state.copy`)."""
    ss = session_values(w.at)
    kept = resume.Copy(
        ss["lang"], ss["today"], dict(ss["answers"]), frozenset(ss["asked"]), ss["entry"], dict(ss["trail"])
    )
    return resume.dump(kept)


def _reloaded(copy: object, *, address: str | None, lost: bool = False) -> AppTest:
    at = AppTest.from_function(_session_page, default_timeout=30)
    at.context = {"locale": "en-GB"}
    if address is not None:
        at.query_params["step"] = address
    at.run()
    at.session_state["copy"] = copy
    at.session_state["lost"] = lost
    at.run()
    assert not at.exception
    return at


def _text(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in (at.success, at.info, at.warning) for e in kind)


def test_a_reload_resumes_on_the_page_of_the_address_with_every_answer_and_says_so() -> None:
    w = Wizard("nb")
    answers = refugee(w)
    w.walk(answers)
    before = dict(session_values(w.at)["answers"])
    copy = _copy_of(w)
    at = _reloaded(copy, address="3")  # the person had gone back to the third entry, then reloaded
    assert at.title[0].value == "question permit_granted_on"
    assert session_values(at)["answers"] == before
    assert session_values(at)["lang"] == "nb"
    assert RESTORED["nb"] in _text(at)


def test_a_lost_connection_that_comes_back_with_the_tabs_copy_says_the_answers_were_restored() -> None:
    w = Wizard("en")
    w.start().answer("permit_basis", "refugee")
    at = _reloaded(_copy_of(w), address="2", lost=True)
    assert at.title[0].value == "question date_of_birth"
    assert LOST_RESTORED["en"] in _text(at)


def test_a_lost_connection_without_a_copy_says_the_answers_were_deleted() -> None:
    at = _reloaded(None, address="2", lost=True)
    assert at.title[0].value == "start"
    assert LOST_DELETED["en"] in _text(at)


@pytest.mark.parametrize(
    "damage",
    [
        lambda c: c | {"v": 99},
        lambda c: c | {"extra": 1},
        lambda c: c | {"lang": "de"},
        lambda c: c | {"today": "2999-01-01"},
        lambda c: c | {"today": "2020-12-31"},  # before the Integration Act
        lambda c: c | {"answers": {**c["answers"], "settled_on": "not a date"}},
        lambda c: c | {"answers": {**c["answers"], "arrived_in_norway_on": "2020-01-01"}},  # not asked
        lambda c: c | {"answers": {**c["answers"], "date_of_birth": "x" * 100_000}},
        lambda c: c | {"asked": [*c["asked"], "no_such_question"]},
        lambda c: c | {"entry": True},
        lambda c: c | {"trail": [[0, "start", None, False]] * 1000},
        lambda c: c | {"trail": [[0, "start", "no_such_question", False]]},
        lambda c: [c],
        lambda c: "x",
    ],
)
def test_a_damaged_or_forged_copy_is_refused_and_nothing_else_changes(damage: Any) -> None:
    w = Wizard("en")
    w.walk(refugee(w))
    at = _reloaded(damage(_copy_of(w)), address="2")
    assert at.title[0].value == "start"
    assert session_values(at)["answers"] == {}
    assert RESTORED["en"] not in _text(at)


def test_answers_that_contradict_each_other_are_refused() -> None:
    w = Wizard("en")
    w.walk(refugee(w))
    copy = _copy_of(w)
    copy["answers"]["settled_on"] = (w.today + timedelta(days=30)).isoformat()  # settled in the future
    at = _reloaded(copy, address=None)
    assert session_values(at)["answers"] == {}


def test_a_copy_is_never_taken_into_a_session_that_has_answers() -> None:
    at = AppTest.from_function(_session_page, default_timeout=30)
    at.run()
    session_values(at)["answers"] = {"permit_basis": "refugee"}
    session_values(at)["asked"] = ["permit_basis"]
    w = Wizard("en")
    w.walk(refugee(w))
    at.session_state["copy"] = _copy_of(w)
    at.run()
    assert session_values(at)["answers"] == {"permit_basis": "refugee"}


def test_the_copy_round_trips_and_holds_only_json_values() -> None:
    kept = resume.Copy(
        "nb",
        date(2026, 11, 30),
        {"permit_basis": "refugee", "date_of_birth": date(1990, 1, 1), "settled": True},
        frozenset(flow.Fact(f) for f in ("permit_basis", "date_of_birth", "settled")),
        3,
        {0: ("start", None, False), 3: ("question", "settled", True)},
    )
    dumped = resume.dump(kept)
    assert json.loads(json.dumps(dumped)) == dumped
    loaded = resume.load(dumped, languages=("nb", "en"), earliest=date(2021, 1, 1), latest=date(2026, 12, 1))
    assert loaded == kept


# --- one route per change (9.14) --------------------------------------------------------------------


def test_the_route_is_computed_once_per_change_and_the_result_assessed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[date] = []
    real = flow.assess

    def counted(answers: Any, on: date) -> Any:
        calls.append(on)
        return real(answers, on)

    monkeypatch.setattr(flow, "assess", counted)
    w = Wizard("nb")
    w.walk(refugee(w))
    assert calls == []  # no question on this path names a date in its hint
    route = session_values(w.at)["route"][1]
    w.switch("en")
    assert session_values(w.at)["route"][1] is route  # the same answers: the same route
    w.click("see_result")
    w.switch("nb")
    w.click("change_answers")
    w.click("see_result")
    assert len(calls) == 1  # the title, the body, two languages and a second visit: one assessment
    assert session_values(w.at)["route"][1] is route
