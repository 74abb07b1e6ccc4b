"""Articles, claims and metrics as pandas DataFrames, read with bound-parameter statements only.

Names a person types (`manufacturing PMI`, `purchasing managers index`,
`Caixin`) are resolved against stored names and aliases first, in Python over
the small name tables, so the claims query itself is a plain ``IN`` over ids
that the indexes serve.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process
from sqlalchemy import Engine, Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from factdb import models
from factdb.db import Database, opened
from factdb.errors import FactDBError
from factdb.extract.periods import period_range

if TYPE_CHECKING:  # pandas is imported by the functions that return frames, not by every command
    import pandas as pd

__all__ = [
    "ARTICLE_COLUMNS",
    "CLAIM_COLUMNS",
    "UnknownNameError",
    "article_records",
    "articles",
    "claim_detail",
    "claim_records",
    "claims",
    "claims_select",
    "entity_names",
    "iter_claims",
    "metric_names",
    "metric_records",
    "metrics",
    "source_names",
]


class UnknownNameError(FactDBError, LookupError):
    """A metric, entity or source name matches nothing stored; ``closest`` lists near names."""

    def __init__(self, kind: str, name: str, closest: list[str]) -> None:
        super().__init__(kind, name, closest)
        self.kind, self.name, self.closest = kind, name, closest

    def __str__(self) -> str:
        hint = f"; closest: {', '.join(self.closest)}" if self.closest else ""
        return f"no {self.kind} matches {self.name!r}{hint}"


_WORD = re.compile(r"[a-z0-9]+")


def name_words(text: str) -> set[str]:
    """Lower-case words with a plural `s` dropped, so `indexes`/`index` and `PMIs`/`PMI` meet."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _WORD.findall(text.lower())}


@dataclass(frozen=True)
class _Named:
    """The stored names of one table (canonical + aliases), for resolving what a user typed."""

    names: dict[str, set[int]]  # lower-case name or alias -> ids

    @cached_property
    def words(self) -> dict[str, set[str]]:
        """Each name's ``name_words``, worked out once rather than on every lookup."""
        return {name: name_words(name) for name in self.names}

    @cached_property
    def holders(self) -> dict[str, set[str]]:
        """Word -> the names holding it, so a lookup intersects a few sets instead of testing
        every stored name."""
        holders: dict[str, set[str]] = {}
        for name, words in self.words.items():
            for word in words:
                holders.setdefault(word, set()).add(name)
        return holders

    @classmethod
    def load(cls, engine: Engine, model: Any, alias_model: Any, fk: str) -> _Named:
        """The names of ``model`` and its aliases, reused while neither table has changed.

        Resolving a name reads every stored name; at thousands of metrics that read and
        the word sets cost more than the indexed claims query itself, so the loaded names
        are kept per engine and read again only when the tables' row count or highest id
        moves (names and aliases are only ever added, or deleted with their rows).
        """
        alias_fk = getattr(alias_model, fk)
        with engine.connect() as conn:
            stamp = conn.execute(select(
                select(func.count()).select_from(model).scalar_subquery(),
                select(func.max(model.id)).scalar_subquery(),
                select(func.count()).select_from(alias_model).scalar_subquery(),
                select(func.max(alias_model.id)).scalar_subquery(),
            )).one()
            cached = _NAMES_CACHE.setdefault(engine, {}).get(model.__tablename__)
            if cached is not None and cached[0] == tuple(stamp):
                return cached[1]
            names: dict[str, set[int]] = {}
            for id_, name in conn.execute(select(model.id, model.name)):
                names.setdefault(name.lower(), set()).add(id_)
            for id_, alias in conn.execute(select(alias_fk, alias_model.alias)):
                names.setdefault(alias.lower(), set()).add(id_)
        loaded = cls(names)
        _NAMES_CACHE[engine][model.__tablename__] = (tuple(stamp), loaded)
        return loaded

    def resolve(self, query: str, kind: str) -> set[int]:
        """Ids whose name or alias holds every word of ``query``; else a near miss; else an error."""
        wanted = name_words(query)
        holding = set.intersection(*(self.holders.get(w, set()) for w in wanted)) if wanted else set()
        found = {i for name in holding for i in self.names[name]}
        if found:
            return found
        scored = process.extract(query.lower(), list(self.names), scorer=fuzz.WRatio, limit=5)
        best = [name for name, score, _ in scored if score >= 88]
        if best:
            return set().union(*(self.names[name] for name in best[:1]))
        raise UnknownNameError(kind, query, [name for name, _, _ in scored])

    def closest(self, name: str | None) -> set[int]:
        """Ids for a name the extractor produced: the exact name or alias, else the stored
        names sharing most of its words (at least half), never a fuzzy guess."""
        if not name:
            return set()
        if name.lower() in self.names:
            return self.names[name.lower()]
        wanted, words = name_words(name), self.words
        overlap = {n: len(wanted & words[n]) / len(wanted | words[n]) for n in self.names}
        best = max(overlap.values(), default=0.0)
        if best < 0.5:
            return set()
        return set().union(*(self.names[n] for n, score in overlap.items() if score == best))


# engine -> table name -> (row counts and highest ids when loaded, the names)
_NAMES_CACHE: weakref.WeakKeyDictionary[Engine, dict[str, tuple[tuple[Any, ...], _Named]]] = (
    weakref.WeakKeyDictionary())


def metric_names(engine: Engine) -> _Named:
    """The stored metric names and aliases."""
    return _Named.load(engine, models.Metric, models.MetricAlias, "metric_id")


def entity_names(engine: Engine) -> _Named:
    """The stored entity names and aliases."""
    return _Named.load(engine, models.Entity, models.EntityAlias, "entity_id")


def source_names(engine: Engine) -> _Named:
    """The stored source (agency and outlet) names and aliases."""
    return _Named.load(engine, models.Source, models.SourceAlias, "source_id")


@dataclass(frozen=True)
class ClaimFilter:
    """What a fact-checker asks for; every field narrows the result, None leaves it open."""

    metric: str | None = None
    entity: str | None = None
    period: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    kind: str | None = None
    text: str | None = None
    ids: tuple[int, ...] | None = None

    def apply(self, engine: Engine, stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        """``stmt`` narrowed by this filter, with every value a bound parameter."""
        c = models.Claim
        if self.metric:
            stmt = stmt.where(c.metric_id.in_(metric_names(engine).resolve(self.metric, "metric")))
        if self.entity:
            stmt = stmt.where(c.entity_id.in_(entity_names(engine).resolve(self.entity, "entity")))
        if self.source:
            ids = source_names(engine).resolve(self.source, "source")
            stmt = stmt.where(or_(c.attributed_source_id.in_(ids), c.reported_source_id.in_(ids)))
        if self.period:
            first, last = _range(self.period)
            stmt = stmt.where(and_(c.period_start >= first, c.period_end <= last))
        if self.since:
            stmt = stmt.where(c.period_start >= _range(self.since)[0])
        if self.until:
            stmt = stmt.where(c.period_end <= _range(self.until)[1])
        if self.kind:
            stmt = stmt.where(c.kind == self.kind)
        for word in (self.text or "").split():
            stmt = stmt.where(func.lower(c.sentence).contains(word.lower(), autoescape=True))
        if self.ids is not None:
            stmt = stmt.where(c.id.in_(self.ids))
        return stmt


def _range(label: str) -> tuple[Any, Any]:
    try:
        return period_range(label)
    except ValueError as exc:
        raise BadPeriodError(label) from exc


class BadPeriodError(FactDBError, ValueError):
    """A period filter that is not a label like 2024, 2024-H1, 2024-Q2, 2024-07 or 2024-07-31."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.label = label

    def __str__(self) -> str:
        return f"not a period: {self.label!r} (use 2024, 2024-H1, 2024-Q2, 2024-07 or 2024-07-31)"

# The claims interchange format, in its documented order, then provenance.
CLAIM_COLUMNS = [
    "doc", "article", "text", "value", "value_high", "unit", "counted", "qualifier", "kind",
    "metric", "entity", "period", "compared_to", "attributed_to", "reported_by", "published",
    "id", "direction", "sentence", "start", "end",
]


@cache
def claims_select() -> Select[*tuple[Any, ...]]:
    """Every claim joined to its names, columns labelled as in the interchange format.

    Built once: a ``Select`` is immutable (``where`` returns a new one), and building this
    seven-table join costs about as much as running it for a few hundred claims. Ordered
    by page, article, offset, then id, so claims at one offset come in the same order on
    every backend and plan.
    """
    attributed = aliased(models.Source)
    reported = aliased(models.Source)
    c = models.Claim
    return (
        select(
            models.Document.name.label("doc"),
            models.Article.headline.label("article"),
            c.text, c.value, c.value_high, c.unit, c.counted, c.qualifier, c.kind,
            models.Metric.name.label("metric"),
            models.Entity.name.label("entity"),
            c.period, c.compared_to,
            attributed.name.label("attributed_to"),
            reported.name.label("reported_by"),
            c.published, c.id, c.direction, c.sentence, c.start, c.end,
        )
        .join(models.Article, c.article_id == models.Article.id)
        .join(models.Document, models.Article.document_id == models.Document.id)
        .outerjoin(models.Metric, c.metric_id == models.Metric.id)
        .outerjoin(models.Entity, c.entity_id == models.Entity.id)
        .outerjoin(attributed, c.attributed_source_id == attributed.id)
        .outerjoin(reported, c.reported_source_id == reported.id)
        .order_by(models.Document.name, models.Article.position, c.start, c.id)
    )


def iter_claims(engine: Engine, stmt: Select[*tuple[Any, ...]] | None = None) -> Iterator[dict[str, Any]]:
    """Stream claims as interchange dicts (dates as ``YYYY-MM-DD``) without loading them all."""
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=1000).execute(
            stmt if stmt is not None else claims_select()
        )
        keys = list(result.keys())  # zip with the keys once: a RowMapping per row costs more
        for row in result:
            item = dict(zip(keys, row, strict=True))
            if item["published"] is not None:
                item["published"] = item["published"].isoformat()
            yield item


def _filtered(engine: Engine, where: ClaimFilter, limit: int | None) -> Select[*tuple[Any, ...]]:
    """The claims statement narrowed by ``where`` and ``limit``: one place for dicts and frames."""
    stmt = where.apply(engine, claims_select())
    return stmt if limit is None else stmt.limit(limit)


def claim_records(
    db: Database = None, where: ClaimFilter = ClaimFilter(), limit: int | None = None
) -> list[dict[str, Any]]:
    """Stored claims matching ``where`` as interchange dicts, missing values as None."""
    with opened(db) as engine:
        return list(iter_claims(engine, _filtered(engine, where, limit)))


def claims(db: Database = None, *, limit: int | None = None, **where: Any) -> pd.DataFrame:
    """Stored claims as a DataFrame with the interchange columns (plus id, sentence, offsets).

    Filters combine: ``metric`` (name or alias, a near miss is accepted), ``entity``,
    ``period`` / ``since`` / ``until`` (period labels compared as date ranges),
    ``source`` (credited agency or reporting outlet), ``kind`` and ``text``
    (words of the sentence).

    The frame is built straight from the row tuples, with no dict per claim: at a few
    hundred claims the dicts cost more than the indexed query itself.

    >>> claims("sqlite://").columns[:4].tolist()
    ['doc', 'article', 'text', 'value']
    """
    with opened(db) as engine, engine.connect() as conn:
        result = conn.execute(_filtered(engine, ClaimFilter(**where), limit))
        rows = [tuple(row) for row in result]  # plain tuples: pandas probes a Row for `_fields`
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=CLAIM_COLUMNS)
    frame["published"] = frame["published"].map(date.isoformat, na_action="ignore")  # as in dicts
    return frame


def articles(db: Database = None) -> pd.DataFrame:
    """Every article with its document, headline, outlets, dates, URLs, claim count and warnings."""
    import pandas as pd

    return pd.DataFrame(article_records(db), columns=ARTICLE_COLUMNS)


ARTICLE_COLUMNS = ["doc", "position", "headline", "outlets", "published", "urls", "claims", "warnings"]


def article_records(db: Database = None) -> list[dict[str, Any]]:
    """Every article as a dict (the rows of ``articles``), missing values as None."""
    with opened(db) as engine:
        claim_count = (
            select(func.count(models.Claim.id))
            .where(models.Claim.article_id == models.Article.id)
            .scalar_subquery()
        )
        stmt = (
            select(
                models.Article.id,
                models.Document.name.label("doc"),
                models.Article.position,
                models.Article.headline,
                models.Article.url,
                models.Article.warnings,
                claim_count.label("claims"),
            )
            .join(models.Document)
            .order_by(models.Document.name, models.Article.position)
        )
        outlets_stmt = (
            select(
                models.ArticleSource.article_id,
                models.Source.name,
                models.ArticleSource.published,
                models.ArticleSource.url,
            )
            .join(models.Source)
            .order_by(models.ArticleSource.article_id, models.ArticleSource.position)
        )
        with engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(stmt).mappings()]
            outlets: dict[int, list[dict[str, Any]]] = {}
            for r in conn.execute(outlets_stmt).mappings():
                outlets.setdefault(r["article_id"], []).append(
                    {"name": r["name"], "published": r["published"], "url": r["url"]}
                )
        for row in rows:
            found = outlets.get(row.pop("id"), [])
            row["outlets"] = [o["name"] for o in found]
            row["published"] = [o["published"].isoformat() if o["published"] else None for o in found]
            row["urls"] = [o["url"] for o in found if o["url"]] + ([row["url"]] if row["url"] else [])
            del row["url"]
        return rows


METRIC_COLUMNS = ["metric", "aliases", "unit_family", "claims", "periods", "sources"]


@dataclass
class _MetricSummary:
    metric: str
    unit_family: str | None
    aliases: list[str] = field(default_factory=list)
    claims: int = 0
    periods: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    def names(self) -> list[str]:
        return [self.metric, *self.aliases]

    def record(self) -> dict[str, Any]:
        return {"metric": self.metric, "aliases": sorted(self.aliases), "unit_family": self.unit_family,
                "claims": self.claims, "periods": sorted(self.periods), "sources": sorted(self.sources)}


def metric_records(db: Database = None, search: str | None = None) -> list[dict[str, Any]]:
    """Every metric (or those whose name or alias holds the words of ``search``), most claimed first."""
    wanted = name_words(search or "")
    c = models.Claim
    with opened(db) as engine, engine.connect() as conn:
        summaries: dict[int | None, _MetricSummary] = {
            id_: _MetricSummary(name, family)
            for id_, name, family in conn.execute(
                select(models.Metric.id, models.Metric.name, models.Metric.unit_family)
            )
        }
        for id_, alias in conn.execute(select(models.MetricAlias.metric_id, models.MetricAlias.alias)):
            summaries[id_].aliases.append(alias)
        for metric_id, period, count in conn.execute(
            select(c.metric_id, c.period, func.count()).where(c.metric_id.is_not(None))
            .group_by(c.metric_id, c.period)
        ):
            summaries[metric_id].claims += count
            if period:
                summaries[metric_id].periods.add(period)
        for column in (c.attributed_source_id, c.reported_source_id):
            stmt = (select(c.metric_id, models.Source.name).join(models.Source, column == models.Source.id)
                    .where(c.metric_id.is_not(None)).distinct())
            for metric_id, name in conn.execute(stmt):
                summaries[metric_id].sources.add(name)
    chosen = [m for m in summaries.values() if not wanted or any(wanted <= name_words(n) for n in m.names())]
    return [m.record() for m in sorted(chosen, key=lambda m: (-m.claims, m.metric))]


def metrics(db: Database = None, search: str | None = None) -> pd.DataFrame:
    """Metrics with aliases, unit family, claim count, periods covered and reporting sources."""
    import pandas as pd

    return pd.DataFrame(metric_records(db, search), columns=METRIC_COLUMNS)


def claim_detail(db: Database, claim_id: int) -> dict[str, Any]:
    """One claim with full provenance: document, article, sentence and offsets, the outlets
    with their URLs, and the other claims stored for the same metric and entity."""
    with opened(db) as engine:
        c = models.Claim
        stmt = claims_select().add_columns(
            c.sentence_start, c.metric_id, c.entity_id, c.base_value, c.base_unit,
            c.compared_to, c.article_id, models.Document.path.label("path"),
        ).where(c.id == claim_id)
        found = list(iter_claims(engine, stmt))
        if not found:
            raise UnknownNameError("claim", str(claim_id), [])
        claim = found[0]
        with engine.connect() as conn:
            claim["outlets"] = [
                {"name": name, "published": published.isoformat() if published else None, "url": url}
                for name, published, url in conn.execute(
                    select(models.Source.name, models.ArticleSource.published, models.ArticleSource.url)
                    .join(models.Source).where(models.ArticleSource.article_id == claim["article_id"])
                    .order_by(models.ArticleSource.position)
                )
            ]
        related = claims_select().where(
            c.id != claim_id,
            c.metric_id == claim["metric_id"] if claim["metric_id"] is not None else c.metric_id.is_(None),
            c.entity_id == claim["entity_id"] if claim["entity_id"] is not None else c.entity_id.is_(None),
        )
        claim["related"] = [] if claim["metric_id"] is None else list(iter_claims(engine, related.limit(50)))
        return claim
