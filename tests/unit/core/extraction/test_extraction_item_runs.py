"""Item runs read whatever their layout (eighteenth round of tuning), on invented wording."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts

from ruimtemonitor.core.extraction.letter_scoring import score_letter


def _commitment_score(gold: list[str], have: list[str]) -> tuple[int, int, int]:
    result = {
        "documents": [],
        "agreements": [
            {"number": "1", "title": "Titel", "commitments": [{"text": t} for t in have]}
        ],
    }
    wanted = {"agreements": [{"number": "1", "title": "Titel", "commitments": gold}]}
    score = next(
        s for s in score_letter(result, wanted).scores if s.name == "agreements.commitments"
    )
    return score.correct, score.extracted, score.expected


def test_a_footnote_digit_glued_to_a_word_is_no_part_of_a_quoted_commitment() -> None:
    have = ["het Rijk draagt € 3 mln bij aan de kade;", "de provincie stelt € 2 mln beschikbaar."]
    gold = ["het Rijk draagt € 3 mln2 bij aan de", "de provincie stelt € 2 mln³ beschikbaar"]
    assert _commitment_score(gold, have) == (2, 2, 2)
    # a road number or an amount is no footnote mark
    assert _commitment_score(["de A16 wordt verbreed"], ["de A1 wordt verbreed"]) == (0, 1, 1)
    assert _commitment_score(["IenW draagt 12,5 mln bij"], ["IenW draagt 2,5 mln bij"])[0] == 0


def _numbered(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a["number"], commitment_texts(a)) for a in agreements(text)]
