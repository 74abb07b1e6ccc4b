"""A deterministic corpus of briefing pages in the seeds' format, of any size.

    python benchmarks/corpus.py /tmp/corpus-10mb --mb 10        # pages until 10 MB
    python benchmarks/corpus.py /tmp/corpus-3 --pages 3         # a smoke run

Each page is a page header and ~8 articles; an article is a headline, body
paragraphs mixing plain sentences with statistics-reporting sentences made
from templates (levels with a change from the month before, counts,
currencies, market shares, multipliers, ranges, targets, year-on-year changes)
as often as real pages state figures (the seeds' ~1.6 claims per KB),
and a source block (`Source: Outlet, Month D, YYYY` + URL, sometimes
`Sources:` with (1)/(2) items, now and then a numbered list or a URL alone).
Metrics, entities, agencies and outlets come from lists of hundreds of names
and dates span 2015-2025, so claims spread over many series and periods like a
real archive. Page ``i`` depends only on ``--seed`` and ``i``: the same flags
write the same bytes.
"""

from __future__ import annotations

import argparse
import calendar
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# --- names -------------------------------------------------------------------------------------

_PROVINCES = [
    "Anhui",
    "Beijing",
    "Chongqing",
    "Fujian",
    "Gansu",
    "Guangdong",
    "Guangxi",
    "Guizhou",
    "Hainan",
    "Hebei",
    "Heilongjiang",
    "Henan",
    "Hubei",
    "Hunan",
    "Inner Mongolia",
    "Jiangsu",
    "Jiangxi",
    "Jilin",
    "Liaoning",
    "Ningxia",
    "Qinghai",
    "Shaanxi",
    "Shandong",
    "Shanghai",
    "Shanxi",
    "Sichuan",
    "Tianjin",
    "Tibet",
    "Xinjiang",
    "Yunnan",
    "Zhejiang",
    "Hong Kong",
    "Macau",
    "Taiwan",
]
_COUNTRIES = [
    "China",
    "the United States",
    "Japan",
    "South Korea",
    "Germany",
    "France",
    "the United Kingdom",
    "India",
    "Brazil",
    "Russia",
    "Canada",
    "Australia",
    "Mexico",
    "Indonesia",
    "Vietnam",
    "Thailand",
    "Malaysia",
    "the Philippines",
    "Singapore",
    "Italy",
    "Spain",
    "the Netherlands",
    "Turkey",
    "Saudi Arabia",
    "South Africa",
    "Nigeria",
    "Egypt",
    "Argentina",
    "Chile",
    "Poland",
    "Sweden",
    "Norway",
    "Switzerland",
    "Pakistan",
    "Bangladesh",
    "Kazakhstan",
    "New Zealand",
    "Israel",
    "Iran",
    "the European Union",
]
_CITIES = [
    "Shenzhen",
    "Guangzhou",
    "Hangzhou",
    "Nanjing",
    "Wuhan",
    "Chengdu",
    "Xi'an",
    "Suzhou",
    "Qingdao",
    "Dalian",
    "Xiamen",
    "Zhengzhou",
    "Changsha",
    "Shenyang",
    "Harbin",
    "Kunming",
    "Hefei",
    "Fuzhou",
    "Jinan",
    "Ningbo",
    "Wuxi",
    "Dongguan",
    "Foshan",
    "Nanning",
    "Guiyang",
    "Lanzhou",
    "Urumqi",
    "Taiyuan",
    "Shijiazhuang",
    "Nanchang",
    "Hohhot",
    "Yinchuan",
    "Xining",
    "Haikou",
    "Lhasa",
    "Wenzhou",
]
_COMPANY_HEADS = [
    "Yunnan",
    "Sunrise",
    "Great Wall",
    "Golden Dragon",
    "Pearl River",
    "Huaxia",
    "Zhongke",
    "Tianhe",
    "Jade Mountain",
    "Evergreen",
    "Blue Ocean",
    "Red Star",
    "Silver Lake",
    "Eastern",
    "New Century",
    "Harmony",
    "Phoenix",
    "Oriental",
    "Yangtze",
    "Lotus",
]
_COMPANY_TAILS = [
    "Energy New Material",
    "Motors",
    "Semiconductor",
    "Pharmaceutical",
    "Real Estate",
    "Steel",
    "Solar Power",
    "Logistics",
    "Securities",
    "Electronics",
    "Airlines",
    "Dairy",
    "Textiles",
    "Shipping",
    "Construction Bank",
]
ENTITIES = (
    _COUNTRIES + _PROVINCES + _CITIES + [f"{h} {t}" for h in _COMPANY_HEADS for t in _COMPANY_TAILS]
)

_AGENCY_BASES = [
    "National Bureau of Statistics",
    "General Administration of Customs",
    "Ministry of Commerce",
    "People's Bank of China",
    "Ministry of Finance",
    "Ministry of Civil Affairs",
    "Ministry of Human Resources and Social Security",
    "China Passenger Car Association",
    "China Association of Automobile Manufacturers",
    "Caixin",
    "S&P Global",
    "China Index Academy",
    "National Energy Administration",
    "State Administration of Foreign Exchange",
    "China Banking and Insurance Regulatory Commission",
    "Ministry of Agriculture and Rural Affairs",
    "China Iron and Steel Association",
    "China Semiconductor Industry Association",
    "International Monetary Fund",
    "World Bank",
    "Counterpoint Research",
    "Canalys",
    "IDC",
    "China Real Estate Information Corporation",
    "Ministry of Education",
    "National Health Commission",
]
_AGENCY_PLACES = _PROVINCES[:20]
AGENCIES = (
    _AGENCY_BASES
    + [f"{p} Bureau of Statistics" for p in _AGENCY_PLACES]
    + [f"{p} Department of Commerce" for p in _AGENCY_PLACES]
)

_OUTLET_BASES = [
    "Epoch Times",
    "Radio Free Asia",
    "Central News Agency (Taiwan)",
    "BBC",
    "Voice of America",
    "Kyodo News",
    "Nikkei",
    "Lianhe Zaobao",
    "NetEase",
    "Sina",
    "Sohu",
    "ifeng.com",
    "Xinhua",
    "Caixin",
    "NBD",
    "Yicai",
    "The Paper",
    "Radio France International",
    "Deutsche Welle",
    "Hong Kong Economic Times",
    "HKET",
    "LTN",
    "China Digital Times",
    "Back China",
    "Reuters",
    "Bloomberg",
    "South China Morning Post",
    "Global Times",
    "China Daily",
    "Financial Times",
]
_OUTLET_TOWNS = _CITIES + _PROVINCES[:24]
OUTLETS = _OUTLET_BASES + [
    f"{town} {kind}"
    for town in _OUTLET_TOWNS
    for kind in ("Daily", "Evening News", "Business Post")
]

_METRIC_BASES = [
    ("manufacturing purchasing managers index", "index"),
    ("non-manufacturing purchasing managers index", "index"),
    ("consumer price index", "percent"),
    ("producer price index", "percent"),
    ("unemployment rate", "percent"),
    ("youth unemployment rate", "percent"),
    ("GDP growth", "percent"),
    ("retail sales", "currency"),
    ("fixed-asset investment", "currency"),
    ("industrial output", "percent"),
    ("exports", "currency"),
    ("imports", "currency"),
    ("trade surplus", "currency"),
    ("foreign exchange reserves", "currency"),
    ("fiscal revenue", "currency"),
    ("land sales revenue", "currency"),
    ("new home prices", "percent"),
    ("property investment", "currency"),
    ("marriage registrations", "count"),
    ("births", "count"),
    ("new energy vehicle sales", "count"),
    ("passenger car sales", "count"),
    ("smartphone shipments", "count"),
    ("steel output", "tonnes"),
    ("coal output", "tonnes"),
    ("electricity consumption", "percent"),
    ("household savings", "currency"),
    ("local government debt", "currency"),
    ("college graduates", "count"),
    ("tourist arrivals", "count"),
]
_METRIC_SECTORS = [
    "automobile",
    "textile",
    "electronics",
    "chemical",
    "furniture",
    "toy",
    "solar panel",
    "battery",
    "steel",
    "rare earth",
    "soybean",
    "pork",
    "semiconductor",
    "machinery",
    "pharmaceutical",
    "aluminium",
    "copper",
    "cement",
    "glass",
    "paper",
    "rubber",
    "plastics",
    "shipbuilding",
    "aircraft",
    "mobile phone",
    "computer",
    "household appliance",
    "garment",
    "footwear",
    "wine",
    "tea",
    "seafood",
    "fertilizer",
    "lithium",
    "crude oil",
    "natural gas",
    "coffee",
    "cotton",
    "wind turbine",
    "robot",
]
_SECTOR_METRICS = [
    ("{} exports", "currency"),
    ("{} output", "percent"),
    ("{} market share", "share"),
    ("{} prices", "percent"),
    ("{} imports", "currency"),
]
METRICS = _METRIC_BASES + [
    (pattern.format(sector), family)
    for sector in _METRIC_SECTORS
    for pattern, family in _SECTOR_METRICS
]

_CURRENCIES = [("yuan", " yuan"), ("$", ""), ("US$", ""), ("€", ""), ("¥", "")]
_MONTHS = list(calendar.month_name)[1:]

# --- text --------------------------------------------------------------------------------------

# Share of body sentences that state figures: with it the corpus has ~1.6 claims per KB, as the
# seed pages do. (Until 2026-11-23 it was 0.55, four times the seeds' density, which made every
# per-MB ingest figure measure four times the extraction work of real pages.)
_STATEMENT_SHARE = 0.12
_FILLER = [
    "Analysts said the figures pointed to weak domestic demand and a cautious private sector.",
    "The authorities did not explain the change, and several local governments declined to comment.",
    "Economists warned that the official data may understate the slowdown in the wider economy.",
    "Netizens questioned the figures online, and some posts were removed within hours.",
    "The report added that the pressure on small and medium-sized enterprises remains high.",
    "Observers noted that the government has repeatedly promised support measures for the sector.",
    "Industry insiders expect the trend to continue into the next quarter.",
    "The data release came a week later than usual, without an explanation from the bureau.",
    "Several brokerages cut their forecasts for the year after the announcement.",
    "Officials described the situation as stable overall, with room for further policy support.",
]
_HEADLINES = [
    "{owner} {metric} Down for the {nth} Month in a Row",
    "{Metric} in {entity} Hits a {years}-Year Low",
    "{agency}: {Metric} Rebounds in {month}",
    "{entity} Reports Sharp Drop in {Metric}",
    "Data Show {Metric} Slowing Across {entity}",
    "{Metric} Surges as {entity} Steps Up Support",
    "Why {owner} {Metric} Keeps Missing Forecasts",
]
_NTH = ["second", "third", "fourth", "fifth", "sixth"]


@dataclass(frozen=True)
class _When:
    """The period a statement is about, and the one before it."""

    month: date  # first day of the month reported on
    published: date


def _prev_month(day: date) -> date:
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def _pct(rng: random.Random, low: float = 0.1, high: float = 60.0) -> str:
    return f"{rng.uniform(low, high):.1f}"


def _count(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.randrange(1000, 999_999):,}"
    if roll < 0.8:
        return f"{rng.uniform(1, 99):.2f} million"
    return f"{rng.randrange(1, 900):,}"


def _money(rng: random.Random) -> str:
    symbol, suffix = rng.choice(_CURRENCIES)
    amount = f"{rng.uniform(1, 999):.1f} {rng.choice(['million', 'million', 'billion', 'billion', 'trillion'])}"
    if symbol == "yuan":
        return f"{amount}{suffix}"
    return f"{symbol}{amount}"


def _of(name: str) -> str:
    """The possessive of ``name``: `China's`, `Yangtze Motors'`."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _statement(rng: random.Random, when: _When, entity: str, metric: str, family: str) -> str:
    """One statistics-reporting sentence about ``metric`` for ``entity``."""
    agency = rng.choice(AGENCIES)
    month, year = _MONTHS[when.month.month - 1], when.month.year
    prev = _MONTHS[_prev_month(when.month).month - 1]
    quarter = (when.month.month - 1) // 3 + 1
    pick = rng.randrange(10)
    if family == "index" or (family == "percent" and pick < 4):
        value = f"{rng.uniform(45, 55):.1f}" if family == "index" else _pct(rng, 0.1, 25)
        unit = "" if family == "index" else "%"
        return rng.choice(
            [
                (
                    f"According to data released by the {agency}, {_of(entity)} {metric} was {value}{unit} in "
                    f"{month} {year}, a decrease of {_pct(rng, 0.1, 3)} percent from {prev}."
                ),
                (
                    f"The {agency} said {_of(entity)} {metric} rose to {value}{unit} in {month}, up "
                    f"{_pct(rng, 0.1, 2)} percentage points from the previous month."
                ),
                f"In {month} {year}, the {metric} of {entity} stood at {value}{unit}, the {agency} reported.",
            ]
        )
    if family == "percent" or family == "share":
        share = _pct(rng, 1, 45)
        return rng.choice(
            [
                (
                    f"{_of(entity)} {metric} grew {share} percent year-on-year in the first {rng.choice(['half', 'quarter'])}"
                    f" of {year}, according to the {agency}."
                ),
                f"Data from the {agency} show that {entity} accounted for {share}% of {metric} in {year}.",
                (
                    f"{_of(entity)} {metric} reached a {share} percent share in Q{quarter} {year}, "
                    f"up from {_pct(rng, 1, 45)} percent a year earlier."
                ),
                (
                    f"The {agency} expects {metric} in {entity} to grow by between {_pct(rng, 1, 5)} and "
                    f"{_pct(rng, 5, 9)} percent in {year}."
                ),
            ]
        )
    if family == "currency":
        return rng.choice(
            [
                (
                    f"According to the {agency}, {_of(entity)} {metric} totaled {_money(rng)} in {month} {year}, "
                    f"a year-on-year decline of {_pct(rng, 0.5, 30)}%."
                ),
                (
                    f"{_of(entity)} {metric} amounted to more than {_money(rng)} in the first {rng.randrange(2, 12)} "
                    f"months of {year}, the {agency} said."
                ),
                (
                    f"In {year}, {metric} in {entity} reached {_money(rng)}, about {rng.randrange(2, 9)} times "
                    f"the level of a decade earlier."
                ),
                f"The target for {_of(entity)} {metric} in {year} is {_money(rng)}, according to the {agency}.",
            ]
        )
    if family == "tonnes":
        return (
            f"{_of(entity)} {metric} was {rng.uniform(1, 99):.1f} million tonnes in {month} {year}, "
            f"down {_pct(rng, 0.5, 15)}% from a year earlier, the {agency} said."
        )
    counted = metric
    return rng.choice(
        [
            (
                f"According to the {agency}, {_count(rng)} {counted} were recorded in {entity} in {year}, "
                f"{_count(rng)} fewer than in {year - 1}."
            ),
            (
                f"{entity} saw {_count(rng)} {counted} in the first half of {year}, a drop of "
                f"{_pct(rng, 1, 30)} percent, the {agency} reported."
            ),
            (
                f"The {agency} said {counted} in {entity} rose by about {_pct(rng, 1, 30)}% to {_count(rng)} "
                f"in {month} {year}."
            ),
            (
                f"{_of(entity)} {counted} reached {_count(rng)} in Q{quarter} {year}, "
                f"{rng.uniform(1.1, 4):.1f} times the figure of the same quarter in {year - 1}."
            ),
        ]
    )


def _source_block(rng: random.Random, when: _When) -> str:
    """The article's source block, in one of the variants seen in the seeds."""

    def dated(day: date) -> str:
        return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"

    def url(outlet: str) -> str:
        host = "".join(ch for ch in outlet.lower() if ch.isalnum())[:20] or "news"
        return f"https://www.{host}.com/news/{when.published:%Y%m%d}/{rng.randrange(10**6, 10**7)}.html"

    roll = rng.random()
    first = rng.choice(OUTLETS)
    if roll < 0.78:
        return f"Source: {first}, {dated(when.published)}\n{url(first)}"
    if roll < 0.93:
        second = rng.choice(OUTLETS)
        other = when.published - timedelta(days=rng.randrange(0, 4))
        return (
            f"Sources:\n(1) {first}, {dated(when.published)}\n{url(first)}\n"
            f"(2) {second}, {dated(other)}\n{url(second)}"
        )
    if roll < 0.97:
        return f"1. {first}, {dated(when.published)}\n{url(first)}"
    return url(first)


def _article(rng: random.Random, published: date) -> str:
    month = _prev_month(published)
    when = _When(month, published)
    entity = rng.choice(ENTITIES)
    metric, family = rng.choice(METRICS)
    headline = rng.choice(_HEADLINES).format(
        entity=entity,
        owner=_of(entity),
        metric=metric,
        Metric=metric[:1].upper() + metric[1:],
        agency=rng.choice(AGENCIES),
        month=_MONTHS[month.month - 1],
        nth=rng.choice(_NTH),
        years=rng.randrange(3, 30),
    )
    paragraphs = []
    for _ in range(rng.randrange(3, 6)):
        sentences = []
        for _ in range(rng.randrange(2, 5)):
            if rng.random() < _STATEMENT_SHARE:
                # Mostly the article's own series, sometimes a related one or another entity.
                other_metric, other_family = (
                    (metric, family) if rng.random() < 0.6 else rng.choice(METRICS)
                )
                other_entity = entity if rng.random() < 0.7 else rng.choice(ENTITIES)
                sentences.append(_statement(rng, when, other_entity, other_metric, other_family))
            else:
                sentences.append(rng.choice(_FILLER))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join([headline, *paragraphs, _source_block(rng, when)])


_FIRST_DAY = date(2015, 1, 15)
_DAYS = (date(2025, 12, 31) - _FIRST_DAY).days


def page(seed: int, index: int) -> tuple[str, int]:
    """The text of page ``index`` of the corpus for ``seed``, and its number of articles."""
    rng = random.Random(f"{seed}:{index}")
    header = rng.choice(
        [
            "Skip to content",
            "Skip to content\n\nAll posts by LLD - {n}. page",
            "Skip to content\n\nBriefings - {n}. page",
        ]
    ).format(n=rng.randrange(1, 400))
    day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    articles = [
        _article(rng, day - timedelta(days=rng.randrange(0, 10)))
        for _ in range(rng.randrange(6, 11))
    ]
    return "\n\n".join([header, *articles]) + "\n", len(articles)


@dataclass(frozen=True)
class Written:
    pages: int
    articles: int
    bytes: int
    seconds: float


def pages(seed: int) -> Iterator[tuple[int, str, int]]:
    """Every page of the corpus for ``seed``, in order: (index, text, articles)."""
    index = 0
    while True:
        yield index, *page(seed, index)
        index += 1


def write(
    out: Path, *, count: int | None = None, mb: float | None = None, seed: int = 1
) -> Written:
    """Write pages ``000000.txt``, ... into ``out`` until ``count`` pages or ``mb`` megabytes."""
    if count is None and mb is None:
        raise ValueError("give a page count or a size in MB")
    began = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    written = articles = 0
    limit = mb * 1e6 if mb is not None else None
    made = 0
    for index, text, in_page in pages(seed):
        if (count is not None and index >= count) or (limit is not None and written >= limit):
            break
        data = text.encode("utf-8")
        (out / f"{index:06d}.txt").write_bytes(data)
        written += len(data)
        articles += in_page
        made += 1
    return Written(made, articles, written, time.perf_counter() - began)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="directory to write the pages into")
    parser.add_argument("--pages", type=int, help="number of pages to write")
    parser.add_argument("--mb", type=float, help="write pages until this many megabytes")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.pages is None and args.mb is None:
        parser.error("give --pages or --mb")
    done = write(args.out, count=args.pages, mb=args.mb, seed=args.seed)
    print(f"pages: {done.pages}")
    print(f"articles: {done.articles}")
    print(f"MB: {done.bytes / 1e6:.2f}")
    print(f"seconds: {done.seconds:.2f}")
    print(
        f"names: {len(METRICS)} metrics, {len(ENTITIES)} entities, {len(AGENCIES)} agencies, "
        f"{len(OUTLETS)} outlets",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
