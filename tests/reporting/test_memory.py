"""The garbage collector is held off while a report is built, and left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from factdb.reporting import Report, write_report
from factdb.reporting.compare import build_report
from factdb.reporting.memory import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


@pytest.mark.usefixtures("collector_on")
def test_collector_is_off_inside_and_back_on_after_even_on_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_nested_pauses_turn_it_back_on_only_at_the_outermost() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_write_report_restores_it_and_takes_a_chart_drawn_before(make_row, tmp_path):  # type: ignore[no-untyped-def]
    report: Report = build_report("marriages", None, [make_row(6_835_000, "2022"), make_row(7_680_000, "2023")])
    files = write_report(report, tmp_path, png=b"\x89PNG drawn before")
    assert gc.isenabled()
    assert files.png.read_bytes() == b"\x89PNG drawn before"
