"""The result page's sections: the outcome, what is missing, each condition, the dates that decided
it, what to know, and what to do next. Always: this is not a decision.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import streamlit as st

from logic import APPEAL_DEADLINE, Answers, Assessment, Caveat, Fact, LawRef, Outcome, Status
from ui import keep, state, summary
from ui.explain import assessed_on_text, date_lines, fill
from ui.flow import Path
from ui.i18n import _, texts
from ui.messages import (
    CAVEAT,
    CONDITION_LABEL,
    DATE_LABEL,
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


def law_link(law: LawRef) -> str:
    """A law reference as a Markdown link to Lovdata (plain text where Lovdata has no page)."""
    url = law.url
    return str(law) if url is None else f"[{law}]({quote(url, safe=':/')})"


def render(assessment: Assessment, path: Path) -> None:
    """The whole result."""
    answers = path.model()
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
    _reasoning(assessment, answers)
    _keep(assessment, path)
    st.caption(assessed_on_text(assessment, texts(), state.real_today()))


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
    # A condition left unknown that could not change the result is only in the full reasoning:
    # here it would read as a question the person should have answered.
    missing = set(assessment.missing)
    for finding in assessment.findings:
        if finding.status is Status.UNKNOWN and not missing & set(finding.missing):
            continue
        label = _(CONDITION_LABEL[finding.condition])
        status = _(STATUS_LABEL[finding.status])
        st.markdown(f"{STATUS_ICON[finding.status]} **{label}: {status}**  \n{_(REASON[finding.reason])}")
        st.caption(law_link(finding.law))


def _dates(assessment: Assessment, answers: Answers) -> None:
    lines = date_lines(assessment, answers, texts())
    if lines:
        st.header(_("Important dates"), anchor=False)
        st.markdown("\n".join(f"- {line}" for line in lines))


def _caveats(assessment: Assessment) -> None:
    notes = [note for note in assessment.caveats if note.code is not Caveat.CLAIM_NOW]
    if not notes:
        return
    st.header(_("Good to know"), anchor=False)
    for note in notes:
        st.markdown(f"- {fill(_(CAVEAT[note.code]), assessment, texts())}")
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


def _reasoning(assessment: Assessment, answers: Answers) -> None:
    """For volunteers and caseworkers: every finding with its status, reason, section and missing facts,
    and every date the rules computed."""
    t = texts()
    with st.expander(_("Full reasoning (for helpers)"), icon=":material/account_tree:"):
        st.markdown(
            _(
                "Every condition the rules checked, in the order of the Act: the status, the reason, the "
                "section of the Act and the answers that are missing."
            )
        )
        for finding in assessment.findings:
            rows = [
                f"**{_(CONDITION_LABEL[finding.condition])}**",
                _("Status: %(status)s") % {"status": _(STATUS_LABEL[finding.status])},
                _("Reason: %(reason)s") % {"reason": fill(_(REASON[finding.reason]), assessment, t)},
                _("Section: %(law)s") % {"law": law_link(finding.law)},
            ]
            if finding.missing:
                names = ", ".join(_(QUESTIONS[fact].summary) for fact in finding.missing)
                rows.append(_("Not known: %(answers)s") % {"answers": names})
            st.markdown("  \n".join(rows))
        computed = [
            (_(DATE_LABEL[name]), t.date(value) if isinstance(value, date) else str(value))
            for name, value in assessment.dates.model_dump().items()
            if value is not None
        ]
        if computed:
            heading = _("Dates and figures the rules computed")
            st.markdown(f"**{heading}**")
            st.markdown("\n".join(f"- {label}: {value}" for label, value in computed))
        basis = [
            _("Assessment date: %(date)s") % {"date": t.date(assessment.assessed_on)},
            _("Rules version: %(version)s") % {"version": assessment.rules_version},
        ]
        st.markdown("\n".join(f"- {line}" for line in basis))


def _keep(assessment: Assessment, path: Path) -> None:
    """A one-page summary to keep (PDF, in the chosen language with bokmål beside it), handed to the
    person's own browser when they press the button; on a kiosk, nothing (see `ui/keep.py`)."""
    lang = state.language()
    real_today = state.real_today()
    keep.offer(lambda: summary.pdf(assessment, path, lang, real_today), english_beside=lang != "nb")
