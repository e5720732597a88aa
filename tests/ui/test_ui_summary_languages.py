"""The summary PDF in every language, with bokmål beside it: the text extracts (pypdf) in the
language's own words, Arabic and Dari are shaped (joined letters) and set right to left, Tigrinya is
in an Ethiopic font. Reads the fonts Debian's `fonts-dejavu-core` and `fonts-noto-core` install.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from logic import Outcome
from tests.ui.test_ui_helpers import ON, _assessment, _text
from ui import languages, summary
from ui.i18n import Texts
from ui.messages import OUTCOME_TITLE
from ui.report import Facts, build

# Arabic Presentation Forms-B: the initial, medial and final shapes HarfBuzz picks for joined letters.
CONTEXTUAL = re.compile(r"^uniFE[7-9A-F][0-9A-F]$")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _headings(lang: str) -> list[str]:
    """The section headings of the result in a language, as the report gives them."""
    path, assessment = _assessment(ON)
    t = Texts(lang)
    report = build(assessment, Facts(answers=dict(path.answers), asked=path.asked), t, ON)
    return [section.heading for section in report.sections]


def _fonts(data: bytes) -> dict[str, list[str]]:
    """Each embedded font's name and the glyphs of its subset."""
    fonts = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            if "/DescendantFonts" not in font:
                continue
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            embedded = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
            fonts[str(font["/BaseFont"]).split("+")[-1]] = embedded.getGlyphOrder()
    return fonts


@pytest.mark.parametrize("lang", languages.CODES)
def test_the_summary_is_in_the_language_with_bokmal_beside_it(lang: str) -> None:
    path, assessment = _assessment(ON)
    data = summary.pdf(assessment, path, lang, ON)
    pages, text = _text(data)
    assert pages <= 2
    for heading in _headings("nb"):
        assert " ".join(heading.split()) in text, heading
    for heading in _headings(lang):
        if languages.get(lang).rtl:  # extracted in visual order: each word, brackets mirrored
            for word in re.findall(r"[\w\u200c]+", heading):
                assert word in text, (heading, word)
        else:
            assert " ".join(heading.split()) in text, heading
    title = Texts("nb").gettext(OUTCOME_TITLE[Outcome.RIGHT_AND_DUTY])
    assert title in text
    if lang != "nb":
        assert PdfReader(io.BytesIO(data)).metadata["/Title"] == Texts(lang).gettext(
            "The introduction programme: summary of the self-check"
        )


@pytest.mark.parametrize("lang", [language.code for language in languages.LANGUAGES if language.rtl])
def test_arabic_script_is_shaped_in_its_own_font(lang: str) -> None:
    path, assessment = _assessment(ON)
    fonts = _fonts(summary.pdf(assessment, path, lang, ON))
    arabic = [glyphs for name, glyphs in fonts.items() if name.startswith("NotoSansArabic")]
    assert arabic, list(fonts)
    shaped = {glyph for glyphs in arabic for glyph in glyphs if CONTEXTUAL.match(glyph)}
    assert len(shaped) >= 10  # joined letters: the contextual forms, not only the isolated letters
    # The Latin letters inside the Arabic text (names, §, Norwegian terms) come from DejaVu Sans.
    assert any(name.startswith("DejaVuSans") for name in fonts)
    _pages, text = _text(summary.pdf(assessment, path, lang, ON))
    assert ARABIC.search(text)


def test_tigrinya_is_set_in_an_ethiopic_font() -> None:
    path, assessment = _assessment(ON)
    data = summary.pdf(assessment, path, "ti", ON)
    assert any(name.startswith("NotoSansEthiopic") for name in _fonts(data))
    _pages, text = _text(data)
    assert re.search(r"[\u1200-\u137f]{3}", text)


def test_without_the_script_font_the_summary_is_in_bokmal_rather_than_empty_boxes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(summary, "NOTO_DIR", summary.FilePath("/nowhere"))
    path, assessment = _assessment(date(2026, 11, 29))
    _pages, text = _text(summary.pdf(assessment, path, "ar", ON))
    assert not ARABIC.search(text)
    assert Texts("nb").gettext(OUTCOME_TITLE[Outcome.RIGHT_AND_DUTY]) in text


NOTICE = (
    "This text has been translated, but not yet checked by a native speaker. If something "
    "is unclear, the Norwegian text decides."
)


@pytest.mark.parametrize("lang", languages.CODES)
def test_a_summary_in_a_language_no_native_speaker_has_checked_says_so_as_the_page_does(lang: str) -> None:
    """The PDF travels without the page: it carries the page's notice, in both columns, exactly
    when the page shows it (the Norwegian column decides)."""
    path, assessment = _assessment(ON)
    _pages, text = _text(summary.pdf(assessment, path, lang, ON))
    in_bokmal = " ".join(Texts("nb").gettext(NOTICE).split())
    assert Texts("nb").gettext(NOTICE) != NOTICE  # the bokmål catalogue has its own words for it
    if summary.reviewed(lang):
        assert in_bokmal not in text
        return
    assert in_bokmal in text
    if not languages.get(lang).rtl:  # right to left extracts in visual order (checked word by word above)
        assert " ".join(Texts(lang).gettext(NOTICE).split()) in text
