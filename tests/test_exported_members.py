import factdb


def test_public_names() -> None:
    assert factdb.__all__ == [
        "CheckError", "Claim", "ExtractionError", "FactDBError", "Finding", "IngestReport", "PageError",
        "Report", "StoreError", "UnitError", "Verdict", "articles", "check", "claim_review", "claims",
        "compare", "consistency", "export", "extract", "ingest", "metrics", "write_all", "write_report",
    ]
