"""One metric over time: the timeline of its claims, split into series, with the changes
between stored levels, the disagreements between sources and the stated-vs-implied checks.

A series is one line of the timeline: one metric name, entity and credited
source. NBS's PMI and Caixin's PMI are two surveys, so two series, and their
values are never called a disagreement. A figure nobody is credited with joins
the series of its metric and entity when there is only one credited source.

Changes compare levels with levels of the same series and granularity (a year
with a year, a half with a half); bounds (`less than 10 million`) are shown
but not differenced. Arithmetic runs on pint quantities: percent readings
change in percentage points, everything else by difference and growth.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, func, select

from factdb import models
from factdb.check import row_interval
from factdb.db import Database, opened
from factdb.extract.periods import period_range
from factdb.extract.units import unit_family
from factdb.query import UnknownNameError, entity_names, metric_names
from factdb.reporting.consistency import Finding, check_rows, unit_factor
from factdb.reporting.memory import collector_paused
from factdb.reporting.rows import load_rows

__all__ = ["Change", "Disagreement", "Entry", "Report", "Series", "build_report", "compare", "report_rows", "reports"]

Row = Mapping[str, Any]

_BOUNDS = {"more_than", "at_least", "less_than", "at_most"}
_BESIDE = 8
_SIGNIFICANT = 10  # digits kept of a difference: all a figure has, none of the float noise
_GRANULARITY = [
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
]


@lru_cache(maxsize=4096)
def granularity(period: str | None) -> str | None:
    """The kind of period a label names, so only like periods are differenced.

    >>> granularity("2024-H1"), granularity("2023"), granularity(None)
    ('half', 'year', None)
    """
    return next((name for pattern, name in _GRANULARITY if period and pattern.match(period)), None)


@dataclass(frozen=True)
class Entry:
    """One row of the timeline: a stored claim, or a level implied by a stated change."""

    claim_id: int | None
    series: str
    metric: str
    entity: str | None
    period: str | None
    period_start: date | None
    period_end: date | None
    value: float
    value_high: float | None
    unit: str
    counted: str | None
    qualifier: str
    kind: str  # level, change, target, or implied
    direction: str | None
    compared_to: str | None
    attributed_to: str | None
    reported_by: str | None
    published: str | None
    doc: str | None
    article: str | None
    text: str | None
    sentence: str | None
    start: int | None
    end: int | None
    sentence_start: int | None
    url: str | None
    related: bool = False  # reported beside the metric, not the metric asked for
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain data (dates as ``YYYY-MM-DD``), in field order."""
        out = dict(self.__dict__)  # field order; fast, and a big report has thousands of entries
        for key in ("period_start", "period_end"):
            out[key] = out[key].isoformat() if out[key] else None
        return out


@dataclass(frozen=True)
class Series:
    """One line of the timeline."""

    name: str
    metric: str
    entity: str | None
    source: str | None
    unit: str
    claims: int
    related: bool

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Change:
    """The difference between two stored levels of one series, consecutive periods of one granularity."""

    series: str
    granularity: str
    before: Entry
    after: Entry
    difference: float  # in ``difference_unit``
    difference_unit: str  # percentage_point for percent readings, else the level's unit
    growth: float | None  # percent; None for percent readings, where growth means nothing

    def to_dict(self) -> dict[str, Any]:
        return {
            "series": self.series, "granularity": self.granularity,
            "from_period": self.before.period, "to_period": self.after.period,
            "from_value": self.before.value, "to_value": self.after.value, "unit": self.after.unit,
            "difference": self.difference, "difference_unit": self.difference_unit,
            "growth": self.growth, "claims": [self.before.claim_id, self.after.claim_id],
        }


@dataclass(frozen=True)
class Disagreement:
    """Stored levels of one series and period, from different articles, that cannot all be true."""

    series: str
    period: str
    entries: tuple[Entry, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"series": self.series, "period": self.period,
                "values": [e.value for e in self.entries], "unit": self.entries[0].unit,
                "reported_by": [e.reported_by for e in self.entries],
                "claims": [e.claim_id for e in self.entries]}


@dataclass(frozen=True)
class Report:
    """A comparison report on one metric (as asked) and optionally one entity."""

    title: str
    entity: str | None
    metrics: tuple[str, ...]
    series: tuple[Series, ...]
    timeline: tuple[Entry, ...]
    changes: tuple[Change, ...]
    disagreements: tuple[Disagreement, ...]
    findings: tuple[Finding, ...]
    slug: str = field(init=False)

    def __post_init__(self) -> None:
        words = [self.title, self.entity or ""]
        object.__setattr__(self, "slug", re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-"))

    @property
    def claims(self) -> int:
        """Stored claims of the report's metrics (not those reported beside them, nor implied levels)."""
        return sum(1 for e in self.timeline if e.claim_id is not None and not e.related)

    def entry(self, claim_id: int) -> Entry:
        """The timeline entry of a stored claim."""
        return next(e for e in self.timeline if e.claim_id == claim_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "slug": self.slug, "entity": self.entity, "metrics": list(self.metrics),
            "claims": self.claims, "series": [s.to_dict() for s in self.series],
            "timeline": [e.to_dict() for e in self.timeline],
            "changes": [c.to_dict() for c in self.changes],
            "disagreements": [d.to_dict() for d in self.disagreements],
            "findings": [f.to_dict() for f in self.findings],
        }


def _series_names(rows: Sequence[Row]) -> dict[int, tuple[str, str | None]]:
    """Claim id -> (series name, credited source)."""
    several_entities = len({r["entity"] for r in rows}) > 1
    credited: dict[tuple[Any, Any], set[str]] = defaultdict(set)
    for r in rows:
        if r["attributed_to"]:
            credited[r["metric"], r["entity"]].add(r["attributed_to"])
    names = {}
    for r in rows:
        sources = credited[r["metric"], r["entity"]]
        source = r["attributed_to"] or (next(iter(sources)) if len(sources) == 1 else None)
        name = str(r["metric"])
        if several_entities and r["entity"]:
            name += f" — {r['entity']}"
        if source:
            name += f" ({source})"
        names[r["id"]] = (name, source)
    return names


def _entry(row: Row, series: str, related: bool) -> Entry:
    return Entry(
        claim_id=row["id"], series=series, metric=row["metric"], entity=row["entity"],
        period=row["period"], period_start=row["period_start"], period_end=row["period_end"],
        value=row["value"], value_high=row["value_high"], unit=row["unit"], counted=row["counted"],
        qualifier=row["qualifier"], kind=row["kind"], direction=row.get("direction"),
        compared_to=row["compared_to"], attributed_to=row["attributed_to"],
        reported_by=row["reported_by"], published=row["published"], doc=row["doc"],
        article=row["article"], text=row["text"], sentence=row["sentence"], start=row["start"],
        end=row["end"], sentence_start=row["sentence_start"], url=row["url"], related=related,
    )


def _implied_entry(finding: Finding, level: Entry) -> Entry | None:
    """A timeline row for a level only a stated change gives us (when its value is unambiguous)."""
    if finding.outcome != "only implied" or len(finding.implied) != 1 or not finding.period:
        return None
    first, last = period_range(finding.period)
    return Entry(
        claim_id=None, series=level.series, metric=level.metric, entity=level.entity,
        period=finding.period, period_start=first, period_end=last, value=finding.implied[0],
        value_high=None, unit=finding.unit or level.unit, counted=level.counted, qualifier="exact",
        kind="implied", direction=None, compared_to=None, attributed_to=level.attributed_to,
        reported_by=None, published=None, doc=None, article=None, text=None, sentence=None,
        start=None, end=None, sentence_start=None, url=None, related=level.related,
        note="implied by claims " + ", ".join(str(c) for c in finding.claims),
    )


def _order(entry: Entry) -> tuple[Any, ...]:
    return (entry.period_start is None, entry.period_start or date.min, entry.period_end or date.min,
            entry.related, entry.series, entry.kind, entry.published or "", entry.claim_id or 0)


def _is_level(entry: Entry) -> bool:
    return entry.kind == "level" and entry.qualifier not in _BOUNDS and entry.period is not None


def _difference(before: Entry, after: Entry) -> tuple[float, str, float | None] | None:
    """``after - before`` in ``after``'s unit (pint converts), in points for percent readings;
    None if the units do not mix."""
    factor = unit_factor(before.unit, after.unit)
    if factor is None:
        return None
    old = before.value * factor
    difference = float(f"{after.value - old:.{_SIGNIFICANT}g}")
    if after.unit == "percent":
        return difference, "percentage_point", None
    return difference, after.unit, (after.value / old - 1) * 100 if old else None


def _changes(timeline: Iterable[Entry]) -> list[Change]:
    """Consecutive stored levels of each series and granularity; the first report of a period stands for it."""
    firsts: dict[tuple[str, str], dict[str, Entry]] = defaultdict(dict)
    for entry in sorted((e for e in timeline if _is_level(e)), key=lambda e: (e.published or "~", e.claim_id)):
        grain = granularity(entry.period)
        if grain and entry.period:
            firsts[entry.series, grain].setdefault(entry.period, entry)
    changes = []
    for (series, grain), by_period in sorted(firsts.items()):
        ordered = sorted(by_period.values(), key=_order)
        for before, after in itertools.pairwise(ordered):
            found = _difference(before, after)
            if found:
                changes.append(Change(series, grain, before, after, *found))
    return changes


def _disagreements(timeline: Iterable[Entry], rows: Mapping[int, Row]) -> list[Disagreement]:
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in timeline:
        if entry.kind == "level" and entry.period and entry.claim_id is not None:
            groups[entry.series, entry.period].append(entry)
    found = []
    for (series, period), entries in sorted(groups.items()):
        if len(entries) > 1 and _clash([rows[e.claim_id or 0] for e in entries]):
            found.append(Disagreement(series, period, tuple(sorted(entries, key=_order))))
    return found


def _clash(rows: Sequence[Row]) -> bool:
    """Whether two of ``rows``, from different articles, cannot both be true (disjoint intervals).

    A figure can only clash with one whose interval ends below its start, so each row
    looks at the rows sorted by interval end, up to its own start: near-linear when
    most reports agree, as they do."""
    spans = [(row_interval(r), r["article_id"]) for r in rows]
    by_top = sorted(spans, key=lambda s: s[0][1])
    for (low, _), article in spans:
        for (_, top), other in by_top:
            if top >= low:
                break
            if other != article:
                return True
    return False


def build_report(title: str, entity: str | None, main: Sequence[Row], related: Sequence[Row] = ()) -> Report:
    """The report over already loaded rows (``rows.load_rows`` dicts): pure, so it is tested alone.

    ``related`` rows are figures reported beside the metric (the PMI's sub-indexes):
    shown as their own series, never mixed into the metric's.
    """
    rows = [*main, *related]
    names = _series_names(rows)
    related_ids = {r["id"] for r in related}
    stored = [_entry(r, names[r["id"]][0], r["id"] in related_ids) for r in rows]
    findings = check_rows(rows)
    by_id = {r["id"]: e for r, e in zip(rows, stored)}
    implied = [e for f in findings if len(f.claims) > 1
               if (e := _implied_entry(f, by_id[f.claims[1]])) is not None]
    timeline = sorted([*stored, *implied], key=_order)
    members: dict[str, list[Entry]] = defaultdict(list)
    for e in stored:
        members[e.series].append(e)
    beside = {e.series for e in stored if e.related}
    series = []
    for name in sorted(members, key=lambda n: (n in beside, n)):
        first, units = members[name][0], Counter(e.unit for e in members[name])
        series.append(Series(name, first.metric, first.entity, names[first.claim_id or 0][1],
                             min(units, key=lambda u: (-units[u], u)), len(members[name]), first.related))
    return Report(
        title=title, entity=entity, metrics=tuple(sorted({str(r["metric"]) for r in main})),
        series=tuple(series), timeline=tuple(timeline), changes=tuple(_changes(timeline)),
        disagreements=tuple(_disagreements(timeline, {r["id"]: r for r in rows})),
        findings=tuple(findings),
    )


def _load(engine: Engine, metric_ids: set[int], entity_ids: set[int] | None
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The metric's claims, and the level figures reported beside them: same articles, same
    entities, same unit family, other metrics (the PMI's sub-indexes beside the PMI); only
    the ``_BESIDE`` metrics reported beside it most often, so the chart stays readable."""
    c = models.Claim
    where = [c.metric_id.in_(metric_ids)] + ([c.entity_id.in_(entity_ids)] if entity_ids is not None else [])
    main = load_rows(engine, *where)
    families = {unit_family(r["unit"]) for r in main}
    beside = load_rows(
        engine,
        c.article_id.in_(select(c.article_id).where(*where)),
        c.entity_id.in_(select(c.entity_id).where(*where)),
        c.metric_id.is_not(None), c.metric_id.not_in(metric_ids), c.kind.in_(["level", "target"]),
    )
    beside = [r for r in beside if unit_family(r["unit"]) in families]
    counts: dict[str, int] = defaultdict(int)
    for r in beside:
        counts[r["metric"]] += 1
    kept = set(sorted(counts, key=lambda m: (-counts[m], m))[:_BESIDE])
    return main, [r for r in beside if r["metric"] in kept]


def report_rows(db: Database, metric: str, entity: str | None = None
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows ``compare`` builds its report from: the claims of ``metric`` (about ``entity``)
    and the figures reported beside them. Raises ``UnknownNameError`` as ``compare`` does."""
    with opened(db) as engine:
        metric_ids = metric_names(engine).resolve(metric, "metric")
        entity_ids = entity_names(engine).resolve(entity, "entity") if entity else None
        main, related = _load(engine, metric_ids, entity_ids)
    if not main:
        raise UnknownNameError("claim", f"{metric} about {entity}", [])
    return main, related


@collector_paused()
def compare(db: Database, metric: str, entity: str | None = None) -> Report:
    """The comparison report for ``metric`` (a name or alias, resolved as ``factdb claims`` does),
    optionally for one ``entity``. Raises ``UnknownNameError`` when no metric matches, or no
    claim of it is about ``entity``.

    Example: ``compare("sqlite:///factdb.sqlite", "manufacturing pmi").changes``
    """
    return build_report(metric, entity, *report_rows(db, metric, entity))


@collector_paused()
def reports(db: Database, least: int = 2) -> list[Report]:
    """A report for every stored metric with at least ``least`` claims, most claimed first.

    A metric whose name resolves to metrics already reported together (`passenger car
    market share` inside `market share`) gets no report of its own.
    """
    c = models.Claim
    with opened(db) as engine:
        with engine.connect() as conn:
            counts: dict[int, int] = {i: n for i, n in conn.execute(
                select(models.Metric.id, func.count()).join(c, c.metric_id == models.Metric.id)
                .group_by(models.Metric.id))}
            names: dict[int, str] = {i: n for i, n in conn.execute(select(models.Metric.id, models.Metric.name))}
        resolver = metric_names(engine)
        groups = {names[i]: frozenset(resolver.resolve(names[i], "metric")) for i in counts}
        sizes = {name: sum(counts.get(i, 0) for i in ids) for name, ids in groups.items()}
        done: list[frozenset[int]] = []
        found = []
        for name in sorted(groups, key=lambda n: (-sizes[n], -len(groups[n]), n)):
            if sizes[name] < least or any(groups[name] <= ids for ids in done):
                continue
            done.append(groups[name])
            main, related = _load(engine, set(groups[name]), None)
            found.append(build_report(name, None, main, related))
    return found
