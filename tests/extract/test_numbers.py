"""The quantity stage: numbers with their units, qualifiers and counted nouns.

Sentences are written in the style of wire, statistics and business news (not copied from
the seeds), so the rules are checked on the language they must generalise to.
"""

from __future__ import annotations

import math
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract.numbers import Quantity, find_quantities, is_age

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# sentence, text, value, value_high, unit, counted, qualifier
CASES: list[tuple[str, str, float, float | None, str, str | None, str]] = [
    # percentages and points
    ("GDP grew 5.2% in 2023, official data showed.", "5.2%", 5.2, None, "percent", None, "exact"),
    (
        "Shares jumped 12.5 per cent on Tuesday.",
        "12.5 per cent",
        12.5,
        None,
        "percent",
        None,
        "exact",
    ),
    (
        "The capacity utilisation rate was less than 30 percent.",
        "30 percent",
        30,
        None,
        "percent",
        None,
        "less_than",
    ),
    (
        "Unemployment fell 0.3 percentage points in May.",
        "0.3 percentage points",
        0.3,
        None,
        "percentage_point",
        None,
        "exact",
    ),
    (
        "The Bank of England raised rates by 25 basis points.",
        "25 basis points",
        25,
        None,
        "basis_point",
        None,
        "exact",
    ),
    ("The yield rose 5 bps on the day.", "5 bps", 5, None, "basis_point", None, "exact"),
    ("Prices fell -0.5% month on month.", "-0.5%", -0.5, None, "percent", None, "exact"),
    (
        "Inflation was minus 0.3% in the euro zone.",
        "minus 0.3%",
        -0.3,
        None,
        "percent",
        None,
        "exact",
    ),
    (
        "Forty percent of its exports go to the EU.",
        "Forty percent",
        40,
        None,
        "percent",
        None,
        "exact",
    ),
    (
        "Chinese firms hold a share of 74 to 88 percent.",
        "74 to 88 percent",
        74,
        88,
        "percent",
        None,
        "exact",
    ),
    (
        "Between 5 and 10 percent of workers were affected.",
        "5 and 10 percent",
        5,
        10,
        "percent",
        None,
        "exact",
    ),
    ("The Fed held rates at 5.25%-5.5%.", "5.25%-5.5%", 5.25, 5.5, "percent", None, "exact"),
    # fractions
    (
        "A third of respondents said they would not vote.",
        "A third",
        100 / 3,
        None,
        "percent",
        None,
        "exact",
    ),
    (
        "Two-thirds of the board voted in favour.",
        "Two-thirds",
        200 / 3,
        None,
        "percent",
        None,
        "exact",
    ),
    (
        "Nearly one-fourth of graduates lack support.",
        "one-fourth",
        25,
        None,
        "percent",
        None,
        "approximately",
    ),
    ("More than half of the workers were women.", "half", 50, None, "percent", None, "more_than"),
    ("About ¾ of voters agreed.", "¾", 75, None, "percent", None, "approximately"),
    ("One in five adults smoke.", "One in five", 20, None, "percent", None, "exact"),
    ("Four in 10 Americans backed the plan.", "Four in 10", 40, None, "percent", None, "exact"),
    ("Only 3 out of 10 firms reported gains.", "3 out of 10", 30, None, "percent", None, "exact"),
    ("Studies show 7 of 10 adults are overweight.", "7 of 10", 70, None, "percent", None, "exact"),
    ("Three of the 10 largest banks failed.", "Three", 3, None, "count", "largest banks", "exact"),  # a part of a group
    ("The shares rose 10pc on Friday.", "10pc", 10, None, "percent", None, "exact"),
    ("Turnout was 60%, up from 55% in 2019.", "55%", 55, None, "percent", None, "exact"),
    # money
    (
        "Apple's revenue rose to $94.8bn in the quarter.",
        "$94.8bn",
        94.8e9,
        None,
        "USD",
        None,
        "exact",
    ),
    ("The deal is worth £300m, sources said.", "£300m", 300e6, None, "GBP", None, "exact"),
    ("The plant will cost US$5 billion.", "US$5 billion", 5e9, None, "USD", None, "exact"),
    ("The fine was US$ 339,000.", "US$ 339,000", 339000, None, "USD", None, "exact"),
    (
        "Tata Motors reported a profit of Rs 3,200 crore.",
        "Rs 3,200 crore",
        3.2e10,
        None,
        "INR",
        None,
        "exact",
    ),
    (
        "The factory cost approximately €340 million.",
        "€340 million",
        340e6,
        None,
        "EUR",
        None,
        "approximately",
    ),
    (
        "Revenue reached ¥12.5 billion last year.",
        "¥12.5 billion",
        12.5e9,
        None,
        "CNY",
        None,
        "exact",
    ),
    (
        "Imports were worth 2.4 million yuan in October.",
        "2.4 million yuan",
        2.4e6,
        None,
        "CNY",
        None,
        "exact",
    ),
    ("Exports rose to 1.2 trillion yuan.", "1.2 trillion yuan", 1.2e12, None, "CNY", None, "exact"),
    (
        "The fund bought a stake for 6.5 billion euros.",
        "6.5 billion euros",
        6.5e9,
        None,
        "EUR",
        None,
        "exact",
    ),
    (
        "China bought 500 million U.S. dollars of chips.",
        "500 million U.S. dollars",
        5e8,
        None,
        "USD",
        None,
        "exact",
    ),
    ("HK$10 billion was set aside for housing.", "HK$10 billion", 1e10, None, "HKD", None, "exact"),
    ("Petrol rose 20 cents a gallon.", "20 cents", 0.2, None, "USD", None, "exact"),
    ("Shares fell 4p to 212p in London.", "4p", 0.04, None, "GBP", None, "exact"),
    ("Boeing delivered 27 737 MAX jets in March.", "27", 27, None, "count", "jets", "exact"),
    ("The airline ordered 50 A321neo jets.", "50", 50, None, "count", "jets", "exact"),
    ("The phone has a 4,685 mAh battery.", "4,685 mAh", 4685, None, "milliampere_hour", None, "exact"),
    ("The recipe calls for 200g of flour.", "200g", 200, None, "gram", None, "exact"),
    ("Each bar has 1.5g of sugar.", "1.5g", 1.5, None, "gram", None, "exact"),
    ("Add 250 ml of milk.", "250 ml", 250, None, "milliliter", None, "exact"),
    ("The app has 150 million daily active users.", "150 million", 1.5e8, None, "count", "daily active users", "exact"),
    # a multiple that is a verb of change, or follows a qualifier
    ("Coffee prices have doubled since January.", "doubled", 2, None, "times", None, "exact"),
    ("Arrivals were more than double the figure a year earlier.", "double", 2, None, "times", None, "more_than"),
    ("Obesity rates have nearly tripled since 1975.", "tripled", 3, None, "times", None, "approximately"),
    ("Profits have halved since 2019.", "halved", 0.5, None, "times", None, "exact"),
    ("Each ride costs about half the fare of a taxi.", "half", 50, None, "percent", None, "approximately"),
    ("It will halve emissions by 2030.", "halve", 0.5, None, "times", None, "exact"),
    ("It was below the 11 million recorded in 2019.", "11 million", 1.1e7, None, "count", None, "exact"),
    ("Police held 12 people aged between 17 and 58.", "17 and 58", 17, 58, "year", None, "exact"),
    ("They tracked adults aged over 65 in 22 provinces.", "65", 65, None, "year", None, "more_than"),
    # `and` joins number words only after a hundred or thousand: `between two and four` is a range
    ("They were sentenced to between two and four years in prison.", "two and four years", 2, 4, "year", None, "exact"),
    ("It cost one hundred and five dollars.", "one hundred and five dollars", 105, None, "USD", None, "exact"),
    ("People aged 60 and over numbered 310 million.", "60", 60, None, "year", None, "at_least"),
    ("They tracked adults aged over 65 in 22 provinces.", "22", 22, None, "count", "provinces", "exact"),
    ("PM2.5 averaged 30 micrograms per cubic meter.", "30 micrograms per cubic meter", 30, None, "microgram_per_cubic_meter", None, "exact"),
    ("PM2.5 levels hit 150 µg/m3 in Delhi.", "150 µg/m3", 150, None, "microgram_per_cubic_meter", None, "exact"),
    ("Lead in their blood reached 200 micrograms per liter.", "200 micrograms per liter", 200, None, "microgram_per_liter", None, "exact"),
    ("Gaming revenue rose to 226.8 billion patacas.", "226.8 billion patacas", 2.268e11, None, "MOP", None, "exact"),
    ("CO2 reached 421 parts per million in May.", "421 parts per million", 421, None, "ppm", None, "exact"),
    # a counted noun in quotes, after a plural that modifies it
    (
        "It has set up at least 102 overseas “police service stations”.",
        "102", 102, None, "count", "overseas police service stations", "at_least",
    ),
    # `times` counts occurrences where nothing it multiplies follows, and no move comes before
    ("The app was downloaded 500 million times.", "500 million times", 5e8, None, "count", None, "exact"),
    ("They met five times last year.", "five times", 5, None, "count", None, "exact"),
    ("Messi scored twice as Argentina won.", "twice", 2, None, "count", "scores", "exact"),
    ("Prices are twice as high as last year.", "twice", 2, None, "times", None, "exact"),
    ("The shares trade at 25 times earnings.", "25 times", 25, None, "times", None, "exact"),
    ("Capacity will expand 2.3 times.", "2.3 times", 2.3, None, "times", None, "exact"),
    # a split between two sides is two figures: no range runs down
    ("Polls show Harris leading Trump 48% to 46%.", "46%", 46, None, "percent", None, "exact"),
    ("Petrol averaged 155.3p a litre.", "155.3p", 1.553, None, "GBP", None, "exact"),
    ("China bought 500 million USD of chips.", "500 million USD", 5e8, None, "USD", None, "exact"),
    ("The striker scored 30 points in the game.", "30", 30, None, "count", "points", "exact"),
    ("The bill passed the 100-seat Senate.", "100", 100, None, "count", "seats", "exact"),
    ("The fund has €10M under management.", "€10M", 1e7, None, "EUR", None, "exact"),
    ("Starting pay is $50K a year.", "$50K", 5e4, None, "USD", None, "exact"),
    (
        "The bonds were valued at 10\u202f000 dollars.",
        "10\u202f000 dollars",
        10000,
        None,
        "USD",
        None,
        "exact",
    ),
    (
        "The firm is valued at about HK$120bn.",
        "HK$120bn",
        1.2e11,
        None,
        "HKD",
        None,
        "approximately",
    ),
    ("Net income was $3.4 billion, or $1.23 a share.", "$1.23", 1.23, None, "USD", None, "exact"),
    ("Profit fell to ¥1.2 trillion ($8 billion).", "$8 billion", 8e9, None, "USD", None, "exact"),
    ("Budgets went up by NT$2.5 billion.", "NT$2.5 billion", 2.5e9, None, "TWD", None, "exact"),
    (
        "Salaries ranged from 95,000 Canadian dollars to 374,000 Canadian dollars.",
        "95,000 Canadian dollars to 374,000 Canadian dollars",
        95000,
        374000,
        "CAD",
        None,
        "exact",
    ),
    (
        "Fees range from 400,000 to 550,000 yuan per case.",
        "400,000 to 550,000 yuan",
        400000,
        550000,
        "CNY",
        None,
        "exact",
    ),
    (
        "That is about US$ 56,000 to 78,000 each.",
        "US$ 56,000 to 78,000",
        56000,
        78000,
        "USD",
        None,
        "approximately",
    ),
    # counts
    (
        "More than 1.2 million people were evacuated.",
        "1.2 million",
        1.2e6,
        None,
        "count",
        "people",
        "more_than",
    ),
    ("The company cut 1,200 jobs on Monday.", "1,200", 1200, None, "count", "jobs", "exact"),
    (
        "Around 40,000 people attended the rally, police said.",
        "40,000",
        40000,
        None,
        "count",
        "people",
        "approximately",
    ),
    (
        "Nearly two dozen people were injured.",
        "two dozen",
        24,
        None,
        "count",
        "people",
        "approximately",
    ),
    (
        "Over a dozen incidents were reported.",
        "a dozen",
        12,
        None,
        "count",
        "incidents",
        "more_than",
    ),
    ("About 12 to 15 people were hurt.", "12 to 15", 12, 15, "count", "people", "approximately"),
    (
        "The agency plans to add 60-80 foreign experts.",
        "60-80",
        60,
        80,
        "count",
        "foreign experts",
        "exact",
    ),
    ("Police said 17 people died in the blast.", "17", 17, None, "count", "people", "exact"),
    # a bare number a harm verb takes counts people
    ("The cyclone displaced thousands and killed at least 23.", "23", 23, None, "count", "people", "at_least"),
    ("The quake killed 23 in the province.", "23", 23, None, "count", "people", "exact"),
    ("The Security Council's 15 members voted.", "15", 15, None, "count", "members", "exact"),
    # the noun counted, in lower case where only the sentence's opening gave it a capital
    ("Deaths reached 6.9 million worldwide.", "6.9 million", 6.9e6, None, "count", "deaths", "exact"),
    # with the words that say which kind, at the sentence's or clause's opening
    (
        "International passenger trips reached 65.52 million.",
        "65.52 million",
        65.52e6,
        None,
        "count",
        "international passenger trips",
        "exact",
    ),
    ("In 2024, new cases rose to 300.", "300", 300, None, "count", "new cases", "exact"),
    # the subject of a forecast: `expects X to exceed`; a verb is no modifier
    ("It expects passenger trips to exceed 780 million.", "780 million", 780e6, None, "count", "passenger trips", "more_than"),
    ("The company expects deliveries to reach 500,000.", "500,000", 500000, None, "count", "deliveries", "exact"),
    ("Last year deaths rose to 1,500.", "1,500", 1500, None, "count", "deaths", "exact"),
    ("The number of visas granted was eight in June.", "eight", 8, None, "count", "visas", "exact"),
    (
        "There were 3.43 million marriages, 498,000 fewer than a year earlier.",
        "498,000",
        498000,
        None,
        "count",
        "marriages",
        "exact",
    ),
    (
        "A spokesman said 24 of the party's members were assaulted.",
        "24",
        24,
        None,
        "count",
        "members",
        "exact",
    ),
    (
        "The firm hired over 40 “experts in data mining” last month.",
        "40",
        40,
        None,
        "count",
        "experts",
        "more_than",
    ),
    (
        "Officials set no less than four scientific and technological activities.",
        "four",
        4,
        None,
        "count",
        "scientific and technological activities",
        "at_least",
    ),
    (
        "The magnitude 7.1 quake hit at a depth of 10 km.",
        "10 km",
        10,
        None,
        "kilometer",
        None,
        "exact",
    ),
    ("Seven people were killed in the crash.", "Seven", 7, None, "count", "people", "exact"),
    (
        "The group faces three major challenges this year.",
        "three",
        3,
        None,
        "count",
        "major challenges",
        "exact",
    ),
    (
        "The report lists six types of situations.",
        "six",
        6,
        None,
        "count",
        "types of situations",
        "exact",
    ),
    ("The survey of 1,000 adults was run online.", "1,000", 1000, None, "count", "adults", "exact"),
    (
        "The firm employs roughly 1,500 staff worldwide.",
        "1,500",
        1500,
        None,
        "count",
        "staff",
        "approximately",
    ),
    (
        "The airline carried 4.2m passengers in May.",
        "4.2m",
        4.2e6,
        None,
        "count",
        "passengers",
        "exact",
    ),
    (
        "The authority aims for no less than four activities.",
        "four",
        4,
        None,
        "count",
        "activities",
        "at_least",
    ),
    ("The number must be equal to or greater than 50.", "50", 50, None, "count", None, "at_least"),
    ("Some 300 people were killed.", "300", 300, None, "count", "people", "approximately"),
    ("Sales grew tenfold between 2015 and 2020.", "tenfold", 10, None, "times", None, "exact"),
    ("A Twentyfold rise in cases.", "Twentyfold", 20, None, "times", None, "exact"),
    ("Output rose a hundredfold.", "hundredfold", 100, None, "times", None, "exact"),
    ("The car reaches 100 km/h in 3.8 seconds.", "3.8 seconds", 3.8, None, "second", None, "exact"),
    ("Sales rose 18%, 6 points faster than in the first quarter.", "6 points", 6, None, "percentage_point", None, "exact"),
    ("About one and a half million people live there.", "one and a half million", 1.5e6, None, "count", "people",
     "approximately"),
    ("The project will take two and a half years.", "two and a half years", 2.5, None, "year", None, "exact"),
    ("Officials said 1 in every 4 homes was damaged.", "1 in every 4", 25, None, "percent", None, "exact"),
    ("Output was 3.2 million b/d last month.", "3.2 million b/d", 3.2e6, None, "barrel_per_day", None, "exact"),
    ("Emissions fell to 5.2 gigatonnes of CO2.", "5.2 gigatonnes", 5.2e9, None, "metric_ton", None, "exact"),
    ("More than 5,000-plus workers walked out.", "5,000", 5000, None, "count", "workers", "more_than"),
    ("The state has 8,000-odd schools.", "8,000", 8000, None, "count", "schools", "approximately"),
    ("Overall 12 people were hurt.", "12", 12, None, "count", "people", "exact"),
    ("At least 30 protesters were beaten.", "30", 30, None, "count", "protesters", "at_least"),
    (
        "The population was 1.41 billion at the end of 2023.",
        "1.41 billion",
        1.41e9,
        None,
        "count",
        None,
        "exact",
    ),
    # multipliers
    (
        "Stressed students face a 1.43 times higher risk.",
        "1.43 times",
        1.43,
        None,
        "times",
        None,
        "exact",
    ),
    ("Capacity will see a 2.3-fold increase.", "2.3-fold", 2.3, None, "times", None, "exact"),
    ("Sales were 1.5x higher than last year.", "1.5x", 1.5, None, "times", None, "exact"),
    ("Costs are twice as high as in 2019.", "twice", 2, None, "times", None, "exact"),
    ("Oil costs roughly twice what it did in 2020.", "twice", 2, None, "times", None, "approximately"),
    ("The activist was assaulted twice on Friday.", "twice", 2, None, "count", "assaults", "exact"),
    # fractions written with a slash, and fractions of a point
    ("Roughly 1/3 of the budget goes to defense.", "1/3", 33.333333, None, "percent", None, "approximately"),
    ("The door is 2 1/2 inches thick.", "2 1/2 inches", 2.5, None, "inch", None, "exact"),
    ("The recipe calls for 3-1/2 cups of flour.", "3-1/2", 3.5, None, "count", "cups", "exact"),  # a hyphen for the space
    ("Two of the three suspects fled.", "Two", 2, None, "count", "suspects", "exact"),  # a whole in words
    ("The port handled 20 million TEUs.", "20 million", 2e7, None, "count", "TEUs", "exact"),  # containers by acronym
    ("Each serving contains 5g of sugar.", "5g", 5, None, "gram", None, "exact"),  # `5g` of something is grams
    # a range whose low end is a compound of years and months
    ("Terms ranged from four years and two months to 10 years.", "four years and two months to 10 years", 4.166667,
     10.0, "year", None, "exact"),
    ("The Fed made a quarter-point cut.", "a quarter-point", 0.25, None, "percentage_point", None, "exact"),
    ("It lowered rates by a half point.", "a half point", 0.5, None, "percentage_point", None, "exact"),
    # `m` after a number: metres for an event or a size, millions for what is counted
    ("The 100m final was won in 9.79 seconds.", "100m", 100, None, "meter", None, "exact"),
    ("Some 1.5m people visited.", "1.5m", 1_500_000, None, "count", "people", "approximately"),
    ("The bridge spans half a mile.", "half a mile", 0.5, None, "mile", None, "exact"),
    ("A crowd of 40,000+ fans watched.", "40,000", 40_000, None, "count", "fans", "at_least"),
    ("The mayor, who is 58, was elected.", "58", 58, None, "year", None, "exact"),
    ("Production dropped to 9.5 mb/d.", "9.5 mb/d", 9_500_000, None, "barrel_per_day", None, "exact"),
    ("Its gold holdings rose to 71.87 million fine troy ounces.", "71.87 million fine troy ounces", 71_870_000, None, "troy_ounce", None, "exact"),
    ("The chip is built on a 3nm process.", "3nm", 3, None, "nanometer", None, "exact"),
    ("The state will spend Rmb100bn on it.", "Rmb100bn", 100e9, None, "CNY", None, "exact"),
    ("It raised RMB100 billion.", "RMB100 billion", 100e9, None, "CNY", None, "exact"),
    ("Debt reached $3trn.", "$3trn", 3e12, None, "USD", None, "exact"),
    ("The loan of KSh 2.5 billion was approved.", "KSh 2.5 billion", 2.5e9, None, "KES", None, "exact"),
    ("Two-and-a-half million people stayed.", "Two-and-a-half million", 2.5e6, None, "count", "people", "exact"),
    ("A Big Mac costs 3.9 pounds in Britain.", "3.9 pounds", 3.9, None, "GBP", None, "exact"),
    ("The baby weighed 8 pounds.", "8 pounds", 8, None, "pound", None, "exact"),
    ("Winds reached 234 kilometers per hour.", "234 kilometers per hour", 234, None, "kilometer_per_hour", None, "exact"),
    ("Prices stood at negative 0.1% in May.", "negative 0.1%", -0.1, None, "percent", None, "exact"),
    ("The prize is worth SEK 11 million.", "SEK 11 million", 11e6, None, "SEK", None, "exact"),
    ("It missed payments on two dollar bonds.", "two", 2, None, "count", "dollar bonds", "exact"),
    ("Brands saw their sales triple.", "triple", 3, None, "times", None, "exact"),
    ("It sees galaxies 13.5 billion light years away.", "13.5 billion light years", 13.5e9, None, "light_year", None, "exact"),
    ("Farmers will receive Rs. 6,000 a year.", "Rs. 6,000", 6000, None, "INR", None, "exact"),
    ("Prices rose 2 percentage pts.", "2 percentage pts", 2, None, "percentage_point", None, "exact"),
    ("As few as 12 students showed up.", "12", 12, None, "count", "students", "at_least"),
    ("The top 1% own 40% of the wealth.", "1%", 1, None, "percent", None, "exact"),
    ("Between 3 and 5 million people came.", "3 and 5 million", 3_000_000, 5_000_000, "count", "people", "exact"),
    ("Ten Killed in Bus Crash", "Ten", 10, None, "count", None, "exact"),
    ("Some 200,000 to 3.5 million people came.", "200,000 to 3.5 million", 200_000, 3_500_000, "count", "people", "approximately"),
    ("There were 3.5m vacancies, down 100,000 from February.", "100,000", 100_000, None, "count", None, "exact"),
    ("The stock is trading north of $150.", "$150", 150, None, "USD", None, "more_than"),
    ("Turnout was just shy of 60%.", "60%", 60, None, "percent", None, "less_than"),
    ("The budget was cut by more than a third.", "a third", 33.333333, None, "percent", None, "more_than"),
    ("It was valued at 10 000 dollars.", "10 000 dollars", 10_000, None, "USD", None, "exact"),
    ("The Fed made a 0.25-point cut.", "0.25-point", 0.25, None, "percentage_point", None, "exact"),
    ("The chip uses 16.25 nanometers.", "16.25 nanometers", 16.25, None, "nanometer", None, "exact"),
    ("The lake holds 4 cubic kilometers of water.", "4 cubic kilometers", 4, None, "cubic_kilometer", None, "exact"),
    ("Google holds 10-15 exabytes of data.", "10-15 exabytes", 10, 15, "exabyte", None, "exact"),
    # index readings
    ("The PMI rose to 50.8 in December.", "50.8", 50.8, None, "index", None, "exact"),
    ("The supplier delivery time index (49.3) fell.", "49.3", 49.3, None, "index", None, "exact"),
    (
        "Japan's Nikkei share average fell 300 points.",
        "300 points",
        300,
        None,
        "index",
        None,
        "exact",
    ),
    (
        "The Shanghai Composite Index rose 0.5% to 3,050.12.",
        "3,050.12",
        3050.12,
        None,
        "index",
        None,
        "exact",
    ),
    (
        "Caixin's manufacturing PMI recorded 49.8 for July.",
        "49.8",
        49.8,
        None,
        "index",
        None,
        "exact",
    ),
    # physical units
    (
        "The ship carried 2.5 tonnes of cocaine.",
        "2.5 tonnes",
        2.5,
        None,
        "metric_ton",
        None,
        "exact",
    ),
    ("Police seized 10 kg of heroin.", "10 kg", 10, None, "kilogram", None, "exact"),
    ("The wind farm will produce 500 MW of power.", "500 MW", 500, None, "megawatt", None, "exact"),
    ("The storm packed winds of 120 mph.", "120 mph", 120, None, "mile_per_hour", None, "exact"),
    (
        "The fire destroyed 1,500 hectares of forest.",
        "1,500 hectares",
        1500,
        None,
        "hectare",
        None,
        "exact",
    ),
    (
        "The project covers 3.6 square kilometres.",
        "3.6 square kilometres",
        3.6,
        None,
        "square_kilometer",
        None,
        "exact",
    ),
    (
        "Capacity reached 7 billion square meters.",
        "7 billion square meters",
        7e9,
        None,
        "square_meter",
        None,
        "exact",
    ),
    (
        "Satellites orbit between 300-2,000 km up.",
        "300-2,000 km",
        300,
        2000,
        "kilometer",
        None,
        "exact",
    ),
    (
        "Output rose to 1.5 million barrels per day.",
        "1.5 million barrels per day",
        1.5e6,
        None,
        "barrel_per_day",
        None,
        "exact",
    ),
    ("Temperatures hit 40C in Madrid.", "40C", 40, None, "degree_celsius", None, "exact"),
    (
        "The telescope needs an 8- to 16-meter mirror.",
        "8- to 16-meter",
        8,
        16,
        "meter",
        None,
        "exact",
    ),
    ("Buyers want 3 to 4 L of water a day.", "3 to 4 L", 3, 4, "liter", None, "exact"),
    (
        "Temperatures dropped to minus 20 degrees Celsius.",
        "minus 20 degrees Celsius",
        -20,
        None,
        "degree_celsius",
        None,
        "exact",
    ),
    # durations and ages
    ("He was sentenced to 12 years in prison.", "12 years", 12, None, "year", None, "exact"),
    (
        "The offence carries up to three years' imprisonment.",
        "three years",
        3,
        None,
        "year",
        None,
        "at_most",
    ),
    (
        "They were detained for two days after the protest.",
        "two days",
        2,
        None,
        "day",
        None,
        "exact",
    ),
    ("The crew began a six-month mission.", "six-month", 6, None, "month", None, "exact"),
    ("Officers joined a month-long operation.", "month-long", 1, None, "month", None, "exact"),
    ("He has been harassed for over a year.", "a year", 1, None, "year", None, "more_than"),
    (
        "The index stayed below 50 for three consecutive months.",
        "three consecutive months",
        3,
        None,
        "month",
        None,
        "exact",
    ),
    (
        "The firm has served the market for over ten years.",
        "ten years",
        10,
        None,
        "year",
        None,
        "more_than",
    ),
    ("Protester Zhou Qihong, 74, was assaulted.", "74", 74, None, "year", None, "exact"),
    ("A 45-year-old woman was injured.", "45-year-old", 45, None, "year", None, "exact"),
    (
        "Prime Minister Rishi Sunak, 43, took office in October.",
        "43",
        43,
        None,
        "year",
        None,
        "exact",
    ),
    ("The ceasefire lasted 72 hours.", "72 hours", 72, None, "hour", None, "exact"),
    ("Talks took 2½ years.", "2½ years", 2.5, None, "year", None, "exact"),
    (
        "The drift was 2.48×10−5 seconds.",
        "2.48×10−5 seconds",
        2.48e-5,
        None,
        "second",
        None,
        "exact",
    ),
    ("The war has dragged on for two decades.", "two decades", 20, None, "year", None, "exact"),
    # a time taken is a duration, not a time frame
    ("He ran 100 meters in 9.58 seconds.", "9.58 seconds", 9.58, None, "second", None, "exact"),
    ("The tickets sold out in 10 minutes.", "10 minutes", 10, None, "minute", None, "exact"),
    # pounds: money after a scale word, else weight
    ("The robot vacuum weighs 3.2 pounds.", "3.2 pounds", 3.2, None, "pound", None, "exact"),
    ("Britain will spend 5 billion pounds.", "5 billion pounds", 5e9, None, "GBP", None, "exact"),
    # a fraction of a scale word is one number
    ("A quarter of a million homes lost power.", "A quarter of a million", 250_000, None, "count", "homes", "exact"),
    (
        "Three-quarters of a billion dollars was spent.",
        "Three-quarters of a billion dollars",
        7.5e8,
        None,
        "USD",
        None,
        "exact",
    ),
    ("The budget gives Rs 1.2 lakh crore to defence.", "Rs 1.2 lakh crore", 1.2e12, None, "INR", None, "exact"),
    ("The pipeline carries 38 bcm of gas a year.", "38 bcm", 3.8e10, None, "cubic_meter", None, "exact"),
    # a scale letter keeps the unit after it
    ("China imported 5.4m tonnes of soybeans.", "5.4m tonnes", 5.4e6, None, "metric_ton", None, "exact"),
    # `over` as a verb's particle is no bound; the total a clause brings to counts what it numbers
    ("Myanmar has handed over 1,207 suspects to China.", "1,207", 1207, None, "count", "suspects", "exact"),
    ("It took over 30 minutes.", "30 minutes", 30, None, "minute", None, "more_than"),
    ("It expects exports to exceed 5.5 million vehicles.", "5.5 million", 5.5e6, None, "count", "vehicles", "more_than"),
    # a word that labels a bare number (`issue 3`) does not label a sum
    ("The ministry plans to issue 1 trillion yuan of bonds.", "1 trillion yuan", 1e12, None, "CNY", None, "exact"),
    # `jumped` is a move, no long jump: `m` is a million
    ("Tourist arrivals jumped to 1.8m in July.", "1.8m", 1.8e6, None, "count", "tourist arrivals", "exact"),
    # a fraction that is a clause's subject, by the verb after it
    ("Half said they would vote.", "Half", 50, None, "percent", None, "exact"),
    ("Roughly two-thirds backed it, while a third opposed it.", "a third", 100 / 3, None, "percent", None, "exact"),
    ("A quarter were undecided.", "A quarter", 25, None, "percent", None, "exact"),
    ("Aid was pledged, with one-third coming from Japan.", "one-third", 100 / 3, None, "percent", None, "exact"),
    ("About one third came from Japan.", "one third", 100 / 3, None, "percent", None, "approximately"),
    ("It orbits at about 3 km per second.", "3 km per second", 3, None, "kilometer_per_second", None, "approximately"),
    ("The probe flew at 11 km/s.", "11 km/s", 11, None, "kilometer_per_second", None, "exact"),
    (
        "The ministry said so, bringing the total number of suspects transferred this year to 31,000.",
        "31,000",
        31000,
        None,
        "count",
        "suspects",
        "exact",
    ),
    # `degrees` alone: in news a temperature, Fahrenheit when the text says so; an angle when something turns
    ("Temperatures reached 40 degrees in Madrid.", "40 degrees", 40, None, "degree_celsius", None, "exact"),
    ("Lows will fall to minus 12 degrees.", "minus 12 degrees", -12, None, "degree_celsius", None, "exact"),
    ("Phoenix hit 118 degrees, beating the record of 117 F.", "118 degrees", 118, None, "degree_fahrenheit", None, "exact"),
    ("The ship turned 180 degrees.", "180 degrees", 180, None, "degree", None, "exact"),
    # hotter than any air in Celsius: Fahrenheit, though the text never says so
    ("The heat wave brought highs above 110 degrees.", "110 degrees", 110, None, "degree_fahrenheit", None, "more_than"),
    ("It was 75 degrees and sunny.", "75 degrees", 75, None, "degree_fahrenheit", None, "exact"),
    ("Bake at 180 degrees Celsius, then 150 degrees.", "150 degrees", 150, None, "degree_celsius", None, "exact"),
    # points scored, whatever their decimals; points beside a percentage are percentage points
    ("He averaged 27.1 points and 7.4 rebounds per game.", "27.1", 27.1, None, "count", "points", "exact"),
    ("Support for the party fell 3 points to 28%.", "3 points", 3, None, "percentage_point", None, "exact"),
    ("The engine produces 700 horsepower.", "700 horsepower", 700, None, "horsepower", None, "exact"),
    ("Yields rose to 181.1 bushels per acre.", "181.1 bushels per acre", 181.1, None, "bushel_per_acre", None, "exact"),
    # a base is measured in the unit of the figure it is the base of; `plus` a sum adds, it does not bound
    ("The crop reached 15.1 billion bushels, up from 14.9 billion.", "14.9 billion", 14.9e9, None, "bushel", None, "exact"),
    ("Chelsea agreed to pay £100 million plus £15 million in add-ons.", "£100 million", 1e8, None, "GBP", None, "exact"),
    # a currency's scale letter carries to the range's high end; the euro sign may follow the amount
    ("The deal is valued at £5-6m.", "£5-6m", 5e6, 6e6, "GBP", None, "exact"),
    ("A coffee costs 5€ in Paris.", "5€", 5, None, "EUR", None, "exact"),
    # a quake's measure is a reading on the magnitude scale
    ("The quake, which measured 7.5, triggered tsunami warnings.", "7.5", 7.5, None, "index", None, "exact"),
    # an exchange rate is priced in the currency named before it
    ("The yen weakened to 160 per dollar.", "160", 160, None, "JPY", None, "exact"),
    ("The Indian rupee closed at 83.2 to the dollar.", "83.2", 83.2, None, "INR", None, "exact"),
    ("The deal is worth 12 billion Swedish kronor.", "12 billion Swedish kronor", 12e9, None, "SEK", None, "exact"),
    ("The contract is worth 3.5 billion zlotys.", "3.5 billion zlotys", 3.5e9, None, "PLN", None, "exact"),
    # a model's name is no unit and counts no figure: `F-35`; what is counted comes after it
    ("Lockheed delivered 98 F-35 jets in 2023.", "98", 98, None, "count", "jets", "exact"),
    ("It reached 98 F on Monday.", "98 F", 98, None, "degree_fahrenheit", None, "exact"),
    ("The range is 4.75%-5%.", "4.75%-5%", 4.75, 5, "percent", None, "exact"),
    # the minutes and seconds of a time complete it, as months complete years; a chip's process is in nanometres
    ("The winner finished in 2 hours, 4 minutes and 17 seconds.", "2 hours, 4 minutes and 17 seconds", 2.071389, None,
     "hour", None, "exact"),
    ("The average Briton spends 5 hours and 30 minutes a day on their phone.", "5 hours and 30 minutes", 5.5, None,
     "hour", None, "exact"),
    ("She ran the mile in 4 minutes 7 seconds.", "4 minutes 7 seconds", 4.116667, None, "minute", None, "exact"),
    ("The chip is built on a 3-nanometre process.", "3-nanometre", 3, None, "nanometer", None, "exact"),
    # kitchen measures
    ("Add 2 tbsp of sugar and three teaspoons of salt.", "2 tbsp", 2, None, "tablespoon", None, "exact"),
    ("Add 2 tbsp of sugar and three teaspoons of salt.", "three teaspoons", 3, None, "teaspoon", None, "exact"),
    # one unit of a stuff is a measure of it; one victim is counted
    ("The storm dumped a foot of snow on Denver.", "a foot", 1, None, "foot", None, "exact"),
    ("One person died and two others were hospitalized.", "One", 1, None, "count", "people", "exact"),
    ("The blast killed one soldier and injured 12.", "12", 12, None, "count", "soldiers", "exact"),
    # casualties counted by their state: people
    ("The typhoon left 12 dead and 40,000 without power.", "40,000", 40000, None, "count", "people", "exact"),
    # the number of a series that multiplied to a figure counts what the series counts
    ("The number of billionaires in India has tripled to 169.", "169", 169, None, "count", "billionaires", "exact"),
    # `years of age` is an age, also after `over`, which otherwise frames a time
    ("Women over 35 years of age were excluded.", "35 years", 35, None, "year", None, "more_than"),
    # how long people were held before their release, not when something happened
    ("Most of those detained were released after two days.", "two days", 2, None, "day", None, "exact"),
    # hours put in are time worked, not a time frame
    ("The typical worker put in 36.4 hours.", "36.4 hours", 36.4, None, "hour", None, "exact"),
    # `after three weeks of debate` is how long the debate lasted, not when something happened
    ("The bill passed after three weeks of debate.", "three weeks", 3, None, "week", None, "exact"),
    # a population's own count: `23 wards` counts the wards, not the people the population reached
    (
        "The population of Tokyo's 23 wards rose by 0.2 per cent to 9.7 million.",
        "9.7 million",
        9.7e6,
        None,
        "count",
        None,
        "exact",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high", "unit", "counted", "qualifier"), CASES
)
def test_quantity(
    sentence: str,
    text: str,
    value: float,
    high: float | None,
    unit: str,
    counted: str | None,
    qualifier: str,
) -> None:
    found = [q for q in find_quantities(sentence) if q.text == text]
    assert len(found) == 1, find_quantities(sentence)
    q = found[0]
    assert sentence[q.start : q.end] == text
    assert q.value == pytest.approx(value)
    assert q.value_high == (None if high is None else pytest.approx(high))
    assert (q.unit, q.counted, q.qualifier) == (unit, counted, qualifier)


# sentences whose numbers are not claims (GUIDELINES.md "What is a claim" / "Decisions")
NOT_CLAIMS = [
    "The deal came within 30 days of the vote.",  # a deadline, not how long anything lasted
    "The benefits of the reform are manifold.",
    "Sales of electric two-wheelers are booming.",
    "He is known for his 3-pointers.",
    "The stock trades under the ticker 9988 in Hong Kong.",
    "Savings rose from the level of a decade earlier.",
    "Windows 11 is installed on most new laptops.",
    "Windows 11 runs on most new laptops.",
    "On May 23, 2023, the commission met at 7 PM.",
    "The meeting was held on November 15 and 17 in San Francisco.",
    "The week of February 25 – March 3, 2019 was busy.",
    "In 2017 the plan was revised; by 2025 it ends.",
    "It was the 20th meeting of the 70th anniversary committee.",
    "China launched a Long March 6 rocket.",
    "The G7 and the 14+1 group discussed 5G and COVID-19.",
    "The Chang'e-6 probe landed; Lemon8 was banned.",
    "Results for Q2 and FY2024 are due.",
    "See https://example.com/2024/07/31/report-123.html for details.",
    "One participant said one of the contracts was void.",
    "Several dozen groups and tens of millions of euros were involved.",
    "They met several times over a few months.",
    "Three days later the police arrived.",
    "It was the strongest statement in the past 40 years.",
    "Growth may slow in the next 15 years.",
    "The ban takes effect in two weeks.",
    "He ranked number three in the world.",
    "Mao ordered: 1. Arrest her; 2. Seize her phones.",
    "Arsenal won 2-1 on Saturday.",
    "The policy applies 24/7.",
    "It shipped its 100 millionth phone and its 5 billionth song.",
    "The film was shot in 4K and shown at a zero-sum contest.",
    "The iPhone 15 and Windows 11 launched; Article 23 passed.",
    "The S&P 500 and the Nasdaq 100 closed higher.",
    "A 7-Eleven store opened.",
    "Sales fell in the first quarter and the first half of 2024.",
    "The Two Sessions opened in Beijing.",
    "All posts by LLD - 26. page",
    "The vote was 220-207 and the score 3-3.",
    "The cut will save money over the next three years.",
    "He is one of the few officials who backed one-child rules.",
    "The Group of Seven and the Big Four were criticised.",
    "The war has killed tens of thousands and displaced millions.",
    "Chapter 11 protection was sought; rates rose for the 10th time.",
    "The bill, known as Vision 2030, passed in the 1990s.",
    "Voters will go to the polls in three weeks; rules take effect in 30 days.",
    "She was re-elected four years later, three days after the vote.",
    "She arrived at 2.13 am; output in FY2013-14 and 2019-2020 was flat.",
    "Exposure was measured in J/m^2.",
    "After 9/11 she saved into a 401(k) plan and gave to 501(c)(3) groups; on 1/3 markets shut.",
    "3M agreed to settle; the twice-weekly flights resumed.",
    "The so-called 709 crackdown began in 2015.",
    "He lives at 10 Downing Street; the White House is at 1600 Pennsylvania Avenue.",
    "Agent 007 reported for duty.",
    "The sequel “Pegasus 2” opened on Saturday.",
    "The two were later released.",  # the people just named, counted again
    "A third party was involved; the second half was better.",
    "Temperatures fell below zero.",
    "It is counted per 1,000 people and per 100,000 residents.",
    "Hong Kong Home Prices Fall to Eight-Year Low",
    "The yen hit a 34-year low and stocks a two-year high.",
    "It streams in 1080p.",
    "The 5g network and the 4g signal.",
    "Shops shut at 6 a.m. and reopened at 9 pm.",
    "It was a double murder; inflation hit double digits and the firm doubled down.",
    "The double-digit rise surprised analysts; the hall doubles as a gym.",
    "The cake was cut into halves, and he wants to double down.",
    "He saw a double rainbow.",
    "He came up a third time.",
    "They beat the target the two countries’ leaders had set.",
    "Call 1-800-273-8255, (202) 555-0143 or +44 20 7946 0958; ISBN 978-3-16-148410-0.",
    "A gallon of milk costs more; a barrel of Brent cost less than half as much.",  # the base of a price
    "One man's view was that the one-child policy failed.",
    "She landed a six-figure deal, and growth stayed in single-digit territory.",
    "The levees were built for a 1-in-100-year flood.",
    "The seven-day average rose and the 30-day moving average fell.",  # a window naming an average
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_not_a_claim(sentence: str) -> None:
    assert find_quantities(sentence) == []


def test_list_numbering_at_line_start() -> None:
    text = "Findings:\n  1. Officials acted.\n  2. Nobody objected.\n(3) Another item"
    assert find_quantities(text) == []


def test_time_frame_after_an_amount_is_dropped() -> None:
    found = find_quantities("Spending of $1.2 trillion over 10 years was approved.")
    assert [q.text for q in found] == ["$1.2 trillion"]


def test_from_to_is_two_readings() -> None:
    found = find_quantities(
        "The rate has dropped from 66.55 percent in 2017 to 53.74 percent in 2019."
    )
    assert [(q.text, q.value, q.value_high) for q in found] == [
        ("66.55 percent", 66.55, None),
        ("53.74 percent", 53.74, None),
    ]


def test_by_to_is_a_change_and_a_level() -> None:
    found = find_quantities("The firm cut its workforce by 1,000 to 9,000.")
    assert [(q.text, q.value_high) for q in found] == [("1,000", None), ("9,000", None)]
    found = find_quantities("Rates fell by 3 to 5 percent.")
    assert [(q.text, q.value, q.value_high) for q in found] == [("3 to 5 percent", 3, 5)]


def test_a_move_to_a_level_is_a_change_and_a_level() -> None:
    """`fell 0.5% to 49.1%`: each figure printed with its unit after a past move is two readings;
    `rose 3 to 5 percent` (one unit) and `expected to be 2% to 3%` (no move) stay ranges."""
    found = find_quantities("The PMI fell 0.5% to 49.1% and sales edged up $2 to $10.")
    assert [(q.text, q.value_high) for q in found] == [("0.5%", None), ("49.1%", None), ("$2", None), ("$10", None)]
    for sentence, text in [("Profits rose 3 to 5 percent.", "3 to 5 percent"), ("Growth may be 2% to 3%.", "2% to 3%")]:
        assert [q.text for q in find_quantities(sentence)] == [text]


def test_multiword_units_in_compound_adjectives() -> None:
    found = find_quantities("a 25-basis-point cut, a 0.5-percentage-point rise and a 100-square-meter flat")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("25-basis-point", 25, "basis_point"),
        ("0.5-percentage-point", 0.5, "percentage_point"),
        ("100-square-meter", 100, "square_meter"),
    ]


def test_unit_carries_back_in_from_to() -> None:
    found = find_quantities("The rate rose from 3 to 5 percent.")
    assert [(q.text, q.unit) for q in found] == [("3", "percent"), ("5 percent", "percent")]


def test_conversion_in_parentheses_is_separate() -> None:
    found = find_quantities("Fees were 2.4 million yuan (US$ 339,000) in total.")
    assert [(q.text, q.unit) for q in found] == [
        ("2.4 million yuan", "CNY"),
        ("US$ 339,000", "USD"),
    ]


def test_shared_qualifier_in_a_list() -> None:
    found = find_quantities(
        "Rates were approximately 21.48 percent and 45.28 percent respectively."
    )
    assert [q.qualifier for q in found] == ["approximately", "approximately"]


@pytest.mark.parametrize(
    ("sentence", "qualifiers"),
    [
        # one qualifier for figures joined with what the first counts between them
        ("There were an estimated 263 million malaria cases and 597,000 deaths.", ["approximately", "approximately"]),
        ("Africa had about 94 percent of cases and 95 percent of deaths.", ["approximately", "approximately"]),
        # but not across a verb: the second figure is a clause of its own
        ("At least four people were killed and 95 injured.", ["at_least", "exact"]),
        ("More than 110,000 residents were evacuated, and 5,600 homes collapsed.", ["more_than", "exact"]),
        ("Losses were estimated at 2.3 billion yuan.", ["approximately"]),
    ],
)
def test_a_qualifier_shared_by_a_list(sentence: str, qualifiers: list[str]) -> None:
    assert [q.qualifier for q in find_quantities(sentence)] == qualifiers


def test_text_order_and_offsets() -> None:
    text = "About 5,500 satellites orbit at 550 km; 108 more launch this year."
    found = find_quantities(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert [text[q.start : q.end] for q in found] == ["5,500", "550 km", "108"]


def test_quantity_is_frozen() -> None:
    q = find_quantities("It cost $5.")[0]
    with pytest.raises(AttributeError):
        q.value = 6.0  # type: ignore[misc]


# --- properties ---------------------------------------------------------------------------


def _seed_sentences() -> list[str]:
    return [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text().splitlines()
        if line.strip()
    ]


def _check(text: str) -> list[Quantity]:
    found = find_quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.text
        assert math.isfinite(q.value)
        assert q.value_high is None or math.isfinite(q.value_high)
        assert q.qualifier in {
            "exact",
            "approximately",
            "more_than",
            "at_least",
            "at_most",
            "less_than",
        }
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    return found


_TOKENS = [
    *"0123456789 ,.-–%$€£¥()/+:;'\n\t",
    "one",
    "two",
    "a ",
    "half",
    " million",
    " percent",
    " to ",
    " and ",
    "between ",
    "US$",
    "Rs ",
    " dozen",
    "twice",
    "-fold",
    " times",
    "May ",
    " km",
    "Two",
    "-",
]
_NEWSY = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    _check(text)


@settings(max_examples=400, deadline=None)
@given(_NEWSY)
def test_never_raises_on_number_like_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_seed_sentences()), st.integers(min_value=0), st.text(max_size=12))
def test_mutated_seed_sentences(sentence: str, where: int, noise: str) -> None:
    cut = where % (len(sentence) + 1)
    _check(sentence[:cut] + noise + sentence[cut:])
    _check(sentence[cut:])


def test_huge_numbers_stay_finite() -> None:
    assert _check("9" * 400 + " million dollars and " + "1" * 310 + " percent") == []


@pytest.mark.parametrize(
    ("sentence", "number", "age"),
    [
        ("Protester Zhou Qihong, 74, was assaulted.", "74", True),
        ("The victim, aged 81, died.", "81", True),
        ("a 45-year-old engineer", "45", True),
        ("The 25-year-old striker joined.", "25-year-old", True),
        ("He is 71 years old.", "71 years", True),
        ("The mayor, who is 58, was elected.", "58", True),
        ("He won the title at the age of 36.", "36", True),
        ("The suspect, 23, was charged with murder.", "23", True),
        ("The team, who were 3 points clear, lost.", "3", False),
        ("Its chief, who is 40% owner, left.", "40", False),
        ("The 30-year bond yield rose.", "30-year", False),
        ("Sales rose 74, said Smith.", "74", False),
        ("Kazakhstan reported the most cases, 13,677, followed by Russia.", "13,677", False),  # no one is that old
        ("Hospitalizations fell among people over 65.", "65", True),
        ("Children under 5, and those over 100 kg, were excluded.", "5", True),
        ("Children under 5, and those over 100 kg, were excluded.", "100 kg", False),
    ],
)
def test_is_age(sentence: str, number: str, age: bool) -> None:
    assert is_age(sentence, sentence.index(number), sentence.index(number) + len(number)) is age


def test_a_time_of_day_ends_no_range() -> None:
    found = find_quantities("It detected 45 aircraft in the 24 hours to 6 a.m. on Thursday.")
    assert [q.text for q in found] == ["45", "24 hours"]
