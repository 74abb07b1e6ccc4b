"""The `factdb` shell: exit codes and exact output, errors included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from factdb.cli import app
from factdb.db import alembic_config

runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ingest_prints_a_summary_and_is_idempotent(db_url: str, seed_dir: Path) -> None:
    first = run("--db", db_url, "ingest", str(seed_dir))
    assert first.exit_code == 0
    assert first.stdout.startswith("5 files (5 added, 0 replaced, 0 unchanged, 0 refused), 41 articles, ")
    assert "warning:" in first.stderr and "May 302, 2023" in first.stderr
    second = run("--db", db_url, "ingest", str(seed_dir))
    assert second.exit_code == 0
    assert second.stdout == "5 files (0 added, 0 replaced, 5 unchanged, 0 refused), 0 articles, 0 claims, 0 warnings\n"
    assert second.stderr.count("unchanged: ") == 5


def test_articles_jsonl_lists_every_article(db_url: str, seed_dir: Path) -> None:
    run("--db", db_url, "ingest", str(seed_dir))
    result = run("--db", db_url, "articles", "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 41
    pmi = next(r for r in rows if r["headline"] == "Chinese Manufacturing PMI Continued Decline in July")
    assert pmi["outlets"] == ["NBD", "Caixin"]
    assert pmi["published"] == ["2024-07-31", "2024-08-01"]
    assert pmi["urls"] == ["https://www.nbd.com.cn/articles/2024-07-31/3486571.html",
                           "https://pmi.caixin.com/2024-08-01/102222126.html"]


def test_missing_path_is_one_line_error(db_url: str, tmp_path: Path) -> None:
    result = run("--db", db_url, "ingest", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_folder_without_pages_is_one_line_error(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("--db", db_url, "ingest", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'empty'}: folder holds no *.txt pages\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty file"), (b"PK\x03\x04\x00\x00", "binary file (contains NUL bytes)"),
     (bytes(range(0x80, 0x100)) * 4, "not UTF-8 text (byte 0), nor clean Windows-1252 or GB18030"),
     (b"Skip to content\n", "no articles found (no headline followed by text)")],
)
def test_bad_file_is_refused_with_exit_1(db_url: str, tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("--db", db_url, "ingest", str(bad))
    assert result.exit_code == 1
    assert result.stderr == f"error: {bad}: {message}\n"
    assert result.stdout.startswith("1 files (0 added, 0 replaced, 0 unchanged, 1 refused)")


def test_export_jsonl_writes_interchange_fields(db_url: str, seed_dir: Path) -> None:
    run("--db", db_url, "ingest", str(seed_dir))
    result = run("--db", db_url, "export", "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows, "the seeds hold claims"
    for field in ("doc", "article", "text", "value", "value_high", "unit", "counted", "qualifier", "kind",
                  "metric", "entity", "period", "compared_to", "attributed_to", "reported_by", "published"):
        assert field in rows[0]
    pmi = next(r for r in rows if r["text"] == "49.4%")
    assert (pmi["doc"], pmi["value"], pmi["unit"], pmi["reported_by"], pmi["published"]) == (
        "001_63431c5d3bda27d7.txt", 49.4, "percent", "NBD", "2024-07-31")


def test_db_upgrade_reports_revision(db_url: str) -> None:
    result = run("--db", db_url, "db", "upgrade")
    assert result.exit_code == 0
    assert result.stdout.endswith(f"is at schema revision {ScriptDirectory.from_config(alembic_config(db_url)).get_current_head()}\n")


def test_database_from_a_newer_factdb_is_refused(db_url: str) -> None:
    run("--db", db_url, "db", "upgrade")
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe'"))
    engine.dispose()
    result = run("--db", db_url, "articles")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: database is at schema revision f00dcafe, newer than this factdb")


def test_unreachable_server_names_host_and_port() -> None:
    result = run("--db", "postgresql+psycopg://factdb@127.0.0.1:9/factdb", "articles")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot reach the postgresql server at 127.0.0.1:9")
    assert len(result.stderr.splitlines()) == 1


def test_extract_reads_stdin_and_gives_offsets_into_the_input() -> None:
    text = "Intro.\nThe July manufacturing PMI was 49.4%, another decrease of 0.1 percent from June."
    result = runner.invoke(app, ["extract", "-", "--published", "2024-07-31", "--format", "jsonl"], input=text)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["unit"], r["kind"], r["period"]) for r in rows] == [
        ("49.4%", "percent", "level", "2024-07"),
        ("0.1 percent", "percentage_point", "change", "2024-07"),
    ]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert rows[1]["compared_to"] == "2024-06"


def test_extract_each_line_reads_unrelated_statements_apart() -> None:
    text = (
        "Winters grew 1.2 degrees warmer, according to the Met Office.\n"
        "The poll of 1,005 British adults has a margin of error of 3.1 percentage points.\n"
        "The data show 40% of homes lack heating.\n"
    )

    def rows(*flags: str) -> list[dict[str, object]]:
        result = runner.invoke(app, ["extract", "-", "--format", "jsonl", *flags], input=text)
        assert result.exit_code == 0
        return [json.loads(line) for line in result.stdout.splitlines()]

    together, apart = rows(), rows("--each-line")
    assert [r["text"] for r in together] == [r["text"] for r in apart]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in apart)
    # one text: the survey's population is what the lines are about, `the data` the source credited before
    assert (together[-1]["entity"], together[-1]["attributed_to"]) == ("British adults", "Met Office")
    assert (apart[-1]["entity"], apart[-1]["attributed_to"]) == (None, None)


def test_extract_file_table_stores_nothing(db_url: str, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("China registered 3.43 million marriages in the first half of 2024.", encoding="utf-8")
    result = runner.invoke(app, ["--db", db_url, "extract", str(notes), "--published", "2024-08-04"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "3.43 million marriages" in result.stdout and "2024-H1" in result.stdout
    assert not Path(db_url.removeprefix("sqlite:///")).exists() or db_url.startswith("postgresql")


def test_db_may_be_a_plain_sqlite_path(tmp_path: Path, seed_dir: Path) -> None:
    path = tmp_path / "desk.db"
    page = next(iter(sorted(seed_dir.glob("*.txt"))))
    assert run("--db", str(path), "ingest", str(page)).exit_code == 0
    with create_engine(f"sqlite:///{path}").connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM claims")) > 0
