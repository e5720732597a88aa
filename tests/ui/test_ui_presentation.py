"""What the pages say and how they group things, in AppTest (the browser tests show them drawn).

- The start page says when the answers are deleted: on a personal device, soon after the page is
  closed; on a kiosk, where nobody closes the page, on "Start over" or after the idle time.
- The permit question's options come in three groups, each named above its first option, in the
  session's language.
"""

from __future__ import annotations

import re

import pytest

from tests.ui.wizard import Wizard
from ui import settings

LANGS = ("nb", "en")
CLOSED = {
    "nb": "Vi lagrer ikke svarene dine. De blir slettet kort tid etter at du lukker siden.",
    "en": "We do not save your answers. They are deleted soon after you close the page.",
}
ON_A_KIOSK = {
    "nb": "Vi lagrer ikke svarene dine. De blir slettet når du trykker «Begynn på nytt», eller senest "
    "%s etter at skjermen sist ble brukt.",
    "en": "We do not save your answers. They are deleted when you press «Start over», or at the latest "
    "%s after the screen was last used.",
}
MINUTES = {
    (60, "nb"): "1 minutt",
    (60, "en"): "1 minute",
    (150, "nb"): "3 minutter",
    (150, "en"): "3 minutes",
}


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_personal_device_the_answers_are_deleted_soon_after_the_page_is_closed(lang: str) -> None:
    assert CLOSED[lang] in Wizard(lang).text()


@pytest.mark.parametrize("idle", [60, 150])
@pytest.mark.parametrize("lang", LANGS)
def test_on_a_kiosk_the_answers_are_deleted_on_start_over_or_after_the_idle_time(
    monkeypatch: pytest.MonkeyPatch, lang: str, idle: int
) -> None:
    chosen = settings.Settings(kiosk=True, idle_seconds=idle, warning_seconds=10)
    monkeypatch.setattr(settings, "current", lambda: chosen)
    text = Wizard(lang).text()
    assert ON_A_KIOSK[lang] % MINUTES[idle, lang] in text
    assert CLOSED[lang] not in text  # a kiosk user cannot close the page


GROUPS = {  # (the first option of a group, the group's name above it)
    "nb": [
        ("Flyktning (asyl)", "Asyl, flyktning eller beskyttelse"),
        ("Familieinnvandring", "Familie"),
        ("Statsborger i et nordisk land eller et EØS-land", "Andre tillatelser"),
    ],
    "en": [
        ("Refugee (asylum)", "Asylum, refugee or protection"),
        ("Family immigration", "Family"),
        ("Citizen of a Nordic or EEA country", "Other permits"),
    ],
}


def _css_text(value: str) -> str:
    return re.sub(r"\\([0-9a-f]+) ", lambda m: chr(int(m.group(1), 16)), value)


@pytest.mark.parametrize("lang", LANGS)
def test_the_permit_options_come_in_three_groups_each_named_above_its_first_option(lang: str) -> None:
    w = Wizard(lang).start()
    radio = w.at.radio(key=f"w_permit_basis_{lang}")
    named = re.findall(r'div:nth-child\((\d+)\)::before \{content: "([^"]*)";\}', w.html())
    shown = [(radio.options[int(number) - 1], _css_text(text)) for number, text in named]
    assert shown == GROUPS[lang]
    assert radio.options[-1] == {"nb": "Jeg vet ikke", "en": "I don't know"}[lang]  # still last
