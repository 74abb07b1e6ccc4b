"""Cheap tests that rule text out before a regular expression searches it.

A search tries its pattern at every position of the text, and most text around
a figure holds none of the words a given pattern needs; `in` on the lower-cased
text finds that out in C many times faster. A test may let through text the
pattern then rejects, never the reverse (``tests/extract/test_prefilter.py``
checks each pattern against strings generated from it).

>>> SAID = Prefiltered(r"\\b(?:said|says)\\b", ("said", "says"), re.IGNORECASE)
>>> SAID.search("Exports rose 5%") is None, SAID.search("Exports rose 5%, the agency SAID")[0]
(True, 'SAID')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import ClassVar

__all__ = ["CASE_FOLDS", "Prefiltered"]

# characters re.IGNORECASE matches with ASCII letters though lower() keeps them apart (`ſ` is an `s`)
CASE_FOLDS = frozenset("İıKſ")

_DIGIT = re.compile(r"\d")


class Prefiltered:
    """A pattern and the words one of which every match of it holds, tested before it runs.

    With ``digits``, a match may hold a digit of any script (`\\d`) instead of a word. A pattern
    ``for_lower`` case runs on lower-cased text, which the test then reads as it is: lower-casing
    a string again would cost about as much as the search it saves.
    """

    instances: ClassVar[list[Prefiltered]] = []  # every one made, for the tests

    def __init__(
        self, pattern: str, words: Iterable[str], flags: int = 0, digits: bool = False, for_lower: bool = False
    ) -> None:
        self.pattern = re.compile(pattern, flags)
        self.words = tuple(words)
        self.digits = digits
        self.for_lower = for_lower
        Prefiltered.instances.append(self)

    def may_match(self, text: str) -> bool:
        low = text if self.for_lower else text.lower()
        if any(word in low for word in self.words):
            return True
        if not self.for_lower and not CASE_FOLDS.isdisjoint(text):
            return True
        return self.digits and _DIGIT.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.may_match(text) else text
