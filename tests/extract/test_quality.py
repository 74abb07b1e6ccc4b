"""Quality regression: the full extractor on annotated pages, scored with the project's scorer.

Two sets: the seed pages against the seed gold (thresholds are the extraction issue's),
and ``tests/data/briefings``, pages in the seeds' format that the project wrote and
annotated by the same guidelines (thresholds a little under what the extractor scores
there, so a change that loses ground shows). ``tests/data/score.py`` is the project's
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
SETS = {
    "seeds": (ROOT / "seeds", DATA / "seed_claims.jsonl"),
    "briefings": (DATA / "briefings", DATA / "briefings" / "claims.jsonl"),
}
SEED_FLOORS = {
    "f1": 0.95, "unit": 0.90, "qualifier": 0.90, "kind": 0.90, "period": 0.90, "reported_by": 0.90,
    "published": 0.90, "attributed_to": 0.85, "compared_to": 0.85, "entity": 0.70, "metric": 0.70,
}
BRIEFING_FLOORS = {
    "f1": 0.95, "unit": 0.95, "qualifier": 0.95, "kind": 0.95, "period": 0.90, "reported_by": 0.95,
    "published": 0.95, "attributed_to": 0.91, "compared_to": 0.94, "entity": 0.83, "metric": 0.74,
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("factdb_test_score", DATA / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    pages, gold_path = SETS[request.param]
    scorer = _scorer()
    predicted = []
    for path in sorted(pages.glob("*.txt")):
        page = parse_page(path)
        for article in page.articles:
            for claim in extract_article(page.text, article):
                predicted.append({"doc": page.name, "article": article.headline, **claim.to_dict()})
    result: dict[str, Any] = scorer.score(scorer.load(str(gold_path)), predicted)
    return request.param, result


@pytest.mark.parametrize("field", sorted(SEED_FLOORS))
def test_scores_hold_their_floor(scored: tuple[str, dict[str, Any]], field: str) -> None:
    name, result = scored
    floor = (SEED_FLOORS if name == "seeds" else BRIEFING_FLOORS)[field]
    value = result["f1"] if field == "f1" else result["fields"][field]
    assert value >= floor, f"{name}: {field} {value:.3f} < {floor}"
