"""Period labels: finding time references, resolving them, choosing one per quantity."""

from __future__ import annotations

from datetime import date

import pytest

from factdb.extract.periods import (
    PeriodMention,
    Role,
    choose_period,
    compared_label,
    context_label,
    enclosing_label,
    find_periods,
    period_range,
    shift_label,
)

PUBLISHED = date(2024, 7, 31)


@pytest.mark.parametrize(
    ("label", "first", "last"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
        ("2024-H2", date(2024, 7, 1), date(2024, 12, 31)),
        ("2024-Q2", date(2024, 4, 1), date(2024, 6, 30)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-07-31", date(2024, 7, 31), date(2024, 7, 31)),
        ("2024-q4", date(2024, 10, 1), date(2024, 12, 31)),
    ],
)
def test_period_range(label: str, first: date, last: date) -> None:
    assert period_range(label) == (first, last)


@pytest.mark.parametrize(
    "label", ["", "24", "2024-13", "2024-Q5", "2024-H3", "July 2024", "2024-02-30"]
)
def test_period_range_rejects_bad_labels(label: str) -> None:
    with pytest.raises(ValueError):
        period_range(label)


@pytest.mark.parametrize(
    ("first", "last", "label"),
    [
        (date(2019, 2, 25), date(2019, 3, 3), "2019-Q1"),
        (date(2023, 3, 27), date(2023, 4, 27), "2023-H1"),
        (date(2023, 11, 15), date(2023, 11, 17), "2023-11"),
        (date(2023, 5, 1), date(2023, 9, 1), "2023"),
        (date(2019, 1, 2), date(2020, 6, 28), None),
        (date(2020, 3, 11), date(2020, 3, 11), "2020-03-11"),
    ],
)
def test_enclosing_label(first: date, last: date, label: str | None) -> None:
    assert enclosing_label(first, last) == label


@pytest.mark.parametrize(
    ("label", "years", "months", "expected"),
    [
        ("2024-01", 0, -1, "2023-12"),
        ("2024-H1", -1, 0, "2023-H1"),
        ("2022", -1, 0, "2021"),
        ("2024-07-31", 0, -1, "2024-06-30"),
    ],
)
def test_shift_label(label: str, years: int, months: int, expected: str) -> None:
    assert shift_label(label, years=years, months=months) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the July manufacturing PMI was 49.4%", [("July", "2024-07", Role.PERIOD)]),
        ("down 0.1 percent from June", [("June", "2024-06", Role.COMPARED)]),
        ("up 2.3 trillion yuan from the end of 2023", [("2023", "2023", Role.COMPARED)]),
        ("the Long March 5 rocket", []),
        ("On Monday March 4 prices rose", [("March 4", "2024-03-04", Role.PERIOD)]),
        ("in the first half of 2024", [("the first half of 2024", "2024-H1", Role.PERIOD)]),
        (
            "in the first two quarters of 2024",
            [("the first two quarters of 2024", "2024-H1", Role.PERIOD)],
        ),
        ("Q2 2024 statistics", [("Q2 2024", "2024-Q2", Role.PERIOD)]),
        # weeks named from the publication day (a Wednesday): Monday to Sunday, in the period that holds them
        ("the index slipped to 134.2 last week", [("last week", "2024-07", Role.PERIOD)]),
        ("sales rose this week", [("this week", "2024-Q3", Role.PERIOD)]),  # July 29 to August 4
        ("prices fell over the past week", [("past week", "2024-07", Role.PERIOD)]),
        ("down 28% since the peak in 2021", [("2021", "2021", Role.OPEN)]),
        # a part of this year or last year (published 2024-07-31)
        ("in the first half of this year", [("the first half of this year", "2024-H1", Role.PERIOD)]),
        ("in the third quarter of last year", [("the third quarter of last year", "2023-Q3", Role.PERIOD)]),
        ("in the first five months of last year", [("the first five months of last year", "2023-H1", Role.PERIOD)]),
        ("Since the crackdown began in July 2015, 300 were held", [("July 2015", "2015-07", Role.OPEN)]),
        ("between April 2021 and July 2022", [("between April 2021 and July 2022", None, Role.PERIOD)]),
        ("between March and May 2023", [("between March and May 2023", "2023-H1", Role.PERIOD)]),
        # the week ending on a day is the seven days up to it
        ("cases rose in the week ending December 10", [("December 10", "2023-12", Role.PERIOD)]),
        ("cases rose in the week ending December 3", [("December 3", "2023-Q4", Role.PERIOD)]),
        ("in the third quarter", [("the third quarter", "2024-Q3", Role.PERIOD)]),
        ("profit fell last year", [("last year", "2023", Role.PERIOD)]),
        ("By 2022, the company", [("2022", "2022", Role.BY)]),
        ("by the end of 2025", [("2025", "2025", Role.BY)]),
        ("in October 2023 imports", [("October 2023", "2023-10", Role.PERIOD)]),
        ("in June of 2019", [("June of 2019", "2019-06", Role.PERIOD)]),
        ("this June’s number", [("this June", "2024-06", Role.PERIOD)]),
        ("on September 13, 2019, villagers", [("September 13, 2019", "2019-09-13", Role.PERIOD)]),
        (
            "from March 27 to April 27, 2023",
            [("March 27 to April 27, 2023", "2023-H1", Role.PERIOD)],
        ),
        ("the week of Feb 10 – 16, 2020", [("Feb 10 – 16, 2020", "2020-02", Role.PERIOD)]),
        ("from November 15 to 17", [("November 15 to 17", "2023-11", Role.PERIOD)]),
        ("for the 2022 fiscal year", [("2022 fiscal year", "2022", Role.PERIOD)]),
        ("in fiscal 2023", [("fiscal 2023", "2023", Role.PERIOD)]),
        ("since 2014", [("2014", "2014", Role.OPEN)]),
        ("from 2017 to 2019", [("2017 to 2019", None, Role.OPEN)]),
        ("September’s imports", [("September", "2023-09", Role.PERIOD)]),
        ("It may rise. Marriages fell", []),
        ("the “2024 Invitation for Talents” email", []),
        ("the “2022 National Health Report”", [("2022", "2022", Role.PERIOD)]),
        ("12% more than in 2019", [("2019", "2019", Role.COMPARED)]),
        ("sales from January to June rose", [("January to June", "2024-H1", Role.PERIOD)]),
        ("an increase of 7.2% over last year", [("last year", "2023", Role.COMPARED)]),
        # the span a change took, so on a year before: not last calendar year
        ("prices rose 5% over the past year", [("past year", None, Role.COMPARED)]),
        # a reporting window closed by a month: a quarter or half only when it is one
        ("in the three months to June", [("June", "2024-Q2", Role.PERIOD)]),
        ("in the three months to April", [("April", "2024-H1", Role.PERIOD)]),  # February to April: the half
        ("in the six months to September", [("September", "2023", Role.PERIOD)]),  # a September before July
        ("in the six months to March", [("March", None, Role.PERIOD)]),  # across a year boundary
        ("in the six months to June", [("June", "2024-H1", Role.PERIOD)]),
        # a year to a month other than December crosses a year boundary, unless it is a fiscal year
        ("visas fell 13 percent in the year to June", [("June", None, Role.PERIOD)]),
        ("profit rose in the fiscal year ended June", [("June", "2024", Role.PERIOD)]),
        # a record's frame, a yardstick year and a report's day date nothing
        ("the steepest decline since June 2015", []),
        ("its highest close since mid-March", []),
        ("the fastest pace since the end of 2022", []),
        ("recovering to 85 percent of 2019 levels", []),
        ("sales fell in the first six weeks of 2024", [("the first six weeks of 2024", "2024-Q1", Role.PERIOD)]),
        ("set targets in its work report on Tuesday", []),
        # a weekday is the last one up to the publication date (a Wednesday), unless it dates an announcement
        ("police arrested 12 people on Tuesday", [("on Tuesday", "2024-07-30", Role.PERIOD)]),
        ("shares rose 8% on Wednesday", [("on Wednesday", "2024-07-31", Role.PERIOD)]),
        ("the rate fell to 4%, the bureau said on Friday", []),
        ("a study published in the BMJ on Monday", []),
        # a day of the month alone: of the month published (July 31), or of the one before; not an anniversary
        ("ships entered on the morning of the 14th and left", [("on the morning of the 14th", "2024-07-14", Role.PERIOD)]),
        ("the meeting it held on the 30th.", [("on the 30th", "2024-07-30", Role.PERIOD)]),
        ("celebrated on the 20th anniversary", []),
        # `said that` opens what was said: a date in it is the event's, not the saying's
        ("the bureau said that ships entered the area on Tuesday", [("on Tuesday", "2024-07-30", Role.PERIOD)]),
        # a span of this week's days (July 31 is a Wednesday): the smallest period holding them
        ("from 6 a.m. Monday to 6 a.m. Tuesday it detected 71 aircraft",
         [("from 6 a.m. Monday to 6 a.m. Tuesday", "2024-07", Role.PERIOD)]),
        ("from Friday to Monday", [("from Friday to Monday", "2024-07", Role.PERIOD)]),
        # a quarter named by the month that closes it
        ("revenue for the June quarter", [("June", "2024-Q2", Role.PERIOD)]),
        ("GDP grew 5.4 percent in the September quarter", [("September", "2023-Q3", Role.PERIOD)]),
        ("sales in June rose by a quarter", [("June", "2024-06", Role.PERIOD)]),
    ],
)
def test_find_periods(sentence: str, expected: list[tuple[str, str | None, Role]]) -> None:
    published = (
        date(2023, 11, 19) if "September" in sentence or "November" in sentence else PUBLISHED
    )
    found = find_periods(sentence, published)
    assert [(sentence[m.start : m.end], m.label, m.role) for m in found] == expected


def test_bare_month_after_publication_is_last_year() -> None:
    assert [m.label for m in find_periods("sales in December", date(2024, 3, 5))] == ["2023-12"]


def test_without_publication_date_relative_references_stay_open() -> None:
    assert [m.label for m in find_periods("sales in December rose last year", None)] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "period", "compared"),
    [
        ("a decrease of 43,000 compared to the first half of 2023", "2024-H1", "2023-H1"),
        ("498,000 fewer than the same period in 2023", "2024-H1", "2023-H1"),
        ("a decrease of 99.3 percent compared to the same month last year", "2023-10", "2022-10"),
        ("up 3% year-on-year", "2024-06", "2023-06"),
        ("rose 58 percent compared to the previous year", "2022", "2021"),
    ],
)
def test_relative_comparisons_follow_the_claim_period(
    sentence: str, period: str, compared: str
) -> None:
    (mention,) = [m for m in find_periods(sentence, date(2024, 8, 4)) if m.role is Role.COMPARED]
    assert compared_label(mention, period) == compared


def test_choose_nearest_and_tie_goes_after() -> None:
    sentence = "dropped from 66.55 percent in 2017 to 53.74 percent in 2019"
    mentions = find_periods(sentence, None)
    first = sentence.index("66.55")
    second = sentence.index("53.74")
    assert choose_period(mentions, first, first + 13)[0] == "2017"
    assert choose_period(mentions, second, second + 13)[0] == "2019"


def test_target_ignores_the_announcement_date() -> None:
    sentence = "In September, the premier said China will train 10,000 talents."
    start = sentence.index("10,000")
    mentions = find_periods(sentence, date(2023, 11, 25))
    assert choose_period(mentions, start, start + 6, target=True, context="2023-10") == (None, None)
    assert choose_period(mentions, start, start + 6)[0] == "2023-09"


def test_context_is_inherited_and_open_start_blocks_it() -> None:
    assert choose_period([], 0, 1, context="2024-07") == ("2024-07", None)
    open_start = find_periods("Starting in October 1950, China sent", None)
    assert choose_period(open_start, 30, 35, context="2020") == (None, None)


@pytest.mark.parametrize(
    ("sentence", "figure", "base"),
    [
        ("Its shares have lost 99 percent of their value since 2021.", "99 percent", "2021"),
        ("Exports have risen 40 percent since January.", "40 percent", "2024-01"),
        ("Exports have risen 40 percent since mid-January.", "40 percent", "2024-01"),
        # the start belongs to a record, not to the change
        ("Exports jumped 21 percent to 10.2 million tonnes, the highest volume since 2016.", "21 percent", None),
        ("Prices fell 0.6% from August, bringing the decline since the peak in 2021 to 28 percent.", "28 percent", "2021"),
        ("Shares, which have lost half their value since 2021, fell 21 percent.", "21 percent", None),
    ],
)
def test_open_start_right_after_a_change_is_its_base(sentence: str, figure: str, base: str | None) -> None:
    start = sentence.index(figure)
    period, mention = choose_period(find_periods(sentence, PUBLISHED), start, start + len(figure))
    assert period is None
    assert (mention.label if mention else None) == base


@pytest.mark.parametrize(
    ("sentence", "published", "label"),
    [
        # 2024: February 10-17, the days off and the weekend that join them
        ("Cinemas took in 8 billion yuan during the eight-day Spring Festival holiday.", date(2024, 2, 18), "2024-02"),
        ("Trips during the Spring Festival rose.", date(2025, 2, 10), "2025-Q1"),  # January 28 to February 4
        ("During last year’s Spring Festival, sales fell.", date(2024, 2, 18), "2023-01"),
        ("Golden Week trips rose.", date(2024, 5, 8), "2024-05"),  # the May break, not October's
        ("Golden Week trips rose.", date(2024, 10, 8), "2024-10"),
        ("Spending over the National Day holiday rose.", date(2024, 3, 1), "2023-H2"),  # September 29 to October 6
    ],
)
def test_a_holiday_is_the_period_of_its_break(sentence: str, published: date, label: str) -> None:
    assert [(m.label, m.role) for m in find_periods(sentence, published)] == [(label, Role.PERIOD)]
    assert find_periods(sentence, None)[0].label is None


def test_a_show_named_for_a_holiday_is_no_holiday() -> None:
    # the Spring Festival Gala is a show, dated by the year in its name
    found = find_periods("The 2025 Spring Festival Gala drew 16.8 billion views.", date(2025, 2, 1))
    assert [(m.label, m.role) for m in found] == [("2025", Role.PERIOD)]


def test_a_target_takes_a_time_named_after_its_cue() -> None:
    sentence = "In September the ministry said it expects exports in November to grow 5 percent."
    start = sentence.index("5 percent")
    mentions = find_periods(sentence, date(2024, 10, 8))
    cue = sentence.index("expects") + len("expects")
    assert choose_period(mentions, start, start + 9, target=True, cue=cue)[0] == "2024-11"
    assert choose_period(mentions, start, start + 9, target=True)[0] is None


def test_context_label_of_a_comparison_with_last_month() -> None:
    mentions = find_periods("the index is 0.5% below last month’s number", PUBLISHED)
    assert context_label(mentions) == "2024-07"
    assert context_label([PeriodMention(0, 4, "2019", Role.OPEN)]) is None
