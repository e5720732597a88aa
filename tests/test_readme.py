"""The README opens with the two commands a newcomer needs; CI runs the second one verbatim."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme, flags=re.DOTALL)[:2]


def test_the_readme_opens_with_a_command_that_starts_the_app_and_one_that_runs_the_tests() -> None:
    start, test = _commands()
    assert "streamlit run app.py" in start
    assert "pip install" in start
    assert "pytest" in test
    assert "pip install" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    _, test = _commands()
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci_lines
