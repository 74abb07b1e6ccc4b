"""Metric, entity and kind from sentence structure, in wire and business-news style."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.describe import (
    ArticleState,
    _find_countries,
    _trie,
    describe,
    kind_of,
    point_change,
)


def _at(sentence: str, number: str) -> tuple[int, int]:
    start = sentence.index(number)
    return start, start + len(number)


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "kind"),
    [
        ("The company's revenue increased by 58 percent.", "58 percent", "percent", "change"),
        ("Exports rose 7.5% from a year earlier.", "7.5%", "percent", "change"),
        ("Industrial output was down 1.2% in August.", "1.2%", "percent", "change"),
        ("That is 498,000 fewer than the same period in 2023.", "498,000", "count", "change"),
        (
            "It marked a year-on-year reduction of 99.98 percent.",
            "99.98 percent",
            "percent",
            "change",
        ),
        ("The measures led to an 80% drop in exports.", "80%", "percent", "change"),
        ("Sales grew 4% year-on-year.", "4%", "percent", "change"),
        ("The drop for August was 67.6 percent.", "67.6 percent", "percent", "change"),
        ("Capacity will reach 16 billion, a 2.3-fold increase.", "2.3-fold", "times", "change"),
        (
            "It aims to increase its market share to 50 percent by 2025.",
            "50 percent",
            "percent",
            "target",
        ),
        (
            "Output is expected to reach 16 billion square meters.",
            "16 billion square meters",
            "square_meter",
            "target",
        ),
        ("The ministry plans to hire over 40 experts.", "40", "count", "target"),
        ("China will train 10,000 officials.", "10,000", "count", "target"),
        ("The economy may be four percent smaller.", "four percent", "percent", "target"),
        ("The central bank expects inflation to reach 3% next year.", "3%", "percent", "target"),
        ("Indicators include: at least 50 channels; five deals.", "50", "count", "target"),
        ("Japanese brands fell to 14.7%.", "14.7%", "percent", "level"),
        ("Students face a 1.43 times higher risk.", "1.43 times", "times", "level"),
        ("The PMI was 49.4% in July.", "49.4%", "percent", "level"),
        (
            "The factory, with an investment of €340 million, is expected to open in 2023.",
            "€340 million",
            "EUR",
            "level",
        ),
        ("Rates rose from 66.55 percent due to weak sales.", "66.55 percent", "percent", "level"),
        ("Prices were 5% above the target.", "5%", "percent", "change"),
        ("Prices rose by between 5% and 8%.", "5% and 8%", "percent", "change"),
        ("People aged 65 and older made up 29.1 percent of the population.", "29.1 percent", "percent", "level"),
        ("The company said it would cut 1,200 jobs.", "1,200", "count", "target"),
        ("Hong Kong Stocks Fall 2% as Tech Shares Slide", "2%", "percent", "change"),
        ("Prices are expected to rise 3% next year.", "3%", "percent", "target"),
        ("Sales would have risen 5% without the strike.", "5%", "percent", "change"),
        ("The number of Japanese nationals dropped a record 861,000.", "861,000", "count", "change"),
        ("The quake struck 10 km below the surface.", "10 km", "kilometer", "level"),
        ("He grabbed 11 rebounds in 38 minutes.", "11", "count", "level"),
        # every change verb of the shared table, in each of its forms but the base
        ("Inflation eased 0.2 percentage points in June.", "0.2 percentage points", "percentage_point", "change"),
        ("Shares plummeting 40% in a day spooked investors.", "40%", "percent", "change"),
        ("Japanese Stocks Advance 2% as Yen Weakens", "2%", "percent", "change"),
        ("The index inched up 0.1% in July.", "0.1%", "percent", "change"),
        ("Targets include: expanding at least 50 channels; five deals.", "50", "count", "target"),
        # a forecast is a target, of a level or of a move; a result compared with one is not
        ("The IMF forecast growth of 3.2% in 2025.", "3.2%", "percent", "target"),
        ("Analysts had expected a 3% rise.", "3%", "percent", "target"),
        ("Economists predicted inflation of 2.5% in May.", "2.5%", "percent", "target"),
        ("Sales rose a better-than-expected 5% in May.", "5%", "percent", "change"),
        ('Beijing aims for economic growth of "around 5%" this year.', "5%", "percent", "target"),
        ("Inflation was 2.5% in May, higher than expected.", "2.5%", "percent", "level"),
        ("As expected, the bank cut its rate by 25 basis points.", "25 basis points", "percentage_point", "change"),
        ("Output is expected to reach 16 billion tonnes, a 2.3-fold increase.", "2.3-fold", "times", "change"),
        ("The budget is expected to include tax rises of around £40 billion.", "£40 billion", "GBP", "target"),
        ("The transfer fee could rise to €120 million.", "€120 million", "EUR", "target"),
        ("The bank has forecast growth of 7.2 percent.", "7.2 percent", "percent", "target"),  # `has`, not `as`
        ("The CCP has set up at least 102 overseas stations.", "102", "count", "level"),  # no move `up`
    ],
)
def test_kind(sentence: str, number: str, unit: str, kind: str) -> None:
    assert kind_of(sentence, *_at(sentence, number), unit) == kind


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "counted", "metric", "entity"),
    [
        (
            "the July manufacturing purchasing managers index (PMI) was 49.4%.",
            "49.4%",
            "percent",
            None,
            "manufacturing pmi",
            "Japan",
        ),
        (
            "In 2023, Chinese brands held 56.2% of the passenger car market.",
            "56.2%",
            "percent",
            None,
            "passenger car market share",
            "Chinese brands",
        ),
        ("the new order index (49.3%) fell.", "49.3", "percent", None, "new order index", "Japan"),
        (
            "Lufthansa's net profit rose 12% to 1.4 billion euros.",
            "12%",
            "percent",
            None,
            "net profit",
            "Lufthansa",
        ),
        (
            "The capacity utilization rate of passenger vehicles in Japan was 53.74 percent.",
            "53.74 percent",
            "percent",
            None,
            "capacity utilization rate of passenger vehicles",
            "Japan",
        ),
        (
            "The measures led to an 80% drop in Lithuania's 2022 exports to China.",
            "80%",
            "percent",
            None,
            "exports to china",
            "Lithuania",
        ),
        (
            "By 2022, Acme had achieved a market share of 37 percent.",
            "37 percent",
            "percent",
            None,
            "market share",
            "Acme",
        ),
        (
            "Retail sales in Germany fell 2.1% in May.",
            "2.1%",
            "percent",
            None,
            "retail sales",
            "Germany",
        ),
        (
            "About 54 percent of university students were stressed.",
            "54 percent",
            "percent",
            None,
            "share of university students",
            "university students",
        ),
        (
            "SpaceX's Starlink, which has launched about 5,500 satellites, leads.",
            "5,500",
            "count",
            "satellites",
            "satellites launched",
            "SpaceX's Starlink",
        ),
        (
            "Nearly 200,000 soldiers were killed in battle.",
            "200,000",
            "count",
            "soldiers",
            "soldiers killed",
            "Japan",
        ),
        (
            "The netizen was detained for seven days.",
            "seven days",
            "day",
            None,
            "detained duration",
            "Japan",
        ),
        (
            "Surrogacy fees range from 400,000 to 550,000 yuan.",
            "400,000 to 550,000 yuan",
            "CNY",
            None,
            "surrogacy fees",
            "Japan",
        ),
        (
            "It costs an additional 10,000 yuan fee for processing.",
            "10,000 yuan",
            "CNY",
            None,
            "fee for processing",
            "Japan",
        ),
        (
            "Students face a 1.43 times higher risk of mental disorders.",
            "1.43 times",
            "times",
            None,
            "risk of mental disorders ratio",
            "Japan",
        ),
        (
            "A survey was conducted on nearly 80,000 university students.",
            "80,000",
            "count",
            "university students",
            "survey sample size",
            "Japan",
        ),
        (
            "In the market for battery materials, Chinese firms hold a market share of 74 to 88 percent.",
            "74 to 88 percent",
            "percent",
            None,
            "battery materials market share",
            "Chinese firms",
        ),
        (
            "The plant, with an investment of about €340 million, opens in 2025.",
            "€340 million",
            "EUR",
            None,
            "plant investment",
            "Japan",
        ),
        (
            "The country recorded 3.43 million marriages.",
            "3.43 million",
            "count",
            "marriages",
            "marriage registrations",
            "Japan",
        ),
        (
            "The city used three steps to build a friendly city relationship.",
            "three",
            "count",
            "steps",
            "steps to build friendly city relationship",
            "Japan",
        ),
        (
            "Over 100 mass incidents each year were logged.",
            "100",
            "count",
            "mass incidents",
            "mass incidents per year",
            "Japan",
        ),
        ("The temperature hit 41 degrees Celsius.", "41 degrees Celsius", "degree_celsius", None, "temperature", "Japan"),
        ("Its top speed is 120mph.", "120mph", "mile_per_hour", None, "top speed", "Japan"),
        # `pay` before its verb is the noun, not a payment to someone
        ("Average pay was 3,800 yuan.", "3,800 yuan", "CNY", None, "average pay", "Japan"),
        # a payment is a series of its own, raised or cut
        ("Pensions were raised by 3 percent in 2024.", "3 percent", "percent", None, "pensions", "Japan"),
        ("Allowances were cut by 5 percent.", "5 percent", "percent", None, "allowances", "Japan"),
        # a passive verb, irregular or with its particle, says what became of the things counted
        ("More than 1,200 vehicles were swept away in the flood.", "1,200", "count", "vehicles", "vehicles swept away", "Japan"),
        ("Some 300 homes were washed away.", "300", "count", "homes", "homes washed away", "Japan"),
        # a relative clause says which of the things counted
        ("There are 5 reactors that are currently offline.", "5", "count", "reactors", "reactors currently offline", "Japan"),
        ("It has 40 stores that sell only organic food.", "40", "count", "stores", "stores that sell only organic food", "Japan"),
        # a participle after a preposition is an adjective: `of the registered population`
        ("Women accounted for 37.6 percent of the registered population.", "37.6 percent", "percent", None,
         "share of registered population", "Women"),
        # places a series spread to; another figure's count is no part of their name
        ("2,863 cases were reported across 12 countries.", "12", "count", "countries", "countries with cases", "Japan"),
        # the other end of a move is no part of what moved
        ("Japan will cut the visa-free stay to 30 days from 60 days.", "60 days", "day", None, "visa-free stay", "Japan"),
        ("It will raise the tariff on EVs to 100 percent from 25 percent.", "25 percent", "percent", None, "tariff on evs", "Japan"),
    ],
)
def test_metric_and_entity(
    sentence: str, number: str, unit: str, counted: str | None, metric: str, entity: str | None
) -> None:
    # the fallback entity is the article's topic; `marriage registrations` is a series it names
    state = ArticleState("The country is Japan. Japan again. Marriage registrations fell.")
    state.observe("Japan")
    got = describe(sentence, *_at(sentence, number), unit, counted, state)
    assert (got.metric, got.entity) == (metric, entity)


def test_acronym_long_forms_are_aliases() -> None:
    sentence = "The manufacturing purchasing managers' index (PMI) stood at 50.8 in March."
    got = describe(sentence, *_at(sentence, "50.8"), "index", None, ArticleState())
    assert got.metric == "manufacturing pmi"
    assert set(got.aliases) == {
        "purchasing managers index",
        "pmi",
        "manufacturing purchasing managers index",
    }


def test_parallel_figures_share_the_series() -> None:
    sentence = "Chinese brands held 56.2% of the car market, while Japanese brands fell to 14.7%."
    state = ArticleState()
    first = describe(sentence, *_at(sentence, "56.2%"), "percent", None, state)
    second = describe(sentence, *_at(sentence, "14.7%"), "percent", None, state, previous=first)
    assert (second.metric, second.entity) == ("car market share", "Japanese brands")


def test_conversion_takes_the_series_before_it() -> None:
    sentence = "Imports of seafood were worth 2.4 million yuan (US$ 339,000)."
    state = ArticleState()
    first = describe(sentence, *_at(sentence, "2.4 million yuan"), "CNY", None, state)
    second = describe(
        sentence,
        *_at(sentence, "US$ 339,000"),
        "USD",
        None,
        state,
        previous=first,
        same_family=False,
    )
    assert first.metric == second.metric == "imports of seafood"


def test_a_pointing_back_sentence_takes_the_antecedent_series() -> None:
    sentence = "The same numbers in June of 2019 were 34,001."
    antecedent = describe(
        "8 student visas were granted.", 0, 1, "count", "student visas", ArticleState()
    )
    got = describe(
        sentence, *_at(sentence, "34,001"), "count", None, ArticleState(), antecedent=antecedent
    )
    assert got.metric == "student visas granted"


def test_company_pronouns_resolve_to_the_most_named_organisation() -> None:
    body = "Yunnan Energy New Material grew. Then Yunnan Energy New Material hired. China watched."
    state = ArticleState(body)
    state.observe(body)  # a name the article has come to, not one further on
    sentence = "The company's revenue increased by 58 percent."
    assert (
        describe(sentence, *_at(sentence, "58 percent"), "percent", None, state).entity
        == "Yunnan Energy New Material"
    )


def test_topic_prefers_the_headline_name_over_outlets() -> None:
    state = ArticleState(
        "Epoch Times saw it. Epoch Times said so. Authorities in Zhanjiang city logged it in Zhanjiang city.",
        "Log Shows How Zhanjiang Deals with Incidents",
        ("Epoch Times",),
    )
    assert state.topic() == "Zhanjiang City"


@pytest.mark.parametrize(
    ("unit", "kind", "metric", "previous", "expected"),
    [
        ("percent", "change", "manufacturing pmi", "percent", "percentage_point"),
        ("percent", "change", "production index", None, "percentage_point"),
        ("percent", "change", "unemployment rate", None, "percentage_point"),
        ("percent", "change", "revenue", None, "percent"),
        ("percent", "change", "producer price index", None, "percent"),
        ("percent", "change", "exports", "CNY", "percent"),
        ("percent", "level", "market share", "percent", "percent"),
        ("count", "change", "marriages", "count", "count"),
    ],
)
def test_point_change(
    unit: str, kind: str, metric: str, previous: str | None, expected: str
) -> None:
    assert point_change(unit, kind, metric, previous) == expected


def test_age_description_names_the_person() -> None:
    sentence = "Protester Zhou Qihong, 74, was assaulted."
    got = describe(sentence, *_at(sentence, "74"), "year", None, ArticleState())
    assert (got.metric, got.entity, got.kind) == ("age", "Protester Zhou Qihong", "level")


def test_age_description_names_the_subject() -> None:
    sentence = "Djokovic won his 24th Grand Slam title at the age of 36."
    got = describe(sentence, *_at(sentence, "36"), "year", None, ArticleState())
    assert (got.metric, got.entity) == ("age", "Djokovic")


def test_as_much_as_keeps_the_change_and_its_subject() -> None:
    sentence = "Shares of GameStop soared as much as 40% in early trading."
    got = describe(sentence, *_at(sentence, "40%"), "percent", None, ArticleState())
    assert (got.metric, got.entity, got.kind) == ("shares", "GameStop", "change")


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "metric"),
    [
        ("In June, local governments issued 3.16 trillion yuan of special bonds.", "3.16 trillion yuan", "CNY", "special bonds"),
        ("Analysts estimated that 14 trillion yuan of that debt is at high risk.", "14 trillion yuan", "CNY", "debt"),
        ("The Treasury sold $2.5tn of bills last quarter.", "$2.5tn", "USD", "bills"),
        ("The price was 1.5 times the list price.", "1.5 times", "times", "list price"),
    ],
)
def test_what_a_sum_of_money_is_made_of(sentence: str, number: str, unit: str, metric: str) -> None:
    assert describe(sentence, *_at(sentence, number), unit, None, ArticleState()).metric == metric


def test_a_study_length_is_not_its_population() -> None:
    state = ArticleState("The study followed 12,000 women for an average of 9.5 years.")
    assert state.population is None
    assert ArticleState("A survey of 1,000 adults found it.").population == "adults"
    assert ArticleState("The poll of 1,005 adults has a margin of error.").population == "adults"
    assert ArticleState("A study of 500 older workers was published.").population == "older workers"


@pytest.mark.parametrize(
    ("sentence", "number", "metric", "entity"),
    [
        ("Industrial profits at China's industrial firms rose 2.7% in October.", "2.7%", "industrial profits", "China"),
        ("Rents in London rose by 10.5% last year.", "10.5%", "rents", "London"),
        ("Outstanding yuan loans grew 10.8% from a year earlier.", "10.8%", "outstanding yuan loans", None),
        ("Foreign direct investment into China dropped 29.8%.", "29.8%", "foreign direct investment", "China"),
        ("The S&P 500 has gained 24% so far this year.", "24%", "s&p 500", "United States"),
        ("Germany's economy shrank 0.3% in 2023.", "0.3%", "economy", "Germany"),
        ("Nvidia's data center revenue soared 279%.", "279%", "data center revenue", "Nvidia"),
    ],
)
def test_a_series_subject_with_its_owner(sentence: str, number: str, metric: str, entity: str | None) -> None:
    got = describe(sentence, *_at(sentence, number), "percent", None, ArticleState())
    assert (got.metric, got.entity) == (metric, entity)


@pytest.mark.parametrize(
    ("sentence", "number", "metric", "kind"),
    [
        ("The trade surplus narrowed to $68.4 billion in October.", "$68.4 billion", "trade surplus", "level"),
        ("The deficit widened by $2 billion.", "$2 billion", "deficit", "change"),
        ("The won has weakened about 3% against the dollar this year.", "3%", "won exchange rate against the dollar", "change"),
    ],
)
def test_verbs_of_balances_and_currencies(sentence: str, number: str, metric: str | None, kind: str) -> None:
    got = describe(sentence, *_at(sentence, number), "USD" if "$" in number else "percent", None, ArticleState())
    assert (got.metric, got.kind) == (metric, kind)


@pytest.mark.parametrize(
    ("sentence", "number", "metric"),
    [
        ("Retail sales, a gauge of consumption, grew 4.8% in October.", "4.8%", "retail sales"),
        ("Exports rose 5%, the fastest pace since 2020, and imports fell 2%.", "2%", "imports"),
        ("Exports rose 5% and imports fell 2%.", "2%", "imports"),
        (
            "The unemployment rate for people aged 16 to 24, excluding students, rose to 18.8 percent.",
            "18.8 percent",
            "youth unemployment rate",
        ),
        ("The actual number of unemployed youth could be 30 percent.", "30 percent", "actual number of unemployed youth"),
        ("Transsion held a 19 percent market share.", "19 percent", "market share"),
        ("Oppo's shipments fell by 3 percent.", "3 percent", "shipments"),
        ("The plan calls for raising the urbanization rate to 65%.", "65%", "urbanization rate"),
        ("Analysts expect coffee output in Kenya to grow by 5 percent.", "5 percent", "coffee output"),
    ],
)
def test_the_subject_past_asides_and_earlier_figures(sentence: str, number: str, metric: str) -> None:
    assert describe(sentence, *_at(sentence, number), "percent", None, ArticleState()).metric == metric


def test_a_name_before_at_is_the_entity_of_its_figure() -> None:
    sentence = "Transsion held a 19 percent market share, followed by Samsung at 18 percent."
    first = describe(sentence, *_at(sentence, "19 percent"), "percent", None, ArticleState())
    second = describe(sentence, *_at(sentence, "18 percent"), "percent", None, ArticleState(), previous=first)
    assert (second.metric, second.entity) == ("market share", "Samsung")


def test_a_planned_change_is_a_target_of_its_series() -> None:
    sentence = "The government aims to cut emissions by 30% by 2030."
    got = describe(sentence, *_at(sentence, "30%"), "percent", None, ArticleState())
    assert (got.metric, got.kind) == ("emissions", "target")
    forecast = "Sales are expected to reach 16 billion, a 2.3-fold increase."
    assert kind_of(forecast, *_at(forecast, "2.3-fold"), "times") == "change"


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "metric", "entity"),
    [
        ("Trips rose 5 percent.", "5 percent", "percent", "trips", None),  # a plural opening a sentence
        ("Trips during the National Day Golden Week rose 5 percent.", "5 percent", "percent", "trips", None),
        ("The comedy “YOLO” led with 2.6 billion yuan.", "2.6 billion yuan", "CNY", None, "YOLO"),
        ("Chinese cinemas took in 8.02 billion yuan.", "8.02 billion yuan", "CNY", "cinemas revenue", None),
        ("China exported 4,120 tons of rare earths.", "4,120 tons", "metric_ton", "rare earth exports", "China"),
        ("The country imported 10 million tonnes of soybeans.", "10 million tonnes", "metric_ton", "soybean imports", None),
        ("The storm dumped 30 inches of snow.", "30 inches", "inch", "snowfall", None),
    ],
)
def test_series_named_by_plurals_titles_and_trade_verbs(
    sentence: str, number: str, unit: str, metric: str | None, entity: str | None
) -> None:
    got = describe(sentence, *_at(sentence, number), unit, None, ArticleState(sentence))
    assert (got.metric, got.entity) == (metric, entity)


def test_a_title_in_quotes_before_at_is_the_entity() -> None:
    sentence = "“YOLO” took 2.6 billion yuan, followed by “Pegasus 2” at 2.3 billion yuan."
    got = describe(sentence, *_at(sentence, "2.3 billion yuan"), "CNY", None, ArticleState())
    assert got.entity == "Pegasus 2"


def test_a_company_named_short_is_its_full_name_but_a_place_is_not() -> None:
    state = ArticleState(
        "A court ordered the liquidation of China Evergrande Group. Shenzhen Metro Group runs 17 lines.",
        "Court Orders Evergrande to Liquidate",
    )
    sentence = "Evergrande’s shares fell 21 percent, and ridership in Shenzhen rose 18 percent."
    shares = describe(sentence, *_at(sentence, "21 percent"), "percent", None, state)
    ridership = describe(sentence, *_at(sentence, "18 percent"), "percent", None, state)
    assert (shares.entity, ridership.entity) == ("China Evergrande Group", "Shenzhen")


def test_a_holiday_is_a_time_not_a_name() -> None:
    state = ArticleState("Cinemas took in 8 billion yuan during the Spring Festival holiday. Spring Festival travel grew.")
    assert "Spring Festival" not in state.names


def test_a_one_word_series_is_the_fuller_one_named_before() -> None:
    state = ArticleState()
    first = "China exported 4,120 tons of rare earths in November."
    describe(first, *_at(first, "4,120 tons"), "metric_ton", None, state)
    later = "Exports in the first 11 months rose 8.9 percent."
    assert describe(later, *_at(later, "8.9 percent"), "percent", None, state).metric == "rare earth exports"
    # an article that uses the word alone keeps it alone
    state = ArticleState()
    for sentence, number in (("Exports rose 5 percent.", "5 percent"), ("Steel exports fell 2 percent.", "2 percent")):
        describe(sentence, *_at(sentence, number), "percent", None, state)
    again = "Exports in October rose 3 percent."
    assert describe(again, *_at(again, "3 percent"), "percent", None, state).metric == "exports"


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "counted", "metric", "entity"),
    [
        (
            "Authorities in northern Myanmar have handed over 1,207 telecom fraud suspects to Chinese police since September.",
            "1,207",
            "count",
            "telecom fraud suspects",
            "telecom fraud suspects handed to chinese police",
            "Myanmar",
        ),
        ("Among them were 63 suspected financiers.", "63", "count", "suspected financiers", "suspected financiers", None),
        (
            "The ministry said that telecom fraud caused losses of more than 300 billion yuan.",
            "300 billion yuan",
            "CNY",
            None,
            "telecom fraud losses",
            None,
        ),
        (
            "In Beijing, children’s hospitals received about 9,000 patients a day.",
            "9,000",
            "count",
            "patients",
            "patients per day",
            "Beijing",
        ),
        (
            "Mycoplasma accounted for 40 percent of respiratory infections among children aged 5 to 14.",
            "40 percent",
            "percent",
            None,
            "share of respiratory infections",
            "children",
        ),
        ("Infections among children aged 5 to 14 rose.", "5 to 14", "year", None, "age", "children"),
    ],
)
def test_places_groups_and_causes_of_a_figure(
    sentence: str, number: str, unit: str, counted: str | None, metric: str, entity: str | None
) -> None:
    got = describe(sentence, *_at(sentence, number), unit, counted, ArticleState())
    assert (got.metric, got.entity) == (metric, entity)


def test_a_multiple_of_the_normal_level_is_the_series_before_it() -> None:
    sentence = "Hospitals received about 9,000 patients a day, three times the normal level."
    first = describe(sentence, *_at(sentence, "9,000"), "count", "patients", ArticleState())
    second = describe(sentence, *_at(sentence, "three times"), "times", None, ArticleState(), previous=first)
    assert second.metric == first.metric == "patients per day"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Authorities in Myanmar, Laos and Bosnia and Herzegovina", ["Myanmar", "Laos", "Bosnia and Herzegovina"]),
        ("Hong Kong, the U.S. and South Korea", ["Hong Kong", "United States", "South Korea"]),
        ("Chad Smith of New Jersey met officials from Georgia and Jordan", []),  # names and states first
    ],
)
def test_countries_come_from_iso_names_and_the_usual_forms(text: str, countries: list[str]) -> None:
    assert [c for _, _, c in _find_countries(text)] == countries


@given(st.lists(st.text(alphabet="abAB .", min_size=1, max_size=5), min_size=1, max_size=8), st.text(alphabet="abAB .", max_size=12))
def test_the_trie_pattern_matches_what_the_alternation_matches(words: list[str], text: str) -> None:
    alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert [m[0] for m in re.finditer(_trie(words), text)] == [m[0] for m in alternation.finditer(text)]


@pytest.mark.parametrize(
    ("body", "headline", "topic"),
    [
        # a headline's short name counts for the full one the body gives, a possessive too
        (
            "Alibaba Group Holding reported revenue of 236.5 billion yuan. Taobao and Tmall Group posted more.",
            "Alibaba Quarterly Revenue Rises 5 Percent",
            "Alibaba Group Holding",
        ),
        (
            "Huawei Technologies reported revenue of RMB 704.2 billion. Rotating chairman Ken Hu spoke.",
            "Huawei’s Revenue Rebounds as Smartphone Sales Recover",
            "Huawei Technologies",
        ),
        # a place heading a Title Case headline, which the body names
        (
            "The Shenzhen Municipal Housing and Construction Bureau announced subsidies.",
            "Shenzhen Offers Housing Subsidies to Graduates",
            "Shenzhen",
        ),
    ],
)
def test_what_an_article_is_about(body: str, headline: str, topic: str) -> None:
    assert ArticleState(body, headline).topic() == topic


@pytest.mark.parametrize(
    ("body", "headline", "name", "not_names"),
    [
        (
            "Depositors protested outside the People’s Bank of China in Zhengzhou.",
            "Henan Bank Depositors Wait",
            "People’s Bank of China",
            ["Bank"],
        ),
        ("The Hang Seng Index closed up 2.1 percent at the close.", "Hang Seng Index Jumps", None, ["Hang Seng Index"]),
    ],
)
def test_names_an_article_counts(body: str, headline: str, name: str | None, not_names: list[str]) -> None:
    names = ArticleState(body, headline).names
    assert name is None or name in names
    assert not any(n in names for n in not_names)
