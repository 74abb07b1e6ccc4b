"""The docs stay true: the generated CLI reference is current and every command is documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factdb.cli import command_paths, help_pages

ROOT = Path(__file__).resolve().parent.parent


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
