"""Code -> message tables: every outcome, condition, status, reason, caveat and error has a text.

`logic` returns codes and law references only; this is where they become words. The texts are
msgids (English); `tests/test_catalogues.py` proves every code has one, translated in every language.
Legal numbers and dates are never typed into a text: a text names them as placeholders that
`ui.explain.fill` takes from `logic.figures` and the assessment's key dates (%(maximum_age)d,
%(settlement_years)d, %(two_year_anniversary)s …), so each number has one home.
"""

from __future__ import annotations

from logic import Caveat, Condition, ErrorCode, Outcome, Reason, Status
from ui.dates import InputError
from ui.i18n import N_

# The outcome in one hedged sentence (the result page's heading), and what it means.
OUTCOME_TITLE: dict[Outcome, str] = {
    Outcome.RIGHT_AND_DUTY: N_(
        "It looks like you have the right and the duty to take part in the introduction programme"
    ),
    Outcome.RIGHT_WITHOUT_DUTY: N_(
        "It looks like you have the right to the introduction programme, but not the duty to take part"
    ),
    Outcome.MAY_BE_OFFERED: N_("It looks like the municipality may offer you the introduction programme"),
    Outcome.NOT_ENTITLED: N_("It looks like you do not have the right to the introduction programme"),
    Outcome.NEEDS_MORE_INFORMATION: N_(
        "We cannot tell yet whether you have the right to the introduction programme"
    ),
    Outcome.ALREADY_IN_PROGRAMME: N_("You are already in the introduction programme"),
}
OUTCOME_LEAD: dict[Outcome, str] = {
    Outcome.RIGHT_AND_DUTY: N_(
        "This means that the municipality must offer you the programme, and that you must take part."
    ),
    Outcome.RIGHT_WITHOUT_DUTY: N_(
        "You can ask the municipality for the programme, but you do not have to take part. This follows "
        "from temporary rules for people with collective protection."
    ),
    Outcome.MAY_BE_OFFERED: N_(
        "You do not have a right to the programme, but the municipality can choose to offer it to you. "
        "Ask the municipality."
    ),
    Outcome.NOT_ENTITLED: N_("Below you can see why, and what else you can get help with."),
    Outcome.NEEDS_MORE_INFORMATION: N_(
        "We need to know more. Below you can see what is missing and where you can find it."
    ),
    Outcome.ALREADY_IN_PROGRAMME: N_(
        "You have the right to complete the programme, even if your residence permit changes or you "
        "become a Norwegian citizen. Talk to the municipality if you have questions about your programme."
    ),
}
# § 8 (4): the outcome sentence for a person barred only by work of 30 hours a week or more.
WORK_LEAD = N_(
    "You do not have the right while you work %(work_hours)d hours a week or more, or have a job offer "
    "of that many hours. If the job ends, or the offer falls away, before "
    "%(right_returns_if_work_ends_before)s, you have the right and the duty to take part: contact the "
    "municipality then."
)
# C9: what will apply once the person is settled (by agreement with IMDi, where that is required).
OUTCOME_ONCE_SETTLED: dict[Outcome, str] = {
    Outcome.RIGHT_AND_DUTY: N_(
        "When you have been settled in a municipality by agreement with IMDi, it looks like you will "
        "have the right and the duty to take part."
    ),
    Outcome.RIGHT_WITHOUT_DUTY: N_(
        "When you have been settled in a municipality by agreement with IMDi, it looks like you will "
        "have the right to take part, but not the duty."
    ),
    Outcome.MAY_BE_OFFERED: N_(
        "When you have been settled in a municipality, it looks like the municipality may offer you the "
        "programme."
    ),
    Outcome.NOT_ENTITLED: N_(
        "Even when you have been settled, it looks like you will not have the right to the programme."
    ),
    Outcome.NEEDS_MORE_INFORMATION: N_(
        "When you have been settled, we still need more answers before we can tell."
    ),
    Outcome.ALREADY_IN_PROGRAMME: N_("You are already in the programme."),
}
# C11: the outcomes the unknown answers leave open, in a list.
OUTCOME_SHORT: dict[Outcome, str] = {
    Outcome.RIGHT_AND_DUTY: N_("the right and the duty to take part"),
    Outcome.RIGHT_WITHOUT_DUTY: N_("the right to take part, but not the duty"),
    Outcome.MAY_BE_OFFERED: N_("the municipality may offer you the programme"),
    Outcome.NOT_ENTITLED: N_("no right to the programme"),
    Outcome.NEEDS_MORE_INFORMATION: N_("we cannot tell"),
    Outcome.ALREADY_IN_PROGRAMME: N_("you are already in the programme"),
}

CONDITION_LABEL: dict[Condition, str] = {
    Condition.IN_PROGRAMME: N_("You have started the programme"),
    Condition.INTEGRATION_ACT_APPLIES: N_("The Integration Act applies to you"),
    Condition.PERMIT_BASIS: N_("Your residence permit"),
    Condition.REFERENCE_PERSON: N_("The family member you came to live with"),
    Condition.AGE_AT_PERMIT: N_("Your age when you got the permit"),
    Condition.SETTLED: N_("Settled in a municipality"),
    Condition.SETTLED_BY_AGREEMENT: N_("Settled by agreement with IMDi"),
    Condition.WITHIN_TWO_YEARS: N_("Less than %(settlement_years)d years in a municipality"),
    Condition.NOT_DECLINED: N_("Have not said no to the programme"),
    Condition.WORK_UNDER_30_HOURS: N_("Not in work of %(work_hours)d hours a week or more"),
    Condition.TEMPORARY_RULES: N_("Temporary rules for collective protection"),
}
STATUS_LABEL: dict[Status, str] = {
    Status.MET: N_("Yes"),
    Status.NOT_MET: N_("No"),
    Status.UNKNOWN: N_("We do not know"),
}
# The icon only repeats the status word beside it (never information by colour alone).
STATUS_ICON: dict[Status, str] = {
    Status.MET: ":green[:material/check_circle:]",
    Status.NOT_MET: ":red[:material/cancel:]",
    Status.UNKNOWN: ":orange[:material/help:]",
}

# Every date or figure the rules compute (`logic.KeyDates`), for the full reasoning.
DATE_LABEL: dict[str, str] = {
    "age_at_permit": N_("Age on the date the permit was granted"),
    "two_years_counted_from": N_("Time in a municipality counted from"),
    "two_year_anniversary": N_("Your time in a municipality for the right runs out"),
    "two_years_counted_until": N_("Time in a municipality counted until"),
    "latest_start": N_("Latest start of the programme"),
    "latest_start_after_settlement": N_("Three months after settlement"),
    "latest_start_after_claim": N_("Three months after asking to take part"),
    "reference_person_five_year_anniversary": N_(
        "The day your family member had lived in a municipality for %(reference_person_years)d years"
    ),
    "temporary_rules_ended_on": N_("The right without duty for collective protection ended"),
    "right_returns_if_work_ends_before": N_("You have the right if the job ends before"),
}

REASON: dict[Reason, str] = {
    Reason.IN_PROGRAMME: N_(
        "You have started the introduction programme. You have the right to complete it."
    ),
    Reason.NEW_ACT_APPLIES: N_(
        "You got your permit or came to Norway on %(act_in_force)s or later, so the Integration Act "
        "(integreringsloven) applies."
    ),
    Reason.OLDER_ACT_APPLIES: N_(
        "You got your permit and came to Norway before %(act_in_force)s. Then the older Introduction Act "
        "(introduksjonsloven) applies, and this check cannot assess it."
    ),
    Reason.OLDER_ACT_UNKNOWN: N_(
        "We do not know whether you got your permit and came to Norway before %(act_in_force)s. If both "
        "happened before that date, the older Introduction Act applies."
    ),
    Reason.BASIS_REFUGEE: N_(
        "You have a permit as a refugee. This kind of permit can give you the right to the programme."
    ),
    Reason.BASIS_RESETTLEMENT_REFUGEE: N_(
        "You came as a resettlement refugee (overføringsflyktning). This kind of permit can give you the "
        "right to the programme."
    ),
    Reason.BASIS_HUMANITARIAN_AFTER_ASYLUM: N_(
        "You have a permit on strong humanitarian grounds after applying for asylum. This kind of permit "
        "can give you the right to the programme."
    ),
    Reason.BASIS_LIMITED_FAMILY_WITH_CHILDREN: N_(
        "You have a limited permit as part of a family with children, while your identity is not yet "
        "documented. This kind of permit can give you the right to the programme."
    ),
    Reason.BASIS_COLLECTIVE_PROTECTION: N_(
        "You have collective protection. This kind of permit can give you the right to the programme."
    ),
    Reason.BASIS_FAMILY_IMMIGRATION: N_(
        "You have a permit through family immigration. Whether it counts depends on the family member you "
        "came to live with."
    ),
    Reason.BASIS_INDEPENDENT: N_(
        "You have your own permit after a relationship ended, and not because your family member died. "
        "This kind of permit can give you the right to the programme."
    ),
    Reason.BASIS_INDEPENDENT_AFTER_DEATH: N_(
        "You have your own permit because your family member died. The Integration Act does not name "
        "this kind of permit."
    ),
    Reason.BASIS_INDEPENDENT_GROUND_UNKNOWN: N_(
        "We do not know why you got your own permit. It can give you the right to the programme, unless "
        "you got it because your family member died."
    ),
    Reason.BASIS_HUMANITARIAN_OTHER: N_(
        "You have a permit on humanitarian grounds, but not after applying for asylum. This kind of "
        "permit does not give the right to the programme."
    ),
    Reason.BASIS_LIMITED_OTHER: N_(
        "You have a limited permit, but not as part of a family with children. This kind of permit does "
        "not give the right to the programme."
    ),
    Reason.BASIS_EEA_OR_NORDIC: N_(
        "Citizens of Nordic and EEA countries are not in the group the programme is for."
    ),
    Reason.BASIS_WORK_OR_STUDY: N_("A permit for work or study does not give the right to the programme."),
    Reason.BASIS_ASYLUM_SEEKER: N_(
        "You are still waiting for an answer to your application for asylum. The programme is for people "
        "who have a residence permit."
    ),
    Reason.BASIS_OTHER: N_("Your kind of permit is not one of those that give the right to the programme."),
    Reason.BASIS_UNKNOWN: N_("We do not know what kind of residence permit you have."),
    Reason.REFERENCE_PERSON_UNDER_FIVE_YEARS: N_(
        "Your family member has a kind of permit that counts, and had lived in a municipality for less "
        "than %(reference_person_years)d years when you applied."
    ),
    Reason.REFERENCE_PERSON_NOT_SETTLED_AT_APPLICATION: N_(
        "Your family member has a kind of permit that counts, and had not yet been settled in a "
        "municipality when you applied."
    ),
    Reason.REFERENCE_PERSON_FIVE_YEARS_OR_MORE: N_(
        "Your family member had lived in a municipality for %(reference_person_years)d years or more when "
        "you applied. Then the municipality may offer you the programme, but it does not have to."
    ),
    Reason.REFERENCE_PERSON_NOT_LISTED: N_(
        "Your family member does not have one of the permits the law names, such as refugee. Then the "
        "municipality may offer you the programme, but it does not have to."
    ),
    Reason.REFERENCE_PERSON_PERMANENT_BEFORE_2023: N_(
        "Your family member has permanent residence. On this date the law did not yet count family of "
        "people with permanent residence. Then the municipality may offer you the programme, but it does "
        "not have to."
    ),
    Reason.REFERENCE_PERSON_BASIS_UNKNOWN: N_("We do not know what kind of permit your family member has."),
    Reason.REFERENCE_PERSON_DATES_UNKNOWN: N_(
        "We do not know whether your family member had lived in a municipality for less than "
        "%(reference_person_years)d years when you applied."
    ),
    Reason.AGE_WITHIN_LIMITS: N_(
        "You were between %(minimum_age)d and %(maximum_age)d years old on the day your permit was granted."
    ),
    Reason.AGE_OVER_LIMIT: N_(
        "You were over %(maximum_age)d on the day your permit was granted. Then the municipality may offer "
        "you the programme, but it does not have to."
    ),
    Reason.AGE_UNDER_LIMIT: N_(
        "You were under %(minimum_age)d on the day your permit was granted. The programme is for people "
        "who were %(minimum_age)d to %(maximum_age)d years old then."
    ),
    Reason.AGE_UNKNOWN: N_("We do not know how old you were on the day your permit was granted."),
    Reason.IS_SETTLED: N_("You have been settled in a municipality."),
    Reason.NOT_YET_SETTLED: N_(
        "You have not been settled in a municipality yet. The right starts when you are settled."
    ),
    Reason.SETTLED_UNKNOWN: N_("We do not know whether you have been settled in a municipality."),
    Reason.SETTLED_BY_AGREEMENT: N_("IMDi and the municipality agreed that you would live there."),
    Reason.AGREEMENT_NOT_REQUIRED: N_(
        "With your kind of permit, it does not matter whether IMDi arranged where you live."
    ),
    Reason.AGREEMENT_NOT_REQUIRED_EARLIER_FAMILY_PERMIT: N_(
        "You had a permit through family immigration before you got your refugee permit. Then it does not "
        "matter whether IMDi arranged where you live."
    ),
    Reason.SETTLED_WITHOUT_AGREEMENT: N_(
        "You live in the municipality without an agreement with IMDi. Then the municipality may offer you "
        "the programme, but it does not have to."
    ),
    Reason.AGREEMENT_UNKNOWN: N_("We do not know whether IMDi arranged for you to live in the municipality."),
    Reason.AGREEMENT_NOT_YET_RELEVANT: N_("This matters when you have been settled."),
    Reason.WITHIN_TWO_YEARS: N_(
        "You have lived in a municipality for less than %(settlement_years)d years. We count to the day you "
        "asked the municipality, or to today if you have not asked."
    ),
    Reason.WITHIN_TWO_YEARS_OF_PERMIT: N_(
        "You have had your permit for less than %(settlement_years)d years while living in a municipality. "
        "We count from the day you got the permit, because you lived in a municipality before that."
    ),
    Reason.TWO_YEARS_PASSED: N_(
        "You have lived in a municipality for %(settlement_years)d years or more, and did not ask to take "
        "part before that time was up. The right only applies in the first %(settlement_years)d years."
    ),
    Reason.TWO_YEARS_PASSED_CLAIM_UNKNOWN: N_(
        "Your %(settlement_years)d years in a municipality have passed. If you asked the municipality to "
        "take part before they passed, you may still have the right. We do not know whether or when you "
        "asked."
    ),
    Reason.TWO_YEARS_START_UNKNOWN: N_(
        "We do not know from which day your %(settlement_years)d years are counted. It depends on the "
        "permit you had before your own permit."
    ),
    Reason.TWO_YEARS_NOT_STARTED: N_("The time has not started yet. It starts when you are settled."),
    Reason.SETTLEMENT_DATE_UNKNOWN: N_(
        "We do not know when you were settled, so we cannot tell whether %(settlement_years)d years have "
        "passed."
    ),
    Reason.HAS_NOT_DECLINED: N_("You have not said no to the programme, and you have not left it."),
    Reason.DECLINED_OR_DROPPED_OUT: N_(
        "You have said no to the programme, or you left it before it was finished. Then the municipality "
        "no longer has a duty to give you the programme."
    ),
    Reason.DECLINED_UNKNOWN: N_(
        "We do not know whether you have said no to the programme or left it before it was finished."
    ),
    Reason.WORKS_UNDER_30_HOURS: N_(
        "You do not work %(work_hours)d hours a week or more, and have no job offer of that many hours."
    ),
    Reason.WORKS_30_HOURS_OR_MORE: N_(
        "You work %(work_hours)d hours a week or more, or have a job offer of that many hours. While you do, "
        "you do not have the right and the duty."
    ),
    Reason.WORK_UNKNOWN: N_("We do not know whether you work %(work_hours)d hours a week or more."),
    Reason.TEMPORARY_RULES_APPLY: N_(
        "The temporary rules for people with collective protection apply to you: you can take part, but "
        "you do not have to."
    ),
    Reason.TEMPORARY_RULES_PERMIT_BEFORE_CUTOFF: N_(
        "Your permit was granted before %(right_without_duty_permits_from)s. The temporary rules only "
        "cover permits from that date, so the ordinary rules apply."
    ),
    Reason.TEMPORARY_RULES_NOT_IN_FORCE: N_(
        "The temporary rule that gave a right without a duty applied until "
        "%(right_without_duty_ended_on)s. The ordinary rules apply now."
    ),
    Reason.TEMPORARY_RULES_UNKNOWN: N_(
        "We do not know whether the temporary rules for collective protection cover your permit. They "
        "cover permits granted from %(right_without_duty_permits_from)s."
    ),
}

CAVEAT: dict[Caveat, str] = {
    Caveat.AGE_LIMIT_60_ADOPTED_NOT_IN_FORCE: N_(
        "The Storting has decided to raise the age limit to %(adopted_maximum_age)d, but this has not "
        "taken effect yet. When it does, you may get the right and the duty to take part. Ask the "
        "municipality."
    ),
    Caveat.TEMPORARY_REGULATIONS_MAY_APPLY: N_(
        "Until %(temporary_regulations_until)s the government may make temporary rules for people with "
        "collective protection that differ from the rules used here. Ask the municipality whether such "
        "rules apply to you."
    ),
    Caveat.RULES_MAY_BE_OUT_OF_DATE: N_(
        "The rules in this check were last compared with the law more than a year ago. The law may have "
        "changed. Ask the municipality."
    ),
    Caveat.PERMANENT_RESIDENCE_MAY_COUNT: N_(
        "From %(permanent_residence_counts_from)s the law counts family of people with permanent "
        "residence after protection. The municipality may count you in the same way. Ask the "
        "municipality."
    ),
    Caveat.WORK_ONE_POSITION: N_(
        "We asked about one job or job offer. If you have several part-time jobs that together are "
        "%(work_hours)d hours a week or more, ask the municipality what applies to you."
    ),
    Caveat.MAY_REFUSE_WHILE_WORKING: N_(
        "You work full time or nearly full time. Under the temporary rules, the municipality can say no "
        "to the programme while you work this much."
    ),
    Caveat.FAMILY_FIVE_YEARS_INTERPRETATION: N_(
        "The law does not say clearly what happens when your family member had lived in a municipality "
        "for %(reference_person_years)d years or more when you applied. We have assumed that the "
        "municipality may offer you the programme. Ask the municipality."
    ),
    Caveat.SEVERAL_DISCRETIONARY_GROUNDS: N_(
        "More than one of your answers means that the municipality may offer you the programme, but does "
        "not have to. Each of them allows the municipality to offer it. Ask the municipality."
    ),
    Caveat.DUTY_LAPSED_ASK_ANYWAY: N_(
        "Even if you have said no or left the programme, talk to the municipality. It may be possible to "
        "start again."
    ),
    Caveat.CLAIM_NOW: N_(
        "Your time for the right runs out in less than %(claim_warning_months)d months. Ask the "
        "municipality to take part now, in writing, for example by email. Keep a copy."
    ),
    Caveat.OLDER_ACT: N_(
        "The older Introduction Act (introduksjonsloven) applies to you. This check cannot assess it. Ask "
        "the refugee service (flyktningtjenesten) in your municipality."
    ),
    Caveat.NOT_YET_SETTLED: N_(
        "You have not been settled in a municipality yet. Whether you get the programme is decided when "
        "you are settled."
    ),
    Caveat.UNKNOWN_DID_NOT_MATTER: N_(
        "You did not know all the answers, but the answers you did not know would not change the result."
    ),
    Caveat.INDEPENDENT_AFTER_DEATH_NOT_LISTED: N_(
        "IMDi's web page lists all permits on an independent basis (§ 53), but the Integration Act only "
        "names some of them. A permit you got because your family member died is not one of them. We "
        "follow the Act. Ask the municipality if you are not sure."
    ),
}

# Errors: logic's codes (answers that do not fit the calendar or each other) and the UI's own.
ERROR: dict[ErrorCode | InputError, str] = {
    ErrorCode.INVALID_DATE: N_("The date must be a real date. Check the day and the month."),
    ErrorCode.INVALID_VALUE: N_("Choose one of the answers."),
    ErrorCode.UNKNOWN_FIELD: N_("This answer does not belong to any question."),
    ErrorCode.DATE_IN_FUTURE: N_("The date cannot be in the future."),
    ErrorCode.DATE_TOO_EARLY: N_("The date must be after 1 January 1900. Check the year."),
    ErrorCode.BEFORE_DATE_OF_BIRTH: N_("The date cannot be before your date of birth."),
    ErrorCode.APPLICATION_AFTER_PERMIT: N_(
        "The application date cannot be after the date your permit was granted."
    ),
    ErrorCode.REFERENCE_SETTLED_AFTER_APPLICATION: N_(
        "You said that your family member was settled when you applied, but this date is after the "
        "application date."
    ),
    ErrorCode.CONTRADICTS_NOT_SETTLED: N_(
        "You said that you have not been settled yet. Change that answer first."
    ),
    ErrorCode.CONTRADICTS_NO_CLAIM: N_(
        "You said that you have not asked. Remove the date, or choose that you asked."
    ),
    ErrorCode.ASSESSMENT_BEFORE_ACT: N_(
        "This check only covers the Integration Act, which took effect on %(act_in_force)s."
    ),
    ErrorCode.ASSESSMENT_BEYOND_RULES: N_(
        "This check cannot tell what the rules will be so far ahead. Choose an earlier date."
    ),
    InputError.EMPTY: N_("Enter a date, for example 05.03.2024."),
    InputError.MISSING_YEAR: N_("The date must include a year, for example 05.03.2024."),
    InputError.SHORT_YEAR: N_("Write the year with four digits, for example 2024."),
    InputError.NOT_A_REAL_DATE: N_("The date must be a real date. Check the day and the month."),
    InputError.UNREADABLE: N_("Write the date as day, month and year, for example 05.03.2024."),
    InputError.CHOOSE_ONE: N_("Choose one of the answers."),
}

# Shown on every page, and at the top of the summary PDF, in a language no native speaker has checked.
NOT_REVIEWED_NOTICE = N_(
    "This text has been translated, but not yet checked by a native speaker. If something "
    "is unclear, the Norwegian text decides."
)
