"""Articles and claims as pandas DataFrames, read with bound-parameter statements only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Select, func, select
from sqlalchemy.orm import aliased

from factdb import models
from factdb.db import Database, engine_for

__all__ = ["CLAIM_COLUMNS", "articles", "claims", "claims_select", "iter_claims"]

# The claims interchange format, in its documented order, then provenance.
CLAIM_COLUMNS = [
    "doc", "article", "text", "value", "value_high", "unit", "counted", "qualifier", "kind",
    "metric", "entity", "period", "compared_to", "attributed_to", "reported_by", "published",
    "id", "sentence", "start", "end",
]


def claims_select() -> Select[Any]:
    """Every claim joined to its names, columns labelled as in the interchange format."""
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
            c.published, c.id, c.sentence, c.start, c.end,
        )
        .join(models.Article, c.article_id == models.Article.id)
        .join(models.Document, models.Article.document_id == models.Document.id)
        .outerjoin(models.Metric, c.metric_id == models.Metric.id)
        .outerjoin(models.Entity, c.entity_id == models.Entity.id)
        .outerjoin(attributed, c.attributed_source_id == attributed.id)
        .outerjoin(reported, c.reported_source_id == reported.id)
        .order_by(models.Document.name, models.Article.position, c.start)
    )


def iter_claims(engine: Engine, stmt: Select[Any] | None = None) -> Iterator[dict[str, Any]]:
    """Stream claims as interchange dicts (dates as ``YYYY-MM-DD``) without loading them all."""
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=1000).execute(
            stmt if stmt is not None else claims_select()
        )
        for row in result.mappings():
            item = dict(row)
            if item["published"] is not None:
                item["published"] = item["published"].isoformat()
            yield item


def claims(db: Database = None, limit: int | None = None) -> pd.DataFrame:
    """Stored claims as a DataFrame with the interchange columns."""
    stmt = claims_select()
    if limit is not None:
        stmt = stmt.limit(limit)
    return pd.DataFrame(list(iter_claims(engine_for(db), stmt)), columns=CLAIM_COLUMNS)


def articles(db: Database = None) -> pd.DataFrame:
    """Every article with its document, headline, outlets, dates, URLs, claim count and warnings."""
    engine = engine_for(db)
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
    columns = ["doc", "position", "headline", "outlets", "published", "urls", "claims", "warnings"]
    return pd.DataFrame(rows, columns=columns)
