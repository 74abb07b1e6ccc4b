"""A statement -> verdicts: is each number in it consistent with what is stored?

The statement goes through the same extractor as the pages. Each claim found
is compared with stored claims of the same metric, entity, period and kind,
value against value as intervals: a figure stands for what its precision and
qualifier allow (`3.43 million` is 3,425,000–3,435,000; `less than 10 million`
is everything below), and two figures agree when their intervals meet.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import Engine, select

from factdb import models
from factdb.db import Database, opened
from factdb.errors import CheckError
from factdb.extract import Claim, extract
from factdb.extract.periods import period_range
from factdb.query import (
    CLAIM_COLUMNS,
    claims_select,
    entity_names,
    iter_claims,
    metric_names,
    source_names,
)

__all__ = ["Verdict", "check", "exit_code", "intervals_meet", "row_interval", "value_interval", "worst_outcome"]

Outcome = Literal["supported", "contradicted", "unverifiable"]
_EXIT_CODES: dict[Outcome, int] = {"supported": 0, "contradicted": 1, "unverifiable": 2}
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_APPROXIMATE = 0.05  # `about 80,000` stands for 80,000 ± 5 %


@dataclass(frozen=True)
class Verdict:
    """The verdict on one claim of a statement, with the stored claims it rests on."""

    claim: Claim
    outcome: Outcome
    reason: str
    evidence: tuple[dict[str, Any], ...] = ()
    nearest_periods: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.claim.text,
            "value": self.claim.value,
            "unit": self.claim.unit,
            "metric": self.claim.metric,
            "entity": self.claim.entity,
            "period": self.claim.period,
            "verdict": self.outcome,
            "reason": self.reason,
            "evidence": list(self.evidence),
            "nearest_periods": list(self.nearest_periods),
        }


def worst_outcome(verdicts: Sequence[Verdict]) -> Outcome:
    """The statement's overall verdict: contradicted beats unverifiable beats supported."""
    order: list[Outcome] = ["contradicted", "unverifiable", "supported"]
    return next((o for o in order if any(v.outcome == o for v in verdicts)), "unverifiable")


def exit_code(verdicts: Sequence[Verdict]) -> int:
    """0 if every claim is supported, 1 if any is contradicted, else 2 (something unverifiable)."""
    return _EXIT_CODES[worst_outcome(verdicts)]


def value_interval(value: float, high: float | None, text: str, qualifier: str) -> tuple[float, float]:
    """The values a stated figure allows, in the figure's own unit.

    >>> value_interval(3430000.0, None, "3.43 million", "exact")
    (3425000.0, 3435000.0)
    """
    digits = _NUMBER.findall(text)
    decimals = len(digits[0]) if digits else 0
    written = _NUMBER.search(text)
    number = float(written.group(0).replace(",", "")) if written else 0.0
    scale = value / number if number and value else 1.0
    half_step = 0.5 * 10.0 ** -decimals * abs(scale)
    low, top = value - half_step, (high if high is not None else value) + half_step
    if qualifier == "approximately":
        spread = max(half_step, _APPROXIMATE * abs(value))
        return value - spread, (high or value) + spread
    if qualifier in ("more_than", "at_least"):
        return value, math.inf
    if qualifier in ("less_than", "at_most"):
        return -math.inf, value
    return low, top


def _in_base(row_value: float, base_value: float | None, bounds: tuple[float, float]) -> tuple[float, float]:
    factor = (base_value / row_value) if base_value is not None and row_value else 1.0
    low, high = bounds[0] * factor, bounds[1] * factor
    return (low, high) if low <= high else (high, low)


def row_interval(row: Mapping[str, Any]) -> tuple[float, float]:
    """The values a stored claim (a ``claims_select`` row with ``base_value``) allows, in base units."""
    return _in_base(row["value"], row["base_value"],
                    value_interval(row["value"], row["value_high"], row["text"], row["qualifier"]))


def intervals_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two figures can stand for the same value: their intervals overlap."""
    return a[0] <= b[1] and b[0] <= a[1]


def _agrees(claim: Claim, row: dict[str, Any]) -> bool:
    mine = _in_base(claim.value, claim.base_value,
                    value_interval(claim.value, claim.value_high, claim.text, claim.qualifier))
    return intervals_meet(mine, row_interval(row))


def _candidates(engine: Engine, claim: Claim) -> tuple[list[dict[str, Any]], list[str]]:
    """Stored claims comparable with ``claim``, and the periods held for its metric and entity."""
    metrics = metric_names(engine)
    metric_ids = metrics.closest(claim.metric)
    entity_ids = entity_names(engine).closest(claim.entity) if claim.entity else None
    source_ids: set[int] = set()
    if entity_ids == set():  # not a stored entity: perhaps the agency whose series it is (`Caixin's PMI`)
        source_ids = source_names(engine).closest(claim.entity)
        metric_ids = metrics.closest(f"{claim.entity} {claim.metric}") or metric_ids
    if not metric_ids or entity_ids == set() and not source_ids:
        return [], []
    c = models.Claim
    where = [c.metric_id.in_(metric_ids), c.kind == claim.kind, c.base_unit == claim.base_unit]
    if entity_ids:
        where.append(c.entity_id.in_(entity_ids))
    if source_ids:
        where.append(c.attributed_source_id.in_(source_ids))
    stmt = claims_select().add_columns(c.base_value, c.base_unit, c.period_start, c.period_end).where(*where)
    if claim.period:  # the period in SQL: the index serves it, instead of every period's rows read
        first, last = period_range(claim.period)
        stmt = stmt.where(c.period_start == first, c.period_end == last)
    rows = list(iter_claims(engine, stmt))
    if rows:
        return rows, []  # the periods held are only shown when nothing matched
    with engine.connect() as conn:
        periods = conn.scalars(select(c.period).where(*where).distinct()).all()
    return rows, sorted(p for p in periods if p)


def _nearest(periods: list[str], label: str | None) -> tuple[str, ...]:
    if not label:
        return tuple(periods[-3:])
    target = period_range(label)[0]
    return tuple(sorted(periods, key=lambda p: abs((period_range(p)[0] - target).days))[:3])


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in CLAIM_COLUMNS}


def _verdict(engine: Engine, claim: Claim) -> Verdict:
    rows, periods = _candidates(engine, claim)
    if not rows:
        what = " / ".join(x for x in (claim.metric, claim.entity, claim.period) if x) or claim.text
        return Verdict(claim, "unverifiable", f"nothing stored for {what}",
                       nearest_periods=_nearest(periods, claim.period))
    supporting = [r for r in rows if _agrees(claim, r)]
    if supporting:
        return Verdict(claim, "supported", f"{len(supporting)} stored claim(s) agree",
                       tuple(map(_evidence, supporting)))
    return Verdict(claim, "contradicted", f"{len(rows)} stored claim(s) differ", tuple(map(_evidence, rows)))


def check(db: Database, statement: str, published: date | None = None) -> list[Verdict]:
    """Verdicts on every numeric claim in ``statement``.

    Relative periods (`in July`, `last year`) resolve against ``published``,
    by default today. Raises ``CheckError`` when the statement holds no number.
    """
    claims = extract(statement, published=published or date.today())
    if not claims:
        raise CheckError(f"no numeric claim found in {statement!r}")
    with opened(db) as engine:
        return [_verdict(engine, claim) for claim in claims]

