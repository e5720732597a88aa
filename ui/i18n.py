"""The per-session translator: Babel catalogues in `locales/`, chosen by the session's language.

One Streamlit process serves every visitor, so nothing here is process-global except the compiled
catalogues: never `gettext.install()` or `locale.setlocale()`. The `.po` files are compiled in
memory the first time a language is used (read_po -> write_mo -> Translations), once per process,
so no `.mo` file and no build step is needed.

Source strings are English and are the msgids. Texts kept in tables are marked with `N_` (so
`pybabel extract` finds them) and translated with `_` when shown. `Texts` gives the texts of one
named language, for what shows two side by side (the summary to keep: the chosen language and
bokmål).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from ui import languages, state

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
# Babel's locale for each language ("nb": Babel rejects no_NO; British English for dates).
BABEL_LOCALE = {language.code: language.babel for language in languages.LANGUAGES}
# The language switch shows each language in its own words, so it is never translated.
LANGUAGE_NAMES = {language.code: language.name for language in languages.LANGUAGES}
# A catalogue's header comment says whether a native speaker has checked it (locales/README.md):
# "Native-speaker review: none" until then; the project's own texts (bokmål, English) say "source".
_REVIEW = re.compile(r"^#?\s*Native-speaker review:\s*(.+?)\s*$", re.MULTILINE)
NOT_REVIEWED = "none"
# A Norwegian term in brackets inside right-to-left text, "(rett og plikt)": a line break inside it
# let the browser's bidi algorithm put each bracket on the wrong side of its line. Isolated (FSI …
# PDI, what `<bdi>` does in HTML), the term is one left-to-right run with its own brackets. Not a
# placeholder's brackets (`%(date)s`), and only where the brackets hold Latin letters.
_BRACKETED_LATIN = re.compile(r"(?<!%)\([^()]*[A-Za-zÆØÅæøå][^()]*\)")
FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` as one run of its own inside text of the other direction."""
    return f"{FSI}{text}{PDI}"


def isolate_latin_terms(text: str) -> str:
    """Each bracketed Latin term of a right-to-left text as a left-to-right isolate."""
    return _BRACKETED_LATIN.sub(lambda match: isolate(match.group(0)), text)


@dataclass(frozen=True)
class Catalogue:
    """A compiled catalogue and what its header says about review."""

    translations: Translations
    review: str  # "none", "source", or when and by whom it was reviewed

    @property
    def reviewed(self) -> bool:
        return self.review != NOT_REVIEWED


@cache
def catalogue(lang: str) -> Catalogue:
    """The compiled catalogue of a language (cached per process: compiled the first time it is used)."""
    path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=BABEL_LOCALE[lang], domain=DOMAIN)
    if languages.get(lang).rtl:
        for message in catalog:
            if message.id and isinstance(message.string, str) and message.string:
                message.string = isolate_latin_terms(message.string)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    found = _REVIEW.search(catalog.header_comment or "")
    return Catalogue(Translations(fp=buffer, domain=DOMAIN), found.group(1) if found else NOT_REVIEWED)


def translations(lang: str) -> Translations:
    """The compiled catalogue of a language (cached per process)."""
    return catalogue(lang).translations


def reviewed(lang: str) -> bool:
    """Whether a native speaker has checked the language's texts (or they are the project's own)."""
    return catalogue(lang).reviewed


def _(message: str) -> str:
    """Translate into the session's language."""
    return translations(state.language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a text that depends on a count into the session's language."""
    return translations(state.language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 (the conventional gettext marker name)
    """Mark a text for extraction without translating it (it is translated when shown)."""
    return message


def babel_locale() -> str:
    """The Babel locale of the session's language (for dates)."""
    return BABEL_LOCALE[state.language()]


@dataclass(frozen=True)
class Texts:
    """The texts and date format of one language, whatever the session's language is."""

    lang: str

    def gettext(self, message: str) -> str:
        """Translate into this language."""
        return translations(self.lang).gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Translate a text that depends on a count into this language."""
        return translations(self.lang).ngettext(singular, plural, n)

    def date(self, value: date) -> str:
        """A date in this language: "5. mars 2025" / "5 March 2025"."""
        return format_date(value, format="long", locale=BABEL_LOCALE[self.lang])

    def number(self, value: float) -> str:
        """A number in this language: "37,5" / "37.5"."""
        return str(format_decimal(value, locale=BABEL_LOCALE[self.lang]))


def texts(lang: str | None = None) -> Texts:
    """The texts of a language (the session's language by default)."""
    return Texts(lang if lang in BABEL_LOCALE else state.language())
