"""Split article text into sentences, keeping character offsets.

A regular expression splitter rather than pysbd or spaCy: news prose needs only
a few rules (abbreviations, initials, decimals, list numbers, closing quotes),
and the extractor must stay above 5 MB/s, which per-sentence NLP cannot reach.
Line breaks always end a sentence: in briefing pages they separate paragraphs,
list items and bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

# Words that end in a period without ending the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt no nos vs etc inc ltd co corp dept gov gen col lt sgt
    rep sen jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n u.s.a
    approx est fig al ft rs""".split()
)
# a sentence starts with a capital, a digit or a bullet, or with a name like `iPhone` or `eBay`
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?(?:[A-Z0-9–—•-]|[a-z][A-Z]))")
_PARAGRAPH = re.compile(r"[^\n]+")
_TOKEN = re.compile(r"[\w.]*")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
_LIST_NUMBER = re.compile(r"(?:^|[:;]\s*)\d{1,2}$")
# a company's legal form ends a sentence when a word that opens sentences follows it:
# `according to China State Railway Group Co., Ltd. The network`, not `Toyota Motor Corp. President`
_LEGAL_FORMS = frozenset("inc ltd corp co plc llc".split())
_OPENING_WORD = re.compile(
    r"\s+[\"“]?(?:The|This|That|These|Those|It|Its|They|Their|He|She|His|Her|We|A|An|In|On|At|For|But|And"
    r"|However|Meanwhile|Shares|Sales|Revenue)\b"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, offset, and the paragraph it belongs to."""

    text: str
    start: int
    paragraph: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _ends_sentence(line: str, stop: int) -> bool:
    """Whether the punctuation at ``line[stop]`` closes a sentence."""
    if line[stop] != ".":
        return True
    token = _last_token(line[max(0, stop - 40) : stop]).lower()
    if token in _LEGAL_FORMS:
        return _OPENING_WORD.match(line, stop + 1) is not None
    if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isalpha() and line[stop - 2 : stop - 1] not in ("'", "’"):
        return False  # an initial: `John F. Kennedy` (not the possessive that ends `beat last year's.`)
    if _DOTTED.fullmatch(token):
        return False  # `U.S.` written with inner periods
    # a list number (`actions: 1. Issue`) rather than the end of a sentence
    return not (
        token.isdigit() and len(token) <= 2 and _LIST_NUMBER.search(line, max(0, stop - 8), stop)
    )


def _last_token(text: str) -> str:
    """The word (with its periods: `U.S.`) that ends ``text``.

    Matched at the start of the reversed text: an end-anchored search would try every position.
    """
    run = _TOKEN.match(text[::-1])
    return text[len(text) - run.end() :] if run else ""


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Sentences of ``text``; ``offset`` is added to every start.

    >>> [s.text for s in split_sentences("Output rose 5% in May. The U.S. rate fell.")]
    ['Output rose 5% in May.', 'The U.S. rate fell.']
    """
    sentences: list[Sentence] = []
    for paragraph, line_match in enumerate(_PARAGRAPH.finditer(text)):
        line, base = line_match.group(0), line_match.start()
        begin = 0
        for stop in _CANDIDATE.finditer(line):
            if _ends_sentence(line, stop.start()):
                _add(sentences, line, begin, stop.end(), base + offset, paragraph)
                begin = stop.end()
        _add(sentences, line, begin, len(line), base + offset, paragraph)
    return sentences


def _add(out: list[Sentence], line: str, begin: int, end: int, base: int, paragraph: int) -> None:
    piece = line[begin:end]
    stripped = piece.strip()
    if stripped:
        out.append(Sentence(stripped, base + begin + piece.index(stripped), paragraph))
