"""Which way a change goes: `498,000 fewer`, `a decrease of 0.1 percent`, `rose 7.1%`.

Change claims store their magnitude, as written (`498,000`); the direction is
what lets a report compute the level a change implies (3.43 million + 498,000
for the year before). It is read from the change word nearest the number in
its clause, before or after it.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["HEADLINE_MOVES", "MOVED_FORMS", "MOVED_PAST", "MOVE_BASES", "MOVE_WORDS", "MOVING", "NUDGED", "PERCENT_MOVES", "Direction", "change_direction"]

Direction = Literal["up", "down"]

# the verbs of a move, by the way they move: base, -s, past, past participle, -ing
_VERB_TABLE = {
    "up": """
        rise rises rose risen rising; grow grows grew grown growing; increase increases increased increased
        increasing; jump jumps jumped jumped jumping; climb climbs climbed climbed climbing; surge surges surged
        surged surging; soar soars soared soared soaring; gain gains gained gained gaining; expand expands
        expanded expanded expanding; rebound rebounds rebounded rebounded rebounding; advance advances advanced
        advanced advancing; widen widens widened widened widening; strengthen strengthens strengthened
        strengthened strengthening; appreciate appreciates appreciated appreciated appreciating; double doubles
        doubled doubled doubling; triple triples tripled tripled tripling; quadruple quadruples quadrupled
        quadrupled quadrupling; improve improves improved improved improving
    """,
    "down": """
        fall falls fell fallen falling; decrease decreases decreased decreased decreasing; decline declines
        declined declined declining; drop drops dropped dropped dropping; slip slips slipped slipped slipping;
        plunge plunges plunged plunged plunging; plummet plummets plummeted plummeted plummeting; tumble tumbles
        tumbled tumbled tumbling; shrink shrinks shrank shrunk shrinking; contract contracts contracted
        contracted contracting; lose loses lost lost losing; slide slides slid slid sliding; sink sinks sank
        sunk sinking; dip dips dipped dipped dipping; slump slumps slumped slumped slumping; retreat retreats
        retreated retreated retreating; weaken weakens weakened weakened weakening; narrow narrows narrowed
        narrowed narrowing; ease eases eased eased easing; depreciate depreciates depreciated depreciated
        depreciating; halve halves halved halved halving
    """,
}
_VERBS = [(way, verb.split()) for way, table in _VERB_TABLE.items() for verb in table.split(";")]
# a change verb's forms but the base, which is also a noun (`a 5% rise`) or follows a modal (`may fall 2%`)
MOVED_FORMS = frozenset(form for _, forms in _VERBS for form in forms[1:])
MOVED_PAST = frozenset(form for _, forms in _VERBS for form in forms[2:4])  # `fell 0.5% to`, `has risen 2%`
MOVING = frozenset(forms[4] for _, forms in _VERBS)  # `..., dropping by 2.08 million`
MOVE_WORDS = frozenset(form for _, forms in _VERBS for form in forms)  # every form, the base too
MOVE_BASES = frozenset(forms[0] for _, forms in _VERBS)  # `saw profits drop 8.4 percent`
# a headline in title case: `Hong Kong Stocks Fall 2%` (in prose, `expected to fall 2%` is a forecast)
HEADLINE_MOVES = frozenset(form.capitalize() for _, forms in _VERBS for form in forms[:2])
# verbs that move a percentage as a market moves (`the Nasdaq added 1.1%`, `shed 0.5%`), while they count
# what is added or shed otherwise (`added 206,000 jobs`)
PERCENT_MOVES = {"up": ("add", "adds", "added", "adding"), "down": ("shed", "sheds", "shedding")}
NUDGED = r"(?:edged|inched|ticked)\s+(?:up|down|higher|lower)"  # a small move, phrased with its way

_DOWN = "|".join(form for way, forms in _VERBS if way == "down" for form in forms) + (
    r"|fewer|less|lower|down|reduc(?:ed|tion|tions|ing)|contraction|cut(?:s|ting)?|loss(?:es)?|below|negative"
    r"|deficit|downturn|minus|wip(?:e|es|ed|ing)\s+(?:out|off)|eras(?:ed|ing)|" + "|".join(PERCENT_MOVES["down"])
)
_UP = "|".join(form for way, forms in _VERBS if way == "up" for form in forms) + (
    r"|growth|more|higher|up|expansion|above|uptick|boost(?:ed|s)?|" + "|".join(PERCENT_MOVES["up"])
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
    itself = _WORD.fullmatch(sentence, start, end)
    if itself:  # the figure is the move: `doubled`
        return "down" if itself["down"] else "up"
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
