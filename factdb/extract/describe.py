"""What a number measures, whom it is about, and whether it is a level, a change or a target.

Rules over the sentence's surface structure, in the shapes business and
statistics reporting uses: a reading after its series name (``the production
index (50.1%)``), a copula or verb after the subject (``the July manufacturing
PMI was 49.4%``, ``exports fell 3%``), ``a market share of 37 percent``,
``56.2% of the passenger car market``, ``an 80% drop in exports``, or a count
of a noun (``3.43 million marriages``, ``soldiers were killed``). Metric names
are lower-case series names with acronyms collapsed (``manufacturing
purchasing managers index (PMI)`` -> ``manufacturing pmi``), keeping the long
forms as aliases. Entities come from a possessor, the clause subject, an ``in
<country>`` phrase, or what the article is mostly about; ``the company``/``it``
resolve to the organisation the article names most.

Every pattern is compiled once, and end-anchored ones only look at a bounded
window before the number, so the cost per figure stays flat.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from string import ascii_lowercase
from typing import Any

import pycountry

from .attribution import (
    COMPANY_ENDS,
    COMPANY_WORDS,
    PLACE_KINDS,
    is_agency,
    is_body,
    is_company,
    without_title,
)
from .direction import HEADLINE_MOVES, MOVE_BASES, MOVED_FORMS, MOVING, NUDGED, PERCENT_MOVES
from .numbers import (
    CASUALTY_STATES,
    FORECASTERS_AFTER,
    MULTIPLES,
    OF_THE_WHOLE,
    OF_THEM,
    OF_THEM_FIRST,
    ONE_CASUALTY,
    PER_DOLLAR,
    QUOTED_CURRENCIES,
    SCORE_FIELD_AFTER,
    STOCK_INDEXES,
    is_age,
    without_late_aside,
)
from .periods import HOLIDAY, SHOPPING_DAYS, names_holiday
from .prefilter import Prefiltered
from .units import CURRENCY_CODES, CURRENCY_WORDS, UNIT_WORDS, unit_family

__all__ = [
    "BEATING_WORDS",
    "BESIDE_WORDS",
    "FORECAST_BY",
    "FORECAST_SERIES",
    "LIST_SEPARATOR",
    "MULTIPLE_WORDS",
    "OWN_GOAL_AFTER",
    "SHARE_PARTICIPLES",
    "TARGET_AFTER",
    "TIMES_BEFORE",
    "ArticleState",
    "Description",
    "describe",
    "is_place",
    "kind_of",
    "list_item",
    "lists_targets",
    "measured_against",
    "names_place",
    "point_change",
    "without_home",
]

_WINDOW = 240  # characters around a number that its description is read from
_NEAR = 80  # what end-anchored patterns (`increased by about`) look at

_CHANGE_NOUN = (
    r"(?:increase|decrease|drop|decline|reduction|rise|growth|fall|gain|loss|jump|plunge|surge|slump|"
    r"contraction|expansion|dip|uptick|downturn|slide|rebound|cut|hike|raise)s?"
)
_MOVED = "|".join(sorted(MOVED_FORMS))  # a change verb's forms, as one alternation
_CHANGE_VERB = (
    rf"(?:{_MOVED}|{NUDGED}|went\s+(?:up|down)|(?:(?:was|were|is|are)\s+)?"
    # `made up 29.1% of the population`, `took up`: a share; `set up 102 stations`: no move (checked after `up`)
    r"(?:up(?<!make\sup)(?<!made\sup)(?<!makes\sup)(?<!making\sup)(?<!take\sup)(?<!took\sup)(?<!takes\sup)"
    r"(?<!set\sup)(?<!sets\sup)(?<!setting\sup)(?<!signed\sup)(?<!picked\sup)(?<!built\sup)(?<!opened\sup)"
    r"(?<!ramped\sup)(?<!ramping\sup)(?<!drew\sup)(?<!drawn\sup)(?<!cleaned\sup)(?<!cleared\sup)(?<!followed\sup)(?<!ended\sup)(?<!rounded\sup)(?<!locked\sup)|down))"  # `cleaned up 1.4 million pieces`
)
_PERCENT_MOVED = frozenset(PERCENT_MOVES["up"] + PERCENT_MOVES["down"])
# words between a verb and its number that do not change what is measured; `_peel` strips them
_QUAL_SINGLE = frozenset(
    """about around approximately roughly nearly almost some over just only a an another the further
    staggering significant drastic modest slight sharp steep marginal total combined whopping between record
    estimated annual annualized annualised yearly""".split()
)
_QUAL_PHRASES = (
    "no less than",
    "no more than",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "close to",
    "as much as",
    "as many as",
    "as high as",
    "as low as",
    "as far as",  # `fell as far as 1,486.7 per dollar`: where it went
    "as little as",
    "as few as",
    "average of",  # `cut rates by an average of 0.5 points`: the amount, not a series of averages
)
# `soared as much as 40%`: its `as` opens no clause; `dumped up to 600 millimeters`: its `up` is no verb
_AS_MUCH_AS = re.compile(
    r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in _QUAL_PHRASES if p.startswith(("as ", "up "))) + r")\s*$",
    re.IGNORECASE,
)
_QUAL_PHRASE_ENDS = frozenset(p.rsplit(" ", 1)[1] for p in _QUAL_PHRASES)  # `than`, `least`, ...
_MONTH_WORDS = (  # (not the `Long March` rockets)
    r"January|February|(?<!Long\s)March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_REPORTING = (
    r"(?:need|used|based|compared|listed|included|recorded|registered|reported|showed|revealed|found|"
    r"confirmed|noted|estimated|released|published|announced|indicated|disclosed|expected|planned|according)"
)
# verbs that link a subject to the figure after them (`Chinese brands held`, `exports fell`)
_VERBS = MOVED_FORMS | frozenset(
    """is are was were be been has have had hold holds held recorded records registered sent sends launched
    launches employs employed dispatched lists listed include includes included reached reaches totaled totalled
    hit hits saw sees reported posted posts sold sells produced produces received receives spent spends raised
    attracted added adds created hired owns owned operates operated controls accounted accounts achieved stood
    stands came amounted amounts range ranges ranged ranging cost costs edged went up down slowed slows
    accelerated accelerates cooled cools quickened moderated closed closes opened opens ended ends finished
    finishes settled settles delivered delivers shipped ships averaged averages topped tops hovered grow reach
    exceed climb exceeded exceeds surpassed surpasses ticked inched crept picked flew flies make makes made making comprise
    comprises comprised represent represents won wins represented cut lowered hiked trimmed returned remained
    remains stayed scored stays continued continues slashed bought buys earned earns numbered led leads generated
    generates hosts hosted shed sheds peaked peaks took takes secured secures captured garnered needs needed kept
    keeps maintained maintains requires settling standing hovering averaging pledged pledges offered offers donated
    donates completed completes recovered recovers""".split()
)
# a sentence-opening common noun and the lower-case words after it (`Deaths from overdoses`): no name,
# unlike a demonym (`Chinese brands`) or a phrase with another capital in it (`Hong Kong banks`)
_DEMONYM_ENDS = ("ese", "an", "ian", "ish", "ic", "i")  # `Chinese`, `American`, `British`, `Israeli`
# one capitalised word whose ending makes it a common noun, not a name: `Ridership`, `Production`, `Shipments`
_COMMON_WORD = re.compile(r"[A-Z][a-z]+(?:ship|tions?|ments?|ness|ity|ities|ances?|ences?|ings|als)")
_PLURAL_WORD = re.compile(r"[A-Z][a-z]{2,}[^\Wsu]s")  # `Trips`, `Arrivals`; not `Mass`, `Citrus`
_COMMON_HEAD = re.compile(  # `Coal-fired power generation` too (see `_is_demonym` for what it does not fit)
    r"[A-Z][a-z]+(?:-[a-z]+)*(?:\s+(?:[a-z][\w\-’']*|\d[\d,.]*|[A-Z]{2,4}(?=\s+[a-z])|(?:(?<=\sof\s)|(?<=\sper\s))[A-Z]{2,4}$|"
    r"(?<=\s(?:at|of|in)\s)[A-Z][a-z]+(?:ese|ian|an|ish)(?=\s+[a-z])|(?<=\sagainst\s)[A-Z][a-z]+(?:ese|ian|an|ish)(?=\s+[a-z])))+"
)  # `People aged 60 and over`: an age in it too; `Global installations of EV batteries`: an acronym inside
# (or at the end, after `of`: `Energy use per unit of GDP`, but not `Reform UK`);
# `Net interest margins at Chinese banks`: a demonym after a preposition
# a second series whose verb is left out, after the same preposition: `exports rose to $5 billion and imports
# to $2 billion`
_GAPPED = re.compile(
    r"\b(?P<prep>for|to|at)\s+\S*\d[^,;]{0,30}?\s+(?:and|while|but)\s+"
    r"(?P<x>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+(?P=prep)$"
    # `raise its monthly minimum wage from 2,590 yuan to 2,690 yuan, and the hourly minimum wage from`
    r"|\bfrom\s+\S*\d[^;]{0,60}?,?\s+(?:and|while|but)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<x2>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+from$"
)
_GAPPED_FOR = re.compile(
    r"(?<![\w-])(?P<head>(?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?P<prep>for|of|in)\s+[^,;]{1,40}?\s+to\s+\S*\d[^;]{0,40}?,?\s+"
    r"(?:and|while|but)\s+(?P=prep)\s+(?P<x>[a-z][\w\s-]{1,40}?)\s+to$"
)
_GAPPED_PREPOSITIONS = frozenset(("for", "in", "of", "among", "on"))
_NOT_GAPPED = r"(?!(?:said|says|would|will|could|might|may|should|expects?|expected)\b)"  # `and said inflation would average`
_GAPPED_SUBJECT = re.compile(
    rf"\d[^,;]*,?\s+(?:and|while)\s+(?:the\s+)?(?P<x>(?:{_NOT_GAPPED}[a-z][\w\-]*\s+){{0,3}}{_NOT_GAPPED}[a-z][\w\-]*)$"
)
_TOTALING = re.compile(
    r"(?<![\w’'])(?P<x>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:totall?ing|worth|valued\s+at|amounting\s+to)$"
)
# a subject that is itself a figure (`At least 11 people were killed and 27 injured`): no name
_COUNTED_PHRASE = re.compile(r"(?i)(?:(?:at\s+least|at\s+most|about|around|some|nearly|over|more\s+than)\s+)?[\d,.]+\b")
_REACHED = frozenset(
    "reached reaches reach hit hits topped tops total totaled totalled totals stood stands averaged averages exceeded exceeds "
    "surpassed surpasses accounted numbered numbers peaked peaks closed closes settled settles".split()
)
_DETERMINERS = frozenset("the a an its their his her our this these those".split())
_OF_OR_DETERMINER = _DETERMINERS | {"of"}
_COPULAS = frozenset("is are was were".split())
_HAS = frozenset("has have had".split())
_POSSESSES = re.compile(
    r"\b(?:has|have|had)\s+(?:$|\d|(?:about|around|nearly|almost|roughly|some|over|more|at\s+least|a|an|the|its|"
    r"their|no|only|just)\s)"
)
_MODALS = frozenset("will would could may might shall should must can".split())
_PERFECT = frozenset(("has", "have", "had"))
_PERFECT_PARTICIPLES = frozenset(  # `has cut 1,200 jobs`, `has recovered to 128,000 tonnes`
    "cut slashed shed lost sold delivered shipped hired added created launched recovered".split()
)
_RECOVERED = frozenset(("recovered", "recovers"))  # `The stock has recovered to 128,000 tonnes`: a level reached
_INFINITIVES = MOVE_BASES | frozenset("stay remain reach hit top exceed average total".split())  # after `to`
_AUX = frozenset("has have had also now still already only just been being could would may might will shall should must can".split())
_MEASURE = frozenset(
    """debut takings haul average index indices rate rates share shares price prices value values volume volumes output revenue revenues
    sales profit profits income growth exports imports production capacity population number numbers total inventories stockpiles transactions trips visits
    cost costs occupancy vacancy spending money debt debts bills throughput deficit surplus gdp pmi inflation unemployment ratio ratios level levels amount fee tax
    fees fine discount discounts margins capital stake stakes balances guideline guidelines tariff tariffs duty duties levy levies salary salaries wage wages pension pensions allowances payments budget investment investments reserves turnover earnings demand supply
    prevalence percentage proportion count figure figures yield balance consumption sentence sentences term terms penalty penalties
    duration age margin loss losses trade utilization market risk likelihood probability odds chance
    loans lending credit deposits assets liabilities orders bookings receipts remittances inflows outflows inflow outflow
    taxes savings dividend dividends expenditure expenditures outlays borrowing emissions rents productivity
    valuation premiums payrolls economy shipments deliveries expectancy manufacturing mining agriculture factor
    cases deaths infections fatalities hospitalisations hospitalizations arrivals departures births
    homicides murders shootings crimes burglaries robberies thefts assaults killings suicides overdoses
    temperature temperatures winds gusts rainfall snowfall precipitation speed speeds distance height weight length
    depth width area magnitude altitude elevation load loads fare fares tuition support approval turnout enrollment
    target targets goal goals quotas crop crops harvest harvests damage starts
    enrolment enrollments admissions attendance limit limits ceiling threshold quota allowance concentration
    concentrations liquidity funding financing aid subsidy subsidies bonus bonuses stimulus fines damages compensation grants donations
    buyback buybacks repurchase repurchases charge charges writedown writedowns write-down write-downs impairment impairments
    provision provisions cut cuts refund refunds payout payouts rebate rebates
    cpi ppi pce hicp gnp gni fdi m0 m1 m2 m3 capitalization capitalisation cap workforce headcount
    currency franc peso yuan renminbi yen euro dollar rupee ruble rouble won sterling lira rand ringgit baht rupiah""".split()
)
# a counted thing named as a statistical series: `marriage registrations`, `car sales`
_SERIES_NOUNS = tuple(
    """registrations sales exports imports applications arrivals deaths births admissions filings shipments
    deliveries enrollments enrolments visits cases claims listings""".split()
)
_WORD_BEFORE = re.compile(r"\b([a-z]+) $")
_PART_OF_WHOLE = re.compile(
    r"\s+(?:that|which)\s+(?:make\s+up|makes\s+up|comprise|form|constitute)\s+(?:the\s+|its\s+)?"
    r"(?P<whole>(?:[\w\-]+\s+){0,3}?[\w\-]+?)(?=[,.;]|\s+(?:and|while|is|are|was|were)\b)"
)
_PURPOSE = re.compile(
    r"\s+(?P<pp>to\s+(?!(?:be|the|its|their|his|her|a|an|this|that|these|between)\b|do\s+so\b)[a-z]+\s+(?:(?:an?|the)\s+)?[“\"]?"
    # not into another figure's bound: `26 villages to recruit no fewer than three informants`
    r"(?:(?!(?:no|not|at|more|fewer|less|up)\s)[\w\-]+\s?){1,3})"
)
_WITH_OWNER = re.compile(
    r"\b(?:the|its|their)\s+(?P<owner>[a-z][\w\-]*),\s+with\s+an?\s+[\w\- ]+?of\s+[^,]*$",
    re.IGNORECASE,
)
_MARKET_FOR = re.compile(
    r"\bmarket\s+for\s+(?:the\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|several|main|key|major)\s+)*"
    r"(?P<market>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)",
    re.IGNORECASE,
)
_THE_MARKET = re.compile(
    r"\b(?:the|its|their)\s+(?P<market>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+market\b",
    re.IGNORECASE,
)
_RISK = re.compile(r"(?:risk|chance|likelihood|odds|probability|incidence)\b")
_RATIO = re.compile(
    r"\s+(?:higher|greater|larger|more|lower|smaller)\s+(?!(?:compared|than|in|for|to|when|if)\b)"
    r"(?P<x>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*"
    r"(?:\s+of\s+(?:[a-z][\w\-]*\s?){1,3})?)"
)
_SAMPLED = re.compile(
    r"\b(?P<kind>survey|study|poll|census)\b.{0,100}\b(?:of|on|among|covering|polled|surveyed|interviewed)$",
    re.IGNORECASE,
)
_RESEARCHED = re.compile(
    r"\b(?:researchers|scientists|authors|the\s+team)\b.{0,60}\b(?:examined|analy[sz]ed|studied|surveyed|followed|"
    r"tracked|recruited)\s+(?:(?:data|records)\s+(?:on|from|of)\s+)?$",
    re.IGNORECASE,
)
_RATE = re.compile(  # not `the 2,413 cases a week earlier`
    r"\s+(?:each|every|per|a)\s+(?P<unit>year|month|week|day)\b(?!\s+(?:earlier|ago|before|later)\b)", re.IGNORECASE
)
_PER_ITEM = re.compile(r"\s+(?:for\s+each|for\s+every|per)\s+(?P<unit>[a-z][\w\-]*)\b(?!\s+of\b)")
_PER_NUMBER = re.compile(  # `13.8 beds per 1,000 elderly people`
    r"\s+(?:for\s+every|per)\s+(?P<unit>[\d,]+(?:\s+(?!(?:in|on|at|for|from|by|and|or|to|last|this)\b)[a-z][\w\-]*){1,2})"
)
# `..., with an average of $398 per transaction`: an aside on the figure before, not the clause's own verb
_AVERAGE_BEFORE = re.compile(r"(?:\bwith|,)\s+(?:an\s+)?(?:average(?:\s+of)?|averaging)\s*$")
# `took in $205 million at North American box offices`: a film's takings there
_AT_BOX_OFFICE = re.compile(r"(?:\s*\([^)]*\))?\s+(?:at|in)\s+(?:the\s+)?(?P<where>(?:[A-Z][\w-]*\s+){0,2})box[\s-]offices?\b")
_ON_OFFER = re.compile(r"\s+(for\s+sale|for\s+rent|on\s+the\s+market|in\s+stock|on\s+sale)\b")  # `homes for sale`
# `State-owned firms saw profits drop 8.4 percent`: the subject's series, which moved
_SAW_MOVE = re.compile(
    rf"\b(?:saw|see|sees|seen|seeing)\s+(?:(?:its|their|the)\s+)?(?P<x>(?:[a-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*)\s+"
    rf"(?:{'|'.join(sorted(MOVE_BASES))})(?:\s+by)?$"
)
_HAD_X_CUT = re.compile(  # what was done to someone's: `have had their annual bonuses cut by`
    r"\b(?:had|have|has)\s+(?:had\s+)?(?:their|its|his|her)\s+(?P<x>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+"
    r"(?:cut|reduced|slashed|lowered|raised|increased|frozen)\s+by$"
)
_SIZED = re.compile(r"\b(?P<n>[a-z]{3,}s)\s+(?:larger|bigger|smaller)\s+than\s+$")  # `homes larger than`
# `Sales in Greater China`, in an article about a company: its sales there
_MEASURE_IN_PLACE = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:sales|revenue|revenues|shipments|deliveries)\s+in\s+[A-Z][\w\s]{2,30}", re.IGNORECASE
)
_AT_PACE_OF = re.compile(  # not `Tesla will face a rate of 7.8 percent`, where the rate is the series
    r"\s(?:a|an|the)\s+(?:seasonally[\s-]adjusted\s+)?(?:(?:annual(?:i[sz]ed)?|adjusted)\s+rate|(?:annual(?:i[sz]ed)?\s+)?pace)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
# `a survey was conducted on nearly 80,000 university students`: whom an article's statistics describe
_SAMPLE = re.compile(
    r"\b(?:survey|study|poll|census|sample)\b[^.;]{0,60}?\b(?:of|on|among|covering|polled|surveyed)\s+"
    r"(?:(?:nearly|about|approximately|around|over|more\s+than|some)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+"
    r"(?P<group>(?:[a-z][\w\-]*\s+){0,2}(?!(?:has|was|is|does|says|shows|finds|suggests|indicates|reveals)\b)"
    r"(?:[a-z][\w\-]*s|people))\b",
    re.IGNORECASE,
)
# a literal prefilter for `_SAMPLE`, whose leading `\b` and IGNORECASE make a full scan slow
_SAMPLE_WORD = re.compile(r"[Ss](?:urvey|tudy|ample)|[Pp]oll|[Cc]ensus|SURVEY|STUDY|POLL|CENSUS|SAMPLE")
# ... which is slow too (`s` is everywhere); `in` tests on lower-case text rule out most articles first
_SAMPLE_NOUNS = ("survey", "study", "poll", "census", "sample")
_MEASURE_WORDS = frozenset(UNIT_WORDS) | frozenset(CURRENCY_WORDS)
_SOURCE_NOUNS = frozenset(
    "report document study survey notice advisory memo log data statistics letter".split()
)
_SCALES = frozenset("thousand million billion trillion".split())
_GENERIC = frozenset(
    "number numbers figure figures reading readings amount total level levels value data one ones".split()
)
# `That was 15% below`, `since 2016, when it stood at`: the series before
_THAT_WAS = re.compile(r"\s*(?:[Tt]hat|[Tt]his|[Ii]t)\s+(?:was|is|were|are|marked|represents|represented|stood|stands|remains|remained)\b")
_GENERIC_FILLER = frozenset(  # (`the pre-pandemic level`, `its previous record level`: when, of the same series)
    "the a an same remaining this that these those for of in on at to pre pandemic crisis previous prior earlier "
    "record peak".split()
)
# the market whose shares a stock index measures
_INDEX_MARKETS = {
    "hang seng": "Hong Kong", "nikkei": "Japan", "topix": "Japan", "kospi": "South Korea", "dow": "United States",
    "s&p": "United States", "nasdaq": "United States", "ftse": "United Kingdom", "dax": "Germany", "cac": "France",
    "sensex": "India", "nifty": "India", "csi": "China", "chinext": "China", "shanghai composite": "China",
    "shenzhen component": "China", "taiex": "Taiwan", "asx": "Australia",
}
_STOCK_INDEX = re.compile(r"\b(?:" + STOCK_INDEXES.replace(" ", r"\s+") + r"|STOXX|MSCI|Russell)\b")
_BENCHMARK_CRUDE = re.compile(r"\b(?:Brent|West\s+Texas\s+Intermediate|WTI)\b")  # crudes priced as series
_INDEX_NAME = re.compile(  # not `S&P Global`, the survey compiler, nor a PMI
    r"\b(?:" + "|".join(k.replace(" ", r"\s+") for k in _INDEX_MARKETS) + r")\b(?!\s+global\b)(?!.*\bpmi\b)", re.IGNORECASE
)
# stock and price indexes are quoted in points, so a percent change of one is relative
_POINT_INDEX = re.compile(
    r"\b(?:stocks?|shares?|equit(?:y|ies)|composite|nikkei|dow|nasdaq|s&p|ftse|dax|cac|hang\s+seng|kospi|"
    r"sensex|topix|stoxx|msci|csi|chinext|taiex|asx|prices?|cpi|ppi|hicp|rpi|pce)\b"
)
_READING_HEADS = frozenset("index pmi rate share ratio percentage proportion yield".split())
# series that are sums or counts, never readings in percent
_RESULT_HEADS = frozenset(
    """revenue revenues sales profit profits income exports imports output spending shipments deliveries orders
    production investment loans earnings consumption demand""".split()
)
_TIME_UNITS = frozenset("second minute hour day week month year".split())
_MULTIPLIED = re.compile(rf"(?i)(?:{'|'.join(MULTIPLES)})(?:e|ed|es|ing)")  # a figure that is itself a change
_PARTNER_BEFORE = re.compile(  # `exports to China`, `imports from China`; but `exports from Korea` are Korea's
    # (not `investment into China`: China's inflow)
    r"(?i)\b(?:(?:exports?|shipments?|sales|flights|trips|those)\s+(?:to|into)"
    r"|(?:imports?|arrivals|visitors|tourists|inflows?|those|came|come|coming)\s+from|(?:trade|surplus|deficit)\s+with"
    r"|(?:most|much|some|all|half|part|the\s+rest)\s+of\s+(?:it|them)\s+(?:from|to)"  # `most of it from Thailand`
    r"|(?:mostly|mainly|largely|chiefly|primarily)\s+(?:to|from)"  # `27.7 million tonnes in 2022, mostly to China`
    r"|(?:travell?ed|went|flew|fled)\s+to|reach(?:ed|es)?)"  # `47 of whom had travelled to Beijing`: where they went
    r"\s+(?:the\s+)?"
    r"(?:mainland\s+)?$"
)
_PARTNER_ENDS = ("to ", "from ", "into ", "with ", "the ", "mainland ")  # how text ends where it can match


def _is_partner(text: str, start: int) -> bool:
    """Whether the country at ``start`` is the other side of a trade: `exports to China`, `from Thailand and
    Vietnam`."""
    if text.endswith(("and ", ", "), 0, start) and (joined := _JOINED_PLACE.search(text, max(0, start - 40), start)):
        start = joined.start()
    return text.endswith(_PARTNER_ENDS, 0, start) and _PARTNER_BEFORE.search(text, max(0, start - 30), start) is not None


_JOINED_PLACE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+){1,3}and\s+$|(?<![\w’'-])(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s+$")


_MODIFIES = re.compile(r"ly$|^(?:the|a|an|its|their|his|her|our|this|these|those)$")  # before an adjective, not a verb
_HOLDS = (" holds", " held", " owns", " owned", " controls", " hold", " own", " control", " acquired", " bought")
_RATIO_UNITS = frozenset("count percent percentage_point index times".split())
# what a physical amount measures, named by its dimension (`unit_family`), for `travelled 6.4 billion km`
_MEASURED = {
    "length": "distance", "area": "area", "volume": "volume", "mass": "weight", "speed": "speed",
    "power": "power", "energy": "energy",
}

# --- kind
# Patterns searched (not matched at one spot) over the text around every figure are written in
# lower case and run on lower-cased text: re.IGNORECASE makes each position several times slower.
_AT_PACE = r"\s+at\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:rate|pace|clip)\s+of"  # `grew at an annualized rate of`
_CHANGE_BEFORE = re.compile(  # `prices fell, by`; `the population shrank naturally by`
    rf"\b(?:{_CHANGE_VERB}(?:,?(?:\s+[a-z]+ly)?\s+by|{_AT_PACE})?|{_CHANGE_NOUN}\s+(?:of|by))$"
)
# `grew at an annualized rate of`, `rose 4.3% to a seasonally adjusted annual rate of`: the subject's move or level
_MOVED_AT_PACE = re.compile(
    rf"\b(?:{_MOVED})(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent))?"
    r"\s+(?:at|to)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:rate|pace|clip)\s+of$"
)
# `grew at an annualized 2.8% pace`: a move, its pace named after the figure
_MOVED_AT = re.compile(rf"\b(?:{_MOVED})\s+at(?:\s+[\w-]+){{0,3}}$")
_PACE_AFTER = re.compile(r"\s+(?:annual(?:i[sz]ed)?\s+)?(?:pace|rate|clip)\b")
# `raised interest rates by`, `cut its forecast by`: a verb that moves what follows it, by an amount
_MOVED_BY = re.compile(
    r"\b(?:rais|cut|lower|hik|reduc|boost|trimm?|lift|slash|increas|decreas)(?:e|es|ed|ing|s)?\b[^,;.]{0,60},?\sby$"  # (`, by`)
)
# every word the verbs spell, so at least the last words `_CHANGE_BEFORE` can match; checked first
# `putting down a 20 percent deposit`: paid, not moved down; `shut down 1.4 million accounts`: closed
_PUT_DOWN = ("put down", "puts down", "putting down", "shut down", "shuts down", "shutting down", "took down", "taken down")
_CHANGE_BEFORE_ENDS = frozenset(re.findall("[a-z]+", _CHANGE_VERB)) | {"by", "of"}
_WIPED_OUT = re.compile(r"\b(?:wip(?:e|es|ed|ing)\s+(?:out|off)|eras(?:ed|ing))$")  # `wiping out $55 billion of value`
# a sum added to or taken off a worth: `adding nearly $40 billion to its market value`, `wiped $1 trillion off
# the value of U.S. stocks`; the worth is the series and the sum its change
_VALUE_MOVER = re.compile(r"\b(?:add(?:s|ed|ing)?|wip(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?|strip(?:s|ped|ping)?)$")
_VALUE_MOVED = re.compile(
    r"\s+(?:to|off|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<n>(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s+)?"
    r"(?:(?:combined|total|stock|share)\s+)?(?:market\s+)?(?:value|valuation|capitali[sz]ation|cap|worth|net\s+worth|fortune|wealth)"
    r"(?:\s+of\s+(?:[^,.;]|\.(?=\w|\s+[a-z]))+?)?)(?=\s*[,;]|\.(?!\w|\s+[a-z])|\s+(?:on|in|this|last|since|after|as|and|while|when|over)\b|\s*$)"
)
# what a change noun says moved: `a 3.5% pay rise`, `a 5 percent price increase`
_MOVED_NOUN = r"pay|wages?|salar(?:y|ies)|prices?|rents?|fares?|tax|tariffs?|sales|output|pensions?|fees?|budget|spending"
_MOVED_NOUN_CHANGE = re.compile(rf"\s+(?P<x>{_MOVED_NOUN})\s+{_CHANGE_NOUN}\b", re.IGNORECASE)
_CHANGE_AFTER = re.compile(
    # `a 7.3% annual increase`: how often it is measured may come between
    rf"(?:-fold)?(?:\s+(?:annual|yearly|monthly|quarterly|weekly|daily))?(?:\s+(?:{_MOVED_NOUN}))?\s*{_CHANGE_NOUN}\b|\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|y/y|m/m|q/q|month[- ]on[- ]month|on the year)\b"
    r"|\s+from\s+a\s+year\s+(?:earlier|ago|before)\b",  # `and 4.0% from a year earlier`
    re.IGNORECASE,
)
# `bringing the decline since the peak in 2021 to`: a change of the series just named
_BRINGING = r"\b(?:bringing|brought|brings|taking|took|takes)\s+(?:the|its|their)\s+"  # `bringing its total to`
_BRINGING_CHANGE = (
    rf"{_BRINGING}(?:total\s+|cumulative\s+|overall\s+)?"
    rf"{_CHANGE_NOUN}\b[^,;]{{0,40}}\s+to$"
)
_BRINGING_CHANGE_RE = re.compile(_BRINGING_CHANGE, re.IGNORECASE)
_TAKING_TO = re.compile(
    rf"{_BRINGING}(?P<x>(?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*)\s+to"
    r"(?:\s+(?:a|an)\s+(?:(?:new|fresh|all-time|record)\s+)*(?:record|high|low|peak))?$"
)
_BRINGING_RE = re.compile(_BRINGING)
_BRINGING_TOTAL = re.compile(rf"{_BRINGING}total\s+to$")
_CHANGE_SUBJECT = re.compile(  # `the decline was`; not `the natural population growth rate was`, a rate's reading
    rf"\b{_CHANGE_NOUN}\b(?!\s+rates?\b)[^,;]{{0,40}}\b(?:was|were|is|are|stood\s+at|came\s+to)$|{_BRINGING_CHANGE}"
)
_CHANGE_SUBJECT_ENDS = ("was", "were", "is", "are", "at", "to")  # checked before finding the clause
_COMPARED_WITH = re.compile(r"\)?\s*\w+\s+than\s+(?:in|on|at|a|the|last|this|(?=\d))")  # `more than in 2023`, `more than a year earlier`
_COMPARATIVE = re.compile(
    r"\)?\s*(fewer|more|less|higher|lower|above|below|up|down|faster|slower|cheaper|bigger|smaller|larger|greater|"
    r"longer|shorter|heavier|lighter|stronger|weaker|better|worse|wider|narrower|taller|deeper|warmer|colder|hotter|cooler)\b(?!\s+to\b)",
    re.IGNORECASE
)
# a forecast or goal of a move: `The IMF forecast growth of 3.2%`, `analysts had expected a 3% rise`,
# `Beijing aims for growth of around 5%`
_FORECASTS = r"(?:(?:forecast|project|predict|expect)(?:s|ed)?|expectations?)"  # `forecasted` too
_NOT_COMPARED = r"(?<!\bthan\s)(?<!\bthan-)(?<!\bas\s)"  # `higher than expected`, `as predicted`: no forecast
# `ECB staff now see the euro zone economy growing 0.7%`: forecasters' `see` of a series' course, its growth
# for the first four (`The agency sees corn output at 119.6 million tons`: where it sees it)
_GROWTH_COURSES = ("growing", "expanding", "contracting", "shrinking")
_COURSES = "|".join((*_GROWTH_COURSES, "rising", "falling", "averaging"))
_SEE_COURSE = rf"\bsees?\s+(?:[\w’'-]+\s+){{0,5}}?(?:{_COURSES}|at\s*$)"
_SEEN_COURSE = re.compile(
    rf"\bsees?\s+(?:the\s+)?(?P<x>(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)\s+(?P<v>{_COURSES}|at(?=\s*$))\b"
    # (`growing 0.7% this year and 1.1% in 2025`: the second figure of the same course)
    r"(?:\s+[^,;]*?\band)?\s*(?:by\s+|at\s+)?$"
)
_FORECAST_CHANGE = re.compile(  # `project(s)` is a noun as often as a verb
    rf"\b{_NOT_COMPARED}(?:(?!projects?\b(?!\s+(?:growth|inflation|gdp|output)\b)){_FORECASTS}|targets?|targeting|aim(?:s|ing|ed)?\s+for)\b"
    rf"(?!\s+(?:a\s+)?(?:loss|profit)\b)|{_SEE_COURSE}"
)
_ORDERED_TO = re.compile(  # not `ordered the company to pay $1.6 billion in damages`: a ruling, not a goal
    r"\border(?:s|ed)\s+(?:[\w\-’']+\s+){0,7}?to\s+(?:recruit|hire|train|build|install|plant|establish|open|close|"
    r"deploy|collect|find|report|submit|set\s+up|send|deliver|enlist|provide|supply)\s+(?:[\w\-’']+\s+){0,3}$"
)
# asking for a figure, and offering one (`is seeking a pay rise of`, `has offered a rise of`), and the moves asked for
_SEEKING = r"(?:seeks?|seeking|sought|demands?|demanding|demanded)"
_ASKING = rf"(?:{_SEEKING}|offer(?:s|ed|ing)?|propos(?:es|ed|ing))"
_MOVES_ASKED = r"(?:rise|increase|raise|hike|cut|reduction)"
_TARGET = Prefiltered(
    r"\b(?:aims?|aiming|aimed|plans?|planning|planned|intends?|intending|intended|seeks?|seeking|hopes?|wants?|"
    r"is\s+set|are\s+set|was\s+set|going|pledged?|promised?|vowed?|committed|scheduled|agreed|agrees|decided|"
    r"decides)\s+to\b"
    r"|\baim(?:s|ing|ed)?\s+for\b"
    # `instructs districts to recruit`, `requiring the Party's 99.18 million members to take part`
    r"|\b(?:instruct(?:s|ed)?|requires|required|requiring|urge[sd]?)\s+(?:[\w\-’'.,]+\s+){0,7}?to\b"
    # `orders township officials to recover`: a directive to those who carry it out (not `ordered him to pay`)
    r"|\border(?:s|ed)?\s+(?:[\w\-’']+\s+){0,3}?(?:officials|cadres|departments|townships|villages|districts|counties|"
    r"units|agencies|schools|governments|authorities)\s+to\b"
    r"|\b(?:was|were) to (?!be\b|have\b)[a-z]+"  # `each informant was to submit at least two reports`
    # (`targeting` the goal a figure is, not what `a campaign targeting online rumors` is after)
    r"|\b(?:will|shall|must|targets?|targeting(?=(?:\s+[\w-]+){0,3}\s*$)|goals?(?!\s+in\b)|quotas?|expects?|predicts?|anticipates?|forecasts?|"
    r"forecasted)\b"
    # `cut its production guidance to 200,000 tonnes` (not `the upper end of its guidance of`: one reported against)
    r"|\b(?:raised|raises|lowered|lowers|cut|cuts|kept|keeps|maintained|revised|trimmed|lifted|narrowed|reaffirmed)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,4}?guidance\b"
    r"|\bpropos(?:es|ed|ing)\s+(?:a|an|to|the|its)\b"  # `proposed a record defense budget of`
    r"|\bcall(?:s|ed|ing)? for\b"  # `an action plan that calls for building 1,000 canteens by 2025`
    rf"|\b{_SEEKING}\s+(?:an?|the)\s"  # `is seeking a pay rise of 10.5 percent`
    r"|\b(?:economists|analysts|forecasters|strategists)\b[^.;]{0,60}?\blooking\s+for\b"  # `had been looking for`
    r"|\bprojects\s+(?:[a-z]+\s+){0,3}(?:of|at)\s*$"  # `projects core inflation of 2.5 percent`: its forecast
    rf"|\b{_NOT_COMPARED}(?:expected|predicted|projected)\b(?!\s+by\s+[^,;]{{1,40}}?\s+(?:was|were|is|are)\b)"  # not `the salary expected by graduates was`
    r"|\b(?:may|might|could)\s+(?:be|reach|fall|rise|drop|increase|decrease|exceed|hit|top|grow|shrink|cost|affect|"
    r"displace|create|add|save|lose|generate|produce|double|triple|halve|ship|sell|deliver|build|attract)\b"  # `may be four percent less`; not `could face a sentence`
    r"|\bwould\s+(?!have\b|be\s+the\b)"  # reported speech: `said it would cut 1,200 jobs`
    rf"|{_SEE_COURSE}",
    "aim plan intend seek sought demand hope want expect set going pledge promise vow commit project predict schedul agree decide "
    "see sees "
    "will shall "
    "must target goal quota anticipate forecast guidance may might could would instruct require requiring urge propos order".split()
    + ["calls for", "called for", "call for", "calling for", "was to", "were to", "looking"],
    for_lower=True,
)
# `the central bank's 2% target`, `a 3% inflation goal`: the figure names the goal itself
_FORECAST_BY = (  # `the 2.7 percent expected by economists`, `the 2.6 percent expected in a Reuters poll`
    # (`the 200-basis-point reduction forecast by economists`: the move forecast)
    rf"(?:\s+{_CHANGE_NOUN})?\s+(?:expected|forecast|predicted|projected|estimated)\s+(?:by\s+(?:[a-z]+\s+)?(?:economists|analysts|strategists)\b"
    r"|in\s+an?\s+(?:[A-Z][\w.]*\s+)?(?:poll|survey)\b)"
)
FORECAST_BY = re.compile(_FORECAST_BY, re.IGNORECASE)
_DATA_FROM = re.compile(
    r"\b(?:(?:data|figures|statistics)\s+(?:(?:released|published|issued|compiled)\s+)?(?:by|from)|[Aa]ccording\s+to)\s+(?:the\s+)?"
)
_PLACE_OF_PEOPLE = re.compile(
    r"(?:\b(?:In|At|From)\s+)?(?P<place>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}),\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}"
    rf"(?:(?:{'|'.join(PLACE_KINDS)})\s+of"
    r"|(?:[\w’'\-]+\s+){0,5}(?:city|town|capital|hub|port|province|region|state)(?:,|\s+and)\s+(?:is\s+)?home\s+to)\s+"
    r"(?:(?:about|some|nearly|around|roughly|almost|more\s+than|over)\s+)?$"
)
_INHABITANTS = frozenset(("people", "residents", "inhabitants"))
_MOVED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|(?:has|have|had)\s+been|will\s+be)\s+(?:cut|raised|reduced|lowered|increased|decreased|"
    r"slashed|trimmed|hiked|boosted|lifted)\s+(?:by|to)$"
)
_SEEN = re.compile(r"^(?:seen|saw)\s+")
# a goal its maker set for the figure just reported: `short of the 800 it had originally targeted`
OWN_GOAL_AFTER = re.compile(
    r"\s+(?:it|they|the\s+company|the\s+government)\s+had\s+(?:originally\s+|initially\s+|previously\s+)?"
    r"(?:targeted|planned|aimed\s+for|forecast|projected|promised|budgeted)\b"
)
TARGET_AFTER = re.compile(
    r"\s+(?:(?:inflation|growth|deficit|emissions?|median|consensus|average)\s+)?"  # `the 2.5 percent median forecast`
    r"(?:target|goal|forecast|estimate|projection|expectation)\b"
    r"|\s+(?:ceiling|floor)\s+of\s+(?:the|its|a)\s+(?:[\w-]+\s+)?(?:target|tolerance)\b"  # `the 4.5% ceiling of the target range`
    r"|\s+(?:[\w-]+\s+)?plan\b"  # `a $10 billion cost-reduction plan`: what is planned
    r"|\s+of\s+(?:[a-z][\w\-]*\s+){0,3}?to\s+be\s+[a-z]+(?:ed|en|t)\b"  # `4 trillion yuan of bonds to be allocated`
    # `About 500 people were expected to attend`, `11.79 million students are expected to graduate`
    # (not `cut it to 6.50 percent last month and is expected to keep it`: the next predicate, of the subject)
    r"|\s+(?:(?!and\b)[a-z][\w\-]*\s+){0,3}?(?:is|are|was|were)\s+(?:expected|projected|forecast|scheduled|set|due|likely)\s+to\b"
    rf"|{FORECASTERS_AFTER.pattern}"  # `the 1.04 trillion yen economists had forecast`
    r"|\s+(?:originally|initially|previously)\s+(?:targeted|planned|forecast|projected|budgeted|estimated|expected)\b"
    r"|\s+(?:recommended|advised|proposed|suggested)\s+by\b"  # `the 15 to 20 percent recommended by UNESCO`
    rf"|{OWN_GOAL_AFTER.pattern}"
    rf"|{_FORECAST_BY}",
    re.IGNORECASE,
)  # `the 6 percent forecast in a Reuters poll`, `the 2.7 percent expected by economists`
# a sum still to be found: `the $8.3 billion the agency says is needed each year`
# `the airport needed investment of up to £10 billion`, `will need 5,000 more nurses`: what is needed
_NEEDED_BEFORE = re.compile(
    r"(?<!\bthe\s)\b(?:needs?|needed|requires?|required)(?:\s+(?![\w\-]+ed\b|after\b|since\b|during\b)[\w\-]+){0,3}?"
    r"(?:\s+of)?\s*$"
)  # (not `need humanitarian aid after 18 months of war`: how long the war has gone on)
_NEEDED_AFTER = re.compile(r"(?:\s+(?:that|which))?(?:\s+[^,.;]{0,40}?)?\s+(?:is|are|will\s+be|would\s+be)\s+(?:needed|required)\b")
# a list after `... indicators include:` is a list of targets
_TARGET_LIST = re.compile(
    r"\b(?:indicators?|targets?|goals?|quotas?|requirements?|tasks?|objectives?)\b", re.IGNORECASE
)
_RESULT = re.compile(r"\b(?:loss|losses|gain|gains)(?:\s+of)?$")
# written like `_CLAUSE_BREAK` (see there), so that `re` skips ahead to the characters that matter
_CLAUSE_RESET = re.compile(  # `..., as the number of newborns fell to`: a reason given has its own verb
    # `..., but at a slower pace of about 5.8 percent`: a `but` with no verb of its own goes on with the clause before
    r";|\.\s|w(?<!\w\w)(?:hile|hereas)\b|b(?<!\w\w)ut\b(?!\s+(?:at|to|by|in|with|of|for|only|still)\b)|a(?<!\w\w)lthough\b"
    r"|,\s+(?:as|because)\s(?!much\b|many\b|well\b|high\b|low\b|little\b|few\b|of\b)"
    # `The airport forecast 84.2 million passengers in 2025 and said its revenue rose 2%`: a statement of its own
    r"|a(?<!\w\w)nd\s+(?:also\s+)?(?:said|says|reported|reports|added|adds)\b"
    # `aims to raise output to 32 million tons, and has set aside 139.4 trillion rupiah`: what is done already
    r"|,\s+and\s+(?:has|have)\s+(?!been\b|to\b)"
    # `raised its sales forecast after third-quarter comparable sales rose`: what happened, not what is forecast
    r"|a(?<!\w\w)fter\s+(?=(?:[\w’'-]+\s+){1,8}?(?:rose|fell|grew|jumped|increased|decreased|climbed|dropped|declined|gained|surged|reached|hit|topped)\b)"
    # `do not plan to have children ..., according to a survey of 12,000 people`: the source's own figure
    r"|,\s+according\s+to\s"
    # `the cuts would help protect margins, which fell to a record low of`: a relative clause's own past
    r"|,\s+which\s+(?=(?:had\s+)?(?:fell|rose|grew|dropped|declined|jumped|climbed|slid|reached|hit|stood|was|were)\b)"
)

# --- clauses and noun phrases
_HYPHENED_EPITHET = re.compile(r"^((?:[Tt]he\s+)?)(?:[a-z]+-[\w-]+\s+){1,2}(?=[A-Z])")
# a party or body described by its standing before its name: `the ruling Democratic Progressive Party`
_STANDING = re.compile(r"^(?i:ruling|opposition|main\s+opposition|governing|incumbent|rival)\s+(?=[A-Z])")
_ACRONYM_PAREN = re.compile(r"\([A-Z][A-Za-z]{0,6}[A-Z]s?\)")  # `(NBS)`, `(LGFVs)`, `(AfD)`
# Every branch opens with a literal character, so that `re` skips ahead to those characters;
# `x(?<!\w\w)` is `\bx` written that way. Only where matches end is used, and `[),]\s*and\s`
# ends where `(?<=[),])\s*and\s` would.
_CLAUSE_BREAK = re.compile(
    r";|:(?!\d)|\(|,\s|,[”\"]\s(?=(?:his|her|their|its|the|a|an)\s)|[),]\s*and\s|%\s+and\s|n(?<=illion)\s+and\s|(?<!while\s)(?<!whereas\s)t(?<!\w\w)hat\s(?!of\s)|w(?<!\w\w)(?:hich|ho|hile|hereas|hen)\s|h(?<!\w\w)ow\s|"
    r"b(?<!\w\w)(?:ut|ecause|efore)\s|a(?<!\w\w)(?<!ing\sa)(?<!ed\sa)s\s|a(?<!\w\w)fter\s|"  # not `identifying as`
    r"a(?<!\w\w)nd\s(?=(?:its|their|the|his|her)\s)|s(?<!\w\w)aying\s|m(?<!\w\w)eaning\s"  # `rejected the report, saying the city’s`
    r"|t(?<!\w\w)hough\s|a(?<!\w\w)lthough\s"
    # `Scientists estimate the galaxy is`: the clause said or thought begins after its verb
    r"|(?<=\s)(?:estimated?|estimates|believed?|believes|thinks?|thought|says|said|warned|warns|fears?|feared)\s"
    r"(?=(?:the|a|an|its|their|his|her)\s)"
)
# an aside between commas right before the verb of a figure (`Retail sales, a gauge of X, grew`;
# `BYD, China’s largest carmaker, sold`; `Core inflation, which excludes food, eased`)
_GENERIC_NAMED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}(?:survey|gauge|measure|indicator|reading),\s+"
    r"(?P<np>(?:the\s+)?[A-Z][^,]{2,60}?),\s+"
)
_APPOSITIVE = re.compile(
    r",\s+(?:(?:long|once|now|still|formerly)\s+(?:the|a|an|[A-Z][\w.&\-]*[’']s)|a|an|the|its|their|his|her|which|who|whose|excluding|including|"
    r"not\s+including|one\s+of|among|home\s+to|mainly|mostly|largely|chiefly|primarily|"  # `, mainly oil and gas,`
    r"(?:in|at)(?=\s+[A-Z])|"  # `The highest provincial minimum wage, in Jakarta, is`: where
    r"[a-z][\w-]*(?=\s+(?:that|which|who)\s)|"  # `Disbursed FDI, money that has actually arrived, grew`
    r"[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*[’']s|[a-z]+ed\s+(?:[a-z]+ly\s+)?(?:in|by|as|on|for|from|at))\s+"
    r"[^;()]{1,90}?,"  # a list inside: `, which excludes energy, food, alcohol and tobacco,`
    r"\s+(?!(?:and|but|or|while|which|who|whose|that)\s)"  # not `, citing slowing inflation, which stood at`
    r"(?=(?:[\w\-.%$€£¥]+\s+){1,8}$)"  # `, rose 6.1 percent to`: the words a figure may be among
)
_NAME_APPOSITIVE = re.compile(  # a company described, then named: the name is the subject
    r"(?:^|(?<=[.;]\s))(?:(?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*[’']s\s+|[Tt]he\s+|[Ii]ts\s+)?(?:[a-z][\w\-]*\s+){0,3}"
    r"(?:company|firm|group|developer|lender|operator|subsidiary|unit|arm|affiliate|division|carmaker|automaker|maker|"
    r"platform|insurer),\s+(?P<name>[A-Z][\w.&\-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w.&\-]*)*),\s+"
)
_LISTED_OBJECTS = re.compile(r"(\b(?:on|of|for|in)\s+[a-z]+),\s+([a-z]+(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+\b)")
_PAREN_TEXT = re.compile(r"\((?![A-Z][A-Za-z]{1,7}\))[^()]*\)")  # an aside, not an acronym
_RELATIVE = re.compile(r",\s+(?:which|who)\s$")
_LETTERS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # `state-owned` is one word, not a verb
# verbs that may open the words before `of` (`posted revenue of`, `is offering bonuses of`)
_PART_OF_FIRM = re.compile(r"(?:[Tt]he\s+|[Ii]ts\s+)?(?:[a-z][\w-]*\s+){1,3}(?:division|unit|segment|arm|business)")
_RESULTS_VERBS = frozenset(  # (and what sets a figure: `have set economic growth targets of`)
    "reported posted recorded booked logged announced offering offered paying granted set unveiled approved adopted".split()
)
_CAUSED = frozenset("caused causes causing cause inflicted".split())  # `fraud caused losses of`
_INVERTED = re.compile(r"(?:among|of|including)\s+(?:them|these|those|whom|which)", re.IGNORECASE)
_EXPLETIVE = re.compile(r"(?:there|it|this|that|they|we)", re.IGNORECASE)
# an adverb between a subject and its verb: not part of what the subject names
_WILLED = re.compile(
    r"\s+(?:agreed|decided|voted|pledged|promised|vowed|planned|plans?|aims?|wants?|seeks?|hopes?|intends?|"
    r"moved|tried|sought|failed|refused|threatened|is\s+set|are\s+set)$"
)
_TOGETHER = r"together|combined|jointly|alone"  # how a subject of several acts, no part of it
_ADVERB_END = re.compile(
    r"\s+(?:briefly|sharply|slightly|steadily|significantly|nearly|roughly|modestly|marginally|largely|quickly|"
    r"rapidly|gradually|reportedly|recently|previously|currently|initially|eventually|finally|again|"
    r"unexpectedly|narrowly|barely|easily|comfortably|swiftly|suddenly|abruptly|temporarily|once|"
    rf"{_TOGETHER}|"  # `Chinese vendors together accounted for`
    r"more\s+than|less\s+than|almost)$"  # `Sales more than doubled`
)
_DET = re.compile(
    r"^(?:the|a|an|its|their|his|her|this|that|these|those|our|some|all|each|overall)\s+",
    re.IGNORECASE,
)
_SPLIT_DET = re.compile(r"\b(?:a|an|the|its|their|his|her|our|with|has|have|had|is|was)\s")
_TIME = re.compile(
    # (a preposition before `this year’s` belongs to the phrase the time is part of: `expected by this year’s graduates`)
    # (`share of annual revenue` keeps its `of`)
    rf"\b(?:(?:for|in|during|of|since|by|at|until|on)\s+(?![\w\s-]{{1,20}}[’']s\b)(?!(?:annual|monthly|quarterly)\s))?"
    rf"(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:"
    rf"(?:{_WEEKDAYS})|"  # `The Biden administration on Tuesday`
    rf"(?:{_MONTH_WORDS})[-–](?:{_MONTH_WORDS})\s+(?:quarter|period)|"  # `the April-June quarter`, `the April-November period`
    rf"(?:(?:first|second|third|fourth|last)\s+(?:half|quarter)(?:\s+of)?\s*)?(?:(?:{_MONTH_WORDS})\.?(?:\s+\d{{1,2}})?,?\s*)?"
    # (`fiscal revenue` is a series: `fiscal` alone is no time)
    # `the 2023-24 fiscal year`, `the 2024/25 season`
    rf"(?:(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?:\s+(?:(?:fiscal|financial|academic|school|crop|marketing)\s+year|season))?"
    rf"|(?:fiscal|financial)\s+(?:year(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)|FY\s?\d{{2,4}})"
    # `the first half of the year`, `the first three quarters`, `the past six months`
    rf"|(?:first|second|third|fourth|last|past|previous|preceding|prior)[\s-](?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+)?"
    rf"(?:half|quarters?|months)(?:\s+of\s+(?:the|this|last)\s+year)?|(?:{_MONTH_WORDS})(?:\s+\d{{1,2}}\b)?"  # `since December 9`
    r"|(?:twelve|three|six|nine|\d{1,2})\s+months\s+(?:to|through|ended|ending)\b"  # `the 12 months through June`
    # `double the area of a decade ago`: the time of the base, not the series
    r"|(?:a|one|two|three|four|five)\s+decades?\s+(?:ago|earlier|before)"
    # `doubled in three months to 15 million`: a time frame, not the series
    r"|(?<=\bin\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days|weeks|months|years)"
    rf"|(?:year\s+)?(?:ended|ending)\s+(?:in\s+)?(?=(?:{_MONTH_WORDS}))"  # `the (fiscal) year ending March 2025`
    rf"|(?:this|last|next|past|previous|current|coming)\s+(?:(?:fiscal|financial)\s+)?(?:year|month|quarter|week)|year-on-year"
    r"|(?<=\bthe\s)(?:same\s+)?period"  # `disbursed in the period`: the time told before
    # `annual exports`; but `monthly minimum wage` and `hourly wage` are other series than a yearly one
    r"|(?:annual|monthly|quarterly)(?!\s+(?:minimum\s+|average\s+|basic\s+)?(?:wages?|salar(?:y|ies)|income|rents?|"
    r"fees?|pensions?|allowances?|payments?|subsid(?:y|ies)|bonus(?:es)?)\b))(?:[’']s)?\b",
    re.IGNORECASE,
)
_HOLIDAY_TIME = re.compile(  # `during the eight-day Spring Festival holiday`
    rf"(?:\b(?:during|over|for|in|on|at|around|of)\s+)?(?:the\s+)?(?:[\w-]+-day\s+)?(?:{HOLIDAY.pattern}|{SHOPPING_DAYS})"
    r"(?:\s+(?:holidays?|break|period|travel\s+(?:rush|season|period)))?"  # `the Spring Festival travel rush`
    # `over the five days from Thanksgiving through Cyber Monday`
    rf"|\b(?:(?:over|during|in)\s+the\s+[\w-]+\s+days\s+)?from\s+{SHOPPING_DAYS}\s+(?:through|to|until)\s+{SHOPPING_DAYS}",
    re.IGNORECASE,
)
_OFFSHOOTS = ("service", "app", "platform", "network", "brand", "unit", "subsidiary", "arm", "division", "chain")
_NAMED_OFFSHOOT = re.compile(
    rf"(?:[A-Z][\w.&-]*[’']s\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})\s+(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?:{'|'.join(_OFFSHOOTS)})"
)
_FULL_YEAR = re.compile(r"^[Ff]ull[- ]year\s+")  # a time, which a series' name may keep (`full-year dividend`)
# a word (or year start) in every `_TIME` match
_TIME_WORDS = (
    "19", "20", "fy", "fiscal", "financial", "half", "quarter", "year", "month", "annual",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "week", "day", "period",
)
_MONTH_POSSESSIVE = re.compile(rf"\b(?:this|last|next)?\s*(?:{_MONTH_WORDS})[’']s\b")
_NUMBER_OF = re.compile(r"^(?:the\s+)?(?:total\s+)?number\s+of\s+", re.IGNORECASE)
_SHARES_OF = re.compile(r"(?:the\s+)?[Ss]hares\s+(?:of|in)\s+(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})")
_JOINED = re.compile(r"^(?:and|but|while)\s+")
_POSSESSOR = re.compile(r"^(?P<who>[^,]+?)(?:[’']s|(?<=s)[’'](?=\s+[A-Z]))\s+(?P<rest>.+)$")
_PLURAL_POSSESSOR = re.compile(
    r"^(?:the\s+)?(?P<who>(?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*s)[’']\s+(?P<rest>.+)$"
)
_PREPOSITION = re.compile(r"\b(?:of|in|for|at|among|into|from|to|on|by|with)\b")
# a metric phrase starts after a data or speech verb (`Apple reported quarterly revenue`, `The
# association said output`) or after a conjunction that follows an earlier figure (`$89.5 billion
# and earnings per share`)
_LEAD_VERBS = (
    "reported reports posted posts announced announces recorded records registered registers logged booked said "
    "says told added noted stated warned estimate estimates estimated expect expects expected showed shows forecast forecasts "
    "predict predicts predicted project projects projected show found finds indicated indicates revealed reveals "
    "suggested suggests showing carries carry carried faces face faced"
).split()
_LEAD_CUT = Prefiltered(
    # `Data showed retail sales rose`; not `the registered population`, where the word is an adjective
    # (nor `the salary expected by graduates`, a participle with its agent)
    # (`share of registered population`: after a preposition too)
    # (nor `fish species recorded in the Yangtze`: a participle and where)
    rf"^.*?\S(?<!\bthe)(?<!\bits)(?<!\ban)(?<!\ba)(?<!\btheir)(?<!\bof)(?<!\bin)\s+(?:{'|'.join(_LEAD_VERBS)})\s+"
    r"(?!by\s)(?!(?:in|at|across|during)\s+the\s)"
    r"(?:that\s+)?(?=\S)"
    # (not `people aged 65 and over`, which is one group)
    r"|^.*(?:\d|million|billion|trillion|thousand|percent|%)\s+(?:and|or|but|while|whereas)\s+"
    r"(?!(?:over|older|above|under|younger|up)\b)(?=\S)"
    r"|^(?:said|says|added|noted)\s+(?:that\s+)?(?=\S)",  # `... and said inflation would average`
    [*_LEAD_VERBS, "%", "million", "billion", "trillion", "thousand", "percent"],
    re.IGNORECASE,
    digits=True,
)
# readings of an economy, never of a firm: `the official non-manufacturing PMI` is the country's
_ECONOMY_SERIES = re.compile(r"\b(?:pmi|gdp|cpi|ppi|inflation|unemployment\s+rate|jobless\s+rate|index)\b")
# `said on Wednesday its net profit fell`: when it was said, not what
_SAID_WHEN = re.compile(r"^(?:(?:late|early)\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:that\s+)?(?=(?:its|their)\s)")
# regions written in lower case or not in the country table: `inflation in the euro zone`
_IN_REGION = re.compile(
    r"\s+(?:in|of|across|within)\s+(?:the\s+)?(?P<place>euro[\s-]?(?:zone|area)|eurozone|Europe|Asia|"
    r"Africa|Latin\s+America|Middle\s+East|Asia[\s-]Pacific|Scandinavia|Gulf)$",
    re.IGNORECASE,
)
_EURO_AREA = re.compile(r"(?i)euro[\s-]?(?:zone|area)|eurozone")
_SIZE_WORDS = r"(?:major|large|big|key|main|first-tier|second-tier|leading)"  # `major cities` are cities
_IN_CITIES = re.compile(
    rf"\s+(?:in|across)\s+(?:the\s+)?(?:\d+\s+)?(?:{_SIZE_WORDS}\s+)?"
    r"(?:(?P<d>[A-Z][a-z]+)\s+)?(?:cities|provinces|regions)$"
)
_EXPORTED = re.compile(r"\b(?:exports?|exported|shipments?|shipped|sales)\b", re.IGNORECASE)
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?(?P<place>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)(?P<to>\s+to\s|$)")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_ITS_WITHIN = re.compile(r"\s(?:of|from|at|by)\s+(?:its|their)\s")
# the other side of a measure or a trade, named before a demonym: `tariffs on Chinese EVs` (whom they are levied on),
# `imports of Japanese seafood` (where it comes from)
_OTHER_SIDE = re.compile(
    r"\b(?:(?:tariffs?|duties|duty|levies|levy|sanctions|quotas?|bans?|curbs|restrictions)\s+on"
    r"|(?:imports?|purchases?)\s+of|against)\s+$"  # (`scrambles against Russian aircraft`: whom they met)
)
_SHARE_OF_THE = re.compile(r"\bshare\s+of\s+(?:the\s+)?$")
_AND_A_NAME = re.compile(r"\s+and\s+[A-Z][a-z]+\s+[a-z]")
_OWNERS_TOTAL = re.compile(r"[’']s\s+total(?:\s+[a-z][\w-]*){0,2}$")  # `share of China's total output`: the whole a part is of
_ITS_PLACE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)  # `exports from its Shanghai factory`: the owner's
_IN_PLACE = re.compile(r"\s+(?:in|of|within|into)\s+(?:the\s+)?(?P<place>[A-Z][\w.\- ]*)$")  # `investment into China`
# `Industrial profits at China's industrial firms`, `rents in London`: the series, then whose it is
_PERIOD_NAME = r"(?!(?:Q[1-4]|H[12]|FY\d{0,4})\b)"  # a capital that names no owner or place: `in Q3`, `in FY24`
_AT_OWNER = re.compile(rf"\s+(?:at|among|in)\s+(?:the\s+)?(?P<owner>{_PERIOD_NAME}[A-Z].*)$")
# `support for the governing Labour Party`: a poll reading of a party or person
_SUPPORT_FOR = re.compile(
    r"(?P<what>(?i:support|approval|backing))\s+for\s+(?:the\s+)?(?:(?:governing|ruling|opposition)\s+)?(?P<owner>[A-Z].*)$"
)
_INFLOWS = frozenset("imports arrivals visitors tourists inflows".split())  # what comes from the place named
_THOSE = re.compile(r"(?i)^(?:and\s+)?(?:those|that)\s+(?P<rest>(?:to|from|of|in|for|at)\s.+)$")
_FROM_TO = re.compile(r"\b(?:from|to|into|with)\s+(?:the\s+)?(?:mainland\s+)?$")  # `exports to mainland China`: the other side
_BY_PHRASE = re.compile(  # `The death toll from the earthquake`: the toll, whatever caused it
    r"(?<=\btoll)\s+(?:from|of|in)(?=\s)|\s+(?:(?:brought|caused|driven|triggered|fueled|fuelled|led|hit)\s+by"
    r"|[a-z]+ed\s+(?:down|up|out|off)\s+(?:in|on|at|by|for|to|over|during|since|from|across))\s"
    r"|(?:(?<=\bpmi)|(?<=\bPMI)|(?<=ndex)|(?<=data))\s+(?:(?:compiled|released|published|issued)\s+by|from)\s+(?=(?:the\s+)?[A-Z])"
)  # `Rainfall brought by the remnants`, `the average sentence handed down in the cases`: what it says of the noun;
# `the official PMI from the National Bureau of Statistics`: its source, not what it measures
_PER_HEAD = re.compile(r"\s+per\s+(?:capita|head|person|resident)$")
_HEAD_CUT = re.compile(
    r"\s(?:of|in|into|for|among|from|to|on|at|by|with|within|across|between|against|granted|imported|exported|"
    r"\w+ed\s+by|brought\s+by|driven\s+by|led\s+by|made\s+by)\s"  # `Rainfall brought by the typhoon`: rainfall
)
_WORD = re.compile(r"[A-Za-z][\w\-]*")
_LOWER_WORD = re.compile(r"[a-z]+")
_CHANGE_NOUN_RE = re.compile(_CHANGE_NOUN, re.IGNORECASE)
_PROPER = re.compile(r"(?:[A-Z][\w\-’'.]*\s*)+")
_ABBR = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_QUOTES = re.compile(r"[“”\"()\[\]]")
_QUOTE_MARKS = re.compile(r"[“”\"]")
_APOSTROPHE_S = re.compile(r"[’']s\b")
_PUNCT = re.compile(r"(?!(?<=\d),(?=\d{3}))[^\w\s\-&./]")  # not the comma of `1,000`
_SPACES = re.compile(r"\s+")

# --- metric shapes
# a past-tense verb after `and` opens a second predicate of the same subject (`holds 70 percent of the market and sold
# 5 million drones last year`)
AND_THEN_VERBS = r"[a-z]{3,}ed|sold|made|won|took|paid|spent|grew|rose|fell|lost|bought|built|saw|had|was|were|is|are|has|have|expects|plans"
_SHARE = re.compile(
    r"\)?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<x>(?:[\w\-’' ]|,(?=\d)|(?<=[A-Z])\.(?=\w|\s+[a-z]))+?)"  # `U.S. adults`
    r"(?=\s+(?:in|on|at|for|from|with|by|who|that|which|while|but|across|were|was|are|is|came|comes?|goes|go|went|remains?|"
    r"said|say|says|told|expect|expects|expected|believe|believed|think|surveyed|polled|questioned|interviewed|"
    r"have|has|had)\b"
    r"|\s+and\s+(?:(?:about|nearly|almost|some|over)\s+)?[\d$€£¥]|(?:[,;)]|\.(?!\w|\s+[a-z]))(?!\d)|$"
    r"|\s+and\s+[a-z]+ing\b"  # `20.8 percent of the national total and ranking first`
    rf"|\s+and\s+(?:{AND_THEN_VERBS})\b"  # `70 percent of the global drone market and sold more than`
    r"|\s+of\s+(?:about\s+)?[\d$€£¥])"  # `73 percent of its GDP of 2.09 trillion yuan`
    r"(?P<part>\s+(?:reporting|lacking|using|living|having|serving|who)\b[^,.;]*)?"
    # `of the budget goes to defence`, `of its electricity comes from coal`: where that share goes or comes from
    r"(?:\s+(?:comes?|came|goes|go|went)(?P<flow>\s+(?:to|from)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)(?=[\s,.;]|$))?"
)
# `, accounting for 21.5% of total exports`, `, equal to 23.4 percent of revenue`
SHARE_PARTICIPLES = ("accounting for", "making up", "representing", "equal to", "equivalent to")
_SHARE_VERBS = frozenset(
    "account accounted accounts make made makes generate generated generates represent represented represents comprise "
    "comprised".split()
)
# `of the 1,200 companies`: the sample size; `of the 65 million recorded in 2018`
_LEADING_NUMBER = re.compile(r"^[\d,.]+\s+(?:(?:thousand|million|billion|trillion)\b\s*)?")
# a share that is the subject of its clause, and what it did or is: `(found that) 62 percent were reluctant to
# marry`, `41.5 percent cited the cost of housing`, `27 percent said they could not find a partner`
_FREED_AFTER = re.compile(r"\b(?:released|freed)\s+after$", re.IGNORECASE)
_TO_CLOCK = re.compile(r"\s+(?:to|until|ending)\s+\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)")
# verbs whose count is their object, not a reading of the subject: `the economy added 2.2 million jobs`
# `, leaving 1.8 million infants unvaccinated`: the count is the participle's object, not its clause's subject
_DONE_BY_PARTICIPLE = {
    "killing": "killed", "injuring": "injured", "affecting": "affected", "displacing": "displaced", "stranding": "stranded"
}
_OBJECT_PARTICIPLES = tuple(f"{lead} {verb}" for lead in (",", " and") for verb in (*_DONE_BY_PARTICIPLE, "leaving"))
_COUNTS_OBJECT = frozenset("added adds shed sheds cut cuts created creates lost loses hired hires".split())
_WILL_TAKE = re.compile(r"\b(?:will|would|could|may|might|to)\s+take$")
_MODAL_END = re.compile(r"\b(?:will|would|could|may|might|must|to)\s+$")
_WILL_WORDS = (
    "will", "shall", "must", "would be", "expected", "projected", "forecast", "set to", "due to", "likely", "slated",
    "scheduled", "to be"
)
_WILL_AFTER = re.compile(  # not `62 percent said they will vote`: what people say they will do is a reading
    r"(?:(?!\b(?:said|say|says|told|think|believe|believed)\b)[^,;.]){0,60}?"
    r"\b(?:will|shall|must|would\s+be|(?:is|are)\s+(?:expected|projected|forecast|set|due|likely|slated|scheduled)\s+to|"
    r"(?:is|are)\s+to\s+be)\b"  # `said that more than 18,000 graduates would be sent`
)
_OPENS_CLAUSE = re.compile(r"(?:^|[,:;]|\b(?:that|found|showed|while|whereas|and|but|with))\s*$")  # `with 58 percent saying`
_SHARE_WHO = re.compile(
    r"\s+(?:of\s+(?:them|those|respondents)\s+)?"
    r"(?:(?:were|are|was|is)\s+(?!(?:more|less|higher|lower|up|down|from|in|of|the|a|an|above|below)\b)"
    r"|(?:said|say|says|saying)\s+(?:that\s+)?(?:they\s+(?:were\s+|are\s+)?)?"
    r"|(?=(?:[a-z]+ed|support|oppose|back|want|plan|expect|believe|think|favou?r|prefer|agree|disagree|use|own|"
    r"have|has|had|cite|report|feel|consider|intend|could|would|did|do|can|cannot|will)\s))"
    r"(?P<vp>(?:(?!(?:in|on|at|for|by|during|over|than|and|but|while|compared|according|as|because|respectively|"
    r"within|before|until|after)\b)"
    r"[a-z][\w\-]*\s*){1,6})(?<!\s)"
)
_PEOPLE = re.compile(  # `university students`, `adults`, `households`; not `outpatient visits`, `total exports`
    r"(?:[a-z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*(?:ers|ors|(?<!m)ents|ants|ians|ists|ees|ates|ens|ults|ples|lies|holds)|"
    r"people|children|men|women|youth)"
)
_OF_OUTPUT = re.compile(
    r"(?i)(?:(?:the|its|their|[a-z]+['’]s)\s+)?(?:gdp|gross\s+domestic\s+product|economic\s+output|economy)"
    r"(?:\s+(?:last|this)\s+year)?"  # `rose to 135.3% of gross domestic product last year`
)
_FISCAL = re.compile(r"(?i)\b(?:deficit|debt|surplus|borrowing|spending)$")  # `the deficit narrowed to 3.4% of output`
_WHOLE = re.compile(r"(?i)(?:the\s+)?(?:overall|total|all)\s")
# what names a figure by its kind, not its series: `below the government’s target of 5.8 percent`, `more than
# the official figure of 40.7 trillion yuan`
_FORMER = re.compile(r"^(?:previous|earlier|prior|original|initial|old|new|revised|official)\s+")
_BARE_FORECASTS = frozenset("target goal forecast estimate expectation projection consensus figure tally".split())
_IN_PLACE_AFTER = re.compile(rf"\s+in\s+(?:the\s+)?(?P<place>{_PERIOD_NAME}[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})(?![\w’'])")
# `75.8 years for men`, `40 percent among young voters`: the people a figure is for
_FOR_PEOPLE_AFTER = re.compile(rf"(?:\s+on\s+average)?\s+(?:for|among)\s+(?:the\s+)?(?P<who>{_PEOPLE.pattern})(?=[\s,.;]|$)")
# a share of another group set beside the one before: `, compared with 41.2 per cent of men in the same age group`
BESIDE_WORDS = r"(?:compared\s+(?:with|to)|against|versus)"  # what sets one figure beside another
_SET_BESIDE = re.compile(rf"\b(?:{BESIDE_WORDS}|vs\.?)\s+(?:(?:about|around|nearly|just|only)\s+)?$")
_OF_PEOPLE_AFTER = re.compile(  # (not `of children nationwide`: everyone's share, another series)
    rf"\s+of\s+(?:the\s+)?(?P<who>{_PEOPLE.pattern})(?=[\s,.;]|$)(?!\s+(?:nationwide|worldwide|globally|across|in\s+[A-Z]))"
)
# a group a sentence opens with, whose share the figure right after the comma is: `Among women aged 20 to 29, 58.7
# per cent said` (not `Among high school students, the rate rose to`, a series of its own)
_AMONG_OPENING = re.compile(
    r"Among\s+(?:the\s+)?(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?:\s+aged\s+[^,]+)?),\s+"
    r"(?:(?:about|around|nearly|some|only|just|almost)\s+)?$"
)
_ANOTHER_IN_PLACE = re.compile(r"(?:[^.;]|\.(?=\d))*?\d(?:[^.;]|\.(?=\d))*?\s+in\s+(?:the\s+)?[A-Z]")
# `local governments across the country issued`; not `experts from across the country`, who come from there
_NATIONWIDE = re.compile(  # `Nationally, the central government has allocated`: the country's
    r"\bnationwide\b|(?<!\bfrom)\s+across\s+the\s+country\b|\bNationally,|\b[Tt]he\s+central\s+government\s+(?:has|had|will|[a-z]+ed)\b"
    r"|\b[Tt]he\s+national\s+average\b"  # `The national average disposable income of rural residents was`
)
_BESIDE_ANOTHER = re.compile(rf",\s+(?:{BESIDE_WORDS}|while)\s+[^,;]*?\d")
_NATIONWIDE_RIGHT_AFTER = re.compile(r"\s+(?:nationwide|across\s+the\s+country)\b")
_PLACE_LEAD = re.compile(r"(?i:in)\s+(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?P<rest>\S.*)")
_ADVERB_BEFORE_VERB = re.compile(r"\b[a-z]+ly\s+(?=[a-z]+ed\b)")
_TOP_DESTINATION = re.compile(
    r"\b(?:remained|was|became|is|remains|ranked\s+as)\s+the\s+(?:[\w-]+\s+){0,2}(?:export\s+)?destination\b"
)
_TO_PLACE_END = re.compile(r"\s+to\s+[a-z.\s]+$")
_WORLDWIDE = re.compile(  # `The world installed a record 117 gigawatts`: the world as the subject too
    r"\b(?:[Ww]orldwide|[Gg]lobally|[Aa]round\s+the\s+world|[Aa]cross\s+the\s+world"
    r"|[Tt]he\s+world\s+(?:[a-z]+ed|has|had|is|was|will|added|spent|sold|bought|built|saw))\b"
)
_MARGIN_OF = re.compile(r",\s+(?:a|an|giving\s+it\s+a|for\s+a)\s+(?P<what>majority|margin|lead)\s+of\s+$")
# a ranking by a figure: `Samsung kept the top spot with`, `followed by Apple with`
_RANKED_WITH = re.compile(
    # `Manchester City, last year’s leader, slipped to second with`, `Paris Saint-Germain was third at`
    r"(?:\b(?P<who>[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*){0,4})(?:,\s+[^,;]{1,40},)?\s+"
    r"(?:(?:kept|held|retained|took|led|topped|ranked|came|remained|stayed|finished|placed|followed"
    r"|(?:slipped|slid|fell|dropped|rose|climbed|moved|jumped)(?=\s+to\s+(?:second|third|fourth|fifth|No\.)))\b"
    r"[^,;]{0,40}?\s+with"
    r"|(?:was|were|is|are|came|ranked|finished)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\s+(?:with|at)"
    # `Bangladeshis were the largest group, at 13,750`: a people's part of the series just given
    r"|(?P<group>(?:was|were|formed)\s+the\s+(?:largest|biggest)\s+(?:group|nationality|contingent)),?\s+(?:with|at)"
    r"|(?P<most>[a-z]+ed\s+the\s+(?:most|least|largest\s+amount)),?\s+(?:with|at))"  # `Jiangsu issued the most, at`
    r"|\bfollowed\s+by\s+(?P<next>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?:with|at))"
    r"\s+(?:(?:about|around|nearly|some|almost)\s+)?$"
)
_FINED_WHOM = re.compile(r"\bfined\s+(?P<who>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+(?:an?\s+(?:record\s+)?)?$")
_WORLD_HEADLINE = re.compile(r"\b(?:world[’']s|global|worldwide)\b")
_NAMED_OF = re.compile(r"(?:^|[,;:–—]\s*|\b(?:a|an|the|its|their)\s+)(?P<np>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})\s+of$")
_FALLS = {"rain": "rainfall", "snow": "snowfall"}  # `560 millimeters of rain`: the rainfall it measures
FORECAST_SERIES = re.compile(r"\b(?:forecasts?|targets?|outlook|guidance|projections?|estimates?)\b")  # what is planned
_AT_ASIDE = re.compile(r",\s+(?:(?:now|currently|still|already)\s+)?at\s+$")
_QUAKE = re.compile(r"\b(?:earthquake|quake|tremor|aftershock)\b", re.IGNORECASE)
# the group a fraction is of, then what it did: `Nine out of 10 doctors recommended`, `3 in 4 homes in the
# county were`
_NOT_GROUP = r"(?!(?:before|after|while|as|than|to|from|since|when|until|its|this|was|is|has|does)\b)"
_PEOPLE_WHO = re.compile(  # `Seven in 10 Taiwanese`, `One in four young Chinese`: a people, who is the entity
    r"\s+(?:(?P<x>(?:(?:young|older)\s+)?[A-Z][a-z]+(?:ese|ans?|ish|is|ch))|adults|voters|respondents)(?=\s)"
)
_GROUP_THEN = re.compile(
    rf"\s+(?:of\s+(?:the\s+)?)?(?P<x>(?:{_NOT_GROUP}[a-z][\w\-]*\s+){{0,2}}?{_NOT_GROUP}[a-z][\w\-]*s)(?P<pp>\s+(?:in|of|across|at|on)\s+[^,;.]{{1,30}}?)?"
    r"(?=\s+(?:were|are|was|is|have|has|had|said|say|says|would|could|will|did|do|[a-z]+ed)\b)"
)
_WITH_AT = re.compile(r"\bwith\s+(?:the\s+|its\s+|their\s+)?(?P<x>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:now\s+|still\s+)?at$")
_WITH_SET_AT = re.compile(r"\bwith\s+(?:the|its|their|a)\s+(?P<x>[a-z][\w\s-]{2,60}?)\s+(?:set|fixed|capped|pegged|kept)\s+at$")
_GROWTH_AFTER = re.compile(r"\s+(?P<x>(?:(?:economic|gdp|GDP|annual|real)\s+)?growth)\b(?!\s+(?:in|of)\b)")
_CHANGE_OF = re.compile(
    rf"(?:-fold)?\s*{_CHANGE_NOUN}\s+(?:in|of)\s+(?P<x>[^,.;]+?)"
    r"(?=\s+(?:and|as|because|due|after|since|compared|from|while)\b|\s+to\s+[$€£¥\d]|[,.;]|$)",
    re.IGNORECASE,
)  # `a 31% rise in second-quarter profit to 47.6 billion yuan`
_VERB_PREPOSITION = re.compile(r"\s(?:for|to|in|on|at|with|from)\s")
# `$100 billion in market value`, `$3bn in sales`: an amount of the series named after it
_IN_SERIES = re.compile(
    r"\s+in\s+(?P<n>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)"
    r"(?=\s+(?:in|for|on|at|to|from|by|during|over|last|this|since)\b|\s*[,.;:)]|\s*$)"
)
_AFTER_NOUN = re.compile(
    r"\)?\s+(?!(?:of|in|for|on|to)\s)(?P<n>(?:(?!(?:and|or|but|while|than|as|at|by|with|without|a|an|per|depending|according|ranging|including|excluding|before|after|until|when|since|amid|despite)\s)[a-z][\w\-]*\s+){0,2}?(?:cost|costs|fee|fees|altitude|stake|deal|loan|fine|budget|investment|"
    r"salary|price|payment|contract|subsidy|bonus|grant|distance|area|height|depth|revenue|profit|loss|losses|sales|duty|levy|"
    r"deficit|surplus|debt|tariff|tax|rate|share|margin|yield|premium|discount|dividend|package|programme|program|"
    r"plan|fund|bailout|bond|bonds|purchase|order|acquisition|takeover|settlement|penalty|charge|writedown|write-down|"
    r"buyback|provision|dividend|deposit|down\s+payment))\b"
    # `for the fiscal year starting July 1` is when, not what of
    r"(?P<pp>\s+(?:for|of|on)\s+(?!(?:the\s+|this\s+|next\s+)?(?:fiscal|financial|calendar|current|coming|year|month|quarter|period|week)\b)"
    r"(?:(?![\w\-]*\d)[\w\-]+\s?){1,4})?"  # not `on its 19 percent stake`: another figure's
)
# what a sum of money is made of: `3.16 trillion yuan of special bonds`, `$15bn of stock`
_NOUN_AFTER = (
    r"\s+(?:(?:the|that|this|these|its|their)\s+)?(?!(?:to|from|by|as|with|and|or)\b)(?P<n>(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)"
    r"(?=\s+(?:in|for|on|at|to|from|by|during|over|last|this|since|is|was|were|are|has|have|had|will|a|an|per|each|every|across|into|onto|off|near|around|through|after|within|under|that|which|worth|so)\b"
    r"|\s*[,.;:)]|\s*$"
    r"|\s+(?:dating|going|stretching)\s+(?:back|from)\b"  # `in performance pay dating back to 2023`: since when
    # `in assets and employs around 4,500`, `of snow and brought gusts of 60 mph`: the next clause's figure
    r"|\s+(?:and|but)\s+(?:[a-z][\w-]*\s+){0,3}?(?:about|around|some|nearly|almost|roughly|up\s+to|[\d$€£¥]))"
)
_MONEY_OF = re.compile(r"\s+(?:worth\s+)?of" + _NOUN_AFTER)  # `$6 billion worth of iPhones`
# `$22.5 million in coupon payments`; not `in its initial public offering`, which is where it came from
_MONEY_IN = re.compile(  # `$100 billion a year in climate finance`, `28.5 billion yuan in November sales` too
    # (not `to 389p in early trading`: a market's session)
    r"(?:\s+(?:a|per|each)\s+(?:year|month|week|day)|\s+annually)?\s+in(?!\s+(?:the|that|this|these|its|their|a|an)\s)"
    r"(?!\s+(?:[a-z]+\s+)?(?:trading|trade|dealings)\b)"
    rf"(?:\s+(?:{'|'.join(calendar.month_name[1:])}|\d{{4}}))?"
    + _NOUN_AFTER
)
_TIME_NOUNS = frozenset("year years month months quarter quarters week weeks period half day days decade".split())
_SPEND = re.compile(r"\b(?:spend|spends|spent|spending|invest|invests|invested|investing|allocated?|earmark(?:ed|s)?)\b")
_BUDGETED = re.compile(r"\b(?:budgeted|budgets|allocated|allocates|earmarked|earmarks)$")
_BUDGETED_FOR = re.compile(
    r"\s+for\s+(?:the\s+)?[“\"]?(?P<n>[a-z][\w\-]*(?:\s+(?!(?:in|on|at|during|over|to|from|this|last|next|the|a|an|and)\b)[a-z][\w\-]*){0,2})"
    r"[”\"]?(?=[\s,.;]|$)"
)
_SPENT_ON = re.compile(r"\s+(?:on|in)" + _NOUN_AFTER)
_NAME_WITH = re.compile(  # `second only to the United States with`; `Country Garden, once ..., ranked 11th with`
    r"(?<![\w’'])(?:the\s+)?(?!(?:Together|Along|Combined|Coupled)\s)(?P<name>[A-Z][\w&\-.]*(?:\s+[A-Z][\w&\-.]*)*)"
    r"(?:,[^,]{3,80},\s+(?:ranked|ranking|placed|finished|came|was)\s+[\w\s-]{0,30}?)?\s+with\s+$"
)  # not `Together with 4 trillion yuan`
_OVERTOOK = re.compile(
    r"(?<![\w’'])(?P<who>[A-Z][\w&\-.]*(?:\s+[A-Z][\w&\-.]*){0,3})\s+(?:has\s+|have\s+)?"
    r"(?:overtook|overtaken|overtakes|surpassed|surpasses|outpaced|outpaces|outsold|outsells|dethroned|displaced|edged\s+out)"
    r"\s[^.;]*?\s+with\s+$"
)
_NAME_AT = re.compile(  # `followed by Samsung at`, `followed by “Pegasus 2” at`
    r"(?:(?<![\w’'])(?P<name>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)*)|[“\"](?P<title>[A-Z][^“”\"]{0,40})[”\"])\s+at\s+$"
)
_FINITE = re.compile(r"\b(?:were|was|are|is|have|has|had)\b")
_FORECAST = re.compile(rf"\b{_FORECASTS}\b")
_RECORDED = re.compile(r"\b(?:recorded|logged|counted|documented|tallied|tracked|identified|verified)\b")
_FORECAST_START = re.compile(rf"(?:{_FORECASTS})\b")  # `had forecast sales would rise`: a verb, not what is had
_FORECAST_OF = re.compile(rf"\b({_FORECASTS}|outlook|guidance|estimates?|projections?)\s+(?:for|of)\s")
# it and what comes before it, if a noun follows: not `a growth target of`
_WILL_DO = re.compile(r"^.*\b(?:will|would|could|may|might|must|shall|plans?\s+to|aims?\s+to)\s+[a-z]+\s+(?=\S)")
_FORECAST_VERB = re.compile(rf"^.*\b(?:{_FORECASTS}|targets?|targeting)\s+(?=\S)")
_NATIONAL_PRODUCT = re.compile(r"(?i)\b(?:domestic|national)\s+product$")  # GDP and GNP spelled out
_STILL = re.compile(r"\s+(?:still|also|only|just|again)\s*$")
_RANGING = re.compile(  # (`Fares between Miami and Orlando range from`: the fares, wherever they run)
    r"\b(?P<x>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+(?:between|in|on|for)\s+[A-Z][\w\-]*(?:\s+and\s+[A-Z][\w\-]*)?)?"
    r"\s+(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from$"
)
# a share told in an absolute clause, with who holds it: `, with the EU taking 54.8 per cent of them`
_WITH_DOING = re.compile(
    r",\s+with\s+(?P<np>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?P<v>taking|buying|receiving|getting|holding|accounting\s+for|making\s+up)\s+"
    r"(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$"
)
_IN_A_ROW = re.compile(r"\s+(?:in\s+a\s+row|running)\b")
_SHARE_CLAUSE = re.compile(r",\s+(?:accounting\s+for|representing|making\s+up|contributing)$")  # a share of the main clause's
_PARTICIPLE = re.compile(  # a clause a participle opens hangs on the main clause's subject
    rf"(?:{'|'.join(sorted(MOVING))}|bringing|reaching|taking|pushing|lifting|leaving|marking|raising|cutting|adding|"
    r"totaling|totalling|earning)\s"
)
_VERB_THEN_OBJECT = re.compile(  # `use the euro`, `struck Japan’s`, `struck central Myanmar`
    r"[a-z]+\s+(?:the|a|an|its|their|his|her|[A-Z][\w-]*[’']s)\s|(?:[a-z]+ed|struck|hit|swept|tore|shook)\s+(?:[a-z]+\s+)?[A-Z]"
)
_RELATIVE_THAT = re.compile(r"(?<=[a-z])\s+that\s+$")  # `countries that` (a lower-case noun before it)
_NAMED_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<name>(?!(?:The|This|That|These|Those|It|They|He|She|We|In|On|At|For|But|And)\b)"
    r"[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})\s+(?:has|have|had|is|was|are|were|\w+ed)\s"
)
_PER_SHARE = re.compile(r"\s+(?:a|per)\s+share\b")
_EARNED = frozenset("earned earns made posted reported lost".split())
# what a sum of money is by the verb that takes it: `The painting fetched $91m`, `the bridge cost $2.5bn`,
# `cinemas took in 8 billion yuan`
_MONEY_VERBS = (
    "fetch fetched fetches grossed grosses raised raises cost costs costing borrowed borrows spent spends invested "
    "invests earned earns lost loses paid fined spend invest raise borrow earn pay lose raising borrowing investing "
    "earning sold sells get gets got receive receives received pledged pledges pledge committed commits donated donates "
    "attracted attracts attract won wins"
)
_MONEY_VERB = re.compile(
    r"(?<![\w’'\-])(?P<x>(?:(?!(?:and|or|but|while|which|that|who|long|will|would|could|may|might|to|says|said|say|after|before|by|"
    r"although|though|because|since|when|if|they|he|she|we|you|"  # (`told interrogators they had paid`: no subject)
    r"plans?|planned|aims?|intends?|wants?|expects?|expected|projected|estimated|likely|due|pledged|promised|agreed|vowed|"
    r"is|was|were|are|be|been)\s)"
    r"[a-z][\w\-]*\s+){0,3}?)"
    r"(?:(?:now|also|reportedly|eventually|recently|will|would|could|may|might|to)\s+)?"
    # (`informants were to be paid 300 yuan`: what is to be)
    # (`had illegally taken in 40 billion yuan`: an adverb after the auxiliary)
    r"(?:(?:have|has|had)\s+(?:[a-z]+ly\s+)?)?(?:(?:is|was|were|are|been|be)\s+)?(?:to\s+be\s+)?(?P<v>(?:sold|sells?|went|goes|bought)\s+for|"
    r"(?:starts?|starting|priced|retails?|retailing)\s+(?:at|from|for)|sets?\s+aside|(?:takes?|took|taken)\s+in|"
    # `Bitcoin traded at $67,450`, `traded as high as 597,500 yuan` (the bound peeled off): its price
    r"(?:traded|trades|trading|changed\s+hands)(?:\s+(?:at|for))?|"
    rf"(?:{'|'.join(_MONEY_VERBS.split())}))$"
)
_BOUGHT_FOR = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take\s+over|"
    r"takes\s+over|took\s+over)\s+(?P<x>(?:the\s+)?[\w&.’'\-]+(?:\s+[\w&.’'\-]+){0,4}?)\s+for$"
)
_PAID_WHOM = re.compile(
    r"\b(?:pay|pays|paid|paying|give|gives|gave|giving|offer|offers|offered|award|awarded|owes?|owed)\s+"
    # (not `Monthly pay was`: the noun `pay` and its verb)
    r"(?:each\s+|the\s+|its\s+|their\s+)?(?!(?:was|is|has|does)$)(?P<who>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)$"
)
_FINED = re.compile(r"\bfined\s+(?:[\w\-’']+\s+){0,5}?[\w\-’']+$")  # whom it fined, then the sum
_SAVED = re.compile(r"\b(?:save|saves|saved|saving)(?:\s+[a-z][\w\-]*){0,3}?$")
_SAVED_IN = re.compile(r"\s+in\s+((?:[a-z]+\s+)?(?:interest|costs?|fees|taxes|payments|bills))\b")
_EARNED_FROM = re.compile(  # read after a conversion (`_CONVERSION`), as `_MONEY_OF` is
    r"\s+from\s+(?:its\s+|their\s+)?"
    r"(?P<x>[a-z][\w-]*(?:\s+(?!(?:last|this|next|in|on|at|for|to|and|or|a|an|the)\b)[a-z][\w-]*)?)(?=[\s,.;]|$)"
)
_MONEY_VERB_ENDS = (*_MONEY_VERBS.split(), "for", "at", "from", "aside", " in", "traded", "trades", "trading", "hands")  # what text ends with for _MONEY_VERB to match
_MONEY_VERB_NOUN = {
    "raised": "funding", "raises": "funding", "grossed": "gross", "grosses": "gross", "aside": "provisions",
    "borrowed": "borrowing", "borrows": "borrowing", "spent": "spending", "spends": "spending",
    "invested": "investment", "invests": "investment", "earned": "earnings", "earns": "earnings",
    "lost": "loss", "loses": "loss", "paid": "payment", "fined": "fine", "in": "revenue",  # `took in`
    "spend": "spending", "invest": "investment", "raise": "funding", "borrow": "borrowing", "earn": "earnings",
    "pay": "payment", "lose": "loss", "raising": "funding", "borrowing": "borrowing", "investing": "investment",
    "earning": "earnings", "sold": "sales", "sells": "sales",
    **dict.fromkeys("pledged pledges pledge".split(), "pledge"),  # `Donors pledged $2.4 billion`
    **dict.fromkeys("committed commits".split(), "commitment"),
    **dict.fromkeys("donated donates".split(), "donation"),
    **dict.fromkeys("won wins".split(), "prize"),  # `A single ticket won 2.5 million euros`
    **dict.fromkeys("attracted attracts attract".split(), "investment"),  # `Manufacturing attracted $17.3 billion`
    # `Families will get 500 yuan a month`
    **dict.fromkeys("get gets got receive receives received".split(), "payment"),
}
# `HK$1.2 billion was raised for the charity`: the sum is the subject of the verb that names it
_MONEY_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:also\s+)?"
    r"(?P<v>raised|spent|invested|paid|pledged|committed|donated|borrowed|lost|earned)\b"
)
_OFFERING = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:in|from|through|via)\s+(?:(?:its|an?|the|their)\s+)?(?:[A-Z][\w.]*\s+){0,3}"
    r"(?P<o>listing|IPO|initial\s+public\s+offering|share\s+sale|bond\s+sale|rights\s+issue|offering)s?\b"
)
_OFFERING_NAMES = {"initial public offering": "ipo"}
_PER_UNIT = re.compile(  # a commodity's price: `$82 a barrel`, `$2,650 an ounce`
    r"\s+(?:a|an|per)\s+(?:barrel|tonne|ton|metric\s+ton|ounce|troy\s+ounce|gallon|litre|liter|bushel|pound|"
    r"kilogram|kg|megawatt-hour|MWh|dose|pill|tablet|vial|capsule|unit|night|ticket|pack|bottle|kilowatt-hour|kWh|square\s+metre|"
    r"square\s+meter|square\s+foot)\b"
)
_PRICED = re.compile(r"\b(?P<n>[a-z][\w\-]*s)\s+at\s+$")
_EACH = re.compile(r"\s+(?:each|apiece)\b")
_SHARE_AFTER = re.compile(r"\s+(?:market\s+)?share\b")
_SIZE_IN_NAME = re.compile(r"(?<=\s)(?:[A-Z]{1,3})?\$\s?\d[\d.,]*(?:\s+(?:million|billion|trillion))?\s+(?=[a-z])")
# a rate named by its verb: `The fund returned 13.1% last year`
_RATE_VERBS = {"returned": "return", "returns": "return", "yielded": "yield", "yields": "yield"}
# a move to a price named after it: `The cryptocurrency was last up 4.4% at $101,500`
_MOVE_AT_PRICE = re.compile(r"\s+at\s+(?:[A-Z]{1,3})?[$€£¥]\s?\d")
_MARKET = re.compile(r"\b(?P<x>[A-Za-z][a-z]+)\s+[Mm]arket\b")  # `China Smartphone Market`, `the car market`
_NOT_MARKETS = frozenset(
    "the a an its their this that domestic global world overall whole entire local to of in for on by and or with from "
    "at as into".split()
)
_ACTOR = re.compile(  # `Iran executed`, `Foxconn plans to invest`
    r"\s*(?P<who>[Tt]he\s+(?:city|county|district|province|country|island)|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:(?:has\s+|have\s+|had\s+)?[a-z]+ed\b|(?:plans|aims|intends|wants|seeks|hopes|expects|will)\s+(?:to\s+)?[a-z]+\b)"
)
_ITS = re.compile(r"(?:its|their)\s", re.IGNORECASE)
_SAID_ITS = re.compile(r"\b(?:said|says|reported|reports|announced|announces)\b[^,;.]{0,30}?\b(?:its|their|it|they)\s[^,;.]*$")
_IT_END = re.compile(r"(?:^|\s)(?:it|they)$")
_OWN_PLAN = re.compile(r"\s+(?:plans|aims|intends|will)\b")  # after the credited name: what it will do itself
_PLACE_OWNER = re.compile(r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[’']s\s+[a-z]")  # `Taiwan’s defense ministry`
_IT_OPENS = re.compile(r"(?:It|They)\s+(?:also\s+)?[a-z]+(?:ed|s)\s")  # `It maintained its dividend at`
# `Tesla's 484,507`; `the Americans’ 126`, a people's
_OWNER_BEFORE = re.compile(r"(?<![\w’'])(?P<name>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}(?:\s+(?:Inc|Co|Corp|Ltd)\.)?)(?:[’']s|(?<=s)[’'])$")  # (`Tesla Inc.’s`)
_OF_FORM = re.compile(r"(?P<x>(?:[\w\-’'\"“”]+\s+){1,5}?)of$")  # (`a "management fee" of`)
_FIGURE_WORD = re.compile(r"\S*\d\S*\s+")
# a move asked for or offered: `is seeking a pay rise of`
_ASKED_MOVE = re.compile(
    rf"\b{_ASKING}\s+an?\s+(?P<x>[a-z][\w-]*)\s+{_MOVES_ASKED}\s+of$"
)
_ENDS_IN_CHANGE = re.compile(rf"{_CHANGE_NOUN}\s*$", re.IGNORECASE)
_MOVES = (
    "rise", "fall", "grow", "drop", "decline", "increase", "decrease", "expand", "contract", "shrink", "slow",
    "ease", "climb", "gain", "slip", "jump",
)
_REACH = re.compile(
    r"(?<![\w’'])(?P<x>[a-z][\w\-]*(?:\s+(?:[a-z][\w\-]*|[A-Z]{2,5}\b)){0,2})\s+to\s+"
    rf"(?:reach|hit|exceed|top|average|(?:{'|'.join(_MOVES)})(?:\s+(?:to|by))?)$"
)  # `expects inflation to reach`, `expected the CPI to drop (by)`, `expects the jobless rate to average`
_REACH_ENDS = ("reach", "hit", "exceed", "top", "average", "to", "by", *_MOVES)
_COPULA_WORD = re.compile(r"\b(?:is|are|was|were|be|been)\b")
_REACH_CUT = re.compile(rf"\b(?:{_FORECASTS}|wants?|sees|needs?|aims?|plans?|hopes?|for|of)\s")
_RAISING = r"(?:increas|rais|lift|boost|cut|reduc|lower|bring|grow|expand|push|limit|capp?|doubl|tripl|quadrupl|halv)(?:e|es|ed|ing|s)?"
_TO_FIGURE_X = re.compile(r"to\s+(?:[A-Z]{1,3})?[$€£¥₹]?\d")
_RAISE = re.compile(  # not `The cut brings the ratio to`: the noun before the verb that moves it
    rf"\b{_RAISING}\s+(?!(?:was|were|is|are|be|been)\s|(?:will\s+|would\s+)?{_RAISING}\s)"
    r"(?P<x>(?:(?!\bby\s)[\w\s’'\-()])+?)"
    r"\s+(?:(?:up|down|higher|lower)\s+)?(?:to|by|from)(?:\s+between)?$"
    r"|\b(?:held|holds?|kept|keeps?|left|leaves?|maintained|maintains?|set|sets|fixed|fixes)\s+(?P<held>[\w\s’'\-()]+?)\s+(?:steady\s+|unchanged\s+)?"
    r"(?:at|in\s+(?:a|the)\s+(?:target\s+)?range\s+of)$",  # `held its benchmark rate in a range of`
    re.IGNORECASE,
)  # `raised interest rates to`, `raise its retirement age for men from`, `held its policy rate at`
_HAS_MEASURE = re.compile(  # a noun phrase had, not a verb's object: `has reported a total of`
    # (not a participle: `Ant has cut 1,200 jobs`)
    r"\b(?:had|have|has|with)\s+(?P<x>(?:(?![a-z]+ed\b)[a-z][\w\-]*\s+){0,3}?(?!(?:of|to|for|at|by|in)\b)"
    rf"(?!(?:{'|'.join(sorted(_PERFECT_PARTICIPLES))})$)[a-z][\w\-]*)"
    r"(?:\s+(?:above|below|over|under|exceeding))?$"
)
_MULTIPLIED_OBJECT = re.compile(r"\s+(?:its\s+|their\s+|the\s+)?(?P<x>[a-z][\w\-]*(?:\s+[\w\-]+){0,5}?)\s+(?:to|from)\s")
# the other end of a move: `raised duties from 25 percent to`, `cut the stay to 30 days from`
_FROM_FIGURE = re.compile(  # `age from 60 to`, `forecast to 11 million units from`
    r"\s+(?:from|to)\s+[$€£¥]?[\d,.]+(?:\s+(?:thousand|million|billion|trillion))?(?:\s*(?:percent|per cent|%|[a-z]+))?"
    r"(?:\s+(?:in|by|for)\s+(?:\d{4}|(?:this|next|last)\s+year))?$"  # `to 32 million tons in 2025 from`
)
_COPULA = re.compile(
    r"\b(?:was|were|is|are|stood\s+at|stands\s+at|totaled|totalled|amounted\s+to|came\s+(?:in\s+)?(?:at|to))$"
)  # on lower-cased text
_BARE_PLURAL = re.compile(r"(?:[A-Za-z0-9][\w\-]*\s+){0,3}[A-Za-z][\w\-]*s")  # `5G mobile phone users`
_PART_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+[’']s?\s+)?(?P<n>[a-z][\w\-]*s)\b"
)
_BULLET = re.compile(r"^[\W\d]*(?:\d{4}\s*:)?\s*")
_VERB_FIRST = re.compile(r"[A-Z][a-z]+(?:ed|s)\b")
# The shapes of text before a figure that continues the one before it, on lower-cased text, each
# with how its text ends (`_peel` leaves no space after it): checked first, as an end-anchored
# search tries every position.
BEATING_WORDS = ("beating", "surpassing", "topping", "eclipsing", "besting")  # a record a figure beats
_PARED_TO = re.compile(
    r"\b(?:par(?:ing|ed|es)|trimm(?:ing|ed)|narrow(?:ing|ed))\s+(?:some\s+of\s+)?(?:its\s+|their\s+|the\s+)?"
    r"(?:gains?|losses?|declines?|advances?)\s+to$"
)
_CONTINUES = (
    (
        ("(",),
        re.compile(r"\d(?:[\d,.]*(?:\s*[a-z°/²%]+){1,3})?\s*\(\s*$"),
    ),  # `¥2.3 trillion ($15.4 billion)`, `£3.4m (€4m)`, `38C (100F)`, `120 km/h (75 mph)`, `1.2 billion Swedish crowns ($114 million)`
    # `a cut of`, not the verb: `pay had been cut by`
    (("of", "by"), re.compile(rf"(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)\b{_CHANGE_NOUN}\s+(?:of|by)$")),
    (
        ("reaching", "totaling", "totalling", "hitting", "or", "up", "down"),
        re.compile(r",\s+(?:reaching|totaling|totalling|hitting|or|up|down)$|\b(?:points?|cents?|pence)\s+or$"),
    ),
    # `sold 9.5 million tickets, beating the 8.3 million sold for the 1996 Games`: the record beaten
    (BEATING_WORDS, re.compile(rf",\s+(?:{'|'.join(BEATING_WORDS)})$")),
    (("to",), _PARED_TO),  # `jumped as much as 12% before paring gains to 8%`: the same move, smaller
    # `rose 47 percent to ¥4 billion`, `a 31% rise in profit to 47.6 billion yuan`
    (("to",), re.compile(rf"\b(?:{_CHANGE_VERB}\s+(?:by\s+)?(?!(?:have|has|had|been|was|were|is|are)\s)\S+\s+\S+|{_CHANGE_NOUN}\s+in\s+[^,;]{{1,60}}?)\s+to$")),
)
# the whole a list of components belongs to: `sub-indexes that make up the manufacturing PMI`,
# `components of the index`, `the ISM's sub-index for new orders`
_COMPONENT = r"(?:[Ss]ub-?ind(?:ex(?:es)?|ices)|(?:[Ss]ub-?)?[Cc]omponents?|[Ss]ub-?gauges?)"
_COMPONENT_WORDS = ("sub-ind", "subind", "component", "gauge")
_COMPONENTS = re.compile(
    rf"\b{_COMPONENT}\s+(?:that\s+make\s+up|making\s+up|of|in)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<parent>[\w\-’' ]+?(?:\s*\([A-Z]{2,8}\))?)(?=\s*[,.;:]|\s+(?:is|are|was|were|include|rose|fell)\b|$)"
    rf"|\b(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})[’']s\s+{_COMPONENT}\s+(?:for|of|on)\b"
)
_FOLD_CHANGE = re.compile(rf"(?:-fold)?\s*{_CHANGE_NOUN}\b", re.IGNORECASE)

# --- counts and durations
_OF_THEM_END = re.compile(r"\s+of\s+(?:them|those|these)\b")  # `Italy hosts 11 of them`: the ones just counted
_FATE = re.compile(
    r"\s+(?:(?:have|had|has)\s+)?(?:(?:died|perished|(?:were|was|are|is|been)\s+(?:confirmed\s+|reported\s+|found\s+)?dead)"
    r"|(?:(?:remain|remained|remains|are|were|went|is|was)\s+|(?=still\s))(?:still\s+)?missing"  # `Eight people were confirmed dead`
    r"|(?:remain|remained|remains|are|were|is|was)\s+(?:still\s+|now\s+)?(?:(?P<held>in\s+custody|in\s+detention|behind\s+bars)"
    # `4,200 people remain under evacuation orders`, `were in shelters`: where the people are kept
    r"|(?P<kept>under\s+(?:[a-z]+\s+)?(?:orders?|warnings?|quarantine|lockdown)|in\s+(?:shelters?|hospitals?|quarantine|"
    r"evacuation\s+cent(?:er|re)s?)"
    # `184,000 people were on short-time work`, `2.9 million were out of work`: how they stand at work
    r"|on\s+(?:short-time\s+work|strike|furlough|unpaid\s+leave)|out\s+of\s+work))"
    rf"|(?P<dead>dead)|(?:(?:are|were|is|was|remain|remained|remains)\s+(?:still\s+)?)?(?P<state>{CASUALTY_STATES}))\b"  # `left 12 dead`
)
_WITH_MOVE = re.compile(  # `, with traffic up`, `, with its standard plan going up`
    r"\bwith\s+(?:the\s+|its\s+|their\s+)?(?P<x>(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*"
    # `, with shipments to the United States, its largest market, up 27%`: where they go, and an aside on it
    r"(?:\s+(?:to|from)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})?)(?:,\s+[^,]{1,40},)?\s+(?:(?:going\s+)?(?:up|down)|reaching|hitting|totaling|totalling|standing\s+at)$"
)  # (`, with the rental index reaching 196.4 points`)
_WITH_MOVE_ENDS = (" up", " down", "reaching", "hitting", "totaling", "totalling", " at")
_REDUCED_PASSIVE = re.compile(
    r"\s+(?:(?:currently|still|now|already|reportedly|wrongly|arbitrarily)\s+)?"  # `people currently detained for`
    r"(?P<v>(?!(?:based|located|listed|aged|related|called|named|used|needed)\b)[a-z]+ed)"
    r"(?=\s+(?:in|on|at|by|for|over|during|after|since|from|near|across|last|this)\b|\s*[,.;]|$)"
)
_PUNISHMENT = re.compile(r"to\s+(?:prison|jail|death|life|detention|labou?r)\b")
_AS_OBJECT = re.compile(  # not `a total of 277,398 students studied`, the subject
    r"\b(?<!total\s)(?<!number\s)(?:among|of|including|with|than|between|for|from|"
    r"lists|listed|documents|documented|identifies|identified)\s+(?:(?:the|about|some|nearly|over)\s+)?$"  # `lists 7,400 people detained`
)
_AND_OTHERS = re.compile(r"\s+(?:and|or)\s+[a-z][\w\-]*s\b(?=\s+(?:were|was|are|have|had|being)\b)")
_RATIO_OF = re.compile(r"\s+(?!(?:was|has|does)\b)(?P<n>[A-Za-z][a-z\-]{2,}s)\b")  # `one in five adults`: of whom
_ASIDE = re.compile(r",[^,.;]{1,50},")  # a phrase set off by commas
_NAMED_PLACES = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,4}(?=\s)")
# past participles that do not end in `-ed`: `12 were sent to hospital`
IRREGULAR_PARTICIPLES = (
    "sent|held|built|sold|made|won|paid|lost|taken|beaten|killed|hurt|seen|swept|torn|blown|shut|struck|stolen|burnt|"
    "shot|found|given|laid|caught|brought|kept|led|put|cut|hit|left|bought"
)
_PASSIVE = re.compile(
    r"\s+(?:were|was|are|have\s+been|had\s+been|being)\s+(?:(?:\w+ly|later|also|then|since|still)\s+)?"
    r"(?P<v>(?:(?!indeed\b|(?:expected|projected|forecast|estimated|predicted|scheduled)\s+to\b)\w+ed|"
    rf"{IRREGULAR_PARTICIPLES})"
    r"(?:\s+(?:away|down|out|off))?)\b",  # `1,200 vehicles were swept away`: vehicles swept away
    re.IGNORECASE,
)  # not `students are expected to graduate`: what is expected is the verb after it
_ELIDED_VERBS = frozenset("killed injured wounded hurt arrested detained missing rescued evacuated".split())
_ELIDED_PASSIVE = re.compile(rf"\s+(?:(?:still|also|later|now)\s+)?(?P<v>{'|'.join(_ELIDED_VERBS)})\b")  # `and 341 still missing`
_DONE_NOUNS = {  # what doing something to a counted thing makes of it, as a series
    "deliver": "deliveries", "sell": "sales", "produce": "output", "export": "exports", "import": "imports",
    "ship": "shipments", "build": "construction", "hire": "hires", "recruit": "recruitment", "install": "installations",
}
_TO_DO = re.compile(rf"\bto\s+(?P<v>{'|'.join(_DONE_NOUNS)})$")
_EMPLOY_FORMS = (" employ", " employs", " employed", " employing")
_DONE_VERBS = tuple(f" {verb}" for verb in _DONE_NOUNS)
_BLAND_VERBS = frozenset("received recorded registered welcomed logged reached totaled totalled numbered".split())  # say nothing of a count
# what the counted have done, with no object: `groups have disbanded`, `firms have closed since`
_HAVE_DONE = re.compile(  # `30 groups have disbanded`, `3,600 houses collapsed and` (not `students studied in`)
    r"\s+(?:have|has|had)\s+(?P<v>(?!been\b|used\b|based\b)[a-z]+ed)(?=\s*[,.;:]|\s*$|\s+(?:since|in|on|so|this|last|after)\b)"
    r"|\s+(?P<did>(?!used\b|based\b)[a-z]+ed)(?=\s*[,.;:]|\s*$|\s+and\b)"
)
_DID = re.compile(  # what the counted did, and to what: `people took the national civil service exam`
    r"\s+(?P<v>(?!used\b|based\b|aged\b|related\b)[a-z]+ed|took|sat|saw|made|won|lost|held|left|fled|ran|met|went)"
    r"\s+(?P<det>(?:the|a|an|their|its)\s+)?(?P<o>(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)"
    r"(?=\s+(?:on|in|at|of|for|from|during|last|this|since|to|by|and|with|after|before)\b|\s*[,.;:]|\s*$)"
)
# a disease is what people die of, no one a figure is about: `Tuberculosis killed an estimated 1.25 million people`
_DISEASES = (
    "tuberculosis|malaria|measles|cholera|dengue|polio|mpox|ebola|hiv|aids|influenza|flu|covid-19|covid|cancer|"
    "diabetes|dementia|hepatitis|typhoid|pneumonia|diphtheria|meningitis|zika"
)
_DISEASE = re.compile(rf"(?i)(?:{_DISEASES})")
# natural hazards and outbreaks, which kill, displace and infect people somewhere: the figures are that place's
# (`Typhoon Gaemi and monsoon rains have killed at least 22 people in the Philippines`)
_HAZARD = re.compile(
    r"(?i)\b(?:typhoons?|hurricanes?|cyclones?|storms?|floods?|flooding|earthquakes?|quakes?|wildfires?|landslides?|"
    r"heat\s?waves?|rains?|tornado(?:e?s)?|tsunamis?|blizzards?|droughts?|mudslides?|outbreaks?|epidemics?|pandemics?)\b"
)
_HAZARD_NAME = re.compile(r"(?:Typhoon|Hurricane|Cyclone|Storm|Tropical\s+Storm|Super\s+Typhoon)\s+[A-Z][a-z]+$")
_HARMED = frozenset("killed displaced injured destroyed damaged affected left forced stranded infected sickened".split())
_DISEASE_KILLED = re.compile(rf"(?i)\b(?P<d>{_DISEASES})\s+(?:has\s+|have\s+|had\s+)?killed\s+(?:\w+\s+){{0,2}}$")
_ACTIVE = re.compile(r"\b(?P<v>\w+ed|sent|built|sold|made|won|paid|spent|cut|shed|lost|laid\s+off)$", re.IGNORECASE)
_DONE_AND = re.compile(r"\b[a-z]{3,}ed\s+and$")
# `detected 71 Chinese military aircraft and nine navy ships`: the verb counts the second too
_ACTIVE_BEFORE_AND = re.compile(
    r"\b(?P<v>[a-z]+ed|sent|built|sold|made|won|paid|spent|cut|shed|lost|laid\s+off)\s+(?:(?:about|around|nearly|some|at\s+least)\s+)?"
    r"[\d,.]+(?:\s+[“\"]?[\w-]+[”\"]?){1,4}\s+and$"  # `deployed 1,200 “grid workers” and`
)
# a size named by its dimension: `1.6 miles long`, `400 metres in length`, `weighing 220,000 tonnes`
_DIMENSIONS = {
    "long": "length", "tall": "height", "high": "height", "wide": "width", "deep": "depth", "thick": "thickness",
    "length": "length", "height": "height", "width": "width", "depth": "depth", "diameter": "diameter",
    "away": "distance", "apart": "distance",
}
_DIMENSION_AFTER = re.compile(
    r"(?:-|\s+)(?:(long|tall|high|wide|deep|thick|away|apart)|in\s+(length|height|width|depth|diameter))\b"
)
_PASSES = ("exceeds", "tops", "surpasses", "passes", "crosses")
# ... and a headline's: `Air Quality Index Crosses 450`
_PASSED_VERBS = ("exceeded", "topped", "surpassed", "passed", "crossed", *_PASSES, *(v.capitalize() for v in _PASSES))
_PASSED = re.compile(
    rf"(?<![\w’'])(?P<x>(?:(?!(?:time|when|that|the|first|last|year)\s)[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*"
    rf"|(?:[A-Z][\w\-]*\s+){{0,2}}[A-Z][\w\-]*(?=\s+[A-Z]))"
    rf"\s+(?:{'|'.join(_PASSED_VERBS)})$"
)
_EXTENT = re.compile(  # verbs of a size: `spans 1.6 kilometres`, `covers 3.5 sq km`, `measures 1,200 sq ft`
    r"\b(?:spans?|spanned|spanning|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|covers?|covered|covering|measur(?:es?|ed|ing))$"
)
# a percent of a quality: `94.1% effective`, `30% contained`
_QUALITIES = {
    "effective": "efficacy", "accurate": "accuracy", "efficient": "efficiency", "contained": "containment",
    "complete": "completion", "completed": "completion", "occupied": "occupancy", "full": "fill level",
}
_QUALITY_AFTER = re.compile(rf"\s+({'|'.join(_QUALITIES)})\b")
_TEMPERATURE_BEFORE = re.compile(r"degree|°|\d\s?[CF]\b")
_RATED = re.compile(  # the thing a power is the rating of, named right after it
    r"\s+(?!(?:of|in|on|at|to|for|from|and|or|was|is|were|are|will|has|have|had|last|this|by|with|per|a|an|the|"
    r"it|they|we|he|she)\b)"  # (`the 7.5 gigawatts it bought a year earlier`: a pronoun, then what it did)
    r"(?P<n>[a-z][\w-]*)(?=[\s,.;]|$)"
)
_WEIGHING = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?$", re.IGNORECASE)
_REPORTING_RE = re.compile(_REPORTING, re.IGNORECASE)
# a verb of trade or output that makes a series of the goods it moves
_TRADE_NOUNS = {
    "exported": "exports", "exports": "exports", "imported": "imports", "imports": "imports",
    "produced": "output", "produces": "output", "mined": "output", "shipped": "shipments", "ships": "shipments",
    "sold": "sales", "sells": "sales", "consumed": "consumption", "consumes": "consumption",
}
_TRADED = re.compile(rf"\b({'|'.join(_TRADE_NOUNS)})$", re.IGNORECASE)
_SALE_VERBS = frozenset(("sold", "sells"))
_CROSSED_BORDER = frozenset(("exported", "imported"))
_SECURITIES = re.compile(r"\b(?:bonds?|bills?|notes?|shares?|stocks?|debt|securities|treasuries)$")  # sold as assets
_CONVERSION = re.compile(r"\s*\([^()]{1,40}\)")  # `373.3 billion yuan (US$52.1 billion) of property`
_TRADED_TO = re.compile(r"\s+(?P<to>(?:to|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_AFTER_PLACE = frozenset("since in on at during for after before until by last this between".split())
_DESTINATION = re.compile(
    r"\s+(?P<pp>(?:to|into|from|on|at)\s+(?:the\s+|its\s+|their\s+)?(?!\d)(?:[\w\-]+\s?){1,3})(?![\w$€£¥])"
)  # not `at HK$54.80 each`, `at 50 yuan apiece`: a price
_PLACE_AFTER = re.compile(
    r"\s+(?:(?:have|has|had|is|are|were|was|been|being)\s+){0,2}(?:\w+\s+)?(?:from|in|within|at|across)\s+(?:the\s+)?"
    rf"(?P<p>{_PERIOD_NAME}[A-Z][\w.]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.]*)*)"  # `the House of Commons` whole
)
# `sentenced the activist to`, `sentenced human rights lawyer Ding Jiaxi to`: whom, if named
_SENTENCED = re.compile(
    r"\b[Ss]entenced\s+(?:(?:[\w\-’']+\s+){0,4}?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})\s+|(?:[\w\-]+\s+){1,3})?to$"
)
_CONVICTED = re.compile(r"\b[Ss]entenced\s+(?:[a-z][\w\-’']*\s+){0,4}?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})\b")
_RECEIVED = re.compile(r"\b(?:received|receives|got|was\s+given|were\s+given|served|serves|serving)$")  # `Xu Zhiyong received 14 years`, `served 4 years`
_EVENT_NOUN = re.compile(
    # `a three-month “Qinglang” campaign`: the campaign, named; `a 30-day “cooling-off period”`: the period
    r"[’']?\s*(?:[“\"][^”\"]{1,30}[”\"]\s+(?!(?:in|of|for|to|at|on|from|with|and|or|that|which)\b)(?=[a-z]))?[“\"]?"
    r"(?:period\s+of\s+[“\"]?)?(?P<n>(?:[A-Za-z][\w\-]*\s+){0,3}?[A-Za-z][\w\-]*?)"
    r"(?=\s*(?:[,.;:”\"]|\s(?:in|of|for|to|at|on|from|with|and|or|that|which)\b|$))"
)
_NOT_EVENT = re.compile(
    r"(?:in|of|for|to|at|on|over|from|with|and|or|starting|beginning|effective|ago|later|earlier|before|after|because|due|as|since|when|while|"
    r"until|was|were|is|are|has|have|had|will|would|can|could|may|might|again|each|every|straight|total|last|next|this|"
    # `200 days a year`: a rate; `for two days only`: an adverb, but `a 4.1-month supply` is the stock's
    r"altogether|more|now|then|so|too|respectively|per|an?\s+(?:year|month|week|day|hour)|(?!supply\b|family\b)\w+ly|"
    r"\w+\s+(?:years|months|weeks|days)\s+(?:earlier|ago|before|later)"  # `5.7 years three months earlier`
    r"|\w{3,}(?<!e)ed)\b",  # `78.8 years recorded in 2019`: a participle, no event (but `a 30-day speed` is)
    re.IGNORECASE,
)
_PENALTY = re.compile(r"(?:sentence|term|imprisonment|prison|jail)$", re.IGNORECASE)
_UNDERTAKEN = re.compile(r"\b(?:went\s+on|staged|began|started|launched|held)\s+(?:a|an)\s+(?P<what>(?:[\w\-]+\s+){1,3}?)for$")
_OF_HIS = re.compile(r"\s+of\s+(his|her)\s", re.IGNORECASE)
_PARTICLES = frozenset(("down", "up", "out", "off"))
_PRONOUN = re.compile(r"him|her|them|it|me|us", re.IGNORECASE)
# what a time or a sum was spent to do: `took six years and $4.2 billion to build`
_TOOK = re.compile(r"\b(?:took|takes|take|taking)(?:\s+[^,.;]{1,30}?\s+and)?$", re.IGNORECASE)
_SPENT_TO = re.compile(
    r"(?:\s+and\s+(?:[^,.;]|\.(?=\d)){1,40}?)?(?:\s+for\s+(?:the\s+)?(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))?"
    r"\s+to\s+(?P<v>(?!be\b)[a-z]+)(?:\s+(?:a\s+|an\s+|the\s+|its\s+)?(?P<o>(?!(?:to|in|on|at|for|from|with|by)\b)[a-z]+)\b)?"
)


def _took_to(near: str, after: str) -> str | None:
    """`to build` for `took six years to build`, `for market to find floor` for `may take two to three years
    for the market to find a floor`: what the time or a sum was spent on."""
    done = _SPENT_TO.match(after) if _TOOK.search(near) else None
    if done is None:
        return None
    who = f"for {done['who']} " if done["who"] else ""
    return f"{who}to {done['v']}" + (f" {done['o']}" if done["o"] else "")


_COUNT_WORD = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)\b", re.IGNORECASE)
_TO_DO_FOR = re.compile(r"\bto\s+(?P<v>[a-z]+)\s+(?P<obj>(?:[a-z][\w\-]*\s+){0,3}?)for$")
_DURING = re.compile(
    # (`detained in May and held for five months`: held, the verb the duration is of; not `best-selling`)
    r"(?<![\w-])(?P<v>\w+(?:ed|ing)|held|kept|detain|hold|keep|jail|suspend|ban)\s+(?:to\s+(?P<what>(?:[\w\-]+\s+){1,5}?)"
    r"|(?P<obj>(?:(?!(?:and|or|but|were|was|is|are|been|be|had|has|have)\s)[\w\-]+\s+){0,4}?))(?:for|to)$",
    re.IGNORECASE,
)

# --- ages and names
_NAME_COMMA = re.compile(r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*),\s*$")
_PLACE_WORD = re.compile(r"\s+(city|province|county|district|prefecture|village|town)\b")
_OPENING_QUOTES = ("“", '"')  # a tuple, not a string, which would also hold the empty slice at offset 0
_NAME_LEAD = re.compile(r"^(?:The|A|An|In|On|By|For|According|However|Meanwhile|Rival|Ruling|Opposition|Incumbent|Governing)\s+")
_CALENDAR = re.compile(rf"(?:{_MONTH_WORDS}|{_WEEKDAYS})\b")
# China's provincial-level divisions and largest cities, the places most China news is about; alone, not in
# a longer name (`Yunnan Pharmaceutical`, `the Shanghai Composite Index`, `Beijing Municipal Commission`)
_CHINESE_PROVINCES = frozenset(  # and the cities and regions governed as provinces
    (
        "Anhui", "Beijing", "Chongqing", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou", "Hainan", "Hebei",
        "Heilongjiang", "Henan", "Hubei", "Hunan", "Inner Mongolia", "Jiangsu", "Jiangxi", "Jilin", "Liaoning",
        "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanghai", "Shanxi", "Sichuan", "Tianjin", "Tibet",
        "Xinjiang", "Yunnan", "Zhejiang", "Macau",
    )
)
_CHINESE_PLACES = _CHINESE_PROVINCES | frozenset(  # and China's largest cities
    (
        "Guangzhou", "Shenzhen", "Wuhan", "Chengdu", "Hangzhou", "Nanjing", "Xi'an", "Suzhou", "Dongguan",
        "Zhengzhou", "Qingdao", "Dalian", "Xiamen", "Shenyang", "Harbin", "Changsha", "Kunming", "Ningbo",
        "Foshan", "Hefei", "Jinan", "Fuzhou", "Nanning", "Guiyang", "Lanzhou", "Urumqi", "Lhasa", "Taiyuan",
        "Shijiazhuang", "Changchun", "Nanchang", "Hohhot", "Haikou", "Zhuhai", "Wenzhou", "Tangshan",
    )
)
_CHINESE_CITIES = (_CHINESE_PLACES - _CHINESE_PROVINCES) | {"Beijing", "Shanghai", "Tianjin", "Chongqing", "Macau"}
# `Xiangyang City, Hubei Province`, `Yulin City, Guangxi` (the province checked against the known ones)
_CITY_IN_PROVINCE = re.compile(
    r"\b(?P<city>[A-Z][a-z]+(?:[’'][a-z]+)? (?:City|County|[Vv]illage|[Tt]ownship)),? (?:in )?(?P<province>[A-Z][a-z]+)(?: Province)?\b"
    # `Tianmen, a city in central China’s Hubei Province`
    r"|\b(?P<named>[A-Z][a-z]+), an? (?:city|county|town) in (?:[a-z]+ )?(?:China[’']s )?(?P<in>[A-Z][a-z]+) Province\b"
    # `Yiwu, the eastern Chinese city known as`, `Yiwu, the Zhejiang city`
    rf"|\b(?!(?:{_MONTH_WORDS}|{_WEEKDAYS})\b)(?P<described>[A-Z][a-z]+), (?:an?|the) (?:[a-z]+ )?(?:Chinese |[A-Z][a-z]+ )?(?:city|county|town)\b"
    # `Xinjiang’s Aksu prefecture`
    r"|\b(?P<owner>[A-Z][a-z]+)(?: Province)?[’']s (?P<owned>[A-Z][a-z]+) (?:[Pp]refecture|[Cc]ity|[Cc]ounty)\b"
    # `a furniture factory in Dongguan, Guangdong Province` (a city the extractor knows)
    r"|\b(?P<bare>[A-Z][a-z]+), (?P<of>[A-Z][a-z]+) Province\b"
)
# a place named with its kind: `Zunyi City`, `Linyi County`, `Haidian District`
_NAMED_PLACE = {kind: re.compile(rf"\b[A-Z][a-z]+ {kind.title()}\b") for kind in ("city", "county", "district")}
_NAMED_PLACE["state"] = re.compile(  # `Malaysia’s southern state of Johor`, `the state of Rio Grande do Sul`
    r"(?<=\bstate of )[A-Z][a-z]+(?:\s+(?:(?:do|da|de|del)\s+)?[A-Z][a-z]+)*\b"
)
_COUNTRIES = {
    "china": "China",
    "chinese": "China",
    "prc": "China",
    "japan": "Japan",
    "japanese": "Japan",
    "united states": "United States",
    "u.s.": "United States",
    "us": "United States",
    "usa": "United States",
    "american": "United States",
    "america": "United States",
    "india": "India",
    "indian": "India",
    "russia": "Russia",
    "russian": "Russia",
    "germany": "Germany",
    "german": "Germany",
    "france": "France",
    "french": "France",
    "united kingdom": "United Kingdom",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "uae": "United Arab Emirates",
    "u.a.e.": "United Arab Emirates",
    "britain": "United Kingdom",
    "british": "United Kingdom",
    "taiwan": "Taiwan",
    "taiwanese": "Taiwan",
    "hong kong": "Hong Kong",
    "korea": "South Korea",
    "south korea": "South Korea",
    "korean": "South Korea",
    "north korea": "North Korea",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "canada": "Canada",
    "canadian": "Canada",
    "australia": "Australia",
    "australian": "Australia",
    "italy": "Italy",
    "italian": "Italy",
    "spain": "Spain",
    "spanish": "Spain",
    "brazil": "Brazil",
    "brazilian": "Brazil",
    "mexico": "Mexico",
    "mexican": "Mexico",
    "vietnam": "Vietnam",
    "vietnamese": "Vietnam",
    "thailand": "Thailand",
    "thai": "Thailand",
    "indonesia": "Indonesia",
    "indonesian": "Indonesia",
    "singapore": "Singapore",
    "malaysia": "Malaysia",
    "philippines": "Philippines",
    "turkey": "Turkey",
    "turkish": "Turkey",
    "iran": "Iran",
    "iranian": "Iran",
    "israel": "Israel",
    "ukraine": "Ukraine",
    "ukrainian": "Ukraine",
    "poland": "Poland",
    "polish": "Poland",
    "netherlands": "Netherlands",
    "dutch": "Netherlands",
    "belgium": "Belgium",
    "sweden": "Sweden",
    "swiss": "Switzerland",
    "switzerland": "Switzerland",
    "lithuania": "Lithuania",
    "lithuanian": "Lithuania",
    "european union": "European Union",
    "eu": "European Union",
    "euro zone": "euro zone",
    "eurozone": "euro zone",
    "euro area": "euro zone",
    "tibetan": "Tibet",  # a region, named by its people as countries are (`Tibetan children`)
    # continents and regions, which statistics are kept for as for countries (`Europe recorded 127,350 measles cases`)
    "europe": "Europe",
    "africa": "Africa",
    "latin america": "Latin America",
    "latin american": "Latin America",
    "north america": "North America",  # not the United States of `American`
    "north american": "North America",
    "south america": "South America",
    "south american": "South America",
    "middle east": "Middle East",
    "saudi arabia": "Saudi Arabia",
    "south africa": "South Africa",
    # ISO files it as `Congo, The Democratic Republic of the`; `Congo` alone is the Republic of the Congo
    "democratic republic of the congo": "Democratic Republic of the Congo",
    "democratic republic of congo": "Democratic Republic of the Congo",
    "nigeria": "Nigeria",
    "egypt": "Egypt",
    "pakistan": "Pakistan",
    "bangladesh": "Bangladesh",
    "finland": "Finland",
    "norway": "Norway",
    "ireland": "Ireland",
    "argentina": "Argentina",
    "chile": "Chile",
    "hungary": "Hungary",
    "greece": "Greece",
    "portugal": "Portugal",
    "philippine": "Philippines",
    "filipino": "Philippines",
    "malaysian": "Malaysia",
    "singaporean": "Singapore",
    "pakistani": "Pakistan",
    "bangladeshi": "Bangladesh",
    "israeli": "Israel",
    "saudi": "Saudi Arabia",
    "mongolian": "Mongolia",
    "cambodian": "Cambodia",
    "burmese": "Myanmar",
    "nepali": "Nepal",
    "nepalese": "Nepal",
    "sri lankan": "Sri Lanka",
    # the demonyms news writes most, which are not built on the country's name by a rule
    **{
        demonym: country
        for country, demonyms in (
            ("Kenya", "kenyan"), ("Nigeria", "nigerian"), ("Ghana", "ghanaian"), ("Ethiopia", "ethiopian"),
            ("Egypt", "egyptian"), ("Iraq", "iraqi"), ("Syria", "syrian"), ("Sweden", "swedish"), ("Austria", "austrian"),
            ("Belgium", "belgian"), ("Denmark", "danish"), ("Norway", "norwegian"), ("Finland", "finnish"),
            ("Ireland", "irish"), ("Portugal", "portuguese"), ("Greece", "greek"), ("Hungary", "hungarian"),
            ("Czechia", "czech"), ("Romania", "romanian"), ("Argentina", "argentine argentinian"), ("Chile", "chilean"),
            ("Colombia", "colombian"), ("Peru", "peruvian"), ("Venezuela", "venezuelan"), ("Cuba", "cuban"),
            ("Zambia", "zambian"), ("Zimbabwe", "zimbabwean"), ("Uganda", "ugandan"), ("Tanzania", "tanzanian"),
            ("Rwanda", "rwandan"), ("Sudan", "sudanese"), ("Morocco", "moroccan"), ("Algeria", "algerian"),
            ("Tunisia", "tunisian"), ("Libya", "libyan"), ("Afghanistan", "afghan"), ("Kazakhstan", "kazakh"),
            ("Uzbekistan", "uzbek"), ("Iceland", "icelandic"), ("Lebanon", "lebanese"), ("Qatar", "qatari"),
            ("United Arab Emirates", "emirati"), ("Kuwait", "kuwaiti"), ("Yemen", "yemeni"), ("Somalia", "somali"),
            ("Senegal", "senegalese"), ("Angola", "angolan"), ("Mozambique", "mozambican"), ("Laos", "laotian"),
        )
        for demonym in demonyms.split()
    },
    **{place.lower(): place for place in _CHINESE_PLACES},
}
# every other country by its common name (ISO 3166 through pycountry); not the names that are as often
# a person's or a US state's (`Chad`, `Jordan`, `Georgia`, `New Jersey`)
# (and by its ISO name, where that is another: `Viet Nam` is Vietnam)
for _c in pycountry.countries:
    _name = getattr(_c, "common_name", None) or _c.name
    if "," not in _name and _name not in ("Chad", "Jordan", "Georgia", "Jersey"):
        _COUNTRIES.setdefault(_name.lower(), _name)
        if "," not in _c.name:
            _COUNTRIES.setdefault(_c.name.lower(), _name)


_CONTINENTS = frozenset("africa asia europe america oceania arctic".split())


def _is_demonym(word: str) -> bool:
    """`Chinese`, `Kenyan`, `Syrian`, `European`: a people's word, by the table or by the place it is built on
    (so `Urban residents`, `Median income` and `Human rights` are not)."""
    low = word.lower()
    if low in _COUNTRIES:
        return _COUNTRIES[low].lower() != low  # `chinese` -> China; not a place's own name (`Beijing-based`)
    if not low.endswith(_DEMONYM_ENDS):
        return False
    return any(low[:-k] in _COUNTRIES or low[:-k] in _CONTINENTS or f"{low[:-k]}a" in _COUNTRIES for k in (1, 2, 3))


def _surface(key: str) -> str:
    """How a country key is written in text: `united states` -> `United States`, `u.s.` -> `U.S.`."""
    if "." in key or key in {"us", "usa", "uk", "eu", "prc", "uae"}:
        return key.upper()
    return " ".join(w if w in ("and", "of", "the") else w.capitalize() for w in key.split())


def _trie(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, longest first, branching letter by letter: the engine tries
    one branch per letter, where a plain alternation tries every word at every capital."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern(node[char]) for char in sorted(node) if char]
        if not branches or len(branches) == 1 and "" not in node:
            return "".join(branches)
        return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")

    return pattern(tree)


# (`Euro zone inflation` opens a sentence with only its first word capitalised, as in prose)
_COUNTRY_FORMS = {_surface(k): v for k, v in _COUNTRIES.items()} | {"Euro zone": "euro zone", "Euro area": "euro zone"}
# It starts with no `\b`, so the regex engine can skip ahead to the first letters of the forms;
# `_word_start` checks the boundary instead.
_COUNTRY_RE = re.compile(f"({_trie(_COUNTRY_FORMS)})(?![\\w$])")


# a currency named after its country says nothing of what a figure is about: `1.5 million Swiss francs`
_MONEY_NAME = re.compile(r"\s+(?:dollars?|francs?|pounds?|yuan|yen|rupees?|pesos?|rand|kronas?|kronor|kroner)\b")


def _word_start(text: str, at: int) -> bool:
    """Whether a word starts at ``at`` (what a leading `\b` would check)."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


_LISTED_IN = ("-listed", "-traded", "-quoted", "-based", "-headquartered")  # where a firm trades or sits


_MAINLAND_PLACES = _CHINESE_PLACES - {"Macau"}
# places a ranking names beside the one it is about: `the third-largest city economy after Shanghai and Beijing`
_RANKED_BEHIND = re.compile(r"\b(?:after|behind|than|trailing|ahead\s+of)\s+(?:[A-Z][\w-]*(?:,\s+|\s+and\s+))?$")


def _find_countries(text: str, also_in: str = "") -> list[tuple[int, int, str]]:
    """Countries named in ``text`` (`China`, `Chinese`, `the U.S.`): start, end, canonical name.

    A Chinese place before another capital is part of a longer name (`Yunnan Pharmaceutical`) unless
    ``also_in`` names it too: a Title Case headline capitalises every word (`Shenzhen Offers Subsidies`).
    """
    return [
        (m.start(), m.end(), _COUNTRY_FORMS[m[1]])
        for m in _COUNTRY_RE.finditer(text)
        if _word_start(text, m.start())
        and not _MONEY_NAME.match(text, m.end())
        and not text.startswith(_LISTED_IN, m.end())  # `Its U.S.-listed shares`: where they trade, not whose
        and not (m[1] != _COUNTRY_FORMS[m[1]] and _NAMES_A_THINK_TANK.match(text, m.end()))  # by a demonym
        and not (m[1] in _CHINESE_PLACES and _in_longer_name(text, m.start(), m.end()) and m[1] not in also_in)
        and not (m[1] in _CHINESE_PLACES and _in_city_pair(text, m.start(), m.end()))
    ]


# `the Australian Strategic Policy Institute`: a research body a demonym opens, which makes no country's figure
_NAMES_A_THINK_TANK = re.compile(r"(?:\s+[A-Z][\w&-]*){0,4}\s+(?:Institute|University|Foundation)\b")
_CITY_PAIR = re.compile(
    r"[A-Z][a-z]+[-–][A-Z][a-z]+\s+(?:route|line|railway|rail\s+line|high-speed\s+railway|corridor|flights?|lane)\b"
)


def _in_city_pair(text: str, start: int, end: int) -> bool:
    """Whether a city is one end of a route: `the Shanghai-Rotterdam route`, `the Beijing-Shanghai railway`
    (not `Ningbo-Zhoushan port`, a place of two names)."""
    if text[end : end + 1] in ("-", "–"):
        at = start  # the first of the pair
    elif start > 0 and text[start - 1] in ("-", "–"):
        at = text.rfind(" ", 0, start - 1) + 1
    else:
        return False
    return _CITY_PAIR.match(text, at) is not None


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a place is a word of a longer name: `Yunnan Pharmaceutical`, `Bank of Beijing`."""
    return bool(_NAME_GOES_ON.match(text, end) or _NAME_BEFORE_PLACE.search(text, max(0, start - 40), start))


_NAME_GOES_ON = re.compile(r"[ \t]+(?!Province|City|Municipality|Autonomous\s+Region|Special\s+Administrative\s+Region)[A-Z]")
_NAME_BEFORE_PLACE = re.compile(r"[A-Z][\w\-]*[ \t]+$")


def _country(phrase: str) -> str | None:
    """The country a whole phrase names, if it is one."""
    key = phrase.strip().lower()
    return _COUNTRIES.get(key) if key != "us" or phrase.strip() == "US" else None


def is_place(name: str) -> bool:
    """Whether ``name`` is a country's or another place's the extractor knows."""
    return _country(name) is not None


# a word of a name after its capital, and the space after it; `People’s` is one (`People’s Bank of China`), other
# possessives end it; `O’Leary` is one too
_NAME_WORD = r"(?:[’'][A-Z])?[\w&\-]*(?:(?<=People)[’']s)?(?:[ \t]+(?:of|for|and|the|&|do|da|dos|das|del)(?=[ \t]+[A-Z]))*[ \t]+"
# a run of 2-7 capitalised words; `[A-Z](?<!\w\w)` is `\b[A-Z]` written so the engine can skip to capitals
_MULTI_NAME = re.compile(
    rf"[A-Z](?<!\w\w){_NAME_WORD}(?:[A-Z]{_NAME_WORD}){{0,5}}(?:[A-Z][’'])?[A-Z][a-z][\w&\-]*(?:[’'](?!s\b)[a-z]+)?\b"
)  # `Lan Fo’an`, `Michael O’Leary`; not the possessive of `Lan Fo’s`
_HEADLINE_WORD = re.compile(r"(?<![\w\-])[A-Z][\w\-]{2,}")
# a capitalised word before no other; `_after_lower` checks the word before it
_ONE_WORD_NAME = r"[A-Z][a-z][\w\-]*|[A-Z]{2,5}"  # a one-word name: `Tesla`, `BYD`
_LONE_NAME = re.compile(rf" (?P<name>(?:{_ONE_WORD_NAME})(?![a-z]))(?![\w\-]| [A-Z])")
_POSSESSOR_WORD = re.compile(_ONE_WORD_NAME)
_SENTENCE_ENDS = frozenset('.!?”"')
# a headline's first word, before another capital (past the small words title case leaves: `Intel to Cut 15%`)
_LEADING_WORD = re.compile(r"([A-Z][a-z]+[A-Za-z]*)(?:[’']s)?\s+(?:(?:to|in|of|and|for|on|at)\s+)?[A-Z]")
_OUTLET_PREFIX = re.compile(r"[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,4}: ")  # a briefing names the outlet first
# ... and the body's, before a lower-case word (not one joined to it: `Wind and solar generated`, two things)
_VERB_THEN_ITS = re.compile(r"\s+[a-z]+\s+its\b")
_PRICES_AFTER = re.compile(r"\s+prices?\b")
_OPENED_BY = re.compile(r"(?:[’']s)?,?\s+(?!(?:and|or)\s+[a-z])[a-z]")
_OPENING_WORDS = _DETERMINERS | frozenset(
    "in on at as after before with for how why what when more most global world national annual average total "
    "one two three four five six seven eight nine ten half nearly almost about over".split()
)  # `Global Smartphone Shipments Rise` / `Global smartphone shipments rose`, `One in Five ...` / `One in five`: no name
_DESCRIBED_OPENING = re.compile(r"(?:^|[.!?”\"]\s)\s*(?P<name>[A-Z][a-z][\w\-]*),\s+(?:a|an|the)\s", re.MULTILINE)
_OPENING_ACRONYM = re.compile(r"(?:^|[.!?”\"]\s)\s*(?P<name>[A-Z]{2,5})(?![\w’'\-])", re.MULTILINE)
# a country's possessive before a name of capitalised words
_HOME = re.compile(r"(?P<home>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[’']s\s+(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*)")
_WORD_BEFORE_SPACE = re.compile(r"[\w\-’']*$")  # `People’s` in `People’s Bank`: a capital, not an `s`


def _after_lower(text: str, space: int) -> bool:
    """Whether a comma, a lower-case word or a country's possessive (`Taiwan's Foxconn`) ends at
    ``space``: the capital after it marks a name, not a sentence start or part of a longer name."""
    if space > 0 and text[space - 1] == ",":
        return True
    word = _WORD_BEFORE_SPACE.search(text, max(0, space - 40), space)
    if word and word[0].endswith(("'s", "’s")) and _country(word[0][:-2]):
        return True
    return bool(word and word.group(0)[:1].islower() and word.group(0)[:1].isalpha())


_BUSINESSES = COMPANY_WORDS - {"bank"} | {"business"}  # a firm's (`the bank` may be the central bank)
_COREF = re.compile(  # `the South Korean chipmaker`: the company, said by where it is from
    rf"^(?:the\s+)?(?:[A-Z][\w.]*-(?:based|listed|owned|run)\s+)?"  # `The Beijing-based company`
    rf"(?:(?:(?:South|North)\s+)?[A-Z][a-z]+(?:ese|an|ish|ic|i)\s+(?={'|'.join(sorted(COMPANY_WORDS))}))?"
    rf"(?:central\s+bank|{'|'.join(sorted(COMPANY_WORDS))}|organi[sz]ation|association|business|"
    r"it|its|they|their|he|she|his|her)$",
    re.IGNORECASE,
)
# the last word of a company's full name: `China Evergrande Group`, `Xiaomi Corp`
_THE_AGED = re.compile(r"(?:^|[.!?]\s+)[Tt]he\s+$")  # `The 21-year-old signed`
# a district its province owns: `Sichuan’s Garze Tibetan Autonomous Prefecture`
_OWNED_DISTRICT = re.compile(
    r"(?:[A-Z][a-z]+[’']s\s+)?(?P<unit>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:[Pp]refecture|[Cc]ounty|City|District))"
)
_OWNED_CITY = re.compile(r"[A-Z][a-z]+[’']s\s+(?P<city>[A-Z][a-z]+)")
_LONE_PLACE = re.compile(  # `Chicago`, `Rio Grande do Sul`, `England and Wales`
    r"[A-Z][a-z]+(?:\s+(?:(?:do|de|da|del|di|and)\s+)?[A-Z][a-z]+){0,2}"
)
_COVERED_ON = re.compile(r"\b(?P<n>[A-Za-z]+s)\s+(?:on|covering)$")  # `Crops on` an area
_PLACE_PREPOSITIONS = "in|across|throughout"  # what puts a group or series in a place
_PLACED_WORDS = tuple(f" {word} " for word in _PLACE_PREPOSITIONS.split("|"))  # what `_GROUP_IN_PLACE` needs
_GROUP_IN_PLACE = re.compile(  # `Authorities in northern Myanmar`, `Torrential rain in Guangdong province`
    rf"[A-Za-z][a-z]+(?:\s+[a-z]+){{0,3}}\s+(?:{_PLACE_PREPOSITIONS})\s+"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+)?(?P<place>[A-Z][^,;]*?)(?:\s+(?:province|region|state|county|prefecture|city))?"
)
_NAME_IN_PLACE = re.compile(  # `The Park Fire in Northern California`: the named thing, wherever it is
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)+)\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
)
_GOVERNING = ("authorities", "government", "police")  # `Hong Kong authorities`, `Hong Kong police`: Hong Kong
_PLACE_GOVERNMENT = re.compile(rf"(?P<place>[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){{0,2}})\s+(?:{'|'.join(_GOVERNING)})")
_PLACE_WORDS = ("city", "country", "province", "region", "territory")
_IN_COREF = re.compile(rf"\s+in\s+(?P<place>the\s+(?:{'|'.join(_PLACE_WORDS)}))$")
_AMONG = re.compile(
    r"\s+among\s+(?:the\s+)?(?!these\s|those\s|them\b)(?P<group>(?:[a-z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*s|children|men|women|youth))"
    r"(?:\s+aged\b.*)?$"
)
_RULED_AGE = re.compile(r"\b(?:retirement|legal|voting|drinking|minimum|marriage|marriageable|working|school|pension)\s+age\b")
_AGED_GROUP = re.compile(r"\b(?P<group>[a-z][\w\-]*s|children|men|women|youth)\s+aged\s+(?:between\s+)?$")
# `– Guangdong: 13.57 trillion yuan`, `Huawei: 13.1 million units` (an item after its number)
_LIST_LABEL = re.compile(r"\s*(?:[–—•*·-]\s+|\d{1,2}[.)]\s+)?(?P<label>[A-Z][^:\n]{0,40}):\s")
# capitalised words that open a sentence with `In ...,` and name no place
_CONNECTIVES = frozenset("Addition Contrast Particular Total Short Fact General Turn Response Comparison Return Summary".split())
_PLACE_NAME = r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}"
_OPENING_PLACE = re.compile(  # `In Beijing,`, `In Guangdong province alone,`
    rf"\s*(?:In|Across|Throughout)\s+(?:the\s+)?(?P<place>{_PLACE_NAME})"
    r"(?:\s+(?:province|city|region|county|district))?(?:\s+alone)?,"
)
# `In Beijing, Shanghai and Shenzhen,`, `In the four first-tier cities of Beijing, ... and Shenzhen,`: the places together
_OPENING_PLACES = re.compile(
    r"\s*(?:In|Across)\s+(?:the\s+(?:[\w-]+\s+){1,3}(?:cities|provinces|regions|countries|economies)\s+of\s+)?"
    rf"(?P<places>{_PLACE_NAME}(?:,\s+{_PLACE_NAME})*,?\s+and\s+{_PLACE_NAME}),"
)
LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s+")  # between the items of `A, B and C`
_CALLED = re.compile(r"\b(?:called|calls|call|dubbed|named|known\s+as)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")
_PUT_AT_VERB = r"(?:put|puts|estimates?|estimated|pegs?|pegged|places?|placed|values?|valued|valuing)"
_WHICH_PUT_AT = re.compile(
    r"(?<![\w’'])(?P<x>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*),\s+which\s+(?:[\w\-]+\s+){0,3}?"
    rf"{_PUT_AT_VERB}\s+(?:it\s+)?at\s+$"
)
_KEEP_X = re.compile(  # what is held above (or at, or below) a figure
    r"\bkeep(?:s|ing)?\s+(?P<x>(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:above|below|at|around|under|over|within|near)$"
)
# `estimated the losses at`, `put the damage at`, `estimated economic losses at`: what is valued (or capped:
# `plans to cap new international student enrollments at`)
_PUT_X_AT = re.compile(rf"\b(?:{_PUT_AT_VERB}\s+(?:the|its|their|his|her)|estimated|estimates?|put|puts|pegged|caps?|capped)\s+(?P<x>(?:[a-z][\w\-]*\s+){{0,4}}[a-z][\w\-]*)\s+at\s+$")
_VALUE_IT_AT = re.compile(r"\bvalu(?:e|es|ed|ing)\s+it\s+at\s+$")
_OWN_VALUE = re.compile(r"\s+of\s+(?:its|their|his|her)\s+(?:market\s+)?(?:value|worth)\b")
_LOSS_VERBS = ("lost", "lose", "loses", "losing")
_LOST = re.compile(rf"\b(?:{'|'.join(_LOSS_VERBS)}|shed|sheds|shedding)$")
_MARKET_PRICE_WORDS = re.compile(r"\b(shares|stocks?|bonds?|bitcoin|currency|coins?)\b")
_DIGIT = re.compile(r"\d")
_NET_CHANGE = re.compile(
    r"\b(?P<x>(?:natural|net)\s+(?:population\s+)?(?:decrease|increase|decline|growth|gain|loss|inflow|outflow|outflows|inflows))\s+of$"
)
_TALLIES = frozenset("tally total level figure number count".split())  # what a series' own reading is called
_TIMES_ITS = re.compile(  # `eight times its revenue`, `nearly twice its spending on education`
    r"\s+(?:its|their)\s+(?P<n>[a-z][\w\-]*(?:\s+(?!(?:on|of|for|in|and|than|last|this|a|an|the)\b)[a-z][\w\-]*)?"
    r"(?:\s+(?:on|of|for)\s+[a-z][\w\-]*)?)(?=[\s,.;]|$)"
)
_WHAT_IT_WAS = re.compile(r"share of what (?:it|they|he|she|we) [a-z]+ (?P<when>.+)")  # the series then, as 100
_OWNED = re.compile(r"^(?:State|Privately|Publicly|Government|Family|Foreign)-(?:owned|run|held|controlled|backed)\s+(?=[A-Z])")
_DESCRIBED_NAME = re.compile(  # `Fellow activist Xu Zhiyong`, `Co-defendant Huang Xueqin`
    r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s+(?!(?:and|of|the|for|from|to|in)\s)[a-z][\w\-]*)+\s+(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})"
    r"|[A-Z][a-z]+-[a-z]+\s+(?P<hyphened>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})"
    # `Chinese electric vehicle maker Nio`, `US chipmaker Nvidia`
    # (`Chocolate makers Hershey and Mondelez`: two of them; `Hong Kong developer Sun Hung Kai Properties`, `British
    # department store chain Harrow & Finch`)
    r"|(?:[A-Z][a-zA-Z]*\s+){0,2}(?:[a-z][\w\-]*\s+)*?(?i:[a-z]*maker|company|firm|giant|startup|platform|developer|"
    r"operator|lender|insurer|retailer|brand|producer|supplier|chain)s?\s+"
    r"(?P<one>[A-Z][\w\-]+(?:\s+and\s+[A-Z][\w\-]+|(?:\s+&)?(?:\s+[A-Z][\w\-]+){1,3})?)"
    # `Taiwan’s main opposition Kuomintang`, `KMT incumbent Chiang Wan-an`: a place's or party's, described
    r"|(?:[A-Z][\w.]*[’']s|[A-Z]{2,6})\s+(?:(?!(?:to|of|in|for|from|with|on|at|and|the)\s)[a-z][a-z\-]*\s+){1,3}"
    r"(?P<owned>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,3})"
)
_QUOTED_TITLE = re.compile(r"[“\"](?P<title>[^“”\"]{1,60}?),?[”\"],?")
# `comedy “YOLO”`, `the app “Temu”`, `Chinese animated film “Ne Zha 2”`
_TITLED = re.compile(r"(?:[A-Za-z][\w\- ]*\s)?[a-z][\w\-]*\s[“\"](?P<title>[^“”\"]{1,60})[”\"]")  # not `Several “...”`
_PERSON = re.compile(r"^(?:he|she)$", re.IGNORECASE)  # the nearest name before stands in
_RELATIVE_OF = re.compile(
    r"(?:his|her)\s+(?P<who>(?:father|mother|son|daughter|brother|sister|wife|husband|parents|family|lawyer))"
    r"(?:\s+(?P<name>(?-i:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})))?$",  # `his wife Xu Yan was given`: named, herself
    re.IGNORECASE,
)
_OWNER_ALONE = re.compile(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2}[’']s")  # `Canada's` with its noun left out
_CENTRAL_BANK_NAME = re.compile(r"\b(?:Bank|Reserve|Fed|Bundesbank|Riksbank|Banxico)\b")
_PLACE_COREF = re.compile(
    r"^(?:the\s+)?(?:country|nation|city|province|state|region|island|county|district)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Description:
    """Metric, entity and kind of one quantity, with the metric's other names."""

    metric: str | None
    entity: str | None
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass
class ArticleState:
    """What an article is about and what it has named so far.

    ``names`` counts names over the whole article (a name the headline repeats
    counts three times) and gives the default entity; ``read`` holds the sentences
    read so far, searched backwards only when `the country` needs resolving.
    What is counted over the whole article is worked out on first use: a third of
    articles name their entities in every sentence with a figure and never need it.
    """

    body: str = ""
    headline: str = ""
    outlets: tuple[str, ...] = ()  # the reporting outlets are not what an article is about
    # components of a named series: `production index` -> `manufacturing pmi`
    parents: dict[str, str] = field(default_factory=dict)
    read: list[str] = field(default_factory=list)
    paragraph: list[str] = field(default_factory=list)  # the sentences read of the current paragraph
    metrics: dict[str, None] = field(default_factory=dict)  # the series described so far, in order
    _survey_seen: bool = field(default=False, init=False)

    @cached_property
    def countries(self) -> tuple[dict[str, float], Counter[str]]:
        """How much each country is named, a demonym (`Chinese`) counting half and the headline
        double, and how often."""
        weights: dict[str, float] = {}
        mentions: Counter[str] = Counter()
        for text, weight, also_in in ((self.body, 1.0, ""), (self._own_headline, 2.0, self.body)):
            for start, end, country in _find_countries(text, also_in):  # (`Macau Casino Revenue Rises`: Macau's)
                # (`Japan`, `Pakistan`, `Taiwan` end as demonyms do, but name the country itself)
                share = 0.5 if text[start:end] != country and text[start:end].lower().endswith(_DEMONYM_ENDS) else 1.0
                # (`in Guangdong alone`: a part of the whole the article is about; not `China alone burned`)
                partner = _is_partner(text, start) or text.startswith(" alone", end) and text.endswith("in ", 0, start)
                if partner:
                    share /= 4  # `exports to China`, `arrivals from China`: the other side of the trade
                weights[country] = weights.get(country, 0.0) + share * weight
                mentions[country] += not partner
        return weights, mentions

    @cached_property
    def _low(self) -> str:
        return f"{self.headline}\n{self.body}".lower()

    @cached_property
    def series(self) -> dict[str, str]:
        """Counted things the article names as a series: `marriage` -> `marriage registrations`."""
        return _series(self._low)

    @cached_property
    def _survey(self) -> re.Match[str] | None:
        """Where the article names the population it surveyed (`of 1,000 adults`, not `of 9.5 years`)."""
        if not (any(noun in self._low for noun in _SAMPLE_NOUNS) and _SAMPLE_WORD.search(self.body)):
            return None
        samples = _SAMPLE.finditer(self.body)
        return next((m for m in samples if m["group"].split()[-1].lower() not in _MEASURE_WORDS), None)

    @property
    def population(self) -> str | None:
        """The population a survey article is about: `adults` in `A survey of 1,000 adults`."""
        return self._survey["group"] if self._survey else None

    def _survey_read(self) -> bool:
        """Whether the survey has been named yet: the figures before it are about something else."""
        if not self._survey_seen and self._survey:
            self._survey_seen = any(self._survey[0] in text for text in self.read)
        return self._survey_seen

    @cached_property
    def names(self) -> Counter[str]:
        """How often each name is used, a name the headline repeats counting three times."""
        return self._names[0]

    @cached_property
    def _names(self) -> tuple[Counter[str], dict[str, str]]:
        """The names' counts, a short name counted with the full one, and the full name of each short one."""
        skip = {o.lower() for o in self.outlets}
        counts: Counter[str] = Counter()
        plain = _APOSTROPHE_S.sub("", self.headline)
        described = _DESCRIBED_COMPANY.match(self.body)
        initials = {w for w in _HEADLINE_WORD.findall(plain) if w.isupper()}
        for name in _names(self.body, self.headline):
            if name.lower() not in skip:
                # `BYD’s First-Half Profit Rises` over `BYD’s first-half net profit rose`: both lead with BYD;
                # `China Vanke, the country’s fourth-largest developer, reported`: the company the article is about;
                # `TSMC December Revenue Jumps` over `Taiwan Semiconductor Manufacturing Co’s December revenue`
                named = f" {name} " in f" {self.headline} " or self.body.startswith(name) and f" {name} " in f" {plain} "
                named = named or bool(described and described["name"] == name) or _initials(name) in initials
                counts[name] += 3 if named else 1
        full = _full_names(counts)
        headline = set(_HEADLINE_WORD.findall(plain))
        for given in _GIVEN_SHORT.finditer(self.body) if "(" in self.body else ():
            # `China Petroleum & Chemical Corp (Sinopec)`, named `Sinopec` after: one company, each use of it counted
            name, short = given["name"], given["short"]
            if name in counts and is_company(name) and short not in full and not _country(short):
                full[short] = name
                used = len(re.findall(rf"\b{re.escape(short)}\b", self.body)) - 1  # (the bracketed one is the name's)
                counts[short] += used + (3 if short in headline else 0)
        for short, name in full.items():
            # `Alibaba Quarterly Revenue Rises` over `Alibaba Group Holding reported`: the headline names it too
            first = name.startswith(f"{short} ")  # not `Metro` of `Shenzhen Metro Group`, which is the city's
            counts[name] += counts.pop(short, 0) + (3 if first and short in headline else 0)
        return counts, full

    def full_name(self, name: str) -> str:
        """``name`` as the article first named it in full (`Evergrande` -> `China Evergrande Group`)."""
        if " " in name and not _SUB_AGENCY.search(name) or _country(name):
            return name  # no short name: the article's names are counted only when one may be
        return self._names[1].get(name) or self._short_people.get(name, name)

    @cached_property
    def _short_people(self) -> dict[str, str]:
        """A one-word name of a person the article names in full, to that full name."""
        return _short_names_of_people(self.names)

    def person(self, name: str) -> str:
        """A one-word name as the article's first full name holding it (`Wang` -> `Wang Jianbing`)."""
        if " " in name or not name.isalpha():
            return without_title(name)  # `Former Yunnan Communist Party Secretary Qin Guangrong, 74,`: Qin
        # the surname first (`Pastor Li Yingqiang`: not `Pastor Li`), else the given name first, without a title
        full = re.search(rf"\b{name}(?:\s+[A-Z][a-z]+(?:-[a-z]+)?)+\b", self.body) or re.search(
            rf"\b(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)+{name}\b", self.body
        )  # (`Chung Pui-kuen`: a given name of two syllables, hyphenated)
        return without_title(full[0]) if full else name

    def in_lower_case(self, np: str) -> bool:
        """Whether a one-word phrase that opens a sentence (`Coal`) is written in lower case elsewhere in
        the article, which makes it a common noun, not a name."""
        word = _DET.sub("", np.strip())
        return word.isalpha() and word[:1].isupper() and f" {word.lower()} " in f" {self.body} "

    def series_of(self, metric: str) -> str:
        """A one-word series as the one fuller series the article named before (`exports` after `rare
        earth exports`, `the benchmark` after `the Hang Seng Index`), unless the article has used the word
        alone already."""
        if " " in metric or metric in self.metrics:
            return metric
        if metric in ("benchmark", "gauge"):  # `The benchmark has gained 16%`: the first index named before
            return next((m for m in self.metrics if m.endswith((" index", " pmi"))), metric)
        # not a share of it: `gdp` after `debt share of gdp`
        fuller = [m for m in self.metrics if m.endswith(f" {metric}") and not m.endswith(f" of {metric}")]
        return fuller[0] if len(fuller) == 1 else metric

    def observe(self, text: str, new_paragraph: bool = False) -> None:
        """Move the reading position past ``text``, which may open a new paragraph."""
        self.read.append(text)
        if new_paragraph:
            self.paragraph = []
        self.paragraph.append(text)

    def resolve(self, phrase: str, unread: str = "") -> str | None:
        """A pronoun, `the company` or `the country` as the name it stands for; other phrases unchanged.

        ``unread`` is the sentence being read, whose places count before those read (`Guangzhou has lifted
        ..., the city government announced`)."""
        phrase = phrase.strip()
        if _PLACE_COREF.match(phrase):
            # `the city` is the last of China's places named, `the province` the last province (not a city
            # in it), `the country` any place
            kind = phrase.lower().rpartition(" ")[2]
            local = None if kind in ("country", "nation", "island") else _CHINESE_PROVINCES if kind == "province" else _CHINESE_PLACES
            if kind == "city":
                local = _CHINESE_CITIES  # not `Guizhou Province`, named before `Zunyi City`
            elif kind in ("county", "district"):
                local = frozenset()  # only a place named as one
            for text in reversed([*self.read, unread] if unread else self.read):
                found = [
                    (s, c)
                    for s, _, c in _find_countries(text)
                    if (local is None or c in local)
                    and not _is_partner(text, s)  # not `exports to China`
                    and not _RANKED_BEHIND.search(text, max(0, s - 30), s)  # nor `after Shanghai and Beijing`
                ]
                if kind in _NAMED_PLACE:  # a place of any size named as one: `Zunyi City’s urban investment company`
                    found += [(m.start(), m[0]) for m in _NAMED_PLACE[kind].finditer(text)]
                    # ... or said to be one: `Tianmen, a city in central China’s Hubei Province`
                    found += [
                        (m.start(), m["named"] or m["described"])
                        for m in _CITY_IN_PROVINCE.finditer(text)
                        if m["named"] or m["described"]
                    ]
                named_as = [(m.start(), m[1]) for m in _NAMED_PROVINCE.finditer(text)] if kind == "province" else []
                if found:
                    # (`Gansu Province ... less than a third of Shanghai's ... in the province`: the one named a province)
                    place = max(named_as or found)[1]
                    # `Shanxi, Inner Mongolia and Shaanxi ... The country’s coal imports`: China's
                    return "China" if local is None and kind != "island" and place in _MAINLAND_PLACES else place
            if kind == "city":  # `The city opened three new metro lines` after `Hangzhou Metro carried`: its city
                owners = {name.partition(" ")[0] for name in self.names} & _CHINESE_CITIES
                if len(owners) == 1:
                    return owners.pop()
            weights = self.countries[0]
            if local is None and len(weights) == 1:  # `the country’s grain output` before the article names China
                return next(iter(weights))
            return self.home if local is None and not weights else None
        if phrase.lower() in _PERSONAL_PRONOUNS:
            person = self._person_before()
            if person:
                return person
        if _COREF.match(phrase):
            seen = [*self.read, unread] if unread else self.read  # a name the text has come to, not one further on
            named = [(n, k) for n, k in self.names.most_common() if any(n in text for text in seen)]
            if not named:
                return None
            if phrase.lower().endswith("central bank"):  # `The central bank also lowered`: the bank named before
                return next((n for n, _ in named if _CENTRAL_BANK_NAME.search(n)), None)
            if phrase.lower().rpartition(" ")[2] in _BUSINESSES:  # `The company reported`: a firm, not the bureau
                return next((n for n, _ in named if not is_agency(n) and not _looks_personal(n)), named[0][0])
            return named[0][0]
        return phrase

    def _person_before(self) -> str | None:
        """Whom `he` or `she` stands for: the first person named in the latest sentence that names one
        (`Li was detained in 2015 ... He was sentenced`: Li Heping, named in full before)."""
        if self._people_named is None:
            return None
        pattern, people = self._people_named
        for text in reversed(self.read[:-1] if len(self.read) > 1 else self.read):
            first = pattern.search(text)
            if first:
                return people[first[0]]
        return None

    @cached_property
    def _people_named(self) -> tuple[re.Pattern[str], dict[str, str]] | None:
        """A pattern for the people the article names, in full or by one word, and the full name of each
        way of naming them; read once an article says `he` or `she`."""
        people = {n: n for n in self.names if _looks_personal(n)} | self._short_people
        if not people:
            return None
        return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, people), key=len, reverse=True)) + r")\b"), people

    @cached_property
    def market_share(self) -> str:
        """A bare `share` as the share of the one market the article names: `smartphone market share`."""
        markets = {
            m["x"].lower()
            for m in _MARKET.finditer(f"{self.headline}\n{self.body}")
            if m["x"].lower() not in _NOT_MARKETS and not _country(m["x"])
        }
        return f"{markets.pop()} market share" if len(markets) == 1 else "market share"

    def topic(self) -> str | None:
        """What the article is mostly about: a surveyed population, else its most named organisation or country.

        Named once, a country says little about the rest of the article (plain text may be
        unrelated lines), so then only one named in the current paragraph stands in.
        """
        population = self.population
        if population and " " in population and self._survey_read():
            return population  # `university students`; bare `adults` say less than the country or body named
        # an agency whose data the article gives is its source, not its topic (`according to data released by the
        # Ministry of Finance`); one that acts is (`the Ministry of Public Security ... plans to organize`)
        name = next(((n, k) for n, k in self.names.most_common() if not _data_source(n, self.body)), None)
        country = self._main_country
        if name and (country is None or name[1] >= country[1]) and name[1] >= 2:
            return name[0]
        place = self.place()
        if place or not self.headline:  # (plain text, with no headline, may be lines of many stories)
            return place
        # an article that names no place: the body it opens with (`The Riverton Hawks unveiled plans`), not a source
        return next(
            (n for n in self.names if " " in n and self.body.startswith((f"{n} ", f"The {n} ")) and not _data_source(n, self.body)),
            None,
        )

    @cached_property
    def _main_country(self) -> tuple[str, float] | None:
        """The country named most (by weight), of those named at least twice, and its weight."""
        weights, mentions = self.countries
        named = [kv for kv in weights.items() if mentions[kv[0]] >= 2]
        return max(named, key=lambda kv: kv[1]) if named else None

    def place(self) -> str | None:
        """The place the article is mostly about, whatever organisation it names most: the economy whose
        readings it gives (`the official non-manufacturing PMI`) in an article that quotes a firm's economist."""
        country = self._main_country
        if country is None and _WORLD_HEADLINE.search(self._own_headline.lower()):
            return "world"  # `Tuberculosis Again World’s Top Infectious Killer`: countries named once are examples
        # an article that names no place is of its outlet's country (`the per capita disposable income of urban residents`)
        place = country[0] if country else self._paragraph_topic() or self._headline_country() or self._sole_country()
        return (self._city_in(place) or place) if place else self.home

    @cached_property
    def _own_headline(self) -> str:
        """The headline without the outlets it credits (`Global Times: ...` is no global story)."""
        headline = self.headline
        for outlet in self.outlets:
            headline = headline.replace(outlet, "")
        return headline

    def _city_in(self, province: str) -> str | None:
        """The one city the body names as in ``province`` (`a town in Xiangyang City, Hubei Province`): the
        place the article is about, more closely than its province."""
        if province not in _CHINESE_PROVINCES:
            return None
        cities = {
            m["city"] or m["named"] or m["owned"] or m["bare"]
            for m in _CITY_IN_PROVINCE.finditer(self.body)
            if province in (m["province"], m["in"], m["owner"], m["of"]) and (m["bare"] is None or m["bare"] in _CITIES)
        }
        return cities.pop() if len(cities) == 1 else None

    @property
    def home(self) -> str | None:
        """The country of a national outlet reporting the article: `the country` in Xinhua's text is China."""
        return next((_OUTLET_HOMES[o] for o in self.outlets if o in _OUTLET_HOMES), None)

    def _sole_country(self) -> str | None:
        """The one country an article names, if only once (`China still imported 158 million tons`), perhaps
        beside its own provinces and cities (`local governments in China` and then Hegang, Guizhou, Hubei):
        plain text, which may be unrelated lines, has no headline and no such topic."""
        weights, mentions = self.countries
        if not self.headline or not sum(mentions.values()):
            return None
        if len(weights) == 1:
            return next(iter(weights))
        return "China" if "China" in weights and all(c == "China" or c in _CHINESE_PLACES for c in weights) else None

    def _headline_country(self) -> str | None:
        """The country the headline names first, not as a trade partner: what the article is about when
        the body names none (`China’s Youth Unemployment Rate Rises`)."""
        found = [c for s, _, c in _find_countries(self.headline, self.body) if not _is_partner(self.headline, s)]
        if found and found[0] in _SEATS and found[0] not in self.body:
            return _SEATS[found[0]]  # `Beijing's Key Economic Targets for 2025` over a body that names no place: China's
        return found[0] if found else None

    def _paragraph_topic(self) -> str | None:
        """The last country the current paragraph names (a name there may be the source quoted), not
        as the other side of a trade (`imports from China`); none if a sentence before compares several (`Spain had
        the highest jobless rate at 11.2%, while Germany’s stood at 3.4%. Youth unemployment rose`): they were
        examples, not the topic."""
        for at, text in enumerate(reversed(self.paragraph)):
            # nor as who did something to it: `the national security law imposed by Beijing`
            found = [
                c
                for s, e, c in _find_countries(text)
                if not _is_partner(text, s)
                and not text.endswith("by ", 0, s)
                and not text.startswith(" customs", e)  # `Haikou customs said`: the source's city, not the topic
            ]
            if found:
                return found[-1] if at == 0 or len(set(found)) == 1 else None
        return None


_BODY = re.compile(r"Commission|Agency|Council|Ministry|Service|Bureau|Office|Department|Administration")
_SUB_AGENCY = re.compile(r"\b(?:Bureau|Office|Department|Division|Administration|Center|Centre|Brigade|Team)$")
_OWNING_AGENCY = re.compile(
    r"(?P<owner>(?:Ministry|Commission|Administration|Department|State\s+Council)(?:\s+(?:of|for|and|[A-Z][\w-]*))*)"
    r"['’]s\s+$"
)


_NAMED_SERIES = re.compile(r"\s+(?:(?:interest|policy|benchmark|lending|overnight)\s+)?(?:rates?|index|yields?)\b")


@lru_cache(maxsize=256)
def _data_source(name: str, body: str) -> bool:
    """Whether an article gives ``name``'s data: an agency that is its source, not its topic."""
    return is_agency(name) and re.search(rf"{_DATA_FROM.pattern}{re.escape(name)}", body) is not None


_DESCRIBED_ENDS = ("-based", "-owned", "-run", "-backed", "-listed", "-born", "-headquartered")


def _names(text: str, headline: str) -> list[str]:
    """Names in ``text``: runs of capitalised words, and single words the headline repeats.

    Not countries, months, quoted titles or document words; `Zhanjiang city` is kept whole.
    A single capitalised word counts only mid-sentence, where capitals mean a name.
    """
    found = []
    in_headline = set(_HEADLINE_WORD.findall(headline))
    for m in _MULTI_NAME.finditer(text):
        if text[m.start() - 1 : m.start()] in _OPENING_QUOTES:
            continue  # a quoted title or slogan
        name = _NAME_LEAD.sub("", m.group(0))
        if name.endswith(_DESCRIBED_ENDS):
            continue  # `a San Francisco-based developer`: where it is from, no name
        owner = _OWNING_AGENCY.search(text, max(0, m.start() - 80), m.start()) if _SUB_AGENCY.search(name) else None
        if owner:  # `the Ministry of Public Security’s Eleventh Bureau`: the ministry's bureau, named as one
            name = f"{owner['owner']} {name}"
        if " " in name or name in in_headline:
            found.append(_named(text, name, m.end()))
    for m in _LONE_NAME.finditer(text) if in_headline else ():
        if m["name"] in in_headline and _after_lower(text, m.start()) and not _NAMED_SERIES.match(text, m.end()):
            found.append(_named(text, m["name"], m.end()))  # not `the Selic interest rate`: what is measured
    # at a sentence start a capital says nothing, but a possessive does (`Nvidia's shares`), and so
    # does an acronym the headline repeats (`BYD sold`)
    found += [name for name in _opening_possessives(text) if name in in_headline]
    acronyms = {w for w in in_headline if w.isupper()}
    found += [m["name"] for m in _OPENING_ACRONYM.finditer(text) if m["name"] in acronyms] if acronyms else []
    # ... and so does one an aside describes: `Lumora, a San Francisco-based developer of AI coding tools, has`
    found += [m["name"] for m in _DESCRIBED_OPENING.finditer(text) if m["name"] in in_headline]
    # ... and so does the word both the headline and the body open with: `Xiaomi Delivers ...` / `Xiaomi delivered`
    outlet = _OUTLET_PREFIX.match(headline)
    lead = _LEADING_WORD.match(headline, outlet.end() if outlet else 0)  # after `Nikkei Asia: `
    word = lead[1] if lead else ""
    opened = _OPENED_BY.match(text, len(word)) if word and text.startswith(word) else None
    if (
        opened  # `Foxconn’s Fourth-Quarter Revenue Falls` / `Foxconn, the world’s largest ...`
        and word.lower() not in _OPENING_WORDS
        and not _COMMON_WORD.fullmatch(word)
        # `Floods in Brazil Leave Dozens Dead` / `Floods in Brazil’s south`; but `Infosys raised its`: one thing
        and not (_PLURAL_WORD.fullmatch(word) and not _VERB_THEN_ITS.match(text, len(word)))
        and word.lower() not in text  # `Foreign direct investment`: `foreign-invested` shows it is a common word
        and not _PRICES_AFTER.match(text, len(word))  # `Pork Prices Climb` / `Pork prices in China rose`: a good's
    ):
        found.append(word)
    # `Shares of Nvidia`, `Sales of BYD`: a series of a name, the name
    found = [n.partition(" of ")[2] if n and n.partition(" ")[0].lower() in _MEASURE and " of " in n else n for n in found]
    # `the India-based Tibetan Centre for Human Rights`: the name, not where it is based
    found = [_BASED_EPITHET.sub("", n) if n and "-" in n else n for n in found]
    # an article repeats its names, so each distinct one is judged once
    kept = {
        n
        for n in set(found)
        if n
        and not (_country(n) or _CALENDAR.match(n) or _is_document(n) or n.lower() in _MEASURE or names_holiday(n))
        and not _DISEASE.fullmatch(n)
        and not _HAZARD_NAME.match(n)  # `Typhoon Gaemi`: what struck, not whom the figures are about
        and not _STOCK_INDEX.search(n)  # `the Hang Seng Index` is what a figure measures, not whom it is about
        and not (" and " in n and all(_country(part) for part in n.split(" and ")))  # `Hungary and Turkey`
        and not n.endswith((" Day", " Festival"))  # `the Singles Day shopping festival`: a time, not whom
        and n not in _FEASTS  # `its best Christmas on record`: a season
        and not _FULL_YEAR.match(n)  # `Full-year Pilbara shipments`: a time and a region's shipments
        and n not in ("Article", "Section", "Clause", "Chapter", "Paragraph")  # `known as Article 23`: a law's part
    }
    return [n for n in found if n in kept]


def _initials(name: str) -> str:
    """`TSMC` for the company `Taiwan Semiconductor Manufacturing Co`; nothing for a name of fewer than three
    words, nor for an agency's (a source the headline names, `WHO`, is not what the article is about)."""
    words = name.split()
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) >= 3 and words[-1] in COMPANY_ENDS else ""


# a company's full name and the short one the article goes on with: `China Petroleum & Chemical Corp (Sinopec)`
_GIVEN_SHORT = re.compile(rf"(?P<name>{_MULTI_NAME.pattern})\s+\((?P<short>[A-Z][a-z]+[A-Za-z]*)\)")
_DESCRIBED_COMPANY = re.compile(
    r"(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){1,4}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?"
    rf"(?:{'|'.join(sorted(COMPANY_WORDS))})\b"
)


def _full_names(names: Iterable[str]) -> dict[str, str]:
    """One-word names and the one company name each is short for: `Evergrande` for `China Evergrande
    Group`, which an article names in full once and then by its short form; and an agency's bureau by
    the name it has under its ministry."""
    companies: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and words[-1] in COMPANY_ENDS:
            for word in words[:-1]:
                companies.setdefault(word, []).append(name)
    # a place is no short name: `Shenzhen` is the city, not `Shenzhen Metro Group`
    full = {w: found[0] for w, found in companies.items() if len(found) == 1 and not _country(w)}
    for short in names:  # `the Eleventh Bureau`, after `the Ministry of Public Security’s Eleventh Bureau`
        if _SUB_AGENCY.search(short) and " " in short:
            longer = [n for n in names if n.endswith(f" {short}")]
            if len(longer) == 1:
                full[short] = longer[0]
    return full


_PERSONAL_PRONOUNS = frozenset(("he", "she", "his", "her"))


_NO_APOSTROPHES = str.maketrans("", "", "’'")


def _looks_personal(name: str) -> bool:
    """Two or three capitalised words that name no company, body or place: `Li Heping`, `Michael O’Leary`."""
    words = name.split()
    return (
        1 < len(words) < 4
        and all(w.translate(_NO_APOSTROPHES).isalpha() and w.istitle() for w in words)
        and not is_body(name)
        and not any(_country(w) or w in _CHINESE_PLACES for w in words)
    )


def _short_names_of_people(names: Iterable[str]) -> dict[str, str]:
    """The one two-word name each word of it stands for alone: `Yang` for `Yang Maodong`, `Tai` for
    `Benny Tai`; the first or last word of a three-word one (`Hui` for `Hui Ka Yan`). Only to complete an
    entity: a short name is not counted with the full one."""
    found: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) in (2, 3) and _looks_personal(name):
            for word in {words[0], words[-1]}:
                found.setdefault(word, []).append(name)
    return {word: names[0] for word, names in found.items() if len(names) == 1}


def _opening_possessives(text: str) -> Iterator[str]:
    """Capitalised words that open a sentence as possessors: `Nvidia` in `. Nvidia's shares rose`.

    Found from each `'s` backwards: a pattern tried at every position of the article costs more.
    """
    for mark in ("’s ", "'s "):
        at = text.find(mark)
        while at >= 0:
            start = at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
                start -= 1
            opening = start == 0 or text[start - 1] == "\n" or text[start - 2 : start - 1] in _SENTENCE_ENDS
            if opening and _POSSESSOR_WORD.fullmatch(text, start, at):
                yield text[start:at]
            at = text.find(mark, at + 3)


def _named(text: str, name: str, end: int) -> str:
    place = _PLACE_WORD.match(text, end)
    return f"{name} {place[1].capitalize()}" if place else name


def _series(low: str) -> dict[str, str]:
    """Counted things lower-case text names as a series: `{"marriage": "marriage registrations"}`."""
    found: dict[str, str] = {}
    for noun in _SERIES_NOUNS:
        at = low.find(noun)
        while at >= 0:
            end = at + len(noun)
            item = _WORD_BEFORE.search(low, max(0, at - 30), at)
            if item and not low[end : end + 1].isalpha():
                found.setdefault(item[1], f"{item[1]} {noun}")
            at = low.find(noun, end)
    return found


_BETWEEN_AND = re.compile(r"\bbetween\s+[^,;()]{1,60}?\s+and\s")


def _clause_start(text: str) -> int:
    """Offset where the clause ending at the end of ``text`` begins."""
    masked = _ACRONYM_PAREN.sub(lambda m: "_" * len(m.group(0)), text) if "(" in text else text
    if "between " in masked:  # `Trade between China and the Association of Southeast Asian Nations`: one subject
        masked = _BETWEEN_AND.sub(lambda m: m.group(0)[:-4] + "____", masked)
    last = 0
    for m in _CLAUSE_BREAK.finditer(masked):
        last = m.end()
    return last


_BULLETS = frozenset("–—•*·-")
_ITEM_MARK = re.compile(r"^[–—•*·-]\s+")


def _window(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The text a figure's rules read on either side of it; `by a total of` reads as the `by` it means."""
    before = sentence[max(0, start - _WINDOW) : start]
    if start <= _WINDOW and before[:1] in _BULLETS:  # `- Equities returned 12.5 percent`: the item's own words
        before = _ITEM_MARK.sub("", before)
    if before.endswith((" of ", " cumulative ", " combined ")):
        before = _BY_A_TOTAL.sub("by ", before)  # `raised its rate by a total of 750 basis points`
    return before, sentence[end : end + _WINDOW]


def _unqualified(before: str) -> str:
    """All of ``before`` with the qualifiers next to the number peeled off (`estimated the losses at more than`)."""
    return before[: max(0, len(before) - _NEAR)] + _peel(before)


@lru_cache(maxsize=1024)
def _peel(before: str) -> str:
    """The text before a number without the qualifiers next to it (`increased by about` -> `increased by`).

    End-anchored patterns then need no qualifier loop, which keeps them cheap.
    """
    text = before[-_NEAR:].rstrip()
    while text:
        head, _, last = text.rpartition(" ")
        last = last.lower().lstrip("“\"‘")  # `growth of "around 5%"`: an opening quote
        if not last or last in _QUAL_SINGLE or "-than-" in last:  # `rose a better-than-expected 5%`
            text = head.rstrip()
            continue
        low = text.lower()
        phrase = (
            next((p for p in _QUAL_PHRASES if low.endswith(" " + p) or low == p), None)
            if last in _QUAL_PHRASE_ENDS
            else None
        )
        if phrase is None:
            break
        text = text[: len(text) - len(phrase)].rstrip()
    return text


# a change that is itself the goal: `aims to cut emissions by 30%` (a forecast of one stays a change)
_PLANNED_CHANGE = re.compile(
    r"\b(?:(?:aims?|aiming|plans?|planning|intends?|seeks?|pledged?|vowed?|promised?|hopes?|wants?|targets?|"
    r"committed)|(?:ordered|told|asked|required|urged|forced)\s+(?:[\w\-]+\s+){1,3}?"  # `ordered factories to cut`
    r"|(?:agreed|agrees|decided|decides|voted|votes)(?:\s+on\s+[A-Z][a-z]+)?)"  # `OPEC+ agreed on Sunday to raise`
    r"\s*to\s+(?:cut|reduce|raise|increase|lower|boost|grow|double|halve|lift|expand|slash|trim)\b"
    r"[^.;]*$"
    # `is seeking a pay rise of 10.5 percent`, `has offered a rise of 1 percent`: a change asked for or offered
    rf"|\b{_ASKING}\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_MOVES_ASKED}\s+of\s+$"
    r"|\b(?:will|shall|must)\s+(?:\w+ly\s+)?(?:cut|reduce|raise|increase|lower|boost|grow|double|halve|lift|expand|slash|trim|rise|"
    r"fall|drop|decline)\b[^.;,]*$"  # `will increase its defense budget by 7.2 percent`: a plan or a forecast
    # `The offer would have raised wages by 35 percent`: a change proposed, not made
    r"|\bwould\s+have\s+(?:raised|cut|reduced|increased|lowered|boosted|lifted|expanded|trimmed|doubled)\b[^.;,]*$"
    # `will be raised from 2,490 yuan to 2,590 yuan starting July 1, an increase of 4 percent`: the planned raise, restated
    r"|\b(?:will|shall)\s+be\s+(?:raised|cut|increased|reduced|lowered|lifted)\b[^.;]*,\s+an?\s+"
    r"(?:increase|rise|cut|reduction|decrease|hike|drop)\s+of\s+$",
    re.IGNORECASE,
)
# the words of a multiple before what it multiplies: `more than double the 830 it logged a year earlier`
MULTIPLE_WORDS = ("double", "triple", "twice", "thrice", "half")
_MULTIPLE_THE = tuple(f"{word} the " for word in MULTIPLE_WORDS)
_UNIT_ACRONYM = re.compile(r"\s+\([A-Za-z²³/]{1,6}\)")
_FOLLOWING_MOVE = re.compile(r",\s+(?:following|after)\s+(?:a|an)\s+$")
_BARE_MOVE = re.compile(r"(?:,|\band)\s+(?:up|down)\s+$")
_TIMES_NORMAL = re.compile(r"(?i)\s+the\s+(?:normal|usual|average|typical|pre-pandemic)\s+(?:level|amount|number|rate)")
# a multiple of the same series some time before: `nearly three times as many as a year earlier`
TIMES_BEFORE = re.compile(
    # `more than 10 times the number a year earlier`: the same series then
    r"(?i)\s+(?:as\s+(?:many|much|high|large|big)\s+as|(?:more|higher|larger|bigger)\s+than|(?:the|its|their)\s+(?:(?:daily|weekly|monthly|annual|yearly)\s+)?(?:number|level|amount|total|figure|average|valuation|value)"
    r"(?:\s+(?:of|in|for)\s+[\w\s]{1,20}?|(?:\s+(?!(?:in|during|of|for)\b)[a-z]+){1,2})?)\s+(?:in\s+|during\s+|of\s+)?"  # `the amount spent in 2023`
    r"(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:year|month|quarter|period)\s+before|last\s+year|"
    r"the\s+same\s+(?:period|time|month|quarter)|(?:19|20)\d\d\b|(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:the\s+year|(?:19|20)\d\d)"
    rf"|(?:{_MONTH_WORDS})\b)"  # `more than triple its valuation in March`
    r"|\s+(?:its|their|the)\s+(?:19|20)\d\d\s+(?:total|level|figure|number|amount)\b"  # `four times its 2022 total`
    r"|\s+the\s+(?:previous|prior|preceding)\s+(?:year|month|quarter|period)['’]s\b"  # `four times the previous year’s`
    # `more than four times the 1.6 million recorded in 2023`: the figure of the same series then
    r"|\s+the\s+[$€£¥]?\d[\d.,]*(?:\s+(?:thousand|million|billion))?(?:\s+[a-z]+){0,3}?\s+(?:in\s+|of\s+|during\s+)?"
    r"(?:(?:19|20)\d\d\b|a\s+year\s+(?:earlier|ago|before)|last\s+year)"
)
# where a length above or below is measured from, which makes it a position, not a difference
_DATUM = re.compile(r"(?i)\s+(?:the\s+)?(?:surface|sea\s+level|ground|seabed|sea\s+floor|seafloor|water\s+line|equator|earth)\b")


# a forecast a reading is measured against: `beating the government’s estimate of 7.6 percent`
_MEASURED_AGAINST = re.compile(
    r"\b(?:beat|beating|beats|missed|missing|misses|exceed(?:ed|ing|s)?|topp(?:ed|ing)|above|below|short\s+of|than|with"
    r"|ahead\s+of|behind)"
    r"\s+(?:[\w’'\-]+\s+){0,4}?(?:estimates?|expectations?|projections?|forecasts?|consensus)\s+(?:of|for)$"
)  # (`beating a forecast for 3.8% growth`)


def _measured_against(low: str) -> bool:
    """Whether lower-cased text before a figure (peeled) names a forecast a reading is measured against."""
    return low.endswith((" of", " for")) and _MEASURED_AGAINST.search(low) is not None


def measured_against(before: str) -> bool:
    """Whether the text before a figure names it a forecast a reading is measured against (`beating estimates
    of`), which is of the reading's time."""
    return _measured_against(_peel(before).lower())


_LISTING = re.compile(r"^(?:including|such\s+as|like)\s+")
_BY_A_TOTAL = re.compile(r"\bby\s+a\s+(?:total|combined|cumulative)(?:\s+of)?\s+$")  # `by a cumulative 900 basis points`
_AFTER_REPORTING = re.compile(r"\bafter\s+(?:reporting|posting|it\s+reported|it\s+posted|recording)\b[^,;]{0,60}$")
_VOTE_AFTER = re.compile(
    r"\s+(?P<side>against|in\s+favou?r\s+of|for)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w’'-]+['’]s\s+)?"
    r"(?P<x>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
)
_EXPECTED_LIFE = re.compile(r"\bexpect(?:s|ed)?\s+to\s+live$", re.IGNORECASE)
_IN_VALUE = re.compile(r"\s+(?:in|of|from)\s+(?:its\s+|their\s+)?(?:stock\s+|market\s+)?(?:value|capitali[sz]ation)\b")


_MOVED_OWN = re.compile(r"\b(?:cut|cuts|raise|raises|lower|lowers|hike|hikes|lift|lifts|keep|keeps|hold|holds)\s+(?:its|their)\s+$")
_RATE_NAMED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}rate\b")


def rate_as_it_stands(sentence: str, start: int, end: int) -> bool:
    """Whether a rate is named as it stands by what is (to be) done to it: `would cut its 4.35% cash rate in
    February` (the time is the cut's)."""
    return _MOVED_OWN.search(sentence, max(0, start - 20), start) is not None and _RATE_NAMED_AFTER.match(sentence, end) is not None


_INFLATION_AT = re.compile(r"\binflation(?:\s+rate)?\s+(?:[a-z]+\s+){0,3}(?:to|at|was|of|is)$")
_YEAR_ON_YEAR_AFTER = re.compile(r"\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago))\b")
# `six more overseas activists`, `3,000 more troops`: so many others, not a difference from a base
_MORE_OF_THEM = re.compile(r"\s+(?:more|fewer)\s+(?!and\b|or\b)(?![^.,;]{0,40}\bthan\b)[a-z]")


# `, of which nursing beds will account for at least`: a part's share of what was just counted
_SHARE_OF_WHICH = re.compile(
    r",\s+of\s+which\s+(?P<part>(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?:will\s+|would\s+|must\s+)?"
    r"(?:account(?:s|ed)?\s+for|make\s+up|makes\s+up|made\s+up|represent(?:s|ed)?)\s+(?:[a-z]+\s+){0,2}$"
)
_OF_NEXT = re.compile(r"\s+of\b")
_OF_WHOM = re.compile(r",\s+of\s+whom$")
_CAME_FROM = re.compile(r"\s+(?:came|come|were|are)\s+from\s+(?:the\s+)?(?P<x>[^,.;]+?)(?=[,.;]|\s+(?:and|while)\b|$)")
# `a quarter of its 2012 peak`, `88 percent of the 2019 level`, `79 per cent of the level of 2019`: a share of the
# series' own yardstick, and the year it is of
_OF_PLACES_FIGURE = re.compile(r"\s+of\s+(?P<place>[A-Z][\w ]*?)[’']s\s+\S*\d")  # `a third of Shanghai's 42,988 yuan`
_OF_YARDSTICK = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<mark>levels?|peak|high)\b"
    r"(?:\s+(?:of|in)\s+(?P<then>(?:19|20)\d\d)\b)?"
)


def _of_a_level(after: str) -> bool:
    """Whether a percentage is a share of a level or peak of a named year: a level itself, whatever moved before."""
    m = _OF_YARDSTICK.match(after)
    return m is not None and m["mark"] != "high" and (m["year"] or m["then"]) is not None


# a change that restates the figure of the clause before it: `would range between $61 billion and $63.5 billion,
# representing annual growth of 17.6 to 22.4 percent`
_RESTATING = re.compile(r"\s*(?:representing|implying|equivalent\s+to|which\s+would\s+(?:be|represent|mean))\b")


def _forecast_clause(scope: str) -> str:
    """The clause a change's forecast verb must be in: its own, and the one before if it only restates that one's
    figure."""
    clauses = scope.rsplit(",", 2)
    return "".join(clauses[-2:]) if len(clauses) > 1 and _RESTATING.match(clauses[-1]) else clauses[-1]


def kind_of(sentence: str, start: int, end: int, unit: str) -> str:
    """`change`, `target` or `level` for the quantity at ``sentence[start:end]``.

    An explicit change (`increased by`, `an 80% drop`, `year-on-year`) beats a
    forecast around it (`expected to reach 16 bn, a 2.3-fold increase`), unless the
    change is what is planned (`aims to cut emissions by 30%`); a bare comparison
    (`may be four percent less`) does not.

    >>> kind_of("Revenue increased by 58 percent.", 21, 31, "percent")
    'change'
    """
    before, after = _window(sentence, start, end)
    near = _peel(before)
    low = near.lower()
    last_word = low[len(low.rstrip(ascii_lowercase)) :]
    if unit == "times" and _MULTIPLIED.fullmatch(sentence, start, end):  # `doubled`, `more than triple the`
        planned = _TARGET.search(_plan_scope(before)) or _MODAL_END.search(before)  # `Profits could double`
        return "target" if planned else "change"
    if unit_family(unit) == "length" and _DIMENSION_AFTER.match(after):
        return "level"  # `The slide was about 300 meters wide`: a size, whatever the subject's word
    if unit_family(unit) == "time" and _IN_A_ROW.match(after):
        return "level"  # `the economy shrank two years in a row`: how long a streak ran, not how much it moved
    if unit == "year" and low.endswith(" live") and _EXPECTED_LIFE.search(low):
        return "level"  # `Women can expect to live 81.1 years`: a life expectancy, no forecast
    if unit in ("percent", "times") and (ratio := _RATIO.match(after)) and _RISK.match(ratio["x"]):
        return "level"  # `a 10 percent higher risk of dying early`: a relative risk, as `1.43 times higher` is
    if unit == "percent" and _of_a_level(after) and not _WOULD_BE.search(near):
        return "level"  # `, or about 79 per cent of the level of 2019`: a share of a yardstick, not the move before
        # (`which would be about 85 per cent of the 2019 level`: a forecast's share, a target)
    if unit == "percent" and _ANSWERED.match(after):
        return "level"  # `Among those who plan to have children, 72 percent said they want only one`: an answer given
    if _AFTER_REPORTING.search(before):
        return "level"  # `will cut 15,000 jobs, ... after reporting a second-quarter loss of $1.6 billion`: a result
    if unit == "percent" and rate_as_it_stands(sentence, start, end):
        return "level"  # `would cut its 4.35% cash rate in February`: the rate as it stands, whatever is done to it
    if unit in CURRENCY_CODES and last_word in _LOSS_VERBS and not _IN_VALUE.match(after) and not _TO_A_FIGURE.match(after):
        # `The company lost $5 billion last year`: a loss, the result of a time, not a fall from one (as `crude
        # lost $1.63 to $66.48` is)
        return "target" if _TARGET.search(_plan_scope(before)) else "level"
    if unit == "percent" and _INFLATION_AT.search(low) and _YEAR_ON_YEAR_AFTER.match(after):
        return "level"  # `inflation slowed to 4.1% year on year`: an inflation rate, measured on a year before
    reached = before.endswith((" as high as ", " as low as ", " as far as "))  # `rose as high as $12,931 a ton`: a level reached
    if not reached and not _money_result(near, unit) and not low.endswith(_PUT_DOWN) and (
        last_word in _CHANGE_BEFORE_ENDS
        and (_CHANGE_BEFORE.search(low) or last_word == "by" and _MOVED_BY.search(low))
        or _change_after(after, unit)
        or near[near.rfind(" ") + 1 :] in HEADLINE_MOVES
        or unit in ("percent", "index")
        and last_word in _PERCENT_MOVED
        or low.endswith(_CHANGE_SUBJECT_ENDS)
        and _CHANGE_SUBJECT.search(near[_clause_start(near) :].lower())
        or low.endswith(("out", "off", "erased", "erasing")) and _WIPED_OUT.search(low)
        or ("saw" in low or "see" in low) and _SAW_MOVE.search(low)  # a search of every position: only if it can match
        or last_word == "to" and _PARED_TO.search(low)  # `before paring gains to 8%`: the move it ended with
        or _value_moved(near, after, unit)
        or unit == "percent" and _PACE_AFTER.match(after) and _MOVED_AT.search(low)
    ):
        # a forecast verb in the figure's own clause: `is expected to reach X, a 2.3-fold increase` restates X
        planned = _PLANNED_CHANGE.search(before) or _FORECAST_CHANGE.search(_forecast_clause(_scope(before).lower()))
        # `the 1.5 percent drop economists had forecast`, `the 200-basis-point reduction forecast by economists`
        forecast = FORECASTERS_AFTER.match(after) or FORECAST_BY.match(after)
        return "target" if planned or forecast or _listed_target(sentence, start) else "change"
    if near.endswith(",") and _COMPARATIVE.match(after) and _COMPARED_WITH.match(after):
        # `are expected to graduate this year, 210,000 more than in 2023`: how much the forecast is above a year's
        return "change"
    if (
        _TARGET.search(_plan_scope(before))
        or TARGET_AFTER.match(after)
        or _NEEDED_AFTER.match(after)
        or ("need" in low or "requir" in low) and _NEEDED_BEFORE.search(low)
        or _listed_target(sentence, start)
        or _measured_against(low)
        or low.endswith("take") and _WILL_TAKE.search(low)  # `it may take two to three years`: a forecast
        # `ordered each township police station to recruit at least five`; not how long the order lasts
        or unit_family(unit) != "time" and "order" in low and _ORDERED_TO.search(_scope(before).lower())
    ):
        return "target"
    if (
        any(w in after[:70] for w in _WILL_WORDS)
        and (_OPENS_CLAUSE.search(near) or near.lower().endswith("a total of"))  # `A total of 2,000 positions are`
        and _WILL_AFTER.match(after)
    ):
        return "target"  # the figure is the subject of what will be: `Some 5,000 jobs will be cut`
    comparative = _COMPARATIVE.match(after) if unit != "times" and not _MORE_OF_THEM.match(after) else None
    if comparative and not (
        comparative[1].lower() in ("above", "below")
        and unit_family(unit) == "length"
        and _DATUM.match(after, comparative.end())
    ):
        return "change"  # `5 meters below the average`; but `10 km below the surface` is where, not how much more
    if unit == "times" and TIMES_BEFORE.match(after):
        return "change"
    return "level"


_SPENT_GOAL = re.compile(r"\b(?i:target|goal|quota|forecast)\s+of\s+[^,;]*?\d[^,;]*,")


_GIVEN_TO_NAME = re.compile(r"\b(?:pledged|promised|committed)\s+to\s+(?=(?:the\s+)?[A-Z])")


def _plan_scope(before: str) -> str:
    """The lower-cased scope a plan's words are looked for in; `investment pledged to Vietnam` (pledges made, and
    counted) is no `pledged to` act."""
    scope = _scope(before)
    return (_GIVEN_TO_NAME.sub("given to ", scope) if " to " in scope else scope).lower()


def _scope(before: str) -> str:
    """The clause of ``before`` that the figure is in: what follows its last `;`, `while` or `but`,
    without an appositive (`The fertility rate, the number of children a woman is expected to have,`)."""
    cut = 0
    for m in _CLAUSE_RESET.finditer(before):
        cut = m.end()
    scope = before[cut:]
    if "," in scope:
        scope = _SPENT_GOAL.sub(" ", scope)  # `double the target of 0.9 minutes, and 34% of flights`: that goal's
    return _APPOSITIVE.sub(" ", scope) if scope.count(",") >= 2 else scope


def lists_targets(lead_in: str) -> bool:
    """Whether a line that opens a list names what follows as goals: `Its main targets for 2024:`."""
    return _TARGET_LIST.search(lead_in) is not None


def _listed_target(sentence: str, start: int) -> bool:
    """The figure is in a list of goals: `the indicators include: expanding at least 50 channels; ...`."""
    colon = sentence.rfind(": ", 0, start)
    return colon >= 0 and _TARGET_LIST.search(sentence, max(0, colon - 120), colon) is not None


def _change_after(after: str, unit: str) -> bool:
    """A change noun or `year-on-year` follows: `an 80% drop`; `11 rebounds` counts events instead."""
    m = _CHANGE_AFTER.match(after)
    return m is not None and not (
        unit == "count" and m[0].endswith("s") and not m[0].endswith("ss")
        or unit in CURRENCY_CODES and m[0].lstrip().startswith(("loss", "expansion"))  # `posted a £1.5bn loss`: a
    )  # result; `ramped up a $48 billion expansion`: what a project costs


def _value_moved(near: str, after: str, unit: str) -> re.Match[str] | None:
    """The worth a sum is added to or taken off (`adding $40 billion to its market value`), if it is one."""
    if unit not in CURRENCY_CODES or not _VALUE_MOVER.search(near.lower()):
        return None
    return _VALUE_MOVED.match(after)


def _money_result(before: str, unit: str) -> bool:
    """`a net loss of ¥3.1 billion`: a loss or gain in money is the level of a result, not a decline."""
    return len(unit) == 3 and unit.isupper() and bool(_RESULT.search(before.lower()))


def point_change(unit: str, kind: str, metric: str | None, previous_unit: str | None) -> str:
    """`percentage_point` for a change between two readings given in percent (GUIDELINES decision 5).

    A change of an index, rate or share, or one stated right after a percent
    reading in the same sentence, is a difference of readings; a change of
    revenue or exports in percent stays a relative change.
    """
    if unit != "percent" or kind != "change" or previous_unit == "index":
        return unit  # `closed at 40,168.07, up 0.8%`: a change of a level in points is relative
    words = (metric or "").split()
    if words[-1:] == ["growth"]:
        return unit  # `around 5 percent, after growth of 3.5 percent`: a growth rate is relative itself
    # `the production index is 0.5% below`; a bare `The index rose 0.3%` is any index, most often a price's
    if words and words[-1] in _READING_HEADS and words != ["index"] and not _POINT_INDEX.search(metric or ""):
        return "percentage_point"
    # right after a percent reading, a change of it; not of a series named that is no reading (`Advertising
    # revenue, which accounts for 87 percent of the total, fell 3 percent`)
    named = words and not _RESULT_HEADS.isdisjoint(words)
    return "percentage_point" if previous_unit == "percent" and not named else unit


def _acronym(np: str) -> tuple[str, tuple[str, ...]]:
    """Collapse `purchasing managers index (PMI)` into `PMI`; the long forms become aliases."""
    m = _ABBR.search(np)
    if not m:
        return np, ()
    abbr = m.group(1)
    words = np[: m.start()].split()
    rest = np[m.end() :]
    for k in range(len(words), 0, -1):
        tail = words[-k:]
        if "".join(w[0] for w in tail).upper() == abbr.upper():
            head = " ".join(words[:-k])
            long_form = " ".join(tail)
            return f"{head} {abbr}{rest}".strip(), (long_form, abbr, f"{head} {long_form}".strip())
    return np[: m.start()] + rest, (abbr,)


_JOINING = frozenset({"and", "or", "but", "while", "whereas", "as", "with", "where"})  # `where new home sales fell`
_DANGLING = _JOINING | {"of", "in", "on", "at", "for", "by", "to", "from", "up", "than", "among", "with", "over", "across", "throughout", "back"}


# determiners, and where a series is counted (`the sown area of grain nationwide`), which is its entity's
_NOT_IN_METRICS = frozenset("the a an its their his her whose this these nationwide worldwide globally".split())


_GRADES = frozenset(("grade", "class", "type", "tier", "category"))


_A_FIGURE = r"(?:(?:[A-Z]{1,3})?[$€£¥₹]|\d[\d.,]*\s*(?:%|percent|per\s+cent|billion|million|trillion))"
_TO_A_FIGURE = re.compile(rf"\s+to\s+{_A_FIGURE}")
# `a 54.2 percent rise in net profit to NT$325.3 billion`; `70 percent of the world's mined rare earths and around 90
# percent of processed output`: where the next figure's words begin
_NEXT_FIGURE = re.compile(
    rf"\s+to\s+{_A_FIGURE}|\s+and\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than)\s+)?{_A_FIGURE}"
)
_DEICTIC_UNITS = ("year", "month", "quarter", "week")
_DEICTIC_END = re.compile(r"\s+(?:this|last|next)\s+(?:year|month|quarter|week)$", re.IGNORECASE)
_TIME_SPANS = frozenset("week month quarter half year period full whole entire".split())


def _normalize(np: str | None) -> str | None:
    """A metric name: lower case, no determiners, quotes or stray punctuation, at most 10 words."""
    if not np:
        return None
    if " to " in np or " and " in np:
        np = _NEXT_FIGURE.split(np, 1)[0]
    if np.endswith(_DEICTIC_UNITS):
        np = _DEICTIC_END.sub("", np)  # `said they planned to cut staff this year`
    np = _PUNCT.sub(" ", _APOSTROPHE_S.sub("", _QUOTES.sub(" ", np))).lower()
    split = [w for w in np.split() if w.strip("-–")]  # (`its July-September operating profit`, its months cut)
    # (`Grade A offices`: a grade's letter is no article)
    words = [w for i, w in enumerate(split) if w not in _NOT_IN_METRICS or w == "a" and i and split[i - 1] in _GRADES]
    while words and (
        words[0] in _JOINING
        or words[0] in ("record", "official") and len(words) > 1
        or words[0] in ("key", "benchmark") and len(words) > 2 and words[-1] in ("rate", "rates")
    ):
        # `, and operating profit rose to`; `a record defense budget of` is the defense budget's; `its key repo rate`
        words.pop(0)
    if len(words) > 1 and words[-1] == "alone" and not words[-2].endswith(("ing", "live", "lives", "lived")):
        words.pop()  # `December sales alone fell`; not `people living alone`
    if len(words) > 2 and words[-2:] == ["so", "far"]:
        del words[-2:]  # `251.3 billion yuan of sales so far this year`: the time, cut off
    if len(words) > 2 and words[-2] in ("for", "in", "during", "over") and words[-1] in _TIME_SPANS:
        del words[-2:]  # `Global vehicle sales for the quarter fell`: the figure's time (`growth for the full`
        # fiscal year, whose time is cut before)
    if len(words) > 1 and words[-1] in ("made", "handled") and words[-2].endswith("s"):
        words.pop()  # `trips made`, `parcels handled`: the things counted say it
    priced = words.index("of") if words.count("of") == 1 else 0
    priced_thing = words[priced + 1 :] if priced else []
    if (
        words[priced - 1 : priced] in (["price"], ["prices"])
        and words[: priced - 1] in ([], ["average"], ["median"])
        and _DANGLING.isdisjoint(priced_thing)  # not `the price of a COE for smaller cars`
    ):
        # `the average price of new condominiums` is the average new condominium price
        words = [*words[: priced - 1], *_singular(" ".join(words[priced + 1 :])).split(), words[priced - 1]]
    words = _without_dangling(words[:10])  # `apprehended at the border in` (fiscal 2023)
    if not _SCALES.isdisjoint(words) and all(w in _SCALES or w in _MEASURE_WORDS for w in words):
        return None  # `6 trillion yuan ... and 4 trillion yuan will come from`: a figure's own words name no series
    return " ".join(words) or None


def _without_dangling(words: list[str]) -> list[str]:
    """``words`` without the joining words and prepositions a cut-off phrase leaves at its end."""
    if len(words) > 2 and words[-2] in ("and", "or") and words[-1] in ("over", "above", "older", "younger", "under") and words[-3].isdigit():
        return words  # `people aged 60 and over`: an age group, not a cut-off phrase
    end = len(words)
    while end and words[end - 1] in _DANGLING:
        end -= 1
    return words[:end]


@lru_cache(maxsize=4096)
def _untimed(np: str) -> str:
    """``np`` without its time phrases (`for the 2022 fiscal year`, `during the Golden Week`), which name
    a period, not a series."""
    if names_holiday(np):
        np = _HOLIDAY_TIME.sub(" ", np)
    if np.isascii():  # where lower case is all re.IGNORECASE matches (elsewhere `ſ` is an `s` too)
        low = np.lower()
        if not any(word in low for word in _TIME_WORDS):
            return np  # most phrases, found faster than by the pattern's search
    return _TIME.sub(" ", np)


def _head(np: str) -> str:
    """The head noun of a phrase: its last word before any prepositional phrase."""
    core = _HEAD_CUT.split(f" {_PER_HEAD.sub('', _untimed(np))} ")[0]  # `GDP per capita`: a GDP
    words = _without_dangling(_WORD.findall(core.lower()))  # `gains in July and August` without its times
    return words[-1] if words else ""


def _is_document(np: str) -> bool:
    """`The Report`, `the statistics`: a phrase naming a document or data, not who or what it is about."""
    low = np.lower()  # a cheap test first: most phrases name no document at all
    return any(noun in low for noun in _SOURCE_NOUNS) and _head(np) in _SOURCE_NOUNS


def _is_measure(np: str) -> bool:
    """`exports`, `the jobless rate`, `the S&P 500`: a phrase naming a series, not who it is about."""
    head = _head(np)
    return (
        head in _MEASURE
        or bool(_CHANGE_NOUN_RE.fullmatch(head))
        or bool(_STOCK_INDEX.search(np))
        or bool(_BENCHMARK_CRUDE.search(np))
        or head == "product" and bool(_NATIONAL_PRODUCT.search(np))
    )


_LOWER_NEXT = re.compile(r"\s+[a-z]")
_PLURAL_ONLY = frozenset("goods news earnings savings means series species clothes arms proceeds".split())


def _singular(np: str) -> str:
    """``np`` with its last word in the singular, as a noun that modifies another: `rare earths` -> `rare earth`."""
    head, _, last = np.rpartition(" ")
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")) and last not in _PLURAL_ONLY:
        last = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return f"{head} {last}".strip()


def _is_generic(np: str) -> bool:
    """`the same numbers`, `the drop for August`: a phrase that points back at a series named before."""
    words = [w for w in _LOWER_WORD.findall(_untimed(np).lower()) if w not in _GENERIC_FILLER]
    # a change noun points back (`the drop`), unless it names a series itself (`growth`, `losses`)
    return not words or all(w in _GENERIC or _CHANGE_NOUN_RE.fullmatch(w) and w not in _MEASURE for w in words)


@dataclass
class _Phrase:
    metric: str | None = None
    entity: str | None = None
    aliases: tuple[str, ...] = ()


# `in the European Union` after a series: where it is kept, which makes no name of it
_IN_NAMED_PLACE = re.compile(rf"\s+(?:{_PLACE_PREPOSITIONS})\s+(?:the\s+)?[A-Z][^,;]*$")


def _owned_things(np: str) -> bool:
    """`Spotify's monthly active users`: someone's things in lower case, which move as a series of theirs."""
    owned = _POSSESSOR.match(np.strip())
    return bool(owned and owned["rest"].islower() and not _PREPOSITION.search(owned["rest"]))


def _main_subject(before: str) -> str | None:
    """The subject of the clause before `, with`: `Asia-Pacific carriers` of `Asia-Pacific carriers posted
    the strongest growth, with`."""
    cut = before.rfind(", with ")
    if cut < 0:
        return None
    head = before[:cut]
    words = head[_clause_start(head) :].split()
    verb = next((i for i, word in enumerate(words) if word in _VERBS or word.endswith("ed")), 0)
    while verb and (words[verb - 1] in ("also", "still", "then") or words[verb - 1].endswith("ly")):
        verb -= 1  # `The streaming giant also raised`
    return " ".join(words[:verb]) or None


_STATE_OF_PLACE = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?:[a-z]+\s+)?(?:state|province|prefecture|region)\s+of\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_IN_NUMBERED_GROUP = re.compile(r"\s(?:in|across|among)\s+(?:(?:the|all|its)\s+)?(?!(?:19|20)\d\d\b)\d[\d,]*\s+[A-Za-z]")


_YOUTH_RATE = re.compile(  # (`the urban youth unemployment rate for those aged 16 to 24`: youth once)
    r"\b(?:youth\s+)?(?:jobless|unemployment)\s+rate\s+(?:for|among|of)\s+(?:(?:people|those|workers)\s+)?(?:aged\s+)?"
    r"(?:1[56](?:-|\s+to\s+|-\s+to\s+)24(?:[-\s]year[-\s]olds?)?|youths?|young\s+people)(?:,\s+excluding\s+students)?",
    re.IGNORECASE,
)


_NOUN_AVERAGING = re.compile(
    r"(?<![\w’'-])(?P<x>(?:(?!(?:with|and|or|the|an?|its|their|of|to)\s)(?![a-z]+ed\s)[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+averaging$"
)
_PER_EACH = re.compile(r"\s+(?P<n>[a-z][\w-]*s)\s+(?:for\s+(?:each|every)|per)\s+(?P<per>[a-z][\w-]*)\b")
_BROUGHT_TO = re.compile(
    r"\b(?:brought|brings|bringing|took|takes|taking|pushed|pushes|pushing)\s+(?P<x>(?:the|its|their)\s+[^,;]{1,60}?)"
    # `pushing the unemployment rate down to 6.1%`, `pushing the trade deficit to an all-time high of`
    r"(?:\s+(?:down|up|back|higher|lower))?\s+to(?:\s+(?:a|an)\s+(?:(?:new|fresh|record|all-time)\s+)?(?:high|low|record)\s+of)?$"
)
_PART_RESTATED = re.compile(
    r"\d\s+of\s+(?:the|its|their)\s+(?P<whole>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+or$"
)
_ON_EXCHANGE = re.compile(r"\s+on\s+the\s+(?P<x>(?:[A-Z][\w&]*\s+){1,4}(?:Exchange|Board\s+of\s+Trade))$")


_PLACE_LEFT = re.compile(
    r"\s+(?:of|in)\s+(?:(?:the\s+)?(?:[a-z]+\s+)?(?:province|city|region|county|prefecture|state|municipality)"
    r"|the\s+(?:[a-z]+\s+)?capital)(?:\s+of)?$"
)
_OF_A_COUNT = re.compile(r"\s+of\s+\d[\d,.]*\s+(?!(?:to|and|or|per|percent|million|billion)\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b")


def _split_np(np: str, state: ArticleState, credited: str | None) -> _Phrase:
    """A noun phrase as metric + entity: `Yunnan Energy New Material’s overall production capacity`.

    A possessor becomes the entity unless it is the credited source (`Caixin's
    PMI` stays a metric name); so does a trailing `in <country>` or a country
    used as an adjective (`China Manufacturing PMI`).
    """
    out = _Phrase()
    np = _LEAD_CUT.sub("", np)
    np = _BY_PHRASE.split(np, maxsplit=1)[0]  # `Rainfall brought by the remnants of Typhoon Doksuri`: rainfall
    np = _SPACES.sub(" ", _untimed(_MONTH_POSSESSIVE.sub(" ", np))).strip(" ,")
    np = _NUMBER_OF.sub("", np)
    if " of " in np:  # `the accounts payable of 5,326 listed companies to ...`: whose, by a count of its own
        np = _OF_A_COUNT.sub("", np)
    if "ate " in np:  # `The jobless rate for 16- to 24-year-olds, excluding students`: youth unemployment
        np = _YOUTH_RATE.sub("youth unemployment rate", np)
    euro = _EURO_AREA.match(np.removeprefix("the ")) if "uro" in np[:8] else None
    if euro and np.removeprefix("the ")[euro.end() :].strip():  # `euro zone inflation`: the euro zone's
        out.entity, np = "euro zone", np.removeprefix("the ")[euro.end() :].strip()
    exchange = _ON_EXCHANGE.search(np) if " on the " in np else None
    if exchange:  # `Copper futures on the London Metal Exchange`: the exchange's price of copper
        out.entity, np = exchange["x"], np[: exchange.start()]
    pos = _POSSESSOR.match(np) or _PLURAL_POSSESSOR.match(np)
    if pos and not _PREPOSITION.search(pos["who"]):
        who = _DET.sub("", _JOINED.sub("", pos["who"]))
        if who.islower() and pos["rest"].startswith("share") and not (_COREF.match(who) or _PLACE_COREF.match(who)):
            np = f"{who} {pos['rest']}"  # `and coal's share dropped`: a thing's share, the coal share
        elif credited and who.lower() in credited.lower() and _OWN_GAUGE.search(pos["rest"]):
            np = f"{who} {pos['rest']}"  # `Caixin's PMI` is Caixin's gauge; `BYD's net profit` is BYD's
        else:
            resolved = state.resolve(who)
            # `Britain's economy`: United Kingdom; `Guizhou province's debt`: Guizhou
            out.entity = resolved and (_country(resolved) or _country(_PROVINCE_WORD.sub("", resolved)) or resolved)
            np = pos["rest"]
    elif (traded := _SHARES_OF.fullmatch(np) if "hares " in np else None) and not _country(traded["name"]):
        out.entity, np = traded["name"], "shares"  # `Shares of Nvidia rose`: Nvidia's shares
    elif np[:1].isupper() and " " in np and out.entity is None:
        named = _named_before_measure(np, state) or _city_before(np)
        if named:  # `Apple shares rose` in an article about Apple, `Sydney values dropped`: the owner is the entity
            out.entity, np = named, np[len(named) :].strip()
    state_of = _STATE_OF_PLACE.search(np) if out.entity is None and " of " in np else None
    if state_of:  # `Investment in data centers in Malaysia’s southern state of Johor`: Johor's
        out.entity, np = state_of["place"], np[: state_of.start()]
    owner = (_AT_OWNER.search(np) or _SUPPORT_FOR.match(np)) if out.entity is None else None
    if owner and not _CALENDAR.match(owner["owner"]):
        countries = _find_countries(owner["owner"])
        out.entity = countries[0][2] if countries else _DET.sub("", owner["owner"])
        np = owner["what"] if owner.re is _SUPPORT_FOR else np[: owner.start()]
    among = _AMONG.search(np) if out.entity is None and " among " in np else None
    if among:  # `respiratory infections among children aged 5 to 14`: the children's
        out.entity = among["group"]
        np = np[: among.start()]
    here = _IN_COREF.search(np) if out.entity is None and np.endswith(_PLACE_WORDS) else None
    if here:  # `Transactions in the city`: the city named before
        out.entity = state.resolve(here["place"])
        np = np[: here.start()]
    sampled = _IN_CITIES.search(np)
    if sampled:  # `New home prices in major Chinese cities`: where the sample is from, China's
        out.entity = out.entity or (sampled["d"] and _country(sampled["d"]))
        np = np[: sampled.start()]
    source = _FROM_PLACE.search(np) if out.entity is None and " from " in np and _EXPORTED.search(np) else None
    # `exports from the Netherlands to China`: the Netherlands'; `exports from Yiwu`: the city's (a country's, at the
    # end, may be whence a buyer's imports came: `shipments from the United States fell`)
    if source and (source["to"] and _country(source["place"]) or source["place"] in _CITIES and not _country(source["place"])):
        out.entity = _country(source["place"]) or source["place"]
        np = np[: source.start()] + np[source.start("to") :]
    loc = _IN_PLACE.search(np)
    if loc and _country(loc["place"]) and (out.entity is None or not pos):
        out.entity = out.entity or _country(loc["place"])
        np = np[: loc.start()]  # `rents in London`; but `Toyota’s sales in China` are Toyota's China sales
    region = _IN_REGION.search(np)
    if region:
        place = region["place"]
        out.entity = out.entity or ("euro zone" if _EURO_AREA.fullmatch(place) else place)
        np = np[: region.start()]
    group = _IN_NUMBERED_GROUP.search(np)
    if group:  # `Unemployment in the 20 countries that share the euro`: the unemployment, of places the text names
        np = np[: group.start()]
    inner = _find_countries(np)
    if inner and not out.entity and _BETWEEN.search(np, 0, inner[0][0]):
        out.entity = inner[0][2]  # `Trade between China and Russia`: the first side's, both kept in the series
    elif (
        inner
        and not out.entity
        and not _FROM_TO.search(np, 0, inner[0][0])
        and not _ITS_PLACE.search(np, 0, inner[0][0])
        and not _OTHER_SIDE.search(np, 0, inner[0][0])  # `tariffs on Chinese EVs`: whom they are levied on, not whose
        # `share of China's total`: the whole a part is of (but `share of China's population` is China's)
        and not (_OWNERS_TOTAL.match(np, inner[0][1]) and _SHARE_OF_THE.search(np, 0, inner[0][0]))
        # `Turnover on the Shanghai and Shenzhen exchanges`: places that name the series together
        and not _AND_A_NAME.match(np, inner[0][1])
    ):
        start, end, out.entity = inner[0]
        if np[end : end + 1] != "-":  # `Tibetan-language instruction`: a compound keeps its demonym
            np = (np[:start] + np[end:]).strip()
    if out.entity:  # `the peak load of Henan province`, `GDP of the city of Beijing`: the place's words go with its name
        np = _PLACE_LEFT.sub("", np)
    np, aliases = _acronym(_DET.sub("", np.strip()))
    out.metric = _normalize(np)
    out.aliases = tuple(a for a in (_normalize(x) for x in aliases) if a and a != out.metric)
    return out


_ECONOMY_MOVES = frozenset("grew grows expanded expands contracted contracts shrank shrinks".split())


def names_place(name: str) -> bool:
    """Whether ``name`` is a country, a region or a large city the extractor knows (`Wuhan`)."""
    return _country(name) is not None or name in _CITIES


def _places_only(np: str) -> bool:
    """Whether a subject is one place or a list of them (`Shenzhen and Guangzhou`), which move as economies."""
    return all(map(names_place, LIST_SEPARATOR.split(_DET.sub("", np.strip()))))


def _named_before_measure(np: str, state: ArticleState) -> str | None:
    """A name the article uses (`Apple`, `Air China`) opening a phrase whose rest is a series in lower case
    (`shares`, `passenger traffic`), used as an adjective without a possessive."""
    det = _DET.match(np)
    body = np[det.end() :] if det else np
    for name in state.names:
        if body.startswith(f"{name} ") and body[len(name) + 1 : len(name) + 2].islower() and _is_measure(body[len(name) :]):
            return name if not det else np[: det.end()] + name
    return None


_LISTED_NAME = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_NAME_LIST_RE = rf"{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME}"
_NAME_LIST = re.compile(_NAME_LIST_RE)
_NAME_LIST_SUBJECT = re.compile(rf"\s*(?P<list>{_NAME_LIST_RE})(?:\s+(?:{_TOGETHER}))?\s+(?P<v>[a-z]+)\b")
_NAMES_LISTED = re.compile(
    r"(?<=[a-z]),\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,\s+)+(?:and\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,?(?=\s+[a-z])"
)


_LEAD_FIGURE = re.compile(
    r"^(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?\d[\d,.]*"
    r"(?:\s+(?:million|billion|thousand|hundred))?\s+(?=[a-z])",
    re.IGNORECASE,
)


_OWED_QUALIFIER = r"(?:about|around|nearly|some|roughly|more\s+than|over|almost)"
_OWED_WORD = r"(?:[A-Z][\w’'.-]*|[a-z][\w-]*)"
_OWES = re.compile(  # whom it is owed to, then how much (not `owes about`: no one named)
    rf"\bow(?:es|ed|e|ing)\s+(?:(?!{_OWED_QUALIFIER}\b|more\b)(?P<to>{_OWED_WORD}(?:\s+{_OWED_WORD}){{0,4}}?)\s+)?"
    rf"(?:{_OWED_QUALIFIER}\s+)?$"
)
_DEBTOR = re.compile(r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:still\s+)?$")
_BARE_COUNTS = frozenset(("number", "figure", "tally", "it", "them"))  # a metric only by what they point back at
_TIME_THAT = re.compile(r"^(?:first|second|third|last|only)\s+time\s+")
_RECORD_OF = re.compile(  # (`surpassing the previous high of 31.88 million in 2019`)
    r"\b(?:previous|old|earlier|former|last)\s+(?:record|high|peak)\s+(?:of|was|stood\s+at)\s+(?:about\s+|around\s+)?$"
)
_SHARE_OF_TOTAL = re.compile(r"(?P<part>.+ )?share of (?P<where>(?:global|world|national) )?total")
_PLURAL_BEFORE_THAT = re.compile(r"\b(?P<np>[a-z][\w-]*[^s\W]s)\s+that\s+$")
_NUMBER_OF_END = re.compile(r"\bnumber\s+of\s+(?:[a-z][\w-]*\s+){1,3}$", re.IGNORECASE)
# `, citing slowing inflation, which`, `, driven by semiconductor shipments, which jumped`
_REASON_LEAD = re.compile(
    r"^(?:citing|blaming|noting|including|excluding|amid|(?:driven|led|helped|boosted|lifted|dragged|hit|weighed)\s+"
    r"(?:down\s+)?by|surpassing|overtaking|outpacing|outstripping|exceeding|beating|topping|(?:compared|followed)\s+(?:with|to|by))\s+"
)
_HUNG_ON = re.compile(  # `... to compete with SpaceX’s Starlink project`
    r"\b(?:with|of|to|from|by|for|against|than|like|including|is|are|was|were)\s+(?:the\s+)?"
    r"(?P<np>[A-Z][\w’'&.-]*(?:\s+[\w’'&.-]+){0,4})$"
)
# after a verb, a noun in lower case too: `... is a leading indicator of births, which totaled`
_HUNG_ON_OBJECT = re.compile(r"\b(?:is|are|was|were)\s+[^,;]*?\b(?:of|to|for|with)\s+(?:the\s+)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})$")


_BASED_EPITHET = re.compile(r"^[A-Z][\w.]*-(?:based|owned|run|backed|listed|born)\s+(?=[A-Z])")
_FEASTS = frozenset("Christmas Easter Thanksgiving Ramadan Diwali Eid Hanukkah Halloween Lent".split())
_NAMED_PROVINCE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+Province\b")  # `Gansu Province`: named as one
_PLACE_ASIDE = re.compile(  # (not one of a list: `India, Indonesia, China, the Philippines and Pakistan`)
    r"(?<=[a-z]),\s+(?P<p>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),(?=\s+(?!(?:and|or)\s)(?![^,]*\band\s)[a-z])"
)  # `in Alxa League, Inner Mongolia,`
_PROVINCE_WORD = re.compile(r"\s+(?:[Pp]rovince|[Rr]egion|[Aa]utonomous\s+[Rr]egion)$")
_INTERJECTED = re.compile(
    r",\s+(?:however|meanwhile|though|too|also|in\s+contrast|by\s+contrast|for\s+its\s+part|in\s+turn),\s+(?=[a-z])"
)


# a place a sentence opens with, described in an aside: the subject comes after both
_FRONTED_PLACE_ASIDE = re.compile(r"^(?P<lead>(?:In|At|Across)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+(?:the|a|an)\s+[^,]{1,60},\s+")


def _subject(before: str) -> tuple[str, str] | None:
    """The clause subject and verb right before a quantity: (`Chinese brands`, `held`).

    In a relative clause (`Starlink, which has launched 5,500 satellites`) it is
    the noun phrase the clause hangs on.
    """
    if "(" in before:
        before = _PAREN_TEXT.sub(" ", before)  # `the remaining amount (which represents ...) was`
    if ", " in before:
        before = _INTERJECTED.sub(" ", before)  # `Soybean production, however, fell`
        # `The death toll from the collapse of a mine in Alxa League, Inner Mongolia, in February has risen to`
        before = _PLACE_ASIDE.sub(lambda m: " " if is_place(_PROVINCE_WORD.sub("", m["p"])) else m[0], before)
    quoted = before.find(",”")
    if quoted > 0 and not before[: before.rfind("“", 0, quoted)].rstrip().endswith(","):
        # `China’s “silver economy,” the businesses serving the elderly, is` (not `The year’s top film, “Full River
        # Red,” earned`, a title in apposition)
        before = before.replace(",”", "”,")
    with_doing = _WITH_DOING.search(before) if ", with " in before else None
    if with_doing:  # `exported 929,000 tonnes, with China buying 97 percent of them`: China bought them
        return with_doing["np"], with_doing["v"]
    if before.endswith("and ") and _DONE_AND.search(_peel(before)):
        return None  # `300 factories closed and 1,200 workers were laid off`: the figure opens a clause of its own
    listed = _NAME_LIST_SUBJECT.match(before) if ", " in before and " and " in before else None
    if listed and listed["v"].lower() in _VERBS:  # `India, Indonesia, China, the Philippines and Pakistan together
        return listed["list"], listed["v"]  # accounted for`: all of them
    if before.count(",") >= 2:
        before = _NAMES_LISTED.sub("", before)  # `Its brands, Pentium, Red Flag, and FAW Tianjin have`: its brands
    if ", " in before and " and " in before:
        before = _LISTED_OBJECTS.sub(r"\1 \2", before)  # `Spending on food, tobacco and liquor accounted for`
    generic = _GENERIC_NAMED.search(before) if before.count(",") >= 2 else None
    if generic:  # `A private survey, the Caixin/S&P Global services PMI, came in at`: the survey its name names
        before = f"{before[: generic.start()]}{generic['np']} {before[generic.end() :]}"
    if before.count(",") >= 2:
        before = _FRONTED_PLACE_ASIDE.sub(r"\g<lead>, ", before)  # `In Munich, the most expensive city, rents`
        before = _APPOSITIVE.sub(" ", before)  # `Retail sales, a gauge of consumption, grew`
        before = _NAME_APPOSITIVE.sub(r"\g<name> ", before)  # `Zunyi’s urban investment company, Zunyi Road Group, had`
    if before.endswith((", to ", ", by ")):
        before = without_late_aside(before)  # `fell for the first time in years, to`
    cut = _clause_start(before)
    clause = before[cut:]
    hung_on_that = _PLURAL_BEFORE_THAT.search(before, 0, cut) if before.endswith(" that ", 0, cut) else None
    if hung_on_that and clause.partition(" ")[0].lower() in _AUX:  # `to escape tariffs that have risen by`: the tariffs
        clause = f"{hung_on_that['np']} {clause}"
    if cut and before[cut - 2 : cut] == ", " and _PARTICIPLE.match(clause):
        return _subject(before[: cut - 2])  # `China's population fell in 2023, dropping by 2.08 million`
    if _RELATIVE.search(before, 0, cut):
        head = before[:cut].rsplit(",", 1)[0]
        first = clause.partition(" ")[0].lower()  # `which is 1.6 miles long`, `which accounts for` have their verb
        verbed = first in _COPULAS or first in _SHARE_VERBS
        # the noun phrase the clause hangs on ends the words before it: `... to compete with SpaceX’s Starlink
        # project, which has launched`: the project
        hung = _HUNG_ON.search(head) or _HUNG_ON_OBJECT.search(head)
        hung_on = hung["np"] if hung else _REASON_LEAD.sub("", head[_clause_start(head) :])
        clause = hung_on + (" " if verbed else " has ") + clause
    words = list(_LETTERS.finditer(clause))
    for i, word in enumerate(words):
        w = word.group(0).lower()
        # `expect prices to rise above`: a move's base form after `to` is its verb
        infinitive = w in _INFINITIVES and i > 0 and words[i - 1].group(0).lower() == "to"
        if w not in _VERBS and w not in _AUX and not infinitive or clause[word.start() - 1 : word.start()] == "-" or not i:
            continue  # not the end of a compound: `Its U.S.-listed shares plunged`; `Down payment ratios were`
        following = [x.group(0).lower() for x in words[i:]]
        at = next((j for j, x in enumerate(following) if x not in _AUX or x in _VERBS), None)
        verb = None if at is None else following[at]
        if at is not None and verb in _PERFECT and at + 1 < len(following) and (
            following[at + 1] in MOVED_FORMS or following[at + 1] in _REACHED or following[at + 1] in _PERFECT_PARTICIPLES
        ):
            verb = following[at + 1]  # `The death toll has climbed to`, `the network had reached`, `Ant has cut`: not `has`
        if verb is None or verb not in _VERBS and w not in _MODALS and not infinitive:  # `fares will rise by`: any verb
            continue
        if w.endswith("s") and _CHANGE_NOUN_RE.fullmatch(w) and _FINITE.search(clause, word.end()):
            continue  # `Job gains in July were revised`: a noun, the verb comes later
        if w.endswith("s") and w not in _AUX | _COPULAS and i + 1 < len(words) and (
            (after := words[i + 1].group(0).lower()) in _VERBS and after not in _AUX | _COPULAS | _PARTICLES
        ):
            continue  # `Shelter costs rose`, `Shelter costs make up`: a plural noun before its verb
        last = words[i - 1] if i else None
        if last and last.group(0).lower() in _DETERMINERS and clause[last.end() : word.start()].isspace():
            continue  # `exposed the records of`, `The won has weakened`: a noun after its determiner
        if (
            last
            and last.group(0) == "s"
            and clause[last.start() - 1 : last.start()] in ("'", "’")
            and w.endswith("ed")
            and _LOWER_NEXT.match(clause, word.end())
        ):
            continue  # `The company's contracted sales fell`: a participle after a possessive describes its noun
        if (
            w.endswith("ed")
            and w not in MOVED_FORMS
            and w not in _REACHED
            and i + 1 < len(words)
            and clause[: word.start()].rstrip()[-1:].isdigit()
        ):
            continue  # `the accounts payable of 5,326 listed companies ... totaled`: an adjective after a count
        if w in _PARTICLES and last and last.group(0).endswith("ed"):
            continue  # `the average sentence handed down in the cases ... was`: a participle's particle
        if w.endswith("ed") and last and last.group(0).lower() == "of" and clause[last.end() : word.start()].isspace():
            continue  # `The number of employed people rose`: an adjective after `of`
        counted_done = last is not None and last.group(0).lower() not in _AUX | _COPULAS and w not in _AUX | _COPULAS
        if counted_done and _NUMBER_OF_END.search(clause, 0, word.start()) and any(
            x.group(0).lower() in _VERBS for x in words[i + 1 :]
        ):
            continue  # `the number of homes sold rose`: the participle is of the things counted
        adverb = last.group(0).endswith("ly") if last and i >= 2 else False
        if w.endswith("ed") and adverb and words[i - 2].group(0).lower() in _OF_OR_DETERMINER:
            continue  # `Sales of previously owned homes`: an adjective
        after_word = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if w in _VERBS and (after_word in _COPULAS or after_word == "of"):
            continue  # `The rate cut was 25 basis points`, `The average cost of raising`: a noun, not the verb
        if w == "won" and clause[: word.start()].rstrip().lower().endswith("korean"):
            continue  # `The Korean won has weakened`: the currency
        if w in ("took", "takes") and after_word == "in" and not clause[: word.start()].rstrip().endswith(("”", '"')):
            continue  # `Chinese cinemas took in 8.02 billion yuan`: takings, of the place; but a film's own
        np = _LEAD_CUT.sub("", clause[: word.start()].strip())  # `Data showed retail sales rose`
        np = _SAID_WHEN.sub("", np)
        if np.endswith(" to"):  # `expects output to grow`; `OPEC+ agreed to cut`: the verb before `to` goes too
            np = _WILLED.sub("", np.removesuffix(" to"))
        np = _ADVERB_END.sub("", np)  # `capitalization briefly exceeded`
        np = _LEAD_FIGURE.sub("", np)  # `2,863 cases were reported`: another figure's count, of cases
        if not np or _EXPLETIVE.fullmatch(np) or _INVERTED.fullmatch(np) or np.lower().endswith(" there"):
            # `Among them were 63 financiers`, `According to statistics from X, a ... group, there were`: the subject
            return None  # comes after the verb
        relative = _RELATIVE_THAT.search(before, 0, cut) if _VERB_THEN_OBJECT.match(np) else None
        if relative:  # `Inflation in the 20 countries that use the euro fell`: the noun the clause hangs on
            head = before[: relative.start()]
            np = head[_clause_start(head) :].strip()
        joined = clause.rfind(" and ", word.end())
        if joined >= 0 and (second := _subject(clause[joined + 5 :])):
            return second  # `Exports rose 5 percent and imports fell`: the subject of the clause the figure is in
        return np, verb
    return None


def _after_noun(after: str, noun: str) -> int | None:
    """Where ``noun`` ends when it follows the number within a few words, else None."""
    at = after.find(noun, 0, 60 + len(noun))
    if at < 0 and (one := ONE_CASUALTY.match(after)):
        return one.end("noun")  # `one person died`: counted as people, written singular
    return at + len(noun) if at >= 0 else None


_REGISTERED_FOR = re.compile(r"\s+(?:(?:have|had|has)\s+)?registered\s+(?:for|their)\s+(?P<x>marriages?|divorces?)\b")


def _count_metric(before: str, after: str, counted: str, state: ArticleState) -> str:
    """What a count counts: `marriage registrations` when the article names that series, the noun
    with the verb that counts it (`satellites launched`, `soldiers killed`), the whole it is part
    of (`manufacturing pmi sub-indexes`), or a rate (`mass incidents per year`)."""
    noun_end = _after_noun(after, counted)
    offered = _ON_OFFER.match(after, noun_end) if noun_end is not None else None
    if offered:  # `1.32 million homes for sale`: the stock on offer, not the sales the article counts
        return f"{counted} {' '.join(offered[1].split())}"
    series = state.series.get(counted.lower().removesuffix("s"))
    if series and not (before.endswith("ed ") and _TRADED.search(_peel(before))):
        return series  # (not `China exported 5.86 million vehicles`: exports, whatever vehicle series the article names)
    registered = _REGISTERED_FOR.match(after, noun_end) if noun_end is not None and "registered" in after else None
    if registered:  # `4.747 million couples registered for marriage`: marriage registrations
        return f"{registered['x'].removesuffix('s')} registrations"
    if noun_end is None and OF_THE_WHOLE.search(before):
        noun_end = 0  # `Of the 70 cities surveyed, 69 reported price declines`: the verb follows the figure
    if noun_end is not None:
        whole = _PART_OF_WHOLE.match(after, noun_end)
        if whole:
            return f"{whole['whole']} {counted}"
        rate = _RATE.match(after, noun_end) or _PER_ITEM.match(after, noun_end) or _PER_NUMBER.match(after, noun_end)
        if rate:  # `mass incidents each year`, `77 applicants for each post`
            return f"{counted} per {rate['unit'].lower()}"
        purpose = _PURPOSE.match(after, noun_end)
        # `plans to organize over 40 experts to attend the forum`; not `... between April and July`, `to monitor 86`
        if purpose and not _PUNISHMENT.match(purpose["pp"]) and not _DIGIT.search(purpose["pp"]):
            words = purpose["pp"].split()
            return " ".join([counted, *words[: next((i for i, w in enumerate(words) if i > 1 and w in _AFTER_PLACE), None)]])
    verb_at = noun_end
    if verb_at is not None and (other := _AND_OTHERS.match(after, verb_at)):
        counted, verb_at = f"{counted}{other[0]}", other.end()  # `300 lawyers and activists have been detained`
    if verb_at is None and (of_them := OF_THEM.match(after)):
        verb_at = of_them.end()  # `About 170 of them have been convicted`
    elif verb_at is None and OF_THEM_FIRST.fullmatch(before):
        verb_at = 0  # `Of them, 424 were deported`
    fate = _fate(after, verb_at or 0, counted)
    if fate:
        return fate
    passive = _PASSIVE.match(after, verb_at) if verb_at is not None else _ELIDED_PASSIVE.match(after)
    aside = _ASIDE.match(after, verb_at) if verb_at is not None and passive is None else None
    if aside is None and passive is None and verb_at is not None:
        aside = _NAMED_PLACES.match(after, verb_at)  # `30,000 people in Manitoba and Saskatchewan were forced`
    if aside:  # `33 million people, about one in seven Pakistanis, have been affected`
        passive = _PASSIVE.match(after, aside.end())
    if passive:  # `people were killed`; `11 people were killed and 27 injured`: the noun and verb left out
        return f"{counted} {passive['v']}"
    reduced = _REDUCED_PASSIVE.match(after, verb_at) if verb_at is not None and _AS_OBJECT.search(before) else None
    if reduced:  # `among 47 people arrested in early 2021`: people arrested; not `13.42 million students registered`
        return f"{counted} {reduced['v']}"
    done = _HAVE_DONE.match(after, noun_end) if noun_end is not None else None
    if done:  # `At least 30 civil society groups have disbanded`
        return f"{counted} {done['v'] or done['did']}"
    did = _DID.match(after, noun_end) if noun_end is not None else None
    if did and not did["det"] and noun_end:
        did = None  # an object with no determiner only after a whole's part: `Of the 41 sectors, 21 saw profit growth`
    if did and not _REPORTING_RE.fullmatch(did["v"]):  # `3.03 million people took the civil service exam`
        return f"{counted} {did['v']} {did['o']}"
    peeled = _peel(before)
    befell = _done_by_participle(peeled)
    if befell:  # `, killing 12 people`: people killed
        return f"{counted} {befell}"
    if peeled.endswith(_EMPLOY_FORMS):
        return "employees"  # `which employs about 200,000 people`
    planned = _TO_DO.search(peeled) if peeled.endswith(_DONE_VERBS) else None
    if planned:  # `aims to deliver at least 100,000 SU7s`: SU7 deliveries
        return f"{_singular(counted.lower())} {_DONE_NOUNS[planned['v']]}"
    active = (_ACTIVE_BEFORE_AND if peeled.endswith(" and") else _ACTIVE).search(peeled)
    if (
        active
        and not _REPORTING_RE.fullmatch(active["v"])
        and active["v"].lower() not in _BLAND_VERBS  # `Macao received 2.82 million visitor arrivals`
        and active["v"][:5].lower() != counted[:5].lower()
    ):
        place = _DESTINATION.match(after, noun_end) if noun_end is not None else None
        if place and _PUNISHMENT.match(place["pp"]):
            place = None  # `sentenced 45 activists to prison terms`: a punishment, not a place
        pp = _untimed(place["pp"]).split() if place else []  # `on September 13` is a time, not a place
        cut = next((i for i, w in enumerate(pp) if i and w.lower() in _AFTER_PLACE), len(pp))
        pp = pp[:cut]  # `to Chinese police since September`: the place ends where a time begins
        placed = len(pp) > 1 and not _DIGIT.search(" ".join(pp)) and not _CALENDAR.match(pp[-1])  # not `to monitor 86 people`
        verb = active["v"].lower()
        killer = _DISEASE_KILLED.search(before) if verb == "killed" else None
        if killer:
            return f"{killer['d'].lower()} deaths"
        if verb in _CROSSED_BORDER:  # `China exported 4.91 million vehicles`: vehicle exports, as trade data name them
            return " ".join([_singular(counted), _TRADE_NOUNS[verb], *(pp if placed else [])])
        return " ".join([counted, active["v"], *(pp if placed else [])])
    return counted


def _exchange_rate(phrase: _Phrase, base: str) -> _Phrase | None:
    """`The yen fell to 161.5 against the dollar`, `the yuan weakened 0.2 percent against the dollar`: the
    currency's exchange rate, which is what moves, not the currency itself."""
    words = phrase.metric.split() if phrase.metric else []
    currency = next((w for w in words if w in QUOTED_CURRENCIES), None)
    if currency is None or len(words) > 3:
        return None
    base = "dollar" if base.lower() == "greenback" else base.lower()
    # `the South Korean won`: the currency's rate, not the country's
    entity = currency if phrase.entity is None or _country(phrase.entity) else phrase.entity
    return _Phrase(f"{currency} exchange rate against the {base}", entity)


def _done_by_participle(near: str) -> str | None:
    """`, killing` -> `killed`: what a participle that takes the figure as its object did to it."""
    return _DONE_BY_PARTICIPLE.get(near.rpartition(" ")[2]) if near.endswith(_OBJECT_PARTICIPLES) else None


def _bare_move(before: str) -> bool:
    """`, up 148 percent`, `, following a 4.1 percent increase in July`: a move with no series of its own."""
    return (
        before.endswith(("up ", "down ")) and _BARE_MOVE.search(before) is not None
        or before.endswith(("a ", "an ")) and _FOLLOWING_MOVE.search(before) is not None
    )


def _multiple_of(before: str, unit: str) -> bool:
    """A multiple of the figure before (`, more than double`) or what it multiplies (`double the 830`)."""
    return unit == "times" and _peel(before).endswith((",", ", but", ", and")) or before.endswith(_MULTIPLE_THE)


def _fate(after: str, at: int, counted: str = "people") -> str | None:
    """`33 people died`, `18 remain missing`, `left 12 dead and 40,000 without power`: deaths, the missing,
    people without power."""
    fate = _FATE.match(after, at)
    if fate is None:
        return None
    if fate["state"] or fate["held"] or fate["kept"]:
        return f"{counted} {fate['state'] or fate['kept'] or 'in custody'}"  # `at least 20 remain in custody`
    return "deaths" if fate["dead"] or "missing" not in fate[0] else "missing"


_FROM_ORIGIN = re.compile(r"\s+from\s+[a-z][a-z\s]*$")  # `visitors from south korea`: a series by where it comes from


def _ranked_with(
    phrase: _Phrase, who: str, counted: str | None, previous: Description | None, antecedent: Description | None
) -> _Phrase:
    """`Samsung kept the top spot with 53.5 million units, ... followed by Apple with 45.2 million`: each
    one's figure of the series the ranking is by, the one just given."""
    series = phrase.metric if phrase.metric not in (None, counted) else None
    source = previous if previous is not None and previous.metric else antecedent
    named = series or (source.metric if source else None) or ""
    origin = _FROM_ORIGIN.search(named) if _country(who) else None
    if origin:  # `Visitors from South Korea numbered 748,300, followed by China with 571,100`: from China, to the same
        return _Phrase(f"{named[: origin.start()]} from {who.lower()}", source.entity if source else None, phrase.aliases)
    first, _, rest = named.partition(" ")
    if rest and who.endswith("s") and _country(who[:-1]) and _country(first.capitalize()):
        # `Chinese visitors were the largest group at 6.2 million, followed by Malaysians at 4.5 million`: Malaysian visitors
        return _Phrase(f"{who[:-1].lower()} {rest}", source.entity if source else None, phrase.aliases)
    people = _country(who[:-1]) if who.endswith("s") else None  # `Bangladeshis`: Bangladesh's
    return _Phrase(series or (source.metric if source else phrase.metric), phrase.entity or people or without_home(who), phrase.aliases)


def _to_destination(
    phrase: _Phrase, sentence: str, previous: Description | None, antecedent: Description | None
) -> _Phrase:
    """`Russia remained the largest destination, taking 1.16 million vehicles, followed by Mexico with
    445,000`: the exporter's exports to Russia and to Mexico, not Russia's or Mexico's exports."""
    if not _TOP_DESTINATION.search(sentence) or not _country(phrase.entity or ""):
        return phrase
    exporter = next(
        (
            d
            for d in (previous, antecedent)
            if d is not None and d.entity and d.entity != phrase.entity and "export" in (d.metric or "")
        ),
        None,
    )
    if exporter is None:
        return phrase
    own = phrase.metric or ""
    series = _TO_PLACE_END.sub("", own if "export" in own else exporter.metric or "")
    return _Phrase(f"{series} to {(phrase.entity or '').lower()}", exporter.entity, phrase.aliases)


def _age_group(description: Description) -> bool:
    """`netizens aged 60 and above reached 140 million`: the group is the age's entity, not the count's."""
    return description.metric == "age" and (description.entity or "A")[0].islower()


def _counted_subject(subject: str, unit: str, counted: str | None) -> bool:
    """`Marriages fell below 10 million`: the subject is what the count counts, not whom it is about; so is
    `passenger trips during the Spring Festival travel rush` (a time, not more of the subject)."""
    subject = _untimed(subject).strip()
    if unit != "count" or not _BARE_PLURAL.fullmatch(subject) or _FORECASTERS.fullmatch(subject):
        return False  # `Analysts had expected a rise of 15,000`: of the series before, not of analysts
    # `Marriage registrations fell to 3.5 million`: the counted noun heads the subject
    return not counted or " " not in subject or subject.lower().endswith(" " + counted.lower())


def _it_was_then(before: str) -> bool:
    """`..., when it stood at`: a clause within the sentence that points back at its series."""
    cut = _clause_start(before)
    return cut > 0 and _THAT_WAS.match(before, cut) is not None


_FORECASTERS = re.compile(
    r"(?i)(?:the\s+)?(?:[a-z]+\s+)?(?:analysts|economists|strategists|traders|forecasters)"
    r"(?:\s+(?:polled|surveyed)\s+by\s+.+|\s+in\s+an?\s+.+\s+(?:poll|survey))?"  # `Economists in a Reuters poll`
)


def _points_back(before: str, subject: tuple[str, str] | None) -> bool:
    """Whether a sentence continues the one before: a generic subject, or none at all."""
    if subject is not None:  # `Analysts polled by Reuters had expected 450 billion yuan`: the series just given
        return _is_generic(subject[0]) or _FORECASTERS.fullmatch(subject[0]) is not None
    opening = _BULLET.sub("", before)  # `– 2021: Dropped below`; not `Villagers said the government offered ...`
    return (
        bool(_VERB_FIRST.match(opening) and len(opening.split()) <= 4 or _THAT_WAS.match(before, _clause_start(before)))
        or _continues(before, "")
    )


def _names_someone(np: str) -> bool:
    """A proper name or pronoun (an entity), not a description of a series."""
    bare = _DET.sub("", np.strip())
    return bool(_COREF.match(np) or _PLACE_COREF.match(np) or _PROPER.fullmatch(bare))


_IN_PRISON = re.compile(r"(?:['’]s?)?\s+(?:in\s+(?:prison|jail)|behind\s+bars|(?:of\s+)?imprisonment|(?:in\s+)?jail\s+term)\b")
_OWN_GAUGE = re.compile(r"(?i)\b(?:pmi|index|indices|survey|poll|report|gauge|barometer|ranking)\b")
_LASTED = re.compile(
    r"(?<![\w’'])(?P<x>(?:(?!(?:and|or|but|which|that|who|is|are|was|were|said|says|say|will|would|could|can|may)\s)"
    r"[a-z][\w\-]*\s+){1,3}?)"
    r"(?:(?:is|are|was|were)\s+(?:expected|likely|set|due|projected|forecast)\s+to\s+)?"
    r"(?:(?:has|have|had|will|would|could|can|may|to)\s+)?(?:last|lasts|lasted|lasting|ran|runs|run)(?:\s+(?:for|just|only))*$"
)  # `The ceasefire lasted just 48 hours`, `the scheme ran for nearly a decade`


# an aside a relative pronoun opens, to its closing comma (the commas of `36,000` stay inside)
RELATIVE_CLAUSE = r",\s+(?:where|which|who)\b(?:[^,;]|,(?=\d))*,"
_RELATIVE_CLAUSE = re.compile(RELATIVE_CLAUSE)


def _duration_metric(before: str, after: str, sentencing: bool) -> str | None:
    """`detained for two days` -> `detained duration`; `a six-month mission` -> `mission duration`.

    ``sentencing`` says the paragraph tells of a sentence: then `received 14 years` is one too.
    """
    peeled = _peel(before)
    if _SENTENCED.search(peeled) or _IN_PRISON.match(after) or sentencing and _RECEIVED.search(peeled):
        return "prison sentence"  # `sentenced to 12 years`, `face up to two years in prison`
    noun = _EVENT_NOUN.match(after)
    if noun and not _NOT_EVENT.match(noun["n"]):
        n = noun["n"].strip()
        return n if _PENALTY.search(n) else f"{n} duration"
    if _FREED_AFTER.search(peeled) and not _IN_PRISON.match(after):
        return "detention duration"  # `Most of those detained were released after two days`
    if before.endswith("the ") and _TO_CLOCK.match(after):  # `detected 53 aircraft in the 24 hours to 6 a.m.`
        return "detection period" if "detect" in before else "reporting period"
    if done := _took_to(peeled, after):
        return f"time {done}"
    ended = peeled.endswith(("last", "lasts", "lasted", "lasting", "for", "just", "only"))
    # (`the campaign, which covers more than 36,000 hospitals, would last for one year`: the campaign's)
    lasted = _LASTED.search(_RELATIVE_CLAUSE.sub("", peeled) if ", wh" in peeled else peeled) if ended else None
    if lasted:  # `The ceasefire lasted just 48 hours`
        return f"{lasted['x']}duration"
    undertaken = _UNDERTAKEN.search(peeled)
    if undertaken:  # `went on a hunger strike for 63 days`
        return f"{undertaken['what'].strip()} duration"
    m = _DURING.search(peeled)
    if m and m["what"]:  # `subjected to death threats and harassment for over a year`
        return f"{m['what'].strip()} duration"
    if m and not _REPORTING_RE.fullmatch(m["v"]):
        # `detained him for two days`, `detained three villagers for 10 days`: detained
        obj = "" if _PRONOUN.fullmatch(m["obj"].strip()) or _COUNT_WORD.search(m["obj"]) else m["obj"]
        return f"{m['v']} {obj}".strip() + " duration"
    ordered = _TO_DO_FOR.search(peeled) if peeled.endswith(" for") else None
    if ordered:  # `ordered factories in 19 of its 21 cities to suspend production for six days`: the suspension's
        return f"{ordered['v']} {ordered['obj']}".strip() + " duration"
    return None


_OR_RESTATED = re.compile(  # `up 64 cents, or 0.8%`, `down 23.4 points or 0.5%`
    r"(?:,|\b(?:points?|cents?|pence))\s+or(?:\s+(?:about|around|roughly|nearly|some|almost))?\s+$"
)


def _continues(before: str, after: str) -> bool:
    """Whether a figure restates the series of the one before it in any unit.

    `2.4 million yuan (US$ 339,000)` (a conversion), `a decrease of 0.1 percent`,
    `, a 2.3-fold increase`, `, three times as many as a year earlier`, `, three times the normal level`,
    `..., reaching ¥12.5 billion`,
    `rose 47 percent to ¥4 billion`.
    """
    near = _peel(before)
    low = near.lower()
    continued = any(low.endswith(ends) and shape.search(low) for ends, shape in _CONTINUES)
    if continued and low.endswith((", up", ", down")) and _WITH_MOVE.search(near):
        return False  # `, with shipments to Japan, its largest market, up 27%`: an aside before a series of its own
    return bool(
        continued
        or near.endswith(",")
        and (_FOLD_CHANGE.match(after) or TIMES_BEFORE.match(after) or _TIMES_NORMAL.match(after))
    )


# a place named by what it is, in the clause after a figure: `in the town of Paiporta`
_TOWN_OF = re.compile(
    r"[^,;:]*?\b(?:in|across|near)\s+the\s+(?:town|city|village|county|district|township|port|region)\s+of\s+"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
_ABROAD = re.compile(r"\s+(?P<where>overseas|abroad)\b")  # after the noun counted
# what a relative clause says of the things counted: `29 countries that are most at risk for human trafficking`
_COUNTED_CLAUSE = re.compile(  # after the noun counted
    r"\s+(?P<pronoun>that|who|which)\s+(?P<aux>(?:are|were|is|was|have|has|had)\s+(?:been\s+)?)?"
    r"(?:(?:most|all|also|now|still|currently)\s+)?"
    r"(?P<rest>[a-z][\w-]*(?:\s+(?!(?:and|but|while|who|which|that|as|when|where)\b)[a-z][\w-]*){1,9})"
    r"(?=\s*[,.;:–—(]|\s+(?:and|but|while|as|when|where)\b|$)"
)


def describe(
    sentence: str,
    start: int,
    end: int,
    unit: str,
    counted: str | None,
    state: ArticleState,
    credited: str | None = None,
    previous: Description | None = None,
    same_family: bool = True,
    antecedent: Description | None = None,
) -> Description:
    """Metric, entity and kind of the quantity at ``sentence[start:end]``.

    ``previous`` is the last claim before it in the same sentence: parallel
    figures share a series (`56.2% ..., while Japanese brands fell to 14.7%`),
    and so do conversions and changes (`¥12.5 billion`, `a decrease of 0.1
    percent`). ``antecedent`` is the matching claim of the sentence before,
    taken when this one points back (`The same numbers in June of 2019 were`,
    `The drop for August was`, a bullet `– 2021: Dropped below 8 million`).
    """
    kind = kind_of(sentence, start, end, unit)
    before, after = _window(sentence, start, end)
    if unit == "year" and is_age(sentence, start, end) and not _RULED_AGE.search(before):  # a person's age, not a retirement age
        name = _NAME_COMMA.search(before[-_NEAR:])
        if name:  # `Wang, 40,`: Wang Jianbing, named in full before
            return Description("age", state.person(name.group(1)), "level")
        group = _AGED_GROUP.search(before, max(0, len(before) - _NEAR))
        if group:  # `infections among children aged 5 to 14`
            return Description("age", group["group"], "level")
        subject = _subject(before)
        if subject and _names_someone(subject[0]):  # `Djokovic won the title at the age of 36`
            return Description("age", _entity_of(subject[0], state, before), "level")
        named = state.resolve("he") if _THE_AGED.search(before) else None
        if named and _looks_personal(named) and any(named in text for text in state.paragraph):
            # `... midfielder Moisés Caicedo. The 21-year-old signed`: the person the paragraph just named
            return Description("age", named, "level")
        return Description("age", state.topic(), "level")  # `People aged 65 and older`: of the place the article is about
    populated = _PLACE_OF_PEOPLE.search(before) if unit == "count" and counted in _INHABITANTS else None
    if populated:  # `In Hegang, a city of about 900,000 people in Heilongjiang Province`: Hegang's population
        return Description("population", _country(populated["place"]) or populated["place"], kind)
    peeled = _peel(before)  # the words before the figure without its qualifiers, which most shapes below read
    continues = (
        _continues(before, after)
        and not _money_result(peeled, unit)
        and not (unit == "count" and _NET_CHANGE.search(peeled.lower()))  # `resulting in a natural decrease of`
        and not (unit == "percent" and _PART_RESTATED.search(peeled))  # `6,720 of the cases, or 65 percent`
        and not (unit == "count" and counted and _PER_EACH.match(after))  # `, or roughly 33 applicants for each post`
    )
    if (
        continues
        and previous is not None
        and previous.kind == "change"
        and _OR_RESTATED.search(before)
        and not (unit == "percent" and _of_a_level(after))
    ):
        kind = "change"  # `up 64 cents, or 0.8%`: the same change in other terms
    subject = _subject(_AS_MUCH_AS.sub("", before))
    placed = _PLACE_LEAD.match(subject[0]) if subject and subject[0][:3].lower() == "in " else None
    lead_place = _country(placed["place"]) if placed else None
    if subject and placed and lead_place:  # `while in Beijing they dropped 0.4 percent`: they, in Beijing
        subject = (placed["rest"], subject[1])
    if kind == "level" and unit == "percent" and subject and _head(subject[0]) == "growth":
        kind = "change"  # `Growth in the quarter slowed to 7.8 percent`: a growth rate is a change
    if subject is None and unit == "times" and _MULTIPLIED.fullmatch(sentence, start, end):
        # `Shipments of chips more than doubled`: the figure is the verb, and what comes before its subject
        unqualified = _unqualified(before)
        subject = _subject(f"{unqualified.rstrip(' ,')} has ")
    # a figure that continues the one before it (a conversion, `a decrease of`) names no series itself
    # (unless that one names none: `numbered 310 million, or 22 percent of the population`; nor does a count
    # that restates a share: `40.05 percent of the vote, or 5.58 million votes`)
    own_change = _CHANGE_OF.match(after) if continues else None  # `, a 160 percent increase in cases`: its own
    phrase = (
        None
        if continues
        and previous
        and not (own_change and _untimed(own_change["x"]).strip())
        and (previous.metric or before.rstrip().endswith("("))
        and (same_family or not counted and not (unit == "percent" and _SHARE.match(after)))
        else _metric_phrase(before, after, unit, counted, state, credited, subject)
    )
    other_group = (
        _OF_PEOPLE_AFTER.match(after)
        if unit == "percent" and previous is not None and previous.metric and _SET_BESIDE.search(before)
        else None
    )
    if other_group and previous is not None:  # `58.7 per cent ..., compared with 41.2 per cent of men`: theirs
        phrase = _Phrase(previous.metric, other_group["who"])
    elif unit == "percent" and previous is not None and previous.metric and _OF_YARDSTICK.match(after):
        phrase = _Phrase(previous.metric, previous.entity)  # `$3.8 billion, roughly a quarter of its 2012 peak`
    elif unit == "percent" and previous is not None and previous.metric and (other := _OF_PLACES_FIGURE.match(after)):
        # `13,131 yuan, less than a third of Shanghai's 42,988 yuan`: a share of another place's reading of the series
        phrase = _Phrase(f"share of {other['place'].lower()} {previous.metric}", previous.entity)
    whose = _SHARE_OF_WHICH.search(before) if unit == "percent" and "of which" in before else None
    if whose and previous is not None and previous.metric and not _OF_NEXT.match(after):
        # `450,000 beds, of which nursing beds will account for at least 65 percent`: their share of those
        part = _normalize(whose["part"])
        phrase = _Phrase(f"{part} share of {previous.metric}", phrase.entity if phrase else None)
    of_whom = _OF_WHOM.search(peeled) if unit == "percent" and "of whom" in before else None
    if of_whom and previous is not None and previous.metric:
        # `3.65 million visitors ..., of whom about 74 per cent came from mainland China`: their share from there
        came = _CAME_FROM.match(after)
        whence = f" from {came['x'].lower()}" if came else ""
        phrase = _Phrase(f"share of {previous.metric}{whence}", phrase.entity if phrase else None)
    multiplied = _MULTIPLIED_OBJECT.match(after) if unit == "times" and (phrase is None or phrase.metric is None) else None
    if multiplied and _is_measure(multiplied["x"]) and _MULTIPLIED.fullmatch(sentence, start, end):
        phrase = _split_np(multiplied["x"], state, credited)  # `quadrupled tariffs on Chinese electric vehicles to`
    if unit == "index" and (  # `a 7.8-magnitude earthquake`, `measuring 6.8 on the Richter scale`, `a magnitude 6.8 quake`
        sentence.endswith(("magnitude", "Richter scale"), start, end)
        or before.endswith(("magnitude ", "magnitude of "))
        or before.endswith(("measured ", "measuring ")) and _QUAKE.search(before)  # `The quake, which measured 7.5`
    ):
        phrase = _Phrase("earthquake magnitude" if _QUAKE.search(sentence) else "magnitude", phrase.entity if phrase else None)
    if phrase and phrase.metric and (base := PER_DOLLAR.match(after)):
        phrase = _exchange_rate(phrase, base["base"]) or phrase
    rate = _RATE_VERBS.get(peeled.rpartition(" ")[2]) if unit == "percent" else None
    if rate and (phrase is None or phrase.metric is None):
        phrase = _Phrase(rate, phrase.entity if phrase else None)
    mover = _shares_mover(unit, kind, subject, phrase, state)
    if mover:  # `Alibaba lost 4.2% and Meituan dropped 5.6%`
        phrase = _Phrase("shares", phrase.entity if phrase and phrase.entity else mover)
    if phrase is None:
        options = [
            # `installed 216.88 GW of capacity, up 148 percent`, `1,794 protests, more than double the 830`: a
            # move or multiple of the figure before, in any unit
            (
                previous if previous is None or previous.metric != "age" or unit == "year" else None,  # not `after 14 days`
                same_family
                or continues
                or unit == "percent" and _bare_move(before)
                # `34 million trips, about 26 percent fewer than in 2018`: how far the figure before is from a base
                or unit == "percent" and peeled.endswith(",") and _COMPARATIVE.match(after) is not None
                or _multiple_of(before, unit)
                or _it_was_then(before)  # `has more than doubled since 2016, when it stood at`
                # `has been cut by 92 percent, from 124,000 to about 9,700`: the levels the move was between
                or previous is not None and previous.kind == "change" and peeled.endswith(", from"),
            ),
            (
                antecedent if antecedent is None or antecedent.metric != "age" or unit == "year" else None,  # `Dong, 62, ...
                # They saw him only three times`: no age
                _points_back(before, subject) or unit == "count" and _OF_THEM_END.match(after[:12]) is not None,
            ),
        ]
        if (
            subject is not None
        ):  # `The same numbers in 2019 were 34,001 and 5,736`: the sentence before, in order
            options.reverse()
        source = next((d for d, fits in options if d is not None and fits), None)
        phrase = _Phrase(source.metric, None, source.aliases) if source else None
        noun, _, verb = (source.metric or "").rpartition(" ") if source and counted is None else ("", "", "")
        elided = _ELIDED_PASSIVE.match(after) if noun and verb in _ELIDED_VERBS else None
        if noun and elided is None and verb.endswith("ed"):
            elided = _PASSIVE.match(after)  # `2,000 flights were canceled and 5,000 were delayed`
        if elided:  # `11 people were killed and 27 injured`: the same noun, another verb
            phrase = _Phrase(f"{noun} {elided['v']}")
    those = _THOSE.match(subject[0]) if subject and previous is not None and previous.metric else None
    if those and previous is not None and previous.metric:  # `..., while those to the EU fell`: the same noun
        head = _HEAD_CUT.split(f" {previous.metric} ")[0].strip()
        phrase = _split_np(_of_another(head, those["rest"]), state, credited)
        inflow = head.rpartition(" ")[2] in _INFLOWS
        origin = (
            _country(those["rest"][5:]) if those["rest"].startswith("from ") and phrase.entity is None and not inflow else None
        )  # `while those from Thailand fell 9%`: Thailand's shipments; but imports from Mongolia are still the buyer's
        phrase.entity = origin or phrase.entity or (previous.entity if inflow else None)
    phrase = phrase or _Phrase()
    if phrase.metric is None and unit == "barrel_per_day":
        phrase.metric = "oil output"  # `OPEC pumped 26.64 million bpd last month`
    ratio = _RATIO_OF.match(after) if unit == "percent" and phrase.metric is None and " in " in sentence[start:end] else None
    if ratio:  # `about one in seven Pakistanis, have been affected`: the share of them affected
        aside = _ASIDE.match(after, ratio.end())
        at = aside.end() if aside else ratio.end()
        done = _PASSIVE.match(after, at + (after[at : at + 1] == ","))  # the verb after the aside it closes
        phrase.metric = f"share of {ratio['n'].lower()}" + (f" {done['v'].lower()}" if done else "")
    befell = previous.metric.rpartition(" ")[2] if previous is not None and previous.metric else ""
    if unit == "count" and counted and befell.endswith("ed") and peeled.endswith("including"):
        phrase.metric = f"{counted.lower()} {befell}"  # `killed 1,136 people, including 386 children`: children killed
    done_to = previous.metric.rpartition(" ")[0] if previous is not None and previous.metric and befell.endswith("ed") else ""
    if counted == "others" and done_to and phrase.metric and phrase.metric.startswith("others "):
        phrase.metric = done_to + phrase.metric[len("others") :]  # `destroyed 300 homes and damaged 1,200 others`
    spread = previous is not None and previous.metric not in (None, "age") and phrase.metric == counted
    if spread and previous is not None and _places_reached(counted, peeled):
        phrase.metric = f"{counted} with {previous.metric}"  # `operates 300 stores in 12 countries`: countries with stores
    noun_end = _after_noun(after, counted) if counted else None
    if unit == "count" and counted and noun_end is not None:
        phrase.metric = _which_counted(after, noun_end, counted, phrase.metric)
    if unit in CURRENCY_CODES and previous is not None and phrase.metric and phrase.metric == previous.metric and _PER_SHARE.match(after):
        phrase.metric = f"{phrase.metric} per share"  # `net income of $14.88 billion, or $5.16 per share`
    if phrase.metric in ("share of them", "share of those") and previous is not None and previous.metric:
        phrase.metric = f"share of {previous.metric}"  # `3.44 million visitors, 78 percent of them from`: of the visitors
    pointer = _TIME_THAT.sub("", phrase.metric or "")  # `the first time the figure dropped below 700,000`
    bare_count = pointer in _BARE_COUNTS or pointer.partition(" ")[2] in _BARE_COUNTS  # `real figure`
    # `The previous record of 13.29 million was set`: a record of the series just given
    bare_count = bare_count or phrase.metric is None and _RECORD_OF.search(before[-40:]) is not None
    pointed = (previous if previous is not None and same_family else antecedent) if bare_count else None
    if pointed is not None and pointed.metric:  # `hosted 260,000 students ... aims to bring the number back to 500,000`
        phrase.metric = pointed.metric
    total = _SHARE_OF_TOTAL.fullmatch(phrase.metric or "")
    # (a figure before it in the sentence is most often the part itself: `1.06 million new cases, accounting for 22
    # percent of the total`)
    whole = antecedent.metric if total and previous is None and antecedent is not None else None
    part = total["part"] or "" if total else ""
    if total and whole and "share" not in whole and not (part and (whole in part or part.strip() in whole)):
        # `2,863 cases were reported ... Cases in Congo account for about 96 percent of the total`: of the cases
        phrase.metric = f"{part}share of {total['where'] or ''}{whole}"
    share = previous.metric if previous is not None and (previous.metric or "").startswith("share of ") else None
    if phrase.metric is None and share and peeled.endswith(", adding"):
        phrase.metric = share.removeprefix("share of ")  # `accounted for 70% of the new capacity, adding 79.8 gigawatts`
    owed = _OWES.search(before) if unit in CURRENCY_CODES and not phrase.metric and " ow" in before else None
    if owed and owed["to"] and " of" in f" {owed['to']}":
        owed = None  # `each owed an average of 15,600 yuan`: what each is owed
    if owed:  # `Kenya owes China about $6.3 billion`: its debt to China, Kenya's
        phrase.metric = f"debt owed to {_normalize(owed['to'])}" if owed["to"] else "debt"
        debtor = _DEBTOR.search(before, 0, owed.start())
        if debtor:
            phrase.entity = _country(debtor["who"]) or debtor["who"]
    if unit in CURRENCY_CODES and previous is not None and previous.metric and (
        _WORTH.search(before) or not phrase.metric and _WITH_VALUE.search(before)
    ):
        phrase.metric = f"{previous.metric} value"  # `a backlog of 5,600 planes worth $529 billion`: the backlog's
    if (
        previous is not None
        and previous.metric
        and previous.metric != "age"  # `residents aged 60 and above, accounting for 21.3 percent`: not the age's
        and (phrase.metric or "").startswith("share of ")
        and (peeled.endswith(SHARE_PARTICIPLES) or _OR_RESTATED.search(before))
        and not _PART_RESTATED.search(peeled)  # `6,720 of the cases, or 65 percent`: the whole named already
    ):  # `exports reached 600,000 units, accounting for 21.5% of total exports`, `debt of 1.55 trillion yuan, or 73
        # percent of its GDP`: the exports' share, the debt's
        piece = _WITH_PART.search(before) if phrase.metric == "share of total" else None
        # `grew 4.6% to 21,321 yuan, with spending on services accounting for 45.7% of the total`: the services' share
        phrase.metric = f"{piece['x']} share of {previous.metric}" if piece else f"{previous.metric} {phrase.metric}"
    times_its = _TIMES_ITS.match(after) if unit == "times" and kind == "level" else None
    if times_its and previous is not None and previous.metric and times_its["n"] in _TALLIES:
        # `registered 128,000 vehicles, more than three times its tally a year earlier`: the same series, grown
        phrase.metric, kind = previous.metric, "change"
    elif times_its and previous is not None and previous.metric:  # `debt of 9.8 billion yuan, more than eight times its revenue`
        phrase.metric = f"{previous.metric} relative to {times_its['n']}"
    what_was = _WHAT_IT_WAS.match(phrase.metric or "") if previous is not None and previous.metric else None
    if what_was and previous is not None:  # `sold 17.6 billion yuan, about half of what it sold a year earlier`
        phrase.metric = f"{previous.metric} relative to {what_was['when']}"
    if (
        previous is not None
        and previous.metric
        and (
            _FORMER.sub("", phrase.metric or "") in _BARE_FORECASTS
            or FORECAST_BY.match(after)
            or _measured_against(peeled.lower())
        )
    ):
        # `narrowed to 5.6 percent, below the government’s target of 5.8 percent`: the goal for that series; so is
        # `up from a previous goal of 300,000`
        phrase = _Phrase(previous.metric, previous.entity, previous.aliases)
    if previous is not None and previous.metric and phrase.metric == "total" and _BRINGING_TOTAL.search(peeled):
        noun, _, verb = previous.metric.rpartition(" ")  # `added 13.1 million subscribers, bringing its total to`
        phrase.metric = noun if noun and verb.endswith("ed") else previous.metric
    if previous is not None and previous.metric and before.endswith("to ") and _BRINGING_CHANGE_RE.search(peeled):
        phrase = _Phrase(previous.metric, previous.entity, previous.aliases)  # `fell 0.6%, bringing the decline to 28%`
    owner = _OWNER_BEFORE.search(peeled) if "s" in before[-4:] else None
    if owner and not _CALENDAR.match(owner["name"]):  # `surpassing Tesla's 484,507`: the figure is Tesla's
        people = _country(owner["name"][:-1]) if owner["name"].endswith("ans") else None  # `the Americans’`
        phrase.entity = people or _country(owner["name"]) or owner["name"]
        ranked = _RANKED_AHEAD.search(peeled, 0, owner.start()) if phrase.metric is None else None
        if ranked and _is_measure(ranked["np"]):
            # `The city’s minimum wage remains the highest, ahead of Beijing’s 2,540 yuan`: Beijing's minimum wage
            phrase.metric = _split_np(ranked["np"], state, credited).metric
    if (
        phrase.entity is None
        and subject
        and (not _is_measure(subject[0]) or " & " in subject[0])  # `China Overseas Land & Investment`: a name
        and (not _counted_subject(subject[0], unit, counted) or _named_plural(subject[0], before))
        # `The IMF forecast growth of 3%`, `China Labour Bulletin recorded 1,794 protests`: the forecaster or
        # the recorder is the source, not what the figure is about
        and not (credited and credited in subject[0] and (_FORECAST.search(before) or _RECORDED.search(before)))
        and not state.in_lower_case(subject[0])  # `Coal accounted for 55.3 percent`: `coal` elsewhere
        and not _ITS_WITHIN.search(subject[0])  # `Exports from its Shanghai factory`: the owner named before
    ):
        phrase.entity = _entity_of(subject[0], state, before, subject[1])
        if phrase.entity and phrase.entity == credited and _FORECAST.search(before):
            phrase.entity = None  # `The central bank ... expects inflation to average`: the bank named before forecasts
    if phrase.entity is None and subject and subject[0].lstrip("“\"").lower() == "we" and credited and credited.endswith(")"):
        # `“We sold 1.2 million vehicles,” said Zhu Huarong, chairman of Changan Automobile`: his company's
        phrase.entity = credited.removesuffix(")").partition(" (")[2]
    # `Kazakhstan reported the most cases, 13,677,`: a figure set off by commas is of the clause before them
    apposed = before.endswith(", ") and after[:1] in (",", ".", ";", "")
    actor = _ACTOR.match(before, _clause_start(before[:-2] if apposed else before)) if phrase.entity is None and subject is None else None
    who = (state.resolve(actor["who"]) if _PLACE_COREF.match(actor["who"]) else actor["who"]) if actor else None
    if who and credited and credited in who and _FORECAST.search(before):
        who = None  # `Financial Secretary Paul Chan projected a deficit of`: the forecaster, a source (as above)
    if actor and who and (_country(who) or who in state.names or who != actor["who"]):
        phrase.entity = _country(who) or who  # `Iran executed at least 853 people`, `The county deployed 1,200`: a
        # verb the subject finder does not know, after a name it does
    share_clause = _SHARE_CLAUSE.search(peeled) if phrase.entity is None and subject is None and ", " in peeled else None
    main = _subject(f"{peeled[: share_clause.start()]} ") if share_clause else None
    if main and not _is_measure(main[0]):  # `Singapore was the largest investor, accounting for nearly 30 percent of the
        # total`: Singapore's share (not `NEV exports reached 600,000 units, accounting for`: a series', of no one named)
        phrase.entity = _entity_of(main[0], state, before, main[1])
    # (`has left five people dead and two missing`: the verb before the figures it joins)
    harmed = subject and (subject[1] in _HARMED or subject[1] in _HAS and not _HARMED.isdisjoint(peeled.split()))
    if phrase.entity and harmed and _HAZARD.search(phrase.entity):
        phrase.entity = None  # what the storm did is the place's (`have killed at least 22 people in the Philippines`)
    place = _PLACE_AFTER.match(after, noun_end) if noun_end is not None else None
    if place and counted and _PARTNER_BEFORE.search(f"{counted}{after[noun_end : place.start('p')]}"):
        place = None  # `8 million arrivals from China`: where they come from, not whose they are
    if phrase.entity is None and place and not _CALENDAR.match(place["p"]):  # `in July` is a time
        where = place["p"] if place["p"].count(".") > 1 else place["p"].rstrip(".")  # `U.S.`, but `in Gaza.`
        phrase.entity = _country(where) or where
    named_at = _NAME_AT.search(before, max(0, len(before) - 60)) if phrase.entity is None else None
    if named_at:  # `followed by Samsung at 18 percent`
        phrase.entity = named_at["name"] or named_at["title"]
    named_with = _NAME_WITH.search(before, max(0, len(before) - 160)) if before.endswith(" with ") else None
    overtaking = _OVERTOOK.search(before) if before.endswith(" with ") else None
    if overtaking:  # `India overtook China as the most populous country, with 1.43 billion people`: India's
        phrase.entity = _country(overtaking["who"]) or overtaking["who"]
    elif named_with and (_country(named_with["name"]) or phrase.entity is None):
        # `second only to the United States with 116`: the figure is the United States'
        phrase.entity = _country(named_with["name"]) or named_with["name"]
    opening = _OPENING_PLACE.match(sentence) if phrase.entity is None else None
    if opening and _country(opening["place"]):  # `In Beijing, children’s hospitals received 9,000 patients`
        phrase.entity = _country(opening["place"])
    elif opening and not (_CALENDAR.match(opening["place"]) or _DIGIT.search(opening["place"])) and (
        opening["place"].split()[0] not in _CONNECTIVES
    ):
        phrase.entity = opening["place"]  # `In Manila, rainfall reached 300 millimeters`: a place all the same
    sentenced = _SENTENCED.search(peeled) if phrase.metric == "prison sentence" else None
    if sentenced and sentenced["who"]:  # `sentenced human rights lawyer Ding Jiaxi to 12 years`
        phrase.entity = sentenced["who"]
    if lead_place:
        phrase.entity = lead_place
    listed = _OPENING_PLACES.match(sentence)
    places = LIST_SEPARATOR.split(listed["places"]) if listed else []
    if (
        listed
        and start > listed.end()  # not `the four first-tier cities of` themselves
        and all(map(_country, places))
        and (phrase.entity is None or phrase.entity in map(_country, places))
    ):
        phrase.entity = listed["places"]
    if (
        phrase.entity is None
        and previous is not None
        and not _age_group(previous)
        # `The Bank of Korea kept its rate at 3.5 percent, as household debt rose by 6.2 trillion won`: the
        # bank's rate, but the country's debt
        and not (subject and previous.entity and previous.metric != phrase.metric and is_agency(previous.entity))
    ):
        phrase.entity = previous.entity
    if subject and credited and credited[0].isupper() and (
        _ITS.match(subject[0]) or _IT_END.search(subject[0])  # `Alphabet said on Friday it would cut`
    ) and _SAID_ITS.search(before):
        # `Tesla said its revenue rose`: the speaker's own figure; but `Taiwan’s defense ministry said it had detected
        # 32 aircraft`: a ministry's count is its country's
        owner = _PLACE_OWNER.match(credited)
        phrase.entity = (owner and _country(owner["place"])) or credited
    elif (
        phrase.entity is None
        and credited
        and sentence.startswith(credited)
        and _OWN_PLAN.match(sentence, len(credited))
        and not is_agency(credited)
    ):
        phrase.entity = credited  # `CATL plans to raise capacity to 800 gigawatt-hours, the company said`: its own plan
    elif phrase.entity is None and (
        subject
        and (_ITS.match(subject[0]) or _ITS_WITHIN.search(subject[0]))
        or antecedent is not None
        and _IT_OPENS.match(sentence)
    ):
        # `BYD sold 3 million cars. Its overseas sales reached`; `FAW has had overcapacity. Its brands ...`;
        # `It maintained its quarterly dividend at`
        phrase.entity = antecedent.entity if antecedent is not None else _opening_name(state.read[-2:-1])
    if (
        phrase.entity
        and credited
        and FORECAST_SERIES.search(phrase.metric or "")
        and is_agency(credited)
        and _names_source(phrase.entity, credited)
    ):
        phrase.entity = None  # `The DGBAS raised its growth forecast`: the agency's forecast is of its place's economy
    per = _PER_UNIT.match(after) if unit in CURRENCY_CODES else None  # `$1,000 per dose in the United States`
    at = per.end() if per else 0
    in_place = _IN_PLACE_AFTER.match(after, at) if " in " in after[at : at + 5] else None
    if in_place and previous is None and not _ANOTHER_IN_PLACE.match(after, in_place.end()):
        in_place = None  # only a figure beside another is its place's (`a population of 7.36 million in Guangdong
        # province` is the city's); the first of `5% in France and 3% in Germany` is
    where = in_place and (_country(in_place["place"]) or _country(in_place["place"].rstrip(".")))
    if where and (phrase.entity is None or _country(phrase.entity)):
        phrase.entity = where  # `5% in France and 3% in Germany`: a figure beside another is its place's
    for_whom = (
        _FOR_PEOPLE_AFTER.match(after)
        if unit not in CURRENCY_CODES and (" for " in after[:20] or " among " in after[:20])
        else None
    )  # (`a subsidy of 100,000 yuan for doctoral degree holders` is the city's)
    if for_whom and _untimed(for_whom["who"]).strip():  # not `for the first three quarters`
        phrase.entity = for_whom["who"]
    among = _AMONG_OPENING.match(sentence, 0, start) if phrase.entity is None and sentence.startswith("Among ") else None
    if among and _PEOPLE.fullmatch(among["who"].partition(" aged ")[0]):
        phrase.entity = among["who"]
    if phrase.entity is None and (_WORLDWIDE.search(before) or _WORLDWIDE.search(after.partition(", ")[0])):
        phrase.entity = "world"  # `597,000 deaths worldwide`; not a figure beside `, 51 percent of all ... worldwide`
    own_nationwide = _NATIONWIDE_RIGHT_AFTER.match(after) is not None
    nationwide = _NATIONWIDE.search(sentence) if phrase.entity is None or own_nationwide else None
    if nationwide and nationwide.start() > end and _BESIDE_ANOTHER.search(sentence, end, nationwide.start()):
        nationwide = None  # `Its birth rate was 8.89 per thousand, compared with 6.77 per thousand nationwide`: the later's
    if nationwide:
        # `The sown area of grain nationwide was 1.79 billion mu`; `compared with 6.77 per thousand nationwide`: the
        # country's, beside a province's figure
        country = state.resolve("the country")
        phrase.entity = "China" if country in _CHINESE_PLACES else country  # (not the province named before)
    fined = _FINED_WHOM.search(before) if phrase.entity is None and "fined " in before else None
    if fined:  # `The European Commission fined Meta Platforms 797.72 million euros`: Meta's fine
        phrase.entity = without_home(fined["who"])
    convicted = _CONVICTED.search(before) if phrase.entity is None and "entenced" in before else None
    if convicted and not _BRINGING_RE.search(before, convicted.end()):
        # `sentenced Liu Liange ... for accepting bribes worth 121 million yuan`: Liu's bribes; not `..., bringing
        # the number of people convicted under the law to 162`, a tally of many
        phrase.entity = convicted["who"]
    town = _TOWN_OF.match(sentence, end) if phrase.entity is None and " of " in after else None
    if town:  # `1,200 vehicles were swept away in the town of Paiporta alone`: the town's
        phrase.entity = town["place"]
    kin = _OF_HIS.match(after) if phrase.entity is None and unit == "count" else None
    if kin:  # `Seven of his former students were sentenced`: the person's
        phrase.entity = state.resolve(kin[1])
    margin = _MARGIN_OF.search(before) if before.endswith(" of ") else None
    if margin:  # `Labour won 412 seats, a majority of 174`: the winner's majority
        first = _DIGIT.search(before, 0, margin.start())
        won = _subject(before[: first.start()]) if first else None  # the subject of the clause's first figure
        phrase = _Phrase(margin["what"].lower(), _entity_of(won[0], state, before, won[1]) if won else phrase.entity)
    ranked = _RANKED_WITH.search(before, max(0, len(before) - 120)) if before.endswith(("with ", "at ")) else None
    if ranked and " destination" not in sentence:
        alike = previous if same_family else None
        if ranked["next"]:
            phrase.entity = None  # `Samsung led ..., followed by Apple with 46.4 million`: Apple's
        if ranked["most"] or ranked["group"]:
            phrase.metric = None  # `Jiangsu issued the most, at`: the series told before, not the verb
        phrase = _ranked_with(phrase, ranked["who"] or ranked["next"], counted, alike, antecedent)
        if alike is not None and alike.kind == "change" and kind == "level":
            kind = "change"  # `a 7.3% annual increase, followed by Chicago at 6.2%`: the next one's increase
    # (in the figure's own clause: not `155 are fighting for Russia, ..., after two were captured in the Donetsk region`)
    sited = phrase.entity is None and any(word in sentence for word in _LOCALITY_WORDS)
    clause_end = _NEXT_CLAUSE.search(sentence, end) if sited else None
    locality = (
        _LOCALITY.search(sentence, _clause_start(before), clause_end.start() if clause_end else len(sentence))
        if sited
        else None
    )
    if locality and _SOME_OF_THEM.search(sentence, max(0, locality.start() - 20), locality.start()):
        locality = None  # `217 people have died in floods in eastern Spain, most of them in the Valencia region`
    if locality and not _ECONOMY_SERIES.search(phrase.metric or ""):
        # `in the town of Sort`, `on parts of the Minho region`, `in Niigata prefecture`: where the event was
        phrase.entity = locality["of"] or locality["named"]
    if phrase.entity is None:
        phrase.entity = state.place() if _ECONOMY_SERIES.search(phrase.metric or "") else state.topic()
        if _GLOBAL_SERIES.match(phrase.metric or "") and (phrase.entity is None or _country(phrase.entity)):
            phrase.entity = "world"  # `Global carbon dioxide emissions`, in an article that names countries too
    if phrase.entity and unit != "percent" and " destination" in sentence:  # a share stays the destination's
        phrase = _to_destination(phrase, sentence, previous, antecedent)
    regional = _MEASURE_IN_PLACE.fullmatch(subject[0]) if subject and " in " in subject[0] and phrase.entity else None
    if regional and phrase.entity and _country(phrase.entity) and (company := state.topic()) and _is_business(company):
        # `Sales in Greater China were flat at $15.03 billion` in an article about Apple: Apple's sales there
        phrase = _Phrase(_normalize(regional[0]), company, phrase.aliases)
    if phrase.metric and (" to " in phrase.metric or " from " in phrase.metric):
        phrase.metric = _FIGURE_TAIL.sub("", phrase.metric) or phrase.metric
    if phrase.entity is not None:
        phrase.entity = state.full_name(phrase.entity)
    if unit == "percent" and _REAL_SERIES.search(phrase.metric or "") and _IN_REAL_TERMS.match(after):
        phrase.metric = f"real {phrase.metric}"  # `income rose ... 4.9 percent in real terms`: the real income series
    if unit == "percent" and (phrase.metric == "share" or phrase.metric is None and _SHARE_AFTER.match(after)):
        # `Honor led the market with a 17.1 percent share`, `its share slipped`; `made up 19.2 percent of the
        # population ... when the share exceeds 20 percent`: the share just given
        shared = previous.metric if previous is not None and " share of " in f" {previous.metric or ''}" else None
        phrase.metric = shared or state.market_share
    if unit == "percent" and phrase.metric is None and kind == "change" and _MOVE_AT_PRICE.match(after):
        phrase.metric = "price"
    if phrase.metric is not None:
        # a count's one word is what it counts (`experts`), said in full before or not; `Overall exports`
        # are all of them
        if unit != "count" and not (subject and _WHOLE.match(subject[0])):
            phrase.metric = state.series_of(phrase.metric)
        state.metrics.setdefault(phrase.metric)
    market = _INDEX_NAME.search(phrase.metric) if phrase.metric and unit in ("percent", "index") else None
    if market:  # `The Hang Seng Index jumped 4.1 percent`, `The index has gained 7 percent`: Hong Kong's
        phrase.entity = _INDEX_MARKETS[" ".join(market[0].lower().split())]
    aliases = phrase.aliases
    parent = _parent_series(sentence, start, phrase.metric, state)
    if parent:  # `manufacturing pmi production index`, so a search for the parent finds its parts
        aliases += (f"{parent} {phrase.metric}",)
    doer = _WITH_DOER.search(before) if " with " in before else None
    entity = (_country(doer["who"]) or doer["who"]) if doer else phrase.entity  # `, with Vietnam supplying 46%`
    if entity and " " in entity:  # `Norway's $1.8 trillion sovereign wealth fund`: the fund, whatever its size
        entity = without_title(_SIZE_IN_NAME.sub("", entity) if "$" in entity else entity)
        entity = _BUSINESS_BEFORE_NAME.sub("", entity)  # `State miner Codelco`, `Automaker BYD`: the firm
    if entity and entity[-1] in ",;:":
        entity = entity[:-1]  # `the comedy "YOLO," earned`: a title in apposition, without the comma quoted with it
    return Description(phrase.metric, entity, kind, aliases)


_WITH_DOER = re.compile(
    r"\bwith\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
    r"(?:supplying|accounting\s+for|making\s+up|providing|contributing|taking|holding|producing)\s+$"
)
# what a firm is, before its name: `State miner Codelco`, `Chinese automaker BYD`, `Automaker BYD` (not `Bank
# Negara Malaysia`, a name that begins with what it is)
_BUSINESS_NOUNS = COMPANY_WORDS - {"group", "brand", "chain"}
_BUSINESS_WORDS = "|".join(sorted(_BUSINESS_NOUNS))
_BUSINESS_BEFORE_NAME = re.compile(
    rf"^(?:(?:[A-Z][\w.’'-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{_BUSINESS_WORDS})\s+(?=[A-Z])"
    # (not `Bank Indonesia`, a central bank's name)
    rf"|(?i:{'|'.join(sorted(_BUSINESS_NOUNS - {'bank'}))})\s+(?=[A-Z][\w&.’'-]*$))"
)


_WAS_VALUED = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:[a-z]+ly\s+)?valued\s+at$")
# `6,317 property transactions in April, with a total value of HK$56.5 billion`: what they were worth
_WITH_VALUE = re.compile(r",\s+with\s+a\s+(?:total\s+|combined\s+)?value\s+of\s+(?:(?:about|around|nearly|some|over)\s+)?$")
_WORTH = re.compile(r"\d[\d.,]*(?:\s+(?!(?:for|to|from|in|on|by|at|with|and|or)\b)[a-z]+){0,5},?\s+worth\s+(?:(?:about|around|nearly|some|roughly|almost|over)\s+)?$")


_ITEM_LEAD = re.compile(  # `– Surveyed urban unemployment rate kept within 5 percent`, `– Energy use down 3 percent`
    r"\s*[–—•*·-]\s+(?P<np>[A-Za-z][\w\- ]{1,40}?)\s+(?:(?:kept|held|controlled|capped|limited)\s+)?"
    r"(?:of|at|below|above|under|over|to|by|around|about|nearly|within|down|up)?\s*"
    r"(?:(?:around|about|nearly|some|at\s+least|more\s+than)\s+)?$"
)
_ITEM_NAME = re.compile(r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}")


def list_item(line: str, start: int, desc: Description, state: ArticleState) -> Description:
    """The description of a figure in a list item under a line that opens the list.

    `– Guangdong: 13.57 trillion yuan, up 4.8 percent` is about its label when the label is a place,
    and `– GDP growth: around 5 percent` measures it; an item that names no series is of the one
    the headline names (`Guangdong Tops Provincial GDP Rankings`).
    """
    label = _LIST_LABEL.match(line)
    entity, metric = desc.entity, desc.metric
    if label and _country(label["label"]):
        entity = _country(label["label"])
    elif label and (metric is None or _is_measure(label["label"])):
        metric = _normalize(label["label"])  # `– Fixed-asset investment: up 4.1 percent`, not the item before's series
    elif label and _ITEM_NAME.fullmatch(label["label"]):
        entity = label["label"]  # `2. Apple: 13.0 million units, 16% share`: Apple's
    # `– Urban unemployment below 5.5 percent`: what the item's words before its first figure name (not the
    # item before's series, which `– Consumer price increase of around 2 percent` would seem to go on with)
    lead = _ITEM_LEAD.match(line, 0, start) if metric is None or not _DIGIT.search(line, 0, start) else None
    # (not `– At least 260,000 new urban jobs`: a qualifier names nothing; nor `- Real estate fell 1.9 percent`, a
    # sentence whose subject the description has read)
    if lead and _peel(lead["np"]) and not any(w in _VERBS for w in lead["np"].lower().split()[1:]):
        metric = _normalize(lead["np"])
    if metric is None:
        metric = next((w for w in _WORD.findall(state.headline.lower()) if w in _MEASURE), None)
    return replace(desc, entity=entity, metric=metric) if (entity, metric) != (desc.entity, desc.metric) else desc


def _parent_series(sentence: str, start: int, metric: str | None, state: ArticleState) -> str | None:
    """The series that the series ``metric`` is a component of, when the text says so.

    `Among the five sub-indexes that make up the manufacturing PMI, the production
    index (50.1%) ...`, `components of X`, `X's sub-index for Y`. A component named
    once keeps its parent for the rest of the article (`the production index is
    0.5% below last month's`).
    """
    if not metric:
        return None
    low = sentence.lower()
    for m in _COMPONENTS.finditer(sentence, 0, start) if any(w in low for w in _COMPONENT_WORDS) else ():
        parent = _normalize(_acronym(m["parent"] or m["owner"])[0])
        if parent and parent not in metric:
            state.parents[metric] = parent
    return state.parents.get(metric)


def _opening_name(sentences: list[str]) -> str | None:
    """The name a sentence opens with as its subject (`FAW has had a serious overcapacity problem`)."""
    opening = _NAMED_SUBJECT.match(sentences[0]) if sentences else None
    if opening is None or _country(opening["name"]) or _CALENDAR.match(opening["name"]):
        return None
    return opening["name"]


def _last_name(text: str, state: ArticleState) -> str | None:
    """The last name in ``text`` that may be a person's: not a country, nor an outlet reporting the
    article (`A migrant interviewed by the Voice of America said he paid`)."""
    named = [n for n in _MULTI_NAME.findall(text) if not _country(n) and n not in state.outlets]
    return _NAME_LEAD.sub("", named[-1]) if named else None


def _last_person(before: str, state: ArticleState) -> str | None:
    """The last person's name in ``before`` or the two sentences read before it."""
    for text in (before, *reversed(state.read[-3:-1])):  # the current sentence is read[-1]
        if name := _last_name(text, state):
            return name
    return None


# national outlets by the country they report from (wire services and international papers report from anywhere)
def _homes(names: str, country: str) -> dict[str, str]:
    """Outlet names, one per `|` (spaces as written, whatever the line breaks), to the country they report from."""
    return {" ".join(name.split()): country for name in names.split("|")}


_OUTLET_HOMES = {
    **_homes(
        """Xinhua|People's Daily|People’s Daily|China Daily|Global Times|CGTN|CCTV|China News Service|Caixin|
        The Paper|Sixth Tone|Yicai|Sina|Sina Finance|Sohu|NetEase|Tencent News|ifeng.com|Phoenix News|
        21st Century Business Herald|Economic Observer|National Business Daily|NBD|Securities Times|
        China Securities Journal|Beijing Daily|Beijing News|Beijing Youth Daily|Shanghai Daily|Jiefang Daily|
        Southern Metropolis Daily|Southern Weekly|China Youth Daily|Guangming Daily|Legal Daily|Economic Daily|
        Science and Technology Daily|Health Times|Jiemian|Guancha|Guancha.cn|36Kr""",
        "China",
    ),
    **_homes(
        """Central News Agency (Taiwan)|Central News Agency|Focus Taiwan|Taipei Times|Liberty Times|United Daily News|
        China Times|Taiwan News|TVBS|ETtoday""",
        "Taiwan",
    ),
    **_homes(
        """The Standard|Hong Kong Free Press|RTHK|Ming Pao|Hong Kong Economic Times|
        Hong Kong Economic Journal|Sing Tao Daily|Oriental Daily|HK01|The Witness""",
        "Hong Kong",
    ),
    **_homes("Kyodo|Kyodo News|NHK|Japan Times|Asahi Shimbun|Mainichi|Yomiuri Shimbun|Nikkei", "Japan"),
    **_homes("Yonhap|Korea Herald|Korea JoongAng Daily|Korea Times|Chosun Ilbo", "South Korea"),
    **_homes("Press Trust of India|The Hindu|Times of India|Hindustan Times|Economic Times", "India"),
    **_homes("VnExpress|Tuoi Tre|Vietnam News", "Vietnam"),
}
_CITY_ITSELF = re.compile(r"\b[Tt]he\s+city(?:[’']s|\s+government)\b|\b[Mm]unicipal\b")  # an article on a capital as a city
_SEATS = {
    "Beijing": "China", "Washington": "United States", "Tokyo": "Japan", "Moscow": "Russia", "Taipei": "Taiwan",
    "Seoul": "South Korea", "Pyongyang": "North Korea", "New Delhi": "India", "Brussels": "European Union",
    "Kyiv": "Ukraine",
}


# a series ranked against another's figure: `The city’s minimum wage remains the highest in the country, ahead of`
_RANKED_AHEAD = re.compile(
    r"(?<![^,;:]\s)(?<!\w)(?P<np>[^,;:]+?)\s+(?:remains|remained|is|was|are|were|ranks|ranked)\s+(?:the\s+|among\s+the\s+)?"
    r"[\w-]*(?:est|most|least)\b[^,]*,\s+(?:just\s+|only\s+|well\s+)?(?:ahead\s+of|behind|above|below|after|"
    r"followed\s+by|trailing)\s+(?:only\s+)?$"
)
_NATIONAL_EMPLOYERS = re.compile(r"(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+employers")
_WITH_PART = re.compile(r",\s+with\s+(?:the\s+)?(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)\s+(?:accounting\s+for|making\s+up)\s+$")
_WOULD_BE = re.compile(r"\b(?:would|will|could|may|might)\s+(?:still\s+)?be$")
# a metric's tail that names another figure: `nickel ore mining quotas to about 150 million tonnes` (not `aged 25 to 29`)
_FIGURE_TAIL = re.compile(r"(?<![\d\s])\s+(?:to|from)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?[\d$€£¥].*$")
_ANSWERED = re.compile(r"\s+(?:of\s+(?:them|those|respondents|[a-z]+\s+surveyed)\s+)?(?:said|say|says|reported|answered)\b")
# a clause with a figure a verb gave, which no subject holds (`Profits at firms with revenue of at least 20 million yuan` may)
_FIGURE_IN = re.compile(
    r"\b[a-z]{3,}ed\s+(?:(?:about|nearly|over|more\s+than)\s+)?\d[\d,.]*\s*"
    r"(?:%|percent\b|per\s+cent\b|(?:million|billion|trillion|yuan|dollars|euros)\b)"
)
_IN_REAL_TERMS = re.compile(r"\s+in\s+real\s+terms\b")
_REAL_SERIES = re.compile(r"^(?!real\s).*\b(?:income|wages?|earnings|gdp|gross\s+domestic\s+product)\b")  # named net of prices
# what a forecaster expects to move: `expects inflation to peak at`, `forecast exports to rise by`
_EXPECTED_TO = re.compile(
    r"\b(?:expects?|expected|forecasts?|forecast|predicts?|predicted|projects?|projected|sees?)\s+"
    r"(?P<x>(?!(?:it|them|this|that|prices?\s+to\s+be)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+to\s+"
    r"(?:peak|rise|fall|average|reach|hit|slow|ease|accelerate|remain|stay|grow|drop|decline|climb|top"
    r"|(?:end|finish|close)\s+(?:the|this)\s+year)"  # `expects inflation to end the year at 24%`
    r"(?:\s+(?:at|to|by|around|near|about))?$"
)
# where a forecaster puts a series: `projects retail inflation at`, `puts the deficit at`
_PROJECTED_AT = re.compile(
    r"\b(?:projects?|projected|forecasts?|estimates?|puts?|pegs?|pegged)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<x>(?!(?:it|them|this|that)\b)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?)(?:\s+(?:in|for)\s+(?:19|20)\d\d)?\s+at$"
)  # (`forecast world cereal production in 2024 at`: the year the forecast is for)
# `Heavily indebted Guizhou`, `cash-strapped Hebei`: a place with words that describe it (not `Bank of Japan`)
_DESCRIBED_PLACE = re.compile(r"(?:[A-Za-z][\w-]*ly\s+)?[A-Za-z]?[a-z]*(?:ed|-[a-z]+)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_QUANTIFIERS = frozenset("most many some others all both few several none each majority rest".split())


def _of_another(head: str, rest: str) -> str:
    """The series just named, of others: `Urban residents’ per capita disposable income ..., while that of rural
    residents` is the rural residents' (not the urban residents' of rural residents)."""
    words = head.split()
    owner = rest.split()[-1].lower() if rest.startswith("of ") else ""
    if owner in words[:-1]:
        return f"{rest[3:]} {' '.join(words[words.index(owner) + 1 :])}"
    return f"{head} {rest}"


def _entity_of(subject: str, state: ArticleState, before: str = "", verb: str = "") -> str | None:
    """The entity a clause subject names: a resolved pronoun, a country, or a name; a capital that acts
    (``verb``) is its government, one that is or has something the city."""
    if _PERSON.match(subject.strip()) and (name := _last_name(before, state)):
        return name  # `Wang Jingyu also mentioned that he had been`
    relative = _RELATIVE_OF.match(subject.strip())
    if relative and relative["name"]:
        return relative["name"]
    if relative:  # `Simon Zhang talked ... He described how his father was sentenced`
        person = _last_person(before[: before.rfind(relative[0])], state)
        return f"{person}'s {relative['who']}" if person else None
    if _COREF.match(subject) or _PLACE_COREF.match(subject):
        return state.resolve(subject)
    if _OWNER_ALONE.fullmatch(subject.strip()):  # `and Canada's shrank`: Canada's deficit
        owner = subject.strip()[:-2]
        return _country(owner) or owner
    bare = _OWNED.sub("", _DET.sub("", _SPACES.sub(" ", _untimed(subject))).strip(" ,"))
    if bare.lower() in _QUANTIFIERS:
        return None  # `Most were held for between five and 15 days`: some of those named before, not a name
    quantified, _, rest = bare.partition(" ")
    if rest and quantified.lower() in _QUANTIFIERS and not rest.startswith(("of ", "“", '"')):  # (not a title's)
        bare = rest  # `Most Chinese provinces have set`: the provinces, however many of them
    described = _DESCRIBED_PLACE.fullmatch(bare) if " " in bare else None
    if described and names_place(described["place"]):
        return _country(described["place"]) or described["place"]  # `Heavily indebted Guizhou lowered its target`
    employers = _NATIONAL_EMPLOYERS.fullmatch(bare) if bare.endswith("employers") else None
    if employers and _country(employers["c"]):
        return _country(employers["c"])  # `U.S. employers added 119,000 jobs`: the country's payrolls
    if bare.endswith(")"):  # `Alternative for Germany (AfD)`: the name, without its acronym
        bare = _ACRONYM_PAREN.sub("", bare).rstrip()
    if "-" in bare:  # `far-right Alternative for Germany`, `state-owned Sinopec`: the name, not what it is
        bare = _HYPHENED_EPITHET.sub(r"\1", bare)
    standing = _STANDING.match(bare)
    bare = bare[standing.end() :] if standing else bare
    placed = _GROUP_IN_PLACE.fullmatch(bare) if any(word in bare for word in _PLACED_WORDS) else None
    if placed and _country(placed["place"]):
        return _country(placed["place"])  # `Authorities in northern Myanmar have handed over`: Myanmar
    grouped = placed and (_PLURAL_WORD.match(bare.capitalize()) or bare.partition(" ")[0].lower() in _GOVERNING)
    if grouped and placed and _LONE_PLACE.fullmatch(placed["place"]):
        # `Homicides in Chicago fell`, `The wildfires across Los Angeles County`, `Police in England and Wales
        # recorded`: the place's
        return placed["place"]
    # (`in Sichuan's Sertar county`: the kind, in lower case, is no part of the place the pattern keeps)
    district = _OWNED_DISTRICT.search(bare, placed.start("place")) if grouped and placed else None
    if district:  # `Authorities in Sichuan’s Garze Tibetan Autonomous Prefecture`: the prefecture's
        return district["unit"]
    city = _OWNED_CITY.fullmatch(placed["place"]) if placed else None
    if city and names_place(city["city"]):  # `A village in Zhejiang's Wenzhou has sold`: the city's
        return city["city"]
    named = _named_in_place(bare)
    if named:
        return named
    governing = _PLACE_GOVERNMENT.fullmatch(bare) if bare.endswith(_GOVERNING) else None
    if governing and _country(governing["place"]):
        return _country(governing["place"])  # `Hong Kong authorities have arrested 291 people`: Hong Kong
    called = _CALLED.search(bare) if " " in bare else None
    if called:
        return called["name"]  # `a China-based hacking group it calls Storm-0558`: the name it goes by
    described = _DESCRIBED_NAME.fullmatch(bare) if bare[:1].isupper() and bare.count(" ") >= 2 else None
    if described:
        # `Fellow activist Xu Zhiyong received 14 years`: the person
        return described["name"] or described["hyphened"] or described["one"] or described["owned"]
    titled = (_TITLED.match(bare) or _QUOTED_TITLE.fullmatch(bare)) if "“" in bare or '"' in bare else None
    if titled:
        return titled["title"]  # `The comedy “YOLO” led with 2.6 billion yuan`, `top film, “Full River Red,” earned`
    if bare in _SEATS and not (
        verb in _COPULAS
        or verb in _HAS and _POSSESSES.search(before)  # `Beijing has cancelled`, `has sent` act
        or verb in ("kept", "keeps", "maintained", "maintains")  # `Beijing kept its target at around 5 percent`
        or _CITY_ITSELF.search(state.body)  # `Beijing will give consumers ..., the city’s commerce bureau said`
    ):
        return _SEATS[bare]  # `Beijing aims for growth of 5%`; not `Beijing has 4.65 million residents`
    if _country(bare):
        return _country(bare)
    offshoot = _NAMED_OFFSHOOT.fullmatch(bare) if bare.endswith(_OFFSHOOTS) else None
    if offshoot:  # `SpaceX’s Starlink satellite internet service`: Starlink
        return offshoot["name"]
    if without_home(bare) != bare:
        return without_home(bare)
    if bare.endswith(("ans", "is")) and bare[:-1].lower() in _COUNTRIES:
        return _country(bare[:-1])  # `the Americans won 126 medals`: a people, its country's
    if _is_document(bare):
        return None  # `The Report lists 29 countries`: a document, not what the figure is about
    body = [n for n in state.names if n.endswith(f" {bare}")] if _BODY.fullmatch(bare) else []
    if len(body) == 1:
        return body[0]  # `The Commission can impose`, after `The European Commission fined`
    if ", " in bare and _NAME_LIST.fullmatch(bare):
        return bare  # `India, Indonesia, China, the Philippines and Pakistan`, however long
    a_name = (
        standing is not None
        or _named_plural(subject, before)
        or not _is_common(_HYPHENED_EPITHET.sub(r"\1", subject), state)
    )
    lead = _RANKED_LEAD.match(bare)  # `top 100 Chinese property developers`: the group as ranked
    named = bare[lead.end() :] if lead else bare
    if named[:1].isupper() and len(bare.split()) <= 6 and a_name and not _COUNTED_PHRASE.match(named):
        return bare
    return None


def _named_plural(subject: str, before: str) -> bool:
    """Whether a capitalised plural subject comes after the sentence has begun, which makes it a name (`By
    comparison, Starbucks had`); at the start it may be a common noun (`Exports rose`)."""
    return _PLURAL_WORD.fullmatch(subject) is not None and before[: before.rfind(subject)].rstrip().endswith(",")



def _shares_mover(
    unit: str, kind: str, subject: tuple[str, str] | None, phrase: _Phrase | None, state: ArticleState
) -> str | None:
    """The firm whose name moved by a percentage in a market story, which is its shares' move (`Meituan dropped
    5.6%` in an article on the Hang Seng index); None where a firm's own series is named (`Meituan's revenue rose
    5.6%`) or the figure is no such move."""
    if unit != "percent" or kind != "change" or subject is None or phrase is not None and phrase.metric is not None:
        return None
    name = _DET.sub("", subject[0]).strip()
    moved = (
        subject[1] in MOVED_FORMS
        and name[:1].isupper()
        and len(name.split()) <= 5
        and _is_business(name)
        and _STOCK_INDEX.search(state.body) is not None
    )
    return name if moved else None


def _is_business(name: str) -> bool:
    """A name that is no place, agency or person: the company an article is about (`Apple`, `Nike`)."""
    return not _country(name) and not is_agency(name) and not _looks_personal(name)


# the world's large cities (`scripts/cities.py` writes the list from GeoNames)
_CITIES = frozenset(Path(__file__).with_name("cities.txt").read_text(encoding="utf-8").splitlines())
_CITY_BEFORE = re.compile(r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?=[a-z])")


def _city_before(phrase: str) -> str | None:
    """`Sydney` of `Sydney values`, `Toronto rents`: a city before a series in lower case is whose it is."""
    m = _CITY_BEFORE.match(phrase)
    return m["city"] if m and m["city"] in _CITIES else None


def _named_in_place(phrase: str) -> str | None:
    """`Park Fire` of `Park Fire in Northern California`: a name is what it is, not where."""
    named = _NAME_IN_PLACE.fullmatch(phrase) if " in " in phrase else None
    return named["name"] if named and not _country(named["name"]) else None


def without_home(name: str) -> str:
    """`Taiwan's Foxconn` -> `Foxconn`: a name, not its country's; `Taiwan's cabinet` stays whole. A company
    is named without its home city too: `Dubai’s Emirates Group`."""
    home = _HOME.fullmatch(name) if "s " in name else None
    return home["name"] if home and (_country(home["home"]) or home["name"].rpartition(" ")[2] in COMPANY_ENDS) else name


def _names_source(entity: str, source: str) -> bool:
    """Whether ``entity`` is the source itself, or its acronym (`DGBAS` of `Directorate-General of Budget, ...`)."""
    if entity == source:
        return True
    capitals = iter(re.findall("[A-Z]", source))
    return len(entity) >= 2 and entity.isupper() and entity[0] == source[0] and all(c in capitals for c in entity)


def _verbal(word: str) -> bool:
    """A verb, or a word shaped like one (`demanded`, `totaling`): no part of a noun phrase's name."""
    return word in _VERBS or word.endswith(("ed", "ing"))


def _shares_as_common(np: str, state: ArticleState) -> bool:
    """Whether the subject that holds a share is a thing (`Coal`, `hydropower`), not who holds it (`The
    country`, `the company`, a name)."""
    bare = _DET.sub("", np.strip())
    return not (_COREF.match(bare) or _PLACE_COREF.match(bare)) and (
        _is_common(np, state) or state.in_lower_case(np)
    )


_TO_PLACE = re.compile(r"\s+(?:to|in|into|from)\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})$")


# a forecast's span, no series of it: `its profit forecast for the year`
_FORECAST_SPAN = re.compile(
    r"(?:the\s+)?(?:current\s+|full\s+|whole\s+|fiscal\s+|financial\s+)?(?:year|quarter|half|period)(?:\s+to\s+.+)?",
    re.IGNORECASE,
)
# rain or snow that fell: `250 millimetres of rain fell`, `268 mm fell in six hours`
_FALLEN_AFTER = re.compile(r"\s+(?:of\s+(?:fresh\s+|new\s+)?(?P<what>rain|snow)(?:fall)?\b|fell\b)")
# the place an event's clause names: `in the town of Sort`, `on parts of the Minho region`, `in Niigata prefecture`
_LOCALITY = re.compile(
    r"\b(?:in|near|across|on|at)\s+(?:parts\s+of\s+)?(?:the\s+)?(?:"
    r"(?:town|city|village|resort|canton|prefecture|county|district|region)\s+of\s+(?P<of>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    # (`Wuhan’s Hongshan district`: the district, not whose it is)
    r"|(?:[A-Z][\w-]*[’']s\s+)?(?P<named>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:region|prefecture|county|district|canton|valley))\b"
)
_LOCALITY_WORDS = ("town of", "city of", "village of", "resort of", "canton of", "region", "prefecture", "county", "district", "valley")
_SOME_OF_THEM = re.compile(r"(?:\b(?:most|many|some|all|half)\s+of\s+them|\bmostly|\bincluding)\s+$")
_NEXT_CLAUSE = re.compile(r",\s+(?:after|while|but|as|when|where|which|who|and)\b|;")
_GLOBAL_SERIES = re.compile(r"(?:average\s+|mean\s+|total\s+)?(?:global|world)\s")  # `average global temperature`

# `The top 100 Chinese property developers`: a ranked group, as a demonym's or name's as the group itself
_RANKED_LEAD = re.compile(r"^(?:top|biggest|largest|leading)(?:\s+\d[\d,]*)?\s+(?=[A-Z])")


def _is_common(np: str, state: ArticleState) -> bool:
    """A phrase of common nouns, lower-case but for a sentence's first letter: `Housing starts`, `crime`,
    `Trips`; not a name (`Tesla`, `Hong Kong banks`, a plural the article names by, `Siemens`) nor a
    demonym (`Chinese brands`). Time phrases do not count (`Trips during the Golden Week`)."""
    bare = _RANKED_LEAD.sub("", _DET.sub("", _SPACES.sub(" ", _untimed(np)).strip()))
    placed = _TO_PLACE.search(bare) if " to " in bare or " in" in bare or " from " in bare else None
    if placed and _country(placed["place"]):
        bare = bare[: placed.start()]  # `Net migration to the United Kingdom`: a series, and where it goes
    return (
        bare[:1].islower()
        or _COMMON_HEAD.fullmatch(bare) is not None and not _is_demonym(bare.split(None, 1)[0].split("-")[0])
        or _COMMON_WORD.fullmatch(bare) is not None
        # a capital after `the` is a name's (`while the Conservatives were reduced to`), a first word's maybe not
        or _PLURAL_WORD.fullmatch(bare) is not None and bare not in state.names and not np.lstrip().startswith("the ")
        # `Support was strongest among`: a word the article writes in lower case elsewhere
        or bare.isalpha() and bare[1:].islower() and f" {bare.lower()} " in state.body
    )


_TOPPED_AMONG = re.compile(
    r"(?P<what>[A-Za-z][a-z]*(?:\s+[a-z]+){0,3}?)\s+(?:was|were|is|are)\s+(?:the\s+)?"
    r"(?:strongest|highest|lowest|weakest|greatest|biggest|largest|smallest)\s+(?:among|in|for)\s+(?P<who>.+)"
)
_RANKED = re.compile(
    # (`Visitors from Germany accounted for the largest share of spending, at`: Germany's spending)
    r"(?:[A-Z][a-z]+\s+from\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?P<verb>[a-z]+ed|had|held|sold|won|spent|took|drew|made)\s+"
    r"(?:for\s+)?the\s+(?:most|largest|biggest|highest|greatest|fewest|least|lowest|smallest)\s+(?P<what>[a-z][a-z\s-]*?)"
    r"(?:\s+(?:among|in)\s+[^,]+|\s+of\s+(?P<of>[^,]+))?"
)


_TOP_WAS_IN = re.compile(
    r"(?:The\s+|the\s+)?(?:strongest|highest|lowest|weakest|greatest|biggest|largest|smallest)\s+"
    r"(?P<what>[a-z][a-z\s-]*?)\s+(?:was|were|is|are)\s+(?:in|among|for)\s+(?P<who>.+)"
)


def _ranked(named: str) -> _Phrase | None:
    """The series and whom a ranking before a figure names: `Guangdong issued the most bonds among all provinces,
    at`: the bonds Guangdong issued; `Spain had the highest jobless rate at`, `The highest jobless rate was in
    Spain, at`: Spain's jobless rate; `Support was strongest among those aged 65 and over, at`: their support."""
    ranked = _RANKED.fullmatch(named)
    if ranked and ranked["of"] and ranked["what"] in ("share", "portion", "part"):
        # `accounted for the largest share of spending, at 3.7 billion euros`: the spending
        return _Phrase(_normalize(ranked["of"]), _country(ranked["who"]) or ranked["who"])
    if ranked:
        done = "" if ranked["verb"] == "had" else ranked["verb"]
        return _Phrase(_normalize(f"{ranked['what']} {done}"), _country(ranked["who"]) or ranked["who"])
    topped = _TOPPED_AMONG.fullmatch(named) or _TOP_WAS_IN.fullmatch(named)
    return _Phrase(_normalize(topped["what"]), _country(topped["who"]) or topped["who"]) if topped else None


_PLACE_COUNTS = frozenset("countries cities provinces states regions districts counties towns villages".split())


def _which_counted(after: str, noun_end: int, counted: str, metric: str | None) -> str | None:
    """A count's series with what the words after its noun say of the things counted: where (`sold 1.2 million
    vehicles overseas`: vehicles sold overseas), which (`29 countries that are most at risk for human
    trafficking`; `40 stores that sell organic food` keep the pronoun their verb needs) and how old (`people aged 60
    and above`)."""
    abroad = _ABROAD.match(after, noun_end) if (metric or "").startswith(counted.lower()) else None
    if abroad:
        metric = f"{metric} {abroad['where'].lower()}"
    kept = _COUNTED_CLAUSE.match(after, noun_end) if metric == counted.lower() else None
    if kept:
        metric = _normalize(f"{counted} {'' if kept['aux'] else kept['pronoun']} {kept['rest']}")
    aged = _AGED_AFTER.match(after, noun_end) if metric == counted.lower() else None
    if aged:  # `310 million people aged 60 and above`: the age group counted
        metric = f"{metric} {aged[1]}"
    return metric


_AGED_AFTER = re.compile(r"\s+(aged\s+\d+\s+(?:and\s+(?:above|over|older)|(?:to|-)\s*\d+))\b")


def _places_reached(counted: str | None, near: str) -> bool:
    """Whether a count is of the places a series spread to: `reported across 12 countries`, `300 stores in 12
    countries`, `fell in 63 of 70 major cities`."""
    return (
        counted is not None
        and _RANK_ADJECTIVE.sub("", counted).removesuffix(" and regions") in _PLACE_COUNTS
        and (near.endswith((" in", " across")) or bool(_IN_PART_OF.search(near)))
    )


_RANK_ADJECTIVE = re.compile(rf"^{_SIZE_WORDS}\s+")
_IN_PART_OF = re.compile(r"\s(?:in|across)\s+[\d,]+\s+of$")  # `fell in 63 of 70 major cities`: the whole, too


def _metric_phrase(
    before: str,
    after: str,
    unit: str,
    counted: str | None,
    state: ArticleState,
    credited: str | None,
    subject: tuple[str, str] | None,
) -> _Phrase | None:
    """The series a quantity measures, from the first sentence shape that fits; None to inherit.

    ``subject`` is `_subject(before)`, which the caller needs as well.
    """
    pace = _AT_PACE_OF.search(before) if before.endswith("of ") else None
    if pace:  # `fell 5.4% to a seasonally adjusted annual rate of 3.89 million units`: how the series is counted
        before = before[: pace.start()]
    near = _peel(before)  # the words before the figure without its qualifiers, which most shapes read
    seen = _SEEN_COURSE.search(near) if "see" in near else None
    if seen:  # `ECB staff now see the euro zone economy growing 0.7%`: the economy's growth
        grows = seen["v"] in _GROWTH_COURSES
        seen_phrase = _split_np(f"{seen['x']} growth" if grows else seen["x"], state, credited)
        euro = _EURO_AREA.match(seen["x"]) if seen_phrase.entity is None else None
        if euro and seen_phrase.metric:  # `the euro zone economy`: whose course is seen
            seen_phrase.entity, seen_phrase.metric = "euro zone", seen_phrase.metric[euro.end() :].strip() or None
        return seen_phrase
    projected = _PROJECTED_AT.search(near) if near.endswith(" at") else None
    if projected and not _is_generic(projected["x"]):  # `now projects retail inflation at 3.1%`: inflation
        return _split_np(projected["x"], state, credited)
    expected = _EXPECTED_TO.search(near) if " to " in near else None
    if expected and not _is_generic(expected["x"]):  # `expects inflation to peak at 4% in September`: inflation
        return _split_np(expected["x"], state, credited)
    had_cut = _HAD_X_CUT.search(near) if near.endswith(" by") and " had " in f" {near} " else None
    if had_cut:  # `have had their annual bonuses cut by 20 to 30 percent`: the bonuses
        return _split_np(had_cut["x"], state, credited)
    saw = _SAW_MOVE.search(near) if subject and subject[1] == "saw" else None
    if saw and subject:
        whose = subject[0]
        return _split_np(f"{whose}'s {saw['x']}" if _COREF.match(whose) else f"{whose} {saw['x']}", state, credited)
    if subject and (subject[0].lower() in ("they", "it") or _OWNER_ALONE.fullmatch(subject[0])):
        # `prices rose 0.3 percent, while in Beijing they dropped 0.4 percent`, `Australia's deficit narrowed ...
        # and Canada's shrank`: the series before
        return None
    if unit == "year" and near.endswith(" live") and _EXPECTED_LIFE.search(near):
        return _Phrase("life expectancy")  # `Women can expect to live 81.1 years`
    fallen = _FALLEN_AFTER.match(after) if unit in ("millimeter", "centimeter", "inch", "meter") else None
    if fallen:  # `250 millimetres of rain fell`, `268 mm fell in six hours`: rainfall (or snowfall)
        return _Phrase(f"{fallen['what'] or 'rain'}fall")
    scored = SCORE_FIELD_AFTER.match(after) if unit == "index" and "scor" in before[-80:] else None
    if scored:  # `scoring 575 in math`: the math score
        return _Phrase(f"{scored['field']} score")
    vote = _VOTE_AFTER.match(after) if unit == "percent" and near.endswith(" voted") else None
    if vote:  # `workers voted 64 percent against the offer`: the votes against it
        return _Phrase(_normalize(f"votes {vote['side']} {vote['x']}"))
    asked = _ASKED_MOVE.search(near) if near.endswith(" of") else None
    if asked:  # `is seeking a pay rise of 10.5 percent`: pay, as `a 3.5% pay rise` is
        return _Phrase(asked["x"])
    averaging = _NOUN_AVERAGING.search(near) if near.endswith(" averaging") else None
    if averaging and not _is_generic(averaging["x"]):  # `received prison terms averaging 10.1 years`: the average term
        x = averaging["x"].lower()
        return _Phrase(f"average {x if x.endswith('ses') else _singular(x)}")
    each = _PER_EACH.match(after) if unit == "count" and counted else None
    if each and subject and subject[1] in _COPULAS and _is_measure(subject[0]):
        each = None  # `India's fertility rate is 2.0 births per woman`: the rate the subject names
    if each:  # `roughly 33 applicants for each post`: a ratio of two counts
        return _Phrase(f"{each['n'].lower()} per {each['per'].lower()}")
    brought = _BROUGHT_TO.search(near) if near.endswith((" to", " of")) else None
    if brought and not _is_generic(brought["x"]):  # `That brought the country’s cumulative solar capacity to`
        return _split_np(brought["x"], state, credited)
    part_of = _PART_RESTATED.search(near) if unit == "percent" and near.endswith(" or") else None
    if part_of:  # `accounted for 6,720 of the cases, or about 65 percent`: its share of them
        return _Phrase(f"share of {part_of['whole'].lower()}")
    traded = _ON_EXCHANGE.search(subject[0]) if subject and " on the " in subject[0] else None
    if traded and subject:  # `Copper futures on the London Metal Exchange rose`: the price of copper there
        phrase = _split_np(subject[0], state, credited)
        if phrase.metric and phrase.metric.endswith(" futures"):
            phrase.metric += " price"
        return phrase
    if unit == "percent" and subject and _PACE_AFTER.match(after) and _MOVED_AT.search(near.lower()):
        return _split_np(subject[0], state, credited)  # `Prices rose at the fastest 5% rate in years`: prices
    if before.rstrip().endswith("("):  # `the new order index (49.3%)`
        named = before.rstrip()[:-1]
        return _split_np(named[_clause_start(named) :], state, credited)
    aside = _AT_ASIDE.search(before) if before.endswith("at ") else None
    if aside:  # `Unemployment in Spain, at 11.7%, remains`: the subject the aside is about
        named = before[: aside.start()]
        head, comma, described = named.rpartition(", ")
        if comma and described.startswith(("the ", "a ")) and _is_measure(head[_clause_start(head) :]):
            named = head  # `the five-year rate, the benchmark for mortgages, at`: the rate the aside describes
        named = named[_clause_start(named) :].strip()
        ranked = _ranked(named)
        if ranked:
            return ranked
        if named and (_is_measure(named) or _is_common(named, state)):
            return _split_np(named, state, credited)
    elif before.endswith((" at ", ", with ")):  # `Spain had the highest jobless rate at 11.2%`, `..., with 785`
        named = before[: before.rstrip().rfind(" ")].rstrip(" ,")
        ranked = _ranked(named[_clause_start(named) :].strip())
        if ranked:
            return ranked
    per = _PER_ITEM.match(after) if _AVERAGE_BEFORE.search(before[-25:]) else None
    if per and per["unit"] not in UNIT_WORDS:  # `with an average of $398 per transaction`: the average transaction
        return _Phrase(f"average {per['unit']}")
    if subject and _places_reached(counted, near) and _is_measure(subject[0]):  # `2,863 cases were reported across 12 countries`: the countries with cases
        return _Phrase(f"{counted} with {_split_np(subject[0], state, credited).metric or _head(subject[0])}")
    measured = _MEASURED.get(unit_family(unit))
    rated = _RATED.match(after) if measured == "power" else None
    if rated:  # `The 1.1-gigawatt dam`, `a 100-megawatt plant`: what it can deliver
        return _Phrase(f"{rated['n']} capacity")
    covered = _COVERED_ON.search(near) if measured == "area" and near.endswith(("on", "covering")) else None
    harmed = _PASSIVE.match(after) if covered else None
    if covered and harmed:  # `Crops on more than 3,000 hectares have been damaged`: the crop area damaged
        return _Phrase(f"{_singular(covered['n'].lower())} area {harmed['v'].lower()}")
    sized = _SIZED.search(before) if measured == "area" and before.endswith("than ") else None
    if sized:  # `homes larger than 120 square meters`: how big the homes are
        return _Phrase(f"{_singular(sized['n'])} size")
    dimension = _DIMENSION_AFTER.match(after) if measured == "distance" else None
    if dimension or measured == "weight" and _WEIGHING.search(before[-_NEAR:]):
        # `The bridge, which is 1.6 miles long`: the bridge's length; `weighing 220,000 tonnes`: a weight
        size = _DIMENSIONS[dimension[1] or dimension[2]] if dimension else "weight"
        if subject and subject[1] in _COPULAS and not _is_generic(subject[0]):
            whose = _DET.sub("", subject[0])  # `The Eiffel Tower is 330 metres tall`: the tower's height
            return _split_np(f"{whose}'s {size}" if whose[:1].isupper() else f"{whose} {size}", state, credited)
        return _Phrase(size)
    if unit in CURRENCY_CODES and (done := _took_to(near, after)):
        return _Phrase(f"cost {done}")  # `took six years and $4.2 billion to build`
    at_near = f"{_unqualified(before)} " if near.endswith(" at") else ""  # past `more than`
    valued = (_WHICH_PUT_AT.search(at_near) if ", which " in at_near else _PUT_X_AT.search(at_near)) if at_near else None
    if unit in CURRENCY_CODES and near.endswith(" valued at") and _WAS_VALUED.search(near):
        return _Phrase("valuation")  # `It was valued at $66 billion in a fundraising round`
    if valued and _COREF.match(valued["x"]):  # `The deal values the company at $69 billion`: its valuation
        return _Phrase("valuation", state.resolve(f"the {valued['x']}"))
    if unit in CURRENCY_CODES and at_near.endswith(" it at ") and _VALUE_IT_AT.search(at_near):
        return _Phrase("valuation")  # `a listing that could value it at about £50 billion`: the company's, named before
    if valued and not _is_generic(valued["x"]):  # `their cost of production, which analysts put at`: that cost
        return _split_np(valued["x"], state, credited)
    kept = _KEEP_X.search(near) if "keep" in near else None
    if kept and _is_measure(kept["x"]):  # `calls for keeping the country's grain output above 650 million tonnes`
        return _split_np(kept["x"], state, credited)
    moved = _value_moved(near, after, unit)
    if moved:  # `adding nearly $40 billion to its market value`: a change of the market value
        return _split_np(moved["n"], state, credited)
    ratio = _RATIO.match(after) if unit in ("times", "percent") else None
    if ratio and unit == "times":  # `a 1.43 times higher risk of developing mental disorders`
        return _split_np(f"{ratio['x']} ratio", state, credited)
    if ratio and _RISK.match(ratio["x"]):  # `a 20% higher risk of heart disease`: the risk it raised
        return _split_np(ratio["x"], state, credited)
    share = _SHARE.match(after) if unit == "percent" and not counted else None
    if share:
        x = _LEADING_NUMBER.sub("", share["x"].strip())
        if not x or x.endswith("ed") and " " not in x:
            return None  # `52 percent of the 65 million recorded in 2018`: of the series' earlier figure
        if _OF_OUTPUT.fullmatch(x) or x == "output" and subject and _FISCAL.search(subject[0]):
            if subject and not _is_generic(subject[0]):
                return _split_np(subject[0], state, credited)  # `The fiscal deficit narrowed to 5.6 percent of GDP`
            named_of = _NAMED_OF.search(near)
            if named_of:
                return _split_np(named_of["np"], state, credited)  # `A budget deficit of 3 percent of GDP`
        if _OWN_VALUE.match(after) and _LOST.search(near.lower()):
            # `shares have lost 62 percent of their value`: a fall of the shares, as `shares fell 62 percent` is
            traded = subject and _MARKET_PRICE_WORDS.search(subject[0].lower())
            return _Phrase(traded[1] if traded else "value")
        if x.lower().endswith(("market", "vote")):  # `held 37 percent of the market`, `won 40 percent of the vote`
            phrase = _split_np(f"{x} share", state, credited)  # (not `70% of the votes have been counted`)
            if subject and not _is_measure(subject[0]):
                phrase.entity = None  # `Chinese brands held 56.2% of China's car market`: the holder
            return phrase
        owner = _POSSESSOR.match(x)
        place = state.resolve(_DET.sub("", owner["who"])) if owner and _PLACE_COREF.match(owner["who"]) else None
        if owner and place:  # `60 percent of the country’s electricity`: the country's, China's
            x = owner["rest"]
        holder = subject[0] if subject and subject[1] in _SHARE_VERBS and _shares_as_common(subject[0], state) else ""
        # `Coal generated 60 percent of electricity`: coal's share; `Chinese brands held ...` is a name's
        phrase = _split_np(f"{holder.lower()} share of {x}{share['part'] or share['flow'] or ''}".strip(), state, credited)
        phrase.entity = phrase.entity or place
        if (
            _PEOPLE.fullmatch(x)
            and not (subject and subject[1] in _SHARE_VERBS)  # the subject holds the share
            and not near.endswith(SHARE_PARTICIPLES)  # `1.05 billion, accounting for 95.5 percent of all users`
        ):
            phrase.entity = (
                phrase.entity or x
            )  # `54 percent of university students`: the population
        return phrase
    who = _SHARE_WHO.match(after) if unit == "percent" and not counted else None
    who = who if who and _OPENS_CLAUSE.search(near) else None  # `About 12 percent said`: after `About`
    if who:  # `a survey found that 62 percent were reluctant to marry`: the share who did or are that
        return _Phrase(_normalize(f"share {who['vp']}"))
    people = _PEOPLE_WHO.match(after) if unit == "percent" and not counted else None
    who = _SHARE_WHO.match(after, people.end()) if people else None
    if people and who:  # `Seven in 10 Taiwanese support raising defense spending`: the share of them who do
        return _Phrase(_normalize(f"share {who['vp']}"), people["x"])
    group = _GROUP_THEN.match(after) if unit == "percent" and not counted else None
    if group and not _is_measure(group["x"]) and not FORECASTERS_AFTER.match(after):  # not `1.5 percent economists had forecast`
        return _split_np(f"share of {group['x']}{group['pp'] or ''}", state, credited)
    change_of = _CHANGE_OF.match(after)
    if change_of and _untimed(change_of["x"]).strip():  # `a rise in exports`; `a decline in May` names a time
        return _split_np(change_of["x"], state, credited)
    growth = _GROWTH_AFTER.match(after) if unit == "percent" else None
    if growth:  # `a target of about 5 percent growth`, `5.2 percent economic growth`: the growth
        return _Phrase(growth["x"].lower())
    moved = _MOVED_NOUN_CHANGE.match(after)
    if moved:  # `a 3.5% pay rise`: pay
        return _Phrase(moved["x"].lower())
    passive = _MONEY_PASSIVE.match(after) if unit in CURRENCY_CODES else None
    if passive:
        return _Phrase(_MONEY_VERB_NOUN[passive["v"]])
    saved = _SAVED.search(near) if unit in CURRENCY_CODES and "sav" in near else None
    if saved:  # `will save local governments about 600 billion yuan in interest`: interest savings
        saved_in = _SAVED_IN.match(after)
        return _Phrase(f"{_singular(saved_in[1])} savings" if saved_in else "savings")
    in_series = _IN_SERIES.match(after) if unit != "count" and unit != "percent" else None
    if in_series and _is_measure(in_series["n"]) and not _is_generic(in_series["n"]):
        return _split_np(in_series["n"], state, credited)
    after_noun = _AFTER_NOUN.match(after) if unit != "count" else None
    if after_noun and after_noun["n"] != "share" and not (unit == "percent" and after_noun["n"].startswith("loss")):  # `a 19 percent market share`; a bare `share` says less than the subject
        return _split_np(after_noun["n"] + (after_noun["pp"] or ""), state, credited)
    if unit == "percent" and near.endswith(_HOLDS):  # `the Ministry of Finance, which holds 17 percent`
        return _Phrase("stake")
    converted = _CONVERSION.match(after) if unit in CURRENCY_CODES and after.startswith(" (") else None
    money_of = _MONEY_OF.match(after, converted.end() if converted else 0) if unit in CURRENCY_CODES else None
    if money_of and _untimed(money_of["n"]).strip() and not _is_generic(money_of["n"]):
        traded = _TRADED.search(near)
        if traded and (traded[1].lower() not in _SALE_VERBS or not _SECURITIES.search(money_of["n"])):
            # `China exported $368 million worth of electric vehicles to the United States`: EV exports there;
            # `sold 373.3 billion yuan (US$52.1 billion) of property`: property sales; but `The Treasury sold
            # $2.5tn of bills`: bills
            to = _TRADED_TO.match(after, money_of.end("n"))
            flow = f"{_singular(money_of['n'])} {_TRADE_NOUNS[traded[1].lower()]}"
            return _split_np(f"{flow} {to['to']}" if to else flow, state, credited)
        return _split_np(money_of["n"], state, credited)
    priced = _PRICED.search(before) if unit in CURRENCY_CODES and _EACH.match(after) else None
    if priced:
        return _Phrase(f"{_singular(priced['n'].lower())} price")  # `sold 462.3 million shares at HK$54.80 each`
    days_of = _MONEY_OF.match(after) if unit_family(unit) == "time" and not counted else None
    if days_of and _untimed(days_of["n"]).strip() and not _is_generic(days_of["n"]):
        return _split_np(f"{unit}s of {days_of['n']}", state, credited)  # `271 days of good air quality`
    budgeted = _BUDGETED_FOR.match(after) if unit in CURRENCY_CODES and _BUDGETED.search(near) else None
    if budgeted:  # `The county budgeted 3.6 million yuan for “stability maintenance”`: that budget
        return _split_np(f"{budgeted['n']} budget", state, credited)
    spend = _SPEND.search(_scope(before)) if unit in CURRENCY_CODES else None  # (not `would spend more in 2025 after
    # capital expenditure rose to`: another clause's verb)
    spent_on = _SPENT_ON.match(_untimed(after)) if spend else None  # `spend $80 billion in fiscal 2025 on`
    if spent_on and _PLACE_COREF.match(spent_on["n"]):
        spent_on = None  # `spent 8.1 trillion yen in the country`: where, not on what
    if spend and spent_on and not _is_generic(spent_on["n"]):  # `spend $40 billion on capital expenditure`
        on = spent_on["n"]
        what = "investment in" if spend[0].startswith("invest") else "spending on"
        return _split_np(on if _is_measure(on) else f"{what} {on}", state, credited)  # `spending on defence`
    money_in = _MONEY_IN.match(after) if unit in CURRENCY_CODES and not spend else None
    if (
        money_in
        and _untimed(money_in["n"]).strip()
        and money_in["n"].rpartition(" ")[2] not in _TIME_NOUNS
        and not money_in["n"].partition(" ")[0].endswith("ed")  # `in 2024 compared with`: a verb, no noun
    ):
        return _split_np(money_in["n"], state, credited)  # `$22.5 million in coupon payments`, `$95 billion in aid`
    # the end-anchored shapes below are tried only when the text ends the way they need
    if near.endswith("of") and subject and not _is_generic(subject[0]) and _MOVED_AT_PACE.search(near.lower()):
        return _split_np(subject[0], state, credited)  # `The economy grew at an annualized rate of 4.9%`: the economy
    of_form = _OF_FORM.search(near) if near.endswith("of") else None
    # only the words after an earlier figure: `raised $50 million at a valuation of`; `411 of the 650 seats` is
    # a part of a whole, not a series `of`
    of_x = _FIGURE_WORD.split(_QUOTE_MARKS.sub("", of_form["x"]))[-1] if of_form else ""
    if of_x:
        x = _FORECAST_VERB.sub("", _SPLIT_DET.split(of_x)[-1])  # `had expected headline inflation of`
        x = _WILL_DO.sub("", x)  # `The EU will impose tariffs of`
        x = _ADVERB_BEFORE_VERB.sub("", x)  # `had illegally granted loans of`: granted loans
        joined = x.rpartition(" and ")[2] if " and " in x else ""
        x = joined if joined and _is_measure(joined) else x  # `8,000 employees and annual recurring revenue of`
        x = _LISTING.sub("", x)  # `services, including housing subsidies of`: the subsidies
        if not _is_measure(x):
            x = _VERB_PREPOSITION.split(x)[-1]  # `guided for revenue of`
        words = x.split()
        # a verb after its subject, or one that reports results (`posted revenue of`); not an adjective that
        # opens the phrase (`combined total`, `seasonally adjusted`)
        verb = next(
            (
                i
                for i, w in enumerate(words)
                if w.islower()  # `Alibaba Group Holding reported`: a name's word is no verb
                and not (i and w.endswith("ing") and i == len(words) - 2)  # `one-time housing subsidy`: a compound
                and (i and _verbal(w) and not _MODIFIES.search(words[i - 1].lower()) or not i and w in _RESULTS_VERBS)
            ),
            -1,
        )
        if verb >= 0 and _is_measure(" ".join(words[verb + 1 :])):
            cause = words[:verb] if words[verb] in _CAUSED else []
            cut = max((i + 1 for i, w in enumerate(cause) if w in ("that", "which", "and") or _verbal(w)), default=0)
            # `(The Commission on Tuesday) imposed additional tariffs of`; `fraud caused losses of`: fraud losses
            x = " ".join(cause[cut:] + words[verb + 1 :])
        if (
            _is_measure(x)
            and (not _ENDS_IN_CHANGE.search(x) or _money_result(x.strip(), unit) or _head(x) in _MEASURE)
            and not _is_generic(x)
        ):  # not `a total of`
            owner = _WITH_OWNER.search(before)
            if owner:  # `The factory, with an investment of €340 million` -> `factory investment`
                x = f"{owner['owner']} {x}"
            elif x.strip().lower() == "market share" and (
                market := _MARKET_FOR.search(before) or _THE_MARKET.search(before)
            ):
                x = f"{market['market']} market share"  # `In the market for X, ... a market share of`
            elif subject and subject[1] in _RESULTS_VERBS and _PART_OF_FIRM.fullmatch(subject[0]):
                x = f"{_DET.sub('', subject[0]).strip()} {x}"  # `The chip division posted an operating profit of`
            return _split_np(x, state, credited)
    taken = _TAKING_TO.search(near) if " to" in near[-30:] else None
    if taken and _is_measure(taken["x"]):  # `raised rates, taking the deposit rate to a record 4%`: the rate
        return _split_np(taken["x"], state, credited)
    totaling = _TOTALING.search(near) if near.endswith(("ing", "worth", " at", " to")) else None
    if totaling:  # `demanding back pay totaling 5 million yuan` (`The deal is worth`: the subject says it)
        words = totaling["x"].split()
        verb = max((i for i, w in enumerate(words) if _verbal(w)), default=-1)
        x = " ".join(words[verb + 1 :])
        if x and not _is_generic(x):
            return _split_np(x, state, credited)
        if words[-1] in _COPULAS and subject and not _names_someone(subject[0]):  # `The deal is worth $5bn`
            return _split_np(subject[0] if _is_measure(subject[0]) else f"{subject[0]} value", state, credited)
    moved_with = _WITH_MOVE.search(near) if near.endswith(_WITH_MOVE_ENDS) and "with " in near else None
    if moved_with and not _is_generic(moved_with["x"]):  # `, with individual income tax down 5.7 percent`
        phrase = _split_np(moved_with["x"], state, credited)
        main = _main_subject(before) if phrase.entity is None else None
        if main and not _is_common(main, state):
            # `Asia-Pacific carriers posted the strongest growth, with traffic up 15.4 percent`: the carriers'
            return replace(phrase, entity=_entity_of(main, state, before))
        return phrase
    gapped_for = _GAPPED_FOR.search(before.rstrip()) if near.endswith(" to") and " and " in near else None
    if gapped_for:  # `cut the down payment for first homes to 15% from 20%, and for second homes to`: for those
        return _split_np(f"{gapped_for['head']} {gapped_for['prep']} {gapped_for['x']}", state, credited)
    gapped = _GAPPED.search(near) if near.endswith((" for", " to", " at", " from")) else None
    gap = (gapped["x"] or gapped["x2"]) if gapped else ""
    if gap and not _is_generic(gap) and not any(_verbal(w) for w in gap.split()):
        # `general bonds accounted for X and special bonds for Y`: the verb is left out of the second
        prep = gap.partition(" ")[0]
        if subject and prep in _GAPPED_PREPOSITIONS and f" {prep} " in subject[0]:
            # `Down payment ratios for first homes were cut to X and for second homes to Y`: the subject's noun too
            gap = f"{subject[0].partition(f' {prep} ')[0]} {gap}"
        return _split_np(gap, state, credited)
    gapped_subject = _GAPPED_SUBJECT.search(near) if " and " in near else None
    gapped_words = gapped_subject["x"].split() if gapped_subject else []
    if (
        gapped_subject
        and _is_measure(gapped_subject["x"])
        # not `and expects inflation to average`; but a word shaped like a verb before a noun is an adjective
        # (`and aggravated assaults 6 percent`) unless it is a known verb (`and lowered rates`)
        and not any(
            w in _VERBS or w == "to" or _verbal(w) and i == len(gapped_words) - 1 for i, w in enumerate(gapped_words)
        )
    ):
        return _split_np(gapped_subject["x"], state, credited)  # `Corn output was 294.9 million tonnes, and wheat output`
    ranging = _RANGING.search(near) if near.endswith("from") and not counted else None
    if ranging:  # `promised salaries ranging from 95,000 to 374,000 Canadian dollars`
        return _split_np(ranging["x"], state, credited)
    reach = _REACH.search(near) if near.endswith(_REACH_ENDS) else None
    if reach and _PRONOUN.fullmatch(_REACH_CUT.split(reach["x"])[-1].strip()):
        return None  # `expects it to grow to 435 ships`: the series named before
    if reach and not _COPULA_WORD.search(reach["x"]):
        return _split_np(
            _REACH_CUT.split(reach["x"])[-1], state, credited
        )  # `expects inflation to reach 3%`
    raised = _RAISE.search(near) if near.lower().endswith(("to", "by", "at", "between", "from", "range of")) else None
    if raised and (
        (raised["held"] or "").lower() in ("steady", "stable", "unchanged", "flat")
        or _PRONOUN.fullmatch((raised["x"] or "").strip())  # `The win lifted them to 45 points`: who, not what
        or (raised["x"] or "").lstrip()[:1].isdigit()  # `increased 12 percent to 252 million`: a move, not what moved
        or _TO_FIGURE_X.match((raised["x"] or "").strip())  # `raised to 25 yuan from`: the level it moved to
        or raised["x"] and not _untimed(raised["x"]).strip()  # `doubled in three months to 15 million`: when
    ):
        raised = None  # `The unemployment rate held steady at 3.1 percent`: the subject names the series
    if raised:
        # `kept its forecast for China's growth unchanged at 5%`: what the forecast is for
        x = _PAREN_TEXT.sub("", raised["x"] or raised["held"])  # `the loan prime rate (LPR)` keeps its acronym
        forecast = next(reversed(list(_FORECAST_OF.finditer(x))), None)  # the last: `forecast of the outlook for`
        phrase = _split_np(_FROM_FIGURE.sub("", x[forecast.end() :] if forecast else x), state, credited)  # `age from 60 to`
        if forecast and _FORECAST_SPAN.fullmatch(x[forecast.end() :].strip()):
            phrase = _Phrase(None, phrase.entity)  # `its profit forecast for the year`: when, not what
        if forecast and phrase.metric is None:  # `its growth forecast for China`, `for next year`: the growth forecast
            phrase = _Phrase(_split_np(x[: forecast.start()] + forecast[1], state, credited).metric, phrase.entity)
        return phrase
    fixed = _WITH_SET_AT.search(near) if near.endswith(" at") else None
    if fixed:  # `with the minimum monthly contribution base set at 7,384 yuan`: the base
        return _split_np(fixed["x"], state, credited)
    with_at = _WITH_AT.search(near) if near.endswith(" at") else None
    if with_at and _is_measure(with_at["x"]) and not _is_generic(with_at["x"]):
        return _split_np(with_at["x"], state, credited)  # `, with mortgage rates at about 4.5%`: the rates
    held = _HAS_MEASURE.search(near) if any(w in near for w in ("had ", "has ", "have ", "with ")) else None
    x = _SEEN.sub("", held["x"], count=1) if held else ""  # `a rally that has seen prices nearly triple`: prices
    if held and _is_measure(x) and not _is_generic(x) and not _FORECAST_START.match(x):
        return _split_np(x, state, credited)  # `12 counties had debt ratios above 300 percent`
    if subject and unit in CURRENCY_CODES and subject[1] in _EARNED and _PER_SHARE.match(after):
        return _Phrase("earnings per share")  # `The company earned $1.52 a share`
    if (
        subject
        and unit in CURRENCY_CODES
        and (not _is_measure(subject[0]) or _BENCHMARK_CRUDE.search(subject[0]))
        and _PER_UNIT.match(after)
    ):
        commodity = _split_np(subject[0], state, credited)  # `Brent crude averaged $82 a barrel`; `Cocoa futures in
        commodity.metric = f"{commodity.metric} price" if commodity.metric else "price"  # New York`: not its price
        return commodity
    paid = _PAID_WHOM.search(near) if unit in CURRENCY_CODES and near.endswith("s") else None
    if paid:  # `the town would pay informants 200 yuan a month`: what they are paid
        owed = paid[0].startswith("ow")  # `owes suppliers 5 billion yuan`: a debt to them
        return _Phrase(f"{'debt' if owed else 'payment'} to {paid['who'].lower()}")
    if unit in CURRENCY_CODES and " fined " in f" {near}" and _FINED.search(near):
        return _Phrase("fine")  # `fined an online lending company 2.6 million yuan`
    bought = _BOUGHT_FOR.search(near) if unit in CURRENCY_CODES and near.endswith(" for") else None
    if bought:  # `agreed to buy Activision Blizzard for $68.7 billion`: what the buyer pays for it
        target = bought["x"].strip()
        return _Phrase("acquisition price", target if target[:1].isupper() and not _COREF.match(target) else None)
    money_verb = (
        _MONEY_VERB.search(near)
        if unit in CURRENCY_CODES and near.endswith(_MONEY_VERB_ENDS) and not _TO_A_FIGURE.match(after)
        else None
    )  # (not `crude lost $1.63 to $66.48`: a price's move)
    if money_verb:  # `The average home sells for $412,000`: its price; `The startup raised $50m`: funding
        took = money_verb["v"].split()[-1]
        sum_is = _MONEY_VERB_NOUN.get(took, "cost" if took.startswith("cost") else "price")
        office = _AT_BOX_OFFICE.match(after)
        if office:  # `took in $205 million at North American box offices`: a film's takings there
            sum_is = f"{office['where'] or ''}box office".lower()
        offering = _OFFERING.match(after) if sum_is == "funding" else None
        if offering:  # `raised HK$31 billion in its Hong Kong listing`: what the listing brought in
            return _Phrase(f"{_OFFERING_NAMES.get(offering['o'].lower(), offering['o'].lower())} proceeds")
        converted = _CONVERSION.match(after)
        source = (
            _EARNED_FROM.match(after, converted.end() if converted else 0)
            if sum_is == "earnings" and not money_verb["x"].strip()
            else None
        )
        if source:  # `Kenya earned 215.2 billion shillings ($1.66 billion) from tea exports`: tea exports earnings
            return _split_np(f"{source['x']} earnings", state, credited)
        x = _STILL.sub("", money_verb["x"]).strip()  # `the company still lost $420m`: the company's loss
        earners = _DET.sub("", subject[0]) if subject and sum_is in ("earnings", "spending") else ""
        if earners and _PEOPLE.fullmatch(earners.lower()) and not _is_demonym(earners.partition(" ")[0]):
            # `Urban residents earned 54,188 yuan on average`: their earnings, a series of the place (`Greece`) as
            # `tourist spending` is (but `Chinese visitors spent`: the visitors' spending, of the Chinese)
            return _Phrase(f"{earners.lower()} {sum_is}")
        if sum_is == "prize":
            return _Phrase(sum_is)  # `A single ticket won 2.5 million euros`: who won is no part of the series
        if _COREF.match(x) or _PLACE_COREF.match(x):  # `The company lost $2bn`: its loss, the company named before
            return _split_np(f"{x}'s {sum_is}", state, credited)
        return _split_np(f"{x} {sum_is}", state, credited)
    quality = _QUALITY_AFTER.match(after) if unit == "percent" else None
    if quality:  # `The vaccine was 94.1% effective`: its efficacy; `the fire is 30% contained`: its containment
        whose = _DET.sub("", subject[0]) if subject and not _is_generic(subject[0]) else ""
        quality_of = _QUALITIES[quality[1]]
        thing = _named_in_place(whose)  # `The Park Fire in Northern California was 40% contained`: the fire's
        return _split_np(f"{thing}'s {quality_of}" if thing else f"{whose} {quality_of}".strip(), state, credited)
    if unit == "percent" and subject and subject[1] in _ECONOMY_MOVES and _places_only(subject[0]):
        return _Phrase("economy")  # `Shenzhen and Guangzhou grew 5.8 percent and 2.1 percent`: their economies
    sampled = _SAMPLED.search(_unqualified(before)) if unit == "count" and counted else None
    if subject and _is_generic(subject[0]) and not sampled:  # (`The reading was below the 2.5% median forecast in
        return None  # a Reuters poll of 12 economists`: the poll's sample, named by itself)
    counts_object = unit == "count" and counted and (
        subject and subject[1] in _COUNTS_OBJECT or near.endswith(_OBJECT_PARTICIPLES) or near.endswith(" among")
    )  # `Turnout was 81.8 percent among 204.8 million registered voters`: the voters, not a turnout
    # (not `the campaign recovered 12.6 billion yuan ... and shut down`: a clause with a figure of its own)
    if subject and not counts_object and not _FIGURE_IN.search(subject[0]) and (
        _is_measure(subject[0])
        or _COPULA.search(near.lower()) and not _names_someone(subject[0])
        # `..., while construction grew 0.8%`, `Housing starts fell 9.6%`: a common noun that moves is a series
        or (
            (subject[1] in MOVED_FORMS or subject[1] in _REACHED or subject[1] in _RECOVERED and near.endswith(" to"))
            and (_is_common(_IN_NAMED_PLACE.sub("", subject[0]), state) or _owned_things(subject[0]))
            # `Their monthly pay had been cut by roughly a third`; not `the Conservatives were reduced to`, a name
            or _MOVED_PASSIVE.search(near) is not None and subject[0].rpartition(" ")[2].islower()
        )
        and not (counted and subject[0].lower() == counted.lower())  # `Marriages fell below 10 million`: a count
        # (`The developer reported a net loss of ..., narrowing from`: a firm's series, not the firm)
        and not (subject[0].lower().rpartition(" ")[2] in _BUSINESSES and _COREF.match(subject[0]))
    ):
        return _split_np(subject[0], state, credited)
    if (
        subject
        and _counted_subject(subject[0], unit, counted)
        and (not counted or subject[0].lower().endswith(" " + counted.lower()))
    ):
        return _Phrase(
            _normalize(_count_metric("", "", " ".join(_untimed(subject[0]).split()), state))
        )  # `Marriages fell below 10 million`
    if unit in _TIME_UNITS:
        sentencing = any(word in text for text in state.paragraph for word in ("sentence", "prison", "jail"))
        duration = _duration_metric(before, after, sentencing)
        return _Phrase(_normalize(duration)) if duration else None
    part = _PART_OF.match(after)
    noun = counted or (part["n"] if part else None)
    if unit == "count" and not noun and (fate := _fate(after, 0)):
        return _Phrase(fate)  # `and 18 remain missing`
    harmed = _PASSIVE.match(after) if unit == "count" and not noun else None
    if harmed and harmed["v"].lower() in _ELIDED_VERBS:
        return _Phrase(f"people {harmed['v'].lower()}")  # `and a dozen were killed`
    if unit == "count" and not noun and (done := _done_by_participle(near)):
        return _Phrase(f"people {done}")  # `killing 12 people and injuring 40`
    if unit == "count" and not noun and near.endswith(_DONE_VERBS) and (planned := _TO_DO.search(near)):
        return _Phrase(_DONE_NOUNS[planned["v"]])  # `aims to deliver at least 100,000 SU7s`: deliveries
    balance = _NET_CHANGE.search(near.lower()) if unit == "count" and near.endswith(" of") else None
    if balance:  # `a natural decrease of 7,300 people`: the balance named, not what it counts
        return _Phrase(balance["x"])
    if unit == "count" and noun:
        sample = sampled if counted else _SAMPLED.search(_unqualified(before))
        if sample:  # `a survey was conducted on nearly 80,000 university students`
            return _Phrase(f"{sample['kind'].lower()} sample size")
        if ("searchers" in before or "cientists" in before or "team" in before) and _RESEARCHED.search(before):
            # `The researchers examined data on 1.2 million students`
            return _Phrase("study sample size")
        return _Phrase(_normalize(_count_metric(before, after, noun, state)))
    acronym = _UNIT_ACRONYM.match(after) if after.startswith(" (") else None  # `216.88 gigawatts (GW) of`
    made_of = (
        _MONEY_OF.match(after, acronym.end() if acronym else 0)
        if unit not in _RATIO_UNITS and unit not in CURRENCY_CODES
        else None
    )
    if made_of and not _is_generic(made_of["n"]):  # `10 inches of rain`, `200g of flour`: what is measured
        traded = _TRADED.search(near)
        if traded:  # `China exported 4,120 tons of rare earths`: rare earth exports, China's
            flows = _split_np(f"{_singular(made_of['n'])} {_TRADE_NOUNS[traded[1].lower()]}", state, credited)
            trader = near[_clause_start(near) : traded.start()].strip()
            if flows.entity is None and trader[:1].isupper():
                flows.entity = _entity_of(trader, state, before)
            return flows
        return _split_np(_FALLS.get(made_of["n"].lower(), made_of["n"]), state, credited)
    if unit_family(unit) in ("mass", "volume", "energy"):  # `is expected to produce about 1.8 million tons`: output
        made = _TRADED.search(near) or _TO_DO.search(near)
        if made:
            return _Phrase(_TRADE_NOUNS.get(made[1].lower()) or _DONE_NOUNS[made[1].lower()])
    passed = _PASSED.search(near) if near.endswith(_PASSED_VERBS) else None
    if passed and _is_measure(passed["x"]):  # `the first time output exceeded 700 million tonnes`: output
        return _split_np(passed["x"], state, credited)
    measured = _MEASURED.get(unit_family(unit))
    if measured in ("distance", "area", "volume") and _EXTENT.search(near.lower()):
        return _Phrase("length" if measured == "distance" else measured)  # `The bridge spans 1.6 kilometres`
    if unit_family(unit) == "temperature" and not _TEMPERATURE_BEFORE.search(before):
        return _Phrase("temperature")  # `Phoenix hit 118 degrees`; a later one takes the series of the first
    took = _ACTIVE.search(near) if measured else None
    if measured and took and not _REPORTING_RE.fullmatch(took["v"]):
        return _Phrase(f"{measured} {took['v'].lower()}")  # `The fire has burned 12,500 acres`: area burned
    if unit in CURRENCY_CODES and subject and (subject[1] in MOVED_FORMS or subject[1] in _REACHED) and (
        _PROPER.fullmatch(_DET.sub("", subject[0])) and not _country(subject[0])
    ):
        return _Phrase("price")  # `Bitcoin rose above $100,000`: what a named asset trades at
    return None
