"""Fixtures: migrated databases in temp dirs, and the seed pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine

from factdb.db import connect
from factdb.store import ingest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database file, not yet migrated (first use migrates it)."""
    return f"sqlite:///{tmp_path / 'factdb.sqlite'}"


@pytest.fixture
def engine(db_url: str) -> Engine:
    """An engine on a fresh database migrated to head."""
    engine = connect(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """A private copy of the seed pages that a test may edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database with the seed pages ingested, shared by the tests of one module."""
    url = f"sqlite:///{tmp_path_factory.mktemp('seeded') / 'factdb.sqlite'}"
    engine = connect(url)
    ingest(engine, [SEEDS])
    engine.dispose()
    return url
