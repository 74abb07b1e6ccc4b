"""`factdb report`: compare, consistency and all, through the shell."""

from __future__ import annotations

import json
from pathlib import Path

from rich.table import Table
from typer.testing import CliRunner

from factdb import cli
from factdb.cli import app

runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_compare_json_and_files(seeded_url: str, tmp_path: Path) -> None:
    result = run("--db", seeded_url, "report", "compare", "--metric", "marriage", "--out", str(tmp_path),
                 "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert [(c["from_period"], c["to_period"], c["difference"]) for c in report["changes"]
            if c["to_value"] == 7_680_000] == [("2022", "2023", 845_000)]
    assert any(3_928_000 in f["implied"] for f in report["findings"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"{report['slug']}.{ext}" for ext in ("csv", "html", "md", "png")]
    assert "written: " in result.stderr


def test_compare_csv_prints_the_timeline_rows(seeded_url: str, tmp_path: Path) -> None:
    result = run("--db", seeded_url, "report", "compare", "--metric", "manufacturing pmi", "--out",
                 str(tmp_path), "--format", "csv")
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.startswith("claim_id,series,metric,entity,period,")
    assert sum(",49.4," in row for row in rows) == 1 and sum(",49.8," in row for row in rows) == 1


def test_consistency_json_cites_claims(seeded_url: str) -> None:
    result = run("--db", seeded_url, "report", "consistency", "--format", "json")
    assert result.exit_code == 0
    findings = json.loads(result.stdout)
    (multiplier,) = [f for f in findings if f["check"] == "multiplier"]
    assert multiplier["outcome"] == "consistent" and len(multiplier["claims"]) == 2
    assert {f["outcome"] for f in findings} <= {"consistent", "inconsistent", "only implied"}


def test_all_writes_an_index_sorted_by_claims(seeded_url: str, tmp_path: Path) -> None:
    result = run("--db", seeded_url, "report", "all", "--out", str(tmp_path), "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    claims = [r["claims"] for r in rows]
    assert claims == sorted(claims, reverse=True) and min(claims) >= 2
    assert {"manufacturing pmi", "market share"} <= {r["report"] for r in rows}
    assert (tmp_path / "index.html").exists() and (tmp_path / "consistency.md").exists()


def test_unknown_metric_is_a_one_line_error(seeded_url: str, tmp_path: Path) -> None:
    result = run("--db", seeded_url, "report", "compare", "--metric", "zzzz qqqq", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no metric matches 'zzzz qqqq'")
    assert list(tmp_path.iterdir()) == []


def test_entity_without_claims_of_the_metric_is_an_error(seeded_url: str, tmp_path: Path) -> None:
    result = run("--db", seeded_url, "report", "compare", "--metric", "marriage", "--entity", "Chinese brands",
                 "--out", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no claim matches 'marriage about Chinese brands'")


def test_terminal_shows_the_latest_rows_of_a_long_table() -> None:
    table = Table("n")
    assert cli._latest(list(range(100)), table, "x.md") == list(range(70, 100))
    assert table.caption == "the last 30 of 100; all in x.md"
    short = Table("n")
    assert cli._latest([1, 2], short, "x.md") == [1, 2] and short.caption is None
