"""Stable codes shared by the rules, the command line and the user interface.

Every value here is part of the public contract: the user interface maps each code to a translated
message, and the command line prints them. Never rename a value; add new ones instead.
"""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """What the assessment concludes (docs/rules.md section 1)."""

    RIGHT_AND_DUTY = "right_and_duty"  # integreringsloven § 8 with § 9
    RIGHT_WITHOUT_DUTY = "right_without_duty"  # integreringsloven kapittel 6A (temporary)
    MAY_BE_OFFERED = "may_be_offered"  # integreringsloven § 8, the discretionary groups
    NOT_ENTITLED = "not_entitled"  # outside the target group, or the duty has lapsed (§ 3)
    NEEDS_MORE_INFORMATION = "needs_more_information"  # a decisive fact is unknown (C9, C11, C12)
    ALREADY_IN_PROGRAMME = "already_in_programme"  # § 9 (3): the right to complete (C17)


class Status(StrEnum):
    """Whether one condition holds."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Condition(StrEnum):
    """The conditions, in the order the law states them."""

    IN_PROGRAMME = "in_programme"  # § 9 (3) (C17)
    INTEGRATION_ACT_APPLIES = "integration_act_applies"  # integreringsforskriften § 72 (C12)
    PERMIT_BASIS = "permit_basis"  # § 9 first paragraph (R1)
    REFERENCE_PERSON = "reference_person"  # § 9 first paragraph letter f
    AGE_AT_PERMIT = "age_at_permit"  # § 8 (1) second sentence (R2)
    SETTLED = "settled"  # § 8 (1): settled in a municipality (C9)
    SETTLED_BY_AGREEMENT = "settled_by_agreement"  # § 8 (1)–(2) (R3, C16)
    WITHIN_TWO_YEARS = "within_two_years"  # § 8 (1) third sentence, § 8 (3) second sentence (R4, C3)
    NOT_DECLINED = "not_declined"  # § 3 (3) (R5)
    WORK_UNDER_30_HOURS = "work_under_30_hours"  # § 8 (4) (R6, C14)
    TEMPORARY_RULES = "temporary_rules"  # chapter 6A § 37 c (right without duty, C18)


class Fact(StrEnum):
    """The answers a person can give, in the order the law asks for them.

    The values are the field names of `logic.models.Answers` (the JSON input names).
    """

    PERMIT_BASIS = "permit_basis"
    INDEPENDENT_AFTER_DEATH = "independent_after_death_of_reference_person"
    REFERENCE_PERSON_BASIS = "reference_person_basis"
    REFERENCE_PERSON_SETTLED_AT_APPLICATION = "reference_person_settled_at_application"
    REFERENCE_PERSON_SETTLED_ON = "reference_person_settled_on"
    FAMILY_APPLICATION_ON = "family_application_on"
    DATE_OF_BIRTH = "date_of_birth"
    PERMIT_GRANTED_ON = "permit_granted_on"
    ARRIVED_IN_NORWAY_ON = "arrived_in_norway_on"
    SETTLED = "settled"
    SETTLED_ON = "settled_on"
    SETTLED_BY_AGREEMENT = "settled_by_agreement"
    EARLIER_FAMILY_PERMIT = "earlier_family_permit"
    CLAIM_MADE = "claim_made"
    CLAIM_MADE_ON = "claim_made_on"
    IN_PROGRAMME = "in_programme"
    DECLINED_OR_DROPPED_OUT = "declined_or_dropped_out"
    WORKS_30_HOURS_OR_MORE = "works_30_hours_or_more"
    NEAR_FULL_TIME_WORK = "near_full_time_work"


class Reason(StrEnum):
    """Why a condition has its status. One message per value in every language."""

    # § 9 (3) (C17)
    IN_PROGRAMME = "in_programme"
    # integreringsforskriften § 72 (C12)
    NEW_ACT_APPLIES = "new_act_applies"
    OLDER_ACT_APPLIES = "older_act_applies"
    OLDER_ACT_UNKNOWN = "older_act_unknown"
    # § 9 first paragraph (R1)
    BASIS_REFUGEE = "basis_refugee"  # letter a
    BASIS_RESETTLEMENT_REFUGEE = "basis_resettlement_refugee"  # letter b
    BASIS_HUMANITARIAN_AFTER_ASYLUM = "basis_humanitarian_after_asylum"  # letter c
    BASIS_LIMITED_FAMILY_WITH_CHILDREN = "basis_limited_family_with_children"  # letter d
    BASIS_COLLECTIVE_PROTECTION = "basis_collective_protection"  # letter e
    BASIS_FAMILY_IMMIGRATION = "basis_family_immigration"  # letter f (or § 8, family of others)
    BASIS_INDEPENDENT = "basis_independent"  # letter g
    BASIS_INDEPENDENT_AFTER_DEATH = "basis_independent_after_death"  # § 53 (1) a: not listed
    BASIS_INDEPENDENT_GROUND_UNKNOWN = "basis_independent_ground_unknown"
    BASIS_HUMANITARIAN_OTHER = "basis_humanitarian_other"
    BASIS_LIMITED_OTHER = "basis_limited_other"
    BASIS_EEA_OR_NORDIC = "basis_eea_or_nordic"
    BASIS_WORK_OR_STUDY = "basis_work_or_study"
    BASIS_ASYLUM_SEEKER = "basis_asylum_seeker"
    BASIS_OTHER = "basis_other"
    BASIS_UNKNOWN = "basis_unknown"
    # § 9 first paragraph letter f
    REFERENCE_PERSON_UNDER_FIVE_YEARS = "reference_person_under_five_years"
    REFERENCE_PERSON_NOT_SETTLED_AT_APPLICATION = "reference_person_not_settled_at_application"
    REFERENCE_PERSON_FIVE_YEARS_OR_MORE = "reference_person_five_years_or_more"
    REFERENCE_PERSON_NOT_LISTED = "reference_person_not_listed"
    REFERENCE_PERSON_PERMANENT_BEFORE_2023 = "reference_person_permanent_before_2023"  # § 9 (2)
    REFERENCE_PERSON_BASIS_UNKNOWN = "reference_person_basis_unknown"
    REFERENCE_PERSON_DATES_UNKNOWN = "reference_person_dates_unknown"
    # § 8 age (R2)
    AGE_WITHIN_LIMITS = "age_within_limits"
    AGE_OVER_LIMIT = "age_over_limit"
    AGE_UNDER_LIMIT = "age_under_limit"
    AGE_UNKNOWN = "age_unknown"
    # § 8 settled (C9)
    IS_SETTLED = "is_settled"
    NOT_YET_SETTLED = "not_yet_settled"
    SETTLED_UNKNOWN = "settled_unknown"
    # § 8 agreement (R3, C10)
    SETTLED_BY_AGREEMENT = "settled_by_agreement"
    AGREEMENT_NOT_REQUIRED = "agreement_not_required"
    AGREEMENT_NOT_REQUIRED_EARLIER_FAMILY_PERMIT = "agreement_not_required_earlier_family_permit"  # C16
    SETTLED_WITHOUT_AGREEMENT = "settled_without_agreement"
    AGREEMENT_UNKNOWN = "agreement_unknown"
    AGREEMENT_NOT_YET_RELEVANT = "agreement_not_yet_relevant"
    # § 8 two years (R4, C3)
    WITHIN_TWO_YEARS = "within_two_years"
    WITHIN_TWO_YEARS_OF_PERMIT = "within_two_years_of_permit"  # counted from the § 9 permit (C3, C15)
    TWO_YEARS_PASSED = "two_years_passed"
    TWO_YEARS_PASSED_CLAIM_UNKNOWN = "two_years_passed_claim_unknown"
    TWO_YEARS_START_UNKNOWN = "two_years_start_unknown"  # C15: the earlier permit, or the permit date
    TWO_YEARS_NOT_STARTED = "two_years_not_started"
    SETTLEMENT_DATE_UNKNOWN = "settlement_date_unknown"
    # § 3 (R5, C8)
    HAS_NOT_DECLINED = "has_not_declined"
    DECLINED_OR_DROPPED_OUT = "declined_or_dropped_out"
    DECLINED_UNKNOWN = "declined_unknown"
    # § 8 (4) (C14)
    WORKS_30_HOURS_OR_MORE = "works_30_hours_or_more"
    WORKS_UNDER_30_HOURS = "works_under_30_hours"
    WORK_UNKNOWN = "work_unknown"
    # chapter 6A (C18)
    TEMPORARY_RULES_APPLY = "temporary_rules_apply"
    TEMPORARY_RULES_PERMIT_BEFORE_CUTOFF = "temporary_rules_permit_before_cutoff"
    TEMPORARY_RULES_NOT_IN_FORCE = "temporary_rules_not_in_force"
    TEMPORARY_RULES_UNKNOWN = "temporary_rules_unknown"


class Caveat(StrEnum):
    """Interpretations and law changes the result must mention (docs/rules.md sections 5 and 6)."""

    AGE_LIMIT_60_ADOPTED_NOT_IN_FORCE = "age_limit_60_adopted_not_in_force"  # C19, LOV-2025-06-20-35
    TEMPORARY_REGULATIONS_MAY_APPLY = "temporary_regulations_may_apply"  # C18, § 37 e
    RULES_MAY_BE_OUT_OF_DATE = "rules_may_be_out_of_date"  # C20
    PERMANENT_RESIDENCE_MAY_COUNT = "permanent_residence_may_count"  # § 9 (2) before 01.08.2023
    WORK_ONE_POSITION = "work_one_position"  # C14: several part-time jobs, ask the municipality
    MAY_REFUSE_WHILE_WORKING = "may_refuse_while_working"  # § 37 c
    FAMILY_FIVE_YEARS_INTERPRETATION = "family_five_years_interpretation"  # C7
    SEVERAL_DISCRETIONARY_GROUNDS = "several_discretionary_grounds"  # C6
    DUTY_LAPSED_ASK_ANYWAY = "duty_lapsed_ask_anyway"  # C8
    CLAIM_NOW = "claim_now"  # C3: two years run out in less than three months
    OLDER_ACT = "older_act"  # C12
    NOT_YET_SETTLED = "not_yet_settled"  # C9
    UNKNOWN_DID_NOT_MATTER = "unknown_did_not_matter"  # C11
    INDEPENDENT_AFTER_DEATH_NOT_LISTED = "independent_after_death_not_listed"  # § 9 g vs § 53 (1) a


class ErrorCode(StrEnum):
    """Why an answer was refused. One message per value in every language."""

    INVALID_DATE = "invalid_date"
    INVALID_VALUE = "invalid_value"
    UNKNOWN_FIELD = "unknown_field"
    DATE_IN_FUTURE = "date_in_future"
    DATE_TOO_EARLY = "date_too_early"
    BEFORE_DATE_OF_BIRTH = "before_date_of_birth"
    APPLICATION_AFTER_PERMIT = "application_after_permit"
    REFERENCE_SETTLED_AFTER_APPLICATION = "reference_settled_after_application"
    CONTRADICTS_NOT_SETTLED = "contradicts_not_settled"
    ASSESSMENT_BEFORE_ACT = "assessment_before_act"
    ASSESSMENT_BEYOND_RULES = "assessment_beyond_rules"  # C13, C20
    CONTRADICTS_NO_CLAIM = "contradicts_no_claim"
