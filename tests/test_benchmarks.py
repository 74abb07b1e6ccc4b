"""Smoke runs of the scale benchmarks on tiny sizes: each script runs and prints its figures.

Full-size runs are by hand (benchmarks/RESULTS.md); here a corpus of 3 pages, an
ingest of 2 and a query database of 5,000 claims only prove the scripts work and
print every figure as a number.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
NUMBER = r"\d+(?:\.\d+)?"


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_corpus_is_deterministic_pages_in_the_seed_format(tmp_path: Path) -> None:
    out = _run("corpus.py", str(tmp_path / "a"), "--pages", "3", "--seed", "5")
    assert re.search(rf"^pages: 3$\n^articles: \d+$\n^MB: {NUMBER}$", out, re.MULTILINE), out
    _run("corpus.py", str(tmp_path / "b"), "--pages", "3", "--seed", "5")
    first = sorted((tmp_path / "a").iterdir())
    assert [p.name for p in first] == ["000000.txt", "000001.txt", "000002.txt"]
    assert all(p.read_bytes() == (tmp_path / "b" / p.name).read_bytes() for p in first)
    text = first[0].read_text()
    assert text.startswith("Skip to content")
    assert re.search(
        r"^(Source: .+, [A-Z][a-z]+ \d{1,2}, 20(1[5-9]|2[0-5])|Sources:)$", text, re.MULTILINE
    )


def _ingest_rows(out: str, backend: str) -> list[list[str]]:
    rows = [
        line.split() for line in out.splitlines() if re.match(rf"\s*2p\s+{backend}\s+1\s", line)
    ]
    for row in rows:
        assert len(row) == 10 and all(re.fullmatch(NUMBER, cell) for cell in row[2:]), row
    return rows


def test_ingest_prints_throughput_and_peak_memory(tmp_path: Path) -> None:
    out = _run(
        "ingest.py", "--pages", "2", "--jobs", "1", "--backend", "sqlite", "--work", str(tmp_path)
    )
    assert (
        "size    backend jobs   seconds    MB/s articles/s  claims/s  peak RSS  tree RSS  tree PSS"
        in out
    )
    (row,) = _ingest_rows(out, "sqlite")
    assert (
        round(float(row[5]) * float(row[3])) >= 12
    )  # articles/s x seconds: 2 pages of 6-10 articles
    assert re.search(
        r"^goal peak memory \(tree PSS\) < 500 MB at every size: (met|NOT met)", out, re.MULTILINE
    )


def _query_rows(out: str, backends: int) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for name in [
        "by metric",
        "by metric+entity+period",
        "by source",
        "check",
        "name resolution",
        "report compare",
    ]:
        found = re.search(
            rf"^{re.escape(name)}(?: \([^)]*\))?\s+((?:{NUMBER}\s+)+{NUMBER})$", out, re.MULTILINE
        )
        assert found, f"{name!r} missing from:\n{out}"
        table[name] = found.group(1).split()
        assert len(table[name]) == 3 * backends + 2, table[name]
    return table


def test_query_prints_latencies_and_the_index_plan(tmp_path: Path) -> None:
    out = _run(
        "query.py",
        "--claims",
        "5000",
        "--focus-claims",
        "200",
        "--runs",
        "3",
        "--compare-runs",
        "1",
        "--db",
        str(tmp_path / "q.sqlite"),
    )
    assert "claims stored: 5,000" in out
    table = _query_rows(out, backends=1)
    assert float(table["by metric"][3]) > 0  # rows found per call
    assert re.search(r"USING (COVERING )?INDEX ix_claims_metric_entity_period", out)


@pytest.mark.postgres
def test_query_and_ingest_run_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    out = _run(
        "query.py",
        "--claims",
        "5000",
        "--focus-claims",
        "200",
        "--runs",
        "3",
        "--compare-runs",
        "1",
        "--db",
        str(tmp_path / "q.sqlite"),
        "--pg-url",
        pg_url,
    )
    _query_rows(out, backends=2)
    assert re.search(
        r"(Index|Index Only|Bitmap Index) Scan (using|on) ix_claims_metric_entity_period", out
    )
    out = _run(
        "ingest.py",
        "--pages",
        "2",
        "--jobs",
        "1",
        "--backend",
        "postgresql",
        "--pg-url",
        pg_url,
        "--work",
        str(tmp_path),
    )
    assert len(_ingest_rows(out, "postgresql")) == 1


@pytest.mark.skipif(not (BENCH.parent / ".git").exists(), reason="needs a git checkout for its worktree")
def test_ab_runs_a_revision_beside_the_working_tree() -> None:
    # a 0.1 MB corpus: ingest's start-up takes seconds on a fresh machine, and 0.02 MB over 5 s prints 0.00 MB/s
    out = _run("ab.py", "HEAD", "--mb", "0.02", "--corpus-mb", "0.1", "--rounds", "1")
    rows = [line.split() for line in out.splitlines() if re.match(r"\s+1\s+(HEAD|working)\s", line)]
    assert [row[1] for row in rows] == ["HEAD", "working"], out
    assert all(len(row) == 6 and all(float(cell) > 0 for cell in row[2:]) for row in rows), out
