"""Comparison reports: one metric over time, across sources, with changes, disagreements
and stated-vs-implied checks, written as Markdown, HTML, PNG and CSV.

    compare.py       timeline, series, changes, disagreements -> Report
    consistency.py   stated changes checked against the levels they connect -> Finding
    rows.py          the claim rows both read
    render.py        Markdown, HTML and CSV files, and the index page
    chart.py         the PNG chart (the only module that imports matplotlib)
    memory.py        the garbage collector held off while a report is built
"""

from factdb.reporting.compare import Change, Disagreement, Entry, Report, Series, compare, reports
from factdb.reporting.consistency import Finding, consistency
from factdb.reporting.render import ReportFiles, write_all, write_consistency, write_report

__all__ = [
    "Change",
    "Disagreement",
    "Entry",
    "Finding",
    "Report",
    "ReportFiles",
    "Series",
    "compare",
    "consistency",
    "reports",
    "write_all",
    "write_consistency",
    "write_report",
]
