"""Credited sources and reporting outlets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract import attribution
from factdb.extract.attribution import (
    Credit,
    acronyms,
    find_credit,
    is_anaphoric,
    is_unnamed,
    pick_outlet,
    quote_depth,
)
from factdb.pages import Outlet

CREDITS = [
    (
        "According to data released by the National Bureau of Statistics, output rose 5%.",
        Credit("National Bureau of Statistics", True),
    ),
    (
        "Retail sales rose 3% in May, the Commerce Department said.",
        Credit("Commerce Department", True),
    ),
    (
        "The General Administration of Customs reported that imports fell 9%.",
        Credit("General Administration of Customs", True),
    ),
    (
        "Data from the Office for National Statistics showed that inflation fell to 2%.",
        Credit("Office for National Statistics", True),
    ),
    (
        "According to statistics that the China Association of Automobile Manufacturers released, sales fell.",
        Credit("China Association of Automobile Manufacturers", True),
    ),
    ("Caixin's China Manufacturing PMI recorded 49.8 for July.", Credit("Caixin", True)),
    (
        "A study published in the journal “Frontiers in Psychology” found 22.8 percent.",
        Credit("Frontiers in Psychology", True),
    ),
    (
        "According to official Chinese statistics, nearly 200,000 soldiers died.",
        Credit("official Chinese statistics", True),
    ),
    (
        "The Paper, citing the Ministry of Civil Affairs’ Q2 statistics, said 3.4 million.",
        Credit("Ministry of Civil Affairs", True),
    ),
    (
        "According to a report by Spain-based group Safeguard Defenders, there are 100.",
        Credit("Safeguard Defenders", True),
    ),
    (
        "Jane Doe, chief economist at the Acme Institute, said growth was 2%.",
        Credit("Jane Doe (Acme Institute)", False),
    ),
    (
        "A spokesman for the Chinese Democratic Party said that 24 members were hurt.",
        Credit("Chinese Democratic Party", False),
    ),
    ("Wang also emphasized that there are three principles.", Credit("Wang", False)),
    (
        "The Office for Budget Responsibility (OBR) estimated that growth may be 4% lower.",
        Credit("Office for Budget Responsibility", True),
    ),
    ("Eurostat data showed euro zone inflation at 2.4% in November.", Credit("Eurostat", True)),
    ("Goldman Sachs economists forecast a 4.5% decline in GDP.", Credit("Goldman Sachs", False)),
    (
        "The figures, published by the Bank of Japan on Monday, show prices up 2.8%.",
        Credit("Bank of Japan", True),
    ),
    (
        "Economists at Nomura estimated that the number could be twice the official figure.",
        Credit("Nomura", False),
    ),
    (
        "The PLA sent 71 aircraft toward Taiwan on Sunday, Taiwan's defense ministry said.",
        Credit("Taiwan's defense ministry", True),
    ),
    ("China's exports rose 12.7% in October, customs data showed on Thursday.", Credit("customs", True)),
    ("GDP grew 6.7%, government data released on Friday showed.", Credit("government data", True)),  # as written
    ("The IMF forecast growth of 3.2% in 2025.", Credit("IMF", True)),
    ("Official data showed output rose 5%.", None),
    ('"Inflation is 2.4 percent," Powell said at a news conference.', Credit("Powell", False)),
    ("Exports rose 4.6% in October, the trade ministry said.", Credit("trade ministry", True)),
    ("New cases fell to 1,200 in May, health ministry figures showed.", Credit("health ministry", True)),
    ("Output rose 2% in May, the labour ministry reported.", Credit("labour ministry", True)),
    ("More than 40,000 people have been killed, the Gaza health ministry says.", Credit("Gaza health ministry", True)),
    ("Turnout was 66%, the electoral commission said.", Credit("electoral commission", True)),
    ("Chinese customs data showed that rare earth exports fell 13.6%.", Credit("Chinese customs", True)),
    # an agency named by what it does, then by its name
    ("Some areas received a year’s worth of rain, the state weather agency AEMET said.", Credit("AEMET", True)),
    ("Prices rose 2%, statistics agency Istat said.", Credit("Istat", True)),
    # `according to` a body's data names the body as its `showed` does
    ("Steel exports climbed 22.7 percent last year, according to customs data.", Credit("customs", True)),
    ("Exports rose 3%, according to Chinese customs statistics released on Monday.", Credit("Chinese customs", True)),
    ("Exports rose 3%, according to government data.", Credit("government data", True)),
    ("Output rose 2%, according to trade ministry figures.", Credit("trade ministry", True)),
    ('"We will train 10,000 talents," China’s Premier Li Qiang said.', Credit("Li Qiang", False)),
    ("The President said growth was 5%.", None),
    ('"Inflation is 2.4 percent," Fed Chair Jerome Powell told reporters.', Credit("Jerome Powell", False)),
    ('"Prices rose 3% last month," said Jane Smith, chief economist at ING.', Credit("Jane Smith (ING)", False)),
    ("About 15,000 people fled, officials told Reuters.", None),
    ("The finance ministry said the deficit was 4%.", Credit("finance ministry", True)),
    ("According to the log, there were 293 incidents.", None),
    ("Analysts expressed the belief that demand was weak.", None),
    ("Output rose 4% in May.", None),
    ("Economists said growth was 2%.", None),
    (
        "Revenue rose 24 percent, the city’s Gaming Inspection and Coordination Bureau said on Wednesday.",
        Credit("Gaming Inspection and Coordination Bureau", True),
    ),
    # an agency that sets a figure is its source; a company that does is not credited for it
    ("The European Commission on Tuesday imposed tariffs of up to 35.3 percent.", Credit("European Commission", True)),
    ("Tesla cut prices by 5%.", None),
    ("The People's Bank of China cut its key rate by 10 basis points.", Credit("People's Bank of China", True)),
    # a survey of some people by someone; a month is nobody
    (
        (
            "A survey of 1,015 residents by the Hong Kong Public Opinion Research Institute, conducted in August, "
            "found that 67 percent had no plans to emigrate."
        ),
        Credit("Hong Kong Public Opinion Research Institute", True),
    ),
    ("Taiwan’s Ministry of National Defense said it detected 45 aircraft.", Credit("Ministry of National Defense", True)),
    ("The IMF predicts growth of 3.2% next year.", Credit("IMF", True)),
    ("The China Iron and Steel Association expects output to grow by 2.6 percent.", Credit("China Iron and Steel Association", True)),
    # a person named by their role in a body speaks for it; a relative or a report
    ("CAAM deputy secretary-general Chen Shihua said exports will grow.", Credit("Chen Shihua (CAAM)", False)),
    ("The court jailed him, his wife Luo Shengchun told Radio Free Asia.", Credit("Luo Shengchun", False)),
    ("Safeguard Defenders said in a new report that China has 102 stations.", Credit("Safeguard Defenders", True)),
    (
        "A survey of 2,500 young professionals by recruitment platform Zhaopin found that 45 percent rent.",
        Credit("Zhaopin", True),
    ),
    ("Spending rose 7.2 percent, according to a budget report submitted to the National People’s Congress.", None),
    (
        "China made 67 launches, according to a tally by Jonathan McDowell of the Harvard-Smithsonian Center for Astrophysics.",
        Credit("Jonathan McDowell (Harvard-Smithsonian Center for Astrophysics)", True),
    ),
]


@pytest.mark.parametrize(("sentence", "credit"), CREDITS)
def test_find_credit(sentence: str, credit: Credit | None) -> None:
    assert find_credit(sentence) == credit


def test_a_name_with_a_comma_is_read_whole_from_its_acronym() -> None:
    text = (
        "GDP expanded 5.1 percent, the Directorate-General of Budget, Accounting and Statistics (DGBAS) said. "
        "The DGBAS raised its full-year growth forecast to 3.9 percent."
    )
    expand = acronyms(text)
    long = "Directorate-General of Budget, Accounting and Statistics"
    assert expand == {"DGBAS": long}
    assert find_credit(text.split(". ")[0], expand) == Credit(long, True)
    assert find_credit(text.split(". ")[1], expand) == Credit(long, True)


def test_acronyms_are_written_out() -> None:
    text = "The Canadian Security Intelligence Service (CSIS) warned staff.\nThe CSIS stated that 5 emails were sent."
    expand = acronyms(text)
    assert expand == {"CSIS": "Canadian Security Intelligence Service"}
    assert find_credit("The CSIS stated that 5 emails were sent.", expand) == Credit(
        "Canadian Security Intelligence Service", False
    )


@pytest.mark.parametrize(
    ("sentence", "anaphoric", "unnamed"),
    [
        ("The data, reported by The Paper, showed 1.2 million divorces.", True, False),
        ("The recently-released statistics did not include September.", True, False),
        ("Analysts said demand was weak.", False, True),
        ("Economists polled by Reuters had forecast a 5.2% rise.", False, True),
        ("Exports fell.", False, False),
    ],
)
def test_sentence_shapes(sentence: str, anaphoric: bool, unnamed: bool) -> None:
    assert (is_anaphoric(sentence), is_unnamed(sentence)) == (anaphoric, unnamed)


def test_quote_depth_counts_open_quotations() -> None:
    assert quote_depth("He said, “At least 30 were beaten.") == 1
    assert quote_depth("They fled.” Then") == -1
    assert quote_depth("“Closed.”") == 0


NBD = Outlet("NBD", date(2024, 7, 31), None, 1)
CAIXIN = Outlet("Caixin", date(2024, 8, 1), None, 2)


@pytest.mark.parametrize(
    ("sentence", "credited", "outlet"),
    [
        ("Caixin's China Manufacturing PMI recorded 49.8 for July.", "Caixin", CAIXIN),
        ("The index (50.1%) is higher than 50.", "National Bureau of Statistics", NBD),
        ("National Business Daily (NBD) reported the PMI was 49.4%.", None, NBD),
    ],
)
def test_pick_outlet(sentence: str, credited: str | None, outlet: Outlet) -> None:
    assert pick_outlet((NBD, CAIXIN), sentence, credited) == outlet


def test_pick_outlet_without_outlets() -> None:
    assert pick_outlet((), "Sales rose 3%.", None) is None


SEED_LINES = [
    line
    for page in sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    for line in page.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
CREDIT_LINES = [sentence for sentence, _ in CREDITS]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(SEED_LINES + CREDIT_LINES),
    st.sampled_from([", ", "that ", "’s ", "'s ", " data ", "The ", "İ", "ſ", ""]),
    st.integers(0, 400),
)
def test_rules_match_only_where_their_starts_say(line: str, insert: str, at: int) -> None:
    """A rule tried only at its start offsets finds what a search of the whole sentence finds."""
    sentence = line[:at] + insert + line[at:]
    for pattern, _, _, starts in attribution._PATTERNS:
        offsets = starts(sentence)
        if offsets is None:
            continue
        found = pattern.search(sentence)
        tried = next((m for start in offsets if (m := pattern.match(sentence, start))), None)
        assert (found and found.span()) == (tried and tried.span()), (pattern.pattern[:60], sentence)
