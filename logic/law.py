"""Structured references to the law, so every finding and caveat can name its source."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Act(StrEnum):
    """The statutes and preparatory works the rules rest on."""

    INTEGRATION_ACT = "integreringsloven"  # LOV-2020-11-06-127
    INTEGRATION_REGULATIONS = "integreringsforskriften"  # FOR-2020-11-20-2483
    IMMIGRATION_ACT = "utlendingsloven"  # LOV-2008-05-15-35
    PUBLIC_ADMINISTRATION_ACT = "forvaltningsloven"  # LOV-1967-02-10
    BILL_2025 = "Prop. 81 L (2024–2025)"


_LOVDATA = {
    Act.INTEGRATION_ACT: "https://lovdata.no/lov/2020-11-06-127",
    Act.INTEGRATION_REGULATIONS: "https://lovdata.no/forskrift/2020-11-20-2483",
    Act.IMMIGRATION_ACT: "https://lovdata.no/lov/2008-05-15-35",
    Act.PUBLIC_ADMINISTRATION_ACT: "https://lovdata.no/lov/1967-02-10",
}


class LawRef(BaseModel):
    """A place in the law: act, then chapter or section, paragraph (ledd) and letter (bokstav)."""

    model_config = ConfigDict(frozen=True)

    act: Act
    section: str | None = None
    chapter: str | None = None
    paragraph: int | None = None
    letter: str | None = None

    @property
    def url(self) -> str | None:
        """A link to the section on Lovdata, where the act is published there."""
        base = _LOVDATA.get(self.act)
        if base is None:
            return None
        if self.section is not None:
            return f"{base}/§{self.section}"
        if self.chapter is not None:
            return f"{base}/KAPITTEL_{self.chapter}"
        return base

    def __str__(self) -> str:
        parts = [str(self.act)]
        if self.chapter is not None:
            parts.append(f"kapittel {self.chapter}")
        if self.section is not None:
            parts.append(f"§ {self.section}")
        if self.paragraph is not None:
            parts.append(f"({self.paragraph})")
        if self.letter is not None:
            parts.append(self.letter)
        return " ".join(parts)


def integration_act(section: str, paragraph: int | None = None, letter: str | None = None) -> LawRef:
    """A reference to integreringsloven (LOV-2020-11-06-127)."""
    return LawRef(act=Act.INTEGRATION_ACT, section=section, paragraph=paragraph, letter=letter)


# The places the rules cite, named after what they say.
SECTION_3_DUTY_LAPSES = integration_act("3", 3)  # § 3 (3): no duty to those who decline or drop out
SECTION_8 = integration_act("8")  # § 8: right and duty, two years, the discretionary groups
SECTION_8_AGE = integration_act("8", 1)  # § 8 (1): 18–55 at the date of the permit decision
SECTION_8_SETTLEMENT = integration_act("8", 1)  # § 8 (1)–(2): settled by agreement with IMDi
SECTION_9 = integration_act("9", 1)  # § 9 (1) a–g: the permit bases
SECTION_12_START = integration_act("12")  # § 12: start within three months
CHAPTER_6A = LawRef(act=Act.INTEGRATION_ACT, chapter="6A")  # temporary rules, collective protection
SECTION_37C_WORK = integration_act("37 c")  # § 37 c: may refuse while (nearly) full-time work
REGULATIONS_72_OLDER_ACT = LawRef(act=Act.INTEGRATION_REGULATIONS, section="72")
BILL_2025_AGE_60 = LawRef(act=Act.BILL_2025)
APPEAL_DEADLINE = LawRef(act=Act.PUBLIC_ADMINISTRATION_ACT, section="29")


def section_9_letter(letter: str) -> LawRef:
    """§ 9 first paragraph, one letter (a–g)."""
    return integration_act("9", 1, letter)
