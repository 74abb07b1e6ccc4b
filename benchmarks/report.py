"""Report generation time for one metric as the database grows, SQLite beside PostgreSQL.

    python benchmarks/report.py                         # 1M claims, a metric with 10,000 of them
    python benchmarks/report.py --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    python benchmarks/report.py --claims 100000 --focus-claims 2000   # a smoke run

Builds (or reuses, if it already holds the asked number of claims) a synthetic
database with ``benchmarks/synth.py`` and, given a PostgreSQL server, copies the
same rows into a new database on it (as ``benchmarks/query.py`` does). Then it
times ``factdb report compare`` for the focus metric, ``--runs`` times per
backend, in the four stages ``compare`` plus ``write_report`` run:

- fetch    ``report_rows``: resolve the metric, read its claims and the figures beside them
- compute  ``build_report``: series, changes, disagreements, stated-vs-implied findings
- chart    ``draw_chart``: the PNG
- write    ``write_report``: Markdown, HTML (chart inlined), PNG and CSV files

and prints the p50 wall-clock and CPU time (of this process: on PostgreSQL the
server's share is missing) of each stage and of the total. The runs hold off the
garbage collector as ``compare`` and ``write_report`` do, and collect between runs,
as a fresh ``factdb`` process would start clean. Goal: total under 2 s.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query import postgres_copy, sqlite_database, stored_claims
from synth import FOCUS_METRIC, Spec

from factdb.db import connect
from factdb.reporting import Report
from factdb.reporting.chart import draw_chart
from factdb.reporting.compare import build_report, report_rows
from factdb.reporting.memory import collector_paused
from factdb.reporting.render import write_report

STAGES = ("fetch", "compute", "chart", "write")
GOAL_S = 2.0
T = TypeVar("T")

Timings = dict[str, list[tuple[float, float]]]  # stage -> (wall, CPU) seconds per run


def _timed(timings: Timings, stage: str, call: Callable[..., T], *args: Any) -> T:
    began, cpu = time.perf_counter(), time.process_time()
    result = call(*args)
    timings[stage].append((time.perf_counter() - began, time.process_time() - cpu))
    return result


def measure(url: str, runs: int, out: Path) -> tuple[Timings, Report]:
    """Time the stages of the focus metric's report, ``runs`` times, with one long-lived engine."""
    engine = connect(url)
    timings: Timings = {stage: [] for stage in (*STAGES, "total")}
    try:
        for _ in range(runs):
            gc.collect()
            began, cpu = time.perf_counter(), time.process_time()
            with collector_paused():
                main, related = _timed(timings, "fetch", report_rows, engine, FOCUS_METRIC)
                report = _timed(timings, "compute", build_report, FOCUS_METRIC, None, main, related)
                png = _timed(timings, "chart", draw_chart, report)
                _timed(timings, "write", write_report, report, out, png)
            timings["total"].append((time.perf_counter() - began, time.process_time() - cpu))
    finally:
        engine.dispose()
    return timings, report


def _p50(values: list[tuple[float, float]], which: int) -> float:
    return statistics.median(v[which] for v in values)


def print_results(results: dict[str, Timings], runs: int) -> None:
    backends = list(results)
    print(f"\n{'stage':<10}" + "".join(f"{b + ' wall p50 s':>22}{b + ' CPU p50 s':>22}" for b in backends))
    for stage in (*STAGES, "total"):
        print(f"{stage:<10}" + "".join(
            f"{_p50(results[b][stage], 0):>22.3f}{_p50(results[b][stage], 1):>22.3f}" for b in backends))
    for backend in backends:
        total = results[backend]["total"]
        wall = _p50(total, 0)
        verdict = "met" if wall < GOAL_S else "NOT met"
        print(f"{backend}: total p50 {wall:.2f} s wall, {_p50(total, 1):.2f} s CPU, over {runs} runs "
              f"(goal < {GOAL_S:.0f} s: {verdict})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "factdb-report-bench.sqlite")
    parser.add_argument("--claims", type=int, default=Spec.claims)
    parser.add_argument("--focus-claims", type=int, default=Spec.focus_claims)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the database even if it exists")
    parser.add_argument("--out", type=Path, help="folder for the report files (default: a new temp dir)")
    parser.add_argument(
        "--pg-url", default=os.environ.get("FACTDB_BENCH_PG_URL"),
        help="PostgreSQL server URL (env FACTDB_BENCH_PG_URL); without it, SQLite only",
    )
    args = parser.parse_args(argv)
    print(f"machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(wall time grows with it; CPU time much less)")
    sqlite_url, how = sqlite_database(args.db, Spec(claims=args.claims, focus_claims=args.focus_claims), args.rebuild)
    engine = connect(sqlite_url)
    print(f"database: {how}")
    print(f"size: {args.db.stat().st_size / 1e6:.0f} MB, claims: {stored_claims(engine):,}", flush=True)
    engine.dispose()
    out = args.out or Path(tempfile.mkdtemp(prefix="factdb-report-bench-"))
    results: dict[str, Timings] = {}
    results["sqlite"], report = measure(sqlite_url, args.runs, out)
    print(f"report on {FOCUS_METRIC!r}: {report.claims:,} claims ({len(report.series)} series, "
          f"{len(report.changes)} changes, {len(report.disagreements)} disagreements, "
          f"{len(report.findings)} findings) -> {out}", flush=True)
    if args.pg_url:
        with postgres_copy(sqlite_url, args.pg_url) as (pg_url, how):
            print(f"postgresql: {how}", flush=True)
            results["postgresql"], _ = measure(pg_url, args.runs, out)
    print_results(results, args.runs)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
