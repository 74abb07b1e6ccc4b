"""Units: the one pint registry of factdb, and the surface-text -> unit tables.

pint mixes quantities only from one registry, so this module builds ``ureg`` once,
loads ``units.txt`` (percentage points, index, times, square meters, one dimension
per ISO 4217 currency) and makes it the application registry; nothing else in
factdb calls ``UnitRegistry()``.

The tables below (``CURRENCY_SIGNS``, ``CURRENCY_WORDS``, ``UNIT_WORDS``) are the
only place where `¥`, `US$` or `yuan` meet an ISO code: ``numbers.py`` builds its
patterns from them, so a new currency or unit word is one line here.

>>> to_base(2, "kilometer")
(2000.0, 'meter')
>>> unit_family("CNY"), unit_family("month"), unit_family("percentage_point")
('currency:CNY', 'time', 'percent')
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pint
from pint.facets.plain import PlainQuantity

from factdb.errors import UnitError

__all__ = [
    "CURRENCY_CODES",
    "CURRENCY_SIGNS",
    "CURRENCY_WORDS",
    "UNIT_MULTIPLES",
    "UNIT_WORDS",
    "to_base",
    "unit_family",
    "ureg",
    "without_float_noise",
]

ureg: pint.UnitRegistry[float] = pint.UnitRegistry(on_redefinition="raise")
ureg.load_definitions(str(Path(__file__).with_name("units.txt")))
pint.set_application_registry(ureg)  # type: ignore[no-untyped-call]  # untyped in pint 0.25

# Every ISO code defined in units.txt: each is its own dimension `[currency_XXX]`.
CURRENCY_CODES: frozenset[str] = frozenset(
    name
    for name in dir(ureg)
    if re.fullmatch(r"[A-Z]{3}", name)
    and f"[currency_{name}]" in str(ureg.get_dimensionality(name))
)

# Signs and codes printed before the number (`US$ 339,000`, `€340 million`, `Rs 500 crore`).
# `¥` is read as yuan: factdb's sources are China news, where `¥` almost always is CNY.
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NT$": "TWD",
    "TWD": "TWD",
    "S$": "SGD",
    "SGD": "SGD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "R$": "BRL",
    "MX$": "MXN",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "RMB": "CNY",
    "Rmb": "CNY",  # the Financial Times' style
    "KSh": "KES",
    "CNY": "CNY",
    "JPY": "JPY",
    "₩": "KRW",
    "KRW": "KRW",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "INR": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "₫": "VND",
    "฿": "THB",
    "₱": "PHP",
    "₦": "NGN",
    "₪": "ILS",
    "RM": "MYR",
    "Rp": "IDR",
    "CHF": "CHF",
    # ISO codes written before the amount (`SEK 11 million`); not every code: `ALL` and `TOP` are words too
    **{code: code for code in "SEK NOK DKK PLN CZK HUF ZAR AED SAR BRL MXN RUB TRY IDR MYR THB VND PHP PKR NGN EGP".split()},
}

# Currency words printed after the number (`2.4 million yuan`, `95,000 Canadian dollars`);
# keys are lower case, singular and plural, with the country adjective when one is needed.
_DOLLARS = {
    "": "USD",
    "us ": "USD",
    "u.s. ": "USD",
    "american ": "USD",
    "canadian ": "CAD",
    "australian ": "AUD",
    "hong kong ": "HKD",
    "new taiwan ": "TWD",
    "taiwan ": "TWD",
    "taiwanese ": "TWD",
    "nt ": "TWD",
    "singapore ": "SGD",
    "new zealand ": "NZD",
}
CURRENCY_WORDS: dict[str, str] = {
    **{f"{adj}{noun}": code for adj, code in _DOLLARS.items() for noun in ("dollar", "dollars")},
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",  # `5€`, `10 000 €`: printed after the amount, as in much of Europe
    "eur": "EUR",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "british pounds": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "jpy": "JPY",
    "won": "KRW",
    "korean won": "KRW",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "crore rupees": "INR",
    "ringgit": "MYR",
    "baht": "THB",
    "dong": "VND",
    "rupiah": "IDR",
    "pesos": "MXN",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "swiss francs": "CHF",
    "francs": "CHF",
    "lira": "TRY",
    "rand": "ZAR",
    "reais": "BRL",
    "shekels": "ILS",
    "dirhams": "AED",
    "riyals": "SAR",
    "naira": "NGN",
    "zloty": "PLN",
    "tugriks": "MNT",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "kronor": "SEK",
    "crowns": "SEK",
    "kroner": "NOK",
    "krone": "NOK",
    "krona": "SEK",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "swedish crowns": "SEK",
    "norwegian kroner": "NOK",
    "norwegian crowns": "NOK",
    "danish kroner": "DKK",
    "danish crowns": "DKK",
    "icelandic kronur": "ISK",
    "zlotys": "PLN",
    "czech crowns": "CZK",
    "korunas": "CZK",
    "koruna": "CZK",
    "lei": "RON",
    "turkish lira": "TRY",
    "liras": "TRY",
    "egyptian pounds": "EGP",
    "kenyan shillings": "KES",
    "shillings": "KES",  # or Uganda's, Tanzania's: see `numbers.in_local_currency`
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "argentine pesos": "ARS",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "soles": "PEN",
    "qatari riyals": "QAR",
    "saudi riyals": "SAR",
    "cedis": "GHS",
    "forints": "HUF",
    "forint": "HUF",
    "pataca": "MOP",
    "patacas": "MOP",
    "taka": "BDT",
    "kyat": "MMK",
    "riel": "KHR",
    "tenge": "KZT",
    "tugrik": "MNT",
    "kip": "LAK",
    "lao kip": "LAK",
    "birr": "ETB",
    "uzbek soums": "UZS",
    "soums": "UZS",
    "lari": "GEL",
    "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR",
    "nepali rupees": "NPR",
    "usd": "USD",
    "cad": "CAD",
    "aud": "AUD",
    "hkd": "HKD",
    "chf": "CHF",
    "inr": "INR",
}

# Unit words printed after the number -> DESIGN.md unit (`percent`, `times`, `index`,
# `count`) or a pint unit name.  Keys are lower case except where case decides meaning
# (`MW` megawatt vs `mW`); numbers.py matches case-insensitively only the lower-case keys.
UNIT_WORDS: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "per thousand": "permille",  # `a birth rate of 8.8 per thousand`
    "per thousand points": "permille",  # `1.1 per thousand points lower`
    "per mille": "permille",
    "‰": "permille",
    "pc": "percent",
    "percentage point": "percentage_point",
    "percentage points": "percentage_point",
    "percent point": "percentage_point",
    "percent points": "percentage_point",
    "pct points": "percentage_point",
    "ppt": "percentage_point",
    "ppts": "percentage_point",
    "percentage pts": "percentage_point",
    "pts": "index",  # `down 12 pts`: points, read as `points` is
    "pp": "percentage_point",
    "basis point": "basis_point",
    "basis points": "basis_point",
    "bps": "basis_point",
    "bp": "basis_point",
    "points": "index",
    "point": "index",
    "index points": "index",
    "magnitude": "index",  # `a 7.8-magnitude earthquake`: a reading on a scale
    "on the richter scale": "index",
    "times": "times",
    "fold": "times",
    "x": "times",
    "second": "second",
    "seconds": "second",
    "minute": "minute",
    "minutes": "minute",
    "mins": "minute",
    "hour": "hour",
    "hours": "hour",
    "hrs": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "yrs": "year",
    "century": "century",
    "centuries": "century",
    "year-old": "year",
    "year-olds": "year",  # `16- to 24-year-olds`
    "years-old": "year",  # (`91 years old` is `91 years`, as the annotations write it: `old` is no unit)
    "km": "kilometer",
    "kilometer": "kilometer",
    "kilometers": "kilometer",
    "kilometre": "kilometer",
    "kilometres": "kilometer",
    "meter": "meter",
    "meters": "meter",
    "metre": "meter",
    "metres": "meter",
    "m": "meter",
    "centimeter": "centimeter",
    "centimeters": "centimeter",
    "centimetres": "centimeter",
    "cm": "centimeter",
    "millimeter": "millimeter",
    "millimeters": "millimeter",
    "millimetres": "millimeter",
    "mm": "millimeter",
    "millimetre": "millimeter",
    "mile": "mile",
    "miles": "mile",
    "nautical miles": "nautical_mile",
    "foot": "foot",
    "feet": "foot",
    "ft": "foot",
    "inch": "inch",
    "inches": "inch",
    "square meter": "square_meter",
    "square meters": "square_meter",
    "square metre": "square_meter",
    "square metres": "square_meter",
    "sq m": "square_meter",
    "sqm": "square_meter",
    "m2": "square_meter",
    "m²": "square_meter",
    "square kilometer": "square_kilometer",
    "square kilometers": "square_kilometer",
    "square kilometres": "square_kilometer",
    "sq km": "square_kilometer",
    "km2": "square_kilometer",
    "km²": "square_kilometer",
    "square mile": "square_mile",
    "square miles": "square_mile",
    "square feet": "square_foot",
    "square foot": "square_foot",
    "sq ft": "square_foot",
    "hectare": "hectare",
    "hectares": "hectare",
    "ha": "hectare",
    "acre": "acre",
    "acres": "acre",
    "mu": "chinese_mu",
    "kg": "kilogram",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kilos": "kilogram",
    "jin": "jin",
    "catty": "jin",
    "catties": "jin",
    "g": "gram",  # only right after the digits (numbers._UNIT)
    "gram": "gram",
    "grams": "gram",
    "mg": "milligram",
    "milligrams": "milligram",
    "micrograms": "microgram",
    "microgram": "microgram",
    "micrograms per cubic meter": "microgram_per_cubic_meter",
    "micrograms per cubic metre": "microgram_per_cubic_meter",
    "micrograms per liter": "microgram_per_liter",
    "micrograms per litre": "microgram_per_liter",
    "milligrams per liter": "milligram_per_liter",
    "milligrams per litre": "milligram_per_liter",
    "micrograms per deciliter": "microgram_per_deciliter",
    "micrograms per decilitre": "microgram_per_deciliter",
    "µg/m3": "microgram_per_cubic_meter",
    "µg/m³": "microgram_per_cubic_meter",
    "μg/m3": "microgram_per_cubic_meter",
    "μg/m³": "microgram_per_cubic_meter",
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "deadweight tonnes": "metric_ton",  # a ship's capacity, in tonnes
    "deadweight tons": "metric_ton",
    "metric ton": "metric_ton",
    "metric tons": "metric_ton",
    "ton": "metric_ton",
    "tons": "metric_ton",
    "pound": "pound",  # money when a scale word comes first (`5 billion pounds`): see numbers._unit
    "pounds": "pound",
    "lb": "pound",
    "lbs": "pound",
    "ounce": "ounce",
    "ounces": "ounce",
    "oz": "ounce",
    "light years": "light_year",
    "light-years": "light_year",
    "troy ounce": "troy_ounce",
    "troy ounces": "troy_ounce",
    "fine troy ounces": "troy_ounce",  # central banks' gold holdings
    "liter": "liter",
    "liters": "liter",
    "litre": "liter",
    "litres": "liter",
    "L": "liter",
    "ml": "milliliter",
    "milliliter": "milliliter",
    "milliliters": "milliliter",
    "millilitre": "milliliter",
    "millilitres": "milliliter",
    "gallon": "gallon",
    "gallons": "gallon",
    "tablespoon": "tablespoon",  # recipes and doses
    "tablespoons": "tablespoon",
    "tbsp": "tablespoon",
    "teaspoon": "teaspoon",
    "teaspoons": "teaspoon",
    "tsp": "teaspoon",
    "barrel": "oil_barrel",
    "barrels": "oil_barrel",
    "bushels per acre": "bushel_per_acre",
    "bushels an acre": "bushel_per_acre",
    "bushels": "bushel",
    "bushel": "bushel",
    "barrels per day": "barrel_per_day",
    "barrels a day": "barrel_per_day",
    "bpd": "barrel_per_day",
    "b/d": "barrel_per_day",
    "cubic meters": "cubic_meter",
    "cubic metres": "cubic_meter",
    "cubic kilometers": "cubic_kilometer",
    "cubic kilometres": "cubic_kilometer",
    "mph": "mile_per_hour",
    "km/h": "kilometer_per_hour",
    "kilometers per hour": "kilometer_per_hour",
    "kilometres per hour": "kilometer_per_hour",
    "km per hour": "kilometer_per_hour",
    "miles per hour": "mile_per_hour",
    "meters per second": "meter_per_second",
    "metres per second": "meter_per_second",
    "m/s": "meter_per_second",
    "km/s": "kilometer_per_second",
    "km per second": "kilometer_per_second",
    "kilometers per second": "kilometer_per_second",
    "kilometres per second": "kilometer_per_second",
    "kph": "kilometer_per_hour",
    "knots": "knot",
    "millibars": "millibar",  # a storm's central pressure
    "millibar": "millibar",
    "hectopascals": "hectopascal",
    "hPa": "hectopascal",
    "horsepower": "horsepower",
    "°c": "degree_celsius",
    "degrees celsius": "degree_celsius",
    "°f": "degree_fahrenheit",
    "degrees fahrenheit": "degree_fahrenheit",
    "C": "degree_celsius",
    "F": "degree_fahrenheit",
    "degrees c": "degree_celsius",
    "degrees f": "degree_fahrenheit",
    "watts": "watt",
    "kilowatts": "kilowatt",
    "megawatts": "megawatt",
    "gigawatts": "gigawatt",
    "terawatts": "terawatt",
    # singular in a compound adjective: `a 1.1-gigawatt dam`, `a 100-megawatt plant`
    "watt": "watt",
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "terawatt": "terawatt",
    "megawatt-hours": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour",
    "terawatt-hours": "terawatt_hour",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "TW": "terawatt",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "kilowatt-hours": "kilowatt_hour",
    "Wh": "watt_hour",
    "watt-hours": "watt_hour",
    "megabytes": "megabyte",
    "gigabytes": "gigabyte",
    "terabytes": "terabyte",
    "petabytes": "petabyte",
    "exabytes": "exabyte",
    "nanometers": "nanometer",
    "nanometres": "nanometer",
    "nanometer": "nanometer",
    "nanometre": "nanometer",  # `a 3-nanometre process`
    "nm": "nanometer",  # chip processes: `a 3nm process`
    "MB": "megabyte",
    "GB": "gigabyte",
    "TB": "terabyte",
    "Mbps": "megabit_per_second",
    "Gbps": "gigabit_per_second",
    "mAh": "milliampere_hour",  # battery capacity
    "ppm": "ppm",
    "ppb": "ppb",
    "parts per million": "ppm",
    "parts per billion": "ppb",
    "GHz": "gigahertz",
    "MHz": "megahertz",
    "kHz": "kilohertz",
    "Hz": "hertz",
    "gigahertz": "gigahertz",
    "megahertz": "megahertz",
}

# Unit words that are a fixed multiple of another unit: `two decades` is 20 years (pint's
# `decade` is a logarithmic ratio, not ten years), `20 cents` is 0.2 USD.
UNIT_MULTIPLES: dict[str, tuple[str, float]] = {
    "decade": ("year", 10.0),
    "decades": ("year", 10.0),
    "cents": ("USD", 0.01),
    "cent": ("USD", 0.01),
    "pence": ("GBP", 0.01),
    "p": ("GBP", 0.01),  # `fell 4p to 212p`, only right after the digits
    "bcm": ("cubic_meter", 1e9),  # billion cubic meters of gas
    "mb/d": ("barrel_per_day", 1e6),  # million barrels a day of oil
    "mbpd": ("barrel_per_day", 1e6),
    "megatonne": ("metric_ton", 1e6),
    "megatonnes": ("metric_ton", 1e6),
    "gigatonne": ("metric_ton", 1e9),
    "gigatonnes": ("metric_ton", 1e9),
}

_PERCENT_LIKE = {
    "percent": "percent",
    "permille": "percent",  # a rate per thousand: 8.8 per thousand is 0.88 percent
    "percentage_point": "percentage_point",
    "basis_point": "percentage_point",
    "index": "index",
}
_UNIT_NAME = re.compile(
    r"[A-Za-z_][A-Za-z0-9_]*(?:\s*(?:\*\*\s*\d+|[*/]\s*[A-Za-z_][A-Za-z0-9_]*))*"
)
_FAMILIES = {
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[time]": "time",
    "[mass]": "mass",
    "[temperature]": "temperature",
    "[length] / [time]": "speed",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[length] ** 3 / [time]": "flow",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] / [length] ** 3": "concentration",
}


@lru_cache(maxsize=512)
def _parse(unit: str) -> pint.Unit:
    """Parse a unit name once; unknown names become ``UnitError`` with the text."""
    if not _UNIT_NAME.fullmatch(unit):
        raise UnitError(unit, "not a unit name")
    try:
        return ureg.parse_units(unit)
    except pint.errors.PintError as exc:  # UndefinedUnitError, DefinitionSyntaxError, ...
        raise UnitError(unit, "unknown to factdb's unit registry") from exc


def to_base(value: float, unit: str) -> tuple[float, str]:
    """Return ``value`` in pint base units and that unit's name.

    Percent, index, times, count and currencies are their own base (there is nothing
    sensible to convert 49.4 percent or ¥4 billion into); basis points become
    percentage points; physical units go through pint.

    >>> to_base(25, "basis_point")
    (0.25, 'percentage_point')
    >>> to_base(3, "month")[1]
    'second'
    """
    scale, offset, base = _conversion(unit)
    if scale == 1.0 and offset == 0.0:
        return float(value), base  # counts, percent, money: their own base
    return without_float_noise(float(value) * scale + offset), base


def without_float_noise(value: float) -> float:
    """``value`` to 15 significant digits, which drops the binary noise of a product: 15 ppb is 1.5e-08,
    not 1.5000000000000002e-08, and 155.3 pence 1.553 pounds."""
    return float(f"{value:.15g}")


@lru_cache(maxsize=512)
def _conversion(unit: str) -> tuple[float, float, str]:
    """``unit`` -> base as ``value * scale + offset``: pint is asked once per unit, not per claim."""
    if unit in ("percent", "times", "count") or unit in CURRENCY_CODES:
        return 1.0, 0.0, unit
    target = _PERCENT_LIKE.get(unit)

    def convert(value: float) -> PlainQuantity[float]:
        quantity = ureg.Quantity(value, _parse(unit))
        return quantity.to(target) if target else quantity.to_base_units()

    zero, one = convert(0.0), convert(1.0)
    return float(one.magnitude - zero.magnitude), float(zero.magnitude), str(one.units)


@lru_cache(maxsize=512)
def unit_family(unit: str) -> str:
    """Group units that may be compared: percent/percentage_point/index, time, currency:XXX, ...

    Matches the scorer's families, so a claim read as `index` still meets one read as `percent`.

    >>> unit_family("square_meter"), unit_family("count")
    ('area', 'count')
    """
    if unit in _PERCENT_LIKE:
        return "percent"
    if unit in CURRENCY_CODES:
        return f"currency:{unit}"
    if unit in ("times", "count"):
        return unit
    if unit.endswith(("byte", "bit_per_second")):
        return "information"  # pint's bit is dimensionless
    dims = str(_parse(unit).dimensionality)
    return _FAMILIES.get(dims, dims)
