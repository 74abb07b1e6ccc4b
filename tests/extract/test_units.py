"""The unit registry: DESIGN.md units, currencies as separate dimensions, base conversion."""

from __future__ import annotations

import re

import pint
import pytest

from factdb.errors import UnitError
from factdb.extract.units import (
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    UNIT_WORDS,
    to_base,
    unit_family,
    ureg,
)

DESIGN_UNITS = [
    "percent",
    "percentage_point",
    "index",
    "times",
    "count",
    "square_meter",
    "kilometer",
    "day",
    "week",
    "month",
    "year",
    "hour",
]


@pytest.mark.parametrize("unit", DESIGN_UNITS + ["USD", "EUR", "CNY", "CAD"])
def test_design_units_are_defined(unit: str) -> None:
    assert unit in ureg


def test_one_application_registry() -> None:
    assert pint.get_application_registry().get() is ureg  # type: ignore[no-untyped-call]


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (2, "kilometer", (2000.0, "meter")),
        (49.4, "percent", (49.4, "percent")),
        (0.1, "percentage_point", (0.1, "percentage_point")),
        (25, "basis_point", (0.25, "percentage_point")),
        (49.8, "index", (49.8, "index")),
        (2.3, "times", (2.3, "times")),
        (3430000, "count", (3430000.0, "count")),
        (12.5e9, "CNY", (12.5e9, "CNY")),
        (7e9, "square_meter", (7e9, "meter ** 2")),
        (2, "day", (172800.0, "second")),
        (2.5, "metric_ton", (2500.0, "kilogram")),
        (421, "ppm", (0.000421, "dimensionless")),
        (3.2, "gigahertz", (3.2e9, "1 / second")),
    ],
)
def test_to_base(value: float, unit: str, expected: tuple[float, str]) -> None:
    got = to_base(value, unit)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0])


@pytest.mark.parametrize(
    ("unit", "family"),
    [
        ("percent", "percent"),
        ("percentage_point", "percent"),
        ("index", "percent"),
        ("basis_point", "percent"),
        ("day", "time"),
        ("month", "time"),
        ("year", "time"),
        ("CNY", "currency:CNY"),
        ("USD", "currency:USD"),
        ("count", "count"),
        ("times", "times"),
        ("square_meter", "area"),
        ("hectare", "area"),
        ("kilometer", "length"),
        ("metric_ton", "mass"),
        ("megawatt", "power"),
        ("gigabyte", "information"),
        ("mile_per_hour", "speed"),
        ("degree_celsius", "temperature"),
        ("barrel_per_day", "flow"),
    ],
)
def test_unit_family(unit: str, family: str) -> None:
    assert unit_family(unit) == family


def test_currencies_never_convert() -> None:
    with pytest.raises(pint.errors.DimensionalityError):
        ureg.Quantity(1, "USD").to("EUR")


@pytest.mark.parametrize(
    "unit", ["furlongs_per_fortnight_xyz", "", "2 +", "meter ** ** 2", "million"]
)
def test_unknown_units_raise_unit_error(unit: str) -> None:
    with pytest.raises(UnitError) as info:
        to_base(1, unit)
    assert info.value.text == unit


def test_every_table_unit_is_known() -> None:
    for unit in {*UNIT_WORDS.values(), *CURRENCY_WORDS.values(), *CURRENCY_SIGNS.values()}:
        assert unit_family(unit)
        to_base(1, unit)


def test_every_table_unit_is_named_as_the_interchange_names_units() -> None:
    # an ISO currency code, or a unit name in lower case with underscores (`degree_celsius`, not pint's
    # `degree_Celsius`), which the claims file's checker accepts
    for unit in {*UNIT_WORDS.values(), *CURRENCY_WORDS.values(), *CURRENCY_SIGNS.values()}:
        assert re.fullmatch(r"[A-Z]{3}|[a-z]+(_[a-z]+)*", unit), unit


def test_currency_codes_are_iso_shaped() -> None:
    assert {"USD", "EUR", "GBP", "CNY", "JPY", "CAD", "INR"} <= CURRENCY_CODES
    assert all(len(code) == 3 and code.isupper() for code in CURRENCY_CODES)


def test_base_values_carry_no_binary_noise() -> None:
    assert to_base(15, "ppb") == (1.5e-08, "dimensionless")  # 15 * 1e-9 is 1.5000000000000002e-08
