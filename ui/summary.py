"""The summary to keep: the result's report (`ui/report.py`) as a PDF, the same sections in the same
order as the page: the outcome, what to do now, the dates, why, good to know, the appeal, and for
helpers every condition, every date and the answers.

In bokmål it has one column. In another language it has two: the chosen language on the left and
bokmål on the right, row by row, so a caseworker can read what the person read. It holds nothing
but what the person typed or chose and what the rules made of it: no name, no time of day, no id.

Fonts: DejaVu Sans for Latin and Cyrillic letters and `§` (Debian's `fonts-dejavu-core`); Noto Sans
Arabic for Arabic and Dari and Noto Sans Ethiopic for Tigrinya (`fonts-noto-core`), with DejaVu Sans
for the Latin letters inside them (names, `§`, the Norwegian terms in brackets). Arabic script is
shaped (joined letters, right to left) by HarfBuzz through fpdf2's text shaping (`uharfbuzz`), and its
column is right-aligned. Without DejaVu Sans, fpdf2's built-in Helvetica with the text reduced to
Latin-1; without the fonts of the chosen language's script, the summary is in bokmål alone (rather
than a column of empty boxes). Built in memory when the person presses the download button; never
written to disk.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path as FilePath
from typing import TYPE_CHECKING

from logic import Assessment
from ui import languages
from ui.flow import Path
from ui.i18n import Texts, isolate, reviewed
from ui.messages import NOT_REVIEWED_NOTICE
from ui.report import Facts, Report, build

if TYPE_CHECKING:
    from fpdf.fonts import FontFace

FONT_DIR = FilePath("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
FONT = "DejaVu"
FALLBACK_FONT = "Helvetica"
NOTO_DIR = FilePath("/usr/share/fonts/truetype/noto")
# The font of each script other than Latin (and Cyrillic, which DejaVu Sans has): its family name in
# the PDF and its files, regular and bold.
SCRIPT_FONTS = {
    "arabic": ("NotoArabic", {"": "NotoSansArabic-Regular.ttf", "B": "NotoSansArabic-Bold.ttf"}),
    "ethiopic": ("NotoEthiopic", {"": "NotoSansEthiopic-Regular.ttf", "B": "NotoSansEthiopic-Bold.ttf"}),
}
# Characters outside Latin-1 that the fallback font writes as their nearest Latin-1 text.
_LATIN_1 = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."})
NORWEGIAN = "nb"


class Kind:
    """How a line of the summary is set."""

    TITLE = "title"
    HEADING = "heading"
    STRONG = "strong"
    TEXT = "text"


@dataclass(frozen=True)
class Line:
    """One line of the summary in one language."""

    kind: str
    text: str


def lines(report: Report, t: Texts, *, not_reviewed: bool = False) -> list[Line]:
    """The report as lines in the language of `t`: the same sections, in the same order, as the page.

    Every language gives the same kinds of lines in the same order, so two columns stay side by side.
    `not_reviewed`: the summary is in a language no native speaker has checked yet, and says so (as
    the page does) in both columns.
    """
    notice = t.gettext(NOT_REVIEWED_NOTICE) if not_reviewed else None
    rtl = languages.get(t.lang).rtl
    out = [
        Line(Kind.TITLE, t.gettext("The introduction programme: summary of the self-check")),
        *([Line(Kind.STRONG, notice)] if notice else []),
        *(Line(Kind.TEXT, text) for text in report.footer),
        Line(Kind.STRONG, report.title),
        Line(Kind.TEXT, report.lead),
        Line(Kind.STRONG, report.not_a_decision),
    ]
    for section in report.sections:
        out.append(Line(Kind.HEADING, section.heading))
        for item in section.items:
            if item.inline:
                out.append(Line(Kind.TEXT, f"{item.label}: {item.text}"))
                continue
            if item.label:
                out.append(Line(Kind.STRONG, item.label))
            law = "" if item.law is None else f"({item.law})"
            if law and rtl:  # the citation is Norwegian: one left-to-right run, brackets and all
                law = isolate(law)
            out.append(Line(Kind.TEXT, f"{item.text} {law}" if law else item.text))
    return out


def _has_font() -> bool:
    return all((FONT_DIR / name).is_file() for name in FONT_FILES.values())


def has_script_font(script: str) -> bool:
    """Whether the fonts a script needs are installed (Latin needs none beyond DejaVu Sans)."""
    if script not in SCRIPT_FONTS:
        return True
    return all((NOTO_DIR / name).is_file() for name in SCRIPT_FONTS[script][1].values())


def _latin_1(text: str) -> str:
    """The text in Latin-1, for the built-in font (letters outside it lose their accents, or become ?)."""
    text = text.translate(_LATIN_1)
    if all(ord(c) < 256 for c in text):
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept).encode("latin-1", "replace").decode("latin-1")


_SIZES = {Kind.TITLE: 13.0, Kind.HEADING: 10.0, Kind.STRONG: 8.5, Kind.TEXT: 8.5}


class _Document:
    """An A4 page in DejaVu Sans (or Helvetica), small text, so the summary fits on as few pages as it
    can; with the chosen language's script font where it needs one."""

    def __init__(self, use_font: bool, script: str = "latin") -> None:
        # Imported here: fpdf2 costs about 40 MiB and 0.4 s at start-up, and only a download needs it.
        from fpdf import FPDF  # noqa: PLC0415

        self.pdf = FPDF(format="A4")
        self.pdf.set_margins(14, 12, 14)
        self.pdf.set_auto_page_break(auto=True, margin=12)
        self.unicode = use_font
        if use_font:
            for style, name in FONT_FILES.items():
                self.pdf.add_font(FONT, style=style, fname=str(FONT_DIR / name))
            self.family = FONT
        else:
            self.family = FALLBACK_FONT
        self.script_family = self.family
        if use_font and script in SCRIPT_FONTS:
            family, files = SCRIPT_FONTS[script]
            for style, name in files.items():
                self.pdf.add_font(family, style=style, fname=str(NOTO_DIR / name))
            self.script_family = family
            # Latin letters, digits and `§` inside the script's text come from DejaVu Sans; HarfBuzz
            # joins the letters and orders each line by the Unicode bidirectional algorithm.
            self.pdf.set_fallback_fonts([FONT])
            self.pdf.set_text_shaping(use_shaping_engine=True)
        self.pdf.add_page()

    def text(self, value: str) -> str:
        value = value.replace("§ ", "§\u00a0")  # "§" stays with its number on a line break
        return value if self.unicode else _latin_1(value)

    def style(self, kind: str, *, script: bool = False) -> FontFace:
        from fpdf.fonts import FontFace  # noqa: PLC0415

        bold = kind != Kind.TEXT
        family = self.script_family if script else self.family
        return FontFace(family=family, emphasis="BOLD" if bold else None, size_pt=_SIZES[kind])


def _titles(doc: _Document, titles: list[Line], rtl: bool) -> None:
    """The titles side by side, each wrapped in its own column with room for its own line height (a
    table row has one line height for all its cells, and a title's lines would overlap)."""
    pdf = doc.pdf
    width = pdf.epw / len(titles)
    top = bottom = pdf.get_y()
    for index, title in enumerate(titles):
        chosen = index == 0
        pdf.set_font(doc.script_family if chosen else doc.family, style="B", size=_SIZES[Kind.TITLE])
        pdf.set_xy(pdf.l_margin + index * width + 2.5, top)
        pdf.multi_cell(
            width - 5,
            h=pdf.font_size * 1.3,
            text=doc.text(title.text),
            align="R" if chosen and rtl else "L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom + 1.5)


def pdf(
    assessment: Assessment, path: Path, lang: str, real_today: date, *, use_font: bool | None = None
) -> bytes:
    """The summary as PDF bytes, in `lang` with bokmål beside it unless `lang` is bokmål."""
    use_font = _has_font() if use_font is None else use_font
    language = languages.get(lang)
    if not (use_font and has_script_font(language.script)):
        language = languages.get(NORWEGIAN) if language.script != "latin" else language
    lang = language.code
    doc = _Document(use_font, language.script)
    facts = Facts(answers=dict(path.answers), asked=path.asked)

    not_reviewed = not reviewed(lang)

    def report(language: str) -> list[Line]:
        t = Texts(language)
        return lines(build(assessment, facts, t, real_today), t, not_reviewed=not_reviewed)

    chosen = report(lang)
    doc.pdf.set_title(doc.text(chosen[0].text))
    # The day it was made, not the time of day: nothing that could be matched with a visit.
    doc.pdf.set_creation_date(datetime.combine(real_today, time(), tzinfo=UTC))
    doc.pdf.set_lang(lang)
    columns = [chosen]
    if lang != NORWEGIAN:
        columns.append(report(NORWEGIAN))
    _titles(doc, [column[0] for column in columns], language.rtl)
    doc.pdf.set_font(doc.family, size=_SIZES[Kind.TEXT])
    widths = (1,) * len(columns)
    with doc.pdf.table(
        col_widths=widths,
        first_row_as_headings=False,
        borders_layout="NONE",
        line_height=doc.pdf.font_size * 1.25,
        padding=(0.6, 2.5),
        text_align="LEFT",
        v_align="TOP",
    ) as table:
        for row_lines in zip(*(column[1:] for column in columns), strict=True):
            row = table.row()
            for index, line in enumerate(row_lines):
                chosen = index == 0 and len(columns) > 1
                align = "RIGHT" if chosen and language.rtl else "LEFT"
                row.cell(doc.text(line.text), style=doc.style(line.kind, script=chosen), align=align)
    return bytes(doc.pdf.output())
