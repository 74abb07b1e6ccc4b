"""Engines from a database URL, with the schema migrated on first use.

The schema belongs to Alembic: a new database is brought to ``head`` by
running the migrations, never by ``create_all()``. A database at a revision
this code does not know (made by a newer factdb) is refused rather than used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import StaticPool

from alembic import command
from factdb.errors import StoreError

__all__ = ["DEFAULT_URL", "Database", "connect", "opened", "resolve_url", "safe_url", "upgrade"]

# What the API takes for "the database": a URL, an engine already connected, or None (the default).
Database = str | Engine | None

DEFAULT_URL = "sqlite:///factdb.sqlite"
_MIGRATIONS = Path(__file__).resolve().parent.parent / "alembic"


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the one given, else ``FACTDB_URL``, else an SQLite file in the cwd.

    A plain file path names an SQLite file, as it would for ``sqlite3``.

    >>> resolve_url("claims.db")
    'sqlite:///claims.db'
    """
    url = url or os.environ.get("FACTDB_URL") or DEFAULT_URL
    return url if "://" in url else f"sqlite:///{url}"


def alembic_config(url: str) -> Config:
    """An Alembic config for ``url`` that works from any working directory."""
    if not (_MIGRATIONS / "env.py").exists():
        raise StoreError(f"migrations not found in {_MIGRATIONS}; install factdb from its source tree")
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _sqlite_settings(dbapi_connection: object, _record: object) -> None:
    """Enforce foreign keys. Write-ahead logging lets queries run during an ingest and makes a
    page's commit cheap: a killed process loses no committed page, a power cut at most the last
    few, never part of one."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _where(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {parsed.database}"
    return f"{parsed.get_backend_name()} server at {parsed.host or 'localhost'}:{parsed.port or 'default port'}"


# Any constant: PostgreSQL advisory lock that serialises migrations between processes.
_MIGRATION_LOCK = 0x66616374


def _migrate(connection: Connection, cfg: Config) -> None:
    if connection.dialect.name == "postgresql":
        # Several ingests may open a blank database at once; one migrates, the others wait.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
    script = ScriptDirectory.from_config(cfg)
    current = MigrationContext.configure(connection).get_current_revision()
    head = script.get_current_head()
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(
            f"database is at schema revision {current}, newer than this factdb knows (head {head}); "
            "upgrade factdb"
        )
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def _pragma(connection: Connection, setting: str) -> None:
    """Set an SQLite pragma outside any transaction (where SQLite ignores it)."""
    connection.exec_driver_sql(f"PRAGMA {setting}")
    connection.commit()


def _migrate_engine(engine: Engine, url: str) -> str:
    """Bring the database behind ``engine`` to head; return the revision it is at."""
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as connection:
            if sqlite:  # batch migrations copy tables, which foreign keys would forbid
                _pragma(connection, "foreign_keys=OFF")
            with connection.begin():
                _migrate(connection, alembic_config(url))
                revision = MigrationContext.configure(connection).get_current_revision()
            if sqlite:
                _pragma(connection, "foreign_keys=ON")
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise StoreError(f"cannot reach the {_where(url)}: {reason}") from exc
    return revision or ""


def upgrade(url: str | None = None) -> str:
    """Bring the database at ``url`` to the newest schema; return its revision."""
    url = resolve_url(url)
    engine = _engine(url)
    try:
        return _migrate_engine(engine, url)
    finally:
        engine.dispose()


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
            # One shared connection, or every checkout would see a new, empty database.
            engine = create_engine(url, poolclass=StaticPool)
        elif parsed.get_backend_name() == "postgresql":
            # JIT off: factdb's queries are index lookups and joins over thousands of rows, which
            # PostgreSQL plans as costly enough to JIT-compile; compiling a report's join took
            # 0.15-1.3 s where running it takes 0.1-0.2 s (benchmarks/report.py, 1M claims).
            engine = create_engine(url, connect_args={"options": "-c jit=off"})
        else:
            engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {safe_url(url)!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_settings)
    return engine


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def connect(url: str | None = None) -> Engine:
    """An engine for ``url`` with the schema at head (migrating a new or older database)."""
    url = resolve_url(url)
    engine = _engine(url)
    try:
        _migrate_engine(engine, url)
    except StoreError:
        engine.dispose()
        raise
    return engine


@contextmanager
def opened(db: Database) -> Iterator[Engine]:
    """The engine for an API ``db`` argument: an engine as it is, or a URL (None: the
    default) connected for the duration of the call and disposed after it."""
    if isinstance(db, Engine):
        yield db
        return
    engine = connect(db)
    try:
        yield engine
    finally:
        engine.dispose()
