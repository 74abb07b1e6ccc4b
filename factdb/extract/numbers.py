"""The quantity stage: find every number that states a measurement, with its unit.

The text is read in one pass. A cheap anchor pattern finds where a quantity can
start (a digit, a currency sign, a number word); URLs and `Month D` dates are found
first and skipped. At each anchor one precompiled pattern reads the quantity: an
optional currency sign, a number in digits or words, a scale word (`million`, `bn`,
`crore`), a unit word, and optionally a second such number that makes a range
(`74 to 88 percent`, `60-80`, `US$ 56,000 to 78,000`); its first alternatives
swallow what only looks like a quantity (clock times, `23 May`, ordinals). Each
match is then judged on a few words of context: years, names (`Long March 6`),
list numbers, time frames (`in the past 40 years`), a singular `one` and vague
words (`several dozen`) are dropped; the qualifier comes from the words just
before, the counted noun from those after (or from the subject before).

Number words are read with a small table rather than `word2number`/`text2num`/
`number-parser`: none of them reads `one-fourth`, `a dozen` or `twice`, none keeps
character offsets, and they run at well under 1 MB/s on news text.

>>> [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities("GDP grew about 5.2% to ¥12.5 billion.")]
[('5.2%', 5.2, 'percent', 'approximately'), ('¥12.5 billion', 12500000000.0, 'CNY', 'exact')]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeAlias

from factdb.extract.direction import MOVE_WORDS, MOVED_PAST, NUDGED
from factdb.extract.units import (
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    UNIT_MULTIPLES,
    UNIT_WORDS,
    without_float_noise,
)

__all__ = [
    "CASUALTY_STATES",
    "FORECASTERS_AFTER",
    "MULTIPLES",
    "OF_THEM",
    "OF_THEM_FIRST",
    "OF_THE_WHOLE",
    "PREVIOUSLY",
    "STOCK_INDEXES",
    "Quantity",
    "find_quantities",
    "in_local_currency",
    "in_yen",
    "is_age",
    "without_late_aside",
]


@dataclass(frozen=True)
class Quantity:
    """One quantity as printed: offsets into the text, the expanded value and its unit."""

    start: int
    end: int
    text: str
    value: float
    value_high: float | None
    unit: str
    counted: str | None
    qualifier: str

    def shifted(self, by: int) -> Quantity:
        """The same quantity with offsets ``by`` characters further on (into a larger text)."""
        return Quantity(
            self.start + by, self.end + by, self.text, self.value, self.value_high, self.unit,
            self.counted, self.qualifier,
        )


# --- vocabulary -------------------------------------------------------------------------

_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "k": 1e3,
    "crore": 1e7,
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lakh crore": 1e12,  # Indian reporting writes large sums in crores of crores of lakhs
    "lakh crores": 1e12,
    "thousand crore": 1e10,
    "thousand crores": 1e10,
    "dozen": 12,
    "m": 1e6,
    "b": 1e9,
    "t": 1e12,  # only straight after a currency sign: `£300m`, `$5b`, `€2T`
}
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
# Words before a number -> qualifier (gold GUIDELINES.md); the longest phrase wins.
_QUALIFIERS = {
    "about": "approximately",
    "around": "approximately",
    "approximately": "approximately",
    "approx.": "approximately",
    "roughly": "approximately",
    "nearly": "approximately",
    "near": "approximately",  # `lows near 80`, `trading near $100`
    "almost": "approximately",
    "close to": "approximately",
    "some": "approximately",
    "an estimated": "approximately",
    "estimated": "approximately",
    "estimated at": "approximately",  # `losses were estimated at 2.3 billion yuan`
    "put at": "approximately",
    "circa": "approximately",
    "over": "more_than",
    "over the age of": "more_than",  # `practitioners over the age of 65`
    "more than": "more_than",
    "above": "more_than",
    "exceeding": "more_than",
    "exceed": "more_than",  # `expects exports to exceed 5.5 million`
    "exceeds": "more_than",
    "exceeded": "more_than",
    "surpass": "more_than",
    "surpassed": "more_than",
    "surpassing": "more_than",
    "topped": "more_than",  # `temperatures topped 40 degrees` (not `top`: `the top 10 firms`)
    "tops": "more_than",
    "topping": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "north of": "more_than",
    "greater than": "more_than",
    "higher than": "more_than",
    "larger than": "more_than",  # `homes larger than 120 square meters`
    "bigger than": "more_than",
    "longer than": "more_than",  # `waiting longer than 18 weeks`
    "older than": "more_than",
    "at least": "at_least",
    "within": "at_most",  # `kept within 5 percent`
    "no less than": "at_least",
    "not less than": "at_least",
    "no fewer than": "at_least",
    "not fewer than": "at_least",
    "a minimum of": "at_least",
    "as few as": "at_least",  # `as few as 12 students`: it may be more
    "as little as": "at_least",
    "as low as": "at_least",
    "equal to or greater than": "at_least",
    "equal to or more than": "at_least",
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "as high as": "at_most",  # `could be as high as 60 trillion yuan`
    "as large as": "at_most",
    "limited to": "at_most",
    "less than": "less_than",
    "fewer than": "less_than",
    "below": "less_than",
    "under": "less_than",
    "under the age of": "less_than",
    "lower than": "less_than",
    "smaller than": "less_than",
    "shorter than": "less_than",
    "younger than": "less_than",
    "south of": "less_than",
    "shy of": "less_than",
    "short of": "less_than",
}
_QUALIFIER_ENDS = frozenset(q.split()[-1] for q in _QUALIFIERS)
# verbs whose particle is `over`: `handed over 1,207 suspects` (but `took over 30 minutes` is more than 30)
# `The two were`, `the two countries’ leaders`: the ones just named, counted again
_REFERS_BACK = re.compile(r"\s+(?:were|are|have|had|will|would|later|both|each|also)\b|\s+[a-z]+s[’'](?=\s)")
_OVER_VERBS = frozenset("hand hands handed handing turn turns turned turning sign signs signed signing".split())
_RISE_VERBS = frozenset(
    """rose risen rise rises rising edged edges climbed climbs jumped jumps moved moves went goes crept
    creeps inched inches ticked ticks shot surged surges soared soars increased increases revised
    raised bumped pushed pushes picked picks sped speeds""".split()
)
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "century"}
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# Capitalised or lower-case words after which a number is a label, not an amount.
_LABELS = frozenset(
    [
        "article",
        "section",
        "chapter",
        "paragraph",
        "clause",
        "rule",
        "phase",
        "level",
        "grade",
        "class",
        "category",
        "room",
        "flight",
        "route",
        "line",
        "gate",
        "platform",
        "highway",
        "road",
        "building",
        "unit",
        "block",
        "lot",
        "item",
        "figure",
        "fig",
        "table",
        "page",
        "p",
        "pp",
        "vol",
        "volume",
        "issue",
        "no",
        "number",
        "episode",
        "season",
        "act",
        "step",
        "stage",
        "round",
        "tier",
        "type",
        "version",
        "ticker",
        "code",
        "model",
        "series",
        "generation",
        "ward",
        "district",
        "zone",
        "term",
        "pillar",
        "principle",
        "pages",
        "ranked",
        "rank",
        "ranks",
        "ranking",
        "cat",
        "top",
        "bottom",
    ]
)
_ABBREVIATED_LABELS = frozenset(("no.", "fig.", "p.", "pp.", "vol.", "nos."))
_NOUN_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "than",
        "then",
        "so",
        "such",
        "per",
        "each",
        "every",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "where",
        "when",
        "while",
        "whereas",
        "if",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "nor",
        "also",
        "only",
        "just",
        "even",
        "still",
        "yet",
        "all",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "more",
        "most",
        "less",
        "fewer",
        "many",
        "much",
        "few",
        "some",
        "any",
        "several",
        "about",
        "around",
        "over",
        "under",
        "into",
        "onto",
        "upon",
        "across",
        "through",
        "between",
        "among",
        "after",
        "before",
        "during",
        "since",
        "until",
        "within",
        "against",
        "toward",
        "towards",
        "via",
        "including",
        "like",
        "unlike",
        "near",
        "according",
        "due",
        "it",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        "there",
        "here",
    ]
)
_PLURAL_NOUNS = frozenset(
    [
        "people",
        "children",
        "men",
        "women",
        "police",
        "personnel",
        "staff",
        "cattle",
        "head",  # `a sow herd of 40.13 million head`
        "swine",
        "poultry",
        "livestock",
        "fish",
        "sheep",
        "deer",
        "aircraft",
        "spacecraft",
        "watercraft",
        "feet",
        "teeth",
        "mice",
        "geese",
        "alumni",
        "criteria",
        "phenomena",
        "youth",
        "crew",
        "militia",
        "clergy",
        "infantry",
        "offspring",
        "media",
        "data",
    ]
)
_UNIT_STOP = frozenset(["percent", "times", "fold"])
_NOUN_MODIFIERS = frozenset(
    [
        "types",
        "kinds",
        "sorts",
        "categories",
        "classes",
        "groups",
        "pairs",
        "sets",
        "rounds",
        "batches",
        "cases",
        "pieces",
    ]
)

# --- the one regular expression ---------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so `square meters` is tried before `meters`."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _literal_words(words: Iterable[tuple[str, str]]) -> str:
    """Words as printed (give each case form), grouped by first letter, each with its lookahead.

    Every branch opens with a literal character, which `re` compares before anything else, so
    a position that starts no word costs one comparison per letter group.
    """
    by_first: dict[str, list[str]] = {}
    for word, lookahead in words:
        tail = r"(?![A-Za-z])" if word[-1].isalpha() else ""
        by_first.setdefault(word[0], []).append(rf"{re.escape(word[1:])}{tail}{lookahead}")
    return "|".join(
        rf"{re.escape(c)}(?:{'|'.join(sorted(rests, key=len, reverse=True))})"
        for c, rests in sorted(by_first.items())
    )


def _case_forms(words: Iterable[str]) -> set[str]:
    """The forms news prints a lower-case word in: `percent`, `Percent`, `Per Cent`, `PERCENT`."""
    forms: set[str] = set()
    for word in words:
        variants = [""]
        for part in word.split(" "):
            # a one-letter symbol keeps its case: `3 m` is metres, `3M` a company
            cases = {part} if len(word) == 1 else {part, part.capitalize(), part.title()}
            variants = [f"{v} {c}" if v else c for v in variants for c in cases]
        forms.update(variants)
        if len(word) > 3:
            forms.add(word.upper())
    return forms


_Trie: TypeAlias = "dict[str, _Trie]"


def _grouped(forms: Iterable[str]) -> str:
    """An alternation written as a character trie: `re` follows one path instead of trying
    each word in turn.

    Used instead of `(?i:...)` over long word lists, which compares case-folded characters
    branch by branch and made the whole stage several times slower.  Optional tails are
    greedy, so the longest word is tried first (`percentage points` before `percent`).
    """
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: _Trie) -> str:
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


_ONES_RE = _grouped(_case_forms(_ONES))
_WORD = rf"(?:{_grouped(_case_forms(_TENS))})(?:[-\s](?:{_ONES_RE}))?|{_ONES_RE}"
# `one hundred and five`; but `between two and four` is a range: `and` joins only after a hundred or thousand
_WORDNUM = rf"(?:{_WORD})(?:(?:[-\s]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+)(?:{_WORD}|hundred|thousand)\b)*"
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
# one path for every digit form: `34,001`, `10 000`, `2½`, `4e14`, `2.48×10−5`
_DIGITS = (
    r"(?:\d{1,3}[ -])?[1-9]/[1-9][0-9]?(?![\d/])|"  # `1/3`, `2 1/2`, `3-1/2`; `_single` keeps only a fraction
    r"\d{1,3}(?: \d{3})+(?![\d.,/]| [A-Z])|"  # `10 000`: thousands grouped by spaces (`27 737 Max jets` are two)
    r"\d+(?:,\d{3})*(?:[\u00a0\u2009\u202f]\d{3})*(?:\.\d+)?"
    rf"(?:[eE][-+−]?\d{{1,3}}(?![\w.])|\s?×\s?10\^?[-+−]?\d{{1,3}}|[{''.join(_VULGAR)}])?"
    rf"|\.\d+|[{''.join(_VULGAR)}]"
)
_SCALE_WORDS = _grouped(
    _case_forms(
        [
            "hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
            "mn",
            "mln",
            "bn",
            "bln",
            "tn",
            "trn",
            "crore",
            "crores",
            "lakh",
            "lakhs",
            "lakh crore",
            "lakh crores",
            "thousand crore",
            "thousand crores",
            "dozen",
        ]
    )
)
_DENOMINATOR_WORDS = _grouped(_case_forms(_DENOMINATORS))
_UNIT_FORMS = _case_forms(
    [*(w for w in UNIT_WORDS if w == w.lower() and w not in ("x", "g")), *CURRENCY_WORDS, *(w for w in UNIT_MULTIPLES if w != "p")]
) | {code.upper() for code in CURRENCY_WORDS if len(code) == 3}  # `500 million USD`
# a unit of several words in a compound adjective: `a 25-basis-point cut`, `a 100-square-meter flat`
_UNIT_FORMS |= {w.replace(" ", "-") for w in UNIT_WORDS if " " in w and w == w.lower()}
_UNIT = (
    r"(?:\s?|-)(?:(?:consecutive|straight|successive|full)\s+(?=(?:days?|weeks?|months?|years?)\b))?"
    rf"(?:{_grouped(_UNIT_FORMS | {w for w in UNIT_WORDS if w != w.lower()})})"
    r"(?![A-Za-z\d])(?!(?<=\b[A-Z])-\d)"  # not the `F` of `98 F-35 jets`, a model's name
    r"|(?<=\d)[xX](?![\w])"
    r"|(?<=\d)(?<![^\d.,]\d)g(?![\w])"  # `200g of flour`, `1.5g`; `4g` and `5g` are mobile networks
    r"|(?<=\d)g(?=\s+of\s)"  # ... but `5g of sugar` is grams
    r"|(?<=\d)(?<!\b480)(?<!\b720)(?<!1080)(?<!1440)(?<!2160)p(?![\w])"  # pence; `1080p` is a video format
)
_SIGN_LETTERS = [s for s in CURRENCY_SIGNS if s[0].isalpha()]
_SIGN_SYMBOLS = [s for s in CURRENCY_SIGNS if not s[0].isalpha()]
_CURRENCY_BEFORE = rf"(?:(?<![A-Za-z])(?:{_alternation(_SIGN_LETTERS)})(?:\s?(?=\d))|(?:{_alternation(_SIGN_SYMBOLS)})\s?(?=\d))"


# A first number must not continue a word or code (`COVID-19`, `G7`, `14+1`); the second
# number of a range follows its dash (`60-80`).
_NUMBER_START = {
    "1": r"(?:(?<![\w.,\-−–/+#^×])|(?<=[$€£¥￥₹₩₽₺₫฿₱₦₪]))",
    "2": r"(?<![\w.,])",
}


# `a quarter of a million`, `three-quarters of a billion`: a fraction of a scale word
# a fraction that is a clause's subject, by the verb after it: `Half said`, `a third opposed it`
_FRACTION_SUBJECT = (
    r"\s+(?:(?:of\s+them|of\s+those)\s+)?(?:said|say|says|were|are|was|is|have|had|has|would|will|could|"
    r"opposed|oppose|supported|support|backed|back|favou?red|agreed|disagreed|want|wanted|plan|planned|expect|"
    r"expected|believe|believed|think|thought|reported|cited|prefer|preferred|came|come|comes|coming|went|go|goes|"
    r"going|live|lives|lived|living|voted|vote|work|works|worked|working|took|take|takes|occurred|happened|involved)\b"
)
_SCALE_FRACTION = rf"\b(?:{_WORDNUM}|[Aa]n?)[-\s](?:{_DENOMINATOR_WORDS})\s+of\s+"


# units that `half a` measures as a number: `half a mile` (durations and scale words are read anyway)
_HALF_OF = r"mile|kilomet(?:er|re)|met(?:er|re)|foot|inch|pound|kilo(?:gram)?|ton(?:ne)?|lit(?:er|re)|gallon|acre|hectare|century"


def _number(tag: str) -> str:
    """One number with its currency, scale and unit; ``tag`` names its groups (1 or 2)."""
    # a lone `m` or `b` is a scale only beside a currency, the range's first if not its own (`£5-6m`)
    letter = r"(?<=\d)[mbMBT]\b"
    sign_scale = f"(?(cur1){letter}|(?!))" if tag == "1" else f"(?(cur2){letter}|(?(cur1){letter}|(?!)))"
    return (
        rf"(?P<cur{tag}>{_CURRENCY_BEFORE})?"
        rf"(?P<num{tag}>(?(cur{tag})|{_NUMBER_START[tag]})(?:[-−+](?=\d))?(?:{_DIGITS})"  # `RMB100bn`
        rf"|\b(?:{_WORDNUM})\b(?:(?P<sep{tag}>[-\s])[Aa]nd(?P=sep{tag})[Aa](?P=sep{tag})[Hh]alf\b)?(?![-\s]?(?:{_DENOMINATOR_WORDS})\b)"
        rf"|\b[Hh]alf\s+an?\b(?=\s+(?:{_HALF_OF})\b)"  # `half a mile`
        rf"|\b(?:[Hh]alf\s+|{_SCALE_FRACTION})?[Aa]n?\b(?=\s+(?:{_SCALE_WORDS}|(?:hour|day|week|month|year|decade)s?|{_MEASURE_OF})\b(?!-)))"
        rf"(?P<scale{tag}>(?:\s|-)(?:{_SCALE_WORDS})\b|(?<=\d)(?:[kK]|mn|bn|tn|trn|mln|bln|BN|MN)\b"
        rf"|{sign_scale})?"
        rf"(?P<unit{tag}>{_UNIT})?"
    )


# URLs and `Month D` dates are anchors too, consumed whole: no number inside them is read.
_DATE_AFTER_MONTH = (
    r"\.?\s+\d{1,3}(?:st|nd|rd|th)?\b"
    rf"(?:\s*(?:[-–—,&/]|and|to|or|through)\s*(?:(?:{_MONTHS})\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent)))*"
    r"(?:,?\s+\d{4}\b)?"
)
_SKIP_AT_START = re.compile(rf"https?://\S+|www\.\S+|(?:{_MONTHS}){_DATE_AFTER_MONTH}")
_MONTH_SET = frozenset(_MONTHS.split("|"))

# Where a quantity can begin: a digit, a currency sign, or a number word after a space or
# bracket.  The pattern opens with one character class, so `re` skips every other character
# in C; the full pattern below only runs where an anchor is found.
_SIGNS = "$€£¥￥₹₩₽₺₫฿₱₦₪½⅓⅔¼¾⅕⅛"
# verbs of a multiple, by their stem: `doubled`, `more than triple the`, `halved`
MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
# `a foot of snow`, `a tonne of coal`: a measure of a stuff is one unit of it
_MEASURE_OF = r"(?:foot|mile|yard|inch|met(?:re|er)|kilomet(?:re|er)|tonne|ton|kilo(?:gram)?|pound|ounce|lit(?:re|er)|gallon|barrel|acre|hectare)\s+of"
_ANCHOR_WORDS = (
    [
        (form, lookahead)
        for word, lookahead in [
            *((w, "") for w in (*_ONES, *_TENS, "half", "twice", "thrice", "between")),
            *((f"{w}{e}", "") for w in MULTIPLES for e in ("e", "ed", "es", "ing")),
            *((f"{w}fold", "") for w in (*_ONES, *_TENS, "hundred", "thousand")),
            *(
                (
                    w,
                    rf"(?=\s+(?:{_SCALE_WORDS}|(?:hour|day|week|month|year|decade)s?|{_DENOMINATOR_WORDS}|{_MEASURE_OF})\b)",
                )
                for w in ("a", "an")
            ),
            *((w, "(?=-long)") for w in ("hour", "day", "week", "month", "year")),
        ]
        for form in (word, word.capitalize())
    ]
    + [(sign, "") for sign in _SIGN_LETTERS]
    + [(sign, r"(?=\d)") for sign in "-−+"]
    + [
        # consumed whole so that no number inside them is read (see _anchors)
        *((prefix, r"\S+") for prefix in ("https://", "http://", "www.")),
        *((month, _DATE_AFTER_MONTH) for month in _MONTHS.split("|")),
    ]
)
_ANCHOR = re.compile(
    rf"[0-9{re.escape(_SIGNS)}\s(\[“\"‘'/—–-]"
    rf"(?:(?<=[0-9{re.escape(_SIGNS)}])[\d,.]*|{_literal_words(_ANCHOR_WORDS)})"
)

_QUANTITY = re.compile(
    # digits that only look like quantities: consumed whole, never reported
    r"(?=[\d+])(?P<skip>\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    rf"(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[AaPp][Mm]\b)|\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\d+\.\s*page\b|\d+(?:st|nd|rd|th)\b|\d+(?:\([a-z\d]{1,3}\))+"  # `401(k)`, `501(c)(3)`: a code
    r"|(?<=[:;]\s)\d{1,2}\.(?=\s+[A-Z])"
    # odds that name a class of event (`a 1-in-100-year flood`); telephone numbers and catalogue codes:
    # `1-800-273-8255`, `(202) 555-0143`, `+44 20 7946 0958`
    r"|\d+-in-[\d,]+-year\b|\d+(?:-\d+){2,}\b|\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\+\d{1,3}(?:[\s.-]\d{2,4}){2,}\b"
    r")"
    # a duration printed as a compound: `a month-long period`
    r"|(?=[A-Za-z])(?P<long>\b(?:[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)-long\b)"
    # number words that carry their own unit or need a following word to be a number
    rf"|(?=[A-Za-z])(?P<frac>\b(?:{_WORDNUM}|[Aa]n?)[-\s](?:{_DENOMINATOR_WORDS})\b(?!\s+of\s+an?\s+(?:{_SCALE_WORDS})\b))"
    # (`7 of 10 adults` too, but not `7 of 12`: a part of a group counted)
    rf"|(?P<ratio>\b(?P<of>{_WORD}|\d{{1,3}})\s+(?:in(?:\s+every)?|out\s+of|of(?=\s+(?:10|ten|100)\s))\s+(?P<per>{_WORD}|\d{{1,3}}(?:,\d{{3}})*)\b(?![.,]\d)"
    r"(?=\s+[A-Za-z])(?!\s+(?:percent|per\s+cent|times|years?|months?|weeks?|days?)\b))"
    r"|(?=[Hh])(?P<half>\b[Hh]alf\b(?=\s+(?:of|the|its|their|what)\b)"  # `half of`, `half the fare`, `half what`
    # `cut by half`, `dropped by more than half`
    r"|(?:(?<=\bby\s)|(?<=\bby\smore\sthan\s)|(?<=\bby\snearly\s)|(?<=\bby\salmost\s)|(?<=\bby\sabout\s)"
    r"|(?<=\bby\sroughly\s)|(?<=\bby\sover\s))half\b"
    rf"|\b[Hh]alf\b(?={_FRACTION_SUBJECT}))"  # `Half said they would vote`
    r"|(?=[Tt])(?P<twice>\b(?:[Tt]wice|[Tt]hrice)\b)"
    rf"|(?=[{''.join(s[0] + s[0].upper() for s in MULTIPLES)}])"
    rf"(?P<multiplied>\b(?:{'|'.join(f'[{s[0].upper()}{s[0]}]{s[1:]}' for s in MULTIPLES)})(?:ed|es|ing|e)\b)"
    rf"|(?=[A-Za-z])(?P<fold>\b(?:{_WORD}|[Hh]undred|[Tt]housand)fold\b)"  # `a tenfold increase`
    r"|(?P<range_start>\b[Bb]etween\s+)?"
    rf"{_number('1')}"
    r"(?:(?P<sep>\s*[-–—~]\s*|-?\s+(?:to|and)\s+)"
    rf"{_number('2')})?"
)

# --- context patterns, applied to a few words around one match --------------------------

_QUALIFIER_AFTER = re.compile(
    r"(?i)^\s*(?:(?:or|and)\s+(?:(?P<more>more|above|higher|over|older)|(?P<less>less|fewer|below|lower|under|younger)\b)"
    r"|(?P<plus>\+(?!\s*[\d.])|-?plus\b(?!\s+[\d$€£¥]))|or\s+so\b|-odd\b)"  # not `£100 million plus £15 million`
)
_TIME_FRAME_BEFORE = re.compile(
    # `in First Ten Months`: a headline leaves out the article
    r"(?i)(?:\b(?:the|these|those|its|their|in|over|during)\s+(?:(?:past|last|next|coming|previous|following|"
    r"first|final|recent|remaining|initial|subsequent)\s+)+(?:(?:about|around|nearly|over|some)\s+)?"
    r"|\b(?<!\bput\s)(?<!\bputs\s)(?<!\bpart\s)(?:in|within|every|each|after|per|once|twice)"  # `in the six months`: the half
    # just named (`put in 36.4 hours` is time worked, `take part in at least 32 hours of study` time spent)
    r"(?:\s+(?:about|around|under|over|nearly|almost|more\s+than|less\s+than|at\s+least|the))?\s+"
    r"|\bover\s+the\s+)$"  # `gained 13 percent over the five days`
)
_RECORDS = r"(?:high|low|peak|record|trough)s?\b"  # `a 34-year low`
_TIME_FRAME_AFTER = re.compile(
    rf"(?i)^\s*(?:later|ago|earlier|before|after|from\s+now|since|prior|hence|on(?=\s*(?:$|[,.;:]))|{_RECORDS}"
    rf"|(?:to|through|ending|ended)\s+(?:the\s+end\s+of\s+|in\s+)?(?-i:{_MONTHS}))\b"
)
# `to 2023`, `to Christmas Day`: the end a span is named by
_TO_A_NAMED_END = re.compile(r"\s*(?:to|through|ending|ended)\s+(?:(?:19|20)\d\d\b|[A-Z][a-z]+)")
_DURATION_BEFORE = re.compile(
    r"(?i)\b(?:for|of|lasting|lasted|last|lasts|spent|spend|served|serve|sentenced\s+to|took|takes|"
    # `to a year` measures (`extended to a year`), unless it completes `a start/end to`
    r"(?<!start\s)(?<!end\s)(?<!beginning\s)to)\s+(?:(?:more\s+than|over|about|around|nearly|almost|at\s+least|up\s+to|less\s+than|"
    r"under|roughly|just|only|well\s+over|just\s+over)\s+)?$"
    # `rose to 3.5 days from less than a day`: a duration a reading moved from (not `from a year earlier`)
    r"|\bfrom\s+(?:more\s+than|over|about|around|nearly|almost|less\s+than|under|just\s+over)\s+$"
    r"|\b(?:up|down)\s+from\s+$"  # `two hours of physical activity a day, up from one hour`
)
# a time taken: `finished in 2 hours`, `ran 100 meters in 9.58 seconds`, `sold out in 10 minutes`
_PERFORMED_IN = re.compile(
    r"(?i)\b(?:finish(?:ed|es|ing)?|complet(?:ed|es?|ing)|won|wins?|ran|runs?|swam|swims?|clocked|cover(?:ed|s|ing)?|"
    r"cycled|accelerat\w*|"
    r"raced|sold\s+out|climbed|crossed)\b[^,;:.]{0,40}?\sin\s+(?:about\s+|around\s+|under\s+|just\s+)?$"
)
_WINDOW_END = re.compile(r"\s+(?:to|through|ending|ended|until)\b")
_SUPERLATIVE_END = re.compile(
    r"(?i)\b(?:biggest|largest|steepest|sharpest|best|worst|highest|lowest|strongest|weakest|fastest)\s+$"
)
_PRICED_NOUN = re.compile(r"\s+(?:bonds?|notes?|bills?|coins?|stores?|shops?|deposits?|accounts?|loans?)\b")
_RECORD_AFTER = re.compile(rf"(?i)\s*{_RECORDS}")
_OVER_THE = re.compile(r"(?i)\b(?:over|during|in|across)\s+the\s+$")
_SPAN_FROM = re.compile(r"\s+(?:from|between)\s")
_SPAN_NOUN = re.compile(r"\s+(?:period|span|stretch|window)\b")
_IN_A_SPAN = re.compile(r"(?i)\b(?:in|over|during|within)\s+(?:a|an|the)\s+$")
_COMPOUND_TIME = re.compile(r"-(?:hour|day|week|month|year|decade)$", re.IGNORECASE)  # `a 34-year low`
# a lower-case singular noun: `crackdown` (not `lawyers`, nor a unit, which the pattern has taken) ...
_SINGULAR_NOUN = re.compile(
    # (`The six women and two men`: plurals; `the 1,355 recorded in the same period`: a participle)
    r" (?!(?:wo)?men\b|children\b|people\b|police\b|[a-z]+ed\b)[a-z]{3,}(?<!s)"
    r"(?=[,.;:)]| (?:was|is|has|had|began|begun|started|ended|of|in|that|which)\b"
    # (not `the 22 mayoral and county magistrate posts`: modifiers of one plural)
    r"| and\b(?! (?:(?!(?:the|a|an|its|their|his|her)\b)[a-z]+ ){0,2}[a-z]{3,}s\b))"
)  # ... that ends its phrase: `the 709 crackdown began`, not `the four main materials`
_THRESHOLD_AFTER = re.compile(r" (?:mark|threshold|level|line)\b")  # a value named as a line: `the 50 mark`
_RELEASED_AFTER = re.compile(r"\b(?:released|freed|let\s+go|discharged)\s+after\s+$", re.IGNORECASE)
_LASTED_OF = re.compile(r"\s+of\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your)\b)[a-z]{3,}")
# `the 155,000 economists had expected`, `the 1.5 percent drop economists had forecast`: people who forecast
# the figure, unnamed
FORECASTERS_AFTER = re.compile(
    r"(?:\s+(?:drop|decline|fall|rise|increase|gain|growth|contraction|expansion))?"
    # `the $5 billion to $15 billion that analysts had predicted`
    r"\s+(?:that\s+|which\s+)?(?:economists|analysts|forecasters|experts|markets|traders|investors)"
    r"(?:\s+polled\s+by\s+[\w\s]{1,20}?)?\s+(?:had\s+|have\s+)?"
    r"(?:expected|forecast|predicted|estimated|projected|anticipated)\b"
)
# what befell people counted by it alone: `left 12 dead and 40,000 without power`, `at least 20 injured`
CASUALTY_STATES = (
    r"injured|wounded|missing|displaced|homeless|out\s+of\s+work|without\s+(?:power|electricity|(?:clean\s+)?water|shelter)"
    r"|un[a-z]{3,}ed"
)
_CASUALTIES = re.compile(rf"\s+(?:dead|{CASUALTY_STATES})\b")
# one victim is counted, though `one` mostly introduces: `one person died`, `killing one civilian`
_ONE_VICTIM = (
    r"(?i)\s+(?P<noun>person|man|woman|child|boy|girl|soldier|officer|civilian|worker|passenger|firefighter|student|"
    r"patient|resident|pilot|journalist|protester)\b"
)
ONE_CASUALTY = re.compile(
    rf"{_ONE_VICTIM}\s+(?:(?:was|has\s+been|had\s+been|is|were)\s+)?"
    r"(?:died|dead|killed|injured|wounded|hurt|missing|hospitali[sz]ed|drowned|arrested)\b"
)
_ONE_VICTIM_AFTER = re.compile(_ONE_VICTIM)
# the top of a rating scale, no figure: `rated 3 on a scale of 5`
_SCALE_TOP_BEFORE = re.compile(r"(?i)\bon\s+a\s+scale\s+(?:of|from)\s+(?:(?:1|one|0|zero)\s+to\s+)?$")
ON_A_SCALE_AFTER = re.compile(r"\s+on\s+a\s+(?:[\w-]+\s+)?scale\b")
_TIME_AGO_AFTER = re.compile(
    r"(?i)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\s+(?:earlier|ago|before|later|previously)\b"
)
# what is weighed, after `pounds of` (money comes `of` only as money: `of funding`, `of taxpayers' money`)
_GOODS_OF = re.compile(
    r"(?i)\s+of\s+(?!(?:the|a|an|its|their|his|her|public|taxpayers|government|state)\b)(?:[a-z][\w-]*\s+){0,3}?"
    r"(?!(?:funding|investment|debt|spending|revenue|profit|losses|loss|money|cash|aid|savings|damages|fines|tax|taxes|"
    r"bonds|assets|deals|contracts|capital|equity|credit|loans|support|subsidies|grants|sales|income|value|exports|"
    r"imports|goods|shares|stocks|securities|orders|payments|purchases|bets|deposits|transactions|projects)\b)"
    r"(?:beef|pork|chicken|meat|turkey|fish|food|products|produce|cheese|sausage|ham|bacon|flour|sugar|coffee|rice|"
    r"fruit|vegetables|cocaine|heroin|marijuana|methamphetamine|drugs|fentanyl|trash|waste|plastic|ice|snow|[a-z]+s)\b"
)
# a count of things just before `and one`, and the thing that one is: `14 accidents and one injury`
_COUNT_AND_BEFORE = re.compile(r"\b\d[\d,.]*\s+[a-z]+s\s+and\s+$")
_ONE_THING_AFTER = re.compile(r"\s+(?!(?:more|other|another|each|such|who|which|that|was|is)\b)(?P<noun>[a-z]{3,})\b(?!\s+of\b)")
_HARM_VERBS = "killed|killing|kills|injured|injuring|wounded|wounding"
_HARMED_BEFORE = re.compile(rf"(?i)\b(?:{_HARM_VERBS}|shot|shooting)\s+$")
_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
_PRICE_OF = re.compile(r"(?i)\b(?:prices?|costs?)\s+(?:of|for)\s+$")
_MONEY_NEAR = re.compile(
    r"[^.;]{0,40}?(?:[$€£¥₹]|\d\s*(?:cents?|dollars|euros|pounds|yuan|yen|rupees)\b|\b(?:costs?|costing|priced|sells\s+for)\b)"
)
_DEGREES = re.compile(r"\s+degrees?\b")
# `51.8 million 60-kilogram bags`, `300 40-foot containers`: a count, then the size of each thing it counts
_COUNT_JUST_BEFORE = re.compile(r"\d(?:\s+(?:thousand|million|billion))?\s+$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
_WINDOW_OF_AVERAGE = re.compile(r"\s+(?:moving\s+|rolling\s+|trailing\s+)?(?:average|mean|total)\b")
_QUAKE_MEASURED = re.compile(r"(?i)\b(?:quake|earthquake|tremor|aftershock)s?\b[^.;]{0,40}\bmeasur(?:ed|ing|es)\s+(?:about\s+|around\s+)?$")
# an exchange rate, the price of a dollar (or euro) in the currency named before it
PER_DOLLAR = re.compile(
    r"(?i)\s+(?:per|a|to\s+the|against\s+the|versus\s+the)\s+(?:U\.?S\.?\s+)?(?P<base>dollar|greenback|euro)\b"
)
QUOTED_CURRENCIES = {
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
    "won": "KRW", "peso": "MXN", "lira": "TRY", "naira": "NGN", "rand": "ZAR", "ruble": "RUB", "rouble": "RUB",
    "real": "BRL", "dong": "VND", "shekel": "ILS", "zloty": "PLN", "forint": "HUF", "krona": "SEK", "hryvnia": "UAH",
    "tenge": "KZT", "taka": "BDT",
}
_QUOTED_CURRENCY = re.compile(  # `the yen`, `the Indian rupee`, `the South Korean won`
    rf"(?i)\bthe\s+(?:(?-i:[A-Z][a-z]+)\s+){{0,2}}({'|'.join(QUOTED_CURRENCIES)})\b"
)
_ANGLE = re.compile(r"(?i)\b(?:turn|rotat|angle|tilt|inclin|slope|latitude|longitude|pivot|spun|spin|arc|orbit)")
_FAHRENHEIT = re.compile(r"(?i)fahrenheit|\d\s?°?F\b")
_CELSIUS = re.compile(r"(?i)celsius|centigrade|\d\s?°?C\b")
_HOTTEST_CELSIUS = 57  # no air was ever hotter: `highs above 110 degrees` are Fahrenheit
_AGO = re.compile(r"(?i)\s*(?:ago|earlier|later)\b")
_FOR = re.compile(r"(?i)\bfor\s+(?:(?:more\s+than|over|about|around|nearly|almost|at\s+least|up\s+to)\s+)?$")
_VAGUE = frozenset(["several", "few", "many", "multiple", "numerous"])
_VAGUE_OF = frozenset(["tens", "hundreds", "thousands", "dozens", "millions", "billions"])
STOCK_INDEXES = (  # their names
    r"Nasdaq|Dow|S&P|FTSE|Nikkei|Hang Seng|Kospi|DAX|CAC|Sensex|Nifty|Stoxx|Topix|ASX|CSI|ChiNext|Taiex|"
    r"Shanghai Composite|Shenzhen Component"
)
_INDEX_HINT = re.compile(rf"(?i)ndex|ndices|PMI|gauge|barometer|magnitude|confidence|sentiment|\bscores?\b|coefficient|\b(?:{STOCK_INDEXES})\b")  # not `down`, `vacancies`
# a score in a field, and the ones listed after it: `scoring 575 in math, 543 in reading and 561 in science`
_SCORED_IN = re.compile(r"(?i)\bscor(?:ing|ed|es)\s+(?:\d[\d.]*\s+(?:in|on)\s+[a-z]+(?:,\s+(?:and\s+)?|\s+and\s+))*$")
SCORE_FIELD_AFTER = re.compile(r"\s+(?:in|on)\s+(?P<field>[a-z]+)\b(?!\s+(?:points|percent)\b)")
# an aside on what a subject is, between it and its verb: `The FAO Food Price Index, which tracks ..., averaged`
_ASIDE_BEFORE = re.compile(r",\s+(?:which|who|that)\s[^,;.]{1,160},\s+(?:[a-z]+\s+){0,2}$")


def _index_before_aside(text: str, start: int) -> bool:
    """Whether an index is named just before an aside that ends where the figure's verb begins."""
    aside = _ASIDE_BEFORE.search(text, max(0, start - 220), start)
    return aside is not None and _INDEX_HINT.search(text, max(0, aside.start() - 60), aside.start()) is not None


# what a maturity names: a security, or a rate quoted for a term (`the one-year and five-year loan prime rates`)
_SECURITY_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[a-z0-9]+-(?:day|week|month|year))?"
    r"\s+(?:(?:U\.S\.|US|German|Japanese|British|government|benchmark|sovereign|corporate)\s+)?"
    r"(?:Treasur(?:y|ies)|bonds?|notes?|bills?|gilts?|Bunds?|JGBs?|yields?|swaps?|breakevens?|debt|paper|"
    r"(?:fixed(?:-rate)?\s+)?mortgages?(?:\s+rates?)?|(?:reverse\s+)?repos?|repurchase|loan\s+prime|LPRs?|"
    r"(?:deposit|lending|interbank|policy|borrowing)\s+rates?|rates?|(?:fixed\s+|time\s+)?deposits?|Shibor|Libor|Hibor|"
    r"SOFR|MLF)\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(_UNIT)
_LENGTH_HINT = re.compile(
    r"(?i)\b(?:tall|high|height|deep|depth|long|length|wide|width|distance|altitude|elevation|"
    r"sea\s+level|above|below|throw|sprint|race|wave|waves|runway|metres?|meters?)\b"
)
# `the 100m final`, `a 50m pool`: an event or a thing measured in metres follows, not what a million counts
_METRE_EVENT = re.compile(
    r"(?i)[\s-](?:final|semi-?final|heats?|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|"
    r"dash|sprint|race|run|swim|pool|platform|springboard|world\s+record|tall|high|long|deep|wide)\b"
)
_RATE_HINT = re.compile(r"(?i)\b(?:rates?|ratio|share(?!\s+prices?)|unemployment|inflation)\b")
_PERCENT_BEFORE = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"(?i),?\s+(?:to|from|at)\s+[\d.]+\s*(?:%|per\s?cent\b)")  # `fell 3 points to 28%`
# `fell 0.2 points to 50.0`: points of the reading after it, given without `%`
_READING_AFTER = re.compile(r",?\s+(?:to|from|at)\s+\d{1,3}(?:,\d{3})*\.\d+\b(?!\s*(?:%|per\s?cent|percent))")
# points a player scores, whatever their decimals: `averaged 27.1 points and 7.4 rebounds per game`
_AVERAGED = re.compile(r"(?i)\baverag(?:e|es|ed|ing)\s+(?:of\s+)?$")
_PER_GAME = re.compile(
    r"(?i)\s+(?:(?:per|a)\s+(?:game|match|night|contest)|and\s+[\d.]+\s+(?:rebounds|assists|steals|blocks))\b"
)
# `two-wheelers`, `three-pointers`, `Two-wheeler sales`: a number naming a class of things, not counting them
# (not `the six-member committee`, whose members it counts)
_CLASS_NOUN = re.compile(r"-(?:[a-z]+ers|wheeler|seater|pointer|decker|figure|digit)\b")  # `a six-figure salary`
_CLOSED_AT = re.compile(r"(?i)\b(?:end|clos|finish|settl)(?:ed|ing)\s+(?:the\s+(?:day|session)\s+)?at\s+$")
_STOCK_INDEX_NAMED = re.compile(rf"\b(?:{STOCK_INDEXES})\b[^.;\n]*$")
_INDEX_BEFORE = re.compile(
    rf"(?i)\b(?:index|indices|indexes|PMIs?|gauge|barometer|coefficient|magnitude(?!\s+\d)"
    # (not a body its acronym shares: `the CAC has run more than 40 such campaigns`)
    rf"|(?:{STOCK_INDEXES})\b(?!\s+(?:has|have|had|said|says|announced|ran|runs|is|was|will|would)\b)"
    r"|(?:consumer|business|investor|economic|industrial)\s+(?:confidence|sentiment))\b(?:[^.;:\n]|\.\d){0,80}$"
)
_INDEX_REACH = 90  # characters before a reading that may name its index
_RANKED_COMMA = re.compile(r"\b(?:most|fewest|least|highest|lowest|largest|biggest|smallest|top)\s*,\s*$")
_NAMED_COMMA = re.compile(r"[A-Za-z][\w'’.-]*,\s*$")  # `Zhou Qihong, ` before `74,`
_YEARS_OLD = re.compile(r"[- ]years?[- ]olds?\b", re.IGNORECASE)
_OLD_AFTER = re.compile(r"[- ]olds?\b")  # after `91 years`
_OF_AGE = re.compile(r"(?:\s+years?)?\s+of\s+age\b")  # `children under five years of age`
_AGE_WORDS = ("aged", "age", "ages")
_OLDEST = 120
_AGED_PEOPLE = frozenset(
    "people adults children kids those women men anyone everyone patients residents workers voters drivers employees "
    "citizens".split()
)
_APPOSED = re.compile(r"\b([a-z]{2,}s), $")
# `raise the retirement age for men from 60 to 63`, `the retirement age will rise from 50 to 55`
_AGE_MOVED = re.compile(r"\bage\b(?:\s+[\w\-]+){0,3}?\s+(?:from\s+\d+\s+)?(?:from|to)\s+$")
_UNIT_AFTER_AGE = re.compile(r"\s*(?:%|percent|per\s+cent|points?\b|[a-z]+s\s+(?:higher|lower|up|down)\b)")  # `turned 5% higher`
_WHEN_AFTER = re.compile(r"\s+when\b")
_TITLE_OPENED = re.compile(r"[“\"][A-Z][\w’'&:\- ]{0,40}\s$")  # `“Ne Zha ` before `2”`
_WORD_AFTER_AGE = re.compile(r" ([a-z]{3,})\b")
_AGE_BOUNDS = ("between", "over", "under", "above", "below", "about", "around")  # `aged over 65`
_BECAME = ("is", "was", "turns", "turned")
# words that open a sentence before a count (`Some 40 people`, `Only 12 of the 50 states`)
_LEADING_WORDS = frozenset(
    """the a an all only just another some these those its their our his her of in for with among by
    at on to from about around nearly over under almost roughly exactly fully last every each and but
    or so then since after before until while when if as up down than yet still also even least most
    more less both no none today yesterday overall altogether together combined additionally meanwhile
    currently now approximately between""".split()
)
_CAPITAL_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w&'’.]*)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n–—•“‘]|\.[\"”’']|\s\")[\s\"“‘'(\[]*$")
# `Of the 70 cities surveyed, 69 reported`: a part after the whole it is of, and that whole's noun
OF_THE_WHOLE = re.compile(  # (not `Since the beginning of the year, 600 people`: a time)
    r"(?<!beginning\s)(?<!start\s)(?<!end\s)(?<!middle\s)\b[Oo]f\s+(?:the|these|those|its|their)\s+(?:[\d,.]+\s+)?(?P<n>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    # (`Of the 70 major cities tracked by the bureau, 60 recorded`: by whom)
    r"(?:\s+[a-z]+ed(?:\s+(?:by|in|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?|\s+(?:that\s+)?(?:it|they|we|the\s+[a-z]+)\s+[a-z]+(?:s|ed))?"
    r",\s+(?:(?:about|some|nearly|only|just|almost)\s+)?$"
)  # (`Of the 41 sectors the bureau tracks, 18 posted`: a clause that says which)
_PARTITIVE = re.compile(
    r"\s+of\s+(?:(?:(?i:the|its|their|these|those|our|his|her)\s+(?:[\w’'-]+(?:’s|'s)\s+)?|[A-Z][\w-]*(?:’s|'s)\s+)"
    r"(?:\d[\d,]*(?:\.\d+)?\s+(?:(?i:thousand|million|billion)\s+)?"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+)?"
    r"|(?!(?:19|20)\d\d\b)\d[\d,]*\s+)"
)  # `three of the victims`, `411 of the 650 seats`, `1.19 million of the 4.3 million registered voters`,
# `eight of China’s gold medals`, `Two of the three suspects`, `63 of 70 major cities`
_PLURAL_MODIFIERS = frozenset(("police", "people", "cattle"))  # plural nouns that often modify the next
_GENERATION_NAME = r"[2-6]G"  # a mobile network's generation: `5G`
# (`two “model” institutions`: its quotes go; `10 U.S. states`; `4.19 million 5G base stations`: a generation's name)
_NOUN_WORD = re.compile(rf"[”\"’]?\s*[“\"‘]?((?:[A-Z]\.){{2,}}|[A-Za-z][A-Za-z’'-]*|{_GENERATION_NAME}(?=\s+[a-z]))")
_SUBJECT_BEFORE = re.compile(
    # `Primary One students`; (`enrolling at U.S. colleges`: initials are no sentence end)
    r"(?:\bnumbers?\s+of\s+(?P<noun>(?:[A-Za-z][\w.-]*\s+){0,2}?(?:[A-Za-z][\w-]*(?<!s)s|people|children))\b"
    r"(?:[^.;:!?,]|(?<=[A-Z])\.(?=[A-Z]|\s+[a-z])){0,80}?"
    # `Measles cases worldwide rose`; not `the National Bureau of Statistics fell`, the end of a name
    r"|\b(?!(?<=\bof\s)[A-Z])(?!(?:has|was|is|as|this|its|his)\s)(?P<noun2>[A-Za-z][a-z]+s)\s(?:(?:worldwide|nationwide|globally)\s)?)"
    r"(?:was|were|is|are|fell|rose|dropped|reached|totaled|totalled|numbered|stood\s+at|climbed|declined|"
    r"increased|decreased|grew|jumped|surged|hit|exceeded|topped|peaked\s+at|(?:has|have|had)\s+(?:doubled|tripled)"
    r"|(?:is|are|was|were)\s+(?:expected|projected|forecast|set)\s+to\s+(?:reach|hit|top|exceed|be)"  # a forecast count
    r"|(?(noun2)to\s+(?:reach|hit|top|exceed|surpass)|(?!)))"  # `expects passenger trips to exceed 780 million`
    r"(?:\s+(?:to|by|at|below|above|over|under|past|nearly|about|around|almost|more\s+than|less\s+than|a\s+record))*\s+$"
)
# `fell for the first time in years, to 108 million`: an aside between the verb and its figure
_LATE_ASIDE = re.compile(r"\s+(?:for|in|after|since|over|on|at)\s[^,.;]{1,40},(?=\s+(?:to|by)\s+$)")


def without_late_aside(before: str) -> str:
    """``before`` without an aside that puts the figure after a comma: `fell for the first time in years, to`."""
    return _LATE_ASIDE.sub("", before)


_FEET_INCHES = re.compile(r"-(\d|1[01])(?:-inch\b|(?![\w%.,-]\w?))|,?\s+(\d|1[01])\s*(?:inches|inch)\b")
_AND_MONTHS = re.compile(
    r"\s+and\s+(\d|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\b", re.IGNORECASE
)
_AND_MINUTES = re.compile(r",?\s+(?:and\s+)?(\d{1,2})\s+minutes?\b(?:,?\s+(?:and\s+)?(\d{1,2})\s+seconds?\b)?")
_AND_SECONDS = re.compile(r",?\s+(?:and\s+)?(\d{1,2})\s+seconds?\b")
# the smaller units that complete a figure, each group with how many of it make the figure's unit: inches of a
# foot, months of a year, minutes and seconds of an hour, seconds of a minute
_PARTS: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] = {
    "foot": (_FEET_INCHES, (12, 12)),
    "year": (_AND_MONTHS, (12,)),
    "hour": (_AND_MINUTES, (60, 3600)),
    "minute": (_AND_SECONDS, (60,)),
}
_EXTRA = re.compile(r"\s+(?:other|more|additional|further|such)(?=\s+(?:[a-z]+\s+){0,2}[a-z]+s\b)")  # `20 other church members`
_PREDICATE_NOUN = re.compile(  # `Of these, at least 280 are Tibetans`, `12 were children`: who the figure's people are
    r"\s+(?:are|were)\s+((?:[A-Z][a-z]{2,}s|(?:[A-Z][a-z]+\s+){1,2}[a-z]{3,}s|women|men|children|girls|boys|minors|foreigners|"
    r"students)\b)(?!-|\s+(?:[a-z]+ed|of)\b)"  # (`119 are Falun Gong practitioners`)
)
_SCALE_READING = re.compile(r"(?i)magnitude|richter")  # a reading on a named scale, whatever its decimals
# the words before a sentence's subject, which say what kind it counts: `International passenger trips reached`
_OPENING_MODIFIERS = re.compile(
    r"(?:^|[.!?,]\s+|\b(?:expects?|expected|forecasts?|projects?|projected)\s+)(?:[Tt]he\s+)?(?P<mods>(?!(?i:last|this|next|its|their|his|her|our|these|those|such|some|all|many|"
    r"most|other|more|both|total|overall|annual|monthly|and|but|while|as|when|where|which|who|with|meanwhile)\s)"
    # a modifier is no plural and no verb: not `The company expects deliveries`
    r"[A-Za-z][a-z-]+(?<![^s]s)\s+(?:(?!(?:of|in|on|at|by|for|from|to|with|and|or|the|a|an)\s)[a-z][a-z-]+(?<![^s]s)\s+)?)$"
)
_PLACED_HEAD = re.compile(  # `netizens in rural areas`, `Deaths involving fentanyl and other synthetic opioids`
    r"\b([A-Za-z][a-z]+s)\s+(?:of\s+(?:[\w’'-]+\s+){1,3}?)?(?:in|from|across|at|through|via|involving|among|linked\s+to|caused\s+by)\s+"
    r"(?:[a-z-]+\s+|[A-Z][a-z]+(?:[’']s)?\s+){0,4}$"  # `Arrivals in Spain’s Canary Islands`
)
_BROUGHT_TO = re.compile(
    r"\b(?:bringing|brought|brings|bring|taking|took|takes)\s+(?:the|its|their)\s+(?:total\s+)?numbers?\s+of\s+"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b[^.;:!?]{0,40}?\s+to\s+$"
)
_SUBJECT_VERBS = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "fell",
        "rose",
        "dropped",
        "reached",
        "totaled",
        "totalled",
        "numbered",
        "at",
        "climbed",
        "declined",
        "increased",
        "decreased",
        "grew",
        "jumped",
        "surged",
        "hit",
        "exceeded",
        "topped",
        "peaked",
        "doubled",
        "tripled",
        "reach",  # `is expected to reach`
        "exceed",  # `expects passenger trips to exceed`
        "top",
        "surpass",
        "be",
    ]
)
_SUBJECT_PARTICLES = frozenset(
    [
        "a",
        "record",  # `to reach a record 11.79 million`
        "to",
        "by",
        "at",
        "below",
        "above",
        "over",
        "under",
        "past",
        "nearly",
        "about",
        "around",
        "almost",
        "more",
        "less",
        "than",
    ]
)
_NOT_SUBJECTS = frozenset(
    [
        "this",
        "its",
        "his",
        "was",
        "has",
        "is",
        "as",
        "us",
        "thus",
        "plus",
        "status",
        "news",
        "series",
        "species",
        "analysis",
        "basis",
    ]
)
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.m\.|[AaPp][Mm]\b)")
_COMPARATIVE_AFTER = re.compile(r"\s+(?:fewer|more|less|lower|higher)\b")
# a part of what was counted before, and what became of it: `About 170 of them have been convicted`
# a sentence that opens on a part of the figures just given: `Of them, 424 were deported`
OF_THEM_FIRST = re.compile(r"(?:Of|Among)\s+(?:them|these|those),\s+(?:(?:about|around|nearly|some|at\s+least|more\s+than)\s+)?")
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)(?=\s+(?:have|has|had|were|was|are|is|remain|remained|will)\b)")
_SENTENCE_END = re.compile(r"[.!?;]\s")
# (what the first counts may come between: `an estimated 263 million malaria cases and 597,000 deaths`,
# `about 94 percent of cases and 95 percent of deaths`), but no verb (`at least four people were killed and 95 injured`)
_UNVERBED = r"(?!(?:were|was|are|is|be|been|have|has|had|will|would)\b)[a-z][\w\-]*(?<!ed)"
_LIST_JOIN = re.compile(rf"(?:\s+(?:of\s+)?{_UNVERBED}(?:\s+{_UNVERBED}){{0,2}})?,?\s+(?:and|or)\s+|,\s*")
# `from X to Y` is two readings (`dropped from 66.55 percent to 53.74 percent`) unless a verb
# of range says otherwise (`salaries ranging from 95,000 to 374,000`).
_FROM_BEFORE = re.compile(
    r"(?i)(?<!\brange)(?<!\branges)(?<!\branged)(?<!\branging)(?<!\bvaries)(?<!\bvarying)\s+from\s+$"
)
_TO_FIGURE_FROM = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+)?[\d.,]+(?:%|\s*per\s*cent|\s*percent)?\s+from\s+$")
# an earlier figure of the same kind: `up from 10.00 to 10.60 euros previously`, `down from 3.7% earlier`
PREVIOUSLY = re.compile(r"\s+(?:previously|earlier)(?=\s*[,.;)]|\s*$)")
_COMPOUND_NOUN = re.compile(r"-([a-z]{3,})\b(?!-)")
_ROUGHLY_AFTER = frozenset(("plus", "odd", "strong"))  # `5,000-plus`, `8,000-odd`, `a 3,000-strong crowd`
_RATE_BASES = frozenset(10**n for n in range(1, 10))  # `per 1,000 people`, `per 100 million vehicle miles`
_BY_BEFORE = re.compile(  # `fell by a record 837,000 to`: a move, then the level it left
    r"(?i)\bby\s+(?:a\s+(?:record|further)\s+|another\s+)?(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than)\s+)?$"
)
_MOVED_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(MOVED_PAST))}|{NUDGED})\s+(?:(?:about|around|nearly|some|almost|roughly)\s+)?$"
)
_UP_DOWN_BEFORE = re.compile(r"(?i)\b(?:up|down)\s+(?:(?:about|around|nearly|some|almost|roughly)\s+)?$")
_GONE_UP_BEFORE = re.compile(r"(?i)\b(?:go|goes|going|gone|went|come|comes|coming|came)\s+(?:up|down)\s+$")  # `going up $2 to`
_MOVE_END = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:from|in|on|to|since|over|versus|compared|year-on-year|last|this)\b")
_BARE_YEAR = re.compile(
    r"(?<![\w.,$€£¥-])(?:1[89]|20|21)\d\d(?:[.,;:)\]\"”’']?(?:\s|$)|[;:)\]\"”’'])"
)
_UNIT_PREFIX = re.compile(r"^(?:\s|-)?(?:(?:consecutive|straight|successive|full)\s+)?")
# `737 MAX`, `the 787 Dreamliner can`: a model name. A capitalised word counts as a product
# name when lower-case text follows (not a Title Case line) and it is no plural or demonym
# (`90 Republicans`, `5 Chinese students`).
_ADDRESS_AFTER = re.compile(
    r"(?: [A-Z][\w.]*){1,3} (?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Square)\b"
)
# what ends a count of occurrences (`downloaded 500 million times.`, `met five times last year`); a multiple
# goes on to what it multiplies (`1.43 times higher`, `25 times earnings`, `three times the average`)
_OCCURRENCES_AFTER = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+(?:a|an|per(?!\s+capita)|each|every|in|last|this|since|during|before|after|already|and|or|but|so|"
    r"on|at|by|when|while)\b"
)
_GENERATION = re.compile(_GENERATION_NAME)
_MODEL_NAME = re.compile(r"(?: [A-Z][a-z]+(?= [A-Z]+\d))? (?=[A-Za-z]*-?\d)[A-Z\d][A-Za-z\d-]*(?: [A-Z]{2,}\b)*(?= \w)")  # `Nvidia H800`
_COUNT_BEFORE = re.compile(r"\b\d+ $")  # a count right before a number names what the number is
_NAME_AFTER = re.compile(r" [A-Z]")
_MODEL_AFTER = re.compile(
    r" [A-Z]{2,}\b(?![.’'])"
    r"| [A-Z][a-z]+\b(?<!s)(?<!ese)(?<!an)(?<!ish)(?<!i)(?<!ic)(?<!ch)(?=\s+[a-z])"
)
_VERB_BEFORE = re.compile(r"(?i)\b([a-z]+?)(e?d)\s+$")
_WORD_BREAK = re.compile(r"[-\s]+")  # between number words: `twenty-five`, `two hundred`
_SCALED_ORDINAL = re.compile(r"[\s-](?:hundred|thousand|million|billion|trillion)th\b", re.IGNORECASE)
_PARTS_OF_YEAR = re.compile(r"(?i)quarters?|halves")


def _word_value(words: str) -> float:
    """`twenty-five` -> 25, `two hundred and fifty thousand` -> 250000."""
    total, current = 0.0, 0.0
    for token in _WORD_BREAK.split(words.lower()):
        if token in _ONES:
            current += _ONES[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token == "thousand":
            total += (current or 1) * 1000
            current = 0
    return total + current


def _value(num: str) -> float:
    """Digits (`34,001`, `-0.5`), number words, or the `a` of `a dozen` / `half a million`."""
    if num[0].isdigit() or num[0] in "-−+." or num[-1] in _VULGAR:
        if "/" in num:
            whole, _, fraction_text = num.replace("-", " ").rpartition(" ")  # `2 1/2`, `3-1/2`
            top, bottom = fraction_text.split("/")
            return (float(whole) if whole else 0.0) + int(top) / int(bottom)
        plain = num.replace(",", "")
        if plain.replace(".", "", 1).lstrip("-+").isdigit():
            return float(plain)  # the common case, without the regexes below
        fraction = _VULGAR.get(num[-1], 0.0)
        digits = re.sub(r"[, \u00a0\u2009\u202f]", "", num.rstrip("".join(_VULGAR))).replace(
            "−", "-"
        )
        digits = re.sub(r"\s?×\s?10\^?", "e", digits)  # `2.48×10−5`
        return float(digits) + fraction if digits not in ("", "-", "+") else fraction
    low = num.lower()
    if low in ("a", "an"):
        return 1.0
    if low.startswith("half"):
        return 0.5
    if low.endswith(("and a half", "and-a-half")):  # `one and a half million`, `two-and-a-half`
        return _word_value(low[: -len(" and a half")]) + 0.5
    if " of " in low:  # `a quarter of a` (million)
        words = _WORD_BREAK.split(low.split(" of ")[0])
        numerator = 1.0 if words[0] in ("a", "an") else _word_value(words[0])
        return numerator / _DENOMINATORS[words[-1]]
    return _word_value(num)


def _proper(num: str) -> bool:
    """`1/3` or `2 1/2`, not `9/1`: a slash fraction under one, as fractions are written."""
    top, bottom = num.replace("-", " ").rpartition(" ")[2].split("/")
    return int(top) < int(bottom)


def _scaled(value: float, scale: str | None) -> float:
    """``value`` times its scale word, without binary noise: 8.3 million is 8300000, not 8300000.000000001.

    >>> _scaled(8.3, "million"), _scaled(0.1, "bn")
    (8300000.0, 100000000.0)
    """
    if not scale:
        return value
    return float(f"{value * _SCALES[scale.lstrip('-').strip().lower()]:.15g}")


def _unit(unit: str | None, has_scale: bool) -> str | None:
    """Unit word (with its separator) -> DESIGN.md unit name."""
    if not unit:
        return None
    word = _UNIT_PREFIX.sub("", unit)
    key = word if word in UNIT_WORDS else word.lower()
    if key not in UNIT_WORDS and key.replace("-", " ") in UNIT_WORDS:
        key = key.replace("-", " ")  # `basis-point`
    if key in ("pounds", "pound"):
        return "GBP" if has_scale else "pound"  # `£`-less money always comes with a scale
    if key in UNIT_WORDS:
        return UNIT_WORDS[key]
    if key in UNIT_MULTIPLES:
        return UNIT_MULTIPLES[key][0]
    return CURRENCY_WORDS.get(re.sub(r"\s+", " ", key))


# `-ly` words that describe a noun rather than a verb: `150 million daily active users`, `40 elderly residents`
_LY_ADJECTIVES = frozenset("daily weekly monthly yearly quarterly hourly nightly elderly".split())


_SCALED = re.compile(r"\s(?:million|billion|trillion|thousand|hundred)\b", re.IGNORECASE)


def plural(noun: str) -> str:
    """`seats`, `cities`, `boxes`, `people`: the plural a count's noun takes."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("s", "x", "ch", "sh")) else noun + "s"


def _counted(text: str, end: int) -> str | None:
    """The plural noun phrase after a count: `43 cities`, `10 government service apps`."""
    if _CASUALTIES.match(text, end):
        return "people"  # `left 12 dead and 40,000 without power`
    if _TIME_AGO_AFTER.match(text, end):
        return None  # `down from 6 million two years earlier`: when, not what is counted
    joined = text[end - 4 : end - 3] if end >= 4 else ""  # (`Twenty-one humanoid robots`: no one)
    is_one = text[max(0, end - 3) : end].lower() == "one" and not (joined.isalpha() or joined == "-")
    one = (_ONE_VICTIM_AFTER.match(text, end) or _ONE_THING_AFTER.match(text, end)) if is_one else None
    if one:  # `one person died`, `and one injury`: the plural of what is counted
        return plural(one["noun"].lower())
    if FORECASTERS_AFTER.match(text, end):
        return None  # `the 155,000 economists had expected`: who expected the figure, not what it counts
    compound = _COMPOUND_NOUN.match(text, end)
    if compound and compound[1] not in _ROUGHLY_AFTER:
        return plural(compound.group(1))  # `a 100-seat chamber`, `a 10-point plan`, `the 20-city index`
    end = compound.end() if compound else end + text.startswith("+", end)  # `5,000-plus workers`, `40,000+ fans`
    model = _MODEL_NAME.match(text, end)
    if model and not _GENERATION.fullmatch(model[0].strip()):  # (`5G base stations` are counted as such)
        end = model.end()  # `27 737 MAX jets`, `50 A321neo jets`: the model names what is counted
    partitive = _PARTITIVE.match(text, end, min(len(text), end + 60))
    pos = partitive.end() if partitive else end
    extra = _EXTRA.match(text, pos)
    pos = extra.end() if extra else pos  # `14 other activists`, `14 more arrests`: activists, arrests
    words: list[str] = []
    plural_at = -1
    while len(words) < 7:
        m = _NOUN_WORD.match(text, pos)
        if not m:
            break
        gap = text[pos : m.start(1)].strip().strip("“\"‘”’")  # `102 overseas “police stations”`: quotes go
        if words and gap and not (gap == "," and plural_at < 0):
            break
        word = m.group(1)
        low = word.lower()
        if low in ("and", "or") and words and plural_at < 0:
            words.append(word)  # `four scientific and technological activities`
            pos = m.end()
            continue
        also = _NOUN_WORD.match(text, m.end()) if low in ("and", "or") and plural_at == len(words) else None
        if also and _is_plural(also.group(1)) and also.group(1).islower() and also.group(1) not in _THIRD_PERSON_VERBS:
            words += [word, also.group(1)]  # `3,000 chickens and ducks`: both are counted
            plural_at = len(words)
            pos = also.end()
            continue
        kind_of = (
            low == "of" and bool(words) and words[-1].lower() in _NOUN_MODIFIERS
        )  # `six types of`
        if (low in _NOUN_STOP or low in _UNIT_STOP) and not kind_of:
            break
        modifier = words[-1].lower() in _PLURAL_MODIFIERS if words else False  # `police service stations`
        if low.endswith("ly") and low not in _LY_ADJECTIVES or (plural_at >= 0 and not _is_plural(low) and not kind_of and not modifier):
            break  # `5,500 satellites providing`, `2.1 million units beat estimates`
        words.append(word)
        if (_is_plural(low) or _UNIT_ACRONYM.fullmatch(word)) and not (low == "data" and _NOUN_AFTER_DATA.match(text, m.end())):
            # `20 million TEUs`, `1.5 million TEU`; but `42 data center projects` count projects
            plural_at = len(words)
        pos = m.end()
    if plural_at == len(words) and words[-1].lower() == "countries" and _AND_REGIONS.match(text, pos):
        return " ".join(words) + " and regions"  # `110 countries and regions`, as Chinese releases count them
    return " ".join(words[:plural_at]) if plural_at > 0 else None


# verbs after `and` that look like plural nouns: `has 16,000 employees and sells in 150 countries`
_THIRD_PERSON_VERBS = frozenset(
    "sells plans operates employs expects aims wants needs says runs owns holds makes hopes seeks intends produces "
    "exports imports ships buys pays earns spends serves offers provides controls manages accounts".split()
)
_AND_REGIONS = re.compile(r"\s+and\s+regions\b")
_UNIT_ACRONYM = re.compile(r"TEUs?")  # twenty-foot equivalent units, counted as containers are
_NOUN_AFTER_DATA = re.compile(r"\s+(?:center|centre|point|set|breach|privacy|security)s?\b")  # `data` as a modifier


# words ending in `s` that are no plural nouns: `sold 1.2 million vehicles overseas`
_NOT_PLURAL = frozenset("overseas always perhaps thus besides towards afterwards sometimes whereas".split())


_MEN = re.compile(  # irregular plurals of `-man` nouns (not `Carmen`, `specimen`)
    r"(?:fisher|police|fire|service|business|congress|chair|sea|work|gun|clergy|sports|crafts|trades|country|lay|"
    r"fore|news|camera|sales|spokes|middle|repair|gentle|noble|patrol|line|frontier|boat|kins|herds|states)(?:wo)?men"
)


def _is_plural(word: str) -> bool:
    return word in _PLURAL_NOUNS or (
        len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")) and word not in _NOT_PLURAL
    ) or _MEN.fullmatch(word) is not None  # `fishermen`, `policemen`


def _qualifier(before: str, after: str) -> str:
    """From the words just before (`nearly 80,000`, `over a dozen`) or after (`50 or more`)."""
    words = [w.lstrip("(\"“‘'") for w in before[-40:].lower().split()]
    if words and words[-1] in ("a", "an") and len(words) > 1 and words[-2] == "within":
        return "exact"  # `within a 200-kilometer radius`: the radius, whole
    while words and words[-1] in ("a", "an", "just", "only", "still"):
        words.pop()
    if words and words[-1] in _QUALIFIER_ENDS:
        for n in (5, 4, 3, 2, 1):
            phrase = " ".join(words[-n:])
            if phrase in _QUALIFIERS and len(words) >= n:
                if phrase == "up to" and len(words) > 2 and words[-3] in _RISE_VERBS:
                    return "exact"  # `edged up to 3.9 percent`: where it went, not a bound
                if phrase == "over" and len(words) > 1 and words[-2] in _OVER_VERBS:
                    return "exact"  # `handed over 1,207 suspects`: a verb's particle, not a bound
                return _QUALIFIERS[phrase]
    if words and words[-1] == "at" and _CAPPED_AT.search(before, max(0, len(before) - 40)):
        return "at_most"  # `capped production at 38 jets a month`: a ceiling
    if words and words[-1] == "of" and "maximum" in words and _MAXIMUM_OF.search(before):
        return "at_most"  # `carries a maximum penalty of seven years`
    m = _QUALIFIER_AFTER.match(after)
    if m:
        return "at_most" if m["less"] else "at_least" if m["more"] or m["plus"] else "approximately"
    return "exact"


# a ceiling in law (not `maximum sustained winds of 227 kilometers per hour`, a reading)
_MAXIMUM_OF = re.compile(r"(?i)\bmaximum\s+(?:[a-z]+\s+)?(?:penalty|sentence|fine|term|punishment)\s+of\s+$")
_CAPPED_AT = re.compile(r"(?i)\bcap(?:s|ped|ping)?\s+(?:[\w’'-]+\s+){0,3}?at\s+$")


def _is_year(num: str, scale: str | None, unit: str | None, cur: str | None) -> bool:
    return (
        not (scale or unit or cur) and len(num) == 4 and num.isdigit() and 1000 <= int(num) <= 2199
    )


def _in_headline(text: str, start: int) -> bool:
    """Title Case lines (headlines) capitalise every word, so names cannot be told by case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = re.findall(r"[A-Za-z]{4,}", text[line_start : line_end if line_end >= 0 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _is_label(
    text: str, start: int, end: int, before: str, bare: bool, word_number: bool
) -> bool:
    """`Long March 6`, `article 23`, `the Two Sessions`, `ranked number three`, `Windows 11 is`: part of a name."""
    if before.endswith("of ") and _GROUP_OF.search(before):
        return True  # `the Group of 20 major economies`, `the Group of Seven`
    prev = before[-20:].split()[-1:]
    label = prev[0].lower() if prev else ""
    if label.endswith(".") and label not in _ABBREVIATED_LABELS:
        label = ""  # `the previous season. Six of the top 10`: a sentence's end, not `No. 6`
    if label.rstrip(".") in _LABELS and before[-1:].isspace():
        if prev[0] in ("building", "issue") and _counted(text, end):
            return False  # `building 1,000 canteens`, `issue 500 licences`: a verb and what it makes
        return bare or word_number  # `top 10`, `number three`; not `the top 1%` (a share), `issue 1 trillion yuan`
    if word_number:
        if not text[start].isupper() or _in_headline(text, start):
            return False
        if before.rstrip(" ")[-1:] in (
            "“",
            '"',
            "‘",
        ):  # `“Three people died`, `“Ten Thousand People Program”`
            return bool(re.match(r"[\w-]*\s+[A-Z]", text[start : start + 40]))
        return not _SENTENCE_START.search(before)
    if not (bare and prev and before[-1:].isspace() and not prev[0].isdigit()):
        return False
    name = prev[0].lstrip("“\"‘'")  # `“Pegasus 2”`: a title in quotes
    if name.endswith(("'s", "’s", "s'", "s’")):
        return False  # `the Council's 15 members`: a possessive owns the count
    if name[:1].islower() and not name.islower():
        return True  # `iPhone 15`, `eBay 2`
    if not name[:1].isupper() or name in ("PMI", "PMIs"):
        return False
    cap = _CAPITAL_WORD_BEFORE.search(before)
    if cap is None or _in_headline(text, start):
        return False
    # a capitalised word right before a bare number names it, first in a sentence too (`Windows 11
    # runs on`): a count there opens with a number or a word like `Nearly` or `Overall`
    word = cap.group("word").lower().rstrip(".")
    gerund = word.endswith("ing") and not word.endswith(("eing", "jing", "qing"))  # not `Boeing`, `Beijing`
    if gerund and _SENTENCE_START.search(before, 0, cap.start()) and _counted(text, end):
        return False  # `Adding 500,000 childcare places by 2025`: a verb and what it counts
    return word not in _QUALIFIERS and word not in _LEADING_WORDS


_GROUP_OF = re.compile(r"\bGroup\s+of\s+$")
_MOVE_BEFORE_TO = re.compile(r"\s+(?:by\s+)?[\d.,]+\s*(?:percent|per\s+cent|%)\s+(?=to\s+$)")
_EPITHET_END = re.compile(r"\s(?:a\s+record|an\s+estimated)\s+$")  # `rose 20% to an estimated`


def _apposed_noun(text: str, start: int, end: int) -> str | None:
    """`reported the most cases, 13,677, followed by`: the figure set off by commas counts the noun before."""
    if text[end : end + 1] not in (",", ".", ";", ""):
        return None
    m = _APPOSED.search(text, max(0, start - 40), start)
    return m[1] if m and m[1][:-1] not in _TIME_UNITS and m[1] != "others" else None


# `killed at least 23.`: people, the only thing such verbs do to a bare number
_PEOPLE_HARMED_BEFORE = re.compile(
    rf"\b(?:{_HARM_VERBS}|displaced|displacing|evacuated|rescued)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|around|almost|another)\s+)?$"
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:and|in|on|at|during|after|when|while|across|since)\b")


def _people_harmed(text: str, start: int, end: int) -> str | None:
    """`The cyclone ... killed at least 23.`: a bare number a harm verb takes counts people."""
    before = _PEOPLE_HARMED_BEFORE.search(text, max(0, start - 40), start)
    return "people" if before and _CLAUSE_END_AFTER.match(text, end) else None


def _subject_noun(before: str) -> str | None:
    """`Deaths reached 6.9 million`, `the number of visas was eight`: the noun counted comes first."""
    if before.endswith((" record ", " estimated ")):
        before = _EPITHET_END.sub(" ", before)  # the figure's epithet: `fell 5.1 percent to a record`
    if before.endswith((", to ", ", by ")):
        before = without_late_aside(before)
    if before.endswith(" to ") and (brought := _BROUGHT_TO.search(before, max(0, len(before) - 120))):
        return brought["noun"]  # `bringing the total number of suspects transferred this year to 31,000`
    if before.endswith(" to "):
        before = _MOVE_BEFORE_TO.sub(" ", before)  # `Births fell 5.1 percent to 727,277`: fell to
    words = before[-40:].lower().split()
    while words and words[-1] in _SUBJECT_PARTICLES:
        words.pop()
    if not words or words[-1] not in _SUBJECT_VERBS:
        return None
    m = _SUBJECT_BEFORE.search(before)
    if not m:
        return None
    noun = m.group("noun")
    if noun is None:
        if before[: m.start("noun2")].rstrip()[-1:].isdigit():
            return None  # `The population of Tokyo’s 23 wards rose ... to 9.7 million`: 23 counts the wards
        placed = _PLACED_HEAD.search(before, max(0, m.start("noun2") - 60), m.start("noun2"))
        noun = placed[1] if placed else m.group("noun2")  # `netizens in rural areas numbered 304 million`
        opening = before[: placed.start(1) if placed else m.start("noun2")]
        modified = None if placed else _OPENING_MODIFIERS.search(opening)
        if modified:  # `International passenger trips reached 65.52 million`
            noun, opening = modified["mods"] + noun, opening[: modified.start("mods")]
        opening = opening.rstrip()
        if not opening or opening.endswith((".", "!", "?")):
            noun = noun.lower()  # `Deaths rose to 1.58 million`: a capital only because the sentence opens with it
    return None if noun.lower() in _NOT_SUBJECTS else noun


def _is_list_number(text: str, start: int, end: int) -> bool:
    """`1. Issue a document`, `  2. Shangrao City`, `(2) Caixin`: numbering, not a count."""
    if end - start > 2 or not text[start].isdigit():
        return False
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    if text[end : end + 1] not in (".", ")") or not text[end + 1 : end + 2].isspace():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t-–•*(")


def _verb_noun(text: str, start: int) -> str | None:
    """`was assaulted twice` -> `assaults`: what a bare frequency counts."""
    m = _VERB_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return None
    stem = m.group(1)
    if re.search(r"(?:[sgvzcu]|^[a-z]{1,2}[aeiou][rk])$", stem):
        stem += "e"  # `raised` -> `raise`, `scored` -> `score`
    return stem + "s"


def _make(
    text: str,
    start: int,
    end: int,
    value: float,
    high: float | None,
    unit: str,
    counted: str | None = None,
) -> Quantity | None:
    if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
        return None
    before = text[max(0, start - 60) : start]
    after = text[end : end + 20]
    return Quantity(
        start, end, text[start:end], value, high, unit, counted, _qualifier(before, after)
    )


def _from_match(text: str, m: re.Match[str]) -> Iterator[Quantity]:
    """Judge one regex match; yield zero, one or two quantities (a split `from X to Y`)."""
    if m.group("skip"):
        return
    if m.group("long"):
        q = _make(text, m.start(), m.end(), 1.0, None, m.group("long").split("-")[0].lower())
        if q:
            yield q
        return
    if m.group("frac"):
        yield from _fraction(text, m)
        return
    if m.group("ratio"):  # `one in five adults`, `4 in 10 Americans`, `3 out of 10 firms`
        of, per = _value(m.group("of")), _value(m.group("per"))  # 0 < of < per (find_quantities)
        q = _make(text, m.start(), m.end(), round(100 * of / per, 6), None, "percent")
        if q:
            yield q
        return
    if m.group("half"):
        before = text[max(0, m.start() - 20) : m.start()]
        if point := _POINT_PART.match(text, m.end()):  # `half a percentage point`
            q = _make(text, m.start(), point.end(), 0.5, None, "percentage_point")
        elif not re.search(
            r"(?i)\b(?:first|second|latter|former|other|top|bottom|back|front)\s+$", before
        ):
            q = _make(text, m.start(), m.end(), 50.0, None, "percent")
        else:
            q = None
        if q:
            yield q
        return
    if m.group("twice"):
        yield from _twice(text, m)
        return
    if m.group("multiplied"):
        yield from _multiplied(text, m)
        return
    if m.group("fold"):
        q = _make(text, m.start(), m.end(), _word_value(m.group("fold")[: -len("fold")]), None, "times")
        if q:
            yield q
        return
    yield from _number_match(text, m)


_FRACTION_SUBJECT_RE = re.compile(_FRACTION_SUBJECT)
# where such a subject starts: a clause opening, perhaps with a qualifier (`Roughly two-thirds backed it`)
_FRACTION_LEAD = re.compile(
    r"(?:^|[.!?;:,“\"]\s*|\b(?:while|whereas|and|but|that|with|roughly|about|nearly|almost|around|some|only|just)\s+)$",
    re.IGNORECASE,
)
# `a quarter of a percentage point`, `half a point`: a fraction of a point, not a share
_POINT_PART = re.compile(r"(?:(?:\s+of)?\s+an?\s+|[\s-])(?:percentage[\s-])?point\b", re.IGNORECASE)


_FRACTION_HELD = re.compile(r"\s+(?:majority|supermajority|stake|share)\b")
_FRACTION_MORE = re.compile(r"\s+(?:more|less|fewer|higher|lower|bigger|smaller|larger)\s+than\b")


_COMPARED_FRACTION = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|up\s+from|down\s+from)\s+(?:(?:about|around|roughly|nearly|almost|just|some)\s+)?$"
)
_SHARE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:covered|covers|cover|accounted\s+for|accounts\s+for|account\s+for|made\s+up|makes\s+up|make\s+up"
    r"|represents?|represented|comprised?|comprises)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than|only|just)\s+)?$"
)
_FRACTION_END = re.compile(r"(?:\s+(?:in|among|for|a\s+year|last|the)\b|[,.;])")


def _fraction(text: str, m: re.Match[str]) -> Iterator[Quantity]:
    words = _WORD_BREAK.split(m.group("frac"))
    numerator_text = " ".join(words[:-1]).lower()
    denominator = _DENOMINATORS[words[-1].lower()]
    numerator = 1.0 if numerator_text in ("a", "an") else _word_value(numerator_text)
    before = text[max(0, m.start() - 40) : m.start()]
    point = _POINT_PART.match(text, m.end())
    if point and 0 < numerator < denominator:  # `a quarter of a percentage point`
        q = _make(text, m.start(), point.end(), round(numerator / denominator, 6), None, "percentage_point")
        if q:
            yield q
        return
    if (
        not 0 < numerator < denominator
        # `a third of`, `dropped by a third`, `a third opposed it`; not `a third party`, `fourth`
        or not (
            re.match(r"\s+of\b", text[m.end() : m.end() + 4])
            or _FRACTION_HELD.match(text, m.end())  # `a two-thirds majority`, `a one-third stake`
            or _FRACTION_MORE.match(text, m.end())  # `nearly a fifth more than in 2018`
            or _BY_BEFORE.search(before)
            or (_MOVED_BEFORE.search(before) or _UP_DOWN_BEFORE.search(before)) and _MOVE_END.match(text, m.end())
            # `up about a third from a year earlier`, `fell a fifth in March`; not `up a third time`
            or _FRACTION_SUBJECT_RE.match(text, m.end()) and _FRACTION_LEAD.search(before)
            # `compared with about a fifth in the United States`: a share set beside another
            or _COMPARED_FRACTION.search(before) and _FRACTION_END.match(text, m.end())
            # `of which public money covered about a quarter`: a share of what was named before
            or _SHARE_VERB_BEFORE.search(before) and _FRACTION_END.match(text, m.end())
        )
        or (
            text[m.start()].isupper() and not _SENTENCE_START.search(before)
        )  # `Twenty-Fourth Division`
        or (denominator in (2, 4) and _TIME_FRAME_BEFORE.search(before))  # `the first two quarters`
        or re.match(
            r"(?i)\s+of\s+(?:\d{4}|(?:the|this|last|next)\s+(?:fiscal\s+)?year)",
            text[m.end() : m.end() + 30],
        )
    ):
        return
    q = _make(text, m.start(), m.end(), round(100 * numerator / denominator, 6), None, "percent")
    if q:
        yield q


def _twice(text: str, m: re.Match[str]) -> Iterator[Quantity]:
    value = 2.0 if m.group("twice").lower() == "twice" else 3.0
    after = text[m.end() : m.end() + 30]
    if re.match(
        # `twice as many`, `twice as fast as`; not `scored twice as Argentina won`
        r"(?i)\s+(?:as\s+(?:many|much|[a-z]+\s+as)|the|that|than|what|more|higher|larger|bigger|faster|over|its|their)\b",
        after,
    ):
        q = _make(text, m.start(), m.end(), value, None, "times")
    elif re.match(r"(?i)\s+(?:a|an|per|every|each)\s|-", after):
        return  # `twice a year`, `twice-weekly`: a frequency, not a count
    else:
        q = _make(text, m.start(), m.end(), value, None, "count", _verb_noun(text, m.start()))
    if q:
        yield q


# `more than double the figure`, `set to triple by 2030`, `nearly doubled`: a verb of change, or a
# multiple after a qualifier; not `a double murder`, `double-digit`, `doubled down`, `doubles as`
_MULTIPLE_BEFORE = re.compile(r"(?i)\b(?:more\s+than|nearly|almost|roughly|about|around|over|at\s+least)\s+$")
# `will halve emissions`, `saw their sales triple`
_MULTIPLE_VERB_BEFORE = re.compile(
    r"(?i)\b(?:to|will|would|could|may|might|must|plans?\s+to|(?:saw|see|sees|seen)\s+(?:(?:their|its|the)\s+)?(?!an?\s)[a-z]+)\s+$"
)
# `127,350 cases in 2024, double the number reported in 2023`: a multiple set beside a figure
_MULTIPLE_APPOSED = re.compile(r"\d[^,;.]{0,60},\s+$")
_MULTIPLE_AFTER = re.compile(r"(?i)\s+(?:the|its|their|that|what|from|in|by|over|since|last|this|to|a\s+year)\b|\s*[,.;]")
_NOT_MULTIPLE_AFTER = re.compile(r"(?i)-|\s+(?:down|up|back|as|over\s+in\s+pain|checks?|agents?)\b")


def _multiplied(text: str, m: re.Match[str]) -> Iterator[Quantity]:
    word = m.group("multiplied").lower()
    stem = word[: -len(next(e for e in ("ed", "es", "ing", "e") if word.endswith(e)))]
    if stem not in MULTIPLES or _NOT_MULTIPLE_AFTER.match(text, m.end()):
        return
    before = text[max(0, m.start() - 20) : m.start()]
    verb = word.endswith(("ed", "ing")) and not before.lower().endswith(("a ", "the ")) or _MULTIPLE_VERB_BEFORE.search(before)
    qualified = _MULTIPLE_BEFORE.search(before) or _MULTIPLE_APPOSED.search(text, max(0, m.start() - 80), m.start())
    if verb or qualified and _MULTIPLE_AFTER.match(text, m.end()):
        q = _make(text, m.start(), m.end(), MULTIPLES[stem], None, "times")
        if q:
            yield q


def _part(m: re.Match[str], tag: str) -> tuple[str | None, str, str | None, str | None]:
    return m.group(f"cur{tag}"), m.group(f"num{tag}"), m.group(f"scale{tag}"), m.group(f"unit{tag}")


def _unit_of(cur: str | None, scale: str | None, unit_text: str | None) -> str | None:
    if cur:
        return CURRENCY_SIGNS.get(cur.strip())
    return _unit(unit_text, bool(scale))


def _number_match(text: str, m: re.Match[str]) -> Iterator[Quantity]:
    cur1, num1, scale1, unit1 = _part(m, "1")
    start = m.start("cur1") if cur1 else m.start("num1")
    if m.group("num2") is not None:
        cur2, num2, scale2, unit2 = _part(m, "2")
        u1, u2 = _unit_of(cur1, scale1, unit1), _unit_of(cur2, scale2, unit2)
        sep = m.group("sep").strip(" -").lower()
        before = text[max(0, start - 20) : start]
        # `3 to 5 million` share the scale; `200,000 to 3.5 million` do not
        scale_low = scale1 or (scale2 if _value(num1) < 1000 else None)
        # `from X to Y` and `by 1,000 to 9,000` are a change and a level, not a range;
        # `by 3 to 5 percent` is a range (the unit is printed once)
        by_to = sep == "to" and _BY_BEFORE.search(before) and (u1 is not None or u2 is None)
        # `fell 0.5% to 49.1%`: a past move and where it ended, each with its unit
        moved_to = sep == "to" and (  # (`– Heilongjiang: down 260,000 to 30.3 million` too)
            _MOVED_BEFORE.search(before) or _GONE_UP_BEFORE.search(before) or _UP_DOWN_BEFORE.search(before)
        ) and (
            u1 is not None and u2 is not None
            # `fell 50,000 to 800,000`: bare counts far apart are a move and a level, `rose 5 to 10` a range
            or u1 is None and u2 is None and _scaled(_value(num2), scale2) >= 5 * _scaled(_value(num1), scale_low)
        )
        # (`up from 10.00 to 10.60 euros previously`: the range an earlier guidance gave)
        is_from = (
            _FROM_BEFORE.search(before) is not None
            and not PREVIOUSLY.match(text, m.end())
            and sep not in ("", "–", "—")  # `from 3%-4%`: a range, joined as one
            # (`raised its forecast to around 3.5 per cent from 2 to 3 per cent`: where it went is told; this is
            # the range it left)
            and not _TO_FIGURE_FROM.search(text, max(0, start - 50), start)
        ) or bool(by_to or moved_to)
        clock = _CLOCK_AFTER.match(text, m.end()) is not None  # `in the 24 hours to 6 a.m.`: a time of day
        between = m.group("range_start") is not None
        same_unit = u1 == u2 or u1 is None or (u2 is None and cur1 is not None and cur2 is None)
        joinable = same_unit and (sep != "and" or between) and not is_from and not clock
        if sep == "and" and not between:
            joinable = False
        if u1 is not None and u2 is not None and _scaled(_value(num2), scale2) < _scaled(_value(num1), scale_low):
            joinable = False  # `leads 48% to 46%`: a split between two sides, each a figure; no range runs down
        years = _is_year(num1, scale1, unit1, cur1), _is_year(num2, scale2, unit2, cur2)
        if any(years) and sep in ("", "–", "—", "~"):
            return  # `2019-2020`, `2013-14`: years, however they are joined
        if joinable and not any(years):
            low = _scaled(_value(num1), scale_low)
            high = _scaled(_value(num2), scale2)
            unit = u2 or u1 or "count"
            low, high = _multiples(unit2, low), _multiples(unit2, high)
            first_start = m.start("range_start") + len(m.group("range_start")) if between else start
            bare = u1 is None and u2 is None
            yield from _judge(
                text, first_start, m.end(), low, high, unit, bare=bare, parts=(num1, num2)
            )
            return
        first_end = max(e for e in (m.end("num1"), m.end("scale1"), m.end("unit1")) if e >= 0)
        first_unit = u1 if u1 or not is_from else u2
        yield from _single(text, start, first_end, num1, scale1, first_unit, unit1)
        if not clock:
            second_start = m.start("cur2") if cur2 else m.start("num2")
            yield from _single(text, second_start, m.end(), num2, scale2, u2, unit2)
        return
    yield from _single(
        text, start, m.end(), num1, scale1, _unit_of(cur1, scale1, unit1), unit1, cur1
    )


def _multiples(unit_text: str | None, value: float) -> float:
    word = (unit_text or "").lstrip("-").strip().lower()
    return without_float_noise(value * UNIT_MULTIPLES[word][1]) if word in UNIT_MULTIPLES else value


def _single(
    text: str,
    start: int,
    end: int,
    num: str,
    scale: str | None,
    unit: str | None,
    unit_text: str | None,
    cur: str | None = None,
) -> Iterator[Quantity]:
    if _is_year(num, scale, unit_text, cur):
        return
    if unit == "GBP" and not cur and (unit_text or "").strip().lower() == "pounds" and _GOODS_OF.match(text, end):
        unit = "pound"  # `2.1 million pounds of frozen chicken`: a weight, though a scale word comes first
    value = _multiples(unit_text, _scaled(_value(num), scale))
    pattern, per_unit = _PARTS.get(unit or "", (None, ()))
    parts = pattern.match(text, end) if pattern else None
    if parts:  # `the 6-foot-3 forward`, `three years and six months`, `2 hours, 0 minutes and 35 seconds`: one figure
        value += sum(_value(part) / n for part, n in zip(parts.groups(), per_unit) if part)
        value, end = round(value, 6), parts.end()
    mixed = "/" in num and (" " in num or "-" in num)  # `2 1/2`, `3-1/2`: a whole part and a fraction
    fraction = num in _VULGAR or "/" in num and not mixed and _proper(num)
    if fraction and unit is None and text.startswith(" of ", end):
        value, unit = round(100 * value, 6), "percent"  # `¾ of voters`, `1/3 of the budget`, as `three-quarters of voters`
    if "/" in num and not (unit == "percent" or _proper(num) and (unit or mixed)):
        return  # `9/11` and `on 1/3` (a date): a fraction needs `of`, a unit or a whole part
    if unit_text == "m" and not _METRE_EVENT.match(text, end) and (
        _counted(text, end) or not _LENGTH_HINT.search(text, max(0, start - 50), end + 30)
    ):  # `4.2m passengers`, `fell to 8.3m in 2022`: million; metres where lengths are spoken of
        value, unit, unit_text = _scaled(value, "million"), None, None
        after = _UNIT_AFTER.match(text, end)  # `5.4m tonnes`; not `8.3m in 2022`
        if after and len(after[0].strip()) > 2 and (unit := _unit_of(cur, "million", after[0])):
            value, end = _multiples(after[0], value), after.end()
    if (
        unit == "index"
        and not _SCALE_READING.search(unit_text or "")
        and not _INDEX_HINT.search(text, max(0, start - 60), start)
        and not _READING_AFTER.match(text, end)
        and not _index_before_aside(text, start)
    ):
        scored = _AVERAGED.search(text, max(0, start - 20), start) or _PER_GAME.match(text, end)
        if not scored and (
            value != int(value)  # `a 0.25-point cut`: no one scores a quarter of a point
            or _RATE_HINT.search(text, max(0, start - 60), start)
            or _PERCENT_BEFORE.search(text, max(0, start - 60), start)
            or _PERCENT_AFTER.match(text, end)
        ):
            unit = "percentage_point"  # `the jobless rate rose 0.4 points`, `rose 18%, 6 points faster`
        else:
            end -= len(unit_text or "")  # `scored 30 points`: points counted, not index points
            unit, unit_text = None, None
    if (
        unit == "times"
        and (unit_text or "").strip().lower() == "times"
        and _OCCURRENCES_AFTER.match(text, end)
        and MOVE_WORDS.isdisjoint(text[max(0, start - 30) : start].lower().split()[-2:])  # `expand 2.3 times`
        and not text.endswith("subscribed ", 0, start)  # `oversubscribed 5,258 times`: a multiple of the offer
    ):
        unit = "count"  # `downloaded 500 million times`, `met five times`: how often, not a multiple
    if unit_text and not cur and unit in CURRENCY_CODES and _PRICED_NOUN.match(text, end):
        end -= len(unit_text)  # `two dollar bonds`: bonds counted, priced in dollars
        unit, unit_text = None, None
    if unit in _TIME_UNITS and unit_text and unit_text.startswith("-") and _SECURITY_AFTER.match(text, end):
        return  # `the 10-year Treasury yield`: a security's maturity names it, it is no claim
    if unit in _TIME_UNITS and unit_text and unit_text.startswith("-") and _WINDOW_OF_AVERAGE.match(text, end):
        return  # `the seven-day average of new cases`: the window names the average, it is no claim
    if unit == "foot" and text.startswith((" equivalent", "-equivalent"), end):
        return  # `twenty-foot equivalent units`: the name of a container unit, no length
    if unit_text and unit_text.startswith("-") and _PLURAL_AFTER.match(text, end) and _COUNT_JUST_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return  # `51.8 million 60-kilogram bags`: the size of each bag names what is counted
    is_one = num.lower() in ("one", "a", "an")
    victim = num.lower() == "one" and (
        ONE_CASUALTY.match(text, end) or _HARMED_BEFORE.search(text, max(0, start - 12), start) and _ONE_VICTIM_AFTER.match(text, end)
    )
    # `14 accidents and one injury`: one of a list of counts
    listed = (
        num.lower() == "one"
        and _COUNT_AND_BEFORE.search(text, max(0, start - 40), start)
        and _ONE_THING_AFTER.match(text, end)  # (not `2 sons and one of them`)
    )
    if is_one and unit is None and not scale and not victim and not listed:
        return  # `one participant`, `one of the contracts`: introduces, does not count; `one person died` does
    if is_one and unit and not scale and (
        _PRICE_OF.search(text, max(0, start - 20), start) or _MONEY_NEAR.match(text, end)
    ):
        return  # `a gallon of milk costs $4`, `the price of a barrel of Brent`: the base of a price
    if is_one and unit in _TIME_UNITS and not scale:
        hyphen = unit_text is not None and unit_text.startswith("-")
        if not hyphen and not _DURATION_BEFORE.search(text[max(0, start - 40) : start]):
            return  # `one day`, `once a year`: not a duration
    yield from _judge(
        text, start, end, value, None, unit or "count", bare=unit is None, parts=(num,)
    )


def is_age(text: str, start: int, end: int) -> bool:
    """`Zhou Qihong, 74,` / `aged 74` / `who is 58,` / `a 74-year-old`: a person's age, not a timed event."""
    figure = text[start:end]
    if "," in figure or figure.isdecimal() and int(figure) > _OLDEST:
        return False  # `the most cases, 13,677,`: no one is that old
    before, after = text[max(0, start - 30) : start], text[end : end + 1]
    prev = before.lower().split()[-2:]
    return bool(
        after == "," and before[-2:] == ", " and text[start].isdigit() and text[end - 1].isdigit()  # not `, 48%,`
        and _NAMED_COMMA.search(before)
        and not _RANKED_COMMA.search(before)  # `Thailand returned the most, 52, followed by`: a count ranked
        or prev and (prev[-1] in _AGE_WORDS or prev == ["age", "of"] or prev[-1] in _AGE_BOUNDS and prev[0] in _AGE_WORDS)
        or prev[:1] == ["who"] and prev[-1] in _BECAME and after in ("", ",", ".", ";", ")")
        # `until their third child turns three`, `were under 18 when they were detained`
        or prev[-1:] and prev[-1] in ("turns", "turned", "turning") and not _UNIT_AFTER_AGE.match(text, end)
        or prev in (["were", "under"], ["was", "under"]) and _WHEN_AFTER.match(text, end) is not None
        # `among people over 65`, `children under 5,`, `Children under five accounted`: a group bounded by age
        or prev[-1:] in (["over"], ["under"], ["above"])
        and (prev[0] in _AGED_PEOPLE or prev[0].endswith("ans"))  # `Americans over 65`
        and (text[end - 1].isdigit() or figure.isalpha())  # `five`; not `100 kg`
        and (after in ("", ",", ".", ";", ")") or _word_after_age(text, end))
        or _YEARS_OLD.match(text, end)
        or _OLD_AFTER.match(text, end) and text.endswith(("year", "years"), start, end)  # `91 years old`
        or _OF_AGE.match(text, end)
        or _YEARS_OLD.search(text, start, end)  # the figure's text holds it: `25-year-old`
        or text.endswith(("from ", "to "), 0, start) and _AGE_MOVED.search(text, max(0, start - 60), start) is not None
        or text.endswith(("and ", "or "), 0, start) and _AGED_LIST.search(before) is not None  # `aged 27 and 34`
        or text.endswith("to ", 0, start) and _RAISED_TO.search(before) is not None  # `raising a child to 18`
    )


_RAISED_TO = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:a\s+|the\s+)?(?:child|children|kids?|son|daughter)\s+to\s+$")
_AGED_LIST = re.compile(r"\b(?:aged|ages)\s+\d{1,3}(?:,\s+\d{1,3})*,?\s+(?:and|or)\s+$")


def _word_after_age(text: str, end: int) -> bool:
    """A word after an age bound that is no unit: `Children under five accounted for`; not `over 100 kg`."""
    word = _WORD_AFTER_AGE.match(text, end)
    return word is not None and word[1] not in UNIT_WORDS


def _judge(
    text: str,
    start: int,
    end: int,
    value: float,
    high: float | None,
    unit: str,
    bare: bool,
    parts: tuple[str, ...],
) -> Iterator[Quantity]:
    """Context rules shared by single numbers and ranges."""
    if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
        return  # `1e309`: beyond what a float holds, so no figure anyone can check
    after_char = text[end : end + 1]
    if after_char.isalnum() or (after_char == "+" and text[end + 1 : end + 2].isdigit()):
        return  # `5G`, `14+1`
    if end + 1 < len(text) and text[end] in "./" and text[end + 1].isdigit():
        return  # `3.1.2`, `24/7`, `9/11`
    if _SCALED_ORDINAL.match(text, end):
        return  # `its 100 millionth phone`: an ordinal
    if end - start == 2 and text[start].isdigit() and text[start + 1] == "K":
        return  # `in 4K`, `an 8K screen`, `a 5K run`: a resolution or a race, not thousands (`$15K`, `15k fans` are)
    if parts[0][:1] == "0" and parts[0][1:2].isdigit():
        return  # `007`, the `000` of a split `10 000`: a code, not a number
    if high is not None and (high <= value and value >= 0 or parts[-1][0].isupper()):
        return  # `2-1`, `220-207`: scores and tallies, not ranges; `7-Eleven`: a name
    before = text[max(0, start - 50) : start]
    after = text[end : end + 30]
    if before.endswith(("of ", "to ", "from ")) and _SCALE_TOP_BEFORE.search(before):
        return  # `rated 3 on a scale of 5`, `from 1 to 10`: the scale's ends, no reading
    word_number = not parts[0][0].isdigit() and parts[0][0] not in "-−+."
    prev = before[-30:].lower().split()[-2:]
    if prev and (
        prev[-1] in _VAGUE or (prev[-1] == "of" and len(prev) == 2 and prev[0] in _VAGUE_OF)
    ):
        return  # `several dozen`, `tens of millions`
    if _is_label(text, start, end, before, bare and not word_number, word_number):
        return
    if unit in _TIME_UNITS:
        if before.endswith("the ") and _TO_A_NAMED_END.match(after):
            return  # `in the two years to 2023`, `the four weeks to Christmas Day`: a span named by its end (not `by
            # 10 years to 2040`)
        frame = _TIME_FRAME_BEFORE.search(before)
        if frame and (frame[0].endswith("the ") or unit == "hour") and _WINDOW_END.match(after):
            frame = None  # `detected 45 aircraft in the 24 hours to 6 a.m.`, `rain in 24 hours to 8 a.m.`: the window
        if frame and frame[0].lower().startswith("after") and (_LASTED_OF.match(after) or _RELEASED_AFTER.search(before)):
            frame = None  # `after three weeks of debate`, `were released after two days`: how long it lasted
        # (`in 2 hours, 9 minutes and 20 seconds` is a time taken, however it was taken)
        if unit != "second" and frame and not _PERFORMED_IN.search(before) and "," not in text[start:end]:
            return  # `in the past 40 years`, `in two weeks`; but `ran 100 meters in 9.58 seconds`, and
            # seconds never frame news: `reaches 100 km/h in 3.8 seconds` is a time taken
        if (
            prev
            and prev[-1] == "over"
            and not _DURATION_BEFORE.search(before[: before.lower().rfind("over")])
            and not (_OLD_AFTER.match(text, end) or _OF_AGE.match(text, end))  # `those over 50 years old`: an age
        ):
            return  # `$1.2 trillion over 10 years` frames; `for over a year` measures
        if _OVER_THE.search(before) and _SPAN_FROM.match(after):
            return  # `spending over the five days from Thanksgiving through Cyber Monday`: the span a figure covers
        if _COMPOUND_TIME.search(text, start, end) and (
            _SUPERLATIVE_END.search(before) or _SPAN_NOUN.match(after) and _IN_A_SPAN.search(before)
        ):
            # `its biggest one-day gain since November 2022`, `the 13th month in a 14-month period`: a frame for
            # the record, not a duration
            return
        if _TIME_FRAME_AFTER.match(after) and (
            not _DURATION_BEFORE.search(before)
            or _AGO.match(after) and not _FOR.search(before)
            or _COMPOUND_TIME.search(text, start, end) and _RECORD_AFTER.match(after)  # `Fall to Eight-Year Low`
        ):
            return  # `three days later`, `the level of a decade earlier`; but `detained for two days after`
    if (
        bare
        and high is None
        and (prev[-1:] in (["the"], ["so-called"]) or prev[-2:] in (["the", "“"], ["the", '"']))
        and _SINGULAR_NOUN.match(text, end)
        and not _SCALED.search(text, start, end)
        and not (text[end - 1].isdigit() and _THRESHOLD_AFTER.match(after))  # `the 50 mark that separates growth`
    ):
        return  # `the so-called 709 crackdown`, `the “709 crackdown,”`: a number naming one thing; not `the 11 million recorded`
    if bare and high is None and (_is_list_number(text, start, end) or _CLASS_NOUN.match(text, end)):
        return
    if bare and start and text[end : end + 1] in ("”", '"') and (
        text[start - 1] in "“\"" or _TITLE_OPENED.search(text, max(0, start - 40), start)
    ):
        return  # `the “996” schedule`, `“Ne Zha 2”`: a number quoted as a name, or ending a quoted title
    if word_number and prev[-1:] == ["the"] and _REFERS_BACK.match(after):
        return  # `The two were detained`: the people just named, counted again
    counted = None
    if bare:
        digits_only = parts[0][0].isdigit()
        if 0 < value < _OLDEST and value == int(value) and is_age(text, start, end):
            unit = "year"  # `Zhou Qihong, 74,`, `aged 74`, `at the age of 36`, `The mayor, who is 58,`
        else:
            whole = OF_THE_WHOLE.search(text, max(0, start - 80), start) if "," in text[max(0, start - 10) : start] else None
            # `Of the 70 cities surveyed, 69 reported ...`: the whole's noun, not what follows
            predicate = _PREDICATE_NOUN.match(text, end)
            if predicate:
                counted = predicate[1]
            elif whole:
                # `Of the 897 agreements signed, 379 projects have begun`: a noun of its own, else the whole's
                own = _counted(text, end)
                counted = own if own and own.split()[0].endswith("s") and not own.endswith("ss") else whole["n"]
            else:
                counted = (
                    _counted(text, end) or _apposed_noun(text, start, end) or _subject_noun(text[max(0, start - 100) : start])
                )
            if counted in ("degrees", "degree") and (degrees := _DEGREES.match(text, end)):
                end, counted = degrees.end(), None  # `40 degrees`: in news a temperature, unless turns and slopes are near
                near = text[max(0, start - 300) : end + 100]
                unit = "degree" if _ANGLE.search(text, max(0, start - 60), end + 30) else (
                    "degree_fahrenheit"
                    if _FAHRENHEIT.search(near) or _HOTTEST_CELSIUS < value <= 135 and not _CELSIUS.search(near)
                    else "degree_celsius"
                )
            elif "scor" in before[-80:] and SCORE_FIELD_AFTER.match(after) and _SCORED_IN.search(before[-80:]):
                unit, counted = "index", None  # `scoring 575 in math, 543 in reading`: test scores
            elif counted is None and PER_DOLLAR.match(after) and (
                quoted := _QUOTED_CURRENCY.findall(text, max(0, start - 120), start)
            ):  # (`The Mexican peso weakened as much as 1.6 percent to 20.05 per dollar`: the currency named first)
                unit = QUOTED_CURRENCIES[quoted[-1].lower()]  # `the yen weakened past 160 per dollar`: yen to the dollar
            elif counted is None and (
                _INDEX_HINT.search(text, max(0, start - _INDEX_REACH), start)
                and _INDEX_BEFORE.search(text[max(0, start - _INDEX_REACH) : start])  # `PMI from the ... fell to 51.2`
                or _QUAKE_MEASURED.search(before)
                or ON_A_SCALE_AFTER.match(after)  # `rated 3 on a scale of 5`: a reading on that scale
                # `The Nikkei closed above 40,000 for the first time on Monday, ending at 40,109.23`
                or before.endswith("at ")
                and _CLOSED_AT.search(before)
                and _STOCK_INDEX_NAMED.search(text, max(0, start - 150), start)
            ):  # `The quake, which measured 7.5,`: a reading on the magnitude scale
                unit = "index"
            elif (
                digits_only  # `Ten Killed in Bus Crash` is a headline in title case
                and value == int(value)
                and (
                    counted is None and (_MODEL_AFTER.match(after) or _ADDRESS_AFTER.match(after))
                    or _COUNT_BEFORE.search(before) and _NAME_AFTER.match(after)
                )
            ):
                return  # `737 MAX`, `27 737 MAX jets`, `10 787 Dreamliners`: a model name; `10 Downing Street`
            elif (
                counted
                and _PARTS_OF_YEAR.fullmatch(counted)
                and _TIME_FRAME_BEFORE.search(before)
            ):
                return
    if prev and prev[-1] in ("minus", "negative") and not (len(prev) == 2 and prev[0] == "or"):
        sign = f"{prev[-1]} "  # `minus 20 degrees`, `prices at negative 0.1%`
        start -= len(sign) if before.lower().endswith(sign) else 0
        value, high = -value, (-high if high is not None else None)
    if prev[-1:] == ["per"] and high is None and value in _RATE_BASES:
        return  # `6.39 per 1,000 people`: the base of a rate, not a figure of its own
    if value == 0 and bare and word_number and (text.startswith("-", end) or not _counted(text, end)):
        return  # `zero tolerance`, `zero-COVID`, `a zero-sum game`, `fell below zero`; but `zero deaths` counts
    q = _make(text, start, end, value, high, unit, counted)
    if q:
        yield q


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in text order; never raises on any ``str``.

    >>> [(q.text, q.value, q.value_high, q.unit) for q in find_quantities("60-80 experts, 74 to 88 percent")]
    [('60-80', 60.0, 80.0, 'count'), ('74 to 88 percent', 74.0, 88.0, 'percent')]
    """
    found: list[Quantity] = []
    skip = _SKIP_AT_START.match(text)
    done = skip.end() if skip else 0  # text before this offset is consumed
    for pos, end in _anchors(text):
        if pos < done:
            continue
        if end:
            done = end  # a URL or a date
            continue
        if _BARE_YEAR.match(text, pos):
            continue  # `in 2019,`: by far the most common number that is not a quantity
        m = _QUANTITY.match(text, pos)
        if m is not None and m["ratio"] and not 0 < _value(m["of"]) < _value(m["per"]):
            m = _QUANTITY.match(text, pos, m.end("of"))  # `aged over 65 in 22 provinces`: two figures
        if m is None:
            continue
        done = m.end()
        read = len(found)
        for q in _from_match(text, m):
            if found and q.start < found[-1].end:
                continue  # read already: the `3` of `6-foot-3`, which the feet took as their inches
            done = max(done, q.end)  # `6 feet 3 inches`: the inches are read with the feet
            if found and q.qualifier == "exact":
                q = _shared_qualifier(text, found[-1], q)
            if found and q.unit == "count" and q.counted is None:
                q = _same_noun(text, found, q)
                q = _same_unit(text, found[-1], q) if q.counted is None else q
            if q.unit == "count" and q.counted is None:  # not `killed one soldier and injured 12`: soldiers
                q = replace(q, counted=_people_harmed(text, q.start, q.end))
            if q.unit == "pound":
                q = _sterling(text, q)
            if found and q.text.lower() == "a dozen" and not text[found[-1].end : q.start].strip():
                continue  # `$4.95 a dozen`: what a price is per, not a count
            if found and _unit_ahead(text, found[-1], q):  # `77.2 million and 80.9 million tonnes respectively`
                found[-1] = replace(found[-1], unit=q.unit)
            at, listed = len(found), q
            while at and _listed_before(text, found[at - 1], listed):  # `maturities of 20, 30 and 50 years`: years
                at -= 1
                found[at] = listed = replace(found[at], unit=q.unit)
            if found and _ranges_to(text, found[-1], q):  # `ranging from four years and two months to 10 years`
                found[-1] = replace(found[-1], end=q.end, text=text[found[-1].start : q.end], value_high=q.value)
                continue
            found.append(q)
        if len(found) == read and m["sep"] and _CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            done = m.end("sep")  # `the S&P 500 to 6,000`: the name's number is none, the one after it may be
    return found


_LIST_BEFORE = re.compile(r",\s+|,?\s+(?:and|or)\s+")


def _listed_before(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether ``prev`` is a bare whole number listed before ``q`` in one list, so in ``q``'s unit: the `20`
    and `30` of `maturities of 20, 30 and 50 years`."""
    return (
        prev.unit == "count"
        and prev.counted is None
        and q.unit not in ("count", "times")
        and prev.value_high is None
        and prev.text.isdigit()
        and _LIST_BEFORE.fullmatch(text, prev.end, q.start) is not None
    )


_SCALED_END = re.compile(r"\s(?:thousand|million|billion|trillion)$")
_SCALED_UNIT = re.compile(r"\s(?:thousand|million|billion|trillion)\s")  # `80.9 million tonnes`


def _unit_ahead(text: str, prev: Quantity, q: Quantity) -> bool:
    """Whether a bare scaled figure takes the unit of the one joined to it by `and`: `77.2 million and 80.9
    million tonnes` are both tonnes."""
    return (
        prev.unit == "count"
        and prev.counted is None
        and q.unit not in ("count", "percent")
        and text[prev.end : q.start] == " and "
        and _SCALED_END.search(prev.text) is not None
        and _SCALED_UNIT.search(q.text) is not None
    )


_RANGING_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$")
_TO = re.compile(r"\s+to\s+")


def _ranges_to(text: str, low: Quantity, high: Quantity) -> bool:
    """Whether two figures of one unit are the ends of a range that the patterns for ranges did not read
    whole, its low end being a compound (`from four years and two months to 10 years`)."""
    return (
        low.unit == high.unit
        and low.value_high is None
        and high.value_high is None
        and low.value < high.value
        and _TO.fullmatch(text, low.end, high.start) is not None
        and _RANGING_FROM.search(text, max(0, low.start - 20), low.start) is not None
    )


_YEN_WORD = re.compile(r"\byen\b")
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo)\b")
_YUAN_WORD = re.compile(r"\b(?:yuan|RMB|renminbi|CNY)\b", re.IGNORECASE)


def in_yen(q: Quantity, sentence: str, article: str) -> Quantity:
    """``q`` with `¥` read as the yen where the text is about Japan: the article says `yen`, or the
    sentence names Japan and the article never the yuan. Elsewhere `¥` is the yuan, as in China's news."""
    if q.unit != "CNY" or q.text[:1] not in "¥￥":
        return q
    says_yen, says_yuan = _currency_words(article)
    if says_yen or _JAPAN.search(sentence) and not says_yuan:
        return replace(q, unit="JPY")
    return q


# currencies several countries name alike, by the code a bare name is read as and each other country's code
# (keyed by the words that name that country): `3.4 billion pesos` in an article on the Philippines are
# Philippine pesos, `2.51 trillion crowns` in one on Norway Norwegian crowns
_NAMESAKES = {
    "MXN": {"Philippine": "PHP", "Argentin": "ARS", "Chile": "CLP", "Colombia": "COP"},
    "INR": {"Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR"},
    "SEK": {"Norw": "NOK", "Denmark|Danish": "DKK", "Czech": "CZK", "Iceland": "ISK"},
    "NOK": {"Denmark|Danish": "DKK"},  # `kroner` are Norwegian or Danish, never Swedish (`kronor`)
    "KES": {"Ugand": "UGX", "Tanzan": "TZS"},
}
_HOMES = {"MXN": "Mexic", "INR": "India", "SEK": "Swed", "NOK": "Norw", "KES": "Keny"}
_BARE_NAMES = (
    "peso", "pesos", "rupee", "rupees", "crown", "crowns", "kroner", "krone", "kronor", "krona", "shillings"
)


def in_local_currency(q: Quantity, article: str) -> Quantity:
    """``q`` in the currency of the one country an article names of those that share its bare name (`pesos`,
    `rupees`, `crowns`); the Mexican peso, the Indian rupee and the Swedish crown where it names none or
    the first country too."""
    namesakes = _NAMESAKES.get(q.unit)
    if namesakes is None or not q.text.endswith(_BARE_NAMES):
        return q
    named = {code for country, code in namesakes.items() if _named_country(country, article)}
    if len(named) == 1 and not _named_country(_HOMES[q.unit], article):
        return replace(q, unit=named.pop())
    return q


@lru_cache(maxsize=256)
def _named_country(country: str, article: str) -> bool:
    return re.search(rf"\b(?:{country})", article) is not None


@lru_cache(maxsize=64)
def _currency_words(article: str) -> tuple[bool, bool]:
    """Whether ``article`` says `yen`, and whether it says `yuan` (or RMB), read once per article."""
    return _YEN_WORD.search(article) is not None, _YUAN_WORD.search(article) is not None


def _anchors(text: str) -> Iterator[tuple[int, int]]:
    """(offset, 0) where a quantity may start; (offset, end) for a URL or date to skip."""
    if text[:1].isalpha():
        yield 0, 0
    for anchor in _ANCHOR.finditer(text):
        start = anchor.start()
        first = text[start]
        if first.isdigit() or first in _SIGNS:
            yield start, 0
            continue
        body = anchor.group()[1:]
        skip = body.startswith(("http", "www.")) or body.split(None, 1)[0].rstrip(".") in _MONTH_SET
        yield start + 1, anchor.end() if skip else 0


_MONEY_WORDS = re.compile(
    r"(?i)\b(?:price[sd]?|cost(?:s|ing)?|paid|pays?|worth|salary|salaries|wages?|earn(?:s|ed|ings)?|spen[dt]|"
    r"fined?|sterling|dollars|euros|budget|revenue|profit|sold|bought|charge[sd]?|fees?|tickets?)\b"
)
_WEIGHT_WORDS = re.compile(r"(?i)\b(?:weigh(?:s|ed|ing|t)?|heav(?:y|ier)|lost|gained|fish|lb)\b")


def _sterling(text: str, q: Quantity) -> Quantity:
    """`3.9 pounds` as sterling where the words around it speak of money (`The price of a Big Mac is ... 3.9
    pounds in Britain`) and not of weight (`He weighs 200 pounds`)."""
    around = text[max(0, q.start - 120) : q.end + 40]
    if _MONEY_WORDS.search(around) and not _WEIGHT_WORDS.search(around):
        return replace(q, unit="GBP")
    return q


_TO_OWNERS = re.compile(r"\s+[\w\s-]+?\s+to\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+")
_AND_DID = re.compile(  # `killed at least 75 people and displaced more than 88,000`
    r"\s+[\w\s-]+?\s+and\s+(?:have\s+|has\s+|had\s+)?[a-z]+ed\s+"
    r"(?:(?:more\s+than|at\s+least|about|around|nearly|over|some|almost)\s+)?"
)


# a part named inside the count of a whole: `took away 23 members, including four children`
_PART_OF_BEFORE = re.compile(r"(?:including|among\s+them|of\s+whom)\s+$")


def _same_noun(text: str, found: list[Quantity], q: Quantity) -> Quantity:
    """`3.43 million marriages, which is 498,000 fewer`: a difference counts the same noun; so do a
    part of them in the next sentence (`290 people were arrested. About 170 of them ...`; of the whole,
    not of a part named inside it: `23 members, including four children. Eleven of them`) and the object
    of a second verb (`arrested 291 people and charged 174`) and another's tally (`126 medals to China’s 91`)."""
    prev = found[-1]
    if prev.unit != "count" or not prev.counted:
        return q
    if OF_THEM.match(text, q.end) and q.start - prev.end < 300:
        whole = found[-2] if len(found) > 1 and _PART_OF_BEFORE.search(text, max(0, prev.start - 20), prev.start) else None
        return replace(q, counted=whole.counted if whole and whole.unit == "count" and whole.counted else prev.counted)
    between = text[prev.end : q.start]
    if (
        q.start - prev.end < 80
        and (_AND_DID.fullmatch(between) or _TO_OWNERS.fullmatch(between))
        and (between.split()[: len(prev.counted.split())] == prev.counted.split() or _ONE_VICTIM_AFTER.match(between))
    ):
        return replace(q, counted=prev.counted)  # `arrested 291 people and charged 174`, `126 medals to China’s 91`
    if (
        _COMPARATIVE_AFTER.match(text, q.end)
        and q.start - prev.end < 80
        and not _SENTENCE_END.search(text, prev.end, q.start)
    ):
        return replace(q, counted=prev.counted)
    return q


_UP_FROM = re.compile(  # (`272 million tons for 2025, up from 240 million`: the time of the first may come between)
    r"(?:\s+(?:for|in)\s+(?:(?:19|20)\d\d|this\s+year|last\s+year))?,?\s+(?:(?:up|down)\s+)?from\s+(?:about\s+|around\s+)?$"
)


def _same_unit(text: str, prev: Quantity, q: Quantity) -> Quantity:
    """`15.1 billion bushels, up from 14.9 billion`: a base measured in the unit of the figure before it;
    `highs above 100 degrees Fahrenheit, with lows near 80`: a temperature, as a bare number after one is."""
    if prev.unit.startswith("degree_") and q.start - prev.end <= 60 and _BARE_TEMPERATURE.fullmatch(text, prev.end, q.start):
        return replace(q, unit=prev.unit)
    if prev.unit in ("count", "percent") or q.start - prev.end > 40:
        return q
    if _UP_FROM.fullmatch(text, prev.end, q.start) or (
        text.endswith("from ", 0, prev.start) and _TO_BARE.fullmatch(text, prev.end, q.start)
    ):  # `cutting the journey from eight hours to three and a half`: hours too
        return replace(q, unit=prev.unit)
    return q


_TO_BARE = re.compile(r"\s+to\s+(?:about\s+|around\s+|just\s+|only\s+)?")


# what lies between a temperature and a bare number that is one too
_BARE_TEMPERATURE = re.compile(r"[^.;\d]*\b(?:lows?|highs?|temperatures?|to|and|from|between|or)\s+(?:(?:of|near|around|about|in\s+the)\s+)?")


def _shared_qualifier(text: str, prev: Quantity, q: Quantity) -> Quantity:
    """`approximately 21.48 percent and 45.28 percent`, `More than 15,600 mpox cases and 537 deaths`: one qualifier
    for a list of values (not `to fewer than 1,000, two sources told RFA`: a comma, then another thing counted)."""
    join = text[prev.end : q.start]
    if (
        prev.qualifier != "exact"
        and prev.unit == q.unit
        and _LIST_JOIN.fullmatch(text, prev.end, q.start)
        and (q.counted in (None, prev.counted) or " and " in join or " or " in join)
    ):
        return replace(q, qualifier=prev.qualifier)
    return q
