"""Quality regression: the full extractor on the seed pages against the project's gold copy.

Thresholds are the extraction issue's; ``tests/data/score.py`` is the project's
copy of the shared scorer, so the numbers match what the scorer prints.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factdb.extract import extract_article
from factdb.pages import parse_page

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("factdb_test_score", DATA / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    scorer = _scorer()
    predicted = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        page = parse_page(path)
        for article in page.articles:
            for claim in extract_article(page.text, article):
                predicted.append({"doc": page.name, "article": article.headline, **claim.to_dict()})
    gold = scorer.load(str(DATA / "seed_claims.jsonl"))
    scored: dict[str, Any] = scorer.score(gold, predicted)
    return scored


def test_value_and_unit_f1(result: dict[str, Any]) -> None:
    assert result["f1"] >= 0.95


@pytest.mark.parametrize(
    ("field", "threshold"),
    [
        ("unit", 0.90),
        ("qualifier", 0.90),
        ("kind", 0.90),
        ("period", 0.90),
        ("reported_by", 0.90),
        ("published", 0.90),
        ("attributed_to", 0.85),
        ("compared_to", 0.85),
        ("entity", 0.70),
        ("metric", 0.70),
    ],
)
def test_field_accuracy(result: dict[str, Any], field: str, threshold: float) -> None:
    assert result["fields"][field] >= threshold
