"""Report generation time for one metric as the database grows.

    python benchmarks/report.py                         # 1M claims, a metric with 10,000 of them
    python benchmarks/report.py --claims 100000 --focus-claims 2000   # a smoke run

Builds (or reuses, if it already holds the asked number of claims) a synthetic
database with ``benchmarks/synth.py``, then times ``factdb.reporting.compare``
plus ``write_report`` (Markdown, HTML, PNG chart, CSV) for the focus metric,
three runs, and prints the median. Goal: under 2 s including the chart.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import FOCUS_METRIC, Spec, build

from factdb import models
from factdb.db import connect
from factdb.reporting import compare, write_report


def _stored_claims(url: str) -> int:
    engine = connect(url)
    with engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(models.Claim)).scalar_one()
    engine.dispose()
    return int(count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "factdb-report-bench.sqlite")
    parser.add_argument("--claims", type=int, default=Spec.claims)
    parser.add_argument("--focus-claims", type=int, default=Spec.focus_claims)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="build the database even if it exists")
    parser.add_argument("--out", type=Path, help="folder for the report files (default: a new temp dir)")
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    if args.rebuild and args.db.exists():
        args.db.unlink()
    if args.db.exists() and _stored_claims(url) == args.claims:
        print(f"database: {args.db} (reused)")
    else:
        args.db.unlink(missing_ok=True)
        built = build(url, Spec(claims=args.claims, focus_claims=args.focus_claims))
        print(f"database: {args.db}, built in {built.seconds:.1f} s")
    print(f"size: {args.db.stat().st_size / 1e6:.0f} MB, claims: {_stored_claims(url):,}")
    engine = connect(url)
    out = args.out or Path(tempfile.mkdtemp(prefix="factdb-report-bench-"))
    timings: list[tuple[float, float, float]] = []  # compare, write (wall), total CPU
    for _ in range(args.runs):
        began, cpu = time.perf_counter(), time.process_time()
        report = compare(engine, FOCUS_METRIC)
        queried = time.perf_counter()
        write_report(report, out)
        timings.append((queried - began, time.perf_counter() - queried, time.process_time() - cpu))
    engine.dispose()
    total = statistics.median(a + b for a, b, _ in timings)
    print(f"report on {FOCUS_METRIC!r}: {report.claims:,} claims ({len(report.series)} series, "
          f"{len(report.changes)} changes, {len(report.disagreements)} disagreements, "
          f"{len(report.findings)} findings)")
    print(f"compare p50 {statistics.median(a for a, _, _ in timings):.2f} s, write md/html/png/csv p50 "
          f"{statistics.median(b for _, b, _ in timings):.2f} s, total p50 {total:.2f} s wall, "
          f"{statistics.median(c for _, _, c in timings):.2f} s CPU, over {args.runs} runs (goal < 2 s) -> {out}")
    print(f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall time grows with it)")


if __name__ == "__main__":
    main()
