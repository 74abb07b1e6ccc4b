"""Stated vs implied: changes checked against the levels they connect."""

from __future__ import annotations

import pytest

from factdb.reporting import Finding, consistency
from factdb.reporting.consistency import check_rows


@pytest.fixture(scope="module")
def findings(seeded_url: str) -> list[Finding]:
    return consistency(seeded_url)


def test_capacity_multiplier_is_consistent_with_the_stored_levels(findings: list[Finding]) -> None:
    (finding,) = [f for f in findings if f.check == "multiplier"]
    assert finding.outcome == "consistent"
    assert finding.period == "2022"
    assert any(v == pytest.approx(16e9 / 2.3) for v in finding.implied)
    assert "2.29 times" in finding.message  # 16 billion / 7 billion, against the stated 2.3-fold
    assert len(finding.stored) == 1


def test_marriages_change_implies_the_first_half_of_2023(findings: list[Finding]) -> None:
    (finding,) = [f for f in findings if f.period == "2023-H1" and 3_928_000 in f.implied]
    assert finding.outcome == "only implied"
    assert finding.check == "stated change"
    assert "3.928 million" in finding.message


def test_pmi_decrease_implies_june(findings: list[Finding]) -> None:
    (finding,) = [f for f in findings if f.period == "2024-06" and "49.4 %" in f.message]
    assert 49.5 in finding.implied
    assert finding.outcome == "only implied"
    assert finding.unit == "percent"


def test_passenger_car_shares_stay_within_100_percent(findings: list[Finding]) -> None:
    (finding,) = [f for f in findings if f.check == "shares total" and f.period == "2023"]
    assert finding.outcome == "consistent"
    assert "together 70.9 %" in finding.message


def test_down_change_matching_the_stored_base_is_consistent(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(49.4, "2024-07", unit="percent", text="49.4%"),
            make_row(0.1, "2024-07", unit="percentage_point", kind="change", compared_to="2024-06",
                     direction="down", text="0.1 percent"),
            make_row(49.5, "2024-06", unit="percent", text="49.5%", article_id=2)]
    (finding,) = check_rows(rows)
    assert (finding.outcome, finding.implied, finding.stored) == ("consistent", (49.5,), (3,))
    assert not finding.magnitude_only


def test_change_contradicting_the_stored_base_is_inconsistent(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(3_430_000, "2024-H1", text="3.43 million"),
            make_row(498_000, "2024-H1", kind="change", compared_to="2023-H1", direction="down", text="498,000"),
            make_row(3_800_000, "2023-H1", text="3.8 million", article_id=2)]
    (finding,) = check_rows(rows)
    assert finding.outcome == "inconsistent"
    assert finding.implied == (3_928_000,)
    assert finding.claims == (2, 1) and finding.stored == (3,)


def test_unknown_direction_is_checked_in_magnitude_only(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(3_430_000, "2024-H1", text="3.43 million"),
            make_row(498_000, "2024-H1", kind="change", compared_to="2023-H1", text="498,000"),
            make_row(3_928_000, "2023-H1", text="3.928 million", article_id=2)]
    (finding,) = check_rows(rows)
    assert finding.outcome == "consistent"
    assert finding.magnitude_only
    assert finding.implied == (2_932_000, 3_928_000)
    assert "in magnitude" in finding.message


def test_percent_growth_of_a_currency_level_is_relative(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(12.5e9, "2022", unit="CNY", text="¥12.5 billion", metric="revenue"),
            make_row(58, "2022", unit="percent", kind="change", compared_to="2021", direction="up",
                     text="58 percent", metric="revenue")]
    (finding,) = check_rows(rows)
    assert finding.outcome == "only implied"
    assert finding.implied[0] == pytest.approx(12.5e9 / 1.58)
    assert finding.unit == "CNY"


def test_a_change_without_a_stored_level_gives_no_finding(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(80, "2022", unit="percent", kind="change", compared_to="2021", direction="down")]
    assert check_rows(rows) == []


def test_shares_above_100_percent_are_inconsistent(make_row) -> None:  # type: ignore[no-untyped-def]
    rows = [make_row(70, "2023", unit="percent", metric="market share", entity="A", text="70%"),
            make_row(45, "2023", unit="percent", metric="market share", entity="B", text="45%")]
    (finding,) = check_rows(rows)
    assert (finding.check, finding.outcome) == ("shares total", "inconsistent")
