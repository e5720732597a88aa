"""The wizard in a real browser: each of the five outcomes in both languages, a family immigrant's path,
a date error and its correction, a language switch in the middle, the full reasoning and the PDF.

What AppTest cannot show: JavaScript runs (the page's `lang`, focus on the error summary), the
language switch keeps what a person chose on screen, and the PDF is downloaded as a file.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader

from logic import Fact
from tests.browser.axe import scan
from tests.browser.visit import UNKNOWN, Visit, days_ago, refugee, today, typed, years_before
from tests.ui.test_ui_wizard import NOT_A_DECISION, OUTCOME
from tests.ui.wizard import shown_date

LANGS = ("nb", "en")
SIX_A_DAY = date(
    2025, 3, 3
)  # inside the right without a duty of chapter 6A (15 June 2022 – 31 December 2025)
SIX_A = {
    "permit_basis": "collective_protection",
    "date_of_birth": years_before(SIX_A_DAY, 37),
    "permit_granted_on": date(2024, 9, 2),
    "settled": True,
    "settled_on": date(2024, 11, 1),
    "settled_by_agreement": True,
    "claim_made": "not_asked",
    "declined_or_dropped_out": False,
    "near_full_time_work": True,
}
PATHS: dict[str, Callable[[], dict[str, Any]]] = {
    "right_and_duty": refugee,
    "right_without_duty": lambda: SIX_A,
    "may_be_offered": lambda: refugee(settled_by_agreement=False, earlier_family_permit=False),
    "not_entitled": lambda: {"permit_basis": "work_or_study"},
    "needs_more_information": lambda: refugee(settled_by_agreement=UNKNOWN, earlier_family_permit=False),
    "already_in_programme": lambda: refugee(claim_made="in_programme"),
}
ASSESSED_AS_ON = {"nb": "Vurdert slik reglene var 3. mars 2025", "en": "Assessed as on 3 March 2025"}


def _accessible(v: Visit) -> None:
    """axe on a page of a walk (the family questions and the work question are only on these paths)."""
    assert scan(v.page) == [], v.heading()


def _result(v: Visit, outcome: str) -> str:
    if outcome == "right_without_duty":
        v.assess_on(SIX_A_DAY)
    heading = v.result(PATHS[outcome](), on_page=_accessible if outcome == "right_without_duty" else None)
    assert heading == OUTCOME[outcome][v.lang]
    text = v.text()
    assert NOT_A_DECISION[v.lang] in text
    assert v.html_lang() == v.lang
    return text


@pytest.mark.parametrize("outcome", list(PATHS))
@pytest.mark.parametrize("lang", LANGS)
def test_each_outcome_end_to_end(visit: Callable[..., Visit], lang: str, outcome: str) -> None:
    v = visit(lang)
    text = _result(v, outcome)
    assert v.page.title() == OUTCOME[outcome][lang]
    assert scan(v.page) == []  # axe: every result page, both languages (test_accessibility.py)
    if outcome == "right_without_duty":
        notice = {
            "nb": "bruker reglene slik de var 3. mars 2025",
            "en": "uses the rules as they were on 3 March 2025",
        }
        assert notice[lang] in text  # on every page after the start
        assert ASSESSED_AS_ON[lang] in text
    else:
        assert ASSESSED_AS_ON[lang] not in text


def test_a_family_immigrant_is_asked_about_the_family_member_and_not_about_imdi(
    visit: Callable[..., Visit],
) -> None:
    v = visit("en")
    answers = {
        "permit_basis": "family_immigration",
        "reference_person_basis": "refugee",
        "reference_person_settled_at_application": True,
        "reference_person_settled_on": years_before(today(), 4),
        "family_application_on": days_ago(400),
        "date_of_birth": years_before(today(), 30),
        "permit_granted_on": days_ago(200),
        "settled": True,
        "settled_on": days_ago(100),
        "claim_made": "not_asked",
        "declined_or_dropped_out": False,
        "works_30_hours_or_more": False,
    }
    assert v.result(answers, on_page=_accessible) == OUTCOME["right_and_duty"]["en"]
    assert "settled_by_agreement" not in v.asked
    assert "had lived in a municipality for less than 5 years when you applied" in v.text()


@pytest.mark.parametrize("lang", LANGS)
def test_work_of_30_hours_gives_no_right_until_the_job_ends_with_the_date_in_words(
    visit: Callable[..., Visit], lang: str
) -> None:
    """§ 8 (4), from 1 January 2026 (C14), end to end in a real browser."""
    v = visit(lang)
    answers = refugee(works_30_hours_or_more=True)
    assert v.result(answers) == OUTCOME["not_entitled"][lang]
    settled = answers["settled_on"]
    returns = settled.replace(year=settled.year + 2)
    words = {
        "nb": "Hvis jobben slutter, eller tilbudet faller bort, før",
        "en": "If the job ends, or the offer",
    }
    text = v.text()
    assert words[lang] in text
    assert shown_date(returns, lang) in text
    assert "works_30_hours_or_more" in v.asked
    assert scan(v.page) == []


def test_a_date_error_moves_focus_to_the_summary_and_the_date_can_be_corrected(
    visit: Callable[..., Visit],
) -> None:
    v = visit("nb").start()
    old = v.heading()
    v.choose(_fact("permit_basis"), "refugee")
    v.cont(_fact("permit_basis"))
    v.wait_for_heading(old)
    v.fill(_fact("date_of_birth"), "31.02.1990")
    v.page.keyboard.press("Enter")  # the form submits on Enter
    summary = v.page.locator("#error-summary")
    summary.wait_for()
    v.page.wait_for_function("() => document.activeElement && document.activeElement.id === 'error-summary'")
    assert summary.get_attribute("role") == "alert"
    assert "Datoen må være en dato som finnes" in summary.inner_text()
    assert v.page.title().startswith("Feil: ")
    v.fill(_fact("date_of_birth"), "12.08.1988")
    old = v.heading()
    v.cont(_fact("date_of_birth"))
    v.wait_for_heading(old)
    assert v.page.locator("#error-summary").count() == 0
    assert not v.page.title().startswith("Feil")


def test_switching_language_in_the_middle_keeps_the_answers_on_screen(visit: Callable[..., Visit]) -> None:
    v = visit("nb").start()
    answers = refugee()
    for name in ("permit_basis", "date_of_birth", "permit_granted_on"):
        old = v.heading()
        v.answer(_fact(name), answers[name])
        v.wait_for_heading(old)
    v.switch("en")
    assert v.heading() == "Have you been settled in a municipality?"
    old = v.heading()
    v.press("back")
    v.wait_for_heading(old)
    field = v.page.locator(".st-key-w_permit_granted_on_en input")
    assert field.input_value() == typed(answers["permit_granted_on"])
    v.press("back")
    assert v.wait_for_heading(old="On what date was your residence permit granted?") == v.g(
        "What is your date of birth?"
    )
    v.press("back")
    # `expected=`: the heading differs from this one already, so `old=` would not wait for the run.
    v.wait_for_heading(expected=v.g("What kind of residence permit do you have?"))
    checked = v.page.locator(".st-key-w_permit_basis_en input[type=radio]:checked")
    # The choice is still selected after the switch (a keyed radio with translated labels can lose it).
    assert checked.count() == 1
    assert v.result(answers) == OUTCOME["right_and_duty"]["en"]
    assert v.html_lang() == "en"


@pytest.mark.parametrize("lang", LANGS)
def test_the_full_reasoning_and_the_summary_pdf(visit: Callable[..., Visit], lang: str) -> None:
    v = visit(lang)
    answers = refugee()
    v.result(answers)
    v.page.get_by_text(v.g("Full reasoning (for helpers)"), exact=True).click()
    reasoning = v.page.locator('[data-testid="stExpanderDetails"]').last
    version = {"nb": "Regelversjon", "en": "Rules version"}[lang]
    reasoning.get_by_text(version, exact=False).wait_for()  # made by the run that opening it starts
    text = reasoning.inner_text()
    assert version in text  # for helpers: the version,
    assert {"nb": "Fødselsdato", "en": "Date of birth"}[lang] in text  # the answers and the dates
    page = v.text()
    assert "integreringsloven § 9 (1) a" in page  # each condition under "why", with its section
    assert {"nb": "Oppholdstillatelsen din: Ja", "en": "Your residence permit: Yes"}[lang] in page
    with v.page.expect_download() as download_info:
        v.press("download_summary")
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    pdf = PdfReader(io.BytesIO(_read(download.path())))
    assert len(pdf.pages) <= 2
    content = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "Det ser ut til at du har rett og plikt til introduksjonsprogram" in content  # bokmål always
    assert "Dette er ikke et vedtak." in content
    assert "integreringsloven § 9 (1) a" in content
    born = years_before(today(), 37)
    if lang == "en":
        assert "It looks like you have the right and the duty to take part" in content
        assert f"{born.day} {born.strftime('%B')} {born.year}" in content
    else:
        assert "It looks like" not in content


def _read(path: Any) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _fact(name: str) -> Fact:
    return Fact(name)
