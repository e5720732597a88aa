"""The languages of the self-check: one row each, the only place a language is listed.

A row says what the catalogue is called (`locales/<code>/`), which Babel locale formats its dates
and numbers, the language's name in itself (the switch shows every language that way, so a person
finds their own without reading any other), whether it is written right to left, which script its
PDF font must cover, and which browser language tags choose it.

The Babel locales follow the people the self-check is for: Arabic as in Syria (month names such as
آذار), Dari as in Afghanistan, Tigrinya as in Eritrea. Dates keep the digits 0–9, as CLDR gives
them for these locales and as the letters from UDI, IMDi and the municipality print them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language of the self-check."""

    code: str  # the catalogue's directory and `?lang=` value
    babel: str  # Babel's locale for dates and numbers
    name: str  # the language's name in itself
    rtl: bool = False
    script: str = "latin"  # the PDF's fonts: "latin" (Latin and Cyrillic), "arabic", "ethiopic"
    tags: tuple[str, ...] = ()  # primary browser language tags (lower case) that choose it
    html: str = ""  # the page's `lang` when it differs from `code`

    @property
    def html_lang(self) -> str:
        """The BCP 47 tag for `<html lang>`, as screen readers and fonts know it."""
        return self.html or self.code

    @property
    def direction(self) -> str:
        """The page's `dir`."""
        return "rtl" if self.rtl else "ltr"


LANGUAGES: tuple[Language, ...] = (
    Language("nb", "nb", "Norsk bokmål", tags=("nb", "no", "nob")),
    Language("nn", "nn", "Norsk nynorsk", tags=("nn", "nno")),
    Language("en", "en_GB", "English", tags=("en",)),
    Language("uk", "uk", "Українська", tags=("uk", "ukr")),
    Language("ar", "ar_SY", "العربية", rtl=True, script="arabic", tags=("ar", "ara")),
    # Dari: `prs` (ISO 639-3); browsers send `fa-AF`. Other Persian (`fa`, `fa-IR`) reads Dari far
    # better than bokmål or English, so it chooses Dari too.
    Language(
        "prs", "fa_AF", "دری", rtl=True, script="arabic", tags=("prs", "fa", "per", "fas"), html="fa-AF"
    ),
    Language("ti", "ti_ER", "ትግርኛ", script="ethiopic", tags=("ti", "tir")),
    Language("so", "so", "Soomaali", tags=("so", "som")),
)

BY_CODE = {language.code: language for language in LANGUAGES}
CODES = tuple(BY_CODE)
DEFAULT = "nb"
# The project's own texts: the messages are written in English, and bokmål is the text that decides.
# Every other catalogue is a translation, reviewed through `locales/review_pack.py`.
OWN_TEXTS = ("nb", "en")
TRANSLATED = tuple(code for code in CODES if code not in OWN_TEXTS)
_BY_TAG = {tag: language.code for language in LANGUAGES for tag in language.tags}
_MAX_TAG = 64  # a language tag is short; anything longer is not one


def from_tag(tag: str | None) -> str | None:
    """The language a tag asks for (`uk`, `fa-AF`, `nb-NO`, `ar_SY`), or None if it is none of ours.

    Only the primary subtag counts, in any case; a list (`Accept-Language` style) uses its first tag.
    """
    if not tag or len(tag) > _MAX_TAG:
        return None
    first = tag.split(",")[0].split(";")[0].strip()
    primary = first.replace("_", "-").split("-")[0].lower()
    return _BY_TAG.get(primary)


def get(code: str) -> Language:
    """The row of a language code that is known to be one of ours."""
    return BY_CODE[code]
