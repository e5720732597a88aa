"""The wizard through Streamlit's AppTest: each path a person can take, in both languages, asserting
on what the person sees (the outcome sentence, the reasons, the dates in the language's format).

Every run asserts that no exception reached the page (`Wizard.run`).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.ui.wizard import ROOT, UNKNOWN, Wizard, refugee, session_values, shown_date, years_before

LANGS = ("nb", "en")
TITLE = {
    "nb": "Sjekk om du har rett til introduksjonsprogram",
    "en": "Check if you have the right to the introduction programme",
}
NOT_A_DECISION = {
    "nb": "Dette er ikke et vedtak. Det er kommunen som bestemmer.",
    "en": "This is not a decision. The municipality decides.",
}
OUTCOME = {
    "right_and_duty": {
        "nb": "Det ser ut til at du har rett og plikt til introduksjonsprogram",
        "en": "It looks like you have the right and the duty to take part in the introduction programme",
    },
    "right_without_duty": {
        "nb": "Det ser ut til at du har rett til introduksjonsprogram, men ikke plikt til å delta",
        "en": "It looks like you have the right to the introduction programme, but not the duty to take part",
    },
    "may_be_offered": {
        "nb": "Det ser ut til at kommunen kan tilby deg introduksjonsprogram",
        "en": "It looks like the municipality may offer you the introduction programme",
    },
    "not_entitled": {
        "nb": "Det ser ut til at du ikke har rett til introduksjonsprogram",
        "en": "It looks like you do not have the right to the introduction programme",
    },
    "needs_more_information": {
        "nb": "Vi kan ikke si ennå om du har rett til introduksjonsprogram",
        "en": "We cannot tell yet whether you have the right to the introduction programme",
    },
    "already_in_programme": {
        "nb": "Du er allerede med i introduksjonsprogrammet",
        "en": "You are already in the introduction programme",
    },
}
FAMILY_QUESTIONS = {
    "reference_person_basis",
    "reference_person_settled_at_application",
    "reference_person_settled_on",
    "family_application_on",
}


def assert_result(w: Wizard, outcome: str) -> str:
    """The outcome sentence is the heading, and "not a decision" is always said."""
    assert w.step == "result"
    assert w.title() == OUTCOME[outcome][w.lang]
    text = w.text()
    assert NOT_A_DECISION[w.lang] in text
    return text


# --- start page and language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "query_lang", "expected"),
    [
        ("nb-NO", None, "nb"),
        ("en-GB", None, "en"),
        ("en-US", None, "en"),
        ("de-DE", None, "nb"),
        (None, None, "nb"),
        ("nb-NO", "en", "en"),
        ("en-GB", "nb", "nb"),
        ("en-GB", "xx", "en"),
    ],
)
def test_the_language_comes_from_the_link_then_the_browser_then_bokmal(
    locale: str | None, query_lang: str | None, expected: str
) -> None:
    w = Wizard(locale=locale, query_lang=query_lang)
    assert w.title() == TITLE[expected]
    assert f'document.documentElement.lang = "{expected}"' in w.html()


@pytest.mark.parametrize("lang", LANGS)
def test_the_start_page_says_what_to_have_at_hand_how_long_and_that_it_is_not_a_decision(lang: str) -> None:
    text = Wizard(lang).text()
    expected = {
        "nb": ["vedtaket fra UDI eller UNE", "omtrent 5 minutter", "ikke et vedtak", "Start nå"],
        "en": ["decision letter (vedtak) from UDI or UNE", "about 5 minutes", "not a decision", "Start now"],
    }[lang]
    for part in expected:
        assert part in text


def test_the_page_language_attribute_follows_a_switch() -> None:
    w = Wizard("nb").switch("en")
    assert w.title() == TITLE["en"]
    assert 'document.documentElement.lang = "en"' in w.html()
    assert 'lang = "nb"' not in w.html()


# --- every outcome, in both languages ------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_refugee_in_the_group_has_right_and_duty_with_the_dates_that_decided_it(lang: str) -> None:
    w = Wizard(lang)
    answers = refugee(w)
    w.result(answers)
    text = assert_result(w, "right_and_duty")
    assert w.asked == [
        "permit_basis",
        "date_of_birth",
        "permit_granted_on",
        "settled",
        "settled_on",
        "settled_by_agreement",
        "claim_made",
        "declined_or_dropped_out",
        "works_30_hours_or_more",
    ]
    assert not FAMILY_QUESTIONS & set(w.asked)  # a refugee is never asked about a reference person
    settled = answers["settled_on"]
    run_out = settled.replace(year=settled.year + 2)
    start = settled + timedelta(days=92)  # about three months after settlement: passed today
    if lang == "nb":
        assert "Du har oppholdstillatelse som flyktning." in text
        assert (
            f"Du var 36 år da du fikk tillatelsen ({shown_date(answers['permit_granted_on'], 'nb')})" in text
        )
        assert f"De 2 årene dine i en kommune går ut {shown_date(run_out, 'nb')}." in text
        assert "Kommunen skulle ha bestemt og startet programmet ditt senest" in text
        assert "Den datoen har passert: Ta kontakt med kommunen nå" in text
        assert "Du kan klage." in text
    else:
        assert "You have a permit as a refugee." in text
        granted = shown_date(answers["permit_granted_on"], "en")
        assert f"You were 36 years old when your permit was granted ({granted})" in text
        assert f"Your 2 years in a municipality run out on {shown_date(run_out, 'en')}." in text
        assert "The municipality should have decided on and started your programme by" in text
        assert "That date has passed: contact the municipality now" in text
        assert "You can appeal (klage)." in text
    assert start < w.today  # § 12 (2): the deadline is shown as passed, never as if it were ahead
    assert "lovdata.no/lov/2020-11-06-127" in text  # each condition links to its section


@pytest.mark.parametrize("lang", LANGS)
def test_collective_protection_while_chapter_6a_was_in_force_gives_a_right_without_duty(lang: str) -> None:
    """Chapter 6A gave a right without a duty until 31 December 2025: assessed on 3 March 2025."""
    w = Wizard(lang, today=date(2025, 3, 3))
    answers = refugee(
        w,
        permit_basis="collective_protection",
        permit_granted_on=date(2024, 9, 2),
        settled_on=date(2024, 11, 1),
        near_full_time_work=True,
    )
    w.result(answers)
    text = assert_result(w, "right_without_duty")
    assert "near_full_time_work" in w.asked
    assert "works_30_hours_or_more" not in w.asked  # § 8 (4) did not exist on 3 March 2025
    if lang == "nb":
        assert "Du kan be kommunen om å få delta, men du må ikke." in text
        assert "kommunen si nei til programmet så lenge du jobber så mye" in text
        assert "startet programmet ditt senest 1. februar 2025. Den datoen har passert" in text
    else:
        assert "you do not have to take part" in text
        assert "the municipality can say no to the programme while you work this much" in text
        assert "started your programme by 1 February 2025. That date has passed" in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_refugee_who_moved_without_agreement_may_be_offered_the_programme(lang: str) -> None:
    w = Wizard(lang)
    w.result(refugee(w, settled_by_agreement=False, earlier_family_permit=False))
    text = assert_result(w, "may_be_offered")
    assert "earlier_family_permit" in w.asked  # § 8 (2) second sentence: asked only without agreement
    assert "works_30_hours_or_more" not in w.asked  # § 8 (4) does not apply to § 8 (3)
    assert {
        "nb": "Du bor i kommunen uten avtale med IMDi.",
        "en": "You live in the municipality without an agreement with IMDi.",
    }[lang] in text
    assert {
        "nb": "**Bosatt etter avtale med IMDi: Nei**",
        "en": "**Settled by agreement with IMDi: No**",
    }[lang] in text


@pytest.mark.parametrize("lang", LANGS)
def test_a_work_permit_is_not_entitled_after_one_question_and_hears_what_else_exists(lang: str) -> None:
    w = Wizard(lang)
    w.result({"permit_basis": "work_or_study"})
    text = assert_result(w, "not_entitled")
    assert w.asked == ["permit_basis"]
    if lang == "nb":
        assert "Tillatelse til arbeid eller studier gir ikke rett til programmet." in text
        assert "Opplæring i norsk og samfunnskunnskap har egne regler" in text
        assert "NAV kan hjelpe deg" in text
    else:
        assert "A permit for work or study does not give the right to the programme." in text
        assert "Norwegian lessons and social studies" in text
        assert "NAV can help you" in text


@pytest.mark.parametrize("lang", LANGS)
def test_not_knowing_whether_imdi_arranged_the_settlement_needs_more_information_and_says_where_to_look(
    lang: str,
) -> None:
    w = Wizard(lang)
    w.result(refugee(w, settled_by_agreement=UNKNOWN, earlier_family_permit=False))
    text = assert_result(w, "needs_more_information")
    if lang == "nb":
        assert "Dette mangler vi" in text
        assert "**Bosatt etter avtale med IMDi**" in text
        assert "Ble du bosatt fra et mottak, fikk du brev om det fra IMDi eller kommunen." in text
        assert "kan resultatet bli: rett og plikt til å delta; kommunen kan tilby deg programmet." in text
    else:
        assert "What we need to know" in text
        assert "**Settled by agreement with IMDi**" in text
        assert "you got a letter about it from IMDi or the municipality" in text
        assert "the result could be: the right and the duty to take part; the municipality may" in text


# --- family immigration ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_a_spouse_of_a_refugee_settled_under_five_years_has_right_and_duty_without_an_imdi_agreement(
    lang: str,
) -> None:
    """docs/rules.md example 5, moved to the session's today."""
    w = Wizard(lang)
    answers = {
        "permit_basis": "family_immigration",
        "reference_person_basis": "refugee",
        "reference_person_settled_at_application": True,
        "reference_person_settled_on": years_before(w.today, 4),
        "family_application_on": w.days_ago(400),
        "date_of_birth": years_before(w.today, 30),
        "permit_granted_on": w.days_ago(200),
        "settled": True,
        "settled_on": w.days_ago(100),
        "claim_made": "not_asked",
        "declined_or_dropped_out": False,
        "works_30_hours_or_more": False,
    }
    w.result(answers)
    text = assert_result(w, "right_and_duty")
    assert "settled_by_agreement" not in w.asked  # a family immigrant is never asked about IMDi
    # C4, C11: applied before the permit, before the family member's fifth year: the date is not asked.
    assert "family_application_on" not in w.asked
    if lang == "nb":
        assert "Med din type tillatelse har det ingen betydning om IMDi avtalte hvor du skulle bo." in text
        assert "hadde bodd i en kommune i mindre enn 5 år da du søkte" in text
    else:
        assert "it does not matter whether IMDi arranged where you live" in text
        assert "had lived in a municipality for less than 5 years when you applied" in text


def test_family_of_a_norwegian_citizen_may_be_offered_the_programme() -> None:
    w = Wizard("nb")
    w.result(
        {
            "permit_basis": "family_immigration",
            "reference_person_basis": "norwegian_citizen",
            "date_of_birth": years_before(w.today, 30),
            "permit_granted_on": w.days_ago(200),
            "settled": True,
            "settled_on": w.days_ago(100),
            "claim_made": "not_asked",
            "declined_or_dropped_out": False,
        }
    )
    text = assert_result(w, "may_be_offered")
    assert "Familiemedlemmet ditt har ikke en av tillatelsene loven nevner" in text


def test_a_permit_and_arrival_before_2021_point_to_the_older_act() -> None:
    w = Wizard("nb")
    w.result(
        refugee(
            w,
            permit_granted_on=date(2020, 6, 1),
            arrived_in_norway_on=date(2019, 1, 15),
            settled_on=date(2020, 9, 1),
        )
        | {"claim_made": UNKNOWN}
    )
    text = assert_result(w, "needs_more_information")
    assert "arrived_in_norway_on" in w.asked  # asked only because the permit is from before 2021
    assert "Den gamle introduksjonsloven gjelder for deg." in text


def test_a_work_permit_result_lists_no_unanswered_conditions_that_could_not_change_it() -> None:
    """§ 9 (1), C11: the questions never asked did not matter; the result does not ask for them."""
    w = Wizard("en")
    w.result({"permit_basis": "work_or_study"})
    text = assert_result(w, "not_entitled")
    assert "**Your residence permit: No**" in text
    assert "**Your age when you got the permit: We do not know**" not in text
    assert "**Settled in a municipality: We do not know**" not in text
    # The full reasoning for helpers still lists every condition, never as "not known" (not asked).
    text = w.open_reasoning().text()
    assert "**Your age when you got the permit: not asked, not needed for this result**" in text


def test_an_own_permit_because_the_family_member_died_is_not_entitled_with_the_act_explained() -> None:
    w = Wizard("en")
    w.result({"permit_basis": "independent", "independent_after_death_of_reference_person": True})
    text = assert_result(w, "not_entitled")
    assert "The Integration Act does not name this kind of permit." in text
    assert "IMDi's web page lists all permits on an independent basis (§ 53)" in text


# --- "I don't know" -------------------------------------------------------------------------------


def test_not_knowing_the_permit_basis_asks_no_family_questions_and_names_the_decision_letter() -> None:
    w = Wizard("en")
    w.result(
        {
            "permit_basis": UNKNOWN,
            "date_of_birth": years_before(w.today, 30),
            "permit_granted_on": UNKNOWN,
            "settled": True,
            "settled_on": w.days_ago(100),
            "settled_by_agreement": True,
            "claim_made": "not_asked",
            "declined_or_dropped_out": False,
            "works_30_hours_or_more": False,
        }
    )
    text = assert_result(w, "needs_more_information")
    assert not FAMILY_QUESTIONS & set(w.asked)
    assert "**Kind of residence permit**" in text
    assert "Look in the **decision letter (vedtak)** from UDI or UNE" in text
    assert "§ 28: refugee" in text


def test_an_unknown_answer_that_cannot_change_the_result_does_not_block_it() -> None:
    """docs/rules.md example 8: 60 at the permit date, agreement unknown -> may be offered either way."""
    w = Wizard("nb")
    permit = w.days_ago(200)
    w.result(
        refugee(w, date_of_birth=years_before(permit, 60), settled_by_agreement=UNKNOWN)
        | {"earlier_family_permit": UNKNOWN}
    )
    text = assert_result(w, "may_be_offered")
    assert "Du visste ikke alle svarene, men svarene du ikke visste, ville ikke endret resultatet." in text
    assert "Stortinget har vedtatt å heve aldersgrensen til 60 år" in text


def test_someone_still_in_a_reception_centre_hears_what_applies_once_settled() -> None:
    w = Wizard("en")
    w.result(refugee(w, settled=False))
    text = assert_result(w, "needs_more_information")
    assert "settled_on" not in w.asked
    assert (
        "When you have been settled in a municipality by agreement with IMDi, it looks like you will have "
        "the right and the duty to take part." in text
    )


def test_the_i_dont_know_box_of_a_date_question_is_shown_as_i_dont_know_on_the_check_page() -> None:
    w = Wizard("nb")
    w.walk(refugee(w, settled_on=UNKNOWN))
    assert "**Da du ble bosatt**  \nJeg vet ikke" in w.text()


# --- the two years: claim, warning ----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_two_years_passed_asks_about_a_claim_and_a_claim_in_time_keeps_the_right(lang: str) -> None:
    w = Wizard(lang)
    settled = years_before(w.today, 3)
    run_out = settled.replace(year=settled.year + 2)
    claim = w.days_ago(800)  # before the second anniversary
    w.start()
    answers = refugee(w, permit_granted_on=years_before(w.today, 3), settled_on=settled, claim_made=claim)
    for fact in ("permit_basis", "date_of_birth", "permit_granted_on", "settled", "settled_on"):
        w.answer(fact, answers[fact])
    w.answer("settled_by_agreement", True)
    assert w.current == "claim_made"
    hint = {
        "nb": "Hvis de 2 årene dine i en kommune har gått ut, teller likevel et krav",
        "en": "If your 2 years in a municipality have run out, a claim you made before they ran out",
    }[lang]
    assert hint in w.text()
    w.result(answers)
    text = assert_result(w, "right_and_duty")
    asked = {"nb": "Du ba kommunen om å få delta", "en": "You asked the municipality to take part on"}
    assert f"{asked[lang]} {shown_date(claim, lang)}" in text
    gone = {"nb": "gikk ut", "en": "ran out on"}[lang]
    assert f"{gone} {shown_date(run_out, lang)}" in text


def test_two_years_passed_without_a_claim_is_not_entitled() -> None:
    w = Wizard("en")
    settled = years_before(w.today, 3)
    w.result(
        refugee(w, permit_granted_on=years_before(w.today, 3), settled_on=settled, claim_made="not_asked")
    )
    text = assert_result(w, "not_entitled")
    assert "You have lived in a municipality for 2 years or more" in text
    run_out = settled.replace(year=settled.year + 2)
    assert f"Your 2 years in a municipality ran out on {shown_date(run_out, 'en')}." in text


def test_two_years_passed_and_not_knowing_whether_one_asked_needs_more_information() -> None:
    """C11: a claim not known may have been made in time; "I don't know" is offered for the claim."""
    w = Wizard("en")
    settled = years_before(w.today, 3)
    w.result(refugee(w, permit_granted_on=years_before(w.today, 3), settled_on=settled, claim_made=UNKNOWN))
    text = assert_result(w, "needs_more_information")
    assert "**Asked the municipality to take part**" in text  # what we need to know
    assert "We do not know whether or when you asked." in text


def test_the_result_warns_when_the_two_years_run_out_in_less_than_three_months() -> None:
    w = Wizard("nb")
    settled = years_before(w.days_ago(-30), 2)  # the two years run out in 30 days
    w.result(refugee(w, permit_granted_on=settled, settled_on=settled))
    text = assert_result(w, "right_and_duty")
    run_out = shown_date(settled.replace(year=settled.year + 2), "nb")
    assert "Be kommunen om å få delta nå, skriftlig" in text
    assert f"Tiden din med rett til programmet går ut {run_out}." in text


# --- dates typed wrong ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "nb", "en"),
    [
        ("", "Skriv inn en dato", "Enter a date"),
        ("12.08", "Datoen må ha med året", "The date must include a year"),
        ("12.8.88", "Skriv året med fire sifre", "Write the year with four digits"),
        ("31.02.1990", "Datoen må være en dato som finnes", "The date must be a real date"),
        ("12 august 1988", "Skriv datoen som dag, måned og år", "Write the date as day, month and year"),
        ("01.01.1899", "Datoen må være etter 1. januar 1900", "The date must be after 1 January 1900"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_a_date_that_cannot_be_used_is_refused_with_a_message_that_says_what_is_wrong(
    lang: str, typed: str, nb: str, en: str
) -> None:
    w = Wizard(lang)
    w.start().choose("permit_basis", "refugee")
    w.type("date_of_birth", typed)
    assert w.current == "date_of_birth"
    message = {"nb": nb, "en": en}[lang]
    assert any(message in text for text in w.errors())  # the summary at the top
    assert any(message in str(m.value) and ":red[" in str(m.value) for m in w.at.markdown)  # inline
    assert w.typed_value("date_of_birth") == typed  # what was typed stays, to be corrected


def test_the_error_summary_is_titled_and_the_date_can_then_be_corrected() -> None:
    w = Wizard("nb")
    w.start().choose("permit_basis", "refugee")
    w.type("date_of_birth", "31.02.1990")
    assert w.errors()[0].startswith("**Det er en feil**")
    w.type("date_of_birth", "28.02.1990")
    assert not w.errors()
    assert w.current == "permit_granted_on"


@pytest.mark.parametrize("lang", LANGS)
def test_a_date_in_the_future_is_refused(lang: str) -> None:
    w = Wizard(lang)
    w.start().choose("permit_basis", "refugee").type("date_of_birth", "12.08.1988")
    w.type("permit_granted_on", w.days_ago(-1).strftime("%d.%m.%Y"))
    assert w.current == "permit_granted_on"
    assert {"nb": "Datoen kan ikke være fram i tid.", "en": "The date cannot be in the future."}[
        lang
    ] in w.errors()[0]


@pytest.mark.parametrize("lang", LANGS)
def test_a_permit_date_before_the_date_of_birth_is_refused(lang: str) -> None:
    w = Wizard(lang)
    w.start().choose("permit_basis", "refugee").type("date_of_birth", "12.08.1988")
    w.type("permit_granted_on", "01.01.1980")
    assert w.current == "permit_granted_on"
    message = {
        "nb": "Datoen kan ikke være før fødselsdatoen din.",
        "en": "The date cannot be before your date of birth.",
    }[lang]
    assert message in w.errors()[0]


def test_a_question_left_unanswered_asks_for_an_answer() -> None:
    w = Wizard("en")
    w.start().click("continue_permit_basis")
    assert w.current == "permit_basis"
    assert "Choose one of the answers." in w.errors()[0]
    assert str(session_values(w.at)["step"]) == "question"


def test_the_page_title_starts_with_error_while_there_are_errors() -> None:
    """The browser tab's title is set from `pages.question.title()` (AppTest cannot read it)."""
    w = Wizard("en")
    w.start().choose("permit_basis", "refugee").type("date_of_birth", "12.08")
    assert any("There is a problem" in e for e in w.errors())


# --- back, change, language switch ---------------------------------------------------------------


def test_back_works_on_every_page_and_keeps_the_answers() -> None:
    w = Wizard("en")
    answers = refugee(w)
    w.result(answers)
    w.back()
    assert w.step == "check"
    w.back()
    assert w.current == "works_30_hours_or_more"
    assert w.radio_value("works_30_hours_or_more") is False
    w.back()
    assert w.current == "declined_or_dropped_out"
    assert w.radio_value("declined_or_dropped_out") is False
    for _ in range(5):
        w.back()
    assert w.current == "permit_granted_on"
    assert w.typed_value("permit_granted_on") == answers["permit_granted_on"].strftime("%d.%m.%Y")
    w.back().back()
    assert w.current == "permit_basis"
    assert w.radio_value("permit_basis") == "refugee"
    w.back()
    assert w.step == "start"
    w.start()
    assert w.radio_value("permit_basis") == "refugee"
    w.choose("permit_basis", "refugee")  # Continue after Back goes to the next question, answered
    assert w.current == "date_of_birth"
    assert w.typed_value("date_of_birth") == answers["date_of_birth"].strftime("%d.%m.%Y")


def test_change_from_the_check_page_returns_to_it_and_changes_the_result() -> None:
    w = Wizard("en")
    w.walk(refugee(w))
    w.click("change_settled_by_agreement")
    assert w.current == "settled_by_agreement"
    assert w.radio_value("settled_by_agreement") is True
    w.choose("settled_by_agreement", False)
    assert w.current == "earlier_family_permit"  # § 8 (2) second sentence: asked only without agreement
    w.choose("earlier_family_permit", False)
    assert w.step == "check"
    assert "**Settled by agreement with IMDi**  \nNo, I moved here on my own" in w.text()
    w.click("see_result")
    assert_result(w, "may_be_offered")


def test_back_from_a_changed_question_returns_to_the_check_page_unchanged() -> None:
    w = Wizard("en")
    w.walk(refugee(w))
    w.click("change_settled_by_agreement")
    w.at.radio(key="w_settled_by_agreement_en").set_value(False)
    w.back()
    assert w.step == "check"
    assert "Yes, IMDi and the municipality agreed on it" in w.text()


def test_changing_the_basis_to_family_immigration_asks_the_new_questions_and_drops_stale_answers() -> None:
    w = Wizard("en")
    w.walk(refugee(w))
    w.click("change_permit_basis")
    w.choose("permit_basis", "family_immigration")
    assert w.current == "reference_person_basis"  # a change that opens new questions asks them
    w.choose("reference_person_basis", "refugee")
    w.choose("reference_person_settled_at_application", False)
    assert w.step == "check"
    text = w.text()
    assert "**Your family member's permit**  \nRefugee (asylum)" in text
    assert "Settled by agreement with IMDi" not in text  # no longer asked: not shown, not assessed
    w.click("see_result")
    result = assert_result(w, "right_and_duty")
    assert "With your kind of permit, it does not matter whether IMDi arranged where you live." in result


def test_switching_language_in_the_middle_keeps_every_answer() -> None:
    w = Wizard("nb")
    answers = refugee(w)
    w.start()
    for fact in ("permit_basis", "date_of_birth", "permit_granted_on", "settled"):
        w.answer(fact, answers[fact])
    w.switch("en")
    assert w.title() == "When were you settled in a municipality for the first time?"
    w.back()
    assert w.radio_value("settled") is True
    w.back()
    assert w.typed_value("permit_granted_on") == answers["permit_granted_on"].strftime("%d.%m.%Y")
    w.switch("nb")
    assert w.title() == "Hvilken dato fikk du oppholdstillatelsen?"
    assert w.typed_value("permit_granted_on") == answers["permit_granted_on"].strftime("%d.%m.%Y")
    w.result(answers)
    w.switch("en")
    text = assert_result(w, "right_and_duty")
    assert shown_date(answers["permit_granted_on"], "en") in text


def test_what_was_typed_but_refused_survives_a_language_switch() -> None:
    w = Wizard("nb")
    w.start().choose("permit_basis", "refugee").type("date_of_birth", "31.02.1990")
    w.switch("en")
    assert w.typed_value("date_of_birth") == "31.02.1990"
    assert "The date must be a real date. Check the day and the month." in w.errors()[0]


def test_start_over_forgets_every_answer_and_keeps_the_language() -> None:
    w = Wizard("en")
    w.walk(refugee(w))
    w.click("start_over").click("start_over_yes")  # "Start over" asks first (issue 9.1)
    assert w.title() == TITLE["en"]
    w.start()
    assert w.radio_value("permit_basis") is None


# --- a file in pages/ opened by its own URL -------------------------------------------------------


@pytest.mark.parametrize("page", ["start", "question", "check", "result"])
def test_a_page_module_opened_by_its_own_url_shows_only_the_way_to_the_start(page: str) -> None:
    """A deep link runs the file in pages/ (as `__main__`) with app.py as the entrypoint."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.context = {"locale": "en-GB"}
    at.switch_page(f"pages/{page}.py")
    at.run()
    assert not at.exception
    assert not at.title
    assert not at.button
    assert [link.label for link in at.page_link] == ["Go to the start of the self-check"]
    at.switch_page("app.py")  # following the link
    at.run()
    assert not at.exception
    assert at.title[0].value == TITLE["en"]
