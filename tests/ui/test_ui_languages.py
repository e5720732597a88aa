"""Eight languages through Streamlit's AppTest: each language reaches every outcome and shows its own
text; a language is chosen by the link, the browser or the menu; a translation no native speaker has
checked says so, in that language, with one press back to bokmål.

What a language "shows" is read from its catalogue, and each test also proves it is not the English
source text (nor, for nynorsk, the bokmål text) that reached the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from logic import Outcome
from tests.ui.wizard import UNKNOWN, Wizard, refugee
from ui import languages
from ui.i18n import FSI, PDI, Texts, isolate_latin_terms, reviewed
from ui.messages import OUTCOME_TITLE

ALL = languages.CODES
NOT_A_DECISION = "This is not a decision. The municipality decides."
NOT_REVIEWED = (
    "This text has been translated, but not yet checked by a native speaker. If something is unclear, "
    "the Norwegian text decides."
)
# Letters of each language's script: the page is written in it, not in English with a few words.
SCRIPT = {
    "uk": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "prs": re.compile(r"[\u0600-\u06ff]"),
    "ti": re.compile(r"[\u1200-\u137f]"),
}
# Nynorsk shares many sentences with bokmål; these words are nynorsk's own (bokmål: ikke, hva, ...).
NYNORSK = re.compile(r"\b(ikkje|kva|korleis|berre|frå|eit|dei|òg|vere|nokon|noko)\b", re.IGNORECASE)


def _right_without_duty(w: Wizard) -> dict[str, Any]:
    return refugee(
        w,
        permit_basis="collective_protection",
        permit_granted_on=date(2024, 9, 2),
        settled_on=date(2024, 11, 1),
        near_full_time_work=True,
    )


# One walk to each outcome: (answers, the assessment date a helper chose, or None for today).
WALKS: dict[Outcome, tuple[Callable[[Wizard], dict[str, Any]], date | None]] = {
    Outcome.RIGHT_AND_DUTY: (refugee, None),
    # Chapter 6A's right without a duty ended on 31 December 2025: a helper's date before that.
    Outcome.RIGHT_WITHOUT_DUTY: (_right_without_duty, date(2025, 3, 3)),
    Outcome.MAY_BE_OFFERED: (
        lambda w: refugee(w, settled_by_agreement=False, earlier_family_permit=False),
        None,
    ),
    Outcome.NOT_ENTITLED: (lambda w: {"permit_basis": "work_or_study"}, None),
    Outcome.NEEDS_MORE_INFORMATION: (
        lambda w: refugee(w, settled_by_agreement=UNKNOWN, earlier_family_permit=False),
        None,
    ),
    Outcome.ALREADY_IN_PROGRAMME: (lambda w: refugee(w, claim_made="in_programme"), None),
}


def _in_language(lang: str, shown: str, msgid: str) -> None:
    """`shown` is the language's own translation of `msgid`, not the English source nor bokmål
    (nynorsk may share a sentence with bokmål: its page is checked for nynorsk's own words)."""
    assert shown == Texts(lang).gettext(msgid)
    if lang != "en":
        assert shown != msgid
    if lang not in ("nb", "nn", "en"):
        assert shown != Texts("nb").gettext(msgid)
    if lang in SCRIPT:
        assert SCRIPT[lang].search(shown)


@pytest.mark.parametrize("outcome", list(WALKS), ids=str)
@pytest.mark.parametrize("lang", ALL)
def test_every_language_reaches_every_outcome_in_its_own_words(lang: str, outcome: Outcome) -> None:
    answers, on = WALKS[outcome]
    w = Wizard(lang, today=on)
    w.result(answers(w))
    assert w.step == "result"
    _in_language(lang, w.title(), OUTCOME_TITLE[outcome])
    assert Texts(lang).gettext(NOT_A_DECISION) in w.text()
    if lang == "nn":
        assert NYNORSK.search(w.text())
    if lang in SCRIPT:  # what is on the page is in the language's script (law citations stay Norwegian)
        names = {language.name for language in languages.LANGUAGES}  # the menu names each in itself
        lines = [
            line
            for line in w.text().splitlines()
            if re.search(r"[A-Za-z]{4}", line) and "§" not in line and line not in names
        ]
        written = [line for line in lines if SCRIPT[lang].search(line)]
        assert written == lines


@pytest.mark.parametrize(
    ("locale", "query_lang", "expected"),
    [
        ("nn-NO", None, "nn"),
        ("uk-UA", None, "uk"),
        ("uk", None, "uk"),
        ("ar-SY", None, "ar"),
        ("ar", None, "ar"),
        ("fa-AF", None, "prs"),
        ("prs", None, "prs"),
        ("ti-ER", None, "ti"),
        ("so-SO", None, "so"),
        ("de-DE", "ti", "ti"),  # a caseworker's link beats the browser
        ("ar-SY", "so", "so"),
        ("ar-SY", "zz", "ar"),  # an unknown `?lang=` is ignored
        ("de-DE", None, "nb"),
    ],
)
def test_a_language_is_chosen_by_the_link_then_the_browser_then_bokmal(
    locale: str, query_lang: str | None, expected: str
) -> None:
    w = Wizard(locale=locale, query_lang=query_lang)
    assert w.lang == expected
    _in_language(expected, w.title(), "Check if you have the right to the introduction programme")
    language = languages.get(expected)
    html = w.html()
    assert f'document.documentElement.lang = "{language.html_lang}"' in html
    assert f'document.documentElement.dir = "{"rtl" if language.rtl else "ltr"}"' in html


@pytest.mark.parametrize("lang", ALL)
def test_the_language_menu_names_every_language_in_itself_and_switches_keeping_the_answers(lang: str) -> None:
    w = Wizard("nb")
    w.start()
    w.choose("permit_basis", "refugee")
    assert not [b for b in w.at.button if str(b.key).startswith("lang_")]  # made only once it is opened
    w.open_language_menu()
    labels = {str(b.key): str(b.label) for b in w.at.button if str(b.key).startswith("lang_")}
    assert labels == {f"lang_{code}": languages.get(code).name for code in ALL}
    w.switch(lang)
    assert w.lang == lang
    w.back()
    assert w.radio_value("permit_basis") == "refugee"  # the answer survived the switch


@pytest.mark.parametrize("lang", ALL)
def test_a_translation_not_checked_by_a_native_speaker_says_so_and_offers_bokmal(lang: str) -> None:
    w = Wizard(lang)
    w.start()
    notice = Texts(lang).gettext(NOT_REVIEWED)
    if reviewed(lang):
        assert lang in ("nb", "en")  # only the project's own texts, until a review is recorded
        assert notice not in w.text()
        assert not [b for b in w.at.button if b.key == "to_norwegian"]
        return
    _in_language(lang, notice, NOT_REVIEWED)
    assert notice in w.text()
    w.click("to_norwegian")
    assert w.lang == "nb"
    assert Texts("nb").gettext(NOT_REVIEWED) not in w.text()
    assert w.current == "permit_basis"  # the same page, now in bokmål


@pytest.mark.parametrize("lang", [code for code in languages.CODES if languages.get(code).rtl])
def test_a_norwegian_term_in_brackets_stays_one_run_in_right_to_left_text(lang: str) -> None:
    """ "(rett og plikt)" in an Arabic or Dari sentence: isolated, so a line break cannot put its
    brackets on the wrong sides; placeholders (`%(date)s`) and brackets around the language's own
    words are left alone."""
    assert isolate_latin_terms("يبدو (rett og plikt) في %(date)s (٣ أشهر)") == (
        f"يبدو {FSI}(rett og plikt){PDI} في %(date)s (٣ أشهر)"
    )
    title = Texts(lang).gettext(OUTCOME_TITLE[Outcome.RIGHT_AND_DUTY])
    assert f"{FSI}(rett og plikt){PDI}" in title


def test_left_to_right_languages_get_no_isolates() -> None:
    for code in languages.CODES:
        if not languages.get(code).rtl:
            assert FSI not in Texts(code).gettext(OUTCOME_TITLE[Outcome.RIGHT_AND_DUTY])
