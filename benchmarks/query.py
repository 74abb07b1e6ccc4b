"""Query latency at a million claims: p50/p95 of the fact-checker calls, SQLite beside PostgreSQL.

    python benchmarks/query.py --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    python benchmarks/query.py --claims 20000 --focus-claims 1000 --runs 5     # a smoke run

Builds (or reuses, when it holds the asked number of claims) a synthetic SQLite
database with ``benchmarks/synth.py`` -- rows bulk-inserted into a schema made
by the real migrations, indexes included -- and, given a PostgreSQL server,
copies the same rows into a new database on it with ``COPY``, so both backends
answer over identical data. Then it times, over ``--runs`` calls each with
varied arguments, through the public API with one long-lived engine:

- ``claims(engine, metric=...)``                                  by metric
- ``claims(engine, metric=..., entity=..., since=..., until=...)`` by metric + entity + period range
- ``claims(engine, source=...)``                                  by source (credited or reporting)
- ``check(engine, statement)``                                    one statement checked
- ``reporting.compare(engine, metric)``                           the report of the largest metric
- the name resolution every ``claims`` call does in Python (metric + entity + source)

and prints p50/p95 wall-clock latency per query per backend side by side, with
the p50 CPU time of this process per call (on SQLite that is all the work, so
it is the latency without other processes competing for the cores; on
PostgreSQL the server's share is missing), the goals, and the query plans
(SQLite ``EXPLAIN QUERY PLAN``, PostgreSQL ``EXPLAIN``) of the three ``claims``
queries. Goals at 1M claims: by metric and by metric +
entity + period p50 < 20 ms; check p50 < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import FOCUS_METRIC, SURVEYS, Spec, build

from factdb import check, claims, models
from factdb.db import connect
from factdb.query import (
    ClaimFilter,
    claims_select,
    entity_names,
    metric_names,
    source_names,
)

GOALS_MS = {"by metric": 20.0, "by metric+entity+period": 20.0, "check": 100.0}


@dataclass(frozen=True)
class Timing:
    query: str
    seconds: list[float]
    rows: float  # mean rows returned
    cpu: list[
        float
    ]  # this process's CPU seconds per call (all of SQLite's work; not the PG server's)

    def pct(self, q: float) -> float:
        ordered = sorted(self.seconds)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000

    @property
    def p50(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def cpu_p50(self) -> float:
        return statistics.median(self.cpu) * 1000


# --- databases ---------------------------------------------------------------------------------


def stored_claims(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(models.Claim)).scalar_one())


def sqlite_database(path: Path, spec: Spec, rebuild: bool) -> tuple[str, str]:
    """The synthetic SQLite database at ``path``, built unless it holds ``spec.claims`` already."""
    url = f"sqlite:///{path}"
    if path.exists() and not rebuild:
        engine = connect(url)  # also brings an older file to head, new indexes included
        held = stored_claims(engine)
        engine.dispose()
        if held == spec.claims:
            return url, f"reused {path}"
    path.unlink(missing_ok=True)
    built = build(url, spec)
    return url, f"built {path} in {built.seconds:.1f} s"


@contextmanager
def postgres_copy(sqlite_url: str, server: str) -> Iterator[tuple[str, str]]:
    """A new database on ``server`` migrated by factdb and filled with the SQLite rows by COPY;
    dropped on exit."""
    import psycopg
    from psycopg import sql

    name = f"factdb_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))  # our own generated name
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        began = time.perf_counter()
        connect(url).dispose()  # the real migrations make the schema and its indexes
        source = create_engine(sqlite_url)
        libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        with source.connect() as lite, psycopg.connect(libpq) as pg:
            raw = lite.connection.driver_connection
            assert raw is not None
            for table in models.Base.metadata.sorted_tables:
                columns = [c.name for c in table.columns]
                read = str(select(table).compile(dialect=lite.dialect))
                copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
                    sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, columns))
                )
                cursor = raw.execute(read)
                with pg.cursor() as cur, cur.copy(copy) as out:
                    while rows := cursor.fetchmany(20_000):
                        for row in rows:
                            out.write_row(row)
                if "id" in table.c:
                    pg.execute(
                        sql.SQL(
                            "SELECT setval(pg_get_serial_sequence({}, 'id'), "
                            "coalesce((SELECT max(id) FROM {}), 0) + 1, false)"
                        ).format(sql.Literal(table.name), sql.Identifier(table.name))
                    )
            pg.commit()
        source.dispose()
        with psycopg.connect(libpq, autocommit=True) as pg:  # VACUUM can't run in a transaction
            pg.execute("VACUUM ANALYZE")
        yield url, f"copied into {name} in {time.perf_counter() - began:.1f} s"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# --- the calls ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Workload:
    """Varied arguments for every query, drawn from the stored rows, the same on both backends."""

    metrics: list[str]
    triples: list[tuple[str, str, str, str]]  # metric, entity, since, until
    sources: list[str]
    statements: list[tuple[str, date]]


def workload(engine: Engine, runs: int, seed: int) -> Workload:
    rng = random.Random(seed)
    c = models.Claim
    with engine.connect() as conn:
        metric = dict(conn.execute(select(models.Metric.id, models.Metric.name)).all())
        entity = dict(conn.execute(select(models.Entity.id, models.Entity.name)).all())
        source = dict(conn.execute(select(models.Source.id, models.Source.name)).all())
        top = conn.execute(select(func.max(c.id))).scalar_one()
        picks = [rng.randrange(1, top + 1) for _ in range(runs * 3)]
        rows = conn.execute(
            select(c.metric_id, c.entity_id, c.period_start)
            .where(
                c.id.in_(picks),
                c.period_start.is_not(None),
                c.metric_id.is_not(None),
                c.entity_id.is_not(None),
            )
            .order_by(c.id)
        ).all()
    noise = {name for name in metric.values() if name.startswith("synthetic metric")}
    triples = [
        (
            metric[m],
            entity[e],
            str(start.year - 1) if isinstance(start, date) else str(start)[:4],
            str(start.year + 1) if isinstance(start, date) else str(int(str(start)[:4]) + 1),
        )
        for m, e, start in rows
    ][:runs]
    outlets = sorted(name for name in source.values() if name not in SURVEYS)
    statements = []
    for _ in range(runs):
        month = date(2015, 1, 1) + timedelta(days=31 * rng.randrange(110))
        month = month.replace(day=1)
        published = (month + timedelta(days=40)).replace(day=2)
        statements.append(
            (
                (
                    f"China's synthetic manufacturing PMI was {rng.uniform(48, 52):.1f}% in "
                    f"{month:%B %Y}, according to the National Bureau of Statistics."
                ),
                published,
            )
        )
    held = [metric[m] for m, _, _ in rows if metric[m] in noise]  # metrics that hold claims
    return Workload(
        [rng.choice(held) for _ in range(runs)],
        triples,
        [rng.choice(outlets) for _ in range(runs)],
        statements,
    )


def _time(name: str, calls: list[Callable[[], int]]) -> Timing:
    calls[0]()  # warm caches and connection pool; not counted
    seconds, rows, cpu = [], [], []
    for call in calls:
        began, began_cpu = time.perf_counter(), time.process_time()
        rows.append(call())
        seconds.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return Timing(name, seconds, statistics.mean(rows), cpu)


def _resolve(engine: Engine, metric: str, entity: str, source: str) -> int:
    return (
        len(metric_names(engine).resolve(metric, "metric"))
        + len(entity_names(engine).resolve(entity, "entity"))
        + len(source_names(engine).resolve(source, "source"))
    )


def measure(engine: Engine, work: Workload, compare_runs: int) -> list[Timing]:
    timings = [
        _time("by metric", [lambda m=m: len(claims(engine, metric=m)) for m in work.metrics]),
        _time(
            "by metric+entity+period",
            [
                lambda t=t: len(claims(engine, metric=t[0], entity=t[1], since=t[2], until=t[3]))
                for t in work.triples
            ],
        ),
        _time("by source", [lambda s=s: len(claims(engine, source=s)) for s in work.sources]),
        _time(
            "check",
            [
                lambda s=s: len(check(engine, s[0], published=s[1])[0].evidence)
                for s in work.statements
            ],
        ),
        _time(
            "name resolution",
            [
                lambda t=t, s=s: _resolve(engine, t[0], t[1], s)
                for t, s in zip(work.triples, work.sources)
            ],
        ),
    ]
    try:
        from factdb.reporting import compare
    except ImportError:  # the reporting package is optional for this benchmark
        return timings
    timings.append(
        _time(
            f"report compare ({FOCUS_METRIC})",
            [lambda: compare(engine, FOCUS_METRIC).claims for _ in range(compare_runs + 1)],
        )
    )
    return timings


# --- plans -------------------------------------------------------------------------------------


def plans(engine: Engine, work: Workload) -> dict[str, list[str]]:
    """The backend's query plans of the three ``claims`` queries, for the first arguments of each."""
    metric, entity, since, until = work.triples[0]
    return {
        f"claims(metric={work.metrics[0]!r})": plan(engine, ClaimFilter(metric=work.metrics[0])),
        f"claims(metric={metric!r}, entity={entity!r}, since={since!r}, until={until!r})": plan(
            engine, ClaimFilter(metric=metric, entity=entity, since=since, until=until)
        ),
        f"claims(source={work.sources[0]!r})": plan(engine, ClaimFilter(source=work.sources[0])),
    }


def plan(engine: Engine, where: ClaimFilter) -> list[str]:
    """The backend's query plan for ``claims`` filtered by ``where``."""
    stmt = where.apply(engine, claims_select())
    compiled = stmt.compile(dialect=engine.dialect, compile_kwargs={"render_postcompile": True})
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            params: Any = tuple(compiled.params[k] for k in compiled.positiontup or [])
            found = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params).all()
            return [f"{'  ' * _depth(found, row)}{row[-1]}" for row in found]
        found = conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params).all()
        return [row[0] for row in found]


def _depth(rows: list[Any], row: Any) -> int:
    parents = {r[0]: r[1] for r in rows}
    depth, parent = 0, row[1]
    while parent in parents:
        depth, parent = depth + 1, parents[parent]
    return depth


# --- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument(
        "--focus-claims",
        type=int,
        default=10_000,
        help="claims of the largest metric, the one the report compares",
    )
    parser.add_argument("--runs", type=int, default=50, help="calls per query (varied arguments)")
    parser.add_argument("--compare-runs", type=int, default=5)
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="SQLite file to build or reuse (default: in the temp dir, named by size)",
    )
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("FACTDB_BENCH_PG_URL"),
        help="PostgreSQL server URL (env FACTDB_BENCH_PG_URL); without it, SQLite only",
    )
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    spec = Spec(claims=args.claims, focus_claims=args.focus_claims)
    path = args.db or Path(tempfile.gettempdir()) / f"factdb-query-bench-{args.claims}.sqlite"
    print(
        f"machine: {os.cpu_count()} cores, {_memory_gb():.1f} GB memory; python {sys.version.split()[0]}; "
        f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    sqlite_url, how = sqlite_database(path, spec, args.rebuild)
    print(f"sqlite: {how}, {path.stat().st_size / 1e6:.0f} MB", flush=True)
    results: dict[str, list[Timing]] = {}
    shown: dict[str, dict[str, list[str]]] = {}
    engine = connect(sqlite_url)
    try:
        print(f"claims stored: {stored_claims(engine):,}", flush=True)
        work = workload(engine, args.runs, args.seed)
        results["sqlite"] = measure(engine, work, args.compare_runs)
        shown["sqlite"] = plans(engine, work)
    finally:
        engine.dispose()
    if args.pg_url:
        with postgres_copy(sqlite_url, args.pg_url) as (pg_url, how):
            print(f"postgresql: {how}", flush=True)
            engine = connect(pg_url)
            try:
                results["postgresql"] = measure(engine, work, args.compare_runs)
                shown["postgresql"] = plans(engine, work)
            finally:
                engine.dispose()
    report(results, shown, args.claims)


def report(
    results: dict[str, list[Timing]], shown: dict[str, dict[str, list[str]]], claims_count: int
) -> None:
    backends = list(results)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    short = {"sqlite": "sqlite", "postgresql": "pg"}
    print(
        f"{'query':<45}"
        + "".join(
            f"{short[b] + ' p50 ms':>18}{short[b] + ' p95 ms':>18}{short[b] + ' cpu p50 ms':>18}"
            for b in backends
        )
        + f"{'rows':>9}{'runs':>6}"
    )
    for i, first in enumerate(results[backends[0]]):
        cells = "".join(
            f"{results[b][i].p50:>18.1f}{results[b][i].pct(0.95):>18.1f}{results[b][i].cpu_p50:>18.1f}"
            for b in backends
        )
        print(f"{first.query:<45}{cells}{first.rows:>9.0f}{len(first.seconds):>6}")
    print()
    for name, goal in GOALS_MS.items():
        for backend in backends:
            timing = next(t for t in results[backend] if t.query == name)
            verdict = "met" if timing.p50 < goal else "NOT met"
            print(
                f"goal {name} p50 < {goal:.0f} ms at {claims_count:,} claims on {backend}: "
                f"{verdict} ({timing.p50:.1f} ms wall clock; {timing.cpu_p50:.1f} ms CPU in this process)"
            )
    for backend, by_query in shown.items():
        for call, lines in by_query.items():
            print(f"\nplan on {backend} of {call}:")
            for line in lines:
                print(f"  {line}")


def _memory_gb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


if __name__ == "__main__":
    main()
