"""The result page: the report (`ui/report.py`) drawn with Streamlit, in the order a person needs it:
the outcome, what to do now, the dates that matter, why, good to know, the appeal, and the full
reasoning for helpers. Every text from the report is plain text, escaped before it meets Markdown.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

import streamlit as st

from logic import Assessment, LawRef, Status
from ui import keep, settings, state, summary
from ui.flow import Path
from ui.i18n import texts
from ui.messages import STATUS_ICON
from ui.report import Facts, Item, Part, Report, Section, Tone, build, reasoning_heading, reasoning_section
from ui.text import plain

_STATUS_OF_TONE = {Tone.MET: Status.MET, Tone.NOT_MET: Status.NOT_MET, Tone.UNKNOWN: Status.UNKNOWN}


def law_link(law: LawRef) -> str:
    """A law reference as Markdown: a link to Lovdata for each place (plain text where there is none,
    and on a kiosk, where no link may lead out of the app)."""
    return _law_markdown(law, kiosk=settings.current().kiosk)


@lru_cache(maxsize=256)  # the Act's references only (no personal data): a few dozen, each made once
def _law_markdown(law: LawRef, *, kiosk: bool) -> str:
    parts = []
    for place in law.places():
        label = plain(place.citation())
        url = place.url
        parts.append(label if url is None or kiosk else f"[{label}]({quote(url, safe=':/')})")
    return " · ".join(parts)


def _facts(path: Path) -> Facts:
    return Facts(answers=dict(path.answers), asked=path.asked)


def report_of(assessment: Assessment, path: Path, *, reasoning: bool = True) -> Report:
    """The report of the person's result in the session's language (`reasoning`: with the full
    reasoning for helpers)."""
    return build(assessment, _facts(path), texts(), state.real_today(), reasoning=reasoning)


def render(assessment: Assessment, path: Path) -> None:
    """The whole result. The full reasoning for helpers is made and sent only while its expander is
    open (opening it runs the page again): a person does not need it on first sight."""
    report = report_of(assessment, path, reasoning=False)
    st.title(report.title, anchor=False)
    st.markdown(plain(report.lead))
    st.info(plain(report.not_a_decision), icon=":material/info:")
    for section in report.sections:
        st.header(section.heading, anchor=False)
        _items(section)
    reasoning = st.expander(
        reasoning_heading(texts()),
        icon=":material/account_tree:",
        key=state.widget_key("reasoning"),
        on_change="rerun",
    )
    if reasoning.open:
        with reasoning:
            _items(reasoning_section(assessment, _facts(path), texts()))
    _keep(assessment, path)
    for line in report.footer:
        st.caption(plain(line))


def _items(section: Section) -> None:
    for item in section.items:
        st.markdown(_line(item, section.part))
        if item.law is not None:
            st.caption(law_link(item.law))


def _line(item: Item, part: Part) -> str:
    """One item as Markdown: the status icon and label in bold where there is one, then the text."""
    text = plain(item.text)
    if not item.label:
        return text
    label = f"**{plain(item.label)}**"
    if item.inline:
        return f"{label}: {text}"
    if part is Part.WHY and item.tone in _STATUS_OF_TONE:
        return f"{STATUS_ICON[_STATUS_OF_TONE[item.tone]]} {label}  \n{text}"
    return f"{label}  \n{text}"


def _keep(assessment: Assessment, path: Path) -> None:
    """A one-page summary to keep (PDF, in the chosen language with bokmål beside it), handed to the
    person's own browser when they press the button; on a kiosk, nothing (see `ui/keep.py`)."""
    lang = state.language()
    real_today = state.real_today()
    keep.offer(lambda: summary.pdf(assessment, path, lang, real_today), norwegian_beside=lang != "nb")
