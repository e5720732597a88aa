"""Structured references to the law, so every finding, caveat and date can name its source.

A `LawRef` names an act and a place in it: chapter or section, paragraph (ledd), letter (bokstav) and
sentence (punktum), and the other places read together with it (`related`). `url` links to Lovdata.
The identifiers (LOV-…, FOR-…) are listed in docs/rules.md with what each act or amendment changed.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache, cached_property

from pydantic import BaseModel, ConfigDict


class Act(StrEnum):
    """The statutes, regulations and amending acts the rules rest on (name as cited)."""

    INTEGRATION_ACT = "integreringsloven"  # LOV-2020-11-06-127
    INTEGRATION_REGULATIONS = "integreringsforskriften"  # FOR-2020-12-15-2912
    IMMIGRATION_ACT = "utlendingsloven"  # LOV-2008-05-15-35
    PUBLIC_ADMINISTRATION_ACT = "forvaltningsloven"  # LOV-1967-02-10
    # Amending acts, cited by their identifier where the change itself is the point (C19).
    AMENDMENT_2025 = "LOV-2025-06-20-35"


# The Lovdata identifier of each act (docs/rules.md lists them); the base address of its text.
IDENTIFIER: dict[Act, str] = {
    Act.INTEGRATION_ACT: "LOV-2020-11-06-127",
    Act.INTEGRATION_REGULATIONS: "FOR-2020-12-15-2912",
    Act.IMMIGRATION_ACT: "LOV-2008-05-15-35",
    Act.PUBLIC_ADMINISTRATION_ACT: "LOV-1967-02-10",
    Act.AMENDMENT_2025: "LOV-2025-06-20-35",
}
_LOVDATA: dict[Act, str] = {
    Act.INTEGRATION_ACT: "https://lovdata.no/lov/2020-11-06-127",
    Act.INTEGRATION_REGULATIONS: "https://lovdata.no/forskrift/2020-12-15-2912",
    Act.IMMIGRATION_ACT: "https://lovdata.no/lov/2008-05-15-35",
    Act.PUBLIC_ADMINISTRATION_ACT: "https://lovdata.no/lov/1967-02-10",
    Act.AMENDMENT_2025: "https://lovdata.no/dokument/LTI/lov/2025-06-20-35",
}
# "første punktum", … as Norwegian citations write the sentence of a paragraph.
_ORDINAL = {1: "første", 2: "andre", 3: "tredje", 4: "fjerde", 5: "femte"}


class LawRef(BaseModel):
    """A place in the law: act, chapter or section, paragraph (ledd), letter (bokstav), sentence."""

    model_config = ConfigDict(frozen=True)

    act: Act
    section: str | None = None
    chapter: str | None = None
    paragraph: int | None = None
    letter: str | None = None
    sentence: int | None = None
    related: tuple[LawRef, ...] = ()  # read together with this place (e.g. § 72 with § 52)

    @cached_property
    def _hash(self) -> int:
        place = (self.act, self.section, self.chapter, self.paragraph, self.letter, self.sentence)
        return hash((*place, self.related))

    def __hash__(self) -> int:
        """Hashed once: every finding and caveat is looked up by its law reference."""
        return self._hash

    @property
    def url(self) -> str | None:
        """A link to the section on Lovdata."""
        base = _LOVDATA.get(self.act)
        if base is None:
            return None
        if self.section is not None and self.act is not Act.AMENDMENT_2025:
            return f"{base}/§{self.section.replace(' ', '')}"
        if self.chapter is not None:
            return f"{base}/KAPITTEL_{self.chapter}"
        return base

    def places(self) -> tuple[LawRef, ...]:
        """This place and the places read together with it."""
        return (self, *(place for ref in self.related for place in ref.places()))

    def citation(self) -> str:
        """This one place, as cited (without the places read together with it)."""
        parts = [str(self.act)]
        if self.chapter is not None:
            parts.append(f"kapittel {self.chapter}")
        if self.section is not None:
            parts.append(f"§ {self.section}")
        if self.paragraph is not None:
            parts.append(f"({self.paragraph})")
        if self.letter is not None:
            parts.append(self.letter)
        if self.sentence is not None:
            parts.append(f"{_ORDINAL[self.sentence]} punktum")
        return " ".join(parts)

    def __str__(self) -> str:
        return " og ".join(ref.citation() for ref in self.places())


def integration_act(
    section: str, paragraph: int | None = None, letter: str | None = None, sentence: int | None = None
) -> LawRef:
    """A reference to integreringsloven (LOV-2020-11-06-127)."""
    return LawRef(
        act=Act.INTEGRATION_ACT, section=section, paragraph=paragraph, letter=letter, sentence=sentence
    )


@cache  # seven letters: each reference built once
def section_9_letter(letter: str) -> LawRef:
    """§ 9 first paragraph, one letter (a–g)."""
    return integration_act("9", 1, letter)


# The places the rules cite, named after what they say (docs/rules.md explains each).
SECTION_3_DUTY_LAPSES = integration_act("3", 3)  # R5, C8
SECTION_8_AGE = integration_act("8", 1, sentence=2)  # R2: the age on the date of the permit decides
SECTION_8_SETTLEMENT = integration_act("8", 1, sentence=1)  # R3: settled by agreement with IMDi
SECTION_8_NO_AGREEMENT = integration_act("8", 2, sentence=1)  # letters f and g need no agreement
SECTION_8_EARLIER_FAMILY = integration_act("8", 2, sentence=2)  # C16: refugee after a letter f permit
SECTION_8_TWO_YEARS = integration_act("8", 1, sentence=3)  # R4, C3
SECTION_8_DISCRETIONARY = integration_act("8", 3)  # K1–K3
SECTION_8_DISCRETIONARY_TWO_YEARS = integration_act("8", 3, sentence=2)  # K1–K3: two years, any permit
SECTION_8_WORK = integration_act("8", 4)  # R6, C14
SECTION_9 = integration_act("9", 1)  # R1: the permit bases, letters a–g
SECTION_9_PERMANENT_RESIDENCE = integration_act("9", 2)  # letter f: permanent residence after a–e
SECTION_9_COMPLETE = integration_act("9", 3)  # C17: the right to complete the programme
SECTION_12_START = integration_act("12", 2)  # start within three months of settlement or claim
SECTION_37C = integration_act("37 c")  # chapter 6A: right without duty (until 31.12.2025), C18
SECTION_37E = integration_act("37 e")  # chapter 6A from 01.07.2026: temporary regulations, C18
OLDER_ACT_TRANSITION = LawRef(
    act=Act.INTEGRATION_REGULATIONS, section="72", related=(integration_act("52"),)
)  # C12: forskriften § 72 with integreringsloven § 52
AGE_LIMIT_60 = LawRef(act=Act.AMENDMENT_2025, section="8", paragraph=1, sentence=1)  # C19
APPEAL = LawRef(
    act=Act.INTEGRATION_ACT,
    section="46",
    related=(integration_act("47"), LawRef(act=Act.PUBLIC_ADMINISTRATION_ACT, section="29")),
)  # §§ 46–47 with forvaltningsloven § 29: an individual decision, appealed within three weeks
