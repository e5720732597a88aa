"""The question table: one row per `logic.Fact`, so adding a fact is a row and its texts.

Each row gives the kind of answer (a choice or a typed date), the question (the page heading), a
short hint, the "Where do I find this?" text (docs/rules.md section 7), the options, whether "I don't
know" is offered, and the short label used on the check-your-answers page and in the list of
missing facts. Texts are msgids marked with `N_`; pages translate them with `_` when shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from logic import Fact, PermitBasis, ReferencePersonBasis
from ui import state
from ui.claim import ASKED, IN_PROGRAMME, NOT_ASKED, claim_choice, fields_of
from ui.explain import fill_on
from ui.i18n import N_, Texts, texts

DONT_KNOW = "dont_know"  # the "I don't know" option of a choice; stored as "no answer"

GROUP_PERMIT = N_("Your residence permit")
GROUP_FAMILY = N_("The family member you came to live with")
GROUP_YOU = N_("About you")
GROUP_HOME = N_("Where you live")
GROUP_PROGRAMME = N_("The programme")
GROUPS = (GROUP_PERMIT, GROUP_FAMILY, GROUP_YOU, GROUP_HOME, GROUP_PROGRAMME)

I_DONT_KNOW = N_("I don't know")
I_DONT_KNOW_THE_DATE = N_("I don't know the date")


class Kind(StrEnum):
    """How a question is answered."""

    CHOICE = "choice"
    DATE = "date"
    CLAIM = "claim"  # a choice, one of whose answers comes with a date (C17: the claim question)


@dataclass(frozen=True)
class Option:
    """One answer to a choice question: the stored value, its label and an optional explanation.

    `heading` names the group of options that starts here (a long list, grouped so a person finds
    theirs); the options of a group follow each other."""

    value: Any
    label: str
    caption: str = ""
    heading: str = ""


@dataclass(frozen=True)
class Question:
    """One row of the table."""

    fact: Fact
    kind: Kind
    group: str
    heading: str
    hint: str
    where: str
    summary: str  # short label: check-your-answers page, list of missing facts
    options: tuple[Option, ...] = ()
    unknown_label: str | None = I_DONT_KNOW  # None: "I don't know" is not offered
    unknown_summary: str = I_DONT_KNOW  # how a question answered with `unknown_label` reads
    hint_dates: tuple[str, ...] = ()  # `logic.KeyDates` fields named in the hint as %(field)s

    def choices(self) -> tuple[Option, ...]:
        """The options shown, with "I don't know" last where it is offered."""
        if self.kind is Kind.DATE or self.unknown_label is None:
            return self.options
        return (*self.options, Option(DONT_KNOW, self.unknown_label))

    def label_of(self, value: Any) -> str:
        """The msgid of the option with this value."""
        return next(option.label for option in self.options if option.value == value)


YES = N_("Yes")
NO = N_("No")


def _yes_no(yes: str = YES, no: str = NO) -> tuple[Option, ...]:
    return (Option(True, yes), Option(False, no))


# Grouped, so a person finds theirs among 13: asylum and protection, then family, then other permits.
# Each group's first option names the group.
_PERMIT_BASIS_OPTIONS = (
    Option(
        PermitBasis.REFUGEE,
        N_("Refugee (asylum)"),
        N_("You applied for asylum in Norway and were granted protection as a refugee (§ 28)."),
        heading=N_("Asylum, refugee or protection"),
    ),
    Option(
        PermitBasis.RESETTLEMENT_REFUGEE,
        N_("Resettlement refugee (quota refugee)"),
        N_(
            "You were selected through the UN (UNHCR) and got your permit before you travelled to "
            "Norway (§ 35)."
        ),
    ),
    Option(
        PermitBasis.COLLECTIVE_PROTECTION,
        N_("Collective protection"),
        N_("Temporary protection given to a whole group, for example people displaced from Ukraine (§ 34)."),
    ),
    Option(
        PermitBasis.HUMANITARIAN_AFTER_ASYLUM,
        N_("Humanitarian grounds, after applying for asylum"),
        N_(
            "You applied for asylum and were not recognised as a refugee, but got a permit on strong "
            "humanitarian grounds (§ 38)."
        ),
    ),
    Option(
        PermitBasis.HUMANITARIAN_OTHER,
        N_("Humanitarian grounds, in another kind of case"),
        N_("You got a permit on humanitarian grounds (§ 38), but not after applying for asylum."),
    ),
    Option(
        PermitBasis.LIMITED_FAMILY_WITH_CHILDREN,
        N_("Limited permit, family with children"),
        N_(
            "Your permit is limited, for example because your identity is not confirmed, and you are "
            "part of a family with children (§ 38 fifth paragraph)."
        ),
    ),
    Option(
        PermitBasis.LIMITED_OTHER,
        N_("Another limited permit"),
        N_("Your permit is limited, but you are not part of a family with children."),
    ),
    Option(PermitBasis.ASYLUM_SEEKER, N_("I have applied for asylum and am waiting for an answer")),
    Option(
        PermitBasis.FAMILY_IMMIGRATION,
        N_("Family immigration"),
        N_("You came to live with a family member in Norway (chapter 6)."),
        heading=N_("Family"),
    ),
    Option(
        PermitBasis.INDEPENDENT,
        N_("Your own permit after a relationship ended"),
        N_(
            "You came through family immigration, the relationship ended, and now you have your own "
            "permit (independent basis, § 53)."
        ),
    ),
    Option(PermitBasis.EEA_OR_NORDIC, N_("Citizen of a Nordic or EEA country"), heading=N_("Other permits")),
    Option(PermitBasis.WORK_OR_STUDY, N_("Permit for work or study")),
    Option(PermitBasis.OTHER, N_("Something else")),
)

_REFERENCE_BASIS_OPTIONS = (
    Option(ReferencePersonBasis.REFUGEE, N_("Refugee (asylum)")),
    Option(ReferencePersonBasis.RESETTLEMENT_REFUGEE, N_("Resettlement refugee (quota refugee)")),
    Option(
        ReferencePersonBasis.HUMANITARIAN_AFTER_ASYLUM,
        N_("Humanitarian grounds, after applying for asylum"),
    ),
    Option(ReferencePersonBasis.HUMANITARIAN_OTHER, N_("Humanitarian grounds, in another kind of case")),
    Option(ReferencePersonBasis.LIMITED_FAMILY_WITH_CHILDREN, N_("Limited permit, family with children")),
    Option(ReferencePersonBasis.LIMITED_OTHER, N_("Another limited permit")),
    Option(
        ReferencePersonBasis.COLLECTIVE_PROTECTION,
        N_("Collective protection"),
        N_("For example people displaced from Ukraine."),
    ),
    Option(
        ReferencePersonBasis.FAMILY_IMMIGRATION,
        N_("Family immigration"),
        N_("They also came to live with family in Norway."),
    ),
    Option(ReferencePersonBasis.INDEPENDENT, N_("Their own permit after a relationship ended")),
    Option(
        ReferencePersonBasis.PERMANENT_RESIDENCE_AFTER_PROTECTION,
        N_("Permanent residence, after a permit as a refugee or with protection"),
        N_("A permanent residence permit granted on the basis of one of the permits above."),
    ),
    Option(ReferencePersonBasis.NORWEGIAN_CITIZEN, N_("Norwegian citizen")),
    Option(ReferencePersonBasis.EEA_OR_NORDIC, N_("Citizen of a Nordic or EEA country")),
    Option(ReferencePersonBasis.WORK_OR_STUDY, N_("Permit for work or study")),
    Option(ReferencePersonBasis.ASYLUM_SEEKER, N_("Has applied for asylum and is waiting for an answer")),
    Option(ReferencePersonBasis.OTHER, N_("Something else")),
)

_WHERE_DECISION_LETTER = N_(
    "Look in the **decision letter (vedtak)** from UDI or UNE about your permit. It says which section "
    "of the Immigration Act (utlendingsloven) the permit is based on:\n\n"
    "- § 28: refugee\n"
    "- § 35: resettlement refugee\n"
    "- § 38: humanitarian grounds, or a limited permit\n"
    "- § 34: collective protection\n"
    "- chapter 6, for example § 40: family immigration\n"
    "- § 53: your own permit after a relationship ended\n\n"
    "The residence card (oppholdskort) usually does not show this. If you cannot find the letter, "
    "ask the refugee service (flyktningtjenesten) in your municipality."
)
_WHERE_SETTLEMENT = N_(
    "Look in the **letter about settlement (bosetting)** from IMDi or the municipality, or in your "
    "tenancy agreement. The refugee service (flyktningtjenesten) in the municipality can tell you the date."
)
_WHERE_REFERENCE_SETTLEMENT = N_(
    "Ask your family member when they moved from the reception centre to a municipality. Their letter "
    "about settlement (bosetting) from IMDi or the municipality shows the date."
)

QUESTIONS: dict[Fact, Question] = {
    q.fact: q
    for q in (
        Question(
            Fact.PERMIT_BASIS,
            Kind.CHOICE,
            GROUP_PERMIT,
            heading=N_("What kind of residence permit do you have?"),
            hint=N_("Choose the one that matches the decision letter (vedtak) from UDI or UNE."),
            where=_WHERE_DECISION_LETTER,
            summary=N_("Kind of residence permit"),
            options=_PERMIT_BASIS_OPTIONS,
        ),
        Question(
            Fact.INDEPENDENT_AFTER_DEATH,
            Kind.CHOICE,
            GROUP_PERMIT,
            heading=N_("Why did you get your own permit?"),
            hint=N_(
                "You got your own permit (independent basis) after the relationship with the family "
                "member you came to live with ended."
            ),
            where=N_(
                "The decision letter (vedtak) from UDI says which part of § 53 your permit is based on. "
                "«§ 53 first paragraph letter a» means that the family member died."
            ),
            summary=N_("Why you got your own permit"),
            options=(
                Option(True, N_("My family member died")),
                Option(False, N_("Another reason, for example violence or abuse in the relationship")),
            ),
        ),
        Question(
            Fact.REFERENCE_PERSON_BASIS,
            Kind.CHOICE,
            GROUP_FAMILY,
            heading=N_(
                "What kind of permit did the family member you came to live with have when you applied?"
            ),
            hint=N_(
                "This is the person in Norway you applied to live with (the reference person, "
                "referanseperson)."
            ),
            where=N_(
                "Your own decision letter (vedtak) from UDI usually names the family member you came to "
                "live with. Their own decision letter shows which permit they have."
            ),
            summary=N_("Your family member's permit"),
            options=_REFERENCE_BASIS_OPTIONS,
        ),
        Question(
            Fact.REFERENCE_PERSON_SETTLED_AT_APPLICATION,
            Kind.CHOICE,
            GROUP_FAMILY,
            heading=N_(
                "When you applied for family immigration, had your family member already been settled "
                "in a municipality?"
            ),
            hint=N_("Settled (bosatt) means that they lived in a municipality, not in a reception centre."),
            where=_WHERE_REFERENCE_SETTLEMENT,
            summary=N_("Family member settled when you applied"),
            options=_yes_no(no=N_("No, they were not settled yet")),
        ),
        Question(
            Fact.REFERENCE_PERSON_SETTLED_ON,
            Kind.DATE,
            GROUP_FAMILY,
            heading=N_("When was your family member first settled in a municipality?"),
            hint=N_(
                "The date they moved from the reception centre to a municipality. Not the date they "
                "came to Norway."
            ),
            where=_WHERE_REFERENCE_SETTLEMENT,
            summary=N_("When your family member was settled"),
            unknown_label=I_DONT_KNOW_THE_DATE,
        ),
        Question(
            Fact.FAMILY_APPLICATION_ON,
            Kind.DATE,
            GROUP_FAMILY,
            heading=N_("When did you apply for family immigration?"),
            hint=N_("The date your application was registered."),
            where=N_(
                "Look at the **receipt** from UDI, or in the application portal (Application Portal "
                "Norway). It shows the date the application was registered."
            ),
            summary=N_("When you applied for family immigration"),
            unknown_label=I_DONT_KNOW_THE_DATE,
        ),
        Question(
            Fact.DATE_OF_BIRTH,
            Kind.DATE,
            GROUP_YOU,
            heading=N_("What is your date of birth?"),
            hint=N_("Use the date on your residence card."),
            where=N_(
                "Your date of birth is on your **residence card (oppholdskort)**. Use the date that is "
                "registered there, even if you are not sure that it is right."
            ),
            summary=N_("Date of birth"),
            unknown_label=None,
        ),
        Question(
            Fact.PERMIT_GRANTED_ON,
            Kind.DATE,
            GROUP_PERMIT,
            heading=N_("On what date was your residence permit granted?"),
            hint=N_(
                "The date of the decision (vedtaksdato) in the letter from UDI or UNE. If you have had "
                "several permits, use the first one on this basis."
            ),
            where=N_(
                "The date is near the top of the **decision letter (vedtak)** from UDI or UNE. It is not "
                "the date on your residence card, and not the date you came to Norway."
            ),
            summary=N_("Date your permit was granted"),
            unknown_label=I_DONT_KNOW_THE_DATE,
        ),
        Question(
            Fact.ARRIVED_IN_NORWAY_ON,
            Kind.DATE,
            GROUP_YOU,
            heading=N_("When did you come to Norway?"),
            hint=N_("We ask because your permit is from before 2021."),
            where=N_(
                "The date you came is often in the papers from your asylum case, or in the letter from "
                "the police or UDI from when you were registered."
            ),
            summary=N_("When you came to Norway"),
            unknown_label=I_DONT_KNOW_THE_DATE,
        ),
        Question(
            Fact.SETTLED,
            Kind.CHOICE,
            GROUP_HOME,
            heading=N_("Have you been settled in a municipality?"),
            hint=N_("Settled (bosatt) means that you live in a municipality, not in a reception centre."),
            where=N_(
                "If you have had a letter from IMDi or the municipality about settlement (bosetting), you "
                "have been settled. The refugee service (flyktningtjenesten) in the municipality knows."
            ),
            summary=N_("Settled in a municipality"),
            options=_yes_no(
                yes=N_("Yes, I live in a municipality"),
                no=N_("No, not yet (I still live in a reception centre)"),
            ),
        ),
        Question(
            Fact.SETTLED_ON,
            Kind.DATE,
            GROUP_HOME,
            heading=N_("When were you settled in a municipality for the first time?"),
            hint=N_(
                "The date you started to live in a municipality, for example when you moved from the "
                "reception centre. Time in a reception centre does not count."
            ),
            where=_WHERE_SETTLEMENT,
            summary=N_("When you were settled"),
            unknown_label=I_DONT_KNOW_THE_DATE,
        ),
        Question(
            Fact.SETTLED_BY_AGREEMENT,
            Kind.CHOICE,
            GROUP_HOME,
            heading=N_("Did IMDi arrange for you to live in this municipality?"),
            hint=N_(
                "This is called settlement by agreement with IMDi (bosatt etter avtale med IMDi). It "
                "also counts if you found a home yourself and the municipality agreed to it first "
                "(avtalt selvbosetting)."
            ),
            where=N_(
                "If you were settled from a reception centre, you got a letter about it from IMDi or "
                "the municipality. If you later moved to another municipality on your own, the new "
                "municipality has no agreement with IMDi about you."
            ),
            summary=N_("Settled by agreement with IMDi"),
            options=_yes_no(
                yes=N_("Yes, IMDi and the municipality agreed on it"),
                no=N_("No, I moved here on my own"),
            ),
        ),
        Question(
            Fact.EARLIER_FAMILY_PERMIT,
            Kind.CHOICE,
            GROUP_PERMIT,
            heading=N_("Before your refugee permit, did you have a permit through family immigration?"),
            hint=N_(
                "For example, you first came to Norway to live with a family member who had protection, "
                "such as a refugee, and later got your own permit as a refugee."
            ),
            where=N_(
                "Your earlier decision letter (vedtak) from UDI about family immigration shows this. It "
                "names chapter 6 of the Immigration Act (utlendingsloven), for example § 40."
            ),
            summary=N_("Family immigration permit before the refugee permit"),
            options=_yes_no(no=N_("No, my first permit was as a refugee")),
        ),
        Question(
            Fact.CLAIM_MADE,
            Kind.CLAIM,
            GROUP_PROGRAMME,
            heading=N_("Have you asked the municipality to take part in the programme?"),
            hint=N_(
                "Asking counts as a claim (krav), for example by email, by letter or in a meeting. If your "
                "%(settlement_years)d years in a municipality have run out, a claim you made before they ran "
                "out still counts."
            ),
            where=N_(
                "Look for the **email or letter** you sent to the municipality or the refugee service. If "
                "you asked in a meeting, the refugee service may have written it down."
            ),
            summary=N_("Asked the municipality to take part"),
            options=(
                Option(ASKED, N_("Yes, I asked on this date")),
                Option(NOT_ASKED, N_("No, I have not asked")),
                Option(IN_PROGRAMME, N_("I have already started the programme")),
            ),
        ),
        Question(
            Fact.DECLINED_OR_DROPPED_OUT,
            Kind.CHOICE,
            GROUP_PROGRAMME,
            heading=N_("Have you said no to the introduction programme, or left it before it was finished?"),
            hint=N_("Answer no if you have not been offered the programme yet, or if you finished it."),
            where=N_(
                "If you said no or left the programme, the municipality may have sent you a letter about "
                "it. Ask the refugee service (flyktningtjenesten) if you are not sure."
            ),
            summary=N_("Said no to the programme or left it"),
            options=_yes_no(),
        ),
        Question(
            Fact.WORKS_30_HOURS_OR_MORE,
            Kind.CHOICE,
            GROUP_PROGRAMME,
            heading=N_(
                "Do you work %(work_hours)d hours a week or more, or have you been offered such a job?"
            ),
            hint=N_(
                "Count one job or job offer. A full-time week is usually %(full_time_hours)s hours, and "
                "%(work_share_percent)d percent of that is %(work_hours)d hours."
            ),
            where=N_(
                "Look in your **employment contract** or the **job offer**. It says how many hours a week "
                "you work, or the share of a full-time job (stillingsprosent)."
            ),
            summary=N_("Work of %(work_hours)d hours a week or more"),
            options=_yes_no(
                yes=N_("Yes, %(work_hours)d hours a week or more"),
                no=N_("No, less than that, or no job"),
            ),
        ),
        Question(
            Fact.NEAR_FULL_TIME_WORK,
            Kind.CHOICE,
            GROUP_PROGRAMME,
            heading=N_("Do you work full time or nearly full time?"),
            hint=N_(
                "Under the temporary rules, the municipality can say no to the programme while you work "
                "this much."
            ),
            where=N_("Look in your employment contract. Full time is usually 37.5 hours a week."),
            summary=N_("Work full time or nearly full time"),
            options=_yes_no(),
        ),
    )
}


def stored(question: Question, answers: Mapping[str, Any]) -> Any:
    """The stored answer to a question: its value, or the mapping of its fields (the claim question)."""
    names = fields_of(question.fact)
    if len(names) > 1:
        return {name: answers.get(name) for name in names}
    return answers.get(question.fact.value)


def shown(msgid: str, t: Texts | None = None, on: date | None = None) -> str:
    """A question's text as the person reads it: translated, with the legal numbers filled in (the
    numbers in force on `on`, by default the session's assessment date)."""
    t = t or texts()
    return fill_on(t.gettext(msgid), on or state.today(), t)


def answer_text(question: Question, value: Any, t: Texts | None = None) -> str:
    """An answer as the person sees it: the option's label, the date, or "I don't know".

    In the session's language, or in the language of `t`. For the claim question `value` is the
    mapping of its fields.
    """
    t = t or texts()
    if question.kind is Kind.CLAIM:
        fields = value if isinstance(value, Mapping) else {}
        choice = claim_choice(fields)
        if choice is None:
            return t.gettext(question.unknown_summary)
        if choice == ASKED and fields.get("claim_made_on") is not None:
            return t.gettext("Asked on %(date)s") % {"date": t.date(fields["claim_made_on"])}
        return shown(question.label_of(choice), t)
    if value is None:
        return t.gettext(question.unknown_summary)
    if isinstance(value, date):
        return t.date(value)
    return shown(question.label_of(value), t)
