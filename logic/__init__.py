"""The rules of the introduction programme's target group (integreringsloven §§ 3, 8, 9, 12, ch. 6A).

Pure: pydantic models in, an assessment out. No user interface, no translations, no clock, no I/O.
The assessment date is always an input.
"""

from logic.assessment import RULES_VERSION, assess, needed_facts
from logic.codes import Caveat, Condition, ErrorCode, Fact, Outcome, Reason, Status
from logic.law import APPEAL_DEADLINE, LawRef
from logic.models import (
    Answers,
    Assessment,
    CaveatNote,
    Finding,
    InvalidAnswers,
    KeyDates,
    PermitBasis,
    Problem,
    ReferencePersonBasis,
)
from logic.validation import validate

__all__ = [
    "APPEAL_DEADLINE",
    "RULES_VERSION",
    "Answers",
    "Assessment",
    "Caveat",
    "CaveatNote",
    "Condition",
    "ErrorCode",
    "Fact",
    "Finding",
    "InvalidAnswers",
    "KeyDates",
    "LawRef",
    "Outcome",
    "PermitBasis",
    "Problem",
    "Reason",
    "ReferencePersonBasis",
    "Status",
    "assess",
    "needed_facts",
    "validate",
]
