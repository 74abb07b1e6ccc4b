"""Ingest under concurrency, a kill halfway, and fuzzed pages: nothing lost, nothing doubled."""

from __future__ import annotations

import math
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from factdb import models
from factdb.errors import PageError
from factdb.extract import extract_article
from factdb.pages import parse_page
from factdb.store import ingest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def factdb(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "factdb", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def expected_counts(pages: list[Path]) -> tuple[int, int, int]:
    """Documents, articles and claims that one clean ingest of ``pages`` stores."""
    parsed = [parse_page(p) for p in pages]
    articles = sum(len(p.articles) for p in parsed)
    claims = sum(len(extract_article(p.text, a)) for p in parsed for a in p.articles)
    return len(parsed), articles, claims


def stored_counts(url: str) -> tuple[int, int, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            counts = tuple(conn.scalar(select(func.count()).select_from(m))
                           for m in (models.Document, models.Article, models.Claim))
    finally:
        engine.dispose()
    return counts  # type: ignore[return-value]


@pytest.mark.postgres
def test_four_concurrent_ingests_store_one_copy(pg_url: str) -> None:
    procs = [factdb("--db", pg_url, "ingest", str(SEEDS)) for _ in range(4)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err.decode()[-500:] for _, err in results]
    assert stored_counts(pg_url) == expected_counts(sorted(SEEDS.glob("*.txt")))
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        names = conn.scalars(select(models.Source.name)).all()
        duplicated_claims = conn.scalar(
            select(func.count()).select_from(
                select(models.Claim.article_id, models.Claim.start)
                .group_by(models.Claim.article_id, models.Claim.start)
                .having(func.count() > 1).subquery()
            )
        )
    engine.dispose()
    assert len(names) == len(set(names))
    assert duplicated_claims == 0


def big_pages(root: Path, count: int) -> list[Path]:
    """Pages of every seed article repeated, distinct by a number in their first line."""
    body = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    root.mkdir()
    pages = []
    for i in range(count):
        page = root / f"big_{i:02d}.txt"
        page.write_text(f"Briefing number {i}\n\n" + body * 4, encoding="utf-8")
        pages.append(page)
    return pages


def test_ingest_killed_halfway_keeps_whole_documents_only(db_url: str, tmp_path: Path) -> None:
    pages = big_pages(tmp_path / "pages", 6)
    per_page = expected_counts(pages[:1])
    proc = factdb("--db", db_url, "ingest", str(tmp_path / "pages"))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            if stored_counts(db_url)[0] >= 2:
                break
        except SQLAlchemyError:
            continue  # the first process may not have created the schema yet
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    documents, articles, claims = stored_counts(db_url)
    assert documents < len(pages), "the kill landed before the end"
    assert (articles, claims) == (documents * per_page[1], documents * per_page[2])
    rerun = factdb("--db", db_url, "ingest", str(tmp_path / "pages"))
    rerun.communicate(timeout=600)
    assert rerun.returncode == 0
    assert stored_counts(db_url) == (len(pages), len(pages) * per_page[1], len(pages) * per_page[2])


SEED_LINES = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
NASTY = ["10^400", "1e309", "--5", ",,,", "9" * 400, "1" + "0" * 320 + " million", "\x00", "\x07", "\u202e",
         "-0.0%", "1,2,3,4", "0x1F", "NaN percent", "inf yuan", "1/0", "5..5%", "$-", "¥¥12"]


@st.composite
def mutated_pages(draw: st.DrawFn) -> str:
    start = draw(st.integers(0, len(SEED_LINES) - 1))
    lines = SEED_LINES[start:start + draw(st.integers(1, 60))]
    lines = draw(st.permutations(lines)) if draw(st.booleans()) else list(lines)
    if draw(st.booleans()):
        lines = lines + lines[: draw(st.integers(0, len(lines)))]
    out = []
    for line in lines:
        if draw(st.integers(0, 4)) == 0:
            cut = draw(st.integers(0, len(line)))
            line = line[:cut] + draw(st.sampled_from(NASTY)) + " " + line[cut:]
        out.append(line)
    return "\n".join(out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mutated_pages())
def test_fuzzed_pages_never_crash_and_store_finite_values(engine: Engine, tmp_path: Path, text: str) -> None:
    page = tmp_path / f"fuzz_{random.randrange(10**9)}.txt"
    page.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        report = ingest(engine, [page])
    except PageError:
        return
    assert report.files[0].status in {"added", "replaced", "unchanged", "refused"}
    with engine.connect() as conn:
        for value, high, base in conn.execute(select(models.Claim.value, models.Claim.value_high,
                                                     models.Claim.base_value)):
            assert math.isfinite(value)
            assert high is None or math.isfinite(high)
            assert base is None or math.isfinite(base)
