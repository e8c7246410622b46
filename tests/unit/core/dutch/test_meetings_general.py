"""Meetings that took place, phrased as different authors do (texts written for these tests)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings

pytestmark = pytest.mark.unit

LETTER = dt.date(2031, 12, 2)


def _found(sentence: str) -> list[tuple[str, dt.date]]:
    return sorted({(m.kind, m.date) for m in find_meetings(sentence, year=2031, before=LETTER)})


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        ("In het BO MIRT dd. 12 november 2031 is afgesproken te starten.", "bo_mirt", 12),
        ("Het BO MIRT Oost dd 12 november heeft ingestemd met de aanpak.", "bo_mirt", 12),
        ("Het BO MIRT Oost van 12 nov. 2031 stemde in met de aanpak.", "bo_mirt", 12),
        ("Het BOL Zuid vond plaats op 3 nov. Daarin is de agenda vastgesteld.", "bol", 3),
        ("Tijdens het BO MIRT op 14 okt 2031 is het besluit genomen.", "bo_mirt", 14),
        (
            "Op 12 november 2031 hebben Rijk en regio in het Bestuurlijk Overleg Leefomgeving "
            "afspraken gemaakt.",
            "bol",
            12,
        ),
        ("Het BO MIRT van afgelopen 12 november stemde in met de aanpak.", "bo_mirt", 12),
        ("In het BOL van jongstleden 12 november is de agenda vastgesteld.", "bol", 12),
        (
            "Op 5 november zijn in het BO MIRT Noord afspraken gemaakt over de ringweg.",
            "bo_mirt",
            5,
        ),
    ],
)
def test_a_meeting_dated_in_other_words(sentence: str, kind: str, day: int) -> None:
    month = 10 if "okt" in sentence else 11
    assert _found(sentence) == [(kind, dt.date(2031, month, day))]


@pytest.mark.parametrize(
    "sentence",
    [
        # announced, not held
        "Het BO MIRT Oost vindt plaats op 12 dec. 2031.",
        # another kind of meeting
        "Op 12 nov. 2031 heeft de stuurgroep afspraken gemaakt over de planning.",
        "Het AO MIRT dd. 12 november 2031 is verplaatst.",
        # a date in the sentence that is not the meeting's
        "In het BO MIRT is afgesproken dat de regio op 1 dec. 2032 een voorstel doet.",
        # the meeting is what was talked about, not where
        "Op 12 november 2031 is in de stuurgroep gesproken over het BO MIRT.",
        "Op 10 november hebben de wethouders overlegd over de inbreng voor het BOL Zuid.",
    ],
)
def test_no_meeting_in_sentences_that_hold_none(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In het BO MIRT van 12 november jl. is afgesproken dat de regio bijdraagt.",
        "Het BO MIRT Oost vond plaats op 12 november.",
    ],
)
def test_a_meeting_without_its_year_in_a_letter_of_the_next_year(sentence: str) -> None:
    found = find_meetings(sentence, year=2032, before=dt.date(2032, 1, 15))
    assert [(m.kind, m.date) for m in found] == [("bo_mirt", dt.date(2031, 11, 12))]


def test_a_meeting_announced_for_later_this_month_stays_an_announcement() -> None:
    sentence = "Het BO MIRT Oost vindt plaats op 20 november."
    assert find_meetings(sentence, year=2031, before=dt.date(2031, 11, 15)) == []


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("BOMIRT", "bo_mirt"),
        ("MIRT-BO", "bo_mirt"),
        ("B.O. MIRT Oost", "bo_mirt"),
        ("BO-Leefomgeving Zuid", "bol"),
    ],
)
def test_the_meeting_under_other_spellings(name: str, kind: str) -> None:
    assert _found(f"Het {name} vond plaats op 12 november.") == [(kind, dt.date(2031, 11, 12))]


def test_a_word_that_holds_the_letters_is_no_meeting() -> None:
    assert _found("Het MIRT-Bodemonderzoek vond plaats op 12 november.") == []


def test_a_meeting_dated_in_figures_before_its_name() -> None:
    assert _found("Op 12-11-2031 is het BO MIRT Oost gehouden.") == [
        ("bo_mirt", dt.date(2031, 11, 12))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 12-11-2031 heeft de stuurgroep vergaderd over de planning.",
        "Het BO MIRT Oost is gehouden; de notitie van 03-02-2031 is daarin besproken.",
        "Op 12-11-2031 is het nieuwe postcodegebied 1234-56-2031 vastgesteld.",
    ],
)
def test_figures_that_date_no_meeting(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Het BO MIRT Oost is gehouden; de notitie van 3 februari 2031 is daarin besproken.",
        "In het BO MIRT is gesproken over het advies d.d. 5 maart 2031 van de commissie.",
        "Het BO MIRT Oost vond plaats; het tracébesluit van 12 november 2031 is besproken.",
    ],
)
def test_the_date_of_a_paper_discussed_in_a_meeting_is_not_the_meetings(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "regions"),
    [
        ("De BO's MIRT Noord en Oost vonden op 12 november plaats.", ["Noord", "Oost"]),
        ("Het BO MIRT Oost en het BO MIRT Zuid zijn op 12 november gehouden.", ["Oost", "Zuid"]),
        (
            "Op 12 november vonden de BO's MIRT Noord, Oost en West plaats.",
            ["Noord", "Oost", "West"],
        ),
        # the regions after "dat" are no meetings
        (
            "Het BO MIRT Noord vond op 12 november plaats, zodat Oost en Zuid kunnen starten.",
            ["Noord"],
        ),
    ],
)
def test_one_meeting_per_landsdeel_listed_with_the_name(sentence: str, regions: list[str]) -> None:
    found = find_meetings(sentence, year=2031, before=LETTER)
    assert sorted(m.landsdeel for m in found) == sorted(regions)
    assert {m.date for m in found} == {dt.date(2031, 11, 12)}


@pytest.mark.parametrize(
    ("sentence", "day", "month"),
    [
        ("Het verslag van het BO MIRT Regio Haaglanden van 14/05/2031 wordt vastgesteld.", 14, 5),
        ("Het verslag van het BO MIRT regio Twente van 3 juni 2031 wordt vastgesteld.", 3, 6),
        ("De afsprakenlijst van het BO MIRT Limburg van 2-10-2031 is vastgesteld.", 2, 10),
        ("In het BO MIRT Regio Eindhoven van 7/4/2031 is afgesproken te starten.", 7, 4),
    ],
)
def test_a_meeting_of_a_named_regio_dated_in_figures(sentence: str, day: int, month: int) -> None:
    assert _found(sentence) == [("bo_mirt", dt.date(2031, month, day))]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "b) Verslag BO MIRT Oost van 2031-05-14\nHet verslag wordt vastgesteld.",
            dt.date(2031, 5, 14),
        ),
        ("Het BO MIRT Zuid (2031-10-02) stemde in met de aanpak.", dt.date(2031, 10, 2)),
        (
            "De afsprakenlijst van het BOL Noord d.d. 2031-06-30 is vastgesteld.",
            dt.date(2031, 6, 30),
        ),
    ],
)
def test_a_meeting_dated_in_iso_figures(sentence: str, day: dt.date) -> None:
    assert [d for _, d in _found(sentence)] == [day]
