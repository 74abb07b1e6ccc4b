"""Values as a person writes them: `49.4 %`, `≈ 80,000 university students`, `¥12.5 billion`."""

from __future__ import annotations

import math

__all__ = ["format_number", "format_value"]

_QUALIFIER_SIGNS = {
    "approximately": "≈ ",
    "more_than": "> ",
    "at_least": "≥ ",
    "at_most": "≤ ",
    "less_than": "< ",
    "exact": "",
}
_CURRENCY_SIGNS = {"CNY": "¥", "USD": "US$", "EUR": "€", "GBP": "£", "JPY": "JP¥"}
_SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
_UNIT_WORDS = {"percent": "%", "percentage_point": "pp", "index": "", "times": "×", "count": ""}


def format_number(value: float) -> str:
    """A number with thousands separators and at most the digits it needs.

    >>> format_number(3430000.0), format_number(49.4), format_number(12500000000.0)
    ('3.43 million', '49.4', '12.5 billion')
    """
    if not math.isfinite(value):
        return str(value)
    for size, word in _SCALES:
        if abs(value) >= size and (value / size) == round(value / size, 3):
            return f"{value / size:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def format_value(
    value: float,
    unit: str,
    qualifier: str = "exact",
    value_high: float | None = None,
    counted: str | None = None,
) -> str:
    """A claim's value with its qualifier and unit, for tables and reports.

    >>> format_value(49.4, "percent")
    '49.4 %'
    >>> format_value(80000, "count", "approximately", counted="university students")
    '≈ 80,000 university students'
    >>> format_value(12.5e9, "CNY")
    '¥12.5 billion'
    """
    number = format_number(value)
    if value_high is not None:
        number += f" to {format_number(value_high)}"
    sign = _CURRENCY_SIGNS.get(unit)
    if sign:
        text = sign + number
    elif unit in _UNIT_WORDS:
        word = counted if unit == "count" and counted else _UNIT_WORDS[unit]
        text = f"{number} {word}".rstrip()
    elif unit.isupper() and len(unit) == 3:
        text = f"{unit} {number}"
    else:
        text = f"{number} {unit.replace('_', ' ')}"
    return _QUALIFIER_SIGNS.get(qualifier, "") + text
