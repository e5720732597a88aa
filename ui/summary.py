"""The summary to keep: the result's report (`ui/report.py`) as a PDF, the same sections in the same
order as the page: the outcome, what to do now, the dates, why, good to know, the appeal, and for
helpers every condition, every date and the answers.

In bokmål it has one column. In another language it has two: the chosen language on the left and
bokmål on the right, row by row, so a caseworker can read what the person read. It holds nothing
but what the person typed or chose and what the rules made of it: no name, no time of day, no id.

The text font is DejaVu Sans where it is installed (every letter and `§`); without it, fpdf2's
built-in Helvetica with the text reduced to Latin-1, so a machine without the font still gets a PDF.
Built in memory when the person presses the download button; never written to disk.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path as FilePath
from typing import TYPE_CHECKING

from logic import Assessment
from ui.flow import Path
from ui.i18n import Texts
from ui.report import Facts, Report, build

if TYPE_CHECKING:
    from fpdf.fonts import FontFace

FONT_DIR = FilePath("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
FONT = "DejaVu"
FALLBACK_FONT = "Helvetica"
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


def lines(report: Report, t: Texts) -> list[Line]:
    """The report as lines in the language of `t`: the same sections, in the same order, as the page.

    Every language gives the same kinds of lines in the same order, so two columns stay side by side.
    """
    out = [
        Line(Kind.TITLE, t.gettext("The introduction programme: summary of the self-check")),
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
            law = f" ({item.law})" if item.law is not None else ""
            out.append(Line(Kind.TEXT, f"{item.text}{law}"))
    return out


def _has_font() -> bool:
    return all((FONT_DIR / name).is_file() for name in FONT_FILES.values())


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
    """An A4 page in DejaVu Sans (or Helvetica), small text, so the summary fits on as few pages as it can."""

    def __init__(self, use_font: bool) -> None:
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
        self.pdf.add_page()

    def text(self, value: str) -> str:
        value = value.replace("§ ", "§\u00a0")  # "§" stays with its number on a line break
        return value if self.unicode else _latin_1(value)

    def style(self, kind: str) -> FontFace:
        from fpdf.fonts import FontFace  # noqa: PLC0415

        bold = kind != Kind.TEXT
        return FontFace(family=self.family, emphasis="BOLD" if bold else None, size_pt=_SIZES[kind])


def _titles(doc: _Document, titles: list[Line]) -> None:
    """The titles side by side, each wrapped in its own column with room for its own line height (a
    table row has one line height for all its cells, and a title's lines would overlap)."""
    pdf = doc.pdf
    width = pdf.epw / len(titles)
    top = bottom = pdf.get_y()
    pdf.set_font(doc.family, style="B", size=_SIZES[Kind.TITLE])
    for index, title in enumerate(titles):
        pdf.set_xy(pdf.l_margin + index * width + 2.5, top)
        pdf.multi_cell(
            width - 5,
            h=pdf.font_size * 1.3,
            text=doc.text(title.text),
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom + 1.5)


def pdf(
    assessment: Assessment, path: Path, lang: str, real_today: date, *, use_font: bool | None = None
) -> bytes:
    """The summary as PDF bytes, in `lang` with bokmål beside it unless `lang` is bokmål."""
    doc = _Document(_has_font() if use_font is None else use_font)
    facts = Facts(answers=dict(path.answers), asked=path.asked)

    def report(language: str) -> list[Line]:
        t = Texts(language)
        return lines(build(assessment, facts, t, real_today), t)

    chosen = report(lang)
    doc.pdf.set_title(doc.text(chosen[0].text))
    # The day it was made, not the time of day: nothing that could be matched with a visit.
    doc.pdf.set_creation_date(datetime.combine(real_today, time(), tzinfo=UTC))
    doc.pdf.set_lang(lang)
    columns = [chosen]
    if lang != NORWEGIAN:
        columns.append(report(NORWEGIAN))
    _titles(doc, [column[0] for column in columns])
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
            for line in row_lines:
                row.cell(doc.text(line.text), style=doc.style(line.kind))
    return bytes(doc.pdf.output())
