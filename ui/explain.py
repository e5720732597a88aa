"""Sentences about an assessment in a given language, shared by the result page and the summary PDF.

No Streamlit here: each function takes the `Texts` of the language to write in.
"""

from __future__ import annotations

from datetime import date

from logic import Answers, Assessment, Outcome
from ui.i18n import Texts

# Outcomes with a deadline for the municipality to start the programme (§ 12).
_HAS_START_DEADLINE = frozenset({Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY})


def fill(text: str, assessment: Assessment, t: Texts) -> str:
    """Fill in the dates a message names as %(field)s, in the language of `t`."""
    if "%(" not in text:
        return text
    values = {
        name: t.date(value) if isinstance(value, date) else value
        for name, value in assessment.dates.model_dump().items()
    }
    return text % values


def assessed_on_text(assessment: Assessment, t: Texts, real_today: date) -> str:
    """When the answers were assessed, and the rules version ("assessed as on" for another date)."""
    values = {"date": t.date(assessment.assessed_on), "version": assessment.rules_version}
    if assessment.assessed_on == real_today:
        return t.gettext("Checked on %(date)s. Rules version %(version)s.") % values
    return (
        t.gettext("Assessed as on %(date)s, a date chosen by a helper, not today. Rules version %(version)s.")
        % values
    )


def date_lines(assessment: Assessment, answers: Answers, t: Texts) -> list[str]:
    """The dates that decided the result, as sentences in the language of `t`."""
    d = assessment.dates
    lines: list[str] = []
    if d.age_at_permit is not None and answers.permit_granted_on is not None:
        lines.append(
            t.ngettext(
                "You were %(age)d year old when your permit was granted (%(date)s).",
                "You were %(age)d years old when your permit was granted (%(date)s).",
                d.age_at_permit,
            )
            % {"age": d.age_at_permit, "date": t.date(answers.permit_granted_on)}
        )
    if answers.claim_made_on is not None:
        text = t.gettext("You asked to take part on %(date)s.")
        lines.append(text % {"date": t.date(answers.claim_made_on)})
    if d.two_year_anniversary is not None:
        if d.two_year_anniversary > assessment.assessed_on:
            text = t.gettext("Your two years in a municipality run out on %(date)s.")
        else:
            text = t.gettext("Your two years in a municipality ran out on %(date)s.")
        lines.append(text % {"date": t.date(d.two_year_anniversary)})
    if d.latest_start is not None and assessment.outcome in _HAS_START_DEADLINE:
        if d.latest_start_after_claim is not None and d.latest_start == d.latest_start_after_claim:
            text = t.gettext(
                "Latest start of the programme: %(date)s, three months after you asked to take part."
            )
        else:
            text = t.gettext("Latest start of the programme: %(date)s, three months after you were settled.")
        lines.append(text % {"date": t.date(d.latest_start)})
    if d.reference_person_five_year_anniversary is not None:
        lines.append(
            t.gettext("Five years after your family member was settled: %(date)s.")
            % {"date": t.date(d.reference_person_five_year_anniversary)}
        )
        if answers.family_application_on is not None:
            lines.append(
                t.gettext("You applied for family immigration on %(date)s.")
                % {"date": t.date(answers.family_application_on)}
            )
    if d.temporary_rules_ended_on is not None:
        lines.append(
            t.gettext("The temporary rules for collective protection ended on %(date)s.")
            % {"date": t.date(d.temporary_rules_ended_on)}
        )
    return lines
