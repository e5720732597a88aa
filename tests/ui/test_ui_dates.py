"""The tolerant date parser: the ways people write a date, and what it says when it cannot read one."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.dates import InputError, InputRefused, as_input, parse

DATES = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "05.03.2024",
        "5.3.2024",
        "05032024",
        "2024-03-05",
        "2024-3-5",
        "5/3/2024",
        "05/03/2024",
        "5-3-2024",
        "5 3 2024",
        " 5. 3. 2024. ",
        "2024/03/05",
        "٠٥.٠٣.٢٠٢٤",  # Arabic-Indic digits
        "۵.۳.۲۰۲۴",  # Persian digits
    ],
)
def test_common_ways_of_writing_5_march_2024_are_read(text: str) -> None:
    assert parse(text) == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InputError.EMPTY),
        ("   ", InputError.EMPTY),
        ("5.3", InputError.MISSING_YEAR),
        ("0503", InputError.MISSING_YEAR),
        ("5.3.24", InputError.SHORT_YEAR),
        ("050324", InputError.SHORT_YEAR),
        ("31.02.2024", InputError.NOT_A_REAL_DATE),
        ("29.02.2023", InputError.NOT_A_REAL_DATE),
        ("5.13.2024", InputError.NOT_A_REAL_DATE),
        ("00.01.2024", InputError.NOT_A_REAL_DATE),
        ("5 March 2024", InputError.UNREADABLE),
        ("2024", InputError.UNREADABLE),
        ("5.3.2024.1", InputError.UNREADABLE),
        ("123.3.2024", InputError.UNREADABLE),
    ],
)
def test_a_date_that_cannot_be_read_says_what_is_wrong(text: str, code: InputError) -> None:
    with pytest.raises(InputRefused) as raised:
        parse(text)
    assert raised.value.code is code
    assert text.strip() == "" or text not in str(raised.value)  # the text typed is never in the error


def test_29_february_is_read_in_a_leap_year() -> None:
    assert parse("29.02.2024") == date(2024, 2, 29)


@given(DATES)
def test_every_date_survives_the_day_first_forms_and_iso(value: date) -> None:
    for text in (
        as_input(value),
        f"{value.day}.{value.month}.{value.year}",
        value.strftime("%d%m%Y"),
        value.isoformat(),
        f"{value.day}/{value.month}/{value.year}",
    ):
        assert parse(text) == value, text
