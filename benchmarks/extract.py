"""Extractor throughput and seed-gold F1, beside quantulum3 on the same text.

    python benchmarks/extract.py            # full size: seeds repeated to >= 5 MB
    python benchmarks/extract.py --mb 0.3   # a smoke run

Both extractors read the article bodies of the seed pages, repeated until the
text reaches --mb megabytes, on one core. quantulum3 is much slower, so it
reads a slice of that text (--peer-mb) and its rate is measured on the slice.
F1 on the seed gold is computed with the project's copy of the scorer, after
mapping quantulum3's units onto the claims interchange format. Rates are MB per
second of CPU time (``time.process_time``), so other work on the machine does
not change them.

The mapping gives quantulum3 the benefit of the doubt: its ranges are a
midpoint plus or minus an uncertainty, read back as low and high ends, and a
number it calls dimensionless may be a count, an index reading or a multiplier,
which it has no way to tell apart; such a number takes whichever of the three
the gold gives the same value in that document.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import warnings
from pathlib import Path
from typing import Any

from factdb.extract import extract, extract_article
from factdb.pages import parse_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seed_claims.jsonl"

_spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "data" / "score.py")
assert _spec and _spec.loader
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

# quantulum3 unit names -> interchange units; currencies come from its currency_code.
PEER_UNITS = {
    "percentage": "percent", "dimensionless": "count", "count": "times",  # `1.43 times`
    "square metre": "square_meter", "kilometre": "kilometer", "metre": "meter",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "year": "year", "tonne": "tonne", "kilogram": "kilogram",
}


def seed_bodies() -> list[str]:
    """The headline and body text of every seed article."""
    bodies = []
    for path in sorted(SEEDS.glob("*.txt")):
        page = parse_page(path)
        bodies += [page.text[a.headline_start:a.body_end] for a in page.articles]
    return bodies


def corpus(megabytes: float) -> list[str]:
    """Seed article texts repeated until they hold ``megabytes`` of UTF-8."""
    bodies, texts, size = seed_bodies(), [], 0
    while size < megabytes * 1e6:
        for body in bodies:
            texts.append(body)
            size += len(body.encode("utf-8"))
    return texts


def rate(fn: Any, texts: list[str]) -> tuple[float, int]:
    """MB/s of ``fn`` over ``texts`` and how many quantities it found."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    found = 0
    start = time.process_time()
    for text in texts:
        found += len(fn(text))
    return size / 1e6 / (time.process_time() - start), found


def peer_parse(text: str) -> list[Any]:
    from quantulum3 import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return list(parser.parse(text))


DIMENSIONLESS = ("count", "index", "times")


def peer_rows() -> list[dict[str, Any]]:
    """quantulum3's quantities on every seed article, as interchange rows."""
    gold_units: dict[tuple[str, float], set[str]] = {}
    for row in score.load(str(GOLD)):
        gold_units.setdefault((row["doc"], float(row["value"])), set()).add(row["unit"])
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        page = parse_page(path)
        for article in page.articles:
            for q in peer_parse(page.text[article.headline_start:article.body_end]):
                code = getattr(q.unit, "currency_code", None)
                unit = code or PEER_UNITS.get(q.unit.name, q.unit.name.replace(" ", "_"))
                low, high = q.value, None
                if q.uncertainty:
                    low, high = q.value - q.uncertainty, q.value + q.uncertainty
                if unit == "count":
                    unit = next((u for u in DIMENSIONLESS if u in gold_units.get((page.name, low), ())), unit)
                rows.append({"doc": page.name, "article": article.headline, "text": q.surface,
                             "value": low, "value_high": high, "unit": unit})
    return rows


def factdb_rows() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        page = parse_page(path)
        for article in page.articles:
            for claim in extract_article(page.text, article):
                rows.append({"doc": page.name, "article": article.headline, **claim.to_dict()})
    return rows


def gold_f1(rows: list[dict[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = score.score(score.load(str(GOLD)), rows)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text for factdb (default 5)")
    parser.add_argument("--peer-mb", type=float, default=0.25,
                        help="megabytes of the same text for quantulum3 (default 0.25)")
    args = parser.parse_args()

    texts = corpus(args.mb)
    ours, found = rate(extract, texts)
    peer_texts = corpus(args.peer_mb)
    peer, peer_found = rate(peer_parse, peer_texts)
    ours_gold, peer_gold = gold_f1(factdb_rows()), gold_f1(peer_rows())

    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"text: seed articles repeated to {size:.1f} MB (quantulum3 on the first "
          f"{sum(len(t.encode('utf-8')) for t in peer_texts) / 1e6:.2f} MB), one core")
    print(f"{'extractor':12s} {'MB/s':>8s} {'quantities':>11s} {'seed F1':>8s} {'P':>6s} {'R':>6s}")
    for name, mbs, n, res in (("factdb", ours, found, ours_gold), ("quantulum3", peer, peer_found, peer_gold)):
        print(f"{name:12s} {mbs:8.2f} {n:11d} {res['f1']:8.3f} {res['precision']:6.3f} {res['recall']:6.3f}")
    print(f"speed ratio factdb / quantulum3: {ours / peer:.0f}x  (goals: >= 5 MB/s, >= 100x, higher F1)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
