"""The rules of the introduction programme's target group (integreringsloven §§ 3, 8, 9, 12, ch. 6A),
in the version of the Act in force on the assessment date (docs/rules.md).

Pure: pydantic models in, an assessment out. No user interface, no translations, no clock, no I/O.
The assessment date is always an input.
"""

from logic.amendments import AMENDMENTS, LAW_CHECKED_ON, Amendment
from logic.assessment import RULES_VERSION, assess
from logic.codes import Caveat, Condition, ErrorCode, Fact, Outcome, Reason, Status
from logic.law import APPEAL, LawRef
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
from logic.parameters import figures
from logic.questions import needed_facts
from logic.validation import validate

__all__ = [
    "AMENDMENTS",
    "APPEAL",
    "LAW_CHECKED_ON",
    "RULES_VERSION",
    "Amendment",
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
    "figures",
    "needed_facts",
    "validate",
]
