"""Reports as files: Markdown, a self-contained HTML page, a PNG chart and a CSV of the rows.

Markdown and HTML carry the same content because both are rendered from one
list of blocks (headings, paragraphs, tables, lists) built here once. The
output is deterministic: no timestamps, no absolute paths, sorted rows, and a
chart drawn in a fixed style, so ``reports/`` can be regenerated and compared
byte for byte (the chart pixel for pixel).
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from factdb.db import Database, opened
from factdb.display import format_value
from factdb.export import write_records
from factdb.reporting.compare import Change, Entry, Report, reports
from factdb.reporting.consistency import Finding, consistency
from factdb.reporting.memory import collector_paused

__all__ = ["ReportFiles", "change_row", "value_text", "write_all", "write_consistency", "write_report"]


# --- the document model shared by Markdown and HTML -------------------------------------------

# Spans are named tuples, not dataclasses: a large report makes hundreds of thousands.
class Strong(NamedTuple):
    text: str


class Link(NamedTuple):
    text: str
    href: str


class PageLink(NamedTuple):
    """A link to a sibling page, ``stem.md`` from Markdown and ``stem.html`` from HTML."""

    text: str
    stem: str


class Badge(NamedTuple):
    """An outcome word: bold in Markdown, coloured in HTML."""

    text: str


class Anchor(NamedTuple):
    name: str


class ClaimLinks(NamedTuple):
    """Claim numbers, comma-separated, each linking to its source: one span rather than a
    link and a comma per claim, as a finding can cite dozens of claims."""

    ids: tuple[int, ...]


Span = str | Strong | Link | PageLink | Badge | Anchor | ClaimLinks
Inline = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Para:
    spans: Inline


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]
    name: str = ""  # the HTML table's class, for its column styles


@dataclass(frozen=True)
class Bullets:
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Figure:
    alt: str
    png: str  # file name beside the page


Block = Heading | Para | Table | Bullets | Figure

# --- Markdown --------------------------------------------------------------------------------

_MD_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|#"} | {"\n": " "})
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|#\n]")


def _md_text(text: str) -> str:
    """Text with Markdown's special characters escaped. Most text has none, and looking for
    them is five times faster than ``translate`` (which maps character by character)."""
    return text.translate(_MD_ESCAPES) if _MD_SPECIAL.search(text) else text


_MD_SPANS: dict[type, Callable[[Any], str]] = {
    str: _md_text,
    Strong: lambda s: f"**{_md_text(s.text)}**",
    Badge: lambda s: f"**{_md_text(s.text)}**",
    Link: lambda s: f"[{_md_text(s.text)}]({s.href.replace(')', '%29').replace(' ', '%20')})",
    PageLink: lambda s: f"[{_md_text(s.text)}]({s.stem}.md)",
    Anchor: lambda s: f'<a id="{s.name}"></a>',
    ClaimLinks: lambda s: ", ".join([f"[{i}](#claim-{i})" for i in s.ids]),
}


def _md_inline(spans: Inline) -> str:
    """The spans as Markdown; plain text (most spans) skips the lookup by type."""
    return "".join([_md_text(s) if type(s) is str else _MD_SPANS[type(s)](s) for s in spans])


def to_markdown(blocks: Sequence[Block]) -> str:
    """The blocks as GitHub-flavoured Markdown."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            out.append(f"{'#' * block.level} {_md_text(block.text)}")
        elif isinstance(block, Para):
            out.append(_md_inline(block.spans))
        elif isinstance(block, Table):
            lines = ["| " + " | ".join(block.headers) + " |", "|" + "---|" * len(block.headers)]
            lines += ["| " + " | ".join(_md_inline(c) for c in row) + " |" for row in block.rows]
            out.append("\n".join(lines))
        elif isinstance(block, Bullets):
            out.append("\n".join(f"- {_md_inline(item)}" for item in block.items))
        else:
            out.append(f"![{_md_text(block.alt)}]({block.png})")
    return "\n\n".join(out) + "\n"


# --- HTML ------------------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
       max-width: 1180px; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; } h2 { font-size: 1.2rem; margin-top: 2rem;
     border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e5e5e5; }
th { background: #f4f4f6; font-weight: 600; } tr:nth-child(even) td { background: #fafafa; }
figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; }
.badge { font-weight: 600; white-space: nowrap; padding: 0 .35rem; border-radius: .25rem; }
.consistent { background: #e3f4e6; color: #17692a; } .inconsistent { background: #fde5e3; color: #a3150b; }
.only-implied { background: #fff3d6; color: #7a5300; }
.timeline td:nth-child(1), .timeline td:nth-child(7), .findings td:nth-child(4), .changes td:nth-child(5)
  { white-space: nowrap; }
li { margin: .25rem 0; } a { color: #0b5cad; } strong { background: #fff5b8; }
""".strip()


_HTML_SPECIAL = re.compile("[&<>\"']")


def _escape(text: str) -> str:
    """``html.escape``, skipped for text with nothing to escape (most of it; looking is cheaper)."""
    return html.escape(text) if _HTML_SPECIAL.search(text) else text


_HTML_SPANS: dict[type, Callable[[Any], str]] = {
    str: _escape,
    Strong: lambda s: f"<strong>{_escape(s.text)}</strong>",
    Badge: lambda s: f'<span class="badge {_escape(s.text.replace(" ", "-"))}">{_escape(s.text)}</span>',
    Link: lambda s: f'<a href="{_escape(s.href)}">{_escape(s.text)}</a>',
    PageLink: lambda s: f'<a href="{_escape(s.stem)}.html">{_escape(s.text)}</a>',
    Anchor: lambda s: f'<a id="{_escape(s.name)}"></a>',
    ClaimLinks: lambda s: ", ".join([f'<a href="#claim-{i}">{i}</a>' for i in s.ids]),
}


def _html_inline(spans: Inline) -> str:
    """The spans as HTML; plain text (most spans) skips the lookup by type."""
    return "".join([_escape(s) if type(s) is str else _HTML_SPANS[type(s)](s) for s in spans])


def to_html(blocks: Sequence[Block], title: str, png: bytes | None = None) -> str:
    """The blocks as one self-contained page; a ``Figure`` becomes the ``png`` inlined as a data URL."""
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{html.escape(title)}</title>", f"<style>\n{_CSS}\n</style>", "</head>", "<body>"]
    for block in blocks:
        if isinstance(block, Heading):
            out.append(f"<h{block.level}>{html.escape(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            out.append(f"<p>{_html_inline(block.spans)}</p>")
        elif isinstance(block, Table):
            head = "".join(f"<th>{html.escape(h)}</th>" for h in block.headers)
            body = "\n".join("<tr>" + "".join(f"<td>{_html_inline(c)}</td>" for c in row) + "</tr>"
                             for row in block.rows)
            css = f' class="{block.name}"' if block.name else ""
            out.append(f"<table{css}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>")
        elif isinstance(block, Bullets):
            out.append("<ul>\n" + "\n".join(f"<li>{_html_inline(i)}</li>" for i in block.items) + "\n</ul>")
        elif png is not None:
            data = base64.b64encode(png).decode("ascii")
            out.append(f'<figure><img alt="{html.escape(block.alt)}" src="data:image/png;base64,{data}"></figure>')
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# --- the report as blocks --------------------------------------------------------------------

def value_text(entry: Entry) -> str:
    """An entry's value as a reader writes it; a change says which way and from when."""
    text = format_value(entry.value, entry.unit, entry.qualifier, entry.value_high)
    if entry.kind == "change":
        way = {"up": "up", "down": "down"}.get(entry.direction or "", "change")
        return f"{text}, {way}" + (f" from {entry.compared_to}" if entry.compared_to else "")
    return text


def _signed(value: float, unit: str) -> str:
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return sign + format_value(abs(value), unit)


def change_row(change: Change) -> tuple[Inline, ...]:
    growth = "—" if change.growth is None else f"{'+' if change.growth >= 0 else '−'}{abs(change.growth):.1f} %"
    return ((change.series,), (f"{change.before.period}: {value_text(change.before)}",),
            (f"{change.after.period}: {value_text(change.after)}",),
            (_signed(change.difference, change.difference_unit),), (growth,))


def _claim_links(ids: Sequence[int]) -> Inline:
    return (ClaimLinks(tuple(ids)),)


def _figures(timeline: Sequence[Entry]) -> list[list[Entry]]:
    """Timeline entries grouped into figures: the same value for the same series, period and
    kind, however many outlets repeated it (the CSV keeps one row per claim)."""
    groups: dict[tuple[Any, ...], list[Entry]] = {}
    for e in timeline:
        key = (e.period, e.series, e.kind, e.value, e.value_high, e.unit, e.qualifier, e.direction,
               e.compared_to, e.attributed_to, e.related, e.claim_id if e.claim_id is None else 0)
        groups.setdefault(key, []).append(e)
    return list(groups.values())


def _listed(items: Sequence[str]) -> str:
    shown = ", ".join(items[:_LISTED])
    return shown + (f" and {len(items) - _LISTED} more" if len(items) > _LISTED else "")


def _timeline_row(figure: Sequence[Entry]) -> tuple[Inline, ...]:
    first = figure[0]
    kind = first.kind + (" (beside)" if first.related else "")
    if first.claim_id is None:
        claim: Inline = (first.note or "",)
    else:
        ids = [e.claim_id for e in figure if e.claim_id is not None]
        claim = _claim_links(ids[:_LISTED]) + ((f" and {len(ids) - _LISTED} more",) if len(ids) > _LISTED else ())
    outlets = list(dict.fromkeys(e.reported_by or "—" for e in figure))
    dates = sorted({e.published for e in figure if e.published})
    published = dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}" if dates else "—"
    return ((first.period or "—",), (first.series,), (value_text(first),), (kind,),
            (first.attributed_to or "—",), (_listed(outlets),), (published,), claim)


def _finding_row(finding: Finding) -> tuple[Inline, ...]:
    return ((Badge(finding.outcome),), (finding.check,), (finding.metric,), (finding.period or "—",),
            (finding.message,), _claim_links([*finding.claims, *finding.stored]))


_LISTED = 5  # outlets and claim links shown per timeline row; the CSV has every claim

_FINDING_HEADERS = ("Outcome", "Check", "Metric", "Period", "Finding", "Claims")


def _source_item(entry: Entry) -> Inline:
    sentence, start = entry.sentence or "", (entry.start or 0) - (entry.sentence_start or 0)
    end = start + len(entry.text or "")
    headline = entry.article or "article"
    outlet = ", ".join(x for x in (entry.reported_by, entry.published) if x)
    where = (f" ({outlet}); " if outlet else "; ") + f"{entry.doc}, characters {entry.start}–{entry.end}"
    # Adjacent plain text is one span (escaping is per character, so joining first is the same).
    head: Inline = (Anchor(f"claim-{entry.claim_id}"), Strong(f"[{entry.claim_id}]"), " “" + sentence[:start],
                    Strong(sentence[start:end]))
    if entry.url:
        return (*head, sentence[end:] + "” — ", Link(headline, entry.url), where)
    return (*head, sentence[end:] + "” — " + headline + where)


def _summary(report: Report) -> Para:
    own = [e for e in report.timeline if e.claim_id is not None and not e.related]
    beside = [e for e in report.timeline if e.claim_id is not None and e.related]
    periods = [e.period for e in own if e.period]
    span = f"from {min(periods, key=_period_key)} to {max(periods, key=_period_key)}" if periods else "undated"
    entities = sorted({e.entity for e in own if e.entity})
    series = sum(1 for s in report.series if not s.related)
    text = (f"{report.claims} stored claims on {', '.join(report.metrics)}"
            f"{' about ' + ', '.join(entities) if entities else ''}, {span}, in {series} series"
            + (f"; beside them, {len(beside)} figure{'s' if len(beside) > 1 else ''} reported in the same "
               f"articles ({len(report.series) - series} series)" if beside else "")
            + ". Each series is one metric, entity and credited source: different surveys are different "
            "series and are never counted as disagreeing. Claim numbers link to the sentence each "
            "figure was taken from.")
    return Para((text,))


def _period_key(label: str) -> tuple[str, int]:
    return label[:4], len(label)


def report_blocks(report: Report, png_name: str) -> list[Block]:
    """The report as a document: summary, chart, timeline, changes, disagreements, checks, sources."""
    title = f"{report.title}{' — ' + report.entity if report.entity else ''}"
    blocks: list[Block] = [Heading(1, f"Comparison report: {title}"), _summary(report),
                           Figure(f"Timeline chart of {title}", png_name), Heading(2, "Timeline"),
                           Table(("Period", "Series", "Value", "Kind", "Credited to", "Reported by",
                                  "Published", "Claims"), tuple(map(_timeline_row, _figures(report.timeline))), "timeline")]
    blocks.append(Heading(2, "Changes between stored levels"))
    if report.changes:
        blocks.append(Table(("Series", "From", "To", "Change", "Growth"),
                            tuple(map(change_row, report.changes)), "changes"))
    else:
        blocks.append(Para(("No series holds two levels of the same kind of period to compare.",)))
    blocks.append(Heading(2, "Disagreements"))
    if report.disagreements:
        blocks.append(Bullets(tuple(
            (Strong(d.series), f", {d.period}: ",
             *[span for i, e in enumerate(d.entries) for span in
               ((" vs " if i else ""), f"{value_text(e)} ({e.reported_by or 'unknown outlet'}, ",
                *_claim_links([e.claim_id or 0]), ")")])
            for d in report.disagreements)))
    else:
        blocks.append(Para(("No two articles give different values for the same series and period.",)))
    blocks.append(Heading(2, "Stated vs implied"))
    if report.findings:
        blocks.append(Table(_FINDING_HEADERS, tuple(map(_finding_row, report.findings)), "findings"))
    else:
        blocks.append(Para(("No stated change or share links levels in this report.",)))
    blocks.append(Heading(2, "Series"))
    blocks.append(Table(("Series", "Unit", "Claims", "Role"), tuple(
        ((s.name,), (s.unit,), (str(s.claims),), ("reported beside" if s.related else "metric",))
        for s in report.series)))
    blocks.append(Heading(2, "Sources"))
    blocks.append(Bullets(tuple(_source_item(e) for e in sorted(
        (e for e in report.timeline if e.claim_id is not None), key=lambda e: e.claim_id or 0))))
    return blocks


# --- files -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportFiles:
    """The four files written for one report."""

    markdown: Path
    html: Path
    png: Path
    csv: Path


@collector_paused()
def write_report(report: Report, out_dir: str | Path = "reports", png: bytes | None = None) -> ReportFiles:
    """Write ``<slug>.md``, ``.html``, ``.png`` and ``.csv`` for ``report`` into ``out_dir``;
    ``png`` is its chart when the caller has drawn it already (``draw_chart``), else it is drawn here."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = ReportFiles(*(out / f"{report.slug}.{ext}" for ext in ("md", "html", "png", "csv")))
    if png is None:
        from factdb.reporting.chart import draw_chart  # matplotlib loads only when a chart is drawn

        png = draw_chart(report)
    blocks = report_blocks(report, files.png.name)
    files.markdown.write_text(to_markdown(blocks), encoding="utf-8")
    files.html.write_text(to_html(blocks, f"Comparison report: {report.title}", png), encoding="utf-8")
    files.png.write_bytes(png)
    with files.csv.open("w", encoding="utf-8", newline="") as handle:
        write_records((e.to_dict() for e in report.timeline), "csv", handle)
    return files


def _write_page(out: Path, stem: str, title: str, blocks: list[Block]) -> None:
    (out / f"{stem}.md").write_text(to_markdown(blocks), encoding="utf-8")
    (out / f"{stem}.html").write_text(to_html(blocks, title), encoding="utf-8")


def write_consistency(findings: Sequence[Finding], out_dir: str | Path = "reports") -> None:
    """Write the database-wide findings as ``consistency.md`` and ``consistency.html``."""
    counts = {o: sum(f.outcome == o for f in findings) for o in ("consistent", "inconsistent", "only implied")}
    blocks: list[Block] = [
        Heading(1, "Consistency checks"),
        Para((f"{len(findings)} findings: " + ", ".join(f"{n} {o}" for o, n in counts.items()) + ". "
              "Every stored change is checked against the levels it connects; shares of one metric "
              "and period must not add up to more than 100 %. Claim numbers are factdb claim ids "
              "(`factdb claim ID` shows one).",)),
        Table(_FINDING_HEADERS, tuple(
            (*_finding_row(f)[:-1], (", ".join(map(str, [*f.claims, *f.stored])),)) for f in findings)),
    ]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _write_page(out, "consistency", "Consistency checks", blocks)


@collector_paused()
def write_all(db: Database, out_dir: str | Path = "reports") -> list[Report]:
    """Write a report for every metric with at least two claims, the consistency page, and an
    ``index`` page linking them (most claimed first); return the reports."""
    out = Path(out_dir)
    with opened(db) as engine:
        found = sorted(reports(engine), key=lambda r: (-r.claims, r.slug))
        findings = consistency(engine)
    for report in found:
        write_report(report, out)
    write_consistency(findings, out)
    rows = tuple(
        ((PageLink(r.title, r.slug),), (", ".join(r.metrics),), (str(r.claims),), (str(len(r.series)),),
         (str(len(r.changes)),), (str(len(r.disagreements)),),
         (", ".join(f"{sum(f.outcome == o for f in r.findings)} {o}" for o in sorted({f.outcome for f in r.findings}))
          or "—",))
        for r in found)
    blocks: list[Block] = [
        Heading(1, "Comparison reports"),
        Para(((f"{len(found)} reports, one for every metric with at least two stored claims, most "
               "claimed first; each also has a PNG chart and a CSV of its rows. Database-wide checks: "),
              PageLink("consistency", "consistency"), ".")),
        Table(("Report", "Metrics", "Claims", "Series", "Changes", "Disagreements", "Findings"), rows),
    ]
    _write_page(out, "index", "Comparison reports", blocks)
    return found
