"""Agreement layouts of the second pass over the sixth blind batch: a lead-in bullet whose
sub-bullets share its undertaking out among named parties."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments

pytestmark = pytest.mark.unit


SHARED_OUT = """Afsprakenlijst BO MIRT Noordwest 2031

4. Kustweg Egmond
Het project is in de verkenning. Rijk en regio spreken af dat:
- het Rijk de bijdrage van € 30 mln. vasthoudt;
- de regio een reserve voor tegenvallers vormt:
    o de provincie Noord-Holland legt 4 miljoen in de reserve;
    o de gemeente Bergen voegt er 1 miljoen euro aan toe;
- de voorkeursbeslissing in de zomer van 2032 valt.
"""


def test_sub_bullets_that_each_name_a_party_are_commitments_of_their_own() -> None:
    (agreement,) = _agreements(SHARED_OUT)
    assert _commitments(agreement) == [
        "het Rijk de bijdrage van € 30 mln. vasthoudt;",
        "de provincie Noord-Holland legt 4 miljoen in de reserve;",
        "de gemeente Bergen voegt er 1 miljoen euro aan toe;",
        "de voorkeursbeslissing in de zomer van 2032 valt.",
    ]
    owners = [c["owner"] for c in agreement["commitments"]]
    assert owners[1] != owners[2]


def test_sub_bullets_that_name_no_party_stay_parts_of_their_bullet() -> None:
    text = SHARED_OUT.replace(
        "de provincie Noord-Holland legt 4 miljoen", "deel 1 wordt in 2032 gevuld met 4 miljoen"
    )
    (agreement,) = _agreements(text)
    assert _commitments(agreement)[1] == "de regio een reserve voor tegenvallers vormt:"
    assert len(_commitments(agreement)) == 3


def test_a_single_sub_bullet_naming_a_party_stays_part_of_its_bullet() -> None:
    text = SHARED_OUT.replace("    o de gemeente Bergen voegt er 1 miljoen euro aan toe;\n", "")
    (agreement,) = _agreements(text)
    assert _commitments(agreement)[1] == "de regio een reserve voor tegenvallers vormt:"


def _agreement_scores(gold_title: str, gold_commitment: str, have_text: str) -> dict:
    from ruimtemonitor.core.extraction.letter_scoring import score_letter

    gold = {
        "genre": "afsprakenlijst",
        "agreements": [{"number": None, "title": gold_title, "commitments": [gold_commitment]}],
    }
    result = {
        "agreements": [{"number": None, "title": have_text, "commitments": [{"text": have_text}]}]
    }
    scores = score_letter(result, gold).scores
    return {s.name: (s.correct, s.extracted, s.expected) for s in scores}


@pytest.mark.parametrize("label", ["Afspraak: ", ""])
def test_the_scorer_takes_an_afspraak_label_as_optional_on_either_side(label: str) -> None:
    sentence = "de waterschappen leggen in 2033 een nieuwe kade aan."
    for gold_label, have_label in ((label, ""), ("", label)):
        scores = _agreement_scores(
            f"{gold_label}{sentence[:35]}", f"{gold_label}{sentence[:38]}", have_label + sentence
        )
        assert scores["agreements"] == (1, 1, 1)
        assert scores["agreements.commitments"] == (1, 1, 1)


def test_the_scorer_still_tells_other_titles_apart() -> None:
    scores = _agreement_scores(
        "Afspraak: de provincie betaalt de kade",
        "Afspraak: de provincie betaalt de kade",
        "de waterschappen leggen in 2033 een nieuwe kade aan.",
    )
    assert scores["agreements"] == (0, 1, 1)
