"""Which way a change goes: `498,000 fewer`, `a decrease of 0.1 percent`, `rose 7.1%`.

Change claims store their magnitude, as written (`498,000`); the direction is
what lets a report compute the level a change implies (3.43 million + 498,000
for the year before). It is read from the change word nearest the number in
its clause, before or after it.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Direction", "change_direction"]

Direction = Literal["up", "down"]

_DOWN = (
    r"decrease[sd]?|decreasing|declin(?:e[sd]?|ing)|drop(?:s|ped|ping)?|fell|fall(?:s|en|ing)?|"
    r"fewer|less|lower|down|reduc(?:ed|tion|tions|ing)|shr(?:ank|unk|ink|inks|inking)|contract(?:ed|ion|s)?|"
    r"cut(?:s|ting)?|loss(?:es)?|lost|plung(?:e[sd]?|ing)|plummet(?:ed|s)?|slump(?:s|ed)?|dip(?:s|ped)?|"
    r"slid(?:e|es)?|slipped|tumbled|below|negative|deficit|downturn|minus"
)
_UP = (
    r"increase[sd]?|increasing|ris(?:e|es|en|ing)|rose|gr(?:ew|own|ow|ows|owing|owth)|gain(?:s|ed)?|"
    r"more|higher|up|jump(?:s|ed)?|surg(?:e[sd]?|ing)|soar(?:s|ed)?|climb(?:s|ed)?|expan(?:d|ded|ds|sion)|"
    r"above|rebound(?:ed|s)?|uptick|boost(?:ed|s)?"
)
_WORD = re.compile(rf"\b(?:(?P<down>{_DOWN})|(?P<up>{_UP}))\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[;,.](?:\s|$)|\b(?:while|whereas|but|and)\b", re.IGNORECASE)


def change_direction(sentence: str, start: int, end: int) -> Direction | None:
    """`up`, `down` or None (no change word in the number's clause).

    >>> change_direction("Marriages fell to 3.43 million, 498,000 fewer than a year earlier.", 32, 39)
    'down'
    >>> change_direction("Exports rose 7.1% in December.", 13, 17)
    'up'
    """
    before = sentence[:start]
    cut = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    after = sentence[end:]
    stop = next((m.start() for m in _CLAUSE.finditer(after)), len(after))
    found = [(start - m.end(), m) for m in _WORD.finditer(before, cut)]
    found += [(m.start(), m) for m in _WORD.finditer(after, 0, stop)]
    if not found:
        return None
    _, nearest = min(found, key=lambda pair: pair[0])
    return "down" if nearest["down"] else "up"
