"""The `factdb` command: parse arguments, call the library, render with rich.

Results go to stdout; progress, warnings and errors to stderr, so
``factdb export --format jsonl > claims.jsonl`` stays clean.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from factdb import db as database
from factdb import reporting
from factdb.check import Verdict, exit_code
from factdb.check import check as check_statement
from factdb.display import format_value
from factdb.errors import FactDBError
from factdb.export import claim_review, write_records
from factdb.export import export as export_claims
from factdb.extract import extract as extract_text
from factdb.pages import DEFAULT_MAX_BYTES, read_page
from factdb.query import (
    CLAIM_COLUMNS,
    ClaimFilter,
    article_records,
    claim_detail,
    claim_records,
    metric_records,
)
from factdb.reporting.render import change_row, value_text
from factdb.store import FileResult, page_files
from factdb.store import ingest as ingest_pages

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


class _Group(TyperGroup):
    """The one place that turns a FactDBError into `error: ...` and exit code 1."""

    def invoke(self, ctx: Any) -> Any:  # typer's vendored click.Context has no public name
        try:
            return super().invoke(ctx)
        except FactDBError as exc:
            err_console.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(code=1) from exc


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    help="factdb: a fact-tracking database for numeric claims in the news.",
)
db_app = typer.Typer(cls=_Group, no_args_is_help=True, help="Manage the database schema.")
app.add_typer(db_app, name="db")
report_app = typer.Typer(cls=_Group, no_args_is_help=True,
                        help="Comparison reports over time, with consistency checks.")
app.add_typer(report_app, name="report")


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class Kind(str, Enum):
    level = "level"
    change = "change"
    target = "target"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="table for people; csv, json, jsonl for machines.")
]


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="FACTDB_URL",
            help="Database URL, or an SQLite file path (default sqlite:///factdb.sqlite in the working directory).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Read news pages, extract every numeric claim, and query, check and report on them."""
    ctx.obj = database.resolve_url(db)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Page files, or folders of *.txt pages.")],
    max_size: Annotated[float, typer.Option(help="Refuse pages larger than this many MB.")] = DEFAULT_MAX_BYTES / 1e6,
    jobs: Annotated[int, typer.Option(min=1, help="Extract in this many processes.")] = 1,
) -> None:
    """Read briefing pages into the database and extract their claims.

    A page already stored unchanged is skipped; a changed page replaces its old rows.

    Example: factdb ingest seeds/
    """
    files = page_files(paths)
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True, disable=len(files) < 2) as progress:
        task = progress.add_task("ingest", total=len(files))

        def on_file(result: FileResult) -> None:
            progress.advance(task)
            _report_file(result)

        report = ingest_pages(ctx.obj, files, on_file=on_file, max_bytes=int(max_size * 1e6), jobs=jobs)
    console.print(
        f"{len(report.files)} files ({report.count('added')} added, {report.count('replaced')} replaced, "
        f"{report.count('unchanged')} unchanged, {report.count('refused')} refused), "
        f"{report.articles} articles, {report.claims} claims, {report.warnings} warnings",
        highlight=False,
    )
    if report.refused:
        raise typer.Exit(code=1)


def _report_file(result: FileResult) -> None:
    name = escape(result.path)
    if result.error:
        err_console.print(f"[red]error:[/] {escape(result.error)}", highlight=False)
    elif result.status == "unchanged":
        err_console.print(f"unchanged: {name}", highlight=False)
    else:
        for warning in result.warnings:
            err_console.print(f"[yellow]warning:[/] {name}: {escape(warning)}", highlight=False)


@app.command()
def articles(ctx: typer.Context, format: FormatOption = OutputFormat.table) -> None:
    """List every stored article with its outlets, dates, URLs and warnings.

    Example: factdb articles --format jsonl
    """
    rows = article_records(ctx.obj)
    if format is not OutputFormat.table:
        write_records(rows, format.value, sys.stdout)
        return
    table = Table("doc", "#", "headline", "outlets", "published", "claims", "warnings")
    for row in rows:
        table.add_row(
            escape(row["doc"]), str(row["position"]), escape(row["headline"]),
            escape("; ".join(row["outlets"])), "; ".join(d or "?" for d in row["published"]),
            str(row["claims"]), escape("; ".join(row["warnings"])),
        )
    console.print(table)


@app.command()
def claims(
    ctx: typer.Context,
    metric: Annotated[str | None, typer.Option(help="Metric name or alias; a near miss is accepted.")] = None,
    entity: Annotated[str | None, typer.Option(help="Whom the figure is about.")] = None,
    period: Annotated[str | None, typer.Option(help="Within this period: 2024, 2024-H1, 2024-Q2, 2024-07.")] = None,
    since: Annotated[str | None, typer.Option(help="Periods starting at or after this one.")] = None,
    until: Annotated[str | None, typer.Option(help="Periods ending at or before this one.")] = None,
    source: Annotated[str | None, typer.Option(help="Credited agency or reporting outlet.")] = None,
    kind: Annotated[Kind | None, typer.Option(help="level, change or target.")] = None,
    text: Annotated[str | None, typer.Option(help="Words that must appear in the sentence.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="Show at most this many claims.")] = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List stored claims, filtered by metric, entity, period, source, kind and text.

    Example: factdb claims --metric "marriage registrations" --since 2024-01
    """
    where = ClaimFilter(metric=metric, entity=entity, period=period, since=since, until=until,
                        source=source, kind=kind.value if kind else None, text=text)
    rows = claim_records(ctx.obj, where, limit=limit)
    if format is not OutputFormat.table:
        write_records(rows, format.value, sys.stdout, CLAIM_COLUMNS)
        return
    _claims_table(rows, title=None)


def _claims_table(rows: list[dict[str, Any]], title: str | None) -> None:
    table = Table("id", "value", "metric", "entity", "period", "attributed to", "reported by", "published",
                  title=title)
    for r in rows:
        table.add_row(
            str(r.get("id") or ""),
            escape(format_value(r["value"], r["unit"], r["qualifier"], r["value_high"], r["counted"])),
            escape(r["metric"] or ""), escape(r["entity"] or ""), r["period"] or "",
            escape(r["attributed_to"] or ""), escape(r["reported_by"] or ""), r["published"] or "",
        )
    console.print(table)


@app.command()
def metrics(
    ctx: typer.Context,
    search: Annotated[str | None, typer.Option(help="Only metrics whose name or alias holds these words.")] = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List metrics with aliases, unit family, claim count, periods covered and sources.

    Example: factdb metrics --search pmi
    """
    rows = metric_records(ctx.obj, search)
    if format is not OutputFormat.table:
        write_records(rows, format.value, sys.stdout)
        return
    table = Table("metric", "aliases", "unit", "claims", "periods", "sources")
    for r in rows:
        periods = r["periods"]
        span = f"{periods[0]} … {periods[-1]}" if len(periods) > 1 else "".join(periods)
        table.add_row(escape(r["metric"]), escape(", ".join(r["aliases"])), r["unit_family"] or "",
                      str(r["claims"]), span, escape(", ".join(r["sources"])))
    console.print(table)


@app.command()
def claim(ctx: typer.Context, claim_id: Annotated[int, typer.Argument(help="The claim's id.")],
          format: FormatOption = OutputFormat.table) -> None:
    """Show one claim with full provenance and the other claims for its metric and entity.

    Example: factdb claim 42
    """
    detail = claim_detail(ctx.obj, claim_id)
    if format is not OutputFormat.table:
        write_records([detail], format.value, sys.stdout)
        return
    value = format_value(detail["value"], detail["unit"], detail["qualifier"], detail["value_high"],
                         detail["counted"])
    sentence = Text(detail["sentence"])
    offset = detail["start"] - detail["sentence_start"]
    sentence.stylize("bold reverse", offset, offset + len(detail["text"]))
    console.print(Text.assemble((value, "bold"), f"  {detail['metric'] or '?'} · {detail['entity'] or '?'} · "
                                f"{detail['period'] or 'no period'} · {detail['kind']}"))
    console.print(sentence)
    console.print(Text(f"document {detail['path']}, characters {detail['start']}–{detail['end']}"))
    console.print(Text(f"article  {detail['article']}"))
    console.print(Text(f"credited {detail['attributed_to'] or '—'}"))
    for outlet in detail["outlets"]:
        console.print(Text(f"outlet   {outlet['name']}, {outlet['published'] or 'undated'} {outlet['url'] or ''}"))
    if detail["related"]:
        _claims_table(detail["related"], title="Other claims for this metric and entity")


@app.command()
def check(
    ctx: typer.Context,
    statement: Annotated[str, typer.Argument(help="A sentence with one or more figures.")],
    published: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Date relative periods resolve against (default today)."),
    ] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="table or json.")] = OutputFormat.table,
    claimreview: Annotated[bool, typer.Option("--claimreview", help="Write schema.org ClaimReview JSON-LD.")] = False,
    claimant: Annotated[str | None, typer.Option(help="Who made the statement (ClaimReview author).")] = None,
    appearance: Annotated[str | None, typer.Option(help="URL where the statement appeared.")] = None,
) -> None:
    """Check a statement against stored claims: exit 0 supported, 1 contradicted, 2 unverifiable.

    Example: factdb check "China's manufacturing PMI was 49.4% in July 2024"
    """
    verdicts = check_statement(ctx.obj, statement, published.date() if published else None)
    if claimreview:
        review = claim_review(statement, verdicts, date.today(), claimant, appearance)
        sys.stdout.write(json.dumps(review, ensure_ascii=False, indent=2) + "\n")
    elif format is not OutputFormat.table:
        write_records([v.to_dict() for v in verdicts], format.value, sys.stdout)
    else:
        for verdict in verdicts:
            _show_verdict(verdict)
    raise typer.Exit(code=exit_code(verdicts))


_VERDICT_STYLE = {"supported": "green", "contradicted": "red", "unverifiable": "yellow"}


def _show_verdict(verdict: Verdict) -> None:
    c = verdict.claim
    console.print(Text.assemble(
        (verdict.outcome.upper(), f"bold {_VERDICT_STYLE[verdict.outcome]}"),
        f"  {format_value(c.value, c.unit, c.qualifier, c.value_high, c.counted)} · {c.metric or '?'} · "
        f"{c.entity or '?'} · {c.period or 'no period'}: {verdict.reason}",
    ))
    if verdict.evidence:
        _claims_table(list(verdict.evidence), title=None)
    if verdict.nearest_periods:
        console.print(Text(f"nearest periods held: {', '.join(verdict.nearest_periods)}"))


@app.command()
def extract(
    files: Annotated[list[str] | None, typer.Argument(help="Text files; - or nothing reads stdin.")] = None,
    published: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Date that relative periods (`July`, `last year`) resolve against."),
    ] = None,
    format: FormatOption = OutputFormat.table,
    each_line: Annotated[
        bool,
        typer.Option(
            "--each-line",
            help="Read every line as a text of its own: no entity, source or period carries to the next line.",
        ),
    ] = False,
) -> None:
    """Extract claims from plain text without storing anything.

    Offsets (`start`, `end`) index the input text. Lines are read as one article unless
    --each-line says they are unrelated statements (a test set, a list of quotes).

    Example: factdb extract notes.txt --published 2024-07-31 --format jsonl
    """
    day: date | None = published.date() if published else None
    for name in files or ["-"]:
        text = sys.stdin.read() if name == "-" else read_page(name)[0]
        rows = [c.to_dict() for c in extract_text(text, published=day, each_line=each_line)]
        if format is OutputFormat.table:
            _claims_table(rows, title=None if name == "-" else escape(name))
        else:
            write_records(rows, format.value, sys.stdout)


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="jsonl (the interchange format), json or csv.")
    ] = OutputFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Write every stored claim in the claims interchange format.

    Example: factdb export --format jsonl > claims.jsonl
    """
    if format is OutputFormat.table:
        raise typer.BadParameter("export writes jsonl, json or csv", param_hint="--format")
    if output is None:
        export_claims(ctx.obj, sys.stdout, format.value)
        return
    with output.open("w", encoding="utf-8") as out:
        count = export_claims(ctx.obj, out, format.value)
    err_console.print(f"{count} claims written to {escape(str(output))}", highlight=False)


@db_app.command()
def upgrade(ctx: typer.Context) -> None:
    """Bring the database schema to the newest revision (runs on first use anyway).

    Example: factdb --db postgresql+psycopg://localhost/factdb db upgrade
    """
    revision = database.upgrade(ctx.obj)
    console.print(f"{database.safe_url(ctx.obj)} is at schema revision {revision}", highlight=False)


OutOption = Annotated[Path, typer.Option("--out", "-o", help="Folder for the md, html, png and csv files.")]


@report_app.command("compare")
def report_compare(
    ctx: typer.Context,
    metric: Annotated[str, typer.Option(help="Metric name or alias; every metric it resolves to is a series.")],
    entity: Annotated[str | None, typer.Option(help="Only claims about this entity.")] = None,
    out: OutOption = Path("reports"),
    format: FormatOption = OutputFormat.table,
) -> None:
    """Report one metric over time: timeline, changes, disagreements, stated vs implied.

    Writes <metric>.md, .html, .png and .csv into --out; prints the same as tables,
    or as JSON (--format json) or the timeline rows (csv, jsonl).

    Example: factdb report compare --metric "manufacturing pmi" --out reports/
    """
    report = reporting.compare(ctx.obj, metric, entity)
    files = reporting.write_report(report, out)
    err_console.print(f"written: {escape(str(files.markdown.with_suffix('')))}.{{md,html,png,csv}}", highlight=False)
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2, default=str) + "\n")
    elif format is not OutputFormat.table:
        write_records((e.to_dict() for e in report.timeline), format.value, sys.stdout)
    else:
        _show_report(report, str(files.markdown))


# Rows of one table a terminal shows; a report's files, or --format, hold them all.
_SHOWN = 30
_Row = TypeVar("_Row")


def _latest(items: Sequence[_Row], table: Table, where: str) -> Sequence[_Row]:
    """The last rows of a long table, with a caption saying where the rest are."""
    if len(items) <= _SHOWN:
        return items
    table.caption = f"the last {_SHOWN} of {len(items):,}; all in {where}"
    return items[-_SHOWN:]


def _show_report(report: reporting.Report, where: str) -> None:
    timeline = Table("period", "series", "value", "kind", "credited to", "reported by", "published", "claim",
                     title=escape(f"{report.title}: {report.claims} claims in {len(report.series)} series"))
    for e in _latest(report.timeline, timeline, where):
        timeline.add_row(e.period or "—", escape(e.series), escape(value_text(e)), e.kind,
                         escape(e.attributed_to or "—"), escape(e.reported_by or "—"), e.published or "—",
                         str(e.claim_id) if e.claim_id is not None else escape(e.note or ""))
    console.print(timeline)
    changes = Table("series", "from", "to", "change", "growth", title="Changes between stored levels")
    for c in _latest(report.changes, changes, where):
        changes.add_row(*(escape(_plain(cell)) for cell in change_row(c)))
    disagreements = Table("series", "period", "values", title="Disagreements")
    for d in _latest(report.disagreements, disagreements, where):
        disagreements.add_row(escape(d.series), d.period, escape(" vs ".join(
            f"{value_text(e)} ({e.reported_by or '?'}, claim {e.claim_id})" for e in d.entries)))
    for table in (changes, disagreements):
        console.print(table if table.row_count else Text(f"{table.title}: none"))
    _findings_table(report.findings, where)


def _plain(cell: tuple[Any, ...]) -> str:
    return "".join(str(getattr(span, "text", span)) for span in cell)


_OUTCOME_STYLE = {"consistent": "green", "inconsistent": "red", "only implied": "yellow"}


def _findings_table(findings: Sequence[reporting.Finding], where: str) -> None:
    table = Table("outcome", "check", "metric", "period", "finding", "claims", title="Stated vs implied")
    for f in _latest(findings, table, where):
        table.add_row(Text(f.outcome, style=_OUTCOME_STYLE[f.outcome]), f.check, escape(f.metric),
                      f.period or "—", escape(f.message), ", ".join(map(str, (*f.claims, *f.stored))))
    console.print(table if findings else Text("Stated vs implied: no stated change links stored levels"))


@report_app.command("consistency")
def report_consistency(ctx: typer.Context, format: FormatOption = OutputFormat.table) -> None:
    """Check every stored change against the levels it connects, and shares against 100 %.

    Each finding is consistent, inconsistent or only implied, and cites its claims.

    Example: factdb report consistency --format json
    """
    findings = reporting.consistency(ctx.obj)
    if format is not OutputFormat.table:
        write_records((f.to_dict() for f in findings), format.value, sys.stdout)
        return
    _findings_table(findings, "--format json")


@report_app.command("all")
def report_all(ctx: typer.Context, out: OutOption = Path("reports"), format: FormatOption = OutputFormat.table) -> None:
    """Write a report for every metric with at least two claims, the consistency page and an index.

    Example: factdb report all --out reports/
    """
    reports = reporting.write_all(ctx.obj, out)
    rows = [{"report": r.title, "file": f"{r.slug}.html", "claims": r.claims, "series": len(r.series),
             "changes": len(r.changes), "disagreements": len(r.disagreements), "findings": len(r.findings)}
            for r in reports]
    err_console.print(f"{len(reports)} reports written to {escape(str(out))}/ (index.html)", highlight=False)
    if format is not OutputFormat.table:
        write_records(rows, format.value, sys.stdout)
        return
    table = Table(*rows[0]) if rows else Table("report")
    for row in rows:
        table.add_row(*(escape(str(v)) for v in row.values()))
    console.print(table)


def command_paths() -> Iterator[tuple[list[str], Any]]:
    """Every command and group of the CLI with its path, depth first (for generated docs)."""
    from typer.main import get_command

    def walk(command: Any, path: list[str]) -> Iterator[tuple[list[str], Any]]:
        yield path, command
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    return walk(get_command(app), [])


def help_pages(width: int = 100) -> list[tuple[list[str], str]]:
    """Every command's path and ``--help`` text, for the generated reference in docs/cli.md."""
    from typer.testing import CliRunner

    runner = CliRunner()
    pages = []
    for path, _ in command_paths():
        result = runner.invoke(app, [*path, "--help"], prog_name="factdb", terminal_width=width,
                               env={"COLUMNS": str(width), "TERM": "dumb", "NO_COLOR": "1"})
        pages.append((path, "\n".join(line.rstrip() for line in result.stdout.splitlines()).strip("\n")))
    return pages
