"""The `factdb` command: parse arguments, call the library, render with rich.

Results go to stdout; progress, warnings and errors to stderr, so
``factdb export --format jsonl > claims.jsonl`` stays clean.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from factdb import db as database
from factdb.display import format_value
from factdb.errors import FactDBError
from factdb.export import export as export_claims
from factdb.export import write_records
from factdb.extract import extract as extract_text
from factdb.pages import read_page
from factdb.query import articles as list_articles
from factdb.query import claims as list_claims
from factdb.store import FileResult, ingest as ingest_pages, page_files

console = Console()
err_console = Console(stderr=True)


class _Group(TyperGroup):
    """The one place that turns a FactDBError into `error: ...` and exit code 1."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FactDBError as exc:
            err_console.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True, highlight=False)
            raise typer.Exit(code=1) from exc


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    help="factdb: a fact-tracking database for numeric claims in the news.",
)
db_app = typer.Typer(cls=_Group, no_args_is_help=True, help="Manage the database schema.")
app.add_typer(db_app, name="db")


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


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
            help="Database URL (default sqlite:///factdb.sqlite in the working directory).",
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
) -> None:
    """Read briefing pages into the database and extract their claims.

    A page already stored unchanged is skipped; a changed page replaces its old rows.

    Example: factdb ingest seeds/
    """
    files = page_files(paths)
    engine = database.connect(ctx.obj)
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True, disable=len(files) < 2) as progress:
        task = progress.add_task("ingest", total=len(files))

        def on_file(result: FileResult) -> None:
            progress.advance(task)
            _report_file(result)

        report = ingest_pages(engine, files, on_file=on_file)
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
        err_console.print(f"[red]error:[/] {escape(result.error)}", soft_wrap=True, highlight=False)
    elif result.status == "unchanged":
        err_console.print(f"unchanged: {name}", soft_wrap=True, highlight=False)
    else:
        for warning in result.warnings:
            err_console.print(f"[yellow]warning:[/] {name}: {escape(warning)}", soft_wrap=True, highlight=False)


@app.command()
def articles(ctx: typer.Context, format: FormatOption = OutputFormat.table) -> None:
    """List every stored article with its outlets, dates, URLs and warnings.

    Example: factdb articles --format jsonl
    """
    frame = list_articles(ctx.obj)
    if format is not OutputFormat.table:
        write_records(frame.to_dict("records"), format.value, sys.stdout)
        return
    table = Table("doc", "#", "headline", "outlets", "published", "claims", "warnings")
    for row in frame.itertuples():
        table.add_row(
            escape(row.doc), str(row.position), escape(row.headline),
            escape("; ".join(row.outlets)), "; ".join(d or "?" for d in row.published),
            str(row.claims), escape("; ".join(row.warnings)),
        )
    console.print(table)


@app.command()
def claims(
    ctx: typer.Context,
    limit: Annotated[int | None, typer.Option(help="Show at most this many claims.")] = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """List stored claims: value, metric, entity, period, attribution and outlet.

    Example: factdb claims --limit 20
    """
    frame = list_claims(ctx.obj, limit=limit)
    if format is not OutputFormat.table:
        write_records(frame.to_dict("records"), format.value, sys.stdout)
        return
    _claims_table(frame.to_dict("records"), title=None)


def _claims_table(rows: list[dict[str, Any]], title: str | None) -> None:
    table = Table("value", "metric", "entity", "period", "attributed to", "reported by", "headline",
                  title=title)
    for r in rows:
        table.add_row(
            escape(format_value(r["value"], r["unit"], r["qualifier"], r["value_high"], r["counted"])),
            escape(r["metric"] or ""), escape(r["entity"] or ""), r["period"] or "",
            escape(r["attributed_to"] or ""), escape(r["reported_by"] or ""),
            escape(r.get("article") or ""),
        )
    console.print(table)


@app.command()
def extract(
    files: Annotated[list[str] | None, typer.Argument(help="Text files; - or nothing reads stdin.")] = None,
    published: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Date that relative periods (`July`, `last year`) resolve against."),
    ] = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Extract claims from plain text without storing anything.

    Offsets (`start`, `end`) index the input text.

    Example: echo "The PMI was 49.4% in July." | factdb extract --published 2024-07-31 -f jsonl
    """
    day: date | None = published.date() if published else None
    for name in files or ["-"]:
        text = sys.stdin.read() if name == "-" else read_page(name)
        rows = [c.to_dict() for c in extract_text(text, published=day)]
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
