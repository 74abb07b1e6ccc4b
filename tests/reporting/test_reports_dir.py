"""`reports/` in the repository is what `factdb report all` makes from `seeds/`: regenerate and compare.

Markdown and CSV must match byte for byte, HTML too apart from the chart
inlined in it, and the PNG chart pixel for pixel within a small tolerance, so a
matplotlib patch release that moves an anti-aliased edge does not fail CI.
After a change to the extractor, regenerate with the README's first command.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from matplotlib import image

from factdb.reporting import write_all

COMMITTED = Path(__file__).resolve().parents[2] / "reports"
_CHART = re.compile(r"data:image/png;base64,[A-Za-z0-9+/=]+")


def test_committed_reports_are_what_the_seeds_give(seeded_url: str, tmp_path: Path) -> None:
    write_all(seeded_url, tmp_path)
    fresh = sorted(p.name for p in tmp_path.iterdir())
    assert fresh == sorted(p.name for p in COMMITTED.iterdir())
    for name in fresh:
        new, old = tmp_path / name, COMMITTED / name
        if name.endswith(".png"):
            a, b = image.imread(new), image.imread(old)
            assert a.shape == b.shape, name
            assert float(np.abs(a - b).mean()) < 0.01, name
        elif name.endswith(".html"):
            assert _CHART.sub("data:", new.read_text("utf-8")) == _CHART.sub("data:", old.read_text("utf-8")), name
        else:
            assert new.read_text("utf-8") == old.read_text("utf-8"), name


def test_committed_reports_include_pmi_marriages_and_market_share() -> None:
    index = (COMMITTED / "index.md").read_text("utf-8")
    for stem in ("manufacturing-pmi", "market-share"):
        assert f"]({stem}.md)" in index
    (marriages_file,) = COMMITTED.glob("marriage*.md")  # `marriages` or `marriage registrations`
    assert f"]({marriages_file.name})" in index
    marriages = marriages_file.read_text("utf-8")
    assert "3.928 million" in marriages and "6.835 million" in marriages
