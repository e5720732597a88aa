"""Review packs for translation agencies: one XLIFF 1.2 file per language, and the way back.

    .venv/bin/python locales/review_pack.py export [LANG ...]     # writes locales/review/<lang>.xlf
    .venv/bin/python locales/review_pack.py check                 # the committed packs are up to date
    .venv/bin/python locales/review_pack.py import LANG FILE --reviewer "NAME" --date YYYY-MM-DD

A pack holds every message of the language's catalogue: the English source, the current translation
(state `needs-review-translation`), and notes for the reviewer: the translator's comment from the
code, the same text in bokmål (what decides), the official Norwegian terms of `locales/glossary.csv`
that the text uses, and whether a placeholder (`%(date)s` …) must be kept. The file-level note
points to `locales/review/<lang>-notes.md`, the translator's list of chosen terms and doubts.

`import` takes the reviewed XLIFF back: every unit whose target the reviewer marked `translated`,
`signed-off` or `final` replaces the msgstr (placeholders must survive, or the import stops), and
the catalogue's header records the review (`Native-speaker review: <date>, <reviewer>`), which
removes the "not yet checked" notice from the pages in that language. See locales/README.md.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree as ET

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script: the project's packages
from ui import languages  # the language table (no Streamlit)

ROOT = Path(__file__).resolve().parent
REVIEW = ROOT / "review"
XLIFF = "urn:oasis:names:tc:xliff:document:1.2"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]")
BABEL = {language.code: language.babel for language in languages.LANGUAGES}
TRANSLATED = languages.TRANSLATED
ACCEPTED = {"translated", "signed-off", "final"}
_HEADER_REVIEW = re.compile(r"^# Native-speaker review:.*$", re.MULTILINE)


def _catalog(lang: str) -> Catalog:
    with (ROOT / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=BABEL[lang])


def _glossary() -> list[tuple[str, str]]:
    with (ROOT / "glossary.csv").open(encoding="utf-8") as handle:
        return [(row["norwegian_term"], row["plain_english"]) for row in csv.DictReader(handle)]


def _uses(text: str, term: str) -> bool:
    """Whether a bokmål text uses a glossary term (or one of its "a / b" forms, inflected: a word that
    starts with it). Abbreviations (IMDi, UDI) match in their own case only."""
    for part in term.split(" / "):
        flags = 0 if part[:2].isupper() else re.IGNORECASE
        if re.search(r"\b" + re.escape(part), text, flags):
            return True
    return False


def _unit_id(msgid: str) -> str:
    """A stable id: the same message keeps its id from one pack to the next."""
    return hashlib.sha256(msgid.encode("utf-8")).hexdigest()[:16]


def _forms(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def _notes(
    message: Message, bokmal: Message | None, glossary: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    notes = [("developer", comment) for comment in message.auto_comments]
    if bokmal is not None:
        notes.append(("bokmål", " | ".join(_forms(bokmal.string))))
        said = " ".join(_forms(bokmal.string))
        terms = [f"{term}: {english}" for term, english in glossary if _uses(said, term)]
        if terms:
            notes.append(("glossary", "; ".join(terms)))
    source = " ".join(_forms(message.id))
    placeholders = sorted(set(PLACEHOLDER.findall(source)))
    if placeholders:
        notes.append(("placeholders", "keep exactly: " + " ".join(placeholders)))
    return notes


def pack(lang: str) -> bytes:
    """The XLIFF 1.2 review pack of a language."""
    catalog, bokmal, glossary = _catalog(lang), _catalog("nb"), _glossary()
    ET.register_namespace("", XLIFF)
    root = ET.Element(f"{{{XLIFF}}}xliff", version="1.2")
    file = ET.SubElement(
        root,
        f"{{{XLIFF}}}file",
        {"original": f"locales/{lang}/LC_MESSAGES/messages.po", "datatype": "po", "source-language": "en"},
    )
    file.set("target-language", lang)
    header = ET.SubElement(file, f"{{{XLIFF}}}header")
    ET.SubElement(header, f"{{{XLIFF}}}note").text = (
        "Introduction programme self-check (Norway). Readers: refugees and family immigrants, often on a "
        "phone. Plain language, short sentences. Official Norwegian terms stay in brackets where a person "
        "must match them to a letter. The translator's choices and doubts: "
        f"locales/review/{lang}-notes.md. Glossary: locales/glossary.csv."
    )
    body = ET.SubElement(file, f"{{{XLIFF}}}body")
    for message in sorted((m for m in catalog if m.id), key=lambda m: _forms(m.id)[0]):
        ids, strings = _forms(message.id), _forms(message.string)
        notes = _notes(message, bokmal.get(message.id), glossary)
        parent = body
        if len(ids) > 1:  # a plural: one unit per form of the language
            parent = ET.SubElement(body, f"{{{XLIFF}}}group", restype="x-gettext-plurals")
            parent.set("id", _unit_id(ids[0]))
        for index, text in enumerate(strings):
            unit = ET.SubElement(
                parent, f"{{{XLIFF}}}trans-unit", id=_unit_id(ids[0]) + (f"[{index}]" if len(ids) > 1 else "")
            )
            unit.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            ET.SubElement(unit, f"{{{XLIFF}}}source").text = ids[min(index, len(ids) - 1)]
            ET.SubElement(unit, f"{{{XLIFF}}}target", state="needs-review-translation").text = text
            for origin, note in notes:
                ET.SubElement(unit, f"{{{XLIFF}}}note", {"from": origin}).text = note
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def export(langs: list[str]) -> None:
    REVIEW.mkdir(exist_ok=True)
    for lang in langs:
        (REVIEW / f"{lang}.xlf").write_bytes(pack(lang))
        print(f"wrote locales/review/{lang}.xlf")  # noqa: T201 (a command-line tool)


def check() -> int:
    stale = [lang for lang in TRANSLATED if (REVIEW / f"{lang}.xlf").read_bytes() != pack(lang)]
    for lang in stale:
        print(f"locales/review/{lang}.xlf is out of date: run locales/review_pack.py export {lang}")  # noqa: T201
    return 1 if stale else 0


def import_pack(lang: str, path: Path, reviewer: str, day: str) -> None:
    """Take a reviewed pack back into the catalogue and record the review in its header."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) or not reviewer.strip():
        sys.exit("give --reviewer and --date YYYY-MM-DD")
    catalog = _catalog(lang)
    by_id = {_unit_id(_forms(m.id)[0]): m for m in catalog if m.id}
    tree = ET.parse(path)  # a file from the project's own reviewer
    changed = 0
    for unit in tree.iter(f"{{{XLIFF}}}trans-unit"):
        target = unit.find(f"{{{XLIFF}}}target")
        if target is None or target.get("state") not in ACCEPTED:
            continue
        key, _, form = unit.get("id", "").partition("[")
        message = by_id.get(key)
        if message is None:
            continue
        text = target.text or ""
        source = unit.findtext(f"{{{XLIFF}}}source") or ""
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            sys.exit(f"unit {unit.get('id')}: the placeholders of the source must be kept")
        strings = list(_forms(message.string))
        strings[int(form.rstrip("]")) if form else 0] = text
        message.string = tuple(strings) if len(strings) > 1 else strings[0]
        changed += 1
    catalog.header_comment = _HEADER_REVIEW.sub(
        f"# Native-speaker review: {day}, {reviewer.strip()}", catalog.header_comment
    )
    out = BytesIO()
    write_po(out, catalog, width=0, sort_output=True, ignore_obsolete=True)
    data = out.getvalue().replace(f'"Language: {BABEL[lang]}\\n"'.encode(), f'"Language: {lang}\\n"'.encode())
    (ROOT / lang / "LC_MESSAGES" / "messages.po").write_bytes(data)
    print(f"{changed} messages taken from {path}; review recorded")  # noqa: T201


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    exporting = commands.add_parser("export")
    exporting.add_argument("langs", nargs="*", help=f"some of {', '.join(TRANSLATED)} (all by default)")
    commands.add_parser("check")
    importing = commands.add_parser("import")
    importing.add_argument("lang", choices=TRANSLATED)
    importing.add_argument("file", type=Path)
    importing.add_argument("--reviewer", required=True)
    importing.add_argument("--date", required=True)
    args = parser.parse_args(argv)
    if args.command == "export":
        unknown = set(args.langs) - set(TRANSLATED)
        if unknown:
            parser.error(f"no review pack for {', '.join(sorted(unknown))}")
        export(args.langs or list(TRANSLATED))
    elif args.command == "check":
        return check()
    else:
        import_pack(args.lang, args.file, args.reviewer, args.date)
    return 0


if __name__ == "__main__":
    sys.exit(main())
