"""The claim rows reports work on: the interchange columns plus what comparing needs.

Reports read claims through ``query.claims_select()`` so their columns keep the
interchange names; this adds ids, base values, period dates, the sentence offset
and a link for each claim's article.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, func, select

from factdb import models
from factdb.query import claims_select, iter_claims

__all__ = ["load_rows", "report_select"]


def _article_url() -> Any:
    """The article's own URL, else the first URL on its source lines."""
    source_url = (
        select(models.ArticleSource.url)
        .where(models.ArticleSource.article_id == models.Article.id, models.ArticleSource.url.is_not(None))
        .order_by(models.ArticleSource.position)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(models.Article.url, source_url)


def report_select() -> Select[Any]:
    """``claims_select()`` with the columns reports compare on."""
    c = models.Claim
    return claims_select().add_columns(
        c.metric_id, c.entity_id, c.article_id, c.base_value, c.period_start,
        c.period_end, c.sentence_start, _article_url().label("url"),
    )


def load_rows(engine: Engine, *where: ColumnElement[bool]) -> list[dict[str, Any]]:
    """Claims matching ``where`` as dicts, in a stable order (period, then id)."""
    c = models.Claim
    stmt = report_select().where(*where).order_by(None).order_by(c.period_start, c.id)
    return list(iter_claims(engine, stmt))
