"""Sentences about an assessment in a given language, shared by the result page and the summary PDF.

No Streamlit here: each function takes the `Texts` of the language to write in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from logic import Assessment, figures
from ui.i18n import Texts


def _shown(value: object, t: Texts) -> object:
    if isinstance(value, date):
        return t.date(value)
    if isinstance(value, float):
        return t.number(value)
    return value


class _Named:
    """The values a text names, each looked up and written out only when the text asks for it: the
    key dates first, then the legal numbers in force on the day (a text names one or two of some
    twenty, and writing a date out in words is the costly part)."""

    def __init__(self, on: date, t: Texts, dates: Mapping[str, object] | Callable[[], Mapping[str, object]]):
        self._on, self._t, self._dates = on, t, dates
        self._figures: Mapping[str, object] | None = None

    def __getitem__(self, name: str) -> object:
        if callable(self._dates):
            self._dates = self._dates()
        if name in self._dates:
            return _shown(self._dates[name], self._t)
        if self._figures is None:
            self._figures = figures(self._on)
        return _shown(self._figures[name], self._t)


def fill_on(
    text: str,
    on: date,
    t: Texts,
    dates: Mapping[str, object] | Callable[[], Mapping[str, object]] | None = None,
) -> str:
    """Fill in the legal numbers and dates a message names (%(maximum_age)d, %(act_in_force)s …), as
    in force on `on`, and the key dates in `dates` (or what it gives when called), in the language of
    `t`."""
    if "%(" not in text:
        return text
    return text % _Named(on, t, {} if dates is None else dates)


def fill(text: str, assessment: Assessment, t: Texts) -> str:
    """Fill in the legal numbers and the key dates a message about an assessment names."""
    return fill_on(text, assessment.assessed_on, t, assessment.dates.as_dict)


def assessed_on_text(assessment: Assessment, t: Texts, real_today: date) -> str:
    """When the answers were assessed, and the rules version ("assessed as on" for another date)."""
    values = {"date": t.date(assessment.assessed_on), "version": assessment.rules_version}
    if assessment.assessed_on == real_today:
        return t.gettext("Checked on %(date)s. Rules version %(version)s.") % values
    return (
        t.gettext("Assessed as on %(date)s, a date chosen by a helper, not today. Rules version %(version)s.")
        % values
    )
