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
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, delete, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from factdb import models
from factdb.db import Database, opened
from factdb.errors import PageError, StoreError
from factdb.extract import Claim, extract_article
from factdb.extract.periods import period_range
from factdb.extract.units import unit_family
from factdb.pages import DEFAULT_MAX_BYTES, Article, Page, parse_page

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
    known: dict[tuple[str, str], int] = {}  # name ids committed so far in this run
    for path in files:
        digest = _digest(path)
        if digest is not None and _stored(engine, digest):
            pending.append(FileResult(str(path), "unchanged"))
        elif pool is None:
            pending.append(_prepare(path, max_bytes, digest or ""))
        else:
            pending.append(pool.submit(_prepare, path, max_bytes, digest or ""))
        while pending and (len(pending) > 2 * jobs or not isinstance(pending[0], Future)):
            yield _finish(engine, pending.popleft(), known)
    while pending:
        yield _finish(engine, pending.popleft(), known)


def _stored(engine: Engine, digest: str) -> bool:
    with engine.connect() as conn:
        return conn.scalar(select(models.Document.id).where(models.Document.sha256 == digest)) is not None


def _finish(
    engine: Engine, item: Future[_Prepared | FileResult] | _Prepared | FileResult, known: dict[tuple[str, str], int]
) -> FileResult:
    done = item.result() if isinstance(item, Future) else item
    if isinstance(done, FileResult):
        return done
    page = done.page
    warnings = tuple(page.warnings) + tuple(
        f"{a.headline[:60]}: {w}" for a in page.articles for w in a.warnings
    )
    status = _write_with_retry(engine, done, known)
    stored_claims = sum(map(len, done.claims)) if status != "unchanged" else 0
    return FileResult(page.path, status, len(page.articles), stored_claims, warnings)


def _write_with_retry(engine: Engine, prepared: _Prepared, known: dict[tuple[str, str], int]) -> Status:
    """Write one page in one transaction, retrying when a concurrent ingest got there first.

    Another process may commit the same page, source or metric between our read
    and our insert; the unique constraints then refuse our rows (or PostgreSQL
    breaks a deadlock), the transaction rolls back whole, and the retry sees
    what the other process stored. Name ids join ``known`` only once their
    transaction has committed, so a rolled-back attempt leaves none behind.
    """
    for attempt in range(_ATTEMPTS):
        try:
            with engine.begin() as conn:
                names = _Names(conn, known)
                status = _write_page(conn, prepared, names)
            known.update(names.found)
            return status
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


def _write_page(conn: Connection, prepared: _Prepared, names: _Names) -> Status:
    """Insert the page's rows in bulk (one statement per table), replacing an older version.

    Core statements on tables throughout: the ORM's per-statement work cost as much
    as the inserts themselves, and nothing here needs objects.
    """
    page = prepared.page
    path = str(Path(page.path).resolve())
    documents, articles = _table(models.Document), _table(models.Article)
    if conn.scalar(select(documents.c.id).where(documents.c.sha256 == prepared.digest)):
        return "unchanged"
    old = conn.scalar(select(documents.c.id).where(documents.c.path == path))
    if old is not None:
        conn.execute(delete(documents).where(documents.c.id == old))  # the database cascades
    document_id = conn.scalar(insert(documents).returning(documents.c.id), {
        "path": path, "name": page.name, "sha256": prepared.digest, "size": len(page.text.encode("utf-8")),
        "text": page.text, "ingested_at": datetime.now(UTC), "warnings": list(page.warnings),
    })
    article_ids = conn.scalars(
        insert(articles).returning(articles.c.id, sort_by_parameter_order=True),
        [
            {"document_id": document_id, "position": position, "headline": a.headline,
             "headline_start": a.headline_start, "body_start": a.body_start, "body_end": a.body_end,
             "url": a.url, "warnings": list(a.warnings)}
            for position, a in enumerate(page.articles, 1)
        ],
    ).all()
    stored = [[c for c in article_claims if _finite(c)] for article_claims in prepared.claims]
    names.resolve(page.articles, (c for article_claims in stored for c in article_claims))
    outlets = [
        {"article_id": article_id, "position": o.position, "source_id": names.id("sources", o.name),
         "published": o.published, "url": o.url}
        for article_id, article in zip(article_ids, page.articles, strict=True) for o in article.outlets
    ]
    claims = [
        _claim_row(article_id, claim, names)
        for article_id, article_claims in zip(article_ids, stored, strict=True)
        for claim in article_claims
    ]
    if outlets:
        conn.execute(insert(_table(models.ArticleSource)), outlets)
    if claims:
        conn.execute(insert(_table(models.Claim)), claims)
    return "replaced" if old is not None else "added"


def _table(model: type[models.Base]) -> Table:
    return models.Base.metadata.tables[model.__tablename__]


def _finite(claim: Claim) -> bool:
    """Whether every number of the claim can be stored (no inf or NaN reaches the database)."""
    numbers = (claim.value, claim.value_high, claim.base_value)
    return all(n is None or math.isfinite(n) for n in numbers)


def _claim_row(article_id: int, claim: Claim, names: _Names) -> dict[str, Any]:
    period = _bounds(claim.period)
    compared = _bounds(claim.compared_to)
    return {
        "article_id": article_id,
        "metric_id": names.id("metrics", claim.metric),
        "entity_id": names.id("entities", claim.entity),
        "attributed_source_id": names.id("sources", claim.attributed_to),
        "reported_source_id": names.id("sources", claim.reported_by),
        "value": claim.value,
        "value_high": claim.value_high,
        "unit": claim.unit,
        "counted": _clip(claim.counted) if claim.counted else None,
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
    """Ids of the sources, metrics and entities of one page, looked up and created in bulk.

    ``known`` holds ids committed earlier in the run (names are never deleted),
    so a name seen on an earlier page costs nothing; the rest of the page's
    names take one SELECT and at most one INSERT per table. ``found`` collects
    what this transaction looked up or created.
    """

    def __init__(self, conn: Connection, known: Mapping[tuple[str, str], int]) -> None:
        self.conn = conn
        self.known = known
        self.found: dict[tuple[str, str], int] = {}

    def id(self, table: str, name: str | None) -> int | None:
        """The id of a name :meth:`resolve` has seen (None for no name)."""
        return None if name is None else self._id((table, _clip(name)))

    def _id(self, key: tuple[str, str]) -> int:
        return self.known[key] if key in self.known else self.found[key]

    def resolve(self, articles: Iterable[Article], claims: Iterable[Claim]) -> None:
        """Find or create every name the page's outlets and claims use."""
        sources: dict[str, dict[str, str]] = {_clip(o.name): {} for a in articles for o in a.outlets}
        entities: dict[str, dict[str, str]] = {}
        metrics: dict[str, dict[str, str]] = {}
        aliases: dict[str, str] = {}  # alias -> metric name; the first claim to use it wins
        for claim in claims:
            for name in (claim.attributed_to, claim.reported_by):
                if name:
                    sources.setdefault(_clip(name), {})
            if claim.entity:
                entities.setdefault(_clip(claim.entity), {})
            if claim.metric:
                metric = _clip(claim.metric)
                metrics.setdefault(metric, {"unit_family": unit_family(claim.unit)})
                for alias in _fresh(claim.metric_aliases, claim.metric):
                    aliases.setdefault(_clip(alias), metric)
        self._get_or_add(models.Source, sources)
        self._get_or_add(models.Entity, entities)
        self._get_or_add(models.Metric, metrics)
        self._add_aliases(aliases)

    def _unknown(self, table: str, names: Iterable[str]) -> list[str]:
        return [n for n in names if (table, n) not in self.known and (table, n) not in self.found]

    def _get_or_add(
        self, model: type[models.Source | models.Entity | models.Metric], wanted: dict[str, dict[str, str]]
    ) -> None:
        table = _table(model)
        missing = self._unknown(table.name, wanted)
        for chunk in _chunks(missing):
            query = select(table.c.id, table.c.name).where(table.c.name.in_(chunk))
            for row_id, name in self.conn.execute(query):
                self.found[(table.name, name)] = row_id
        new = self._unknown(table.name, missing)
        if new:
            rows = self.conn.execute(
                insert(table).returning(table.c.id, table.c.name), [{"name": n, **wanted[n]} for n in new]
            )
            for row_id, name in rows:
                self.found[(table.name, name)] = row_id

    def _add_aliases(self, aliases: dict[str, str]) -> None:
        """Give each alias not yet taken to the metric that used it first."""
        table = _table(models.MetricAlias)
        missing = self._unknown(table.name, aliases)
        for chunk in _chunks(missing):
            query = select(table.c.metric_id, table.c.alias).where(table.c.alias.in_(chunk))
            for metric_id, alias in self.conn.execute(query):
                self.found[(table.name, alias)] = metric_id
        new = {a: self._id(("metrics", aliases[a])) for a in self._unknown(table.name, missing)}
        if new:
            self.conn.execute(insert(table), [{"alias": a, "metric_id": m} for a, m in new.items()])
            self.found.update(((table.name, a), m) for a, m in new.items())


_NAME_LENGTH = 255  # the names' column width (models.py)


def _clip(name: str) -> str:
    """A name cut to what its column holds: text such as a run of digits can make longer ones."""
    return name[:_NAME_LENGTH]


def _chunks(names: list[str], size: int = 500) -> Iterator[list[str]]:
    """Slices small enough for one IN (...) list on any backend."""
    for i in range(0, len(names), size):
        yield names[i : i + size]


def _fresh(aliases: Iterable[str], name: str) -> Iterator[str]:
    seen = {name.lower()}
    for alias in aliases:
        key = alias.strip().lower()
        if key and key not in seen:
            seen.add(key)
            yield key

