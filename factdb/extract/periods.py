"""Time references in a sentence, resolved to period labels.

Labels: ``YYYY``, ``YYYY-Hn``, ``YYYY-Qn``, ``YYYY-MM``, ``YYYY-MM-DD``. Months and
days written without a year and deictic phrases (``this June``, ``last year``)
are completed from the article's publication date, the way a reader would.
Spans of several days get the smallest enclosing month, quarter, half or year,
and a span across a year boundary has no single period (label ``None``).
Comparison bases (``from June``, ``the same period in 2023``, ``year-on-year``,
``the previous year``) are kept apart from the period itself; the relative ones
are resolved against the claim's own period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache

__all__ = [
    "COMPARED_WITH",
    "HOLIDAY",
    "SHOPPING_DAYS",
    "PeriodMention",
    "Role",
    "choose_period",
    "compared_label",
    "context_label",
    "enclosing_label",
    "find_periods",
    "in_quarter",
    "label_span",
    "names_holiday",
    "period_range",
    "shift_label",
    "step_label",
]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_MONTHS["sept"] = 9
_MON = (
    r"(?<!Long\s)(?:"  # (not the `Long March` rockets)
    + "|".join(sorted((m for m in calendar.month_name if m), key=len, reverse=True))
    + "|"
    + "|".join(
        rf"{m}\.?"
        for m in sorted((*(a for a in calendar.month_abbr if a), "Sept"), key=len, reverse=True)
    )
    + r")(?![a-z])"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_DASH = r"\s*(?:–|—|-|to|through|until|and)\s*"
# the words that name what a figure is compared with, a period (`from June`) or a figure (`from 4.2%`)
COMPARED_WITH = r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against)"
_COMPARE = re.compile(
    rf"(?:{COMPARED_WITH}|\bthan(?:\s+(?:in|during|for))?|\brelative\s+to|\bbelow|\babove"
    # `twice the amount spent in 2023`, `triple the level of 2019`: the base a multiple is of
    r"|\b(?:twice|double|triple|half|times)\s+(?:the|its|their)\s+(?:amount|level|number|figure|total|sum)(?:\s+[a-z]+)?"
    r"(?:\s+(?:in|of|during))?"
    r"|\b(?:twice|double|triple|times)\s+(?:its|their|the)"  # `more than four times its 2022 total`
    r"|\bas\s+(?:many|much|high|large|big)\s+as(?:\s+(?:in|during|for))?)\s+"  # `twice as many as in 2023`
    r"(?:(?:the|its|their|that\s+of|those\s+of|levels?\s+(?:of|in)|(?:end|start|beginning|close|whole|rest)\s+of|all\s+of"
    # `fallen 21 percent from their peak in 2021`, `up 9.7 percent from the daily average in October`
    r"|(?:peak|high|low|record|(?:(?:daily|weekly|monthly|annual)\s+)?average)\s+(?:in|of|for))\s+)*$",
    re.IGNORECASE,
)
_NOT_THE_FIGURES = re.compile(
    r"\b(?:for\s+the\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time"
    # `cut deposit rates on Friday, the third such move this year`: how often, not when the figures are
    r"|\bthe\s+(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+(?:such\s+)?(?:[a-z]+\s+)?"
    r"(?:move|cut|hike|increase|reduction|round)"
    r"|(?:tax\s+)?(?:cuts|measures|policies|reforms|rules)\s+(?:from|of))\s+$",
    re.IGNORECASE,
)
_SHARE_OF = r"(?:percent|per\s+cent|%|half|third|quarter)\s+of\s+(?:the|its|their)\s+"
_YARDSTICK = r"(?:levels?|peak|highs?)"
_SHARE_OF_THE = re.compile(rf"{_SHARE_OF}$", re.IGNORECASE)
_LEVEL_AFTER = re.compile(rf"\s+{_YARDSTICK}\b")
# `79 per cent of the level of 2019`: the same yardstick, its year after it
_SHARE_OF_LEVEL = re.compile(rf"{_SHARE_OF}{_YARDSTICK}\s+(?:of|in)\s+$", re.IGNORECASE)
# `would cut the ratio by 50 basis points from September 27`: the day a decision takes effect, no base
_STARTING = re.compile(r"\b(?:from|effective|starting|beginning)\s+$")
_TAKES_EFFECT = re.compile(  # `will raise it to 2,540 yuan from`, `was raised by 20 yuan to 123 yuan from`
    r"\b(?:(?:will|would|shall)\s+(?!not\b)|(?:was|were|is|are|been)\s+(?:raised|increased|lifted|cut|lowered|reduced|"
    r"adjusted|set)\b)(?:[^,;]|,(?=\d))*$"
)
# `up 20% on 2019`, `a rise on last year`, `an increase of 7.2% over last year`: a base, with a year
# (`up 5% on July 3` is when; `rose 5% over the past year` is the span the rise took)
_COMPARE_ON = re.compile(
    r"\b(?:up|down|higher|lower|(?:rise|increase|gain|fall|drop|decline|jump)s?)\b(?:[^,;.]|\.\d){0,25}?\s+(?P<on>on|over)\s+"
    r"(?:the\s+)?$"
    r"|\bover\s+the\s+(?:end|close)\s+of\s+$",  # `an increase of 1.144 million over the end of 2022`
    re.IGNORECASE,
)
_FORECAST_FOR = re.compile(  # `its 2025 growth forecast`; `Revenue for 2025 is expected at`: the forecast's year
    r"(?:[’']s)?(?:\s+[a-z][\w-]*){0,3}\s+(?:forecasts?|targets?|quotas?|goals?|outlook|projections?|estimates?|budget|guidance"
    r"|(?:is|are)\s+(?:expected|forecast|projected|seen|estimated|predicted)\s+(?:at|to)\b)\b"
)
_OPEN = re.compile(  # `since 2014`; `since the peak in 2021`; `Since the crackdown began in July 2015`
    r"(?:\bsince|\bstarting\s+(?:in|from)|\bbeginning\s+in|\bever\s+since)\s+(?:the\s+)?"
    r"(?:(?:its\s+|their\s+)?(?:peak|start|beginning|end|low|high|outbreak|launch|record)\s+(?:in|of)\s+(?:the\s+)?"
    r"|(?:[\w\-“”\"’'()]+\s+){1,4}(?:began|started|broke\s+out|took\s+effect|opened|ran|went\s+into\s+(?:service|operation)|(?:was|were)\s+(?:first\s+)?(?:launched|introduced|imposed|declared|detected|confirmed|reported))"
    r"\s+(?:in|on|at\s+the\s+(?:end|start|beginning)\s+of)\s+"  # (`Since the schemes were launched at the end of 2022`)
    r"|(?:his|her|their|its)\s+[\w\-]+\s+(?:in|on)\s+"  # `since his arrest in January 2014`
    # `since Todd Boehly’s consortium bought it in May 2022`
    r"|(?:[\w’'\-]+\s+){1,5}?(?:bought|acquired|took\s+(?:over|office|power)|came\s+to\s+power|joined)\s+"
    r"(?:it\s+|them\s+|the\s+[\w\-]+\s+)?(?:in|on)\s+"
    # `Since President Xi Jinping launched his anti-corruption campaign in 2012`
    r"|(?:[\w’'\-]+\s+){1,5}?(?:launched|started|began|introduced|opened)\s+(?:his|her|their|its|the|a|an)\s+"
    r"(?:[\w’'\-]+\s+){0,3}?(?:in|on)\s+"
    # `since the launch of the Top Talent Pass Scheme in December 2022`
    r"|(?:launch|start|beginning|outbreak|introduction|opening|founding|creation)\s+of\s+(?:the\s+|its\s+)?"
    r"(?:[\w’'\-]+\s+){1,6}?(?:in|on)\s+"
    r"|(?:early|late|mid)[\s-]+"  # `since mid-March`
    r"|(?:his|her|their|its)\s+)?$",  # `since its 2020 launch`
    re.IGNORECASE,
)
# `the fiscal year ended March 31`: the date closes a reporting period, which is the period meant
# (`the full year through March 2025`: a company's reporting year too)
_SINCE_THE_START = re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+$", re.IGNORECASE)
_PERIOD_ENDED = re.compile(
    r"\b(?P<fiscal>(?:fiscal|financial|full)[\s-]+)?"
    r"(?P<span>year|twelve\s+months|12\s+months|quarter|three\s+months|3\s+months|half|six\s+months|6\s+months|week"
    r"|13\s+weeks|thirteen\s+weeks|26\s+weeks|52\s+weeks)"  # a retailer's quarter, half and year
    # `the 12 months ending in April`, `the 12 months to the end of March`
    r"\s+(?:(?P<closed>ended|ending|that\s+ended)|through|to)\s+(?:on\s+|in\s+|the\s+end\s+of\s+)?(?:mid-)?$",  # `to mid-July`
    re.IGNORECASE,
)
_WEEKS_AS = {"13": "quarter", "thirteen": "quarter", "26": "half", "52": "year"}  # `the 13 weeks to December 28`
_QUARTER_AFTER = re.compile(r"\s+quarter\b", re.IGNORECASE)
_TARGET_REACH = 5  # characters from a time to a target right after it (`this year to`)
_SINCE_REACH = 30  # characters from a change to the year of the open-ended start that is its base
_BY = re.compile(  # `until the end of September`; `starting July 1, the wage will be raised`: when a plan takes effect
    # (`stay above 18 yuan through the end of the year`: to then)
    r"\b(?:by|until|till|through\s+(?=the\s+end\s+of)|(?:starting|effective|beginning)(?:\s+on|\s+from)?)\s+"
    r"(?:the\s+end\s+of\s+|end-)?(?:the\s+)?$",
    re.IGNORECASE,
)
_FRAMES_SENTENCE = re.compile(r"(?:For|In)\s+(?:the\s+)?")  # `For 2025, ...`, `In 2025 the company expects`
_LABEL = re.compile(r"^(\d{4})(?:-(?:(H[12])|(Q[1-4])|(\d{2})(?:-(\d{2}))?))?$")


class Role(Enum):
    """What a time reference does for the quantities around it."""

    PERIOD = "period"  # the time a value refers to
    BY = "by"  # a deadline (`by 2025`): the period of a target
    COMPARED = "compared"  # the base of a change (`from June`)
    OPEN = "open"  # an open-ended start (`since 2014`): no single period


@dataclass(frozen=True)
class PeriodMention:
    """A time reference in a sentence; offsets index the sentence text.

    ``label`` is ``None`` for a span without a single period, and for a
    comparison resolved only against the claim's period (``years_back``,
    ``same_year`` for `the same period in 2023`, ``periods_back`` for `the
    previous quarter`).
    """

    start: int
    end: int
    label: str | None
    role: Role
    years_back: int = 0
    same_year: int | None = None
    periods_back: int = 0  # `the previous quarter`: the claim's own period, one step back
    months_back: int = 0  # `three months earlier`: the claim's own period, moved back that many months
    days_back: int = 0  # `two weeks earlier`: a day's figure, on the day that many days before
    deictic: bool = False  # `last month`: the sentence is about `this month`
    ahead: str | None = None  # a month with no year (`by the end of June`) as a target's: the one to come
    owned: bool = False  # `October’s 5.3 percent`, `88 percent of the 2019 level`: of the figure it owns, no figure before
    years: tuple[str, str] | None = None  # `doubled between 1990 and 2022`: a change over them, of the last on the first
    # `from the previous quarter`, `the same quarter a year ago`: quarters, whatever the figure's own time names
    quarterly: bool = False


@lru_cache(maxsize=4096)
def period_range(label: str) -> tuple[date, date]:
    """First and last day of a period label.

    >>> period_range("2024-Q2")
    (datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    """
    first = _first_day(label)
    label = label.strip().upper()
    if len(label) == 4:
        return first, date(first.year, 12, 31)
    if len(label) == 10:
        return first, first
    months = {"H": 6, "Q": 3}.get(label[5], 1)
    return first, _add_months(first, months) - timedelta(days=1)


def _first_day(label: str) -> date:
    """The first day of a period label; ValueError for anything else."""
    m = _LABEL.match(label.strip().upper())
    if not m:
        raise ValueError(f"not a period label: {label!r}")
    year = int(m[1])
    if m[2]:
        return date(year, 1 if m[2] == "H1" else 7, 1)
    if m[3]:
        return date(year, 3 * int(m[3][1]) - 2, 1)
    if m[4]:
        month = int(m[4])
        if not 1 <= month <= 12:
            raise ValueError(f"not a period label: {label!r}")
        return date(year, month, int(m[5]) if m[5] else 1)
    return date(year, 1, 1)


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, the day capped at the month's length (Jan 31 + 1 = Feb 29)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def enclosing_label(first: date, last: date) -> str | None:
    """The smallest period label that holds both days, or None across a year boundary.

    >>> enclosing_label(date(2019, 2, 25), date(2019, 3, 3))
    '2019-Q1'
    """
    if first.year != last.year:
        return None
    if first == last:
        return first.isoformat()
    if first.month == last.month:
        return f"{first.year}-{first.month:02d}"
    if (first.month - 1) // 3 == (last.month - 1) // 3:
        return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
    if (first.month <= 6) == (last.month <= 6):
        return f"{first.year}-H{1 if first.month <= 6 else 2}"
    return str(first.year)


def shift_label(label: str, years: int = 0, months: int = 0) -> str:
    """The same kind of period moved by whole years or months.

    >>> shift_label("2024-01", months=-1), shift_label("2024-Q1", months=-3)
    ('2023-12', '2023-Q4')
    """
    moved = _add_months(_first_day(label), 12 * years + months)
    if len(label) == 4:
        return f"{moved.year:04d}"
    if label[5] == "Q":
        return f"{moved.year:04d}-Q{(moved.month - 1) // 3 + 1}"
    if label[5] == "H":
        return f"{moved.year:04d}-H{1 if moved.month <= 6 else 2}"
    if len(label) == 7:
        return f"{moved.year:04d}-{moved.month:02d}"
    return moved.isoformat()


def _month_day(month: str, day: str, year: int | None) -> date | None:
    if year is None:
        return None
    try:
        return date(year, _MONTHS[month.lower().rstrip(".")], int(day))
    except ValueError:
        return None


def _month_ahead(name: str, published: date) -> str:
    """The next month called ``name`` from publication on: what a deadline without a year means."""
    month = _MONTHS[name.lower().rstrip(".")]
    return f"{published.year + (month < published.month)}-{month:02d}"


def _part_ahead(label: str, published: date) -> str:
    """The next quarter or half (``label``'s) that has not ended by publication: what a plan for it means."""
    part = label[-2:]
    last_month = 3 * int(part[1]) if part[0] == "Q" else 6 * int(part[1])
    return f"{published.year + (last_month < published.month)}-{part}"


def _day_ahead(month: str, day: str, published: date) -> str | None:
    """The next day called ``month`` ``day`` from publication on: the date a plan names without a year."""
    found = _month_day(month, day, published.year)
    if found is not None and found < published:
        found = _month_day(month, day, published.year + 1)
    return found.isoformat() if found else None


def _bare_year(month: int, published: date | None, months: int = 1) -> int | None:
    """The year of a month (or of the period it begins) named without one: the latest begun by publication;
    of a span of ``months``, the latest a month old by then (`the first half` on January 10 is last year's:
    the new one has no figures yet)."""
    if published is None:
        return None
    year = published.year if month <= published.month else published.year - 1
    if months > 1 and (published - date(year, month, 1)).days < 30:
        year -= 1
    return year


def _day_range(m: re.Match[str], published: date | None) -> str | None:
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if m["y1"] else y2
    if y1 is None:
        y1 = y2 = _bare_year(_MONTHS[m["m1"].lower().rstrip(".")], published)
    first = _month_day(m["m1"], m["d1"], y1)
    last = _month_day(m["m2"] or m["m1"], m["d2"], y2)
    return enclosing_label(first, last) if first and last and first <= last else None


def _month_range(m: re.Match[str], published: date | None) -> str | None:
    m1, m2 = (_MONTHS[m[k].lower().rstrip(".")] for k in ("m1", "m2"))
    if m["y2"]:
        y2 = int(m["y2"])
        y1 = int(m["y1"]) if m["y1"] else y2
    else:  # `between May and August` in July: a span that began this May ends this August, though August is to come
        start_year = int(m["y1"]) if m["y1"] else _bare_year(m1, published)
        if start_year is None:
            return None
        y1, y2 = start_year, start_year + (m2 < m1)
    first, last = date(y1, m1, 1), _add_months(date(y2, m2, 1), 1) - timedelta(days=1)
    return enclosing_label(first, last) if first <= last else None


def _day(m: re.Match[str], published: date | None) -> str | None:
    month = _MONTHS[m["m"].lower().rstrip(".")]
    year = int(m["y"]) if m["y"] else _bare_year(month, published)
    found = _month_day(m["m"], m["d"], year)
    return found.isoformat() if found else None


def _month_day_only(day: int, published: date | None) -> str | None:
    """`the 14th` in a page of 2024-10-15 -> 2024-10-14; `the 30th` in one of 2023-05-02 -> 2023-04-30."""
    if published is None or not 1 <= day <= 31:
        return None
    month = published.replace(day=1)
    if day > published.day:
        month = (month - timedelta(days=1)).replace(day=1)
    try:
        return month.replace(day=day).isoformat()
    except ValueError:
        return None  # `the 31st` the month before a 30-day month's publication: no such day


def _month(m: re.Match[str], published: date | None) -> str | None:
    month = _MONTHS[m["m"].lower().rstrip(".")]
    year = int(m["y"]) if m["y"] else None
    if year is None and (m["rel"] or m["yrel"]):
        if published is None:
            return None
        rel = (m["rel"] or m["yrel"]).lower()
        year = published.year - (1 if rel == "last" else 0) + (1 if rel == "next" else 0)
    elif year is None:
        year = _bare_year(month, published)
    return f"{year}-{month:02d}" if year else None


_MONTH_COUNTS = {w: i for i, w in enumerate("two three four five six seven eight nine ten eleven".split(), 2)}


def _first_months(m: re.Match[str], published: date | None) -> str | None:
    """`the first ten months of 2024`, `the first three quarters`, `the first six weeks of 2024`: the
    smallest period holding them (GUIDELINES: enclosing)."""
    n = int(m["n"]) if m["n"].isdigit() else _MONTH_COUNTS[m["n"].lower()]
    unit = m["unit"].lower()
    n = n * 3 if unit == "quarters" else -(-n * 7 // 31) if unit == "weeks" else n  # weeks: the months they reach
    year = _named_year(m, 1, published, n)
    if year is None:
        return None
    return f"{year}-Q1" if n <= 3 else f"{year}-H1" if n <= 6 else str(year)


def _half(m: re.Match[str], published: date | None) -> str | None:
    n = m["h"] or ("1" if (m["hw"] or "").lower() in ("first", "1st") else "2")
    year = _named_year(m, 1 if n == "1" else 7, published, 6)
    return f"{year}-H{n}" if year else None


def _quarter(m: re.Match[str], published: date | None) -> str | None:
    """`the fourth quarter` in an article of January 2024 is 2023-Q4: the latest begun by then."""
    word = (m["qw"] or m["qe"] or "").lower()
    n = m["q"] or ("4" if word in ("last", "final") else str(_ORD.get(word, 0)))
    if m["qm"]:
        n = str(("January", "April", "July", "October").index(m["qm"]) + 1)
    if n == "0":
        return None
    year = _named_year(m, 3 * int(n) - 2, published, 3)
    return f"{year}-Q{n}" if year else None


def _named_year(m: re.Match[str], month: int, published: date | None, months: int) -> str | int | None:
    """The year of a part of a year starting in ``month``: written (`of 2024`), this or last year's
    (`the first half of last year`), else the latest begun by publication."""
    rel = (m["yrel"] or "").lower()
    if rel and published is not None:
        return published.year - (rel == "last")
    return m["y"] or _bare_year(month, published, months)


_POSSESSED_READING = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?\d")
_OVER_THE = re.compile(r"\b(?:over|during|in)\s+the\s+$", re.IGNORECASE)


def _deictic(m: re.Match[str], published: date | None) -> str | None:
    if published is None:
        return None
    if m["ytd"] or m["soy"]:
        return str(published.year)  # `year-to-date`: this year so far
    if m["full"]:
        return None  # `full-year profit` may be last year's results; only a goal is this year's (`ahead`)
    if m["eoy"] or m["yearend"]:  # `by the end of the year`: this year's for a goal (`ahead`); a reading's, early in a year, the
        return str(published.year - 1) if published.month <= 3 else None  # year just ended, later the one named
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
    if m["unit"].lower() == "week":  # `last week`: Monday to Sunday, in the smallest period that holds them
        rel = m["rel"].lower()
        if rel == "past":
            return enclosing_label(published - timedelta(days=6), published)  # the seven days to publication
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step[rel])
        return enclosing_label(monday, monday + timedelta(days=6))
    now = {
        "year": str(published.year),
        "month": f"{published.year}-{published.month:02d}",
        "quarter": f"{published.year}-Q{(published.month - 1) // 3 + 1}",
    }[m["unit"].lower()]
    return step_label(now, step[m["rel"].lower()])


_WEEKDAYS = tuple(calendar.day_name)  # Monday first, as `date.weekday()` counts
_CLOCK = r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm|GMT)"
# a verb that says when a figure was made public, not when it happened (`said on Friday`)
_ANNOUNCED_WORDS = (
    # (`added 40 entities to its list on Monday` adds things, as `he added` does not)
    r"\b(?:said|says|showed|shows|reported|announced|released|published|told|confirmed|stated|submitted|"
    r"added(?!\s+(?:\d|a\s|an\s|the\s|its\s|more\b|another\b|about\b|nearly\b|some\b|over\b))|"
    r"unveiled|presented|delivered|issued|posted)\b"
)
# `said on Friday`, `a study published in the BMJ on Wednesday`; not `said that four ships entered ... on the 14th`
_DAY_WINDOW = re.compile(rf"\b24\s+hours\s+(?:to|until|ending(?:\s+at)?)\s+{_CLOCK}(?!\s+(?:on|local))")
_ANNOUNCED = re.compile(_ANNOUNCED_WORDS + r"(?!\s+that\b)[^,.;]{0,85}$")
# a weekday is a report's day past figures too: `reported revenue of 92.5 billion yuan on Monday` (a date may
# close the period reported: `reported revenue of 236.5 billion yuan for the three months ended September 30`)
_ANNOUNCED_WEEKDAY = re.compile(_ANNOUNCED_WORDS + r"(?!\s+that\b)(?:[^,.;]|[.,](?=\d)){0,85}$")
# (not `following a 24 percent drop in August`: a figure of that time)
_AFTER_EVENT = re.compile(  # (`had sales of 50 million yuan before his detention in 2018`: the same)
    r"\b(?:after|following|before)\s+(?:a|an|the|his|her|its|their)\s+(?:[^\W\d][\w\-]*\s+){1,3}in\s+$"
)
# `during the campaign launched in April, it had cleaned up 1.4 million pieces`: a span that starts then
_LAUNCHED = re.compile(
    r"\b(?:campaign|operation|crackdown|program(?:me)?|drive|initiative|scheme|project)\s+(?:(?:that|which)\s+was\s+)?"
    r"(?:launched|started|begun|kicked\s+off|initiated|introduced|announced|unveiled|approved|rolled\s+out)\s+(?:in\s+|on\s+)?$"
)
_SPAN_BOUND = re.compile(r",\s+(?:which|that)\s+(?:ended|ends|began|begins|started|starts)\s+(?:on\s+|in\s+)?$")
_BACK_TO = re.compile(r"\bback\s+(?:as\s+far\s+as|to)\s+$")
_ANNOUNCING = re.compile(  # (`according to a report by Caixin on November 26`)
    r"\b(?:(?:press|news)\s+conference|briefing|statement|speech|interview|report)(?:\s+by\s+[A-Z][\w&.’'-]*"
    r"(?:\s+[A-Z][\w&.’'-]*){0,3})?\s+(?:on\s+)?$|,\s+dated\s+$"
)
# The public holidays of China that its news counts by (`box office takings during the eight-day Spring
# Festival holiday`), each with the names python-holidays gives its days in its calendar of China.
HOLIDAY = re.compile(
    r"\b(?P<h>Spring\s+Festival|(?:Lunar|Chinese)\s+New\s+Year|National\s+Day|May\s+Day|Labou?r\s+Day|"
    r"Dragon\s+Boat\s+Festival|Mid-Autumn\s+Festival|Qingming(?:\s+Festival)?|Tomb-Sweeping\s+Day|Golden\s+Week)\b"
    r"(?!\s+(?:[Gg]ala|[Pp]arade|[Cc]oncert|[Ss]how)\b)"  # `the Spring Festival Gala` is a show, not the holiday
)
_HOLIDAY_DAYS = {
    "spring festival": ("Chinese New Year",),
    "lunar new year": ("Chinese New Year",),
    "chinese new year": ("Chinese New Year",),
    "national day": ("National Day",),
    "may day": ("Labor Day",),
    "labor day": ("Labor Day",),
    "labour day": ("Labor Day",),
    "dragon boat festival": ("Dragon Boat Festival",),
    "mid-autumn festival": ("Mid-Autumn Festival",),
    "qingming": ("Tomb-Sweeping Day",),
    "qingming festival": ("Tomb-Sweeping Day",),
    "tomb-sweeping day": ("Tomb-Sweeping Day",),
    "golden week": ("National Day", "Labor Day"),  # the week-long breaks of October and May
}
# the U.S. days around Thanksgiving (the fourth Thursday of November) that retail news counts sales by
SHOPPING_DAYS = r"(?:Thanksgiving(?:\s+Day)?|Black\s+Friday|Cyber\s+Monday)"
SHOPPING_DAY = re.compile(rf"\b(?P<sd>{SHOPPING_DAYS})\b")


_AFTER_THANKSGIVING = {"thanksgiving": 0, "thanksgiving day": 0, "black friday": 1, "cyber monday": 4}


def names_holiday(text: str) -> bool:
    """Whether ``text`` may name a holiday or a shopping day: a cheap test before the patterns."""
    return _names_festival(text) or _names_shopping_day(text)


def _names_festival(text: str) -> bool:
    return (
        ("Day" in text or "Festival" in text or "New Year" in text or "Golden Week" in text or "Qingming" in text)
        and HOLIDAY.search(text) is not None
    )


def _names_shopping_day(text: str) -> bool:
    return ("Friday" in text or "Monday" in text or "Thanksgiving" in text) and SHOPPING_DAY.search(text) is not None


def _shopping_day(name: str, year: int) -> date:
    """The date of Thanksgiving, Black Friday or Cyber Monday in ``year``."""
    first = date(year, 11, 1)
    thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thanksgiving + timedelta(days=_AFTER_THANKSGIVING[" ".join(name.lower().split())])


def _shopping_label(m: re.Match[str], published: date | None, ahead: bool = False) -> str | None:
    """The shopping day last past by the publication date (or the next, for a forecast), or the year's named."""
    if published is None:
        return None
    rel = (m["rel"] or "").lower()
    if rel:
        return _shopping_day(m["sd"], published.year + {"last": -1, "next": 1}.get(rel, 0)).isoformat()
    day = _shopping_day(m["sd"], published.year)
    if ahead:
        return (day if day >= published else _shopping_day(m["sd"], published.year + 1)).isoformat()
    return (day if day <= published else _shopping_day(m["sd"], published.year - 1)).isoformat()


# Patterns in priority order; each consumes its span so later ones cannot reuse it.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            rf"\b(?:(?P<rel>this|last|next)\s+year[’']s\s+)?(?:the\s+)?(?:[\w-]+-day\s+)?{HOLIDAY.pattern}",
            re.IGNORECASE,
        ),
        "holiday",
    ),
    (
        re.compile(
            rf"(?:\bthe\s+)?\bsame\s+(?:period|month|quarter|time|half|day|week|season)\s+(?:of\s+|in\s+)?"
            rf"(?:(?P<y>{_YEAR})\b|last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year)",
            re.IGNORECASE,
        ),
        "same",
    ),
    (
        re.compile(
            r"(?<![\w-])on-year\b|"  # `rose 10.1 percent on-year`
            r"(?:(?<=%\s)|(?<=percent\s)|(?<=cent\s))over\s+the\s+year\b|"  # `Food prices climbed 4.9% over the year`
            r"\bon\s+an?\s+(?:annual|yearly|year-on-year)\s+basis\b|"  # `3.1% on an annual basis`
            r"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y/y|(?:from\s+)?(?:a|one)\s+year\s+"
            r"(?:earlier|ago|before)|(?:compared\s+(?:to|with)\s+)?(?:the\s+)?(?:previous|prior|preceding)"
            r"\s+year|the\s+year\s+before"
            r"|(?:(?P<years>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+years|(?P<decade>a\s+decade))"
            r"\s+(?:earlier|ago|before))\b",
            re.IGNORECASE,
        ),
        "yoy",
    ),
    (
        re.compile(
            r"(?<![\w-])on-(?:month|quarter)\b|"  # `fell 2.1 percent on-month`
            r"\b(?:(?P<unit>quarter|month)[- ](?:on|over)[- ](?P=unit)|q/q|m/m|sequentially|on\s+a\s+(?:quarterly|monthly)\s+basis|"
            # `rose 0.3 percent on the month`, `increased 0.3% for the month`, `fell 0.6 percent in the month` (not
            # `Revenue for the quarter slid`; `grew 4.4% in the quarter` may be on a year before, as the quarter's GDP)
            r"(?:(?<=%\s)in|(?<=percent\s)in|(?<=cent\s)in)\s+the\s+month\b(?!\s+(?:of|before|earlier|ago|to|ended|ending))|"
            r"(?:on|(?<=%\s)for|(?<=percent\s)for|(?<=cent\s)for)\s+the\s+(?:month|quarter)(?!\s+(?:of|before|earlier|ago|to|ended|ending))|"
            # `fell 0.1 percent in December, the first monthly decline in two years`
            r"(?:monthly|quarterly)(?=\s+(?:declines?|drops?|falls?|rises?|gains?|increases?|decreases?|growth|contractions?)\b)|"
            r"^(?:monthly|quarterly)(?=\s+[a-z])|"  # `Monthly consumer prices rose 2.24 percent`: on the month before
            # `grew at an annualized rate of 4.9% in the third quarter`, `shrank an annualized 2.0%`: on the quarter before
            r"an?\s+annuali[sz]ed(?:\s+(?:rate|pace)|(?=\s+[\d.]+\s*(?:%|percent|per\s+cent)))|"
            r"(?:compared\s+(?:to|with)\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+(?:quarter|month|three\s+months)|"
            r"(?:a|one)\s+(?:quarter|month)\s+(?:earlier|ago|before)|the\s+(?:quarter|month)\s+before|"
            r"(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+(?:earlier|ago|before)|"
            r"(?P<weeks>two|three|four|[2-4])\s+weeks\s+(?:earlier|ago|before))\b",  # `three months earlier`, `two weeks ago`
            re.IGNORECASE,
        ),
        "step",
    ),
    (
        re.compile(
            rf"\b(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(?P<y1>{_YEAR}))?{_DASH}"
            rf"(?:(?P<m2>{_MON})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y2>{_YEAR})\b)?"
        ),
        "day_range",
    ),
    (
        re.compile(
            rf"\b(?:(?P<between>between)\s+)?(?P<m1>{_MON})(?:\s+(?P<y1>{_YEAR}))?"
            rf"\s*(?:–|—|-|to|through|(?(between)and|(?!))|and(?=\s+{_MON}\s+(?:combined|together)\b))\s*(?P<m2>{_MON})\b"
            rf"(?:,?\s*(?:of\s+)?(?P<y2>{_YEAR})\b)?"
        ),
        "month_range",  # `March to May`, `between April 2021 and July 2022`, `January and February combined`
    ),
    (
        re.compile(
            # (`inflated its revenue by 564 billion yuan in 2019 and 2020`: both years, of no single one)
            rf"\b(?:(?P<between>between)\s+|(?P<both>(?<=\bin\s)))?(?P<y1>{_YEAR})\s*"
            r"(?:–|—|-|to|through|(?(between)and|(?(both)and|(?!))))"
            rf"\s*(?P<y2>{_YEAR})\b"
        ),
        "year_range",
    ),  # `2019-2022`, `from 2019 to 2022`, `between 2019 and 2022`; not `in 2019 and 2022`
    (
        re.compile(
            rf"\b(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion))"
            rf"(?:,?\s*(?P<y>{_YEAR})\b)?|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MON})\s+(?P<y2>{_YEAR})\b"
        ),
        "day",
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])"
            # (not `the first three weeks of March`: of that month)
            rf"\s+(?P<unit>months|quarters|weeks)(?!\s+of\s+{_MON}\b)(?:\s+of)?"
            rf"(?:\s+(?:the|(?P<yrel>this|last))\s+year|\s+(?P<y>{_YEAR}))?\b",
            re.IGNORECASE,
        ),
        "first_months",
    ),
    (
        re.compile(
            # (not `the first half of November`: of the month, which is named after it)
            rf"\b(?:(?P<half>(?:the\s+)?(?P<hw>first|second|1st|2nd)[\s-]half(?!\s+of\s+(?:{_MON}|the\s+month)\b)|H(?P<h>[12]))"
            rf"(?:\s+of)?(?:\s+(?:the\s+|(?P<yrel>this|last)\s+)?(?:fiscal\s+)?year)?(?:,?\s+(?P<y>{_YEAR}))?|"
            rf"(?:the\s+)?(?:first|1st)\s+two\s+quarters(?:\s+of)?(?:\s+(?P<y2>{_YEAR}))?)\b",
            re.IGNORECASE,
        ),
        "half",
    ),
    (
        re.compile(
            # `the last quarter of 2023` is a fourth quarter; a bare `last quarter`, the one before now
            rf"\b(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th|"
            rf"last(?=\s+(?:fiscal\s+)?quarter\s+(?:of|{_YEAR}))|final)"
            rf"[\s-](?:fiscal\s+)?quarter)(?:\s+of)?(?:\s+(?:the\s+|(?P<yrel>this|last)\s+)?(?:fiscal\s+)?year)?"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b|"
            rf"\b(?P<y2>{_YEAR})\s*Q(?P<q2>[1-4])\b|"
            r"\b(?P<qm>January|April|July|October)[-–](?:March|June|September|December)\s+quarter\b|"  # `the April-June quarter`
            # `in the third quarter from 33.5 percent in the second`: a quarter named before, its word left out
            r"(?<=in )the\s+(?P<qe>first|second|third|fourth)(?=\s*(?:[,.;]|$))",
            re.IGNORECASE,
        ),
        "quarter",
    ),
    (
        re.compile(
            rf"\b(?:(?P<rel>this|last|next)\s+)?(?P<m>{_MON})(?!\s+\d{{1,2}}\b)"
            rf"(?:,?\s+(?:of\s+)?(?:(?P<y>{_YEAR})\b|this\s+year|(?P<yrel>last|next)\s+year\b))?"  # `July last year`
        ),
        "month",
    ),
    (  # `graduate this summer`, `higher than last summer's`, `in the spring of 2023` (not `this Spring Festival`)
        re.compile(
            r"\b(?P<rel>this|last|past|next|coming)\s+(?P<season>spring|summer|autumn|fall)\b(?!\s+[Ff]estival)"
            rf"|\b(?P<season2>spring|summer|autumn)\s+(?:of\s+)?(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
        "season",
    ),
    (
        re.compile(
            r"\b(?P<rel>this|current|last|past|previous|next|coming)\s+(?P<unit>year|month|quarter|week)\b"
            # so far this year (`since the start of the year`)
            r"|\b(?P<ytd>year[- ]to[- ]date|YTD)\b|(?:(?<=since\sthe\sstart\sof\s)|(?<=since\sthe\sbeginning\sof\s))the\s+(?P<soy>year)\b"
            # `its full-year target`: this year's, for a goal (not `the full year through March 2025`, the date's)
            r"|\b(?P<full>full[- ]year)\b(?!\s+(?:through|to|ending|ended)\s)"
            # `by the end of the year`, `to end the year at 24%`, `by year-end`: this one's
            r"|(?:(?<=end\sof\s)|(?<=\bend\s)|(?<=\bfinish\s))the\s+(?P<eoy>year)\b|(?<=by\s)(?P<yearend>year[- ]end)\b",
            re.IGNORECASE,
        ),
        "deictic",
    ),
    (
        re.compile(
            rf"(?<!\d[.,])\b(?:(?:fiscal|financial)\s+(?:year\s+)?(?P<y>{_YEAR})|FY\s?(?P<y2>{_YEAR})|FY(?P<yy>\d\d)|"  # (not `7.1876`)
            rf"(?P<y3>{_YEAR})(?:/\d\d)?(?:\s+fiscal\s+year)?)\b(?![-–]\d|\s*(?:%|percent))"
        ),
        "year",
    ),
    (
        # `entered the waters on the morning of the 14th`: a day of the month published, or of the one before
        re.compile(
            r"\b[Oo]n\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?(?P<nd>[1-3]?\d)(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|at|in|when|with|after|before|as|but|local|this|that)\b)"
        ),
        "month_day",
    ),
    (
        # `from 6 a.m. Thursday to 6 a.m. Friday`: the days of this week it spans
        re.compile(
            rf"\bfrom\s+(?:{_CLOCK}\s+)?(?:on\s+)?(?P<wd1>{'|'.join(_WEEKDAYS)})\s+(?:to|until|till|through)\s+"
            rf"(?:{_CLOCK}\s+)?(?:on\s+)?(?P<wd2>{'|'.join(_WEEKDAYS)})\b"
        ),
        "weekday_range",
    ),
    # `took in $205 million over the weekend`: the Saturday and Sunday last past (a Monday's `last weekend` too)
    (re.compile(r"\b(?:the|this|last|past)\s+weekend\b", re.IGNORECASE), "weekend"),
    # `the five days from Thanksgiving through Cyber Monday`: the days between
    (
        re.compile(
            rf"\bfrom\s+{SHOPPING_DAY.pattern}\s+(?:through|to|until)\s+(?P<sd2>{SHOPPING_DAYS})\b"
        ),
        "shopping_days",
    ),
    # `spent $10.8 billion online on Black Friday`: the day of the year's Thanksgiving week it names
    (re.compile(rf"\b(?:(?P<rel>this|last|next)\s+year[’']s\s+)?{SHOPPING_DAY.pattern}"), "shopping_day"),
    (
        # `arrested 12 people on Tuesday`: the day of that week, up to the publication date; not the day a
        # figure was announced (`said on Friday`)
        re.compile(
            # `won Saturday’s presidential election`: that day's too
            # `had burned 429,000 acres by Thursday morning`, `as of Monday`: the day a tally stood at
            rf"(?:\b(?:on|by|as\s+of)\s+(?P<wd>{'|'.join(_WEEKDAYS)})\b|\b(?P<wd2>{'|'.join(_WEEKDAYS)})[’']s\s+(?=[a-z]))"
            r"(?!,?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"  # a full date follows
        ),
        "weekday",
    ),
]


def _resolve(kind: str, m: re.Match[str], published: date | None) -> str | None:
    if kind == "day_range":
        return _day_range(m, published)
    if kind == "month_range":
        return _month_range(m, published)
    if kind == "day":
        if m["d2"]:
            found = _month_day(m["m2"], m["d2"], int(m["y2"]))
            return found.isoformat() if found else None
        return _day(m, published)
    if kind == "first_months":
        return _first_months(m, published)
    if kind == "half":
        return _half(m, published) if not m["y2"] else f"{m['y2']}-H1"
    if kind == "quarter":
        if "fiscal" in m[0].lower() or m.string[max(0, m.start() - 7) : m.start()].lower() == "fiscal ":
            return None  # `its fiscal second quarter`: the company's own calendar, which the text does not give
        return f"{m['y2']}-Q{m['q2']}" if m["y2"] else _quarter(m, published)
    if kind == "month":
        return _month(m, published)
    if kind == "deictic":
        return _deictic(m, published)
    if kind == "year":
        if "/" in m[0]:
            return None  # `the 2023/24 academic year`, `season`, `crop year`: a span across a year boundary, as `2023-24`
        return m["y"] or m["y2"] or m["y3"] or f"20{m['yy']}"  # `FY24`
    if kind == "weekday":
        return _weekday(m["wd"] or m["wd2"], published)
    if kind == "weekday_range":
        last = _weekday(m["wd2"], published)
        if last is None:
            return None
        end = date.fromisoformat(last)
        first = end - timedelta(days=(end.weekday() - _WEEKDAYS.index(m["wd1"])) % 7)
        return enclosing_label(first, end)
    if kind == "weekend" and published is not None:
        sunday = published - timedelta(days=(published.weekday() + 1) % 7)
        return enclosing_label(sunday - timedelta(days=1), sunday)
    if kind == "month_day":
        return _month_day_only(int(m["nd"]), published)
    if kind == "season":
        return _season(m, published)
    if kind == "holiday":
        return _holiday(m, published)
    if kind == "shopping_day":
        return _shopping_label(m, published)
    if kind == "shopping_days" and published is not None:
        year = published.year if published.month >= 6 else published.year - 1  # the last November's, in winter
        return enclosing_label(_shopping_day(m["sd"], year), _shopping_day(m["sd2"], year))
    return None  # year ranges: never a single period


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}  # (winter spans two years)


def _season(m: re.Match[str], published: date | None) -> str | None:
    """A northern season's smallest enclosing period (spring is a first half, summer a year): the one named, or
    the one this, last or next is of by the publication date (`last summer`, in October, is this year's)."""
    first, last = _SEASON_MONTHS[(m["season"] or m["season2"]).lower()]
    if m["y"]:
        year = int(m["y"])
    elif published is None:
        return None
    else:
        rel = m["rel"].lower()
        ended, begun = published.month > last, published.month >= first
        year = published.year + {"this": 0, "last": 0 if ended else -1, "past": 0 if ended else -1}.get(rel, 0 if not begun else 1)
    return enclosing_label(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))


def _holiday(m: re.Match[str], published: date | None) -> str | None:
    """The period of the holiday break last begun by the publication date, or of the year named
    (`last year’s Spring Festival`): its days, with the weekends and swapped days off that join them."""
    if published is None:
        return None
    rel = (m["rel"] or "").lower()
    if rel:
        spans = _breaks_of(m, (published.year + {"last": -1, "next": 1}.get(rel, 0),))
    else:
        spans = [span for span in _breaks_of(m, (published.year - 1, published.year)) if span[0] <= published]
    return enclosing_label(*max(spans)) if spans else None


def _holiday_ahead(m: re.Match[str], published: date) -> str | None:
    """The period of the next holiday break not over by the publication date: what a forecast is for
    (`trips during the Spring Festival travel rush would reach 9 billion`, two weeks before it)."""
    spans = [span for span in _breaks_of(m, (published.year, published.year + 1)) if span[1] >= published]
    return enclosing_label(*min(spans)) if spans else None


def _breaks_of(m: re.Match[str], years: tuple[int, ...]) -> list[tuple[date, date]]:
    """The breaks of the holiday ``m`` names in each of ``years``, as first and last days."""
    names = _HOLIDAY_DAYS[" ".join(m["h"].lower().split())]
    return [span for year in years for name in names if (span := _holiday_breaks(year).get(name))]


@lru_cache(maxsize=32)
def _holiday_breaks(year: int) -> dict[str, tuple[date, date]]:
    """First and last day of each holiday break of ``year`` in China, by the holiday's name."""
    import holidays  # loaded on first need: it reads the calendars of every country

    days = holidays.country_holidays("CN", years=(year - 1, year, year + 1))

    def off(day: date) -> bool:
        return day in days or day.weekday() >= 5

    breaks: dict[str, tuple[date, date]] = {}
    for day, name in sorted(days.items()):
        key = next((n for names in _HOLIDAY_DAYS.values() for n in names if name.startswith(n)), None)
        if key is None or day.year != year or key in breaks:
            continue
        first = last = day
        while off(first - timedelta(days=1)):
            first -= timedelta(days=1)
        while off(last + timedelta(days=1)):
            last += timedelta(days=1)
        breaks[key] = (first, last)
    return breaks


def _weekday(name: str, published: date | None) -> str | None:
    """The last ``name`` day on or before the publication date: news tells of this week's days."""
    if published is None:
        return None
    back = (published.weekday() - _WEEKDAYS.index(name)) % 7
    return (published - timedelta(days=back)).isoformat()


_CLOSE_QUOTE = re.compile(r"[”\"’]")
_REPORT_TITLE = re.compile(
    r"\b(?:report|survey|yearbook|census|statistics|review)\b", re.IGNORECASE
)


def _title_year(sentence: str, start: int) -> bool:
    """A year opening a quoted title (`“2024 Invitation ...”`) is part of a name, not a time.

    Report titles keep their year (`the “2022 China National Mental Health Report”`).
    """
    if start == 0 or sentence[start - 1] not in "“\"‘'":
        return False
    close = _CLOSE_QUOTE.search(sentence, start)
    return not _REPORT_TITLE.search(sentence, start, close.start() if close else len(sentence))


# `\b` is checked after the name, as a lookbehind, so that the engine can skip ahead to its capital
_MONTH_TRIGGER = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<!\w\w\w\w)")
_QUARTER_TRIGGER = re.compile(r"quarter|q[1-4]")  # on lower-cased text
_YEAR_TRIGGER = re.compile(r"(?:1[89]|20)\d\d")
_NTH_TRIGGER = re.compile(r"\d(?:st|nd|rd|th)\b")
_MAY_MONTH = re.compile(
    r"\b(?:in|of|for|since|by|from|until|during|the|early|late|mid)\s+$", re.IGNORECASE
)


def _modal_may(m: re.Match[str], sentence: str) -> bool:
    """`may` the verb, not the month: no year, no `this/last`, and no `in`/`of`/`the` before it."""
    if not m["m"].startswith("May") or m["y"] or m["rel"]:
        return False
    return not _MAY_MONTH.search(sentence, max(0, m.start() - 12), m.start())


def _triggers(sentence: str) -> set[str]:
    """The patterns worth running on ``sentence``: each needs a word that plain substring tests find."""
    low = sentence.lower()
    kinds = set()
    if "same" in low:
        kinds.add("same")
    if "year" in low or "yoy" in low or "y/y" in low or "annual basis" in low:
        kinds.add("yoy")
    if "quarter" in low or "month" in low or "q/q" in low or "m/m" in low or "sequential" in low or "annuali" in low or "weeks" in low:
        kinds.add("step")
    if _MONTH_TRIGGER.search(sentence):
        kinds |= {"day_range", "month_range", "day", "month"}
    if _YEAR_TRIGGER.search(sentence) or "fy" in low:
        kinds |= {"year_range", "year"}
    if "half" in low or "quarters" in low or "h1" in low or "h2" in low:
        kinds.add("half")
    if "first" in low and ("months" in low or "quarters" in low or "weeks" in low):
        kinds.add("first_months")
    if _QUARTER_TRIGGER.search(low):
        kinds.add("quarter")
    if "year" in low or "month" in low or "quarter" in low or "ytd" in low or "week" in low:
        kinds.add("deictic")
    if "day" in low and any(day in sentence for day in _WEEKDAYS):
        kinds |= {"weekday", "weekday_range"}
    if "weekend" in low:
        kinds.add("weekend")
    if "summer" in low or "spring" in low or "autumn" in low or "fall" in low:
        kinds.add("season")
    if _names_festival(sentence):
        kinds.add("holiday")
    if _names_shopping_day(sentence):
        kinds |= {"shopping_day", "shopping_days"}
    if ("on the " in sentence or sentence.startswith("On the ")) and _NTH_TRIGGER.search(sentence):
        kinds.add("month_day")
    return kinds


_MONTH_KINDS = frozenset(("day_range", "month_range", "day", "month"))
_SUPERLATIVES = "highest|lowest|fastest|slowest|strongest|weakest|biggest|largest|smallest|best|worst"
_RECORD_SINCE = re.compile(  # `since mid-March`, `since the end of 2019` too
    # `the first contraction since August` too
    rf"\b(?:{_SUPERLATIVES}|steepest|sharpest|most|least|first\s+[a-z]+)\b[^,;.]{{0,40}}?\bsince\s+(?:the\s+)?"
    r"(?:(?:early|late|mid)[\s-]+|(?:start|end|beginning|middle)\s+of\s+(?:the\s+)?"
    r"|(?:[a-z]+\s+){1,2}(?:began|started)\s+in\s+"  # `the highest since the survey began in 2013`
    r"|[a-z]+\s+in\s+)?$",  # `the highest since reunification in 1990`
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE = re.compile(
    rf"\b(?:{_SUPERLATIVES})(?:\s+[a-z]+){{0,2}}\s+(?:(?:in|for|of|so\s+far)\s+)?$",
    re.IGNORECASE,
)
_WEEKDAY_NAMES = frozenset(d.lower() for d in (*calendar.day_name, *calendar.day_abbr))
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# capitalised words that may come right before a date without naming anything
_DATE_LEADS = frozenset(
    """in on by since from until till through during early late mid the last this next of to and or
    between before after as at for each every""".split()
)


def _in_name(sentence: str, start: int) -> bool:
    """Whether a month at ``start`` is part of a name: a capitalised word before it (`Long March 5`)."""
    word = _WORD_BEFORE.search(sentence, max(0, start - 20), start)
    if word is None or not word[1][0].isupper():
        return False
    low = word[1].lower()
    return low not in _DATE_LEADS and low not in _WEEKDAY_NAMES


_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def find_periods(sentence: str, published: date | None) -> list[PeriodMention]:
    """Every time reference in ``sentence``, in text order.

    >>> [(m.label, m.role.value) for m in find_periods("PMI was 49.4% in July, down from June.", date(2024, 7, 31))]
    [('2024-07', 'period'), ('2024-06', 'compared')]
    """
    if published is not None and not 1001 <= published.year <= 9998:
        published = None  # no sensible label can be completed from such a date
    taken = [False] * (len(sentence) + 1)
    found: list[PeriodMention] = []
    triggered = _triggers(sentence)
    for pattern, kind in _PATTERNS:
        if kind not in triggered:
            continue
        for m in pattern.finditer(sentence):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            if kind in _MONTH_KINDS and _in_name(sentence, s):
                continue  # `the Long March 5 rocket`
            if (
                # `customs data showed earlier this week`: when the figure was told, too
                (kind in ("weekday", "day", "month_day") or kind == "deictic" and m[0].lower().endswith(" week"))
                and (_ANNOUNCED_WEEKDAY if kind == "weekday" else _ANNOUNCED).search(sentence, max(0, s - 100), s)
                and not ("24 hours" in sentence and _DAY_WINDOW.search(sentence))
                and not _STARTING.search(sentence, max(0, s - 12), s)  # `said it would cut ... from September 27`
            ):
                continue  # `the bureau said on Friday`: when the figure was told, not its period; but `said on
                # Thursday that it had detected 53 aircraft in the 24 hours to 6 a.m.`: the day the window closed
            if _AFTER_EVENT.search(sentence, max(0, s - 50), s):
                continue  # `plunged 38 percent after a brief rebound in September`: another event's time
            if kind in ("day", "weekday", "month_day") and _ANNOUNCING.search(sentence, max(0, s - 40), s):
                continue  # `at a press conference on March 8`, `The document, dated December 20,`: the same
            if kind in ("year", "month", "day") and _BACK_TO.search(sentence, max(0, s - 30), s):
                continue  # `debts going back as far as 2019`: how old they are, not their time
            if kind in ("day", "month") and _SPAN_BOUND.search(sentence, max(0, s - 40), s):
                continue  # `in fiscal year 2023, which ended on September 30`: where a period named before ends
            if kind == "deictic" and _SUPERLATIVE_BEFORE.search(sentence, max(0, s - 40), s):
                continue  # `the highest level this year`: a frame for a comparison, not a period
            if kind == "deictic" and _NOT_THE_FIGURES.search(sentence, max(0, s - 40), s):
                continue  # `for the third time this year`, `the effect of tax cuts from last year`: another thing's time
            if kind == "year" and sentence.startswith(" level", e) and sentence.endswith(" of ", 0, s):
                continue  # `recovering to 85 percent of 2019 levels`: a yardstick, not the figure's time
            if kind == "year" and _ANNIVERSARY_OF.search(sentence, max(0, s - 30), s):
                continue  # `marking the anniversary of the 1989 Tiananmen Square crackdown`: the event's year
            if kind in ("year", "day", "month") and _BORN.search(sentence, max(0, s - 25), s):
                taken[s:e] = [True] * (e - s)  # (the year of the date too)
                continue  # `40 percent of pet owners were born after 1990`, `a child born after January 1`: who, not when
            if kind == "day" and sentence.startswith(" anniversary", e):
                continue  # `ahead of the June 4 anniversary`: a date that names an event, not a time of the figures
            if sentence.rfind("since ", max(0, s - 40), s) >= 0 and _RECORD_SINCE.search(sentence, max(0, s - 90), s):
                taken[s:e] = [True] * (e - s)  # nor is the year in it another time
                continue  # `the steepest decline since June 2015`: the same
            if (
                kind == "month"
                and _modal_may(m, sentence)
                or kind == "year"
                and m["y3"]
                and _title_year(sentence, s)
            ):
                continue
            mention = _mention(kind, m, sentence, published)
            for i in range(s, e):
                taken[i] = True
            found.append(mention)
    return _parts_of_the_year_named(sorted(found, key=lambda x: x.start), sentence)


def _parts_of_the_year_named(found: list[PeriodMention], sentence: str) -> list[PeriodMention]:
    """A half or quarter named without a year after one named with it is of that year (`in the second half of
    2024 from 52.9% in the first half`: 2024-H1), or of the one before if that puts a base after its reading
    (`in the first quarter of 2025, up from the fourth quarter`: 2024-Q4)."""
    named = None
    for i, mention in enumerate(found):
        label, text = mention.label, sentence[mention.start : mention.end]
        if label is None or len(label) != 7 or label[5] not in "QH":
            continue
        if _YEAR_IN.search(text):
            named = label
        elif named is not None and label[:4] != named[:4]:
            same = f"{named[:4]}{label[4:]}"
            if same > named and (mention.role is Role.COMPARED or _FROM_BEFORE.search(sentence, 0, mention.start)):
                same = f"{int(named[:4]) - 1}{label[4:]}"
            found[i] = replace(mention, label=same, ahead=None)
    return found


_BORN = re.compile(r"\bborn\s+(?:after|before|in|since|between)\s+(?:the\s+)?$")
_FROM_BEFORE = re.compile(r"\bfrom\b[^,;]{0,25}$")  # `up from 3% in the fourth quarter`: a base
_YEAR_IN = re.compile(r"\d{4}|\b(?:last|this|next|previous)\s+year\b", re.IGNORECASE)


def _mention(kind: str, m: re.Match[str], sentence: str, published: date | None) -> PeriodMention:
    s, e = m.span()
    before = sentence[max(0, s - 40) : s]
    if kind == "same":
        year = int(m["y"]) if m["y"] else None
        # (`the same quarter a year ago`, after a month named: of that month's quarter)
        quarterly = "quarter" in m[0].lower()
        return PeriodMention(s, e, None, Role.COMPARED, years_back=0 if year else 1, same_year=year, quarterly=quarterly)
    if kind == "yoy":  # (`down from 67.4 percent five years earlier`: that many years back)
        years = (_MONTH_COUNTS.get(m["years"].lower()) or int(m["years"])) if m["years"] else 10 if m["decade"] else 1
        return PeriodMention(s, e, None, Role.COMPARED, years_back=years)
    if kind == "step":
        if m["months"]:
            months = _MONTH_COUNTS.get(m["months"].lower()) or int(m["months"])
            return PeriodMention(s, e, None, Role.COMPARED, months_back=months)
        if m["weeks"]:
            weeks = _MONTH_COUNTS.get(m["weeks"].lower()) or int(m["weeks"])
            return PeriodMention(s, e, None, Role.COMPARED, days_back=7 * weeks)
        return PeriodMention(s, e, None, Role.COMPARED, periods_back=1, quarterly="quarter" in m[0].lower())
    if kind == "deictic" and (m["rel"] or "").lower() == "past" and m["unit"].lower() != "week" and _OVER_THE.search(before):
        # `has fallen 80 percent over the past year`: the span a change took, so on a year (a month, a quarter) before
        if m["unit"].lower() == "year":
            return PeriodMention(s, e, None, Role.COMPARED, years_back=1)
        return PeriodMention(s, e, None, Role.COMPARED, periods_back=1)
    label = _resolve(kind, m, published)
    ended = _PERIOD_ENDED.search(before) if kind in ("day", "month") and label else None
    if ended and label:
        # `the year ended March 31` is a company's reporting year, named as a fiscal one is; `the year to June` is not
        # (`the 12 months ending in April` is a rolling window, neither)
        span = _WEEKS_AS.get(ended["span"].lower().split()[0], ended["span"].lower())
        label = _closed_by(span, label, fiscal=bool(ended["fiscal"] or ended["closed"] and span == "year"))
    elif kind == "month" and label and label[5:7] in ("03", "06", "09", "12") and _QUARTER_AFTER.match(sentence, e):
        label = _closed_by("quarter", label)  # `the December quarter`: the quarter that month closes
    deictic = kind == "deictic" and (m["rel"] or "").lower() in ("last", "past", "previous")
    if kind == "year_range":
        role = Role.OPEN
    elif kind == "year" and (_SHARE_OF_THE.search(before) and _LEVEL_AFTER.match(sentence, e) or _SHARE_OF_LEVEL.search(before)):
        # `88 percent of the 2019 level`: what the figure is measured against, and no figure before it
        return PeriodMention(s, e, label, Role.COMPARED, owned=True)
    elif _COMPARE.search(before) and not (
        kind in ("day_range", "month_range") and before.rstrip().lower().endswith("from")
        or kind == "day" and before.endswith("from ") and _TAKES_EFFECT.search(sentence, max(0, s - 120), s)
    ) or kind in ("year", "deictic") and (on := _COMPARE_ON.search(before)) and not (
        (on["on"] or "").lower() == "over" and kind == "deictic" and (m["rel"] or "").lower() in ("past", "next", "coming", "this")
    ):
        role = Role.COMPARED
    elif (
        _SINCE_THE_START.search(before)
        and kind == "deictic"
        and (m["ytd"] or m["soy"] or (m["rel"] or "").lower() in ("this", "current"))
    ):
        role = Role.PERIOD  # `Since the beginning of this year, the province has reported 41,062 cases`: this year's so far
    elif (
        _OPEN.search(before)
        or _LAUNCHED.search(before)
        or "ince " in sentence[max(0, s - 80) : s - 20] and _OPEN.search(sentence, max(0, s - 80), s)  # a long start
    ):
        role = Role.OPEN
    elif (
        _BY.search(before)
        or (kind == "year" or ended or _years_own(kind, m, sentence)) and _FORECAST_FOR.match(sentence, e)
        or s <= 8 and _FRAMES_SENTENCE.fullmatch(sentence, 0, s) and (kind == "year" or sentence.startswith("For"))
    ):
        role = Role.BY  # `by 2025`; `its 2025 growth forecast`, `For 2025 the company expects` are for 2025 too
    else:
        role = Role.PERIOD
    ahead = None
    if kind == "month" and published is not None and not (m["y"] or m["rel"] or m["yrel"] or ended):
        # (`in the 12 months to September` closes a window that has passed)
        ahead = _month_ahead(m["m"], published)  # for a target: `by the end of June`, `expects exports in June to`
    if kind == "day" and published is not None and m["m"] and not m["y"]:
        ahead = _day_ahead(m["m"], m["d"], published)  # `will raise the minimum wage on July 1`
    if kind == "deictic" and (m["full"] or m["eoy"] or m["yearend"]) and published is not None:
        ahead = str(published.year)
    if kind == "shopping_day" and published is not None and not m["rel"]:
        ahead = _shopping_label(m, published, ahead=True)
    if kind == "holiday" and published is not None and not m["rel"]:
        ahead = _holiday_ahead(m, published)
    if kind in ("quarter", "half") and label and published is not None and not (m["y"] or m["y2"] or m["yrel"]):
        ahead = _part_ahead(label, published)  # `expects revenue of $25 billion in the fourth quarter`
    if role is Role.COMPARED and _POSSESSED_READING.match(sentence, e):
        # `faster than October’s 5.3 percent`: the time of the reading named next, not a base of the one before
        return PeriodMention(s, e, label, Role.PERIOD, deictic=deictic, ahead=ahead, owned=True)
    if kind == "year_range" and (m["between"] or before.endswith("from ")):
        # a change `between 1990 and 2022` is of its last year, from its first (not `the 1981 to 2010 average`)
        return PeriodMention(s, e, None, role, years=(m["y1"], m["y2"]))
    return PeriodMention(s, e, label, role, deictic=deictic, ahead=ahead)


def _years_own(kind: str, m: re.Match[str], sentence: str) -> bool:
    """`this year's quota of 3.9 trillion yuan`: a year that owns what is planned for it."""
    return kind == "deictic" and (m["unit"] or "").lower() == "year" and sentence.startswith(("'s", "’s"), m.end())


def _closed_by(span: str, label: str, fiscal: bool = False) -> str | None:
    """The year, quarter or half that ends with the day or month ``label`` (`2024-03-31` -> `2024`).

    A fiscal year is named by the calendar year it ends in; any other year that ends before
    December crosses a year boundary and has no single period (`in the year to June`).

    >>> _closed_by("quarter", "2024-09-30"), _closed_by("half", "2024-06"), _closed_by("three months", "2024-08")
    ('2024-Q3', '2024-H1', '2024')
    >>> _closed_by("week", "2023-12-10"), _closed_by("week", "2023-12-03")
    ('2023-12', '2023-Q4')
    """
    if span == "week":  # `the week ending December 10`: the seven days up to it
        if len(label) != 10:
            return None
        last = date.fromisoformat(label)
        return enclosing_label(last - timedelta(days=6), last)
    if span.endswith(("year", "months")) and not span.startswith(("three", "3", "six", "6")):
        return label[:4] if fiscal or label[5:7] in ("", "12") else None
    months = 3 if span.endswith("quarter") or span.startswith(("three", "3")) else 6
    year, month = int(label[:4]), int(label[5:7])
    if month < months:
        return None  # `the six months to March`: across a year boundary, no single period
    # `the three months to June` is Q2; `the six months to September` (April to September) no half, but 2024
    return enclosing_label(date(year, month - months + 1, 1), period_range(f"{year}-{month:02d}")[1])


def compared_label(mention: PeriodMention, period: str | None) -> str | None:
    """The base period of a comparison, resolving relative ones against ``period``.

    >>> compared_label(PeriodMention(0, 1, None, Role.COMPARED, same_year=2023), "2024-H1")
    '2023-H1'
    """
    if mention.label is not None:
        return mention.label
    if mention.years:
        return mention.years[0]
    if period is None:
        return None
    try:
        if mention.same_year is not None:
            return shift_label(period, years=mention.same_year - int(period[:4]))
        if mention.periods_back:
            return step_label(in_quarter(period) if mention.quarterly else period, -mention.periods_back)
        if mention.months_back:
            return shift_label(period, months=-mention.months_back)
        if mention.days_back:
            return step_label(period, -mention.days_back) if len(period) == 10 else None
        return shift_label(period, years=-mention.years_back)
    except ValueError:
        return None


def in_quarter(label: str) -> str:
    """The quarter a month or day label is in; any other label unchanged.

    >>> in_quarter("2025-09"), in_quarter("2025-05-20"), in_quarter("2025")
    ('2025-Q3', '2025-Q2', '2025')
    """
    if len(label) < 7 or not label[5:7].isdigit():
        return label
    return f"{label[:4]}-Q{(int(label[5:7]) - 1) // 3 + 1}"


def label_span(label: str) -> str | None:
    """What kind of period a label names; None for a day.

    >>> label_span("2024-Q3"), label_span("2024-07"), label_span("2024")
    ('quarter', 'month', 'year')
    """
    if len(label) == 4:
        return "year"
    return {"Q": "quarter", "H": "half"}.get(label[5], "month") if len(label) == 7 else None


def step_label(label: str, steps: int) -> str:
    """``label`` moved by ``steps`` periods of its own length.

    >>> step_label("2024-Q1", -1), step_label("2024-H2", 1), step_label("2024-02-28", 2)
    ('2023-Q4', '2025-H1', '2024-03-01')
    """
    if len(label) == 4:
        return shift_label(label, years=steps)
    if len(label) == 7:
        return shift_label(label, months=steps * {"H": 6, "Q": 3}.get(label[5], 1))
    return (_first_day(label) + timedelta(days=steps)).isoformat()


def context_label(mentions: list[PeriodMention]) -> str | None:
    """The period a sentence is about, for the next sentence of its paragraph to inherit.

    A sentence that compares with `last month` is about this month.
    """
    for mention in reversed(mentions):
        if mention.role is Role.OPEN:
            return None
        if mention.role is Role.PERIOD:
            return mention.label
    for mention in mentions:
        if mention.role is Role.COMPARED and mention.deictic and mention.label:
            return step_label(mention.label, 1)
    return None


_BASE_AFTER_REACH = 25  # `percent lower than in ` and a little more


def choose_period(
    mentions: list[PeriodMention],
    start: int,
    end: int,
    *,
    target: bool = False,
    context: str | None = None,
    cue: int | None = None,
) -> tuple[str | None, PeriodMention | None]:
    """The period of a quantity at ``start:end`` of the sentence, and its comparison base.

    The nearest period reference wins. A target takes its deadline or a time
    named after it (the announcement date before it is not its period). With no
    reference in the sentence, a value inherits ``context``, the period of the
    previous sentence, unless it is a target. ``cue`` is where the words that make a
    target begin (`expects exports in November to grow 1%`): a time after them is the target's. An open-ended start (`since 2021`) is
    no period, but right after a change it is the change's base.
    """

    def distance(m: PeriodMention) -> tuple[int, int]:
        # ties go to the time named after the figure: `from 66.55 percent in 2017 to 53.74 percent in 2019`
        return (m.start - end, 0) if m.start >= end else (start - m.end, 1)

    own = [
        m
        for m in mentions
        if m.role in (Role.PERIOD, Role.BY, Role.OPEN)
        and not (m.owned and m.start >= end)
        and (target or m.label is not None or m.ahead is None)  # a goal's `end of the year`; a reading's is named before
    ]
    if target:  # `will raise it by 7.2% this year to 1.67 trillion yuan`: a time right before is the target's too
        own = [
            m
            for m in own
            if m.role is Role.BY
            or m.start >= end
            or m.ahead and m.label is None  # `its full-year target`
            or 0 <= start - m.end <= _TARGET_REACH
            or cue is not None and m.start >= cue
        ]
    compared = [m for m in mentions if m.role is Role.COMPARED]
    # a base right after the figure is its own, before one nearer but behind it: `down 29.3 percent from a year
    # earlier and 4.9 percent lower than in October`
    following = [m for m in compared if 0 <= m.start - end <= _BASE_AFTER_REACH]
    base = min(following or compared, key=distance) if compared else None
    if own:
        nearest = min(own, key=distance)
        if target and nearest.ahead and nearest.role is not Role.OPEN:  # (not `the program announced in November`)
            return nearest.ahead, base  # `will recruit 500 by the end of June`: the June to come
        if nearest.role is Role.OPEN:
            # `have lost 99 percent of their value since 2021`, `the decline since the peak in 2021 to 28
            # percent`: what a change is on, if it follows the figure or leads right to it (not `jumped 21
            # percent to 10.2 million tonnes, the highest volume since 2016`, nor `since 2021, fell 21 percent`)
            since = 0 <= nearest.start - end <= _SINCE_REACH or 0 <= start - nearest.end <= len(" to ")
            if since and (base is None or distance(nearest) < distance(base)):
                return None, nearest
            return None, base
        return nearest.label, base
    if target:
        return None, base
    return context, base
