"""The result page's sections: the outcome, what is missing, each condition, the dates that decided
it, what to know, and what to do next. Always: this is not a decision.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import streamlit as st

from logic import Answers, Assessment, Caveat, Fact, LawRef, Outcome
from logic.law import APPEAL_DEADLINE
from ui.dates import show
from ui.i18n import _, ngettext
from ui.messages import (
    CAVEAT,
    CONDITION_LABEL,
    OUTCOME_LEAD,
    OUTCOME_ONCE_SETTLED,
    OUTCOME_SHORT,
    OUTCOME_TITLE,
    REASON,
    STATUS_ICON,
    STATUS_LABEL,
)
from ui.questions import QUESTIONS

# Outcomes where the person has something to ask the municipality for.
_CAN_ASK = frozenset({Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY, Outcome.MAY_BE_OFFERED})
# Outcomes with a deadline for the municipality to start the programme (§ 12).
_HAS_START_DEADLINE = frozenset({Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY})


def law_link(law: LawRef) -> str:
    """A law reference as a Markdown link to Lovdata (plain text where Lovdata has no page)."""
    url = law.url
    return str(law) if url is None else f"[{law}]({quote(url, safe=':/')})"


def _fill(text: str, assessment: Assessment) -> str:
    """Fill in the dates a message names as %(field)s."""
    if "%(" not in text:
        return text
    values = {
        name: show(value) if isinstance(value, date) else value
        for name, value in assessment.dates.model_dump().items()
    }
    return text % values


def render(assessment: Assessment, answers: Answers) -> None:
    """The whole result."""
    outcome = assessment.outcome
    st.title(_(OUTCOME_TITLE[outcome]), anchor=False)
    st.markdown(_(OUTCOME_LEAD[outcome]))
    st.info(_("This is not a decision. The municipality decides."), icon=":material/info:")
    if any(note.code is Caveat.CLAIM_NOW for note in assessment.caveats):
        st.warning(_(CAVEAT[Caveat.CLAIM_NOW]), icon=":material/schedule:")
    if outcome is Outcome.NEEDS_MORE_INFORMATION:
        _missing(assessment)
    _findings(assessment)
    _dates(assessment, answers)
    _caveats(assessment)
    _next_steps(outcome)
    st.caption(
        _("Checked on %(date)s. Rules version %(version)s.")
        % {"date": show(assessment.assessed_on), "version": assessment.rules_version}
    )


def _missing(assessment: Assessment) -> None:
    once = assessment.outcome_once_settled
    if once is not None:
        st.markdown(_(OUTCOME_ONCE_SETTLED[once]))
    if assessment.missing:
        st.header(_("What we need to know"), anchor=False)
        for fact in assessment.missing:
            _where(fact)
    possible = [o for o in assessment.possible_outcomes if o is not Outcome.NEEDS_MORE_INFORMATION]
    if len(possible) > 1:
        st.markdown(
            "\n".join(
                [
                    _("Depending on the missing answers, the result could be:"),
                    "",
                    *(f"- {_(OUTCOME_SHORT[o])}" for o in possible),
                ]
            )
        )


def _where(fact: Fact) -> None:
    question = QUESTIONS[fact]
    with st.container(border=True):
        st.markdown(f"**{_(question.summary)}**")
        st.markdown(_(question.where))


def _findings(assessment: Assessment) -> None:
    st.header(_("What we checked"), anchor=False)
    for finding in assessment.findings:
        label = _(CONDITION_LABEL[finding.condition])
        status = _(STATUS_LABEL[finding.status])
        st.markdown(f"{STATUS_ICON[finding.status]} **{label}: {status}**  \n{_(REASON[finding.reason])}")
        st.caption(law_link(finding.law))


def _dates(assessment: Assessment, answers: Answers) -> None:
    d = assessment.dates
    lines: list[str] = []
    if d.age_at_permit is not None and answers.permit_granted_on is not None:
        lines.append(
            ngettext(
                "You were %(age)d year old when your permit was granted (%(date)s).",
                "You were %(age)d years old when your permit was granted (%(date)s).",
                d.age_at_permit,
            )
            % {"age": d.age_at_permit, "date": show(answers.permit_granted_on)}
        )
    if answers.claim_made_on is not None:
        lines.append(_("You asked to take part on %(date)s.") % {"date": show(answers.claim_made_on)})
    if d.two_year_anniversary is not None:
        if d.two_year_anniversary > assessment.assessed_on:
            text = _("Your two years in a municipality run out on %(date)s.")
        else:
            text = _("Your two years in a municipality ran out on %(date)s.")
        lines.append(text % {"date": show(d.two_year_anniversary)})
    if d.latest_start is not None and assessment.outcome in _HAS_START_DEADLINE:
        if d.latest_start_after_claim is not None and d.latest_start == d.latest_start_after_claim:
            text = _("Latest start of the programme: %(date)s, three months after you asked to take part.")
        else:
            text = _("Latest start of the programme: %(date)s, three months after you were settled.")
        lines.append(text % {"date": show(d.latest_start)})
    if d.reference_person_five_year_anniversary is not None:
        lines.append(
            _("Five years after your family member was settled: %(date)s.")
            % {"date": show(d.reference_person_five_year_anniversary)}
        )
        if answers.family_application_on is not None:
            lines.append(
                _("You applied for family immigration on %(date)s.")
                % {"date": show(answers.family_application_on)}
            )
    if d.temporary_rules_ended_on is not None:
        lines.append(
            _("The temporary rules for collective protection ended on %(date)s.")
            % {"date": show(d.temporary_rules_ended_on)}
        )
    if lines:
        st.header(_("Important dates"), anchor=False)
        st.markdown("\n".join(f"- {line}" for line in lines))


def _caveats(assessment: Assessment) -> None:
    notes = [note for note in assessment.caveats if note.code is not Caveat.CLAIM_NOW]
    if not notes:
        return
    st.header(_("Good to know"), anchor=False)
    for note in notes:
        st.markdown(f"- {_fill(_(CAVEAT[note.code]), assessment)}")
        st.caption(law_link(note.law))


def _bullets(*lines: str) -> None:
    st.markdown("\n".join(f"- {line}" for line in lines))


def _next_steps(outcome: Outcome) -> None:
    st.header(_("What you can do now"), anchor=False)
    if outcome in _CAN_ASK:
        first = (
            _(
                "Ask the municipality whether it will offer you the programme. It may say yes, but it does "
                "not have to."
            )
            if outcome is Outcome.MAY_BE_OFFERED
            else _("Ask to take part in the programme, in writing, for example by email. Keep a copy.")
        )
        _bullets(
            _(
                "Contact the refugee service (flyktningtjenesten) in your municipality. The office may "
                "have another name: the municipality's website or service centre can help you."
            ),
            first,
        )
        st.subheader(_("Bring this"), anchor=False)
        _bullets(
            _("the decision letter (vedtak) from UDI or UNE about your residence permit"),
            _("your residence card (oppholdskort)"),
            _("the letter about your settlement in the municipality, if you have it"),
            _("this result, printed or as a picture on your phone"),
        )
        st.subheader(_("What the municipality decides"), anchor=False)
        _bullets(
            _("Whether you can take part in the programme (vedtak om deltakelse) or not (vedtak om avslag)."),
            _("An integration plan (integreringsplan) that the municipality makes together with you."),
        )
        _appeal()
    elif outcome is Outcome.NOT_ENTITLED:
        _bullets(
            _(
                "If you think something here is wrong, talk to the refugee service (flyktningtjenesten) in "
                "your municipality anyway. The municipality decides, and you can ask for a written decision."
            ),
        )
        st.subheader(_("Other help"), anchor=False)
        _bullets(
            _(
                "Norwegian lessons and social studies (opplæring i norsk og samfunnskunnskap) have their own "
                "rules about who can take part. Ask the municipality."
            ),
            _("NAV can help you with work, courses and money to live on."),
        )
        _appeal()
    else:
        _bullets(
            _("Find the letters named above and take the check again."),
            _(
                "Or ask the refugee service (flyktningtjenesten) in your municipality. Bring the decision "
                "letter from UDI or UNE and your residence card."
            ),
        )


def _appeal() -> None:
    st.subheader(_("If you disagree with a decision"), anchor=False)
    st.markdown(
        _(
            "You can appeal (klage). Send the appeal to the municipality within three weeks after you got "
            "the decision. If the municipality does not change its decision, Statsforvalteren (the County "
            "Governor) decides."
        )
    )
    st.caption(law_link(APPEAL_DEADLINE))
