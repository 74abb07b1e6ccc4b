"""Claims out of the database: the jsonl interchange format, csv and json."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, Literal, TextIO

from factdb.db import Database, engine_for
from factdb.query import CLAIM_COLUMNS, iter_claims

__all__ = ["Format", "export", "write_records"]

Format = Literal["jsonl", "json", "csv"]


def write_records(
    records: Iterable[dict[str, Any]], fmt: Format, out: TextIO, columns: list[str] | None = None
) -> int:
    """Write dict records to ``out`` as jsonl, a json array or csv; return how many."""
    count = 0
    if fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        for record in records:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=columns or list(record), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(record)
            count += 1
        return count
    if fmt == "json":
        out.write("[")
    for record in records:
        if fmt == "json":
            out.write(",\n" if count else "\n")
        out.write(json.dumps(record, ensure_ascii=False, default=str))
        if fmt == "jsonl":
            out.write("\n")
        count += 1
    if fmt == "json":
        out.write("\n]\n")
    return count


def export(db: Database, out: TextIO, fmt: Format = "jsonl") -> int:
    """Write every stored claim in the interchange format; return how many.

    Rows stream from the database, so exporting a million claims needs little memory.
    """
    return write_records(iter_claims(engine_for(db)), fmt, out, CLAIM_COLUMNS)
