"""The comparison report: series, timeline, changes and disagreements, from the seeds and by hand."""

from __future__ import annotations

import pytest

from factdb.reporting import Report, compare
from factdb.reporting.compare import build_report, granularity


def levels(report: Report, related: bool = False) -> dict[str, list[tuple[float, str]]]:
    """Stored levels (and targets) by period: (value, qualifier)."""
    found: dict[str, list[tuple[float, str]]] = {}
    for e in report.timeline:
        if e.kind in ("level", "target") and e.related == related and e.period:
            found.setdefault(e.period, []).append((e.value, e.qualifier))
    return found


@pytest.fixture(scope="module")
def marriages(seeded_url: str) -> Report:
    return compare(seeded_url, "marriage")  # `marriages` or `marriage registrations`, whichever the extractor says


@pytest.fixture(scope="module")
def pmi(seeded_url: str) -> Report:
    return compare(seeded_url, "manufacturing PMI")


def test_marriages_timeline_holds_every_stated_level(marriages: Report) -> None:
    held = levels(marriages)
    assert held["2019"] == [(10_000_000, "less_than")]
    assert held["2021"] == [(8_000_000, "less_than")]
    assert held["2022"] == [(6_835_000, "exact")]
    assert held["2023"] == [(7_680_000, "exact")]
    assert held["2024-H1"] == [(3_430_000, "exact")]
    assert [e.period for e in marriages.timeline if e.claim_id][:2] == ["2019", "2021"]  # ordered by period


def test_marriages_changes_only_between_exact_levels_of_one_granularity(marriages: Report) -> None:
    (change,) = [c for c in marriages.changes if not c.after.related]
    assert (change.before.period, change.after.period) == ("2022", "2023")
    assert change.difference == pytest.approx(845_000)
    assert change.difference_unit == "count"
    assert change.growth == pytest.approx(12.3628, abs=1e-3)


def test_marriages_implied_first_half_of_2023(marriages: Report) -> None:
    (finding,) = [f for f in marriages.findings if f.period == "2023-H1" and f.metric in marriages.metrics]
    assert finding.outcome == "only implied"
    assert 3_928_000 in finding.implied
    if len(finding.implied) == 1:  # the change's direction is known: the level joins the timeline
        (implied,) = [e for e in marriages.timeline if e.kind == "implied" and e.period == "2023-H1"]
        assert implied.value == 3_928_000


def test_pmi_nbs_and_caixin_are_separate_series_not_a_disagreement(pmi: Report) -> None:
    july = {e.value: e.series for e in pmi.timeline if e.period == "2024-07" and e.kind == "level"}
    assert july[49.4] != july[49.8]  # NBS's survey and Caixin's: two series
    assert pmi.disagreements == ()


def test_pmi_sub_indexes_are_in_the_report(pmi: Report) -> None:
    # Whether the resolver counts them as PMI metrics or they are reported beside it.
    july = {e.value for e in pmi.timeline if e.period == "2024-07" and e.kind == "level"}
    assert {50.1, 49.3, 47.8, 48.3} <= july


def test_pmi_stated_decrease_implies_june(pmi: Report) -> None:
    (finding,) = [f for f in pmi.findings if f.period == "2024-06" and "49.4 %" in f.message]
    assert finding.outcome == "only implied"
    assert 49.5 in finding.implied


def test_market_share_report_keeps_entities_apart(seeded_url: str) -> None:
    report = compare(seeded_url, "market share")
    assert sorted(levels(report)["2023"]) == [(14.7, "exact"), (56.2, "exact")]
    assert levels(report)["2022"] == [(37.0, "exact")]
    assert [e.kind for e in report.timeline if e.period == "2025"] == ["target"]
    assert len({e.series for e in report.timeline if e.period == "2023"}) == 2


def test_granularity_of_labels() -> None:
    assert [granularity(p) for p in ("2024", "2024-H2", "2024-Q3", "2024-07", "2024-07-31", None)] == [
        "year", "half", "quarter", "month", "day", None]


def test_percent_levels_change_in_points_and_bounds_are_not_differenced(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(49.5, "2024-06", unit="percent", metric="pmi"),
            make_row(49.4, "2024-07", unit="percent", metric="pmi"),
            make_row(60, "2024-08", unit="percent", metric="pmi", qualifier="less_than")]
    (change,) = build_report("pmi", None, rows).changes
    assert change.difference == pytest.approx(-0.1)
    assert change.difference_unit == "percentage_point"
    assert change.growth is None


def test_year_and_half_year_are_not_differenced(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(7_680_000, "2023"), make_row(3_430_000, "2024-H1"), make_row(3_928_000, "2023-H1")]
    (change,) = build_report("marriages", None, rows).changes
    assert (change.before.period, change.after.period, change.difference) == ("2023-H1", "2024-H1", -498_000)
    assert change.growth == pytest.approx(-12.678, abs=1e-3)


def test_disagreement_needs_two_articles_and_values_that_cannot_both_hold(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [
        make_row(49.4, "2024-07", unit="percent", article_id=1, reported_by="NBD"),
        make_row(49.40, "2024-07", unit="percent", article_id=2, reported_by="Reuters", text="49.40%"),
        make_row(49.7, "2024-07", unit="percent", article_id=3, reported_by="Xinhua"),
        make_row(50.0, "2024-07", unit="percent", attributed_to="Caixin", metric="caixin pmi",
                 metric_id=2, article_id=4),
    ]
    (disagreement,) = build_report("pmi", None, rows).disagreements
    assert disagreement.period == "2024-07"
    assert [e.value for e in disagreement.entries] == [49.4, 49.4, 49.7]  # Caixin's survey is not in it


def test_rounded_figures_do_not_disagree(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(3_430_000, "2024-H1", text="3.43 million", article_id=1),
            make_row(3_428_000, "2024-H1", text="3,428,000", article_id=2)]
    assert build_report("marriages", None, rows).disagreements == ()


def test_uncredited_figures_join_the_only_credited_series(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(3_430_000, "2024-H1"), make_row(7_680_000, "2023", attributed_to=None)]
    report = build_report("marriages", None, rows)
    assert [s.name for s in report.series] == ["marriages (Ministry)"]
