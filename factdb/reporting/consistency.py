"""Stated vs implied: every stored change checked against the levels it connects.

A change claim ("498,000 fewer than the same period in 2023", "a decrease of
0.1 percent from June", "a 2.3-fold increase") links two levels: the one for
its own period and the one for the period it is compared to. Given one level
and the change, the other is implied; where we hold it, the two must agree
(intervals meet, as in ``factdb.check``), and where we do not, the implied
level is recorded so the report can show it.

Values are intervals throughout: a figure stands for what its precision and
qualifier allow, so rounding in the news never shows up as a contradiction.
A change whose direction is unknown (``direction`` is None) is tried both
ways and can only be confirmed in magnitude; findings say so.
"""

from __future__ import annotations

import itertools
import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import pint
from sqlalchemy import or_, select

from factdb import models
from factdb.check import intervals_meet, value_interval
from factdb.db import Database, opened
from factdb.display import format_number, format_value
from factdb.extract.units import unit_family, ureg
from factdb.query import name_words as words_of
from factdb.reporting.rows import load_rows

__all__ = ["Finding", "check_rows", "consistency", "unit_factor"]

logger = logging.getLogger(__name__)

Row = Mapping[str, Any]
Outcome = Literal["consistent", "inconsistent", "only implied"]
Check = Literal["stated change", "multiplier", "shares total"]
Mode = Literal["additive", "relative", "ratio"]

_BOUNDS = {"more_than", "at_least", "less_than", "at_most"}
_LEVEL_KINDS = {"level", "target"}
_SIGNIFICANT = 10  # digits kept of an implied value: enough for any figure, none of the float noise


@dataclass(frozen=True)
class Finding:
    """The outcome of one check, citing the claims it rests on (the change claim first)."""

    check: Check
    outcome: Outcome
    metric: str
    entity: str | None
    period: str | None  # the period whose value is implied or checked
    message: str
    claims: tuple[int, ...]
    implied: tuple[float, ...] = ()  # the value(s) implied for ``period``, in ``unit``
    unit: str | None = None
    stored: tuple[int, ...] = ()  # stored claims for ``period`` compared with the implied value
    magnitude_only: bool = False  # direction unknown: checked both ways

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check, "outcome": self.outcome, "metric": self.metric, "entity": self.entity,
            "period": self.period, "message": self.message, "claims": list(self.claims),
            "implied": list(self.implied), "unit": self.unit, "stored": list(self.stored),
            "magnitude_only": self.magnitude_only,
        }


@lru_cache(maxsize=1 << 14)
def _words(name: str | None) -> frozenset[str]:
    """A metric name's words (as name resolution reads them), cached: thousands of rows share a name."""
    return frozenset(words_of(name or ""))


def _is_level(row: Row) -> bool:
    return row["kind"] in _LEVEL_KINDS and row["qualifier"] not in _BOUNDS and row["period"] is not None


def _mode(level_unit: str, change_unit: str) -> tuple[Mode, float] | None:
    """How a change applies to a level, and the factor taking the change into the level's unit."""
    if change_unit == "times":
        return "ratio", 1.0
    if unit_family(level_unit) == "percent" and unit_family(change_unit) == "percent":
        return "additive", 1.0  # percent on a percent reading: points, as news uses it
    if change_unit == "percent":
        return "relative", 1.0
    factor = unit_factor(change_unit, level_unit)
    return None if factor is None else ("additive", factor)


@lru_cache(maxsize=1024)
def unit_factor(unit: str, target: str) -> float | None:
    """How many ``target`` one ``unit`` is (through pint), or None when they do not convert.

    >>> unit_factor("kilometer", "meter"), unit_factor("CNY", "USD")
    (1000.0, None)
    """
    if unit == target:
        return 1.0
    try:
        return float(ureg.Quantity(1.0, unit).to(target).magnitude)
    except pint.errors.PintError:
        return None


def _step(known: float, change: float, mode: Mode, up: bool, forward: bool) -> float | None:
    """The other level, from ``known`` and the change: forward from the base, else back to it."""
    if mode == "additive":
        delta = change if up else -change
        return known + delta if forward else known - delta
    factor = (1 + change / 100 if up else 1 - change / 100) if mode == "relative" else (
        change if up else 1 / change if change else 0.0)
    if factor <= 0:
        return None
    return known * factor if forward else known / factor


def _implied(known: Row, change: Row, mode: Mode, factor: float, up: bool,
             forward: bool) -> tuple[float, tuple[float, float]] | None:
    """The implied level (point and interval, in ``known``'s unit), or None if impossible."""
    point = _step(known["value"], change["value"] * factor, mode, up, forward)
    known_iv = value_interval(known["value"], known["value_high"], known["text"], known["qualifier"])
    change_iv = value_interval(change["value"], change["value_high"], change["text"], change["qualifier"])
    corners = [_step(k, c * factor, mode, up, forward) for k, c in itertools.product(known_iv, change_iv)]
    if point is None or any(c is None for c in corners):
        return None
    values = [c for c in corners if c is not None]
    return float(f"{point:.{_SIGNIFICANT}g}"), (min(values), max(values))


def _stored_interval(row: Row, unit: str) -> tuple[float, float] | None:
    factor = unit_factor(row["unit"], unit)
    if factor is None:
        return None
    low, high = value_interval(row["value"], row["value_high"], row["text"], row["qualifier"])
    return low * factor, high * factor


def _show(row: Row) -> str:
    return format_value(row["value"], row["unit"], row["qualifier"], row["value_high"], row["counted"])


def _show_implied(value: float, unit: str) -> str:
    return format_value(float(f"{value:.4g}"), unit)


@dataclass(frozen=True)
class _Levels:
    """Stored levels by (metric, entity) and period, and by (article, entity), for finding
    the levels a change links without scanning every level per change."""

    by_metric: dict[tuple[Any, Any], dict[str, list[Row]]]
    by_article: dict[tuple[Any, Any], list[Row]]

    @classmethod
    def of(cls, rows: Iterable[Row]) -> _Levels:
        by_metric: dict[tuple[Any, Any], dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
        by_article: dict[tuple[Any, Any], list[Row]] = defaultdict(list)
        for row in rows:
            if _is_level(row):
                by_metric[row["metric_id"], row["entity_id"]][row["period"]].append(row)
                by_article[row["article_id"], row["entity_id"]].append(row)
        return cls(by_metric, by_article)

    def _near(self, change: Row) -> dict[str, list[Row]]:
        """Because the extractor may name one quantity two ways (`production capacity`,
        `capacity is expected`): levels in the change's article about its entity whose
        metric shares a word with the change's."""
        words = _words(change["metric"])
        near: dict[str, list[Row]] = defaultdict(list)
        for r in self.by_article.get((change["article_id"], change["entity_id"]), []):
            if r["metric_id"] != change["metric_id"] and words & _words(r["metric"]):
                near[r["period"]].append(r)
        return near

    def pools(self, change: Row) -> list[dict[str, list[Row]]]:
        """Levels by period: the change's own metric first, then the near ones."""
        return [self.by_metric.get((change["metric_id"], change["entity_id"]), {}), self._near(change)]

    def at(self, change: Row, period: str) -> list[Row]:
        """Levels for ``period`` (of the change's metric, else near ones)."""
        for pool in self.pools(change):
            if pool.get(period):
                return pool[period]
        return []

    def before(self, change: Row, level: Row) -> list[Row]:
        """The latest levels earlier than ``level`` in a unit ``level`` converts to (a multiplier's base)."""
        for pool in self.pools(change):
            found = [r for rows in pool.values() for r in rows if r["period_end"] < level["period_start"]
                     and unit_factor(r["unit"], level["unit"]) is not None]
            if found:
                latest = max(r["period_start"] for r in found)
                return sorted((r for r in found if r["period_start"] == latest),
                              key=lambda r: _nearness(change, r))
        return []


def _nearness(change: Row, row: Row) -> tuple[bool, bool, int, int]:
    """Which level a change is about: one in its sentence, else its article, else any; among
    those the first written, since news states the level before the change (`the PMI was
    49.4%, a decrease of 0.1 percent`) and later figures are often thresholds (`50 percent`)."""
    return (row["article_id"] != change["article_id"], row["sentence_start"] != change["sentence_start"],
            row["start"], row["id"])


def _directions(change: Row) -> list[bool]:
    direction = change.get("direction")
    return [True] if direction == "up" else [False] if direction == "down" else [True, False]


def _check_change(change: Row, levels: _Levels) -> Finding | None:
    """The finding for one change claim, or None when it links no stored level."""
    period, base_label = change["period"], change["compared_to"]
    own = levels.at(change, period) if period else []
    if not own and not base_label:
        return None
    if own:
        known, forward = min(own, key=lambda r: _nearness(change, r)), False
        bases = levels.at(change, base_label) if base_label else []
        if change["unit"] == "times" and not base_label:
            bases = levels.before(change, known)
            base_label = bases[0]["period"] if bases else None
        target_label = base_label
        stored = bases
    else:
        bases = levels.at(change, base_label)
        if not bases:
            return None
        known, forward, target_label, stored = min(bases, key=lambda r: _nearness(change, r)), True, period, []
    mode = _mode(known["unit"], change["unit"])
    if mode is None:
        logger.info("claim %s: change unit %s does not apply to %s", change["id"], change["unit"], known["unit"])
        return None
    options = [(up, r) for up in _directions(change)
               if (r := _implied(known, change, mode[0], mode[1], up, forward)) is not None]
    if not options:
        return None
    return _finding(change, known, stored, target_label, options)


def _finding(change: Row, known: Row, stored: Sequence[Row], label: str | None,
             options: list[tuple[bool, tuple[float, tuple[float, float]]]]) -> Finding:
    unit = known["unit"]
    magnitude_only = len(_directions(change)) > 1
    check: Check = "multiplier" if change["unit"] == "times" else "stated change"
    implied = tuple(point for _, (point, _) in options)
    what = " or ".join(f"{_show_implied(p, unit)}{' (if ' + ('up' if up else 'down') + ')' if magnitude_only else ''}"
                       for up, (p, _) in options)
    direction = change.get("direction") or "direction unknown"
    said = (f"{_show(known)} for {known['period']} and “{change['text']}” ({direction}"
            f"{', from ' + change['compared_to'] if change['compared_to'] else ''})")
    if known["period"] != change["period"]:
        said = f"“{change['text']}” ({direction}) from {_show(known)} for {known['period']}"
    message = f"{said} imply {what} for {label or 'the base period'}"
    if stored:
        # Many outlets repeat one figure: compare and show each distinct figure once.
        figures: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
        for r in stored:
            figures[r["value"], r["value_high"], r["text"], r["qualifier"], r["unit"]].append(r)
        agree = {key for key, rows in figures.items()
                 if (s := _stored_interval(rows[0], unit)) is not None
                 and any(intervals_meet(iv, s) for _, (_, iv) in options)}
        held = ", ".join(f"{_show(rows[0])} " + (f"[{rows[0]['id']}]" if len(rows) == 1 else f"({len(rows)} claims)")
                         for rows in figures.values())
        if check == "multiplier":
            first = stored[0]
            ratio = known["value"] / (first["value"] * (unit_factor(first["unit"], unit) or 1.0))
            held += f"; {format_number(round(ratio, 2))} times"
        agreeing = sum(len(figures[key]) for key in agree)
        verdict = ("agrees" if agreeing == len(stored) else f"agrees in {agreeing} of {len(stored)} claims"
                   if agreeing else "differs")
        outcome: Outcome = "consistent" if agreeing else "inconsistent"
        message += f"; stored {held} {verdict}" + (" in magnitude (direction unknown)"
                                                   if magnitude_only and agreeing else "")
    else:
        outcome = "only implied"
        message += "; nothing stored for it, recorded as implied" if label else "; no base period known"
    return Finding(
        check=check, outcome=outcome, metric=change["metric"] or "", entity=change["entity"], period=label,
        message=message, claims=(change["id"], known["id"]), implied=implied, unit=unit,
        stored=tuple(r["id"] for r in stored), magnitude_only=magnitude_only,
    )


def _share_totals(rows: Iterable[Row]) -> list[Finding]:
    """Shares of one metric and period across entities cannot add up to more than 100 %."""
    groups: dict[tuple[str, str], dict[str, Row]] = defaultdict(dict)
    for row in rows:
        if (row["kind"] == "level" and row["unit"] == "percent" and row["period"] and row["entity"]
                and "share" in _words(row["metric"])):
            groups[row["metric"], row["period"]].setdefault(row["entity"], row)
    findings = []
    for (metric, period), by_entity in sorted(groups.items()):
        if len(by_entity) < 2:
            continue
        parts = sorted(by_entity.values(), key=lambda r: r["id"])
        least = sum(value_interval(r["value"], r["value_high"], r["text"], r["qualifier"])[0]
                    for r in parts if r["qualifier"] not in ("less_than", "at_most"))
        outcome: Outcome = "consistent" if least <= 100 else "inconsistent"
        listed = ", ".join(f"{r['entity']} {_show(r)}" for r in parts)
        total = format_number(round(sum(r["value"] for r in parts), 6))
        message = f"{listed}: together {total} %, " + (
            "within 100 %" if outcome == "consistent" else "more than 100 % even at their lowest")
        findings.append(Finding(check="shares total", outcome=outcome, metric=metric, entity=None,
                                period=period, message=message, claims=tuple(r["id"] for r in parts)))
    return findings


def check_rows(rows: Sequence[Row]) -> list[Finding]:
    """Every stated-vs-implied and shares-total finding among ``rows`` (``load_rows`` dicts).

    Pure over the rows, so a report checks just its own claims and ``consistency``
    the whole database with the same code.
    """
    levels = _Levels.of(rows)
    changes = [r for r in rows if r["kind"] == "change" and r["metric_id"] is not None]
    found = [f for r in sorted(changes, key=lambda r: r["id"]) if (f := _check_change(r, levels))]
    return found + _share_totals(rows)


def consistency(db: Database = None) -> list[Finding]:
    """The stated-vs-implied and arithmetic checks for the whole database, one list of findings.

    Example: ``[f.message for f in consistency("sqlite:///factdb.sqlite") if f.outcome == "inconsistent"]``
    """
    c = models.Claim
    changes = select(c.id).where(c.kind == "change", c.metric_id.is_not(None))
    linked = or_(
        c.metric_id.in_(select(c.metric_id).where(c.id.in_(changes))),
        c.article_id.in_(select(c.article_id).where(c.id.in_(changes))),
        c.metric_id.in_(select(models.Metric.id).where(models.Metric.name.contains("share"))),
    )
    with opened(db) as engine:
        return check_rows(load_rows(engine, c.metric_id.is_not(None), linked))
