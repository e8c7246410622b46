import json
from pathlib import Path

import pytest

from ruimtemonitor.core.extraction import (
    evaluate,
    extract_file,
    extract_text,
    load_gold,
    sample_names,
    sample_path,
    schema,
)

BUNDLE = "000_2625f7667a8edade.txt"
BUNDLE_PDF = "000_2625f7667a8edade.rendered.pdf"
GOLD = "gold-ruimtelijk-arrangement-gelderland.json"

pytestmark = pytest.mark.unit


def test_samples_ship_with_the_package() -> None:
    assert set(sample_names()) == {
        "bundle",
        "mirt_brief",
        "raadsinformatiebrief",
        "ruimtelijk_arrangement",
    }
    for name in sample_names():
        assert sample_path(name, ".gold.json").exists()


@pytest.mark.parametrize(
    "name", ["bundle", "mirt_brief", "raadsinformatiebrief", "ruimtelijk_arrangement"]
)
def test_sample_meets_its_gold(name: str) -> None:
    result = extract_file(sample_path(name)).to_json()
    evaluation = evaluate(result, load_gold(sample_path(name, ".gold.json")))
    for score in evaluation.scores:
        assert score.recall == 1.0, evaluation.report()
        assert score.precision == 1.0, evaluation.report()


@pytest.mark.parametrize(
    "name", ["bundle", "mirt_brief", "raadsinformatiebrief", "ruimtelijk_arrangement"]
)
def test_sample_output_matches_the_json_schema(name: str, schema_errors) -> None:
    result = json.loads(json.dumps(extract_file(sample_path(name)).to_json()))
    assert schema_errors(result, schema()) == []


def test_every_source_cites_the_original_text() -> None:
    text = sample_path("bundle").read_text(encoding="utf-8")
    result = extract_text(text, name="bundle").to_json()
    for agreement in result["agreements"]:
        for commitment in agreement["commitments"]:
            cited = text[commitment["source"]["start"] : commitment["source"]["end"]]
            assert commitment["text"][:12].split()[0] in cited
    for amount in result["amounts"]:
        cited = text[amount["source"]["start"] : amount["source"]["end"]]
        assert " ".join(cited.split()) == " ".join(amount["as_written"].split())
    pages = [d["source"]["page"] for d in result["documents"]]
    assert pages == sorted(pages) and pages[-1] >= 4


@pytest.mark.corpus
def test_corpus_gold_all_agreements_types_departments_and_bullets(
    corpus_dir: Path, schema_errors
) -> None:
    extraction = extract_file(corpus_dir / BUNDLE)
    evaluation = evaluate(extraction, load_gold(corpus_dir / GOLD))
    assert evaluation.score("agreements.number").correct == 24
    assert evaluation.score("agreements.types").correct == 24
    assert evaluation.score("agreements.departments").correct == 24
    assert evaluation.score("agreements.commitments").recall >= 0.95
    assert schema_errors(json.loads(json.dumps(extraction.to_json())), schema()) == []


@pytest.mark.corpus
def test_corpus_documents_projects_and_references(corpus_dir: Path) -> None:
    result = extract_file(corpus_dir / BUNDLE).to_json()
    assert [d["kind"] for d in result["documents"]] == [
        "raadsvoorstel",
        "raadsinformatiebrief",
        "kamerbrief",
        "mirt_brief",
        "ruimtelijk_arrangement",
    ]
    mirt = result["documents"][3]
    assert (mirt["date"], mirt["reference"]) == ("2025-06-12", "IENW/BSK-2025/125348")
    projects = result["projects"]
    mirt_projects = [p for p in projects if p["document"] == mirt["id"]]
    assert {p["region"] for p in mirt_projects} == {
        "Noord",
        "Zuidwest",
        "Oost",
        "Noordwest",
        "Zuid",
        "Nationaal",
    }
    assert len({p["id"] for p in projects}) == len(projects)  # "2.2.1." occurs three times
    inconsistent = [
        (r["number"], r["title_number"]) for r in result["references"] if not r["consistent"]
    ]
    assert inconsistent == [("2.3", "2.4"), ("2.2", "2.3")]
    ranges = [a["values_eur"] for a in result["amounts"] if len(a["values_eur"]) == 2]
    assert [310_000_000, 620_000_000] in ranges
    assert "kst-36600-A-30" in {p["kamerstuk"] for p in result["parliamentary_items"]}


@pytest.mark.corpus
def test_corpus_pdf_path_finds_the_same_agreements(corpus_dir: Path) -> None:
    extraction = extract_file(corpus_dir / BUNDLE_PDF, timeout_s=60)
    assert extraction.clean.source.kind == "pdf"
    assert len(extraction.clean.source.page_starts) == 61
    evaluation = evaluate(extraction, load_gold(corpus_dir / GOLD))
    assert evaluation.score("agreements.number").correct == 24
