"""Fixtures: fresh databases on the chosen backend, and the seed pages.

The backend is SQLite files in temp dirs unless a PostgreSQL server is given
with ``--db-url`` or ``FACTDB_TEST_URL`` (any database on it; each test gets a
database of its own, created and dropped around it). Tests marked
``postgres`` run on the server of ``--pg-url`` / ``FACTDB_TEST_PG_URL`` (or the
backend, when that is PostgreSQL): without one they skip, except in CI, where
they fail.
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
    parser.addoption(
        "--pg-url",
        default=os.environ.get("FACTDB_TEST_PG_URL"),
        help="a PostgreSQL server URL for the PostgreSQL-only tests (env FACTDB_TEST_PG_URL)",
    )


def _pg_server(config: pytest.Config) -> str | None:
    return config.getoption("--pg-url") or config.getoption("--db-url")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server (--db-url / FACTDB_TEST_URL)")


def _shown(url: str | None) -> str:
    return make_url(url).render_as_string(hide_password=True) if url else "none"


def pytest_report_header(config: pytest.Config) -> str:
    backend = config.getoption("--db-url")
    return f"factdb backend: {_shown(backend) if backend else 'SQLite'}; PostgreSQL tests: {_shown(_pg_server(config))}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _pg_server(config) or os.environ.get("CI"):
        return  # in CI a missing server fails the PostgreSQL tests (pg_url) instead of skipping them
    skip = pytest.mark.skip(reason="needs a PostgreSQL server: pass --pg-url or set FACTDB_TEST_PG_URL")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


class Databases:
    """Makes empty databases on a backend (a PostgreSQL server, or SQLite files) and drops them."""

    def __init__(self, server: str | None, root: Path) -> None:
        self.server = server
        self.root = root
        self.made: list[str] = []

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


@pytest.fixture(scope="session")
def pg_databases(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    server = _pg_server(request.config)
    if not server:
        pytest.fail("CI must run the PostgreSQL tests: set FACTDB_TEST_PG_URL (see .ci/run)")
    made = Databases(server, tmp_path_factory.mktemp("pg"))
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
def pg_url(pg_databases: Databases) -> str:
    """A fresh PostgreSQL database; for tests marked ``postgres``."""
    return pg_databases.new()


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
