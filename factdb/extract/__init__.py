"""Text -> claims: the extraction pipeline.

Stages, each in its own module: sentences (split with offsets), numbers and
units (the quantities), describe (metric, entity, kind), periods (period and
comparison base, resolved against the publication date) and attribution
(credited source, reporting outlet). This module runs them over an article
and removes restatements the way the gold annotation does: a number repeated
later in the same article for the same series is kept once, and a headline
number only when the body does not restate it.

>>> [(c.text, c.unit, c.kind) for c in extract("Exports fell 3% in May from a year earlier.")]
[('3%', 'percent', 'change')]
"""

from __future__ import annotations

import calendar
import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from factdb.errors import UnitError
from factdb.extract.attribution import (
    COMPANY_WORDS,
    REVISED_FORECAST,
    Credit,
    acronyms,
    cites_document,
    document_issuer,
    find_credit,
    is_agency,
    is_anaphoric,
    is_company,
    is_unnamed,
    pick_outlet,
    quote_depth,
    without_title,
)
from factdb.extract.describe import (
    AND_THEN_VERBS,
    BEATING_WORDS,
    BESIDE_WORDS,
    FORECAST_BY,
    FORECAST_SERIES,
    IRREGULAR_PARTICIPLES,
    LIST_SEPARATOR,
    MULTIPLE_WORDS,
    OWN_GOAL_AFTER,
    RELATIVE_CLAUSE,
    SHARE_PARTICIPLES,
    TARGET_AFTER,
    TIMES_BEFORE,
    ArticleState,
    Description,
    describe,
    is_place,
    list_item,
    lists_targets,
    measured_against,
    names_place,
    point_change,
    rate_as_it_stands,
    without_home,
)
from factdb.extract.direction import change_direction
from factdb.extract.numbers import (
    FORECASTERS_AFTER,
    OF_THEM_FIRST,
    PREVIOUSLY,
    STOCK_INDEXES,
    Quantity,
    find_quantities,
    in_local_currency,
    in_yen,
    plural,
)
from factdb.extract.periods import (
    COMPARED_WITH,
    PeriodMention,
    Role,
    choose_period,
    compared_label,
    context_label,
    find_periods,
    in_quarter,
    label_span,
    shift_label,
    step_label,
)
from factdb.extract.prefilter import Prefiltered
from factdb.extract.sentences import Sentence, split_sentences
from factdb.extract.units import CURRENCY_CODES, UNIT_WORDS, to_base, unit_family
from factdb.pages import Article, Outlet

__all__ = ["Claim", "extract", "extract_article"]


@dataclass(frozen=True)
class Claim:
    """One numeric claim with its description and provenance in the document text."""

    text: str
    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    counted: str | None
    qualifier: str
    kind: str
    metric: str | None
    entity: str | None
    period: str | None
    compared_to: str | None
    attributed_to: str | None
    reported_by: str | None
    published: date | None
    sentence: str
    sentence_start: int
    base_value: float | None
    base_unit: str | None
    metric_aliases: tuple[str, ...] = ()
    direction: str | None = None  # for a change: `up` or `down`, when the text says

    def to_dict(self) -> dict[str, object]:
        """The interchange-format fields (DESIGN.md) plus offsets and sentence."""
        return {
            "text": self.text,
            "value": self.value,
            "value_high": self.value_high,
            "unit": self.unit,
            "counted": self.counted,
            "qualifier": self.qualifier,
            "kind": self.kind,
            "metric": self.metric,
            "entity": self.entity,
            "period": self.period,
            "compared_to": self.compared_to,
            "attributed_to": self.attributed_to,
            "reported_by": self.reported_by,
            "published": self.published.isoformat() if self.published else None,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "base_value": self.base_value,
            "base_unit": self.base_unit,
            "metric_aliases": list(self.metric_aliases),
            "direction": self.direction,
        }


@dataclass
class _Context:
    """What the pipeline carries from sentence to sentence within one article."""

    published: date | None
    outlets: tuple[Outlet, ...]
    expand: dict[str, str]
    state: ArticleState = field(default_factory=ArticleState)
    paragraph: int = -1
    period: str | None = None  # the previous sentence's period, inherited by the next
    forecast: str | None = None  # the time the previous sentence forecast for, inherited by the next forecast
    # a previous sentence without figures whose period is worked out only if a figure inherits it
    pending: str | None = None
    credit: str | None = None  # a data source credited earlier in the paragraph
    last_credit: str | None = None  # the last one credited in the article
    sources: list[str] = field(default_factory=list)  # every source credited so far in the article
    # what a line ending in `:` says of the list under it: its period, whether it lists goals, its source
    lead_in: tuple[str | None, bool, str | None] | None = None
    quote_speaker: str | None = None  # who speaks inside a quotation still open
    quote_depth: int = 0  # quotations open at the start of the sentence
    # the figures of the last sentence that had any, with their units
    previous: list[tuple[Description, str]] = field(default_factory=list)
    # the last figure of each physical measure (a length, a volume), which `the level` may name again
    measured: dict[str, Description] = field(default_factory=dict)
    # claims with no credit yet, which a later `The data, reported by ... citing X` covers
    uncredited: list[int] = field(default_factory=list)
    paragraph_start: int = 0  # where the paragraph being read starts
    # lines without figures read since ``last_credit`` was set, not yet searched for a credit:
    # only the last credit among them matters, and only to a sentence that points back at it
    unread: list[tuple[str, int]] = field(default_factory=list)
    issuer: str | None = None  # who keeps or issued the document the article cites; "" for no one


def _quantities(text: str, start: int, end: int) -> list[Quantity]:
    """Quantities of ``text[start:end]``, with offsets moved into the document."""
    found = find_quantities(text[start:end])
    return [q.shifted(start) for q in found] if start else found


def _base(value: float, unit: str) -> tuple[float | None, str | None]:
    try:
        base_value, base_unit = to_base(value, unit)
    except UnitError:
        return None, None
    return float(base_value), base_unit


def _market_move(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a market price's move: `Shares of Alibaba rose 12 percent`,
    `The yuan weakened 0.2 percent against the dollar`."""
    return bool(_MARKET_PRICE.search(sentence, max(0, start - 60), start) or _AGAINST_CURRENCY.match(sentence, end))


def _compared(
    kind: str,
    unit: str,
    period: str | None,
    base: PeriodMention | None,
    sequential: bool,
    market: bool,
    published: date | None,
) -> str | None:
    """The comparison base of a change; a relative change of a year or month is year-on-year, unless the
    sentence speaks of weeks (`rose 13 percent this week`) or of a seasonally adjusted series (``sequential``),
    or a market price moved in a month (`The yuan weakened 0.2 percent against the dollar in October`: since
    the end of September). A past year's change
    in any unit is from the year before (`fell by 14,808 in 2023`), not a coming year's (`By 2025, ... a
    2.3-fold increase from the current level`) nor a central bank's move in basis points; a month's may be
    from the month before."""
    if kind != "change":
        return None
    if base is not None:
        return compared_label(base, period)
    if sequential or not period:
        return None
    yearly = len(period) == 4 and (published is None or int(period) < published.year)  # a year gone by
    if yearly and not market and unit != "basis_point":  # not a rate decision
        return shift_label(period, years=-1)
    if unit == "percent" and len(period) in (4, 7):
        return shift_label(period, months=-1) if market and len(period) == 7 else shift_label(period, years=-1)
    return None


_SINCE_THE_YEAR_BEGAN = re.compile(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)


def _since_the_year_began(text: str, start: int, end: int) -> bool:
    """Whether a figure is a change since the year began (`has gained about 20% since the start of the year`), which is
    on no year before."""
    return "since the" in text and _SINCE_THE_YEAR_BEGAN.search(text, max(0, start - 60), end + 40) is not None


def _made_poll(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` only as the maker of a poll (`economists in a Bloomberg survey`, `economists
    polled by Reuters`)."""
    name = re.escape(name)
    return re.search(rf"\b(?:(?:in|by)\s+an?\s+{name}\s+(?:poll|survey)|(?:polled|surveyed)\s+by\s+{name})\b", text) is not None


# a country's own purchasing managers' index, which credits no one: `China's official PMI`
_PLACES_GAUGE = re.compile(r"^(?P<owner>[A-Z][\w ]*?[’']s)\s+(?:[a-z]+\s+){0,3}(?:PMI|purchasing\s+managers)")
# a purchasing managers' index named by whoever compiles it: `the private Caixin manufacturing PMI`
_COMPILED_PMI = re.compile(
    r"\b(?:[Tt]he\s+)?(?:private\s+|private-sector\s+)?(?P<name>[A-Z][a-z][\w&.-]*)\s+(?:[a-z]+\s+){0,2}PMI\b"
)
_NOT_COMPILERS = frozenset("The Official Manufacturing Services Composite Chinese Private General".split())

_BANK_INITIALS = "ECB|BOJ|BoJ|BOE|BoE|Fed|RBI|RBA|PBOC|PBoC"
_BANK = re.compile(rf"\b(?:[Bb]ank|Reserve|{_BANK_INITIALS})\b")
# a central bank opening a sentence on what it did or aims at
_CENTRAL_BANK_ACTS = re.compile(
    # (`The National Bank of Poland kept`: a bank named for its country too)
    r"(?:The\s+)?(?:central\s+bank|[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,3}\s+(?:Bank|Reserve)"
    rf"(?:\s+of\s+[A-Z][\w.’'-]*)?|{_BANK_INITIALS})\b(?:,[^,]{{1,80}},)?\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:kept|keeps|held|holds|left|leaves|raised|raises|cut|cuts|lowered|lowers|hiked|targets|set|sets"
    r"|(?:is|are)\s+(?:widely\s+|broadly\s+)?expected\s+to\s+(?:raise|cut|hold|keep|lower|hike))\b"  # (a move to come)
)


# `the central bank's 2% to 4%`, `the central bank's target range of 1.5% to 3.5%`
_BANKS_OWN = re.compile(
    r"(?:\b[Bb]ank|\bFed|\bECB|\bBOJ|\bRBI|\bRBA|\bPBOC)[’']s\s+(?:(?:inflation\s+)?target(?:\s+range)?\s+of\s+)?$"
)


def _story_time_after(claims: list[Claim], period: str, steps: int) -> str | None:
    """The time the story opened with, where ``period`` is that many steps before it: `India's economy grew 5.4%
    in the July-September quarter ... Growth in the April-June quarter was 6.7%. Manufacturing expanded 2.2%, down
    from 7% in the previous quarter`: a sentence that names the step before is of the story's quarter again, the
    one after the history just told."""
    opening = next((c.period for c in claims if c.period), None)
    return opening if opening and len(opening) == len(period) and step_label(opening, -steps) == period else None


_FROM_RIGHT_AFTER = re.compile(r"\s+(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|nearly\s+)?")
_FRAME_OPENING = re.compile(r"(?i)(?:(?:and|but)\s+)?(?:in\s+|during\s+|over\s+)?")
_BASE_WORD = re.compile(r"(?i)(?:from|compared|versus|against|than)\b")
_EARLIER_TIME = re.compile(r"(?i)\b(?:ago|earlier|before|previous|prior|preceding|same)\b")


def _opens_with_frame(sentence: str, mention: PeriodMention) -> bool:
    """Whether ``mention`` is a time set before a comma at the head of ``sentence`` (`A year ago, the rate
    averaged 7.5%`), which dates what follows rather than being its base."""
    return (
        sentence.startswith(",", mention.end)
        and _FRAME_OPENING.fullmatch(sentence, 0, mention.start) is not None
        and _EARLIER_TIME.search(sentence, mention.start, mention.end) is not None  # not `Month-on-month, prices rose`
        and not _BASE_WORD.match(sentence, mention.start)  # nor `From a year earlier, output contracted 0.8%`
    )


def _a_banks_own_rate(sentence: str, start: int, source: str) -> bool:
    """Whether ``sentence`` tells what a central bank did with its own rate, or the figure at ``start`` is the bank's
    (`within the central bank's 2% to 4% target range`), where ``source`` is someone else (the bank credited before
    goes on: `The ECB said ... The ECB has kept`)."""
    owned = _CENTRAL_BANK_ACTS.match(sentence) or _BANKS_OWN.search(sentence, max(0, start - 45), start)
    return owned is not None and _BANK.search(source) is None


_POINT_MARK = re.compile(r"-point\s+(?:mark|threshold|level|line|barrier)\b")
_FORECASTER_WORDS = "economists analysts forecasters strategists".split()
_FORECASTERS_NAMED = re.compile(rf"(?:{'|'.join(_FORECASTER_WORDS)})\b")


def _same_basis(claim: Claim) -> PeriodMention | None:
    """A base on the footing ``claim``'s change is on (a year before, or a period of its own length), if either."""
    if not (claim.period and claim.compared_to):
        return None
    if claim.compared_to == shift_label(claim.period, years=-1):
        return PeriodMention(0, 0, None, Role.COMPARED, years_back=1)
    if claim.compared_to == step_label(claim.period, -1):
        return PeriodMention(0, 0, None, Role.COMPARED, periods_back=1)
    return None


# a forecast of the figure (not a plan, nor a rule of pay): `are expected to rise`, `are projected to fall`
_FORECAST_OF_FIGURE = re.compile(
    r"\b(?:expected|projected|forecast|predicted|estimated|set|likely|poised)\s+(?:to\s+[a-z]+|at)\s+(?:[\w-]+\s+){0,3}$"
    # `The hourly minimum wage will rise to NT$190`, after the monthly one's rise `starting January 1, 2025`
    r"|\bwill\s+(?:be\s+)?(?:rise|increase|fall|drop|reach|grow|raised|increased|cut|lowered)\s+(?:to|by)\s+$"
)
_REVISED = re.compile(REVISED_FORECAST)  # `raised its forecast for this year’s corn harvest to`
_ABILITY = re.compile(r"\b(?:can|cannot|can't)\s+(?:only\s+|also\s+|still\s+)?[a-z]+")
_SEASONALLY_ADJUSTED = re.compile(r"(?i)\bseasonally[\s-]adjusted\b")
_WEEKLY = re.compile(r"(?i)\b(?:(?:this|last|the|a|per|each|every|previous|prior)\s+week|weekly|week-on-week|week\s+(?:to|ending|ended))\b")


def _forecast_time(claims: Sequence[Claim]) -> str | None:
    """The time the last dated forecast among ``claims`` is for."""
    return next((c.period for c in reversed(claims) if c.kind == "target" and c.period), None)


def _paragraph_base(claims: list[Claim], ctx: _Context, period: str | None) -> str | None:
    """The base the paragraph's last change of the same period was measured from: `Industrial production
    fell 2.4 percent in August from the previous month ... Automotive output slumped 19.6 percent` is on July
    too, though a month's change is year-on-year when nothing says otherwise."""
    for claim in reversed(claims):
        if claim.start < ctx.paragraph_start:
            return None
        if claim.kind == "change" and claim.period == period and period is not None:
            return claim.compared_to
    return None


# a price that markets move from day to day: shares, or a currency against another
# (or a stock index: `The broader Topix index rose 0.6%`; not `S&P Global` nor `S&P CoreLogic`, compilers of others)
_MARKET_PRICE = re.compile(rf"\b(?:[Ss]hares|[Ss]tocks|{STOCK_INDEXES})\b(?!\s+(?:Global|CoreLogic)\b)")
_AGAINST_CURRENCY = re.compile(r"\s+against\s+the\s+(?:U\.?S\.?\s+)?(?:dollar|greenback|euro|yen|yuan|pound|basket)\b")


_PRESENT = re.compile(
    r"\b(?:(?P<now>is|are|has|have|includes?|makes?|covers?|contains?|consists?|holds?|owns?|owes?|controls?|employs?|remains?|operates?|serves?|boasts?)|"
    r"(?P<past>was|were|had|went|sent|held|made|took|came|fell|rose|grew|\w+ed))\b"
)

# `It is worth noting that the number ... reached`: the writer's present, not the figure's
_FRAMING = re.compile(
    r"It\s+is\s+(?:also\s+)?(?:worth\s+[a-z]+ing|reported|understood|learned|learnt|noteworthy|notable)\s+that\s"
)


def _present_tense(sentence: str) -> bool:
    """Whether a sentence's first verb is in the present: it states what holds now, not in a past period."""
    frame = _FRAMING.match(sentence)
    m = _PRESENT.search(sentence, frame.end() if frame else 0)
    return bool(m and m["now"])


def _compatible(a: str, b: str) -> bool:
    """Units whose figures can belong to one series (a currency and its conversion count as one)."""
    fa, fb = unit_family(a), unit_family(b)
    return fa == fb or (fa.startswith("currency") and fb.startswith("currency"))


_READINGS = (" rate", " ratio", " index", " score")
_OWN_TIME_AFTER = 20  # a time this close after a figure is its own
_PERIOD_REACH = 400  # characters
_NEW_CLAUSE = re.compile(r"[;]|,\s+(?:while|whereas|but|and)\b|\bwhile\b")
_NOW = re.compile(r"\bnow\b")
_FUTURE_MOVE = re.compile(r"\b(?:will|would|shall)\s+(?:[a-z]+\s+){1,2}$")  # `would rise by`, `will grow`
_EXTREME_AFTER = re.compile(r"[^;]{0,120}?,\s+(?:[a-z]+ing\s+)?as\s+(?:low|high|weak|strong|far)\s+as\s+")
_SAME_AS = re.compile(r"\bthe\s+same\s+as\s+(?:in\s+)?$")
_RECORDED_THEN = re.compile(  # (`down from 31 percent in a similar survey two years earlier`: that survey's)
    r"\s+(?:recorded|reported|seen|registered|logged)\s+(?:in|during|over)\s+"
    r"|\s+in\s+(?:a|an|the)\s+(?:similar|previous|earlier|prior|last)\s+(?:survey|poll|study|report|census)\s+"
)
_SINCE_THEN = re.compile(r"\b[Ss]ince\s+then\b")
_NOW_BEFORE = re.compile(  # (`now has 54 smelters in operation with another 26`: the second's too)
    r"\bnow\s+(?:[a-z]+\s+){1,2}(?:\d[\d,.]*\s+[^,.;]{1,50}?\s+with\s+another\s+)?(?:(?:about|around|nearly|over|more\s+than|some)\s+)?$"
)
_SPANS = frozenset(("quarter", "month", "year", "half"))
# `during the quarter`: the one the article named before (not `the quarter before`, `the year ended March 31`)
_THE_SPAN = re.compile(  # (not `climbed 4.9% over the year`: on the year before)
    r"(?:\b(?:[Dd]uring|[Ii]n|[Ff]or|[Oo]ver(?!(?:(?<=%\sover)|(?<=percent\sover)|(?<=cent\sover))\s+the\s+year\b)|[Tt]hrough)\s+the\s+(?:(?:full|whole|entire)\s+)?"  # `For the full year,`
    r"|\b[Ff]ull[- ](?=year))"  # `Full-year shipments were`
    r"(?:same\s+(?=(?:quarter|month|year|half)\b))?(?P<span>quarter|month|year|half|(?:same\s+)?period)\b"  # `in the same year`
    r"(?!\s+(?:of|before|earlier|ago|to|ended|ending|after|in|last|a|the|previous|prior|from|between)\b|-)"
)  # `during the quarter`, `in the same period` (not `the same period last year`, a comparison)
# the words that make a figure a target: a time named after them is the target's (`expects exports in November to`)
_EXPECTS = r"expects?|expected|aims?|plans?|forecasts?|projects?|projected|predicts?|predicted|intends?"
_TARGET_CUE = re.compile(rf"\b(?:{_EXPECTS}|targets?|wants?|will|seeks?)\b")
_UNTIL = re.compile(r"\b(?:until|till)\b")
# a clause of what happened, after which a time named before is another clause's
_AFTER_EVENT = re.compile(r"\bafter\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+ed|began|broke|took|left|came|won|lost|made)\s")
_AFTER_CLAUSE = re.compile(
    r"\bafter\s+(?:[\w’'-]+\s+){1,6}?(?:rose|fell|grew|jumped|climbed|dropped|declined|surged|reached|hit|topped)\b"
)
# a relative clause after a figure, whose times are its own (`home to 140 companies, whose output reached ... last
# year`)
_RELATIVE_AFTER = re.compile(r",\s+(?:whose|which)\s")
# what lies between a figure and the time it is measured against: `40 percent below their 2019 peak`
_BASE_OF = re.compile(
    r"\s+(?:below|above|under|over|of|from|lower\s+than|higher\s+than|less\s+than)\s+(?:its|their|the)\s+"
    r"(?:(?:levels?|peak|high)\s+(?:of|in)\s+)?"  # `79 per cent of the level of 2019`, `down 28% from their peak in`
)
# `320 recruits, twice the number it sent in 2022`: the time of what the figure is a multiple of
_MULTIPLE_AFTER = re.compile(
    rf",\s+(?:(?:about|nearly|almost|roughly|more\s+than)\s+)?(?:{'|'.join(MULTIPLE_WORDS)}|[\w.]+\s+times)\s+"
    r"(?:the|that|its|their)\s"
)
_SECOND_PREDICATE = re.compile(rf"\s+and\s+(?:{AND_THEN_VERBS})\s")
_HAD_FORECAST = re.compile(r"\bhad\s+(?:been\s+)?(?:forecast|expected|predicted|projected|estimated|anticipated)\b")
_TIME_TO_COME = re.compile(r"(?:the\s+)?(?:next|coming)\s", re.IGNORECASE)  # `next week`: of nothing that has happened
# a contrast of its own, with its own figure (narrower than `_NEW_CLAUSE`: `, and` often shares a time)
_NEXT_CLAUSE = re.compile(  # `..., as gold imports surged to`, `..., and about 30,000 people were forced`
    r",\s+(?:while|whereas|as)\s|;\s|,\s+and\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?[$€£¥]?\d"
    # `..., and the order backlog stood at 208.72 million tonnes at the end of December`: a subject of its own
    r"|,\s+and\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){1,4}"
    r"(?:stood|was|were|rose|fell|reached|totaled|totalled|grew|climbed)\b"
    r"|,\s+and\s+(?:has|have)\s+(?!been\b|to\b)"  # `..., and has set aside 139.4 trillion rupiah`: a statement of its own
)
# `less than half the 8.1 percent gain of 2023`: the figure a ratio is taken of
_RATIO_OF = re.compile(
    r"\b(?:half|a\s+(?:third|quarter|fifth|tenth)|twice|double|triple)\s+(?:of\s+)?(?:the|its|their|his|her)\s+$",
    re.IGNORECASE,
)
_HAD_ASIDE = re.compile(r",\s+(?:which|who)\s+had\s")  # an aside told before the main clause's time
# an aside of what holds, in the present tense (not a share of the sentence's own series: `Advertising revenue, which
# accounts for about 87 percent of the total, fell 3 percent`; nor `which is 498,000 fewer than`)
_STANDING_ASIDE = re.compile(
    r",\s+(?:which|who|where)\s+(?:now\s+|still\s+)?(?!accounts|makes|represents|comprises|constitutes)[a-z]+[^s\W]s\b"
)
# a place's aside tells of another event there (not `The new law, which takes effect on Jan. 1,`: its own time)
_RELATIVE_ASIDE = re.compile(
    rf"{RELATIVE_CLAUSE}"
    # `The scheme, launched in 2020 with an outlay of Rs 41,000 crore, has attracted`: a participle's with a figure
    # of its own (not `The first fund, launched in 2014, raised 138.7 billion yuan`: then)
    r"|,\s+(?:launched|founded|introduced|created|established|built|opened)\b[^,;]*\bwith\b"
    r"(?:[^,;]|,(?=\d))*\d(?:[^,;]|,(?=\d))*,"
    # `Shein, founded in China in 2008 and now based in Singapore, ships to`: what holds now, not then
    r"|,\s+(?:launched|founded|introduced|created|established|built|opened)\b[^,;]*,(?=\s+(?:now\s+)?[a-z]+s\b)"
    # `..., according to a filing by Alibaba, which owns about 33 percent of the company.`: one that ends the sentence
    r"|,\s+(?:which|who)\b(?:[^,;]|,(?=\d))*$"
)
# the time of something else the sentence names: `breaking a record set in 1977`, `under the national security law
# imposed by Beijing in 2020`
# a record a figure beats, whose time is its own
_BEATEN = re.compile(rf",\s+(?:{'|'.join(BEATING_WORDS)})\s+(?:the|its|a)\s", re.IGNORECASE)
_RECORD_SET = re.compile(
    r"\b(?:record|high|low|peak|mark)\s+(?:set|reached|hit|seen|recorded)\s+(?:back\s+)?(?:in|on)\s+$"
    r"|\b(?:laws?|rules?|polic(?:y|ies)|ban|measures?|act|regulations?|agreements?|deal|treaty|scheme|program(?:me)?)\s+"
    r"(?:imposed|introduced|enacted|passed|adopted|launched|signed|approved)(?:\s+by\s+(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,4})?\s+(?:in|on)\s+$"
    # `the biggest increase since the agency began compiling data in 1970`: when the records begin
    r"|\bsince\s+(?:the\s+)?[\w’'-]+\s+(?:began|started|first)\s+(?:[\w-]+\s+){0,3}?(?:in|on)\s+$"
)
# what a subject expects or plans to do, after a figure
# (`its gross margin was 57.8 percent and forecast fourth-quarter revenue of`: a clause of what is to come)
_EXPECTATION = re.compile(  # (`and said it would buy back $1.75bn of shares in the fourth quarter` too)
    rf"\b(?:{_EXPECTS})\s+(?:[\w\-]+\s+){{0,4}}?to\s|\bwill\s|\bwould\s(?!have\b)|\band\s+(?:{_EXPECTS})\s"
)
_GOES_ON = re.compile(  # `Among them, ...`, `In terms of major tax categories, ...`: the figures just given, in parts
    r"(?:Among|Of)\s+(?:them|these|those|which|this|the\s+total)\b|In\s+terms\s+of\s+(?:the\s+)?(?:main|major|key)\s"
    r"|(?:At|In|During|Over)\s+the\s+same\s+(?:time|period),"  # `At the same time, 1.967 million couples ... divorce`
)
_OPEN_QUOTE = re.compile("“")
_CLOSE_QUOTE = re.compile("”")
_ACCORDING = re.compile(r"according\s+to\s+(?:the\s+)?$")
_DURING_EVENT = re.compile(r"(?:During|Throughout|Over)\s+the\s+(?:[\w-]+\s+)?[A-Z]")
# another act after a figure, whose time is its own: `made up 19.2 percent, and the council expects ... in 2025`;
# `would cut 15,000 jobs as it reported a second-quarter loss` (the results', not the cuts')
_ANOTHER_ACT = re.compile(
    r",\s+(?:and|but|while)\s+(?:the\s+)?[a-z]+\s+(?:expects?|expected|predicts?|predicted|forecasts?|estimates?|"
    r"estimated|projects?|projected|says?|said)\b"
    r"|\bas\s+(?:it|they|the\s+[a-z]+)\s+(?:reported|posted|announced|unveiled|released|published)\b"
    r"|,\s+and\s+that\s"  # `told RFA that their pay had been cut by a third, and that bonuses for 2023 had not been paid`
    r"|,\s+(?:after|following)\s+(?:years|months|decades|weeks)\s+of\b"  # `, after years of blackouts that peaked in 2023`
)
_OF_FIGURE = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:about\s+|nearly\s+|some\s+)?")
_OWN_WORK = re.compile(  # `Eurocontrol said in its annual review`: the outlet's own publication too
    r"(?:[’']s|\s+(?:said|says|reported|wrote)\s+in\s+its)\s+(?:own\s+|annual\s+|latest\s+|monthly\s+|quarterly\s+)?"
    r"(?:analysis|calculations?|survey|review|tally|count|estimates?|investigation|research|reporters?|database|report)\b"
)
# how an outlet came by what it reports: `a notice obtained by the Epoch Times`, `villagers who spoke to The Epoch Times`
_OBTAINED_BY = re.compile(r"\b(?:(?:obtained|seen|reviewed|acquired)\s+by|(?:spoke|talked)\s+to|told)\s+(?:the\s+)?$")
_ARTICLE_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SAYS = re.compile(r"\s+(?:\([a-z]+\)\s+)?(?:recently\s+)?(?:reported|said|says|wrote)\b")


_DATA_FIRM_BEFORE = re.compile(r"\b(?:firm|consultancy|tracker|provider|institute)\s+$")


def _reporter(name: str, sentence: str, outlets: Sequence[Outlet]) -> bool:
    """Whether ``name`` is the outlet of the source line merely reporting (`Xinhua reported that`).

    The outlet's own findings (`Caixin's PMI`, `CDT has confirmed`) still credit it.
    """
    name = _ARTICLE_THE.sub("", name)  # `The Epoch Times` is the outlet `Epoch Times`
    if not any(name.lower() == _ARTICLE_THE.sub("", o.name).lower() for o in outlets):
        return False
    low, name = sentence.lower(), name.lower()
    at = low.find(name)
    while at >= 0:
        # `according to Caixin’s analysis of local budget reports`; `market research firm IDC said`: a data firm's
        # own figures, in its own release
        own = _OWN_WORK.match(low, at + len(name)) or _DATA_FIRM_BEFORE.search(low, max(0, at - 30), at)
        obtained = _OBTAINED_BY.search(low, max(0, at - 20), at)  # `a notice obtained by the Epoch Times`
        if not own and (obtained or _ACCORDING.search(low, max(0, at - 20), at) or _SAYS.match(low, at + len(name))):
            return True
        at = low.find(name, at + 1)
    return False


def _found_credit(sentence: str, ctx: _Context) -> Credit | None:
    """The source ``sentence`` credits, unless it is the outlet merely reporting; a surname alone
    (`Chan said`) is the person the article named in full (`Financial Secretary Paul Chan`)."""
    if "according to" in sentence:
        sentence = _EXPECTATION_CREDIT.sub(r"\1", sentence)
    def named_by(head: str) -> str | None:  # `the company said`, `the city government announced`, `it said`
        opening = _opening_name(sentence, ctx)
        if opening and without_title(opening) != opening:
            opening = None  # `Chief Executive Michael O’Leary said`: a person, who speaks for the company
        if head == "it":  # `Norway's $1.8 trillion wealth fund posted ..., it said`: the fund, not the country
            owned = _OWNED_BODY.match(sentence)
            if owned:
                return f"{owned['owner']} {owned['body']}"
            return opening if opening and not sentence.startswith(("'", "’"), len(opening)) else None
        resolved = opening or ctx.state.resolve(f"the {head}", sentence)
        if head in COMPANY_WORDS and (resolved is None or is_agency(ctx.expand.get(resolved, resolved))):
            # `BYD sold 502,657 vehicles in October, the carmaker said`, after the industry body (CAAM) was named:
            # the firm the sentence opens with
            return _opening_firm(sentence) or resolved
        return resolved

    credit = find_credit(sentence, ctx.expand, ctx.sources, named_by)
    if credit is not None and _reporter(credit.name, sentence, ctx.outlets):
        credit = None  # `Xinhua reported that`, `a notice obtained by the Epoch Times`: the outlet, reporting
    elif credit is not None and is_place(credit.name) and (gauge := _PLACES_GAUGE.search(sentence)):
        # `China's official PMI fell to 49.1, the statistics bureau said`: the country's gauge, not a source
        credit = find_credit(sentence[gauge.end("owner") :], ctx.expand, ctx.sources, named_by)
    if credit is None and cites_document(sentence):
        if ctx.issuer is None:  # looked for only once an article cites a document: most never do
            ctx.issuer = document_issuer(ctx.state.body) or ""
        if ctx.issuer:
            return Credit(ctx.issuer, True)  # `According to the log, ...`: the log the article said who keeps
    if credit is None:
        return None
    credit = replace(credit, name=without_home(credit.name))  # `Taiwan's Foxconn reported`: Foxconn
    if " " not in credit.name:
        # given name and surname, without a title (`Financial Secretary`); a Chinese surname comes first
        # (`Premier Li Qiang` ... `Li told the forum`)
        full = {
            " ".join(words[-2:])
            for words in (n.split() for n in ctx.state.names)
            if len(words) >= 2 and credit.name in (words[-1], words[-2])
        }
        if len(full) == 1:
            return replace(credit, name=full.pop())
    return credit


# a body a sentence opens with, owned by a place or firm: `Norway's $1.8 trillion sovereign wealth fund`
_OWNED_BODY = re.compile(
    r"(?P<owner>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}['’]s)\s+(?:(?:US)?\$[\d.,]+\s+(?:million|billion|trillion)\s+)?"
    r"(?P<body>(?:[a-z][\w\-]*\s+){0,3}(?:fund|bank|company|firm|group|agency|regulator|ministry|office|bureau|"
    r"insurer|lender|carrier|airline|utility))\b"
)


# one capitalised word that does something in the past tense: `Meituan completed more than 450,000 drone deliveries`
_OPENING_DOER = re.compile(  # `Tesla sold`, `CATL plans to`, `Foxconn's revenue rose`
    rf"(?P<name>[A-Z][\w&-]*[a-z][\w&-]*|[A-Z]{{2,6}})(?:[’']s(?:\s+[a-z][\w-]*){{1,3}})?\s+(?:has\s+|had\s+)?"
    rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES}|plans|aims|expects|will|intends)\b"
)
_NOT_FIRMS = frozenset(("This", "That", "There", "Its", "Their", "Such"))


def _opening_firm(sentence: str) -> str | None:
    """The one-word name a sentence opens with when it ends `the company said` and the article has named no
    company before: a name the article has not yet given reason to take as one."""
    m = _OPENING_DOER.match(sentence)
    name = m["name"] if m else None
    return name if name and name not in _NOT_FIRMS and not name.endswith("s") and not is_place(name) else None


def _opening_name(sentence: str, ctx: _Context) -> str | None:
    """The name a sentence opens with, which `the company said` at its end points back to: `Cisco Systems has
    completed its acquisition of Splunk, ..., the company said`."""
    return max((n for n in ctx.state.names if sentence.startswith(f"{n} ")), key=len, default=None)


def _last_credit(ctx: _Context) -> str | None:
    """The last source credited in the article, searching the unread lines newest first."""
    for line, offset in reversed(ctx.unread):
        for sentence in reversed(split_sentences(line, offset)):
            credit = _found_credit(sentence.text, ctx)
            if credit is not None and credit.shared:
                ctx.last_credit = credit.name
                ctx.unread.clear()
                return ctx.last_credit
    ctx.unread.clear()
    return ctx.last_credit


# the families of measures a series keeps across sentences (not counts, shares or money, which change series often)
_PHYSICAL = frozenset(("length", "area", "volume", "mass", "temperature", "power", "energy", "speed", "flow"))
# unnamed forecasters who credit a whole sentence: `Repairs will cost about $125, analysts estimated`
_UNNAMED_LAST = re.compile(
    r",\s+(?:[a-z]+\s+){0,2}(?:analysts|economists|experts|forecasters)\s+"
    r"(?:said|say|says|estimated|estimate|estimates|expect|expects|expected|predicted|forecast)\W*$"
)
_SAID_IT = re.compile(r"\s+(?:said|says|reported|announced)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:it|its)\s")


def _credit(sentence: str, ctx: _Context, claims: list[Claim]) -> str | None:
    """Update the paragraph's credited source from ``sentence``; return a speaker credited only here."""
    credit = _found_credit(sentence, ctx)
    if credit is None:
        if is_unnamed(sentence):
            # (`The economy added 2,000 jobs, short of the 20,000 economists had forecast`: the forecast is unnamed
            # forecasters', the jobs go on being the release's)
            if is_unnamed(FORECASTERS_AFTER.sub("", sentence)) or _UNNAMED_LAST.search(sentence):
                ctx.credit = None  # (`Repairs will cost about $125, analysts estimated`: the whole sentence theirs)
            return None
        if is_anaphoric(sentence):
            ctx.credit = ctx.credit or _last_credit(ctx)
        return None
    ctx.uncredited, backfill = [], ctx.uncredited
    ctx.sources.append(credit.name)
    if not credit.shared and _SAID_IT.match(sentence, len(credit.name)) and sentence.startswith(credit.name):
        credit = replace(credit, shared=True)  # `Luckin Coffee said on Monday it had opened`: a firm, whose word goes on
    if not credit.shared:
        return credit.name
    anaphoric = is_anaphoric(sentence)
    for i in backfill:
        # `The data, reported by The Paper citing X` covers the figures before it; `HSBC posted a profit of
        # ... Revenue climbed ..., the lender said`: so does a company's word the figures of it before, in
        # the paragraph
        own = claims[i].entity == credit.name and is_company(credit.name) and claims[i].start >= ctx.paragraph_start
        if anaphoric or own:
            claims[i] = replace(claims[i], attributed_to=credit.name)
    ctx.credit = ctx.last_credit = credit.name
    ctx.unread.clear()
    return None


def _read_for_credit(text: str, offset: int, ctx: _Context, claims: list[Claim], new_paragraph: bool) -> None:
    """Read the end of a paragraph that states no figures: a whole line, or what follows its last figure.

    All it can pass on is a credit that later lines point back to. With no claims waiting
    for one, it is searched only if a later sentence points back (most never do).
    """
    ctx.state.observe(text, new_paragraph)
    if new_paragraph:
        ctx.paragraph_start = offset
    if not ctx.uncredited:
        ctx.unread.append((text, offset))
        return
    for sentence in split_sentences(text, offset):
        _credit(sentence.text, ctx, claims)


def _sentence_claims(
    sentence: Sentence,
    paragraph: int,
    quantities: list[Quantity],
    ctx: _Context,
    claims: list[Claim],
    item: bool = False,
) -> None:
    """Append the claims of one sentence, then carry its period, credit and quotes to the next."""
    text = sentence.text
    new_paragraph = paragraph != ctx.paragraph
    if new_paragraph:
        ctx.paragraph, ctx.pending, ctx.paragraph_start = paragraph, None, sentence.start
        if not _GOES_ON.match(text):  # `Among them, ...` opens a paragraph on the figures just given
            ctx.period, ctx.credit = None, None
        ctx.forecast = None
        ctx.quote_depth, ctx.quote_speaker = 0, None
    # the first sentence of a list item: after its bullet (`– 2021: ...`) or its number (`1.`, split off before)
    listed = ctx.lead_in if ctx.lead_in is not None and (item or _BULLET.match(text) or _NUMBERED_LINE.match(text)) else None
    if listed is not None and (new_paragraph or item):  # (`1.` is a sentence of its own before the item's text)
        ctx.credit = listed[2]
    known = len(ctx.sources)
    speaker = _credit(text, ctx, claims)
    credited_here = ctx.sources[known:]  # the sources this sentence names
    ctx.state.observe(text, new_paragraph)
    if not quantities:
        _close_quotes(text, speaker, ctx)
        ctx.pending = text
        return
    if ctx.pending is not None:
        ctx.period = _carried(find_periods(ctx.pending, ctx.published), ctx.period, ctx.pending)
        ctx.pending = None
    mentions = find_periods(text, ctx.published)
    back = next((m.periods_back for m in mentions if m.periods_back), 0)
    if back and ctx.period and not any(m.role is Role.PERIOD for m in mentions):
        ctx.period = _story_time_after(claims, ctx.period, back) or ctx.period
    mention_starts = [m.start for m in mentions]
    present = _present_tense(text)
    opened = [m.start() for m in _OPEN_QUOTE.finditer(text)]
    closed = [m.start() for m in _CLOSE_QUOTE.finditer(text)]
    here: list[tuple[Description, str]] = []
    lead: str | None = None  # the period of the first figure that is not a base compared with
    led = False  # whether that figure is a fact of some time (not a target's, nor an age)
    starts = [q.start - sentence.start for q in quantities]
    bases = [  # figures compared with (not `1,624 fugitives from 46 countries`: where they came from)
        at
        for i, at in enumerate(starts)
        if _FROM_BASE.search(text, max(0, at - 40), at) and not _counts_another_thing(quantities, i)
    ]
    base_ends = [q.end - sentence.start for q in quantities if q.start - sentence.start in bases]
    joined = "after" in text or "following" in text or ", " in text  # what a figure of another event needs
    other_events = [at for at in starts[1:] if joined and _OTHER_EVENT_FIGURE.search(text, max(0, at - 60), at)]
    moved_here = False  # the figure before moved to this one: `rose 1% to $9,600`
    market = False  # the figure before was a market price's move (or the price it moved to)
    spans = (" the " in text or "ull" in text) and any(
        span in text for span in ("quarter", "month", "year", "half", "period")
    )
    the_span = _THE_SPAN.search(text) if spans else None
    # a week's move, or a seasonally adjusted series', is from the period before, which the text need not say
    sequential = "week" in text and _WEEKLY.search(text) is not None  # not `a bonus equal to 20 weeks of salary`
    sequential = sequential or "easonally" in text and _SEASONALLY_ADJUSTED.search(text) is not None
    shares = any(p in text for p in SHARE_PARTICIPLES)
    own_event = _DURING_EVENT.match(text) is not None  # `During the 16-day Asian Games, ...`: a time of its own
    first = len(claims)
    sentence_asides = [a.span() for a in _RELATIVE_ASIDE.finditer(text)] if ", " in text else []
    for i, q in enumerate(quantities):
        start, end = q.start - sentence.start, q.end - sentence.start
        q = in_local_currency(in_yen(q, text, ctx.state.body), ctx.state.body)
        if q.unit == "count" and q.counted is None and here and unit_family(here[-1][1]) == "time" and (
            _FEWER.match(text, end) or text.endswith((" up", " down"), 0, start - 1)
        ):
            q = replace(q, unit=here[-1][1])  # `271 days of good air quality, 15 fewer than`: days too
        elif (
            q.unit == "count"
            and q.counted is None
            and here
            and here[-1][1] in CURRENCY_CODES
            and _EXTREME_AFTER.fullmatch(text, claims[-1].end - sentence.start, start)
        ):
            q = replace(q, unit=here[-1][1])  # `weakened past 7.3 per dollar on Friday, falling as low as 7.3165`: a rate
        elif q.unit == "count" and q.counted is None and moved_here and any(
            u == "index" and not (d.metric or "").endswith("magnitude") for d, u in here[-2:]
        ):  # (not `the death toll from the magnitude 7.7 earthquake rose to 3,085`)
            q = replace(q, unit="index")  # `fell 452 points, or 1.1%, to 42,326`: the index's level
        # `10,000 Christians faced persecution in 2023, and 552 were detained`: Christians, detained
        done_to = (
            _BARE_PASSIVE.match(text, end)
            if q.unit == "count" and q.counted is None and here and claims[-1].counted
            and _AND_THEN.search(text, claims[-1].end - sentence.start, start)
            else None
        )
        if done_to:
            q = replace(q, counted=claims[-1].counted)
        whole = _whole_before(claims) if q.unit == "count" and q.counted is None and OF_THEM_FIRST.fullmatch(text, 0, start) else None
        if whole:
            q = replace(q, counted=whole)  # `at least 1,574 Uyghurs have been detained ... Of them, 424 were deported`
        days = UNIT_WORDS.get(q.counted.rpartition(" ")[2]) if q.unit == "count" and q.counted else None
        if days and unit_family(days) == "time":
            q = replace(q, unit=days, counted=None)  # `Heavily polluted days rose to eight`: eight days
        quoted = ctx.quote_depth + bisect_left(opened, start) - bisect_left(closed, start) > 0
        attributed = speaker or (ctx.quote_speaker if quoted else None) or ctx.credit
        if attributed is ctx.credit and attributed and not speaker and _a_banks_own_rate(text, start, attributed):
            # `The ECB has kept its deposit rate at 2 per cent`: the bank's own rate, not the release's figure
            attributed = None
        if attributed is ctx.credit and not speaker and "PMI" in text and not (attributed and attributed in text):
            # `The private Caixin manufacturing PMI dropped to 49.3`: the gauge of whoever compiles it
            attributed = next(
                (
                    m["name"]
                    for m in reversed(list(_COMPILED_PMI.finditer(text, 0, start)))
                    if m["name"] not in _NOT_COMPILERS and not is_place(m["name"])
                ),
                attributed,
            )
        asked = " poll" in text or " survey" in text
        polled = _POLL_AFTER.match(text, end) if asked or "according to" in text else None
        if polled is None and asked:
            polled = _POLL_BEFORE.search(text, max(0, start - 80), start)
        if polled is None and "according to" in text and _forecast_by_unnamed(text, start):
            # `analysts’ estimates of $94.58 billion, according to LSEG data`
            polled = _ESTIMATES_ACCORDING.match(text, end)
        if polled:  # `beating a forecast of 5.5 percent in a Reuters poll`: the poll's figure, not the bureau's
            compiler = polled.groupdict()
            attributed = (compiler.get("name") or compiler.get("by") or compiler["data"]).rstrip(".")
        previous, compatible = _previous_alike(here, claims, text, sentence.start, start, q.unit, start in bases)
        earlier, earlier_unit = ctx.previous[min(i, len(ctx.previous) - 1)] if ctx.previous else (None, q.unit)
        # a change in percent may restate a sum before it; a duration is of no series but a time's
        family, earlier_family = unit_family(q.unit), unit_family(earlier_unit)
        timed = family == "time" and earlier_family != "time"
        # (a level a move in this sentence reached is that move's series, not the sentence before's)
        antecedent = None if timed or moved_here else earlier
        if antecedent is not None and family in ctx.measured and earlier_family != family:
            # `The bureau projects the level will fall to 1,055 feet`, after a count of people: the level in feet
            antecedent = ctx.measured[family]
        desc = describe(
            text,
            start,
            end,
            q.unit,
            q.counted,
            ctx.state,
            attributed,
            previous,
            compatible,
            antecedent,
        )
        # `five of 31 economists polled by Reuters had predicted`, `a Reuters poll of 12 economists`: how many asked
        asked_count = q.counted in _FORECASTER_NOUNS or text.endswith(" of ", 0, start) and bool(FORECASTERS_AFTER.match(text, end))
        if desc.kind == "target" and asked_count:
            desc = replace(desc, kind="level")
        forecasters = FORECASTERS_AFTER.match(text, end) if desc.kind == "target" else None
        if desc.kind == "target" and not polled and (_forecast_by_unnamed(text, start) or forecasters):
            attributed = None  # `ahead of analysts’ average estimate of 91.5 billion yuan`: no one named made it
        elif (
            desc.kind != "target"
            and speaker
            and attributed == speaker
            and asked
            and not asked_count  # (`All 38 economists surveyed by Bloomberg`: the poll's own count)
            and _made_poll(text, speaker)
        ):
            # `cut its rate by 250 basis points to 43%, more than the reduction forecast by economists in a Bloomberg
            # survey`: the poll's maker made the forecast, not the cut
            attributed = ctx.credit
        moved = desc.kind == "change" and _market_move(text, start, end)
        market = moved or moved_here and market
        if market and attributed is ctx.credit and not speaker:
            # `The company's shares rose 3.4% after the results`, `closed down 0.6 percent at NT$104.5`:
            attributed = None  # the market's, not the company's
        elif _of_a_rival(attributed, desc.entity, ctx, claims) and not speaker:
            attributed = None  # `Airbus delivered 766 aircraft, it said. Rival Boeing delivered 348`: Boeing's
        elif (
            attributed
            and not speaker
            and " rate" in (desc.metric or " ")
            and _BANK.search(attributed)
            and text.startswith((attributed, f"The {attributed}"))
            and _CENTRAL_BANK_ACTS.match(text)
            and attributed in credited_here
            and attributed not in ctx.sources[:known]  # (a bank credited before goes on: `The ECB said ... The ECB has kept`)
        ):
            attributed = None  # `The Bank of Thailand cut its benchmark interest rate by 25 basis points`: its own rate
        own_goal = OWN_GOAL_AFTER.match(text, end) if desc.kind == "target" else None
        if (forecasters or own_goal) and desc.metric is None and here:  # `below the 10.3 trillion won analysts had
            # expected`, `short of the 800 it had originally targeted`: the goal of the figure reported before it
            source = next((d for d, u in reversed(here) if unit_family(u) == unit_family(q.unit)), here[-1][0])
            desc = replace(desc, metric=source.metric, entity=desc.entity or source.entity, aliases=source.aliases)
        elif desc.kind == "target" and _FORECASTERS_NAMED.match(desc.metric or "") and claims and claims[-1].unit == q.unit:
            # `Economists surveyed by Dow Jones had been looking for readings of 0.2% and 2.8%`: of the series just told
            told = claims[-1]
            desc = replace(desc, metric=told.metric, entity=desc.entity or told.entity, aliases=told.metric_aliases)
        origin = _FROM_PLACE.match(text, end) if q.unit == "count" and q.counted is None and here else None
        if origin and text.endswith(("followed by ", " and "), 0, start) and origin["place"] not in _CALENDAR_NAMES:
            # `Chinese visitors numbered 6.7 million, followed by 4.95 million from Malaysia`: visitors from there
            noun = (_counted_before(claims, q.unit, desc.metric) or "").rpartition(" ")[2]
            if noun:
                q, desc = replace(q, counted=noun), replace(desc, metric=f"{noun} from {origin['place'].lower()}")
        if (
            desc.metric is None
            and q.unit == "percent" == earlier_unit
            and earlier is not None
            and earlier.metric
            and desc.entity not in (None, earlier.entity)
            and not here
        ):  # `... won 28.5% of the vote. Scholz’s Social Democrats slumped to 16.4%`: the same series, another's
            desc = replace(desc, metric=earlier.metric, aliases=earlier.aliases)
        if done_to and q.counted:
            desc = replace(desc, metric=f"{q.counted.lower()} {done_to['v']}")
        if listed is not None:
            desc = list_item(text, start, desc, ctx.state)
            if listed[1] and start not in other_events:  # `around 5 percent, after growth of 3.5 percent in 2024`
                desc = replace(desc, kind="target")
        if q.unit == "count" and desc.metric and " " not in desc.metric and here:
            full = _in_full(desc.metric, here)
            desc = desc if full == desc.metric else replace(desc, metric=full)
        gapped = (
            _GAPPED_MOVE.fullmatch(text, claims[-1].end - sentence.start, start)
            if desc.kind == "level" and here and here[-1][0].kind == "change" and here[-1][1] == q.unit
            else None
        )
        if gapped and (gapped["place"] is None or names_place(gapped["place"])):
            desc = replace(desc, kind="change")  # `fell 29.3 percent from a year earlier and 4.9 percent from October`
            if gapped["place"]:  # `Chengdu grew 5.7 percent and Wuhan 5.2 percent`: the same series, Wuhan's
                desc = replace(desc, metric=here[-1][0].metric, entity=gapped["place"])
        if start in bases and desc.kind == "level" and here and here[-1][0].kind == "target" and PREVIOUSLY.match(text, end):
            desc = replace(desc, kind="target")  # `projects inflation at 3.1%, down from 3.7% earlier`: the forecast before
        revised = start in bases and desc.kind == "target" and _REVISED.search(text, 0, start) is not None
        revised = revised or start in bases and (TARGET_AFTER.match(text, end) or PREVIOUSLY.match(text, end)) is not None
        if start in bases and desc.kind == "target" and not FORECAST_SERIES.search(desc.metric or "") and not revised:
            # `expects 46 million, compared with 65 million in 2018`: a reading; but `raised its forecast to
            # 2.6% from 2.1%` revised one forecast into another, and `larger than the HK$48.1 billion originally
            # forecast` compares with a forecast
            desc = replace(desc, kind="level")
        if start in bases and desc.kind == "level" and q.unit == "percent" and any(_growth_of(h, desc) for h in here[-2:]):
            # `grew 4.6 percent, slowing from 4.7 percent`: a growth rate too (and `grew 4.8%, beating a forecast for
            # 3.8%, and up from 3.2%`, once the target base is a reading)
            desc = replace(desc, kind="change")
        # a count in the present tense, or what can be (`The Commission can impose penalties of up to 10 percent`),
        # is of no time the sentence before named
        inherited = (
            None
            if q.unit == "count" and present
            or own_event
            or market
            or _ABILITY.search(text, 0, start)
            or _NOW.search(text, 0, start)
            or "ince then" in text and _SINCE_THEN.search(text, 0, start)
            else ctx.period
        )  # (nor is what holds `now`: `its plants were now available 61% of the time`; nor a share price's day; nor
        # what has come `Since then`, after the time the sentence before named)
        # only time references near the figure can be its period (run-on text can be very long),
        # and not one after a later base (`fell to 4.1% from 4.2% in August`: August is the base's)
        # or another event's figure after it (`after a 2.5 percent fall in September`)
        reach = min([end + _PERIOD_REACH, *(b for b in bases + other_events if b > start)])
        act = _ANOTHER_ACT.search(text, end, reach) if ", " in text[end:reach] or " as " in text[end:reach] else None
        if act:  # the time after it is the forecast's, the report's
            reach = act.start()
        later = quantities[i + 1].start - sentence.start if i + 1 < len(quantities) else None
        share_of_later = q.unit == "percent" and later is not None and _OF_FIGURE.fullmatch(text, end, later)
        if later is not None and (start in bases or share_of_later or _NEXT_CLAUSE.search(text, end, later + 1)):
            # `from 2,590 yuan to 2,690 yuan on July 1`, `71 percent of the 26.4 billion patacas recorded in
            # October 2019`, `averaged 410 micrograms, while farm fires rose to 2,544 on Sunday`: the time after
            # the later figure is the later one's
            reach = min(reach, later)
        elif later is not None and (clause := _NEXT_CLAUSE.search(text, end, reach)):
            # `rose 13.8% to 48.18 million tonnes, and the order backlog stood at ... at the end of December`:
            # a time after a clause of its own is that clause's
            reach = min(reach, clause.start())
        near = mentions[bisect_left(mention_starts, start - _PERIOD_REACH) : bisect_left(mention_starts, reach)]
        if desc.kind == "target" and reach in bases:  # `will lower it to 15 percent from 20 percent starting October 1`:
            base_end = base_ends[bases.index(reach)]  # the day the new level takes effect, named after the old one
            near += [m for m in mentions if m.role is Role.BY and 0 <= m.start - base_end <= _OWN_TIME_AFTER]
        if start in other_events:  # another event's figure takes no time named before it, only a way of comparing
            near = [m for m in near if m.start >= end or m.role is Role.COMPARED]  # (`in 2024 after a 0.3 percent
            # decline in 2023`: 2023's; `month-on-month in May, after a 0.6 percent drop in April`: April's on March)
        # `breaking a record set in 1977`: the time of the record, not of the figure
        near = [m for m in near if m.start < end or not _RECORD_SET.search(text, max(0, m.start - 80), m.start)]
        # `sold 9.5 million tickets, beating the 8.3 million sold for the 1996 Games`: that time is the record's
        near = _before_record_beaten(near, text, end)
        if base_ends and (_NEXT_CLAUSE.search(text) or " and " in text and _CLAUSE_AFTER_BASE.search(text)):
            # `rose to 9.54 million from 9.02 million in 2023, while deaths totaled 10.93 million`: the time of a
            # base in the contrast before is that base's
            near = [m for m in near if m.start >= end or not _base_time(m.start, base_ends, text, start)]
        within = next(((a, b) for a, b in sentence_asides if a <= start and end <= b), None)
        if within and _STANDING_ASIDE.match(text, within[0]):
            # `A COE, which gives the right to own a car for 10 years, was priced ... in 2020`: what holds, of no time
            # the sentence names (not `shipments, which jumped 43.9% to $141.9 billion,` in 2024)
            near = [m for m in near if within[0] <= m.start < within[1]]
            inherited = None
        elif within and _HAD_ASIDE.match(text, within[0]):  # `The Reserve Bank, which had projected growth of 7%
            near = [m for m in near if m.start < within[1]]  # ..., is expected to hold rates next week`: not its time
        asides = [(a, b) for a, b in sentence_asides if b <= start]
        if asides:  # `In Germany, where subsidies ended in December, sales plunged`, `The shares, which lost 32% last
            # year, rose 3.4%`: the aside's time, not theirs
            near = [m for m in near if not any(a <= m.start < b for a, b in asides)]
        if any(m.role is Role.PERIOD and 0 <= m.start - end <= _OWN_TIME_AFTER for m in near):
            # `infected in 2023, compared with 941 cases in all of 2022`: a time behind a comma is the clause
            # before's, when one follows the figure closely
            near = [m for m in near if m.start >= end or m.role is not Role.PERIOD or "," not in text[m.end : start]]
        if desc.kind in ("level", "change") and start not in bases and _by_a_later_year(near, end, ctx.published, text):
            desc = replace(desc, kind="target")  # `raised duties from 25 percent to 50 percent by 2025`: a level to come
        if text.find(" after ", 0, start) >= 0:  # `would spend more in 2025 after capital expenditure rose to 36.6
            near = [m for m in near if m.start >= start or not _AFTER_CLAUSE.search(text, m.end, start)]  # billion yuan`
        if text.find(" after ", end) >= 0:  # `1.87 million excess deaths in the two months after Beijing abandoned its
            # zero-COVID policy in December 2022`: the time of that event; `has laid off 400 employees after its
            # revenue fell 28 percent last year`: the fall's
            near = [
                m
                for m in near
                if m.start < end or not (_AFTER_EVENT.search(text, end, m.start) or _AFTER_CLAUSE.search(text, end, m.start))
            ]
        if rate_as_it_stands(text, start, end):
            near = [m for m in near if m.start < start]
        owner = next((m for m in near if m.label and "s " in text[m.end : m.end + 3] and _TIME_OWNS.fullmatch(text, m.end, start)), None)
        if owner:  # `This year's sales of 5 million cars beat last year's`: the time that owns the figure
            near = [m for m in near if m is owner or m.role is Role.COMPARED]
        now = _NOW_BEFORE.search(text, max(0, start - 100), start) if " now " in text else None
        if now:  # `in 2024, most of them in Shenzhen, where its drones now serve 53 routes`: today's, not 2024's
            near = [m for m in near if m.start > now.start()]
        then = _SECOND_PREDICATE.search(text, end) if " and " in text and present else None
        if then and not any(m.start < then.start() for m in near if m.start >= end):
            # `holds 70 percent of the market and sold 5 million drones last year`: the time of the second predicate,
            # in the past tense (not `killed two people and injured 200 ... on Thursday`, both of Thursday)
            near = [m for m in near if m.start < then.start()]
        if " and " in text and start > 0 and any(m.role is Role.PERIOD and m.start >= end for m in near):
            # `has cut 1,200 jobs this year and spent 21.3 billion yuan on research in 2023`: a time before a second
            # predicate is the first one's, when the second names its own
            near = [m for m in near if m.start >= end or not _SECOND_PREDICATE.search(text, m.end, start)]
        relative = _RELATIVE_AFTER.search(text, end) if ", wh" in text else None
        if relative:
            near = [m for m in near if m.start < relative.start() or m.role is Role.COMPARED]
        # `rose about 4.8 percent from 47.3 million TEUs in 2023`: 2023 is the base's time
        moved_from = next((b for b in bases if b > end), -1) if desc.kind == "change" else -1
        base_time = None
        if moved_from > 0 and _FROM_RIGHT_AFTER.fullmatch(text, end, moved_from):
            base_time = next((m for m in near if m.start > moved_from and m.role is Role.PERIOD and m.label), None)
        if base_time:
            near = [m for m in near if m.start < moved_from]
        multiple_of = _MULTIPLE_AFTER.search(text, end) if " the" in text else None
        if multiple_of:
            near = [m for m in near if m.start < multiple_of.start()]
        multiple_base = TIMES_BEFORE.match(text, end) if q.unit == "times" else None
        if multiple_base:  # `1.8 times the daily average of the first half of the year`: the time of its base
            near = [
                replace(m, role=Role.COMPARED) if m.role is Role.PERIOD and end <= m.start < multiple_base.end() else m
                for m in near
            ]
        next_end = quantities[i + 1].end - sentence.start if i + 1 < len(quantities) else None
        if next_end is not None:  # `fell 7.2 percent in 2024, and are now 40 percent below their 2019 peak` (or
            # `fell 4.2 percent to HK$107, and are down 40 percent from their 2019 peak`: any later figure's)
            later_ends = [x.end - sentence.start for x in quantities[i + 1 :]]
            near = [
                m
                for m in near
                if not (m.role is Role.COMPARED and any(_BASE_OF.fullmatch(text, e, m.start) for e in later_ends if e <= m.start))
            ]
            # `rose 24 percent to 226.8 billion patacas, ..., about 77 percent of the level in 2019`: a later share's
            near = [m for m in near if not (m.role is Role.COMPARED and m.owned and m.start > next_end)]
        target = desc.kind == "target"
        if target and " had " in text and _HAD_FORECAST.search(text, 0, start):
            # `The finance ministry had forecast inflation of 5 to 6 percent for November`: a forecast made before, of
            # a time that has come by now
            near = [replace(m, ahead=None) if m.label else m for m in near]
        if target and _FORECAST_NOUN.search(text):
            # `raised its full-year profit forecast to 3.4 trillion yen on Wednesday`: the day it was raised, not the
            # time forecast (but `agreed to pay £100 million on Monday`: a deal of that day)
            near = [m for m in near if not _WEEKDAY.fullmatch(text, m.start, m.end)]
        if not target and not _FUTURE_MOVE.search(text, max(0, start - 40), start):
            # `had shipped 404,000 doses to Kassala, where a campaign would begin next week`: that event's (but `the
            # minimum wage would rise by 6.5 percent next year`: the move's own)
            near = [m for m in near if m.start < start or not _TIME_TO_COME.match(text, m.start)]
        if not target and later is not None:  # `16 districts must recruit 120 workers by the end of June`:
            near = [m for m in near if not (m.role is Role.BY and m.start > later)]  # the later target's deadline
        cue = max((m.end() for m in _TARGET_CUE.finditer(text, 0, start)), default=None) if target else None
        expectation = None if target else _EXPECTATION.search(text, end)
        if expectation:  # `which assembles 70 percent of iPhones, said it expects first-quarter revenue to grow`
            near = [m for m in near if m.start < expectation.start()]  # the time to come is not the figure's
        if start in bases and not any(m.start >= end for m in near):
            inherited = None  # `down from 452`: an earlier reading, of a time the text does not name
            if _MOVED_FROM.search(text, max(0, start - 30), start) and not _REVISED_FROM.match(text, end):
                # ... nor the time of the figure that moved from it (`$128 million in 2022, down from $14.5 billion`;
                # not `compared with $3.9 billion to Europe`, of the same time)
                near = [m for m in near if m.start >= end or m.role is not Role.PERIOD or m.owned]
        if start in bases:  # `starting July 1, the wage will be raised from 2,690 yuan`: the date is the new wage's
            replaced = bool(here) and here[-1][0].kind == "target"  # (as after it: `to 15 percent from 20 percent starting`)
            near = [m for m in near if not (m.role is Role.BY and (m.start < start or replaced))]
        period, base = choose_period(near, start, end, target=target, context=inherited, cue=cue)
        if base is not None and _SAME_AS.search(text, max(0, base.start - 20), base.start):
            base = None  # `rose 2.4%, the same as the previous month`: the rate then was the same, not the base of this one
        if (
            desc.kind == "level"
            and base is not None
            and _RECORDED_THEN.fullmatch(text, end, base.start)
        ):  # `more than the 1,355 recorded in the same period last year`: a reading of the time compared with
            period, base = compared_label(base, period), None
        if base_time and base is None:
            base = replace(base_time, role=Role.COMPARED)
        if base is not None and base.quarterly and period:
            period = in_quarter(period)  # `... at the end of September. Rents fell 3.2% from the previous quarter`: Q3's
        if led and lead and (own_goal or measured_against(text[max(0, start - 60) : start])):
            period = lead  # `comparable sales rose 5.3 percent in the third quarter, beating estimates of 3.6 percent`
        if here and text[claims[-1].end - sentence.start : start].strip() == "(":
            period = claims[-1].period  # `1.67 trillion yuan (US$231 billion)`: a conversion, of the same time
            if q.qualifier == "exact":  # `more than 12 billion yuan ($1.65 billion)`: more than that, too
                q = replace(q, qualifier=claims[-1].qualifier)
        elif revised and here:  # `raised its forecast for this year’s harvest to 15.1 billion, up from 14.9 billion
            period = claims[-1].period  # last month`: the earlier forecast of the same year
        elif period is None and here and shares and _SHARE_OF_BEFORE.search(text, max(0, start - 40), start):
            period = claims[-1].period  # `a budget of NT$647 billion for 2025, equal to 2.45 percent of GDP`
        when = _WHEN_IT_WAS.search(text, max(0, start - 60), start) if period is None and " when " in text else None
        if when:  # `has more than doubled since 2016, when it stood at NT$320 billion`: that time's
            period = next((m.label for m in mentions if 0 <= when.start() - m.end <= 1), None)
        if period is None and listed is not None:
            period = listed[0]  # a goal in a list under `Its main targets for 2024:` is for 2024
        if period is None and target and start not in bases and unit_family(q.unit) != "time":
            # `raised its forecast for this year’s harvest ..., as weather boosted expected yields to 181.1 bushels`;
            # `... projected to reach 37.4 billion tonnes in 2024. China's are expected to rise`
            forecast = _forecast_time(claims[first:])
            own_time = any(m.role is Role.PERIOD for m in mentions)  # `will rise to 25 percent from 7.5 percent this year`
            if forecast is None and ctx.forecast and not own_time and _FORECAST_OF_FIGURE.search(text, max(0, start - 60), start):
                forecast = ctx.forecast
            period = forecast
        # `during the quarter`: the quarter named before, over a time the sentence before only passed on (`on
        # December 31 ... carried 2.6 billion passengers during the year`: the year's; not `over the same period`)
        passed_on = period == inherited and not any(m.role is Role.PERIOD and m.label is not None for m in near)
        if the_span and (
            period is None or passed_on and the_span["span"] in _SPANS and label_span(period) != the_span["span"]
        ):
            period = _last_period(claims, the_span["span"]) or period
        if period is None and target and desc.metric and (
            _FORECAST_BEFORE.search(text, 0, start)
            or _FORECAST_AFTER.match(text, end)
            or FORECAST_BY.match(text, end)
            or forecasters
            or polled
            or _FORECAST_OF.search(text, max(0, start - 40), start)
        ):  # `Economists had expected the CPI to drop 0.1%`, `above the 4.5 percent forecast in a Reuters poll`,
            # `beating the government’s estimate of 7.6 percent`
            # the sentence's reading, else the last of the series, else the paragraph's time
            period = (led and lead) or _reading_period(claims, desc.metric) or ctx.period
        year_on = None
        if period is None and desc.kind == "change" and base is not None and base.years:
            period = base.years[1]  # `more than doubled between 1990 and 2022`: the change to 2022
        if period is None and desc.kind == "change" and base is not None and base.deictic:
            period = context_label([base])
        elif period is None and desc.kind == "change" and base is not None and base.label and len(base.label) >= 4:
            # `Compared with August 2023, production was 5.0 percent lower`: the August the article reports on
            # (a time read from the base, which the next sentence does not take as named)
            year_on = shift_label(base.label, years=1)
            period = year_on if any(c.period == year_on for c in claims[-8:]) else None
        framed = base is not None and base.label is None and _opens_with_frame(text, base)
        # (`A year ago`, in a new paragraph: a year before the month of publication)
        setting = (period or (f"{ctx.published:%Y-%m}" if ctx.published else None)) if framed else None
        framed = framed and setting is not None
        if framed and base is not None and setting:
            # `A year earlier, exports fell 2%`, `In the previous quarter, growth was 6.7%`: the time the sentence
            # is set in, moved from the one before (and no time for the next); the figure's own base is its usual one
            period, base = compared_label(base, setting) or period, None
        if start in bases and base is not None and base.label is None and period and 0 <= base.start - end <= 20:
            period = compared_label(base, period) or period  # `from 4.1% a year earlier`: that year's reading
            # that time is when the figure was, not its base: `grew 7.8% from a year earlier, faster than the 6.5%
            # growth in the previous three months` (each on a year before), `expanded 0.9 percent on a quarterly
            # basis, compared with 0.5 percent in the previous quarter` (each on the quarter before)
            base = _same_basis(claims[-1]) if here else None
        if (
            period is None
            and start in bases
            and here
            and claims[-1].period
            and desc.entity != claims[-1].entity
            and _BESIDE_AFTER_COMMA.search(text, max(0, start - 40), start)
        ):  # `was 8.89 per thousand, compared with 6.77 per thousand nationwide`: another's reading of that time
            period = claims[-1].period
        reached = claims[-1].period if here and claims[-1].kind == "level" else None
        then_from = _TO_THEN_FROM.fullmatch(text, claims[-1].end - sentence.start, start) if reached else None
        if (
            start in bases
            and desc.kind == "level"
            and then_from
            and reached
            # a year's reading; a month's or a quarter's named right there (`rose to 3.3 percent in October from 3.2
            # percent`: September's), since one passed on from before may be of any time before
            and (len(reached) == 4 or then_from["named"] and len(reached) == 7)
            and not any(m.start >= end for m in near)
        ):  # `the deficit narrowed to 3.4% of output last year from 7.2%`: the reading before that year's
            period = step_label(reached, -1)
        if desc.metric == "age" or _legal_maximum(q, desc.metric):
            period = None  # a person's age, a law's maximum: not readings of some period (guidelines 13)
        if moved_here:
            desc, claims[-1] = _one_series(desc, claims[-1])
            move = claims[-1]
            at, to = move.start - sentence.start, move.end - sentence.start
            compared_with = any(to <= m.start < start for m in mentions)  # `rose 2% from June to`
            if period and move.period is None and move.kind == "change" and not compared_with:
                # `rose 8.2 percent to 395.7 trillion yuan by the end of July`: the move is of the level's time
                compared = _compared("change", move.unit, period, None, sequential, _market_move(text, at, to), ctx.published)
                claims[-1] = replace(move, period=period, compared_to=compared)
        following = quantities[i + 1] if i + 1 < len(quantities) else None
        reaches = following.unit if following and _TO_LEVEL.match(text, end, following.start - sentence.start) else None
        moved_here = reaches is not None and desc.kind in ("change", "target")  # `projected to rise 77% to 35m`
        ratio_of = here and _RATIO_OF.search(text, max(0, start - 30), start)  # not a change of the ratio before
        unit = _claim_unit(q.unit, desc, here[-1] if here and not ratio_of else None, base, reaches)
        if unit == "percentage_point" and q.unit == "percent" and _EACH_YEAR.match(text, end):
            unit = "percent"  # `the mortality rate had fallen by about 1.3 percent a year`: a yearly relative change
        if unit == "count" and q.counted == "points" and _POINT_MARK.match(text, end):
            unit, q = "index", replace(q, counted=None)  # `below the 50-point mark`: a reading on the index's scale
            if desc.metric in (None, "points"):  # the threshold of the index just read
                desc = replace(desc, metric=f"{claims[-1].metric} threshold" if here and claims[-1].metric else None)
        if unit == "count" and q.counted is None and "age" in (desc.metric or "").split():
            unit = "year"  # `The average age of a farmer is 58`
        elif (
            unit == "count"
            and q.counted is None
            and "." in q.text
            and ((desc.metric or "").endswith(_READINGS) or (desc.metric or "").startswith("ratio of "))
            and " per " not in text  # `6.39 births per 1,000 people, from 6.77`: still a count per so many
        ):
            unit = "index"  # `The fertility rate dropped to 1.20`: a reading, not a count of anything
        if q.counted == "others" and here and claims[-1].counted:
            q = replace(q, counted=claims[-1].counted)  # `killed 126 people ..., and 28 others remained missing`
        multiple = claims[-1] if here and start in bases else None
        if multiple and multiple.unit == "times" and multiple.kind == "change" and not multiple.compared_to and (
            period and period != multiple.period
        ):
            claims[-1] = replace(multiple, compared_to=period)  # `four times the 1.6 million recorded in 2023`
        outlet = _outlet(ctx.outlets, text, attributed)
        base_value, base_unit = _base(q.value, unit)
        claims.append(
            Claim(
                text=q.text,
                start=q.start,
                end=q.end,
                value=q.value,
                value_high=q.value_high,
                unit=unit,
                counted=q.counted
                or _counted_before(claims, unit, desc.metric)
                or _people(unit, desc.metric)
                or _counted_of(unit, desc.metric),
                qualifier=q.qualifier,
                kind=desc.kind,
                metric=desc.metric,
                entity=desc.entity,
                period=period,
                compared_to=None
                if _FROM_NORM.match(text, end)  # `1.6 degrees Celsius above pre-industrial levels`: on no time
                else (base is None and desc.kind == "change" and _paragraph_base(claims, ctx, period))
                or _compared(
                    desc.kind,
                    unit,
                    period,
                    base,
                    sequential or _since_the_year_began(text, start, end),
                    moved,
                    ctx.published,
                ),
                attributed_to=attributed,
                reported_by=outlet.name if outlet else None,
                published=outlet.published if outlet else ctx.published,
                sentence=text,
                sentence_start=sentence.start,
                base_value=base_value,
                base_unit=base_unit,
                metric_aliases=desc.aliases,
                direction=change_direction(text, start, end) if desc.kind == "change" else None,
            )
        )
        if attributed is None:
            ctx.uncredited.append(len(claims) - 1)
        here.append((desc, q.unit))
        # (nor a figure in an aside: `The port, leased to China Merchants for 99 years in 2017, handled 2.3 million
        # tonnes in 2023`)
        aside = ", " in text and any(a <= start < b for a, b in _participle_asides(text))
        if (
            start not in bases
            and not led
            and desc.metric != "age"
            and not aside
            and not framed
            and not (year_on and period == year_on)
        ):
            lead, led = period, desc.kind != "target"
    if "respectively" in text:
        _respectively(claims, first)
        _respective_names(claims, first)
    _close_quotes(text, speaker, ctx)
    # `rose to 17.1% in July, up from 13.2% in June`: the next sentence is about July; `has set up 102
    # stations, up from 54 in September`: about no time named, and the next one neither
    # a goal's time (`by 2025`, `raise output in July`) is no time of what follows it
    # a target's own time is no time for the next sentence; one it took from the paragraph is still the paragraph's
    ctx.period = lead if led else None if lead and lead != ctx.period else _carried(mentions, ctx.period, text)
    ctx.forecast = _forecast_time(claims[first:])
    ctx.previous = here
    ctx.measured.update((unit_family(u), d) for d, u in here if d.metric and unit_family(u) in _PHYSICAL)


@lru_cache(maxsize=256)
def _participle_asides(text: str) -> list[tuple[int, int]]:
    """Spans of the asides a sentence's past participles open (`, leased to China Merchants in 2017,`)."""
    return [m.span() for m in _PARTICIPLE_ASIDE.finditer(text)]


_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ed\s+(?:to|in|by|on|at|for|from|with|as|under)\s[^,;]*,")


def _previous_alike(
    here: list[tuple[Description, str]],
    claims: list[Claim],
    text: str,
    offset: int,
    start: int,
    unit: str,
    base: bool = False,
) -> tuple[Description | None, bool]:
    """The figure before in the sentence, and whether its unit is compatible; a restatement in another unit
    is passed over: `40.05 percent of the vote, or 5.58 million votes, ahead of Hou with 33.49 percent`, and
    so is a change in percent in a clause before (`853 people, a 48 percent increase from 2022, while Saudi
    Arabia executed 172`; not `fell 12.3 percent to $52.28 billion`, the level of that change). A ``base``
    compared with is the last figure in its unit (`13 developers recorded sales of more than 10 billion yuan,
    down from 27`)."""
    if not here:
        return None, True
    if unit_family(here[-1][1]) == "time" and unit_family(unit) != "time" and here[-1][0].metric != "age":
        if unit != "percent" or len(here) < 2:
            return None, True  # `$84,000 for a 12-week course, or $1,000 per pill`: a duration is of no series
        # `made 765 million trips during the seven-day holiday, up 5.9 percent`: a move of the figure before it
        here, claims = here[:-1], claims[:-1]
    for (desc, other), claim in zip(reversed(here), reversed(claims)):
        restated = text[: claim.start - offset].endswith(", or ")
        if base and restated and desc.metric and desc.metric.endswith(" per share"):
            continue  # `rose to $3.1 billion, or $1.25 a share, from $2.8 billion`: the base of the sum
        if _compatible(other, unit):
            return desc, True
        moved_before = desc.kind == "change" and other == "percent" and _NEW_CLAUSE.search(text, claim.end - offset, start)
        if not (restated or moved_before or base):
            break
    return here[-1][0], False


_PENALTY_WORDS = frozenset("penalty penalties sentence sentences term terms imprisonment".split())


def _legal_maximum(q: Quantity, metric: str | None) -> bool:
    """`penalties of up to 14 years`, `a maximum sentence of 10 years`: what a law allows, of no time."""
    words = set(metric.split()) if metric else set()
    return (
        unit_family(q.unit) == "time"
        and not words.isdisjoint(_PENALTY_WORDS)
        and (q.qualifier == "at_most" or "maximum" in words)
    )


def _of_a_rival(credit: str | None, entity: str | None, ctx: _Context, claims: list[Claim]) -> bool:
    """Whether a source carried from a sentence before, one that gave figures of its own, would be credited
    with a figure of another firm it did not speak of (not of a place, where its own figures may be; not of
    a firm it bought)."""
    return bool(
        credit
        and credit is ctx.credit
        and entity
        and entity != credit
        and credit not in entity  # `Baidu’s Ernie chatbot` is Baidu's
        and entity != "".join(word[0] for word in credit.split() if word[0].isupper())  # the ECB's own, by initials
        and all(word[:1].isupper() for word in entity.split())  # a name, not `the fund` nor `Chinese side`
        and not is_place(entity)
        and any(c.entity == credit and c.attributed_to == credit for c in claims[-6:])
        and not any(entity in sentence for sentence in ctx.state.read[:-1])
    )


def _one_series(level: Description, move: Claim) -> tuple[Description, Claim]:
    """A move and the level it reached are one series, named by the level if it names one: `Copper rose
    1% to $9,600 a tonne` (copper price), else by the move: `Brent fell $1.20, or 1.6%, to $74.30`."""
    if level.metric and (
        move.metric is None or level.metric.startswith(f"{move.metric} ") or level.metric.endswith(f" {move.metric}")
    ):  # (`spot gold price` names the move's `price` in full)
        named = replace(move, metric=level.metric, entity=move.entity or level.entity, metric_aliases=level.aliases)
        return level, named
    if move.metric and level.metric is None:
        return replace(level, metric=move.metric, aliases=move.metric_aliases), move
    return level, move


def _whole_before(claims: list[Claim]) -> str | None:
    """What the first count of the sentence before counted: the whole that `Of them, 424 ...` parts."""
    if not claims:
        return None
    last = claims[-1].sentence_start
    return next((c.counted for c in claims if c.sentence_start == last and c.counted), None)


def _counted_before(claims: list[Claim], unit: str, metric: str | None) -> str | None:
    """What a count of a series counted a few claims back: `Marriages fell below 10 million ... –
    2021: Dropped below 8 million` counts marriages too."""
    if unit != "count" or metric is None:
        return None
    for c in reversed(claims[-6:]):
        if not c.counted:
            continue
        if (c.metric or "").partition(" to ")[0] == metric.partition(" to ")[0]:  # `exports to Mexico` too
            return c.counted
        # `11 people were killed and 27 injured`: people injured counts people too; `Mainland visitors numbered
        # 2.08 million, while visitors from Hong Kong numbered 540,000`: visitors
        head = c.counted.rpartition(" ")[2]
        if metric == head.lower() or metric.startswith(f"{head.lower()} "):
            return head  # `added 18.9 million subscribers, bringing its total to 301.6 million`: subscribers
    return None


def _growth_of(last: tuple[Description, str], desc: Description) -> bool:
    """Whether the figure before is a percent change of the series ``desc`` names."""
    return last[0].kind == "change" and last[1] == "percent" and last[0].metric == desc.metric


def _in_full(metric: str, here: list[tuple[Description, str]]) -> str:
    """A one-word count's series as the sentence named it in full before: `102 overseas police service
    stations in 53 countries, up from 54 stations`."""
    return next((d.metric for d, _ in here if d.metric and d.metric.endswith(f" {metric}")), metric)


def _people(unit: str, metric: str | None) -> str | None:
    """What a population or a tally of the missing counts: `the population stood at 21.858 million`, `and 341 still
    missing` (people); but a population named by a noun counts that (`the wild tiger population`: tigers)."""
    if unit != "count" or not metric:
        return None
    words = metric.split()
    if "population" not in words:
        return "people" if metric == "missing" else None
    kind = words[words.index("population") - 1] if words[0] != "population" else ""
    animal = kind.isalpha() and kind not in _PEOPLE_GROUPS and not kind.endswith(_ADJECTIVE_ENDS)
    return plural(kind) if animal else "people"


# the words before `population` that say which people (`the urban population`), not what else it counts; with
# the adjectives the endings below catch (`national`, `registered`, `permanent`, `elderly`)
_PEOPLE_GROUPS = frozenset(
    """foreign total human older young youth adult senior female male poor homeless world whole entire overall
    township prison city county village town country province state household labor labour migrant average
    current""".split()
)
_ADJECTIVE_ENDS = ("al", "an", "ed", "ing", "ic", "ly", "ese", "ish", "ive", "ent", "ous", "ary", "ile")


# what follows the noun a series of things is named by: `farm fires in Punjab`, `babies born`
_COUNTED_TAIL = re.compile(r"\s+(?:(?:in|on|at|of|from|to|for|with|by|aged|under|over)\s|[a-z]+ed\b|born\b).*$")
_PLURALS = frozenset("people children men women".split())


def _counted_of(unit: str, metric: str | None) -> str | None:
    """What a count of a series of things counts: `Dengue cases in Brazil topped 6.5 million` (dengue cases)."""
    if unit != "count" or not metric:
        return None
    noun = _COUNTED_TAIL.sub("", metric)
    head = noun.rpartition(" ")[2]
    plural = head in _PLURALS or head.endswith("s") and not head.endswith(("ss", "us", "is", "ics"))
    return noun if plural else None


def _reading_period(claims: list[Claim], metric: str) -> str | None:
    """The period of the latest reading of ``metric`` that is not itself a target: what a forecast was for; of
    a sentence's readings, its first (`increased 0.5% last month after a 0.9% gain in June`: last month's)."""
    readings = [c for c in claims if c.metric == metric and c.kind != "target"]
    if not readings:
        return None
    last = readings[-1]
    return next((c.period for c in readings if c.sentence_start == last.sentence_start and c.period), last.period)


def _respectively(claims: list[Claim], first: int) -> None:
    """Give each of a run of figures that share a listed series (`Exports and imports rose 5% and 3%,
    respectively`) its own series, in order, and the first one's kind."""
    i = first
    while i < len(claims):
        metric = claims[i].metric
        j = i
        while j < len(claims) and claims[j].metric == metric:
            j += 1
        # `detected rates of depression and anxiety risks`, `exports to China and Japan`: what the list completes
        shared = _LIST_AFTER_PREPOSITION.match(metric or "")
        head, listed = (shared["head"], shared["listed"]) if shared else ("", metric or "")
        items = [head + item for item in LIST_SEPARATOR.split(listed)] if " and " in listed else []
        if len(items) == j - i > 1 and _RESPECTIVELY.search(claims[j - 1].sentence, claims[j - 1].end - claims[j - 1].sentence_start):
            for k, item in enumerate(items):
                claim = claims[i + k]
                direction = claim.direction or claims[i].direction  # `rose 5% and 3%`: both up
                claims[i + k] = replace(claim, metric=item.strip(), kind=claims[i].kind, direction=direction)
        i = j


def _respective_names(claims: list[Claim], first: int) -> None:
    """Give each of the figures joined before `respectively` the place or body a list names for it, in order:
    `Beijing and Shanghai recorded growth of 5.2% and 5.0%, respectively`, `followed by Yunnan and Hunan, with 149
    billion yuan and 140 billion yuan respectively`."""
    last = next((k for k in range(first, len(claims)) if _RESPECTIVELY.match(claims[k].sentence, claims[k].end - claims[k].sentence_start)), None)
    if last is None:
        return
    run = last
    while run > first and _JOINED_FIGURES.fullmatch(claims[last].sentence, claims[run - 1].end - claims[run - 1].sentence_start, claims[run].start - claims[run].sentence_start):
        run -= 1
    count, sentence = last - run + 1, claims[last].sentence
    named = list(_LISTED_SUBJECTS.finditer(sentence, 0, claims[run].start - claims[run].sentence_start))
    names = LIST_SEPARATOR.split(named[-1]["names"]) if named and count > 1 else []
    if len(names) == count:  # (each name opens with a capital, as the pattern reads them)
        for k, name in enumerate(names, run):
            claims[k] = replace(claims[k], entity=name)


# figures joined in one list: `149 billion yuan and 140 billion yuan`, `5.2%, 5.1% and 5.0%`
_JOINED_FIGURES = re.compile(r"(?:,\s+|\s+)(?:and\s+)?")
# names listed as a sentence's subject, or after `followed by`
_NAME_IN_LIST = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_LISTED_SUBJECTS = re.compile(
    rf"(?:^(?:In\s+)?|\bfollowed\s+by\s+)(?P<names>{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})*,?\s+and\s+{_NAME_IN_LIST})\b"
)
_LIST_AFTER_PREPOSITION = re.compile(r"(?P<head>.*\s(?:of|to|from|in|with)\s)(?P<listed>[^ ]+(?:\s+[^ ]+)*?\s+and\s+.+)")
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")


def _by_a_later_year(near: list[PeriodMention], end: int, published: date | None, text: str) -> bool:
    """Whether a deadline right after a figure is a year after the article's (`to 50 percent by 2025`), or a
    month still to come that something lasts until (`cuts of 2.2 million barrels per day until the end of
    September`; but `rose to 395.7 trillion yuan by the end of July` is a reading as of the last July)."""
    return published is not None and any(
        m.role is Role.BY
        and 0 <= m.start - end <= 20
        and m.label is not None
        # `by 2025`; `until the end of September` in June: a month still to come
        and (
            m.label[:4] > str(published.year)
            or m.ahead is not None
            and m.ahead[:4] == str(published.year)
            and m.ahead > str(published)[:7]
            and _UNTIL.search(text, end, m.start) is not None
        )
        for m in near
    )


def _last_period(claims: list[Claim], span: str) -> str | None:
    """The period of the latest claim whose period is a ``span`` (`quarter`, `month`, `half`, `year`), or of
    any span for `the same period`; for a year, else the year of the latest period."""
    same = span.startswith(("same", "period"))  # `in the same period`, `in the period`: whatever span was named
    # (not a base a change was measured from: `down 58% from 157,651 in 2023. ... during the year` is 2024)
    # nor a figure a change is measured from: `grew 4.3%, slowing from 5.7% in the third quarter. ... in the quarter`
    bases = {(c.sentence_start, c.compared_to) for c in claims[-8:] if c.kind == "change" and c.compared_to}
    named = next(
        (
            c.period
            for c in reversed(claims)
            if c.period
            and (same or label_span(c.period) == span)
            and (c.sentence_start, c.period) not in bases
            and not _FROM_BASE.search(c.sentence, max(0, c.start - c.sentence_start - 30), c.start - c.sentence_start)
        ),
        None,
    )
    if named is None and span == "year":  # `... rose 3.7 percent in December. For the full year, ...`
        named = next((c.period[:4] for c in reversed(claims) if c.period), None)
    return named


def _claim_unit(
    unit: str,
    desc: Description,
    last: tuple[Description, str] | None,
    base: PeriodMention | None,
    reaches: str | None,
) -> str:
    """The unit a figure is stored in: a percent change of a reading is in points, except on a
    year earlier (`the CPI rose 0.3% y/y`), right after another percent change (`down 2.1%
    ... fell 2.5%`) or on the way to a level in another unit (`rose 0.4% to 104.2`), which are
    relative."""
    relative_level = reaches not in (None, "percent", "percentage_point")  # `grew 14.7 percent to 61.4 billion yuan`
    if base is not None and base.years_back > 0 and base.label is None or relative_level:
        return unit
    before = None if last is None or last[0].kind == "change" and last[1] == "percent" else last[1]
    if last is not None and (_other_series(desc.metric, last[0].metric) or _share_of_it(last[0].metric, desc.metric)):
        before = None  # `80 percent of its electricity, ... output dropped 30 percent`: not that reading's change
    return point_change(unit, desc.kind, desc.metric, before)


def _share_of_it(share: str | None, metric: str | None) -> bool:
    """Whether ``share`` is the share a series has of a whole, and ``metric`` the series itself (`Shelter costs,
    which make up about one-third of the index, rose 0.2%`: the costs rose, not their share)."""
    return " share of " in f" {share} " and " share " not in f" {metric} "


def _other_series(metric: str | None, other: str | None) -> bool:
    """Whether two figures are named as series with no telling word in common."""
    words, others = _content_words(metric), _content_words(other)
    return bool(words and others and not words & others)


# who compiled an expectation: `... in a Reuters poll`, `the 2.7 percent expected by economists polled by Reuters`,
# `the 6.7% median estimate of economists surveyed by Bloomberg`,
# `the 10.3 trillion won analysts had expected, according to LSEG data`
_COMPILED_BY = r"(?P<{}>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})"
_EXPECTED_ACCORDING = rf",\s+according\s+to\s+(?:the\s+|an?\s+)?{_COMPILED_BY.format('data')}"
_ESTIMATES_ACCORDING = re.compile(_EXPECTED_ACCORDING)
_POLL_AFTER = re.compile(
    rf"\s+(?:[a-z]+\s+){{0,4}}?(?:(?:in|by)\s+an?\s+{_COMPILED_BY.format('name')}\s+(?:poll|survey)\b"
    rf"|(?:by|of)\s+(?:[a-z]+\s+){{0,2}}?(?:economists|analysts|strategists)\s+(?:polled|surveyed)\s+by\s+{_COMPILED_BY.format('by')})"
    rf"|{FORECASTERS_AFTER.pattern}{_EXPECTED_ACCORDING}"
)
# a poll named before its figure: `below a Reuters poll forecast of 44.7%`, `forecasts in a Reuters poll for a 0.4% rise`
_POLL_BEFORE = re.compile(
    rf"\b(?:an?|the)\s+{_COMPILED_BY.format('name')}\s+(?:poll|survey)(?:\s+(?:of|among)\s+[a-z]+)?"
    r"(?:\s+(?:had\s+)?(?:forecasts?|estimates?|expected|predicted|forecast|median))?\s+(?:(?:of|for)\s+)?(?:an?\s+)?$"
)
# an expectation's source, which credits none of the figures reported beside it
_EXPECTATION_CREDIT = re.compile(
    r"\b(expected|forecast|estimated|predicted|projected"
    # `above analysts’ estimates of $94.58 billion, according to LSEG data`, `... of 279.34 billion yuan, ...`
    r"|(?:estimates?|forecasts?|expectations?)\s+of\s+\S*\d(?:\s+(?:million|billion|trillion))?(?:\s+[a-z]+)?)"
    rf"{_EXPECTED_ACCORDING}"
)
# a forecast made before the figure came out: `Economists polled by Reuters had expected`
_FORECAST_BEFORE = re.compile(
    r"\b(?:had\s+(?:been\s+)?)?(?<!is\s)(?<!are\s)(?:expected|forecast|predicted|projected|looking\s+for)\b(?!\s+to\b)"
)
_FORECAST_AFTER = re.compile(r"\s+(?:forecast|estimate|expectation|projection)\b")
# a forecast no one named made: `analysts’ average estimate of`, `economists' forecasts of`
_UNNAMED_FORECAST = re.compile(
    r"(?:\b(?:analysts|economists|strategists|traders)['’]?\s+(?:[a-z]+\s+){0,2}"
    # `against forecasts of a 15,000 rise`: no one's in particular
    r"|\b(?:against|versus|than|beating|missing|below|above|with)\s+(?:market\s+|consensus\s+)?)"
    r"(?:estimates?|forecasts?|expectations?|consensus|projections?)\s+(?:of\s+|for\s+)?(?:an?\s+)?"
    r"(?:(?:about|around|roughly|nearly|some|approximately)\s+)?$"  # (`of about 19 billion patacas`)
    # `Economists surveyed by the central bank expect inflation of`; not those `polled by Reuters`
    r"|\b(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Ff]orecasters)(?:\s+(?:polled|surveyed)\s+by\s+(?:the\s+)?[a-z][a-z\s]{0,30}?)?"
    # (`confounding economists who had expected growth of`)
    r"(?:\s+(?:who|that))?\s+(?:had\s+|have\s+)?(?:expect|expected|forecast|predict|predicted|see)\s+[^,.;]{0,40}?$"
    # `The Bank of Japan is widely expected to raise its rate to`: expected by no one named
    r"|\b(?:is|are)\s+(?:widely|broadly|generally)\s+(?:expected|forecast|predicted|seen)\s+to\s+[^,.;]{0,60}?$"
)
# a change measured from a norm, not from a time before
_FROM_NORM = re.compile(
    r"\s+(?:above|below|higher\s+than|lower\s+than)\s+(?:the\s+)?(?:pre-?industrial|long-?term|historical|seasonal)?"
    r"\s*(?:levels?|averages?|norms?|normal)\b(?!\s+(?:of|in|seen|recorded|a\s+year)\b)"  # not `the level of March 2019`
    # `down 10% from its five-year average` (not `up 9.7 percent from the daily average in October`, of that month)
    r"|\s+from\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:average|norm)\b(?!\s+(?:in|of|for)\s)"
    # or from another series: `0.45 percentage point below the return on its benchmark index`
    r"|\s+(?:above|below|higher\s+than|lower\s+than|ahead\s+of|behind)\s+(?:the|its|their)\s+"
    r"(?!(?:same|previous|prior|year|month|quarter|period|week|day|first|second|third|fourth|last|corresponding)\b)"
    r"(?![^.,;]{0,40}?\b(?:(?:19|20)\d\d|earlier|ago|before|previous|prior|last)\b)[a-z]"
)
_FORECAST_OF = re.compile(r"\b(?:estimates?|expectations?|projections?|forecasts?|targets?|goal)\s+of\s+$")
# a share of another figure in its sentence: `equal to 2.45 percent of GDP`
_SHARE_OF_BEFORE = re.compile(
    rf",\s+(?:{'|'.join(SHARE_PARTICIPLES)})\s+(?:(?:about|around|nearly|some|almost|roughly)\s+)?$"
)
# the time of a figure named by a clause before it: `since 2016, when it stood at`
_WHEN_IT_WAS = re.compile(  # (`since March, when it raised rates by 600 basis points`: what it did then too)
    r",\s+when\s+(?:it|they|[a-z][\w\s]{0,30}?)\s+(?:stood|was|were|reached|totaled|totalled|hit"
    r"|(?:raised|cut|lowered|hiked)\s+(?:its\s+|their\s+)?(?:[a-z]+\s+){0,2}?(?:rates?|prices?)\s+by)\s+(?:at\s+)?"
    r"(?:(?:about|around|nearly|some|almost|roughly)\s+)?$"
)
# a difference after a figure in days: `271 days ..., 15 fewer`
_FEWER = re.compile(r"\s+(?:fewer|more|less)\b")
# a figure of another event: `dropped 2.6 percent, after a 2.5 percent fall in September`, `were made each
# day, and a single-day record of 18.3 million was set on August 11`, `reached 23.47 trillion won, reversing a loss of
# 7.73 trillion won in 2023`, `rose 3.6 percent, helped by a 14.8 percent jump in marriages in 2023`
_OTHER_EVENT_FIGURE = re.compile(
    r"(?:\b(?:after|following|reversing|(?:helped|driven|boosted|supported|offset)\s+by)\s+(?:an?\s+)?(?:\w+\s+)?(?:of\s+)?|,\s+(?:and|while|but)\s+(?:an?|the)\s+[\w\s-]{0,40}?\bof\s+)$",
    re.IGNORECASE,
)
# a time that owns the figure after it: `This year's sales of 5 million cars`
_TIME_OWNS = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){1,3}(?:of|at|was|were|is|are|stood\s+at|reached|totaled|totalled|hit)\s+"
    r"(?:(?:about|around|nearly|some|only|just|more\s+than|over|almost|roughly)\s+)?"
)
# what puts a figure as the base a change is measured from: `up from 13.2%`, `compared with 5.0%`
_BESIDE_AFTER_COMMA = re.compile(rf",\s+{BESIDE_WORDS}\s+(?:(?:about|around|nearly|some|only|just)\s+)?$")
_MOVED_FROM = re.compile(r",\s+(?:down|up)\s+from\s+(?:(?:about|around|nearly|some)\s+)?$")  # `, down from 452`
_REVISED_FROM = re.compile(r"\s+(?:previously|earlier|before)\b")  # `1.1% in 2025, down from 1.3% previously`: a revision
_FORECAST_NOUN = re.compile(r"\b(?:forecasts?|estimates?|outlook|guidance|projections?)\b")
_WEEKDAY = re.compile(rf"(?:on\s+)?(?:{'|'.join(calendar.day_name)})")  # a day the text names by its weekday
_FROM_BASE = re.compile(  # `up from 54`, `more than double the 830 it logged a year earlier`
    rf"(?:{COMPARED_WITH}|\b(?:{'|'.join(MULTIPLE_WORDS)}|times)\s+the"
    # `slightly faster than October’s 5.3 percent`: the growth it is compared with
    r"|\b(?:faster|slower|quicker|stronger|weaker)\s+than(?:\s+[A-Za-z]+[’']s)?(?:\s+pace\s+of)?"
    r"|\b(?:higher|lower|bigger|smaller|greater|larger)\s+than(?=\s+the\s))"  # `lower than the 45.3 yuan of 2022`
    # `compared with a profit of 12.2 billion yuan`; not `compared with an original estimate of`, a figure of its own
    r"\s+(?:the\s+)?(?:an?\s+(?:(?!(?:estimate|forecast|projection|target|goal|expectation)s?\s)[a-z-]+\s+){1,2}of\s+)?"
    r"(?:(?:about|around|nearly|some|roughly|almost|an?)\s+)?"  # `from the roughly 114,000`
    r"(?:(?:upwardly\s+|downwardly\s+)?revised\s+)?$",  # `up from a revised 7.96%`
    re.IGNORECASE,
)
# what lies between a change and a second figure its verb moves too: `fell 29.3 percent from a year earlier and`
_GAPPED_MOVE = re.compile(  # `... and 4.9 percent from October`; `at a 2.8% pace in Q3, after 3.0% in Q2`
    r"(?:\s+(?:from|on|for|in|over|against|compared\s+(?:with|to))\s+[^,;.]{1,30}?|\s+[\w-]+[- ]on[- ][\w-]+)?"
    r"(?:\s+in\s+[a-z-]+\s+terms)?,?\s+and\s+"  # `up 5.1% year-on-year in nominal terms and 5.2% in real terms`
    r"|[^,;.]{0,30},\s+(?:after|following)\s+"
    # `goods rose 3.8 percent and services 1.5 percent`, `Cases rose 13% from 2022 and deaths 71%`
    # (`Cement production rose 3.3%, and electricity generation 0.6%`)
    # (not `up 11.9 percent from the previous year and accounting for 92.2 percent of the total`: a share)
    r"|(?:\s+from\s+[^,;.]{1,20}?)?,?\s+and\s+(?!(?:the|its|their|about|around|nearly|almost|roughly|some|over|just"
    r"|accounting|representing|making|bringing|taking|reaching|leaving|pushing)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    r"|(?:\s+(?:from|in)\s+[^,;.]{1,20}?)?,?\s+and\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"  # (`Chengdu grew 5.7% and Wuhan 5.2%`)
)
# a bare count that goes on from one before it: `..., and 552 were detained`, `21,343 stores, including 1,394 opened`
_AND_THEN = re.compile(r"(?:,?\s+and|,\s+including)\s+(?:(?:about|nearly|some|at\s+least|more\s+than|over)\s+)?$")
_BARE_PASSIVE = re.compile(rf"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?P<v>[a-z]+ed|{IRREGULAR_PARTICIPLES})\b")
_EACH_YEAR = re.compile(r"\s+(?:a|per|each)\s+year\b|\s+annually\b")
_NUMBERED_LINE = re.compile(r"\s*\d{1,2}[.)]\s")
_CALENDAR_NAMES = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b")
# what lies between a level a series reached and the one it left: `narrowed to 3.4% of output from`
# (`The number of births rose to 33,300 in 2023 from 32,500`: the year before; not `had net income of $128 million
# in 2022, down from $14.5 billion`, of a time the text does not name)
_TO_THEN_FROM = re.compile(
    r"(?:(?:\s+of\s+[a-z][\w\s]{0,30}?)?,?\s+(?:up\s+|down\s+)?|\s+in\s+(?:\d{4}|(?P<named>[A-Z][a-z]+|the\s+\w+\s+quarter))\s+)"
    r"from\s+(?:about\s+|around\s+)?"
)
# what joins a change to the level it leads to: `rose 0.4% to 104.2`, `gained 1.2% to close at`, `down 0.3% at`
_TO_LEVEL = re.compile(
    # `fell 27% last year to about 80,000`, `have doubled over the past decade, to an average of €13.50`
    # `rose as much as 4.2% in early trading to a record $148`
    r"(?:\s+(?:in|last|this|on|over|during)\s+(?:the\s+(?:past\s+|last\s+)?)?(?:early\s+|late\s+)?[\w-]+(?:\s+\d{4})?)?"
    r",?\s+(?:to|at)\s+(?:an?\s+(?:(?:average|total|record|new\s+high|new\s+low)\s+of|record)\s+)?"
    r"(?:(?:about|around|nearly|almost|roughly|some)\s+)?(?:(?:close|end|settle|finish)\s+at\s+)?$"
)


def _carried(mentions: list[PeriodMention], period: str | None, text: str) -> str | None:
    """The period the next sentence inherits: this sentence's, or, if it names no time, the one before.

    `Imports fell 2.1% in May. Shipments to China climbed 3.1%. Exports to Europe rose 1%.` A time
    named after an expectation is the one to come (`It expects first-quarter revenue to grow`), not
    that of what follows. A base named only relative to it (`year on year`, `the ninth consecutive monthly
    decline`) names no time, so the one before carries on.
    """
    mentions = _before_record_beaten(
        [m for m in mentions if (m.label or m.role is not Role.COMPARED) and not _TIME_TO_COME.match(text, m.start)],
        text,
        0,
    )
    cue = _TARGET_CUE.search(text) if mentions else None
    if cue:
        mentions = [m for m in mentions if m.start < cue.start()]
        if not mentions:
            return None
    return context_label(mentions) if mentions else period


def _close_quotes(text: str, speaker: str | None, ctx: _Context) -> None:
    """Carry the quotations still open after ``text``, and who speaks in them, to the next sentence."""
    depth = ctx.quote_depth + quote_depth(text)
    ctx.quote_speaker = (speaker or ctx.quote_speaker) if depth > 0 else None
    ctx.quote_depth = max(0, depth)


@lru_cache(maxsize=256)
def _outlet(outlets: tuple[Outlet, ...], sentence: str, credited: str | None) -> Outlet | None:
    """The reporting outlet, worked out once per sentence and credit."""
    return pick_outlet(outlets, sentence, credited)


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# how far back a figure naming no series may restate another that names none (about two sentences);
# unrelated lines of plain text repeat small numbers all the time
_RESTATE_REACH = 300


def _before_record_beaten(mentions: list[PeriodMention], text: str, after: int) -> list[PeriodMention]:
    """``mentions`` without the time of a record beaten after ``after`` (`..., beating the 8.3 million sold for the
    1996 Atlanta Games`), which is the record's, not the figure's nor the paragraph's."""
    beaten = _BEATEN.search(text, after) if mentions and ", " in text else None
    return [m for m in mentions if m.start < beaten.start()] if beaten else mentions


def _base_time(at: int, base_ends: list[int], text: str, start: int) -> bool:
    """Whether a time at ``at`` follows a base closely, in a clause a contrast (`, while`) ends before ``start``."""
    return any(0 <= at - b <= _OWN_TIME_AFTER for b in base_ends) and (
        _NEXT_CLAUSE.search(text, at, start) is not None or _CLAUSE_AFTER_BASE.search(text, at, start) is not None
    )


# what follows a base and its time as a clause of its own: `up from 438 in 2023 and accounting for a quarter of`
# (the share is of the figure before the base), `from 62 percent at the end of 2022, and to train 100,000`
_CLAUSE_AFTER_BASE = re.compile(r"\s+and\s+(?:accounting\s+for|making\s+up|representing|to\s+[a-z]+)\b")


def _counts_another_thing(quantities: list[Quantity], i: int) -> bool:
    """Whether the count at ``i`` counts something no count before it does (`1,624 fugitives from 46 countries`;
    not `102 stations in 53 countries, up from 54 stations`)."""
    heads = {q.counted.rpartition(" ")[2] for q in quantities[:i] if q.counted}
    counted = quantities[i].counted
    if counted is not None and i and all(q.unit != "count" for q in quantities[:i]) and quantities[i - 1].unit != "percent":
        # `raised HK$107 billion from 42 initial public offerings`: where a sum came from, no base of it (but `rose
        # 4.8 percent from 47.3 million TEUs`: the level it rose from)
        return True
    return bool(heads) and counted is not None and counted.rpartition(" ")[2] not in heads


def _owner(entity: str) -> str:
    """Whose an entity is: `China’s vacant homes` are China's, which another sentence may name alone."""
    return entity.partition("’s ")[0].partition("'s ")[0]


def _restates(later: Claim, earlier: Claim) -> bool:
    """Whether ``later`` repeats ``earlier`` (same number, same series)."""
    if not (
        _same_number(later.value, earlier.value)
        and _same_number(later.value_high, earlier.value_high)
    ):
        return False
    if unit_family(later.unit) == "time" and later.unit == earlier.unit and _back_reference(later):
        return True  # `extended to one year ... to enter the one-year program`: the term named before
    if (
        unit_family(later.unit) != unit_family(earlier.unit)
        or (later.unit == "count") != (earlier.unit == "count")  # `Six of the top 10` after `up 6%`
        or later.kind != earlier.kind
        # `contracted 0.1%, ... revising an earlier estimate of 0.1% growth`: a move the other way
        or later.direction is not None and earlier.direction is not None and later.direction != earlier.direction
    ):
        return False  # `had expected 1.8%` after `fell to 1.8%`: a forecast the reading matched
    if later.period != earlier.period and (later.period and earlier.period or later.sentence_start == earlier.sentence_start):
        return False  # 0.2% in August, 0.2% over the three months to August; `rose 3.4% after a 3.4% gain in June`
    pointed_back = later.unit == "count" and _back_reference(later) and _one_kind(later.counted, earlier.counted)
    if later.entity and earlier.entity and _owner(later.entity) != _owner(earlier.entity) and not pointed_back:
        return False  # `Apple's revenue rose 5%` and `Samsung's revenue rose 5%`: two figures (not `the four banks`)
    if later.sentence_start == earlier.sentence_start and later.metric != earlier.metric:
        return False  # `Brent fell 1.8 percent, while WTI dropped 1.8 percent`: one sentence, two series
    if later.unit == "count":  # `114,000 overdose deaths` restated as `114,000 deaths`, not as `114,000 births`
        return _one_kind(later.counted, earlier.counted) or _back_reference(later)
    if later.qualifier != "exact" and _threshold(earlier):
        return True  # Caixin's `below 50` after `the critical point of 50 percent`
    if later.metric is None or earlier.metric is None:
        named, unnamed = (earlier, later) if later.metric is None else (later, earlier)
        if named.metric is None:  # neither says what it measures: only a figure close by
            return later.start - earlier.end < _RESTATE_REACH
        # the same figure for a series the other sentence speaks of (`detained for two days`)
        return not _content_words(named.metric).isdisjoint(_WORD.findall(unnamed.sentence.lower()))
    # one series named more or less fully (`revenue`, `net revenue`); not two of one kind (`net revenue`,
    # `advertising revenue`)
    later_words, earlier_words = _content_words(later.metric), _content_words(earlier.metric)
    shared = later_words & earlier_words
    return len(shared) > 1 or bool(shared) and (later_words <= earlier_words or earlier_words <= later_words)


def _one_kind(counted: str | None, other: str | None) -> bool:
    """Whether two counted nouns count one thing, one more closely named (`deaths`, `overdose deaths`)."""
    if counted is None or other is None:
        return counted == other
    words, other_words = counted.lower().split(), other.lower().split()
    return words[-1] == other_words[-1] and (set(words) <= set(other_words) or set(other_words) <= set(words))


_THRESHOLD = re.compile(
    r"\b(?:critical\s+point|threshold|mark|line|dividing\s+line|benchmark)\s+(?:of\s+)?$", re.IGNORECASE
)


def _threshold(claim: Claim) -> bool:
    """`the critical point of 50 percent`: a reference value that later bounds (`below 50`) restate."""
    offset = claim.start - claim.sentence_start
    return bool(_THRESHOLD.search(claim.sentence, max(0, offset - 30), offset))


_SERIES_WORDS = frozenset(
    "index rate share duration value number total level percent ratio and the for".split()
)
_WORD = re.compile(r"[a-z]+")


def _content_words(metric: str | None) -> set[str]:
    """Words that tell one series from another (`new order` in `new order index`)."""
    return {w for w in (metric or "").split() if w not in _SERIES_WORDS and len(w) > 2}


_DEFINITE = re.compile(r"\b(?:the|these|those|both)\s+$", re.IGNORECASE)


def _back_reference(claim: Claim) -> bool:
    """`the two protesters`: a definite count that points back at a number already given."""
    offset = claim.start - claim.sentence_start
    return bool(_DEFINITE.search(claim.sentence, max(0, offset - 8), offset))


def _headline_restated(claim: Claim, body: list[Claim]) -> bool:
    """A headline figure the body states again, perhaps more precisely (`Over 10 Million` / 10.7 million)."""
    # (a bare figure may be read as a count in one line and a reading in the other: `Record Low of 6.39`,
    # `Past 86.6 Per Dollar` / `86.62 per U.S. dollar` in rupees)
    bare = claim.unit == "count" and claim.counted is None
    for other in body:
        # (`Owes ... 493 Billion Rupees`, in a headline with no country, is the body's Pakistani rupees)
        same_sum = _compatible(other.unit, claim.unit) and _same_number(other.value, claim.value)
        if unit_family(other.unit) != unit_family(claim.unit) and {other.unit, claim.unit} != {"count", "index"} and not (
            bare or same_sum
        ):
            continue
        # in base units: `Seven-Week Strike` / `a 53-day walkout`
        value, told = claim.value, other.value
        if claim.unit != other.unit and claim.base_value is not None and other.base_value is not None:
            value, told = claim.base_value, other.base_value
        if _same_number(told, value) or (
            value > 0 and value <= told < value * 1.1
            or _rounds_to(other.value, claim)
            or other.qualifier == "approximately" and abs(told - value) <= 0.05 * value  # `60%` / `about 58%`
            or claim.qualifier == "approximately" and abs(told - value) <= 0.1 * value  # `Nearly Half` / `47.3 percent`
        ):
            return True
    return False


_NEXT_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")


def _named_below(text: str, claim: Claim, headline_end: int) -> bool:
    """`Three Gorges Dam Generates ...`: a headline's number word that the text below writes capitalised
    mid-sentence (`The Three Gorges hydropower station`) is part of a name, which title case hides."""
    following = _NEXT_WORD.match(text, claim.end)
    if following is None or not claim.text[:1].isalpha():
        return False
    name = re.escape(claim.text) + r"\s+" + re.escape(following.group(1))
    return re.compile(rf"[A-Za-z,]\s+{name}\b").search(text, headline_end) is not None


_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounds_to(value: float, rounded: Claim) -> bool:
    """Whether ``value`` is ``rounded`` given more precisely: `7,498,100` is the headline's `7.5 Million`."""
    numeral = _NUMERAL.search(rounded.text)
    if numeral is None or not (shown := float(numeral[0].replace(",", ""))):
        return False
    last_digit = rounded.value / shown * 10.0 ** -len(numeral[1] or "")
    return abs(value - rounded.value) <= last_digit / 2


_LINE = re.compile(r"[^\n]+")
# a line without figures still matters when it credits a source later lines point back to
_CREDIT_HINT = Prefiltered(
    r"\b(?:according\s+to|citing|(?:released|published|issued|compiled)\s+by|reported|data|statistics|figures)\b",
    "according citing released published issued compiled reported data statistics figures".split(),
    for_lower=True,
)  # on lower-cased text, which is faster to search than with re.IGNORECASE


def _forecast_by_unnamed(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` follows a forecast by people no one names (`analysts’ average estimate of`)."""
    return _UNNAMED_FORECAST.search(sentence, max(0, start - 100), start) is not None


def _unnamed_forecast(claim: Claim) -> bool:
    """Whether a stored target is such a forecast (`analysts’ estimate of`, `the 50,000 economists had expected`): no
    credit passes on to it."""
    return claim.kind == "target" and (
        _forecast_by_unnamed(claim.sentence, claim.start - claim.sentence_start)
        or FORECASTERS_AFTER.match(claim.sentence, claim.end - claim.sentence_start) is not None
    )


def _credit_series(claims: list[Claim]) -> None:
    """Credit a figure with the source of an earlier one of the same series, entity and year.

    A release is credited once and its figures go on for paragraphs (`..., data from the statistics
    bureau showed.` then `For the first eight months, profits rose 0.5 percent`); history told
    around it (other years) and figures of sentences crediting someone unnamed keep no source.
    One series may be named more fully once (`profits at industrial firms`, then `profits`); a figure
    that names no time (`Exports of steel jumped 21 percent`) may be of any year of the series.
    """
    sources: dict[tuple[str | None, str | None], list[tuple[set[str], str]]] = {}
    for i, claim in enumerate(claims):
        words = set(claim.metric.split()) if claim.metric else set()
        if not words or _unnamed_forecast(claim):
            continue
        year = claim.period[:4] if claim.period else None
        if claim.attributed_to is not None:
            for key in {(claim.entity, year), (claim.entity, None)}:
                sources.setdefault(key, []).append((words, claim.attributed_to))
            continue
        credited = sources.get((claim.entity, year), [])
        source = next((s for named, s in credited if words <= named or named <= words), None)
        if (
            source is not None
            and not is_unnamed(claim.sentence)
            and not _a_banks_own_rate(claim.sentence, claim.start - claim.sentence_start, source)
        ):
            claims[i] = replace(claim, attributed_to=source)


_MARKET_SERIES = re.compile(r"\b(?:shares|stocks?|share\s+price|market\s+(?:value|capitali[sz]ation|cap))\b")


_AGENCY_WORD = re.compile(r"(?i)\b(?:agency|bureau|office|institute|ministry|authority|department)\s+$")


def _agency_by_initials(name: str, sentence: str) -> bool:
    """Whether ``name`` is an agency's initials, called one where it is credited (`the national statistics agency
    INDEC said`; not `state broadcaster CCTV reported`)."""
    at = sentence.find(f" {name}") if name.isupper() and len(name) > 2 else -1
    return at > 0 and _AGENCY_WORD.search(sentence, max(0, at - 30), at + 1) is not None


_DATA_FOUND = re.compile(r"\b(?:survey|poll|data|figures|statistics|report|study)\b[^.;]{0,40}\b(?:found|showed|shows|show|indicated)\b")
_QUOTED_PRICE = re.compile(r"\b(?:futures|price)\b")  # `Brent crude futures settled at $73.10`: the market's


def _credit_lead(claims: list[Claim], text: str, body: tuple[int, int], ctx: _Context) -> None:
    """Credit an article whose figures name no source with the body its lead credits, when the lead states no figure
    itself: `OPEC oil output rose in October, a Reuters survey found on Friday.` then `OPEC pumped 26.64 million bpd`."""
    lead = _LINE.search(text, body[0], body[1])
    if lead is None or claims[0].start < lead.end() or not _DATA_FOUND.search(lead.group(0)):
        return  # (a lead that announces a policy or an arrest credits no source for the figures after it)
    credit = next(
        (c for s in split_sentences(lead.group(0), offset=lead.start()) if (c := _found_credit(s.text, ctx))), None
    )
    if credit is None or not credit.shared:
        return
    for i, claim in enumerate(claims):
        quoted = _MARKET_SERIES.search(claim.metric or "") or _QUOTED_PRICE.search(claim.metric or "")
        if not quoted and not _unnamed_forecast(claim) and not is_unnamed(claim.sentence):
            claims[i] = replace(claim, attributed_to=credit.name)


def _credit_sole_source(claims: list[Claim], article: bool) -> None:
    """Credit the figures of an article that names one source for several of its figures with that
    source, when they come after it and are of the same entity and year as its credited ones: a
    release goes on past the series it opened with (`The surveyed urban unemployment rate was 5.1
    percent in September`). Where an article (not plain text, which may be unrelated lines) credits no
    one else, a figure of one of those years is the source's whatever it is of (`Hong Kong’s imports ...
    dropped 23.4 percent in October`); history told around it (other years) still is not."""
    credited = [c for c in claims if c.attributed_to is not None and c.kind != "target"]  # not a poll's forecast
    # (an agency credited once goes on too: `..., the labor ministry said Wednesday.` then `Nominal wages rose`)
    lone = (credited[0].attributed_to or "") if len(credited) == 1 else ""
    lone_agency = bool(article and lone and " (" not in lone) and (  # (not a person of the agency)
        is_agency(lone) or _agency_by_initials(lone, credited[0].sentence)
    )
    if not lone_agency and (len(credited) < 2 or credited[1].attributed_to != credited[0].attributed_to):
        return
    if not article and len({c.attributed_to for c in credited}) > 1:
        return  # plain text may be unrelated lines: only a text that credits one source throughout goes on with it
    source = credited[0].attributed_to
    # a source credited later (`the board's executive director said`) ends the run of the first one's figures
    last = next((claims.index(c) for c in credited if c.attributed_to != source), len(claims))
    credited = [c for c in credited if c.attributed_to == source]
    seen = {(c.entity, c.period[:4] if c.period else None) for c in credited}
    seen |= {(entity, None) for entity, _ in seen}  # a figure that names no time may be of the release too
    first = claims.index(credited[0])  # what comes before the source is named is not its
    # an article that credits no one else: its later figures of the release's years are the source's, of any entity
    # (not a firm's own release, whose rival's figures it does not give: `Rival Boeing delivered 348 jets`)
    only = article and last == len(claims) and any(c.entity != source for c in credited)
    years = {year for _, year in seen}
    for i, claim in enumerate(claims[first:last], first):
        year = claim.period[:4] if claim.period else None
        if (
            claim.attributed_to is None
            and ((claim.entity, year) in seen or only and year in years)
            and not is_unnamed(claim.sentence)
            and not _unnamed_forecast(claim)
            and not _MARKET_SERIES.search(claim.metric or "")  # the market's figure, not the release's
            and not _a_banks_own_rate(claim.sentence, claim.start - claim.sentence_start, source or "")
        ):
            claims[i] = replace(claim, attributed_to=source)


def _credit_bases(claims: list[Claim]) -> None:
    """Credit a figure a credited one is compared with in the same sentence with the same source: `the economy
    added 2.2 million jobs, down from 3 million in 2023` tells both from one release."""
    for i in range(1, len(claims)):
        claim, before = claims[i], claims[i - 1]
        if (
            claim.attributed_to is None
            and before.attributed_to is not None
            and before.sentence_start == claim.sentence_start
            and _FROM_BASE.search(claim.sentence, max(0, claim.start - claim.sentence_start - 30), claim.start - claim.sentence_start)
            and not _unnamed_forecast(claim)  # `more than double the 50,000 economists had expected`
        ):
            claims[i] = replace(claim, attributed_to=before.attributed_to)


# a change said to be on the year before: `from a year earlier`, `Compared with July 2024, ...`, `year on year`
_YEARLY = re.compile(
    r"\b(?:year[- ](?:on|over)[- ]year|(?:a|one)\s+year\s+(?:ago|earlier|before)|on\s+an?\s+(?:annual|yearly|year-on-year)\s+basis|y/y"
    r"|(?:[Cc]ompared|[Cc]omparison)\s+(?:with|to)\s+(?:the\s+same\s+\w+\s+(?:of|in|last)|[A-Z][a-z]+\s+\d{4}|a\s+year))"
)
# a move told beside a year-on-year one (`rose 0.2% in July and 2.7% from a year ago`, `increased 0.3% and 3.1% on an
# annual basis`): the first is on the month (or quarter) before
_AND_THEN_YEARLY = re.compile(r"(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?,?\s+and\s+")
_YEARLY_AFTER = re.compile(rf"\s+(?:(?:from|than)\s+)?{_YEARLY.pattern}")


def _sequential_where_yearly_told(claims: list[Claim]) -> None:
    """Put the percent changes of a sentence that names no base on the period before, where the article gives
    the same series' change for the same time on a year earlier, as another figure (`U.S. retail sales increased
    0.5% last month after a 0.9% gain in June ... Compared with July 2024, retail sales were up 3.9%`)."""
    moved = [i for i, claim in enumerate(claims) if _moved_on_a_year(claim)]
    sentences = {claims[i].sentence_start: claims[i].sentence for i in moved}
    yearly = {start for start, sentence in sentences.items() if _YEARLY.search(sentence)}  # each sentence read once
    timed = {(claim.sentence_start, claim.period) for claim in claims}
    for i in moved:
        told = claims[i]
        if told.sentence_start not in yearly:
            continue
        for j in moved[: moved.index(i)]:
            claim = claims[j]
            if (
                claim.sentence_start not in yearly  # (so not the told one's sentence either)
                and _series_name(claim.metric) == _series_name(told.metric)
                and not _same_number(claim.value, told.value)
                and (claim.sentence_start, told.period) in timed
            ):
                claims[j] = replace(claim, compared_to=step_label(claim.period or "", -1))


_FORECASTER_NOUNS = frozenset(_FORECASTER_WORDS) | {"respondents"}
# an economy's output, however a story names it: `The UK economy grew 0.6 per cent ... Compared with the same
# quarter a year ago, gross domestic product was 0.9 per cent higher`
_OUTPUT_NAMES = frozenset(("economy", "gdp", "gross domestic product", "economic growth", "gdp growth", "output"))


def _series_name(metric: str | None) -> str | None:
    """``metric``, with the names of an economy's output made one."""
    return "gdp" if metric in _OUTPUT_NAMES else metric


def _growth_of_the_economy(claims: list[Claim]) -> None:
    """Name a bare `growth` by the economy's output named before it: `India's economy grew 5.4 per cent ...
    Growth was 6.7 per cent in the April-June quarter`."""
    output = None
    for i, claim in enumerate(claims):
        if claim.metric in _OUTPUT_NAMES and claim.metric != "output":
            output = claim.metric
        elif claim.metric == "growth" and output:
            claims[i] = replace(claim, metric=output)


def _moved_on_a_year(claim: Claim) -> bool:
    """Whether ``claim`` is a percent change of a month or quarter, put on the same time a year before."""
    return (
        claim.kind == "change"
        and claim.unit == "percent"
        and claim.period is not None
        and len(claim.period) == 7
        and claim.period[5] != "H"
        and claim.compared_to == shift_label(claim.period, years=-1)
    )


def _sequential_beside_yearly(claims: list[Claim]) -> None:
    """Put a percent change told just before a year-on-year one of the same time on the period before it."""
    for i in range(1, len(claims)):
        first, second = claims[i - 1], claims[i]
        if (
            first.sentence_start == second.sentence_start
            and first.period == second.period
            and _moved_on_a_year(first)
            and _moved_on_a_year(second)
            and _AND_THEN_YEARLY.fullmatch(first.sentence, first.end - first.sentence_start, second.start - second.sentence_start)
            and _YEARLY_AFTER.match(second.sentence, second.end - second.sentence_start)
        ):
            claims[i - 1] = replace(first, compared_to=step_label(first.period or "", -1))


def _credit_document(claims: list[Claim], issuer: str | None) -> None:
    """Credit every figure of an article told from one document (`According to the log, ...`, and no
    other source credited) to the document's issuer: a leaked log's figures are the log keeper's."""
    if not issuer or {c.attributed_to for c in claims} - {None} != {issuer}:
        return
    for i, claim in enumerate(claims):
        if claim.attributed_to is None and not is_unnamed(claim.sentence):
            claims[i] = replace(claim, attributed_to=issuer)


_BULLET = re.compile(r"\s*(?:[–—•*·-]|\d{1,2}[.)])\s")  # `– 2021:`, `  1. Guangdong’s GDP`
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]")  # a list item's number, which the sentence splitter leaves on its own


def _lead_in(line: str, ctx: _Context) -> tuple[str | None, bool, str | None]:
    """What a line opening a list passes to its items: `Premier Li Qiang presented the report. Its main
    targets for 2024:` (2024, goals, Li Qiang)."""
    mentions = find_periods(line, ctx.published)
    credit = _found_credit(line, ctx)
    return (context_label(mentions) if mentions else None), lists_targets(line), credit.name if credit else None


def _run(
    text: str,
    regions: list[tuple[int, int]],
    published: date | None,
    outlets: Sequence[Outlet],
    headline: tuple[int, int] | None,
) -> list[Claim]:
    head_text = text[headline[0] : headline[1]] if headline else ""
    body_text = "\n".join(text[s:e] for s, e in regions if (s, e) != headline)
    state = ArticleState(body_text, head_text, tuple(o.name for o in outlets))
    ctx = _Context(published, tuple(outlets), acronyms(head_text + "\n" + body_text), state)
    claims: list[Claim] = []
    paragraph = 0
    for start, end in regions:
        quantities = sorted(_quantities(text, start, end), key=lambda q: q.start)
        starts = [q.start for q in quantities]
        for line in _LINE.finditer(text, start, end):
            paragraph += 1
            if not _BULLET.match(line.group(0)) and not _NUMBERED_LINE.match(line.group(0)):
                # a list's items (`– ...`, `1. ...`) inherit from the line that opens it
                ctx.lead_in = _lead_in(line.group(0), ctx) if line.group(0).rstrip().endswith(":") else None
            lo, hi = bisect_left(starts, line.start()), bisect_left(starts, line.end())
            if lo == hi:  # only sentences with figures, and the credits they may point back to, need reading
                if _CREDIT_HINT.search(line.group(0).lower()):
                    _read_for_credit(line.group(0), line.start(), ctx, claims, new_paragraph=True)
                continue
            figures = quantities[lo:hi]
            sentences = split_sentences(line.group(0), offset=line.start())
            numbered = bool(sentences) and _LIST_NUMBER.fullmatch(sentences[0].text) is not None
            for i, sentence in enumerate(sentences):
                inside = [q for q in figures if sentence.start <= q.start and q.end <= sentence.end]
                _sentence_claims(sentence, paragraph, inside, ctx, claims, item=numbered and i == 1)
                if inside and inside[-1] is figures[-1] and i + 1 < len(sentences):
                    rest = sentences[i + 1].start
                    _read_for_credit(text[rest : line.end()], rest, ctx, claims, new_paragraph=False)
                    break
    _credit_series(claims)
    _credit_sole_source(claims, article=headline is not None)
    if headline is not None and claims and all(c.attributed_to is None for c in claims):
        _credit_lead(claims, text, regions[0], ctx)
    _credit_bases(claims)
    _credit_document(claims, ctx.issuer)
    _growth_of_the_economy(claims)
    _sequential_beside_yearly(claims)
    _sequential_where_yearly_told(claims)
    kept: list[Claim] = []
    for claim in claims:
        if not any(_restates(claim, k) for k in kept):
            kept.append(claim)
    if headline is None:
        return kept
    body = [c for c in kept if not headline[0] <= c.start < headline[1]]
    heads = [
        c for c in kept
        if headline[0] <= c.start < headline[1] and not _headline_restated(c, body) and not _named_below(text, c, headline[1])
    ]
    return heads + body


def extract_article(document_text: str, article: Article) -> list[Claim]:
    """Claims of one article of a page: its headline and body."""
    head = (article.headline_start, article.headline_start + len(article.headline))
    body = (article.body_start, article.body_end)
    # the body goes first so that headline figures can be checked against it
    regions = [body, head] if body[1] > body[0] and body[0] >= head[1] else [head]
    claims = _run(document_text, regions, article.published, article.outlets, head)
    return sorted(claims, key=lambda c: c.start)


def extract(text: str, published: date | None = None, each_line: bool = False) -> list[Claim]:
    """Claims of plain text with no page structure (``factdb extract``).

    Lines of one text share what they are about, whom they credit and when. With
    ``each_line`` every line is a text of its own, as in a list of unrelated statements.
    """
    if not each_line:
        return _run(text, [(0, len(text))], published, (), None)
    return [claim for line in _LINE.finditer(text) for claim in _run(text, [line.span()], published, (), None)]
