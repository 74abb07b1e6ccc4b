"""Claim rows as ``factdb.reporting.rows.load_rows`` gives them, built by hand for pure tests."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any

import pytest

from factdb.extract.periods import period_range

RowFactory = Callable[..., dict[str, Any]]


@pytest.fixture
def make_row() -> RowFactory:
    """A factory: ``make_row(value, period, metric=..., **overrides)`` -> one claim row."""
    ids = count(1)

    def make(value: float, period: str | None, *, text: str | None = None, **overrides: Any) -> dict[str, Any]:
        claim_id = next(ids)
        start, end = period_range(period) if period else (None, None)
        row: dict[str, Any] = {
            "doc": "page.txt", "article": "Headline", "text": text or f"{value:g}", "value": float(value),
            "value_high": None, "unit": "count", "counted": None, "qualifier": "exact", "kind": "level",
            "metric": "marriages", "entity": "China", "period": period, "compared_to": None,
            "attributed_to": "Ministry", "reported_by": "Outlet", "published": "2024-08-04",
            "id": claim_id, "sentence": f"It was {text or value}.", "start": 10 * claim_id,
            "end": 10 * claim_id + 3, "metric_id": 1, "entity_id": 1, "article_id": 1,
            "base_value": float(value), "base_unit": "count", "period_start": start, "period_end": end,
            "sentence_start": 10 * claim_id - 7, "url": "https://example.org/a", "direction": None,
        }
        row.update(overrides)
        if "unit" in overrides and "base_unit" not in overrides:
            row["base_unit"] = overrides["unit"]
        return row

    return make
