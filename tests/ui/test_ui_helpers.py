"""For volunteers and caseworkers, and for the kiosk, through AppTest: the helpers' assessment date on
the start page (chapter 6A reached through the page itself), the full reasoning, the summary PDF,
kiosk mode and its reset.
"""

from __future__ import annotations

import io
from dataclasses import fields
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from logic import Assessment, Fact, KeyDates, assess
from tests.ui.test_ui_wizard import OUTCOME, TITLE, assert_result
from tests.ui.wizard import _MARKDOWN_ESCAPE, Wizard, refugee, session_values, shown_date, years_before
from ui import flow, settings, summary
from ui.messages import DATE_LABEL

LANGS = ("nb", "en")
SIX_A_DAY = date(2025, 3, 3)
HELPERS = {"nb": "For veiledere: sjekk en annen dato", "en": "For helpers: check another date"}
NOTICE = {
    "nb": "Denne sjekken bruker reglene slik de var %s, en dato som en veileder har valgt.",
    "en": "This check uses the rules as they were on %s, a date chosen by a helper.",
}
ASSESSED_AS_ON = {
    "nb": "Vurdert slik reglene var %s, en dato som en veileder har valgt, ikke i dag.",
    "en": "Assessed as on %s, a date chosen by a helper, not today.",
}


def set_date(w: Wizard, text: str) -> Wizard:
    w.open_helper_date()
    w.at.text_input(key=f"w_assessment_date_{w.lang}").input(text)
    return w.click("set_assessment_date")


def six_a(w: Wizard) -> dict[str, object]:
    return refugee(
        w,
        permit_basis="collective_protection",
        date_of_birth=years_before(SIX_A_DAY, 37),
        permit_granted_on=date(2024, 9, 2),
        settled_on=date(2024, 11, 1),
        near_full_time_work=True,
    )


# --- the helpers' assessment date ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_helper_reaches_the_temporary_rules_by_choosing_a_date_on_the_start_page(lang: str) -> None:
    """Chapter 6A's right without a duty ended on 31 December 2025: a helper checks 3 March 2025."""
    w = Wizard(lang)
    assert HELPERS[lang] in [e.label for e in w.at.expander]
    set_date(w, "3.3.2025")
    assert w.today == SIX_A_DAY
    w.result(six_a(w))
    text = assert_result(w, "right_without_duty")
    assert NOTICE[lang] % shown_date(SIX_A_DAY, lang) in text
    assert ASSESSED_AS_ON[lang] % shown_date(SIX_A_DAY, lang) in text


def test_the_notice_of_another_date_is_on_every_page_after_the_start() -> None:
    w = Wizard("en")
    set_date(w, "03.03.2025")
    notice = NOTICE["en"] % "3 March 2025"
    w.start()
    seen = []
    answers = six_a(w)
    while w.step == "question":
        seen.append(notice in w.text())
        fact = w.current
        assert fact is not None
        w.answer(fact, answers[fact])
    seen.append(notice in w.text())  # check your answers
    w.click("see_result")
    seen.append(notice in w.text())
    assert all(seen)
    assert len(seen) >= 8


def test_without_a_chosen_date_there_is_no_notice_and_the_result_says_checked_today() -> None:
    w = Wizard("en")
    w.result(refugee(w))
    text = assert_result(w, "right_and_duty")
    assert "a date chosen by a helper" not in text
    assert f"Checked on {shown_date(w.today, 'en')}." in text


@pytest.mark.parametrize(
    ("typed", "nb", "en"),
    [
        ("", "Skriv inn en dato", "Enter a date"),
        ("2.3", "Datoen må ha med året", "The date must include a year"),
        ("31.02.2026", "Datoen må være en dato som finnes", "The date must be a real date"),
        (
            "31.12.2020",
            "Denne sjekken gjelder bare integreringsloven",
            "This check only covers the Integration Act",
        ),
        ("tomorrow", "Skriv datoen som dag, måned og år", "Write the date as day, month and year"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_a_date_the_helper_cannot_use_is_refused_with_a_clear_message(
    lang: str, typed: str, nb: str, en: str
) -> None:
    w = Wizard(lang)
    before = w.today
    set_date(w, typed)
    assert w.today == before
    assert any({"nb": nb, "en": en}[lang] in text for text in w.errors())


@pytest.mark.parametrize("lang", LANGS)
def test_a_date_after_today_is_refused(lang: str) -> None:
    w = Wizard(lang)
    set_date(w, (w.today + timedelta(days=1)).strftime("%d.%m.%Y"))
    assert w.today != w.today + timedelta(days=1)
    message = {"nb": "Datoen kan ikke være fram i tid", "en": "The date cannot be in the future"}[lang]
    assert any(message in text for text in w.errors())


def test_the_helpers_date_form_is_made_when_opened_and_stays_open_across_a_language_switch() -> None:
    """The start page draws sooner without the form; a helper who opened it still has it after
    switching language (what was typed is put back by the tab's script: a browser test)."""
    w = Wizard("nb")
    assert not [t for t in w.at.text_input if t.key == "w_assessment_date_nb"]
    w.open_helper_date()
    assert [t for t in w.at.text_input if t.key == "w_assessment_date_nb"]
    w.switch("en")
    w.at.text_input(key="w_assessment_date_en").input("03.03.2025")
    w.click("set_assessment_date")
    assert w.today == SIX_A_DAY


def test_the_helper_can_go_back_to_todays_date() -> None:
    w = Wizard("nb")
    set_date(w, "03.03.2025")
    assert w.today == SIX_A_DAY
    w.click("use_today")
    assert w.today != SIX_A_DAY
    assert not w.errors()


# --- kiosk mode ----------------------------------------------------------------------------------


@pytest.fixture
def kiosk(monkeypatch: pytest.MonkeyPatch) -> settings.Settings:
    chosen = settings.Settings(kiosk=True, idle_seconds=60, warning_seconds=10)
    monkeypatch.setattr(settings, "current", lambda: chosen)
    return chosen


def test_kiosk_mode_hides_the_helpers_section_and_shows_start_over_on_the_start_page(
    kiosk: settings.Settings,
) -> None:
    w = Wizard("nb")
    assert HELPERS["nb"] not in [e.label for e in w.at.expander]
    assert "start_over" in [b.key for b in w.at.button]
    scripts = w.html()
    assert "selfcheck-idle" in scripts
    assert '"idle": 60' in scripts
    assert '"title": "Er du her fortsatt?"' in scripts


def test_the_kiosk_reset_forgets_everything_and_returns_to_the_start_in_the_default_language(
    kiosk: settings.Settings,
) -> None:
    w = Wizard("nb")
    w.switch("en")
    w.walk(refugee(w))
    w.click("kiosk_reset")
    assert w.step == "start"
    assert w.lang == "nb"
    assert w.title() == TITLE["nb"]
    assert session_values(w.at)["answers"] == {}
    assert "w_permit_basis_en" not in w.at.session_state  # what was on screen is gone too
    assert "back" not in [b.key for b in w.at.button]


def test_outside_kiosk_mode_start_over_is_at_the_bottom_and_there_is_no_idle_script() -> None:
    w = Wizard("en").start()
    assert "start_over" in [b.key for b in w.at.button]
    assert "selfcheck-idle" not in w.html()


def test_the_operator_sets_kiosk_mode_and_the_timeout_with_environment_variables() -> None:
    assert settings.from_environment({}) == settings.Settings(
        kiosk=False, idle_seconds=120, warning_seconds=20
    )
    chosen = settings.from_environment(
        {"SELFCHECK_KIOSK": "1", "SELFCHECK_IDLE_SECONDS": "8", "SELFCHECK_IDLE_WARNING_SECONDS": "4"}
    )
    assert chosen == settings.Settings(kiosk=True, idle_seconds=8, warning_seconds=4)
    assert (
        chosen.guard_interval_seconds >= 30
    )  # never more often than every 30 s: more often costs p95 under load
    assert settings.from_environment({"SELFCHECK_IDLE_SECONDS": "soon"}).idle_seconds == 120
    assert settings.from_environment({"SELFCHECK_KIOSK": "0"}).kiosk is False


# --- the full reasoning ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_full_reasoning_lists_every_finding_with_status_reason_section_and_dates(lang: str) -> None:
    w = Wizard(lang)
    answers = refugee(w)
    w.result(answers)
    assert_result(w, "right_and_duty")
    label = {"nb": "Hele begrunnelsen (for veiledere)", "en": "Full reasoning (for helpers)"}[lang]
    reasoning = next(e for e in w.at.expander if e.label == label)
    assert not reasoning.markdown  # made only when it is opened (pressing it runs the page again)
    w.open_reasoning()
    reasoning = next(e for e in w.at.expander if e.label == label)
    text = _MARKDOWN_ESCAPE.sub(r"\1", "\n".join(str(m.value) for m in reasoning.markdown))
    ss = session_values(w.at)
    path = flow.walk(ss["answers"], frozenset(Fact(f) for f in ss["asked"]), w.today)
    assessment = assess(path.model(), w.today)
    # Every condition holds, in plain words, each once: under "why", so not repeated for helpers.
    status = {"nb": ": Ja**", "en": ": Yes**"}[lang]
    assert w.text().count(status) == len(assessment.findings)
    assert text.count(status) == 0
    captions = _MARKDOWN_ESCAPE.sub(r"\1", "\n".join(str(c.value) for c in w.at.caption))
    for finding in assessment.findings:
        assert finding.law.citation() in captions
    assert "https://lovdata.no/lov/2020-11-06-127/%C2%A79" in captions  # a link to § 9 on Lovdata
    two_years = shown_date(years_before(w.days_ago(100), -2), lang)
    assert two_years in text


def test_every_date_the_rules_compute_has_a_label() -> None:
    assert set(DATE_LABEL) == {field.name for field in fields(KeyDates)}


# --- the summary PDF -----------------------------------------------------------------------------


def _assessment(on: date, **changes: object) -> tuple[flow.Path, Assessment]:
    answers: dict[str, object] = {
        "permit_basis": "refugee",
        "date_of_birth": date(1989, 5, 10),
        "permit_granted_on": on - timedelta(days=200),
        "settled": True,
        "settled_on": on - timedelta(days=100),
        "settled_by_agreement": True,
        "claim_made": False,
        "declined_or_dropped_out": False,
        "works_30_hours_or_more": False,
    }
    answers.update(changes)
    asked = frozenset(Fact(f) for f in answers if f != "claim_made") | {Fact.CLAIM_MADE}
    path = flow.walk(answers, asked, on)
    return path, assess(path.model(), on)


def _text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


ON = date(2026, 11, 29)


def test_the_summary_in_english_has_the_bokmal_text_beside_it_and_the_sections_of_the_page() -> None:
    path, assessment = _assessment(ON)
    pages, text = _text(summary.pdf(assessment, path, "en", ON))
    assert pages <= 2
    for expected in (
        OUTCOME["right_and_duty"]["en"],
        OUTCOME["right_and_duty"]["nb"],
        "This is not a decision. The municipality decides.",
        "Dette er ikke et vedtak. Det er kommunen som bestemmer.",
        "Date of birth: 10 May 1989",
        "Fødselsdato: 10. mai 1989",
        "integreringsloven § 9 (1) a",
        "Checked on 29 November 2026. Rules version",
        "Sjekket 29. november 2026.",
        assessment.rules_version,
        "The rules were checked against the Act on 23 July 2026.",
        "The municipality should have decided on and started your programme by 21 November 2026.",
        "You can appeal (klage).",
        "Statsforvalteren",
        "Ask to take part in the programme, in writing",
    ):
        assert expected in text, expected
    # The same sections in the same order as the result page (ui/report.py), in both columns.
    order = ["What you can do now", "Important dates", "Why", "If you disagree with a decision"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "§ 9 (1) a" in text  # "§" stays with its number


def test_the_summary_in_bokmal_has_one_column() -> None:
    path, assessment = _assessment(ON)
    pages, text = _text(summary.pdf(assessment, path, "nb", ON))
    assert pages <= 2
    assert OUTCOME["right_and_duty"]["nb"] in text
    assert "It looks like" not in text
    assert "Fødselsdato: 10. mai 1989" in text


def test_the_summary_says_assessed_as_on_for_a_date_a_helper_chose() -> None:
    path, assessment = _assessment(SIX_A_DAY)
    _pages, text = _text(summary.pdf(assessment, path, "en", ON))
    assert "Assessed as on 3 March 2025" in text
    assert "Vurdert slik reglene var 3. mars 2025" in text


def test_without_the_dejavu_font_the_summary_falls_back_to_the_built_in_font() -> None:
    path, assessment = _assessment(ON, settled_by_agreement=None)
    pages, text = _text(summary.pdf(assessment, path, "en", ON, use_font=False))
    assert pages >= 1
    assert OUTCOME["needs_more_information"]["nb"] in text  # å, ø, æ and § are in Latin-1
    assert "integreringsloven § 8" in text


def test_the_summary_names_no_author_and_no_time_of_day() -> None:
    path, assessment = _assessment(ON)
    reader = PdfReader(io.BytesIO(summary.pdf(assessment, path, "nb", ON)))
    metadata = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    assert "/Author" not in metadata
    assert metadata["/Title"] == "Introduksjonsprogrammet: sammendrag av selvsjekken"
    assert metadata["/CreationDate"].startswith("D:20261129000000")


def _guarded_page() -> None:
    """A page that runs only the kiosk's server-side check (AppTest never fires fragment timers)."""
    import streamlit as st

    from ui import kiosk, state

    state.init()
    if st.session_state.get("long_ago"):
        st.session_state[state.SESSION_KEY]["seen"] = (
            0.0  # the last page run was long before the server's limit
        )
    kiosk._guard()


def test_the_servers_own_check_forgets_a_session_nobody_used_for_too_long() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_guarded_page, default_timeout=30)
    at.run()
    session_values(at)["answers"] = {"permit_basis": "refugee"}
    session_values(at)["lang"] = "en"
    at.run()
    assert session_values(at)["answers"] == {"permit_basis": "refugee"}  # recently used: kept
    at.session_state["long_ago"] = True
    at.run()
    assert not at.exception
    assert session_values(at)["answers"] == {}
    assert session_values(at)["lang"] == "nb"
    assert "long_ago" not in at.session_state
