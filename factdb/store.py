"""Writing pages and their claims, idempotently and one batch of pages per transaction.

A page whose bytes are already stored (same sha256) is left alone, without
even being read again by the extractor; a page whose path is stored with
other text is replaced, articles and claims together, in the same transaction
that writes the new rows, so a reader never sees half of either version.
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
from typing import Any, Literal, TypeVar

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
T = TypeVar("T")

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
    """Ingest page files and folders, a batch of pages per transaction.

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


# Pages are written in batches, one transaction each: a statement costs as much to prepare for
# one page as for sixty, and a reader or a killed ingest still only ever sees whole pages.
_BATCH_PAGES = 64
_BATCH_CHARS = 1_000_000


def _ingest_files(
    engine: Engine, files: list[Path], max_bytes: int | None, pool: ProcessPoolExecutor | None, jobs: int
) -> Iterator[FileResult]:
    known: dict[tuple[str, str], int] = {}  # name ids committed so far in this run
    batch: list[_Prepared | FileResult] = []
    chars = 0
    for item in _read_pages(engine, files, max_bytes, pool, jobs):
        batch.append(item)
        chars += len(item.page.text) if isinstance(item, _Prepared) else 0
        if len(batch) >= _BATCH_PAGES or chars >= _BATCH_CHARS:
            yield from _finish(engine, batch, known)
            batch, chars = [], 0
    yield from _finish(engine, batch, known)


def _read_pages(
    engine: Engine, files: list[Path], max_bytes: int | None, pool: ProcessPoolExecutor | None, jobs: int
) -> Iterator[_Prepared | FileResult]:
    """Each file read and extracted, in order; files whose bytes are stored are not read again."""
    pending: deque[Future[_Prepared | FileResult] | _Prepared | FileResult] = deque()
    for chunk in _chunks(files, _BATCH_PAGES):
        digests = [_digest(path) for path in chunk]
        stored = _stored(engine, [d for d in digests if d is not None])
        for path, digest in zip(chunk, digests, strict=True):
            if digest in stored:
                pending.append(FileResult(str(path), "unchanged"))
            elif pool is None:
                pending.append(_prepare(path, max_bytes, digest or ""))
            else:
                pending.append(pool.submit(_prepare, path, max_bytes, digest or ""))
            while pending and (len(pending) > 2 * jobs or not isinstance(pending[0], Future)):
                yield _done(pending.popleft())
    while pending:
        yield _done(pending.popleft())


def _done(item: Future[_Prepared | FileResult] | _Prepared | FileResult) -> _Prepared | FileResult:
    return item.result() if isinstance(item, Future) else item


def _stored(engine: Engine, digests: list[str]) -> set[str]:
    """Which of ``digests`` are the sha256 of a stored page."""
    if not digests:
        return set()
    with engine.connect() as conn:
        return _existing(conn, _table(models.Document).c.sha256, digests)


def _finish(
    engine: Engine, batch: list[_Prepared | FileResult], known: dict[tuple[str, str], int]
) -> Iterator[FileResult]:
    """Write a batch of pages in one transaction, then report each file in order."""
    pages = [item for item in batch if isinstance(item, _Prepared)]
    statuses = iter(_write_with_retry(engine, pages, known) if pages else [])
    for item in batch:
        if isinstance(item, FileResult):
            yield item
            continue
        page, status = item.page, next(statuses)
        warnings = tuple(page.warnings) + tuple(
            f"{a.headline[:60]}: {w}" for a in page.articles for w in a.warnings
        )
        stored_claims = sum(map(len, item.claims)) if status != "unchanged" else 0
        yield FileResult(page.path, status, len(page.articles), stored_claims, warnings)


def _write_with_retry(engine: Engine, pages: list[_Prepared], known: dict[tuple[str, str], int]) -> list[Status]:
    """Write pages in one transaction, retrying when a concurrent ingest got there first.

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
                statuses = _write_pages(conn, pages, names)
            known.update(names.found)
            return statuses
        except (IntegrityError, OperationalError) as exc:
            if attempt + 1 == _ATTEMPTS or not _retryable(exc):
                raise StoreError(f"{_paths(pages)}: database write failed: {_first_line(exc)}") from exc
            time.sleep(random.uniform(0.01, 0.05) * 2**attempt)
        except SQLAlchemyError as exc:
            raise StoreError(f"{_paths(pages)}: database write failed: {_first_line(exc)}") from exc
    raise AssertionError("unreachable")


def _paths(pages: list[_Prepared]) -> str:
    first = pages[0].page.path
    return first if len(pages) == 1 else f"{first} (and {len(pages) - 1} more pages written with it)"


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


def _write_pages(conn: Connection, pages: list[_Prepared], names: _Names) -> list[Status]:
    """Insert the pages' rows in bulk (one statement per table), replacing older versions.

    A page whose bytes are stored by now (by another ingest, or earlier in the batch) is
    left alone, as is a file listed twice. Core statements on tables throughout: the ORM's
    per-statement work cost as much as the inserts themselves, and nothing here needs objects.
    """
    documents, articles = _table(models.Document), _table(models.Article)
    digests = _existing(conn, documents.c.sha256, [p.digest for p in pages])
    new: dict[str, _Prepared] = {}  # by resolved path
    for prepared in pages:
        path = str(Path(prepared.page.path).resolve())
        if prepared.digest not in digests and path not in new:
            digests.add(prepared.digest)
            new[path] = prepared
    if not new:
        return ["unchanged"] * len(pages)
    old = dict(_existing_rows(conn, documents.c.path, documents.c.id, list(new)))
    for chunk in _chunks(list(old.values())):
        conn.execute(delete(documents).where(documents.c.id.in_(chunk)))  # the database cascades
    now = datetime.now(UTC)
    document_ids = conn.scalars(
        insert(documents).returning(documents.c.id, sort_by_parameter_order=True),
        [
            {"path": path, "name": p.page.name, "sha256": p.digest, "size": len(p.page.text.encode("utf-8")),
             "text": p.page.text, "ingested_at": now, "warnings": list(p.page.warnings)}
            for path, p in new.items()
        ],
    ).all()
    numbered = [
        (document_id, position, article)
        for document_id, p in zip(document_ids, new.values(), strict=True)
        for position, article in enumerate(p.page.articles, 1)
    ]
    article_ids = conn.scalars(
        insert(articles).returning(articles.c.id, sort_by_parameter_order=True),
        [
            {"document_id": document_id, "position": position, "headline": a.headline,
             "headline_start": a.headline_start, "body_start": a.body_start, "body_end": a.body_end,
             "url": a.url, "warnings": list(a.warnings)}
            for document_id, position, a in numbered
        ],
    ).all()
    stored = [[c for c in claims if _finite(c)] for p in new.values() for claims in p.claims]
    names.resolve((a for _, _, a in numbered), (c for claims in stored for c in claims))
    outlets = [
        {"article_id": article_id, "position": o.position, "source_id": names.id("sources", o.name),
         "published": o.published, "url": o.url}
        for article_id, (_, _, article) in zip(article_ids, numbered, strict=True) for o in article.outlets
    ]
    claim_rows = [
        _claim_row(article_id, claim, names)
        for article_id, claims in zip(article_ids, stored, strict=True)
        for claim in claims
    ]
    if outlets:
        conn.execute(insert(_table(models.ArticleSource)), outlets)
    if claim_rows:
        conn.execute(insert(_table(models.Claim)), claim_rows)
    written: dict[int, Status] = {id(p): "replaced" if path in old else "added" for path, p in new.items()}
    return [written.get(id(p), "unchanged") for p in pages]


def _existing(conn: Connection, column: Any, values: list[str]) -> set[str]:
    """Which of ``values`` ``column`` holds."""
    return {value for value, _ in _existing_rows(conn, column, column, values)}


def _existing_rows(conn: Connection, column: Any, other: Any, values: list[str]) -> Iterator[tuple[str, Any]]:
    """(value, other column) of the rows whose ``column`` holds one of ``values``."""
    for chunk in _chunks(values):
        rows = conn.execute(select(column, other).where(column.in_(chunk)))
        yield from ((value, other_value) for value, other_value in rows)


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
        for name, row_id in _existing_rows(self.conn, table.c.name, table.c.id, missing):
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
        for alias, metric_id in _existing_rows(self.conn, table.c.alias, table.c.metric_id, missing):
            self.found[(table.name, alias)] = metric_id
        new = {a: self._id(("metrics", aliases[a])) for a in self._unknown(table.name, missing)}
        if new:
            self.conn.execute(insert(table), [{"alias": a, "metric_id": m} for a, m in new.items()])
            self.found.update(((table.name, a), m) for a, m in new.items())


_NAME_LENGTH = 255  # the names' column width (models.py)


def _clip(name: str) -> str:
    """A name cut to what its column holds: text such as a run of digits can make longer ones."""
    return name[:_NAME_LENGTH]


def _chunks(items: list[T], size: int = 500) -> Iterator[list[T]]:
    """Slices small enough for one IN (...) list on any backend."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _fresh(aliases: Iterable[str], name: str) -> Iterator[str]:
    seen = {name.lower()}
    for alias in aliases:
        key = alias.strip().lower()
        if key and key not in seen:
            seen.add(key)
            yield key

