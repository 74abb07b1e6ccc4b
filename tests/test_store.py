"""Ingest into the database: idempotence, replacement, and bad input that changes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from factdb import models, store
from factdb.db import opened
from factdb.errors import PageError
from factdb.extract import Claim, extract_article
from factdb.pages import Article
from factdb.query import articles
from factdb.store import ingest

TABLES = [models.Document, models.Article, models.ArticleSource, models.Source, models.Claim,
          models.Metric, models.Entity]


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {m.__tablename__: conn.scalar(select(func.count()).select_from(m)) for m in TABLES}


def snapshot(engine: Engine) -> list[tuple[object, ...]]:
    """Every stored article and claim row, to prove nothing changed."""
    with engine.connect() as conn:
        rows = conn.execute(select(models.Article.id, models.Article.headline)).all()
        rows += conn.execute(select(models.Claim.id, models.Claim.text, models.Claim.start)).all()
        rows += conn.execute(select(models.Document.id, models.Document.sha256)).all()
    return sorted(map(tuple, rows), key=repr)


def test_ingest_seeds_stores_every_article_with_its_outlets(engine: Engine, seed_dir: Path) -> None:
    report = ingest(engine, [seed_dir])
    assert [f.status for f in report.files] == ["added"] * 5
    assert report.articles == 41
    frame = articles(engine)
    assert len(frame) == 41
    pmi = frame[frame.headline == "Chinese Manufacturing PMI Continued Decline in July"].iloc[0]
    assert pmi.outlets == ["NBD", "Caixin"]
    assert pmi.published == ["2024-07-31", "2024-08-01"]
    xi = frame[frame.headline.str.startswith("Xi Jinping")].iloc[0]
    assert xi.published == ["2023-05-30"]
    assert xi.warnings == ["malformed date 'May 302, 2023' read as 2023-05-30"]
    with_source_line = frame[frame.outlets.map(len) > 0]
    assert len(with_source_line) == 39
    assert all(d is not None for dates in with_source_line.published for d in dates)


def test_reingest_is_idempotent(engine: Engine, seed_dir: Path) -> None:
    ingest(engine, [seed_dir])
    before = counts(engine)
    report = ingest(engine, [seed_dir])
    assert [f.status for f in report.files] == ["unchanged"] * 5
    assert counts(engine) == before


def test_edited_page_replaces_only_its_own_articles(engine: Engine, seed_dir: Path) -> None:
    ingest(engine, [seed_dir])
    with engine.connect() as conn:
        other_ids = set(conn.scalars(
            select(models.Article.id).join(models.Document).where(models.Document.name != "002_fd4d90c8a939e2ac.txt")
        ))
    page = seed_dir / "002_fd4d90c8a939e2ac.txt"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "Huawei Lost another Major EU Customer", "Huawei Lost a Major EU Customer"), encoding="utf-8")
    report = ingest(engine, [seed_dir])
    assert [f.status for f in report.files].count("replaced") == 1
    with engine.connect() as conn:
        assert set(conn.scalars(
            select(models.Article.id).join(models.Document).where(models.Document.name != "002_fd4d90c8a939e2ac.txt")
        )) == other_ids
        headlines = set(conn.scalars(select(models.Article.headline)))
        assert conn.scalar(select(func.count()).select_from(models.Document)) == 5
    assert "Huawei Lost a Major EU Customer" in headlines
    assert "Huawei Lost another Major EU Customer" not in headlines


def test_the_same_bytes_twice_in_one_run_are_stored_once(engine: Engine, seed_dir: Path) -> None:
    """A copy of a page, or a page listed twice, is written once, though both arrive in one batch."""
    page = seed_dir / "001_63431c5d3bda27d7.txt"
    (seed_dir / "zz_copy.txt").write_bytes(page.read_bytes())
    report = ingest(engine, [seed_dir, page])
    assert [(Path(f.path).name, f.status) for f in report.files][1:] == [
        ("001_63431c5d3bda27d7.txt", "added"), ("002_fd4d90c8a939e2ac.txt", "added"),
        ("003_3ef344acc479e799.txt", "added"), ("004_350007d3a0331fc8.txt", "added"),
        ("zz_copy.txt", "unchanged"), ("001_63431c5d3bda27d7.txt", "unchanged"),
    ]
    assert counts(engine)["documents"] == 5


def test_batches_of_two_pages_store_what_one_batch_does(
    engine: Engine, seed_dir: Path, databases: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (seed_dir / "bad.txt").write_bytes(b"")
    with opened(databases.new()) as one_batch:
        ingest(one_batch, [seed_dir])
        monkeypatch.setattr(store, "_BATCH_PAGES", 2)
        report = ingest(engine, [seed_dir])
        assert [f.status for f in report.files] == ["added"] * 5 + ["refused"]
        assert counts(engine) == counts(one_batch)
        assert claim_rows(engine) == claim_rows(one_batch)


def test_a_failed_batch_stores_none_of_its_pages(
    engine: Engine, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(text: str, article: Article) -> list[Claim]:
        claims = extract_article(text, article)
        return [replace(c, kind=None) for c in claims] if "Huawei" in article.headline else claims  # type: ignore[arg-type]

    monkeypatch.setattr(store, "extract_article", fail)
    with pytest.raises(store.StoreError, match="database write failed"):
        ingest(engine, [seed_dir])
    assert counts(engine)["documents"] == 0


def test_missing_path_stores_nothing(engine: Engine, seed_dir: Path) -> None:
    with pytest.raises(PageError, match="no such file or folder"):
        ingest(engine, [seed_dir, seed_dir / "missing.txt"])
    assert counts(engine)["documents"] == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty file"), (b"\x00\x01\x02binary", "binary file"), (bytes(range(0x80, 0x100)) * 4, "not UTF-8"),
     (b"Skip to content\n", "no articles found"), (b"Headline\n\n" + b"word " * 300_000, "over the 1 MB limit")],
)
def test_bad_file_is_refused_and_stored_rows_are_untouched(
    engine: Engine, seed_dir: Path, content: bytes, reason: str
) -> None:
    ingest(engine, [seed_dir])
    before = snapshot(engine)
    # A stored page overwritten with bad bytes keeps its stored version.
    (seed_dir / "001_63431c5d3bda27d7.txt").write_bytes(content)
    report = ingest(engine, [seed_dir], max_bytes=1_000_000)
    refused = report.refused
    assert len(refused) == 1 and reason in (refused[0].error or "")
    assert refused[0].error.startswith(str(seed_dir / "001_63431c5d3bda27d7.txt"))
    assert snapshot(engine) == before



def claim_rows(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return sorted(map(tuple, conn.execute(select(models.Claim.text, models.Claim.start, models.Claim.value))))


def test_parallel_ingest_stores_what_a_serial_one_does(engine: Engine, seed_dir: Path, databases: Any) -> None:
    ingest(engine, [seed_dir], jobs=2)
    with opened(databases.new()) as serial:
        report = ingest(serial, [seed_dir])
        assert report.count("added") == 5
        assert counts(serial) == counts(engine)
        assert claim_rows(serial) == claim_rows(engine)


def test_names_longer_than_their_column_are_cut_not_refused(
    engine: Engine, seed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL refuses 300 characters in a varchar(255): whatever the extractor makes of odd
    text (the fuzz test found a metric holding a 200-digit run), the store cuts such names."""
    def long_names(text: str, article: Article) -> list[Claim]:
        return [
            replace(c, metric="m" * 300, entity="e" * 300, attributed_to="s" * 300, counted="c" * 300,
                    metric_aliases=("a" * 300,))
            for c in extract_article(text, article)
        ]

    monkeypatch.setattr(store, "extract_article", long_names)
    page = min(seed_dir.glob("*.txt"))
    assert [f.status for f in ingest(engine, [page]).files] == ["added"]
    with engine.connect() as conn:
        claim = conn.execute(select(models.Claim.metric_id, models.Claim.entity_id, models.Claim.counted)).first()
        names = {m.__tablename__: conn.scalars(select(m.name)).all() for m in (models.Metric, models.Entity)}
        alias = conn.scalar(select(models.MetricAlias.alias))
    assert claim is not None and claim.metric_id and claim.entity_id and claim.counted == "c" * 255
    assert names == {"metrics": ["m" * 255], "entities": ["e" * 255]} and alias == "a" * 255
