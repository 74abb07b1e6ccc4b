import factdb


def test_public_names() -> None:
    assert factdb.__all__ == [
        "CheckError", "Claim", "ExtractionError", "FactDBError", "IngestReport", "PageError",
        "StoreError", "UnitError", "Verdict", "articles", "check", "claim_review", "claims", "export",
        "extract", "ingest", "metrics",
    ]
