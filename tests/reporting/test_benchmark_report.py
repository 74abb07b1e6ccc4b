"""`benchmarks/report.py` on a tiny synthetic database: it builds, reports and prints its figures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "report.py"


def test_report_benchmark_prints_size_claims_and_times(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--db", str(tmp_path / "b.sqlite"), "--claims", "3000",
         "--focus-claims", "300", "--runs", "1", "--out", str(tmp_path / "out")],
        check=False, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    assert re.search(r"^size: \d+ MB, claims: 3,000$", out, re.MULTILINE), out
    assert re.search(r"report on 'synthetic manufacturing pmi': 300 claims \(\d+ series", out), out
    assert re.search(r"total p50 \d+\.\d\d s wall, \d+\.\d\d s CPU", out), out
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".csv", ".html", ".md", ".png"]
