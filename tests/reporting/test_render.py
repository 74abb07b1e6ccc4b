"""Report files: Markdown and HTML with the same content, a PNG chart, a CSV of the rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from matplotlib import image

from factdb.reporting import Report, write_report
from factdb.reporting.compare import build_report


@pytest.fixture
def report(make_row) -> Report:  # type: ignore[no-untyped-def]
    rows = [
        make_row(6_835_000, "2022", text="6.835 million", sentence="– 2022: Reached a low of 6.835 million",
                 start=26, sentence_start=0, attributed_to=None),
        make_row(7_680_000, "2023", text="7.68 million", sentence="In 2023 [sic] | 7.68 million <b>wed</b>.",
                 start=16, sentence_start=0, article="A *bold* <script>x</script> headline"),
        make_row(10_000_000, "2019", qualifier="less_than", text="10 million"),
        make_row(16_000_000, "2025", kind="target", text="16 million"),
    ]
    return build_report("marriages", None, rows)


def test_markdown_holds_timeline_changes_and_linked_sources(report: Report, tmp_path: Path) -> None:
    files = write_report(report, tmp_path)
    md = files.markdown.read_text(encoding="utf-8")
    assert md.startswith("# Comparison report: marriages\n")
    assert "| 2022 | marriages (Ministry) | 6.835 million | level | — | Outlet | 2024-08-04 | [1](#claim-1) |" in md
    assert "| 2019 | marriages (Ministry) | \\< 10 million | level |" in md
    assert "| marriages (Ministry) | 2022: 6.835 million | 2023: 7.68 million | +845,000 | +12.4 % |" in md
    assert "![Timeline chart of marriages](marriages.png)" in md
    assert '<a id="claim-2"></a>**\\[2\\]** “In 2023 \\[sic\\] \\| **7.68 million** \\<b\\>wed\\</b\\>.”' in md


def test_html_is_self_contained_with_the_same_rows_and_escaped_text(report: Report, tmp_path: Path) -> None:
    page = write_report(report, tmp_path).html.read_text(encoding="utf-8")
    assert page.count('<img alt="Timeline chart of marriages" src="data:image/png;base64,') == 1
    assert "<td>2022</td><td>marriages (Ministry)</td><td>6.835 million</td>" in page
    assert "<td>+845,000</td><td>+12.4 %</td>" in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>" not in page
    assert str(tmp_path) not in page


def test_csv_has_one_row_per_timeline_entry(report: Report, tmp_path: Path) -> None:
    with write_report(report, tmp_path).csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["period"], r["value"], r["kind"], r["qualifier"]) for r in rows] == [
        ("2019", "10000000.0", "level", "less_than"), ("2022", "6835000.0", "level", "exact"),
        ("2023", "7680000.0", "level", "exact"), ("2025", "16000000.0", "target", "exact")]


def test_chart_is_a_fixed_size_png(report: Report, tmp_path: Path) -> None:
    pixels = image.imread(write_report(report, tmp_path).png)
    assert pixels.shape == (410, 1000, 4)


def test_output_is_byte_for_byte_repeatable(report: Report, tmp_path: Path) -> None:
    first, second = write_report(report, tmp_path / "a"), write_report(report, tmp_path / "b")
    for a, b in zip((first.markdown, first.html, first.png, first.csv), (second.markdown, second.html,
                                                                        second.png, second.csv)):
        assert a.read_bytes() == b.read_bytes(), a.name
