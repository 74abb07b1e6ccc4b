"""Who a number is credited to: the source named in the body, and the reporting outlet.

Wire and statistics reporting credits sources in a handful of shapes:
``according to data released by X``, ``statistics that X released``, ``X reported
that``, ``X's survey``, ``citing X``, ``X, a member of Y, told Z, “...”``. The
credited name is the capitalised run in that slot (``the Chinese National
Bureau of Statistics``); an unnamed source (``according to the log``,
``analysts said``) credits nobody. Acronyms are written out when the article
defines them (``Canadian Security Intelligence Service (CSIS)``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factdb.extract.prefilter import CASE_FOLDS, Prefiltered
from factdb.pages import Outlet

__all__ = [
    "COMPANY_ENDS",
    "Credit",
    "acronyms",
    "cites_document",
    "document_issuer",
    "find_credit",
    "is_agency",
    "is_anaphoric",
    "is_body",
    "is_company",
    "is_unnamed",
    "pick_outlet",
    "quote_depth",
]

_CAP = r"(?:(?:al|el|ad|ash|bin|ibn)-)?[A-Z][\w&.\-’']*"  # `Abdel Fattah al-Sisi`: a particle, then the name
# a capitalised name, allowing lower-case joiners inside it: `Ministry of Civil Affairs`
# ... but not the day or month after it: `the Bank of Japan on Monday`
_CALENDAR_WORD = rf"(?:{'|'.join((*calendar.day_name, *calendar.month_name[1:]))})\b"
_NAME = (
    # a ministry of several portfolios, listed with commas: `Ministry of Trade, Industry and Energy`
    rf"(?:(?:{_CAP}[ \t]+)*(?:Ministry|Department)[ \t]+of[ \t]+{_CAP}(?:,[ \t]+{_CAP})+,?[ \t]+and[ \t]+{_CAP}"
    # (`Bangko Sentral ng Pilipinas`, `Banco do Brasil`: the joiners of other languages' names too)
    rf"|{_CAP}(?:[ \t]+(?:(?:of|for|and|on|the|de|in|ng|do|da|del|bin|ibn|van|von|&)[ \t]+)*(?!{_CALENDAR_WORD}){_CAP})*)"
)

def _one_of(words: str) -> str:
    """A regular expression for any one of the space-separated ``words``."""
    return f"(?:{'|'.join(words.split())})"


# Each list of words is written once: the patterns are built from it, and the prefilters that rule
# text out before a pattern runs (see `_rule`) read the same words.
_DATA_WORDS = (
    "data statistics figures numbers report survey study estimate estimates poll census analysis research "
    "document documents notice notices memo memos form reports surveys studies"
)
_DATA = rf"(?i:{_one_of(_DATA_WORDS)})"
_PUBLISHED_WORDS = "released published issued compiled provided conducted drafted prepared announced delivered presented"
_PUBLISHED = rf"(?:just\s+|newly\s+|recently\s+)?{_one_of(_PUBLISHED_WORDS)}"
_DESCRIBED = (  # what a source is, before its name: `the Chinese job-hunting platform`, `think tank`
    r"(?:(?:[A-Z][\w.’'-]*\s+)?(?:[a-z][\w’'-]*\s+){0,2}(?:platform|firm|website|group|organi[sz]ation|consultancy|"
    r"portal|app|tank|provider|tracker|broker)\s+(?=[A-Z]))?"
)
_SPEECH_WORDS = (
    "said says stated states told informed noted added explained warned emphasized emphasised stressed "
    "mentioned pointed revealed disclosed confirmed spoke wrote claimed ruled learned learnt"
)
# `the Nasdaq added 1.1%`, `Employers added 206,000 jobs`: a figure added is not a word said
_SPEECH = (
    _one_of(_SPEECH_WORDS)
    .replace("pointed", r"pointed\s+out")
    .replace("added", r"added(?!\s+(?:(?:about|some|nearly|almost|around|another|over|more\s+than)\s+)?[$€£¥]?\d)")
)
# `The IMF forecast growth of 3%`: the forecaster is the source
_DATA_VERB_WORDS = (
    "reported reports announced released published issued estimated found showed shows indicated recorded "
    "forecast forecasts projected projects expects expected predicts predicted estimates presented unveiled proposed "
    "proposes delivered"
)
# `the Eleventh Bureau issued a notice`; not `Guangdong issued the most bonds`
_DATA_VERB = _one_of(_DATA_VERB_WORDS).replace(
    "issued",
    r"issued(?!\s+(?:[\w-]+\s+){0,3}?(?:bonds?|shares|debt|notes|securities|loans|licen[cs]es|visas|permits|passports|"
    r"tickets|cards|coupons|vouchers)\b)",
).replace(
    "delivered",  # `Mayor Yin Yong delivered the city government’s work report`; not `Airbus delivered 766 aircraft`
    r"delivered(?=\s+(?:the|a|an|its|his|her)\s+(?:[\w’'\-]+\s+){0,3}?(?:report|speech|address|budget)\b)",
)
_REVISED_WORDS = "raised lowered cut kept maintained revised upgraded downgraded trimmed lifted"
REVISED_FORECAST = (  # `raised its global growth forecast`
    rf"{_one_of(_REVISED_WORDS)}\s+(?:its|their)\s+(?:[\w\-]+\s+){{0,3}}"
    r"(?:forecasts?|estimates?|projections?|outlook|targets?|guidance)"
)
# `X reported`, `X, a member of Y, told`, `"...," X said`: the clause's subject, with an optional appositive
_SUBJECT = (
    # `the city’s Gaming Inspection and Coordination Bureau said`: whose it is, in lower case, goes
    # (`..., and the SMMT expects output to`: a clause of its own after `and`)
    rf"(?:^|,[\"”’]?\s+(?:and\s+)?|\bthat\s+)(?:the\s+)?(?:(?:city|country|province|state|region|island|territory)[’']s\s+)?"
    # `his wife Luo Shengchun told Radio Free Asia`, `the rights group Amnesty International said`: what the
    # speaker is to the story, in lower case, goes too
    r"(?:(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|lawyer|attorney|friend)\s+"
    # `the U.S.-based Christian persecution watchdog ChinaAid reported`: what it is, however described
    # `the country’s nickel miners’ association APNI said`, `The United Nations refugee agency UNHCR estimated`
    r"|(?:[\w.\-’']+\s+){0,4}?(?:group|organi[sz]ation|watchdog|think\s+tank|platform|association|federation"
    r"|agency|union|commission|website)\s+"
    # `market research firm IDC estimated`, `property data firm CoreLogic said`, `consultancy Rhodium Group estimated`
    # (`South Korean research firm SNE Research said`: whose it is goes too)
    r"|(?P<firm>(?:[A-Z][\w.’']*\s+){0,2}(?:[a-z]+\s+){0,2}(?:firm|consultancy|provider|tracker))\s+"
    r"|(?:state\s+|official\s+|public\s+|national\s+)?(?:broadcaster|news\s+agency|newspaper|media)\s+"  # `state broadcaster CCTV said`
    r"|(?:official|state-run|state-owned)\s+(?=[A-Z])"  # `the official Chongqing Daily reported`
    # `the state weather agency AEMET said`: an agency named by what it does, then its name
    # (`Portugal's weather institute IPMA said`: whose it is goes too)
    r"|(?:[A-Z][a-z]+[’']s\s+)?(?:state\s+|national\s+|federal\s+)?(?:weather|meteorological|statistics|statistical|space|health|disease|"
    r"environment(?:al)?|energy|nuclear|civil\s+aviation|disaster|emergency)\s+(?:agency|office|service|bureau|regulator|institute)\s+"
    # `mortgage lender Nationwide said`
    # `Hong Kong developer Sun Hung Kai Properties reported`, `Developer Vanke said`: whose it is goes too
    # (not `Bank Negara Malaysia`: a name that begins with what it is)
    # (`British department store chain Harrow & Finch said`: what kind of chain, too)
    # (`Chongqing-based developer Longhu Group said`: where it is based, lowered before)
    r"|(?:(?:[A-Z][\w.’']*\s+){1,2}(?=[a-z]))?(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?P<business>(?i:parent\s+company|parent|owner|operator|"
    r"carmaker|automaker|developer|chipmaker|airline|lender|retailer|insurer|miner|producer|maker|utility|startup|giant|"
    r"buyer|supplier|exporter|importer|broker|distributor|chain)|bank)\s+"
    r"|(?i:(?:its\s+)?(?:smaller\s+|larger\s+|bigger\s+)?(?:rival|competitor))\s+"  # `Rival Bluesky said`
    # `Chief executive Thomas Woldbye said`: an officer of the company the article is about
    r"|(?P<officer>(?i:chief\s+(?:executive|financial|operating)(?:\s+officer)?|ceo|cfo|chairman|chairwoman|(?:co-?)?founder)\s+)"
    r"|(?i:central\s+bank\s+governor)\s+"  # `Central bank governor Julio Velarde said`
    # `disaster management minister Mohibbur Rahman said`: a post in lower case, then the person
    r"|(?:[a-z]+\s+){0,3}(?:minister|secretary|spokesman|spokeswoman|spokesperson|official|mayor|commissioner)\s+(?=[A-Z]))?"
    # `the provincial Department of Human Resources and Social Security said`: the level of government stays
    r"(?P<name>(?:(?:provincial|municipal|prefectural|county|federal)\s+(?=(?:Department|Ministry|Bureau|Office|Commission)\b))?"
    rf"{_NAME})(?:,\s(?P<appositive>[^,]{{3,90}}),)?\s+"
    r"(?:(?:also|recently|has|have|had|further|then|later|previously|just)\s+)*"
)
# the bodies that publish figures, by the word their names are built on (`Security Bureau`)
_AGENCY_WORDS = (
    "ministry commission agency office bureau department authority regulator administration association bank court "
    "institute academy council federation branch fund board directorate registry"
)
_AUTHORITY_WORDS = _AGENCY_WORDS + " government police military army navy guard cabinet embassy consulate authorities"
_AUTHORITY = _one_of(_AUTHORITY_WORDS)
# the words non-governmental bodies that publish figures are named by (`Amnesty International`, `China Labour
# Bulletin`, `Human Rights Watch`): what such a body says is its data, for the paragraph, as an agency's
_ORGANISATION = re.compile(
    r"\b(?:International|Watch|Bulletin|Defenders|Center|Centre|Foundation|Project|Network|Organi[sz]ation|Exchanges?|Academy|"
    r"League)\b"
)
# the last words of a company's full name: what it says of its business is data too (`China State Railway Group`)
COMPANY_ENDS = frozenset(
    """Group Holding Holdings Corp Corporation Co Company Inc Ltd Limited Plc Technologies Technology Motors Motor
    Industries Electronics Airlines Airways Automobile Auto Pharmaceutical Pharmaceuticals Semiconductor Telecom""".split()
)
_MEDIA_BEFORE = re.compile(r"(?i:broadcaster|news\s+agency|newspaper|media|tabloid|television|TV|outlet)\s+$")
# statistics offices known by a short name of their own, which no agency word gives away
_STATISTICS_OFFICES = frozenset("Eurostat Destatis Istat Rosstat Turkstat Statistik".split())
_ACADEMIC = re.compile(r"\b(?:University|College|School|Academy)\b")
_ROLE_WORDS = (
    "representative spokesman spokeswoman spokesperson official director head chairman member economist analyst "
    "strategist researcher"
)
# what data do: `Eurostat data showed`, `customs figures released on Friday showed`
_SHOWED_WORDS = "showed shows show indicated revealed suggested"
_SHOWED = rf"(?:{_one_of(_SHOWED_WORDS)}|{_PUBLISHED})"
_SHOWED_WORDS += " " + _PUBLISHED_WORDS
# agencies named by what they are, in lower case (after a place, perhaps): `, the central bank said`,
# `trade ministry data showed`, `the electoral commission said`, `the Gaza health ministry says`
_OFFICE = (  # `the military government said`, `the junta said`: a regime named by what it is
    # (`the state lottery operator said`: a state body running a service)
    r"central\s+bank|customs\s+(?:agency|office|administration)|military\s+(?:government|junta)|junta"
    r"|state\s+(?:[a-z]+\s+){0,2}operator|municipal\s+corporation|(?:[A-Z][\w.]*\s+)?"
    # `the municipal human resources and social security bureau`
    r"(?:(?!(?:the|its|their|his|her|a|an|this|that|said|says)\s)[a-z]+\s+){1,6}"
    r"(?:ministry|commission|agency|office|bureau|department|authority|regulator|(?<=coast\s)guard)"
)
_OFFICE_NP = re.compile(_OFFICE)
# a body named by what it is, whose data a sentence credits: `customs`, `government`, `the trade ministry`
_DATA_KEEPER = rf"(?:[A-Z][\w.]*\s+)?(?:customs|government|official|state)|{_OFFICE}"
# keepers whose data is credited as written, with the data word: `government data`, `state statistics`
_KEPT_WITH_DATA = frozenset(("government", "official", "state"))
# what an office posted on its website: `records posted on the provincial emergency management department’s website`
_POSTED_ON_SITE = re.compile(
    rf"(?:[\w-]+\s+){{0,3}}?(?:records?|notices?|data|documents?|statements?|announcements?)\s+"
    rf"(?:posted|published|released)\s+on\s+the\s+(?P<office>{_OFFICE})[’']s\s+(?:official\s+)?(?:website|site)"
)
# a city's customs office: `according to the Kunming customs district` is Kunming customs'
_CUSTOMS_IN = re.compile(r"\bcustoms\s+in\s+(?P<city>[A-Z][a-z]+)")
_CITY_CUSTOMS = re.compile(r"(?P<name>[A-Z][\w.]*\s+customs)(?:\s+(?:office|district|bureau|authorities))?")
_KEEPERS_DATA = re.compile(rf"(?P<name>{_DATA_KEEPER})\s+(?:data|figures|statistics)(?=\s+{_PUBLISHED}\b|$)")
# `"...," said Jane Smith`: the speaker after the verb (not `told`, whose object is the listener)
_SAID_BY_WORDS = "said says added noted wrote explained stated"
_SAID_BY = (
    rf"[,”\"’]\s+{_one_of(_SAID_BY_WORDS)}\s+(?:the\s+)?(?P<name>{_NAME})"
    r"(?:,\s(?P<appositive>[^,]{3,120})(?=[,.]|$))?"  # `said Zhang Wei, deputy director of the ... Department,`
)


# Where a rule's matches can start, for a sentence: offsets to try in order, or None for anywhere.
# Most rules open with a pattern `re` cannot skip ahead in, so trying them only where a match can
# start spares a scan of every position.
Starts = Callable[[str], Sequence[int] | None]


def _anywhere(sentence: str) -> None:
    return None


def _possessive(sentence: str) -> Sequence[int] | None:
    """Anywhere, if the sentence has a possessive (`Taiwan's`) at all."""
    return None if "'s" in sentence or "’s" in sentence else ()


def _clause_starts(sentence: str) -> Sequence[int]:
    """Where a clause subject can start: the sentence start, a comma or `that` (`{_SUBJECT}`)."""
    return [0, *(m.start() for m in _CLAUSE_OPENING.finditer(sentence))]


def _data_starts(sentence: str) -> Sequence[int]:
    """Offsets where a `_DATA` word may start (every offset when lower-casing cannot tell)."""
    if not CASE_FOLDS.isdisjoint(sentence):
        return range(len(sentence) + 1)
    return [m.start() for m in _DATA_AT.finditer(sentence.lower())]


def _rule(
    pattern: str, shared: bool, words: str, flags: int = 0, starts: Starts = _anywhere
) -> tuple[re.Pattern[str], bool, frozenset[str], Starts]:
    """A credit pattern, whether its source is shared by the paragraph, words one of which it needs,
    and where its matches can start."""
    return re.compile(pattern, flags), shared, frozenset(words.split()), starts


# an agency that sets a figure is its source: `The European Commission on Tuesday imposed tariffs of up to
# 35.3%` (the name must be an agency's, see find_credit: `Tesla cut prices by 5%` credits nobody)
# (an agency's aim is official: `The National Energy Administration aims to raise capacity`; a company's is not credited)
_PLANS = "aims plans intends"
_ACTS_WORDS = f"imposed set fined ordered approved allocated levied earmarked granted capped raised cut lowered {_PLANS}"
_SETS_WORDS = "set allocated earmarked levied"  # what a body named by its kind sets (not its own rate, moved)
_AGENCY_ACTS = _rule(
    rf"{_SUBJECT}(?:on\s+[A-Z][a-z]+\s+)?{_one_of(_ACTS_WORDS)}\b", True, _ACTS_WORDS, starts=_clause_starts
)
_SUBJECT_DATA = _rule(rf"{_SUBJECT}{_DATA_VERB}\b", True, _DATA_VERB_WORDS, starts=_clause_starts)
# `The IMF raised its global growth forecast to 3.2%`: the forecaster is the source
_REVISED_BY = _rule(rf"{_SUBJECT}{REVISED_FORECAST}\b", True, _REVISED_WORDS, starts=_clause_starts)
# a body speaking at the end of the sentence: `Europe recorded 127,350 measles cases in 2024, the World Health
# Organization said`: the subject recorded what the body counted
_BODY_SAID_LAST = re.compile(rf",\s+(?:the\s+)?(?P<name>{_NAME})\s+(?:also\s+)?{_SPEECH}\b[^,;]*$")
_RANKED_AFTER = re.compile(r"\s+the\s+(?:most|highest|largest|biggest|fewest|lowest|second|third)\b")
# `a spokesman for the ministry said`: the body a role is of
_ROLE_OF = _rule(
    rf"\b(?i:{_one_of(_ROLE_WORDS)})s?"
    # (`Analysts at Quilty Space estimate`: what they do in the plural too)
    rf"\s+(?:of|from|at|for)\s+(?:the\s+)?(?P<name>{_NAME})"
    rf"(?=.*\b(?:{_SPEECH}|{_DATA_VERB}|expects?|expected|estimate|predict)\b)",
    False,
    _ROLE_WORDS + " " + " ".join(w + "s" for w in _ROLE_WORDS.split()),
)
# a post in a body, after the body's name: `research director`, `chief executive`, `head of research for South China`
_POST = (
    r"(?:(?:deputy|vice|chief|executive|senior|general|[a-z]+)\s+){0,2}"
    rf"(?:{_one_of(_ROLE_WORDS)}|chief|secretary-general|president|director-general|professor|executive|CEO|CFO|(?:co-?)?founder)"
    # `JLL’s head of research for South China, Li Ming, said`: what and where the post is of
    r"(?:\s+(?:of|for)\s+(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+){0,2}"
)
_OFFICER_NAME = r"[A-Z][a-z]+(?:\s+(?:[A-Z][’'])?[A-Z][a-z]+){1,2}"
# `according to Instagram head Adam Mosseri`: the person, with the body they speak for
_BODYS_OFFICER = re.compile(rf"(?:[Tt]he\s+)?(?P<org>{_NAME})(?:[’']s)?\s+{_POST}\s+(?P<name>{_OFFICER_NAME})")
# tried in order; the first that names someone wins
_PATTERNS = [
    _rule(rf"\bciting\s+(?:the\s+)?(?P<name>{_NAME})", True, "citing"),
    # `released by the Chinese job-hunting platform Zhaopin`: the name after what it is
    _rule(rf"\b{_PUBLISHED}\s+(?:by|from)\s+(?:the\s+)?{_DESCRIBED}(?P<name>{_NAME})", True, _PUBLISHED_WORDS),
    # `a plan released by the provincial development and reform commission`: an office named by what it is
    _rule(rf"\b{_PUBLISHED}\s+(?:by|from)\s+the\s+(?P<name>{_OFFICE})\b(?!\s+of\b)", True, _PUBLISHED_WORDS),
    # `The Hong Kong government rejected the report, saying the city’s crime rate fell`: what it says
    _rule(
        # a name of two words or more: `Consumers cut spending, saying` credits nobody
        rf"^(?:The\s+)?(?P<name>(?:[A-Z][\w.’']*\s+){{1,3}}(?:government|authorities|police)|{_CAP}\s+{_NAME})\s+"
        r"(?:[a-z]+\s+){1,5}?[a-z]+,\s+saying\b",
        False,
        "saying",
    ),
    # `The Guangdong provincial government set the following targets`: a government's own figures
    _rule(
        r"(?:^|,\s+|\bthat\s+)(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*\s+"
        r"(?:provincial\s+|municipal\s+|city\s+|central\s+)?"
        rf"government)\s+(?:also\s+)?(?:{_SPEECH}|{_DATA_VERB}|set|sets|approved)\b",
        True,
        "government",
        starts=_clause_starts,
    ),
    _rule(
        rf"\b{_PUBLISHED}\s+in\s+(?:the\s+)?(?:journal\s+)?[“\"]?(?P<name>{_NAME})",
        True,
        _PUBLISHED_WORDS,
    ),
    _rule(
        rf"\b{_DATA}\s+(?:that|which)\s+(?:the\s+)?(?P<name>{_NAME})\s+{_PUBLISHED}",
        True,
        _DATA_WORDS,
        starts=_data_starts,
    ),
    _rule(
        rf"\b{_DATA}[”\"]?\s+(?:of\s+[\d,.]+\s+(?:[a-z\-]+\s+|[\d,.]+\s+|[A-Z][a-z]+day\s+){{0,6}}?by\s+(?:[a-z\-]+\s+){{0,3}}?|(?:by|from|of)\s+(?:(?!polled|surveyed)[a-z\-]+\s+){{0,4}}?)"
        rf"(?:the\s+)?(?P<name>{_NAME})(?![\w$])",  # `a survey (of 1,015 residents aged 20 to 35) by (recruitment platform) X`,
        # `a survey of 12,000 people released on Monday by X`;
        # not the currency of `an estimate of HK$85 billion`, nor `the estimate of economists surveyed by X`, a forecast
        True,
        _DATA_WORDS,
        starts=_data_starts,
    ),
    _rule(r"\baccording\s+to\s+(?P<np>[^,;:“”\"]+)", True, "according", re.IGNORECASE),
    _rule(
        rf"\b(?i:data|figures|statistics)\s+from\s+(?:the\s+)?(?P<name>{_NAME}|{_OFFICE})",  # `the statistics ministry`
        True,
        "data figures statistics",
        starts=_data_starts,
    ),
    _rule(rf"\bPMIs?\s+from\s+(?:the\s+)?(?P<name>{_NAME})", True, "pmi"),  # `the official PMI from the NBS`
    _rule(
        rf"(?P<name>{_NAME})['’]s\s+(?:(?:latest|new|monthly|annual|official|own|recent)\s+)*(?:{_CAP}\s+){{0,4}}"
        r"(?:report|survey|study|data(?!\s+cent(?:er|re))|figures|index|PMI|poll|estimates?)\b",
        True,
        "report survey study data figures index pmi poll estimate estimates",  # rarer than `’s`
        starts=_possessive,
    ),
    _rule(  # `A Human Rights Watch report in May estimated that`
        rf"\b(?i:the|an?)\s+(?P<name>{_NAME})\s+(?:report|survey|study|data)(?:\s+(?:in|on|last|this)\s+\w+)?"
        rf"\s+(?:{_SPEECH}|estimated|found|showed)\b",
        True,
        "report survey study data",
    ),
    _rule(  # `the Caixin/S&P Global services PMI came in at`: its compilers
        r"\bthe\s+(?P<name>[A-Z][\w&]*(?:/[A-Z][\w&]*(?:\s+[A-Z][\w&]*)?)?)\s+(?:[A-Za-z]+\s+){0,2}PMI\b",
        False,
        "pmi",
    ),
    _rule(  # `, the S&P CoreLogic Case-Shiller national index showed`: its compilers
        r"\bthe\s+(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})\s+(?:[a-z]+\s+){0,2}index\s+(?:also\s+)?"
        r"(?:showed|shows)\b",
        True,
        "index",
    ),
    _rule(  # `..., a Reuters/Ipsos poll completed on Sunday found`: the poll's makers
        r"(?:^|,\s+)(?:[Aa]n?|[Tt]he)\s+(?P<name>[A-Z][\w.&’'\-]*(?:/[A-Z][\w.&\-]*)?(?:\s+[A-Z][\w.&\-]*){0,2})\s+"
        r"(?:poll|survey)\b[^,;.]{0,40}?\s+(?:found|showed|shows|finds|suggested|suggests)\b",
        True,
        "poll survey",
    ),
    _rule(
        rf"(?:^|,\s+|\bthat\s+)(?:the\s+)?(?P<name>{_NAME})\s+(?:data|figures|statistics|survey|estimates)\s+"
        rf"(?:also\s+)?{_SHOWED}\b",
        True,
        _SHOWED_WORDS,
        starts=_clause_starts,
    ),  # `Eurostat data showed`
    _rule(
        rf"(?:^|,\s+|\bthat\s+)(?:the\s+)?(?P<name>{_DATA_KEEPER})\s+(?:data|figures|statistics)\s+"
        rf"(?:also\s+)?{_SHOWED}\b",
        True,
        _SHOWED_WORDS,
        starts=_clause_starts,
    ),  # `, customs data showed`: an agency named by what it is
    _rule(
        rf"(?:^|,[\"”’]?\s+|\bthat\s+)[Tt]he\s+(?:(?:country|nation|state)[’']s\s+)?(?P<name>{_OFFICE})\s+"
        rf"(?:also\s+)?(?:(?:has|had|have)\s+)?(?:{_SPEECH}|{_DATA_VERB})\b",  # (`the ministry had forecast`)
        False,
        _SPEECH_WORDS + " " + _DATA_VERB_WORDS,
        starts=_clause_starts,
    ),  # `, the trade ministry said`
    _rule(
        rf"(?:^|,\s+|\bthat\s+)(?P<name>[A-Z][\w.]*\s+customs)\s+(?:also\s+)?(?:{_SPEECH}|{_DATA_VERB})\b",
        True,
        _SPEECH_WORDS + " " + _DATA_VERB_WORDS,
        starts=_clause_starts,
    ),  # `, Haikou customs said`: a city's customs office
    _rule(
        rf"(?:^|,\s+|\bthat\s+)(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:prefecture|province|county)"
        rf"(?:\s+government)?)\s+(?:also\s+)?(?:{_SPEECH}|{_DATA_VERB})\b",
        True,
        _SPEECH_WORDS + " " + _DATA_VERB_WORDS,
        starts=_clause_starts,
    ),  # `, Ishikawa prefecture said`: a place's government, named by the place
    _rule(
        rf"(?:^|,\s+|\bthat\s+)(?:the\s+)?(?P<name>{_NAME})\s+(?:economists?|analysts?|strategists?|researchers?)\s+"
        r"(?:had\s+)?(?:forecast|forecasts|expect|expected|expects|predicted|predict|estimated|estimate|said|say)\b",
        False,
        "forecast forecasts expect expected expects predicted predict estimated estimate said say",
        starts=_clause_starts,
    ),  # `Goldman Sachs economists forecast`
    _rule(
        rf"(?P<name>{_NAME})(?P<authority>['’]s\s+(?:[a-z]+\s+){{0,2}}{_AUTHORITY})(?:\s+(?:also|further|later))?\s+"
        rf"(?:{_SPEECH}|{_DATA_VERB}|{_one_of(_SETS_WORDS)}|{REVISED_FORECAST})\b",
        False,
        _AUTHORITY_WORDS,
        starts=_possessive,
    ),  # `Taiwan's defense ministry said`, `Peru's production ministry set the quota`, `... cut its growth forecast`
    _SUBJECT_DATA,
    _AGENCY_ACTS,
    _REVISED_BY,
    _rule(
        rf"{_SUBJECT}{_SPEECH}\s+(?:[\w\-]+\s+){{0,2}}?in\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){{0,2}}?"
        r"(?:report|survey|study|analysis|paper)\b",
        True,
        "report survey study analysis paper",
        starts=_clause_starts,
    ),  # `Safeguard Defenders said in a new report on Monday`: a report's figures, for the paragraph
    _rule(
        rf"(?:^|,[\"”’]?\s+|\bthat\s+)(?:[Tt]he\s+)?(?!Chief\s|An?\s|The\s)(?P<org>{_NAME})(?:[’']s)?\s+"  # `Chief executive ...`: an officer's
        # `CoreLogic research director Tim Lawless`, `Domain chief of research Nicola Powell`: the post's field too
        rf"{_POST}(?:,(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]+,))?\s+"
        rf"(?P<name>{_OFFICER_NAME}),?\s+{_SPEECH}\b",
        False,
        _SPEECH_WORDS,
        starts=_clause_starts,
    ),  # `CAAM deputy secretary-general Chen Shihua said`: the person, with the body they speak for
    _rule(  # `China’s top anti-corruption body, the Central Commission for Discipline Inspection, said`
        rf"(?:^|,\s+)(?:[A-Z][\w.’']*\s+)?(?:[a-z][\w-]*\s+){{0,4}}(?:body|agency|watchdog|regulator|authority),\s+"
        rf"(?:the\s+)?(?P<name>{_NAME}),\s+(?:also\s+)?{_SPEECH}\b",
        True,
        _SPEECH_WORDS,
        starts=_clause_starts,
    ),
    _rule(rf"{_SUBJECT}{_SPEECH}\b", False, _SPEECH_WORDS, starts=_clause_starts),
    _rule(  # `police in the canton of Valais said`: a force named by where it serves, as written
        rf"(?:^|,\s+)(?P<name>(?i:police|authorities)\s+in\s+(?:the\s+)?"
        rf"(?:(?:canton|state|province|county|city|region|district|prefecture)\s+of\s+)?{_NAME})\s+(?:also\s+)?{_SPEECH}\b",
        True,
        "police authorities",
        starts=_clause_starts,
    ),
    _rule(_SAID_BY, False, _SAID_BY_WORDS),
    _rule(  # `Thames Water has been fined £104m by the regulator Ofwat`: who fined it, for the paragraph
        rf"\b(?:been|was|were)\s+fined\s+[^,;]{{1,30}}?\s+by\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?P<name>{_NAME})",
        True,
        "fined",
    ),
    # `Economists polled by Reuters had expected`: the poll's maker, for the forecast it asked for (last: in
    # `..., Eurostat said, below the 2.7 percent expected by economists polled by Reuters` the rest is Eurostat's)
    _rule(rf"\b(?:polled|surveyed)\s+by\s+(?:the\s+)?(?P<name>{_NAME})", False, "polled surveyed"),
    _rule(  # `Economists in a Reuters poll had expected`
        rf"\b(?i:economists|analysts|strategists)\s+in\s+an?\s+(?P<name>{_NAME})\s+(?:poll|survey)\b", False, "poll survey"
    ),
    _ROLE_OF,
]
# unions of states that act as an agency does: `The European Union fined Apple 1.84 billion euros`
_BLOCS = frozenset(("European Union", "EU", "United Nations", "UN", "African Union", "ASEAN"))
# a role in an aside on whom a sentence's verb acted on: `sentenced Levo Chan, the former head of`
_ACTED_ON = re.compile(
    r"\b(?:sentenced|detained|arrested|jailed|fined|charged|convicted|expelled|investigated|executed|sued)\b"
    r"[^,;]*,\s+(?:the\s+)?(?:former\s+|ex-)?$"
)
_TRIGGERS = frozenset().union(*(words for _, _, words, _ in _PATTERNS))
_CLAUSE_OPENING = re.compile(",|that")
# Where a `_DATA` word may start, found in lower-cased text by a pattern `re` can skip ahead in
# (the `\b` and case-insensitive branches of `_DATA` make it try every position). Lower-casing
# keeps offsets, and matches what re.IGNORECASE matches, except for the CASE_FOLDS characters.
_DATA_AT = re.compile(_one_of(_DATA_WORDS))
_PARENS = re.compile(r"\s*\([^)]*\)")
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_WEBSITE = re.compile(r"\b([A-Z]\w+)\.(?:org|com|net)\b")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})[ \t]+$")
_NAME_ENDING = re.compile(rf"(?P<name>{_NAME})$")
# who speaks when nobody is named: `analysts said`, `Economists expected`
_UNNAMED_WORDS = (
    "analyst expert observer economist critic source official insider trader prosecutor police investigator researcher "
    "scientist witness diplomat judge resident villager demographer scholar operator executive organizer organiser manager "
    "dealer broker banker exporter importer farmer employer landlord investor consumer household hotel shop store restaurant"
)
# capitalised words that open a sentence without naming anyone: `He said`, `Official data showed`
_NOT_NAMES = frozenset(
    "He She They It We I You This That These Those There The A An Official Preliminary Latest Recent New Separate "
    "Other Earlier Final Provisional Updated Revised Monthly Weekly Annual Quarterly Police".split()
    + [*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept", *calendar.day_name]  # `conducted in August`, `from Jan. 5`
    + [f"{w.title()}s" for w in _UNNAMED_WORDS.split()]
    # `Retailers reported higher sales`: the businesses of a trade, none of them named (`the retailer said` names
    # one again, so these are no unnamed words)
    + "Factories Companies Firms Businesses Retailers Airlines Banks Lenders Developers Carmakers Automakers".split()
    # `Cinemas recorded 1.01 billion admissions`: places of a kind, none of them named
    + "Cinemas Theaters Theatres Hospitals Clinics Schools Universities Farms Mines Ports Airports Refineries Shipyards "
    "Cities Provinces Counties Townships Villages Courts".split()
)
# an unnamed speaker: the sentence credits nobody, whatever the paragraph said before
_UNNAMED = Prefiltered(
    rf"\b(?:{_one_of(_UNNAMED_WORDS)}s?|some)"
    # `Economists polled by Reuters had forecast`: up to four words between
    r"\s+(?:\w+\s+){0,4}?(?:said|say|says|expressed|believe|believed|expect|expected|noted|warned|estimated|estimate|think|"
    r"forecast|predicted|pointed|argued|observed|cautioned|told)\b",
    "said say expressed believe expect noted warned estimated estimate think forecast predicted pointed argued observed cautioned told".split(),
    for_lower=True,
)  # on lower-cased text: re.IGNORECASE would make every position of the sentence slower
# an agency named again by the word its name is built on: `The commission said`, `the bureau expects`
_AGENCY_NAME = re.compile(rf"\b(?i:{_one_of(_AGENCY_WORDS)}|statistics)\b")
COMPANY_WORDS = frozenset(
    "company firm group carmaker automaker lender bank insurer retailer manufacturer developer chipmaker airline "
    "miner operator airport carrier drugmaker utility maker giant planemaker steelmaker shipbuilder brewer supplier "
    "conglomerate chain brand startup".split()
)
# `..., the study found`, `The researchers forecast`: the journal credited last
_STUDY_WORDS = frozenset(("study", "analysis", "researchers", "authors"))
_AGAIN_HEADS = frozenset(_AGENCY_WORDS.split()) | COMPANY_WORDS | _STUDY_WORDS
_PRONOUNS = frozenset(("he", "she"))
_PRONOUN_SAID = re.compile(  # `He estimated that prices would fall`: the person credited before
    rf"(?:^|,\s+|\bthat\s+)(?:[Hh]e|[Ss]he)\s+(?:also\s+)?(?:{_SPEECH}|estimated|predicted|expects|expected|forecast)\b"
)
_AGAIN_HEAD = rf"(?P<head>(?i:{'|'.join(sorted(_AGAIN_HEADS))}))"  # `the bureau`, `the company`, `the study`
_NAMED_AGAIN = re.compile(
    rf"(?:^|,\s+|\bthat\s+)(?i:the)\s+(?:(?:[A-Z][\w.]*\s+)?[\w.]+-(?:based|owned|listed|run|backed)\s+)?"  # `the London-based lender`
    # `the central bank`, `the electric vehicle maker`: what it is, in lower case
    r"(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?"  # `the European planemaker`: whose it is, by a demonym
    # `The central bank, which cut ...,`, `The developer, once China’s largest by sales,`: an aside on it
    # (`the world’s largest contract electronics maker said`: where it ranks, too)
    r"(?:(?:world|country|nation|region|city|industry)[’']s\s+(?=[a-z]+est\s))?"
    rf"(?:[a-z][\w\-]*\s+){{0,3}}?{_AGAIN_HEAD}(?:,\s+[^,;]{{1,120}},)?\s+"
    rf"(?:also\s+)?(?:(?:has|have|had)\s+)?(?:{_SPEECH}|{_DATA_VERB}|{_one_of(_PLANS)}"  # `the ministry has reported`
    rf"|{REVISED_FORECAST})\b"  # `The central bank cut its growth forecast`
)
_OFFICER_AGAIN = re.compile(  # `the company’s chief executive Elon Musk said`: its officer, by name
    rf"(?:^|,\s+)(?i:the)\s+{_AGAIN_HEAD}[’']s\s+(?:[a-z][\w-]*\s+){{1,3}}"
    rf"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){{1,2}})\s+(?:also\s+)?(?:{_SPEECH})\b"
)
_IT_SAID_FIRST = re.compile(rf"It\s+(?:also\s+)?(?:{_SPEECH})\b")


def _looks_like_person(name: str) -> bool:
    """Two or three capitalised words that name no body: `Dane Cheng`, not `Philippine coast guard`."""
    words = name.split(" (")[0].split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not is_body(name)


_IT_SAID = re.compile(rf",\s+it\s+(?:also\s+)?(?:{_SPEECH})\b")
_SPEAKS_FOR = re.compile(
    rf"\b{_SPEECH}\s+(?:that\s+)?the\s+(?:central\s+)?{_AGAIN_HEAD}\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:expects|expected|projects|forecasts|estimates|sees|plans|will|would|had|has|is|was)\b"
)
# the place each level of government is of: `the city government announced`, `according to the regional government`
_LEVEL_PLACES = {
    "city": "city", "municipal": "city", "provincial": "province", "county": "county", "regional": "region", "state": "state"
}
_GOVERNMENT_OF_LEVEL = rf"(?i:the)\s+(?P<level>(?i:{'|'.join(_LEVEL_PLACES)}))\s+government"
_LOCAL_GOVERNMENT = re.compile(
    rf"(?:^|,\s+|\bthat\s+){_GOVERNMENT_OF_LEVEL}\s+(?:also\s+)?(?:(?:has|have|had)\s+)?(?:{_SPEECH}|{_DATA_VERB})\b"
)
_GOVERNMENT_ACCORDING = re.compile(rf"\baccording\s+to\s+{_GOVERNMENT_OF_LEVEL}\s*(?:[,.;]|$)")
# `the city’s human resources and social security bureau announced`: a local office, named in lower case
_LOCAL_OWNER = r"(?i:the)\s+(?P<level>city|province|county)[’']s\s+"
_LOCAL_HEAD = r"(?:bureau|commission|department|office|administration|authority|agency|company|corporation)"  # `the city’s metro company`
_LOCAL_WORD = r"[a-z]+(?:-[a-z]+)?\s+"  # `housing and urban-rural development`
_LOCAL_OFFICE = re.compile(
    rf"(?:^|,\s+|\bthat\s+){_LOCAL_OWNER}(?P<office>(?:{_LOCAL_WORD}){{1,6}}{_LOCAL_HEAD})\s+"
    rf"(?:also\s+)?(?:(?:has|have|had)\s+)?(?:{_SPEECH}|{_DATA_VERB})\b"
)
# `according to the city’s customs office`: the same office, credited the other way round
_LOCAL_ACCORDING = re.compile(  # ... or a document it issued: `according to a procurement notice issued by the city’s`
    r"\baccording\s+to\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:issued|released|published|compiled)\s+by\s+)?"
    rf"{_LOCAL_OWNER}(?P<office>(?:{_LOCAL_WORD}){{0,6}}{_LOCAL_HEAD})\s*(?:[,.;]|$)"
)
_AND_REVISED = re.compile(rf"\band\s+(?:also\s+)?{REVISED_FORECAST}\b")
_ANAPHORA = re.compile(
    rf"^(?:The|These|Those|This|Such)\s+(?:\w+[\s-]+){{0,2}}?{_DATA}\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Credit:
    """A source credited in a sentence; ``shared`` sources carry to the rest of the paragraph."""

    name: str
    shared: bool
    officer: bool = False  # a company's officer, named without the company (`Chief executive Thomas Woldbye`)


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines: ``{"CSIS": "Canadian Security Intelligence Service"}``.

    >>> acronyms("The Canadian Security Intelligence Service (CSIS) warned")
    {'CSIS': 'Canadian Security Intelligence Service'}
    """
    found: dict[str, str] = {}
    for m in _ABBREVIATION.finditer(text):
        named = _NAME_BEFORE.search(text, max(0, m.start() - 100), m.start())
        if not named:
            continue
        name, abbr, start = _ARTICLE.sub("", named["name"]), m[1], named.start()
        # a name with a comma in it: `the Directorate-General of Budget, Accounting and Statistics (DGBAS)`
        while not _initials(name).startswith(abbr[0].upper()) and text[start - 2 : start] == ", ":
            head = _NAME_ENDING.search(text, max(0, start - 100), start - 2)
            if not head:
                break
            name, start = f"{_ARTICLE.sub('', head['name'])}, {name}", head.start()
        initials = _initials(name)
        if abbr.upper() in initials or initials.startswith(abbr[0].upper()):
            found.setdefault(abbr, name.rstrip("."))  # `China Real Estate Information Corp. (CRIC)`: as credited
    for m in _WEBSITE.finditer(text):  # `according to Minghui.org ... Minghui said`
        found.setdefault(m[1], m[0])
    # an acronym the text uses without defining it, after the name it stands for: `the Office for National
    # Statistics said ... the ONS said` (`the IOM (International Organization for Migration)`, a `WHO Says`
    # headline: used before the name, kept as written)
    first_use: dict[str, int] = {}
    for m in _ACRONYM.finditer(text):
        first_use.setdefault(m[0], m.start())
    for abbr, at in first_use.items():
        spelled = None if abbr in found else _spelled_out(abbr).search(text, 0, at)
        if spelled:
            found[abbr] = spelled[0]
    return found


@lru_cache(maxsize=1024)
def _spelled_out(abbr: str) -> re.Pattern[str]:
    """A name whose capitalised words start with the letters of ``abbr``: `Office for National Statistics`."""
    words = r"\s+(?:(?:of|for|and|on|the|de|in)\s+)*".join(rf"{letter}[a-z]+" for letter in abbr)
    return re.compile(rf"\b{words}\b")


def _initials(name: str) -> str:
    """`DGBAS` for `Directorate-General of Budget, Accounting and Statistics`."""
    return "".join(w[0] for w in _WORD_PARTS.split(name) if w[:1].isupper()).upper()


def _clean(name: str, expand: dict[str, str]) -> str | None:
    name = _AGENCY_OWNER.sub("", _ARTICLE.sub("", name.strip()))  # `Taiwan’s Ministry of National Defense`
    name = _POSSESSIVE_CUT.split(name)[0]
    name = _TRAILING_S.sub("", name).strip(" .,’'\"“”")
    name = _ARTICLE.sub("", name)
    described = _INITIALS_DESCRIBED.fullmatch(name)
    if described:  # `the INDEC statistics agency said`: INDEC, named by its initials
        name = described[1]
    if not name or name.split()[0] in _NOT_NAMES or _DATA_ONLY.fullmatch(name) or name in _TITLES:
        return None  # `The President said`: no one named
    if name in expand:
        return expand[name]
    # the end of a defined name that a comma cut: `Accounting and Statistics` of the DGBAS
    return next((long for long in expand.values() if long.endswith(f", {name}")), name)


_NAME_RE = re.compile(_NAME)
_INITIALS_DESCRIBED = re.compile(r"([A-Z]{2,})\s+(?:[a-z]+\s+){0,2}(?:agency|office|bureau|institute|service)")
# a body of a plural's, whose name goes on after the possessive: `Manufacturers' Association`
_PLURALS_BODY = r"(?:Association|Union|Federation|Confederation|Party|Council|Congress|Alliance|League|Society|Chamber)\b"
_AGENCY_OWNER = re.compile(  # not `People's Bank of China`, `Supreme People’s Court`: the possessive is part of the name
    rf"^(?!People)[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?(?<!People)(?:[’']s|(?<=s)[’'](?!\s+{_PLURALS_BODY}))\s+"  # `the Philippines’`
    rf"(?=(?:(?:[A-Z][\w\-]*|and|of|for)\s+){{0,6}}(?i:{_one_of(_AGENCY_WORDS)})\b)"
)  # (`China’s National Public Complaints and Proposals Administration`)
_WORD_PARTS = re.compile(r"[\s\-,]+")
_ARTICLE = re.compile(r"^(?:The|the|A|An)\s+")
# `the agency's data` ends the name; `Manufacturers' Association`, a body of a plural's, goes on
_POSSESSIVE_CUT = re.compile(
    rf"[’']\s(?!{_PLURALS_BODY})"
    r"|[’']s\s+(?=[a-z0-9])"
)
_TRAILING_S = re.compile(r"[’']s$")
_DATA_ONLY = re.compile(_DATA)
_OWN_DATA = re.compile(
    r"(?:the\s+)?(?:agency|bureau|ministry|department|commission|company|government)(?:['’]s)?(?:\s+own)?"
    r"(?:\s+(?:data|figures|statistics|estimates))?",
    re.IGNORECASE,
)
_ITS_REPORT = re.compile(
    r"(?:its|their|the\s+company[’']s)\s+(?:(?:annual|quarterly|interim|half-year|latest|own)\s+)?"  # (`the company's`)
    r"(?:report|filing|results|data|figures|statement|prospectus|accounts)"
    # `according to a recruitment notice posted on its website on March 3`
    r"|an?\s+(?:[\w-]+\s+){0,3}?(?:notice|report|statement|document|announcement)\s+(?:posted|published|issued|released)"
    r"\s+on\s+(?:its|their)\s+(?:official\s+)?(?:website|site|account|page)(?:\s+on\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?",
    re.IGNORECASE,
)
_OPENING_NAME = re.compile(rf"(?:The\s+)?(?P<name>{_NAME})")
_DATA_BY = re.compile(
    rf"^(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){{0,4}}?{_DATA}\s+(?:\w+\s+)?(?:by|from|of)\s+(?P<rest>.+)$"
)
_ENDS_IN_DATA = re.compile(rf"{_DATA}\s*$")
_CAPITAL_WORD = re.compile(r"\b[A-Z][\w.]*")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}|US|UK|EU|UAE")  # a country by its initials: `U.S.`, `UK`
# `Spain-based`, `state-owned`: descriptions, not names
_DESCRIPTIVE = re.compile(r"\b[A-Z][\w.]*-(?:based|owned|run|backed|listed|born)\b")  # (`U.S.-based` too)
_ROLE = rf"(?:{_one_of(_ROLE_WORDS)}|chief|president|secretary-general)\b"
_AFFILIATION = re.compile(
    rf"\b(?:of|at|from|with|for)\s+(?:the\s+)?({_NAME})"
    # `Sarah Brooks, Amnesty’s China director`; `Mike Hawes, SMMT chief executive`
    rf"|({_NAME})['’]s\s+(?:[A-Za-z-]+\s+){{0,2}}?{_ROLE}"
    rf"|({_NAME})\s+{_ROLE}"
)
_WORDS = re.compile(r"\w+")
_FROM_A_PLACE = re.compile(rf"\bfrom\s+(?P<place>{_NAME})\s+(?:city|province|county|village|town|district|prefecture)\b")
_RECIPIENT = re.compile(r"\b(?:submitted|presented|sent|delivered|handed|addressed)\s+to\b")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|an|ian|ish|ic|i|ch)$")
_DATA_NOUN_AFTER = re.compile(r"\s+(data|figures|statistics|estimates)\b")


def is_agency(name: str) -> bool:
    """Whether ``name`` is a government body's, by the word its name is built on (`Ministry`, `Statistics`)."""
    return _AGENCY_NAME.search(name) is not None


def is_body(name: str) -> bool:
    """Whether ``name`` is an agency's, a non-governmental body's or a company's: what it says is data."""
    return (
        is_agency(name)
        or _ORGANISATION.search(name) is not None
        or name.replace(".", "").isupper()  # an acronym names a body: `the IMF said`, `ONS data showed`
        or name in _STATISTICS_OFFICES
        or is_company(name)
    )


def is_company(name: str) -> bool:
    """`China Evergrande Group`, `Tesla Inc.`: a name ending in a company word."""
    return name.rpartition(" ")[2].rstrip(".") in COMPANY_ENDS


def without_title(name: str) -> str:
    """`Defense Minister Prabowo Subianto` as `Prabowo Subianto`: the person, not the post."""
    return _TITLE.sub("", name)


def _person_of(name: str | None) -> str | None:
    """`Jonathan McDowell of the Harvard-Smithsonian Center for Astrophysics` as the person and the body
    they work at, written as the seed gold writes them: `Jonathan McDowell (Harvard-Smithsonian Center ...)`."""
    person, of, body = (name or "").partition(" of ")
    if of and 2 <= len(person.split()) <= 3 and _AGENCY_NAME.search(person) is None and (
        is_body(body) or _ACADEMIC.search(body)
    ):
        return f"{person} ({_ARTICLE.sub('', body)})"
    return name


def _own_data(sentence: str, np: str) -> str | None:
    """`U.S. Customs and Border Protection has detained ... according to agency data`: the body the sentence
    opens with, whose data it is."""
    np = np.strip().rstrip(".")
    its = _ITS_REPORT.fullmatch(np)
    if not its and not _OWN_DATA.fullmatch(np):
        return None
    opening = _OPENING_NAME.match(sentence)
    if opening is None:
        return None
    name = opening["name"]
    if its and name.endswith(("’s", "'s")):  # `CICC’s average pay fell 11 percent, according to its annual report`
        return name[:-2]
    return name if " " in name else None


def _titled(name: str | None, text: str) -> str | None:
    """``name`` with the capital `The` it has mid-sentence, which is part of a title: `published in The Lancet`
    (at a sentence's start, `The Ministry of Commerce said`, the capital says nothing)."""
    return f"The {name}" if name and text.find(f"The {name}") > 0 else name


_AUTHORITY_AFTER = re.compile(rf"\s+(?:[a-z]+\s+){{0,3}}{_AUTHORITY}\b")
_OWNERS_AUTHORITY = re.compile(rf"(?:the\s+)?(?P<office>{_NAME}[’']s\s+(?:[a-z]+\s+){{0,3}}{_AUTHORITY})")
_RELEASED_WHEN = re.compile(
    rf"\s+{_PUBLISHED}\s+(?:on\s+|in\s+|last\s+|this\s+|earlier\s+)?(?:{_CALENDAR_WORD}|week\b|month\b|year\b)"
    r"(?:\s+\d{1,2}(?:,\s+\d{4})?|\s+\d{4})?\W*$"
)


def _according(np: str, expand: dict[str, str]) -> str | None:
    """The source named in an `according to ...` phrase, or None for an unnamed one.

    Whom a document went to is not its source (`a draft budget report submitted to the National People’s
    Congress`)."""
    np = _RECIPIENT.split(np, maxsplit=1)[0].strip()
    np = _RELEASED_WHEN.sub("", np)  # `a Marist poll released on Wednesday`: when, not by whom
    np = _OBTAINED_BY.split(np, maxsplit=1)[0]  # `a document ... obtained by The Epoch Times`: it got it, not gave it
    sent = _DOCUMENT_FROM.search(np)
    if sent:  # `an internal document from the provincial health commission`
        return sent["office"]
    inner = _DATA_BY.match(np)
    if inner and _NAME_RE.search(inner["rest"]):
        return _titled(_person_of(_clean(_NAME_RE.findall(inner["rest"])[-1], expand)), np)
    mission = _MISSION.search(np)
    if mission:  # `according to the EU delegation to China`: the delegation, not the country it is sent to
        name = mission[0]  # without the sentence's full stop, but not the one of `U.S.`
        return name[:-1] if name.endswith(".") and not _INITIALS.fullmatch(name.rsplit(" ", 1)[-1]) else name
    plain = _ARTICLE.sub("", np)
    publisher = _PUBLISHER.match(plain)
    if publisher:  # `according to Deloitte’s annual Football Money League`: whose the publication is
        return _clean(publisher["name"], expand)
    phrase = plain.strip().rstrip(".")
    owned = _OWNERS_AUTHORITY.fullmatch(phrase) if "s " in phrase else None
    if owned:  # `according to France's public audit office`: the office, as written
        return owned["office"]
    keepers = _KEEPERS_DATA.match(phrase)
    if keepers:  # `according to customs data released on Monday` is customs'; `government data` is kept as written
        return keepers[0] if keepers["name"] in _KEPT_WITH_DATA else keepers["name"]
    customs = _CITY_CUSTOMS.fullmatch(phrase)
    if customs:
        return customs["name"]
    site = _POSTED_ON_SITE.fullmatch(phrase)
    if site:  # `according to records posted on the provincial emergency management department’s website`
        return site["office"]
    # (not where an unnamed source was: `according to a court filing in Hong Kong`)
    names = [n for n in _NAME_RE.findall(plain) if f" in {n}" not in plain and f" in the {n}" not in plain]
    if not names:  # `according to the provincial emergency management department`, `the seventh national census`
        office = _OFFICE_NP.fullmatch(phrase) or _KEPT_AS_WRITTEN.fullmatch(phrase)
        return office[0] if office else None
    bare = np.rstrip(". ")
    if _ENDS_IN_DATA.search(bare) and all(_DEMONYM.match(w) or _INITIALS.fullmatch(w) for w in _CAPITAL_WORD.findall(bare)):
        return _ARTICLE.sub("", bare)  # `official Chinese statistics`, `U.S. trade data`: kept as written
    officer = _BODYS_OFFICER.fullmatch(phrase)
    if officer and not _HOLDING.fullmatch(officer["org"]):
        return f"{officer['name']} ({_clean(officer['org'], expand) or officer['org']})"
    return _titled(_person_of(_clean(max(names, key=len), expand)), np)  # `according to a tally by The Paper`


_KEPT_AS_WRITTEN = re.compile(  # `the seventh national census`, `official statistics`: like `government data`
    r"(?:\d{4}\s+)?(?:[a-z]+\s+){0,2}(?:population\s+)?census|official\s+(?:data|statistics|figures)"
)
_PUBLISHER = re.compile(
    rf"(?P<name>{_NAME})['’]s\s+(?:(?:latest|new|recent|annual|yearly|quarterly|monthly|weekly)\s+)+"
    r"(?:[A-Z]|(?:report|survey|study|poll|index|ranking|estimates?)\b)"
)
_MISSION = re.compile(
    r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:delegation|embassy|mission|consulate)\s+(?:to|in)\s+(?:the\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*"
)


# a person's title, and whose it is, before the name: the source is the person; a title alone names no one
_TITLES = (
    "Premier", "President", "Prime Minister", "Chancellor", "Governor", "Mayor", "Minister", "Chairman", "Chair",
    "CEO", "Chief Executive", "Secretary", "Commissioner", "Director", "Ambassador", "Spokesman", "Spokeswoman",
    "Spokesperson", "Pastor", "Bishop", "Cardinal", "Imam", "Rabbi", "Professor", "Lawmaker", "Legislator", "Senator",
    "Adviser", "Advisor", "Speaker",
)
_TITLE = re.compile(  # `China’s Premier Li Qiang`, `Fed Chair Jerome Powell`, `Tesla CEO Elon Musk`
    # `Premier Cho Jung-tai`; `Hong Kong’s Financial Secretary Paul Chan`: whose, then a title of one or two words
    # `Secretary for Security Chris Tang`, `Vice Minister of Commerce Wang Shouwen`: a portfolio after the title
    # `Former Jakarta governor Anies Baswedan`: a title held before, in lower case after its place
    rf"^(?:[Ff]ormer\s+)?(?:(?:[A-Z][\w.&]*\s+){{0,2}}[A-Z][\w.&]*(?:[’']s)?\s+)?(?:[A-Z][a-z]+\s+)?"
    rf"(?:{'|'.join(_TITLES)}|{'|'.join(t.lower() for t in _TITLES if not t.isupper())})\s+"
    r"(?:(?:for|of)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?\s+(?=[A-Z][a-z]+\s+[A-Z]))?"
    # `Lan Fo’an`, `Cho Jung-tai`, `Michael O’Leary`, `Ron DeSantis`,
    # `T.R.B. Rajaa`, `V. Anantha Nageswaran`, `Sheikh Mohammed bin Rashid`
    r"(?=(?:(?:[A-Z]\.\s?){1,3})?(?:[A-Z][a-z]+(?:\s+(?:(?:al|el|bin|ibn)-|[A-Z][’']|(?:bin|ibn)\s+)?[A-Z][a-z]+(?:[A-Z][a-z]+|[-’'][a-z]+)?){1,3}"
    r"|(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+)$)"
)


# a headline's credit comes last: `Cases Rose 45-Fold in 2023, WHO Says`; not `Internal Log Shows How ...`
_HEADLINE_SPEECH = re.compile(r"(?<=\s)(?:Says|Say|Said|Shows?|Finds?|Reports?|Estimates?)(?=[\s.:]*$)")


def _title_case(text: str) -> bool:
    """Whether ``text`` is a headline in title case, where a capital says nothing of a name."""
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_LEGAL_FORM = re.compile(r"(?<=[A-Za-z.]),\s(?=(?:Ltd|Inc|LLC|PLC|Limited)\b)")  # the comma of `Co., Ltd.`


def find_credit(
    sentence: str,
    expand: dict[str, str] | None = None,
    sources: Sequence[str] = (),
    company: Callable[[str], str | None] | None = None,
) -> Credit | None:
    """The source a sentence credits, if it names one.

    ``sources`` are those the article credited before and ``company`` gives the company or bank a word
    names (`bank`): a sentence may name them again by what they are (`The commission said`, `the bank cut
    its growth forecast`).

    >>> find_credit("According to data released by the National Bureau of Statistics, output rose.")
    Credit(name='National Bureau of Statistics', shared=True, officer=False)
    """
    words = set(_WORDS.findall(sentence.lower()))
    if words.isdisjoint(_TRIGGERS):
        return None
    if _HEADLINE_SPEECH.search(sentence) and _title_case(sentence):
        sentence = _HEADLINE_SPEECH.sub(lambda m: m[0].lower(), sentence)  # `Cases Rose 45-Fold, WHO Says`
    if ", " in sentence and _LEGAL_FORM.search(sentence):
        sentence = _LEGAL_FORM.sub(" ", sentence)  # `China State Railway Group Co., Ltd. said`: one name
    if "customs in " in sentence:
        sentence = _CUSTOMS_IN.sub(r"\g<city> customs", sentence)  # `customs in Haikou said`: Haikou customs
    local = _LOCAL_ACCORDING.search(sentence) if company is not None and "ccording" in sentence else None
    if local and company is not None and (place := company(local["level"].lower())):
        return Credit(f"{place} {local['office']}", True)  # `according to the city’s customs office`: Yiwu's
    governing = _GOVERNMENT_ACCORDING.search(sentence) if company is not None and "ccording" in sentence else None
    if governing and company is not None and (credit := _local_government(governing, company)):
        return credit  # `according to the regional government`: Tibet's
    credits = _credits(sentence, words, expand or {})
    first = next(credits, None)
    if first is None:
        return _revised_by_subject(sentence, words) or _named_again(sentence, words, sources, company)
    if " " not in first.name:  # `Guangdong reported 4,658 cases, the Guangdong Provincial Health Commission said`
        first = next((c for c in credits if c.name.startswith(f"{first.name} ")), first)
    employer = _employer(first, sentence, sources, company)
    if employer or first.officer:
        return Credit(f"{first.name} ({employer})", first.shared) if employer else first
    person, _, org = first.name.removesuffix(")").partition(" (")
    fuller = next((s for s in sources if s.startswith(f"{org} ")), None) if org and " " not in org else None
    if fuller:  # `Amnesty’s China director` after `Amnesty International said`
        return Credit(f"{person} ({fuller})", first.shared)
    return first if first.name else None


def _credits(sentence: str, words: set[str], expand: dict[str, str]) -> Iterator[Credit]:
    """The sources the credit rules find in ``sentence``, in the rules' order; one with no name is an
    unnamed source (`according to the log`), after which no rule is tried."""
    # both patterns start with a scan of every position; most sentences have neither character
    if "(" in sentence:
        sentence = _PARENS.sub("", sentence)
    if "-" in sentence:
        sentence = _DESCRIPTIVE.sub(lambda m: m[0].lower(), sentence)
    offsets: dict[Starts, Sequence[int] | None] = {}  # worked out for the first rule that needs them
    for pattern, shared, needs, starts in _PATTERNS:
        if words.isdisjoint(needs):
            continue
        if starts not in offsets:
            offsets[starts] = starts(sentence)
        at = offsets[starts]
        if at is None:
            m = pattern.search(sentence)
        else:  # the leftmost match, tried only where one can start
            m = next((found for start in at if (found := pattern.match(sentence, start))), None)
        if not m:
            continue
        if "np" in pattern.groupindex:
            name = _according(m["np"], expand) or _own_data(sentence, m["np"])
            yield Credit(name or "", shared)  # `according to the log`: unnamed
            return
        if pattern is _ROLE_OF[0] and _ACTED_ON.search(sentence, 0, m.start()):
            continue  # `sentenced Levo Chan, the former head of Tak Chun junket group, ...`: who was sentenced
        name = _titled(_clean(m["name"], expand), sentence)
        if (
            not name
            or pattern is _AGENCY_ACTS[0] and _AGENCY_NAME.search(name) is None and name not in _BLOCS
            or name.lower() in _PLACE_SUBJECTS
        ):
            continue  # (`The province recorded 296,000 births`: a place, whose figures are someone's to credit)
        if pattern is _SUBJECT_DATA[0] and _RANKED_AFTER.match(sentence, m.end()):
            continue  # `Romania reported the most cases`: who ranks first, not a source
        if (pattern is _SUBJECT_DATA[0] or pattern is _REVISED_BY[0] and not is_body(name)) and (
            (last := _BODY_SAID_LAST.search(sentence, m.end())) and is_body(last["name"])
        ):  # `Singapore raised its growth forecast to 3.5%, the Ministry of Trade and Industry said`: the ministry's
            continue
        name = _person_of(without_title(name)) or name  # `China’s Premier Li Qiang` is Li Qiang
        data = _DATA_NOUN_AFTER.match(sentence, m.end("name")) if _DEMONYM.match(name) or name in _KEPT_WITH_DATA else None
        if data:  # `Dutch statistics showed`, `government data showed`: as written, like `official Chinese statistics`
            name = f"{name} {data[1]}"
        if "authority" in pattern.groupindex:
            name += m["authority"]  # `Taiwan's defense ministry`, not Taiwan
        elif m["name"].endswith(("’s", "'s")) and (office := _AUTHORITY_AFTER.match(sentence, m.end("name"))):
            name = f"{m['name']}{office[0]}"  # `a report by France's public audit office`: the office, as written
        # what an agency (or a data firm) says is its data, which the paragraph goes on with; a person speaks for a
        # sentence (a broadcaster or newspaper reports for a sentence: `state broadcaster CCTV said`)
        groups = m.groupdict()
        shared = shared or bool(groups.get("business") or groups.get("firm")) or (  # `mortgage lender Nationwide said`: a company's data
            is_body(name) and not _MEDIA_BEFORE.search(sentence, max(0, m.start("name") - 30), m.start("name"))
        )
        appositive = groups.get("appositive") or ""
        home = _FROM_A_PLACE.search(appositive) if "from " in appositive else None
        # `said Zhang Ming, a petitioner from Zhoukou city`: where he comes from, not whom he speaks for
        org = [at or owner or bare for at, owner, bare in _AFFILIATION.findall(appositive) if not home or home["place"] not in (at, bare)]
        if groups.get("org") and not _HOLDING.fullmatch(groups["org"]):
            # `CAAM deputy secretary-general Chen Shihua`, `Ryanair chief executive Michael O’Leary`; not how a post
            # is held (`Rotating chairman Ken Hu`)
            org.append(groups["org"])
        if org and " " in name and not is_body(name):  # a person's; not `PDD Holdings, the parent company of Temu`
            name = f"{name} ({_clean(org[-1], expand) or org[-1]})"
        yield Credit(name, shared, bool(groups.get("officer")))


# the kinds of place a text names: `the province`, `Yiwu, a city of 1.9 million people`
PLACE_KINDS = ("city", "town", "county", "province", "country", "nation", "village", "district", "island", "region", "state")
# a kind of place as a subject credits no one (`state` data is kept as written: `state statistics showed`)
_PLACE_SUBJECTS = frozenset(PLACE_KINDS) - _KEPT_WITH_DATA
_HOLDING = re.compile("Rotating|Acting|Interim|Outgoing|Incoming|Former|Founding")  # how a post is held


def _employer(
    speaker: Credit, sentence: str, sources: Sequence[str], company: Callable[[str], str | None] | None
) -> str | None:
    """Whom a person credited without an affiliation speaks for: the body named after the verb (`Governor
    Shaktikanta Das said the central bank now expects`) or in an aside (`Dane Cheng, the board’s executive
    director`), or an officer's company (`Chief executive Thomas Woldbye said`), the one the article is about."""
    unaffiliated = " (" not in speaker.name and not is_body(speaker.name)
    speaks_for = _SPEAKS_FOR.search(sentence) if unaffiliated and " the " in sentence else None
    # `said Dane Cheng, the board’s executive director`, `Cui Dongshu, secretary-general of the association,
    # said`: the board or association credited before
    appositive = (
        re.search(
            rf"{re.escape(speaker.name)},\s+(?:(?i:the)\s+|(?:[a-z][\w-]*\s+){{1,3}}of\s+the\s+){_AGAIN_HEAD}(?:[’']s\s|\b)",
            sentence,
        )
        if unaffiliated and "s " in sentence
        else None
    )
    for m in (speaks_for, appositive):
        head = m["head"].lower() if m else ""
        body = _source_named(head, sources) or (company(head) if company and head in COMPANY_WORDS else None)
        if body and body != speaker.name:
            return body
    employer = company("company") if speaker.officer and company else None
    return employer if employer and speaker.name not in employer else None  # not `CEO Tim Cook`, the opening


def _source_named(head: str, sources: Sequence[str]) -> str | None:
    """The source credited last whose name is built on ``head`` (`the bureau` after `the Statistics Bureau`)."""
    return next((n for n in reversed(sources) if head in n.lower().split()), None)


def _revised_by_subject(sentence: str, words: set[str]) -> Credit | None:
    """The body a sentence opens with, which revised its forecast in a second clause: `The Reserve Bank of India
    kept its key repo rate unchanged ..., and raised its inflation forecast`."""
    if words.isdisjoint(_REVISED_WORDS.split()) or not _AND_REVISED.search(sentence):
        return None
    opening = _OPENING_NAME.match(sentence)
    return Credit(opening["name"], True) if opening and is_body(opening["name"]) else None


def _local_government(found: re.Match[str], company: Callable[[str], str | None]) -> Credit | None:
    """The government a level names (`the city government`), as the place the article is about at that level
    names it: `Guangzhou city government`."""
    level = found["level"].lower()
    place = company(_LEVEL_PLACES[level])
    return Credit(f"{place} {level} government", True) if place else None


def _named_again(
    sentence: str, words: set[str], sources: Sequence[str], company: Callable[[str], str | None] | None
) -> Credit | None:
    """An agency or company named by the word its name is built on: its own data, for the paragraph;
    or `He said`, the person credited last, for the sentence."""
    if sources and not words.isdisjoint(_PRONOUNS) and _PRONOUN_SAID.search(sentence):
        # a person, perhaps with an affiliation: `Zhang Wei (Henan Provincial Department of Education)`
        person = next((n for n in reversed(sources) if _AGENCY_NAME.search(n.split(" (")[0]) is None), None)
        return Credit(person, False) if person else None
    local = _LOCAL_GOVERNMENT.search(sentence) if company and "government" in words else None
    credit = _local_government(local, company) if local and company else None
    if credit:  # `the city government announced`: the government of the city the article is about
        return credit
    office = _LOCAL_OFFICE.search(sentence) if company and ("city" in words or "province" in words or "county" in words) else None
    place = company(office["level"].lower()) if office and company else None
    if office:  # `the city’s human resources and social security bureau announced`: Shanghai's
        return Credit(f"{place} {office['office']}" if place else office["office"], True)
    if "it" in words and company and _IT_SAID.search(sentence):
        name = company("it")  # `Equinor posted a profit of ..., it said`: the company the sentence opens with
        return Credit(name, True) if name else None
    if sources and _IT_SAID_FIRST.match(sentence) and not _looks_like_person(sources[-1]):
        return Credit(sources[-1], True)  # `It said about 10 Chinese ships shadowed the boats`: the body just credited
    if words.isdisjoint(_AGAIN_HEADS) or not (sources or company):
        return None
    officer = _OFFICER_AGAIN.search(sentence) if "’s " in sentence or "'s " in sentence else None
    if officer:  # `the association’s honorary president Chookiat Ophaswongse said`: the person, for the body
        body = _named_by_head(officer, sentence, sources, company)
        return Credit(f"{officer['name']} ({body})", False) if body and officer["name"] not in body else None
    m = _NAMED_AGAIN.search(sentence)
    if m is None:
        return None
    name = _named_by_head(m, sentence, sources, company)
    return Credit(name, True) if name else None


def _named_by_head(
    m: re.Match[str], sentence: str, sources: Sequence[str], company: Callable[[str], str | None] | None
) -> str | None:
    """The body that the head word of ``m`` (`the bureau`, `the company`, `the study`) names again."""
    head = m["head"].lower()
    if head in _STUDY_WORDS:
        return sources[-1] if sources and not is_agency(sources[-1]) else None
    if head == "group" and sources and not is_company(sources[-1]) and not _looks_like_person(sources[-1]):
        return sources[-1]  # `according to the Uyghur Human Rights Project ... The group estimates`: the rights group
    if head in COMPANY_WORDS:
        central = head == "bank" and "central bank" in m[0].lower()
        name = company("central bank" if central else head) if company else None
        if name is None and central:
            name = "central bank"  # `The central bank expects inflation to fall`: the country's, named as written
        return name
    # `The Shenzhen Intermediate People’s Court sentenced ..., the court said`: named before, if not credited
    named = [_ARTICLE.sub("", n) for n in _NAME_RE.findall(sentence, 0, m.start())]
    name = _source_named(head, sources) or _source_named(head, named)
    placed = None if name else re.search(rf"\b(?i:an?|the)\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+{head}\b", sentence[: m.start()])
    if placed:  # `A Macau court sentenced ..., the court said`: the court of that place
        name = f"{placed['place']} {head}"
    if name is None and head == "agency":  # `the agency said` after `the World Health Organization said`, or after
        # `were reported to the World Health Organization` in the sentence itself
        name = next((n for n in [*reversed(named), *reversed(sources)] if is_body(n) and not is_company(n)), None)
    return name


# a document the article quotes, with who keeps or issued it: `internal documents which contain the weekly
# logs of social incidents that authorities in Zhanjiang city of Guangdong province track`, `a notice issued by
# the Baoding Municipal government`, `The document ... came from Qingyuan District, Baoding City`
_DOCUMENT = r"(?:documents?|logs?|notices?|memos?|files?|records?|directives?)"
_WHO = r"[A-Z][\w-]*(?:[’']s(?=\s+[A-Z]))?(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w-]*(?:[’']s(?=\s+[A-Z]))?)*"  # `Committee’s Organization`
_OBTAINED = r"(?:obtained|seen|reviewed|acquired)\s+by\s+"  # how an outlet came by a document
_OBTAINED_BY = re.compile(rf"\s+{_OBTAINED}")
_LOCAL_BODY = (  # `the provincial health commission`
    r"(?:provincial|municipal|city|county|district|local)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:commission|bureau|department|office|committee|government)"
)
_DOCUMENT_FROM = re.compile(rf"\b{_DOCUMENT}\s+from\s+the\s+(?P<office>{_LOCAL_BODY})$")
_ISSUED_DOCUMENT = Prefiltered(
    rf"\b{_DOCUMENT}\b[^.;]{{0,90}}?(?:"
    rf"\b(?:that|which)\s+(?:the\s+)?(?P<who>authorities\s+in\s+[A-Z][\w-]*(?:\s+[Cc]ity)?|{_WHO})"
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[Pp]rovince)?)?\s+(?:track|tracks|tracked|keep|keeps|kept|compiles?|compiled|"
    r"issues?|issued|prepared|wrote|drafted)\b"
    rf"|\s(?:issued|compiled|prepared|drafted|kept|came)\s+(?:by|from)\s+(?:the\s+)?(?:(?P<by>{_WHO}"
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?=,\s+[A-Z][\w-]*\s+Province))?)"
    # `issued by the housing bureau of Jianli County`: the county's housing bureau
    # (`the human resources and social security bureau of Gu’an County`)
    r"|(?P<office>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,4}?\s+(?:bureau|department|office|commission|committee))\s+of\s+"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)))"
    # `A notice from the Political and Legal Affairs Commission of Tianjin’s Binhai New Area sets`: whose it is
    rf"|\b{_DOCUMENT}\s+from\s+(?:the\s+)?(?P<src>{_WHO})(?=\s+(?:sets|set|requires|required|orders|ordered|says|said|asks|told)\b)"
    # `an internal document from the provincial health commission obtained by`: the office it came from
    rf"|\b{_DOCUMENT}\s+from\s+the\s+(?P<from_office>{_LOCAL_BODY})\b"
    # `Recruitment platform Zhaopin released its “2024 ... Report”`: who put out the report cited after
    rf"|(?<![\w-])(?P<pub>{_WHO})\s+(?:released|published|issued|unveiled)\s+(?:its|a|the|their|an)\s+[^.;]{{0,80}}?"
    r"\b(?i:report|survey|study)\b"
    # `According to an internal notice obtained by the Epoch Times, the public security bureau of a county in Hubei
    # Province ordered`: the body that gave the order the notice holds
    # (not `..., state employees have been required to`: those told, not the teller)
    rf"|\b{_DOCUMENT}\s+{_OBTAINED}[^,;]{{1,40}},\s+(?:the\s+)?(?P<lead>[a-z][\w\s]{{2,60}}?)"
    r"(?<!\sbeen)(?<!\swere)(?<!\swas)(?<!\sare)(?<!\sis)\s+(?:ordered|told|instructed|required|asked|directed|demanded)\b"
    # `The National Energy Administration has ordered a review of ..., according to a document seen by Caixin`
    rf"|(?:^|\.\s+)(?:The\s+)?(?P<acted>{_WHO})\s+(?:has\s+|had\s+)?(?:ordered|told|instructed|required|asked|directed)"
    rf"\s[^.;]{{1,160}}?,\s+according\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+)?{_DOCUMENT}\s+{_OBTAINED}",
    "document log notice memo file record directive report survey study".split(),
)
_DOCUMENT_OPENS = re.compile(r"(?:An?|The)\s+(?:[a-z]+\s+)?(?=(?:document|notice|memo|directive)\b)")
_DOCUMENT_SAYS = re.compile(
    rf"(?:^|,\s+)(?i:the|this)\s+{_DOCUMENT}\s+(?:also\s+)?(?:says|said|states|stated|adds|added)\b"
)
_CITES_DOCUMENT = re.compile(
    rf"\baccording\s+to\s+(?:the|this|that|these|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DOCUMENT}|report|survey|study)"
    rf"(?:\s+{_OBTAINED}[^,;]{{1,40}})?\s*(?:,|\.?$)",
    re.IGNORECASE,
)


def document_issuer(text: str) -> str | None:
    """Who keeps or issued the document an article quotes, as the guidelines name such an issuer
    (`Zhanjiang city authorities`), or who put out the report it cites (`Zhaopin released its report`);
    None if the article quotes none."""
    m = _ISSUED_DOCUMENT.search(text)
    if m is None:
        return None
    if m["office"]:
        return f"{m['place']} {m['office']}"
    who = m["who"] or m["by"] or m["pub"] or m["lead"] or m["acted"] or m["src"] or m["from_office"]
    local = re.fullmatch(r"authorities\s+in\s+(.+)", who)
    return f"{local[1]} authorities" if local else who


def cites_document(sentence: str) -> bool:
    """Whether ``sentence`` cites a document named before (`According to the log, ...`, `..., according to
    the notice.`, `..., the notice says`) or is about one its issuer put out (`A notice issued by the housing
    bureau ... requires`)."""
    if "ccording" in sentence and _CITES_DOCUMENT.search(sentence):
        return True
    if _DOCUMENT_SAYS.search(sentence):  # `..., the notice says`
        return True
    opened = _DOCUMENT_OPENS.match(sentence)
    issued = _ISSUED_DOCUMENT.search(sentence) if opened else None
    return opened is not None and issued is not None and issued.start() == opened.end()


# `A teachers’ union survey of 1,080 members found`: a study whose maker goes unnamed (not `A Reuters poll`, nor
# `a survey by the Japan External Trade Organization`)
_UNNAMED_STUDY = re.compile(
    r"\b[Aa]n?\s+(?:[a-z][\w’'-]*\s+){0,3}(?:survey|poll|study)\b(?!\s+(?:by|from|conducted\s+by)\s+(?:the\s+)?[A-Z])"
    r"[^.;]{0,80}?\b(?:found|finds|showed|shows|suggested|suggests)\b"
)


# `A business owner in Gu’an, who asked not to be named, said`: a speaker kept unnamed, or named by a surname alone
_ANONYMOUS = Prefiltered(
    r"\b(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)|\bon\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|\b(?:requested|requesting|asked\s+for)\s+anonymity"
    # `A worker surnamed Li told The Epoch Times`, `said a villager surnamed Wang`: known by a surname alone
    r"|\bsurnamed\s+\w+,?\s+(?:[\w-]+\s+){0,4}?(?:said|says|told)\b|\b(?:said|says|told)\s+(?:[\w-]+\s+){1,4}?surnamed\b"
    # `A construction company in Guizhou Province disclosed that it is owed`: a firm the text does not name
    r"|(?:^|[.;]\s+)an?\s+(?:[\w-]+\s+){0,2}(?:company|firm|factory|business|manufacturer|developer)\s+(?:in\s+[\w\s]{1,40}?)?"
    r"(?:said|says|disclosed|told|revealed)\b",
    ("named", "identified", "anonymity", "surnamed", "company", "firm", "factory", "business", "manufacturer", "developer"),
    for_lower=True,
)


@lru_cache(maxsize=64)  # (an article's sentences, not a corpus's: a repeated text gains nothing)
def is_unnamed(sentence: str) -> bool:
    """Whether a sentence credits an unnamed source (`analysts said`, `a union survey found`, `who asked not to
    be named`). Asked of each figure of a sentence, so worked out once per sentence."""
    low = sentence.lower()
    return (
        _UNNAMED.search(low) is not None
        or _ANONYMOUS.search(low) is not None
        or ("survey" in low or "poll" in low or "study" in low) and _UNNAMED_STUDY.search(sentence) is not None
    )


def is_anaphoric(sentence: str) -> bool:
    """Whether a sentence opens by pointing back at data already credited (`The data, ...`)."""
    return bool(_ANAPHORA.match(sentence))


def quote_depth(text: str) -> int:
    """Quotations opened minus closed in ``text`` (negative when it closes one opened before)."""
    return text.count("“") - text.count("”")


@lru_cache(maxsize=1024)
def _tokens(s: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORDS.findall(s) if len(w) > 1)


def pick_outlet(outlets: Sequence[Outlet], sentence: str, credited: str | None) -> Outlet | None:
    """The source-line outlet a claim came from: one named in its sentence or credit, else the first."""
    if not outlets:
        return None
    words = _tokens(sentence) | _tokens(credited or "")
    for outlet in outlets:
        name = _tokens(outlet.name)
        if name and name <= words:
            return outlet
    return outlets[0]
