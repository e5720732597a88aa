"""The README's command-line example runs as printed and gives worked example 11 (§ 8 (4), C14)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The command line") :]
    command = re.search(r"```sh\n(echo .+?)\n```", section, flags=re.DOTALL)
    assert command, "the README shows an example with echo … | python -m logic"
    return command.group(1)


def test_the_readme_example_gives_worked_example_11() -> None:
    command = _example().replace(".venv/bin/python", sys.executable)
    result = subprocess.run(
        command, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["outcome"] == "not_entitled"
    assert out["dates"]["right_returns_if_work_ends_before"] == "2027-04-15"
    assert "works_30_hours_or_more" in {finding["reason"] for finding in out["findings"]}
    earlier = subprocess.run(
        command.replace("--on 2026-03-01", "--on 2025-10-01"),
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert json.loads(earlier.stdout)["outcome"] == "right_and_duty"
