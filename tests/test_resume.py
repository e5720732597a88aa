"""The tab's copy comes back from the browser, so it is read like hostile input: whatever JSON a tab
sends, `ui.resume.load` gives a copy or None and never raises (issue 9.1, issue 11.6)."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from logic import Fact
from ui import resume

EARLIEST, LATEST = date(2021, 1, 1), date(2026, 12, 2)
_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=20), inner, max_size=5),
    max_leaves=30,
)
_FACT_NAMES = st.sampled_from([fact.value for fact in Fact])
_DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat)
# Copies close to real ones, with values of the wrong kind in every place.
_NEAR = st.fixed_dictionaries(
    {
        "v": st.just(resume.VERSION) | _SCALARS,
        "lang": st.sampled_from(["nb", "en", "de", ""]),
        "today": _DATES | _SCALARS,
        "answers": st.dictionaries(_FACT_NAMES, _DATES | _SCALARS, max_size=8),
        "asked": st.lists(_FACT_NAMES, max_size=16),
        "entry": st.integers(min_value=-2, max_value=resume.MAX_ENTRY + 2) | _SCALARS,
        "trail": st.lists(
            st.tuples(
                st.integers(-1, 300),
                st.sampled_from(["start", "question", "x"]),
                _FACT_NAMES | _SCALARS,
                _SCALARS,
            ).map(list),
            max_size=5,
        ),
    }
)


def _load(raw: Any) -> resume.Copy | None:
    return resume.load(raw, languages=("nb", "en"), earliest=EARLIEST, latest=LATEST)


@given(_JSON)
def test_any_json_from_the_tab_gives_a_copy_or_none(raw: Any) -> None:
    assert _load(raw) is None or isinstance(_load(raw), resume.Copy)


@given(_NEAR)
def test_a_copy_with_values_of_any_kind_gives_a_copy_or_none_and_a_copy_only_of_what_was_asked(
    raw: dict[str, Any],
) -> None:
    kept = _load(raw)
    if kept is not None:
        assert set(kept.answers) <= {fact.value for fact in kept.asked}
        assert EARLIEST <= kept.today <= LATEST
        assert len(kept.trail) <= resume.MAX_TRAIL


def test_a_far_future_date_in_a_copy_is_refused_without_an_error() -> None:
    raw = {
        "v": resume.VERSION,
        "lang": "nb",
        "today": "2026-12-01",
        "answers": {"permit_basis": "refugee", "settled": True, "settled_on": "9999-12-31"},
        "asked": ["permit_basis", "settled", "settled_on"],
        "entry": 1,
        "trail": [],
    }
    assert _load(raw) is None
