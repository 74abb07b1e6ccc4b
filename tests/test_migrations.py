"""The schema belongs to Alembic: migrations run both ways and agree with the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from alembic import command
from factdb.db import alembic_config
from factdb.models import Base

TABLES = {"documents", "articles", "sources", "source_aliases", "article_sources", "metrics",
          "metric_aliases", "entities", "entity_aliases", "claims"}


def test_upgrade_head_downgrade_base_and_upgrade_again(db_url: str) -> None:
    url = db_url
    cfg = alembic_config(url)
    command.upgrade(cfg, "head")
    engine = create_engine(url)
    assert TABLES <= set(inspect(engine).get_table_names())
    command.downgrade(cfg, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    command.upgrade(cfg, "head")
    assert TABLES <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    url = db_url
    command.upgrade(alembic_config(url), "head")
    engine = create_engine(url)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()
