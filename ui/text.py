"""Text that must read as itself when it is put into Markdown (`st.markdown`, `st.caption`, labels).

A date such as "1. mars 2026" at the start of a line is a numbered list in Markdown: the list
number is drawn in the margin and a screen reader hears "mars 2026". Every text the person typed
or the app derived (an answer, a date, a name) goes through `plain` before it meets Markdown; the
app's own msgids, which may use Markdown on purpose (**bold**, lists), do not.
"""

from __future__ import annotations

import re

# Every ASCII punctuation character: CommonMark lets any of them be escaped with a backslash, and
# an escaped one is always the character itself (no list, heading, emphasis, link, table, maths in
# Streamlit's `$…$`, or colour directive in Streamlit's `:red[…]`).
_PUNCTUATION = re.compile(r"""[!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]""")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def _escaped(match: re.Match[str]) -> str:
    return "\\" + match.group()  # a function, not a template ("\\\1"): half the time per text


def plain(text: str) -> str:
    """`text` as Markdown that shows exactly `text` (on one line, without spaces around it)."""
    if "\n" in text or "\r" in text:  # the line-break pattern is slow to scan: only where it can match
        text = _LINE_BREAKS.sub(" ", text)
    return _PUNCTUATION.sub(_escaped, text.strip())
