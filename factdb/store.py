"""Writing pages and their claims, idempotently and one document per transaction.

A page whose bytes are already stored (same sha256) is left alone, without
even being read again by the extractor; a page
whose path is stored with other text is replaced, articles and claims
together, in the same transaction that writes the new rows, so a reader
never sees half of either version.
"""

from __future__ import annotations

import hashlib
import math
import multiprocessing
import random
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from factdb import models
from factdb.db import Database, opened
from factdb.errors import PageError, StoreError
from factdb.extract import Claim, extract_article
from factdb.extract.periods import period_range
from factdb.extract.units import unit_family
from factdb.pages import DEFAULT_MAX_BYTES, Page, parse_page

__all__ = ["FileResult", "IngestReport", "ingest", "page_files"]

Status = Literal["added", "replaced", "unchanged", "refused"]

# Stored on every claim, so claims from an older extractor can be found and redone.
EXTRACTOR_VERSION = version("factdb")


@dataclass(frozen=True)
class FileResult:
    """What happened to one page file."""

    path: str
    status: Status
    articles: int = 0
    claims: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass
class IngestReport:
    """The outcome of one ingest run, file by file."""

    files: list[FileResult] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(f.status == status for f in self.files)

    @property
    def articles(self) -> int:
        return sum(f.articles for f in self.files)

    @property
    def claims(self) -> int:
        return sum(f.claims for f in self.files)

    @property
    def warnings(self) -> int:
        return sum(len(f.warnings) for f in self.files)

    @property
    def refused(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "refused"]


def page_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (every ``*.txt`` below, sorted) into page files.

    Raises ``PageError`` for a path that does not exist or a folder with no pages,
    before anything is read, so a typo stores nothing.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise PageError(str(path), "folder holds no *.txt pages")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise PageError(str(path), "no such file or folder")
    return files


def ingest(
    db: Database,
    paths: Iterable[str | Path],
    on_file: Callable[[FileResult], None] | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    jobs: int = 1,
) -> IngestReport:
    """Ingest page files and folders; each file is its own transaction.

    ``on_file`` is called after each file, for progress display; pages larger
    than ``max_bytes`` are refused (None: no limit). With ``jobs`` > 1, pages
    are parsed and extracted in that many worker processes while this one
    writes, a bounded number of pages ahead, so memory stays flat.
    """
    files = page_files(paths)
    report = IngestReport()
    # Workers are forked before any database connection exists, so none inherits one.
    with _pages_in_parallel(jobs) as pool, opened(db) as engine:
        for result in _ingest_files(engine, files, max_bytes, pool, jobs):
            report.files.append(result)
            if on_file:
                on_file(result)
    return report


@dataclass(frozen=True)
class _Prepared:
    """A page read, split and extracted (in a worker), ready to be written."""

    page: Page
    claims: list[list[Claim]]
    digest: str


def _digest(path: Path) -> str | None:
    """sha256 of the file's bytes: what identifies an unchanged page."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # reading it again will say why


def _prepare(path: Path, max_bytes: int | None, digest: str) -> _Prepared | FileResult:
    try:
        page = parse_page(path, max_bytes=max_bytes)
    except PageError as exc:
        return FileResult(str(path), "refused", error=str(exc))
    return _Prepared(page, [extract_article(page.text, a) for a in page.articles], digest)


@contextmanager
def _pages_in_parallel(jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    if jobs <= 1:
        yield None
        return
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        yield pool


def _ingest_files(
    engine: Engine, files: list[Path], max_bytes: int | None, pool: ProcessPoolExecutor | None, jobs: int
) -> Iterator[FileResult]:
    pending: deque[Future[_Prepared | FileResult] | _Prepared | FileResult] = deque()
    for path in files:
        digest = _digest(path)
        if digest is not None and _stored(engine, digest):
            pending.append(FileResult(str(path), "unchanged"))
        elif pool is None:
            pending.append(_prepare(path, max_bytes, digest or ""))
        else:
            pending.append(pool.submit(_prepare, path, max_bytes, digest or ""))
        while pending and (len(pending) > 2 * jobs or not isinstance(pending[0], Future)):
            yield _finish(engine, pending.popleft())
    while pending:
        yield _finish(engine, pending.popleft())


def _stored(engine: Engine, digest: str) -> bool:
    with engine.connect() as conn:
        return conn.scalar(select(models.Document.id).where(models.Document.sha256 == digest)) is not None


def _finish(engine: Engine, item: Future[_Prepared | FileResult] | _Prepared | FileResult) -> FileResult:
    done = item.result() if isinstance(item, Future) else item
    if isinstance(done, FileResult):
        return done
    page = done.page
    warnings = tuple(page.warnings) + tuple(
        f"{a.headline[:60]}: {w}" for a in page.articles for w in a.warnings
    )
    status = _write_with_retry(engine, done)
    stored_claims = sum(map(len, done.claims)) if status != "unchanged" else 0
    return FileResult(page.path, status, len(page.articles), stored_claims, warnings)


def _write_with_retry(engine: Engine, prepared: _Prepared) -> Status:
    """Write one page in one transaction, retrying when a concurrent ingest got there first.

    Another process may commit the same page, source or metric between our read
    and our insert; the unique constraints then refuse our rows (or PostgreSQL
    breaks a deadlock), the transaction rolls back whole, and the retry sees
    what the other process stored.
    """
    for attempt in range(_ATTEMPTS):
        try:
            with Session(engine) as session, session.begin():
                return _write_page(session, prepared)
        except (IntegrityError, OperationalError) as exc:
            if attempt + 1 == _ATTEMPTS or not _retryable(exc):
                raise StoreError(f"{prepared.page.path}: database write failed: {_first_line(exc)}") from exc
            time.sleep(random.uniform(0.01, 0.05) * 2**attempt)
        except SQLAlchemyError as exc:
            raise StoreError(f"{prepared.page.path}: database write failed: {_first_line(exc)}") from exc
    raise AssertionError("unreachable")


_ATTEMPTS = 8
# PostgreSQL: unique_violation, deadlock_detected, serialization_failure; SQLite: locked/busy.
_RETRY_SQLSTATES = {"23505", "40P01", "40001"}


def _retryable(exc: SQLAlchemyError) -> bool:
    if isinstance(exc, IntegrityError) and "UNIQUE" in str(exc.orig):
        return True
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return sqlstate in _RETRY_SQLSTATES or "database is locked" in str(exc)


def _first_line(exc: SQLAlchemyError) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0]


def _write_page(session: Session, prepared: _Prepared) -> Status:
    """Insert the page's rows in bulk (one statement per table), replacing an older version."""
    page = prepared.page
    path = str(Path(page.path).resolve())
    if session.scalar(select(models.Document.id).where(models.Document.sha256 == prepared.digest)):
        return "unchanged"
    old = session.scalar(select(models.Document.id).where(models.Document.path == path))
    if old is not None:
        session.execute(delete(models.Document).where(models.Document.id == old))
    document_id = session.scalar(insert(models.Document).returning(models.Document.id), {
        "path": path, "name": page.name, "sha256": prepared.digest, "size": len(page.text.encode("utf-8")),
        "text": page.text, "ingested_at": datetime.now(UTC), "warnings": list(page.warnings),
    })
    article_ids = session.scalars(
        insert(models.Article).returning(models.Article.id, sort_by_parameter_order=True),
        [
            {"document_id": document_id, "position": position, "headline": a.headline,
             "headline_start": a.headline_start, "body_start": a.body_start, "body_end": a.body_end,
             "url": a.url, "warnings": list(a.warnings)}
            for position, a in enumerate(page.articles, 1)
        ],
    ).all()
    names = _Names(session)
    outlets = [
        {"article_id": article_id, "position": o.position, "source_id": names.source(o.name),
         "published": o.published, "url": o.url}
        for article_id, article in zip(article_ids, page.articles, strict=True) for o in article.outlets
    ]
    claims = [
        _claim_row(article_id, claim, names)
        for article_id, article_claims in zip(article_ids, prepared.claims, strict=True)
        for claim in article_claims if _finite(claim)
    ]
    if outlets:
        session.execute(insert(models.ArticleSource), outlets)
    if claims:
        session.execute(insert(models.Claim), claims)
    return "replaced" if old is not None else "added"


def _finite(claim: Claim) -> bool:
    """Whether every number of the claim can be stored (no inf or NaN reaches the database)."""
    numbers = (claim.value, claim.value_high, claim.base_value)
    return all(n is None or math.isfinite(n) for n in numbers)


def _claim_row(article_id: int, claim: Claim, names: _Names) -> dict[str, Any]:
    period = _bounds(claim.period)
    compared = _bounds(claim.compared_to)
    return {
        "article_id": article_id,
        "metric_id": names.metric(claim.metric, claim.unit, claim.metric_aliases) if claim.metric else None,
        "entity_id": names.entity(claim.entity) if claim.entity else None,
        "attributed_source_id": names.source(claim.attributed_to) if claim.attributed_to else None,
        "reported_source_id": names.source(claim.reported_by) if claim.reported_by else None,
        "value": claim.value,
        "value_high": claim.value_high,
        "unit": claim.unit,
        "counted": claim.counted,
        "base_value": claim.base_value,
        "base_unit": claim.base_unit,
        "qualifier": claim.qualifier,
        "kind": claim.kind,
        "direction": claim.direction,
        "period": claim.period,
        "period_start": period[0],
        "period_end": period[1],
        "compared_to": claim.compared_to,
        "compared_start": compared[0],
        "compared_end": compared[1],
        "published": claim.published,
        "text": claim.text,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "sentence_start": claim.sentence_start,
        "extractor_version": EXTRACTOR_VERSION,
    }


def _bounds(label: str | None) -> tuple[date | None, date | None]:
    if not label:
        return None, None
    try:
        return period_range(label)
    except ValueError:
        return None, None


class _Names:
    """Get-or-create for sources, metrics and entities, cached for one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str, str], int] = {}

    def _get_or_add(self, model: type[models.Source | models.Entity | models.Metric],
                    name: str, **extra: str | None) -> int:
        key = (model.__tablename__, name)
        if key not in self._cache:
            found = self.session.scalar(select(model.id).where(model.name == name))
            if found is None:
                row = model(name=name, **extra)
                self.session.add(row)
                self.session.flush()
                found = row.id
            self._cache[key] = found
        return self._cache[key]

    def source(self, name: str) -> int:
        return self._get_or_add(models.Source, name)

    def entity(self, name: str) -> int:
        return self._get_or_add(models.Entity, name)

    def metric(self, name: str, unit: str, aliases: Iterable[str]) -> int:
        metric_id = self._get_or_add(models.Metric, name, unit_family=unit_family(unit))
        for alias in _fresh(aliases, name):
            key = ("metric_aliases", alias)
            if key in self._cache:
                continue
            taken = self.session.scalar(
                select(models.MetricAlias.metric_id).where(models.MetricAlias.alias == alias)
            )
            if taken is None:
                self.session.add(models.MetricAlias(metric_id=metric_id, alias=alias))
            self._cache[key] = taken or metric_id
        return metric_id


def _fresh(aliases: Iterable[str], name: str) -> Iterator[str]:
    seen = {name.lower()}
    for alias in aliases:
        key = alias.strip().lower()
        if key and key not in seen:
            seen.add(key)
            yield key

