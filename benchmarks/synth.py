"""A synthetic factdb database of any size, bulk-inserted straight into the tables.

Benchmarks need a database of a million claims in seconds, not the hours the
extractor would take, so this writes rows with SQLAlchemy Core ``insert()``
executemany in big batches into a schema made by the real migrations. One
*focus* metric gets a chosen number of claims spread over ten years of months,
three credited surveys, many outlets, a few change claims and targets, some
conflicting reports and sub-indexes reported beside it, like the PMI in the
seeds; every other claim is noise over thousands of metrics and entities.

    python benchmarks/synth.py /tmp/factdb-1m.sqlite --claims 1000000 --focus-claims 10000
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Connection, Table, insert

from factdb import models
from factdb.db import connect

FOCUS_METRIC = "synthetic manufacturing pmi"
SURVEYS = ["National Bureau of Statistics", "Caixin", "S&P Global"]
SUB_INDEXES = ["synthetic new order index", "synthetic production index", "synthetic employment index"]
_BATCH = 50_000


@dataclass(frozen=True)
class Spec:
    """The shape of the synthetic database."""

    claims: int = 1_000_000
    focus_claims: int = 10_000
    claims_per_article: int = 10
    articles_per_document: int = 100
    metrics: int = 2_000
    entities: int = 500
    outlets: int = 200
    months: int = 120
    seed: int = 7


@dataclass(frozen=True)
class Built:
    claims: int
    seconds: float


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _plain(value: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (ISO dates, JSON text), for the raw driver."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value)
    return value


def _insert(conn: Connection, table: Table, rows: Iterator[dict[str, Any]]) -> None:
    """Insert with the driver's executemany: the statement is Core's ``insert(table)``
    compiled once; rows go in as tuples, skipping SQLAlchemy's per-row processing,
    which would take most of the build time at a million rows."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    for batch in _batches(rows):
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(batch[0]))
        order = compiled.positiontup or []
        # Columns that may hold dates or lists need converting; the rest pass as they are.
        typed = {c for c in order if c.endswith(("_start", "_end", "published", "_at", "warnings"))}
        cursor.executemany(str(compiled), [
            tuple(_plain(row[c]) if c in typed else row[c] for c in order) for row in batch])
    cursor.close()


_MONTH_CACHE: dict[tuple[date, int], tuple[str, date, date]] = {}


def _month(first: date, index: int) -> tuple[str, date, date]:
    key = (first, index)
    if key not in _MONTH_CACHE:
        start = first + relativedelta(months=index)
        _MONTH_CACHE[key] = (start.strftime("%Y-%m"), start, start + relativedelta(months=1, days=-1))
    return _MONTH_CACHE[key]


class _Claims:
    """Claim rows: the focus metric's in every ``stride``-th article, noise everywhere else."""

    def __init__(self, spec: Spec, rng: random.Random, articles: int) -> None:
        self.spec, self.rng, self.articles = spec, rng, articles
        self.stride = max(1, articles // max(1, spec.focus_claims))
        self.first = date(2015, 1, 1)
        # Each survey's true reading per month: a slow random walk around 50.
        self.truth = {s: [round(50 + 2 * rng.uniform(-1, 1), 1) for _ in range(spec.months)]
                      for s in [*SURVEYS, *SUB_INDEXES]}
        self.has_direction = "direction" in models.Claim.__table__.c

    def _row(self, article: int, position: int, **fields: Any) -> dict[str, Any]:
        text = fields.pop("text")
        sentence = f"The figure was {text} according to the release."
        row = {
            "article_id": article, "value_high": None, "counted": None, "compared_to": None,
            "compared_start": None, "compared_end": None, "period": None, "period_start": None,
            "period_end": None, "attributed_source_id": None, "published": None, "text": text,
            "sentence": sentence, "start": 1000 * position + 15, "end": 1000 * position + 15 + len(text),
            "sentence_start": 1000 * position, "extractor_version": "synthetic", "qualifier": "exact",
            "kind": "level", **fields,
        }
        row["base_value"], row["base_unit"] = row["value"], row["unit"]
        if self.has_direction:
            row["direction"] = fields.get("direction")
        elif "direction" in row:
            del row["direction"]
        return row

    def _focus(self, article: int, index: int) -> list[dict[str, Any]]:
        rng, spec = self.rng, self.spec
        survey = index % len(SURVEYS)
        month = (index // len(SURVEYS)) % spec.months
        label, start, end = _month(self.first, month)
        outlet = 1 + len(SURVEYS) + rng.randrange(spec.outlets)
        common = {"metric_id": 1, "entity_id": 1, "attributed_source_id": 1 + survey,
                  "reported_source_id": outlet, "period": label, "period_start": start, "period_end": end,
                  "published": end + timedelta(days=1 + rng.randrange(5))}
        value = self.truth[SURVEYS[survey]][month]
        roll = rng.random()
        if roll < 0.04 and month:
            before = self.truth[SURVEYS[survey]][month - 1]
            base, b_start, b_end = _month(self.first, month - 1)
            delta = round(abs(value - before), 1)
            row = self._row(article, 0, value=delta, unit="percentage_point", kind="change",
                            text=f"{delta:.1f} percentage points", compared_to=base, compared_start=b_start,
                            compared_end=b_end, direction="up" if value >= before else "down", **common)
        elif roll < 0.05:
            row = self._row(article, 0, value=50.0, unit="percent", kind="target", text="50%", **common)
        else:
            if roll > 0.98:
                value = round(value + rng.choice([-0.4, 0.4]), 1)  # a report that disagrees
            row = self._row(article, 0, value=value, unit="percent", text=f"{value:.1f}%", **common)
        beside = [  # sub-indexes of the NBS survey, in some of its articles
            self._row(article, 1 + k, metric_id=2 + k, entity_id=1, unit="percent",
                      value=self.truth[name][month], text=f"{self.truth[name][month]:.1f}%",
                      **{key: common[key] for key in ("period", "period_start", "period_end", "published",
                                                      "attributed_source_id", "reported_source_id")})
            for k, name in enumerate(SUB_INDEXES) if survey == 0 and rng.random() < 0.3
        ]
        return [row, *beside]

    def _noise(self, article: int, position: int) -> dict[str, Any]:
        rng, spec = self.rng, self.spec
        unit = rng.choice(["count", "percent", "CNY", "USD"])
        value = float(rng.randrange(1, 10_000_000)) if unit != "percent" else round(rng.uniform(0, 100), 1)
        period: dict[str, Any] = {}
        if rng.random() < 0.7:
            label, start, end = _month(self.first, rng.randrange(spec.months))
            if rng.random() < 0.5:
                label, start, end = label[:4], start.replace(month=1, day=1), start.replace(month=12, day=31)
            period = {"period": label, "period_start": start, "period_end": end}
        return self._row(
            article, position, value=value, unit=unit, text=f"{value:g}",
            metric_id=2 + len(SUB_INDEXES) + rng.randrange(spec.metrics),
            entity_id=1 + rng.randrange(spec.entities),
            reported_source_id=1 + len(SURVEYS) + rng.randrange(spec.outlets),
            kind=rng.choice(["level"] * 8 + ["change", "target"]), **period,
        )

    def rows(self) -> Iterator[dict[str, Any]]:
        made = focus = 0
        for article in range(1, self.articles + 1):
            per = min(self.spec.claims_per_article, self.spec.claims - made)
            if per <= 0:
                return
            batch: list[dict[str, Any]] = []
            if focus < self.spec.focus_claims and (article - 1) % self.stride == 0:
                batch = self._focus(article, focus)[:per]
                focus += 1
            batch += [self._noise(article, len(batch) + k) for k in range(per - len(batch))]
            made += len(batch)
            yield from batch


def _fast_sqlite(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        conn.exec_driver_sql("PRAGMA journal_mode=MEMORY")


def build(url: str, spec: Spec = Spec()) -> Built:
    """Migrate a new SQLite database at ``url`` and fill it with ``spec.claims`` synthetic claims."""
    began = time.perf_counter()
    rng = random.Random(spec.seed)
    engine = connect(url)
    articles = -(-spec.claims // spec.claims_per_article)
    documents = -(-articles // spec.articles_per_document)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    metric_names = [FOCUS_METRIC, *SUB_INDEXES, *(f"synthetic metric {i:05d}" for i in range(spec.metrics))]
    with engine.begin() as conn:
        _fast_sqlite(conn)
        _insert(conn, models.Source.__table__, ({"id": i + 1, "name": name} for i, name in enumerate(
            [*SURVEYS, *(f"Synthetic Outlet {i:04d}" for i in range(spec.outlets))])))
        _insert(conn, models.Metric.__table__, ({"id": i + 1, "name": n, "unit_family": "percent"}
                                                for i, n in enumerate(metric_names)))
        _insert(conn, models.Entity.__table__, ({"id": i + 1, "name": "China" if i == 0 else f"Entity {i:05d}"}
                                                for i in range(spec.entities)))
        _insert(conn, models.Document.__table__, (
            {"id": d, "path": f"/synthetic/{d:07d}.txt", "name": f"{d:07d}.txt", "sha256": f"{d:064x}",
             "size": 0, "text": "", "ingested_at": now, "warnings": []} for d in range(1, documents + 1)))
        _insert(conn, models.Article.__table__, (
            {"id": a, "document_id": 1 + (a - 1) // spec.articles_per_document,
             "position": (a - 1) % spec.articles_per_document, "headline": f"Synthetic article {a}",
             "headline_start": 0, "body_start": 0, "body_end": 0, "url": None, "warnings": []}
            for a in range(1, articles + 1)))
        _insert(conn, models.ArticleSource.__table__, (
            {"article_id": a, "position": 0, "source_id": 1 + len(SURVEYS) + a % spec.outlets,
             "published": None, "url": f"https://example.org/news/{a}"} for a in range(1, articles + 1)))
        _insert(conn, models.Claim.__table__, _Claims(spec, rng, articles).rows())
    engine.dispose()
    return Built(spec.claims, time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", help="SQLite file to create (must not exist)")
    parser.add_argument("--claims", type=int, default=Spec.claims)
    parser.add_argument("--focus-claims", type=int, default=Spec.focus_claims)
    args = parser.parse_args()
    built = build(f"sqlite:///{args.path}", Spec(claims=args.claims, focus_claims=args.focus_claims))
    print(f"{built.claims:,} claims in {built.seconds:.1f} s -> {args.path}")


if __name__ == "__main__":
    main()
