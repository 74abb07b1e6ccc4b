"""Fact-checker queries on the seeds: metrics, filters, provenance, and injection safety."""

from __future__ import annotations

import pandas as pd
import pytest
from sqlalchemy import create_engine, func, select

from factdb import models
from factdb.errors import FactDBError
from factdb.query import (
    CLAIM_COLUMNS,
    ClaimFilter,
    UnknownNameError,
    claim_detail,
    claim_records,
    claims,
    metrics,
)


def test_pmi_lists_nbs_reading_caixin_reading_and_sub_indexes(seeded_url: str) -> None:
    frame = claims(seeded_url, metric="pmi")
    nbs = frame[(frame.text == "49.4%")].iloc[0]
    assert (nbs.value, nbs.unit, nbs.period, nbs.reported_by) == (49.4, "percent", "2024-07", "NBD")
    assert "National Bureau of Statistics" in nbs.attributed_to
    caixin = frame[frame.text == "49.8"].iloc[0]
    assert (caixin.value, caixin.unit, caixin.attributed_to, caixin.reported_by) == (49.8, "index", "Caixin", "Caixin")
    sub_indexes = set(frame.text) & {"50.1%", "49.3%", "47.8%", "48.3%", "49.3"}
    assert sub_indexes == {"50.1%", "49.3%", "47.8%", "48.3%", "49.3"}


@pytest.mark.parametrize("name", ["manufacturing PMI", "purchasing managers index", "Manufacturing pmi"])
def test_near_names_find_the_pmi(seeded_url: str, name: str) -> None:
    assert "49.4%" in set(claims(seeded_url, metric=name).text)


def test_marriages_since_2024_is_the_first_half(seeded_url: str) -> None:
    frame = claims(seeded_url, metric="marriage registrations", since="2024-01", kind="level")
    assert [(r.value, r.period) for r in frame.itertuples()] == [(3430000.0, "2024-H1")]


def test_period_filter_compares_date_ranges(seeded_url: str) -> None:
    in_2024 = claims(seeded_url, metric="marriage registrations", period="2024")
    assert set(in_2024.period) == {"2024-H1"}
    until_2022 = claims(seeded_url, metric="marriage registrations", until="2022", kind="level")
    assert sorted(until_2022.period) == ["2019", "2021", "2022"]


def test_source_matches_credited_agency_or_outlet(seeded_url: str) -> None:
    caixin = claims(seeded_url, source="Caixin")
    assert "49.8" in set(caixin.text)
    assert set(caixin.reported_by) | set(caixin.attributed_to.dropna()) >= {"Caixin"}
    nbd = claims(seeded_url, source="NBD")
    assert "49.4%" in set(nbd.text) and "49.8" not in set(nbd.text)


def test_text_filter_needs_every_word(seeded_url: str) -> None:
    frame = claims(seeded_url, text="critical point")
    assert len(frame) > 0
    assert all("critical point" in s.lower() for s in frame.sentence)


def test_unknown_metric_suggests_closest(seeded_url: str) -> None:
    with pytest.raises(UnknownNameError) as info:
        claims(seeded_url, metric="gross domestic product")
    assert info.value.closest, "closest metrics are listed"
    assert str(info.value).startswith("no metric matches 'gross domestic product'; closest: ")


def test_bad_period_is_a_clear_error(seeded_url: str) -> None:
    with pytest.raises(FactDBError, match="not a period: 'July'"):
        claims(seeded_url, since="July")


@pytest.mark.parametrize("field", ["metric", "entity", "source", "text"])
def test_injection_returns_nothing_and_harms_nothing(seeded_url: str, field: str) -> None:
    engine = create_engine(seeded_url)
    with engine.connect() as conn:
        before = conn.scalar(select(func.count()).select_from(models.Claim))
    payload = "'; DROP TABLE claims; --"
    try:
        frame = claims(seeded_url, **{field: payload})
        assert frame.empty
    except UnknownNameError:
        pass  # an unknown name is reported, not run
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(models.Claim)) == before
    engine.dispose()


def test_metrics_lists_aliases_periods_and_sources(seeded_url: str) -> None:
    frame = metrics(seeded_url, search="pmi")
    row = frame[frame.metric == "manufacturing pmi"].iloc[0]
    assert "purchasing managers index" in row.aliases
    assert "2024-07" in row.periods
    assert "NBD" in row.sources
    assert row.unit_family == "percent"


def test_claim_detail_links_back_to_sentence_and_outlets(seeded_url: str) -> None:
    pmi_id = int(claims(seeded_url, metric="manufacturing pmi", kind="level").iloc[0].id)
    detail = claim_detail(seeded_url, pmi_id)
    offset = detail["start"] - detail["sentence_start"]
    assert detail["sentence"][offset:offset + len(detail["text"])] == detail["text"] == "49.4%"
    assert [o["name"] for o in detail["outlets"]] == ["NBD", "Caixin"]
    assert detail["outlets"][0]["url"] == "https://www.nbd.com.cn/articles/2024-07-31/3486571.html"
    assert "0.1 percent" in {r["text"] for r in detail["related"]}


def test_stored_names_are_reused_until_a_name_or_alias_is_added(engine) -> None:
    from factdb.query import metric_names

    with engine.begin() as conn:
        conn.execute(models.Metric.__table__.insert(), [{"id": 1, "name": "retail sales", "unit_family": "CNY"}])
    first = metric_names(engine)
    assert metric_names(engine) is first
    assert first.resolve("retail sales", "metric") == {1}
    with engine.begin() as conn:
        conn.execute(models.Metric.__table__.insert(), [{"id": 2, "name": "online retail sales", "unit_family": "CNY"}])
    assert metric_names(engine).resolve("retail sales", "metric") == {1, 2}
    with engine.begin() as conn:
        conn.execute(models.MetricAlias.__table__.insert(), [{"metric_id": 2, "alias": "e-commerce turnover"}])
    assert metric_names(engine).resolve("e-commerce turnover", "metric") == {2}
    with engine.begin() as conn:
        conn.execute(models.Metric.__table__.delete().where(models.Metric.id == 1))
    assert metric_names(engine).resolve("retail sales", "metric") == {2}


@pytest.mark.parametrize("where", [{}, {"metric": "pmi"}, {"since": "2099"}, {"no_date": True}])
def test_claims_frame_is_the_frame_of_the_claim_dicts(seeded_url: str, where: dict) -> None:
    """``claims`` builds its frame from row tuples; it must equal the frame of the dicts."""
    if where.pop("no_date", False):  # only claims without a date: the column is all None
        undated = claims(seeded_url).query("published.isna()").id
        assert len(undated), "the seeds hold claims with no date"
        where = {"ids": tuple(int(i) for i in undated)}
    frame = claims(seeded_url, **where)
    expected = pd.DataFrame(claim_records(seeded_url, ClaimFilter(**where)), columns=CLAIM_COLUMNS)
    pd.testing.assert_frame_equal(frame, expected, check_exact=True)
    assert [type(v) for v in frame.published] == [type(v) for v in expected.published]
