"""logic/ stays pure: no user interface, no translations, no clock, no I/O (DEVELOPERS.md standards).

`logic/__main__.py` is the command line, the package's one boundary with the outside world; it is
the only file allowed to read files, standard input and the clock.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

LOGIC = Path(__file__).resolve().parent.parent / "logic"
RULE_FILES = sorted(p for p in LOGIC.rglob("*.py") if p.name != "__main__.py")
FORBIDDEN_MODULES = {"streamlit", "gettext", "babel", "locale", "os", "io", "pathlib", "time", "logging"}
FORBIDDEN_CALLS = {"open", "print", "input", "today", "now", "utcnow", "localtime", "time"}


def _imports(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _calls(tree: ast.AST) -> set[str]:
    called: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                called.add(func.id)
            elif isinstance(func, ast.Attribute):
                called.add(func.attr)
    return called


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: str(p.relative_to(LOGIC)))
def test_rule_module_imports_no_ui_translation_clock_or_io(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not _imports(tree) & FORBIDDEN_MODULES
    assert not _calls(tree) & FORBIDDEN_CALLS


def test_importing_logic_loads_neither_streamlit_nor_gettext() -> None:
    code = (
        "import sys, logic; print(sorted(m for m in ('streamlit', 'gettext', 'babel') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=LOGIC.parent
    )
    assert out.stdout.strip() == "[]"


def test_the_rules_refuse_to_guess_the_assessment_date() -> None:
    """C13: the assessment date is always an input; without one the rules raise, never read the clock."""
    from logic import Answers, InvalidAnswers, assess

    with pytest.raises(InvalidAnswers) as raised:
        assess(Answers(permit_basis="refugee"))
    assert raised.value.problems[0].field == "assessed_on"
