"""factdb: a fact-tracking database for numeric claims in the news.

>>> import factdb
>>> [c.text for c in factdb.extract("The July manufacturing PMI was 49.4%.")]
['49.4%']
"""

from factdb.check import Verdict, check
from factdb.errors import (
    CheckError,
    ExtractionError,
    FactDBError,
    PageError,
    StoreError,
    UnitError,
)
from factdb.export import claim_review, export
from factdb.extract import Claim, extract
from factdb.query import articles, claims, metrics
from factdb.reporting import Finding, Report, compare, consistency, write_all, write_report
from factdb.store import IngestReport, ingest

__all__ = [
    "CheckError",
    "Claim",
    "ExtractionError",
    "FactDBError",
    "Finding",
    "IngestReport",
    "PageError",
    "Report",
    "StoreError",
    "UnitError",
    "Verdict",
    "articles",
    "check",
    "claim_review",
    "claims",
    "compare",
    "consistency",
    "export",
    "extract",
    "ingest",
    "metrics",
    "write_all",
    "write_report",
]
