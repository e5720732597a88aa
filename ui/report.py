"""The result as one report, in the order a person needs it, drawn twice: on the page (`ui/result.py`)
and in the summary PDF (`ui/summary.py`), so the two can never say different things.

1. the outcome in one hedged sentence, and "this is not a decision";
2. what to do now, and by when;
3. the dates that matter, each marked as ahead (what to do before it) or passed (what that means now);
4. why: the conditions that decided the outcome, in plain words, with the place in the law;
5. good to know (caveats); if you disagree (appeal);
6. for helpers: every condition, every date the rules computed, the answers.

Pure: no Streamlit. Every text is plain text (never Markdown): the page escapes it. A condition that
did not decide the outcome is never shown as a failure, and a question that was never asked is never
called unknown: only an answer of "I don't know" is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from logic import (
    APPEAL,
    Assessment,
    Caveat,
    Condition,
    Fact,
    Finding,
    LawRef,
    Outcome,
    Reason,
    Status,
    figures,
)
from ui.claim import fields_of
from ui.explain import assessed_on_text, fill
from ui.i18n import N_, Texts
from ui.messages import (
    CAVEAT,
    CONDITION_LABEL,
    DATE_LABEL,
    OUTCOME_LEAD,
    OUTCOME_ONCE_SETTLED,
    OUTCOME_SHORT,
    OUTCOME_TITLE,
    REASON,
    STATUS_LABEL,
    WORK_LEAD,
)
from ui.questions import QUESTIONS, answer_text, shown, stored


class Tone(StrEnum):
    """How an item reads: a date ahead or passed, a condition met or not, or plain."""

    PLAIN = "plain"
    AHEAD = "ahead"
    PASSED = "passed"
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Part(StrEnum):
    """The sections of the report, in order."""

    TODO = "todo"
    MISSING = "missing"
    DATES = "dates"
    WHY = "why"
    GOOD_TO_KNOW = "good_to_know"
    APPEAL = "appeal"
    REASONING = "reasoning"


@dataclass(frozen=True)
class Item:
    """One line of a section: plain text, an optional bold label before it, its place in the law."""

    text: str
    label: str = ""
    tone: Tone = Tone.PLAIN
    law: LawRef | None = None
    inline: bool = False  # a short value: "label: text" on one line


@dataclass(frozen=True)
class Section:
    """A heading and its items."""

    part: Part
    heading: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Report:
    """The whole result in one language."""

    title: str
    lead: str
    not_a_decision: str
    sections: tuple[Section, ...]
    footer: tuple[str, ...]

    def section(self, part: Part) -> Section | None:
        """The section of this part, if the report has one."""
        return next((s for s in self.sections if s.part is part), None)


NOT_A_DECISION = N_("This is not a decision. The municipality decides.")
HEADINGS: dict[Part, str] = {
    Part.TODO: N_("What you can do now"),
    Part.MISSING: N_("What we need to know"),
    Part.DATES: N_("Important dates"),
    Part.WHY: N_("Why"),
    Part.GOOD_TO_KNOW: N_("Good to know"),
    Part.APPEAL: N_("If you disagree with a decision"),
    Part.REASONING: N_("Full reasoning (for helpers)"),
}
_CAN_ASK = frozenset({Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY, Outcome.MAY_BE_OFFERED})
_HAS_START_DEADLINE = frozenset({Outcome.RIGHT_AND_DUTY, Outcome.RIGHT_WITHOUT_DUTY})
_STATUS_TONE = {Status.MET: Tone.MET, Status.NOT_MET: Tone.NOT_MET, Status.UNKNOWN: Tone.UNKNOWN}


@dataclass(frozen=True)
class Facts:
    """What the person answered: the answers on their path and the questions asked."""

    answers: Mapping[str, Any]
    asked: tuple[Fact, ...]

    def asked_fact(self, fact: Fact) -> bool:
        """Whether the question that gives this fact was asked (answered or "I don't know")."""
        return any(fact.value in fields_of(question) for question in self.asked)


def build(
    assessment: Assessment, facts: Facts, t: Texts, real_today: date, *, reasoning: bool = True
) -> Report:
    """The report of an assessment, in the language of `t` (`real_today`: whether it was assessed as on
    another day, a helper's choice). Dates are ahead or passed as on the assessment date.

    `reasoning=False` leaves out the full reasoning for helpers (the page makes it when it is opened:
    `reasoning_section`)."""
    outcome = assessment.outcome
    barred_by_work = assessment.dates.right_returns_if_work_ends_before is not None
    lead = WORK_LEAD if barred_by_work else OUTCOME_LEAD[outcome]
    sections = [
        _todo(assessment, t),
        _missing(assessment, t),
        _dates(assessment, facts, t),
        why := _why(assessment, facts, t),
        _good_to_know(assessment, t),
        _appeal(assessment, t),
        _reasoning(assessment, facts, t, why) if reasoning else None,
    ]
    footer = (
        assessed_on_text(assessment, t, real_today),
        t.gettext("The rules were checked against the Act on %(date)s.")
        % {"date": t.date(assessment.law_checked_on)},
    )
    return Report(
        title=t.gettext(OUTCOME_TITLE[outcome]),
        lead=fill(t.gettext(lead), assessment, t),
        not_a_decision=t.gettext(NOT_A_DECISION),
        sections=tuple(s for s in sections if s is not None and s.items),
        footer=footer,
    )


def _section(part: Part, t: Texts, items: list[Item]) -> Section:
    return Section(part, t.gettext(HEADINGS[part]), tuple(items))


# --- 2. what to do now ----------------------------------------------------------------------------


def _todo(assessment: Assessment, t: Texts) -> Section:
    outcome = assessment.outcome
    d = assessment.dates
    items: list[Item] = []
    if any(note.code is Caveat.CLAIM_NOW for note in assessment.caveats) and d.two_year_anniversary:
        items.append(
            Item(
                t.gettext(
                    "Ask the municipality to take part now, in writing, for example by email, and keep a "
                    "copy. Your time for the right runs out on %(date)s."
                )
                % {"date": t.date(d.two_year_anniversary)},
                tone=Tone.AHEAD,
            )
        )
    if outcome is Outcome.ALREADY_IN_PROGRAMME:
        items.append(Item(t.gettext("Talk to your contact person in the programme if you have questions.")))
    elif outcome in _CAN_ASK:
        items.append(
            Item(
                t.gettext(
                    "Contact the refugee service (flyktningtjenesten) in your municipality. The office may "
                    "have another name: the municipality's website or service centre can help you."
                )
            )
        )
        items.append(
            Item(
                t.gettext(
                    "Ask the municipality whether it will offer you the programme. It may say yes, but it "
                    "does not have to."
                )
                if outcome is Outcome.MAY_BE_OFFERED
                else t.gettext(
                    "Ask to take part in the programme, in writing, for example by email. Keep a copy."
                )
            )
        )
        if outcome in _HAS_START_DEADLINE and d.latest_start is not None:
            items.append(_start_deadline(assessment, t))
        items.append(
            Item(
                t.gettext(
                    "Bring the decision letter (vedtak) from UDI or UNE, your residence card "
                    "(oppholdskort), the letter about your settlement if you have it, and this result."
                )
            )
        )
        items.append(
            Item(
                t.gettext(
                    "The municipality then decides whether you can take part (vedtak om deltakelse) or not "
                    "(vedtak om avslag), and makes an integration plan (integreringsplan) with you."
                )
            )
        )
    elif outcome is Outcome.NOT_ENTITLED:
        if d.right_returns_if_work_ends_before is not None:
            items.append(
                Item(
                    t.gettext(
                        "If your job ends, or the job offer falls away, before %(date)s, contact the "
                        "municipality then: you will have the right and the duty to take part."
                    )
                    % {"date": t.date(d.right_returns_if_work_ends_before)},
                    tone=Tone.AHEAD,
                )
            )
        items.append(
            Item(
                t.gettext(
                    "If you think something here is wrong, talk to the refugee service "
                    "(flyktningtjenesten) in your municipality anyway. The municipality decides, and you "
                    "can ask for a written decision."
                )
            )
        )
        items.append(
            Item(
                t.gettext(
                    "Norwegian lessons and social studies (opplæring i norsk og samfunnskunnskap) have "
                    "their own rules about who can take part. Ask the municipality."
                )
            )
        )
        items.append(Item(t.gettext("NAV can help you with work, courses and money to live on.")))
    else:
        once = assessment.outcome_once_settled
        if once is not None:
            items.append(Item(t.gettext(OUTCOME_ONCE_SETTLED[once])))
        items.append(Item(t.gettext("Find the answers named below and take the check again.")))
        items.append(
            Item(
                t.gettext(
                    "Or ask the refugee service (flyktningtjenesten) in your municipality. Bring the "
                    "decision letter from UDI or UNE and your residence card."
                )
            )
        )
    return _section(Part.TODO, t, items)


def _start_deadline(assessment: Assessment, t: Texts) -> Item:
    """§ 12 (2): the latest start, ahead (what the municipality must do by then) or passed (act now)."""
    d = assessment.dates
    deadline = d.latest_start
    assert deadline is not None
    values = {"date": t.date(deadline)}
    if "latest_start" in assessment.dates_passed:
        text = t.gettext(
            "The municipality should have decided on and started your programme by %(date)s. That date "
            "has passed: contact the municipality now and ask when you can start."
        )
        return Item(text % values, tone=Tone.PASSED)
    text = t.gettext("The municipality must decide on and start your programme by %(date)s at the latest.")
    return Item(text % values, tone=Tone.AHEAD)


# --- what is missing (needs more information) ------------------------------------------------------


def _missing(assessment: Assessment, t: Texts) -> Section | None:
    if assessment.outcome is not Outcome.NEEDS_MORE_INFORMATION:
        return None
    on = assessment.assessed_on
    questions = dict.fromkeys(_question_of(fact) for fact in assessment.missing)
    items = [
        Item(shown(QUESTIONS[q].where, t, on), label=shown(QUESTIONS[q].summary, t, on)) for q in questions
    ]
    possible = [o for o in assessment.possible_outcomes if o is not Outcome.NEEDS_MORE_INFORMATION]
    if len(possible) > 1:
        outcomes = "; ".join(t.gettext(OUTCOME_SHORT[o]) for o in possible)
        text = t.gettext("Depending on the missing answers, the result could be: %(outcomes)s.")
        items.append(Item(text % {"outcomes": outcomes}))
    return _section(Part.MISSING, t, items)


def _question_of(fact: Fact) -> Fact:
    """The question that asks for a fact (the claim question gives three)."""
    return next((q for q in QUESTIONS if fact.value in fields_of(q)), fact)


# --- 3. the dates that matter ---------------------------------------------------------------------


def _dates(assessment: Assessment, facts: Facts, t: Texts) -> Section:
    d = assessment.dates
    a = facts.answers
    items: list[Item] = []
    if assessment.outcome is Outcome.ALREADY_IN_PROGRAMME:
        return _section(Part.DATES, t, items)
    if d.age_at_permit is not None and a.get("permit_granted_on") is not None:
        text = t.ngettext(
            "You were %(age)d year old when your permit was granted (%(date)s).",
            "You were %(age)d years old when your permit was granted (%(date)s).",
            d.age_at_permit,
        )
        items.append(Item(text % {"age": d.age_at_permit, "date": t.date(a["permit_granted_on"])}))
    if a.get("claim_made_on") is not None:
        text = t.gettext("You asked the municipality to take part on %(date)s.")
        items.append(Item(text % {"date": t.date(a["claim_made_on"])}))
    anniversary = d.two_year_anniversary
    if anniversary is not None and d.right_returns_if_work_ends_before is None:
        items.append(_anniversary(assessment, t, anniversary, a.get("claim_made_on")))
    if d.right_returns_if_work_ends_before is not None:
        day = d.right_returns_if_work_ends_before
        values = {"date": t.date(day), **_numbers(assessment)}
        if "right_returns_if_work_ends_before" not in assessment.dates_passed:
            text = t.gettext(
                "%(date)s: if your job ends before this day, you have the right and the duty to take part."
            )
            items.append(Item(text % values, tone=Tone.AHEAD))
        else:
            text = t.gettext("%(date)s: your time in a municipality for the right ran out on this day.")
            items.append(Item(text % values, tone=Tone.PASSED))
    five = d.reference_person_five_year_anniversary
    applied = a.get("family_application_on")
    if five is not None and applied is not None:
        text = (
            t.gettext(
                "You applied for family immigration on %(applied)s. Your family member had then lived in "
                "a municipality for less than %(reference_person_years)d years (that would have been "
                "%(date)s)."
            )
            if applied < five
            else t.gettext(
                "You applied for family immigration on %(applied)s. Your family member had then lived in "
                "a municipality for %(reference_person_years)d years or more (since %(date)s)."
            )
        )
        values = {"applied": t.date(applied), "date": t.date(five), **_numbers(assessment)}
        items.append(Item(text % values))
    if d.temporary_rules_ended_on is not None:
        text = t.gettext("The right without a duty for people with collective protection ended on %(date)s.")
        items.append(Item(text % {"date": t.date(d.temporary_rules_ended_on)}, tone=Tone.PASSED))
    return _section(Part.DATES, t, [_marked(item, t) for item in items])


def _marked(item: Item, t: Texts) -> Item:
    """A date ahead or passed says so in words before it (never by colour alone)."""
    if item.tone is Tone.AHEAD:
        return Item(item.text, label=t.gettext("Coming up"), tone=item.tone, inline=True)
    if item.tone is Tone.PASSED:
        return Item(item.text, label=t.gettext("Has passed"), tone=item.tone, inline=True)
    return item


def _anniversary(assessment: Assessment, t: Texts, anniversary: date, claim: date | None) -> Item:
    """The day the time in a municipality for the right runs out, ahead or passed, and what it means."""
    values = {"date": t.date(anniversary), **_numbers(assessment)}
    if "two_year_anniversary" not in assessment.dates_passed:
        if assessment.outcome in _CAN_ASK:
            text = t.gettext(
                "Your %(settlement_years)d years in a municipality run out on %(date)s. Ask the "
                "municipality to take part before then."
            )
        else:
            text = t.gettext("Your %(settlement_years)d years in a municipality run out on %(date)s.")
        return Item(text % values, tone=Tone.AHEAD)
    if claim is not None and claim < anniversary:
        text = t.gettext(
            "Your %(settlement_years)d years in a municipality ran out on %(date)s. You asked before that "
            "day, so your time is counted until the day you asked."
        )
    else:
        text = t.gettext("Your %(settlement_years)d years in a municipality ran out on %(date)s.")
    return Item(text % values, tone=Tone.PASSED)


def _numbers(assessment: Assessment) -> dict[str, object]:
    return {k: v for k, v in figures(assessment.assessed_on).items() if not isinstance(v, date)}


# --- 4. why -----------------------------------------------------------------------------------------


def _decided(assessment: Assessment, finding: Finding) -> bool:
    """Whether a finding belongs under "why": it is met, or it is what stands in the way, or it is an
    unknown the outcome waits for. A rule that did not apply on the day (the right without a duty after
    2025) did not decide anything."""
    if finding.reason is Reason.TEMPORARY_RULES_NOT_IN_FORCE:
        return False
    if finding.condition is Condition.TEMPORARY_RULES and finding.status is Status.NOT_MET:
        return False  # the ordinary rules apply: not a failure
    if finding.status is Status.UNKNOWN:
        return bool(set(finding.missing) & set(assessment.missing))
    return True


def _finding_item(finding: Finding, assessment: Assessment, t: Texts, status: str | None = None) -> Item:
    """A condition: its label and status word ("Yes", "No", "We do not know"), then the reason."""
    condition = fill(t.gettext(CONDITION_LABEL[finding.condition]), assessment, t)
    word = status if status is not None else t.gettext(STATUS_LABEL[finding.status])
    return Item(
        fill(t.gettext(REASON[finding.reason]), assessment, t),
        label=t.gettext("%(condition)s: %(status)s") % {"condition": condition, "status": word},
        tone=_STATUS_TONE[finding.status],
        law=finding.law,
    )


def _why(assessment: Assessment, facts: Facts, t: Texts) -> Section:
    shown_findings = [f for f in assessment.findings if _decided(assessment, f) and _was_asked(f, facts)]
    # What stands in the way first, then what is unknown, then what holds.
    order = {Status.NOT_MET: 0, Status.UNKNOWN: 1, Status.MET: 2}
    shown_findings.sort(key=lambda f: order[f.status])
    return _section(Part.WHY, t, [_finding_item(f, assessment, t) for f in shown_findings])


def _was_asked(finding: Finding, facts: Facts) -> bool:
    """An unknown finding is shown only when its missing answer was asked and not known."""
    if finding.status is not Status.UNKNOWN:
        return True
    return all(facts.asked_fact(fact) for fact in finding.missing)


# --- 5. good to know, appeal ------------------------------------------------------------------------


def _good_to_know(assessment: Assessment, t: Texts) -> Section:
    items = [
        Item(fill(t.gettext(CAVEAT[note.code]), assessment, t), law=note.law)
        for note in assessment.caveats
        if note.code is not Caveat.CLAIM_NOW  # said under "what you can do now"
    ]
    return _section(Part.GOOD_TO_KNOW, t, items)


def _appeal(assessment: Assessment, t: Texts) -> Section | None:
    if assessment.outcome in {Outcome.NEEDS_MORE_INFORMATION, Outcome.ALREADY_IN_PROGRAMME}:
        return None
    text = t.gettext(
        "You can appeal (klage). Send the appeal to the municipality within three weeks after you got "
        "the decision. If the municipality does not change its decision, Statsforvalteren decides: the "
        "state's office in your county that handles appeals."
    )
    return _section(Part.APPEAL, t, [Item(text, law=APPEAL)])


# --- 6. for helpers ---------------------------------------------------------------------------------


def reasoning_heading(t: Texts) -> str:
    """The heading of the full reasoning for helpers."""
    return t.gettext(HEADINGS[Part.REASONING])


def reasoning_section(assessment: Assessment, facts: Facts, t: Texts) -> Section:
    """The full reasoning for helpers alone, as `build` makes it."""
    return _reasoning(assessment, facts, t, _why(assessment, facts, t))


def _reasoning(assessment: Assessment, facts: Facts, t: Texts, why: Section) -> Section:
    items = [
        Item(
            t.gettext(
                "The conditions the rules checked that are not listed above, the dates the rules computed, "
                "and the answers."
            )
        )
    ]
    above = {item.label for item in why.items}
    for finding in assessment.findings:
        if _finding_item(finding, assessment, t).label in above:
            continue
        status = None
        if finding.status is Status.UNKNOWN and not _was_asked(finding, facts):
            status = t.gettext("not asked, not needed for this result")
        items.append(_finding_item(finding, assessment, t, status))
    for name, value in assessment.dates.as_dict().items():
        if value is None:
            continue
        shown_value = t.date(value) if isinstance(value, date) else str(value)
        label = fill(t.gettext(DATE_LABEL[name]), assessment, t)
        items.append(Item(shown_value, label=label, inline=True))
    for question in facts.asked:
        row = QUESTIONS[question]
        value = stored(row, facts.answers)
        label = shown(row.summary, t, assessment.assessed_on)
        items.append(Item(answer_text(row, value, t), label=label, inline=True))
    items.append(Item(t.gettext("Rules version: %(version)s") % {"version": assessment.rules_version}))
    return _section(Part.REASONING, t, items)
