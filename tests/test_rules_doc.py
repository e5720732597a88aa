"""The rules beside the code: every code a comment in `logic/` cites (R…, K…, C…) is defined in
docs/rules.md, and every Lovdata link the app can show names an act listed there with its identifier
(the regulations are FOR-2020-12-15-2912)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from logic import AMENDMENTS, APPEAL, Answers, InvalidAnswers, LawRef, assess
from logic import law as law_module

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
CODE = re.compile(r"\b([RKC]\d{1,2})\b")
LOVDATA = re.compile(r"https://lovdata\.no/(lov|forskrift|dokument/LTI/lov)/(\d{4}-\d{2}-\d{2}(?:-\d+)?)")


def _cited_codes() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "logic").rglob("*.py"):
        found |= set(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_the_rules_cite_is_defined_in_docs_rules() -> None:
    cited = _cited_codes()
    assert {"R1", "R4", "R6", "K1", "K3", "C3", "C14", "C20"} <= cited
    defined = set(re.findall(r"^\| ([RKC]\d{1,2}) \|", DOC, flags=re.MULTILINE))
    assert cited - defined == set()
    assert {f"C{n}" for n in range(1, 21)} <= defined


def test_every_amendment_is_described_in_docs_rules() -> None:
    for amendment in AMENDMENTS:
        assert amendment.identifier in DOC


def _shown_refs() -> list[LawRef]:
    """Every law reference a result can show: the cited places in `logic.law`, and every finding and
    caveat of every legal case."""
    refs = [value for value in vars(law_module).values() if isinstance(value, LawRef)]
    refs.append(APPEAL)
    for path in sorted((ROOT / "tests" / "legal").glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            try:
                result = assess(Answers.model_validate(case["answers"]), case.get("on"))
            except InvalidAnswers:
                continue
            refs += [finding.law for finding in result.findings]
            refs += [note.law for note in result.caveats]
    return [place for ref in refs for place in ref.places()]


def test_every_lovdata_link_names_an_act_listed_in_docs_rules_by_its_identifier() -> None:
    urls = {ref.url for ref in _shown_refs() if ref.url}
    assert "https://lovdata.no/forskrift/2020-12-15-2912/§72" in urls
    for url in urls:
        match = re.match(
            r"https://lovdata\.no/(lov|forskrift|dokument/LTI/lov)/(\d{4}-\d{2}-\d{2}(?:-\d+)?)", url
        )
        assert match, url
        kind = "FOR" if match.group(1) == "forskrift" else "LOV"
        assert f"{kind}-{match.group(2)}" in DOC, url
    assert "2020-11-20-2483" not in " ".join(urls)  # the wrong identifier of version 1


def test_a_law_reference_is_one_place_whether_or_not_it_was_used_before() -> None:
    """Findings and caveats are looked up by their law reference (its hash is kept): two references
    to the same place are equal and interchangeable, and a different sentence is a different place."""
    used = law_module.integration_act("8", 1, sentence=3)
    hash(used)  # looked up once already
    fresh = law_module.integration_act("8", 1, sentence=3)
    assert used == fresh
    assert hash(used) == hash(fresh)
    assert {used: "two years"}[fresh] == "two years"
    assert fresh.model_dump() == used.model_dump()
    assert "_hash" not in fresh.model_dump_json()
    assert dict(used).keys() == dict(fresh).keys()
    other = law_module.integration_act("8", 1, sentence=2)
    assert other != used
    assert {used, fresh, other} == {used, other}
