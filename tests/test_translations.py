"""The translated catalogues and their review packs (locales/README.md).

- Each catalogue says in its header whether a native speaker has reviewed it; until then the pages
  in that language say so (`tests/ui/test_ui_languages.py`).
- A text that names a button names it as the button says it, in every language.
- The language table of the app and the review tool agree.
- The committed review packs (XLIFF 1.2) are those the catalogues make now, hold every message with
  its bokmål text, and a reviewed pack comes back into the catalogue and records the review.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree as ET

import pytest
from babel.messages.pofile import read_po

from ui import i18n, languages

ROOT = Path(__file__).resolve().parents[1]
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("review_pack", ROOT / "locales" / "review_pack.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


review_pack = _tool()


@pytest.mark.parametrize("lang", languages.CODES)
def test_each_catalogue_records_whether_a_native_speaker_has_reviewed_it(lang: str) -> None:
    header = (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
    recorded = re.findall(r"^# Native-speaker review: (.+)$", header, re.MULTILINE)
    assert len(recorded) == 1
    if lang in languages.OWN_TEXTS:
        assert recorded[0].startswith("source")  # the project's own texts
    else:
        # Until a review is imported (locales/review_pack.py import), the pages say it is unchecked.
        assert recorded[0] == "none" or re.match(r"\d{4}-\d{2}-\d{2}, \S", recorded[0])
        assert i18n.catalogue(lang).reviewed == (recorded[0] != "none")


@pytest.mark.parametrize("lang", languages.CODES)
def test_a_text_that_names_a_button_names_it_as_the_button_says_it(lang: str) -> None:
    t = i18n.Texts(lang)
    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        template = read_po(handle)
    named = 0
    for message in template:
        if not isinstance(message.id, str):
            continue
        for button in re.findall(r"«([^»%§]+)»", message.id):
            if template.get(button) is not None:
                assert t.gettext(button) in t.gettext(message.id), (message.id, button)
                named += 1
    assert named >= 1


def test_the_committed_review_packs_are_up_to_date() -> None:
    assert review_pack.check() == 0, "run: .venv/bin/python locales/review_pack.py export"


@pytest.mark.parametrize("lang", review_pack.TRANSLATED)
def test_a_review_pack_holds_every_message_with_its_bokmal_text(lang: str) -> None:
    root = ET.fromstring(review_pack.pack(lang))
    file = root.find(f"{XLIFF}file")
    assert file is not None
    assert (file.get("source-language"), file.get("target-language")) == ("en", lang)
    units = list(root.iter(f"{XLIFF}trans-unit"))
    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        messages = [m for m in read_po(handle) if m.id]
    assert {unit.findtext(f"{XLIFF}source") for unit in units} >= {
        m.id if isinstance(m.id, str) else m.id[0] for m in messages
    }
    for unit in units:
        notes = {note.get("from"): note.text for note in unit.iter(f"{XLIFF}note")}
        assert notes.get("bokmål"), unit.get("id")
        target = unit.find(f"{XLIFF}target")
        assert target is not None
        assert target.get("state") == "needs-review-translation"


def _copy_locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", copy, ignore=shutil.ignore_patterns("review"))
    monkeypatch.setattr(review_pack, "ROOT", copy)
    return copy


def test_a_reviewed_pack_comes_back_into_the_catalogue_and_records_the_review(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy_locales(tmp_path, monkeypatch)
    root = ET.fromstring(review_pack.pack("so"))
    unit = next(u for u in root.iter(f"{XLIFF}trans-unit") if u.findtext(f"{XLIFF}source") == "Continue")
    target = unit.find(f"{XLIFF}target")
    assert target is not None
    target.text = "Sii wad hadda"
    target.set("state", "signed-off")
    returned = tmp_path / "so-reviewed.xlf"
    returned.write_bytes(ET.tostring(root, encoding="utf-8"))
    review_pack.import_pack("so", returned, "Agency AS", "2027-01-15")
    po = copy / "so" / "LC_MESSAGES" / "messages.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale="so")
    assert catalog.get("Continue").string == "Sii wad hadda"
    assert "# Native-speaker review: 2027-01-15, Agency AS" in po.read_text(encoding="utf-8")
    # The app reads that header as reviewed: the "not yet checked" notice goes away.
    monkeypatch.setattr(i18n, "LOCALES_DIR", copy)
    i18n.catalogue.cache_clear()
    try:
        assert i18n.reviewed("so")
        assert i18n.Texts("so").gettext("Continue") == "Sii wad hadda"
    finally:
        i18n.catalogue.cache_clear()


def test_a_reviewed_text_that_lost_a_placeholder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy_locales(tmp_path, monkeypatch)
    before = (copy / "ar" / "LC_MESSAGES" / "messages.po").read_bytes()
    root = ET.fromstring(review_pack.pack("ar"))
    unit = next(
        u for u in root.iter(f"{XLIFF}trans-unit") if "%(date)s" in (u.findtext(f"{XLIFF}source") or "")
    )
    target = unit.find(f"{XLIFF}target")
    assert target is not None
    target.text = "بدون تاريخ"
    target.set("state", "final")
    returned = tmp_path / "ar-reviewed.xlf"
    returned.write_bytes(ET.tostring(root, encoding="utf-8"))
    with pytest.raises(SystemExit, match="placeholders"):
        review_pack.import_pack("ar", returned, "Agency AS", "2027-01-15")
    assert (copy / "ar" / "LC_MESSAGES" / "messages.po").read_bytes() == before
