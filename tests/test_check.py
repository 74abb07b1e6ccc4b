"""Statement checks against the seeds: verdicts, exit codes and ClaimReview."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factdb.check import check, exit_code
from factdb.cli import app
from factdb.errors import CheckError

runner = CliRunner()

CASES = [
    ("China's manufacturing PMI was 49.4% in July 2024", "supported", 0),
    ("China's manufacturing PMI was 51.2% in July 2024", "contradicted", 1),
    ("China registered 3.43 million marriages in the first half of 2024", "supported", 0),
    ("China registered 5 million marriages in the first half of 2024", "contradicted", 1),
    ("Honda's market share in China was 9% in 2023", "unverifiable", 2),
    # the way a fact-checker phrases it, not the way the page did
    ("Marriage registrations fell to 3.43 million in the first half of 2024", "supported", 0),
    ("Chinese brands held 56.2% of China's passenger car market in 2023", "supported", 0),
    # an agency's own series: Caixin is the source of the figure, not whom it is about
    ("Caixin's manufacturing PMI was 49.8 in July 2024", "supported", 0),
    ("Caixin's manufacturing PMI was 51.8 in July 2024", "contradicted", 1),
]


@pytest.mark.parametrize(("statement", "outcome", "code"), CASES)
def test_check_verdicts(seeded_url: str, statement: str, outcome: str, code: int) -> None:
    verdicts = check(seeded_url, statement)
    assert [v.outcome for v in verdicts] == [outcome]
    assert exit_code(verdicts) == code


def test_supported_pmi_cites_the_nbs_figure_reported_by_nbd(seeded_url: str) -> None:
    (verdict,) = check(seeded_url, "China's manufacturing PMI was 49.4% in July 2024")
    (evidence,) = verdict.evidence
    assert (evidence["text"], evidence["reported_by"], evidence["published"]) == ("49.4%", "NBD", "2024-07-31")
    assert "National Bureau of Statistics" in evidence["attributed_to"]


def test_contradicted_shows_the_stored_value(seeded_url: str) -> None:
    (verdict,) = check(seeded_url, "China registered 5 million marriages in the first half of 2024")
    assert [e["value"] for e in verdict.evidence] == [3430000.0]


@pytest.mark.parametrize(("statement", "outcome", "code"), CASES)
def test_check_cli_exit_codes_and_json(seeded_url: str, statement: str, outcome: str, code: int) -> None:
    result = runner.invoke(app, ["--db", seeded_url, "check", statement, "--format", "json"])
    assert result.exit_code == code
    (row,) = json.loads(result.stdout)
    assert row["verdict"] == outcome


def test_claimreview_has_the_schema_org_shape(seeded_url: str) -> None:
    result = runner.invoke(app, [
        "--db", seeded_url, "check", "China's manufacturing PMI was 51.2% in July 2024", "--claimreview",
        "--claimant", "A. Commentator", "--appearance", "https://example.org/post/1",
    ])
    assert result.exit_code == 1
    review = json.loads(result.stdout)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "China's manufacturing PMI was 51.2% in July 2024"
    assert len(review["datePublished"]) == 10 and review["datePublished"][4] == "-"
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (1, 5, 1)
    assert rating["alternateName"] == "Contradicted"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "A. Commentator"}
    assert item["appearance"] == [{"@type": "CreativeWork", "url": "https://example.org/post/1"}]
    assert review["isBasedOn"][0]["publisher"]["name"] == "NBD"


def test_statement_without_a_number_is_an_error(seeded_url: str) -> None:
    with pytest.raises(CheckError):
        check(seeded_url, "The economy is doing fine.")
    result = runner.invoke(app, ["--db", seeded_url, "check", "The economy is doing fine."])
    assert result.exit_code == 1
    assert result.stderr == "error: no numeric claim found in 'The economy is doing fine.'\n"
