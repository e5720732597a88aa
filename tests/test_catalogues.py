"""The translation catalogues: complete, in sync with the code, and covering every code of `logic`.

- every msgid has a non-empty, non-fuzzy translation in every catalogue, with the same placeholders;
- the committed `locales/messages.pot` matches a fresh extraction (creation date aside), and the
  `.po` files hold exactly its messages;
- every text the code translates is in the template (also those inside f-strings, which
  `pybabel extract` cannot see);
- every Outcome, Condition, Status, Reason, Caveat, ErrorCode, Fact, PermitBasis and
  ReferencePersonBasis value has a message.
"""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from logic import (
    Caveat,
    Condition,
    ErrorCode,
    Fact,
    Outcome,
    PermitBasis,
    Reason,
    ReferencePersonBasis,
    Status,
)
from ui import messages
from ui.claim import fields_of
from ui.dates import InputError
from ui.i18n import BABEL_LOCALE, translations
from ui.questions import QUESTIONS, Kind

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
POT = LOCALES / "messages.pot"
LANGS = tuple(BABEL_LOCALE)
SOURCES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").glob("*.py"))]
KEYWORDS = {"_": 1, "N_": 1, "ngettext": 2}
# Texts that read the same in bokmål and English.
# Texts that read the same in both languages: only placeholders and punctuation.
SAME_IN_BOKMAL: set[str] = {"%(condition)s: %(status)s"}


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _po(lang: str) -> Catalog:
    return _read(LOCALES / lang / "LC_MESSAGES" / "messages.po", BABEL_LOCALE[lang])


def _ids(catalog: Catalog) -> set[Any]:
    return {message.id for message in catalog if message.id}


def _singular(msgid: Any) -> str:
    return str(msgid[0] if isinstance(msgid, tuple) else msgid)


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_and_none_is_fuzzy(lang: str) -> None:
    catalog = _po(lang)
    assert not catalog.fuzzy
    untranslated = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            untranslated.append(_singular(message.id))
    assert untranslated == []


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_the_placeholders_of_the_source_text(lang: str) -> None:
    problems = [(_singular(m.id), [str(e) for e in errors]) for m, errors in _po(lang).check()]
    assert problems == []


def test_the_bokmal_catalogue_is_written_in_bokmal_not_copied_from_english() -> None:
    copied = {_singular(m.id) for m in _po("nb") if m.id and m.string == m.id} - SAME_IN_BOKMAL
    assert copied == set()


@pytest.mark.parametrize("lang", LANGS)
def test_each_catalogue_holds_exactly_the_messages_of_the_template(lang: str) -> None:
    assert _ids(_po(lang)) == _ids(_read(POT))


def test_the_committed_template_matches_a_fresh_extraction(tmp_path: Path) -> None:
    fresh = tmp_path / "messages.pot"
    CommandLineInterface().run(
        [
            "pybabel",
            "-q",
            "extract",
            "-F",
            str(ROOT / "babel.cfg"),
            "-k",
            "N_",
            "--no-location",
            "--sort-output",
            "--no-wrap",
            "--add-comments=Translators:",
            "-o",
            str(fresh),
            str(ROOT),
        ]
    )
    committed, extracted = _read(POT), _read(fresh)
    assert _ids(committed) == _ids(extracted)
    for message in extracted:
        if message.id:
            assert committed[message.id].flags == message.flags, message.id


def _literal_calls(path: Path) -> set[str]:
    """The string literals passed to `_`, `N_` and `ngettext` in a file, f-strings included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS:
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_text_the_code_translates_is_in_the_template(path: Path) -> None:
    template = {_singular(msgid) for msgid in _ids(_read(POT))}
    assert _literal_calls(path) - template == set()


CODE_TABLES: list[tuple[type[StrEnum], dict[Any, Any]]] = [
    (Outcome, messages.OUTCOME_TITLE),
    (Outcome, messages.OUTCOME_LEAD),
    (Outcome, messages.OUTCOME_ONCE_SETTLED),
    (Outcome, messages.OUTCOME_SHORT),
    (Condition, messages.CONDITION_LABEL),
    (Status, messages.STATUS_LABEL),
    (Reason, messages.REASON),
    (Caveat, messages.CAVEAT),
    (ErrorCode, messages.ERROR),
    (InputError, messages.ERROR),
]


@pytest.mark.parametrize(
    ("codes", "table"), CODE_TABLES, ids=[f"{codes.__name__}" for codes, _table in CODE_TABLES]
)
@pytest.mark.parametrize("lang", LANGS)
def test_every_code_of_logic_has_a_translated_message(
    codes: type[StrEnum], table: dict[Any, str], lang: str
) -> None:
    assert {code for code in codes if code not in table} == set()
    catalog = _po(lang)
    for code in codes:
        message = catalog.get(table[code])
        assert message is not None, (code, table[code])
        assert message.string, code


def _question_texts(fact: Fact) -> list[str]:
    q = QUESTIONS[fact]
    texts = [q.heading, q.hint, q.where, q.summary, q.group, q.unknown_summary]
    if q.unknown_label is not None:
        texts.append(q.unknown_label)
    for option in q.options:
        texts += [option.label, *([option.caption] if option.caption else [])]
    return texts


# The claim question's date and "already in the programme" are answers of the claim question (C17).
_ASKED_WITH_THE_CLAIM = {Fact.CLAIM_MADE_ON, Fact.IN_PROGRAMME}


@pytest.mark.parametrize("fact", list(Fact), ids=str)
@pytest.mark.parametrize("lang", LANGS)
def test_every_fact_has_a_question_with_translated_texts(fact: Fact, lang: str) -> None:
    if fact in _ASKED_WITH_THE_CLAIM:
        assert fact.value in fields_of(Fact.CLAIM_MADE)
        fact = Fact.CLAIM_MADE
    assert fact in QUESTIONS
    catalog = _po(lang)
    for text in _question_texts(fact):
        message = catalog.get(text)
        assert message is not None, (fact, text)
        assert message.string, (fact, text)


@pytest.mark.parametrize(
    ("fact", "codes"),
    [(Fact.PERMIT_BASIS, PermitBasis), (Fact.REFERENCE_PERSON_BASIS, ReferencePersonBasis)],
)
def test_every_permit_basis_is_an_option_in_plain_words(fact: Fact, codes: type[StrEnum]) -> None:
    question = QUESTIONS[fact]
    assert question.kind is Kind.CHOICE
    assert {option.value for option in question.options} == set(codes)
    for option in question.options:
        assert not option.label.startswith("§")  # plain words first, never a section number alone


def test_the_catalogues_are_compiled_in_memory_and_translate_per_language() -> None:
    assert translations("nb").gettext("Continue") == "Fortsett"
    assert translations("en").gettext("Continue") == "Continue"
    singular = "You were %(age)d year old when your permit was granted (%(date)s)."
    plural = "You were %(age)d years old when your permit was granted (%(date)s)."
    assert translations("nb").ngettext(singular, plural, 36).startswith("Du var %(age)d år")
    assert translations("en").ngettext(singular, plural, 1) == singular
