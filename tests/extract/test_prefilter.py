"""Prefilters never rule out text their pattern matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factdb.extract  # noqa: F401  (makes every module's patterns)
from factdb.extract.prefilter import Prefiltered


@pytest.mark.parametrize("prefiltered", Prefiltered.instances, ids=lambda p: p.pattern.pattern[:40])
def test_every_match_passes_the_prefilter(prefiltered: Prefiltered) -> None:
    @settings(max_examples=300, deadline=None)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        text = data.draw(st.from_regex(prefiltered.pattern))
        assert prefiltered.may_match(text), text

    check()


def test_text_without_the_words_is_ruled_out() -> None:
    said = Prefiltered(r"\b(?:said|says)\b", ("said", "says"))
    Prefiltered.instances.remove(said)
    assert not said.may_match("Exports rose 5% in May")
    assert said.may_match("ſays")  # re.IGNORECASE reads `ſ` as `s`; lower() does not
