"""Fixtures: fresh databases on the chosen backend, and the seed pages.

The backend is SQLite files in temp dirs unless a PostgreSQL server is given
with ``--db-url`` or ``FACTDB_TEST_URL`` (any database on it; each test gets a
database of its own, created and dropped around it). Tests marked
``postgres`` need that server: they skip without one, except in CI.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from factdb.db import connect
from factdb.store import ingest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db-url",
        default=os.environ.get("FACTDB_TEST_URL"),
        help="a PostgreSQL server URL to run the suite on (default: SQLite; env FACTDB_TEST_URL)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server (--db-url / FACTDB_TEST_URL)")


def pytest_report_header(config: pytest.Config) -> str:
    server = config.getoption("--db-url")
    return f"factdb backend: {make_url(server).render_as_string(hide_password=True) if server else 'SQLite'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--db-url"):
        return
    if os.environ.get("CI"):
        reason = "CI must run the PostgreSQL tests: set FACTDB_TEST_URL"
        for item in items:
            if "postgres" in item.keywords:
                item.add_marker(pytest.mark.xfail(reason=reason, strict=True, run=False))
        return
    skip = pytest.mark.skip(reason="needs a PostgreSQL server: pass --db-url or set FACTDB_TEST_URL")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


class Databases:
    """Makes empty databases on the configured backend and drops them afterwards."""

    def __init__(self, server: str | None, root: Path) -> None:
        self.server = server
        self.root = root
        self.made: list[str] = []

    @property
    def backend(self) -> str:
        return "postgresql" if self.server else "sqlite"

    def new(self) -> str:
        name = f"factdb_test_{uuid.uuid4().hex[:12]}"
        if not self.server:
            return f"sqlite:///{self.root / (name + '.sqlite')}"
        admin = self._admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.made.append(name)
        return make_url(self.server).set(database=name).render_as_string(hide_password=False)

    def _admin(self) -> Engine:
        assert self.server
        return create_engine(self.server, isolation_level="AUTOCOMMIT")

    def drop_all(self) -> None:
        if not self.made:
            return
        admin = self._admin()
        with admin.connect() as conn:
            for name in self.made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        self.made.clear()


@pytest.fixture(scope="session")
def databases(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    made = Databases(request.config.getoption("--db-url"), tmp_path_factory.mktemp("db"))
    yield made
    made.drop_all()


@pytest.fixture
def db_url(databases: Databases) -> str:
    """A fresh, empty database on the test backend (first use migrates it)."""
    return databases.new()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on a fresh database migrated to head."""
    engine = connect(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(databases: Databases) -> str:
    """A fresh PostgreSQL database; only for tests marked ``postgres``."""
    assert databases.server, "mark the test with @pytest.mark.postgres"
    return databases.new()


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    """A private copy of the seed pages that a test may edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="module")
def seeded_url(databases: Databases) -> str:
    """A database with the seed pages ingested, shared by the tests of one module."""
    url = databases.new()
    engine = connect(url)
    ingest(engine, [SEEDS])
    engine.dispose()
    return url
