"""Claims out of the database (jsonl interchange format, json, csv) and verdicts as ClaimReview."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal, TextIO

from factdb.check import Verdict, worst_outcome
from factdb.db import Database, opened
from factdb.query import CLAIM_COLUMNS, iter_claims

__all__ = ["Format", "claim_review", "export", "write_records"]

Format = Literal["jsonl", "json", "csv"]


def write_records(
    records: Iterable[dict[str, Any]], fmt: Format, out: TextIO, columns: list[str] | None = None
) -> int:
    """Write dict records to ``out`` as jsonl, a json array or csv; return how many."""
    count = 0
    if fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        for record in records:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=columns or list(record), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(record)
            count += 1
        return count
    if fmt == "json":
        out.write("[")
    for record in records:
        if fmt == "json":
            out.write(",\n" if count else "\n")
        out.write(json.dumps(record, ensure_ascii=False, default=str))
        if fmt == "jsonl":
            out.write("\n")
        count += 1
    if fmt == "json":
        out.write("\n]\n")
    return count


def export(db: Database, out: TextIO, fmt: Format = "jsonl") -> int:
    """Write every stored claim in the interchange format; return how many.

    Rows stream from the database, so exporting a million claims needs little memory.
    """
    with opened(db) as engine:
        return write_records(iter_claims(engine), fmt, out, CLAIM_COLUMNS)


_RATINGS = {"supported": (5, "Supported"), "contradicted": (1, "Contradicted"), "unverifiable": (3, "Unverifiable")}


def claim_review(
    statement: str,
    verdicts: Sequence[Verdict],
    reviewed_on: date,
    claimant: str | None = None,
    appearance: str | None = None,
) -> dict[str, Any]:
    """A schema.org ClaimReview (JSON-LD) of ``statement``, as fact-checking sites publish.

    The overall rating is the worst verdict; each stored claim the verdicts rest on
    is cited in ``isBasedOn`` with its outlet and URL-free provenance.
    """
    outcome = worst_outcome(verdicts)
    value, name = _RATINGS[outcome]
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": {"@type": "Person" if claimant else "Organization", "name": claimant or "Unknown"},
        "appearance": [{"@type": "CreativeWork", "url": appearance}] if appearance else [],
    }
    based_on = [
        {
            "@type": "CreativeWork",
            "name": e["article"],
            "publisher": {"@type": "Organization", "name": e["reported_by"]} if e["reported_by"] else None,
            "datePublished": e["published"],
            "text": e["sentence"],
            "author": {"@type": "Organization", "name": e["attributed_to"]} if e["attributed_to"] else None,
        }
        for v in verdicts for e in v.evidence
    ]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": statement,
        "datePublished": reviewed_on.isoformat(),
        "author": {"@type": "Organization", "name": "factdb"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
            "ratingExplanation": "; ".join(f"{v.claim.text}: {v.outcome}, {v.reason}" for v in verdicts),
        },
        "itemReviewed": item,
        "isBasedOn": [{k: v for k, v in b.items() if v is not None} for b in based_on],
    }
