"""The one error vocabulary of factdb.

    FactDBError
    ├── PageError        (also ValueError)  a page file that cannot be read
    ├── ExtractionError  (also ValueError)  text the extractor cannot handle
    ├── UnitError        (also ValueError)  a unit pint does not know or cannot convert
    ├── StoreError                          the database refused or could not be reached
    └── CheckError       (also ValueError)  a statement with nothing checkable in it

The CLI catches ``FactDBError`` in one place and prints its message on one line;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class FactDBError(Exception):
    """Base class of every error factdb raises on purpose."""


class PageError(FactDBError, ValueError):
    """A page file is missing, empty, binary or not text; ``path`` names it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class ExtractionError(FactDBError, ValueError):
    """The extractor met text it cannot process."""


class UnitError(FactDBError, ValueError):
    """A unit that pint does not know, or a conversion between two families."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text, reason)
        self.text = text
        self.reason = reason

    def __str__(self) -> str:
        return f"unit of {self.text!r}: {self.reason}"


class StoreError(FactDBError):
    """The database could not be reached, migrated or written."""


class CheckError(FactDBError, ValueError):
    """A statement given to ``check`` holds no claim that can be checked."""
