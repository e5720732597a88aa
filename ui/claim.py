"""The claim question's answers (C3, C11, C17): one page, four answers, three fields of `logic.Answers`.

No Streamlit and no translations here, so `ui/flow.py` can use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from logic import Fact

ASKED = "asked"
NOT_ASKED = "not_asked"
IN_PROGRAMME = "in_programme"
CLAIM_FIELDS = ("claim_made", "claim_made_on", "in_programme")


def fields_of(fact: Fact) -> tuple[str, ...]:
    """The fields of `logic.Answers` one question's answer fills."""
    return CLAIM_FIELDS if fact is Fact.CLAIM_MADE else (fact.value,)


def claim_choice(answers: Mapping[str, Any]) -> str | None:
    """Which answer of the claim question the stored fields give (None: "I don't know" or not asked)."""
    if answers.get("in_programme"):
        return IN_PROGRAMME
    if answers.get("claim_made_on") is not None or answers.get("claim_made") is True:
        return ASKED
    if answers.get("claim_made") is False:
        return NOT_ASKED
    return None


def claim_fields(choice: str | None, asked_on: date | None) -> dict[str, Any]:
    """The fields of `logic.Answers` for one answer of the claim question."""
    if choice == IN_PROGRAMME:
        return {"in_programme": True}
    if choice == ASKED:
        return {"claim_made": True, "claim_made_on": asked_on}
    if choice == NOT_ASKED:
        return {"claim_made": False}
    return {}
