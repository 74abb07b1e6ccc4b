"""A briefing page -> articles, each with its headline, body and source block.

A page holds several articles. Each is a headline line, body paragraphs, and a
source block naming the outlet(s) that reported it::

    Chinese Manufacturing PMI Continued Decline in July
    <body paragraphs>
    Sources:
    (1) NBD, July 31, 2024
    https://www.nbd.com.cn/articles/2024-07-31/3486571.html
    (2) Caixin, August 1, 2024
    https://pmi.caixin.com/2024-08-01/102222126.html

Parsing never guesses silently: whatever it cannot read cleanly (a malformed
date, text glued after a date, a headline with no body) becomes a warning on
the article, and the rest still loads. Offsets are character offsets into the
page text, so every span can be cut back out of it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

from factdb.errors import PageError

__all__ = [
    "DEFAULT_MAX_BYTES", "Article", "Outlet", "Page", "parse_date", "parse_page", "read_page", "split_articles",
]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# `July 31, 2024`, as the seeds print dates; also `31 July 2024` and `2024-07-31`
_DATE_PARTS = re.compile(
    rf"(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,3}}),\s*(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_RE})\.?,?\s+(?P<year2>\d{{4}})"
    r"|(?P<year3>\d{4})-(?P<month3>\d{2})-(?P<day3>\d{2})",
    re.IGNORECASE,
)
_DATE = "(?:" + re.sub(r"\(\?P<\w+>", "(?:", _DATE_PARTS.pattern) + ")"  # the same shapes, with no groups of its own

# `Source: Outlet, May 25, 2023` / `(1) NBD, July 31, 2024` / `1. Epoch Times, ...` /
# a bare `Radio Free Asia, November 22, 2023`.  The outlet holds no sentence
# punctuation but periods (`U.S.`, `ifeng.com`); a bare line must end near its date.
_SOURCE_ITEM = re.compile(
    rf"^(?:Sources?\s*:\s*)?(?:\(\d{{1,2}}\)\s*|\d{{1,2}}[.)]\s+)?"
    # `Nikkei Asia (June 5, 2024)`, `South China Morning Post – June 3, 2024`
    rf"(?P<outlet>[^,;:!?“”\"]{{2,80}}?)(?:,\s*|\s+[–—-]\s+|\s*\(\s*)(?P<date>{_DATE})\)?(?P<rest>.*)$",
    re.IGNORECASE,
)
# `Source: Reuters` with no date: the outlet is known, its date is not
_SOURCE_NAME_ONLY = re.compile(r"^Source\s*:\s*(?P<outlet>[A-Z][^,;:!?“”\"]{1,60})$")
# `Source: Global Times, June 2`: the outlet is known, the year of its date is not
_SOURCE_NO_YEAR = re.compile(
    rf"^Sources?\s*:\s*(?P<outlet>[A-Z][^,;:!?“”\"]{{1,60}}),\s*(?:{_MONTH_RE})\.?\s+\d{{1,2}}$", re.IGNORECASE
)
# `Source: Reuters; Bloomberg, May 31, 2023`: outlets of one date, joined for `_SOURCE_ITEM` by a
# character no outlet name holds, then split again
_OUTLETS_JOINED = re.compile(r"\s*;\s*(?=[A-Z])")
_JOIN = "\x1f"
_SOURCES_HEADER = re.compile(r"^Sources?\s*:\s*$", re.IGNORECASE)
_URL_LINE = re.compile(r"^(?:URL:\s*)?(?P<url>https?://\S+)$", re.IGNORECASE)
_PAGE_HEADER = re.compile(
    r"^(?:Skip to (?:main )?content|All posts by .{1,60}|.{1,60}\s-\s\d+\.\s*page)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Outlet:
    """One outlet credited on an article's source line."""

    name: str
    published: date | None
    url: str | None = None
    position: int = 1


@dataclass(frozen=True)
class Article:
    """One article of a page; offsets index the page text."""

    headline: str
    headline_start: int
    body_start: int
    body_end: int
    outlets: tuple[Outlet, ...] = ()
    warnings: tuple[str, ...] = ()
    url: str | None = None  # a URL printed with no source line: the outlet is unknown

    @property
    def published(self) -> date | None:
        """The date of the first outlet that has one: what relative periods resolve against."""
        return next((o.published for o in self.outlets if o.published), None)


@dataclass(frozen=True)
class Page:
    """A page file read and split: its text, articles and page-level warnings."""

    path: str
    text: str
    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return Path(self.path).name


def parse_date(text: str) -> tuple[date | None, str | None]:
    """Read ``Month D, YYYY`` (or ``D Month YYYY``, ``YYYY-MM-DD``); return the date and a warning when
    it had to be repaired.

    >>> parse_date("July 31, 2024"), parse_date("12 March 2024")[0], parse_date("2024-06-03")[0]
    ((datetime.date(2024, 7, 31), None), datetime.date(2024, 3, 12), datetime.date(2024, 6, 3))
    >>> parse_date("May 302, 2023")[0]
    datetime.date(2023, 5, 30)
    """
    m = _DATE_PARTS.search(text)
    if not m:
        return None, f"no date in {text!r}"
    if m["year3"]:
        try:
            return date(int(m["year3"]), int(m["month3"]), int(m["day3"])), None
        except ValueError:
            return None, f"malformed date {m[0]!r} ignored"
    month = _MONTHS[(m["month"] or m["month2"]).lower()]
    year, day = int(m["year"] or m["year2"]), m["day"] or m["day2"]
    # A day with a stray third digit (`302`) is read as its valid two-digit prefix, with a
    # warning; an impossible two-digit day (`February 30`) is not guessed at.
    for digits in range(len(day), 1 if len(day) > 2 else len(day) - 1, -1):
        try:
            found = date(year, month, int(day[:digits]))
        except ValueError:
            continue
        if digits == len(day):
            return found, None
        return found, f"malformed date {m[0]!r} read as {found.isoformat()}"
    return None, f"malformed date {m[0]!r} ignored"


@dataclass
class _Block:
    """Lines of one article while it is being assembled."""

    lines: list[tuple[int, str]] = field(default_factory=list)
    outlets: list[Outlet] = field(default_factory=list)
    url: str | None = None
    warnings: list[str] = field(default_factory=list)
    in_sources: bool = False


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines with the offset of their first non-space character."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            yield offset + (len(raw) - len(raw.lstrip())), stripped
        offset += len(raw)


def _outlets(line: str, position: int, in_sources: bool) -> tuple[list[Outlet], list[str]] | None:
    """The outlets a source line credits (`Source: Reuters; Bloomberg, May 31, 2023` credits two, of one
    date), with warnings about what in it could not be read; None if it is no source line."""
    credited = in_sources or line[:6].lower() == "source"
    m = _SOURCE_ITEM.match(_OUTLETS_JOINED.sub(_JOIN, line) if credited else line)
    if not m:
        named = _SOURCE_NAME_ONLY.match(line) or _SOURCE_NO_YEAR.match(line)
        if named is None:
            return None
        missing = "source line has no date" if named.re is _SOURCE_NAME_ONLY else "source date has no year"
        return [Outlet(named["outlet"].strip(), None, None, position)], [missing]
    if not credited and len(m["rest"]) > 60:
        return None  # a body sentence that opens with `Place, Month D, YYYY`
    published, problem = parse_date(m["date"])
    warnings = [problem] if problem else []
    rest = m["rest"].strip(" ,;" + _JOIN)
    url = None
    if rest:
        second = _DATE_PARTS.match(rest)
        if second:
            warnings.append(f"second date {second[0]!r} on source line ignored; using the first")
        elif _URL_LINE.match(rest):
            url = rest
        else:
            warnings.append(f"text after the date on source line ignored: {rest[:40]!r}")
    names = [name.strip() for name in m["outlet"].split(_JOIN)]
    return [Outlet(name, published, url, position + i) for i, name in enumerate(names) if name], warnings


def _finish(block: _Block) -> Article | None:
    if not block.lines:
        return None
    (head_start, headline), body = block.lines[0], block.lines[1:]
    warnings = list(block.warnings)
    if not body:
        warnings.append("headline with no body (page cut off?)")
        body_start = body_end = head_start + len(headline)
    else:
        body_start = body[0][0]
        body_end = body[-1][0] + len(body[-1][1])
    if not block.outlets:
        warnings.append("URL with no source line; outlet unknown" if block.url else "no source line")
    return Article(
        headline, head_start, body_start, body_end, tuple(block.outlets), tuple(warnings), block.url
    )


def split_articles(text: str) -> list[Article]:
    """Split page text into articles.

    A source block (``Source:`` lines, ``Sources:`` items, numbered or bare
    outlet lines, URL lines) closes the article above it; the next ordinary
    line starts a new one with its headline.
    """
    articles: list[Article] = []
    block = _Block()
    for offset, line in _lines(text):
        if not block.lines and not articles and _PAGE_HEADER.match(line):
            continue
        url = _URL_LINE.match(line)
        if url and block.lines:
            if block.outlets and block.outlets[-1].url is None:
                block.outlets[-1] = replace(block.outlets[-1], url=url["url"])
            elif not block.outlets:
                block.url = url["url"]
            block.in_sources = True
            continue
        if _SOURCES_HEADER.match(line) and block.lines:
            block.in_sources = True
            continue
        if block.lines and len(block.lines) > 1 or block.in_sources:
            found = _outlets(line, len(block.outlets) + 1, block.in_sources)
            if found:
                outlets, warnings = found
                block.outlets.extend(outlets)
                block.warnings.extend(warnings)
                block.in_sources = True
                continue
        if block.in_sources:
            article = _finish(block)
            if article:
                articles.append(article)
            block = _Block()
        block.lines.append((offset, line))
    article = _finish(block)
    if article:
        articles.append(article)
    return articles


# Pages that are not UTF-8 are decoded only as one of these, and only when
# charset-normalizer finds the result clean: a wrong guess would corrupt every claim.
_FALLBACK_ENCODINGS = {"cp1252": "Windows-1252", "gb18030": "GB18030"}
_MAX_CHAOS = 0.2
DEFAULT_MAX_BYTES = 20_000_000


def read_page(path: str | Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> tuple[str, tuple[str, ...]]:
    """Read a page file as text; return it with any warnings about how it was decoded.

    Refuses (``PageError``) a missing, empty, binary or oversized file, and text
    that is neither UTF-8 nor cleanly Windows-1252 or GB18030.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise PageError(str(p), f"page is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit "
                                    "(raise it with --max-size)")
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise PageError(str(p), "no such file") from exc
    except OSError as exc:
        raise PageError(str(p), exc.strerror or "cannot be read") from exc
    if not data.strip():
        raise PageError(str(p), "empty file")
    if b"\x00" in data:
        raise PageError(str(p), "binary file (contains NUL bytes)")
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = from_bytes(data, cp_isolation=list(_FALLBACK_ENCODINGS)).best()
        if guess is None or guess.chaos > _MAX_CHAOS:
            raise PageError(str(p), f"not UTF-8 text (byte {exc.start}), nor clean Windows-1252 or GB18030") from exc
        text = str(guess)
        warnings = (f"not UTF-8: decoded as {_FALLBACK_ENCODINGS[guess.encoding]}",)
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


def parse_page(path: str | Path, text: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Page:
    """Read (unless ``text`` is given) and split one page file.

    A page in which no article with a body can be recognised is refused with ``PageError``.
    """
    decoding: tuple[str, ...] = ()
    if text is None:
        text, decoding = read_page(path, max_bytes)
    articles = split_articles(text)
    # headlines alone (a cut-off page keeps its last one) do not make a page of articles
    if not any(a.body_end > a.body_start for a in articles):
        raise PageError(str(path), "no articles found (no headline followed by text)")
    return Page(str(path), text, tuple(articles), decoding)
