"""`ui.text.plain`: whatever a person typed or the app derived is shown as itself in Markdown.

No character of the text may act as Markdown (a list number, emphasis, a link, Streamlit's `$…$`
maths or `:red[…]` colours), and what the reader sees is the text itself, on one line.
"""

from __future__ import annotations

import re
import string

from hypothesis import given
from hypothesis import strategies as st

from tests.ui.wizard import _MARKDOWN_ESCAPE
from ui.text import plain

# Text as people type it: letters of several scripts, digits, every ASCII punctuation character,
# spaces, tabs and line breaks of both kinds.
TYPED = st.text(
    alphabet=st.sampled_from(
        [*string.ascii_letters, *string.digits, *string.punctuation, " ", "\t", "\n", "\r"]
    )
    | st.characters(codec="utf-8"),
    max_size=80,
)


def _one_line(text: str) -> str:
    return re.sub(r"\s*[\r\n]+\s*", " ", text).strip()


@given(TYPED)
def test_plain_text_reads_as_itself_on_one_line(text: str) -> None:
    assert _MARKDOWN_ESCAPE.sub(r"\1", plain(text)) == _one_line(text)


@given(TYPED)
def test_no_punctuation_in_plain_text_is_left_to_act_as_markdown(text: str) -> None:
    unescaped = re.sub(r"\\.", "", plain(text), flags=re.DOTALL)  # drop every escaped character
    assert not set(unescaped) & set(string.punctuation)
    assert "\n" not in plain(text)
    assert "\r" not in plain(text)


def test_a_date_at_the_start_is_not_a_numbered_list() -> None:
    assert plain("1. mars 2026") == r"1\. mars 2026"
