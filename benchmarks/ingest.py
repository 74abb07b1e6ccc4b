"""End-to-end ingest throughput and peak memory of ``factdb ingest``, on SQLite and PostgreSQL.

    python benchmarks/ingest.py                                  # 10 MB and 100 MB, SQLite
    python benchmarks/ingest.py --mb 10 --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    python benchmarks/ingest.py --pages 3 --jobs 1               # a smoke run

For each corpus size (pages from ``benchmarks/corpus.py``, written once into
``--work`` and reused), backend and ``--jobs`` value, a fresh database is made
and ``factdb ingest`` runs on the whole corpus as a subprocess, so the figures
are the CLI's own: wall-clock seconds, MB/s, articles/s, claims/s, the peak
RSS of the largest process (``wait4``'s ``ru_maxrss``, which covers the worker
processes of ``--jobs``), and the peak RSS and PSS summed over the process
tree (sampled every 0.2 s; forked workers share pages, which the RSS sum counts
once per process and PSS does not), with the PSS peak in each quarter of the
run to show whether memory grows as the corpus goes by. Goals: >= 2 MB/s on one
core into SQLite; peak memory (the tree's PSS) < 500 MB at 10 MB and at 100 MB
alike.

``--jobs`` values above 1 run only when ``factdb ingest --help`` offers the
option; otherwise they are reported as skipped. PostgreSQL runs need a server
URL (``--pg-url`` or ``FACTDB_BENCH_PG_URL``); each run gets a database of its
own on it, dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

FACTDB = [sys.executable, "-m", "factdb"]
_SUMMARY = re.compile(r"(\d+) files .*?, (\d+) articles, (\d+) claims, (\d+) warnings")
GOAL_MB_S, GOAL_RSS_MB = 2.0, 500.0


@dataclass(frozen=True)
class Corpus:
    label: str
    path: Path
    bytes: int
    pages: int


@dataclass(frozen=True)
class Run:
    size: str
    backend: str
    jobs: int
    seconds: float
    mb: float
    articles: int
    claims: int
    peak_rss_mb: float
    tree_rss_mb: float
    tree_pss_mb: float
    trajectory: tuple[float, ...] = ()  # the tree's peak PSS MB in each quarter of the run

    @property
    def mb_s(self) -> float:
        return self.mb / self.seconds

    def row(self) -> str:
        return (
            f"{self.size:>8} {self.backend:>10} {self.jobs:>4} {self.seconds:>9.1f} {self.mb_s:>7.3f} "
            f"{self.articles / self.seconds:>10.1f} {self.claims / self.seconds:>9.0f} "
            f"{self.peak_rss_mb:>9.0f} {self.tree_rss_mb:>9.0f} {self.tree_pss_mb:>9.0f}"
        )


HEADER = (
    f"{'size':>8} {'backend':>10} {'jobs':>4} {'seconds':>9} {'MB/s':>7} {'articles/s':>10} "
    f"{'claims/s':>9} {'peak RSS':>9} {'tree RSS':>9} {'tree PSS':>9}"
)


def make_corpus(work: Path, seed: int, mb: float | None = None, pages: int | None = None) -> Corpus:
    """The corpus for these flags under ``work``, written unless a finished one is there."""
    label = f"{pages}p" if pages is not None else f"{mb:g}MB"
    path = work / f"corpus-{label}-seed{seed}"
    done = path / ".complete"
    if not done.exists():
        shutil.rmtree(path, ignore_errors=True)
        corpus.write(path, count=pages, mb=mb, seed=seed)
        done.write_text("ok\n")
    files = sorted(path.glob("*.txt"))
    return Corpus(label, path, sum(f.stat().st_size for f in files), len(files))


def supports_jobs() -> bool:
    """Whether this factdb's ``ingest`` takes ``--jobs``."""
    shown = subprocess.run(
        [*FACTDB, "ingest", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        check=True,
    )
    return "--jobs" in shown.stdout


@contextmanager
def database(backend: str, work: Path, pg_url: str | None) -> Iterator[str]:
    """A new empty database URL on ``backend``, removed afterwards."""
    name = f"factdb_bench_{uuid.uuid4().hex[:10]}"
    if backend == "sqlite":
        path = work / f"{name}.sqlite"
        try:
            yield f"sqlite:///{path}"
        finally:
            for leftover in work.glob(f"{name}.sqlite*"):
                leftover.unlink()
        return
    assert pg_url
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))  # name is ours, not user input
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _tree_memory_kb(root: int) -> tuple[int, int]:
    """(RSS, PSS) of ``root`` and all its descendants, from /proc. Forked ``--jobs`` workers
    share their parent's pages, which RSS counts once per process and PSS splits between them,
    so the PSS sum is the memory the tree really holds."""
    rss = pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return rss, pss


def run_ingest(
    db_url: str, source: Path, jobs: int
) -> tuple[float, str, float, float, float, tuple[float, ...]]:
    """Run ``factdb ingest`` once: (seconds, its stdout, peak RSS MB of the largest process,
    peak RSS and PSS MB summed over the process tree, the tree's peak PSS MB in each quarter
    of the run)."""
    args = [*FACTDB, "--db", db_url, "ingest", str(source)] + (
        ["--jobs", str(jobs)] if jobs > 1 else []
    )
    began = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdout=out, stderr=err, env={**os.environ, "NO_COLOR": "1"})
        samples: list[tuple[float, int, int]] = []
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.2):
                samples.append((time.perf_counter() - began, *_tree_memory_kb(proc.pid)))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - began
        stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode not in (0, 1) or not _SUMMARY.search(stdout):
        raise SystemExit(f"factdb ingest failed ({proc.returncode}):\n{stdout}\n{stderr[-3000:]}")
    peak = usage.ru_maxrss / 1024  # Linux reports kB
    tree_rss = max((rss for _, rss, _ in samples), default=0) / 1024
    quarters = tuple(
        max(
            (pss for t, _, pss in samples if q * seconds / 4 <= t < (q + 1) * seconds / 4),
            default=0,
        )
        / 1024
        for q in range(4)
    )
    return seconds, stdout, peak, max(tree_rss, peak), max(quarters), quarters


def measure(size: Corpus, backend: str, jobs: int, work: Path, pg_url: str | None) -> Run:
    with database(backend, work, pg_url) as url:
        seconds, stdout, peak, tree, pss, quarters = run_ingest(url, size.path, jobs)
    found = _SUMMARY.search(stdout)
    assert found
    return Run(
        size.label,
        backend,
        jobs,
        seconds,
        size.bytes / 1e6,
        int(found.group(2)),
        int(found.group(3)),
        peak,
        tree,
        pss,
        quarters,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--mb", type=float, nargs="+", default=[10.0, 100.0], help="corpus sizes in MB"
    )
    parser.add_argument("--pages", type=int, help="one corpus of this many pages instead of --mb")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--backend",
        nargs="+",
        choices=["sqlite", "postgresql"],
        default=None,
        help="default: sqlite, plus postgresql when a server URL is given",
    )
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("FACTDB_BENCH_PG_URL"),
        help="PostgreSQL server URL (env FACTDB_BENCH_PG_URL); a database is made per run",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "factdb-bench",
        help="where corpora are kept between runs and SQLite files are made",
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    backends = args.backend or (["sqlite", "postgresql"] if args.pg_url else ["sqlite"])
    if "postgresql" in backends and not args.pg_url:
        parser.error("postgresql needs --pg-url or FACTDB_BENCH_PG_URL")
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = (
        [make_corpus(args.work, args.seed, pages=args.pages)]
        if args.pages is not None
        else [make_corpus(args.work, args.seed, mb=mb) for mb in args.mb]
    )
    parallel = max(args.jobs) > 1 and supports_jobs()
    print(
        f"machine: {os.cpu_count()} cores, {_memory_gb():.1f} GB memory; python {sys.version.split()[0]}"
    )
    for size in sizes:
        print(f"corpus {size.label}: {size.pages} pages, {size.bytes / 1e6:.2f} MB in {size.path}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(HEADER, flush=True)
    runs: list[Run] = []
    for size in sizes:
        for backend in backends:
            for jobs in args.jobs:
                if jobs > 1 and not parallel:
                    print(
                        f"{size.label:>8} {backend:>10} {jobs:>4}   skipped: factdb ingest has no --jobs yet",
                        flush=True,
                    )
                    continue
                run = measure(size, backend, jobs, args.work, args.pg_url)
                runs.append(run)
                print(run.row(), flush=True)
    print(
        "tree PSS MB at its peak in each quarter of the run (flat memory: no growth from quarter to quarter):"
    )
    for run in runs:
        print(
            f"  {run.size} {run.backend} jobs={run.jobs}: "
            + " / ".join(f"{mb:.0f}" for mb in run.trajectory)
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    one_core = [r for r in runs if r.backend == "sqlite" and r.jobs == 1]
    if one_core:
        best = min(r.mb_s for r in one_core)
        print(
            f"goal ingest >= {GOAL_MB_S} MB/s on one core into SQLite: "
            f"{'met' if best >= GOAL_MB_S else 'NOT met'} (slowest {best:.3f} MB/s)"
        )
    worst = max(r.tree_pss_mb for r in runs)
    print(
        f"goal peak memory (tree PSS) < {GOAL_RSS_MB:.0f} MB at every size: "
        f"{'met' if worst < GOAL_RSS_MB else 'NOT met'} (largest {worst:.0f} MB)"
    )


def _memory_gb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


if __name__ == "__main__":
    main()
