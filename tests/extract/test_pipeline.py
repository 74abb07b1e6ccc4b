"""The extraction pipeline: claims with their description and provenance."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract import Claim, extract, extract_article
from factdb.extract.sentences import split_sentences
from factdb.pages import parse_page

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PUBLISHED = date(2024, 11, 15)


def _field(text: str, number: str, field: str, published: date | None = None) -> object:
    """``field`` of the one claim of ``text`` whose text is ``number``."""
    (claim,) = [c for c in extract(text, published) if c.text == number]
    return getattr(claim, field)


def _page_claims(tmp_path: Path, page_text: str) -> list[Claim]:
    """The claims of every article of a page written with ``page_text``."""
    page = tmp_path / "page.txt"
    page.write_text(page_text, encoding="utf-8")
    return [c for article in parse_page(page).articles for c in extract_article(page_text, article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retail sales rose 3.2% year-on-year in October, the National Bureau of Statistics said.",
            [
                (
                    "3.2%",
                    "percent",
                    "change",
                    "retail sales",
                    "2024-10",
                    "2023-10",
                    "National Bureau of Statistics",
                )
            ],
        ),
        (
            (
                "According to data released by the Ministry of Commerce, exports fell 7.5% in the first quarter "
                "of 2024 compared with the same period last year."
            ),
            [
                (
                    "7.5%",
                    "percent",
                    "change",
                    "exports",
                    "2024-Q1",
                    "2023-Q1",
                    "Ministry of Commerce",
                )
            ],
        ),
        (
            "The unemployment rate was 5.1% in June, down 0.2 percentage points from May.",
            [
                ("5.1%", "percent", "level", "unemployment rate", "2024-06", None, None),
                (
                    "0.2 percentage points",
                    "percentage_point",
                    "change",
                    "unemployment rate",
                    "2024-06",
                    "2024-05",
                    None,
                ),
            ],
        ),
        (
            "The manufacturing PMI was 49.4% in July, another decrease of 0.1 percent from June.",
            [
                ("49.4%", "percent", "level", "manufacturing pmi", "2024-07", None, None),
                (
                    "0.1 percent",
                    "percentage_point",
                    "change",
                    "manufacturing pmi",
                    "2024-07",
                    "2024-06",
                    None,
                ),
            ],
        ),
        (
            "The company's revenue for fiscal 2023 increased by 12 percent to $4.5 billion.",
            [
                ("12 percent", "percent", "change", "revenue", "2023", "2022", None),
                ("$4.5 billion", "USD", "level", "revenue", "2023", None, None),
            ],
        ),
        (
            "Toyota aims to sell 1.5 million electric vehicles by 2026.",
            [("1.5 million", "count", "target", "electric vehicle sales", "2026", None, None)],
        ),
        (
            "Apple held 23% of the global smartphone market in 2023.",
            [("23%", "percent", "level", "global smartphone market share", "2023", None, None)],
        ),
    ],
)
def test_extract_wire_sentences(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [
        (c.text, c.unit, c.kind, c.metric, c.period, c.compared_to, c.attributed_to)
        for c in extract(text, PUBLISHED)
    ]
    assert got == expected


_LEAD = date(2024, 5, 2)
_POLLED = (
    "Inflation fell to 2.4 percent in November, Eurostat said, below the 2.7 percent expected by economists "
    "polled by Reuters."
)
_AHEAD = "Revenue rose to 92.5 billion yuan in the third quarter, ahead of analysts’ average estimate of 91.5 billion yuan."


_PROTESTS = (
    "Strikes hit China. China Labour Bulletin recorded 1,794 worker protests in 2023, more than double the 830 it "
    "logged a year earlier."
)
_TOHTI = (
    "Ilham Tohti has been held for more than ten years since his arrest in January 2014, the rights group Amnesty "
    "International said. Seven of his students were sentenced to prison."
)
_WAGE = (
    "Shanghai will raise its monthly minimum wage from 2,590 yuan to 2,690 yuan on July 1, and the hourly minimum "
    "wage from 23 yuan to 24 yuan."
)
_STATIONS = (
    "Safeguard Defenders said in a new report that China has set up 102 overseas police service stations in "
    "53 countries, up from 54 stations in September. Italy hosts 11 of them."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # `up to` after a rise verb says where a figure went, not a bound
        ("The unemployment rate edged up to 3.9 percent in February.", "3.9 percent", "qualifier", "exact"),
        ("Prices rose up to 4% in April.", "4%", "qualifier", "exact"),
        ("The plane can carry up to 330 passengers.", "330", "qualifier", "at_most"),
        # a comparison with the period before the claim's own, in its own granularity
        ("GDP shrank 0.1% in the first quarter compared with the previous quarter.", "0.1%", "compared_to", "2023-Q4"),
        ("GDP grew 0.4% in the first quarter from the prior quarter.", "0.4%", "compared_to", "2023-Q4"),
        ("GDP grew 0.4% in the first quarter from the previous three months.", "0.4%", "compared_to", "2023-Q4"),
        ("GDP grew 1.3% in the first quarter, quarter on quarter.", "1.3%", "compared_to", "2023-Q4"),
        ("GDP grew 1.3% in the first quarter, quarter on quarter.", "1.3%", "period", "2024-Q1"),
        ("Retail sales rose 0.7% in March on a month-on-month basis.", "0.7%", "compared_to", "2024-02"),
        ("Retail sales rose 0.7% in March from the previous month.", "0.7%", "compared_to", "2024-02"),
        ("Retail sales rose 0.7% in March from a month earlier.", "0.7%", "compared_to", "2024-02"),
        ("Profits fell 5% from last quarter.", "5%", "compared_to", "2024-Q1"),
        ("Profits fell 5% from last quarter.", "5%", "period", "2024-Q2"),
        # the first N months of a year: the smallest period that holds them
        ("Investment expanded 3.4% in the first ten months of 2023.", "3.4%", "period", "2023"),
        ("Sales rose 5% in the first three months of 2024.", "5%", "period", "2024-Q1"),
        ("In the first three quarters, retail sales reached 35.3 trillion yuan.", "35.3 trillion yuan", "period", "2024"),
        # a quarter or half named without a year is the latest begun by publication (2024-05-02)
        ("Deliveries rose 20% in the third quarter.", "20%", "period", "2023-Q3"),
        ("Deliveries rose 20% in the first quarter.", "20%", "period", "2024-Q1"),
        ("Output fell 2% in the second half.", "2%", "period", "2023-H2"),
        # a sentence naming no time keeps the period of the paragraph for the next one
        ("Imports fell 2.1% in April. Shipments to China climbed 3.1%. Exports to Europe rose 1%.", "1%", "period", "2024-04"),
        # a fraction of a point is that much of a percentage point; a verb moving its object `by` it, a change
        ("The Fed raised interest rates by a quarter of a percentage point.", "a quarter of a percentage point", "value", 0.25),
        ("The Fed raised interest rates by a quarter of a percentage point.", "a quarter of a percentage point", "unit", "percentage_point"),
        ("The Fed raised interest rates by a quarter of a percentage point.", "a quarter of a percentage point", "kind", "change"),
        ("The bank cut its rate by half a percentage point.", "half a percentage point", "value", 0.5),
        ("The company reduced its workforce by 1,200.", "1,200", "kind", "change"),
        # points of a rate are percentage points; a security's maturity is part of its name
        ("The jobless rate rose 0.4 points to 5.8%.", "0.4 points", "unit", "percentage_point"),
        ("The index closed down 312.98 points, or 0.9%, at 34,056.41.", "0.9%", "unit", "percent"),
        # `m` is million unless lengths are spoken of; scaled values carry no binary noise
        ("The city's population fell to 8.3m in 2022.", "8.3m", "value", 8_300_000.0),
        ("The city's population fell to 8.3m in 2022.", "8.3m", "unit", "count"),
        ("The tower is 330m tall.", "330m", "unit", "meter"),
        # a month after the counted noun is a time, not a place
        ("The airline carried 12.4 million passengers in July.", "12.4 million", "entity", None),
        # a metric does not start with the conjunction that joins it to the clause before
        ("Sales reached €3.2bn, and operating profit rose to €410m.", "€410m", "metric", "operating profit"),
        ("Mortgage rates averaged 6.9 per cent last week.", "6.9 per cent", "metric", "mortgage rates"),
        # fractions after `by` and `half of` before a sample
        ("Prices for Brent crude have dropped by a third since June.", "a third", "value", 100 / 3),
        ("Nearly half of the 1,200 companies surveyed expect higher costs.", "half", "qualifier", "approximately"),
        ("Nearly half of the 1,200 companies surveyed expect higher costs.", "half", "metric", "share of companies"),
        # a loss of money is a level, and a fiscal year is named by the year it ends in
        ("The company posted a net loss of ¥3.1 billion for the fiscal year ended March 31.", "¥3.1 billion", "kind", "level"),
        ("The company posted a net loss of ¥3.1 billion for the fiscal year ended March 31.", "¥3.1 billion", "period", "2024"),
        ("The company posted a net loss of ¥3.1 billion for the fiscal year ended March 31.", "¥3.1 billion", "metric", "net loss"),
        ("Revenue was $5 billion in the quarter ended March 31.", "$5 billion", "period", "2024-Q1"),
        # a percent change of a level in points is relative; of a reading in percent, in points
        ("Japan's Nikkei share average closed at 40,168.07, up 0.8%.", "0.8%", "unit", "percent"),
        ("Japan's Nikkei share average closed at 40,168.07, up 0.8%.", "0.8%", "metric", "nikkei share average"),
        ("The PMI was 49.4%, down 0.1 percent from June.", "0.1 percent", "unit", "percentage_point"),
        # a change on a year earlier is relative even for an index; on the month before, of a reading, in points
        ("The consumer price index rose 0.3% y/y in March.", "0.3%", "unit", "percent"),
        ("The production index fell 0.5% from last month.", "0.5%", "unit", "percentage_point"),
        # a percent change after another change (not a reading) stays relative
        ("Brent crude settled at $82.17 a barrel, up 64 cents, or 0.8%.", "0.8%", "kind", "change"),
        ("Brent crude settled at $82.17 a barrel, up 64 cents, or 0.8%.", "0.8%", "unit", "percent"),
        ("The S&P 500 was down 2.1% and the Nasdaq fell 2.5% on Tuesday.", "2.5%", "unit", "percent"),
        # metric phrases lose reporting verbs, conjunctions and what respondents said
        ("Apple reported quarterly revenue of $89.5 billion and earnings per share of $1.46.", "$89.5 billion", "metric", "revenue"),
        ("Apple reported quarterly revenue of $89.5 billion and earnings per share of $1.46.", "$1.46", "metric", "earnings per share"),
        (
            "40 percent of respondents said they expected prices to rise over the next 12 months.",
            "40 percent",
            "metric",
            "share of respondents",
        ),
        # `X in <region>`
        ("Inflation in the euro zone slowed to 2.4% in March.", "2.4%", "metric", "inflation"),
        ("Inflation in the euro zone slowed to 2.4% in March.", "2.4%", "entity", "euro zone"),
        ("Unemployment in Europe was 6.5% in March.", "6.5%", "entity", "Europe"),
        ("Tesla delivered 386,810 vehicles in the first quarter.", "386,810", "entity", "Tesla"),
        # a gerund moves the figure too; `expanding 50 channels` (a goal) does not
        ("The economy grew 3.2% in 2023 after contracting 3.7% in 2022.", "3.7%", "kind", "change"),
        ("Its indicators include four components: expanding at least 50 channels.", "50", "kind", "target"),
        # statistical series named by their acronym or a head noun of their own
        ("The CPI went up by 0.4 percent year on year.", "0.4 percent", "metric", "cpi"),
        ("M2, a broad measure of money supply, grew 6.2 percent.", "6.2 percent", "metric", "m2"),
        ("Life expectancy rose to 78.6 years in 2023.", "78.6 years", "metric", "life expectancy"),
        # the series a policy holds (`held its policy rate at`), verbs of passing a mark, an adverb before the verb
        ("The central bank held its policy rate at 6.50%.", "6.50%", "metric", "policy rate"),
        ("The unemployment rate ticked up to 4.0%.", "4.0%", "metric", "unemployment rate"),
        ("Nvidia's market capitalization briefly exceeded $3.3 trillion.", "$3.3 trillion", "metric", "market capitalization"),
        ("Nvidia's market capitalization briefly exceeded $3.3 trillion.", "$3.3 trillion", "entity", "Nvidia"),
        # a plural acronym in parentheses is part of the subject; growth on its own is a series
        ("The hidden debt of financing vehicles (LGFVs) reached 60 trillion yuan.", "60 trillion yuan", "metric",
         "hidden debt of financing vehicles"),
        ("Economists at Nomura estimated that growth slowed to 4.5%.", "4.5%", "metric", "growth"),
        ("Sales fell 0.5% in June after a 0.4% decline in May.", "0.4%", "metric", "sales"),
        ("The company's workforce grew to 161,000 from 154,000.", "154,000", "metric", "workforce"),
        # money `in` a series, the level a change of a series reached, a verb's preposition before the series
        ("The selloff wiped out roughly $100 billion in market value.", "$100 billion", "metric", "market value"),
        ("The firm had $3bn in sales in 2023.", "$3bn", "metric", "sales"),
        ("Tencent reported a 31% rise in net profit to 47.6 billion yuan.", "47.6 billion yuan", "metric",
         "net profit"),
        ("The company guided for revenue of $28.5 billion to $29.5 billion.", "$28.5 billion to $29.5 billion",
         "metric", "revenue"),
        ("Xinjiang produces 85 percent of China's cotton and 35 percent of its polysilicon.", "85 percent", "metric",
         "share of cotton"),
        # a figure that names a goal; what a change pushes or a cut sets; a currency's rate; who `have` counted
        ("Inflation has stayed above the central bank's 2% target.", "2%", "kind", "target"),
        ("Canada added 90,000 jobs, pushing the unemployment rate down to 6.1%.", "6.1%", "metric",
         "unemployment rate"),
        ("The company cut its profit forecast to between 5.5 billion and 6 billion euros.",
         "5.5 billion and 6 billion euros", "metric", "profit forecast"),
        ("The Swiss franc rose 0.2% to 0.8821 per dollar.", "0.2%", "metric", "swiss franc"),
        ("More than 70% of the votes have been counted.", "70%", "metric", "share of votes"),
        # a span of years has no single period; two years named apart do not make one
        ("At least 2.5 million people were moved between 2019 and 2022.", "2.5 million", "period", None),
        ("Exports rose 5% in 2019 and fell in 2022.", "5%", "period", "2019"),
        ("Banks will cut rates on existing mortgages by an average of 0.5 percentage points.",
         "0.5 percentage points", "metric", "rates on existing mortgages"),
        # a change announced to come is planned: a target, as `will train 10,000 talents` is
        ("Banks will cut rates on existing mortgages by an average of 0.5 percentage points.",
         "0.5 percentage points", "kind", "target"),
        ("Banks cut rates on existing mortgages by an average of 0.5 percentage points.",
         "0.5 percentage points", "kind", "change"),
        ("China will increase its defense budget by 7.2 percent this year to 1.67 trillion yuan (US$231 billion).",
         "US$231 billion", "period", "2024"),
        ("China will increase its defense budget by 7.2 percent this year to 1.67 trillion yuan (US$231 billion).",
         "1.67 trillion yuan", "period", "2024"),
        ("The target for Xinjiang's exports in 2017 is 392.2 million yuan.", "392.2 million yuan", "period", "2017"),
        # whom a report went to is not its source
        ("Spending rises 7.2 percent, according to a budget report submitted to the National People’s Congress.",
         "7.2 percent", "attributed_to", None),
        # a move with no series of its own moves the figure before it, in any unit
        ("China installed 216.88 gigawatts (GW) of new solar capacity, up 148 percent from a year earlier.",
         "148 percent", "metric", "new solar capacity"),
        ("China burns more coal than anyone. Coal generated about 60 percent of the country’s electricity.",
         "60 percent", "metric", "coal share of electricity"),
        ("China burns more coal than anyone. Coal generated about 60 percent of the country’s electricity.",
         "60 percent", "entity", "China"),
        ("A record 3.03 million people took the national civil service exam on Sunday.", "3.03 million", "metric",
         "people took national civil service exam"),
        ("That works out to about 77 applicants for each post.", "77", "metric", "applicants per post"),
        ("NEV exports reached 600,000 units, accounting for 21.5% of total exports.", "21.5%", "metric",
         "nev exports share of total exports"),
        ("NEV exports reached 600,000 units, accounting for 21.5% of total exports.", "21.5%", "entity", None),
        ("Graduates will receive a one-time housing subsidy of 30,000 yuan.", "30,000 yuan", "metric",
         "one-time housing subsidy"),
        ("Macao received 2.82 million visitor arrivals in May.", "2.82 million", "metric", "visitor arrivals"),
        # the base of a growth rate is a growth rate
        ("GDP grew 4.6 percent year on year in the third quarter, slowing from 4.7 percent in the second quarter.",
         "4.7 percent", "kind", "change"),
        ("GDP grew 4.6 percent year on year in the third quarter, slowing from 4.7 percent in the second quarter.",
         "4.7 percent", "compared_to", "2023-Q2"),
        ("Respondents in big cities were the most pessimistic, with 58 percent saying home prices would fall.",
         "58 percent", "metric", "share home prices would fall"),
        ("Chinese electric vehicle maker Nio delivered 20,976 vehicles in April.", "20,976", "entity", "Nio"),
        ("US chipmaker Nvidia sold 3 million chips in April.", "3 million", "entity", "Nvidia"),
        ("Rainfall brought by the remnants of Typhoon Doksuri reached 744.8 millimeters.", "744.8 millimeters",
         "metric", "rainfall"),
        ("At least 33 people died in the city and 18 remain missing.", "33", "metric", "deaths"),
        ("Foxconn is offering bonuses of up to 7,000 yuan.", "7,000 yuan", "metric", "bonuses"),
        ("Wages grew by an annual 4.5%.", "4.5%", "kind", "change"),
        ("China made 67 launches in 2023, second only to the United States with 116.", "116", "entity", "United States"),
        ("A total of 277,398 Chinese students studied in the United States in the 2023/24 academic year.", "277,398",
         "period", None),
        ("Chinese students accounted for over one-third of all international students in Japan.", "one-third",
         "entity", "Chinese students"),
        # a recorder is the source, not what its figures are about; a multiple and what it multiplies
        (_PROTESTS, "1,794", "entity", "China"),
        (_PROTESTS, "double", "metric", "worker protests"),
        (_PROTESTS, "830", "metric", "worker protests"),
        (_PROTESTS, "830", "period", "2022"),
        ("In Guangdong province alone, 312 protests were recorded.", "312", "entity", "Guangdong"),
        (_TOHTI, "ten years", "period", None),
        (_TOHTI, "Seven", "attributed_to", "Amnesty International"),
        ("Hong Kong’s unemployment rate held steady at 3.1 percent.", "3.1 percent", "metric", "unemployment rate"),
        ("The MIIT said that 5G mobile phone users reached 966 million.", "966 million", "metric",
         "5g mobile phone users"),
        # the time of another event, and `the city` named before
        ("Prices in Shenzhen fell. Transactions in the city plunged 38 percent after a brief rebound in September.",
         "38 percent", "period", None),
        ("Prices in Shenzhen fell 2 percent, the China Index Academy said. Transactions in the city plunged 38 percent.",
         "38 percent", "entity", "Shenzhen"),
        # a planned change on a day to come; the level it starts from is today's
        (_WAGE, "2,690 yuan", "period", "2024-07-01"),
        (_WAGE, "2,590 yuan", "period", None),
        (_WAGE, "2,590 yuan", "metric", "monthly minimum wage"),
        (_WAGE, "24 yuan", "metric", "hourly minimum wage"),
        ("Among them, the registered population was 14.3 million.", "14.3 million", "metric", "registered population"),
        ("Among them, the registered population was 14.3 million.", "14.3 million", "counted", "people"),
        # a retirement age is a rule's figure, in years, of its series; not a person's age
        ("China will raise its statutory retirement age for men from 60 to 63.", "60", "unit", "year"),
        ("China will raise its statutory retirement age for men from 60 to 63.", "60", "metric",
         "statutory retirement age for men"),
        ("China will raise its statutory retirement age for men from 60 to 63.", "63", "metric",
         "statutory retirement age for men"),
        ("China will raise its statutory retirement age for men from 60 to 63.", "63", "kind", "target"),
        ("The company invested RMB 164.7 billion in research, equal to 23.4 percent of revenue.", "23.4 percent",
         "metric", "investment in research share of revenue"),
        ("Xiaomi aims to deliver at least 100,000 SU7s this year.", "100,000", "metric", "deliveries"),
        ("Nio expects to deliver between 72,000 and 75,000 vehicles.", "72,000 and 75,000", "metric",
         "vehicle deliveries"),
        ("Rotating chairman Ken Hu said the company invested RMB 164.7 billion.", "RMB 164.7 billion",
         "attributed_to", "Ken Hu"),
        ("The plant employs about 200,000 people at peak season.", "200,000", "metric", "employees"),
        ("Workers get 3,000 yuan, according to a recruitment notice posted on Monday.", "3,000 yuan", "period", None),
        ("At least 33 people died in the city and 18 remain missing.", "18", "metric", "missing"),
        ("The share identifying as exclusively Taiwanese rose to 62.8 percent.", "62.8 percent", "metric",
         "share identifying as exclusively"),
        # the day a poll was released is not the time its figures are of
        (("A poll released by National Chengchi University’s Election Study Center on Monday found that 4.5 percent "
          "favored independence."), "4.5 percent", "period", None),
        ("A court sentenced human rights lawyer Ding Jiaxi to 12 years in prison, his wife Luo Shengchun told RFA.",
         "12 years", "entity", "Ding Jiaxi"),
        ("A court sentenced human rights lawyer Ding Jiaxi to 12 years in prison, his wife Luo Shengchun told RFA.",
         "12 years", "attributed_to", "Luo Shengchun"),
        ("A court sentenced Ding Jiaxi to 12 years. Fellow activist Xu Zhiyong received 14 years.", "14 years",
         "metric", "prison sentence"),
        ("A court sentenced Ding Jiaxi to 12 years. Fellow activist Xu Zhiyong received 14 years.", "14 years",
         "entity", "Xu Zhiyong"),
        ("More than 300 lawyers and activists have been detained.", "300", "metric", "lawyers and activists detained"),
        ("Depositors with balances of up to 50,000 yuan will be repaid.", "50,000 yuan", "metric", "balances"),
        (_STATIONS, "11", "attributed_to", "Safeguard Defenders"),
        (_STATIONS, "11", "metric", "overseas police service stations"),
        (_STATIONS, "11", "period", None),
        (_STATIONS, "54", "metric", "overseas police service stations"),
        ("Alibaba Group Holding reported revenue of 236.5 billion yuan.", "236.5 billion yuan", "metric", "revenue"),
        ("Taobao and Tmall Group, its largest unit, posted revenue of 98.99 billion yuan.", "98.99 billion yuan",
         "entity", "Taobao and Tmall Group"),
        ("Shipments of servers, which include those used for artificial intelligence, more than doubled.", "doubled",
         "metric", "shipments of servers"),
        ("Home prices fell 0.6 percent in March, bringing the decline since the peak in 2021 to 28 percent.",
         "28 percent", "metric", "home prices"),
        ("Home prices fell 0.6 percent in March, bringing the decline since the peak in 2021 to 28 percent.",
         "28 percent", "compared_to", "2021"),
        ("The ministry expects exports in June to grow between 1 percent and 5 percent.", "1 percent and 5 percent",
         "period", "2024-06"),
        # a week's move is no year-on-year change
        ("The Hang Seng Index rose 13 percent this week.", "13 percent", "compared_to", None),
        ("Revenue was 5 billion yuan in the first quarter. It bought back 4 million shares during the quarter.",
         "4 million", "period", "2024-Q1"),
        ("Li Qiang plans to issue 1 trillion yuan of ultra-long special treasury bonds.", "1 trillion yuan", "metric",
         "ultra-long special treasury bonds"),
        ("Analysts at Goldman Sachs estimated that 14 trillion yuan of debt is at risk.", "14 trillion yuan",
         "attributed_to", "Goldman Sachs"),
        # `the highest level this year` frames a comparison: the next sentence keeps July
        ("The rate rose to 17.1% in March, the highest level this year. The rate for women was 6.5%.", "6.5%",
         "period", "2024-03"),
        # fiscal years, year-to-date, and a base figure a year back
        ("Profit jumped 20% in FY24.", "20%", "period", "2024"),
        ("The IMF cut its 2025 global growth forecast to 3.2% from 3.3%.", "3.2%", "period", "2025"),
        ("Natural gas prices have fallen 80% from their 2022 peak.", "80%", "compared_to", "2022"),
        ("Brent crude averaged $82 a barrel in 2023.", "$82", "metric", "brent crude price"),
        ("Copper rose to $10,000 a tonne.", "$10,000", "metric", "copper price"),
        # a move and where it ended, in bare counts far apart; `rose 5 to 10 percent` stays a range
        ("Job vacancies fell 50,000 to 800,000.", "50,000", "kind", "change"),
        ("Sales rose 200,000 to 3.5 million.", "3.5 million", "kind", "level"),
        ("Prices rose 5 to 10 percent.", "5 to 10 percent", "value_high", 10.0),
        ("Sales are up 8% year-to-date.", "8%", "period", "2024"),
        ("The rate fell to 3.9% in May 2024, from 4.1% a year earlier.", "4.1%", "period", "2023-05"),
        ("Output grew 5.6% from a year earlier, slowing from 6.7% in April.", "6.7%", "period", "2024-04"),
        # a limit set by a passive verb (`limit` is no verb there); clock speed
        ("The speed limit was cut to 20km/h in the town centre.", "20km/h", "metric", "speed limit"),
        ("The debt ceiling was lifted to $31.4 trillion.", "$31.4 trillion", "metric", "debt ceiling"),
        ("The processor runs at 3.2 GHz.", "3.2 GHz", "unit", "gigahertz"),
        # money spent on or invested in something is named by it
        ("The government will spend $5bn on defence.", "$5bn", "metric", "spending on defence"),
        ("The firm invested €2 billion in new plants.", "€2 billion", "metric", "investment in new plants"),
        ("Meta will spend $40 billion on capital expenditure.", "$40 billion", "metric", "capital expenditure"),
        # money to be spent, invested, raised or paid is named by the verb's noun, without the plan
        ("The government will spend 1.5 billion pounds over five years.", "1.5 billion pounds", "metric", "government spending"),
        ("The state plans to spend $300 million.", "$300 million", "metric", "spending"),
        ("The startup aims to raise $50 million.", "$50 million", "metric", "funding"),
        ("Boeing agreed to pay $2.5 billion to settle the case.", "$2.5 billion", "metric", "payment"),
        # what a sum of money totals or is worth
        ("Workers demanded back pay totaling more than 5 million yuan.", "5 million yuan", "metric", "back pay"),
        ("Police seized drugs worth $2 million.", "$2 million", "metric", "drugs"),
        ("He bought shares valued at $5 million.", "$5 million", "metric", "shares"),
        ("The deal is worth $2.5 billion.", "$2.5 billion", "metric", "deal value"),
        ("The company earned $1.52 a share.", "$1.52", "metric", "earnings per share"),
        ("The company will pay a dividend of 25 cents per share.", "25 cents", "metric", "dividend"),
        ("Imports of seafood were worth 2.4 million yuan.", "2.4 million yuan", "metric", "imports of seafood"),
        # money `in` what it is: liquidity, damages, aid; a goal quoted after `of`
        ("The cut releases about 1 trillion yuan in liquidity.", "1 trillion yuan", "metric", "liquidity"),
        ("The jury awarded $2.1 billion in damages.", "$2.1 billion", "metric", "damages"),
        ("Rich nations pledged $100 billion a year in climate finance.", "$100 billion", "metric", "climate finance"),
        ('Beijing aims for economic growth of "around 5%" this year.', "5%", "metric", "economic growth"),
        # a move takes the series of the level it moved to
        ("Copper rose 1% to $9,600 a tonne.", "1%", "metric", "copper price"),
        ("Spot gold was down 0.3% at $2,325.51 per ounce.", "0.3%", "metric", "spot gold price"),
        # a market that adds or sheds a percentage moves; a figure added is not a word said
        ("The Dow shed 0.5%, while the Nasdaq added 1.1%.", "0.5%", "metric", "dow"),
        ("The Dow shed 0.5%, while the Nasdaq added 1.1%.", "1.1%", "kind", "change"),
        ("The Dow shed 0.5%, while the Nasdaq added 1.1%.", "1.1%", "attributed_to", None),
        ("Employers added 206,000 jobs in June.", "206,000", "attributed_to", None),
        ("Employers added 206,000 jobs in June.", "206,000", "kind", "level"),
        # an earthquake's magnitude is a reading on a scale, not a count of magnitudes
        ("The 7.8-magnitude earthquake struck at a depth of 10 km.", "7.8-magnitude", "unit", "index"),
        ("A 6.1 magnitude quake hit Japan on Monday.", "6.1 magnitude", "metric", "earthquake magnitude"),
        # a level in an aside after its series: `X, at 11.7%, remains`
        ("Unemployment in Spain, at 11.7%, remains the highest in the EU.", "11.7%", "metric", "unemployment"),
        ("Unemployment in Spain, at 11.7%, remains the highest in the EU.", "11.7%", "entity", "Spain"),
        ("The jobless rate, now at 3.9%, is near a record low.", "3.9%", "metric", "jobless rate"),
        # a participle aside does not hide the subject; a peak is a reading of its series
        (
            "Load rose 2 percent, while capacity, measured in seat kilometres, jumped 58 percent in July.",
            "58 percent", "metric", "capacity",
        ),
        ("Electricity load peaked at 1.2 billion kilowatts on Tuesday.", "1.2 billion kilowatts", "metric", "electricity load"),
        ("Temperatures in the city topped 40 degrees Celsius.", "40 degrees Celsius", "qualifier", "more_than"),
        # a ministry of several portfolios keeps its commas; a ministry named by what it is gives data too
        ("Exports rose 3.1 percent, the Ministry of Trade, Industry and Energy said.", "3.1 percent", "attributed_to",
         "Ministry of Trade, Industry and Energy"),
        ("Exports rose 3.1 percent, Japan’s Ministry of Economy, Trade and Industry said.", "3.1 percent", "attributed_to",
         "Ministry of Economy, Trade and Industry"),
        ("The economy grew 8.2 percent, data from the statistics ministry showed.", "8.2 percent", "attributed_to",
         "statistics ministry"),
        # a growth rate is a change; a forecast a reading beats is a target of its series
        ("Growth in the January-March quarter slowed to 7.8 percent.", "7.8 percent", "kind", "change"),
        ("The economy grew 8.2 percent, beating the government’s estimate of 7.6 percent.", "7.6 percent", "kind", "target"),
        ("Profit rose to $5 billion, above analysts’ expectations of $4.6 billion.", "$4.6 billion", "metric", "profit"),
        ("The deficit narrowed to 5.6 percent of GDP, below the government’s target of 5.8 percent.", "5.8 percent",
         "metric", "deficit"),
        # a ratio to output is of the subject's series
        ("The fiscal deficit narrowed to 5.6 percent of gross domestic product.", "5.6 percent", "metric", "fiscal deficit"),
        ("Public debt rose to 112% of GDP in 2023.", "112%", "metric", "public debt"),
        # `Overall exports` are all of them, not the one kind named before
        ("Chip exports jumped 35.7 percent in March. Overall exports rose 3.1 percent.", "3.1 percent", "metric", "exports"),
        # a forecast polled by an outlet is the outlet's; the rest of the sentence is the agency's
        (_POLLED, "2.4 percent", "attributed_to", "Eurostat"),
        (_POLLED, "2.7 percent", "attributed_to", "Reuters"),
        (_POLLED, "2.7 percent", "kind", "target"),
        (_POLLED, "2.7 percent", "period", "2023-11"),
        ("Euro zone inflation fell to 2.4 percent in November.", "2.4 percent", "entity", "euro zone"),
        # a company reports on a weekday; the period is the quarter it reports
        ("Xiaomi Corp reported third-quarter revenue of 92.5 billion yuan on Monday.", "92.5 billion yuan", "period",
         "2023-Q3"),
        (_AHEAD, "91.5 billion yuan", "metric", "revenue"),
        ("Xiaomi Corp reported revenue of 92.5 billion yuan, ahead of analysts’ average estimate of 91.5 billion yuan.",
         "91.5 billion yuan", "attributed_to", None),
        ("Xiaomi Corp reported revenue of 92.5 billion yuan, ahead of analysts’ average estimate of 91.5 billion yuan.",
         "92.5 billion yuan", "attributed_to", "Xiaomi Corp"),
        # a sum still needed is a goal; a figure worldwide is the world's; one beside another, in a place, is its
        ("Funding was $4 billion, less than half of the $8.3 billion the agency says is needed each year.",
         "$8.3 billion", "kind", "target"),
        ("There were 597,000 malaria deaths worldwide in 2023.", "597,000", "entity", "world"),
        ("Unemployment was 5% in France and 3% in Germany.", "3%", "entity", "Germany"),
        ("Unemployment was 5.1% in France and 3.2% in Germany.", "5.1%", "entity", "France"),
        ("Zhanjiang has a population of 7.36 million in Guangdong province.", "7.36 million", "entity", "Zhanjiang"),
        ("Torrential rain in Guangdong province has killed at least 47 people.", "47", "entity", "Guangdong"),
        # what a ratio to GDP is of; rain measured is rainfall; a figure after another's change, in a clause of
        # its own, is of the series before the change
        ("The plan sets a budget deficit of 3 percent of GDP.", "3 percent", "metric", "budget deficit"),
        ("Some areas received 560 millimeters of rain.", "560 millimeters", "metric", "rainfall"),
        ("Iran executed at least 853 people, a 48 percent increase from 2022, while Saudi Arabia executed 172.", "172",
         "metric", "people executed"),
        # an aside opened by `long the` is passed over; `the official figure of` names no series of its own
        ("Revenue from land sales, long the main source of income for local governments, fell 16 percent.",
         "16 percent", "metric", "revenue from land sales"),
        ("Debt could be as high as 60 trillion yuan, more than the official figure of 40.7 trillion yuan.",
         "40.7 trillion yuan", "metric", "debt"),
        ("Debt could be as high as 60 trillion yuan.", "60 trillion yuan", "qualifier", "at_most"),
        # benchmark crudes are series; the same change of two of them in a sentence is two figures
        ("Brent fell $1.42, or 1.8 percent, while U.S. West Texas Intermediate crude dropped $1.35.", "$1.35",
         "metric", "west texas intermediate crude"),
        ("Companies raised HK$107 billion through initial public offerings in the first half.", "HK$107 billion",
         "metric", "ipo proceeds"),
        ("Deaths rose to 1.58 million, meaning the population shrank by about 850,000.", "850,000", "metric",
         "population"),
        ("OPEC+ agreed on Sunday to raise output by 411,000 barrels per day in July.", "411,000 barrels per day",
         "kind", "target"),
        ("The fertility rate dropped to 1.20 from 1.26.", "1.20", "unit", "index"),
        # a duration is of no series: a sum after it names its own
        ("The drug costs $84,000 for a 12-week course, or $1,000 per pill.", "$1,000", "metric", None),
        # a rate held in a range is the rate's
        ("The Fed held its benchmark rate in a range of 5.25% to 5.50%.", "5.25% to 5.50%", "metric", "benchmark rate"),
        # an age group is one subject: `and over` does not open a clause
        ("People aged 60 and over numbered 310.31 million.", "310.31 million", "metric", "people aged 60 and over"),
        ("The population aged 65 and over grew by 25% to 18.4 million.", "25%", "metric", "population aged 65 and over"),
        # an abbreviation's dots are part of the group; a percentage between commas is no one's age
        ("About 48% of U.S. adults said they approve.", "48%", "metric", "share of adults"),
        ("Nearly half of U.S. adults, 48%, said they approve.", "48%", "metric", "share of adults"),
        # a fraction of a group that did something: the group's share
        ("Nine out of 10 doctors recommended the treatment.", "Nine out of 10", "metric", "share of doctors"),
        ("Officials said 3 in 4 homes were without power.", "3 in 4", "metric", "share of homes"),
        ("Its shares fell 21 percent before trading was halted.", "21 percent", "metric", "shares"),
        # a size named by its dimension, of the subject it is stated of
        ("The bridge, which is 1.6 miles long, opened in 2019.", "1.6 miles", "metric", "bridge length"),
        ("The Eiffel Tower is 330 metres tall.", "330 metres", "metric", "height"),
        ("The Eiffel Tower is 330 metres tall.", "330 metres", "entity", "Eiffel Tower"),
        ("The ship, 400 metres long and weighing 220,000 tonnes, ran aground.", "400 metres", "metric", "length"),
        ("The ship, 400 metres long and weighing 220,000 tonnes, ran aground.", "220,000 tonnes", "metric", "weight"),
        ("The asteroid is about 2 km in diameter.", "2 km", "metric", "asteroid diameter"),
        # market value wiped out is a fall; where shares are listed is not whose they are
        ("Its shares plunged 28.5% on Monday, wiping out about $55 billion of market value.", "$55 billion", "kind",
         "change"),
        ("Its U.S.-listed shares plunged 28.5 percent on Monday.", "28.5 percent", "entity", None),
        # the one ranked first, at its figure; bonds issued are no release
        ("Guangdong issued the most bonds among all provinces, at 712 billion yuan.", "712 billion yuan", "entity",
         "Guangdong"),
        ("Guangdong issued the most bonds among all provinces, at 712 billion yuan.", "712 billion yuan",
         "attributed_to", None),
        # a reason given after `, as` has its own verb: no forecast
        ("Experts said the decline will spread, as the number of newborns fell to 9.02 million in 2023.",
         "9.02 million", "kind", "level"),
        ("The number of primary school students fell for the first time in years, to 108 million.", "108 million",
         "counted", "primary school students"),
        # a company's appositive is no affiliation
        ("PDD Holdings, the parent company of Pinduoduo and Temu, reported revenue of 97.06 billion yuan.",
         "97.06 billion yuan", "attributed_to", "PDD Holdings"),
        # a past year's change in any unit is from the year before; not a rate decision's
        ("The number of kindergartens fell by 14,808 in 2023.", "14,808", "compared_to", "2022"),
        ("The central bank raised rates by 50 basis points this year.", "50 basis points", "compared_to", None),
        # feet and inches are one height
        ("The 6-foot-3 forward scored 28 points.", "6-foot-3", "value", 6.25),
        ("He is 6 feet 3 inches tall.", "6 feet 3 inches", "value", 6.25),
        # a reading on an earthquake's scale, however it is written
        ("The quake, measuring 6.8 on the Richter scale, struck.", "6.8 on the Richter scale", "unit", "index"),
        ("The quake, measuring 6.8 on the Richter scale, struck.", "6.8 on the Richter scale", "metric",
         "earthquake magnitude"),
        ("A magnitude 7.1 earthquake hit the region.", "7.1", "unit", "index"),
        # a term in years and months, or with a half, is one figure
        ("He was jailed for three years and six months.", "three years and six months", "value", 3.5),
        ("Activist Sentenced to Three and a Half Years", "Three and a Half Years", "value", 3.5),
        # a multiple of a per-capita figure, not a frequency
        ("Raising a child costs 6.3 times per capita GDP.", "6.3 times", "unit", "times"),
        # a survey's maker, after a sample described with figures
        (("A survey of 10,000 people aged 20 to 35 by the think tank YuWa Population Research found that 58.6 "
          "percent had no plans."), "58.6 percent", "attributed_to", "YuWa Population Research"),
        # `that of` stands for the series just named
        ("The income of urban residents was 54,188 yuan, while that of rural residents was 23,119 yuan.",
         "23,119 yuan", "metric", "income of rural residents"),
        # a role written before a name, however hyphenated; an extra word before the counted noun
        ("Co-defendant Huang Xueqin received five years.", "five years", "entity", "Huang Xueqin"),
        ("At least 14 other activists were detained.", "14", "counted", "activists"),
        # `cost of` is a noun, not the verb
        ("The average cost of raising a child in China is about 538,000 yuan.", "538,000 yuan", "metric",
         "average cost of raising child"),
        # a base compared with is of the last figure in its unit, past one in another
        ("Only 13 developers recorded sales of more than 10 billion yuan in July, down from 27 a year earlier.", "27",
         "counted", "developers"),
        # the one ranked, past an aside; a verb counts both nouns it is written before
        ("Country Garden, once the largest developer by sales, ranked 11th with 4.2 billion yuan.",
         "4.2 billion yuan", "entity", "Country Garden"),
        ("It detected 71 Chinese military aircraft and nine navy ships.", "nine", "metric", "navy ships detected"),
        # an index not named is most often a price's: its move in percent is relative
        ("The index rose 0.3% in the week to Friday.", "0.3%", "unit", "percent"),
        # a rate per thousand, and a rate's reading (a growth rate too) is a level
        ("The birth rate dropped to 8.8 per thousand in 2023.", "8.8 per thousand", "unit", "permille"),
        ("The natural population growth rate was 6.23 per thousand, 1.1 per thousand points lower than in 2022.",
         "6.23 per thousand", "kind", "level"),
        ("The natural population growth rate was 6.23 per thousand, 1.1 per thousand points lower than in 2022.",
         "1.1 per thousand points", "compared_to", "2022"),
        # a customs branch is one body; a share's whole ends where another participle starts
        ("According to the Guangdong Branch of the General Administration of Customs, exports rose 5 percent.",
         "5 percent", "attributed_to", "Guangdong Branch of the General Administration of Customs"),
        ("Trade reached 9.11 trillion yuan, accounting for 20.8 percent of the national total and ranking first.",
         "20.8 percent", "metric", "trade share of national total"),
        # a plan that calls for building: a goal, not a building's number
        ("The plan calls for building 1,000 community canteens by 2025.", "1,000", "kind", "target"),
        (("Rain forced the evacuation of 30,000 residents, according to the provincial emergency management "
         "department."), "30,000", "attributed_to", "provincial emergency management department"),
        ("Eight people were confirmed dead.", "Eight", "metric", "deaths"),
        ("One person died and two others were hospitalized.", "One", "metric", "deaths"),
        ("The blast killed one person and injured 12.", "12", "metric", "people injured"),
        ("Margins improved by 1.5 percentage points.", "1.5 percentage points", "kind", "change"),
        # a raise is a change of what was just earned
        ("He earned $2.5m last year, a 20 per cent raise.", "20 per cent", "kind", "change"),
        ("He earned $2.5m last year, a 20 per cent raise.", "20 per cent", "metric", "earnings"),
        # a change noun says what changed: pay
        ("Nurses accepted a 5% pay increase.", "5%", "metric", "pay"),
        ("Nurses accepted a 5% pay increase.", "5%", "kind", "change"),
        ("A quake measuring 6.1 struck the region.", "6.1", "metric", "earthquake magnitude"),
        # what moves against the dollar is a currency's exchange rate
        ("The Japanese yen fell to 161.5 against the dollar.", "161.5", "metric", "yen exchange rate against the dollar"),
        ("The peso weakened 2.1% against the greenback.", "2.1%", "metric", "peso exchange rate against the dollar"),
        # a capital that has something is the city; one that acts, its government
        ("Currently, Beijing has 4.65 million residents aged 60 and above.", "4.65 million", "entity", "Beijing"),
        ("Beijing has cancelled visa requirements for citizens of five EU countries.", "five", "entity", "China"),
        ("A hacking group it calls Storm-0558 had gained access to about 25 organizations.", "25", "entity",
         "Storm-0558"),
        # a people's figure; a part of a named whole; a study's sample without the word `study`
        ("China won 91 medals to the Americans’ 126.", "126", "entity", "United States"),
        ("Divers won eight of China’s gold medals.", "eight", "counted", "gold medals"),
        ("The researchers examined data on 1.2 million students.", "1.2 million", "metric", "study sample size"),
        # `cleaned up` is no rise; a share the relative clause gives is its head's
        ("The regulator cleaned up more than 1.4 million pieces of illegal information.", "1.4 million", "kind",
         "level"),
        ("Advertising revenue, which accounts for about 87 percent of the total, fell 3 percent.", "87 percent",
         "metric", "advertising revenue share of total"),
        # a fall of revenue after a share is relative, not in points
        ("Advertising revenue, which accounts for about 87 percent of the total, fell 3 percent.", "3 percent",
         "unit", "percent"),
        # `they` after a place is the series before, in that place
        ("In Shanghai, prices rose 0.3 percent, while in Beijing they dropped 0.4 percent.", "0.4 percent",
         "metric", "prices"),
        ("In Shanghai, prices rose 0.3 percent, while in Beijing they dropped 0.4 percent.", "0.4 percent",
         "entity", "Beijing"),
        # a share of an earlier figure is no share of `million recorded`
        ("Hong Kong received 34 million visitors in 2023, about 52 percent of the 65 million recorded in 2018.",
         "52 percent", "metric", None),
        # what `would be` done, as reported, is a plan; a sentenced person's bribes are the person's
        ("The league said that more than 18,000 graduates would be sent to rural areas this year.", "18,000", "kind",
         "target"),
        ("A court sentenced Liu Liange, the former chairman, to death for accepting bribes worth 121 million yuan.",
         "121 million yuan", "entity", "Liu Liange"),
        # an adverb before the verb that names the sum
        ("Liu illegally granted loans of 3.32 billion yuan.", "3.32 billion yuan", "metric", "loans"),
        # a count with a participle after it, as an object, is of what was done to it; a punishment is no place
        ("The defendants were among 47 people arrested in early 2021.", "47", "metric", "people arrested"),
        ("A total of 277,398 Chinese students studied in the United States.", "277,398", "metric",
         "chinese students"),
        ("A court sentenced 45 pro-democracy activists to prison terms.", "45", "metric",
         "pro-democracy activists sentenced"),
        # `over` before an age is its bound, not a time frame
        ("The proportion of those over 50 years old rose to 30.6 percent.", "50 years", "qualifier", "more_than"),
        # a league speaks for its paragraph, as other bodies do
        (("The Communist Youth League said 18,000 graduates would serve this year. Each will receive an "
          "allowance of 2,500 yuan."), "2,500 yuan", "attributed_to", "Communist Youth League"),
        # a `but` with no verb of its own goes on with the forecast before it
        ("Chen said exports are expected to keep growing in 2025, but at a slower pace of about 5.8 percent.",
         "5.8 percent", "kind", "target"),
        # a list of names set off after a noun is that noun's apposition
        ("FAW has overcapacity. Its brands, Pentium, Red Flag, and FAW Tianjin have a capacity of 780,000 vehicles.",
         "780,000", "entity", "FAW"),
        # a ministry's bureau is named under its ministry, also where it is named alone again
        (("The Ministry of Public Security’s Eleventh Bureau issued a notice. The Eleventh Bureau will enlist 40 "
          "experts, the Eleventh Bureau said."), "40", "entity", "Ministry of Public Security Eleventh Bureau"),
        # `and that of` stands for the series too
        ("Use by industry was 6.26 trillion kWh; and that of households was 1.83 trillion kWh.", "1.83 trillion kWh",
         "metric", "use of households"),
        # an appositive that says what a series is neither names it nor makes it a forecast
        (("The total fertility rate, the average number of children a woman is expected to have in her lifetime, "
          "dropped to 1.20 from 1.26."), "1.20", "metric", "total fertility rate"),
        (("The total fertility rate, the average number of children a woman is expected to have in her lifetime, "
          "dropped to 1.20 from 1.26."), "1.20", "kind", "level"),
        # who a figure's people are, said after it; a noun counted before a move and its level
        ("Of these, at least 280 are Tibetans and about 700 are Uyghurs.", "700", "counted", "Uyghurs"),
        ("Of the dead, 12 were children.", "12", "counted", "children"),
        ("The number of babies born in Japan fell 5.1 percent to 727,277.", "727,277", "counted", "babies"),
        ("Deaths rose by 2.1% to 1.58 million.", "1.58 million", "counted", "deaths"),
        ("Visitor arrivals in Saint Kitts rose 3% to 1.2 million.", "1.2 million", "counted", "arrivals"),
        # a participle's particle is no verb; a word that opens the clause is no verb either
        ("The average sentence handed down in the cases it tracked in 2023 was 9.6 years.", "9.6 years", "metric",
         "average sentence"),
        ("Down payment ratios for first homes were cut to 15 percent and for second homes to 25 percent.",
         "15 percent", "metric", "down payment ratios for first homes"),
        ("Down payment ratios for first homes were cut to 15 percent and for second homes to 25 percent.",
         "25 percent", "metric", "down payment ratios for second homes"),
        # an earlier move of the series the sentence is about; a count per so many people
        (("Profits fell 17.8 percent in August to 468.2 billion yuan, following a 4.1 percent increase in July."),
         "4.1 percent", "metric", "profits"),
        ("China had 13.8 beds per 1,000 elderly people.", "13.8", "metric", "beds per 1,000 elderly people"),
        # what something undertaken lasted; a pronoun object is not in the series' name
        ("Yang went on a hunger strike for 63 days in 2016.", "63 days", "metric", "hunger strike duration"),
        ("Police detained him for two days in May.", "two days", "metric", "detained duration"),
        # a person named in full once is that person when named by one word again
        ("Chinese writer Yang Maodong, 58, was freed. Yang went on a hunger strike for 63 days.", "63 days", "entity",
         "Yang Maodong"),
        # a source introduced by what kind of firm it is
        ("Huawei shipped about 30 million smartphones last year, market research firm IDC estimated.", "30 million",
         "attributed_to", "IDC"),
        ("Emissions rose 4 percent, consultancy Rhodium Group estimated.", "4 percent", "attributed_to",
         "Rhodium Group"),
        # what a part of a whole did; how much a forecast is above a year before; a count that is expected
        ("Of the aircraft, 111 crossed the median line of the Taiwan Strait.", "111", "metric",
         "aircraft crossed median line"),
        ("A record 11.79 million students are expected to graduate this year, 210,000 more than in 2023.", "210,000",
         "kind", "change"),
        ("A record 11.79 million students are expected to graduate this year, 210,000 more than in 2023.",
         "11.79 million", "metric", "students"),
        ("About 500 people were expected to attend the fair.", "500", "kind", "target"),
        # an absolute move of this year is no change from last year; a move takes the time of the level it reached
        ("Household loans shrank by 210 billion yuan, the third decline this year.", "210 billion yuan", "compared_to",
         None),
        ("Total social financing rose 8.2 percent to 395.7 trillion yuan by the end of July.", "8.2 percent",
         "compared_to", "2022-07"),
        ("Exports rose 2 percent from June to $300 billion in July.", "2 percent", "compared_to", "2023-06"),
        # forecasters who expected a figure speak of the series just given
        ("Banks extended 260 billion yuan in new loans in July. Analysts polled by Reuters had expected 450 billion yuan.",
         "450 billion yuan", "metric", "new loans"),
        ("Banks extended 260 billion yuan in new loans in July. Analysts polled by Reuters had expected 450 billion yuan.",
         "450 billion yuan", "period", "2023-07"),
        # a span that began this May ends this August, though August is still to come
        ("More than 300 job fairs will be held between May and August.", "300", "period", "2024"),
        # a quarter's name is no place; a restatement in percent after points is the same move
        ("The firm shipped 10.2 million units in Q3, up from 9.1m a year earlier.", "10.2 million", "entity", None),
        ("The index closed at 4,512.3 points, down 23.4 points or 0.5%.", "0.5%", "kind", "change"),
        ("Bitcoin traded at $67,450 on Monday.", "$67,450", "metric", "price"),
        # a sum restated as a share of GDP is the sum's; the GDP after it is GDP
        ("Total government debt stood at 1.55 trillion yuan, or 73 percent of its GDP of 2.09 trillion yuan.",
         "73 percent", "metric", "total government debt share of gdp"),
        ("Total government debt stood at 1.55 trillion yuan, or 73 percent of its GDP of 2.09 trillion yuan.",
         "2.09 trillion yuan", "metric", "gdp"),
        # a measure had; days a year are a rate, not the year's duration
        ("At least 12 counties in Guizhou Province had debt ratios above 300 percent.", "300 percent", "metric",
         "debt ratios"),
        ("Police have stationed officers outside their home for more than 200 days a year.", "200 days", "metric",
         "stationed officers outside home duration"),
        # a company described, then named, is the name; `the city` is the city named last, listed or not
        (("Zunyi City’s urban investment company, Zunyi Road and Bridge Construction Group, had to extend 15.6 billion "
          "yuan in bank loans."), "15.6 billion yuan", "entity", "Zunyi Road and Bridge Construction Group"),
        ("Debt in Guizhou Province is high. In Zunyi City, the city’s fiscal revenue was only 28.7 billion yuan.",
         "28.7 billion yuan", "entity", "Zunyi City"),
        # a purpose stops at another figure's bound; a requirement and what one `was to` do are goals
        ("It required each of the town’s 26 villages to recruit no fewer than three informants.", "26", "metric",
         "villages"),
        ("It required each of the town’s 26 villages to recruit no fewer than three informants.", "three", "kind",
         "target"),
        ("Each informant was to submit at least two reports a month.", "two", "kind", "target"),
        # what someone is paid or owed
        ("The town would pay informants 200 yuan a month.", "200 yuan", "metric", "payment to informants"),
        ("The developer owes suppliers 5 billion yuan.", "5 billion yuan", "metric", "debt to suppliers"),
        # a share of an earlier reading is of this time; the time after the earlier reading is its own
        (("Gaming revenue reached 18.6 billion patacas in October 2023. The figure was about 71 percent of the 26.4 "
          "billion patacas recorded in October 2019."), "71 percent", "period", "2023-10"),
        # a series that passed a mark; a second series with its verb left out
        ("It was the first time output exceeded 700 million tonnes.", "700 million tonnes", "metric", "output"),
        ("Corn output was 294.9 million tonnes, and wheat output 140.1 million tonnes.", "140.1 million tonnes",
         "metric", "wheat output"),
        # a list of objects is one subject; an event that names the time is no time of the sentence before
        ("Spending on food, tobacco and liquor accounted for 29.9 percent of the total.", "29.9 percent", "metric",
         "spending on food tobacco and liquor share of total"),
        (("The metro carried 5.41 million passengers on October 1. During the 16-day Asian Games, the network carried "
          "59.5 million passengers."), "59.5 million", "period", None),
        # `the city` after a company named by its city
        ("Hangzhou Metro carried 5.41 million passengers. The city opened three new metro lines.", "three", "entity",
         "Hangzhou"),
        # a multiplier's object is its series; tariffs on a people's goods are not that people's; a weekday is no
        # part of a name; a level by a later year is to come
        ("The administration on Tuesday quadrupled tariffs on Chinese electric vehicles to 100 percent.", "quadrupled",
         "metric", "tariffs on chinese electric vehicles"),
        ("The Trade Office on Tuesday raised duties on Chinese chips from 25 percent to 50 percent by 2026.",
         "50 percent", "metric", "duties on chinese chips"),
        ("The Trade Office on Tuesday raised duties on Chinese chips from 25 percent to 50 percent by 2026.",
         "50 percent", "kind", "target"),
        # a country's data kept as written; exports worth a sum, and where they went
        ("China exported $368 million worth of electric vehicles to the United States, according to U.S. trade data.",
         "$368 million", "attributed_to", "U.S. trade data"),
        ("China exported $368 million worth of electric vehicles to the United States, according to U.S. trade data.",
         "$368 million", "metric", "electric vehicle exports to united states"),
        # `the island` is the place named last; a bare `share` after a share is that share; a forecast's time after
        # `, and the council expects` is not the figure's before it
        ("Taiwan’s births hit a record low. The island’s total fertility rate dropped to 0.87 in 2023.", "0.87",
         "entity", "Taiwan"),
        (("People aged 65 and older made up 19.2 percent of the population, and the council expects the share to "
          "exceed 20 percent in 2025."), "20 percent", "metric", "people aged 65 and older share of population"),
        (("People aged 65 and older made up 19.2 percent of the population, and the council expects the share to "
          "exceed 20 percent in 2025."), "19.2 percent", "period", None),
        # figures given `respectively` take the listed series in order, and a shared head (`rates of`)
        ("Exports and imports rose 5% and 3%, respectively.", "3%", "metric", "imports"),
        ("Exports and imports rose 5% and 3%, respectively.", "3%", "kind", "change"),
        ("The detected rates of depression and anxiety risks were 21.48 percent and 45.28 percent respectively.",
         "45.28 percent", "metric", "detected rates of anxiety risks"),
        # a fiscal year across two years is no part of a series' name; a two-word title before a name
        ("The city’s budget deficit for the 2023-24 fiscal year would be about HK$100 billion.", "HK$100 billion",
         "metric", "budget deficit"),
        (("Hong Kong’s Financial Secretary Paul Chan said the deficit would be about HK$100 billion."),
         "HK$100 billion", "attributed_to", "Paul Chan"),
        # a title set off by commas is what earned; `of his` students are the person's
        ("The year’s top film, “Full River Red,” earned 4.54 billion yuan.", "4.54 billion yuan", "entity",
         "Full River Red"),
        (("Uyghur economist Ilham Tohti was convicted in 2014, his daughter Jewher Ilham said. Seven of his former "
          "students were also sentenced."), "Seven", "entity", "Ilham Tohti"),
        # `he` is the person the sentences before were about
        (("Police took away rights lawyer Li Heping, his wife Wang Qiaoling said. Wang Qiaoling was at home. Li had "
          "visited a client. He was sentenced in 2017 to three years in prison."), "three years", "entity", "Li Heping"),
        # an officer named with the company before the title speaks for it; `O’Leary` is one name
        ("Ryanair chief executive Michael O’Leary said traffic would reach 206 million passengers.", "206 million",
         "attributed_to", "Michael O’Leary (Ryanair)"),
        ("Tesla CEO Elon Musk said it would sell 2 million cars.", "2 million", "attributed_to", "Elon Musk (Tesla)"),
        ("Chile produced 5.5 million tons of copper, the country’s copper commission Cochilco said.",
         "5.5 million tons", "attributed_to", "Cochilco"),
        # what a firm is, before its name, is not part of it
        ("State miner Codelco increased its output by 1.2% to 1.33 million tons.", "1.33 million tons", "entity",
         "Codelco"),
        ("Automaker BYD sold 4.3 million cars.", "4.3 million", "entity", "BYD"),
        ("Bank Negara Malaysia said reserves rose 5% to $117 billion.", "$117 billion", "attributed_to",
         "Bank Negara Malaysia"),
        # a reporting year that ends before December crosses the new year: no single period
        ("Ryanair carried 200.2 million passengers in the 12 months to the end of March.", "200.2 million", "period",
         None),
        ("Sales rose 5% in the 12 months to the end of December.", "5%", "period", "2023"),
        # the money what was counted is worth is the value of the same series
        ("Its backlog stood at more than 5,600 planes worth $529 billion.", "$529 billion", "metric", "backlog value"),
        # the places a series is measured across are not part of its name
        ("Unemployment in the 20 countries that share the euro held at 6.3% in November.", "6.3%", "metric",
         "unemployment"),
        # who ranks first, and in what, before the figure
        ("Spain had the highest jobless rate at 11.2%.", "11.2%", "metric", "jobless rate"),
        ("Spain had the highest jobless rate, at 11.2%.", "11.2%", "metric", "jobless rate"),
        ("The highest jobless rate was in Spain, at 11.2%.", "11.2%", "entity", "Spain"),
        ("Malta had the lowest inflation rate at 0.5%.", "0.5%", "metric", "inflation rate"),
        # a sector is a series; a load factor is one too
        ("Manufacturing grew 4.4% in the fourth quarter.", "4.4%", "metric", "manufacturing"),
        ("Its load factor, the share of seats filled, held at 93%.", "93%", "metric", "load factor"),
        # a total since an outbreak was declared is open-ended; aid needed after months of war is no goal
        ("A cholera outbreak has killed at least 388 people since it was declared in August.", "388", "period", None),
        ("Nearly 25 million people need humanitarian aid after 18 months of war.", "18 months", "kind", "level"),
        # a time to come is no time of what has been done
        (("The WHO said it had shipped 404,000 doses to Kassala, where a vaccination campaign would begin next "
          "week."), "404,000", "period", None),
        # a regime named by what it is; the toll, whatever caused it; a quake's magnitude is no index of the toll
        ("The toll rose to 3,085 on Thursday, the military government said.", "3,085", "attributed_to",
         "military government"),
        ("The death toll from the earthquake that struck central Myanmar on March 28 rose to 3,085.", "3,085",
         "metric", "death toll"),
        ("The death toll from the magnitude 7.7 earthquake rose to 3,085.", "3,085", "unit", "count"),
        ("The toll rose to 3,085, with 4,715 people injured and 341 still missing.", "341", "metric", "missing"),
        ("The toll rose to 3,085, with 4,715 people injured and 341 still missing.", "341", "counted", "people"),
        ("The epicenter was near Mandalay, the country’s second-largest city, home to about 1.5 million people.",
         "1.5 million", "metric", "population"),
        ("China pledged $137 million in aid, while the United States offered $9 million.", "$9 million", "entity",
         "United States"),
        # a company named again by where it is from; a loss reversed is of its own year
        (("SK Hynix reported an operating profit of 8.08 trillion won for the fourth quarter of 2024. For the full year, "
          "the South Korean chipmaker’s operating profit reached 23.47 trillion won, reversing a loss of 7.73 "
          "trillion won in 2023."), "23.47 trillion won", "period", "2024"),
        (("SK Hynix reported an operating profit of 8.08 trillion won. The South Korean chipmaker’s revenue rose 75%."),
         "75%", "entity", "SK Hynix"),
        ("Output rose 9% from February as the field ramped up a $48 billion expansion.", "$48 billion", "kind",
         "level"),
        # the world as a subject; what a share was of, after it
        ("The world installed a record 117 gigawatts of wind capacity in 2024.", "117 gigawatts", "entity", "world"),
        ("China accounted for 70% of the new capacity, adding 79.8 gigawatts.", "79.8 gigawatts", "metric",
         "new capacity"),
        # where imports came from is not whose they are, all of the places named
        ("Indonesia imported a record 4.52 million tons of rice in 2024, most of it from Thailand and Vietnam.",
         "4.52 million tons", "entity", "Indonesia"),
        # the base of a goal with its time between; a statement of its own after `, and has`
        (("The government aims to raise rice production to 32 million tons in 2025 from 30.34 million tons last "
          "year, and has set aside 139.4 trillion rupiah for programs."), "30.34 million tons", "metric",
         "rice production"),
        (("The government aims to raise rice production to 32 million tons in 2025 from 30.34 million tons last "
          "year, and has set aside 139.4 trillion rupiah for programs."), "139.4 trillion rupiah", "kind", "level"),
        ("Indonesia will not import rice this year after stockpiles reached 2 million tons.", "2 million tons",
         "kind", "level"),
        # a rate named by what may be done to it is the rate as it stands
        ("Economists said the central bank would cut its 4.35% cash rate in February.", "4.35%", "kind", "level"),
        ("Economists said the central bank would cut its 4.35% cash rate in February.", "4.35%", "period", None),
        # demographers are unnamed; what a relative clause hangs on may be in lower case
        (("Divorces rose to 2.62 million in 2024, the Ministry of Civil Affairs said. Demographers say the number of "
          "marriages is a leading indicator of births, which totaled 9.54 million last year."), "9.54 million",
         "metric", "births"),
        (("Divorces rose to 2.62 million in 2024, the Ministry of Civil Affairs said. Demographers say the number of "
          "marriages is a leading indicator of births, which totaled 9.54 million last year."), "9.54 million",
         "attributed_to", None),
        # a census credited by what it is; a quoted name after a duration
        ("About 9.4 million of its residents do not hold a local hukou, according to the seventh national census.",
         "9.4 million", "attributed_to", "seventh national census"),
        ("The ministry introduced a 30-day “cooling-off period” for divorce applications in 2021.", "30-day",
         "metric", "cooling-off period duration"),
        # a unit converted in brackets is no figure of the sentence before
        (("At least 12 villagers were detained, and five were injured.\n\nVillagers said the government offered "
          "30,000 yuan per mu (about 667 square meters)."), "667 square meters", "metric", None),
        # a multiple after `, but more than` is of the figure before
        # `the national statistics institute INEI`; a central bank's governor; a poll's maker before the forecast
        ("Peru’s economy grew 3.3% in 2024, the national statistics institute INEI said.", "3.3%", "attributed_to",
         "INEI"),
        ("Central bank governor Julio Velarde said the economy could grow 3.2% this year.", "3.2%", "attributed_to",
         "Julio Velarde"),
        ("Economists in a Reuters poll had expected a cut of 150 basis points.", "150 basis points", "attributed_to",
         "Reuters"),
        # `with Vietnam supplying 46%`: Vietnam's share; `those from Thailand`: Thailand's shipments
        ("China imported 1.56 million tonnes of durian, with Vietnam supplying 46% of the fruit.", "46%", "entity",
         "Vietnam"),
        ("Shipments from Vietnam rose 55%, while those from Thailand fell 9% to 780,000 tonnes.", "9%", "entity",
         "Thailand"),
        # the Supreme People’s Court keeps its possessive; a website named by what it is; a report in a month
        ("Zhang Jun, president of the Supreme People’s Court, said courts concluded 45.4 million cases in 2024.",
         "45.4 million", "attributed_to", "Zhang Jun (Supreme People’s Court)"),
        ("The Falun Gong website Minghui reported that at least 1,190 practitioners were sentenced in 2024.",
         "1,190", "attributed_to", "Minghui"),
        ("A Human Rights Watch report in May estimated that 930,000 rural Tibetans had been relocated.", "930,000",
         "attributed_to", "Human Rights Watch"),
        ("They sentenced 231 practitioners, including some over the age of 65.", "65", "qualifier", "more_than"),
        # an autonomous region is its place; `according to the regional government` is that place's
        (("Authorities in the Tibet Autonomous Region said they would move 130,000 residents by 2030. The region has "
          "relocated more than 100,000 people, according to the regional government."), "100,000", "attributed_to",
         "Tibet regional government"),
        # `the country` after China's provinces is China
        (("Shanxi and Shaanxi accounted for about 72 percent of national production. The country’s coal imports hit "
          "542.7 million tonnes."), "542.7 million tonnes", "entity", "China"),
        # a comparison with this year is a change; a time to come before the figure is still its time
        ("Graduates will reach a record 12.22 million next year, 430,000 more than this year.", "430,000", "kind",
         "change"),
        ("Graduates will reach a record 12.22 million next year, 430,000 more than this year.", "430,000", "period",
         "2025"),
        # a month is no city; `of them` are the visitors; two months combined are their quarter
        (("Revenue fell 11 percent in February, the city’s gaming bureau said. The city received 3.44 million "
          "visitors in February, 78 percent of them from mainland China."), "78 percent", "metric",
         "share of visitors"),
        ("Revenue in January and February combined was 38.03 billion patacas.", "38.03 billion patacas", "period",
         "2024-Q1"),
        # what a company founded then does now is of no time named; `was valued at` is a valuation
        ("Shein, founded in China in 2008 and now based in Singapore, ships to more than 150 countries.", "150",
         "period", None),
        ("Shein ships to customers in more than 150 countries. It was valued at $66 billion in May 2023.",
         "$66 billion", "metric", "valuation"),
        # what helped a change is another event, with a time of its own
        ("The number of births rose 3.6 percent to 238,300, helped by a 14.8 percent jump in marriages in 2023.",
         "3.6 percent", "period", None),
        # `fishermen` is a plural; `Hui` is Hui Ka Yan, named in full before
        ("Police detained two Chinese fishermen near the islands.", "two", "counted", "Chinese fishermen"),
        ("Evergrande sought money from its founder, Hui Ka Yan. Hui was fined 47 million yuan last year.",
         "47 million yuan", "entity", "Hui Ka Yan"),
        # official statistics, kept as written; where a filing was made is no source
        ("The city’s average disposable income is about 55,000 yuan a year, according to official statistics.",
         "55,000 yuan", "attributed_to", "official statistics"),
        ("The liquidators are seeking about $6 billion from the founder, according to a court filing in Hong Kong.",
         "$6 billion", "attributed_to", None),
        # what a spending plan follows is another clause, with its own time
        (("Tencent reported a net profit of 51.3 billion yuan for the fourth quarter. It said it would spend more on "
          "AI in 2025 after capital expenditure rose to 36.6 billion yuan in the quarter."), "36.6 billion yuan",
         "metric", "capital expenditure"),
        (("Tencent reported a net profit of 51.3 billion yuan for the fourth quarter. It said it would spend more on "
          "AI in 2025 after capital expenditure rose to 36.6 billion yuan in the quarter."), "36.6 billion yuan",
         "period", "2023-Q4"),
        # `six more activists` are so many others, no change; `Carmen` is no plural
        ("Police issued warrants for six more overseas activists. The six include Carmen Lau, 29.", "six", "kind",
         "level"),
        ("The city had 500 fewer cases than in 2023.", "500", "kind", "change"),
        # a newspaper credited by what it is; a ranking's other places are not `the city`
        ("The city has recruited more than 20,000 grid workers, the official Chongqing Daily reported.", "20,000",
         "attributed_to", "Chongqing Daily"),
        (("Shenzhen’s GDP grew 5.8 percent in 2024, making it the third-largest city economy after Shanghai and "
          "Beijing. The city’s foreign trade rose 16.4 percent."), "16.4 percent", "entity", "Shenzhen"),
        # a fiscal year to mid-July is named by the year it ends in
        ("Bilateral trade was about $1.9 billion in the fiscal year to mid-July.", "$1.9 billion", "period", "2023"),
        # a half named without its year after one named with it is of that year; a base quarter, of the year before
        ("The poverty rate fell to 38.1% in the second half of 2024 from 52.9% in the first half.", "52.9%",
         "period", "2024-H1"),
        ("Sales rose 5% in the first quarter of 2025, up from 3% in the fourth quarter.", "3%", "period", "2024-Q4"),
        # `by a cumulative 900 basis points` is a move; an inflation rate measured on a year is a reading
        ("The central bank has cut its key policy rate by a cumulative 900 basis points since June to 13%.",
         "900 basis points", "kind", "change"),
        ("Consumer price inflation slowed to 4.1% year on year in December.", "4.1%", "kind", "level"),
        ("Consumer prices rose 0.2% year on year in December.", "0.2%", "kind", "change"),
        # a body named by its initials, then what it is
        ("Consumer prices rose 2.2% in January, the INDEC statistics agency said.", "2.2%", "attributed_to", "INDEC"),
        # a body described, then named between commas; `born after 1990` is no time of the figure
        (("China’s top anti-corruption body, the Central Commission for Discipline Inspection, said it had punished "
          "889,000 people in 2024."), "889,000", "attributed_to", "Central Commission for Discipline Inspection"),
        ("About 40 percent of pet owners were born after 1990.", "40 percent", "period", None),
        # `it` to grow is the series named before; a percent compared right after a figure is that figure's series
        ("China’s navy has more than 370 ships and submarines, and is expected to grow it to 435 ships by 2030.",
         "435", "metric", "ships"),
        ("Mainland visitors made 34 million trips to Hong Kong, about 26 percent fewer than in 2018.", "26 percent",
         "metric", "trips made to hong kong"),
        # oversubscribed so many times is a multiple; `data center projects` are projects
        ("The retail portion of the IPO was oversubscribed 5,258 times.", "5,258 times", "unit", "times"),
        ("The state has approved 42 data center projects.", "42", "counted", "data center projects"),
        # a raise taking effect on a day, after a figure with a comma in it
        ("Beijing will raise its monthly minimum wage by 120 yuan to 2,540 yuan from September 1.", "2,540 yuan",
         "period", "2024-09-01"),
        # an office of many words; a state of a country, and its government
        ("Beijing will raise its wage to 2,540 yuan, the municipal human resources and social security bureau said.",
         "2,540 yuan", "attributed_to", "municipal human resources and social security bureau"),
        (("Investment in data centers in Malaysia’s southern state of Johor has reached about 164 billion ringgit, "
          "the state government said."), "164 billion ringgit", "entity", "Johor"),
        (("Investment in data centers in Malaysia’s southern state of Johor has reached about 164 billion ringgit, "
          "the state government said."), "164 billion ringgit", "attributed_to", "Johor state government"),
        # a year, then `compared with`, is no noun the money is in
        ("Spotify posted net income of 1.14 billion euros in 2024 compared with a loss.", "1.14 billion euros",
         "metric", "net income"),
        (("Agents encountered 37,954 Chinese nationals in fiscal 2024, down from 37,439 the year before, but more "
          "than 10 times the number in fiscal 2022."), "10 times", "metric", "chinese nationals encountered"),
        ("Hydropower output across China fell 1.2 percent in March.", "1.2 percent", "metric", "hydropower output"),
        (("The zone is home to more than 140 robotics companies, whose output value reached 10 billion yuan last "
          "year."), "10 billion yuan", "metric", "output value"),
        (("The zone is home to more than 140 robotics companies, whose output value reached 10 billion yuan last "
          "year."), "140", "period", None),
        (("The zone is home to more than 140 robotics companies, whose output value reached 10 billion yuan last "
          "year."), "10 billion yuan", "period", "2023"),
        ("The country has more than 2,500 overseas warehouses, Vice Minister of Commerce Wang Shouwen said.", "2,500",
         "attributed_to", "Wang Shouwen"),
        (("Rice exports will fall to 7.5 million tonnes, the Thai Rice Exporters Association said. The price fell to "
          "$418 a tonne, the association’s honorary president Chookiat Ophaswongse said."), "$418", "attributed_to",
         "Chookiat Ophaswongse (Thai Rice Exporters Association)"),
        (("Meituan completed more than 450,000 drone deliveries in 2024, most of them in Shenzhen, the company said "
          "in a statement."), "450,000", "attributed_to", "Meituan"),
        (("Meituan completed more than 450,000 drone deliveries in 2024, most of them in Shenzhen, the company said "
          "in a statement."), "450,000", "entity", "Meituan"),
        ("It made 450,000 deliveries in 2024 in Shenzhen, where its drones now serve 53 routes.", "53", "period", None),
        ("The price of white rice fell to $418 a tonne.", "$418", "metric", "white rice price"),
        ("The average price of new homes rose to 55,860 yuan.", "55,860 yuan", "metric", "average new home price"),
        ("Machinery prices of Evergreen Steel fell 2%.", "2%", "metric", "machinery prices of evergreen steel"),
        (("The average waiting time fell to 5.5 years at the end of March, down from 5.7 years three months "
          "earlier."), "5.7 years", "period", "2023-12"),
        (("The average waiting time fell to 5.5 years at the end of March, down from 5.7 years three months "
          "earlier."), "5.7 years", "metric", "average waiting time"),
        ("Sales rose 5 percent in March from three months earlier.", "5 percent", "compared_to", "2023-12"),
        ("Malaysia’s palm oil inventories at the end of March fell 14.2 percent.", "14.2 percent", "metric",
         "palm oil inventories"),
        ("Malaysia’s palm oil inventories at the end of March fell 14.2 percent.", "14.2 percent", "entity", "Malaysia"),
        (("Hong Kong received 3.44 million visitor arrivals in March. Mainland visitors made up about 78 percent "
          "of the total."), "78 percent", "metric", "mainland visitors share of visitor arrivals"),
        (("Universities hosted about 260,000 international students in 2023. The ministry aims to bring the number "
          "back to 500,000 by 2030."), "500,000", "metric", "international students hosted"),
        ("China Vanke’s sales fell 11 percent in 2023, according to its annual report.", "11 percent", "attributed_to",
         "China Vanke"),
        ("Sales fell 11 percent in 2023, according to its annual report.", "11 percent", "attributed_to", None),
        (("The Party had 99.185 million members at the end of 2023, an increase of 1.144 million over the end of "
          "2022."), "1.144 million", "period", "2023"),
        (("The Party had 99.185 million members at the end of 2023, an increase of 1.144 million over the end of "
          "2022."), "1.144 million", "compared_to", "2022"),
        (("More than 16,000 mosques have been destroyed since 2017, according to estimates by the Australian "
          "Strategic Policy Institute."), "16,000", "entity", None),
        ("The vacancy rate for Grade A offices rose to 27.1 percent.", "27.1 percent", "metric",
         "vacancy rate for grade a offices"),
        (("About 1.2 million square meters of office space will be completed this year, JLL’s head of research for "
          "South China, Li Ming, said."), "1.2 million square meters", "attributed_to", "Li Ming (JLL)"),
        (("Fujian will pay 10,000 yuan, the provincial health commission said on Friday. The province recorded "
          "296,000 births in 2023."), "296,000", "attributed_to", "provincial health commission"),
        (("Tutoring schools have been cut by 92 percent since the “double reduction” policy was introduced in July "
          "2021, from 124,000 to about 9,700."), "92 percent", "period", None),
        (("Tutoring schools have been cut by 92 percent since the “double reduction” policy was introduced in July "
          "2021, from 124,000 to about 9,700."), "124,000", "metric", "tutoring schools"),
        ("DJI holds about 70 percent of the drone market and sold 5 million drones last year.", "70 percent", "metric",
         "drone market share"),
        ("DJI holds about 70 percent of the drone market and sold 5 million drones last year.", "70 percent", "period",
         None),
        ("Typhoon Krathon killed two people and injured 200 on Thursday.", "two", "period", "2024-05-02"),
        ("Fujian will give 10,000 yuan for a third child born after January 1, 2025.", "10,000 yuan", "period", None),
        ("The number of people aged 60 and over reached 297 million at the end of 2023.", "297 million", "metric",
         "people aged 60 and over"),
        (("Farmers in a Hunan township earn less than 10,000 yuan. The national average disposable income of rural "
          "residents was 21,691 yuan in 2023."), "21,691 yuan", "entity", "China"),
        ("China’s “silver economy,” the businesses serving the elderly, is worth about 7 trillion yuan.",
         "7 trillion yuan", "metric", "silver economy"),
        ("Inflation slowed to 2.1 percent in April, below the 2.5 percent median forecast in a Reuters poll.",
         "2.5 percent", "kind", "target"),
        ("Transactions on India’s UPI rose to a record 16.73 billion in April.", "16.73 billion", "entity", "India"),
        ("The price of a COE for smaller cars rose to 98,898 Singapore dollars.", "98,898 Singapore dollars", "metric",
         "price of coe for smaller cars"),
        ("The premium rose 4.4 percent on Wednesday from two weeks earlier.", "4.4 percent", "compared_to",
         "2024-04-17"),
        ("A COE, which gives the right to own a car for 10 years, was priced at 50,000 Singapore dollars in 2020.",
         "10 years", "period", None),
        (("Exports rose 8.2% in 2023, driven by chip shipments, which jumped 43.9% to $141.9 billion, the ministry "
          "said."), "43.9%", "period", "2023"),
        (("Advertising revenue, which accounts for about 87 percent of the total, fell 3 percent in the second "
          "quarter."), "87 percent", "period", "2024-Q2"),
        ("Kenya owes China about $6.3 billion, most of it for the railway.", "$6.3 billion", "metric",
         "debt owed to china"),
        ("Kenya owes China about $6.3 billion, most of it for the railway.", "$6.3 billion", "entity", "Kenya"),
        ("About 2,300 teachers are affected, each owed an average of 15,600 yuan.", "15,600 yuan", "metric", None),
        (("China operates about 2,700 vessels, according to a report, which has estimated that the real figure may be "
          "as high as 17,000."), "17,000", "metric", "vessels"),
        ("Guangzhou plans to renovate 127 urban villages, the city’s housing and urban-rural development bureau said.",
         "127", "attributed_to", "Guangzhou housing and urban-rural development bureau"),
        ("Chinese authorities brought back 1,624 fugitives from 46 countries and regions in 2023.", "1,624", "period",
         "2023"),
        (("China has set up at least 102 police stations in 53 countries, up from 54 stations it identified in "
          "September."), "102", "period", None),
        (("The railway has carried more than 40 million passengers since it opened in December 2021, the company "
          "said."), "40 million", "period", None),
        ("A Macau court sentenced Alvin Chau to 18 years in prison, the court said on Wednesday.", "18 years",
         "attributed_to", "Macau court"),
        ("At least 176 hospital presidents were investigated in 2023, according to a tally by The Paper.", "176",
         "attributed_to", "The Paper"),
        ("The commission said the campaign, which covers more than 36,000 hospitals, would last for one year.",
         "one year", "metric", "campaign duration"),
        (("Hangzhou will install about 60,000 new cameras this year, according to a procurement notice issued by the "
          "city’s public security bureau."), "60,000", "attributed_to", "Hangzhou public security bureau"),
        (("Pakistan imported 17 gigawatts of solar panels in 2024, more than double the 7.5 gigawatts it bought a year "
          "earlier."), "7.5 gigawatts", "metric", "solar panel imports"),
        ("Households switched to solar to escape tariffs that have risen by more than 150 percent since 2021.",
         "150 percent", "metric", "tariffs"),
        ("Since the first train ran in 2011, the service has made more than 100,000 trips.", "100,000", "period", None),
        ("Trips by South Koreans to China rose 45 percent in the first quarter.", "45 percent", "metric",
         "trips by south koreans to china"),
        ("The trains reach 285 kilometers per hour, covering the 515-kilometer route in 2.4 hours.", "2.4 hours",
         "unit", "hour"),
        ("Prices fell to about 120,000 tugriks per kilogram.", "120,000 tugriks", "unit", "MNT"),
        ("Authorities cut Tibetan-language instruction to about four hours a week.", "four hours", "metric",
         "tibetan-language instruction"),
        ("Johnson & Johnson said on Tuesday its net profit fell 5 percent.", "5 percent", "attributed_to",
         "Johnson & Johnson"),
        ("Tencent said on Wednesday its net profit rose 5 percent in the third quarter.", "5 percent", "entity",
         "Tencent"),
        ("The People’s Bank of China said on Friday it would cut the ratio by 50 basis points.", "50 basis points",
         "entity", "People’s Bank of China"),
        ("Hotels reported average occupancy of 85.8 percent in February.", "85.8 percent", "attributed_to", None),
        ("Hotels reported average occupancy of 85.8 percent in February.", "85.8 percent", "metric",
         "average occupancy"),
        ("Exporters said the unrest cost the industry about $400 million in lost orders.", "$400 million",
         "attributed_to", None),
        ("The utility lost 2.8 trillion kip last year.", "2.8 trillion kip", "unit", "LAK"),
        ("Uzbekistan exported 5.36 billion cubic meters of gas in 2023, state statistics showed.",
         "5.36 billion cubic meters", "attributed_to", "state statistics"),
        ("Exports rose 5 percent in 2023, official data showed.", "5 percent", "attributed_to", "official data"),
        ("Yunnan exported 1.39 billion yuan of flowers in 2023, according to the Kunming customs district.",
         "1.39 billion yuan", "attributed_to", "Kunming customs"),
        ("The average ticket price was 42.1 yuan, a little lower than the 45.3 yuan of 2022.", "42.1 yuan", "period",
         None),
        ("The average ticket price was 42.1 yuan, a little lower than the 45.3 yuan of 2022.", "45.3 yuan", "period",
         "2022"),
        ("The utility owes about $5 billion, much of it to Chinese lenders, and lost 2.8 trillion kip last year.",
         "$5 billion", "period", None),
        ("The deficit was HK$87.2 billion, larger than the HK$48.1 billion originally forecast.", "HK$48.1 billion",
         "kind", "target"),
        (("Bangladesh has recorded 301,255 dengue cases so far this year, the Directorate General of Health Services "
         "said on Sunday."), "301,255", "attributed_to", "Directorate General of Health Services"),
        (("Output fell 11.7 per cent in 2024, the Society of Motor Manufacturers and Traders (SMMT) said. Mike Hawes, "
         "SMMT chief executive, said the sector had cut 1,200 jobs last year."), "1,200", "attributed_to",
         "Mike Hawes (Society of Motor Manufacturers and Traders)"),
        ("Investment rose to £23.6bn in 2024, and the SMMT expects output to recover to about 1m cars a year by 2027.",
         "1m", "attributed_to", "SMMT"),
        ("Pakistan remained the biggest buyer, taking 39 percent of shipments.", "39 percent", "entity", "Pakistan"),
        ("Thailand exported 929,000 tonnes of fresh durians worth 110 billion baht in 2023.", "110 billion baht",
         "metric", "fresh durian exports value"),
        ("The court fined him 3 million yuan for taking bribes worth 51.3 million yuan.", "51.3 million yuan", "metric",
         "bribes"),
        ("The retail price stays at 1,499 yuan, although the bottles sell for about 2,800 yuan on the open market.",
         "2,800 yuan", "metric", "bottles price"),
        ("A single ride costs 3 yuan depending on distance.", "3 yuan", "metric", "single ride cost"),
        (("The metro carried 13.39 million passengers on March 8. The previous record of 13.29 million was set on "
         "December 31, 2023."), "13.29 million", "metric", "passengers carried"),
        ("China’s blue-chip CSI 300 index jumped 15.7 percent this week.", "15.7 percent", "unit", "percent"),
        ("The Shanghai Composite index rose 8.1 percent on Friday.", "8.1 percent", "entity", "China"),
        ("Goldman Sachs raised its target for the S&P 500 to 6,000 from 5,600.", "6,000", "kind", "target"),
        ("The county must deliver 320 recruits in total, twice the number it sent in 2022.", "320", "period", None),
        (("Taiwan’s defense ministry said on Thursday it had detected 32 Chinese military aircraft around the "
          "island."), "32", "entity", "Taiwan"),
        ("The Hang Seng index gained 13 percent over the five days.", "13 percent", "metric", "hang seng index"),
        ("The county has ordered every township to send at least 15 young men to the army.", "15", "kind", "target"),
        ("The court ordered him to pay 3 million yuan.", "3 million yuan", "kind", "level"),
        (("The minimum basic pension was raised by 20 yuan to 123 yuan a month from July 1, the first increase in "
          "four years."), "123 yuan", "period", "2023-07-01"),
        ("Lionel Messi has scored 838 career goals in 1,068 games.", "1,068", "kind", "level"),
        ("The train cuts the journey from eight hours to three and a half.", "three and a half", "unit", "hour"),
        ("The market opened at 9:30 a.m. and closed 3 pc higher.", "3 pc", "metric", "market"),
        ("The ECB raised rates 10 times in a row, taking the deposit rate to a record 4%.", "4%", "metric",
         "deposit rate"),
        (("Jiangsu will cut coal use by 10 million tonnes by 2027, according to a plan released by the provincial "
          "development and reform commission on Monday."), "10 million tonnes", "attributed_to",
         "provincial development and reform commission"),
        (("A notice issued by the housing bureau of Jianli County requires each department to help sell at least "
          "five apartments."), "five", "attributed_to", "Jianli County housing bureau"),
        (("The port, leased to China Merchants for 99 years in 2017, handled 2.3 million tonnes of cargo in 2023. "
          "Vehicle transshipments rose to 670,000 units."), "670,000", "period", "2023"),
        ("Nepal received 1.45 trillion rupees in remittances.", "1.45 trillion rupees", "unit", "NPR"),
        (("Nepal received $10.9 billion in remittances in the fiscal year that ended in mid-July, a 20.5 percent "
          "increase."), "$10.9 billion", "period", "2023"),
        ("Former editor Chung Pui-kuen was jailed. Chung, 54, had spent a year in custody.", "54", "entity",
         "Chung Pui-kuen"),
        (("Resistant infections killed 1.14 million people in 2021, according to a study published in The Lancet on "
          "Monday. The researchers forecast that deaths could reach 1.91 million a year by 2050."), "1.91 million",
         "attributed_to", "The Lancet"),
        (("Indonesia banned exports of bauxite. The country exported 27.7 million tonnes of bauxite in 2022, mostly "
          "to China."), "27.7 million tonnes", "entity", "Indonesia"),
        ("The two men, aged 27 and 34, told interrogators they had paid about 300,000 rubles.", "34", "metric", "age"),
        ("The two men told interrogators they had paid about 300,000 rubles to recruiters.", "300,000 rubles", "metric",
         "payment"),
        (("Macau received 34.9 million visitors in 2024, up 23.8 percent from 2023 and about 88 percent of the 2019 "
          "level."), "88 percent", "period", "2024"),
        (("Office rents fell 7.2 percent in 2024, the fifth consecutive annual decline, and are now 40 percent below "
          "their 2019 peak."), "7.2 percent", "compared_to", "2023"),
        (("Floods in Brazil’s southern state of Rio Grande do Sul have killed at least 169 people. Some 2.3 million "
          "people, about a fifth of the state’s population, have been affected."), "a fifth", "entity",
         "Rio Grande do Sul"),
        ("The index stayed above the 50 mark that separates growth from contraction.", "50", "unit", "index"),
        (("The official non-manufacturing PMI from the National Bureau of Statistics fell to 51.2 in April."), "51.2",
         "unit", "index"),
        (("The official non-manufacturing PMI from the National Bureau of Statistics fell to 51.2 in April."), "51.2",
         "attributed_to", "National Bureau of Statistics"),
        (("The official non-manufacturing PMI from the National Bureau of Statistics fell to 51.2 in April."), "51.2",
         "metric", "non-manufacturing pmi"),
        (("The Shenzhen Municipal Public Security Bureau will recruit 1,000 grid workers, according to a recruitment "
          "notice posted on its website on March 3."), "1,000", "attributed_to",
         "Shenzhen Municipal Public Security Bureau"),
        ("Former Yunnan Communist Party Secretary Qin Guangrong, 74, was sentenced on Tuesday.", "74", "entity",
         "Qin Guangrong"),
        (("Since President Xi Jinping launched his anti-corruption campaign in 2012, more than 600 officials have been "
          "investigated."), "600", "period", None),
        ("The oldest was 91 years old.", "91 years", "metric", "age"),
        ("Those over 50 years old rose to 30.6 percent.", "50 years", "metric", "age"),
        ("Net inflow of residents was 110,900.", "110,900", "counted", "residents"),
        (("The Caixin manufacturing PMI, which focuses on smaller and export-oriented firms, came in at 50.4, its "
          "sixth month in expansion."), "50.4", "unit", "index"),
        ("The cost of raising a child to 18 was about 538,000 yuan.", "18", "metric", "age"),
        (("China Labour Bulletin recorded 719 worker protests in Guangdong in 2024, up from 438 in 2023 and accounting "
          "for more than a quarter of the 2,509 incidents it logged nationwide."), "2,509", "period", "2024"),
        ("Tesla sold 1.8 million cars in 2023, the company said.", "1.8 million", "attributed_to", "Tesla"),
        (("CATL plans to raise its annual production capacity to 800 gigawatt-hours by 2025, the company said in its "
          "annual report."), "800 gigawatt-hours", "entity", "CATL"),
        (("China banned the imports. In the first eleven months, imports of Japanese seafood fell 59.8 percent "
          "year-on-year to 628 million yuan."), "628 million yuan", "metric", "imports of japanese seafood"),
        ("Global installations of EV batteries totaled 364.6 gigawatt-hours in the period.", "364.6 gigawatt-hours",
         "entity", "world"),
        ("The bonds have maturities of 20, 30 and 50 years.", "20", "unit", "year"),
        (("Two Philippine vessels were damaged near Scarborough Shoal on Monday, the Philippine coast guard said. It "
          "said about 10 Chinese ships shadowed the boats for nearly eight hours."), "10", "attributed_to",
         "Philippine coast guard"),
        (("Luckin Coffee said on Monday it had opened its 20,000th store. The company added 3,000 stores in the first "
          "three months of 2024 alone."), "3,000", "attributed_to", "Luckin Coffee"),
        ("Carmakers cut prices on at least 60 models in the first three weeks of March.", "60", "period", "2024-03"),
        (("Sales fell 19.7 percent, according to the China Passenger Car Association. Cui Dongshu, secretary-general "
          "of the association, said margins had fallen to 4.3 percent in 2023."), "4.3 percent", "attributed_to",
         "Cui Dongshu (China Passenger Car Association)"),
        (("The plan aims to raise the share of villages with 5G coverage to 90 percent, from 62 percent at the end of "
          "2022, and to train 100,000 rural residents in live-streaming sales."), "100,000", "period", None),
        (("Shenzhen will open five new metro lines by the end of 2025, the city’s metro company said on Wednesday."),
         "five", "attributed_to", "Shenzhen metro company"),
        (("China’s six largest banks cut their deposit rates on Wednesday for the third time this year, lowering the "
          "one-year rate by 10 basis points."), "10 basis points", "period", "2024-05-01"),
        (("Revenue fell 2.8 percent year on year in the first quarter. Excluding the effect of tax cuts from last year, "
          "revenue grew about 1.3 percent."), "1.3 percent", "compared_to", "2023-Q1"),
        ("Net interest margins at Chinese banks shrank to a record low of 1.54 percent.", "1.54 percent", "entity",
         "China"),
        ("Guangzhou recorded 256.6 millimeters of rain in 24 hours to 8 a.m. on Monday.", "24 hours", "unit", "hour"),
        ("Prices of goods rose 3.8 percent and services 1.5 percent.", "1.5 percent", "kind", "change"),
        ("The Bank of Japan projects core inflation of 2.5 percent for the fiscal year.", "2.5 percent", "kind",
         "target"),
        ("The company had net income of $128 million in 2023, down from $14.5 billion.", "$14.5 billion", "period",
         None),
        ("Staff see growth of 1.1% in 2025, down from 1.3% previously.", "1.3%", "period", "2025"),
        ("Thailand returned the most, 52, followed by Cambodia with 38.", "52", "unit", "count"),
        ("His company had annual sales of about 50 million yuan before his detention in 2018.", "50 million yuan",
         "period", None),
        (("A Macau court sentenced Levo Chan, the former head of Tak Chun junket group, to 18 years in prison on "
          "Friday, the court said."), "18 years", "attributed_to", "Macau court"),
        (("The mine was fined 1.2 million yuan in 2023, according to records posted on the provincial emergency "
          "management department’s website."), "1.2 million yuan", "attributed_to",
         "provincial emergency management department"),
        (("Henan aims for growth of about 5.5 percent in 2025, according to the government work report delivered by "
          "Governor Wang Kai on January 14."), "5.5 percent", "attributed_to", "Wang Kai"),
        (("Sinovac Biotech said revenue fell 95 percent in 2022. The Beijing-based company had net income of $128 "
          "million in 2022."), "$128 million", "entity", "Sinovac Biotech"),
        ("Kazakhstan exported 1.3 million tonnes, nearly four times the previous year’s volume.", "four times", "kind",
         "change"),
    ],
)
def test_wire_and_business_sentences(text: str, number: str, field: str, expected: object) -> None:
    got = _field(text, number, field, _LEAD)
    assert got == pytest.approx(expected) if isinstance(expected, float) else got == expected


def test_a_company_named_in_full_then_by_its_short_name_is_the_topic_and_the_source(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Sinopec’s Profit Drops\n\n"
        "China Petroleum & Chemical Corp (Sinopec) said on Sunday its net profit for the third quarter fell 52.1 "
        "percent from a year earlier to 8.17 billion yuan.\n\n"
        "Revenue for the quarter slid 13.7 percent. Sinopec chairman Ma Yongsheng told analysts in August that "
        "about a third of new cars sold in China were now electric.\n\n"
        "Source: Reuters, October 27, 2024\n",
    )
    revenue = next(c for c in claims if c.text == "13.7 percent")
    assert (revenue.entity, revenue.attributed_to) == ("China Petroleum & Chemical Corp", "China Petroleum & Chemical Corp")


def test_a_release_credits_the_figures_after_it_until_another_source_speaks(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Hong Kong Hotels Fill Up\n\n"
        "Hong Kong’s hotels were 87 percent full in the first half of the year, up from 81 percent a year earlier, "
        "the Hong Kong Tourism Board said on Thursday.\n\n"
        "The city received 21.1 million visitors between January and June.\n\n"
        "“Visitors are coming, but they are spending less,” said Dane Cheng, the board’s executive director, adding "
        "that spending per overnight visitor had dropped to about HK$6,000.\n\n"
        "Source: South China Morning Post, August 15, 2024\n",
    )
    credited = {c.text: c.attributed_to for c in claims}
    assert credited["21.1 million"] == "Hong Kong Tourism Board"
    assert credited["HK$6,000"] == "Dane Cheng (Hong Kong Tourism Board)"


def test_a_share_told_with_who_takes_it_is_theirs(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Thailand Durian Farmers Face Tighter Chinese Checks\n\n"
        "Thailand exported 929,000 tonnes of fresh durians worth 110 billion baht in 2023, with China buying 97 "
        "percent of them, the Thai commerce ministry said.\n\n"
        "Source: Bangkok Post, May 21, 2024\n",
    )
    entities = {c.text: c.entity for c in claims}
    assert entities == {"929,000 tonnes": "Thailand", "110 billion baht": "Thailand", "97 percent": "China"}


def test_a_definite_count_restates_the_one_before_and_a_headline_span_on_is_no_claim(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Henan Village Bank Depositors Still Waiting Two Years On\n\n"
        "Two years after four rural banks in Henan Province froze deposits, depositors say they have not been repaid. "
        "The four banks, which had attracted deposits from across China, held about 40 billion yuan.\n\n"
        "Source: Epoch Times, July 15, 2024\n",
    )
    assert [c.text for c in claims] == ["four", "40 billion yuan"]


def test_an_economy_s_readings_are_of_its_country_whoever_the_article_quotes(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Caixin Services PMI Rises to 52.7\n\n"
        "The Caixin China General Services Business Activity Index rose to 52.7 in April.\n\n"
        "The official non-manufacturing PMI from the National Bureau of Statistics fell to 51.2 in April. The "
        "construction index dropped 3.2 points to 56.3.\n\n"
        "Wang Zhe, senior economist at Caixin Insight Group, said employment contracted.\n\n"
        "Source: Caixin, May 6, 2024\n",
    )
    assert {c.entity for c in claims} == {"China"}


def test_where_petitioners_travelled_is_not_what_the_article_is_about(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Leaked Document: Hubei City Told to Report Petitioners\n\n"
        "A document issued by the Political and Legal Affairs Commission of Zaoyang City, Hubei Province, requires "
        "each of the city’s 16 townships to report petitioners. The city had 1,126 registered petitioners in 2023, "
        "47 of whom had travelled to Beijing. Townships whose residents reach Beijing will be fined.\n\n"
        "Source: Epoch Times, March 21, 2024\n",
    )
    assert {c.entity for c in claims} == {"Zaoyang City"}


def test_an_article_s_one_source_credits_its_other_figures_of_the_same_years(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Seafood Imports From Japan Collapse\n\n"
        "China imported 141 million yuan of seafood from Japan in November 2022, and 628 million yuan in the "
        "first eleven months of 2023, according to the General Administration of Customs. Imports fell 59.8 "
        "percent in 2023.\n\n"
        "Hong Kong’s imports of Japanese seafood dropped 23.4 percent in 2023. In 2019 they had been 1.2 billion "
        "yuan.\n\n"
        "Source: Chinascope, December 21, 2023\n",
    )
    credited = {c.text: c.attributed_to for c in claims}
    assert credited["23.4 percent"] == "General Administration of Customs"  # Hong Kong's, of 2023
    assert credited["1.2 billion yuan"] is None  # history of another year


def test_what_villagers_told_the_outlet_is_not_the_outlet_s(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Villagers Protest Land Seizure\n\n"
        "More than 500 villagers clashed with police on April 12, according to videos and villagers who spoke to The "
        "Epoch Times.\n\n"
        "Source: Epoch Times, April 18, 2024\n",
    )
    assert [c.attributed_to for c in claims] == [None]


def test_a_list_s_items_take_the_source_of_the_line_leading_into_it(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "China Sets Out Measures to Boost Consumption\n\n"
        "The State Council issued a plan on Wednesday listing measures to boost consumption. Among the targets:\n\n"
        "  1. Raising the minimum monthly pension by at least 20 yuan in 2025.\n"
        "  2. Adding 500,000 childcare places by the end of 2025.\n\n"
        "Source: Xinhua, March 16, 2025\n",
    )
    assert [(c.text, c.attributed_to) for c in claims] == [("20 yuan", "State Council"), ("500,000", "State Council")]


def test_a_body_that_gave_orders_a_notice_holds_is_its_issuer(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Wuhan Issues Red Tourism Quota\n\n"
        "The Wuhan Municipal Party Committee’s Organization Department has told all 270,000 Party members in the city "
        "to visit at least two red tourism sites in 2024, according to a notice reviewed by Chinascope.\n\n"
        "Source: Chinascope, February 28, 2024\n",
    )
    assert {c.attributed_to for c in claims} == {"Wuhan Municipal Party Committee’s Organization Department"}


def test_a_list_of_targets_is_of_the_year_its_lead_names_not_the_day_the_report_was_delivered(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Henan Sets 2025 Targets\n\n"
        "Henan aims for growth of about 5.5 percent in 2025, according to the government work report delivered by "
        "Governor Wang Kai on January 14. The province set the following targets:\n\n"
        "  1. Creating more than 1.1 million new urban jobs.\n\n"
        "Source: Chinascope, January 20, 2025\n",
    )
    assert [(c.text, c.period, c.attributed_to) for c in claims] == [
        ("5.5 percent", "2025", "Wang Kai"),
        ("1.1 million", "2025", "Wang Kai"),
    ]


def test_plain_text_lines_do_not_share_a_source_another_line_credited() -> None:
    text = (
        "About 1 in 5 Americans live in rural areas, according to the Census Bureau. The bureau counted 66 million "
        "rural residents.\nThe ship is 1,200 feet long and can carry up to 7,600 passengers.\n"
        "The drug cut the risk of heart attack by 20%, the CDC says.\n"
    )
    credited = {c.text: c.attributed_to for c in extract(text)}
    assert credited["1,200 feet"] is None and credited["7,600"] is None


def test_a_notice_from_a_body_credits_it_where_the_article_says_the_notice_says(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Tianjin District Told to Cut Petitions\n\n"
        "A notice from the Political and Legal Affairs Commission of Tianjin’s Binhai New Area sets a goal of cutting "
        "petitions by half in 2024, according to a copy obtained by Chinascope.\n\n"
        "Each of the district’s 21 streets and towns must resolve at least 95 percent of complaints, the notice says."
        "\n\nSource: Chinascope, April 2, 2024\n",
    )
    assert {c.attributed_to for c in claims} == {
        "Political and Legal Affairs Commission of Tianjin’s Binhai New Area"
    }


def test_a_deposit_s_term_names_it() -> None:
    text = "Banks lowered the rate on one-year fixed deposits by 10 basis points to 1.35 percent."
    assert [c.text for c in extract(text)] == ["10 basis points", "1.35 percent"]


def test_a_time_frame_over_the_days_is_no_claim() -> None:
    assert [c.text for c in extract("The Hang Seng index gained 13 percent over the five days.")] == ["13 percent"]


def test_a_village_in_a_province_and_a_capital_written_of_as_a_city(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Villagers Clash with Police\n\n"
        "More than 200 police officers were sent to Wangjiacun village in Zhejiang Province on April 12.\n\n"
        "Source: Radio Free Asia, April 15, 2024\n\n"
        "Beijing Expands Trade-In Subsidies\n\n"
        "Beijing will give consumers a subsidy of up to 20 percent, the city’s commerce bureau said on Friday. "
        "Nationally, the central government has allocated 150 billion yuan for trade-ins.\n\n"
        "Source: Global Times, August 30, 2024\n",
        encoding="utf-8",
    )
    parsed = parse_page(page)
    entities = {
        c.text: c.entity for article in parsed.articles for c in extract_article(page.read_text(encoding="utf-8"), article)
    }
    assert entities == {"200": "Wangjiacun village", "20 percent": "Beijing", "150 billion yuan": "China"}


def test_a_headline_number_word_the_body_writes_as_part_of_a_name_is_no_count(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Three Gorges Dam Generates Less Power\n\n"
        "The Three Gorges hydropower station generated 80.2 billion kilowatt-hours in 2022.\n\n"
        "Source: Caixin, January 9, 2023\n\n"
        "Three Big Banks Cut Rates\n\n"
        "ICBC, CCB and ABC cut their deposit rates by 10 basis points on Monday.\n\n"
        "Source: Caixin, May 9, 2023\n",
    )
    found = [c.text for c in claims]
    assert found == ["80.2 billion kilowatt-hours", "Three", "10 basis points"]


def test_an_agency_the_article_cites_is_not_its_topic_and_a_figure_restated_in_a_quote_is_kept_once(
    tmp_path: Path,
) -> None:
    claims = _page_claims(
        tmp_path,
        "Vacant Homes Could House 3 Billion People\n\n"
        "China’s vacant homes could house as many as 3 billion people, a former official said on Saturday. "
        "“Some experts say the vacant homes can be enough for 3 billion people,” he said.\n\n"
        "According to the National Bureau of Statistics, the floor area of unsold new homes stood at 648 million "
        "square meters at the end of August.\n\n"
        "Source: Epoch Times, September 27, 2023\n",
    )
    claims = [c for c in claims]
    assert [(c.text, c.entity) for c in claims] == [
        ("3 billion", "China’s vacant homes"),
        ("648 million square meters", "China"),
    ]


def test_a_term_the_text_points_back_at_and_a_headline_sum_in_rupees_are_each_one_claim(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Pakistan Owes Chinese Power Producers 493 Billion Rupees\n\n"
        "Pakistan owed Chinese power producers 493 billion rupees at the end of June, the ministry said.\n\n"
        "Source: Reuters, August 20, 2024\n\n"
        "Taiwan Extends Conscription\n\n"
        "Military service was extended to one year on January 1. About 9,000 conscripts are expected to enter the "
        "one-year program in 2024.\n\n"
        "Source: Focus Taiwan, December 27, 2023\n",
    )
    found = [(c.text, c.unit) for c in claims]
    assert found == [("493 billion rupees", "PKR"), ("one year", "year"), ("9,000", "count")]


def test_a_place_named_as_a_part_alone_is_not_what_the_article_is_about(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Hospital Chiefs Investigated\n\n"
        "At least 176 hospital presidents were investigated in 2023 in a nationwide campaign. The number was up from "
        "93 in 2022.\n\n"
        "Medical supplies worth 1.35 billion yuan were returned in Guangdong alone.\n\n"
        "Source: Sound of Hope, January 23, 2024\n",
    )
    entities = {c.text: c.entity for c in claims}
    assert (entities["93"], entities["1.35 billion yuan"]) == (None, "Guangdong")


def test_a_country_whose_name_ends_as_a_demonym_does_counts_in_full(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Pakistan Becomes Top Market for Chinese Solar Panels\n\n"
        "Pakistan imported 17 gigawatts of solar panels from China in 2024.\n\n"
        "Rooftop solar now supplies an estimated 20 percent of electricity demand.\n\n"
        "Source: Financial Times, February 3, 2025\n",
    )
    entities = {c.text: c.entity for c in claims}
    assert entities == {"17 gigawatts": "Pakistan", "20 percent": "Pakistan"}


def test_a_reading_at_the_end_of_the_year_early_in_the_next_is_of_the_year_just_ended() -> None:
    text = "Solar capacity reached 887 gigawatts at the end of the year. It aims to add 100 stores by the end of the year."
    periods = {c.text: c.period for c in extract(text, date(2025, 1, 20))}
    assert periods == {"887 gigawatts": "2024", "100": "2025"}


def test_the_quarter_is_the_one_the_figures_were_of_not_a_base() -> None:
    text = (
        "In the fourth quarter, gross domestic product grew 4.3% year on year, slowing from 5.7% in the third quarter.\n\n"
        "Manufacturing grew 4.4% in the quarter."
    )
    claims = {c.text: c for c in extract(text, date(2025, 1, 2))}
    assert (claims["4.4%"].period, claims["4.4%"].compared_to) == ("2024-Q4", "2023-Q4")


def test_places_compared_in_a_paragraph_are_examples_not_its_topic(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Euro Zone Unemployment Holds at Record Low\n\n"
        "Unemployment in the euro zone held at 6.3% in November, Eurostat said.\n\n"
        "Spain had the highest jobless rate at 11.2%, while Germany’s stood at 3.4%. Youth unemployment rose to 15.3%.\n\n"
        "Source: Bloomberg, January 9, 2025\n",
        encoding="utf-8",
    )
    (article,) = parse_page(page).articles
    entities = {c.text: c.entity for c in extract_article(page.read_text(encoding="utf-8"), article)}
    assert entities == {"6.3%": "euro zone", "11.2%": "Spain", "3.4%": "Germany", "15.3%": "euro zone"}


def test_the_same_period_is_the_one_named_before_also_in_a_new_paragraph() -> None:
    text = (
        "China imported 478.1 billion integrated circuits in the first ten months of 2024.\n\n"
        "Imports of lithography machines surged to $7.2 billion in the same period, nearly three times the amount "
        "a year earlier. Exports rose 5 percent from the same period last year."
    )
    claims = {c.text: c for c in extract(text, date(2024, 11, 8))}
    assert (claims["$7.2 billion"].period, claims["three times"].compared_to) == ("2024", "2023")
    assert claims["5 percent"].compared_to == "2023"  # `the same period last year` is still what it compares with


def test_a_city_named_in_its_province_is_the_place_over_the_province(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Epoch Times: Informant Quotas in Hubei Town\n\nA document issued by a town in Xiangyang City, Hubei Province, "
        "required each of its villages to recruit no fewer than three informants.\n\n"
        "Source: Epoch Times, June 8, 2023\nhttps://www.epochtimes.com/gb/23/6/8/n14011223.htm\n",
        encoding="utf-8",
    )
    (article,) = parse_page(page).articles
    (claim,) = extract_article(page.read_text(encoding="utf-8"), article)
    assert (claim.text, claim.entity) == ("three", "Xiangyang City")


def test_a_company_the_headline_opens_with_after_its_outlet_is_the_articles(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Nikkei Asia: Foxconn Shifts iPhone Output to India\n\nFoxconn plans to invest $1.5 billion in its Indian "
        "operations. It will raise the share of iPhones assembled in India, and India's government backs it. "
        "The company employs more than 40,000 workers in India.\n\n"
        "Source: Nikkei Asia, July 2, 2024\nhttps://asia.nikkei.com/Business/Technology/Foxconn-India-iPhone\n",
        encoding="utf-8",
    )
    (article,) = parse_page(page).articles
    claims = {c.text: c for c in extract_article(page.read_text(encoding="utf-8"), article)}
    assert (claims["$1.5 billion"].entity, claims["40,000"].entity) == ("Foxconn", "Foxconn")


def test_a_growth_after_a_listed_target_is_what_it_was_not_a_goal(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Caixin: Provinces Set Growth Targets\n\nThe growth targets of the major economies for 2025 were:\n\n"
        "– Guangdong: around 5 percent, after growth of 3.5 percent in 2024\n– Jiangsu: above 5 percent\n\n"
        "Source: Caixin, January 24, 2025\nhttps://www.caixinglobal.com/2025-01-24/provinces-growth-targets.html\n",
        encoding="utf-8",
    )
    (article,) = parse_page(page).articles
    claims = [(c.text, c.kind, c.unit, c.period) for c in extract_article(page.read_text(encoding="utf-8"), article)]
    assert claims[:2] == [("5 percent", "target", "percent", "2025"), ("3.5 percent", "change", "percent", "2024")]


def test_an_outlets_own_analysis_credits_it(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Caixin: Counties Struggle with Debt\n\nAt least 12 counties had debt ratios above 300 percent, according to "
        "Caixin’s analysis of local budget reports. Output rose 5 percent, according to Caixin.\n\n"
        "Source: Caixin, April 22, 2024\nhttps://www.caixin.com/2024-04-22/102188371.html\n",
        encoding="utf-8",
    )
    (article,) = parse_page(page).articles
    claims = {c.text: c for c in extract_article(page.read_text(encoding="utf-8"), article)}
    assert claims["12"].attributed_to == "Caixin"


@pytest.mark.parametrize(
    "text",
    [
        "He was detained during the “709 crackdown,” in which lawyers were held.",  # a number quoted as a name
        "The “996” schedule is common in the industry.",
        "Stocks posted their best start to a year since 2019.",  # `a year` frames, measures nothing
        "The port handles twenty-foot equivalent units.",  # a unit's name, no length
        "The 787 Dreamliner can carry many passengers.",  # a model number
        "Boeing said the 737 MAX would fly again.",
    ],
)
def test_no_claim(text: str) -> None:
    assert [c.text for c in extract(text, _LEAD)] == []


def test_a_forecast_for_a_holiday_is_for_the_one_to_come() -> None:
    """Two weeks before the Spring Festival of 2025, a forecast for its travel rush is for 2025's (January
    28 to February 4: the first quarter), and the trips counted are the subject's, past the holiday."""
    text = (
        "The Ministry of Transport predicted that cross-regional passenger trips during the 40-day Spring "
        "Festival travel rush would reach a record 9 billion."
    )
    (trips,) = [c for c in extract(text, date(2025, 1, 13)) if c.text == "9 billion"]
    assert (trips.kind, trips.period, trips.metric) == ("target", "2025-Q1", "cross-regional passenger trips")


def test_a_goals_time_is_not_what_follows_it() -> None:
    text = (
        "The plan calls for 1,000 canteens by 2025. The city has 4.65 million residents aged 60 and above, "
        "accounting for 21.3 percent of its population."
    )
    periods = {c.text: c.period for c in extract(text, date(2024, 3, 12))}
    assert periods == {"1,000": "2025", "4.65 million": None, "60": None, "21.3 percent": None}


def test_a_height_in_feet_and_inches_leaves_no_stray_count() -> None:
    text = "The 6-foot-3 forward was among the three people injured."
    assert [(c.text, c.unit) for c in extract(text, _LEAD)] == [("6-foot-3", "foot"), ("three", "count")]


def test_scaled_values_are_the_decimal_numbers_written() -> None:
    assert [c.value for c in extract("It fell to 8.3 million, then to $0.7 billion.")] == [8_300_000.0, 700_000_000.0]


def test_a_time_frame_after_a_superlative_is_no_claim() -> None:
    claims = extract("Inflation fell to 3.9%, its lowest level in more than two years.")
    assert [c.text for c in claims] == ["3.9%"]


def test_a_securitys_maturity_is_no_claim() -> None:
    claims = extract("The 10-year Treasury yield rose 12 basis points to 4.35%.")
    assert [c.text for c in claims] == ["12 basis points", "4.35%"]


def test_unrelated_lines_keep_their_own_entities() -> None:
    """Plain text of unrelated lines: a country named once does not become every later line's entity."""
    text = (
        "Germany's exports rose 2% in March.\n"
        "Tesla delivered 386,810 vehicles.\n"
        "The Bank of England held rates at 5.25%.\n"
        "Oil prices fell more than 2%.\n"
    )
    got = [(c.text, c.entity) for c in extract(text, _LEAD)]
    assert got == [("2%", "Germany"), ("386,810", "Tesla"), ("5.25%", "Bank of England"), ("2%", None)]


def test_bound_restates_a_threshold_only() -> None:
    """`below 50` restates `the critical point of 50`; `more than 2%` of another series is new."""
    text = (
        "The index is above the critical point of 50 percent.\n"
        "Caixin's PMI stayed below 50 in July.\n"
        "Exports rose 2% in March. Oil prices fell more than 2%."
    )
    assert [c.text for c in extract(text, _LEAD)] == ["50 percent", "2%", "2%"]


def test_claim_provenance_and_dict() -> None:
    text = "Intro line.\nExports fell 3% in May from a year earlier, the Customs Office said."
    (claim,) = extract(text, date(2024, 6, 7))
    assert text[claim.start : claim.end] == claim.text == "3%"
    assert text[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == claim.sentence
    assert claim.to_dict() == {
        "text": "3%",
        "value": 3.0,
        "value_high": None,
        "unit": "percent",
        "counted": None,
        "qualifier": "exact",
        "kind": "change",
        "metric": "exports",
        "entity": None,
        "period": "2024-05",
        "compared_to": "2023-05",
        "attributed_to": "Customs Office",
        "reported_by": None,
        "published": "2024-06-07",
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start,
        "base_value": claim.base_value,
        "base_unit": claim.base_unit,
        "metric_aliases": [],
        "direction": "down",
    }


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The yuan weakened 0.3% against the dollar in March.", "down"),
        ("The trade deficit narrowed 12% in May.", "down"),
        ("Inflation eased 0.2 percentage points in June.", "down"),
        ("The euro strengthened 1.1% in the week.", "up"),
        ("The FTSE 100 shed 0.4% on Friday.", "down"),
        ("The S&P 500 added 0.9% on Friday.", "up"),
        ("Marriages fell to 3.43 million, 498,000 fewer than a year earlier.", "down"),
    ],
)
def test_change_direction(text: str, direction: str) -> None:
    changes = [c for c in extract(text, _LEAD) if c.kind == "change"]
    assert [c.direction for c in changes] == [direction]


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        # a conversion after a scale word restates the series
        (
            "Revenue was ¥2.3 trillion ($15.4 billion) in the fiscal year.",
            ("text", "metric"),
            [("¥2.3 trillion", "revenue"), ("$15.4 billion", "revenue")],
        ),
        # a currency named after a country names no entity
        ("He earned 1.5 million Swiss francs in 2023.", ("unit", "entity"), [("CHF", None)]),
        # a model number after a count is part of what is counted
        (
            "Boeing delivered 27 737 MAX jets and 10 787 Dreamliners in March.",
            ("text", "counted"),
            [("27", "jets"), ("10", "Dreamliners")],
        ),
        # a plural noun after its determiner is no verb
        ("Data breaches exposed the records of 560 million customers.", ("counted", "entity"), [("customers", None)]),
        # a forecast the reading matched, and the same figure for another period, are claims of their own
        (
            "Inflation fell to 1.8% in September. Economists had expected inflation of 1.8%.",
            ("text", "kind"),
            [("1.8%", "level"), ("1.8%", "target")],
        ),
        ("Sales rose 2% in March. In April, sales rose 2% again.", ("period",), [("2024-03",), ("2024-04",)]),
        # `cut` is a verb after its subject, a noun before `was` or after `job`; `agreed to` is no part of a name
        ("The ECB cut its deposit rate by 25 basis points.", ("metric", "entity"), [("deposit rate", "ECB")]),
        ("The rate cut was 25 basis points.", ("metric",), [("rate cut",)]),
        ("Job cuts rose 10%.", ("metric", "entity"), [("job cuts", None)]),
        ("OPEC+ agreed to cut output by 2 million bpd.", ("metric", "entity"), [("output", "OPEC+")]),
        # a participle clause hangs on the main clause's subject; a possessor country gets its full name
        (
            "Britain's economy returned to growth in August, expanding by 0.2%.",
            ("metric", "entity"),
            [("economy", "United Kingdom")],
        ),
        ("Unemployment stayed at 4.1%.", ("metric",), [("unemployment",)]),
        # a lower-case noun that moves is a series; a name that moves is whom the shared series is about
        (
            "Manufacturing output rose 1.1%, while construction grew 0.8%.",
            ("metric",),
            [("manufacturing output",), ("construction",)],
        ),
        ("According to the governor, crime fell 12% last year.", ("metric",), [("crime",)]),
        # a sentence-opening common noun is a series, not a name; the level a move reaches shares its series
        ("Housing starts fell 9.6% in September.", ("metric", "entity"), [("housing starts", None)]),
        ("Net migration hit a record 906,000 in 2023.", ("metric", "entity"), [("net migration", None)]),
        (
            "Brent crude fell $1.20, or 1.6%, to $74.30.",
            ("metric",),
            [("brent crude",), ("brent crude",), ("brent crude",)],
        ),
        ("Tesla rose 5%.", ("entity",), [("Tesla",)]),
        # the place a count was made in, after a passive verb; a full stop is no part of a name
        (
            "At least 180 protests have been recorded in Guangdong Province, according to China Labour Bulletin.",
            ("entity",),
            [("Guangdong Province",)],
        ),
        ("Some 40 people died in Gaza.", ("entity",), [("Gaza",)]),
        ("According to the report, 11 of the stations are located in Italy.", ("entity",), [("Italy",)]),
        # a relative risk names the risk; a price per unit names what is sold; a projected move its series
        (
            "Those who slept less had a 20% higher risk of heart disease. They were tracked for 30 years.",
            ("metric",),
            [("risk of heart disease",), ("tracked duration",)],
        ),
        (
            (
                "Those who ate most had a 10 percent higher risk of dying early. "
                "Researchers at Harvard tracked more than 114,000 adults for over 30 years."
            ),
            ("metric",),
            [("risk of dying early",), ("adults tracked",), (None,)],  # a duration takes no share's series
        ),
        ("The vaccine costs $30 a dose.", ("metric",), [("vaccine price",)]),
        (
            "Cancer cases are projected to rise 77% to 35 million by 2050.",
            ("metric", "kind"),
            [("cancer cases", "target"), ("cancer cases", "target")],
        ),
        # a count with its noun and verb left out; a subject that is a figure names no one
        (
            "At least 11 people were killed and 27 injured in Zhuhai.",
            ("counted", "metric", "entity"),
            [("people", "people killed", "Zhuhai"), ("people", "people injured", "Zhuhai")],
        ),
        # time phrases are no part of a series
        (
            "Marriage registrations in the first three quarters were 4.747 million.",
            ("metric",),
            [("marriage registrations",)],
        ),
        ("China's population at the end of 2023 was 1.40967 billion.", ("metric",), [("population",)]),
        (
            "The IMF kept its forecast for China's growth this year unchanged at 5%.",
            ("metric", "entity", "kind"),
            [("growth", "China", "target")],
        ),
        # a second clause has its own series, with its verb or without (after the same preposition)
        (
            "Sales rose 5% to $5 billion and profit fell 2% to $1 billion.",
            ("metric",),
            [("sales",), ("sales",), ("profit",), ("profit",)],
        ),
        (
            "General bonds accounted for 16.1 trillion yuan and special bonds for 24.64 trillion yuan.",
            ("metric",),
            [("general bonds",), ("special bonds",)],
        ),
        ("Guizhou, one of the most indebted regions, has a debt ratio of 150 percent.", ("entity",), [("Guizhou",)]),
        ("Economists had expected headline inflation of 1.8%.", ("metric", "kind"), [("headline inflation", "target")]),
        # a video format is no price in pence
        ("It streams in 1080p at 60 frames per second.", ("text",), [("60",)]),
    ],
)
def test_every_claim_of_a_sentence(text: str, fields: tuple[str, ...], expected: list[tuple[object, ...]]) -> None:
    assert [tuple(getattr(c, f) for f in fields) for c in extract(text, _LEAD)] == expected


PAGE = """Steel Output Over 10 Million Tonnes in May

Crude steel output reached 10.4 million tonnes in May, according to the World Steel Association. The association said output was 10.4 million tonnes, and its inspectors were detained for two days. They were detained for two days again.

Sources:
(1) Metal Daily, June 20, 2024
https://example.com/a
(2) Steel Weekly, June 21, 2024
"""


def test_a_pronoun_is_never_the_outlet_that_reports_it(tmp_path: Path) -> None:
    text = (
        "Migrants Pay Smugglers\n\nA migrant interviewed by the Voice of America said he spent 200,000 yuan "
        "on the journey.\n\nSource: Voice of America, May 2, 2024\nhttps://example.com/m\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (claim,) = extract_article(page.text, page.articles[0])
    assert claim.reported_by == "Voice of America" and claim.entity != "Voice of America"


def test_extract_article_deduplicates_and_credits(tmp_path: Path) -> None:
    page = parse_page(tmp_path / "page.txt", PAGE)
    (article,) = page.articles
    claims = extract_article(page.text, article)
    assert [(c.text, c.period, c.attributed_to, c.reported_by, c.published) for c in claims] == [
        (
            "10.4 million tonnes",
            "2024-05",
            "World Steel Association",
            "Metal Daily",
            date(2024, 6, 20),
        ),
        ("two days", "2024-05", "World Steel Association", "Metal Daily", date(2024, 6, 20)),
    ]
    for claim in claims:
        assert page.text[claim.start : claim.end] == claim.text


def test_a_percent_move_to_an_index_level_is_relative() -> None:
    """An index printed in points moves in percent (`rose 0.4% to 104.2`); the PMI, printed in
    percent, moves in percentage points."""
    units = [(c.text, c.unit) for c in extract("The dollar index rose 0.4% to 104.2. The PMI fell 0.5% to 49.1%.")]
    assert units == [("0.4%", "percent"), ("104.2", "index"), ("0.5%", "percentage_point"), ("49.1%", "percent")]


def test_lines_without_figures_credit_the_lines_that_point_back() -> None:
    """A figureless line's credit reaches a later `The data ...` line, the latest credit winning,
    and covers the uncredited figures before it only when it points back itself (`The data, ...`)."""
    text = (
        "Statistics were released by the Ministry of Finance on Monday.\n"
        "Figures were published by the Bank of Korea later that week.\n"
        "The data showed exports rose 5% in May.\n"
        "Imports fell 2% in May.\n"
        "The data, reported by Yonhap citing Statistics Korea, were revised.\n"
        "Output grew 1% in May.\n"
        "Separately, figures were compiled by the Korea Customs Service.\n"
        "These figures showed tariffs rose 3% in May."
    )
    credits = [(c.text, c.attributed_to) for c in extract(text, published=PUBLISHED)]
    assert credits == [
        ("5%", "Bank of Korea"),
        ("2%", "Statistics Korea"),
        ("1%", None),
        ("3%", "Korea Customs Service"),
    ]


def test_a_release_credited_once_covers_its_series_in_later_paragraphs() -> None:
    """Figures of the credited series and year keep the source; history around it and what
    unnamed analysts say do not."""
    text = (
        "Profits at industrial firms fell 17.8 percent in August, data from the National Bureau of Statistics showed.\n"
        "For the first eight months of the year, profits rose 0.5 percent.\n"
        "In 2019, profits rose 3.1 percent.\n"
        "Analysts said profits would rise 2 percent this year."
    )
    credits = [(c.text, c.attributed_to) for c in extract(text, published=date(2024, 9, 27))]
    assert credits == [
        ("17.8 percent", "National Bureau of Statistics"),
        ("0.5 percent", "National Bureau of Statistics"),
        ("3.1 percent", None),
        ("2 percent", None),
    ]


def test_an_agency_named_again_by_what_it_is_is_credited() -> None:
    text = (
        "The network carried 13 million passengers, the Beijing Municipal Commission of Transport said. "
        "The commission plans to extend it to 1,000 kilometers by 2025. The central bank said prices rose 2%."
    )
    credits = [(c.text, c.attributed_to) for c in extract(text)]
    assert credits == [
        ("13 million", "Beijing Municipal Commission of Transport"),
        ("1,000 kilometers", "Beijing Municipal Commission of Transport"),
        ("2%", "central bank"),
    ]


def test_headline_number_kept_only_when_the_body_does_not_restate_it(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Over 100 Protests Each Year\n\nThe city logged 117 mass incidents.\n\nSource: Daily, May 1, 2020\n",
    )
    (article,) = page.articles
    assert [c.text for c in extract_article(page.text, article)] == ["100", "117"]
    page = parse_page(
        tmp_path / "q.txt",
        "Emigrants Over 10 Million\n\nAbout 10.7 million people emigrated.\n\nSource: Daily, May 1, 2020\n",
    )
    (article,) = page.articles
    assert [c.text for c in extract_article(page.text, article)] == ["10.7 million"]


def test_a_report_goes_on_across_paragraphs_that_point_back(tmp_path: Path) -> None:
    """`Among them,` opens a paragraph on the figures just given: their period and source go on; a
    writer's `It is worth noting that` is no present tense; an age group is no later figure's entity."""
    page = parse_page(
        tmp_path / "p.txt",
        "Netizens Exceed 1.09 Billion\n\n"
        "According to a report released by the China Internet Network Information Center, the number of "
        "internet users in China reached 1.0996 billion as of June 2024.\n\n"
        "Among them, short video users numbered 1.05 billion, accounting for 95.5 percent of all internet users. "
        "It is worth noting that the number of netizens aged 60 and above reached 140 million, while netizens "
        "in rural areas numbered 304 million.\n\n"
        "Source: Xinhua, August 30, 2024\n",
    )
    (article,) = page.articles
    claims = {c.text: c for c in extract_article(page.text, article)}
    assert "1.09 Billion" not in claims  # the body gives it in full
    for text in ("1.05 billion", "95.5 percent", "140 million", "304 million"):
        claim = claims[text]
        assert (claim.period, claim.attributed_to, claim.entity) == (
            "2024-06",
            "China Internet Network Information Center",
            "China",
        ), text
    assert claims["304 million"].counted == "netizens"  # not `areas`


def test_the_country_of_a_page_named_later(tmp_path: Path) -> None:
    """`the country's` and `nationwide` before the article names its one country are that country's;
    `on the morning of the 14th` is a day of the month published; `Analysts pointed out` credits no one."""
    page = parse_page(
        tmp_path / "p.txt",
        "Grain Output at Record\n\n"
        "The National Bureau of Statistics announced that the country’s grain output in 2024 was 1,413 billion "
        "jin, up 1.6 percent. The sown area of grain nationwide was 1.79 billion mu, while the yield per mu "
        "rose by 5.2 kilograms.\n\n"
        "Analysts pointed out that China still imported 158 million tons of grain in 2024.\n\n"
        "Source: China News Service, December 13, 2024\n\n"
        "Ships Enter Kinmen’s Waters\n\n"
        "The Coast Guard Administration said that four Chinese coast guard vessels entered the waters around "
        "Kinmen on the morning of the 14th.\n\n"
        "Source: Central News Agency, October 15, 2024\n",
    )
    grain, ships = page.articles
    claims = {c.text: c for c in extract_article(page.text, grain)}
    assert (claims["1,413 billion jin"].unit, claims["1,413 billion jin"].entity) == ("jin", "China")
    assert (claims["1.79 billion mu"].metric, claims["1.79 billion mu"].entity) == ("sown area of grain", "China")
    assert claims["5.2 kilograms"].entity == "China"
    assert claims["158 million tons"].attributed_to is None
    (four,) = extract_article(page.text, ships)
    assert four.period == "2024-10-14"


def test_an_article_that_names_no_place_is_of_its_outlets_country(tmp_path: Path) -> None:
    """A national outlet's article on national data names no country: it is the outlet's; a wire
    service's is no one's; a person named in full keeps the full name when named again."""
    page = parse_page(
        tmp_path / "p.txt",
        "Incomes Rise\n\nThe per capita disposable income of urban residents was 54,188 yuan in 2024.\n\n"
        "Source: Xinhua, January 17, 2025\n\n"
        "Incomes Rise\n\nThe per capita disposable income of urban residents was 54,188 yuan in 2024.\n\n"
        "Source: Reuters, January 17, 2025\n\n"
        "Activist Jailed\n\nA court sentenced activist Wang Jianbing to three years. Wang, 40, was detained "
        "in 2021.\n\nSource: Radio Free Asia, June 14, 2024\n",
    )
    xinhua, reuters, jailed = page.articles
    assert [c.entity for c in extract_article(page.text, xinhua)] == ["China"]
    assert [c.entity for c in extract_article(page.text, reuters)] == [None]
    assert [(c.text, c.entity) for c in extract_article(page.text, jailed)] == [
        ("three years", "Wang Jianbing"),
        ("40", "Wang Jianbing"),
    ]


def test_an_export_destination_is_where_the_exporters_exports_went() -> None:
    text = (
        "China exported 5.86 million vehicles in 2024. Russia remained the largest destination, taking 1.16 "
        "million vehicles, followed by Mexico with 445,000."
    )
    claims = {c.text: c for c in extract(text, date(2025, 1, 13))}
    assert [(claims[t].metric, claims[t].entity, claims[t].counted) for t in ("1.16 million", "445,000")] == [
        ("vehicle exports to russia", "China", "vehicles"),
        ("vehicle exports to mexico", "China", "vehicles"),
    ]


def test_two_series_of_one_kind_are_no_restatement() -> None:
    """`net revenue` and `advertising revenue` share a head, not a series: both of their 3 percent falls
    stand; a campaign launched in April counts from then on, so April is not its figures' period."""
    text = (
        "Weibo reported net revenue of US$437.9 million, a decrease of 3 percent. Advertising revenue fell 3 "
        "percent to US$383.0 million. During the campaign launched in April, the regulator dealt with 56,000 accounts."
    )
    claims = extract(text, date(2024, 8, 22))
    assert [(c.text, c.metric) for c in claims if c.text == "3 percent"] == [
        ("3 percent", "net revenue"),
        ("3 percent", "advertising revenue"),
    ]
    assert [c.period for c in claims if c.text == "56,000"] == [None]


def test_counted_nouns_named_more_or_less_closely() -> None:
    """`Overdose deaths` restated as `Deaths` is one figure; `visitors from Hong Kong` after `Mainland visitors`
    count visitors."""
    text = "Overdose deaths rose to 114,000 in 2023, the CDC said. Deaths peaked at 114,000 in 2023."
    assert [(c.text, c.counted) for c in extract(text, date(2024, 5, 15))] == [("114,000", "overdose deaths")]
    text = "Mainland visitors numbered 2.08 million, while visitors from Hong Kong numbered 540,000."
    assert [c.counted for c in extract(text, date(2024, 6, 20))] == ["mainland visitors", "visitors"]


def test_an_article_told_from_a_document_credits_its_issuer(tmp_path: Path) -> None:
    """`According to the records, ...` cites the records the article said who keeps; with no other source
    credited, the article's figures are that keeper's (guidelines: the issuer of a leaked document)."""
    page = parse_page(
        tmp_path / "p.txt",
        "Leaked Records Show Petitioners Detained\n\n"
        "This newspaper obtained internal records that the Wuhan Public Security Bureau kept on petitioners. "
        "According to the records, officers detained 40 petitioners in March.\n\n"
        "Another 12 petitioners were fined in April.\n\n"
        "Source: Epoch Times, June 1, 2024\n\n"
        "Budget Rises\n\n"
        "A notice mentioned the city’s plans. The budget rose 5 percent, the finance bureau said.\n\n"
        "Source: Caixin, June 2, 2024\n",
    )
    records, budget = page.articles
    assert {c.text: c.attributed_to for c in extract_article(page.text, records)} == {
        "40": "Wuhan Public Security Bureau",
        "12": "Wuhan Public Security Bureau",
    }
    assert [c.attributed_to for c in extract_article(page.text, budget)] == ["finance bureau"]


def test_a_town_and_a_company_the_headline_names_by_its_initials(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "TSMC December Revenue Jumps 57.8%\n\n"
        "Taiwan Semiconductor Manufacturing Co’s December revenue rose 57.8 percent from a year earlier, the company "
        "said on Friday. For the full year, revenue climbed 33.9 percent.\n\n"
        "Source: Focus Taiwan, January 10, 2025\n\n"
        "Floods in Spain\n\n"
        "Floods hit eastern Spain. More than 1,200 vehicles were swept away in the town of Paiporta alone.\n\n"
        "Source: Reuters, November 4, 2024\n",
    )
    tsmc, floods = page.articles
    assert [c.entity for c in extract_article(page.text, tsmc)] == ["Taiwan Semiconductor Manufacturing Co"] * 2
    assert [c.entity for c in extract_article(page.text, floods)] == ["Paiporta"]


def test_a_founder_the_fund_and_a_previous_goal(tmp_path: Path) -> None:
    """`founder Lei Jun said` speaks for his company; `a previous goal of 300,000` is the same series' goal;
    `The fund kept its forecast` is the fund named before."""
    page = parse_page(
        tmp_path / "p.txt",
        "Xiaomi Targets 350,000 EV Deliveries\n\n"
        "Xiaomi aims to deliver 350,000 electric vehicles in 2025, up from a previous goal of 300,000, founder Lei "
        "Jun said on Wednesday.\n\n"
        "Source: CnEVPost, March 19, 2025\n\n"
        "IMF Raises Forecast\n\n"
        "The International Monetary Fund raised its forecast for China’s growth to 4.6 percent. The fund kept its "
        "global growth forecast at 3.0 percent.\n\n"
        "Source: Reuters, July 29, 2025\n",
    )
    xiaomi, imf = page.articles
    got = [(c.metric, c.counted, c.attributed_to) for c in extract_article(page.text, xiaomi)]
    assert got == [("electric vehicle deliveries", "electric vehicles", "Lei Jun (Xiaomi)")] * 2
    assert [c.attributed_to for c in extract_article(page.text, imf)] == ["International Monetary Fund"] * 2


def test_a_labelled_item_names_its_series_and_a_forecaster_is_no_topic(tmp_path: Path) -> None:
    """`– Fixed-asset investment: up 4.1 percent` is investment's move, though the item before was retail sales';
    `Financial Secretary Paul Chan projected a deficit` is Hong Kong's deficit, not his."""
    page = parse_page(
        tmp_path / "p.txt",
        "China’s Economy in January-February\n\n"
        "The National Bureau of Statistics released data for the first two months of the year on Monday:\n\n"
        "  – Retail sales: up 4.0 percent\n"
        "  – Fixed-asset investment: up 4.1 percent\n\n"
        "Source: Xinhua, March 17, 2025\n\n"
        "Hong Kong’s Deficit Widens\n\n"
        "Financial Secretary Paul Chan projected a deficit of HK$87.2 billion for the 2024-25 fiscal year.\n\n"
        "Source: The Standard, February 26, 2025\n",
    )
    economy, deficit = page.articles
    got = [(c.metric, c.period) for c in extract_article(page.text, economy)]
    assert got == [("retail sales", "2025-Q1"), ("fixed-asset investment", "2025-Q1")]
    assert [(c.entity, c.attributed_to) for c in extract_article(page.text, deficit)] == [("Hong Kong", "Paul Chan")]


def test_a_numbered_list_takes_its_lead_ins_year(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Provinces Report 2024 Growth\n\n"
        "Several provinces released their 2024 economic data this week:\n\n"
        "  1. Guangdong’s GDP exceeded 14 trillion yuan, growing 3.5 percent.\n"
        "  2. Jiangsu’s GDP reached 13.7 trillion yuan, up 5.8 percent.\n\n"
        "Source: Xinhua, January 24, 2025\n",
    )
    (article,) = page.articles
    got = [(c.text, c.entity, c.period, c.compared_to) for c in extract_article(page.text, article)]
    assert got == [
        ("14 trillion yuan", "Guangdong", "2024", None),
        ("3.5 percent", "Guangdong", "2024", "2023"),
        ("13.7 trillion yuan", "Jiangsu", "2024", None),
        ("5.8 percent", "Jiangsu", "2024", "2023"),
    ]


def test_we_in_a_quote_is_the_speakers_company(tmp_path: Path) -> None:
    """`“We sold ...,” said Zhu Huarong, chairman of Changan Automobile`: the company's figures; `twice as many
    as in 2023` is on 2023; `overseas` is where, not what is counted."""
    page = parse_page(
        tmp_path / "p.txt",
        "Changan Doubles Overseas Sales\n\n"
        "“We sold 1.2 million vehicles overseas last year, twice as many as in 2023,” said Zhu Huarong, chairman of "
        "Changan Automobile, on Tuesday. He said the company aims to sell 3 million vehicles this year.\n\n"
        "Source: China Daily, January 8, 2025\n",
    )
    (article,) = page.articles
    got = [(c.text, c.counted, c.entity, c.period, c.compared_to) for c in extract_article(page.text, article)]
    assert got == [
        ("1.2 million", "vehicles", "Changan Automobile", "2024", None),
        ("twice", None, "Changan Automobile", "2024", "2023"),
        ("3 million", "vehicles", "Changan Automobile", "2025", None),
    ]


def test_a_laws_maximum_and_a_laws_year_are_no_figures_time() -> None:
    """`penalties of up to 14 years` is what a law allows, of no period (guidelines 13); the year a law was
    imposed is the law's, and who imposed it no one the figures are about."""
    text = (
        "All 89 lawmakers voted for the bill on Tuesday. The law carries penalties of up to 14 years for espionage. "
        "Authorities have arrested more than 290 people under the national security law imposed by Beijing in 2020."
    )
    claims = {c.text: c for c in extract(text, date(2024, 3, 19))}
    assert (claims["14 years"].metric, claims["14 years"].period) == ("penalties", None)
    assert (claims["290"].period, claims["290"].entity) == (None, None)


def test_an_article_on_chinas_provinces_and_cities_is_chinas(tmp_path: Path) -> None:
    """China named once beside its own places only: the article is China's where a paragraph names no place."""
    page = parse_page(
        tmp_path / "p.txt",
        "Local Governments Struggle to Pay Civil Servants\n\n"
        "Several local governments in China have fallen behind on salaries. In Hegang, a city in Heilongjiang "
        "Province, teachers said they had not been paid.\n\n"
        "Revenue from land sales fell 16 percent in 2024, the Ministry of Finance said.\n\n"
        "Source: Epoch Times, February 6, 2025\n",
    )
    (article,) = page.articles
    assert [c.entity for c in extract_article(page.text, article)] == ["China"]


def test_a_notice_credits_the_office_that_issued_it(tmp_path: Path) -> None:
    """`A notice issued by the housing bureau of Jianli County requires ...`: the county's housing bureau, for
    that sentence and for `..., according to the notice.`; not for what residents told a reporter."""
    page = parse_page(
        tmp_path / "p.txt",
        "Hubei County Orders Officials to Buy Local Homes\n\n"
        "A notice issued by the housing bureau of Jianli County, Hubei Province, requires each department to help "
        "sell at least five apartments by the end of March.\n\n"
        "The county has about 12,000 unsold new homes, according to the notice. Local residents told Radio Free "
        "Asia that civil servants have not been paid in full for three months.\n\n"
        "Source: Radio Free Asia, January 9, 2025\n",
    )
    (article,) = page.articles
    assert {c.text: c.attributed_to for c in extract_article(page.text, article)} == {
        "five": "Jianli County housing bureau",
        "12,000": "Jianli County housing bureau",
        "three months": None,
    }


def test_empty_and_numberless_text() -> None:
    assert extract("") == []
    assert extract("No numbers here at all.") == []


def _seed_sentences() -> list[str]:
    return [
        s.text
        for path in sorted(SEEDS.glob("*.txt"))
        for s in split_sentences(path.read_text("utf-8"))
    ]


def _check(claims: list[Claim], text: str) -> None:
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert (
            text[claim.sentence_start : claim.sentence_start + len(claim.sentence)]
            == claim.sentence
        )
        assert claim.kind in {"level", "change", "target"}


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300),
    st.dates(),
)
def test_random_text_never_raises(text: str, published: date) -> None:
    _check(extract(text, published), text)


_WIRE = st.sampled_from(
    [
        "rose",
        "fell 3%",
        "by 2025",
        "from June",
        "year-on-year",
        "(PMI)",
        "’s",
        "“",
        "”",
        "12.5 billion yuan",
        "according to the",
        "Q2 2024",
        "the first half of",
        "last month",
        ",",
        ".",
        "\n",
        "0.1 percent",
        "said",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_seed_sentences()),
    st.lists(st.tuples(st.integers(0, 400), _WIRE), max_size=6),
    st.dates(),
)
def test_mutated_seed_sentences_keep_offsets(
    sentence: str, edits: list[tuple[int, str]], published: date
) -> None:
    for position, insert in edits:
        cut = position % (len(sentence) + 1)
        sentence = sentence[:cut] + insert + sentence[cut:]
    _check(extract(sentence, published), sentence)
    _check(extract(sentence, published, each_line=True), sentence)  # line by line, offsets still index the text


@pytest.mark.parametrize(
    ("text", "number", "metric", "alias"),
    [
        (
            (
                "Among the five sub-indexes that make up the manufacturing PMI, the production index (50.1%) "
                "is higher than 50 percent, and the new order index (49.3%) is lower."
            ),
            "49.3%",
            "new order index",
            "manufacturing pmi new order index",
        ),
        (
            "The components of the consumer price index (CPI) were mixed: food prices rose 2.1%.",
            "2.1%",
            "food prices",
            "cpi food prices",
        ),
    ],
)
def test_components_of_a_series_are_found_under_its_name(
    text: str, number: str, metric: str, alias: str
) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert (claim.metric, alias in claim.metric_aliases) == (metric, True)


def test_unrelated_lines_keep_their_repeated_figures() -> None:
    """A figure naming no series restates another only close by: far apart, `10%` is news again."""
    lines = [
        "We expect sales to grow 10% next year.",
        *(f"Filler line {w} has no figures at all." for w in ("one", "two", "three", "four", "five", "six", "seven")),
        "Bloomberg reported that Apple plans to cut production by 10%.",
    ]
    assert [c.text for c in extract("\n".join(lines))] == ["10%", "10%"]
    assert [c.text for c in extract("Output rose 10%. The gain of 10% was the largest.")] == ["10%"]


def test_a_figure_restates_a_series_its_sentence_names() -> None:
    text = (
        "The two men were arrested and detained for two days.\n"
        + "Nothing else happened that week, officials said, and the city was calm.\n" * 20
        + "They were released after being detained for two days."
    )
    assert [c.text for c in extract(text)] == ["two", "two days"]


def test_a_pronoun_subject_is_the_name_before_it() -> None:
    text = "Wang Jingyu said that he had been harassed by the police for over a year."
    (claim,) = extract(text)
    assert claim.entity == "Wang Jingyu"


def test_a_company_keeps_its_figures_through_asides_pronouns_and_rivals() -> None:
    text = (
        "BYD, China’s largest electric vehicle maker, sold 3.02 million vehicles in 2023. "
        "Its overseas sales reached 242,765 units. "
        "In the fourth quarter, BYD sold 526,409 battery electric vehicles, surpassing Tesla’s 484,507."
    )
    assert [c.entity for c in extract(text)] == ["BYD", "BYD", "BYD", "Tesla"]


def test_its_after_a_sentence_without_figures_is_the_name_that_opened_it() -> None:
    text = "China has many carmakers. FAW has had a serious overcapacity problem. Its sales fell 12% in 2017."
    assert [c.entity for c in extract(text)] == ["FAW"]


def test_an_acronym_name_the_headline_repeats_is_the_topic(tmp_path: Path) -> None:
    page = tmp_path / "byd.txt"
    page.write_text(
        "BYD Sold 3.02 Million Vehicles\n\n"
        "The carmaker plans to sell 3.6 million vehicles next year. In the fourth quarter, BYD sold 526,409 cars.\n\n"
        "Source: CnEVPost, March 26, 2024\n",
        encoding="utf-8",
    )
    parsed = parse_page(page)
    claims = extract_article(parsed.text, parsed.articles[0])
    entities = {c.text: c.entity for c in claims}
    assert (entities["3.6 million"], entities["526,409"]) == ("BYD", "BYD")  # `The carmaker` is BYD


def test_a_headline_name_opening_sentences_with_a_possessive_is_the_topic(tmp_path: Path) -> None:
    page = tmp_path / "nvidia.txt"
    page.write_text(
        "Nvidia Revenue Triples\n\n"
        "Nvidia reported revenue of $35.1 billion. Data center revenue rose 112 percent to $30.8 billion.\n\n"
        "Nvidia's shares have risen nearly 200 percent this year.\n\n"
        "Source: Bloomberg, November 20, 2024\n",
        encoding="utf-8",
    )
    parsed = parse_page(page)
    entities = {c.text: c.entity for c in extract_article(parsed.text, parsed.articles[0])}
    assert entities["112 percent"] == "Nvidia"


def test_the_next_sentence_inherits_the_reading_not_the_base_it_was_compared_with() -> None:
    text = (
        "The youth jobless rate rose to 17.1 percent in July, up from 13.2 percent in June. "
        "It was the highest level this year. The rate for those aged 25 to 29 was 6.5 percent."
    )
    periods = {c.text: c.period for c in extract(text, published=date(2024, 8, 16))}
    assert (periods["13.2 percent"], periods["6.5 percent"]) == ("2024-06", "2024-07")


def test_a_survey_named_late_is_not_what_the_figures_before_it_are_about() -> None:
    text = (
        "India overtook China as the largest source of students, with 331,602 students.\n"
        "A survey of 1,200 Chinese parents found that nearly 60 percent were worried."
    )
    entities = {c.text: c.entity for c in extract(text)}
    assert entities["331,602"] != "Chinese parents"
    assert entities["60 percent"] == "Chinese parents"


def test_a_metric_does_not_end_in_a_preposition() -> None:
    text = "Agents apprehended 37,000 Chinese nationals at the southern border in fiscal year 2023."
    (claim,) = extract(text)
    assert claim.metric == "chinese nationals apprehended at southern border"


def test_a_period_after_a_base_belongs_to_the_base() -> None:
    text = (
        "U.S. employers added 254,000 jobs in September. "
        "The unemployment rate fell to 4.1 percent from 4.2 percent in August. "
        "Average hourly earnings rose 0.4 percent from the previous month and 4.0 percent from a year earlier."
    )
    claims = {c.text: c for c in extract(text, published=date(2024, 10, 4))}
    assert (claims["4.1 percent"].period, claims["4.2 percent"].period) == ("2024-09", "2024-08")
    assert (claims["4.0 percent"].kind, claims["4.0 percent"].period) == ("change", "2024-09")


def test_an_aside_or_a_stated_change_does_not_name_the_series() -> None:
    claims = extract(
        "Core inflation, which excludes energy and food, eased to 2.7 percent. "
        "The ECB cut its deposit rate by a quarter point to 3.5 percent."
    )
    assert [c.metric for c in claims] == ["core inflation", "deposit rate", "deposit rate"]


def test_his_mother_is_the_named_persons_mother() -> None:
    text = (
        "One witness, Maria Lopez, spoke about her family. "
        "She said that her mother, who is not a party member, was jailed for six years."
    )
    (claim,) = extract(text)
    assert claim.entity == "Maria Lopez's mother"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Job gains in July and August were revised up by a combined 72,000.", "job gains"),
        ("Wage gains have slowed to 3.5%.", "wage gains"),
    ],
)
def test_a_change_noun_that_heads_the_subject_is_the_series(text: str, metric: str) -> None:
    (claim,) = extract(text)
    assert (claim.metric, claim.entity) == (metric, None)


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        (
            "The Reserve Bank of India has forecast growth of 7.2 percent for the fiscal year.",
            "7.2 percent",
            ("growth", "India", "Reserve Bank of India"),
        ),
        ("Support for the governing Labour Party has fallen to 27 percent.", "27 percent", ("support", "Labour Party", None)),
        ("Labour won 411 of the 650 seats in July.", "411", ("seats won", "Labour", None)),
        ("India's gross domestic product grew 6.7 percent.", "6.7 percent", ("gross domestic product", "India", None)),
        ("Emissions must fall 43% by 2030 to limit warming to 1.5C.", "1.5C", ("warming", None, None)),
        ("Train fares will rise by up to 4.9% in March.", "4.9%", ("train fares", None, None)),
        (
            "Inflation in the countries that use the euro fell to 1.8 percent in September.",
            "1.8 percent",
            ("inflation in countries", None, None),
        ),
        (
            "China's population fell for a second year in 2023, dropping by 2.08 million to 1.4097 billion.",
            "2.08 million",
            ("population", "China", None),
        ),
        (
            "Analysts at Citigroup expect prices to fall another 5 percent by the end of the year.",
            "5 percent",
            ("prices", None, "Citigroup"),
        ),
    ],
)
def test_series_entity_and_source_in_politics_and_macro_copy(
    text: str, number: str, expected: tuple[str, str | None, str | None]
) -> None:
    (claim,) = [c for c in extract(text) if c.text == number]
    assert (claim.metric, claim.entity, claim.attributed_to) == expected


def test_up_on_a_year_is_the_base_and_on_a_day_is_when() -> None:
    day = date(2024, 10, 15)
    (level, change) = extract("Sales hit 2.5m units, up 20% on 2019.", published=day)
    assert (level.period, change.compared_to) == (None, "2019")
    (claim,) = extract("Shares were up 5% on July 3.", published=day)
    assert (claim.period, claim.compared_to) == ("2024-07-03", None)


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Djokovic won the title at the age of 36.", "36", ("year", "level", "age")),
        ("The average age of a farmer is 58.", "58", ("year", "level", "average age of farmer")),
        ("The chip is 30% faster and uses 40% less power.", "40%", ("percent", "change", "chip")),
        ("Enrollment dropped by nearly 10 percent.", "10 percent", ("percent", "change", "enrollment")),
        ("The deal is worth $2.5 billion, a 30 percent premium.", "30 percent", ("percent", "level", "premium")),
        (
            "The email promised salaries ranging from 95,000 Canadian dollars to 374,000 Canadian dollars.",
            "95,000 Canadian dollars to 374,000 Canadian dollars",
            ("CAD", "level", "promised salaries"),
        ),
    ],
)
def test_ages_comparisons_premiums_and_ranges(text: str, number: str, expected: tuple[str, str, str]) -> None:
    (claim,) = [c for c in extract(text) if c.text == number]
    assert (claim.unit, claim.kind, claim.metric) == expected


def test_a_count_of_a_series_counts_what_the_series_counted_before() -> None:
    text = "Timeline:\n– 2019: Marriages fell below 10 million annually\n– 2021: Dropped below 8 million"
    assert [c.counted for c in extract(text)] == ["Marriages", "Marriages"]


def test_a_reporting_verb_opens_the_series() -> None:
    (claim,) = extract("Data from the Ministry of Commerce showed retail sales rose 3.1% in October.")
    assert (claim.metric, claim.attributed_to) == ("retail sales", "Ministry of Commerce")


def test_a_counted_series_as_subject_is_the_metric() -> None:
    """`Marriage registrations fell to 3.5 million`: the series, as a fact-checker would type it."""
    (claim,) = extract("Marriage registrations fell to 3.5 million in the first half of 2024.", _LEAD)
    assert (claim.metric, claim.entity, claim.period) == ("marriage registrations", None, "2024-H1")


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Exports doubled to $5 billion.", "doubled", ("change", "exports", "up")),
        ("Sales of plug-in hybrids more than doubled to 1.2 million units.", "doubled", ("change", "sales of plug-in hybrids", "up")),
        ("The number is expected to triple by 2030.", "triple", ("target", None, None)),
    ],
)
def test_a_doubling_is_a_change_of_its_subject(text: str, number: str, expected: tuple[str, str | None, str | None]) -> None:
    claim = next(c for c in extract(text) if c.text == number)
    assert (claim.kind, claim.metric, claim.direction) == expected


def test_an_agencys_figures_go_on_through_its_paragraph_and_a_trade_partner_is_not_the_topic() -> None:
    """What a statistics office says is its data for the paragraph (a person's words stay in their
    sentence); `imports from China` are Vietnam's, the country the article is about."""
    text = (
        "Vietnam’s exports to China rose 21 percent to $28.4 billion, the General Statistics Office said. "
        "Imports from China grew 35 percent to $54.2 billion.\n"
        "Exports rose 5%, Jane Smith said. Imports fell 2%."
    )
    claims = [(c.text, c.entity, c.attributed_to) for c in extract(text)]
    assert claims == [
        ("21 percent", "Vietnam", "General Statistics Office"),
        ("$28.4 billion", "Vietnam", "General Statistics Office"),
        ("35 percent", "Vietnam", "General Statistics Office"),
        ("$54.2 billion", "Vietnam", "General Statistics Office"),
        ("5%", None, "Jane Smith"),
        ("2%", None, None),
    ]



def test_the_company_said_credits_the_company_the_article_is_about(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "BYD’s Overseas Sales Triple\n\n"
        "BYD sold 412,000 vehicles outside China in the first half of 2024, the company said. "
        "Its net profit rose 80.7 percent.\n\n"
        "Source: Daily, July 3, 2024\n",
    )
    (article,) = page.articles
    credits = [(c.text, c.attributed_to) for c in extract_article(page.text, article)]
    assert credits == [("412,000", "BYD"), ("80.7 percent", "BYD")]


def test_a_percent_change_of_another_series_after_a_share_is_relative() -> None:
    """`30 percent` is a drop of output, not of the 80 percent share before it (so not points)."""
    text = "Hydropower output, which supplies about 80 percent of its electricity, dropped 30 percent."
    assert [c.unit for c in extract(text)] == ["percent", "percent"]



def test_a_headline_and_body_that_open_with_a_common_word_name_nobody(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Foreign Direct Investment in China Falls\n\n"
        "Foreign direct investment into China dropped 27.9 percent, while foreign-invested firms rose 10.8 percent.\n\n"
        "Source: Daily, December 20, 2024\n",
    )
    (article,) = page.articles
    assert [c.entity for c in extract_article(page.text, article)] == ["China", "China"]


def test_an_article_is_about_the_country_its_headline_names_and_the_name_it_opens_with(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "China’s Youth Unemployment Rate Rises\n\n"
        "The jobless rate for people aged 16 to 24 rose to 18.8 percent in August.\n\n"
        "Source: Daily, September 18, 2024\n\n"
        "Xiaomi Delivers 10,000 Cars\n\n"
        "Xiaomi delivered more than 10,000 sedans in June, the company said.\n\n"
        "Source: Daily, July 2, 2024\n",
    )
    claims = [(c.text, c.entity, c.attributed_to) for a in page.articles for c in extract_article(page.text, a)]
    assert claims == [
        ("16 to 24", "China", None),  # the age bounding a group is of the place the article is about
        ("18.8 percent", "China", None),
        ("10,000", "Xiaomi", "Xiaomi"),
    ]


def test_a_base_compared_with_is_a_reading_unless_it_is_an_earlier_forecast() -> None:
    text = (
        "The board expects arrivals to reach 46 million in 2024, compared with 65 million in 2018. "
        "The government raised its growth forecast to 2.6% from 2.1%."
    )
    assert [(c.text, c.kind) for c in extract(text)] == [
        ("46 million", "target"),
        ("65 million", "level"),
        ("2.6%", "target"),
        ("2.1%", "target"),
    ]


def test_a_list_under_a_line_that_opens_it_takes_its_period_goals_and_source() -> None:
    text = (
        "Premier Li Qiang presented the government work report on March 5. Its main targets for 2024:\n"
        "– GDP growth of around 5 percent\n"
        "– More than 12 million new urban jobs\n"
        "Unemployment was 5.2 percent."
    )
    claims = [(c.text, c.kind, c.period, c.attributed_to) for c in extract(text, published=date(2024, 3, 5))]
    assert claims == [
        ("5 percent", "target", "2024", "Li Qiang"),
        ("12 million", "target", "2024", "Li Qiang"),
        ("5.2 percent", "level", None, None),
    ]


def test_he_said_credits_the_person_named_before_and_a_press_conference_dates_no_figure() -> None:
    text = (
        "“About 30 percent of rural schools have closed,” said Zhang Wei, deputy director of the Henan "
        "Provincial Department of Education, at a press conference on March 8. "
        "He said the number of rural pupils had fallen by 1.2 million."
    )
    speaker = "Zhang Wei (Henan Provincial Department of Education)"
    claims = [(c.text, c.period, c.attributed_to) for c in extract(text, published=date(2023, 3, 10))]
    assert claims == [("30 percent", None, speaker), ("1.2 million", None, speaker)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Per capita disposable income of Shanghai residents reached 84,834 yuan in 2023.", "Shanghai"),
        ("Yunnan Pharmaceutical sold 5 million boxes.", "Yunnan Pharmaceutical"),
        ("The Shanghai Composite Index rose 1.3 percent.", "China"),  # the market it measures, not the city
    ],
)
def test_a_chinese_province_is_a_place_unless_part_of_a_name(text: str, entity: str | None) -> None:
    (claim,) = extract(text)
    assert claim.entity == entity


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a deadline without a year is the month to come; a level `by` a month is as of the last one
        ("A notice instructs districts to recruit at least 500 monitors by the end of June.", "500", ("target", "2023-06")),
        ("Outstanding debt reached 40 trillion yuan by the end of April.", "40 trillion yuan", ("level", "2023-04")),
        ("The court ordered the company to pay $1.6 billion in damages.", "$1.6 billion", ("level", None)),
    ],
)
def test_a_deadline_is_ahead_and_an_order_to_recruit_is_a_target(text: str, number: str, expected: tuple[str, str | None]) -> None:
    claim = next(c for c in extract(text, published=date(2023, 5, 12)) if c.text == number)
    assert (claim.kind, claim.period) == expected



def test_trade_partners_stay_in_the_series_and_later_paragraphs_keep_the_release_source(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "China’s Exports Beat Forecasts\n\n"
        "China’s exports rose 2.4 percent in September, the General Administration of Customs said, well below "
        "the 6 percent forecast in a Reuters poll.\n\n"
        "Exports of steel jumped 21 percent. Shipments to the United States rose 2.2 percent, while those to "
        "the European Union fell 4.3 percent.\n\n"
        "Source: Reuters, October 14, 2024\n",
    )
    (article,) = page.articles
    claims = [(c.text, c.kind, c.metric, c.entity, c.attributed_to) for c in extract_article(page.text, article)]
    customs = "General Administration of Customs"
    assert claims == [
        ("2.4 percent", "change", "exports", "China", customs),
        ("6 percent", "target", "exports", "China", "Reuters"),  # the poll's forecast, as the gold has it
        ("21 percent", "change", "exports of steel", "China", customs),
        # another series, but of the same entity and time in an article crediting one source
        ("2.2 percent", "change", "shipments to united states", "China", customs),
        ("4.3 percent", "change", "shipments to european union", "China", customs),
    ]



def test_a_court_fines_and_an_agency_aims_and_coal_is_no_name(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Guangzhou Lender Fined\n\n"
        "A court in Guangzhou fined an online lender 2.6 million yuan, the Guangzhou Intermediate People’s Court "
        "said. Three executives were sentenced to prison.\n\n"
        "Source: Daily, June 14, 2024\n\n"
        "China’s Coal Output Hits Record\n\n"
        "China produced 4.15 billion tonnes of coal in 2023. Coal accounted for 55.3 percent of energy use. "
        "The National Energy Administration aims to raise coal output to 5 billion tonnes by 2025.\n\n"
        "Source: Daily, June 14, 2024\n",
    )
    claims = [(c.text, c.metric, c.entity, c.attributed_to) for a in page.articles for c in extract_article(page.text, a)]
    court = "Guangzhou Intermediate People’s Court"
    assert claims == [
        ("2.6 million yuan", "fine", "Guangzhou", court),
        ("Three", "executives sentenced", "Guangzhou", court),
        ("4.15 billion tonnes", "coal output", "China", None),
        ("55.3 percent", "coal share of energy use", "China", None),
        ("5 billion tonnes", "coal output", "China", "National Energy Administration"),
    ]


def test_a_surname_credits_the_person_named_in_full_and_a_currency_is_nobody() -> None:
    text = (
        "The deficit will be HK$100.6 billion, Financial Secretary Paul Chan said. "
        "Chan said land sales would total only HK$19 billion, compared with an original estimate of HK$85 billion."
    )
    assert [(c.text, c.attributed_to) for c in extract(text)] == [
        ("HK$100.6 billion", "Paul Chan"),
        ("HK$19 billion", "Paul Chan"),
        ("HK$85 billion", "Paul Chan"),
    ]


def test_a_restatement_as_a_share_names_the_share_and_whose_it_is() -> None:
    text = "People aged 60 and over numbered 310.31 million, or 22 percent of the population."
    assert [(c.text, c.metric) for c in extract(text)][-1] == ("22 percent", "people aged 60 and over share of population")


def test_arrivals_from_a_country_are_not_that_countrys() -> None:
    text = "Thailand received 5.1 million visitors in July. The authority expects 8 million arrivals from China this year."
    assert [(c.text, c.entity) for c in extract(text)] == [("5.1 million", "Thailand"), ("8 million", "Thailand")]
    text = "Macau received 34.9 million visitors in 2024, of whom 70 percent came from mainland China."
    assert [(c.text, c.entity) for c in extract(text)] == [("34.9 million", "Macau"), ("70 percent", "Macau")]


# the series a figure measures, read from the words around it (each group found on held-out text)
METRICS = [
    # a sum of money, by the verb that takes it
    ("The painting fetched $91.1 million at auction.", "$91.1 million", "painting price"),
    ("The average home now sells for $412,000, up 4.1% from a year earlier.", "$412,000", "average home price"),
    ("The 2,400-square-foot house sold for $1.2 million.", "$1.2 million", "house price"),
    ("The new stadium will cost about £1bn.", "£1bn", "new stadium cost"),
    ("The bridge is 1.6 miles long and cost $2.5 billion to build.", "$2.5 billion", "cost"),
    ("The film grossed $150 million in its opening weekend.", "$150 million", "film gross"),
    ("The bank set aside $1.1 billion for bad loans.", "$1.1 billion", "provisions"),
    ("The startup raised $50 million at a valuation of $1 billion.", "$1 billion", "valuation"),
    ("The fine of €4.3 billion is the largest ever imposed.", "€4.3 billion", "fine"),
    ("The government borrowed £14.9bn in August.", "£14.9bn", "government borrowing"),
    ("The laptop starts at $999 and ships with 16GB of memory.", "$999", "laptop price"),
    # `the company` is the company named before: its name is the entity, not part of the metric
    ("Acme Corp makes widgets. The company earned $3.2 billion last year.", "$3.2 billion", "earnings"),
    # a physical amount, by what it is of, its dimension and verb, or what lasted it
    ("The storm dumped more than 10 inches of rain on the city.", "10 inches", "rainfall"),
    ("The glacier is losing 30 billion tons of ice a year.", "30 billion tons", "ice"),
    ("Each tablet contains 500 mg of paracetamol.", "500 mg", "paracetamol"),
    ("The ceasefire lasted just 48 hours.", "48 hours", "ceasefire duration"),
    ("The drought is expected to last two years.", "two years", "drought duration"),
    ("The storm dumped up to 18 inches of snow across the region.", "18 inches", "snowfall"),
    # with nothing it is of, the dimension of the unit and the verb that took it
    ("The wildfire has burned 12,500 acres.", "12,500 acres", "area burned"),
    ("The spacecraft travelled 6.4 billion kilometres.", "6.4 billion kilometres", "distance travelled"),
    # a count's verb, without the date after it
    ("The Beijing subway carried 13.75 million passengers on September 13.", "13.75 million", "passengers carried"),
    # `state-owned` is an adjective, not the verb `owned`
    ("Profits of state-owned enterprises declined 1.3 percent.", "1.3 percent", "profits of state-owned enterprises"),
    # a conversion in brackets measures what the figure before it does, in any unit
    ("Temperatures are forecast to reach 38C (100F) on Friday.", "100F", "temperatures"),
    ("The tower is 300 metres (984 feet) tall.", "984 feet", "tower"),
    # a part or a share of people, by what it did or what became of it
    # a share that is its clause's subject is named by what it did or is
    ("A survey found that 62 percent were reluctant to marry in the next five years.", "62 percent", "share reluctant to marry"),
    ("Among them, 41.5 percent cited the high cost of housing.", "41.5 percent", "share cited high cost of housing"),
    ("The poll found 48 percent support the plan, while 39 percent oppose it.", "48 percent", "share support plan"),
    ("Inflation was 2.9% year-on-year.", "2.9%", "inflation"),
    ("If convicted, they face up to two years in prison.", "two years", "prison sentence"),
    # a part of a count before it, and what became of it
    ("More than 290 people have been arrested. About 170 of them have been convicted.", "170", "people convicted"),
    ("Police said 17 people were injured, three of them seriously.", "three", "people injured"),
    # duties and tariffs, and what a share said
    ("The Commission imposed additional tariffs of up to 35.3 percent on electric vehicles.", "35.3 percent", "additional tariffs"),
    ("EVs pay the standard 10 percent car import duty.", "10 percent", "car import duty"),
    ("About 12 percent said they were considering leaving within five years.", "12 percent", "share considering leaving"),
    ("The survey found that 67 percent had no plans to emigrate.", "67 percent", "share had no plans to emigrate"),
    ("Each monitor will be paid 3,500 yuan a month.", "3,500 yuan", "monitor payment"),
]


@pytest.mark.parametrize(("text", "number", "metric"), METRICS)
def test_the_series_a_figure_measures(text: str, number: str, metric: str) -> None:
    claim = next(c for c in extract(text) if c.text == number)
    assert claim.metric == metric


# the kind of a figure and its series, where the two are read together
KINDS = [
    ("Profits could double next year.", "double", "target", "profits"),
    ("The firm wants to triple output by 2027.", "triple", "target", None),
    ("BYD sold 412,000 cars in 2024, nearly three times as many as a year earlier.", "three times", "change", "cars sold"),
    ("Water levels fell to 13.5 meters, about 5 meters below the average for the month.", "5 meters", "change", "water levels"),
    ("The satellite orbits 36,000 km above the equator.", "36,000 km", "level", None),
    ("The province ordered factories to cut power use by a quarter.", "a quarter", "target", "power use"),
    ("It expects the unemployment rate to average 3.4 percent this year.", "3.4 percent", "target", "unemployment rate"),
    ("The fund’s largest shareholder is the Ministry of Finance, which holds 17 percent.", "17 percent", "level", "stake"),
    ("China set up a fund with registered capital of 344 billion yuan.", "344 billion yuan", "level", "registered capital"),
    ("Groups warned that the dam could affect more than 1.3 million people.", "1.3 million", "target", "people"),
    ("They could potentially face a one-year prison sentence.", "one-year", "level", "prison sentence"),
]


@pytest.mark.parametrize(("text", "number", "kind", "metric"), KINDS)
def test_the_kind_and_series_of_a_figure(text: str, number: str, kind: str, metric: str | None) -> None:
    claim = next(c for c in extract(text) if c.text == number)
    assert (claim.kind, claim.metric) == (kind, metric)


def test_a_full_year_goal_is_this_years_and_full_year_results_name_no_year() -> None:
    text = "The firm raised its full-year delivery target to 120,000 vehicles.\nFull-year profit rose 5% to $2 billion."
    claims = [(c.text, c.period) for c in extract(text, published=date(2024, 7, 2), each_line=True)]
    assert claims == [("120,000", "2024"), ("5%", None), ("$2 billion", None)]


def test_a_capital_that_acts_is_its_country() -> None:
    text = "Beijing has sent letters to five EU countries. Rents in Beijing rose 3%."
    assert [(c.text, c.entity) for c in extract(text, each_line=False)] == [("five", "China"), ("3%", "Beijing")]


def test_a_sole_source_covers_the_later_figures_of_its_entity_and_year(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "China’s Economy Grows\n\n"
        "Industrial output rose 5.4 percent in September, the National Bureau of Statistics said. "
        "Retail sales grew 3.2 percent in September.\n\n"
        "The surveyed urban unemployment rate was 5.1 percent in September. In 2019 it was 5.2 percent.\n\n"
        "People aged 60 and over numbered 310.31 million.\n\n"
        "Source: Xinhua, October 18, 2024\n",
    )
    claims = {c.text: c.attributed_to for a in page.articles for c in extract_article(page.text, a)}
    nbs = "National Bureau of Statistics"
    # a figure that names no time is of the release too (the age bounding a group it counts as well); one of
    # another year is history
    assert claims == {
        "5.4 percent": nbs, "3.2 percent": nbs, "5.1 percent": nbs, "5.2 percent": None, "60": nbs, "310.31 million": nbs
    }


def test_list_items_are_about_their_labels_and_of_the_headline_series(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Guangdong Tops Provincial GDP Rankings\n\n"
        "Three provinces led the 2023 rankings:\n"
        "– Guangdong: 13.57 trillion yuan, up 4.8 percent\n"
        "– Jiangsu: 12.82 trillion yuan, up 5.8 percent\n\n"
        "Source: Yicai, January 30, 2024\n",
    )
    claims = [(c.text, c.metric, c.entity, c.period) for a in page.articles for c in extract_article(page.text, a)]
    assert claims[1:] == [
        ("13.57 trillion yuan", "gdp", "Guangdong", "2023"),
        ("4.8 percent", "gdp", "Guangdong", "2023"),
        ("12.82 trillion yuan", "gdp", "Jiangsu", "2023"),
        ("5.8 percent", "gdp", "Jiangsu", "2023"),
    ]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (  # the time after a later figure of an earlier event is that figure's
            ("Consumer prices fell 0.2 percent in October. The PPI dropped 2.6 percent, the 13th consecutive month of "
            "decline, after a 2.5 percent fall in September."),
            [("0.2 percent", "2023-10", "2022-10"), ("2.6 percent", "2023-10", "2022-10"), ("2.5 percent", "2023-09", "2022-09")],
        ),
        (
            "Home sales fell 20 percent in September, following a 24 percent drop in August.",
            [("20 percent", "2023-09", "2022-09"), ("24 percent", "2023-08", "2022-08")],
        ),
        (  # a clause of its own after `, and a ... of`: the day is the record's, the average keeps the span
            ("Rail trips rose 7.2 percent during the summer rush from July 1 to August 31. An average of 14.2 million "
            "trips were made each day, and a single-day record of 18.3 million was set on August 11."),
            [("7.2 percent", "2023-Q3", "2022-Q3"), ("14.2 million", "2023-Q3", None), ("18.3 million", "2023-08-11", None)],
        ),
    ],
)
def test_a_time_named_after_another_events_figure_is_that_figures(
    text: str, periods: list[tuple[str, str, str | None]]
) -> None:
    assert [(c.text, c.period, c.compared_to) for c in extract(text, published=date(2023, 11, 9))] == periods


def test_a_forecast_made_before_a_reading_is_for_its_period_and_credits_the_poll() -> None:
    text = (
        "China’s consumer price index (CPI) fell 0.2 percent year on year in October, the National Bureau of "
        "Statistics said. Economists polled by Reuters had expected the CPI to drop 0.1 percent."
    )
    claims = [(c.text, c.kind, c.metric, c.period, c.attributed_to) for c in extract(text, published=date(2023, 11, 9))]
    assert claims == [
        ("0.2 percent", "change", "cpi", "2023-10", "National Bureau of Statistics"),
        ("0.1 percent", "target", "cpi", "2023-10", "Reuters"),
    ]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Tesla said its revenue rose to $25 billion.", "Tesla"),
        ("The People’s Bank of China said separately that its gold holdings rose to 2,264 tonnes.", "People’s Bank of China"),
    ],
)
def test_what_a_speaker_says_of_its_own_figure_is_about_the_speaker(text: str, entity: str) -> None:
    assert [c.entity for c in extract(text)] == [entity]


def test_a_company_credited_by_its_full_name_covers_the_paragraph_like_an_agency() -> None:
    text = (
        "Railways handled 880 million trips this summer, China State Railway Group said. An average of 14.2 million "
        "trips were made each day. Airlines carried 130 million passengers, the Civil Aviation Administration said."
    )
    assert [c.attributed_to for c in extract(text)] == [
        "China State Railway Group", "China State Railway Group", "Civil Aviation Administration"
    ]


@pytest.mark.parametrize(
    ("text", "compared_to"),
    [
        ("The yuan weakened 0.2 percent against the dollar in October.", "2023-09"),
        ("Shares of Alibaba rose 12 percent in October.", "2023-09"),
        ("China's exports rose 5 percent in October, while shares of exporters fell.", "2022-10"),
    ],
)
def test_a_market_price_moved_in_a_month_is_on_the_month_before(text: str, compared_to: str) -> None:
    assert [c.compared_to for c in extract(text, published=date(2023, 11, 9))] == [compared_to]


def test_a_body_named_after_its_place_is_the_source_not_the_place() -> None:
    text = "Guangdong reported 4,658 dengue cases last week, the Guangdong Provincial Health Commission said."
    assert [c.attributed_to for c in extract(text)] == ["Guangdong Provincial Health Commission"]


def test_the_province_is_the_last_province_named_not_a_city_in_it() -> None:
    text = (
        "Guangdong reported 4,658 dengue cases in the week to October 7. More than 60 percent of the cases were in "
        "Guangzhou. The province has recorded over 20,000 cases so far this year."
    )
    assert [(c.text, c.entity) for c in extract(text)][-1] == ("20,000", "Guangdong")


def test_days_counted_are_days_and_a_bare_difference_after_them_too() -> None:
    text = (
        "The city recorded 271 days of good air quality in 2023, 15 fewer than a year earlier. "
        "Heavily polluted days rose to eight."
    )
    claims = [(c.text, c.unit, c.counted, c.metric) for c in extract(text)]
    assert claims == [
        ("271 days", "day", None, "days of good air quality"),
        ("15", "day", None, "days of good air quality"),
        ("eight", "day", None, "heavily polluted days"),
    ]


def test_part_of_a_scaled_whole_counts_the_whole_noun_and_a_base_without_a_time_has_none() -> None:
    text = (
        "About 1.19 million of the 4.3 million registered voters cast ballots on December 10. "
        "Only 88 seats were directly elected, down from 452."
    )
    claims = [(c.text, c.counted, c.period) for c in extract(text, published=date(2023, 12, 11))]
    assert claims == [
        ("1.19 million", "registered voters", "2023-12-10"),
        ("4.3 million", "registered voters", "2023-12-10"),
        ("88", "seats", "2023-12-10"),
        ("452", "seats", None),
    ]


def test_a_week_earlier_is_a_time_not_a_rate() -> None:
    text = "Guangdong reported 4,658 dengue fever cases, nearly double the 2,413 cases a week earlier."
    assert [c.metric for c in extract(text)] == ["dengue fever cases"] * 3


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Its shares closed at 2,345 yen, valuing the company at ¥4.2 trillion.", "JPY"),
        ("Spending by Chinese tourists totaled ¥449 billion, according to the Japan Tourism Agency.", "JPY"),
        ("Yunnan Energy's revenue reached ¥12.5 billion, a Japanese rival said.", "JPY"),
        ("Revenue reached ¥12.5 billion, or 12.5 billion yuan, a Japanese rival said.", "CNY"),
        ("The company’s revenue reached ¥12.5 billion.", "CNY"),
    ],
)
def test_the_yen_sign_is_the_yen_where_the_text_is_about_japan(text: str, unit: str) -> None:
    assert next(c.unit for c in extract(text) if c.text.startswith("¥")) == unit


def test_a_bare_share_is_the_share_of_the_market_the_article_names() -> None:
    page = (
        "Honor Leads China Smartphone Market\n\n"
        "Shipments rose 6.5 percent, according to market research firm IDC. Honor led the market with a 17.1 "
        "percent share, followed by Huawei at 17.0 percent. Apple’s share slipped to 15.6 percent.\n"
    )
    claims = [(c.text, c.metric, c.entity) for c in extract(page)][1:]
    assert claims == [
        ("17.1 percent", "smartphone market share", "Honor"),
        ("17.0 percent", "smartphone market share", "Huawei"),
        ("15.6 percent", "smartphone market share", "Apple"),
    ]


def test_that_was_points_back_at_the_figure_before() -> None:
    text = "Japan welcomed 1.16 million visitors from China in August. That was still 15 percent below August 2019."
    assert [(c.metric, c.compared_to) for c in extract(text, published=date(2024, 9, 18))] == [
        ("visitors", None), ("visitors", "2019-08")
    ]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("The company sold 462.3 million shares at HK$54.80 each.", ["shares sold", "share price"]),
        ("Midea Group raised HK$31 billion ($4 billion) in its Hong Kong listing.", ["listing proceeds"] * 2),
        ("Arm raised $4.87 billion in its initial public offering.", ["ipo proceeds"]),
    ],
)
def test_prices_each_and_what_an_offering_raised(text: str, metrics: list[str]) -> None:
    assert [c.metric for c in extract(text)] == metrics


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("About 70 percent of the proceeds will be used for research.", "target"),
        ("Some 5,000 jobs will be cut next year.", "target"),
        ("A survey found 62 percent said they will vote.", "level"),
    ],
)
def test_a_figure_that_is_the_subject_of_what_will_be_is_a_target(text: str, kind: str) -> None:
    assert [c.kind for c in extract(text)] == [kind]


def test_an_organization_credited_covers_its_paragraph() -> None:
    text = (
        "Japan welcomed 1.16 million visitors in August, the Japan National Tourism Organization said. "
        "That was 15 percent below August 2019."
    )
    assert [c.attributed_to for c in extract(text)] == ["Japan National Tourism Organization"] * 2


def test_a_places_authorities_act_for_the_place_and_a_second_verb_counts_the_same_noun() -> None:
    text = "Hong Kong authorities have arrested 291 people and charged 174 under the law. At least 30 groups have disbanded."
    claims = [(c.text, c.counted, c.metric, c.entity) for c in extract(text)]
    assert claims == [
        ("291", "people", "people arrested", "Hong Kong"),
        ("174", "people", "people charged", "Hong Kong"),
        ("30", "groups", "groups disbanded", "Hong Kong"),
    ]


def test_a_speaker_of_a_body_named_before_and_one_that_says_so_in_a_participle() -> None:
    text = (
        "Hong Kong has charged 174 people, Amnesty International said on Tuesday. “The law silences dissent,” said "
        "Sarah Brooks, Amnesty’s China director. At least 30 groups have disbanded, she said. The Hong Kong "
        "government rejected the report, saying the city’s crime rate fell 2.4 percent last year."
    )
    claims = [(c.text, c.entity, c.attributed_to) for c in extract(text, published=date(2024, 6, 25))]
    assert claims == [
        ("174", "Hong Kong", "Amnesty International"),
        ("30", "Hong Kong", "Sarah Brooks (Amnesty International)"),
        ("2.4 percent", "Hong Kong", "Hong Kong government"),
    ]


def test_a_proposed_budget_is_a_target_and_its_share_of_gdp_is_for_the_same_year() -> None:
    text = (
        "Taiwan’s cabinet proposed a record defense budget of NT$647 billion for 2025, equal to 2.45 percent of GDP. "
        "The budget includes NT$2.5 billion for drones, Premier Cho Jung-tai said. Defense spending has more than "
        "doubled since 2016, when it stood at NT$320 billion."
    )
    claims = [(c.text, c.kind, c.metric, c.period, c.attributed_to) for c in extract(text, published=date(2024, 8, 22))]
    assert claims[:2] == [
        ("NT$647 billion", "target", "defense budget", "2025", "Taiwan’s cabinet"),
        ("2.45 percent", "target", "defense budget share of gdp", "2025", "Taiwan’s cabinet"),
    ]
    assert claims[2][4] == "Cho Jung-tai"
    assert claims[-1][1:4] == ("level", "defense spending", "2016")


def test_investment_into_a_country_is_the_countrys() -> None:
    text = "Foreign direct investment into China fell 34.1 percent in the first nine months of 2024."
    assert [(c.metric, c.entity) for c in extract(text)] == [("foreign direct investment", "China")]


def test_what_companies_have_invested() -> None:
    assert [c.metric for c in extract("About 50 companies have invested $5 billion.")] == ["companies", "companies investment"]


def test_a_first_half_figure_is_the_halfs_and_the_six_months_is_no_duration() -> None:
    text = (
        "BYD’s first-half net profit rose 24.4 percent to 13.6 billion yuan. "
        "The carmaker sold 1.61 million vehicles in the six months."
    )
    claims = [(c.text, c.metric, c.period, c.compared_to) for c in extract(text, published=date(2024, 8, 28))]
    assert claims == [
        ("24.4 percent", "net profit", "2024-H1", "2023-H1"),
        ("13.6 billion yuan", "net profit", "2024-H1", None),
        ("1.61 million", "vehicles sold", "2024-H1", None),
    ]


def test_a_window_a_count_covers_is_still_a_figure() -> None:
    text = "The ministry detected 45 aircraft in the 24 hours to 6 a.m. on Thursday."
    assert [c.text for c in extract(text)] == ["45", "24 hours"]


def test_a_broadcaster_credited_with_what_it_is() -> None:
    text = "At least four people were killed and 95 injured, state broadcaster CCTV said on Saturday."
    assert [c.attributed_to for c in extract(text)] == ["CCTV", "CCTV"]


def test_a_company_whose_possessive_leads_headline_and_body_is_the_articles_entity(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "BYD’s First-Half Profit Rises 24%\n\n"
        "BYD’s first-half net profit rose 24.4 percent to 13.6 billion yuan. Revenue grew 15.8 percent.\n\n"
        "Source: Reuters, August 28, 2024\n",
    )
    assert [c.entity for a in page.articles for c in extract_article(page.text, a)] == ["BYD", "BYD", "BYD"]


def test_a_record_since_a_time_is_no_period_and_the_whole_counts_its_parts() -> None:
    text = (
        "New home prices in major Chinese cities fell 0.7 percent month-on-month in May. Prices were down 3.9 "
        "percent from a year earlier, the steepest decline since June 2015. Of the 70 cities surveyed, 69 reported "
        "monthly price declines, compared with 68 in April."
    )
    claims = [(c.text, c.counted, c.metric, c.entity, c.period) for c in extract(text, published=date(2024, 6, 17))]
    assert claims == [
        ("0.7 percent", None, "new home prices", "China", "2024-05"),
        ("3.9 percent", None, "new home prices", "China", "2024-05"),
        ("70", "cities", "cities surveyed", "China", "2024-05"),
        ("69", "cities", "cities", "China", "2024-05"),
        ("68", "cities", "cities", "China", "2024-04"),
    ]


def test_a_chinese_surname_credits_the_person_named_in_full_and_a_target_names_its_series() -> None:
    text = (
        "Premier Li Qiang said China is on track to achieve its growth target of around 5 percent this year. "
        "“We have full confidence,” Li told the forum. He said investment rose 10.6 percent in the first half."
    )
    claims = [(c.text, c.metric, c.attributed_to) for c in extract(text, published=date(2024, 6, 25))]
    assert claims == [("5 percent", "growth target", "Li Qiang"), ("10.6 percent", "investment", "Li Qiang")]


def test_an_exchange_credited_covers_its_paragraph() -> None:
    text = (
        "The freight index rose 5.5 percent, the Shanghai Shipping Exchange said. "
        "Rates to Rotterdam climbed to $6,500 per container."
    )
    assert [c.attributed_to for c in extract(text)] == ["Shanghai Shipping Exchange"] * 2


def test_a_people_is_its_country_and_anothers_tally_counts_the_same_noun() -> None:
    text = "China won 40 gold medals, though the Americans won 126 medals overall to China’s 91."
    claims = [(c.text, c.counted, c.entity) for c in extract(text)]
    assert claims == [("40", "gold medals", "China"), ("126", "medals", "United States"), ("91", "medals", "China")]


def test_a_multiple_of_the_number_a_year_earlier_is_a_change_and_a_span_end_is_no_period() -> None:
    text = (
        "Agents apprehended 37,000 Chinese nationals in fiscal year 2023, which ended on September 30, more than "
        "10 times the number a year earlier."
    )
    claims = [(c.text, c.kind, c.period, c.compared_to) for c in extract(text, published=date(2023, 12, 15))]
    assert claims == [("37,000", "level", "2023", None), ("10 times", "change", "2023", "2022")]


def test_exports_from_one_country_to_another_are_the_exporters_and_a_peoples_statistics_are_kept() -> None:
    text = "Exports of chipmaking equipment from the Netherlands to China jumped to €2.6 billion, Dutch statistics showed."
    assert [(c.metric, c.entity, c.attributed_to) for c in extract(text)] == [
        ("exports of chipmaking equipment to china", "Netherlands", "Dutch statistics")
    ]


def test_a_weekdays_event_and_a_restatement_in_votes_passed_over() -> None:
    text = (
        "Lai won Saturday’s presidential election with 40.05 percent of the vote, or 5.58 million votes, "
        "ahead of Hou with 33.49 percent."
    )
    claims = [(c.text, c.metric, c.entity, c.period) for c in extract(text, published=date(2024, 1, 14))]
    assert claims == [
        ("40.05 percent", "vote share", "Lai", "2024-01-13"),
        ("5.58 million", "votes", "Lai", "2024-01-13"),
        ("33.49 percent", "vote share", "Hou", "2024-01-13"),
    ]


def test_months_of_a_quarter_a_companys_sales_in_a_country_and_what_will_be_imposed() -> None:
    text = (
        "Toyota’s sales in China fell 8.8 percent in the first nine months of the year. Its operating profit for "
        "the April-June quarter was 1.31 trillion yen. The EU will impose tariffs of up to 35.3 percent."
    )
    claims = [(c.text, c.metric, c.entity, c.period) for c in extract(text, published=date(2024, 10, 28))]
    assert claims == [
        ("8.8 percent", "sales in china", "Toyota", "2024"),
        ("1.31 trillion yen", "operating profit", "Toyota", "2024-Q2"),
        ("35.3 percent", "tariffs", "European Union", None),
    ]


def test_a_stock_index_is_its_markets_and_a_record_one_day_gain_no_duration() -> None:
    text = (
        "The Hang Seng Index jumped 4.1 percent to 18,247.73 on Tuesday, its biggest one-day gain since November "
        "2022, after Beijing unveiled stimulus. The index has gained 7 percent this year."
    )
    claims = [(c.text, c.entity) for c in extract(text, published=date(2024, 9, 24))]
    assert claims == [("4.1 percent", "Hong Kong"), ("18,247.73", "Hong Kong"), ("7 percent", "Hong Kong")]


def test_fiscal_revenue_a_researchers_body_and_a_hyphenated_common_subject() -> None:
    text = (
        "China’s fiscal revenue fell 2.8 percent in the first nine months, according to an analysis by Lauri "
        "Myllyvirta of the Centre for Research on Energy and Clean Air. Coal-fired power generation dropped 5 percent."
    )
    claims = [(c.metric, c.entity, c.attributed_to) for c in extract(text, published=date(2024, 10, 18))]
    lauri = "Lauri Myllyvirta (Centre for Research on Energy and Clean Air)"
    assert claims == [("fiscal revenue", "China", lauri), ("coal-fired power generation", "China", lauri)]


def test_an_issue_date_and_a_later_targets_deadline_date_no_other_figure() -> None:
    text = (
        "According to a notice issued by the Shanghai Municipal Committee of Political and Legal Affairs on March 5, "
        "each of the city’s 16 districts must recruit at least 120 grid workers by the end of June. The notice says "
        "the workers will be paid 6,000 to 8,000 yuan a month. A total of 2,000 positions are to be filled this year."
    )
    claims = [(c.text, c.kind, c.metric, c.period) for c in extract(text, published=date(2024, 3, 20))]
    assert claims == [
        ("16", "level", "districts", None),
        ("120", "target", "grid workers", "2024-06"),
        ("6,000 to 8,000 yuan", "target", "workers payment", None),
        ("2,000", "target", "positions", "2024"),
    ]


def test_a_country_that_did_what_the_subject_finder_does_not_know_and_an_outflow() -> None:
    text = "Iran executed at least 853 people in 2023. Net outflow of Hong Kong residents fell to 10,400."
    assert [(c.metric, c.entity) for c in extract(text)] == [
        ("people executed", "Iran"), ("net outflow of residents", "Hong Kong")
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The firm failed to make $22.5 million in coupon payments.", "coupon payments"),
        ("The State Department approved a $2 billion arms package for Taiwan.", "arms package"),
        ("Sales rose to £3.4 billion in the year to March.", "sales"),
        ("Huawei invested RMB 164.7 billion in research and development.", "investment in research and development"),
    ],
)
def test_what_a_sum_is_in_or_for(text: str, metric: str) -> None:
    assert [c.metric for c in extract(text)] == [metric]


def test_a_polls_forecast_is_the_polls_and_an_academys_release_covers_its_paragraph() -> None:
    text = (
        "Industrial output grew 5.6 percent in April, beating a forecast of 5.5 percent in a Reuters poll, data from "
        "the National Bureau of Statistics showed. Trips recovered to about 85 percent of 2019 levels in the first "
        "half, the China Tourism Academy said. Spending is expected to reach $250 billion this year."
    )
    claims = [(c.text, c.period, c.attributed_to) for c in extract(text, published=date(2024, 5, 17))]
    assert claims == [
        ("5.6 percent", "2024-04", "National Bureau of Statistics"),
        ("5.5 percent", "2024-04", "Reuters"),
        ("85 percent", "2024-H1", "China Tourism Academy"),
        ("$250 billion", "2024", "China Tourism Academy"),
    ]


def test_a_demonym_of_the_philippines_and_a_factory_of_the_owner_named_before() -> None:
    text = (
        "Chinese vessels fired water cannon at two Philippine boats on Tuesday, injuring four crew members. "
        "Tesla sold 62,167 cars in April. Exports from its Shanghai factory fell 39.3 percent."
    )
    claims = [(c.text, c.metric, c.entity) for c in extract(text, each_line=False)]
    assert claims[1][2] == "Philippines"
    assert claims[-1] == ("39.3 percent", "exports from shanghai factory", "Tesla")


def test_a_governments_list_of_targets_for_a_year_announced_in_a_report_on_a_day(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Guangdong Sets Growth Target of Around 5% for 2025\n\n"
        "The Guangdong provincial government set the following targets for 2025 in its work report on Tuesday:\n"
        "– GDP growth of around 5 percent\n"
        "– Urban unemployment below 5.5 percent\n\n"
        "Source: Nanfang Daily, January 15, 2025\n",
    )
    claims = [(c.text, c.kind, c.metric, c.period, c.attributed_to) for a in page.articles for c in extract_article(page.text, a)]
    government = "Guangdong provincial government"
    assert claims == [
        ("5 percent", "target", "gdp growth", "2025", government),
        ("5.5 percent", "target", "urban unemployment", "2025", government),
    ]


def test_a_person_who_estimated_is_the_person_credited_before() -> None:
    text = "“It may not last,” said Zhang Hong, an analyst at Centaline Property. He estimated prices would fall 5 percent."
    assert [c.attributed_to for c in extract(text)] == ["Zhang Hong (Centaline Property)"]


def test_official_is_no_part_of_a_series_and_a_shopping_festival_is_no_entity() -> None:
    pmi = "China’s official manufacturing purchasing managers’ index (PMI) rose to 50.2 in March."
    assert [(c.metric, c.entity) for c in extract(pmi)] == [("manufacturing pmi", "China")]
    sales = (
        "Brands saw sales soar during the Singles Day shopping festival. Singles Day sales across platforms reached "
        "1.44 trillion yuan."
    )
    assert [c.entity for c in extract(sales)] == [None]


def test_agency_data_is_the_opening_bodys_and_a_court_that_ruled_is_the_source() -> None:
    text = (
        "U.S. Customs and Border Protection has detained more than 4,000 shipments since June 2022, according to "
        "agency data.\nLeung Kwok-hung was sentenced to seven years in prison, Hong Kong’s High Court ruled."
    )
    assert [c.attributed_to for c in extract(text, each_line=True)] == [
        "U.S. Customs and Border Protection", "High Court"
    ]


def test_trade_between_two_countries_and_a_subject_before_up_to() -> None:
    text = (
        "Trade between China and Russia rose 26.3 percent in 2023.\n"
        "Typhoon Gaemi dumped up to 600 millimeters of rain on parts of Hunan province."
    )
    claims = [(c.metric, c.entity) for c in extract(text, each_line=True)]
    assert claims[0] == ("trade between china and russia", "China")
    assert claims[1][1] != "Typhoon Gaemi dumped"


def test_a_spokesman_for_a_body_and_a_company_opening_headline_and_body(tmp_path: Path) -> None:
    text = (
        "Exports rose 0.6 percent in 2023, Lü Daliang, a spokesman for the General Administration of Customs, "
        "told a press conference."
    )
    assert [c.attributed_to for c in extract(text)] == ["Lü Daliang (General Administration of Customs)"]
    page = parse_page(
        tmp_path / "p.txt",
        "Foxconn’s Fourth-Quarter Revenue Falls 10%\n\n"
        "Foxconn, the largest contract electronics maker, reported revenue of NT$1.85 trillion for the fourth "
        "quarter. December sales fell 3.5 percent.\n\nSource: Reuters, January 5, 2024\n",
    )
    assert {c.entity for a in page.articles for c in extract_article(page.text, a)} == {"Foxconn"}


def test_a_forecast_after_the_figure_and_a_quarterly_basis() -> None:
    text = (
        "China’s GDP grew 4.6 percent year on year in the third quarter, above the 4.5 percent forecast in a "
        "Reuters poll but down from 4.7 percent in the second quarter. On a quarterly basis, GDP expanded 0.9 percent."
    )
    claims = [(c.text, c.kind, c.period, c.compared_to) for c in extract(text, published=date(2024, 10, 18))]
    assert claims == [
        ("4.6 percent", "change", "2024-Q3", "2023-Q3"),
        ("4.5 percent", "target", "2024-Q3", None),
        ("4.7 percent", "change", "2024-Q2", "2023-Q2"),
        ("0.9 percent", "change", "2024-Q3", "2024-Q2"),
    ]


def test_a_fraction_moved_and_a_sum_worth_of_goods() -> None:
    text = "Apple shipped $6 billion worth of iPhones in the six months to September, up about a third from a year earlier."
    claims = [(c.text, c.kind, c.metric, c.period, c.compared_to) for c in extract(text, published=date(2024, 10, 14))]
    assert claims == [
        ("$6 billion", "level", "iphone shipments", "2024", None),  # what was shipped, as the shipments it made
        ("a third", "change", "iphone shipments", "2024", "2023"),
    ]


def test_a_source_introduced_by_what_it_is_to_the_story() -> None:
    text = "The resort welcomed 15 million visitors in 2024, parent company Walt Disney said.\nSales rose 5 percent, carmaker BYD said."
    assert [c.attributed_to for c in extract(text, each_line=True)] == ["Walt Disney", "BYD"]


def test_a_count_in_the_present_is_of_no_past_period() -> None:
    text = "Air China carried 12.1 million passengers in July. The carrier operates about 920 aircraft."
    assert [(c.text, c.period) for c in extract(text, published=date(2024, 8, 15))] == [
        ("12.1 million", "2024-07"),
        ("920", None),
    ]


@pytest.mark.parametrize(
    ("text", "number", "entity"),
    [
        # a sentence-opening adjective shaped like a demonym but built on no place is a common noun
        (
            "Per capita income in Shanghai reached 84,834 yuan in 2023. Urban residents earned an average of 89,477 yuan.",
            "89,477 yuan",
            "Shanghai",
        ),
        # an agency's own forecast is of its place's economy, not of the agency
        (
            (
                "Taiwan’s GDP expanded 5.1 percent in the second quarter, the Directorate-General of Budget, "
                "Accounting and Statistics (DGBAS) said. The DGBAS raised its full-year growth forecast to 3.9 percent."
            ),
            "3.9 percent",
            "Taiwan",
        ),
    ],
)
def test_whom_a_figure_is_about_past_adjectives_and_agencies(text: str, number: str, entity: str) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert claim.entity == entity


def test_the_same_figure_of_another_entity_is_no_restatement() -> None:
    text = "Apple's revenue rose 5 percent. Samsung's revenue rose 5 percent."
    assert [(c.text, c.entity) for c in extract(text, _LEAD)] == [("5 percent", "Apple"), ("5 percent", "Samsung")]


def test_one_change_of_two_series_in_a_sentence_is_kept_twice() -> None:
    text = "Brent fell $1.42, or 1.8 percent, to $77.20, while WTI dropped $1.35, or 1.8 percent, to $73.10."
    assert [c.text for c in extract(text, _LEAD)].count("1.8 percent") == 2


def test_a_name_the_article_uses_before_a_series_is_its_entity(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Apple Shares Rise After Results\n\nApple shares rose 3.2% to $189.50 on Monday.\n\nSource: Reuters, May 3, 2024\n",
    )
    claims = [(c.text, c.metric, c.entity) for a in page.articles for c in extract_article(page.text, a)]
    assert claims == [("3.2%", "shares", "Apple"), ("$189.50", "shares", "Apple")]


@pytest.mark.parametrize(
    ("text", "number", "kind", "metric", "entity"),
    [
        # a sum added to or wiped off a worth is a change of that worth
        ("Shares jumped 14%, adding nearly $40 billion to its market value.", "$40 billion", "change", "market value", None),
        ("The selloff wiped $1 trillion off the value of U.S. stocks.", "$1 trillion", "change", "value of stocks", "United States"),
        ("The surge added $12 billion to Musk's net worth.", "$12 billion", "change", "net worth", "Musk"),
        # verbs of a size name its dimension
        ("The bridge spans 1.6 kilometres.", "1.6 kilometres", "level", "length", None),
        ("The apartment measures 1,200 sq ft.", "1,200 sq ft", "level", "area", None),
        # what a time or a sum was spent to do
        ("The tunnel took six years and $4.2 billion to build.", "six years", "level", "time to build", None),
        ("The tunnel took six years and $4.2 billion to build.", "$4.2 billion", "level", "cost to build", None),
        # a percent of a quality is that quality of the subject
        ("The vaccine was 94.1% effective at preventing illness.", "94.1%", "level", "vaccine efficacy", None),
        ("The wildfire is 30% contained, officials said.", "30%", "level", "wildfire containment", None),
        # a move at a rate is a change of the subject; a level at a rate is the subject's level
        ("Japan's economy shrank at an annualised rate of 2.1%.", "2.1%", "change", "economy", "Japan"),
        ("Housing starts rose 4.3% to a seasonally adjusted annual rate of 1.37 million units.", "1.37 million", "level", "housing starts", None),
        # a loss in money is the level of a result, not a fall
        ("The retailer posted a £1.5bn loss.", "£1.5bn", "level", "loss", None),
        # a pronoun moved somewhere is who moved, not what
        ("The win lifted them to 45 points.", "45", "level", "points", None),
        # a noun phrase ends where the next clause's figure begins
        ("The firm oversees $1.3 trillion in assets and employs around 4,500 people.", "$1.3 trillion", "level", "assets", None),
        ("The storm dumped 2 feet of snow and brought gusts of 60 mph.", "2 feet", "level", "snowfall", None),
        # a temperature with nothing else to name it
        ("Phoenix hit 118 degrees on Sunday.", "118 degrees", "level", "temperature", "Phoenix"),
        # a level a move reached past its time and an average
        ("Rents in Berlin have doubled over the past decade, to an average of €13.50.", "€13.50", "level", "rents", "Berlin"),
        # a sum raised is funding, not the valuation named before it
        ("The startup was valued at $2bn after raising $300m.", "$300m", "level", "funding", None),
        # a budget `for the fiscal year` is of that time, not of a thing
        ("The council approved a $45 million budget for the fiscal year starting July 1.", "$45 million", "level", "budget", None),
        ("The company's stock closed at $142.56 on Friday.", "$142.56", "level", "stock", None),
        # what someone estimates is about the clause after the verb; `away` is a distance
        ("Scientists estimate the galaxy is about 13 billion light-years away.", "13 billion light-years", "level", "galaxy distance", None),
    ],
)
def test_wire_news_shapes_of_worth_size_quality_and_pace(
    text: str, number: str, kind: str, metric: str, entity: str | None
) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert (claim.kind, claim.metric, claim.entity) == (kind, metric, entity)


def test_an_annualized_rate_of_a_quarter_compares_with_the_quarter_before() -> None:
    (claim,) = extract("The economy grew at an annualized rate of 4.9% in the third quarter.", date(2023, 11, 30))
    assert (claim.kind, claim.period, claim.compared_to) == ("change", "2023-Q3", "2023-Q2")


def test_a_population_counts_people_even_of_a_counted_place() -> None:
    text = "The population of Tokyo's 23 wards rose by 0.2 per cent to 9.7 million."
    assert [(c.text, c.counted) for c in extract(text, _LEAD)] == [
        ("23", "wards"),
        ("0.2 per cent", None),
        ("9.7 million", "people"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "kind", "metric", "entity"),
    [
        # goods sold for a sum (past a conversion in brackets) are their sales; securities sold are themselves
        ("The developers sold 373.3 billion yuan (US$52.1 billion) of property.", "373.3 billion yuan", "level", "property sales", None),
        ("Vanke sold 17.6 billion yuan, about half of what it sold a year earlier.", "17.6 billion yuan", "level", "sales", "Vanke"),
        ("Vanke sold 17.6 billion yuan, about half of what it sold a year earlier.", "half", "level", "sales relative to year earlier", "Vanke"),
        # a month before the series is its time; a name joined by `&`, after a word of ownership, is the entity
        (
            "State-owned China Overseas Land & Investment topped the list with 28.5 billion yuan in November sales.",
            "28.5 billion yuan",
            "level",
            "sales",
            "China Overseas Land & Investment",
        ),
        # a balance named before a count of people is the series
        ("Births and deaths resulted in a natural decrease of 7,300 people.", "7,300", "change", "natural decrease", None),
        # the noun a relative clause values
        ("Prices fell below their cost of production, which analysts put at 150,000 yuan.", "150,000 yuan", "level", "cost of production", None),
        # a share of one's own value lost is a fall of the thing the subject names
        ("Its Hong Kong-listed shares have lost 62 percent of their value.", "62 percent", "change", "shares", None),
        ("The chemical traded as high as 597,500 yuan per tonne.", "597,500 yuan", "level", "chemical price", None),
        # how long something may take is a forecast
        (
            "Analysts said it may take two to three years for the market to find a floor.",
            "two to three years",
            "target",
            "time for market to find floor",
            None,
        ),
    ],
)
def test_sales_balances_and_values_of_business_news(
    text: str, number: str, kind: str, metric: str, entity: str | None
) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert (claim.kind, claim.metric, claim.entity) == (kind, metric, entity)


def test_each_change_takes_the_base_named_right_after_it() -> None:
    text = "Sales fell 29.3 percent from a year earlier last month and 4.9 percent from October."
    assert [(c.kind, c.period, c.compared_to) for c in extract(text, date(2023, 12, 1))] == [
        ("change", "2023-11", "2022-11"),
        ("change", "2023-11", "2023-10"),
    ]


def test_a_change_over_the_past_year_is_on_a_year_before_and_since_opens_no_period() -> None:
    text = (
        "The price has fallen more than 80 percent over the past year, to about 100,000 yuan per tonne this week. "
        "Since the launch of the Top Talent Pass Scheme in December 2022, more than 50,000 applications were approved."
    )
    assert [(c.text, c.period, c.compared_to) for c in extract(text, date(2023, 12, 6))] == [
        ("80 percent", "2023-12", "2022-12"),
        ("100,000 yuan", "2023-12", None),
        ("50,000", None, None),
    ]


def test_a_headline_figure_the_body_gives_more_precisely_is_not_repeated(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Hong Kong Population Rebounds to 7.5 Million\n\nThe population grew to 7,498,100 by the end of June.\n\n"
        "Source: South China Morning Post, August 11, 2023\n",
    )
    assert [c.text for a in page.articles for c in extract_article(page.text, a)] == ["7,498,100"]


def test_a_report_cited_after_its_publisher_is_credited_to_the_publisher() -> None:
    text = (
        "Recruitment platform Zhaopin released its “2024 College Graduates Employment Report” on Tuesday. "
        "According to the report, the average monthly salary expected by this year’s graduates was 6,295 yuan."
    )
    (claim,) = extract(text, date(2024, 4, 24))
    assert (claim.kind, claim.metric, claim.attributed_to) == (
        "level",
        "average monthly salary expected by graduates",
        "Zhaopin",
    )


@pytest.mark.parametrize(
    ("text", "number", "counted", "metric"),
    [
        # a part of the count before: what that counted, with the part's own verb
        (
            "At least 1,574 Uyghurs have been detained in 28 countries. Of them, 424 were deported back to China.",
            "424",
            "Uyghurs",
            "uyghurs deported",
        ),
        ("Police rounded up about 200 students, at least 20 of whom were later sent back.", "20", "students", "students sent"),
        # a forecast count of the series named before its verb
        ("The number of college graduates is expected to reach a record 11.79 million.", "11.79 million", "college graduates", "college graduates"),
        # a second figure the same verb counts, past quotation marks
        ("The county deployed 1,200 “grid workers” and 350 police officers to monitor 86 people.", "350", "police officers", "police officers deployed"),
    ],
)
def test_what_parts_forecasts_and_gapped_counts_count(text: str, number: str, counted: str, metric: str) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert (claim.counted, claim.metric) == (counted, metric)


def test_a_county_is_the_county_named_before_and_a_multiple_takes_its_base() -> None:
    text = (
        "A document issued by the Political and Legal Affairs Commission of Linyi County, Shandong Province, "
        "bars residents from travelling to Beijing. The county deployed 1,200 “grid workers” and budgeted "
        "3.6 million yuan for “stability maintenance”, twice the amount spent in 2023."
    )
    claims = extract(text, date(2024, 3, 5))
    assert [(c.text, c.kind, c.metric, c.entity, c.compared_to) for c in claims] == [
        ("1,200", "level", "grid workers deployed", "Linyi County", None),
        ("3.6 million yuan", "level", "stability maintenance budget", "Linyi County", None),
        ("twice", "change", "stability maintenance budget", "Linyi County", "2023"),
    ]


def test_trade_news_of_a_country_and_its_forecast() -> None:
    text = (
        "Japan’s exports to China dropped 6.6 percent in July. Shipments of chip-making equipment, which accounted "
        "for roughly a fifth of the total, slid 18 percent. The country posted a trade deficit of 78.7 billion yen, "
        "far smaller than the 1.04 trillion yen economists had forecast."
    )
    claims = extract(text, date(2023, 8, 17))
    assert [(c.text, c.unit, c.kind, c.entity) for c in claims] == [
        ("6.6 percent", "percent", "change", "Japan"),
        ("a fifth", "percent", "level", "Japan"),
        ("18 percent", "percent", "change", "Japan"),  # a change of shipments, not of the fifth before it
        ("78.7 billion yen", "JPY", "level", "Japan"),  # the country, not the market it exports to
        ("1.04 trillion yen", "JPY", "target", "Japan"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "metric", "compared_to"),
    [
        ("China exported 4.91 million vehicles in 2023.", "4.91 million", "vehicle exports", None),
        ("BYD sold 242,800 vehicles overseas last year, more than four times its 2022 total.", "four times", "vehicles sold overseas", "2022"),
    ],
)
def test_goods_a_country_exported_and_a_multiple_of_a_year_before(
    text: str, number: str, metric: str, compared_to: str | None
) -> None:
    (claim,) = [c for c in extract(text, date(2024, 1, 12)) if c.text == number]
    assert (claim.metric, claim.compared_to) == (metric, compared_to)


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("The typhoon left 12 dead and 40,000 without power.", "12", "deaths"),
        ("The typhoon left 12 dead and 40,000 without power.", "40,000", "people without power"),
        ("Four people were killed and 95 injured.", "95", "people injured"),
    ],
)
def test_casualties_are_named_by_what_befell_them(text: str, number: str, metric: str) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert claim.metric == metric


def test_the_company_is_the_firm_named_not_the_bureau_named_more() -> None:
    text = (
        "The National Bureau of Statistics said retail sales rose 3 percent, and the National Bureau of Statistics "
        "added that Midea Group led appliance sales. The company reported revenue of 5 billion yuan."
    )
    (claim,) = [c for c in extract(text, _LEAD) if c.text == "5 billion yuan"]
    assert claim.entity == "Midea Group"


def test_a_growth_faster_than_a_months_own_is_two_readings_of_their_own_months() -> None:
    text = "Retail sales grew 3.1 percent in November. Industrial output rose 5.4 percent, slightly faster than October’s 5.3 percent."
    assert [(c.text, c.kind, c.period, c.compared_to) for c in extract(text, date(2024, 12, 16))] == [
        ("3.1 percent", "change", "2024-11", "2023-11"),
        ("5.4 percent", "change", "2024-11", "2023-11"),
        ("5.3 percent", "change", "2024-10", "2023-10"),
    ]


def test_a_daily_tally_is_of_the_day_it_was_told_and_the_ministry_again_is_its_source() -> None:
    text = (
        "Taiwan’s Ministry of National Defense said on Thursday that it had detected 53 Chinese military aircraft "
        "in the 24 hours to 6 a.m.\n\nIn total, the ministry has reported 2,014 Chinese military aircraft this year."
    )
    claims = extract(text, date(2024, 10, 17))
    assert [(c.text, c.metric, c.period, c.attributed_to) for c in claims] == [
        ("53", "chinese military aircraft detected", "2024-10-17", "Ministry of National Defense"),
        ("24 hours", "detection period", "2024-10-17", "Ministry of National Defense"),
        ("2,014", "chinese military aircraft", "2024", "Ministry of National Defense"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "kind", "metric", "attributed_to"),
    [
        # the outlet's own reporting credits the outlet
        ("Teachers have not been paid, with arrears totaling about 36 million yuan, Caixin learned.", "36 million yuan", "level", "arrears", "Caixin"),
        # a multiple of a thing's own other figure is a ratio of the two; of a year's level, a change
        ("Its debt reached 9.8 billion yuan, more than eight times its revenue.", "eight times", "level", "debt relative to revenue", None),
        ("Its debt reached 9.8 billion yuan, more than eight times the 2019 level.", "eight times", "change", "debt", None),
    ],
)
def test_own_reporting_and_multiples_of_a_figure(
    text: str, number: str, kind: str, metric: str, attributed_to: str | None
) -> None:
    (claim,) = [c for c in extract(text, date(2024, 6, 3)) if c.text == number]
    assert (claim.kind, claim.metric, claim.attributed_to) == (kind, metric, attributed_to)


def test_a_jobs_report_and_its_forecast_and_a_years_figure_after_another() -> None:
    text = (
        "U.S. employers added 256,000 jobs in December, far more than the 155,000 economists had expected, the Labor "
        "Department said. For all of 2024, the economy added 2.2 million jobs, down from 3 million in 2023. "
        "Germany’s gross domestic product contracted 0.2 percent in 2024 after a 0.3 percent decline in 2023, "
        "Destatis said."
    )
    claims = extract(text, date(2025, 1, 10))
    assert [(c.text, c.counted, c.kind, c.metric, c.period, c.attributed_to) for c in claims] == [
        ("256,000", "jobs", "level", "jobs added", "2024-12", "Labor Department"),
        ("155,000", "jobs", "target", "jobs added", "2024-12", None),  # the economists' forecast of December's
        ("2.2 million", "jobs", "level", "jobs added", "2024", "Labor Department"),  # jobs the economy added
        ("3 million", "jobs", "level", "jobs added", "2023", "Labor Department"),
        ("0.2 percent", None, "change", "gross domestic product", "2024", "Destatis"),
        ("0.3 percent", None, "change", "gross domestic product", "2023", "Destatis"),  # the time after `after a`
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Core inflation, which excludes energy, food, alcohol and tobacco, slowed to 3.2 percent.", "core inflation"),
        ("Services inflation, watched closely by the Bank of England, dropped to 4.4 percent.", "services inflation"),
        ("Unemployment climbed in December, with 2.87 million people out of work.", "people out of work"),
    ],
)
def test_a_series_past_a_listing_aside_and_people_out_of_work(text: str, metric: str) -> None:
    (claim,) = extract(text, _LEAD)
    assert claim.metric == metric


def test_a_figure_compared_with_in_a_credited_sentence_shares_its_source() -> None:
    text = (
        "The Labor Department said employers added 256,000 jobs in December.\n\n"
        "For all of 2024, the economy added 2.2 million jobs, down from 3 million in 2023."
    )
    assert [(c.text, c.attributed_to) for c in extract(text, date(2025, 1, 10))] == [
        ("256,000", "Labor Department"),
        ("2.2 million", "Labor Department"),
        ("3 million", "Labor Department"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "unit", "counted", "metric", "entity"),
    [
        # a power rating in a compound adjective is the capacity of what it rates
        ("The 1.1-gigawatt dam is part of a cascade.", "1.1-gigawatt", "gigawatt", None, "dam capacity", None),
        # people still held, and how long the others were
        ("Most were released, but at least 20 remain in custody.", "20", "count", "people", "people in custody", None),
        ("Most of those detained were released after two days.", "two days", "day", None, "detention duration", None),
        # a number of a series whose name has a capital in it
        ("The number of Primary One students fell to 40,800.", "40,800", "count", "Primary One students", "primary one students", None),
        # a city named with its province without the word `Province` is the place meant
        (
            "A notice issued by the Public Security Bureau of Yulin City, Guangxi, said 3.68 million residents were eligible.",
            "3.68 million",
            "count",
            "residents",
            "residents",
            "Yulin City",
        ),
    ],
)
def test_ratings_detainees_and_cities_in_provinces(
    text: str, number: str, unit: str, counted: str | None, metric: str, entity: str | None
) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert (claim.unit, claim.counted, claim.metric, claim.entity) == (unit, counted, metric, entity)


@pytest.mark.parametrize(
    ("text", "number", "unit", "counted", "qualifier", "metric", "entity"),
    [
        # a figure set off by commas counts the noun before it and is of the clause's subject; no one is 13,677
        ("Kazakhstan reported the most cases, 13,677, followed by Russia.", "13,677", "count", "cases", "exact", "cases", "Kazakhstan"),
        ("Those aged 14 and younger accounted for 11.4 percent.", "14", "year", None, "at_most", "age", None),
        ("Households with 2 or fewer members rose.", "2", "count", None, "at_most", None, "Households"),
        # a count that a participle takes as its object is what befell it, not its clause's subject
        ("The rates dropped to 93 percent, leaving some 1.8 million infants unvaccinated.", "1.8 million", "count", "infants", "approximately", "infants unvaccinated", None),
        ("The quake struck on Monday, killing 12 people and injuring 40.", "40", "count", "people", "exact", "people injured", None),
        # a country's possessive before a company's name is no part of the name
        ("Taiwan's Foxconn reported revenue of NT$1.85 trillion.", "NT$1.85 trillion", "TWD", None, "exact", "revenue", "Foxconn"),
    ],
)
def test_apposed_counts_bounds_below_objects_of_participles_and_a_home_country(
    text: str, number: str, unit: str, counted: str | None, qualifier: str, metric: str | None, entity: str | None
) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert (claim.unit, claim.counted, claim.qualifier, claim.metric, claim.entity) == (
        unit, counted, qualifier, metric, entity
    )


def test_a_central_bank_named_again_revises_its_forecast_and_the_agency_is_the_one_credited() -> None:
    text = (
        "The Bank of Korea kept its rate at 3.5 percent on Thursday, as household debt rose by 6.2 trillion won in "
        "October to a record 1,091 trillion won. The central bank cut its growth forecast for next year to 2.1 percent "
        "from 2.2 percent and expects inflation to average 2.6 percent.\n\n"
        "More than 42,200 people were infected in 2023, compared with 941 cases in all of 2022, the World Health "
        "Organization said.\n\nVaccination fell to 93 percent in 2022, the agency said."
    )
    claims = extract(text, date(2023, 11, 30))
    assert [(c.text, c.kind, c.metric, c.period, c.attributed_to) for c in claims] == [
        ("3.5 percent", "level", "rate", "2023-11-30", None),
        ("6.2 trillion won", "change", "household debt", "2023-10", None),  # not `in October to a record`
        ("1,091 trillion won", "level", "household debt", "2023-10", None),
        ("2.1 percent", "target", "growth forecast", "2024", "Bank of Korea"),
        ("2.2 percent", "target", "growth forecast", "2024", "Bank of Korea"),  # the forecast revised
        ("2.6 percent", "target", "inflation", "2024", "Bank of Korea"),  # the forecast beside it is for next year too
        ("42,200", "level", "people infected", "2023", "World Health Organization"),
        ("941", "level", "cases", "2022", "World Health Organization"),  # the time after it, not before the comma
        ("93 percent", "level", "vaccination", "2022", "World Health Organization"),
    ]


def test_a_time_to_come_is_not_that_of_a_figure_before_it_nor_of_the_next_sentence() -> None:
    text = (
        "The company, which assembles roughly 70 percent of the world's iPhones, said it expects first-quarter "
        "revenue to grow. Its shares closed down 0.6 percent."
    )
    assert [(c.text, c.period) for c in extract(text, date(2024, 1, 5))] == [("70 percent", None), ("0.6 percent", None)]


def test_a_title_case_headline_credits_who_it_says_says(tmp_path: Path) -> None:
    page = tmp_path / "who.txt"
    page.write_text(
        "Measles Cases in Europe Rose 45-Fold in 2023, WHO Says\n\n"
        "More than 42,200 people were infected, the agency said.\n\n"
        "Source: Euronews, December 14, 2023\n",
        encoding="utf-8",
    )
    parsed = parse_page(page)
    claims = extract_article(parsed.text, parsed.articles[0])
    assert (claims[0].text, claims[0].attributed_to) == ("45-Fold", "WHO")


def test_the_age_bounding_a_group_is_of_the_place_the_article_is_about() -> None:
    text = (
        "Japan's population fell by 595,000 to 124.35 million. The number of Japanese nationals dropped by 837,000.\n\n"
        "People aged 65 and older made up 29.1 percent of the population."
    )
    (age,) = [c for c in extract(text, date(2024, 4, 12)) if c.text == "65"]
    assert (age.unit, age.qualifier, age.entity) == ("year", "at_least", "Japan")


@pytest.mark.parametrize(
    ("text", "number", "metric", "entity", "period"),
    [
        # where a share goes or comes from is part of what it is a share of
        ("Some 70 percent of the country's electricity comes from coal.", "70 percent", "share of country electricity from coal", None, None),
        # a price paid for a company, and the same per share
        ("Microsoft agreed to buy Activision Blizzard for $68.7 billion, or $95 a share.", "$68.7 billion", "acquisition price", "Activision Blizzard", None),
        ("Microsoft agreed to buy Activision Blizzard for $68.7 billion, or $95 a share.", "$95", "acquisition price per share", "Activision Blizzard", None),
        ("Net income rose to $14.88 billion, or $5.16 per share, in 2023.", "$5.16", "net income per share", None, "2023"),
        # what one overtook another with is the overtaker's
        ("India overtook China as the world's most populous country, with 1.4286 billion people.", "1.4286 billion", "people", "India", None),
        # a record's time is not the figure's that breaks it
        ("The city received 4.5 inches of rain, breaking a record set in 1977.", "4.5 inches", "rainfall", None, None),
    ],
)
def test_shares_that_flow_prices_paid_for_companies_overtakers_and_records(
    text: str, number: str, metric: str, entity: str | None, period: str | None
) -> None:
    (claim,) = [c for c in extract(text, _LEAD) if c.text == number]
    assert (claim.metric, claim.entity, claim.period) == (metric, entity, period)


def test_a_lender_named_by_what_it_is_credits_its_own_results_before_it_in_the_paragraph() -> None:
    text = (
        "HSBC Holdings posted a pre-tax profit of $30.3 billion for 2023. Revenue climbed 29 percent to $66.1 billion, "
        "the London-based lender said. The bank announced a share buyback of up to $2 billion. It took a $3 billion "
        "impairment charge on its stake."
    )
    assert [(c.text, c.metric, c.attributed_to) for c in extract(text, date(2024, 2, 21))] == [
        ("$30.3 billion", "pre-tax profit", "HSBC Holdings"),
        ("29 percent", "revenue", "HSBC Holdings"),
        ("$66.1 billion", "revenue", "HSBC Holdings"),
        ("$2 billion", "share buyback", "HSBC Holdings"),
        ("$3 billion", "impairment charge on stake", "HSBC Holdings"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "metric", "period", "attributed_to"),
    [
        # a body of a plural's keeps its whole name
        (
            "Sales fell 11.3 percent in January, the European Automobile Manufacturers' Association (ACEA) said.",
            "11.3 percent",
            "sales",
            "2024-01",
            "European Automobile Manufacturers' Association",
        ),
        # a place's aside tells of another event there
        ("In Germany, where subsidies ended in December, electric car sales plunged by two-thirds.", "two-thirds", "electric car sales", None, None),
        # those a count includes befell what it did; a ratio of people is the share of them it befell
        ("Floods have killed 1,136 people, including 386 children.", "386", "children killed", None, None),
        ("More than 33 million people, about one in seven Pakistanis, have been affected.", "33 million", "people affected", None, None),
        ("More than 33 million people, about one in seven Pakistanis, have been affected.", "one in seven", "share of pakistanis affected", None, None),
        # what a sum is put at, and a company's valuation
        ("Minister Ahsan Iqbal estimated the losses at more than $10 billion.", "$10 billion", "losses", None, "Ahsan Iqbal"),
        ("The deal values the company at roughly $69 billion.", "$69 billion", "valuation", None, None),
        # forecasts no one in particular made are credited to no one
        ("Employment fell by 65,100 in December, the Australian Bureau of Statistics said, against forecasts of a 15,000 rise.", "15,000", "employment", None, None),
    ],
)
def test_names_of_bodies_asides_included_counts_valuations_and_unnamed_forecasts(
    text: str, number: str, metric: str, period: str | None, attributed_to: str | None
) -> None:
    (claim,) = [c for c in extract(text, date(2024, 2, 20), each_line=True) if c.text == number]
    assert (claim.metric, claim.period, claim.attributed_to) == (metric, period, attributed_to)


def test_a_quarter_a_forecast_names_is_the_one_to_come_and_a_past_ones_the_last() -> None:
    text = "Revenue rose 5% in the fourth quarter. The company expects revenue of $25 billion in the fourth quarter."
    assert [(c.text, c.kind, c.period) for c in extract(text, date(2024, 6, 30))] == [
        ("5%", "change", "2023-Q4"),
        ("$25 billion", "target", "2024-Q4"),
    ]


def test_a_month_of_last_year_a_polled_forecast_and_a_time_in_the_clause_after_while() -> None:
    text = (
        "U.S. retail sales jumped 1.0 percent last month, the Commerce Department said. Economists polled by Reuters "
        "had forecast sales would rise 0.3 percent. Compared with July last year, retail sales increased 2.7 percent.\n\n"
        "Concentrations of PM2.5 averaged 410 micrograms per cubic meter, while farm fires rose to 2,544 on Sunday."
    )
    claims = extract(text, date(2024, 8, 15))
    assert [(c.text, c.kind, c.metric, c.period, c.compared_to) for c in claims] == [
        ("1.0 percent", "change", "retail sales", "2024-07", "2023-07"),
        ("0.3 percent", "target", "retail sales", "2024-07", None),  # not `forecast sales would rise`
        ("2.7 percent", "change", "retail sales", "2024-07", "2023-07"),  # `July last year` is one time, the base,
        # and the July a year on is the one the article reports
        ("410 micrograms per cubic meter", "level", "concentrations of pm2.5", None, None),
        ("2,544", "level", "farm fires", "2024-08-11", None),
    ]


@pytest.mark.parametrize(
    ("text", "number", "metric", "entity"),
    [
        # jobs cut, workers laid off: what an irregular verb did to the count
        ("Alphabet, the parent company of Google, said on Friday it would cut 12,000 jobs.", "12,000", "jobs cut", "Alphabet"),
        ("The firm laid off 500 workers.", "500", "workers laid off", None),
        # a series that passes a mark, in the present and in a headline's capitals
        ("The air quality index crosses 450 in Delhi.", "450", "air quality index", None),
        ("Delhi Chokes as Air Quality Index Crosses 450", "450", "air quality index", None),
    ],
)
def test_irregular_verbs_of_counts_a_speakers_it_and_marks_passed(text: str, number: str, metric: str, entity: str | None) -> None:
    (claim,) = [c for c in extract(text, date(2024, 8, 15)) if c.text == number]
    assert (claim.metric, claim.entity) == (metric, entity)


def test_a_lender_named_by_its_trade_a_deposit_put_down_and_cuts_until_a_month_to_come() -> None:
    text = (
        "House prices fell 5.3 percent in the 12 months to July, mortgage lender Nationwide said on Tuesday. "
        "A buyer putting down a 20 percent deposit would spend 43 percent of take-home pay.\n\n"
        "OPEC+ on Sunday extended voluntary oil output cuts of 2.2 million barrels per day until the end of September."
    )
    claims = extract(text, date(2024, 6, 2))
    assert [(c.text, c.kind, c.metric, c.period, c.attributed_to) for c in claims][:2] == [
        ("5.3 percent", "change", "house prices", None, "Nationwide"),  # a year to July crosses a year's end
        ("20 percent", "level", "deposit", None, "Nationwide"),  # paid down, not moved down
    ]
    cut = claims[-1]
    assert (cut.kind, cut.period) == ("target", "2024-09")  # a September still to come
    assert "output cuts" in (cut.metric or "")


@pytest.mark.parametrize(
    ("text", "number", "metric", "entity"),
    [
        # a total brought up by what was added is of the same thing
        ("Netflix added 13.1 million subscribers in the fourth quarter, bringing its total to 260.28 million.", "260.28 million", "subscribers", "Netflix"),
        # a price per unit in one place beside another's
        ("The pill costs $1,000 per dose in the United States, compared with $100 in India.", "$1,000", "pill price", "United States"),
    ],
)
def test_a_total_brought_to_and_a_price_per_unit_in_a_place(text: str, number: str, metric: str, entity: str) -> None:
    (claim,) = [c for c in extract(text, _LEAD, each_line=True) if c.text == number]
    assert (claim.metric, claim.entity) == (metric, entity)


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        # what moved in a `with` clause after the main one
        ("Tax revenue dropped 5.6 percent, with individual income tax down 5.7 percent.", "5.7 percent", "individual income tax"),
        # a relative adverb opens no series name
        ("Land revenue fell, reflecting the property slump, where new home sales fell 23.6 percent.", "23.6 percent", "new home sales"),
        # people a list names, held as it says
        ("The group said its database lists 7,400 people currently detained for political reasons.", "7,400", "people detained"),
    ],
)
def test_a_with_clause_a_where_clause_and_people_a_list_names(text: str, number: str, metric: str) -> None:
    (claim,) = [c for c in extract(text, _LEAD, each_line=True) if c.text == number]
    assert claim.metric == metric


def test_an_expectation_of_the_figure_just_reported() -> None:
    # the expectation is of the same series and time, credited to whoever compiled it; the figures reported
    # beside it are the company's, not the compiler's
    text = (
        "Samsung Electronics estimated its third-quarter operating profit at 9.1 trillion won, up 274 percent "
        "from a year earlier but below the 10.3 trillion won analysts had expected, according to LSEG data."
    )
    claims = {c.text: c for c in extract(text, date(2024, 10, 8))}
    assert (claims["9.1 trillion won"].attributed_to, claims["274 percent"].attributed_to) == ("Samsung Electronics",) * 2
    expected = claims["10.3 trillion won"]
    assert (expected.kind, expected.metric, expected.period, expected.attributed_to) == (
        "target", "operating profit", "2024-Q3", "LSEG"
    )
    # `according to` after an estimate names the estimate's compiler only: the company reported the rest
    text = (
        "Alibaba Group reported revenue of 280.15 billion yuan for the December quarter, up 8 percent from a year "
        "earlier and above analysts’ average estimate of 279.34 billion yuan, according to LSEG data."
    )
    claims = {c.text: c for c in extract(text, date(2025, 2, 20))}
    assert [(c.attributed_to, c.period) for c in claims.values()] == [
        ("Alibaba Group", "2024-Q4"), ("Alibaba Group", "2024-Q4"), ("LSEG", "2024-Q4")
    ]
    # a change the forecasters had put on it: the same series, month and no source of its own
    text = (
        "Industrial production fell 2.4 percent in August from the previous month, the statistics office said, "
        "a steeper decline than the 1.5 percent drop economists had forecast."
    )
    (forecast,) = [c for c in extract(text, date(2024, 10, 7)) if c.text == "1.5 percent"]
    assert (forecast.kind, forecast.metric, forecast.period, forecast.attributed_to) == (
        "target", "industrial production", "2024-08", None
    )


def test_a_paragraph_keeps_its_comparison_and_a_base_names_the_month_a_year_on() -> None:
    text = (
        "Germany’s industrial production fell 2.4 percent in August from the previous month, the Federal "
        "Statistical Office said. Output in the automotive industry slumped 19.6 percent.\n\n"
        "Compared with August 2023, production was 5.0 percent lower."
    )
    claims = {c.text: c for c in extract(text, date(2024, 10, 7))}
    assert (claims["19.6 percent"].period, claims["19.6 percent"].compared_to) == ("2024-08", "2024-07")
    assert (claims["5.0 percent"].period, claims["5.0 percent"].compared_to) == ("2024-08", "2023-08")


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a trailing twelve months is a time frame, of no single period
        ("Overdose deaths fell to about 87,000 in the 12 months ending in April.", "87,000", "period", None),
        # a standing goal takes no time from the reading before it
        ("Consumer prices rose 4.42 percent in the 12 months to September, above the 3 percent target.", "3 percent", "period", None),
        # a base after `from the roughly` counts what the level counts
        ("Deaths fell to about 87,000, down 25 percent from the roughly 114,000 recorded a year earlier.", "114,000", "counted", "deaths"),
        # the head of a subject with a participle after it, and a peak reached
        ("Deaths involving fentanyl and other synthetic opioids dropped to about 48,000.", "48,000", "counted", "deaths"),
        ("Overdose deaths peaked at more than 114,000 in 2023.", "114,000", "counted", "overdose deaths"),
        # economists a lower-case body surveyed are no one named
        ("Prices rose 4.4 percent, IBGE said. Economists surveyed by the central bank expect inflation of 4.55 percent.",
         "4.55 percent", "attributed_to", None),
    ],
)
def test_trailing_windows_standing_goals_and_subjects(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 11, 7)) == expected


def test_a_rate_named_by_a_word_is_no_one_the_article_is_about() -> None:
    article = (
        "Brazil Raises Selic Rate to 11.25 Percent\n\n"
        "Brazil’s central bank raised its benchmark Selic interest rate by 50 basis points to 11.25 percent.\n\n"
        "Consumer prices in Brazil rose 4.42 percent in the 12 months to September, according to IBGE."
    )
    (claim,) = [c for c in extract(article, date(2024, 11, 7)) if c.text == "4.42 percent"]
    assert claim.entity == "Brazil"


def test_a_disease_kills_and_the_world_is_what_a_world_headline_is_about(tmp_path: Path) -> None:
    text = (
        "Tuberculosis Again World’s Top Infectious Killer\n\n"
        "Tuberculosis killed an estimated 1.25 million people in 2023, the World Health Organization said. "
        "A record 8.2 million people were newly diagnosed with the disease last year.\n\n"
        "India, Indonesia, China, the Philippines and Pakistan together accounted for 56 percent of the global burden."
        "\n\nSource: Associated Press, October 29, 2024\nhttps://example.com/tb\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    claims = {c.text: c for c in extract_article(page.text, page.articles[0])}
    assert (claims["1.25 million"].metric, claims["1.25 million"].entity) == ("tuberculosis deaths", "world")
    assert claims["8.2 million"].entity == "world"
    assert claims["56 percent"].entity == "India, Indonesia, China, the Philippines and Pakistan"


def test_whom_a_regulator_fined_and_the_body_it_names_again() -> None:
    text = (
        "The European Commission fined Meta Platforms 797.72 million euros on Thursday. The fine equals 0.6 percent "
        "of its revenue last year. The Commission can impose penalties of up to 10 percent of a company’s turnover."
    )
    claims = {c.text: c for c in extract(text, date(2024, 11, 14))}
    assert claims["797.72 million euros"].entity == "Meta Platforms"
    ceiling = claims["10 percent"]
    assert (ceiling.entity, ceiling.period) == ("European Commission", None)  # what can be is of no year


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a company is named without its home city
        ("Dubai’s Emirates Group reported a record net profit of 18.7 billion dirhams.", "18.7 billion dirhams",
         "entity", "Emirates Group"),
        # weeks of salary say nothing of a week-on-week change
        ("The airline carried 52 million passengers in 2023, up 19 percent, and will pay staff 20 weeks of salary.",
         "19 percent", "compared_to", "2022"),
        # a forecast after a forecast is for the same time
        (("Emissions are projected to reach 37.4 billion tonnes in 2024. Emissions from China are expected to rise "
          "0.2 percent."), "0.2 percent", "period", "2024"),
        # a global series is the world's, where only countries are named besides
        ("Global carbon dioxide emissions rose 0.8 percent, with China up 0.2 percent and India up 4.6 percent.",
         "0.8 percent", "entity", "world"),
    ],
)
def test_homes_weeks_forecasts_and_global_series(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 11, 13)) == expected


def test_a_ranking_by_a_figure_and_an_election_result() -> None:
    text = (
        "Global smartphone shipments rose 6.5 percent to 285.4 million units in the second quarter. Samsung kept the "
        "top spot with 53.5 million units, giving it an 18.7 percent market share, followed by Apple with 45.2 million."
    )
    claims = {c.text: c for c in extract(text, date(2024, 7, 15))}
    assert claims["285.4 million"].entity == "world"
    for number, entity in (("53.5 million", "Samsung"), ("45.2 million", "Apple")):
        assert (claims[number].metric, claims[number].entity) == ("global smartphone shipments", entity)
    text = (
        "Britain’s Labour Party won 412 of the 650 seats in the House of Commons, a majority of 174, while the "
        "Conservatives were reduced to 121 seats. Labour took 33.7 percent of the vote. Reform UK won 14.3 percent "
        "of the vote but only five seats."
    )
    claims = {c.text: c for c in extract(text, date(2024, 7, 6))}
    assert [(claims[n].metric, claims[n].entity) for n in ("650", "174", "121", "14.3 percent")] == [
        ("seats", "House of Commons"),
        ("majority", "Labour Party"),
        ("seats", "Conservatives"),
        ("vote share", "Reform UK"),
    ]
    assert claims["33.7 percent"].entity in ("Labour", "Labour Party")


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # money lost is a loss, the result of its time
        ("The company lost $5 billion last year.", "$5 billion", "kind", "level"),
        ("The company lost $5 billion last year.", "$5 billion", "compared_to", None),
        ("Nvidia lost $279 billion in market value.", "$279 billion", "kind", "change"),
        # how long a scheme ran; prosecutors and police are no one named
        ("Prosecutors said the scheme ran for nearly a decade.", "a decade", "metric", "scheme duration"),
        ("Prosecutors said the scheme ran for nearly a decade.", "a decade", "attributed_to", None),
        ("Police said about 4,000 people attended.", "4,000", "attributed_to", None),
        # an abbreviated month is no one credited
        ("The survey was conducted from Jan. 5 to Jan. 9 among 1,015 adults.", "1,015", "attributed_to", None),
        # `together` is no part of who
        ("Chinese vendors together accounted for more than half of the market.", "half", "entity", "Chinese vendors"),
    ],
)
def test_losses_runs_unnamed_sources_and_groups(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 3, 22)) == expected


def test_a_revised_forecast_its_base_and_the_forecasts_beside_it() -> None:
    text = (
        "The U.S. Department of Agriculture raised its forecast for this year’s corn harvest to 15.1 billion bushels, "
        "up from 14.9 billion last month, as favourable weather boosted expected yields to 181.1 bushels per acre."
    )
    claims = extract(text, date(2024, 8, 12))
    assert [(c.text, c.unit, c.kind, c.period) for c in claims] == [
        ("15.1 billion bushels", "bushel", "target", "2024"),
        ("14.9 billion", "bushel", "target", "2024"),  # last month's forecast of the same harvest
        ("181.1 bushels per acre", "bushel_per_acre", "target", "2024"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a total since a takeover is open-ended, of no single period
        ("The club has spent more than £900 million on players since Todd Boehly’s consortium bought it in May 2022.",
         "£900 million", "period", None),
        # crimes in a city are the city's
        ("Homicides in Chicago fell 13 percent in the first six months of 2024.", "13 percent", "metric", "homicides"),
        ("Homicides in Chicago fell 13 percent in the first six months of 2024.", "13 percent", "entity", "Chicago"),
        # `The 21-year-old` is the person just named
        ("Chelsea paid £100 million for midfielder Moisés Caicedo. The 21-year-old signed a contract.",
         "21-year-old", "entity", "Moisés Caicedo"),
    ],
)
def test_open_totals_crimes_in_a_city_and_the_person_just_named(
    text: str, number: str, field: str, expected: object
) -> None:
    assert _field(text, number, field, date(2024, 8, 14)) == expected


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a forecast credited to the poll it was made in, words apart
        (("India’s economy grew 5.4 percent, government data showed, well below the 6.5 percent forecast by "
         "economists in a Reuters poll."), "6.5 percent", "attributed_to", "Reuters"),
        # a bank that projects growth forecasts it
        ("The Reserve Bank of India projects growth of 7.2 percent for the fiscal year.", "7.2 percent", "kind", "target"),
        # a relative risk is a level, as `1.43 times higher` is
        ("People who ate the most had a 10 percent higher risk of dying early.", "10 percent", "kind", "level"),
        # a result reported beside a plan is no plan, and its quarter the one gone by
        ("Intel will cut 15,000 jobs, the chipmaker said after reporting a second-quarter loss of $1.6 billion.",
         "$1.6 billion", "kind", "level"),
        ("Intel will cut 15,000 jobs, the chipmaker said after reporting a second-quarter loss of $1.6 billion.",
         "$1.6 billion", "period", "2024-Q2"),
        # a sum a plan names is planned
        ("Intel unveiled a $10 billion cost-reduction plan.", "$10 billion", "kind", "target"),
        # `by a total of` moves as `by` does
        ("The central bank has raised its benchmark rate by a total of 750 basis points this year.",
         "750 basis points", "kind", "change"),
        ("The central bank has raised its benchmark rate by a total of 750 basis points this year.",
         "750 basis points", "metric", "benchmark rate"),
    ],
)
def test_polls_projections_risks_reported_results_and_plans(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 8, 1)) == expected


def test_a_title_case_headline_opens_with_the_name_its_body_opens_with(tmp_path: Path) -> None:
    text = (
        "Intel to Cut 15% of Workforce\n\n"
        "Intel will cut about 15,000 jobs, the chipmaker said on Thursday.\n\n"
        "Source: The Verge, August 1, 2024\nhttps://example.com/intel\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (claim,) = [c for c in extract_article(page.text, page.articles[0]) if c.text == "15,000"]
    assert claim.attributed_to == "Intel"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a second verb after `and`, past a qualifier, counts the same people
        ("Floods in Rio Grande do Sul have killed at least 75 people and displaced more than 88,000.", "88,000",
         "metric", "people displaced"),
        ("Floods in Rio Grande do Sul have killed at least 75 people and displaced more than 88,000.", "75",
         "entity", "Rio Grande do Sul"),
        ("About 500,000 people are without clean water.", "500,000", "metric", "people without clean water"),
        # the noun after `and` is the series `of` names
        ("Splunk had about 8,000 employees and annual recurring revenue of $4.2 billion.", "$4.2 billion",
         "metric", "recurring revenue"),
    ],
)
def test_second_verbs_the_company_named_first_and_series_after_and(
    text: str, number: str, field: str, expected: object
) -> None:
    assert _field(text, number, field, date(2024, 5, 5)) == expected


def test_a_plural_opening_a_headline_is_no_name_and_the_company_said_is_the_one_named_first(tmp_path: Path) -> None:
    text = (
        "Floods in Brazil Leave Dozens Dead\n\n"
        "Floods in Brazil’s southern state of Rio Grande do Sul have killed at least 75 people, state authorities "
        "said on Sunday. Another 103 people are missing.\n\n"
        "Source: Associated Press, May 5, 2024\nhttps://example.com/floods\n\n"
        "Cisco Completes $28 Billion Splunk Deal\n\n"
        "Cisco Systems has completed its $28 billion acquisition of cybersecurity firm Splunk, its largest deal ever, "
        "the company said on Monday. Splunk had about 8,000 employees.\n\n"
        "Source: CNBC, March 18, 2024\nhttps://example.com/cisco\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    floods, deal = page.articles
    assert {c.entity for c in extract_article(page.text, floods)} == {"Brazil"}  # not `Floods`
    (price,) = [c for c in extract_article(page.text, deal) if c.text == "$28 billion"]
    assert price.attributed_to == "Cisco Systems"


def test_a_plan_taking_effect_and_the_level_it_replaces() -> None:
    text = (
        "The bureau announced that, starting July 1, the city’s monthly minimum wage will be raised from 2,690 yuan "
        "to 2,740 yuan, and the hourly minimum wage from 24 yuan to 25 yuan."
    )
    claims = extract(text, date(2024, 6, 25))
    assert [(c.text, c.kind, c.period) for c in claims] == [
        ("2,690 yuan", "level", None),  # the wage until then, of no time the text names
        ("2,740 yuan", "target", "2024-07-01"),
        ("24 yuan", "level", None),
        ("25 yuan", "target", "2024-07-01"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        ("Exports rose 5 percent, the provincial Department of Commerce said.", "5 percent", "attributed_to",
         "provincial Department of Commerce"),
        ("Holders can enjoy 23 types of services, including housing subsidies of up to 1.5 million yuan.",
         "1.5 million yuan", "metric", "housing subsidies"),
    ],
)
def test_a_level_of_government_and_a_listed_series(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 9, 3)) == expected


_FORECAST_AND_SAID = (
    "The airport forecast 84.2 million passengers in 2025 and said its revenue rose 2% to £3.6 billion last year."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a tally stood at a figure by a weekday: that day's
        ("The fire had burned more than 429,000 acres by Thursday morning.", "429,000 acres", "period", "2024-08-01"),
        # a named thing is what it is, not where it is
        ("The Park Fire in Northern California was 40% contained.", "40%", "entity", "Park Fire"),
        ("The Park Fire in Northern California was 40% contained.", "40%", "metric", "containment"),
        ("The Park Fire in Northern California had burned 429,000 acres.", "429,000 acres", "entity", "Park Fire"),
        # where the people are kept
        ("About 4,200 people remain under evacuation orders.", "4,200", "metric", "people under evacuation orders"),
        ("About 1,200 people were still in shelters.", "1,200", "metric", "people in shelters"),
        ("About 300 people were still missing.", "300", "metric", "missing"),
        # an average given aside, per what
        ("Transfers rose 5.2 percent to 158.9 million, with an average of $398 per transaction.", "$398", "metric",
         "average transaction"),
        ("Chinese visitors spent an average of 48,000 baht per trip.", "48,000 baht", "metric", "visitors spending"),
        # what is needed is a target; `the required minimum` is what the rule is
        ("The airport needed investment of up to £10 billion to expand capacity.", "£10 billion", "kind", "target"),
        ("South Africa's Eskom needs 400 billion rand.", "400 billion rand", "kind", "target"),
        ("South Africa's Eskom needs 400 billion rand.", "400 billion rand", "entity", "Eskom"),
        ("Schools could not enroll the required minimum of 16 pupils.", "16", "kind", "level"),
        ("People who needed help numbered 5,000.", "5,000", "kind", "level"),
        # `and said` opens a statement of its own: the forecast before is not its verb
        (_FORECAST_AND_SAID, "£3.6 billion", "kind", "level"),
        (_FORECAST_AND_SAID, "2%", "kind", "change"),
    ],
)
def test_wildfire_tallies_needs_and_asides(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 8, 1)) == expected


def test_the_airport_said_and_its_chief_executive_credit_the_airport(tmp_path: Path) -> None:
    text = (
        "Heathrow Handles Record 83.9 Million Passengers\n\n"
        "Heathrow handled 83.9 million passengers in 2024, the airport said on Wednesday. December traffic rose "
        "3.4% year on year to 6.6 million passengers.\n\n"
        "Chief executive Thomas Woldbye said the airport needed investment of up to £10 billion.\n\n"
        "Source: BBC News, February 12, 2025\nhttps://example.com/heathrow\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (article,) = page.articles
    credits = {c.text: c.attributed_to for c in extract_article(page.text, article)}
    assert credits == {
        "83.9 million": "Heathrow",
        "3.4%": "Heathrow",
        "6.6 million": "Heathrow",
        "£10 billion": "Thomas Woldbye (Heathrow)",
    }


def test_a_level_a_move_reached_is_of_the_moved_series() -> None:
    """`rose as much as 4.2% in early trading to a record $148`: the shares' price, not the figure of the
    line before."""
    text = (
        "The storm dumped up to 2 feet of snow on parts of New York.\n"
        "Shares of Nvidia rose as much as 4.2% in early trading to a record $148."
    )
    claims = extract(text, date(2025, 1, 15))
    assert [c.metric for c in claims] == ["snowfall", "shares", "shares"]
    assert [c.entity for c in claims[1:]] == ["Nvidia", "Nvidia"]


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a relative clause's figure is of the noun phrase the clause hangs on, not of the main clause's subject
        ("The fund’s largest shareholder is the Ministry of Finance, which holds 17 percent.", "17 percent", "entity",
         "Ministry of Finance"),
        # a share of a group that did something; analysts who estimate are no one named
        ("The association said 41.9 percent of dealers recorded losses and only 39.4 percent were profitable.",
         "41.9 percent", "metric", "share of dealers"),
        ("Exports rose 5%, the Ministry of Commerce said. Analysts estimate that hidden debt exceeds 60 trillion yuan.",
         "60 trillion yuan", "attributed_to", None),
        # places counted as where the figure before them is: countries with stores; not where an age is
        ("The company operates 300 stores in 12 countries.", "12", "metric", "countries with stores"),
        ("Researchers tracked 11,000 adults aged over 65 in 22 provinces.", "22", "metric", "provinces"),
        # the Democratic Republic of the Congo is no Congo
        ("Cases in the Democratic Republic of Congo account for about 96 percent of the total.", "96 percent",
         "entity", "Democratic Republic of the Congo"),
        # a subject that is another figure's count names what it counts
        ("2,863 cases were reported, up 10 percent from July.", "10 percent", "metric", "cases reported"),
    ],
)
def test_whose_figure_it_is_and_what_it_counts(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 8, 16)) == expected


def test_a_company_chairman_and_a_court_named_again(tmp_path: Path) -> None:
    """`Chairman Xin Jie said` speaks for the company reporting; `the court said` is the court the sentence
    named, though no one credited it before; `compared with a profit of ... a year earlier` is last year's."""
    text = (
        "Vanke Posts Record Loss\n\n"
        "China Vanke, the country’s fourth-largest developer by sales, reported a net loss of 49.5 billion yuan for "
        "2024, compared with a profit of 12.2 billion "
        "yuan a year earlier.\n\n"
        "The company expects to repay 36.2 billion yuan of public debt this year, Chairman Xin Jie said.\n\n"
        "Source: Caixin, March 31, 2025\nhttps://example.com/vanke\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (article,) = page.articles
    claims = {c.text: c for c in extract_article(page.text, article)}
    assert claims["12.2 billion yuan"].period == "2023"
    assert claims["36.2 billion yuan"].attributed_to == "Xin Jie (China Vanke)"
    # the company the first sentence describes as one is what the article is about, though named once
    assert claims["36.2 billion yuan"].entity == "China Vanke"
    text = (
        "The Shenzhen Intermediate People’s Court sentenced Li Ming to 12 years in prison and fined him 3 million "
        "yuan, the court said on Thursday."
    )
    assert {c.attributed_to for c in extract(text, date(2024, 11, 8))} == {"Shenzhen Intermediate People’s Court"}


_RBI = (
    "The Reserve Bank of India kept its key repo rate unchanged at 6.50% on Thursday, as widely expected, and raised "
    "its inflation forecast for the current fiscal year to 4.8% from 4.5%. Governor Shaktikanta Das said the central "
    "bank now expects the economy to grow 7.2% in the fiscal year ending March 2025."
)
_BOK = (
    "The Bank of Korea kept its benchmark interest rate unchanged at 3.5 percent on Thursday, as household debt rose "
    "by 6.2 trillion won in October. South Korea's economy grew."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a central bank keeps its own rate; its revised forecast is of the country, credited to the bank
        (_RBI, "6.50%", "entity", "Reserve Bank of India"),
        (_RBI, "6.50%", "metric", "repo rate"),
        (_RBI, "4.8%", "entity", "India"),
        (_RBI, "4.8%", "attributed_to", "Reserve Bank of India"),
        (_RBI, "4.8%", "metric", "inflation forecast"),
        # a speaker speaks for the body the sentence names after the verb
        (_RBI, "7.2%", "attributed_to", "Shaktikanta Das (Reserve Bank of India)"),
        # the bank's rate, but the country's debt
        (_BOK, "6.2 trillion won", "entity", "South Korea"),
        ("Beijing kept its target at around 5 percent.", "5 percent", "entity", "Beijing"),
        # a fiscal quarter is the company's own calendar
        ("Nike reported revenue of $12.35 billion for its fiscal second quarter, down 8% from a year earlier.",
         "$12.35 billion", "period", None),
        ("Revenue rose 5% in the second quarter.", "5%", "period", "2024-Q2"),
        # a region is a place statistics are kept for
        ("Europe recorded 127,350 measles cases in 2024, the World Health Organization and UNICEF said on Thursday.",
         "127,350", "entity", "Europe"),
        # a body speaking at the end is the source of what the subject recorded
        ("Europe recorded 127,350 measles cases in 2024, the World Health Organization and UNICEF said on Thursday.",
         "127,350", "attributed_to", "World Health Organization and UNICEF"),
        ("China recorded 1,000 cases in 2024, the National Health Commission said.", "1,000", "attributed_to",
         "National Health Commission"),
        ("Romania reported the most cases, 30,692, followed by Kazakhstan with 28,147.", "30,692", "attributed_to",
         None),
        # a multiple set beside a figure
        ("Europe recorded 127,350 measles cases in 2024, double the number reported in 2023.", "double", "value", 2),
        ("Europe recorded 127,350 measles cases in 2024, double the number reported in 2023.", "double",
         "compared_to", "2023"),
        # a group bounded by an age in words, before its verb
        ("Children under five accounted for more than 40% of the cases.", "five", "unit", "year"),
        ("People over 65 make up 20% of the population.", "65", "unit", "year"),
        ("Children under 5 kilograms were weighed.", "5 kilograms", "metric", None),
    ],
)
def test_central_banks_fiscal_quarters_regions_and_ranked_reporters(
    text: str, number: str, field: str, expected: object
) -> None:
    assert _field(text, number, field, date(2024, 12, 19)) == expected


def test_a_launch_year_opens_a_total_and_an_age_names_no_stay() -> None:
    (units,) = extract("The PS5 has sold 65 million units since its 2020 launch.", date(2025, 1, 10))
    assert units.period is None  # a total since then, of no one period
    age, stay = extract("The patient, aged 72, was discharged after 14 days.", date(2025, 1, 10))
    assert (age.metric, stay.metric) == ("age", None)
    assert (extract("Lockheed delivered 98 F-35 jets in 2023.")[0].text, len(extract("Lockheed delivered 98 F-35 jets."))) == ("98", 1)


_HOMES = (
    "Sales of previously owned U.S. homes fell 5.4% in June to a seasonally adjusted annual rate of 3.89 million "
    "units. There were 1.32 million homes for sale at the end of June, equal to a 4.1-month supply."
)
_OPENING = (
    "“Deadpool & Wolverine” took in $205 million at North American box offices over the weekend. The film had a "
    "global debut of $438 million."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a seasonally adjusted series moves from the month before: no year-on-year base is guessed
        (_HOMES, "5.4%", "compared_to", None),
        (_HOMES, "5.4%", "metric", "sales of previously owned homes"),
        # the pace a series runs at is counted in units, but is the series
        (_HOMES, "3.89 million", "metric", "sales of previously owned homes"),
        ("Tesla will face a rate of 7.8 percent.", "7.8 percent", "metric", "rate"),
        # homes on offer are a stock, not sales
        (_HOMES, "1.32 million", "metric", "homes for sale"),
        (_HOMES, "4.1-month", "metric", "supply duration"),
        # a film's takings at the box office, over the weekend before the article
        (_OPENING, "$205 million", "metric", "north american box office"),
        (_OPENING, "$205 million", "entity", "Deadpool & Wolverine"),
        (_OPENING, "$205 million", "period", "2024-07"),
        (_OPENING, "$438 million", "metric", "global debut"),
        ("Chinese cinemas took in 8.02 billion yuan.", "8.02 billion yuan", "entity", "China"),
    ],
)
def test_housing_paces_stocks_and_box_office(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 7, 28)) == expected


_YU = (
    "A court in Suzhou sentenced human rights lawyer Yu Wensheng to three years in prison for “inciting subversion "
    "of state power,” his wife Xu Yan was given a suspended sentence of one year and nine months, according to the "
    "EU delegation to China."
)
_GUANGZHOU = (
    "Guangzhou has lifted all remaining restrictions on home purchases, becoming the first of China’s four "
    "first-tier cities to do so, the city government announced on Monday. Buyers of homes larger than 120 square "
    "meters had been limited."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a delegation is credited, not the country it is sent to
        (_YU, "three years", "attributed_to", "EU delegation to China"),
        # a new clause after a closing quote, with a relative named
        (_YU, "one year and nine months", "entity", "Xu Yan"),
        # a local government named by its level is the government of the place named
        (_GUANGZHOU, "four", "attributed_to", "Guangzhou city government"),
        (_GUANGZHOU, "four", "metric", "first-tier cities"),
        # a bound by size
        (_GUANGZHOU, "120 square meters", "qualifier", "more_than"),
        (_GUANGZHOU, "120 square meters", "metric", "home size"),
        # a subject that saw its series move
        ("State-owned firms saw profits drop 8.4 percent.", "8.4 percent", "kind", "change"),
        ("State-owned firms saw profits drop 8.4 percent.", "8.4 percent", "metric", "state-owned firms profits"),
    ],
)
def test_delegations_local_governments_sizes_and_series_seen_moving(
    text: str, number: str, field: str, expected: object
) -> None:
    assert _field(text, number, field, date(2024, 10, 29)) == expected


def test_a_headline_time_frame_without_its_article_is_no_claim() -> None:
    assert [c.text for c in extract("China’s Industrial Profits Fall 4.3 Percent in First Ten Months")] == ["4.3 Percent"]


_DEBT_SWAP = (
    "China’s legislature on Friday approved a 6 trillion yuan plan, Finance Minister Lan Fo’an said at a press "
    "conference. Together with 4 trillion yuan of special bonds to be allocated over five years, the package will "
    "total 10 trillion yuan. Lan said hidden debt stood at 14.3 trillion yuan at the end of 2023. The measures will "
    "save local governments about 600 billion yuan in interest over five years."
)
_COAL = "In 2024, production rose 1.2%. Coal imports climbed 14.4% to 542.7 million tons, customs data showed earlier this week."


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a title before a name with an apostrophe in it; the surname alone is the person named in full
        (_DEBT_SWAP, "6 trillion yuan", "attributed_to", "Lan Fo’an"),
        (_DEBT_SWAP, "14.3 trillion yuan", "attributed_to", "Lan Fo’an"),
        # `Together with` opens no name; a sum of something still to be allocated is planned
        (_DEBT_SWAP, "4 trillion yuan", "entity", "China"),
        (_DEBT_SWAP, "4 trillion yuan", "kind", "target"),
        (_DEBT_SWAP, "10 trillion yuan", "metric", "package"),
        (_DEBT_SWAP, "600 billion yuan", "metric", "interest savings"),
        # when the data were told is no period of the figures
        (_COAL, "542.7 million tons", "period", "2024"),
        # a company named again by what it makes
        ("Li Auto delivered 51,443 vehicles in October, the electric vehicle maker said on Friday.", "51,443",
         "attributed_to", "Li Auto"),
    ],
)
def test_debt_swaps_savings_and_makers(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 11, 8)) == expected


_TYPHOON = (
    "Typhoon Gaemi Kills 22 in the Philippines\n\n"
    "Typhoon Gaemi and monsoon rains have killed at least 22 people in the Philippines, the national disaster agency "
    "said on Thursday. The storm displaced more than 600,000 people.\n\n"
    "In Manila, rainfall reached 300 millimeters in 24 hours.\n\n"
    "Source: Associated Press, July 25, 2024\nhttps://example.com/gaemi\n"
)
_JAPAN_GDP = "Japan’s economy shrank an annualized 2.0% in the January-March quarter, government data showed on Thursday."
_OBESITY = (
    "More than one billion people are living with obesity, according to an analysis published in The Lancet. "
    "Obesity rates among adults more than doubled between 1990 and 2022.\n\n"
    "In 2022, 879 million adults were obese, the study found."
)


def test_what_a_storm_did_is_the_places(tmp_path: Path) -> None:
    page = parse_page(tmp_path / "page.txt", _TYPHOON)
    (article,) = page.articles
    entities = {c.text: c.entity for c in extract_article(page.text, article)}
    assert entities == {"22": "Philippines", "600,000": "Philippines", "300 millimeters": "Manila"}


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # an annualized change is on the quarter before
        (_JAPAN_GDP, "2.0%", "compared_to", "2023-Q4"),
        (_JAPAN_GDP, "2.0%", "attributed_to", "government data"),
        # consumption that is a share of the economy still moves in percent of itself
        ("Private consumption, which accounts for more than half of the economy, fell 0.7%.", "0.7%", "unit",
         "percent"),
        # a journal's `The` is part of its name; `the study found` is the journal credited before
        (_OBESITY, "one billion", "attributed_to", "The Lancet"),
        (_OBESITY, "879 million", "attributed_to", "The Lancet"),
        # a change between two years is of the later one, on the earlier
        (_OBESITY, "doubled", "period", "2022"),
        (_OBESITY, "doubled", "compared_to", "1990"),
        ("The Arctic ice was 1.94 million square kilometers below the 1981 to 2010 average.",
         "1.94 million square kilometers", "period", None),
    ],
)
def test_annualized_changes_journals_and_spans_of_years(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 5, 16)) == expected


_TIANMEN = (
    "Hubei City Offers 1,000 Yuan a Month for Third Child\n\n"
    "Tianmen, a city in central China’s Hubei Province, will give families 1,000 yuan a month until their third "
    "child turns three, the city government said on Thursday. Families with a second child will get 500 yuan a "
    "month.\n\n"
    "Source: Sixth Tone, September 19, 2024\nhttps://example.com/tianmen\n"
)


def test_a_city_said_to_be_in_a_province_is_the_place_and_its_government(tmp_path: Path) -> None:
    page = parse_page(tmp_path / "page.txt", _TIANMEN)
    (article,) = page.articles
    claims = {c.text: c for c in extract_article(page.text, article)}
    assert {c.entity for c in claims.values()} == {"Tianmen"}
    assert {c.attributed_to for c in claims.values()} == {"Tianmen city government"}
    assert (claims["three"].unit, claims["three"].metric) == ("year", "age")  # `turns three`
    assert claims["500 yuan"].metric == "second child payment"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a portfolio after a title; a place's police are the place
        ("Hong Kong police have arrested 291 people, Secretary for Security Chris Tang said.", "291",
         "attributed_to", "Chris Tang"),
        ("Hong Kong police have arrested 291 people, Secretary for Security Chris Tang said.", "291", "entity",
         "Hong Kong"),
        # an age the arrested were under when detained
        ("About 30 percent of those arrested were under 18 when they were detained.", "18", "unit", "year"),
        ("Sales turned 5 percent lower.", "5 percent", "unit", "percent"),
        # a people names its region
        ("About one million Tibetan children have been placed in boarding schools.", "one million", "entity",
         "Tibet"),
    ],
)
def test_portfolios_police_ages_and_regions(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 6, 14)) == expected


def test_the_full_year_after_a_month_is_that_months_year() -> None:
    text = (
        "China’s retail sales rose 3.7 percent year-on-year in December. For the full year, retail sales grew "
        "3.5 percent to 48.8 trillion yuan."
    )
    claims = extract(text, date(2025, 1, 17))
    assert [(c.text, c.period, c.compared_to) for c in claims] == [
        ("3.7 percent", "2024-12", "2023-12"),
        ("3.5 percent", "2024", "2023"),
        ("48.8 trillion yuan", "2024", None),
    ]


_APPLE = (
    "Apple’s Revenue Rises 6 Percent as iPhone Sales Hold Up\n\n"
    "Apple reported revenue of $94.9 billion for the quarter ended Sept. 28, up 6% from a year earlier and slightly "
    "above analysts’ estimates of $94.58 billion, according to LSEG data. iPhone sales rose 5.5% to $46.22 billion.\n\n"
    "Sales in Greater China were flat at $15.03 billion.\n\n"
    "Source: CNBC, October 31, 2024\nhttps://example.com/apple\n"
)


def test_a_company_quarter_with_an_estimate_and_a_region(tmp_path: Path) -> None:
    page = parse_page(tmp_path / "page.txt", _APPLE)
    (article,) = page.articles
    claims = {c.text: c for c in extract_article(page.text, article)}
    assert claims["$94.9 billion"].attributed_to == "Apple"  # the estimate's compiler credits only the estimate
    assert claims["$94.58 billion"].attributed_to == "LSEG"
    assert claims["$46.22 billion"].metric == "iphone sales"  # a sentence may open with `iPhone`
    assert (claims["$15.03 billion"].metric, claims["$15.03 billion"].entity) == ("sales in greater china", "Apple")


def test_a_named_asset_that_moves_to_a_sum_is_priced() -> None:
    (price,) = extract("Bitcoin rose above $100,000 for the first time on Thursday.")
    assert (price.metric, price.entity) == ("price", "Bitcoin")
    (exports,) = extract("China’s exports rose to $300 billion.")
    assert exports.metric == "exports"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        ("Inflation was 2.4% y/y and 0.2% m/m.", "0.2%", "kind", "change"),  # a month-on-month move
        ("GDP per capita reached $12,614.", "$12,614", "metric", "gdp per capita"),  # a GDP, per person
        ("Per capita disposable income of rural residents rose 6.3 percent.", "6.3 percent", "metric",
         "per capita disposable income of rural residents"),
    ],
)
def test_short_forms_of_a_base_and_a_measure_per_person(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field) == expected


def test_a_quoted_films_number_is_its_name_and_a_conversion_keeps_the_bound() -> None:
    assert extract("“Ne Zha 2” Becomes Highest-Grossing Animated Film") == []
    text = "The Chinese animated film “Ne Zha 2” has earned more than 12 billion yuan ($1.65 billion) at the box office."
    claims = extract(text)
    assert [(c.text, c.qualifier, c.metric, c.entity) for c in claims] == [
        ("12 billion yuan", "more_than", "box office", "Ne Zha 2"),
        ("$1.65 billion", "more_than", "box office", "Ne Zha 2"),
    ]


def test_a_rates_term_names_it_and_is_no_claim() -> None:
    text = (
        "The central bank lowered the seven-day reverse repo rate to 1.5 percent. The one-year and five-year loan"
        " prime rates were left unchanged, and banks cut one-year deposit rates. The 10-year yield fell."
    )
    assert [c.text for c in extract(text)] == ["1.5 percent"]
    assert [c.text for c in extract("He was given a two-year sentence.")] == ["two-year"]  # a term served


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # the noun before the verb that moves a series is no part of it
        ("The cut brings the average ratio to about 6.6 percent.", "6.6 percent", "metric", "average ratio"),
        ("The central bank cut its key rate to 3 percent.", "3 percent", "metric", "key rate"),
        # a rate the aside describes, in a clause that leaves out its verb
        ("The one-year rate stands at 3.35 percent and the five-year rate, the benchmark for mortgages, at 3.85 percent.",
         "3.85 percent", "metric", "five-year rate"),
        # a rate held with its acronym in parentheses; an aside in them is dropped
        ("China kept the loan prime rate (LPR) at 3.1%.", "3.1%", "metric", "lpr"),
        ("The bank kept the benchmark rate (the Selic) at 10.5%.", "10.5%", "metric", "benchmark rate"),
        # counts that did something on their own, and a second clause with its own subject
        ("More than 3,600 houses collapsed and over 46,500 people were relocated.", "3,600", "metric",
         "houses collapsed"),
        ("300 factories closed and 1,200 workers were laid off.", "1,200", "metric", "workers laid off"),
        ("Exports rose 5 percent and retail sales fell 3 percent.", "3 percent", "metric", "retail sales"),
        ("Exports rose 5 percent from a year earlier and imports fell 3 percent.", "3 percent", "metric", "imports"),
        ("Profit fell and revenue rose 5 percent.", "5 percent", "metric", "revenue"),
        ("277,398 Chinese students studied in the United States.", "277,398", "metric", "chinese students"),
    ],
)
def test_moves_asides_and_coordinated_clauses(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field) == expected


def test_a_central_bank_and_a_regional_government_are_those_named() -> None:
    text = (
        "The People’s Bank of China said on Friday it would cut the reserve requirement ratio by 50 basis points"
        " from September 27. The central bank also lowered the seven-day reverse repo rate to 1.5 percent."
    )
    claims = {c.text: c for c in extract(text, date(2024, 9, 27))}
    assert (claims["50 basis points"].period, claims["50 basis points"].compared_to) == ("2024-09-27", None)
    assert claims["1.5 percent"].entity == "People’s Bank of China"
    quake = "An earthquake struck Dingri County in Tibet on Tuesday, killing at least 126 people, the regional government said."
    assert _field(quake, "126", "attributed_to", date(2025, 1, 8)) == "Tibet regional government"
    # a level of government with no place named is no one: not `the provincial provincial government`
    assert _field("Floods killed 12 people, the provincial government said.", "12", "attributed_to") is None
    # the bank that forecasts an economy is its source, not what the forecast is about
    forecast = "The Bank of Korea held rates. The central bank expects inflation to average 2.6 percent."
    assert _field(forecast, "2.6 percent", "entity") == "South Korea"
    assert _field("The index rose 5 percent from September 24.", "5 percent", "compared_to", date(2024, 9, 27)) == "2024-09-24"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a move `on the month` is on the month before
        ("Average hourly earnings rose 0.3 percent on the month in December.", "0.3 percent", "compared_to", "2024-11"),
        # an estimate of a sum named in more than three words
        ("AccuWeather estimated the damage and economic loss at $250 billion to $275 billion.",
         "$250 billion to $275 billion", "metric", "damage and economic loss"),
        # the time of the results reported beside a decision is not the decision's
        ("Intel said it would cut about 15,000 jobs, as it reported a second-quarter net loss of $1.6 billion.",
         "15,000", "period", None),
        ("Intel said it would cut about 15,000 jobs, as it reported a second-quarter net loss of $1.6 billion.",
         "$1.6 billion", "period", "2024-Q2"),
        # what is saved, in a sum's own words
        ("The chipmaker expects to save $10 billion in costs in 2025.", "$10 billion", "metric", "cost savings"),
        # a group in a place (also after `the`, or `across` it) is the place's; so is a relative clause's noun
        ("The wildfires across Los Angeles County have killed at least 24 people.", "24", "entity", "Los Angeles County"),
        ("The homicides in Chicago fell 3 percent.", "3 percent", "entity", "Chicago"),
    ],
)
def test_months_estimates_results_savings_and_places(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 1, 10) if "December" in text else date(2024, 8, 1)) == expected



@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # an index adds or sheds points as it adds or sheds percent: a move
        ("The Dow added 120 points.", "120 points", "kind", "change"),
        ("The Hang Seng Index shed 300 points, or 1.5%.", "300 points", "kind", "change"),
        # the second of two counts in the passive, and `others`, are the first's noun
        ("Some 2,000 flights were canceled and 5,000 were delayed.", "5,000", "metric", "flights delayed"),
        ("The storm destroyed 300 homes and damaged 1,200 others.", "1,200", "metric", "homes damaged"),
        # a base compared with a sum, past the sum's restatement per share
        ("Net income rose to $3.1 billion, or $1.25 a share, from $2.8 billion a year earlier.", "$2.8 billion",
         "metric", "net income"),
        # a price in an absolute clause: `with Brent crude settling at`
        ("Oil prices fell 2 percent, with Brent crude settling at $74.30 a barrel.", "$74.30", "metric",
         "brent crude price"),
    ],
)
def test_points_elided_counts_bases_and_absolute_clauses(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field) == expected


def test_a_record_move_then_its_level_a_survey_since_its_start_and_spending_on_a_project() -> None:
    text = (
        "The number of Japanese nationals fell by a record 837,000 to 121.56 million as of Jan. 1. The number of"
        " foreign residents rose 11 percent to 3.32 million, the highest since the survey began in 2013."
    )
    claims = [(c.text, c.kind, c.period) for c in extract(text, date(2024, 7, 24))]
    assert claims == [
        ("837,000", "change", "2024-01-01"),
        ("121.56 million", "level", "2024-01-01"),
        ("11 percent", "change", "2024-01-01"),  # the survey's start is no time of these figures
        ("3.32 million", "level", "2024-01-01"),
    ]
    spend = "Microsoft expects to spend $80 billion in fiscal 2025 on the construction of data centers that can handle AI."
    assert _field(spend, "$80 billion", "metric") == "spending on construction of data centers"
    # the subject counts what a count names no noun for, past `worldwide` and `an estimated`
    cases = "Measles cases worldwide rose 20% to an estimated 10.3 million in 2023."
    assert _field(cases, "10.3 million", "counted") == "cases"
    homeless = "The number of homeless people rose 12% to a record 653,100."  # not `homeless`, a word ending in s
    assert _field(homeless, "653,100", "counted") == "homeless people"


def test_candidates_without_their_posts_voters_counted_and_an_expected_rise() -> None:
    text = (
        "Defense Minister Prabowo Subianto won Indonesia’s presidential election with 58.6 percent of the vote."
        " Former Jakarta governor Anies Baswedan came second with 24.9 percent. Turnout was 81.8 percent among"
        " 204.8 million registered voters."
    )
    claims = {c.text: c for c in extract(text, date(2024, 3, 20))}
    assert claims["58.6 percent"].entity == "Prabowo Subianto"
    assert claims["24.9 percent"].entity == "Anies Baswedan"
    assert (claims["81.8 percent"].metric, claims["204.8 million"].metric) == ("turnout", "registered voters")
    expected = "Unemployment rose by 10,000 in December. Analysts had expected a rise of 15,000."
    assert [(c.metric, c.kind, c.period) for c in extract(expected, date(2025, 1, 3))] == [
        ("unemployment", "change", "2024-12"),
        ("unemployment", "target", "2024-12"),  # the analysts' forecast of the same series
    ]


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # sums pledged, committed or donated
        ("Donors pledged $2.4 billion for Sudan.", "$2.4 billion", "metric", "pledge"),
        ("The bank committed $5 billion to climate projects.", "$5 billion", "metric", "commitment"),
        # a part of a year hardly begun is last year's, while its figures are reported; a plan's is to come
        ("Vehicle sales in the first half were 14.05 million units.", "14.05 million", "period", "2024-H1"),
        ("In the first nine months, exports totaled $2.7 trillion.", "$2.7 trillion", "period", "2024"),
        ("Sales are expected to rise 5% in the first half.", "5%", "period", "2025-H1"),
        # growth at a pace, and the quarter's before it
        ("The economy grew at an annualized 2.8% pace in Q3, after 3.0% in Q2.", "2.8%", "kind", "change"),
        ("The economy grew at an annualized 2.8% pace in Q3, after 3.0% in Q2.", "3.0%", "kind", "change"),
        ("Prices rose at the fastest 5% rate in years.", "5%", "metric", "prices"),
        # a window of months is no part of the series
        ("Home prices in the 12 months through June rose 5.9%.", "5.9%", "metric", "home prices"),
        # consumer confidence is read on an index
        ("Consumer confidence dropped to 99.4 in December.", "99.4", "unit", "index"),
        # the year a forecast's subject names
        ("Revenue for 2025 is expected at 1.2 trillion yen.", "1.2 trillion yen", "period", "2025"),
        ("Revenue for the fiscal year ending March 2025 is forecast at 1.2 trillion yen.", "1.2 trillion yen",
         "metric", "revenue"),
    ],
)
def test_pledges_parts_of_a_year_paces_windows_and_forecast_years(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 1, 10)) == expected


def test_a_peak_is_a_base_a_holidays_length_no_series_and_a_bases_time_its_own() -> None:
    assert _field("Home prices have fallen about 21 percent from their peak in 2021.", "21 percent", "compared_to",
                  date(2024, 2, 28)) == "2021"
    trips = "Domestic tourists made 765 million trips during the seven-day National Day holiday, up 5.9 percent."
    assert _field(trips, "5.9 percent", "metric", date(2024, 10, 8)) == "trips"
    text = (
        "China’s population fell in 2024, dropping by 1.39 million to 1.408 billion. The number of births rose to"
        " 9.54 million from 9.02 million in 2023, while deaths totaled 10.93 million."
    )
    assert _field(text, "10.93 million", "period", date(2025, 1, 17)) == "2024"
    # a time that opens the sentence is every clause's
    shared = "In 2023, exports rose 5 percent from 2022, while imports fell 2 percent."
    assert _field(shared, "2 percent", "period", date(2024, 1, 17)) == "2023"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # an owner whose noun is left out has the series named before
        ("Australia's deficit narrowed to A$2.5 billion and Canada's shrank to C$300 million.", "C$300 million",
         "metric", "deficit"),
        ("Australia's deficit narrowed to A$2.5 billion and Canada's shrank to C$300 million.", "C$300 million",
         "entity", "Canada"),
        # harmed, with no noun counted: people
        ("Dozens of people were hurt, and a dozen were killed.", "a dozen", "metric", "people killed"),
        # a sum that is the subject of the verb naming it
        ("Tickets rose to $7, and HK$1.2 billion was raised for the charity.", "HK$1.2 billion", "metric", "funding"),
        ("About $3 billion has been spent on the project.", "$3 billion", "metric", "spending"),
    ],
)
def test_owners_alone_the_harmed_and_sums_in_the_passive(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field) == expected


def test_a_country_a_surplus_is_with_is_the_other_side() -> None:
    text = (
        "China’s exports to the United States rose 4.9 percent to $524.7 billion in 2024. Its trade surplus with the"
        " U.S. widened to $361 billion. Overall exports grew 5.9 percent to a record $3.58 trillion."
    )
    page = f"China’s Trade Surplus With U.S. Widens\n\n{text}\n\nSource: Reuters, January 13, 2025\n"
    (article,) = parse_page(Path("page.txt"), page).articles
    claims = {c.text: c for c in extract_article(page, article)}
    assert claims["5.9 percent"].entity == "China"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lai won 40.05 percent of the vote.", "vote share"),
        ("Labour won 34 percent of the vote.", "vote share"),
        ("BYD held 37 percent of the market.", "market share"),
    ],
)
def test_a_percent_of_the_vote_is_a_vote_share_as_of_the_market_a_market_share(text: str, expected: str) -> None:
    (claim,) = extract(text)
    assert claim.metric == expected


def test_an_area_a_crop_covers_and_a_world_figure_beside_a_countrys() -> None:
    assert _field("Crops on more than 3,000 hectares have been damaged.", "3,000 hectares", "metric") == "crop area damaged"
    text = "Factories in China installed 276,288 industrial robots in 2023, 51 percent of all installations worldwide."
    assert [c.entity for c in extract(text)] == ["China", "China"]
    assert _field("Malaria killed 597,000 people worldwide in 2023.", "597,000", "entity") == "world"


def test_a_data_firm_credited_speaks_for_its_paragraph_and_a_monthly_decline_is_on_the_month() -> None:
    text = (
        "Australian home values fell 0.1 percent in December, the first monthly decline in nearly two years, "
        "property data firm CoreLogic said on Thursday. Sydney values dropped 0.6 percent."
    )
    claims = extract(text, date(2025, 1, 2))
    assert [(c.attributed_to, c.period, c.compared_to) for c in claims] == [("CoreLogic", "2024-12", "2024-11")] * 2
    assert claims[1].entity == "Sydney"  # a large city before the series is whose it is
    assert _field("Tokyo condo prices rose 3 percent.", "3 percent", "entity") == "Tokyo"


def test_a_base_named_only_relative_to_it_names_no_time_for_the_next_sentence() -> None:
    text = (
        "The average asking rent fell 6.2 percent from a year earlier to C$2,635 in June. "
        "It was the ninth consecutive monthly decline. Nationally, average asking rents rose 3.4 percent."
    )
    assert [c.period for c in extract(text, date(2024, 7, 10))] == ["2024-06"] * 3
    text = "Exports rose 5 percent in May. Growth was slower than a year earlier. Imports fell 2 percent."
    assert [c.period for c in extract(text, date(2024, 6, 10))] == ["2024-05"] * 2


def test_the_figure_a_ratio_is_taken_of_is_no_change_of_the_ratio() -> None:
    text = "National values climbed 4.9 percent in 2024, less than half the 8.1 percent gain of 2023."
    assert _field(text, "8.1 percent", "unit", date(2025, 1, 2)) == "percent"


def test_with_a_series_up_after_a_named_subject_is_the_subjects() -> None:
    text = "Asia-Pacific carriers posted the strongest growth, with traffic up 15.4 percent."
    assert _field(text, "15.4 percent", "entity") == "Asia-Pacific carriers"
    assert _field("Tax revenue rose 3 percent, with income tax down 5.7 percent.", "5.7 percent", "entity") is None
    assert _field("North American airlines grew 2.5 percent.", "2.5 percent", "entity") != "United States"


def test_a_crop_counted_in_bags_of_a_size() -> None:
    text = "Brazil's 2025 crop is expected to fall 10.5 percent to 51.8 million 60-kilogram bags."
    claims = extract(text, date(2024, 12, 10))
    assert [(c.text, c.metric, c.entity, c.counted) for c in claims] == [
        ("10.5 percent", "crop", "Brazil", None),
        ("51.8 million", "crop", "Brazil", "bags"),
    ]


def test_a_price_going_up_by_a_sum_to_a_sum_is_a_move_and_a_level() -> None:
    text = "The streaming giant also raised prices, with its standard plan going up $2 to $17.99 a month."
    claims = extract(text)
    assert [(c.text, c.kind, c.metric) for c in claims] == [
        ("$2", "change", "standard plan"),
        ("$17.99", "level", "standard plan"),
    ]
    assert claims[0].entity != "The"


def test_a_total_brought_to_a_bare_count_counts_what_was_added() -> None:
    text = "Netflix added 18.9 million subscribers in the quarter, bringing its total to 301.6 million."
    assert _field(text, "301.6 million", "counted") == "subscribers"


def test_spent_in_the_country_is_where_not_on_what() -> None:
    text = "Foreign tourists spent 8.1 trillion yen in the country, the Japan Tourism Agency said."
    assert "country" not in str(_field(text, "8.1 trillion yen", "metric"))
    (claim,) = extract("South Korean car exports rose 5 percent.")
    assert (claim.metric, claim.entity) == ("car exports", "South Korea")


def test_a_multiple_of_a_figure_of_another_year_is_a_change_on_that_year() -> None:
    text = "Dengue cases in Brazil topped 6.5 million in 2024, more than four times the 1.6 million recorded in 2023."
    claims = extract(text, date(2024, 12, 30))
    assert [(c.text, c.kind, c.period, c.compared_to) for c in claims] == [
        ("6.5 million", "level", "2024", None),
        ("four times", "change", "2024", "2023"),
        ("1.6 million", "level", "2023", None),
    ]
    assert [c.counted for c in claims] == ["dengue cases", None, "dengue cases"]  # a count of a series of things
    assert _field("Homicides in Chicago fell to 573 in 2024.", "573", "counted") == "homicides"
    assert _field("The economy grew 5 percent, and employment reached 2,000.", "2,000", "counted") is None


def test_someones_things_in_lower_case_move_as_their_series() -> None:
    text = "Spotify's monthly active users rose 11 percent, while paying subscribers increased 12 percent to 252 million."
    claims = extract(text)
    assert (claims[0].text, claims[0].entity) == ("11 percent", "Spotify")
    assert "users" in str(claims[0].metric)
    assert claims[-1].metric == "paying subscribers"  # not the move before it, `12 percent`


def test_the_time_of_a_base_before_as_is_the_bases() -> None:
    text = (
        "India's trade deficit widened to a record $37.84 billion in November from $27.1 billion in October, "
        "as gold imports surged to $14.86 billion."
    )
    assert [c.period for c in extract(text, date(2024, 12, 16))] == ["2024-11", "2024-10", "2024-11"]


def test_an_outbreak_is_no_entity_the_place_it_struck_is() -> None:
    text = "The H5N1 bird flu outbreak has infected 61 people in the United States since April."
    assert _field(text, "61", "entity", date(2024, 12, 20)) == "United States"


def test_a_forecast_cut_to_a_figure_from_another_is_the_forecasts() -> None:
    text = "The company cut its sales forecast to 11 million units from 12.5 million."
    assert [(c.metric, c.counted) for c in extract(text)] == [("sales forecast", "units")] * 2


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Trami struck the Philippines. Damage to agriculture was estimated at 3.4 billion pesos.", "PHP"),
        ("Argentina's deficit was 500 billion pesos.", "ARS"),
        ("Mexico's budget is 9 trillion pesos.", "MXN"),
        ("Pakistan raised 100 billion rupees.", "PKR"),
        ("India raised 100 billion rupees.", "INR"),
        ("Norway's wealth fund posted a profit of 2.51 trillion crowns.", "NOK"),
        ("The Czech central bank sold 2 billion crowns.", "CZK"),
        ("Sweden's Volvo earned 5 billion crowns.", "SEK"),
        ("Maersk, the Danish shipper, earned 3 billion kroner.", "DKK"),
        ("Equinor earned 3 billion kroner.", "NOK"),
    ],
)
def test_pesos_rupees_and_crowns_are_those_of_the_country_named(text: str, unit: str) -> None:
    (claim,) = extract(text)
    assert claim.unit == unit


def test_damage_estimated_others_missing_and_an_expectation_of_the_months_reading() -> None:
    text = "At least 126 people were killed, and 28 others remained missing. Damage was estimated at $3 million."
    claims = extract(text)
    assert [c.counted for c in claims[:2]] == ["people", "people"]
    assert claims[2].metric == "damage"
    text = "The economy shrank 0.1 percent in October. Economists polled by Reuters had expected growth of 0.1 percent."
    assert [c.period for c in extract(text, date(2024, 12, 13))] == ["2024-10", "2024-10"]


def test_the_number_of_employed_people_and_a_quarter_named_by_its_ordinal_alone() -> None:
    text = (
        "South Africa's unemployment rate fell to 32.1 percent in the third quarter from 33.5 percent in the second. "
        "The number of employed people rose by 294,000 to 16.9 million."
    )
    claims = extract(text, date(2024, 11, 12))
    assert [c.period for c in claims[:2]] == ["2024-Q3", "2024-Q2"]
    assert [(c.metric, c.unit, c.counted) for c in claims[2:]] == [("employed people", "count", "employed people")] * 2


def test_a_series_kept_in_a_named_place_and_a_giant_that_speaks() -> None:
    text = "New car registrations in the European Union fell 1.9 percent in November to 887,867 units."
    claims = extract(text, date(2024, 12, 19))
    assert [(c.metric, c.entity) for c in claims] == [("new car registrations", "European Union")] * 2
    text = "Saudi Aramco's net income fell 15 percent in the third quarter, the state oil giant said on Tuesday."
    assert _field(text, "15 percent", "attributed_to") == "Saudi Aramco"


def test_a_sentence_opened_by_it_is_of_the_figures_before() -> None:
    text = (
        "Saudi Aramco's net income fell 15 percent to $27.56 billion in the third quarter. "
        "It maintained its quarterly dividend at $31.1 billion."
    )
    assert _field(text, "$31.1 billion", "entity", date(2024, 11, 5)) == "Saudi Aramco"


def test_a_headline_opening_with_a_thing_joined_to_another_names_no_company(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Wind and Solar Outpace Fossil Fuels in EU Power\n\nWind and solar generated 30 percent of the European "
        "Union's electricity in the first half of 2024. Fossil generation fell 17 percent from a year earlier, "
        "and coal's share dropped to 12 percent.\n\n"
        "Source: The Guardian, July 18, 2024\nhttps://www.theguardian.com/environment/2024/jul/18/eu-wind-solar\n",
        encoding="utf-8",
    )
    (article,) = parse_page(page).articles
    claims = {c.text: c for c in extract_article(page.read_text(encoding="utf-8"), article)}
    assert (claims["17 percent"].entity, claims["12 percent"].entity) == ("European Union", "European Union")
    assert claims["12 percent"].metric == "coal share"  # a thing's share, not a market share of `and coal`


def test_a_series_a_country_keeps_and_a_series_past_an_aside() -> None:
    text = (
        "U.S. housing starts fell 1.8 percent in November to a seasonally adjusted annual rate of 1.289 million "
        "units. Building permits, a gauge of future construction, rose 6.1 percent to 1.505 million units."
    )
    claims = extract(text, date(2024, 12, 18))
    assert [(c.metric, c.entity) for c in claims[:2]] == [("housing starts", "United States")] * 2
    assert [c.metric for c in claims[2:]] == ["building permits"] * 2


def test_the_time_of_a_record_beaten_is_the_records() -> None:
    text = (
        "The Paris Olympics sold 9.5 million tickets, beating the 8.3 million sold for the 1996 Atlanta Games. "
        "Ticketing revenue reached 1.4 billion euros."
    )
    claims = extract(text, date(2024, 8, 11))
    assert [(c.text, c.period, c.metric) for c in claims] == [
        ("9.5 million", None, "tickets sold"),
        ("8.3 million", "1996", "tickets sold"),
        ("1.4 billion euros", None, "ticketing revenue"),
    ]


def test_shares_of_a_company_are_its_shares_and_no_name() -> None:
    claims = extract("Shares of Nvidia rose 3.1 percent to $140.15. The company expects revenue of $38 billion.")
    assert [(c.metric, c.entity) for c in claims[:2]] == [("shares", "Nvidia")] * 2
    assert claims[2].attributed_to == "Nvidia"  # `the company` is not `Shares of Nvidia`
    assert _field("Shares in Hong Kong fell 2 percent.", "2 percent", "entity") == "Hong Kong"


def test_a_people_over_an_age_is_bounded_by_it() -> None:
    assert _field("Nearly one in five Americans over 65 still works.", "65", "unit") == "year"
    assert _field("Orders over 50 were shipped.", "50", "unit") == "count"


def test_a_monthly_series_an_expectation_in_a_poll_and_a_change_from_a_norm() -> None:
    text = "Monthly consumer prices rose 2.24 percent in November, below the 2.6 percent expected in a Reuters poll."
    claims = extract(text, date(2024, 12, 3))
    assert [(c.kind, c.period, c.compared_to) for c in claims] == [
        ("change", "2024-11", "2024-10"),
        ("target", "2024-11", None),
    ]
    text = "2024 was the hottest year, with the global average temperature 1.6 degrees Celsius above pre-industrial levels."
    assert _field(text, "1.6 degrees Celsius", "compared_to", date(2025, 1, 10)) is None
    text = "The figure was 11.6 percent above the level of March 2019, before the pandemic."
    assert _field(text, "11.6 percent", "compared_to", date(2024, 4, 17)) == "2019-03"


def test_what_happened_after_a_forecast_was_raised_and_the_estimate_it_beat() -> None:
    text = (
        "Walmart raised its full-year sales forecast on Tuesday after third-quarter comparable sales rose "
        "5.3 percent, beating estimates of 3.6 percent."
    )
    claims = extract(text, date(2024, 11, 19))
    assert [(c.kind, c.period) for c in claims] == [("change", "2024-Q3"), ("target", "2024-Q3")]


def test_police_in_a_place_named_with_another_count_for_both() -> None:
    text = "Police in England and Wales recorded 6.6 million crimes, down 2 percent from a year earlier."
    assert [c.entity for c in extract(text)] == ["England and Wales"] * 2


def test_a_citys_customs_credited_is_the_source_not_the_topic() -> None:
    text = (
        "Duty-free sales in Hainan province fell 29.3 percent to 30.94 billion yuan in 2024, Haikou customs said "
        "on Monday. Shoppers numbered 5.68 million, down 31.1 percent."
    )
    claims = extract(text, date(2025, 1, 6))
    assert {(c.entity, c.attributed_to) for c in claims} == {("Hainan", "Haikou customs")}


def test_an_aside_a_relative_clause_hangs_on_and_the_number_of_things_done() -> None:
    text = (
        "Kenya's central bank cut its lending rate to 11.25 percent on Thursday, its third cut in a row, "
        "citing slowing inflation, which stood at 2.8 percent in November."
    )
    assert "inflation" in str(_field(text, "2.8 percent", "metric", date(2024, 12, 5)))
    text = "The average home sold for 467,000 euros, and the number of homes sold rose 14.7 percent."
    assert _field(text, "14.7 percent", "metric") == "homes sold"
    text = "He said the number of rural pupils had fallen by 1.2 million over the same period."
    assert _field(text, "1.2 million", "metric") == "rural pupils"


def test_a_poll_named_before_its_figure_made_that_forecast_of_the_months_reading() -> None:
    text = (
        "British retail sales volumes fell by 0.3% in December from November, the Office for National Statistics "
        "said on Friday, confounding forecasts in a Reuters poll for a 0.4% rise."
    )
    claim = next(c for c in extract(text, date(2025, 1, 17)) if c.text == "0.4%")
    assert (claim.kind, claim.period, claim.attributed_to) == ("target", "2024-12", "Reuters")
    text = "Inflation slowed to 44.38% in December, the statistics institute said, below a Reuters poll forecast of 44.7%."
    assert _field(text, "44.7%", "attributed_to", date(2025, 1, 3)) == "Reuters"
    text = (
        "GDP grew 4.6 percent, above the 4.5 percent forecast in a Reuters poll but down from 4.7 percent in the "
        "second quarter, the National Bureau of Statistics said on Friday."
    )
    assert _field(text, "4.7 percent", "attributed_to", date(2024, 10, 18)) == "National Bureau of Statistics"


def test_a_market_move_takes_no_time_from_an_aside_nor_the_companys_credit() -> None:
    text = (
        "Samsung Electronics said on Wednesday its fourth-quarter profit rose 130%. The company's shares, which "
        "lost 32% of their value last year, rose 3.4% to close at 55,000 won."
    )
    claims = {c.text: c for c in extract(text, date(2025, 1, 8))}
    assert claims["130%"].attributed_to == "Samsung Electronics"
    assert claims["32%"].period == "2024"
    assert claims["3.4%"].period != "2024"  # the aside's year is not the day's move
    assert [claims[t].attributed_to for t in ("32%", "3.4%", "55,000 won")] == [None] * 3


@pytest.mark.parametrize(
    ("text", "number", "metric"),
    [
        ("The fund returned 13.1% last year.", "13.1%", "return"),
        ("Equities, which made up 71.4% of the fund at the end of the year, returned 18.0%.", "18.0%", "return"),
        ("The bond yields 4.5%.", "4.5%", "yield"),
        ("The cryptocurrency was last up 4.4% at $101,500.", "4.4%", "price"),
        ("The cryptocurrency was last up 4.4% at $101,500.", "$101,500", "price"),
        ("Italy's public debt rose to 135.3% of gross domestic product last year.", "135.3%", "public debt"),
        ("The budget deficit narrowed to 3.4% of output from 7.2%.", "3.4%", "budget deficit"),
        ("Coal made up 60% of output.", "60%", "share of output"),
    ],
)
def test_a_rate_named_by_its_verb_a_price_by_its_move_and_a_ratio_to_output_by_its_subject(
    text: str, number: str, metric: str
) -> None:
    assert _field(text, number, "metric") == metric


def test_a_level_left_in_a_years_move_is_the_year_befores() -> None:
    text = "The budget deficit narrowed to 3.4% of output last year from 7.2%, the statistics bureau said."
    assert [c.period for c in extract(text, date(2025, 3, 4))] == ["2024", "2023"]
    text = "The PMI rose to 50.2 in March. The non-manufacturing PMI edged up to 53.0 from 51.4."
    assert _field(text, "51.4", "period", date(2024, 3, 31)) is None  # a month's: of any month before


def test_a_funds_own_figures_credited_by_it_said_and_its_return_on_no_earlier_time() -> None:
    text = (
        "Norway's $1.8 trillion sovereign wealth fund posted a profit of 2.51 trillion crowns in 2024, it said on "
        "Wednesday. The fund returned 13.1% last year, 0.45 percentage point below the return on its benchmark index."
    )
    claims = {c.text: c for c in extract(text, date(2025, 1, 29))}
    profit = claims["2.51 trillion crowns"]
    assert (profit.unit, profit.entity, profit.attributed_to) == (
        "NOK",
        "Norway's sovereign wealth fund",
        "Norway's sovereign wealth fund",
    )
    assert claims["0.45 percentage point"].compared_to is None  # below another series, not an earlier time
    text = "Toyota Motor sold 10.8 million vehicles worldwide in 2024, down 3.7%, it said on Thursday."
    assert {c.attributed_to for c in extract(text)} == {"Toyota Motor"}


def test_the_central_bank_speaks_for_itself_after_an_aside() -> None:
    text = (
        "Annual inflation slowed to 44.38% in December, the Turkish Statistical Institute said on Friday. The "
        "central bank, which cut its policy rate by 250 basis points to 47.5% last week, expects inflation to fall "
        "to 21% by the end of 2025."
    )
    claims = {c.text: c for c in extract(text, date(2025, 1, 3))}
    assert claims["44.38%"].attributed_to == "Turkish Statistical Institute"
    assert claims["21%"].attributed_to == "central bank"


def test_visitors_from_the_places_that_follow_and_people_forced_out_in_named_places() -> None:
    text = "Chinese visitors numbered 6.7 million, followed by 4.95 million from Malaysia and 2.1 million from South Korea."
    assert [(c.metric, c.counted) for c in extract(text)][1:] == [
        ("visitors from malaysia", "visitors"),
        ("visitors from south korea", "visitors"),
    ]
    text = "More than 4,500 fires have been recorded, and about 30,000 people in Manitoba were forced from their homes in May."
    claims = extract(text, date(2025, 9, 4))
    assert claims[1].metric == "people forced"
    assert (claims[0].period, claims[1].period) == (None, "2025-05")  # May is the evacuations' month only


def test_a_goal_missed_is_its_makers_and_a_rivals_figures_are_not_credited_to_it(tmp_path: Path) -> None:
    text = (
        "Airbus Delivers 766 Jets in 2024\n\nAirbus delivered 766 aircraft last year, up 4% from 2023 but short of "
        "the 800 it had originally targeted before supply chain problems forced a cut in June, the European "
        "planemaker said on Thursday. Rival Boeing delivered 348 jets, its fewest since 2020.\n\n"
        "Source: Reuters, January 9, 2025\nhttps://example.com/a\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    claims = {c.text: c for c in extract_article(page.text, page.articles[0])}
    goal = claims["800"]
    assert (goal.kind, goal.metric, goal.counted, goal.period) == ("target", claims["766"].metric, "aircraft", "2024")
    assert claims["766"].attributed_to == "Airbus"
    assert claims["348"].attributed_to is None


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a level reached, not a move; the commodity's price, in the place it trades
        ("Cocoa futures in New York rose as high as $12,931 a metric ton.", "$12,931", ("level", "cocoa futures price", "New York")),
        ("Hidden debt could be as high as 60 trillion yuan.", "60 trillion yuan", ("target", "hidden debt", None)),
        ("The rally has seen prices nearly triple over the past year.", "triple", ("change", "prices", None)),
        ("Brazil is expected to produce about 1.8 million tons this season.", "1.8 million tons", ("target", "output", "Brazil")),
    ],
)
def test_prices_reached_and_tripled_and_output_by_its_verb(text: str, number: str, expected: tuple[str, str, str | None]) -> None:
    (claim,) = [c for c in extract(text) if c.text == number]
    assert (claim.kind, claim.metric, claim.entity) == expected


def test_a_change_from_an_average_has_no_base_time_and_a_long_number_of_phrase_counts_its_head() -> None:
    text = "Output is expected to be about 1.8 million tons, down roughly 10% from its five-year average."
    assert _field(text, "10%", "compared_to", date(2024, 12, 18)) is None
    text = (
        "The number of Americans filing new applications for unemployment benefits fell 14,000 to a seasonally "
        "adjusted 203,000 for the week ended Jan. 11, the Labor Department said."
    )
    assert {c.counted for c in extract(text, date(2025, 1, 16))} == {"Americans"}


def test_the_company_said_is_never_a_company_the_text_names_only_later() -> None:
    text = "Deliveries rose 4% last year, the company said on Thursday. Rival Boeing delivered 348 jets."
    assert extract(text, date(2025, 1, 9))[0].attributed_to is None


def test_pay_cut_by_a_fraction_is_the_pays_and_a_time_in_a_later_that_clause_is_that_clauses() -> None:
    text = (
        "In Hegang, a city of about 900,000 people in Heilongjiang Province, employees told reporters that their "
        "monthly pay had been cut by roughly a third, to around 3,000 yuan, and that bonuses for 2023 had not been paid."
    )
    claims = extract(text, date(2025, 2, 10))
    assert [(c.text, c.metric, c.entity) for c in claims[:1]] == [("900,000", "population", "Hegang")]
    assert [(c.text, c.unit, c.qualifier, c.metric) for c in claims[1:]] == [
        ("a third", "percent", "approximately", "pay"),
        ("3,000 yuan", "CNY", "approximately", "pay"),
    ]
    assert {c.period for c in claims} == {None}  # 2023 is the bonuses'
    assert _field("The Conservatives were reduced to 121 seats.", "121", "metric") == "seats"  # a name is no series


def test_an_agency_whose_data_an_article_gives_is_its_source_not_its_topic() -> None:
    text = (
        "Several local governments in China have cut civil servants' pay. According to data released by the Ministry "
        "of Finance, revenue from land sales fell 16 percent to 4.87 trillion yuan in 2024. The Ministry of Finance "
        "said that local governments issued 9.8 trillion yuan of bonds in 2024."
    )
    claims = extract(text, date(2025, 2, 10))
    assert {c.attributed_to for c in claims} == {"Ministry of Finance"}
    assert {c.entity for c in claims} == {"China"}


def test_a_leaked_notice_credits_the_body_that_gave_its_orders_not_the_outlet_that_obtained_it(tmp_path: Path) -> None:
    text = (
        "Informants Wanted\n\nAccording to an internal notice obtained by the Epoch Times, the public security bureau "
        "of a county in Hubei Province ordered each township police station to recruit at least five informants in "
        "every village by the end of June.\n\nSource: Epoch Times, April 2, 2024\nhttps://example.com/n\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (claim,) = extract_article(page.text, page.articles[0])
    assert (claim.kind, claim.period) == ("target", "2024-06")
    assert claim.attributed_to == "public security bureau of a county in Hubei Province"
    assert _field("The province ordered factories to cut power use by a quarter for six days.", "six days", "kind") == "level"


def test_a_pastor_his_fellow_members_and_the_watchdog_that_reported_them() -> None:
    text = (
        "A court has sentenced Pastor Li Yingqiang to seven years in prison, the U.S.-based Christian persecution "
        "watchdog ChinaAid reported. Li, 41, was detained along with about 20 other church members."
    )
    claims = {c.text: c for c in extract(text, date(2024, 6, 18))}
    assert (claims["seven years"].entity, claims["seven years"].attributed_to) == ("Li Yingqiang", "ChinaAid")
    assert claims["41"].entity == "Li Yingqiang"  # his surname, not `Pastor Li`
    assert claims["20"].counted == "church members"


def test_a_bare_count_joined_to_a_count_counts_its_things_and_an_anniversarys_year_is_the_events() -> None:
    text = "At least 10,000 Christians in China faced some form of persecution in 2023, and 552 were detained."
    assert [(c.counted, c.metric) for c in extract(text)][1] == ("Christians", "christians detained")
    text = "Police arrested eight people over posts marking the anniversary of the 1989 Tiananmen Square crackdown."
    assert _field(text, "eight", "period", date(2024, 6, 4)) is None


def test_a_chains_stores_opened_and_a_rivals_named_mid_sentence() -> None:
    text = (
        "Luckin Coffee's revenue rose 41.4% in the third quarter, the Xiamen-based chain said on Tuesday, while the "
        "number of its stores grew to 21,343, including 1,394 opened during the quarter. By comparison, Starbucks "
        "had 7,685 stores in China at the end of September."
    )
    claims = {c.text: c for c in extract(text, date(2024, 10, 29))}
    assert claims["41.4%"].attributed_to == "Luckin Coffee"
    assert (claims["1,394"].counted, claims["1,394"].metric) == ("stores", "stores opened")
    assert (claims["7,685"].entity, claims["7,685"].attributed_to) == ("Starbucks", None)


def test_an_age_range_of_year_olds_is_an_age() -> None:
    text = "The unemployment rate for 16- to 24-year-olds excluding students stood at 15.7 percent in December."
    age = extract(text, date(2025, 1, 27))[0]
    assert (age.text, age.value, age.value_high, age.metric, age.period) == ("16- to 24-year-olds", 16, 24, "age", None)


def test_a_paragraph_on_the_parts_of_a_release_keeps_its_time_and_a_follower_its_series() -> None:
    text = (
        "From January to November, the national general public budget revenue was 19.97 trillion yuan, a "
        "year-on-year decrease of 0.6 percent.\n\nIn terms of major tax categories, domestic value-added tax revenue "
        "was 6.03 trillion yuan, a year-on-year decrease of 4.2 percent."
    )
    assert [c.period for c in extract(text, date(2024, 12, 18))] == ["2024"] * 4
    text = "Guangdong's GDP reached 14.16 trillion yuan in 2024. Jiangsu followed with 13.7 trillion yuan."
    assert [(c.metric, c.entity) for c in extract(text)][1] == ("gdp", "Jiangsu")
    assert _field("Guangdong set a target of about 5 percent growth for 2025.", "5 percent", "metric") == "growth"


def test_a_city_office_named_in_lower_case_is_credited_and_a_yearly_fall_of_a_rate_is_relative() -> None:
    text = (
        "The average monthly salary in Shanghai was 12,307 yuan in 2023, the city’s human resources and social "
        "security bureau announced on Friday."
    )
    assert _field(text, "12,307 yuan", "attributed_to", date(2024, 6, 28)) == "Shanghai human resources and social security bureau"
    assert _field("The mortality rate had fallen by about 1.3 percent a year.", "1.3 percent", "unit") == "percent"
    text = "From July 1, the minimum monthly contribution base is raised, with the base set at 7,384 yuan."
    assert _field(text, "7,384 yuan", "metric") == "base"


def test_a_work_reports_listed_targets_each_named_by_its_own_words(tmp_path: Path) -> None:
    text = (
        "Beijing's Targets\n\nBeijing Mayor Yin Yong delivered the city government’s work report on January 14. "
        "The main targets for 2025 include:\n\n– GDP growth of around 5 percent;\n– Surveyed urban unemployment rate "
        "kept within 5 percent;\n– Consumer price increase of around 2 percent;\n– Energy consumption per unit of "
        "GDP down 3 percent.\n\nSource: Beijing Daily, January 15, 2025\nhttps://example.com/b\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    claims = extract_article(page.text, page.articles[0])
    assert [(c.metric, c.qualifier) for c in claims] == [
        ("gdp growth", "approximately"),
        ("surveyed urban unemployment rate", "at_most"),
        ("consumer price increase", "approximately"),
        ("energy consumption per unit of gdp", "exact"),
    ]
    assert {(c.kind, c.period, c.attributed_to) for c in claims} == {("target", "2025", "Yin Yong")}
    text = "The quake was the strongest recorded within a 200-kilometer radius."
    assert _field(text, "200-kilometer", "qualifier") == "exact"


def test_a_race_won_in_hours_minutes_and_seconds_and_those_sent_to_hospital() -> None:
    text = (
        "Philemon Kiplimo won the men’s full marathon in 2 hours, 9 minutes and 20 seconds. About 1,100 "
        "participants sought medical help, and 12 were sent to hospital."
    )
    claims = extract(text, date(2025, 2, 9))
    assert (claims[0].text, claims[0].unit) == ("2 hours, 9 minutes and 20 seconds", "hour")
    assert (claims[2].counted, claims[2].metric) == ("participants", "participants sent")


def test_a_second_rise_of_a_raised_wage_takes_its_start_and_a_developer_speaks_for_itself() -> None:
    text = (
        "Taiwan will raise the monthly minimum wage by 3.21 percent to NT$28,590 starting January 1, 2025, the "
        "Ministry of Labor said. The hourly minimum wage will rise to NT$190 from NT$183."
    )
    claims = {c.text: c for c in extract(text, date(2024, 9, 11))}
    assert (claims["NT$190"].kind, claims["NT$190"].period) == ("target", "2025-01-01")
    text = "Tariffs on batteries will rise to 25 percent from 7.5 percent this year."  # a time of its own
    assert _field(text, "25 percent", "period", date(2024, 5, 14)) != "2025-01-01"
    text = "Hong Kong developer Sun Hung Kai Properties reported underlying profit of HK$19.9 billion."
    assert _field(text, "HK$19.9 billion", "attributed_to") == "Sun Hung Kai Properties"


def test_an_election_parties_shares_in_parallel_and_a_poll_that_found() -> None:
    text = (
        "Merz's conservative bloc won the election with 28.5% of the vote, while the far-right Alternative for "
        "Germany (AfD) came second with 20.8%. Chancellor Olaf Scholz's Social Democrats slumped to 16.4%. Turnout "
        "was 82.5%, the highest since reunification in 1990."
    )
    claims = {c.text: c for c in extract(text, date(2025, 2, 24))}
    assert claims["20.8%"].entity == "Alternative for Germany"
    assert claims["16.4%"].metric == claims["28.5%"].metric
    assert claims["82.5%"].period != "1990"
    text = "Fifty-eight percent of Americans disapprove of the plan, a Reuters/Ipsos poll completed on Sunday found."
    assert _field(text, "Fifty-eight percent", "attributed_to") == "Reuters/Ipsos"


def test_a_survey_named_in_an_aside_is_its_series_and_its_compilers_credit() -> None:
    text = (
        "The official PMI fell to 50.2 in January, while the construction sub-index slid to 49.3, the first "
        "contraction since August. A private survey, the Caixin/S&P Global services PMI, came in at 51.0 in January."
    )
    claims = {c.text: c for c in extract(text, date(2025, 2, 5))}
    assert claims["49.3"].period == "2025-01"  # August frames the record
    last = claims["51.0"]
    assert (last.metric, last.entity, last.attributed_to) == ("caixin/s&p global services pmi", None, "Caixin/S&P Global")
    text = "Bank Negara Malaysia expects inflation of 2.0% to 3.5% in 2025."
    assert _field(text, "2.0% to 3.5%", "attributed_to") == "Bank Negara Malaysia"


def test_accounts_shut_down_by_a_campaign_targeting_rumors_are_no_change_nor_goal() -> None:
    text = (
        "During a three-month campaign targeting online rumors, the regulator shut down more than 1.4 million "
        "accounts and deleted 6.5 million posts. Over the past five years, the CAC has run more than 40 such "
        "campaigns. Dong, 62, was detained in 2022. His family saw him only three times."
    )
    claims = {c.text: c for c in extract(text, date(2024, 7, 2))}
    assert (claims["1.4 million"].kind, claims["6.5 million"].kind) == ("level", "level")
    assert (claims["40"].unit, claims["40"].counted) == ("count", "campaigns")  # the regulator, not the Paris index
    assert claims["three times"].metric != "age"
    assert _field("The company is targeting 5% growth.", "5%", "kind") == "target"


def test_a_count_of_a_brands_model_counts_the_things() -> None:
    text = "The company said it trained its model using about 2,000 Nvidia H800 chips at a cost of less than $6 million."
    assert _field(text, "2,000", "counted") == "chips"


def test_during_the_year_after_a_days_record_is_the_year() -> None:
    text = (
        "Shenzhen Metro carried a record 10.3 million passengers on December 31, 2024. The network carried 2.6 "
        "billion passengers during the year, up 12 percent. Airlines carried 130 million over the same period."
    )
    claims = {c.text: c for c in extract(text, date(2025, 1, 3))}
    assert (claims["2.6 billion"].period, claims["12 percent"].compared_to) == ("2024", "2023")
    assert claims["130 million"].period == "2024"  # the same period as the sentence before


def test_a_streak_after_years_of_blackouts_and_what_holds_now_take_no_time_from_them() -> None:
    text = (
        "South Africa has gone 300 consecutive days without power cuts, state utility Eskom said on Monday, after "
        "years of rolling blackouts that peaked in 2023, when the country suffered power cuts on 335 days. Eskom "
        "said its plants were now available 61% of the time."
    )
    claims = {c.text: c for c in extract(text, date(2025, 1, 20))}
    assert [claims[t].period for t in ("300 consecutive days", "335 days", "61%")] == [None, "2023", None]
    assert claims["300 consecutive days"].attributed_to == "Eskom"


def test_a_bare_headline_figure_the_body_gives_in_a_currency_is_restated(tmp_path: Path) -> None:
    text = (
        "Indian Rupee Hits Record Low Past 86.6 Per Dollar\n\nThe Indian rupee fell to a record low of 86.62 per "
        "U.S. dollar on Monday.\n\nSource: Reuters, January 13, 2025\nhttps://example.com/r\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    assert [c.text for c in extract_article(page.text, page.articles[0])] == ["86.62"]


def test_a_bulleted_fall_down_to_a_level_is_a_move_and_a_level_not_a_range() -> None:
    text = "The biggest declines in 2024 were:\n\n– Heilongjiang: down 260,000 to 30.3 million\n– Gansu: down 110,000 to 24.5 million"
    claims = extract(text, date(2025, 3, 3))
    assert [(c.text, c.kind, c.entity) for c in claims] == [
        ("260,000", "change", "Heilongjiang"),
        ("30.3 million", "level", "Heilongjiang"),
        ("110,000", "change", "Gansu"),
        ("24.5 million", "level", "Gansu"),
    ]


def test_a_numbered_lists_items_are_each_their_labels() -> None:
    text = (
        "The top five vendors by shipments were:\n1. Huawei: 13.1 million units, 17% share\n"
        "2. Apple: 13.0 million units, 16% share\n3. Xiaomi: 12.8 million units, 16% share"
    )
    claims = extract(text, date(2025, 1, 17))
    assert [(c.text, c.entity) for c in claims] == [
        ("13.1 million", "Huawei"),
        ("17%", "Huawei"),
        ("13.0 million", "Apple"),
        ("16%", "Apple"),
        ("12.8 million", "Xiaomi"),
        ("16%", "Xiaomi"),  # another's share, not Apple's restated
    ]


def test_a_professor_is_credited_by_name() -> None:
    text = "He said 43 percent of respondents were pessimistic, said Professor Francis Lee, who led the study."
    assert _field(text, "43 percent", "attributed_to") == "Francis Lee"


_RIO = "Rio Tinto shipped 87.4 million tonnes in the fourth quarter. Full-year Pilbara shipments were 328.6 million tonnes."
_MONEY_LEAGUE = (
    "Real Madrid earned €1.046 billion in revenue. Manchester City, last year’s leader, slipped to second with "
    "€838 million, while Paris Saint-Germain was third at €806 million."
)
_FLIGHTS = (
    "Delay per flight was 1.8 minutes, nearly double the target of 0.9 minutes, and about 34% of flights arrived late."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a season across two years has no single period, written with a slash as with a dash
        ("Real Madrid earned €1.046 billion in 2023/24, according to Deloitte.", "€1.046 billion", "period", None),
        # the publisher of a titled publication is its source, not the title
        ("Real Madrid earned €1.046 billion, according to Deloitte’s annual Football Money League.",
         "€1.046 billion", "attributed_to", "Deloitte"),
        ("Sales rose 5 percent, according to the Nikkei's annual survey.", "5 percent", "attributed_to", "Nikkei"),
        # a goal's noun with its own figure leaves the clause after it a plain reading
        (_FLIGHTS, "34%", "kind", "level"),
        ("Delay per flight was 1.8 minutes, nearly double the target of 0.9 minutes.", "0.9 minutes", "kind",
         "target"),
        # a year that opens the sentence frames the forecast in it
        ("For 2025 the company expects shipments of between 323 million and 338 million tonnes.",
         "323 million and 338 million tonnes", "period", "2025"),
        ("In 2025, the company expects sales of 5 million tonnes.", "5 million tonnes", "period", "2025"),
        # the full year is that of the quarter just given, and no part of a name
        (_RIO, "328.6 million tonnes", "period", "2024"),
        (_RIO, "328.6 million tonnes", "entity", None),
        # a share price moves on its own day, not in the period the sentence before named
        ("Revenue rose 8% in the first quarter. Shares fell 1.5% to $173.40.", "1.5%", "period", None),
        ("Revenue rose 8% in the first quarter. Shares fell 1.5% to $173.40.", "$173.40", "period", None),
        # what was strongest among a group is the group's
        ("Support was strongest among those aged 65 and over, at 78.1 percent.", "78.1 percent", "metric", "support"),
        ("Support was strongest among those aged 65 and over, at 78.1 percent.", "78.1 percent", "entity",
         "those aged 65 and over"),
        # `N in M` of a people who do something: the share of them who do
        ("Seven in 10 Taiwanese support raising defense spending, a poll found.", "Seven in 10", "metric",
         "share support raising defense spending"),
        ("Seven in 10 Taiwanese support raising defense spending, a poll found.", "Seven in 10", "entity",
         "Taiwanese"),
        # warmer than a norm is a difference from it, and a figure `Globally` is the world's
        ("Europe was hot in August. Globally, August was 1.51C warmer than the pre-industrial average.", "1.51C",
         "kind", "change"),
        ("Europe was hot in August. Globally, August was 1.51C warmer than the pre-industrial average.", "1.51C",
         "entity", "world"),
        # a cap is a ceiling, however far its `at` is from the verb
        ("The regulator capped production at 38 jets a month.", "38", "qualifier", "at_most"),
        # a rate's base of any power of ten is no figure, and the rate before it counts the same thing
        ("The fatality rate fell to 1.26 deaths per 100 million vehicle miles traveled, from 1.33 the year before.",
         "1.33", "counted", "deaths"),
        # a rank reached with a figure is the ranked one's, in the series just given
        (_MONEY_LEAGUE, "€838 million", "entity",
         "Manchester City"),
        (_MONEY_LEAGUE, "€806 million", "metric",
         "revenue"),
    ],
)
def test_sports_polls_and_traffic_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 1, 23)) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a span something happened in frames; a span lasted measures
        ("August was the 13th month in a 14-month period in which temperatures exceeded the threshold.", []),
        ("The project ran for a 14-month period.", ["14-month"]),
        # a sentence ending in a label's word (`season`) does not make the next sentence's number a label
        ("Revenue grew in the previous season. Six of the top 10 were English.", ["Six"]),
        # a count is no restatement of a percent of the same number
        ("Revenue rose 6% from the previous season. Six of the top 10 clubs were English.", ["6%", "Six"]),
        ("The rate fell to 1.26 deaths per 100 million vehicle miles traveled.", ["1.26"]),
    ],
)
def test_which_numbers_are_claims(text: str, numbers: list[str]) -> None:
    assert [c.text for c in extract(text, date(2024, 9, 6))] == numbers


def test_an_outlet_that_publishes_its_own_review_is_its_source(tmp_path: Path) -> None:
    text = (
        "Europe’s Air Traffic Climbs\n\nEurope’s air traffic network handled 10.7 million flights in 2024, up 5% "
        "on 2023, Eurocontrol said in its annual review published on Thursday.\n\n"
        "Source: Eurocontrol, January 23, 2025\nhttps://www.eurocontrol.int/press-release/2024-review\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    claims = extract_article(page.text, page.articles[0])
    assert [c.attributed_to for c in claims] == ["Eurocontrol", "Eurocontrol"]


def test_a_document_seen_by_the_outlet_credits_the_body_that_gave_the_order(tmp_path: Path) -> None:
    text = (
        "Beijing Orders Review of Coal Projects\n\nThe National Energy Administration has ordered a review of three "
        "coal-fired power projects in Shanxi province with a combined capacity of 4 gigawatts, according to a "
        "document seen by Caixin.\n\nSource: Caixin, February 19, 2025\nhttps://www.caixinglobal.com/coal\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    claims = extract_article(page.text, page.articles[0])
    assert [c.attributed_to for c in claims] == ["National Energy Administration"] * 2


def test_a_bare_surveyed_population_is_not_what_the_article_is_about() -> None:
    text = (
        "Seven in 10 Taiwanese support raising defense spending, according to a poll by the Taiwanese Public "
        "Opinion Foundation. The survey of 1,079 adults was conducted from May 13 to 15.\n\n"
        "The government has proposed a 2025 defense budget of NT$647 billion."
    )
    claims = {c.text: c for c in extract(text, date(2024, 5, 21))}
    assert "adults" not in (claims["1,079"].entity, claims["NT$647 billion"].entity)


_NOTO = (
    "The death toll from the magnitude 7.6 earthquake that struck Japan’s Noto Peninsula on New Year’s Day has "
    "risen to 241, Ishikawa prefecture said on Tuesday."
)
_ECB = "ECB staff now see the euro zone economy growing 0.7% this year and 1.1% in 2025, down from 1.3% previously."
_CYBER_WEEK = (
    "Adobe expects online spending over the five days from Thanksgiving through Cyber Monday to reach $40.6 billion."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a name with a particle (`al-Sisi`) after the title is the person's
        ("Suez Canal revenue fell to $7.2 billion in 2024, Egyptian President Abdel Fattah al-Sisi said on Monday.",
         "$7.2 billion", "attributed_to", "Abdel Fattah al-Sisi"),
        # a place's government named by the place and its kind
        (_NOTO, "241", "attributed_to", "Ishikawa prefecture"),
        # a subject with a relative clause on a possessive object; `has risen` is the verb, not possession
        (_NOTO, "241", "metric", "death toll"),
        ("The death toll has climbed to 241.", "241", "metric", "death toll"),
        # `by more than half` is a change of a bound
        ("Transits dropped by more than half, to roughly 13,200 vessels.", "half", "qualifier", "more_than"),
        ("Transits dropped by more than half, to roughly 13,200 vessels.", "half", "kind", "change"),
        # a multiple of `their level a year ago` is a change on that time
        ("Spot rates were $4,800 last week, about 2.5 times their level a year ago.", "2.5 times", "compared_to",
         "2023-11"),
        # a route between two cities is nobody's
        ("Spot rates on the Shanghai-Rotterdam route were $4,800 last week.", "$4,800", "entity", None),
        # the shopping days around Thanksgiving, and the span between them
        ("U.S. consumers spent a record $10.8 billion online on Black Friday.", "$10.8 billion", "period", "2024-11-29"),
        (_CYBER_WEEK, "$40.6 billion", "period", "2024-Q4"),
        (_CYBER_WEEK, "$40.6 billion", "metric", "online spending"),
        # forecasters `see` a series growing: a forecast of its growth, for each year given
        (_ECB, "0.7%", "kind", "target"),
        (_ECB, "1.1%", "metric", "economy growth"),
        (_ECB, "1.1%", "entity", "euro zone"),
        (_ECB, "1.3%", "unit", "percent"),
        # `longer than` is a bound; the range `that analysts had predicted` a forecast
        ("Some 2.8 million patients had been waiting longer than 18 weeks.", "18 weeks", "qualifier", "more_than"),
        ("The funds drew $35 billion, far above the $5 billion to $15 billion that analysts had predicted.",
         "$5 billion to $15 billion", "kind", "target"),
        # what drove a total is the series the relative clause after it measures
        ("Exports rose 8.2%, driven by semiconductor shipments, which jumped 43.9%.", "43.9%", "metric",
         "semiconductor shipments"),
    ],
)
def test_canal_shopping_quake_and_central_bank_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 11, 30)) == expected


def test_a_span_of_days_between_shopping_days_is_no_claim() -> None:
    assert [c.text for c in extract(_CYBER_WEEK, date(2024, 11, 30))] == ["$40.6 billion"]


_CROSSINGS = (
    "Some 66,317 migrants reached Italy by sea in 2024, down about 58% from 157,651 in 2023.\n\nUNHCR estimated "
    "that at least 1,700 people died in the central Mediterranean during the year. Arrivals in Spain’s Canary "
    "Islands rose to a record 46,843."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # how often a change is measured may stand between it and its noun; a comma may stand before `by`
        ("New York led the gains with a 7.3% annual increase.", "7.3%", "kind", "change"),
        ("Tampa was the only city where prices fell, by 0.4%.", "0.4%", "kind", "change"),
        # a fraction that a majority or a stake is
        ("The alliance won 159 seats, securing a two-thirds majority.", "two-thirds", "value", 66.666667),
        # `during the year` is the year the paragraph before was about, not the year a change was measured from
        (_CROSSINGS, "1,700", "period", "2024"),
        # a plural name after `in` is where the things counted are, not what is counted
        (_CROSSINGS, "46,843", "counted", "arrivals"),
        # the next in a ranking of increases is an increase; a compound's noun takes its proper plural
        ("New York led with a 7.3% annual increase, followed by Chicago at 6.2%.", "6.2%", "kind", "change"),
        ("The 20-city composite index rose 4.2%.", "20", "counted", "cities"),
    ],
)
def test_housing_election_and_migration_sentences(text: str, number: str, field: str, expected: object) -> None:
    got = _field(text, number, field, date(2025, 1, 2))
    assert got == pytest.approx(expected) if isinstance(expected, float) else got == expected


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Migrant Crossings Fall by 60%", "Some 66,317 migrants reached Italy by sea, down about 58% from 2023."),
        ("Machinists End Seven-Week Strike", "The machinists ended a 53-day walkout on Monday."),
    ],
)
def test_a_headline_figure_the_body_gives_roughly_or_in_another_unit_is_restated(
    tmp_path: Path, headline: str, body: str
) -> None:
    text = f"{headline}\n\n{body}\n\nSource: Reuters, January 2, 2025\nhttps://example.com/a\n"
    page = parse_page(tmp_path / "page.txt", text)
    claims = extract_article(page.text, page.articles[0])
    assert all(c.start > len(headline) for c in claims)


_DEPARTURES = (
    "Over the first eight months, departures of Hong Kong residents through land crossings totaled 48.7 million, "
    "nearly a fifth more than in the whole of 2018."
)
_BATTERIES = "CATL held 37.9% in the first eight months of 2024.\n\nBatteries totaled 510.2 gigawatt-hours in the period."
_HOGS = "Analysts at Citic Securities expect prices to stay above 18 yuan per kilogram through the end of the year."
_QUOTAS = "The government has approved mining quotas of 272 million tons for 2025, up from 240 million this year."


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a firm described by its country, then named
        ("CATL held 37.9% of the market, South Korean research firm SNE Research said on Tuesday.", "37.9%",
         "attributed_to", "SNE Research"),
        # `in the period` is the one named before
        (_BATTERIES, "510.2 gigawatt-hours", "period", "2024"),
        # a fraction more than a year's whole: a change on it, and no time of the figure before it
        (_DEPARTURES, "a fifth", "compared_to", "2018"),
        (_DEPARTURES, "48.7 million", "period", "2024"),
        (_DEPARTURES, "48.7 million", "counted", "departures"),
        # a move's base form after `to`; a goal to the end of the year
        (_HOGS, "18 yuan", "metric", "prices"),
        (_HOGS, "18 yuan", "period", "2024"),
        # a base after a year the first figure is for is in its unit; quotas are goals
        (_QUOTAS, "240 million", "unit", "metric_ton"),
        (_QUOTAS, "272 million tons", "kind", "target"),
        # migration to a country is the country's
        ("Net migration to the United Kingdom hit a record 906,000 in the year to June 2023.", "906,000", "entity",
         "United Kingdom"),
    ],
)
def test_batteries_hogs_crossings_and_quota_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 9, 30)) == expected


def test_the_end_of_the_year_is_this_years_for_a_goal_and_the_one_named_for_a_reading() -> None:
    goal = extract("Baidu plans to expand the fleet to 1,000 by the end of the year.", date(2024, 7, 15))
    reading = extract(
        "China installed 216.88 gigawatts of solar capacity in 2023. Total capacity reached 609 GW by the end of "
        "the year.",
        date(2024, 1, 26),
    )
    assert (goal[0].period, reading[-1].period) == ("2024", "2023")


_NIKKEI = (
    "Japan’s Nikkei share average closed above 40,000 for the first time on Monday, ending at 40,109.23. Foreign "
    "investors bought a net ¥1.2 trillion of Japanese stocks in February. The broader Topix index rose 0.6%."
)
_SCHEME = (
    "The scheme, launched in 2020 with an outlay of Rs 41,000 crore, has attracted investment of over Rs 10,000 "
    "crore. The first fund, launched in 2014, raised 138.7 billion yuan."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # bare shillings are Kenya's, or those of the one other country that names them
        ("Kenya’s public debt stood at about 10.3 trillion shillings.", "10.3 trillion shillings", "unit", "KES"),
        ("Uganda's budget is 72 trillion shillings.", "72 trillion shillings", "unit", "UGX"),
        # a currency with a two-word adjective, quoted per dollar, is the currency's rate
        ("The South Korean won fell as far as 1,486.7 per dollar on Friday.", "1,486.7", "unit", "KRW"),
        ("The South Korean won fell as far as 1,486.7 per dollar on Friday.", "1,486.7", "entity", "won"),
        ("The South Korean won fell as far as 1,486.7 per dollar on Friday.", "1,486.7", "kind", "level"),
        # where a stock index ended is a reading of it; its move is the market's, of no time named before
        (_NIKKEI, "40,109.23", "unit", "index"),
        (_NIKKEI, "0.6%", "period", None),
        # a participle's aside with a figure of its own keeps its time; one without gives the sentence its time
        (_SCHEME, "Rs 10,000 crore", "period", None),
        (_SCHEME, "138.7 billion yuan", "period", "2014"),
    ],
)
def test_currency_index_and_aside_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 3, 4)) == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a body described before its name: an association, an agency; an index's compilers
        ("Output will rise 10% in 2025, the country’s nickel miners’ association APNI said on Monday.", "10%", "APNI"),
        ("The United Nations refugee agency UNHCR estimated that at least 1,700 people died.", "1,700", "UNHCR"),
        ("U.S. home prices rose 3.6% in October, the S&P CoreLogic Case-Shiller national index showed on Tuesday.",
         "3.6%", "S&P CoreLogic Case-Shiller"),
    ],
)
def test_sources_described_before_their_names(text: str, number: str, expected: str) -> None:
    assert _field(text, number, "attributed_to", date(2024, 12, 31)) == expected


def test_a_body_named_by_its_initials_is_no_rival_of_itself(tmp_path: Path) -> None:
    text = (
        "ECB Cuts Rates Again\n\nThe European Central Bank cut its deposit rate to 3.00% on Thursday. ECB staff now "
        "see the euro zone economy growing 0.7% this year.\n\nSource: Reuters, December 12, 2024\nhttps://example.com/e\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    growth = extract_article(page.text, page.articles[0])[-1]
    assert (growth.attributed_to, growth.entity, growth.metric) == ("European Central Bank", "euro zone", "economy growth")


_YARDS = (
    "Shipyards won orders for 113 million deadweight tonnes in 2024. Completions rose 13.8% to 48.18 million "
    "deadweight tonnes, and the order backlog stood at 208.72 million tonnes at the end of December."
)
_EXPORTS = (
    "Exports to Belt and Road countries made up 62.4 percent of the total, while those to the United States grew "
    "14.7 percent to 61.4 billion yuan."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a ratio with decimals is a reading; a ship's deadweight is in tonnes
        ("The ratio of urban to rural income narrowed to 2.36 from 2.41.", "2.36", "unit", "index"),
        (_YARDS, "48.18 million deadweight tonnes", "unit", "metric_ton"),
        # a clause with a subject of its own keeps the time after it
        (_YARDS, "13.8%", "period", "2024"),
        (_YARDS, "208.72 million tonnes", "period", "2024-12"),
        # a percent move to a level in yuan is relative, even after a share
        (_EXPORTS, "14.7 percent", "unit", "percent"),
        # what a figure must be is a requirement
        ("The notice set a target of 32,000 recruits. Of these, at least 60 percent must be college students.",
         "60 percent", "kind", "target"),
    ],
)
def test_trade_shipbuilding_and_quota_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 1, 21)) == expected


def test_the_citys_office_is_the_city_the_sentence_describes(tmp_path: Path) -> None:
    text = (
        "Yiwu Exports Climb\n\nExports from Yiwu, the eastern Chinese city known as the world’s small commodity hub, "
        "rose 18.2 percent in 2024, according to the city’s customs office.\n\n"
        "Source: South China Morning Post, January 21, 2025\nhttps://www.scmp.com/a\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (claim,) = extract_article(page.text, page.articles[0])
    assert claim.attributed_to == "Yiwu customs office"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # `The six women and two men`: irregular plurals are counted, not a name's number
        ("The six women and two men, aged 37 to 74, include a jailed activist.", "six", "counted", "women"),
        # a bare scaled figure joined by `and` to one with a unit is in it too
        ("Qatar and Australia followed with 77.2 million and 80.9 million tonnes respectively.", "77.2 million",
         "unit", "metric_ton"),
        # a ceiling in law, not a measured maximum
        ("Sedition now carries a maximum penalty of seven years in prison.", "seven years", "qualifier", "at_most"),
        ("The storm packed maximum sustained winds of 227 kilometers per hour.", "227 kilometers per hour",
         "qualifier", "exact"),
        # a date that names an anniversary is no time of the figures
        ("Police arrested eight people for posts ahead of the June 4 anniversary, the minister said.", "eight",
         "period", None),
        # analysts at a firm who `estimate`; what they estimate is the clause after it
        ("Analysts at Quilty Space estimate Starlink’s revenue will reach $11.8 billion in 2025.", "$11.8 billion",
         "attributed_to", "Quilty Space"),
        ("Analysts at Quilty Space estimate Starlink’s revenue will reach $11.8 billion in 2025.", "$11.8 billion",
         "metric", "revenue"),
        # a named service of a company is the service's
        ("SpaceX’s Starlink satellite internet service has more than 4.6 million customers.", "4.6 million", "entity",
         "Starlink"),
        # where an agency `sees` a crop is its forecast of it
        ("The agency sees corn output at 119.6 million tons.", "119.6 million tons", "kind", "target"),
        ("The agency sees corn output at 119.6 million tons.", "119.6 million tons", "metric", "corn output"),
    ],
)
def test_arrests_satellites_and_crop_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 5, 29)) == expected


def test_a_country_that_exported_is_whose_exports_they_are(tmp_path: Path) -> None:
    text = (
        "U.S. LNG Exports Hit Record\n\nThe United States exported a record 88.4 million tonnes of liquefied natural "
        "gas in 2024, keeping it the world’s top LNG exporter.\n\nSource: Reuters, January 2, 2025\nhttps://a.com/b\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (claim,) = extract_article(page.text, page.articles[0])
    assert claim.entity == "United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name joined by another language's particle; a country's office named by what it is
        ("Cash remittances rose 3% in 2024, Bangko Sentral ng Pilipinas (BSP) said on Monday.",
         "Bangko Sentral ng Pilipinas"),
        ("Mongolia exported 83.7 million tonnes of coal in 2024, the country’s customs agency said.", "customs agency"),
    ],
)
def test_sources_of_other_languages_and_a_countrys_office(text: str, expected: str) -> None:
    assert extract(text, date(2025, 2, 17))[0].attributed_to == expected


_DAILY_PARCELS = (
    "The daily volume reached 571 million parcels in October, about 1.8 times the daily average of the first half of "
    "the year."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # `the same day last year`: the figure's day, a year before
        ("Couriers handled 729 million parcels on November 11, up 9.7 percent from the same day last year.",
         "9.7 percent", "period", "2024-11-11"),
        ("Couriers handled 729 million parcels on November 11, up 9.7 percent from the same day last year.",
         "9.7 percent", "compared_to", "2023-11-11"),
        # a multiple of the same series at another time: a change from that time
        (_DAILY_PARCELS, "1.8 times", "compared_to", "2024-H1"),
        (_DAILY_PARCELS, "1.8 times", "period", "2024-10"),
        ("Sales reached 50 million units in 2023, about 1.8 times the level of 2019.", "1.8 times", "kind", "change"),
        ("Sales reached 50 million units in 2023, about 1.8 times the level of 2019.", "1.8 times", "compared_to",
         "2019"),
        # `those at`: the series just named, of another group
        ("Profits at state-owned firms fell 8.4%, while those at private companies slipped 0.5%.", "0.5%", "metric",
         "profits at private companies"),
        # a clause saying which of a whole: the part counts the whole's noun
        ("Of the 41 industrial sectors the bureau tracks, 18 posted higher profits.", "18", "counted",
         "industrial sectors"),
    ],
)
def test_parcel_and_industrial_profit_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 11, 12)) == expected


def test_an_outlet_named_in_the_headline_says_nothing_of_the_story(tmp_path: Path) -> None:
    text = (
        "Global Times: Couriers Handle 729 Million Parcels\n\nChina's express delivery companies handled 729 million "
        "parcels on November 11, the State Post Bureau said.\n\nSource: Global Times, November 12, 2024\n"
        "https://www.globaltimes.cn/a\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    (claim,) = extract_article(page.text, page.articles[0])
    assert claim.entity == "China"


_MACAU_REVENUE = (
    "Revenue reached 208.4 billion patacas in 2024, up 25.4 per cent, or about 79 per cent of the level of 2019, "
    "before the pandemic."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a share of a yardstick year: a level of the sentence's time, and no base for the change before it
        (_MACAU_REVENUE, "79 per cent", "kind", "level"),
        (_MACAU_REVENUE, "79 per cent", "period", "2024"),
        (_MACAU_REVENUE, "25.4 per cent", "compared_to", "2023"),
        # ... and of the series it is a share of
        ("Japan’s direct investment in China fell to $3.8 billion last year, roughly a quarter of its 2012 peak.",
         "a quarter", "metric", "direct investment in china"),
        # a ranked group named by a demonym is the group
        ("The top 100 Chinese property developers sold 403.7 billion yuan of homes in November.",
         "403.7 billion yuan", "entity", "top 100 Chinese property developers"),
        # `so far this year` is a time, cut off the series
        ("China Overseas Land & Investment led the ranking with 251.3 billion yuan of sales so far this year.",
         "251.3 billion yuan", "metric", "sales"),
        # an aside between subject and verb
        ("Soybean production, however, fell 0.9 percent to 20.65 million tonnes.", "0.9 percent", "metric",
         "soybean production"),
        # a name given with its acronym is credited as it is when named in full
        (("Sales rose 5.2%, according to data from China Real Estate Information Corp. (CRIC). They fell 7.5% in "
          "October, CRIC said."), "7.5%", "attributed_to", "China Real Estate Information Corp"),
    ],
)
def test_property_casino_and_harvest_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 12, 1)) == expected


def test_a_survey_by_someone_unnamed_takes_no_credit_from_the_article(tmp_path: Path) -> None:
    text = (
        "Hong Kong Schools Lose Teachers\n\nHong Kong’s public schools lost 4,050 teachers in the 2023-24 school "
        "year, according to figures released by the Education Bureau. Seventeen schools have closed since 2022, the "
        "bureau said.\n\nA teachers’ union survey of 1,080 members found that 38 percent were considering leaving "
        "the profession.\n\nSource: Radio Free Asia, November 29, 2024\nhttps://www.rfa.org/a\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    credits = {c.text: c.attributed_to for c in extract_article(page.text, page.articles[0])}
    assert credits["Seventeen"] == "Education Bureau"
    assert credits["38 percent"] is None


def test_a_place_the_headline_names_is_what_the_article_is_about(tmp_path: Path) -> None:
    text = (
        "South China Morning Post: Macau Casino Revenue Rises\n\nMacau’s gross gaming revenue rose 14 per cent in "
        "November, the city’s Gaming Inspection and Coordination Bureau said.\n\nRevenue for the first 11 months "
        "reached 208.4 billion patacas, with mainland Chinese tourists making up most visitors.\n\n"
        "Source: South China Morning Post, December 1, 2024\nhttps://www.scmp.com/a\n"
    )
    page = parse_page(tmp_path / "page.txt", text)
    claims = {c.text: c for c in extract_article(page.text, page.articles[0])}
    assert claims["208.4 billion patacas"].entity == "Macau"


_HANG_SENG = (
    "Hong Kong’s Hang Seng Index fell 2% to 19,423.61 on Tuesday. The Hang Seng Tech Index slid 3.1%. Alibaba Group "
    "Holding Ltd. lost 4.2% and Meituan dropped 5.6%. The benchmark has gained about 16% so far this year."
)
_GU_AN = (
    "A notice issued by the human resources and social security bureau of Gu’an County in Hebei Province orders "
    "township officials to recover at least 12 million yuan by the end of March."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # points moved to a reading given without `%`, however far back the index is named
        (("The official non-manufacturing PMI released by the National Bureau of Statistics on Saturday fell 0.2 points "
         "to 50.0."), "0.2 points", "unit", "index"),
        (("The official non-manufacturing PMI released by the National Bureau of Statistics on Saturday fell 0.2 points "
         "to 50.0."), "50.0", "metric", "non-manufacturing pmi"),
        # a firm that moves by a percentage in a market story: its shares; `the benchmark`: the index named first
        (_HANG_SENG, "5.6%", "metric", "shares"),
        (_HANG_SENG, "5.6%", "entity", "Meituan"),
        (_HANG_SENG, "16%", "metric", "hang seng index"),
        # an order to officials is a goal; the office that issued it, with its county
        (_GU_AN, "12 million yuan", "kind", "target"),
        (_GU_AN, "12 million yuan", "attributed_to", "Gu’an County human resources and social security bureau"),
        # a speaker kept unnamed credits no one, not the notice's issuer
        (("A notice issued by the housing bureau of Jianli County lists 316 companies. A business owner, who asked not "
         "to be named, said she had paid 86,000 yuan."), "86,000 yuan", "attributed_to", None),
        # a title before a name written with initials
        ("Tamil Nadu has secured investment commitments worth ₹10 lakh crore, Industries Minister T.R.B. Rajaa said.",
         "₹10 lakh crore", "attributed_to", "T.R.B. Rajaa"),
        # a part of a whole that names its own noun
        ("Of the 897 memorandums of understanding signed, 379 projects have begun production.", "379", "counted",
         "projects"),
        # a light verb after the things counted adds nothing to the series
        ("China's express delivery companies handled 729 million parcels on November 11.", "729 million", "metric",
         "parcels"),
        # a figure in an aside takes no time from the main clause after it
        (("The Reserve Bank of India, which had projected growth of 7% for the quarter, is expected to keep its repo "
         "rate unchanged at 6.50% next week, economists said."), "7%", "period", None),
    ],
)
def test_services_market_notice_and_investment_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 12, 10)) == expected


_BEDS = (
    "The number of elderly care beds will reach 450,000, of which nursing beds will account for at least 65 percent. "
    "Each county will build at least two “model” elderly care institutions."
)
_HOME_PRICES = (
    "Prices have dropped 6.4 per cent this year and are down about 28 per cent from their peak in September 2021."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a part's share of what was just counted; a quoted word among the words of what is counted
        (_BEDS, "65 percent", "metric", "nursing beds share of elderly care beds"),
        (_BEDS, "two", "counted", "model elderly care institutions"),
        # a prefecture its province names: the place the sentence is about
        ("A court in Xinjiang’s Aksu prefecture sentenced a Uyghur man to 15 years in prison.", "15 years", "entity",
         "Aksu"),
        # `between China and ...`: one subject, however the other side is named
        (("Trade between China and the Association of Southeast Asian Nations (ASEAN) reached 5.7 trillion yuan in "
          "the first 10 months."), "5.7 trillion yuan", "entity", "China"),
        # a base the later figure moved from is not the earlier one's
        (_HOME_PRICES, "6.4 per cent", "compared_to", "2023"),
        (_HOME_PRICES, "28 per cent", "compared_to", "2021-09"),
        # `had reached`: the subject is what reached the figure
        ("By the end of 2024, the country’s railway network had reached 162,000 km.", "162,000 km", "metric",
         "railway network"),
        # `Co., Ltd.`: one name
        ("China State Railway Group Co., Ltd. said on Thursday that passenger trips rose 11.9 percent.",
         "11.9 percent", "attributed_to", "China State Railway Group Co. Ltd"),
    ],
)
def test_goals_list_trade_bloc_and_railway_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 11, 27)) == expected


_RETAIL = (
    "China’s retail sales grew 4.8% in October from a year earlier, beating a forecast for 3.8% growth in a Reuters "
    "poll and accelerating from 3.2% in September."
)
_VISITORS = (
    "Japan received 3.31 million foreign visitors in October. Visitors from South Korea numbered 748,300, the largest "
    "group, followed by China with 571,100."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a plural country's office; a plural's body keeps its possessive
        ("The death toll rose to 126 on Saturday, the Philippines’ Office of Civil Defense said.", "126",
         "attributed_to", "Office of Civil Defense"),
        ("Sales rose 5%, the Car Manufacturers' Association said.", "5%", "attributed_to",
         "Car Manufacturers' Association"),
        # a figure a firm's name owns, `Inc.` and all
        ("BYD reported revenue of 201.1 billion yuan, surpassing Tesla Inc.’s $25.2 billion for the first time.",
         "$25.2 billion", "entity", "Tesla Inc."),
        # visitors from one place and then another: the same destination's arrivals
        (_VISITORS, "571,100", "metric", "visitors from china"),
        (_VISITORS, "571,100", "entity", "Japan"),
        (_VISITORS, "748,300", "entity", "Japan"),
        # a forecast `for` growth is of the reading; the rate before it a growth rate too
        (_RETAIL, "3.8%", "metric", "retail sales"),
        (_RETAIL, "3.2%", "kind", "change"),
        # the jobless rate of the young, however it is put
        ("The jobless rate for 16- to 24-year-olds, excluding students, stood at 17.1% in October.", "17.1%",
         "metric", "youth unemployment rate"),
        # `on-year`, as Korean agencies write it
        ("The number of babies born rose 10.1 percent on-year to 20,590 in August.", "10.1 percent", "compared_to",
         "2023-08"),
    ],
)
def test_storm_earnings_arrivals_and_activity_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 11, 20)) == expected


_HOSPITALS = (
    "Public hospitals in Henan Province must reduce their spending on medicines by at least 15 percent in 2025, "
    "according to an internal document from the provincial health commission obtained by The Epoch Times. The "
    "document, dated December 20, says that 37 of the province’s tertiary hospitals exceeded their drug budgets in 2024."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # what must be cut is a goal; the office a document came from is its source, not the outlet that got it
        (_HOSPITALS, "15 percent", "kind", "target"),
        (_HOSPITALS, "15 percent", "attributed_to", "provincial health commission"),
        # the day a document is dated is not its figures' time
        (_HOSPITALS, "37", "period", "2024"),
        ("The notice, dated January 8, lists 316 companies that owe contributions going back as far as 2019.", "316",
         "period", None),
        # a sentence's range is no purpose of the people counted
        ("A court sentenced 45 democrats to between four years and two months and 10 years in prison.", "45", "metric",
         "democrats sentenced"),
    ],
)
def test_leaked_hospital_notice_and_sentencing_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 1, 9)) == expected


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a county its province names with `Province’s`; the day of a report is not its figures' time
        (("According to a report by Caixin on November 26, teachers in Guizhou Province’s Weining County are owed "
          "about 240 million yuan."), "240 million yuan", "entity", "Weining County"),
        (("According to a report by Caixin on November 26, teachers in Guizhou Province’s Weining County are owed "
          "about 240 million yuan."), "240 million yuan", "period", None),
        # a change from a year the article reports the year after: that year's
        (("Thailand received 6.7 million Chinese tourists in 2024. Total foreign arrivals reached 35.5 million, up 26 "
          "percent from 2023."), "26 percent", "period", "2024"),
        # places of a kind that recorded something are no source
        ("Cinemas recorded 1.01 billion admissions during the year.", "1.01 billion", "attributed_to", None),
        # an aside of what the series is mostly made of
        ("Imports from Russia, mainly oil and gas, rose 3.8% to $11.2 billion.", "3.8%", "metric",
         "imports from russia"),
    ],
)
def test_county_arrears_and_russia_trade_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2024, 12, 2)) == expected


_FIRST_TIER = (
    "New home prices fell in 63 of 70 major cities in October. In the four first-tier cities of Beijing, Shanghai, "
    "Guangzhou and Shenzhen, new home prices declined 0.5% from the previous month."
)
_GDP_POLL = (
    "India’s gross domestic product expanded 7.8% in the April-June quarter from a year earlier, government data "
    "showed, well above the 6.7% median estimate of economists surveyed by Bloomberg."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a part of a whole written without `the`: the places counted, with what they had
        (_FIRST_TIER, "63", "counted", "major cities"),
        (_FIRST_TIER, "63", "metric", "major cities with new home prices"),
        # places listed at the opening are the figure's together, not the last of them
        (_FIRST_TIER, "0.5%", "entity", "Beijing, Shanghai, Guangzhou and Shenzhen"),
        # a poll's estimate is the poll maker's and of the figure's quarter; the figure is the data's
        (_GDP_POLL, "7.8%", "attributed_to", "government data"),
        (_GDP_POLL, "6.7%", "attributed_to", "Bloomberg"),
        (_GDP_POLL, "6.7%", "period", "2025-Q2"),
        # an agency its country owns, whose name runs through `and`
        (("China’s National Public Complaints and Proposals Administration said it handled 9.86 million complaints "
          "last year."), "9.86 million", "attributed_to", "National Public Complaints and Proposals Administration"),
        # where a speaker comes from is no body he speaks for
        ("Most were held for between five and 15 days, said Zhang Ming, a petitioner from Zhoukou city.",
         "five and 15 days", "attributed_to", "Zhang Ming"),
        # `Most` is some of those named before, not a name
        ("Police detained 27 petitioners. Most were held for between five and 15 days.", "five and 15 days",
         "entity", None),
        # a figure a ranked series is ahead of is the same series'
        ("The city’s minimum wage remains the highest in the country, ahead of Beijing’s 2,540 yuan.", "2,540 yuan",
         "metric", "minimum wage"),
    ],
)
def test_home_price_cities_poll_estimate_and_petitioner_sentences(
    text: str, number: str, field: str, expected: object
) -> None:
    assert _field(text, number, field, date(2025, 8, 29)) == expected


_WAGE_PROTESTS = """Skip to content

Briefings - 1. page

Wage Arrears Protests Surge in Guangdong Factories

Workers at a furniture factory in Dongguan, Guangdong Province, staged a protest on November 3 demanding more than 4 million yuan in unpaid wages.

China Labour Bulletin recorded 1,021 worker protests across China in the first ten months of the year.

A worker surnamed Li told The Epoch Times that about 300 employees had not been paid for three months.

Source: The Epoch Times, November 10, 2025
"""


@pytest.mark.parametrize(
    ("number", "field", "expected"),
    [
        # a city its province places is what the article is about, more closely than the province
        ("4 million yuan", "entity", "Dongguan"),
        # `across China` says whose the figure is, whatever place the article is mostly about
        ("1,021", "entity", "China"),
        # a worker known by a surname alone is an unnamed source: the group credited before is not his
        ("300", "attributed_to", None),
        ("300", "entity", "Dongguan"),
    ],
)
def test_wage_protest_page(tmp_path: Path, number: str, field: str, expected: object) -> None:
    (claim,) = [c for c in _page_claims(tmp_path, _WAGE_PROTESTS) if c.text == number]
    assert getattr(claim, field) == expected


def test_growth_restating_a_forecast_range_is_a_target() -> None:
    text = ("The ministry forecast that export orders in November would range between US$61 billion and US$63.5 "
            "billion, representing annual growth of 17.6 to 22.4 percent.")
    assert _field(text, "17.6 to 22.4 percent", "kind", date(2025, 11, 20)) == "target"
    # a change that restates a result is still a change
    assert _field("Revenue was $10 billion last year, representing growth of 12 percent.", "12 percent", "kind") == "change"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a series an absolute clause names, with an aside on where it goes, or reaching a reading
        ("Exports rose 16% to $348.7 billion, with shipments to the United States, its largest market, up 27%.", "27%",
         "metric", "shipments to united states"),
        ("Rents climbed to a record high, with the rental index reaching 196.4 points.", "196.4 points", "metric",
         "rental index"),
        # a base a revision restates is still the change compared with, of its own quarter
        (("Vietnam’s economy grew 8.23% in the July-September period from a year earlier, up from a revised 7.96% in "
          "the previous quarter."), "7.96%", "kind", "change"),
        (("Vietnam’s economy grew 8.23% in the July-September period from a year earlier, up from a revised 7.96% in "
          "the previous quarter."), "7.96%", "period", "2025-Q2"),
        # `in at least five years` frames a record; it measures nothing
        ("FDI rose 8.5% year-on-year, the highest for the period in at least five years.", "five years", None, None),
        # `the first time the figure dropped below`: the figure is the series just given
        ("Births fell 5.7 percent to 686,061 in 2024, the first time the figure dropped below 700,000.", "700,000",
         "metric", "births"),
    ],
)
def test_vietnam_growth_and_record_low_births_sentences(text: str, number: str, field: str | None, expected: object) -> None:
    if field is None:
        assert number not in [c.text for c in extract(text, date(2025, 10, 6))]
    else:
        assert _field(text, number, field, date(2025, 10, 6)) == expected


_PAYROLLS = (
    "U.S. employers added 119,000 jobs in September, more than double the 50,000 economists had expected, the Labor "
    "Department reported Thursday."
)
_COPPER = "Copper futures on the London Metal Exchange rose as much as 2.1% to a record $11,771 a ton on Monday."


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a country's employers are its payrolls
        (_PAYROLLS, "119,000", "entity", "United States"),
        # the forecast a figure doubled is no one's named, whoever reported the figure
        (_PAYROLLS, "50,000", "attributed_to", None),
        # what a storm left dead and missing is the place's, both figures
        (("Typhoon Kalmaegi has left five people dead and two missing in south China’s Hainan Province, local "
          "authorities said Saturday."), "two", "entity", "Hainan"),
        # a price on an exchange: the exchange's
        (_COPPER, "2.1%", "metric", "copper futures price"),
        (_COPPER, "$11,771", "entity", "London Metal Exchange"),
        # a tally a sentence brings up is not the person it sentenced
        (("A Hong Kong court on Thursday sentenced activist Joshua Wong to six years and three months in prison, "
          "bringing the number of people convicted under the national security law to 162."), "162", "entity",
         "Hong Kong"),
    ],
)
def test_payrolls_typhoon_copper_and_security_law_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 11, 20)) == expected


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # authorities of a prefecture its province owns: the prefecture's
        ("Authorities in Sichuan’s Garze Tibetan Autonomous Prefecture have relocated more than 2,400 herders.",
         "2,400", "entity", "Garze Tibetan Autonomous Prefecture"),
        # a count of an age group: the group, with its ages
        ("The country had 310 million people aged 60 and above at the end of 2024.", "310 million", "metric",
         "people aged 60 and above"),
        # the day a forecast was raised is not the time it forecasts
        ("Toyota Motor raised its full-year operating profit forecast to 3.4 trillion yen on Wednesday.",
         "3.4 trillion yen", "period", "2025"),
        # a company's year that ended in March is named by the year it ended in, as a fiscal year is; a rolling
        # window of 12 months is not
        ("The automaker expects to sell 11.2 million vehicles in the year ending March 2026.", "11.2 million",
         "period", "2026"),
        ("Overdose deaths fell to about 87,000 in the 12 months ending in April.", "87,000", "period", None),
    ],
)
def test_prefecture_age_group_and_reporting_year_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 11, 5)) == expected


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # places listed as a subject, or after `followed by`, are each figure's in turn before `respectively`
        ("Beijing and Shanghai recorded growth of 5.2% and 5.0%, respectively.", "5.2%", "entity", "Beijing"),
        ("Beijing and Shanghai recorded growth of 5.2% and 5.0%, respectively.", "5.0%", "entity", "Shanghai"),
        (("Guizhou issued the most, at 226 billion yuan, followed by Yunnan and Hunan, with 149 billion yuan and 140 "
          "billion yuan respectively."), "140 billion yuan", "entity", "Hunan"),
        # a listed series after a preposition completes the words before it
        ("Exports to China and Japan rose 5% and 3% respectively.", "3%", "metric", "exports to japan"),
        # paring a gain is the same move, smaller
        ("Shares of Xiaomi jumped as much as 12% in early trading before paring gains to 8%.", "8%", "kind", "change"),
        ("The index fell 2% before trimming losses to 0.5%.", "2%", "metric", "index"),
    ],
)
def test_respectively_lists_and_pared_gains(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 11, 5)) == expected


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # what a sum is of ends before the clause that dates it
        ("The county owes its teachers 86 million yuan in performance pay dating back to 2023.", "86 million yuan",
         "metric", "performance pay"),
        # a part restated in percent is its share of the whole named
        ("Foshan accounted for 6,720 of the cases, or about 65 percent.", "65 percent", "metric", "share of cases"),
        # the year records began is no time of the record
        (("The number of newborns rose 3.6 percent on-year to 238,300, while marriages jumped 14.8 percent to "
          "222,000, the biggest increase since the agency began compiling data in 1970."), "222,000", "period", None),
    ],
)
def test_arrears_dengue_share_and_record_since_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 10, 10)) == expected


_LOCAL_ELECTIONS = (
    "Taiwan’s main opposition Kuomintang (KMT) won 14 of the 22 mayoral and county magistrate posts, while the "
    "ruling Democratic Progressive Party (DPP) took five."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a party its place owns and describes, and one described by its standing: their names
        (_LOCAL_ELECTIONS, "14", "entity", "Kuomintang"),
        (_LOCAL_ELECTIONS, "five", "entity", "Democratic Progressive Party"),
        ("In Taipei, KMT incumbent Chiang Wan-an was re-elected with 57.2 percent of the vote.", "57.2 percent",
         "entity", "Chiang Wan-an"),
        # adjectives joined by `and` before a plural are no name the number is part of
        (_LOCAL_ELECTIONS, "22", "counted", "mayoral and county magistrate posts"),
        # what a sentence brought to a figure is its series
        ("That brought the country’s cumulative solar capacity to 1,100 gigawatts.", "1,100 gigawatts", "metric",
         "cumulative solar capacity"),
    ],
)
def test_local_election_and_solar_capacity_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2022, 11, 27)) == expected


_INCOME = (
    "China’s per capita disposable income reached 32,509 yuan in the first three quarters of 2025, up 5.1% "
    "year-on-year in nominal terms and 5.2% in real terms after adjusting for prices. Urban residents’ per capita "
    "disposable income was 43,262 yuan, up 4.4%, while that of rural residents rose 6.1% to 17,735 yuan. Per capita "
    "consumer spending grew 4.6% to 21,321 yuan, with spending on services accounting for 45.7% of the total."
)


@pytest.mark.parametrize(
    ("number", "field", "expected"),
    [
        # a move joined by `and` after `in nominal terms` is a move too, of the series net of prices
        ("5.2%", "kind", "change"),
        ("5.2%", "metric", "real per capita disposable income"),
        # `that of rural residents`: the series just named, of the others
        ("6.1%", "metric", "rural residents per capita disposable income"),
        # a part's share of the total just given
        ("45.7%", "metric", "spending on services share of per capita consumer spending"),
    ],
)
def test_income_release_sentences(number: str, field: str, expected: object) -> None:
    assert _field(_INCOME, number, field, date(2025, 10, 20)) == expected


def test_cut_in_real_terms_names_no_real_series() -> None:
    text = "President Javier Milei has cut public spending by about 30% in real terms."
    assert _field(text, "30%", "metric", date(2025, 1, 1)) == "public spending"


_SURVEY = (
    "More than 60 percent of Chinese aged 18 to 35 do not plan to have children in the next five years, according to "
    "a survey of 12,000 people released on Monday by the China Population and Development Research Center. Among "
    "those who do plan to have children, 72 percent said they want only one."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a survey released on a weekday by its maker is the maker's; its size is no plan
        (_SURVEY, "60 percent", "attributed_to", "China Population and Development Research Center"),
        (_SURVEY, "12,000", "kind", "level"),
        # the share that said so is an answer, whatever the group it is of plans
        (_SURVEY, "72 percent", "kind", "level"),
        # a clause with a figure of its own is no subject of the next figure
        (("The ministry said the campaign recovered 12.6 billion yuan in losses for victims and shut down more than "
          "2,100 overseas scam centers."), "2,100", "metric", "overseas scam centers"),
        # a subject may hold a figure that no verb gave
        (("Profits at China’s industrial firms with annual revenue of at least 20 million yuan totaled 5.83 trillion "
          "yuan in the first ten months of 2024."), "5.83 trillion yuan", "metric", "profits"),
    ],
)
def test_survey_and_fraud_campaign_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 3, 3)) == expected


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # where a sum was raised from is no base compared with: the time after both is the sum's too
        ("Hong Kong raised HK$107 billion from 42 initial public offerings in the first half of the year.",
         "HK$107 billion", "period", "2025-H1"),
        # the euro zone named as a series' owner is its entity
        ("The ECB cut its deposit rate to 2.0% on Thursday, as euro zone inflation fell below its 2% target.", "2%",
         "entity", "euro zone"),
        ("The ECB cut its deposit rate to 2.0% on Thursday, as euro zone inflation fell below its 2% target.", "2%",
         "metric", "inflation"),
    ],
)
def test_ipo_proceeds_and_euro_zone_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 6, 30)) == expected


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # `youth` named before the age group is the youth rate once
        ("The urban youth unemployment rate for those aged 16 to 24, excluding students, stood at 16.9 percent in March.",
         "16.9 percent", "metric", "urban youth unemployment rate"),
        # a count for each of another: the ratio, not the count restated
        (("More than 1.3 million graduates have signed up for the exam, competing for about 39,700 positions, or "
          "roughly 33 applicants for each post."), "33", "metric", "applicants per post"),
    ],
)
def test_graduate_jobs_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 4, 18)) == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # things averaging a figure: their average
        ("Uyghurs sentenced in Xinjiang since 2017 received prison terms averaging 10.1 years.", "10.1 years",
         "average prison term"),
        ("Prices rose 3%, with rents averaging $2,000 a month.", "$2,000", "average rent"),
    ],
)
def test_averaging_names_the_average(text: str, number: str, expected: str) -> None:
    assert _field(text, number, "metric", date(2025, 8, 14)) == expected


def test_a_step_of_a_quarter_makes_a_carried_month_its_quarter() -> None:
    text = ("The vacancy rate rose to 24.1 percent at the end of September. Average rents fell 3.2 percent from the "
            "previous quarter to 7.6 yuan per square meter per day.")
    assert _field(text, "3.2 percent", "period", date(2025, 10, 15)) == "2025-Q3"
    assert _field(text, "3.2 percent", "compared_to", date(2025, 10, 15)) == "2025-Q2"
    assert _field(text, "24.1 percent", "period", date(2025, 10, 15)) == "2025-09"


def test_countries_and_regions_are_counted_together() -> None:
    text = "Cross-border passenger trips exceeded 1.2 million, involving travelers from 110 countries and regions."
    assert _field(text, "110", "counted", date(2025, 10, 14)) == "countries and regions"
    text = "Chinese enterprises have invested in 190 countries and regions."
    assert _field(text, "190", "counted", date(2025, 10, 14)) == "countries and regions"


_HOUSING_VOUCHERS = """Skip to content

Briefings - 1. page

Chinese Cities Offer Housing Vouchers

More than 100 Chinese cities have introduced housing vouchers this year, according to statistics compiled by the China Index Academy.

Sales by the top 100 developers fell 28.2 percent year-on-year to 2.6 trillion yuan in the first ten months, the academy said.

Source: Lianhe Zaobao, November 3, 2025
"""


def test_an_academy_named_again_is_the_source(tmp_path: Path) -> None:
    (claim,) = [c for c in _page_claims(tmp_path, _HOUSING_VOUCHERS) if c.text == "28.2 percent"]
    assert claim.attributed_to == "China Index Academy"


def test_a_previous_high_is_of_the_series_just_given() -> None:
    text = "Japan welcomed a record 36.87 million foreign visitors in 2024, surpassing the previous high of 31.88 million in 2019."
    assert _field(text, "31.88 million", "metric", date(2025, 1, 15)) == "foreign visitors"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # `of whom` a share: theirs, from where they came
        ("The city received 3.65 million visitors during the month, of whom about 74 per cent came from mainland China.",
         "74 per cent", "metric", "share of visitors from mainland china"),
        # what a forecast would be of a yardstick is a forecast too
        (("Analysts raised their full-year revenue forecast to 247 billion patacas, which would be about 85 per cent of "
          "the 2019 level."), "85 per cent", "kind", "target"),
        # a series named up to the figure it moves to ends before that figure
        ("Indonesia plans to cut nickel ore mining quotas to about 150 million tonnes next year from 220 million tonnes.",
         "220 million tonnes", "metric", "nickel ore mining quotas"),
        # ... but an age range stays whole
        ("The jobless rate for those aged 25 to 29 was 7.2 percent.", "7.2 percent", "metric",
         "jobless rate for those aged 25 to 29"),
    ],
)
def test_macau_visitors_and_nickel_quota_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 11, 24)) == expected


def test_a_multiple_of_its_own_tally_is_a_change_of_the_series() -> None:
    text = "BYD registered 128,000 vehicles in Europe in 2025, more than three times its tally a year earlier."
    assert _field(text, "three times", "kind", date(2025, 10, 22)) == "change"
    assert _field(text, "three times", "metric", date(2025, 10, 22)) == "vehicles"
    # a multiple of another series stays a ratio of the two
    text = "The company had debt of 9.8 billion yuan, more than eight times its revenue."
    assert _field(text, "eight times", "metric", date(2025, 10, 22)) == "debt relative to revenue"


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a change `over the year` after a month's reading is on the same month a year before
        ("UK inflation rose to 3.8% in July from 3.6% in June. Food prices climbed 4.9% over the year.", "4.9%",
         "period", "2025-07"),
        ("UK inflation rose to 3.8% in July from 3.6% in June. Food prices climbed 4.9% over the year.", "4.9%",
         "compared_to", "2024-07"),
        # `over the same period` still names the time told before
        ("Investment rose 1.7% in the first ten months. Property investment dropped 10.3 percent over the same period.",
         "10.3 percent", "period", "2025"),
        # what a forecaster expects to move is the series
        ("The Bank of England expects inflation to peak at 4% in September.", "4%", "metric", "inflation"),
    ],
)
def test_over_the_year_and_expected_peak_sentences(text: str, number: str, field: str, expected: object) -> None:
    assert _field(text, number, field, date(2025, 11, 14)) == expected


_INDIA = (
    "India’s economy grew 7.8% in the April-June quarter from a year earlier, faster than the 6.5% growth in the "
    "previous three months, government data showed on Friday."
)
_RBI = (
    "The Reserve Bank of India kept its key repo rate unchanged at 5.5% on Wednesday. Governor Sanjay Malhotra said the "
    "central bank now projects retail inflation at 3.1% for the fiscal year ending March 2026, down from 3.7% earlier."
)
_JOBS = (
    "Australia’s unemployment rate rose to 4.3 per cent in June, the Australian Bureau of Statistics said on Thursday. "
    "The economy added just 2,000 jobs, well short of the 20,000 economists had forecast."
)
_REGISTRY = (
    "Hong Kong recorded 6,317 property transactions in April, the most since May 2021, with a total value of "
    "HK$56.5 billion, the Land Registry said."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # a growth `in the previous three months` is of that quarter, on the same footing as the figure before it
        (_INDIA, "6.5%", "period", "2025-Q1"),
        (_INDIA, "6.5%", "compared_to", "2024-Q1"),
        (_INDIA, "6.5%", "metric", "economy"),
        # ... and a quarter-on-quarter figure's earlier reading is on the quarter before it
        (("On a quarterly basis, GDP expanded 0.9 percent in the third quarter, compared with 0.5 percent in the "
         "previous quarter."), "0.5 percent", "compared_to", "2025-Q1"),
        # where a forecaster puts a series, and the forecast it revised
        (_RBI, "3.1%", "metric", "retail inflation"),
        (_RBI, "3.7%", "kind", "target"),
        (_RBI, "3.7%", "metric", "retail inflation"),
        # an earlier guidance range is one range
        ("Siemens now expects earnings per share of 10.40 to 11 euros, up from 10.00 to 10.60 euros previously.",
         "10.00 to 10.60 euros", "kind", "target"),
        # forecasters credited with their forecast leave the release's figures the release's
        (_JOBS, "2,000", "attributed_to", "Australian Bureau of Statistics"),
        (_JOBS, "20,000", "attributed_to", None),
        # a registry is an office; a sum the transactions were worth is their value
        (_REGISTRY, "6,317", "attributed_to", "Land Registry"),
        (_REGISTRY, "HK$56.5 billion", "metric", "property transactions value"),
        # a body's officer named with the post's field
        (("Prices rose 2%. Domain chief of research Nicola Powell said prices would rise a further 3 to 5 per cent "
         "this year."), "3 to 5 per cent", "attributed_to", "Nicola Powell (Domain)"),
        ("Prices rose 2%. CoreLogic research director Tim Lawless said prices would rise 4 per cent this year.",
         "4 per cent", "attributed_to", "Tim Lawless (CoreLogic)"),
        # a company's legal form can end a sentence
        (("Passenger trips rose 6.7 percent, according to China State Railway Group Co., Ltd. The network exceeds "
         "48,000 km."), "48,000 km", "attributed_to", "China State Railway Group Co. Ltd"),
    ],
)
def test_previous_quarter_growth_forecast_revisions_and_registry_sentences(
    text: str, number: str, field: str, expected: object
) -> None:
    assert _field(text, number, field, date(2025, 8, 29)) == expected


def test_a_median_forecast_of_analysts_in_a_survey_is_the_survey_makers() -> None:
    text = (
        "Brazil’s annual inflation slowed to 5.23% in July from 5.35% in June, the national statistics agency IBGE said "
        "on Tuesday, below the 5.3% median forecast of analysts in a Bloomberg survey."
    )
    assert _field(text, "5.3%", "attributed_to", date(2025, 8, 12)) == "Bloomberg"
    assert _field(text, "5.3%", "period", date(2025, 8, 12)) == "2025-07"
    assert _field(text, "5.23%", "attributed_to", date(2025, 8, 12)) == "IBGE"


_CPI = (
    "The consumer price index rose 0.2% in July and 2.7% from a year ago, the Bureau of Labor Statistics said Tuesday. "
    "Economists surveyed by Dow Jones had been looking for readings of 0.2% and 2.8%, respectively. "
    "Excluding food and energy, core CPI increased 0.3% for the month and 3.1% on an annual basis."
)
_SHELTER = "Shelter costs, which make up about one-third of the index, rose 0.2%."


def _claim_at(text: str, occurrence: str, field: str) -> object:
    """``field`` of the claim found where ``occurrence`` (a figure with the words after it) starts in ``text``."""
    at = text.index(occurrence)
    (claim,) = [c for c in extract(text, date(2025, 8, 12)) if c.start == at]
    return getattr(claim, field)


@pytest.mark.parametrize(
    ("occurrence", "field", "expected"),
    [
        # a move told beside a year-on-year one is on the month before
        ("0.2% in July", "compared_to", "2025-06"),
        ("2.7%", "compared_to", "2024-07"),
        ("0.3% for the month", "compared_to", "2025-06"),
        ("3.1% on an annual basis", "kind", "change"),
        ("3.1% on an annual basis", "compared_to", "2024-07"),
        # forecasters `looking for` readings forecast the series just told, for its month
        ("0.2% and 2.8%", "kind", "target"),
        ("2.8%", "metric", "consumer price index"),
        ("2.8%", "period", "2025-07"),
        ("2.8%", "attributed_to", "Dow Jones"),
    ],
)
def test_a_monthly_and_a_yearly_move_told_together(occurrence: str, field: str, expected: object) -> None:
    assert _claim_at(_CPI, occurrence, field) == expected


def test_a_series_and_its_share_in_an_aside_are_two_series() -> None:
    # `costs` before a verb is the plural noun; the aside's share is of the costs, and the costs rose
    assert _field(_SHELTER, "0.2%", "metric", date(2025, 8, 12)) == "shelter costs"
    assert _field(_SHELTER, "0.2%", "unit", date(2025, 8, 12)) == "percent"
    assert _field(_SHELTER, "0.2%", "entity", date(2025, 8, 12)) is None
    assert _field(_SHELTER, "one-third", "metric", date(2025, 8, 12)) == "shelter costs share of index"
    # ... while `costs` before a figure is still the verb
    assert _field("The project costs 5 million yuan.", "5 million yuan", "metric") == "project cost"


def test_a_country_named_by_its_iso_name_and_a_time_named_the_period() -> None:
    text = (
        "Viet Nam’s gross domestic product grew 7.52 per cent in the first six months of this year. Foreign direct "
        "investment disbursed in the period hit $11.72 billion, up 8.1 per cent."
    )
    assert _field(text, "7.52 per cent", "entity", date(2025, 7, 6)) == "Vietnam"
    assert _field(text, "$11.72 billion", "metric", date(2025, 7, 6)) == "foreign direct investment disbursed"
    assert _field(text, "$11.72 billion", "period", date(2025, 7, 6)) == "2025-H1"


_TURKEY = (
    "Turkey’s central bank cut its benchmark one-week repo rate by 250 basis points to 43% on Thursday, more than the "
    "200-basis-point reduction forecast by economists in a Bloomberg survey. The central bank expects inflation to end "
    "the year at 24%."
)


@pytest.mark.parametrize(
    ("text", "number", "field", "expected"),
    [
        # the poll's maker made the forecast, not the cut
        (_TURKEY, "250 basis points", "attributed_to", None),
        (_TURKEY, "200-basis-point", "kind", "target"),
        (_TURKEY, "200-basis-point", "attributed_to", "Bloomberg"),
        # where a forecaster expects a series to end the year
        (_TURKEY, "24%", "metric", "inflation"),
        (_TURKEY, "24%", "period", "2025"),
        ("The bank expects inflation at 24% by year-end.", "24%", "period", "2025"),
        # the next one in a ranking is the one named after `followed by`
        ("Samsung led the market with 58 million units shipped, a 19.7% share, followed by Apple with 46.4 million.",
         "46.4 million", "entity", "Apple"),
        # a duration is of the verb it follows, not of an earlier one joined by `and`
        ("Jampa Yeshe, 29, was detained in May and held for five months before his trial.", "five months", "metric",
         "held duration"),
    ],
)
def test_poll_makers_year_end_forecasts_rankings_and_durations(
    text: str, number: str, field: str, expected: object
) -> None:
    assert _field(text, number, field, date(2025, 9, 11)) == expected


def test_a_whole_counted_by_whom_and_a_developer_named_in_an_aside() -> None:
    text = "Of the 70 major cities tracked by the bureau, 60 recorded month-on-month declines, up from 54 in June."
    assert _field(text, "60", "counted", date(2025, 8, 15)) == "major cities"
    assert _field(text, "54", "counted", date(2025, 8, 15)) == "major cities"
    text = (
        "Country Garden Holdings said its plan covers $14.1 billion of bonds. The developer, once China’s largest by "
        "sales, reported a net loss of 12.8 billion yuan for the first half, narrowing from 15.5 billion yuan a year "
        "earlier."
    )
    # an aside on what the firm once was names no place; the base of its loss is its loss
    assert _field(text, "12.8 billion yuan", "entity", date(2025, 8, 25)) == "Country Garden Holdings"
    assert _field(text, "15.5 billion yuan", "metric", date(2025, 8, 25)) == "net loss"
    # ... and the firm, named again with an aside, is credited with its results
    assert _field(text, "12.8 billion yuan", "attributed_to", date(2025, 8, 25)) == "Country Garden Holdings"


def test_an_agency_credited_once_goes_on_in_the_next_paragraph(tmp_path: Path) -> None:
    page = (
        "Briefings - 1. page\n\nReal Wages Fall\n\n"
        "Japan’s real wages fell 1.3 percent in June from a year earlier, the labor ministry said Wednesday.\n\n"
        "Nominal wages rose 2.5 percent to an average of 505,000 yen.\n\n"
        "Source: Kyodo News, August 6, 2025\nhttps://english.kyodonews.net/news/2025/08/real-wages-june.html\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["2.5 percent"].attributed_to == "labor ministry"
    assert claims["505,000 yen"].attributed_to == "labor ministry"


def test_a_series_set_at_a_level_in_a_with_clause() -> None:
    text = "Robert Gardner said affordability remained stretched, with mortgage rates at about 4.5%."
    assert _field(text, "4.5%", "metric", date(2025, 9, 1)) == "mortgage rates"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # what is to be paid is the payees' pay; a dam expected to cost a sum has that cost
        ("According to the notice, informants were to be paid 300 yuan a month.", "300 yuan", "informants payment"),
        ("The dam is expected to cost 19.6 billion yuan.", "19.6 billion yuan", "cost"),
        # a duration after those it was imposed on is of the verb
        ("He said police detained three villagers for 10 days after they went to Beijing.", "10 days", "detained duration"),
    ],
)
def test_passive_payments_and_durations_of_counted_people(text: str, number: str, expected: str) -> None:
    assert _field(text, number, "metric", date(2021, 5, 10)) == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a source named after what it is
        (("A survey released by the Chinese job-hunting platform Zhaopin found that 47.3 percent of respondents said "
         "they had considered quitting."), "47.3 percent", "Zhaopin"),
        # a legislator's title is no part of the name
        ("Lawmaker Regina Ip said about 70 percent of those who left were over 40.", "70 percent", "Regina Ip"),
    ],
)
def test_described_sources_and_titled_lawmakers(text: str, number: str, expected: str) -> None:
    assert _field(text, number, "attributed_to", date(2021, 6, 3)) == expected


def test_a_headline_figure_nearly_what_the_body_gives_is_not_repeated(tmp_path: Path) -> None:
    page = (
        "Briefings - 1. page\n\nNearly Half of Young Workers Consider Quitting\n\n"
        "A survey by Zhaopin found that 47.3 percent of respondents had considered quitting.\n\n"
        "Source: Epoch Times, June 3, 2021\n"
    )
    assert [c.text for c in _page_claims(tmp_path, page)] == ["47.3 percent"]


def test_a_term_served_in_a_paragraph_on_prison_is_a_prison_sentence() -> None:
    text = (
        "The group said 41 of them had been detained, and eight were still in prison as of November. Wang Quanzhang, "
        "one of the most prominent, served four and a half years."
    )
    assert _field(text, "four and a half years", "metric", date(2024, 12, 5)) == "prison sentence"


_SWAP = (
    "Chinese provinces have issued 2 trillion yuan of special refinancing bonds so far this year. Jiangsu issued the "
    "most, at 195.8 billion yuan, followed by Guizhou with 140 billion yuan. Under the program, 6 trillion yuan will be "
    "allocated over three years and 4 trillion yuan will come from special bonds over five years."
)


@pytest.mark.parametrize(
    ("number", "field", "expected"),
    [
        # what a sum is of, before `so far`
        ("2 trillion yuan", "metric", "special refinancing bonds"),
        # the one that `issued the most` ranks first by the series told before
        ("195.8 billion yuan", "metric", "special refinancing bonds"),
        ("195.8 billion yuan", "entity", "Jiangsu"),
        ("140 billion yuan", "entity", "Guizhou"),
        # a figure's own words (`trillion yuan`) name no series
        ("4 trillion yuan", "metric", None),
    ],
)
def test_a_ranking_by_the_most_issued(number: str, field: str, expected: object) -> None:
    assert _field(_SWAP, number, field, date(2025, 10, 8)) == expected


def test_less_than_half_what_others_earn_and_a_gain_after_an_equal_one() -> None:
    text = "Workers earned about 2,500 yuan a month, less than half what Han workers at the same factories were paid."
    assert _field(text, "half", "qualifier") == "less_than"
    # the same figure a month before is a reading of its own, not a restatement
    text = "A separate index closely watched by the Bank of Japan rose 3.4% after a 3.4% gain in June."
    assert [c.period for c in extract(text, date(2025, 8, 22)) if c.text == "3.4%"] == [None, "2025-06"]


def test_when_a_program_was_announced_is_no_time_of_its_sums() -> None:
    text = "Under the 10 trillion yuan program announced in November, 6 trillion yuan will be allocated over three years."
    assert _field(text, "10 trillion yuan", "period", date(2025, 10, 8)) is None
    assert _field(text, "6 trillion yuan", "period", date(2025, 10, 8)) is None


def test_a_central_banks_own_rate_is_not_the_statistics_release() -> None:
    text = (
        "Annual inflation in the eurozone was 2 per cent in July, according to a flash estimate from Eurostat. "
        "The ECB has kept its deposit rate at 2.15 per cent since June. Services inflation eased to 3.1 per cent."
    )
    assert _field(text, "2.15 per cent", "attributed_to", date(2025, 8, 1)) is None
    assert _field(text, "3.1 per cent", "attributed_to", date(2025, 8, 1)) == "Eurostat"
    # the bank credited before goes on
    text = "The ECB said inflation would average 2.1 per cent. The ECB has kept its deposit rate at 2.15 per cent."
    assert _field(text, "2.15 per cent", "attributed_to", date(2025, 8, 1)) == "ECB"


_RETAIL = (
    "U.S. retail sales increased 0.5% last month after an upwardly revised 0.9% gain in June, the Commerce Department "
    "said on Friday. Economists polled by Reuters had forecast sales rising 0.6%. Sales at auto dealers jumped 1.6%. "
    "Compared with July 2024, retail sales were up 3.9%."
)


@pytest.mark.parametrize(
    ("number", "field", "expected"),
    [
        # the year-on-year change told later makes the sentence's base-less moves month-on-month
        ("0.5%", "compared_to", "2025-06"),
        ("0.9%", "compared_to", "2025-05"),
        ("3.9%", "compared_to", "2024-07"),
        # a forecast of the series is of the sentence's first reading, not of the base after it
        ("0.6%", "period", "2025-07"),
    ],
)
def test_monthly_moves_where_the_yearly_one_is_told_apart(number: str, field: str, expected: object) -> None:
    assert _field(_RETAIL, number, field, date(2025, 8, 15)) == expected


def test_documents_named_again_in_a_new_paragraph_go_on_being_credited(tmp_path: Path) -> None:
    page = (
        "Briefings - 1. page\n\nCameras in Tibet\n\n"
        "Authorities have installed more than 34,000 cameras in Lhasa alone, according to procurement documents "
        "analyzed by the advocacy group Free Tibet.\n\n"
        "The documents show that the bureau spent 680 million yuan on policing equipment.\n\n"
        "Source: Epoch Times, February 14, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["680 million yuan"].attributed_to == "Free Tibet"


def test_an_index_mark_and_a_duration_after_those_detained() -> None:
    text = (
        "The PMI rose to 49.4 in August from 49.3 in July, remaining below the 50-point mark that separates expansion "
        "from contraction."
    )
    assert _field(text, "50", "unit", date(2025, 8, 31)) == "index"
    assert _field(text, "50", "metric", date(2025, 8, 31)) == "pmi threshold"
    assert _field("The company unveiled a 10-point plan.", "10", "counted") == "points"  # a plan's points are counted
    text = "Police detained at least 17 herders. Four of those detained were held for 15 days."
    assert _field(text, "15 days", "metric", date(2024, 6, 20)) == "held duration"


def test_a_central_bank_named_bank_and_a_country_keeps_its_name() -> None:
    text = "Bank Indonesia unexpectedly cut its benchmark rate by 25 basis points to 5.00% on Wednesday."
    assert _field(text, "5.00%", "entity", date(2025, 8, 20)) == "Bank Indonesia"
    assert _field("Automaker BYD sold 300,000 cars in May.", "300,000", "entity") == "BYD"  # what a firm is goes


def test_how_many_of_the_economists_polled_is_a_count_not_their_forecast() -> None:
    text = "Only five of 31 economists polled by Reuters had predicted the cut."
    assert _field(text, "31", "kind", date(2025, 8, 20)) == "level"
    assert _field(text, "31", "attributed_to", date(2025, 8, 20)) == "Reuters"
    text = "Jobs rose by 2,000, short of the 20,000 economists had forecast."  # the forecast figure itself
    assert _field(text, "20,000", "kind", date(2025, 8, 20)) == "target"


def test_a_division_posting_results_names_its_own_series() -> None:
    text = (
        "Samsung Electronics said its operating profit fell 55.9 percent. The chip division posted an operating profit "
        "of 400 billion won, down 94 percent on-year."
    )
    assert _field(text, "400 billion won", "metric", date(2025, 7, 31)) == "chip division operating profit"
    assert _field(text, "55.9 percent", "metric", date(2025, 7, 31)) == "operating profit"


def test_an_acronym_used_after_the_name_it_stands_for_is_credited_by_that_name() -> None:
    text = (
        "The UK economy grew 0.6 per cent, the Office for National Statistics said. Services output rose 0.8 per cent "
        "in the quarter, the ONS said."
    )
    assert _field(text, "0.8 per cent", "attributed_to", date(2024, 8, 15)) == "Office for National Statistics"
    text = "The IOM (International Organization for Migration) said 10.7 million people emigrated. The IOM said so."
    assert _field(text, "10.7 million", "attributed_to", date(2024, 8, 15)) == "IOM"  # the acronym came first


def test_the_same_quarter_a_year_ago_after_a_month_is_of_that_months_quarter() -> None:
    text = (
        "The UK economy grew 0.6 per cent in the three months to June, after expanding 0.7 per cent in the first "
        "quarter. Output was flat in June itself. Compared with the same quarter a year ago, gross domestic product was "
        "0.9 per cent higher."
    )
    published = date(2024, 8, 15)
    assert _field(text, "0.9 per cent", "period", published) == "2024-Q2"
    assert _field(text, "0.9 per cent", "compared_to", published) == "2023-Q2"
    # the economy's growth beside its year-on-year growth, named otherwise, is on the quarter before
    assert _field(text, "0.6 per cent", "compared_to", published) == "2024-Q1"
    assert _field(text, "0.7 per cent", "compared_to", published) == "2023-Q4"


def test_a_full_year_through_a_month_is_a_reporting_year_and_no_part_of_the_metric() -> None:
    text = "The carmaker kept its forecast for the full year through March 2025 at 4.3 trillion yen in operating profit."
    assert _field(text, "4.3 trillion yen", "period", date(2024, 11, 6)) == "2025"
    text = "Global vehicle sales for the quarter fell 4.1% to 2.34 million units, the company said."
    assert _field(text, "4.1%", "metric", date(2024, 11, 6)) == "global vehicle sales"


def test_the_economists_a_poll_asked_are_counted_not_forecast() -> None:
    text = "The reading was below the 2.5% median forecast in a Reuters poll of 12 economists."
    assert _field(text, "12", "kind", date(2024, 10, 4)) == "level"
    assert _field(text, "2.5%", "kind", date(2024, 10, 4)) == "target"


def test_an_agency_named_by_its_initials_goes_on_past_a_poll_and_a_website_by_its_name(tmp_path: Path) -> None:
    page = (
        "Buenos Aires Times: Argentina Monthly Inflation Slows\n\n"
        "Consumer prices in Argentina rose 2.7% in October from September, the national statistics agency INDEC "
        "said on Tuesday.\n\n"
        "Annual inflation slowed to 193% from 209% in September. Economists surveyed by the central bank expect "
        "prices to rise 2.8% in November.\n\n"
        "Source: Buenos Aires Times, November 12, 2024\n\n"
        "The Epoch Times: Teacher Sentenced\n\n"
        "A court sentenced a retired teacher to eight years in prison, according to Minghui.org, a website that tracks "
        "the persecution.\n\n"
        "Minghui said that at least 1,190 practitioners were sentenced in 2023.\n\n"
        "Source: The Epoch Times, May 8, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["193%"].attributed_to == "INDEC"
    assert claims["2.8%"].attributed_to is None  # the economists' forecast
    assert claims["1,190"].attributed_to == "Minghui.org"
    page = page.replace("the national statistics agency INDEC said", "state broadcaster CCTV reported")
    assert {c.text: c for c in _page_claims(tmp_path, page)}["193%"].attributed_to is None  # a broadcaster's report


def test_a_central_banks_own_target_range_is_not_the_statistics_release() -> None:
    text = (
        "Philippine annual inflation eased to 1.9% in September, the Philippine Statistics Authority said on Friday. "
        "For the first nine months, inflation averaged 3.4%, within the central bank's 2% to 4% target range."
    )
    assert _field(text, "3.4%", "attributed_to", date(2024, 10, 4)) == "Philippine Statistics Authority"
    assert _field(text, "2% to 4%", "attributed_to", date(2024, 10, 4)) is None


def test_the_reading_points_back_at_the_series_but_not_the_polls_sample() -> None:
    text = (
        "Inflation eased to 1.9% in September. The reading was below the 2.5% median forecast in a Reuters poll of "
        "12 economists."
    )
    assert _field(text, "2.5%", "metric", date(2024, 10, 4)) == "inflation"
    assert _field(text, "12", "metric", date(2024, 10, 4)) == "poll sample size"


def test_a_time_set_before_a_comma_dates_its_sentence_not_the_next() -> None:
    text = "Exports rose 5% in October, the ministry said. A year earlier, exports fell 2%. Imports rose 1%."
    assert _field(text, "2%", "period", date(2024, 11, 24)) == "2023-10"
    assert _field(text, "2%", "compared_to", date(2024, 11, 24)) == "2022-10"
    assert _field(text, "1%", "period", date(2024, 11, 24)) == "2024-10"
    text = "Growth was 5.4% in the third quarter. In the previous quarter, growth was 6.7%."
    assert _field(text, "6.7%", "period", date(2024, 11, 30)) == "2024-Q2"
    text = "Inflation slowed to 44.38% in December. Month-on-month, consumer prices rose 1.03%."  # a basis, no time
    assert _field(text, "1.03%", "period", date(2025, 1, 3)) == "2024-12"


def test_a_business_and_an_adviser_named_before_the_source() -> None:
    text = "The average rate rose to 6.54% this week, mortgage buyer Freddie Mac said Thursday."
    assert _field(text, "6.54%", "attributed_to", date(2024, 10, 24)) == "Freddie Mac"
    text = "Chief Economic Adviser V. Anantha Nageswaran said growth would be 7 per cent this year."
    assert _field(text, "7 per cent", "attributed_to", date(2024, 11, 30)) == "V. Anantha Nageswaran"
    assert [c.text for c in extract("Two-wheeler sales grew 14 per cent.")] == ["14 per cent"]


def test_the_carmaker_said_after_an_industry_body_is_the_firm_the_sentence_opens_with(tmp_path: Path) -> None:
    page = (
        "Caixin: China’s Auto Exports Jump\n\n"
        "China exported 591,000 vehicles in October, up 23% year-on-year, the China Association of Automobile "
        "Manufacturers (CAAM) said Monday.\n\n"
        "BYD sold 502,657 vehicles in October, a monthly record, the carmaker said.\n\n"
        "Source: Caixin, November 11, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["502,657"].attributed_to == "BYD"
    assert claims["591,000"].attributed_to == "China Association of Automobile Manufacturers"
    text = "Chief Economic Adviser V. Anantha Nageswaran said growth for the full fiscal year would be 7 per cent."
    assert _field(text, "7 per cent", "metric", date(2024, 11, 30)) == "growth"


def test_a_change_from_the_average_of_a_named_month_is_on_that_month() -> None:
    text = "Firms handled 701 million parcels on November 11, up 9.7 percent from the daily average in October."
    assert _field(text, "9.7 percent", "compared_to", date(2024, 11, 12)) == "2024-10"
    text = "Rainfall was down 10% from its five-year average."  # a norm, of no one time
    assert _field(text, "10%", "compared_to", date(2024, 11, 12)) is None


def test_a_sentence_naming_the_quarter_before_returns_to_the_storys_quarter(tmp_path: Path) -> None:
    page = (
        "Reuters: India’s Economy Grows 5.4%\n\n"
        "India’s economy grew 5.4 per cent in the July-September quarter from a year earlier.\n\n"
        "Growth was 6.7 per cent in the April-June quarter. The manufacturing sector expanded 2.2 per cent, down from "
        "7 per cent in the previous quarter, while farm output grew 3.5 per cent.\n\n"
        "Source: Reuters, November 30, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["6.7 per cent"].period == "2024-Q2"
    assert (claims["2.2 per cent"].period, claims["2.2 per cent"].compared_to) == ("2024-Q3", "2023-Q3")
    assert claims["7 per cent"].period == "2024-Q2"
    assert claims["3.5 per cent"].period == "2024-Q3"


def test_a_forecast_raised_from_a_range_and_credited_to_the_ministry_that_said_so() -> None:
    text = (
        "Singapore raised its 2024 growth forecast to around 3.5 per cent from 2 to 3 per cent, the Ministry of Trade "
        "and Industry said on Friday."
    )
    claims = {c.text: c for c in extract(text, date(2024, 11, 22))}
    assert set(claims) == {"3.5 per cent", "2 to 3 per cent"}
    assert claims["2 to 3 per cent"].value_high == 3
    assert claims["3.5 per cent"].attributed_to == "Ministry of Trade and Industry"
    text = "The IMF raised its global growth forecast to 3.2%, IMF chief economist Pierre-Olivier Gourinchas said."
    assert _field(text, "3.2%", "attributed_to", date(2024, 11, 22)) == "IMF"  # a body revising its own


def test_barrels_a_day_pumped_are_oil_output() -> None:
    text = "Saudi Arabia pumped 9 million barrels per day in October, up 370,000 bpd from September."
    assert _field(text, "9 million barrels per day", "metric", date(2024, 11, 1)) == "oil output"
    assert _field(text, "370,000 bpd", "metric", date(2024, 11, 1)) == "oil output"


def test_the_agency_named_in_its_own_sentence_and_a_gapped_change_after_a_base() -> None:
    text = (
        "More than 535,000 cholera cases were reported to the World Health Organization in 2023, the agency said. "
        "Cases rose 13% from 2022 and deaths 71%."
    )
    assert _field(text, "535,000", "attributed_to", date(2024, 9, 7)) == "World Health Organization"
    assert _field(text, "71%", "kind", date(2024, 9, 7)) == "change"
    assert _field(text, "71%", "compared_to", date(2024, 9, 7)) == "2022"
    text = "Macau received 34.9 million visitors, up 23.8 percent from 2023 and about 88 percent of the 2019 level."
    assert _field(text, "88 percent", "kind", date(2025, 1, 10)) == "level"  # a share of a level, no move


def test_a_data_firm_that_is_also_the_outlet_and_a_post_in_lower_case_credit_their_figures(tmp_path: Path) -> None:
    page = (
        "IDC: Global Smartphone Shipments Rise\n\n"
        "Global smartphone shipments rose 4% year-on-year to 316.1 million units in the third quarter, market research "
        "firm IDC said on Tuesday.\n\n"
        "Source: IDC, October 15, 2024\n"
    )
    assert {c.text: c for c in _page_claims(tmp_path, page)}["4%"].attributed_to == "IDC"
    text = "Bangladesh evacuated about 800,000 people, disaster management minister Mohibbur Rahman said."
    assert _field(text, "800,000", "attributed_to", date(2024, 5, 27)) == "Mohibbur Rahman"


def test_where_a_group_is_based_is_not_what_its_figures_are_about() -> None:
    text = (
        "Police in Chengdu detained more than 30 members of the Early Rain Covenant Church, according to ChinaAid, a "
        "U.S.-based Christian rights group."
    )
    assert _field(text, "30", "entity", date(2024, 6, 4)) == "Chengdu"


def test_the_ceiling_of_a_target_range_is_a_target() -> None:
    text = (
        "Consumer prices rose 4.42% in the 12 months to September, just below the 4.5% ceiling of the target range, "
        "according to IBGE."
    )
    assert _field(text, "4.5%", "kind", date(2024, 11, 7)) == "target"
    assert _field(text, "4.42%", "kind", date(2024, 11, 7)) == "change"


def test_a_results_sentence_with_a_forecast_clause_and_a_move_to_a_sum() -> None:
    text = "TSMC reported a 54.2 percent rise in third-quarter net profit to NT$325.3 billion on Thursday."
    assert _field(text, "54.2 percent", "metric", date(2024, 10, 17)) == "net profit"
    text = (
        "The chipmaker said its gross margin was 57.8 percent in the third quarter and forecast fourth-quarter revenue "
        "of between US$26.1 billion and US$26.9 billion."
    )
    assert _field(text, "57.8 percent", "period", date(2024, 10, 17)) == "2024-Q3"
    assert _field(text, "US$26.1 billion and US$26.9 billion", "period", date(2024, 10, 17)) == "2024-Q4"
    text = "The chipmaker said its gross margin was 57.8 percent and forecast fourth-quarter revenue of US$26.1 billion."
    assert _field(text, "57.8 percent", "period", date(2024, 10, 17)) is None  # not the quarter forecast


def test_picked_up_to_is_where_a_rate_went_and_a_bank_named_for_its_country_keeps_its_rate() -> None:
    assert _field("Core inflation picked up to 2.21% in October.", "2.21%", "qualifier", date(2024, 11, 1)) == "exact"
    assert _field("Core inflation picked up to 2.21% in October.", "2.21%", "metric", date(2024, 11, 1)) == "core inflation"
    text = "Inflation was 5.0% in October, Statistics Poland said. The National Bank of Poland kept its rate at 5.75%."
    assert _field(text, "5.75%", "attributed_to", date(2024, 10, 31)) is None
    text = "Inflation eased to 1.71%, Statistics Indonesia said, within the central bank's target range of 1.5% to 3.5%."
    assert _field(text, "1.5% to 3.5%", "attributed_to", date(2024, 11, 1)) is None


def test_half_a_month_forecasters_who_had_expected_and_a_base_opening_a_sentence() -> None:
    text = "Mexico's inflation slowed to 4.56% in the first half of November."
    assert _field(text, "4.56%", "period", date(2024, 11, 22)) == "2024-11"
    assert _field("Sales rose 4% in the first half of 2024.", "4%", "period", date(2024, 11, 22)) == "2024-H1"
    text = "GDP fell 0.7% in the third quarter, the statistics office said, confounding economists who had expected growth of 0.2%."
    assert _field(text, "0.2%", "attributed_to", date(2024, 10, 31)) is None
    text = "GDP fell 0.7% in the third quarter. From a year earlier, output contracted 0.8%."
    assert _field(text, "0.8%", "period", date(2024, 10, 31)) == "2024-Q3"
    text = "Sony's July-September operating profit rose 69% to 378.6 billion yen."
    assert _field(text, "69%", "metric", date(2024, 11, 8)) == "operating profit"


def test_a_name_with_bin_and_a_rate_move_told_as_when_it_was_made() -> None:
    text = "Non-oil trade rose 11.2 percent to 1.4 trillion dirhams, Prime Minister Sheikh Mohammed bin Rashid said."
    assert _field(text, "11.2 percent", "attributed_to", date(2024, 8, 12)) == "Sheikh Mohammed bin Rashid"
    text = "The central bank has kept its deposit rate at 27.25 percent since March, when it raised rates by 600 basis points."
    assert _field(text, "600 basis points", "period", date(2024, 10, 10)) == "2024-03"


def test_a_dashed_range_after_from_a_would_clause_and_a_comma_before_another_count() -> None:
    text = "Infosys raised its revenue growth forecast to 3.75%-4.5% in constant currency from 3%-4% on Thursday."
    assert [c.text for c in extract(text, date(2024, 10, 17))] == ["3.75%-4.5%", "3%-4%"]
    text = "BP kept its quarterly dividend at 8 cents a share and said it would buy back $1.75bn of shares in the fourth quarter."
    assert _field(text, "8 cents", "period", date(2024, 10, 29)) is None
    assert _field(text, "$1.75bn", "period", date(2024, 10, 29)) == "2024-Q4"
    text = "The monastery must cut its monks to fewer than 1,000, two sources told RFA."
    assert _field(text, "two", "qualifier", date(2024, 6, 11)) == "exact"
    text = "More than 15,600 mpox cases and 537 deaths have been reported."
    assert _field(text, "537", "qualifier", date(2024, 8, 8)) == "more_than"  # one qualifier for the list
    text = "Cement production rose 3.3%, and electricity generation 0.6%."
    assert _field(text, "0.6%", "kind", date(2024, 11, 29)) == "change"


def test_a_name_that_looks_plural_is_one_thing_when_its_own_verb_says_its(tmp_path: Path) -> None:
    page = (
        "Mint: Infosys Raises Revenue Guidance\n\n"
        "Infosys raised its revenue growth forecast to 4.5% on Thursday, after net profit rose 4.7% to 65.06 billion "
        "rupees.\n\n"
        "Source: Mint, October 17, 2024\n\n"
        "Reuters: Floods Leave Dozens Dead\n\n"
        "Floods in Brazil’s south killed 40 people, officials said.\n\n"
        "Source: Reuters, May 5, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["4.7%"].entity == "Infosys"
    assert claims["40"].entity != "Floods"  # a plural common noun, not a name


def test_the_uae_by_its_initials_is_the_united_arab_emirates() -> None:
    text = "The UAE's non-oil exports grew 25 percent to 256.6 billion dirhams in the first half."
    assert _field(text, "25 percent", "entity", date(2024, 8, 12)) == "United Arab Emirates"


def test_the_worlds_largest_maker_said_credits_the_firm_the_sentence_opens_with(tmp_path: Path) -> None:
    page = (
        "Nikkei Asia: Foxconn Revenue Hits Record\n\n"
        "Foxconn's revenue rose 10.9% in October from a year earlier to NT$804.9 billion, the world's largest "
        "contract electronics maker said on Tuesday.\n\n"
        "Source: Nikkei Asia, November 5, 2024\n"
    )
    assert {c.text: c for c in _page_claims(tmp_path, page)}["10.9%"].attributed_to == "Foxconn"


def test_the_carrier_flew_is_the_airline_named_before(tmp_path: Path) -> None:
    page = (
        "China Daily: China Eastern Returns to Profit\n\n"
        "China Eastern Airlines reported a net profit of 1.83 billion yuan for the first three quarters of 2024.\n\n"
        "The carrier flew 99.5 million passengers in the period, up 22.3 percent.\n\n"
        "Source: China Daily, October 31, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["99.5 million"].entity == "China Eastern Airlines"


def test_bare_growth_is_the_economy_named_before() -> None:
    text = "India's economy grew 5.4 per cent in the July-September quarter. Growth was 6.7 per cent in the April-June quarter."
    assert _field(text, "6.7 per cent", "metric", date(2024, 11, 30)) == "economy"
    assert _field("Growth was 6.7 per cent in the April-June quarter.", "6.7 per cent", "metric", date(2024, 11, 30)) == "growth"


def test_the_time_after_a_base_is_the_bases_and_a_move_the_other_way_is_no_restatement() -> None:
    text = "The port handled 50 million TEUs in 2024. Its throughput rose about 4.8 percent from 47.3 million TEUs in 2023."
    assert _field(text, "4.8 percent", "period", date(2024, 12, 29)) == "2024"
    assert _field(text, "4.8 percent", "compared_to", date(2024, 12, 29)) == "2023"
    text = "The number of births rose to 33,300 in 2023 from 32,500, while deaths fell to 50,400."
    assert _field(text, "32,500", "period", date(2024, 2, 20)) == "2022"
    text = "The company had net income of $128 million in 2022, down from $14.5 billion."
    assert _field(text, "$14.5 billion", "period", date(2024, 2, 20)) is None
    text = (
        "Germany's economy contracted 0.1% in the second quarter from the previous three months, revising an earlier "
        "estimate of 0.1% growth."
    )
    assert [c.text for c in extract(text, date(2024, 7, 30))] == ["0.1%", "0.1%"]


def test_a_lead_that_credits_a_survey_and_states_no_figure_credits_the_figures_after_it(tmp_path: Path) -> None:
    page = (
        "Reuters: OPEC Oil Output Rises in October\n\n"
        "OPEC oil output rose in October, a Reuters survey found on Friday, as Libyan production recovered.\n\n"
        "OPEC pumped 26.64 million barrels per day last month, up 370,000 bpd from September. Brent crude futures "
        "settled at $73.10 a barrel.\n\n"
        "Source: Reuters, November 1, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["26.64 million barrels per day"].attributed_to == "Reuters"
    assert claims["$73.10"].attributed_to is None  # the market's price
    announced = page.replace("a Reuters survey found on Friday", "the oil ministry announced on Friday")
    assert {c.text: c for c in _page_claims(tmp_path, announced)}["26.64 million barrels per day"].attributed_to is None


def test_a_group_described_by_its_home_is_credited_by_name() -> None:
    text = "Police took away 23 members, including four children, according to the U.S.-based group ChinaAid."
    assert _field(text, "23", "attributed_to", date(2024, 11, 14)) == "ChinaAid"


def test_those_told_by_a_leaked_notice_are_not_its_issuer() -> None:
    text = (
        "According to an internal notice obtained by Radio Free Asia, state employees in several provinces have been "
        "required to hand in their passports. In one county, about 2,300 teachers were asked to surrender them."
    )
    assert _field(text, "2,300", "attributed_to", date(2024, 10, 30)) is None


def test_of_them_after_a_part_named_inside_a_count_is_of_the_whole() -> None:
    text = "Police took away 23 members, including four children. Eleven of them were released the next day."
    assert _field(text, "Eleven", "counted", date(2024, 11, 14)) == "members"
    assert _field("Police took away 23 members. Eleven of them were released.", "Eleven", "counted") == "members"


def test_the_other_side_of_a_comparison_and_of_a_trade_with_the_mainland() -> None:
    text = (
        "Exports to the United States rose 48.1 percent to US$11.2 billion, surpassing exports to mainland China and "
        "Hong Kong, which fell 2.6 percent to US$10.1 billion."
    )
    assert _field(text, "2.6 percent", "metric", date(2024, 11, 8)) == "exports to mainland china and hong kong"
    assert _field(text, "2.6 percent", "entity", date(2024, 11, 8)) is None


def test_a_share_told_in_a_participle_is_the_named_subjects() -> None:
    text = "Singapore was the largest investor, accounting for 30 percent of the total, followed by Hong Kong and Japan."
    assert _field(text, "30 percent", "entity", date(2024, 10, 29)) == "Singapore"  # (not Japan)
    text = "NEV exports reached 600,000 units, accounting for 21.5% of total exports."
    assert _field(text, "21.5%", "entity") is None


def test_what_a_present_perfect_did_and_what_a_sector_attracted() -> None:
    assert _field("Ant has cut about 1,200 jobs this year.", "1,200", "metric", date(2024, 11, 16)) == "jobs cut"
    assert _field("He has lost about 20 kilograms in detention.", "20 kilograms", "metric") == "weight lost"
    assert _field("Hanoi attracted $3 billion last year.", "$3 billion", "metric") == "investment"
    assert _field("The government estimated economic losses at 40 trillion dong.", "40 trillion dong", "metric") == "economic losses"
    assert _field("The median dwelling value now stands at A$813,000.", "A$813,000", "metric") == "median dwelling value"


def test_a_time_before_a_second_predicate_that_names_its_own_is_the_firsts() -> None:
    text = "Ant has cut about 1,200 jobs this year and spent 21.3 billion yuan on research and development in 2023."
    assert _field(text, "1,200", "period", date(2024, 11, 16)) == "2024"
    assert _field(text, "21.3 billion yuan", "period", date(2024, 11, 16)) == "2023"


def test_a_relative_clause_in_the_present_that_ends_the_sentence_is_of_no_time_named_before() -> None:
    text = (
        "Ant Group's net profit for the quarter ended June fell 34 percent to 3.5 billion yuan, according to a filing "
        "by Alibaba, which owns about 33 percent of the company."
    )
    assert _field(text, "3.5 billion yuan", "period", date(2024, 11, 16)) == "2024-Q2"
    assert _field(text, "33 percent", "period", date(2024, 11, 16)) is None


def test_a_reading_beside_a_forecast_of_economists_polled_by_an_agency_is_not_the_agencys() -> None:
    text = "Monthly consumer prices rose 0.39%, slightly below the 0.41% expected by economists polled by Reuters."
    assert _field(text, "0.39%", "attributed_to", date(2024, 12, 10)) is None
    assert _field(text, "0.41%", "attributed_to", date(2024, 12, 10)) == "Reuters"
    text = "Only five of 31 economists polled by Reuters had predicted the cut."
    assert _field(text, "31", "attributed_to", date(2025, 8, 20)) == "Reuters"


def test_the_day_a_new_level_takes_effect_named_after_the_old_one_is_the_new_ones(tmp_path: Path) -> None:
    page = (
        "Yicai: Shanghai Cuts Down Payment\n\n"
        "Shanghai will lower the minimum down payment ratio for first-time homebuyers to 15 percent from 20 percent "
        "starting October 1, the city's housing authority announced on Sunday.\n\n"
        "Source: Yicai, September 30, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert (claims["15 percent"].kind, claims["15 percent"].period) == ("target", "2024-10-01")
    assert claims["20 percent"].period is None
    assert claims["15 percent"].attributed_to == "Shanghai housing authority"


def test_a_forecast_made_before_is_of_the_time_just_past_and_credits_the_ministry() -> None:
    text = "The finance ministry had forecast inflation of 5 to 6 percent for November."
    assert _field(text, "5 to 6 percent", "period", date(2024, 12, 3)) == "2024-11"
    assert _field(text, "5 to 6 percent", "attributed_to", date(2024, 12, 3)) == "finance ministry"
    assert _field(text.replace("had", "has"), "5 to 6 percent", "period", date(2024, 12, 3)) == "2025-11"


def test_people_on_short_time_work_and_out_of_work() -> None:
    text = "Around 184,000 people were on short-time work in September."
    assert _field(text, "184,000", "metric", date(2024, 11, 29)) == "people on short-time work"
    assert _field("About 2.9 million people were out of work.", "2.9 million", "metric") == "people out of work"


def test_since_the_start_of_this_year_is_this_year_so_far() -> None:
    text = "Since the beginning of this year, the province has reported a total of 41,062 local cases."
    assert _field(text, "41,062", "period", date(2024, 10, 16)) == "2024"
    text = "The benchmark has gained about 20% since the start of the year."
    assert (_field(text, "20%", "period", date(2024, 3, 4)), _field(text, "20%", "compared_to", date(2024, 3, 4))) == ("2024", None)
    text = "Rates climbed to $6,500 per container, up from $1,700 at the start of the year."
    assert _field(text, "$1,700", "period", date(2024, 6, 21)) != "2024"
    text = "Since the beginning of the year, 600 people have died."
    assert _field(text, "600", "counted", date(2024, 10, 16)) == "people"


def test_what_a_participle_earned_is_the_named_subjects() -> None:
    text = "China Eastern was the only one to turn a profit in the third quarter, earning 2.64 billion yuan."
    assert _field(text, "2.64 billion yuan", "entity", date(2024, 10, 31)) == "China Eastern"


def test_a_share_joined_to_a_move_by_and_is_a_level_of_the_subject_not_of_the_whole() -> None:
    text = (
        "Xinjiang's cotton output reached 5.69 million tonnes in 2024, up 11.9 percent from the previous year and "
        "accounting for 92.2 percent of China's total."
    )
    assert _field(text, "92.2 percent", "kind", date(2024, 12, 26)) == "level"
    assert _field(text, "92.2 percent", "entity", date(2024, 12, 26)) == "Xinjiang"
    text = "Sales rose 5% in 2019 and 7% in 2020."
    assert _field(text, "7%", "kind", date(2024, 9, 14)) == "change"


def test_since_then_and_two_years_joined_by_and_name_no_single_time() -> None:
    text = (
        "The United States banned imports of Xinjiang cotton in 2021. Since then, U.S. customs have detained shipments "
        "worth about $3.5 billion."
    )
    assert _field(text, "$3.5 billion", "period", date(2024, 12, 26)) is None
    text = "Evergrande inflated its revenue by 564 billion yuan in 2019 and 2020."
    assert _field(text, "564 billion yuan", "period", date(2024, 9, 14)) is None


def test_a_move_that_would_come_next_year_is_of_next_year() -> None:
    text = "He said on Friday that the national minimum wage would rise by 6.5 percent next year."
    assert _field(text, "6.5 percent", "period", date(2024, 11, 30)) == "2025"


def test_the_next_people_in_a_ranking_by_demonym_and_a_place_set_off_by_commas() -> None:
    text = "Chinese visitors were the largest group at 6.2 million, followed by Malaysians at 4.5 million."
    assert _field(text, "4.5 million", "metric", date(2024, 12, 9)) == "malaysian visitors"
    text = "The highest provincial minimum wage, in Jakarta, is currently 5.07 million rupiah a month."
    assert _field(text, "5.07 million rupiah", "metric") == "highest provincial minimum wage"
    text = "The regulator suspended its Guangzhou branch for six months over its audit of Evergrande."
    assert _field(text, "six months", "metric") == "suspended guangzhou branch duration"


def test_couples_registered_for_marriage_are_marriage_registrations_and_the_same_time_goes_on(tmp_path: Path) -> None:
    page = (
        "Radio Free Asia: Marriages Drop\n\n"
        "Data released by the Ministry of Civil Affairs showed that in the first three quarters of this year, a total "
        "of 4.747 million couples registered for marriage nationwide.\n\n"
        "At the same time, 1.967 million couples registered for divorce.\n\n"
        "Source: Radio Free Asia, November 2, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["4.747 million"].metric == "marriage registrations"
    assert (claims["1.967 million"].metric, claims["1.967 million"].period) == ("divorce registrations", "2024")


def test_a_day_of_the_month_opening_a_sentence_is_its_time() -> None:
    text = "On the 17th, the Shenzhen Metro carried 8.79 million passengers in a single day."
    assert _field(text, "8.79 million", "period", date(2024, 2, 19)) == "2024-02-17"


def test_an_unnamed_firm_that_discloses_a_figure_is_not_the_source_credited_before() -> None:
    text = (
        "According to a report by Caixin, debts rose 5 percent. A construction company in Guizhou Province disclosed "
        "that it is owed more than 800 million yuan."
    )
    assert _field(text, "5 percent", "attributed_to", date(2024, 9, 22)) == "Caixin"
    assert _field(text, "800 million yuan", "attributed_to", date(2024, 9, 22)) is None


def test_a_count_inside_a_subject_names_no_series_and_an_adjective_after_it_is_no_verb() -> None:
    text = (
        "As of the end of June, the accounts payable of 5,326 listed companies to government departments and "
        "state-owned entities totaled 1.28 trillion yuan."
    )
    metric = "accounts payable to government departments and state-owned entities"
    assert _field(text, "1.28 trillion yuan", "metric", date(2024, 9, 22)) == metric
    assert _field("The S&P 500 gained 0.8% to close at 5,998.74.", "0.8%", "metric") == "s&p 500"
    assert _field("The firm is owed 800 million yuan, about 60 percent of its annual revenue.", "60 percent", "metric") == (
        "share of revenue"
    )


def test_a_capital_that_only_the_headline_names_stands_for_its_country(tmp_path: Path) -> None:
    page = (
        "Beijing's Key Economic Targets for 2025\n\n"
        "Premier Li Qiang delivered the government work report on the 5th, setting a GDP growth target of around "
        "5 percent for this year.\n\n"
        "Source: Xinhua, March 5, 2025\n"
    )
    assert {c.text: c for c in _page_claims(tmp_path, page)}["5 percent"].entity == "China"


def test_how_long_something_ordered_is_done_for() -> None:
    text = "Sichuan ordered factories in 19 of its 21 cities to suspend production for six days starting on the 15th."
    assert _field(text, "six days", "metric", date(2022, 8, 16)) == "suspend production duration"
    text = "The regulator suspended its branch for six months starting in October."
    assert _field(text, "six months", "metric", date(2024, 9, 14)) == "suspended branch duration"


def test_spacecraft_are_counted_and_the_long_march_is_no_month() -> None:
    text = "China carried out 68 orbital launches in 2024, a record, sending 263 spacecraft into orbit."
    assert _field(text, "263", "counted", date(2025, 1, 3)) == "spacecraft"
    text = "The Long March rocket family accounted for 51 of the launches."
    assert _field(text, "51", "entity", date(2025, 1, 3)) == "Long March rocket family"
    assert _field(text, "51", "period", date(2025, 1, 3)) is None


def test_in_the_same_year_is_the_year_just_named() -> None:
    text = "China carried out 68 orbital launches in 2024.\n\nThe United States conducted 158 launches in the same year."
    assert _field(text, "158", "period", date(2025, 1, 3)) == "2024"


def test_a_cap_set_at_a_figure_and_a_cut_by_a_total_after_a_comma() -> None:
    text = "Canada plans to cap new study permits at 437,000 next year."
    assert _field(text, "437,000", "metric", date(2024, 11, 12)) == "new study permits"
    text = "Banks have cut their prime rates twice since September, by a total of 37.5 basis points."
    assert _field(text, "37.5 basis points", "kind", date(2024, 11, 12)) == "change"


def test_a_count_a_trade_verb_takes_is_its_flow_and_earnings_are_from_what_earned_them() -> None:
    text = (
        "China exported 5.86 million vehicles in 2024, up 19.3 percent from the previous year. Total vehicle sales "
        "are expected to grow 4.7 percent in 2025."
    )
    assert _field(text, "5.86 million", "metric", date(2025, 1, 13)) == "vehicle exports"
    text = "Kenya earned 215.2 billion shillings ($1.66 billion) from tea exports in 2024."
    assert _field(text, "215.2 billion shillings", "metric", date(2025, 2, 11)) == "tea exports earnings"
    assert _field("Japan earned 5 trillion yen from tourism last year.", "5 trillion yen", "metric", date(2025, 2, 11)) == (
        "tourism earnings"
    )


def test_a_province_set_off_by_commas_and_people_still_missing() -> None:
    text = (
        "The death toll from the collapse of an open-pit coal mine in Alxa League, Inner Mongolia, in February has "
        "risen to 53, with six people still missing."
    )
    assert _field(text, "53", "metric", date(2023, 8, 22)) == "death toll"
    assert _field(text, "six", "metric", date(2023, 8, 22)) == "missing"
    text = "The quake killed 3,085, with 341 still missing."
    assert _field(text, "341", "counted") == "people"
    text = "India, Indonesia, China, the Philippines and Pakistan together accounted for 56 percent of the burden."
    assert _field(text, "56 percent", "entity") == "India, Indonesia, China, the Philippines and Pakistan"


def test_an_analysts_forecast_of_about_a_figure_is_no_ones_named() -> None:
    text = (
        "Revenue rose 2 percent to 17.6 billion patacas, the Gaming Bureau said, below analysts' forecasts of about "
        "19 billion patacas."
    )
    assert _field(text, "17.6 billion patacas", "attributed_to", date(2024, 12, 2)) == "Gaming Bureau"
    assert _field(text, "19 billion patacas", "attributed_to", date(2024, 12, 2)) is None


def test_the_decimals_of_a_rate_are_no_year_and_its_low_is_in_its_currency() -> None:
    text = "The People's Bank of China set the midpoint at 7.1876, about 1.8 percent stronger than the market rate."
    assert _field(text, "7.1876", "period", date(2025, 1, 10)) is None
    text = (
        "The Chinese yuan weakened past 7.3 per U.S. dollar on Friday for the first time since November 2023, falling "
        "as low as 7.3165 in onshore trading."
    )
    assert _field(text, "7.3165", "unit", date(2025, 1, 10)) == "CNY"


def test_a_retailers_thirteen_weeks_are_its_quarter_and_christmas_is_no_name(tmp_path: Path) -> None:
    page = (
        "BBC: UK Retailer Reports Record Christmas\n\n"
        "Marks & Spencer said on Thursday that food sales rose 8.9% in the 13 weeks to December 28, its best "
        "Christmas on record. The retailer's shares rose 4% to 389p in early trading.\n\n"
        "Source: BBC, January 9, 2025\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert (claims["8.9%"].period, claims["8.9%"].compared_to) == ("2024-Q4", "2023-Q4")
    assert "13 weeks" not in claims
    assert all(c.entity != "Christmas" and c.attributed_to != "Christmas" for c in claims.values())
    assert claims["389p"].metric == "shares"


def test_refunds_of_a_sum_and_collections_in_a_span_of_months() -> None:
    text = "Refunds of ₹19,259 crore were issued during the month, 8.9 per cent less than a year earlier."
    assert _field(text, "₹19,259 crore", "metric", date(2024, 12, 2)) == "refunds"
    text = "Collections in the April-November period totalled ₹14.57 lakh crore."
    assert (_field(text, "₹14.57 lakh crore", "metric", date(2024, 12, 2)), _field(text, "₹14.57 lakh crore", "entity")) == (
        "collections",
        None,
    )


def test_the_figure_recorded_the_same_period_before_and_nearly_half_that_took_place() -> None:
    text = (
        "According to statistics from China Labour Bulletin, a Hong Kong-based labor rights group, there were 1,509 "
        "worker protests in China in the first ten months of this year, more than the 1,355 recorded in the same "
        "period last year. About 60 percent were over unpaid wages, and nearly half took place in construction."
    )
    assert _field(text, "1,509", "metric", date(2023, 11, 15)) == "worker protests"
    assert _field(text, "1,355", "period", date(2023, 11, 15)) == "2022"
    assert _field(text, "half", "value", date(2023, 11, 15)) == 50


def test_a_relative_clause_in_the_past_is_no_forecast_of_the_clause_before() -> None:
    text = "Analysts said the cuts would help protect margins, which fell to a record low of 1.54 percent at the end of June."
    assert (_field(text, "1.54 percent", "kind", date(2024, 7, 26)), _field(text, "1.54 percent", "period", date(2024, 7, 26))) == (
        "level",
        "2024-06",
    )


def test_a_group_named_again_is_named_without_where_it_is_based() -> None:
    text = (
        "A monk died after being detained for three months, according to the India-based Tibetan Centre for Human "
        "Rights and Democracy. The group said that at least 12 Tibetans have died in custody since 2020."
    )
    assert _field(text, "12", "attributed_to", date(2024, 6, 20)) == "Tibetan Centre for Human Rights and Democracy"


def test_a_number_word_opening_headline_and_body_is_no_name(tmp_path: Path) -> None:
    page = (
        "One in Five Chinese Youth Out of Work\n\n"
        "One in five young people in Chinese cities is unemployed, according to a survey by Peking University. The "
        "survey covered 16,000 households in 25 provinces.\n\n"
        "Source: Radio Free Asia, July 20, 2023\n"
    )
    assert {c.text: c for c in _page_claims(tmp_path, page)}["16,000"].entity != "One"


def test_a_rate_a_central_bank_is_widely_expected_to_move_is_no_ones_credited() -> None:
    text = (
        "Japan's core consumer prices rose 3.0% in December from a year earlier, government data showed on Friday. "
        "The Bank of Japan is widely expected to raise its short-term rate to 0.5% from 0.25% next week."
    )
    assert _field(text, "3.0%", "attributed_to", date(2025, 1, 24)) == "government data"
    assert _field(text, "0.5%", "attributed_to", date(2025, 1, 24)) is None
    assert _field(text, "0.25%", "attributed_to", date(2025, 1, 24)) is None


def test_the_same_as_the_month_before_is_no_base_and_a_streak_is_no_move() -> None:
    text = "Core prices rose 3.0% in December from a year earlier. A broader measure rose 2.4%, the same as the previous month."
    assert _field(text, "2.4%", "compared_to", date(2025, 1, 24)) == "2023-12"
    text = "It was only the second time since 1949 that the economy shrank two years in a row."
    assert _field(text, "two years", "kind", date(2025, 1, 15)) == "level"
    text = "Under the new law, police can detain suspects for up to 16 days without charge, up from 48 hours."
    assert _field(text, "16 days", "metric", date(2024, 3, 19)) == "without charge duration"


def test_the_group_of_20_is_a_name_and_what_is_kept_above_a_figure_is_its_series() -> None:
    assert [c.text for c in extract("Leaders of the Group of 20 major economies agreed on debt relief.")] == []
    text = "The document calls for keeping the country's grain output above 650 million tonnes."
    assert _field(text, "650 million tonnes", "metric", date(2024, 2, 4)) == "grain output"


def test_a_time_in_an_event_after_the_figure_and_a_period_with_its_own_dates() -> None:
    text = (
        "A study estimated that about 1.87 million excess deaths occurred in China in the two months after Beijing "
        "abandoned its zero-COVID policy in December 2022."
    )
    assert _field(text, "1.87 million", "period", date(2023, 8, 25)) is None
    text = (
        "China reported 5,000 deaths in December 2022.\n\nThe figure is far below the official count of about 60,000 "
        "COVID-related deaths for the period from December 8, 2022 to January 12, 2023."
    )
    assert _field(text, "60,000", "period", date(2023, 8, 25)) is None


def test_a_fraction_set_beside_another_share_and_a_count_of_us_states() -> None:
    text = "Between 40 and 45 percent of household assets are in property, compared with about a fifth in the United States."
    assert _field(text, "a fifth", "value") == 20
    assert _field("More than 10 U.S. states have banned such purchases.", "10", "counted") == "U.S. states"
    text = "The number of local COVID-19 cases since December 9 rose to 1,573."
    assert _field(text, "1,573", "metric", date(2022, 1, 5)) == "local covid-19 cases"


def test_the_companys_own_report_credits_it_and_what_could_be_shipped_is_a_forecast() -> None:
    text = (
        "Nvidia's revenue from China was $17.1 billion in the fiscal year ended January 2025, according to the "
        "company's annual report."
    )
    assert _field(text, "$17.1 billion", "attributed_to", date(2025, 2, 28)) == "Nvidia"
    text = "Analysts at Bernstein estimate that Huawei could ship 700,000 AI chips this year."
    assert _field(text, "700,000", "kind", date(2025, 2, 28)) == "target"
    text = "The number of new Chinese students enrolling at U.S. colleges fell 8 percent to 49,600 in the fall of 2024."
    assert _field(text, "49,600", "counted", date(2025, 3, 12)) == "new Chinese students"


def test_imports_from_another_place_told_by_those_stay_the_buyers() -> None:
    text = (
        "Imports from Mexico rose nearly 5 percent to $475.6 billion, while those from China fell 20 percent to "
        "$427.2 billion, the Commerce Department said of U.S. trade."
    )
    assert _field(text, "$427.2 billion", "metric", date(2024, 2, 7)) == "imports from china"
    assert _field(text, "$427.2 billion", "entity", date(2024, 2, 7)) != "China"
    text = "Exports to Thailand rose 5 percent, while those from Thailand fell 9 percent."
    assert _field(text, "9 percent", "entity") == "Thailand"


def test_a_pmi_named_by_its_compiler_is_the_compilers_and_a_planned_raise_restated_is_a_target() -> None:
    text = (
        "China's official PMI fell to 49.1 in September, the National Bureau of Statistics said.\n\n"
        "The private Caixin manufacturing PMI dropped to 49.3 from 50.4."
    )
    assert _field(text, "49.1", "attributed_to", date(2024, 9, 30)) == "National Bureau of Statistics"
    assert _field(text, "49.3", "attributed_to", date(2024, 9, 30)) == "Caixin"
    text = "The Caixin manufacturing PMI rose to 51.1 from 50.9, according to S&P Global."
    assert _field(text, "51.1", "attributed_to", date(2024, 4, 1)) == "S&P Global"
    text = (
        "The bureau announced that the monthly minimum wage will be raised from 2,490 yuan to 2,590 yuan starting "
        "July 1, an increase of 4 percent."
    )
    assert (_field(text, "4 percent", "kind", date(2024, 6, 19)), _field(text, "4 percent", "period", date(2024, 6, 19))) == (
        "target",
        "2024-07-01",
    )


def test_a_central_bank_moving_its_own_rate_is_no_source_but_its_forecast_is_and_what_it_said_after_and() -> None:
    text = (
        "The Bank of Thailand cut its benchmark interest rate by 25 basis points to 2.25% on Wednesday. The central "
        "bank lowered its 2024 growth forecast to 2.7% from 2.6% and said inflation would average 0.5% this year."
    )
    assert _field(text, "2.25%", "attributed_to", date(2024, 10, 16)) is None
    assert _field(text, "2.7%", "attributed_to", date(2024, 10, 16)) == "Bank of Thailand"
    assert _field(text, "0.5%", "metric", date(2024, 10, 16)) == "inflation"


def test_the_group_named_again_is_the_rights_group_credited_before(tmp_path: Path) -> None:
    page = (
        "Chinese Court Sentences Uyghur Scholar\n\n"
        "A court in Xinjiang has sentenced Uyghur economist Ilham Tohti's former student, Atikem Rozi, 31, to 10 years "
        "in prison, according to the Uyghur Human Rights Project.\n\n"
        "The group estimates that at least 312 Uyghur intellectuals have been detained or imprisoned since 2017.\n\n"
        "Source: Radio Free Asia, February 20, 2024\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert claims["312"].attributed_to == "Uyghur Human Rights Project"


def test_the_province_is_the_one_named_a_province_and_a_share_of_another_places_reading() -> None:
    text = (
        "The income of rural residents in Gansu Province was 13,131 yuan last year, less than a third of Shanghai's "
        "42,988 yuan. Rural incomes in the province grew 7.3 percent."
    )
    assert _field(text, "7.3 percent", "entity", date(2025, 2, 6)) == "Gansu"
    assert _field(text, "a third", "entity", date(2025, 2, 6)) == "Gansu"
    assert _field(text, "a third", "metric", date(2025, 2, 6)) == "share of shanghai income of rural residents"


def test_what_had_been_cut_by_a_share_is_the_series() -> None:
    text = "Civil servants in several cities have had their annual bonuses cut by 20 to 30 percent."
    assert _field(text, "20 to 30 percent", "metric", date(2024, 8, 12)) == "annual bonuses"


def test_a_person_credited_with_a_title_or_a_post_in_a_body() -> None:
    text = (
        "More than 1 million residents have been ordered to evacuate, Governor Ron DeSantis said. The app is adding "
        "more than a million sign-ups a day, according to Instagram head Adam Mosseri."
    )
    assert _field(text, "1 million", "attributed_to", date(2024, 10, 7)) == "Ron DeSantis"
    assert _field(text, "a million", "attributed_to", date(2024, 10, 7)) == "Adam Mosseri (Instagram)"
    text = "House Speaker Kevin McCarthy said 5 bills passed."
    assert _field(text, "5", "attributed_to", date(2023, 5, 1)) == "Kevin McCarthy"


def test_a_storms_pressure_in_millibars_and_a_time_frame_is_no_series() -> None:
    text = "The storm's central pressure dropped to 897 millibars, or 940 hPa."
    assert _field(text, "897 millibars", "unit", date(2024, 10, 7)) == "millibar"
    assert _field(text, "940 hPa", "unit", date(2024, 10, 7)) == "hectopascal"
    text = "Rival Bluesky said its user base had doubled in three months to 15 million."
    assert _field(text, "15 million", "metric", date(2024, 10, 31)) == "user base"
    assert _field(text, "15 million", "entity", date(2024, 10, 31)) == "Bluesky"
    assert _field(text, "15 million", "attributed_to", date(2024, 10, 31)) == "Bluesky"


def test_a_price_that_lost_money_to_a_new_level_moved_and_a_gapped_series_keeps_its_adjective() -> None:
    text = "U.S. West Texas Intermediate crude lost $1.63 to $66.48."
    assert _field(text, "$1.63", "kind", date(2024, 9, 10)) == "change"
    assert _field(text, "$1.63", "metric", date(2024, 9, 10)) == "west texas intermediate crude"
    assert _field("The company lost $5 billion last year.", "$5 billion", "kind", date(2024, 9, 10)) == "level"
    text = "Robberies fell 13 percent and aggravated assaults 6 percent."
    assert _field(text, "6 percent", "metric", date(2024, 8, 20)) == "aggravated assaults"


def test_a_population_named_by_an_animal_counts_the_animals_and_a_ranking_with_its_figure() -> None:
    text = "India's wild tiger population rose to an estimated 3,682 in 2022. The urban population was 25,000."
    assert _field(text, "3,682", "counted", date(2023, 7, 29)) == "tigers"
    assert _field(text, "25,000", "counted", date(2023, 7, 29)) == "people"
    text = "Madhya Pradesh had the most tigers, with 785, followed by Karnataka with 563."
    assert [_field(text, n, "metric", date(2023, 7, 29)) for n in ("785", "563")] == ["tigers", "tigers"]
    assert [_field(text, n, "entity", date(2023, 7, 29)) for n in ("785", "563")] == ["Madhya Pradesh", "Karnataka"]


def test_a_recommended_share_is_a_target_and_a_global_series_is_the_worlds() -> None:
    text = "The government spends about 5 percent of its budget on education, below the 15 to 20 percent recommended by UNESCO."
    assert _field(text, "15 to 20 percent", "kind", date(2024, 9, 17)) == "target"
    text = (
        "The average global surface air temperature reached 17.16 degrees Celsius on July 22, the European Union's "
        "Copernicus Climate Change Service said."
    )
    assert _field(text, "17.16 degrees Celsius", "entity", date(2024, 8, 8)) == "world"


def test_makers_named_before_their_names_and_a_life_expectancy_for_a_group() -> None:
    text = "Chocolate makers Hershey and Mondelez have raised prices by 10 to 15 percent."
    assert _field(text, "10 to 15 percent", "entity", date(2024, 4, 16)) == "Hershey and Mondelez"
    text = (
        "Life expectancy rose to 78.4 years in 2023. It remains below the pre-pandemic level of 78.8 years recorded "
        "in 2019. Women can expect to live 81.1 years on average, compared with 75.8 years for men."
    )
    assert _field(text, "78.8 years", "metric", date(2024, 12, 19)) == "life expectancy"
    assert (_field(text, "81.1 years", "kind", date(2024, 12, 19)), _field(text, "81.1 years", "metric", date(2024, 12, 19))) == (
        "level",
        "life expectancy",
    )
    assert _field(text, "75.8 years", "entity", date(2024, 12, 19)) == "men"
    text = "China Eastern Airlines reported a margin of 5 percent for the first three quarters of 2024."
    assert _field(text, "5 percent", "entity", date(2024, 10, 30)) != "first three quarters"


def test_index_points_after_an_aside_and_a_forecast_for_a_year_at_a_figure() -> None:
    text = (
        "The FAO Food Price Index, which tracks monthly changes in the international prices of commonly traded food "
        "commodities, averaged 127.4 points in October. FAO also forecast world cereal production in 2024 at 2.853 "
        "billion tonnes."
    )
    assert _field(text, "127.4 points", "unit", date(2024, 11, 8)) == "index"
    assert _field(text, "2.853 billion tonnes", "metric", date(2024, 11, 8)) == "world cereal production"
    assert _field("LeBron James, who turned 40 in December, averaged 27.1 points.", "27.1", "counted") == "points"


def test_a_ministry_named_by_its_kind_sets_a_quota_and_a_vote_share_against_an_offer() -> None:
    text = "Peru's production ministry set the quota for the anchovy fishing season of 2024 at 2.475 million metric tons."
    assert _field(text, "2.475 million metric tons", "attributed_to", date(2024, 4, 9)) == "Peru's production ministry"
    assert _field(text, "2.475 million metric tons", "metric", date(2024, 4, 9)) == "quota for anchovy fishing season"
    text = "Turkey's central bank raised its policy rate to 50 percent."
    assert _field(text, "50 percent", "attributed_to", date(2024, 3, 21)) is None
    text = "Boeing's factory workers voted 64 percent against the company's latest contract offer."
    assert _field(text, "64 percent", "metric", date(2024, 10, 24)) == "votes against latest contract offer"


def test_what_an_offer_would_have_raised_is_a_target_and_one_of_a_list_of_counts_counts() -> None:
    text = "The offer would have raised wages by 35 percent over four years."
    assert _field(text, "35 percent", "kind", date(2024, 10, 24)) == "target"
    text = "Ford said it was aware of 14 accidents and one injury. He has 2 sons and one of them works here."
    claims = {c.text: c for c in extract(text, published=date(2024, 1, 19))}
    assert claims["one"].counted == "injuries"
    assert [c.text for c in extract("Twenty-one humanoid robots ran.", published=date(2025, 4, 19))] == ["Twenty-one"]
    assert _field("Twenty-one humanoid robots ran.", "Twenty-one", "counted", date(2025, 4, 19)) == "humanoid robots"


def test_analysts_estimating_at_the_end_of_a_sentence_end_the_firms_credit() -> None:
    text = "Ford said it was aware of 14 accidents. Repairs will cost about $125 per vehicle, analysts estimated."
    assert _field(text, "14", "attributed_to", date(2024, 1, 19)) == "Ford"
    assert _field(text, "$125", "attributed_to", date(2024, 1, 19)) is None


def test_a_place_described_in_an_aside_is_no_part_of_the_series_and_a_level_in_feet_named_again() -> None:
    text = "In Munich, the most expensive city, asking rents climbed 5.2 percent to 19.80 euros."
    assert _field(text, "5.2 percent", "metric", date(2024, 2, 14)) == "asking rents"
    assert _field(text, "5.2 percent", "entity", date(2024, 2, 14)) == "Munich"
    text = (
        "The water level at Lake Mead stood at 1,066 feet on Monday. The reservoir is 34 percent full. Lake Mead "
        "supplies water to about 25 million people. The bureau projects the level will fall to 1,055 feet."
    )
    assert _field(text, "1,055 feet", "metric", date(2024, 5, 14)) == "water level"
    assert _field(text, "34 percent", "metric", date(2024, 5, 14)) == "reservoir fill level"


def test_test_scores_are_readings_in_points_and_scores_in_fields() -> None:
    text = (
        "Average math scores among teenagers in OECD countries fell by a record 15 points to 472 in 2022 from 2018. "
        "Singapore topped all three subjects, scoring 575 in math, 543 in reading and 561 in science."
    )
    assert [_field(text, t, "unit", date(2023, 12, 6)) for t in ("15 points", "472", "575", "561")] == ["index"] * 4
    assert [_field(text, t, "metric", date(2023, 12, 6)) for t in ("575", "543", "561")] == [
        "math score",
        "reading score",
        "science score",
    ]
    assert _field("He scored 30 points in the game.", "30", "counted", date(2023, 12, 6)) == "points"


def test_years_earlier_are_a_time_not_what_is_counted_and_move_a_reading_back() -> None:
    text = "Sales were 5 million in 2024, down from 6 million two years earlier."
    assert (_field(text, "6 million", "unit", date(2024, 6, 5)), _field(text, "6 million", "period", date(2024, 6, 5))) == (
        "count",
        "2022",
    )
    text = "Turnout was 65.8 percent in 2024, down from 67.4 percent five years earlier."
    assert _field(text, "67.4 percent", "period", date(2024, 6, 5)) == "2019"
    text = (
        "A survey in March found that only 16 percent were willing to work overtime without pay, down from 31 "
        "percent in a similar survey two years earlier."
    )
    assert _field(text, "31 percent", "period", date(2024, 4, 10)) == "2022-03"


def test_a_restated_change_in_a_series_of_its_own() -> None:
    text = (
        "More than 17,000 suspected cases and 517 deaths were reported in Africa this year, a 160 percent increase "
        "in cases from the same period last year."
    )
    assert _field(text, "160 percent", "metric", date(2024, 8, 15)) == "suspected cases"


def test_a_fine_by_a_regulator_credits_it_and_debts_and_bills_are_series() -> None:
    text = (
        "Thames Water has been fined £104m by the regulator Ofwat for breaching rules. The utility has debts of "
        "about £16bn. Its bills will rise by 35 per cent over the next five years."
    )
    assert (_field(text, "£104m", "metric", date(2025, 5, 20)), _field(text, "£104m", "attributed_to", date(2025, 5, 20))) == (
        "fine",
        "Ofwat",
    )
    assert _field(text, "£16bn", "metric", date(2025, 5, 20)) == "debts"
    assert _field(text, "35 per cent", "metric", date(2025, 5, 20)) == "bills"


def test_a_conversion_after_a_currency_of_two_words_and_a_cut_guidance_is_a_target() -> None:
    text = "Northwind Air reported a third-quarter net profit of 1.2 billion Swedish crowns ($114 million)."
    assert _field(text, "$114 million", "metric", date(2024, 10, 24)) == "net profit"
    text = "Kestrel cut its production guidance for the year to 200,000 tonnes. Its profit forecast for the year fell to $5 billion."
    assert _field(text, "200,000 tonnes", "kind", date(2024, 7, 15)) == "target"
    assert _field(text, "200,000 tonnes", "metric", date(2024, 7, 15)) == "production guidance"
    text = "Full-year shipments were 328.6 million tonnes, at the upper end of its guidance of 323 million to 338 million tonnes."
    assert _field(text, "323 million to 338 million tonnes", "kind", date(2025, 1, 16)) == "level"


def test_less_than_a_day_is_a_duration_and_a_valuation_tripled_since_a_month() -> None:
    text = "Average waiting time for ships rose to 3.5 days in September from less than a day in January."
    assert (_field(text, "a day", "qualifier", date(2024, 10, 14)), _field(text, "a day", "period", date(2024, 10, 14))) == (
        "less_than",
        "2024-01",
    )
    assert [c.text for c in extract("Sales rose 5 percent from a year earlier.", published=date(2024, 10, 14))] == ["5 percent"]
    text = "Lumora has raised $450 million in a funding round, valuing the company at $6 billion, more than triple its valuation in March."
    assert _field(text, "$6 billion", "metric", date(2025, 6, 11)) == "valuation"
    assert (_field(text, "triple", "period", date(2025, 6, 11)), _field(text, "triple", "compared_to", date(2025, 6, 11))) == (
        None,
        "2025-03",
    )


def test_a_name_an_aside_describes_at_a_sentence_start_and_a_countrys_weather_institute(tmp_path: Path) -> None:
    page = (
        "AI Startup Lumora Raises $450 Million\n\n"
        "Lumora, a San Francisco-based developer of AI coding tools, has raised $450 million in a round led by Sequoia "
        "Capital. The three-year-old startup said its annual recurring revenue had reached $120 million.\n\n"
        "Source: TechCrunch, June 11, 2025\n"
    )
    claims = {c.text: c for c in _page_claims(tmp_path, page)}
    assert (claims["$120 million"].entity, claims["$120 million"].attributed_to) == ("Lumora", "Lumora")
    text = "More than 250 millimetres of rain fell on Sunday, Portugal's weather institute IPMA said."
    assert _field(text, "250 millimetres", "attributed_to", date(2024, 11, 4)) == "IPMA"


def test_a_chain_named_by_its_trade_and_a_poll_released_on_a_day_are_sources() -> None:
    text = "British department store chain Harrow & Finch said like-for-like sales rose 4.1 percent."
    assert _field(text, "4.1 percent", "attributed_to", date(2025, 1, 9)) == "Harrow & Finch"
    text = "Colton leads by 2 percentage points, according to a Marist poll released on Wednesday."
    assert _field(text, "2 percentage points", "attributed_to", date(2024, 10, 2)) == "Marist"
    text = "The output rose 5 percent, according to data released by the National Bureau of Statistics on Monday."
    assert _field(text, "5 percent", "attributed_to", date(2024, 10, 2)) == "National Bureau of Statistics"
    text = "At least 11 people have died in snow-related accidents, public broadcaster NHK reported."
    assert _field(text, "11", "attributed_to", date(2024, 1, 23)) == "NHK"
    text = "Hong Kong developer Sun Hung Kai Properties reported a profit of $5 billion."
    assert _field(text, "$5 billion", "entity", date(2024, 9, 5)) == "Sun Hung Kai Properties"


def test_a_pay_rise_sought_is_a_target_of_pay(tmp_path: Path) -> None:
    text = "The union is seeking a pay rise of 10.5 percent."
    assert (_field(text, "10.5 percent", "kind", date(2025, 7, 30)), _field(text, "10.5 percent", "metric", date(2025, 7, 30))) == (
        "target",
        "pay",
    )
    assert _field("The increase of 5.1 percent is the largest.", "5.1 percent", "metric", date(2024, 7, 25)) != "the"
    page = (
        "Team Unveils Plan for Downtown Stadium\n\n"
        "The Riverton Hawks unveiled plans on Monday for a $1.5 billion stadium downtown with 62,000 seats.\n\n"
        "Source: Riverton Star, September 16, 2024\n"
    )
    assert {c.entity for c in _page_claims(tmp_path, page)} == {"Riverton Hawks"}


def test_police_named_by_where_they_serve_and_a_state_operator_are_sources() -> None:
    text = "An avalanche killed four skiers near the resort on Monday, police in the canton of Valais said."
    assert _field(text, "four", "attributed_to", date(2024, 4, 2)) == "police in the canton of Valais"
    text = "A single ticket won 2.5 million euros, the state lottery operator said."
    assert _field(text, "2.5 million euros", "attributed_to", date(2023, 12, 23)) == "state lottery operator"
    assert _field(text, "2.5 million euros", "metric", date(2023, 12, 23)) == "prize"
    text = "The Games cost 8.8 billion euros, according to a report by France's public audit office."
    assert _field(text, "8.8 billion euros", "attributed_to", date(2024, 8, 10)) == "France's public audit office"


def test_a_size_is_no_move_and_a_rating_scale_gives_a_reading_not_its_top() -> None:
    assert _field("The slide was about 300 meters wide.", "300 meters", "kind", date(2024, 4, 2)) == "level"
    text = "The avalanche danger level was rated 3 on a scale of 5. Satisfaction was 7.5 on a scale from 1 to 10."
    assert [(c.text, c.unit) for c in extract(text, published=date(2024, 4, 2))] == [("3", "index"), ("7.5", "index")]


def test_a_share_covered_at_a_clauses_end_and_expectations_of_a_rise() -> None:
    text = "The Games cost 8.8 billion euros, of which public money covered about a quarter, according to a report."
    assert _field(text, "a quarter", "value", date(2024, 8, 10)) == 25
    text = "Production fell 0.5 percent in November, confounding economists' expectations of a 0.2 percent rise."
    assert _field(text, "0.2 percent", "kind", date(2024, 1, 8)) == "target"
    text = "The draw has total prize money of 2.71 billion euros."
    assert _field(text, "2.71 billion euros", "metric", date(2023, 12, 23)) == "total prize money"


def test_the_place_an_events_clause_names_is_its_entity() -> None:
    text = "Heavy snow left about 2,100 vehicles stranded on a highway in Niigata prefecture on Monday."
    assert _field(text, "2,100", "entity", date(2024, 1, 23)) == "Niigata"
    text = "A ticket sold in the town of Sort won 2.5 million euros. Rents rose 5 percent in the Hongshan district."
    assert _field(text, "2.5 million euros", "entity", date(2023, 12, 23)) == "Sort"
    assert _field(text, "5 percent", "entity", date(2023, 12, 23)) == "Hongshan"
    text = "At least 217 people have died in floods in eastern Spain, most of them in the Valencia region."
    assert _field(text, "217", "entity", date(2024, 11, 4)) != "Valencia"
    text = "At least 155 Chinese citizens are fighting for Russia, after two were captured in the Donetsk region."
    assert _field(text, "155", "entity", date(2025, 4, 9)) != "Donetsk"


def test_a_city_council_that_opens_an_article_is_its_topic(tmp_path: Path) -> None:
    page = (
        "Millbrook Council Approves $4.2 Billion Budget\n\n"
        "The Millbrook City Council voted on Tuesday to approve a $4.2 billion budget for the fiscal year starting "
        "July 1. The police department will receive $612 million.\n\n"
        "Source: Millbrook Tribune, June 12, 2024\n"
    )
    assert {c.entity for c in _page_claims(tmp_path, page)} == {"Millbrook City Council"}


def test_demonyms_of_many_countries_and_visitors_from_a_country_ranked_by_spending() -> None:
    assert _field("Kenyan exports rose 5 percent.", "5 percent", "entity", date(2024, 5, 17)) == "Kenya"
    assert _field("Swedish inflation was 1.6 percent in October.", "1.6 percent", "entity", date(2024, 11, 14)) == "Sweden"
    text = "Visitors from Germany accounted for the largest share of spending, at 3.7 billion euros, followed by Britain with 3.3 billion euros."
    assert [(_field(text, t, "metric", date(2024, 2, 23)), _field(text, t, "entity", date(2024, 2, 23))) for t in (
        "3.7 billion euros", "3.3 billion euros")] == [("spending", "Germany"), ("spending", "Britain")]


def test_rain_that_fell_is_rainfall_and_a_municipal_corporation_is_a_source() -> None:
    text = "On July 8 alone, 268 mm fell in six hours. The town got 30 centimeters of snow."
    assert [_field(text, t, "metric", date(2024, 8, 1)) for t in ("268 mm", "30 centimeters")] == ["rainfall", "snowfall"]
    text = "The city's lakes were 79 percent full, the municipal corporation said."
    assert _field(text, "79 percent", "attributed_to", date(2024, 8, 1)) == "municipal corporation"
    text = "The bank cut its base rate by 25 basis points to 6.50 percent last month and is expected to keep it on hold."
    assert _field(text, "6.50 percent", "kind", date(2024, 10, 8)) == "level"


def test_a_list_item_that_is_a_sentence_keeps_its_subject_and_an_acronym_ends_a_common_series() -> None:
    text = (
        "The highlights:\n\n- Equities returned 12.5 percent.\n- Unlisted real estate fell 1.9 percent.\n"
        "- Energy use down 3 percent.\n"
    )
    claims = {c.text: c for c in extract(text, published=date(2024, 8, 14))}
    assert (claims["1.9 percent"].metric, claims["3 percent"].metric) == ("unlisted real estate", "energy use")
    text = "Energy consumption per unit of GDP fell 3 percent. Reform UK won 14.3 percent."
    assert _field(text, "3 percent", "metric", date(2024, 8, 14)) == "energy consumption per unit of gdp"
    assert _field(text, "14.3 percent", "entity", date(2024, 8, 14)) == "Reform UK"


def test_a_coefficient_is_a_reading_and_a_bloc_that_fines_is_a_source() -> None:
    text = "The Gini coefficient fell to 0.433 from 0.437."
    assert [_field(text, t, "unit", date(2024, 2, 16)) for t in ("0.433", "0.437")] == ["index", "index"]
    text = "The European Union fined Apple 1.84 billion euros on Monday."
    assert _field(text, "1.84 billion euros", "attributed_to", date(2024, 3, 4)) == "European Union"


def test_fares_between_two_cities_and_what_the_company_still_lost() -> None:
    text = "Fares between Miami and Orlando range from $39 to $149 one way."
    assert _field(text, "$39 to $149", "metric", date(2025, 2, 5)) == "fares"
    text = "Revenue rose to $186m, but the company still lost $420m."
    assert _field(text, "$420m", "metric", date(2025, 2, 5)) == "loss"


def test_a_span_named_by_the_year_it_ends_in_is_no_duration() -> None:
    text = "The share of adults with obesity fell to 40.3 percent in the two years to 2023."
    assert [c.text for c in extract(text, published=date(2024, 9, 24))] == ["40.3 percent"]
    text = "The company would extend its joint venture by 10 years to 2040."
    assert [c.text for c in extract(text, published=date(2024, 9, 24))] == ["10 years"]


def test_pounds_of_goods_are_a_weight_and_a_currency_named_early_quotes_a_rate() -> None:
    text = "Calder Foods is recalling about 2.1 million pounds of frozen breaded chicken products."
    assert _field(text, "2.1 million pounds", "unit", date(2024, 4, 6)) == "pound"
    text = "The club spent 100 million pounds on players and 3 million pounds of taxpayers' money."
    assert [_field(text, t, "unit", date(2024, 4, 6)) for t in ("100 million pounds", "3 million pounds")] == ["GBP", "GBP"]
    text = "The Mexican peso weakened as much as 1.6 percent to 20.05 per dollar on Wednesday."
    assert _field(text, "20.05", "unit", date(2024, 9, 11)) == "MXN"
    text = "Zambia's finance ministry cut its 2024 economic growth forecast to 2.3 percent from 4.8 percent."
    assert _field(text, "2.3 percent", "attributed_to", date(2024, 5, 22)) == "Zambia's finance ministry"


def test_a_span_to_a_named_day_is_no_duration_and_throughput_is_a_series() -> None:
    text = "Shoppers are expected to spend 13.4 billion pounds on groceries in the four weeks to Christmas Day."
    assert [c.text for c in extract(text, published=date(2024, 12, 12))] == ["13.4 billion pounds"]
    assert _field("Throughput rose 4.8 percent from 2023.", "4.8 percent", "metric", date(2024, 12, 29)) == "throughput"
    text = "Orchards cover 70,000 hectares, double the area of a decade ago."
    assert _field(text, "double", "metric", date(2025, 1, 20)) == "area"


def test_pounds_a_long_money_clause_ends_on_are_sterling() -> None:
    text = "The cost of a traditional Christmas dinner for eight people rose 4 percent this year to 33.29 pounds."
    assert _field(text, "33.29 pounds", "unit", date(2024, 12, 12)) == "GBP"
    assert _field("He weighs 200 pounds.", "200 pounds", "unit", date(2024, 12, 12)) == "pound"


def test_a_group_a_sentence_opens_with_holds_the_share_right_after_it() -> None:
    text = "Among respondents aged 20 to 24, 71 percent said they would fight."
    assert _field(text, "71 percent", "entity", date(2024, 7, 12)) == "respondents aged 20 to 24"
    text = "Among high school students, the rate rose to 81 percent."
    assert _field(text, "81 percent", "entity", date(2024, 7, 12)) != "high school students"


def test_a_share_of_another_group_set_beside_one_is_the_same_series() -> None:
    text = (
        "Among women aged 20 to 29, 58.7 per cent said they did not plan to marry, compared with 41.2 per cent of men "
        "in the same age group."
    )
    assert _field(text, "41.2 per cent", "metric", date(2024, 11, 13)) == _field(text, "58.7 per cent", "metric", date(2024, 11, 13))
    assert _field(text, "41.2 per cent", "entity", date(2024, 11, 13)) == "men"
    text = "About 78 percent of Tibetan students attend such schools, compared with about 20 percent of children nationwide."
    assert _field(text, "20 percent", "metric", date(2024, 6, 1)) == "share of children"


def test_a_people_that_was_the_largest_group_takes_its_part_of_the_series() -> None:
    text = (
        "About 66,300 migrants arrived in Italy by sea in 2024. Bangladeshis were the largest group, at 13,750, "
        "followed by Syrians at 12,450."
    )
    assert [(_field(text, t, "metric", date(2025, 1, 2)), _field(text, t, "entity", date(2025, 1, 2))) for t in (
        "13,750", "12,450")] == [("migrants", "Bangladesh"), ("migrants", "Syria")]


def test_the_reading_a_monthly_rate_rose_from_is_the_month_before() -> None:
    text = "Core inflation rose to 3.3 percent in October from 3.2 percent."
    assert _field(text, "3.2 percent", "period", date(2024, 11, 20)) == "2024-09"
    text = "Core inflation rose to 3.3 percent in October from 3.2 percent a year earlier."
    assert _field(text, "3.2 percent", "period", date(2024, 11, 20)) == "2023-10"


def test_a_reading_set_beside_another_places_is_of_the_same_time_and_nationwide_is_the_countrys() -> None:
    text = "Guangdong recorded 1.13 million births in 2024. Its birth rate was 8.89 per thousand, compared with 6.77 per thousand nationwide."
    assert [(_field(text, t, "entity", date(2025, 3, 6)), _field(text, t, "period", date(2025, 3, 6))) for t in (
        "8.89 per thousand", "6.77 per thousand")] == [("Guangdong", "2024"), ("China", "2024")]
    text = "Unemployment was 5 percent in Beijing in 2024, compared with 6 percent in Shanghai."
    assert _field(text, "6 percent", "period", date(2025, 3, 6)) == "2024"
    text = "Guangdong recorded 1.13 million births in 2024. Its sales rose to 5 percent, compared with 3 percent."  # (earlier)
    assert _field(text, "3 percent", "period", date(2025, 3, 6)) is None


def test_a_year_that_owns_a_figure_or_a_quota_is_its_period() -> None:
    text = "This year's sales of 5 million cars beat last year's."
    assert _field(text, "5 million", "period", date(2024, 11, 25)) == "2024"
    text = "Issuance reached 3.82 trillion yuan, or 98 percent of this year's quota of 3.9 trillion yuan."
    assert _field(text, "3.9 trillion yuan", "period", date(2024, 11, 25)) == "2024"
    assert _field(text, "3.9 trillion yuan", "kind", date(2024, 11, 25)) == "target"


def test_a_places_kind_goes_from_the_metric_with_its_name() -> None:
    text = "The peak electricity load of Henan province hit a record 81.5 million kilowatts on Tuesday."
    assert _field(text, "81.5 million kilowatts", "metric", date(2024, 7, 10)) == "peak electricity load"
    text = "Temperatures in the provincial capital Zhengzhou exceeded 41 degrees Celsius."
    assert _field(text, "41 degrees Celsius", "metric", date(2024, 7, 10)) == "temperatures"


def test_a_season_is_the_period_that_encloses_it() -> None:
    text = "A record 11.79 million students are expected to graduate from Chinese universities this summer."
    assert _field(text, "11.79 million", "period", date(2024, 5, 20)) == "2024"
    assert _field("Sales rose 6.2 percent from last summer.", "6.2 percent", "compared_to", date(2024, 7, 10)) == "2023"
    assert _field("Sales rose 6.2 percent from last summer.", "6.2 percent", "compared_to", date(2024, 10, 10)) == "2024"
    assert _field("In the spring of 2023, 500 workers left.", "500", "period", date(2024, 10, 10)) == "2023-H1"


def test_pledges_made_are_counted_and_a_pledge_to_act_is_a_target() -> None:
    text = "Foreign direct investment pledged to Vietnam rose 1.9 percent in the first 11 months to $31.38 billion."
    assert _field(text, "$31.38 billion", "kind", date(2024, 11, 29)) == "level"
    assert _field("The company pledged to invest $5 billion.", "$5 billion", "kind") == "target"


def test_an_aside_with_a_relative_clause_leaves_the_subject_and_a_city_exports_are_its_own() -> None:
    text = "Disbursed FDI, money that has actually arrived, grew 7.1 percent to $21.68 billion."
    assert _field(text, "7.1 percent", "metric", date(2024, 11, 29)) == "disbursed fdi"
    text = "Exports from Yiwu reached 503.8 billion yuan in the first three quarters."
    assert (_field(text, "503.8 billion yuan", "metric"), _field(text, "503.8 billion yuan", "entity")) == ("exports", "Yiwu")
    text = "Exports from Yiwu, the Zhejiang city known as a small-commodity hub, reached 503.8 billion yuan."
    assert _field(text, "503.8 billion yuan", "entity") == "Yiwu"


def test_who_a_figures_people_are_may_be_a_named_group_and_a_listing_values_it() -> None:
    text = "Its database lists 1,546 people detained. Of these, 276 are Tibetans and 119 are Falun Gong practitioners."
    assert _field(text, "119", "counted") == "Falun Gong practitioners"
    text = "The company is seeking a London listing that could value it at about £50 billion."
    assert _field(text, "£50 billion", "metric") == "valuation"


def test_a_move_in_the_month_is_on_the_month_before() -> None:
    text = "Australian home prices were flat in December. Prices in Sydney fell 0.6 percent in the month."
    assert _field(text, "0.6 percent", "compared_to", date(2025, 1, 2)) == "2024-11"


def test_times_that_are_not_the_figures() -> None:
    text = "Since the talent schemes were launched at the end of 2022, more than 430,000 applications have been received."
    assert _field(text, "430,000", "period", date(2024, 8, 14)) is None
    text = "The country banned exports of nickel ore in 2020, and now has 54 smelters in operation with another 26 under construction."
    assert [_field(text, t, "period", date(2025, 2, 3)) for t in ("54", "26")] == [None, None]
    text = "Banks cut deposit rates on Friday, the third such move this year. The one-year rate was lowered to 1.35 percent."
    assert _field(text, "1.35 percent", "period", date(2024, 10, 18)) == "2024-10-18"
    text = "The firm has laid off about 400 employees after its revenue fell 28 percent last year to 610 million yuan."
    assert [_field(text, t, "period", date(2025, 3, 12)) for t in ("400", "28 percent")] == [None, "2024"]


def test_a_title_in_apposition_leaves_its_quoted_comma() -> None:
    text = 'The top-grossing film of the year, the comedy "YOLO," earned 3.46 billion yuan.'
    assert _field(text, "3.46 billion yuan", "entity", date(2025, 1, 1)) == "YOLO"


def test_places_that_grow_are_economies_and_a_gapped_place_is_its_own() -> None:
    text = "Shenzhen and Guangzhou grew 5.8 percent and 2.1 percent respectively in 2024."
    assert [_field(text, t, "metric", date(2025, 2, 5)) for t in ("5.8 percent", "2.1 percent")] == ["economy", "economy"]
    text = "Among other major cities, Chengdu grew 5.7 percent in 2024 and Wuhan 5.2 percent."
    claim = next(c for c in extract(text, date(2025, 2, 5)) if c.text == "5.2 percent")
    assert (claim.kind, claim.metric, claim.entity) == ("change", "economy", "Wuhan")
    text = "Online sales rose 6.5 percent in 2024 and accounted for 26.8 percent of total retail sales."
    assert _field(text, "26.8 percent", "kind", date(2025, 2, 5)) == "level"


def test_a_series_stops_where_the_next_figure_begins_and_a_province_is_named_without_its_kind() -> None:
    text = "The country produces about 70 percent of the world's mined rare earths and around 90 percent of processed output."
    assert _field(text, "70 percent", "metric") == "share of world mined rare earths"
    text = "Guizhou province's outstanding government debt rose to 1.58 trillion yuan at the end of 2024."
    assert _field(text, "1.58 trillion yuan", "entity", date(2025, 3, 20)) == "Guizhou"
    assert _field("The sow herd stood at 40.13 million head.", "40.13 million", "counted") == "head"


def test_a_good_whose_prices_a_headline_opens_with_is_no_name(tmp_path: Path) -> None:
    claims = _page_claims(
        tmp_path,
        "Pork Prices Climb as Hog Herd Shrinks\n\nPork prices in China rose 16.1 percent in October from a year earlier, "
        "the National Bureau of Statistics said.\n\nSource: Caixin, November 10, 2024\n",
    )
    assert [(c.metric, c.entity) for c in claims] == [("pork prices", "China")]


def test_a_part_of_an_owners_total_is_the_parts_and_an_arm_named_in_an_aside_is_the_subject() -> None:
    text = "Xinjiang produced 5.69 million tonnes of cotton in 2024, accounting for 92.2 percent of China's total output."
    assert _field(text, "92.2 percent", "entity", date(2024, 12, 25)) == "Xinjiang"
    text = "The central bank fined Ant Group 7.12 billion yuan. Tencent's payment arm, Tenpay, was fined 2.99 billion yuan."
    assert _field(text, "2.99 billion yuan", "entity", date(2023, 7, 7)) == "Tenpay"


def test_moves_and_levels_said_with_other_words() -> None:
    text = "Deaths rose 1.8 percent in 2024, meaning the population shrank naturally by about 900,000."
    assert _field(text, "900,000", "kind", date(2025, 2, 27)) == "change"
    text = "The stock of naked carp in Qinghai Lake has recovered to 128,000 tonnes."
    assert _field(text, "128,000 tonnes", "metric") == "stock of naked carp"
    assert _field("The campaign recovered 12.6 billion yuan.", "12.6 billion yuan", "metric") is None


def test_a_base_after_any_later_figure_is_that_figures() -> None:
    text = "Office rents fell 4.2 percent in the first half to HK$107, and are down 40 percent from their 2019 peak."
    assert [_field(text, t, "compared_to", date(2024, 7, 9)) for t in ("4.2 percent", "40 percent")] == ["2023-H1", "2019"]


def test_a_group_that_earns_names_its_earnings_whole() -> None:
    text = "Urban residents earned 54,188 yuan on average in 2024."
    assert _field(text, "54,188 yuan", "metric", date(2025, 1, 17)) == "urban residents earnings"


def test_a_rate_named_by_its_subject_time_out_of_a_series_and_time_spent_taking_part() -> None:
    text = "India's fertility rate is 2.0 births per woman, compared with China's 1.2."
    assert [(_field(text, t, "metric"), _field(text, t, "entity")) for t in ("2.0", "1.2")] == [
        ("fertility rate", "India"), ("fertility rate", "China")]
    text = "Nearly 30 percent said they planned to cut staff this year."
    assert _field(text, "30 percent", "metric", date(2024, 4, 22)) == "share planned to cut staff"
    text = "A notice requires the Party's 99.18 million members to take part in at least 32 hours of study sessions this year."
    claim = next(c for c in extract(text, date(2025, 1, 10)) if c.text == "32 hours")
    assert (claim.kind, claim.qualifier) == ("target", "at_least")


def test_what_sets_a_figure_and_the_words_that_describe_a_subject_stay_out_of_it() -> None:
    text = "Most Chinese provinces have set economic growth targets of around 5 percent for 2025."
    claim = extract(text, date(2025, 2, 10))[0]
    assert (claim.metric, claim.entity) == ("economic growth targets", "Chinese provinces")
    text = "Heavily indebted Guizhou lowered its target to 5.5 percent."
    assert _field(text, "5.5 percent", "entity", date(2025, 2, 10)) == "Guizhou"
    assert _field("The Bank of Japan held its rate at 0.25 percent.", "0.25 percent", "entity") == "Bank of Japan"
    text = "Officials ordered returning workers to pay a \"management fee\" of 200 yuan each."
    assert _field(text, "200 yuan", "metric") == "management fee"
    text = "Automakers cut prices in 2024, with average discounts of about 8 percent."
    assert _field(text, "8 percent", "metric", date(2025, 1, 20)) == "average discounts"


def test_a_season_named_by_its_years_and_a_move_that_pushes_a_series_to_a_high() -> None:
    text = "Brazil's soybean harvest for the 2024/25 season is expected to reach a record 166.3 million tonnes."
    claim = extract(text, date(2025, 2, 13))[0]
    assert (claim.metric, claim.entity) == ("soybean harvest", "Brazil")
    text = "Gold imports surged to $14.8 billion in November, pushing the trade deficit to an all-time high of $37.8 billion."
    assert _field(text, "$37.8 billion", "metric", date(2024, 12, 16)) == "trade deficit"
    text = "Since the BN(O) visa route opened in January 2021, Britain has granted 205,000 visas to Hong Kongers."
    assert _field(text, "205,000", "period", date(2024, 8, 15)) is None


def test_a_second_group_after_and_keeps_the_series_and_a_raise_names_what_was_raised() -> None:
    text = (
        "The city has cut the minimum down payment for first-time home buyers to 15 percent from 20 percent, and for "
        "second homes to 20 percent from 30 percent."
    )
    claims = extract(text, date(2024, 7, 12))
    assert [(c.text, c.metric) for c in claims][2:] == [
        ("20 percent", "minimum down payment for second homes"), ("30 percent", "minimum down payment for second homes")]
    text = "Hourly wages were raised to 25 yuan from 21 yuan."
    assert _field(text, "21 yuan", "metric") == "hourly wages"


def test_a_day_on_which_things_were_added_is_their_time() -> None:
    text = "The department added 40 Chinese entities to its export control list on Monday."
    assert _field(text, "40", "period", date(2025, 3, 25)) == "2025-03-24"
    assert _field("Exports rose 5 percent, he added on Monday.", "5 percent", "period", date(2025, 3, 25)) is None


def test_a_participle_after_a_possessive_describes_its_noun_and_a_based_firm_credits_itself() -> None:
    text = "Longhu Group sold homes. The company's contracted sales fell 42 percent in the first four months to 28.6 billion yuan."
    assert _field(text, "42 percent", "metric", date(2024, 5, 20)) == "contracted sales"
    text = "Chongqing-based developer Longhu Group said its sales fell 5 percent."
    assert _field(text, "5 percent", "attributed_to") == "Longhu Group"
    text = "Prices of solar modules in China fell to about 0.7 yuan per watt in December."
    assert _field(text, "0.7 yuan", "metric", date(2025, 1, 22)) == "solar module prices"


def test_a_duration_moved_from_a_network_generation_and_places_that_name_a_series_together() -> None:
    text = "Schools must provide at least two hours of physical activity a day, up from one hour."
    assert [c.text for c in extract(text, date(2024, 8, 20))] == ["two hours", "one hour"]
    text = "China had built 4.19 million 5G base stations by the end of November."
    assert _field(text, "4.19 million", "counted", date(2024, 12, 20)) == "5G base stations"
    text = "Turnover on the Shanghai and Shenzhen exchanges hit a record 2.6 trillion yuan."
    assert _field(text, "2.6 trillion yuan", "metric") == "turnover on shanghai and shenzhen exchanges"


def test_two_kinds_counted_together_are_both_counted() -> None:
    text = "Cambodia has culled more than 3,000 chickens and ducks after an outbreak."
    assert _field(text, "3,000", "counted") == "chickens and ducks"
    text = "The company has 16,000 employees and sells in more than 150 countries."
    assert _field(text, "16,000", "counted") == "employees"


def test_that_after_while_points_back_at_the_series_and_an_adverb_after_had() -> None:
    text = "Investment from Germany rose 10.6 percent, while that from Britain jumped 36.6 percent."
    assert _field(text, "36.6 percent", "metric", date(2025, 1, 17)) == "investment from britain"
    text = "Police said the banks' controlling shareholder had illegally taken in 40 billion yuan."
    assert _field(text, "40 billion yuan", "metric") == "controlling shareholder revenue"


def test_things_counted_where_they_were_recorded() -> None:
    text = "The number of fish species recorded in the Yangtze River rose to 227 in 2024."
    claim = extract(text, date(2025, 3, 1))[0]
    assert (claim.metric, claim.entity) == ("fish species recorded", "Yangtze River")
    assert _field("Data showed retail sales rose 5 percent.", "5 percent", "metric") == "retail sales"


def test_customs_in_a_city_and_authorities_in_a_county_named_in_lower_case() -> None:
    text = "Offshore duty-free sales in Hainan fell 29.3 percent in 2024 to 30.94 billion yuan, customs in Haikou said."
    assert _field(text, "29.3 percent", "attributed_to", date(2025, 1, 6)) == "Haikou customs"
    text = "Authorities in Sichuan's Sertar county have expelled about 400 monks and nuns since March."
    assert _field(text, "400", "entity", date(2024, 7, 30)) == "Sertar county"


def test_a_city_owned_by_its_province_is_where_the_group_is() -> None:
    text = "A village in Zhejiang's Wenzhou has sold 120 mu of collectively owned farmland."
    assert _field(text, "120 mu", "entity", date(2024, 11, 18)) == "Wenzhou"
