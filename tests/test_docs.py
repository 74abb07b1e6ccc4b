"""The docs stay true: the generated CLI reference is current, every command is documented, and
the README's table of what the extractor reads is what it reads."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from factdb.cli import command_paths, help_pages
from factdb.extract import extract

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_READS = README.split("### What the extractor reads", 1)[1].split("\n###", 1)[0]
_ROW = re.compile(r"^\| (?P<sentence>[^|]+) \| `(?P<figure>[^`]+)` \| (?P<value>[\d.]+) \| (?P<unit>\w+) \| "
                  r"(?P<kind>\w+) \| (?P<period>\S+) \|$", re.MULTILINE)
_NOT_CLAIMS = _READS.split("<!-- not-claims -->", 1)[1].split("<!-- /not-claims -->", 1)[0]
_NAMES = README.split("### What it names and credits", 1)[1].split("\n###", 1)[0]
_NAMED_ROW = re.compile(r"^\| (?P<sentence>[^|]+) \| `(?P<figure>[^`]+)` \| (?P<metric>[^|]+) \| (?P<entity>[^|]+) \| "
                        r"(?P<credit>[^|]+) \|$", re.MULTILINE)


def test_cli_reference_is_current() -> None:
    result = subprocess.run([sys.executable, "-m", "cogapp", "--check", "docs/cli.md", "README.md"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, "run `cog -r docs/cli.md README.md`:\n" + result.stdout + result.stderr


@pytest.mark.parametrize(("path", "text"), help_pages(), ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_every_command_has_help_with_an_example(path: list[str], text: str) -> None:
    command = {tuple(p): c for p, c in command_paths()}[tuple(path)]
    assert command.help, f"factdb {' '.join(path)} has no docstring"
    if not hasattr(command, "commands"):
        assert "Example: factdb" in text, f"factdb {' '.join(path)} has no example"


@pytest.mark.parametrize("row", list(_ROW.finditer(_READS)), ids=lambda m: m["figure"])
def test_readme_table_of_what_the_extractor_reads(row: re.Match[str]) -> None:
    claims = [c for c in extract(row["sentence"], published=date(2024, 8, 1)) if c.text == row["figure"]]
    assert claims, f"no claim {row['figure']!r} in {row['sentence']!r}"
    claim = claims[0]
    assert (round(claim.value, 6), claim.unit, claim.kind, claim.period or "—") == (
        float(row["value"]), row["unit"], row["kind"], row["period"]
    )


def test_readme_table_is_read_whole() -> None:
    assert len(_ROW.findall(_READS)) == _READS.count("\n| ") - 1  # every row but the header parses


@pytest.mark.parametrize("line", [x[2:] for x in _NOT_CLAIMS.strip().splitlines()])
def test_readme_lines_that_are_not_claims(line: str) -> None:
    assert extract(line) == []


@pytest.mark.parametrize("row", list(_NAMED_ROW.finditer(_NAMES)), ids=lambda m: m["figure"])
def test_readme_table_of_what_the_extractor_names(row: re.Match[str]) -> None:
    claim = next(c for c in extract(row["sentence"], published=date(2024, 8, 1)) if c.text == row["figure"])
    assert (claim.metric or "—", claim.entity or "—", claim.attributed_to or "—") == (
        row["metric"], row["entity"], row["credit"]
    )


def test_readme_names_table_is_read_whole() -> None:
    assert len(_NAMED_ROW.findall(_NAMES)) == _NAMES.count("\n| ") - 1  # every row but the header parses
