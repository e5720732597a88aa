"""The law in force today, through the wizard (AppTest), in both languages: the claim question's four
answers (§ 9 (3), C17), work of 30 hours a week (§ 8 (4), C14), a refugee who first came as a family
immigrant (§ 8 (2) second sentence, C16) and family of a person with permanent residence (§ 9 (2)).
Each asserts what the person reads."""

from __future__ import annotations

import pytest

from tests.ui.test_ui_wizard import OUTCOME, assert_result
from tests.ui.wizard import UNKNOWN, Wizard, refugee, shown_date, years_before

LANGS = ("nb", "en")
IN_PROGRAMME = {
    "nb": "Du er allerede med i introduksjonsprogrammet",
    "en": "You are already in the introduction programme",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_person_already_in_the_programme_says_so_at_the_claim_question_and_is_told_they_may_complete_it(
    lang: str,
) -> None:
    w = Wizard(lang)
    w.walk(refugee(w, claim_made="in_programme"))
    assert w.asked[-1] == "claim_made"  # nothing more is asked: § 9 (3) decides
    w.click("see_result")
    assert w.title() == IN_PROGRAMME[lang]
    text = w.text()
    assert {
        "nb": "Du har rett til å fullføre programmet, også hvis oppholdstillatelsen din endres",
        "en": "You have the right to complete the programme, even if your residence permit changes",
    }[lang] in text
    assert {"nb": "Du har begynt i programmet: Ja", "en": "You have started the programme: Yes"}[lang] in text
    assert {"nb": "Dette er ikke et vedtak.", "en": "This is not a decision."}[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_work_of_30_hours_a_week_bars_the_right_until_the_job_ends_before_the_two_years_run_out(
    lang: str,
) -> None:
    """§ 8 (4), in force from 1 January 2026 (the session's today is later)."""
    w = Wizard(lang)
    answers = refugee(w, works_30_hours_or_more=True)
    w.result(answers)
    text = assert_result(w, "not_entitled")
    settled = answers["settled_on"]
    returns = shown_date(settled.replace(year=settled.year + 2), lang)
    if lang == "nb":
        assert f"Hvis jobben slutter, eller tilbudet faller bort, før {returns}, har du rett og plikt" in text
        assert "Du har ikke rett til programmet så lenge du jobber 30 timer i uka eller mer" in text
        assert "Ikke i jobb 30 timer i uka eller mer: Nei" in text
        assert "flere deltidsjobber" in text
    else:
        assert f"If the job ends, or the offer falls away, before {returns}, you have the right" in text
        assert "You do not have the right while you work 30 hours a week or more" in text
        assert "Not in work of 30 hours a week or more: No" in text
        assert "several part-time jobs" in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_work_question_says_where_to_find_the_hours(lang: str) -> None:
    w = Wizard(lang)
    answers = refugee(w)
    w.start()
    for fact in ("permit_basis", "date_of_birth", "permit_granted_on", "settled", "settled_on"):
        w.answer(fact, answers[fact])
    for fact in ("settled_by_agreement", "claim_made", "declined_or_dropped_out"):
        w.answer(fact, answers[fact])
    assert w.current == "works_30_hours_or_more"
    text = w.text()
    assert {
        "nb": "Jobber du 30 timer i uka eller mer, eller har du fått tilbud om en slik jobb?",
        "en": "Do you work 30 hours a week or more, or have you been offered such a job?",
    }[lang] in text
    assert {"nb": "37,5 timer, og 80 prosent av det er 30 timer", "en": "37.5 hours, and 80 percent"}[
        lang
    ] in text
    assert {"nb": "arbeidskontrakten", "en": "employment contract"}[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_not_knowing_whether_one_asked_is_an_answer_and_a_refugee_within_two_years_keeps_the_right(
    lang: str,
) -> None:
    """C11: "I don't know" is offered for the claim; within the two years it cannot change anything."""
    w = Wizard(lang)
    w.result(refugee(w, claim_made=UNKNOWN))
    assert_result(w, "right_and_duty")


@pytest.mark.parametrize("lang", LANGS)
def test_a_refugee_who_first_came_as_a_family_immigrant_needs_no_imdi_agreement(lang: str) -> None:
    """§ 8 (2) second sentence, from 1 August 2023 (C16)."""
    w = Wizard(lang)
    w.result(refugee(w, settled_by_agreement=False, earlier_family_permit=True))
    text = assert_result(w, "right_and_duty")
    assert {
        "nb": "Du hadde tillatelse som familieinnvandrer før du fikk tillatelse som flyktning.",
        "en": "You had a permit through family immigration before you got your refugee permit.",
    }[lang] in text


def test_family_of_a_person_with_permanent_residence_after_protection_has_the_right_and_duty() -> None:
    """§ 9 (2), from 1 August 2023 (worked example 12, moved to the session's today)."""
    w = Wizard("en")
    w.result(
        {
            "permit_basis": "family_immigration",
            "reference_person_basis": "permanent_residence_after_protection",
            "reference_person_settled_at_application": True,
            "reference_person_settled_on": years_before(w.today, 4),
            "date_of_birth": years_before(w.today, 30),
            "permit_granted_on": w.days_ago(200),
            "settled": True,
            "settled_on": w.days_ago(100),
            "claim_made": "not_asked",
            "declined_or_dropped_out": False,
            "works_30_hours_or_more": False,
        }
    )
    assert w.title() == OUTCOME["right_and_duty"]["en"]
