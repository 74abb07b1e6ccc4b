"""Sentence splitting: offsets, abbreviations, decimals, list numbers, paragraphs."""

from __future__ import annotations

import pytest

from factdb.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output rose 5% in May. Exports fell.", ["Output rose 5% in May.", "Exports fell."]),
        (
            "GDP grew 5.2 percent. It was the fastest pace.",
            ["GDP grew 5.2 percent.", "It was the fastest pace."],
        ),
        (
            "The U.S. economy added 200,000 jobs. Wages rose.",
            ["The U.S. economy added 200,000 jobs.", "Wages rose."],
        ),
        (
            "Dr. Smith said sales rose. Mr. Lee agreed.",
            ["Dr. Smith said sales rose.", "Mr. Lee agreed."],
        ),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        (
            "He said, “Prices rose 3%.” Then he left.",
            ["He said, “Prices rose 3%.”", "Then he left."],
        ),
        ("Orders: 1. Arrest him; 2. Seize phones.", ["Orders: 1. Arrest him; 2. Seize phones."]),
        ("Is it up? Yes! It rose 4%.", ["Is it up?", "Yes!", "It rose 4%."]),
        (
            "Revenue hit $4.5 bn in Jan. 2024 results.",
            ["Revenue hit $4.5 bn in Jan. 2024 results."],
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_give_back_the_text() -> None:
    text = "  Headline\n\nFirst one. Second one.\n– 2019: Marriages fell below 10 million\n"
    sentences = split_sentences(text, offset=100)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Headline", 0),
        ("First one.", 1),
        ("Second one.", 1),
        ("– 2019: Marriages fell below 10 million", 2),
    ]
    for s in sentences:
        assert text[s.start - 100 : s.end - 100] == s.text


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("  \n\n ") == []


def test_a_possessive_ends_a_sentence_where_an_initial_would_not() -> None:
    text = "Sales beat last year's. Last year's exports were 20 billion yuan. It was J. Smith."
    assert [s.text for s in split_sentences(text)] == [
        "Sales beat last year's.",
        "Last year's exports were 20 billion yuan.",
        "It was J. Smith.",
    ]
