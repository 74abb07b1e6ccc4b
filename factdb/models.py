"""The whole relational schema of factdb, as SQLAlchemy 2 typed models.

The schema is only ever created or changed by the Alembic migrations in
``alembic/versions``; a test checks that they and these models agree.

    documents ─< articles ─< article_sources >─ sources ─< source_aliases
                    │
                    └─< claims >─ metrics ─< metric_aliases
                          │   └── entities ─< entity_aliases
                          └── sources (attributed_to, reported_by)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Document(Base):
    """One page file as ingested: its text is kept so every claim's offsets can be checked."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    warnings: Mapped[list[str]] = mapped_column(default=list)

    articles: Mapped[list[Article]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Article.position"
    )


class Article(Base):
    """One article of a page: headline and body as offsets into the document text."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int]
    headline: Mapped[str] = mapped_column(Text)
    headline_start: Mapped[int]
    body_start: Mapped[int]
    body_end: Mapped[int]
    url: Mapped[str | None] = mapped_column(String(2048))
    warnings: Mapped[list[str]] = mapped_column(default=list)

    document: Mapped[Document] = relationship(back_populates="articles")
    sources: Mapped[list[ArticleSource]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="ArticleSource.position"
    )
    claims: Mapped[list[Claim]] = relationship(back_populates="article", cascade="all, delete-orphan")


class Source(Base):
    """An organization, outlet, agency or person that publishes or is credited with figures."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)

    aliases: Mapped[list[SourceAlias]] = relationship(cascade="all, delete-orphan")


class SourceAlias(Base):
    __tablename__ = "source_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(255), unique=True)


class ArticleSource(Base):
    """An outlet credited on an article's source line, with its date and URL."""

    __tablename__ = "article_sources"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    published: Mapped[date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(String(2048))

    article: Mapped[Article] = relationship(back_populates="sources")
    source: Mapped[Source] = relationship()


class Metric(Base):
    """A series a fact-checker names (`manufacturing pmi`), with the unit family of its values."""

    __tablename__ = "metrics"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    unit_family: Mapped[str | None] = mapped_column(String(64))

    aliases: Mapped[list[MetricAlias]] = relationship(cascade="all, delete-orphan")


class MetricAlias(Base):
    __tablename__ = "metric_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("metrics.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(255), unique=True)


class Entity(Base):
    """Who or what a figure is about (`China`, `Chinese brands`)."""

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)

    aliases: Mapped[list[EntityAlias]] = relationship(cascade="all, delete-orphan")


class EntityAlias(Base):
    __tablename__ = "entity_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(255), unique=True)


class Claim(Base):
    """One numeric statement with its meaning and its provenance in the document text."""

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_metric_entity_period", "metric_id", "entity_id", "period_start"),
        Index("ix_claims_attributed_source", "attributed_source_id"),
        Index("ix_claims_reported_source", "reported_source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    metric_id: Mapped[int | None] = mapped_column(ForeignKey("metrics.id"))
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))
    attributed_source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    reported_source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))

    value: Mapped[float] = mapped_column(Float)
    value_high: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(64))
    counted: Mapped[str | None] = mapped_column(String(255))
    base_value: Mapped[float | None] = mapped_column(Float)
    base_unit: Mapped[str | None] = mapped_column(String(64))
    qualifier: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str | None] = mapped_column(String(8))  # a change's `up` or `down`
    period: Mapped[str | None] = mapped_column(String(16))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    compared_to: Mapped[str | None] = mapped_column(String(16))
    compared_start: Mapped[date | None] = mapped_column(Date)
    compared_end: Mapped[date | None] = mapped_column(Date)
    published: Mapped[date | None] = mapped_column(Date)

    text: Mapped[str] = mapped_column(Text)
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int]
    end: Mapped[int]
    sentence_start: Mapped[int]
    extractor_version: Mapped[str] = mapped_column(String(32))

    article: Mapped[Article] = relationship(back_populates="claims")
    metric: Mapped[Metric | None] = relationship()
    entity: Mapped[Entity | None] = relationship()
    attributed_to: Mapped[Source | None] = relationship(foreign_keys=[attributed_source_id])
    reported_by: Mapped[Source | None] = relationship(foreign_keys=[reported_source_id])
