"""Frame chapters in title case, remarks after planned years, a scanned "l" in a sum."""

import pytest
from tests.unit.core.extraction.readouts import agreements, amounts, commitment_texts, times

from ruimtemonitor.core.extraction.cleaning import repair_ocr_digits

pytestmark = pytest.mark.unit


def _numbers_and_titles(text: str) -> list[tuple[str | None, str]]:
    return [(a["number"], a["title"][:30]) for a in agreements(text)]


@pytest.mark.parametrize(
    ("items", "chapter"),
    [
        (["(1)  Woningbouw Kanaaloever", "(2)  Snelfietsroute Oost"], "3.  Monitoring"),
        (["2.1  Woningbouw Kanaaloever", "2.2  Snelfietsroute Oost"], "3  Financiën"),
        (["2a.  Woningbouw Kanaaloever", "2b.  Snelfietsroute Oost"], "3.  Financiële gevolgen"),
    ],
)
def test_a_formula_under_a_title_case_chapter_after_a_chapter_of_items_is_unnumbered(
    items: list[str], chapter: str
) -> None:
    formula = "De partijen komen overeen dat een tekort naar rato gedeeld wordt."
    text = (
        "Ruimtelijk Arrangement Voorbeeldgouw\n\nPartijen: het Rijk en de provincie.\n\n"
        "1.  Inleiding\nDe regio groeit snel.\n\n2.  Afspraken\n\n"
        f"{items[0]}\n•  de gemeente stelt voor 1 mei 2033 het plan vast;\n"
        "•  het Rijk draagt € 2 mln bij.\n\n"
        f"{items[1]}\n•  de provincie draagt € 600.000 bij.\n\n"
        f"{chapter}\nDe bijdragen staan op de begrotingen.\n{formula}\n\n"
        "Ondertekend te Voorbeeldstad op 2 juni 2032.\n"
    )
    found = agreements(text)
    assert [a["number"] for a in found][-1] is None
    assert found[-1]["title"] == formula
    assert commitment_texts(found[-1]) == [formula]
    assert len(found) == 3


def test_an_agenda_item_titled_like_a_chapter_stays_a_numbered_item() -> None:
    """No items of another numbering lie between "2. Mededelingen" and "3. Financiën"."""
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldland\n14 november 2031\n\n"
        "1.  Opening\nDe voorzitter opent.\n\n2.  Mededelingen\nGeen.\n\n"
        "3.  Financiën\nRijk en regio spreken af dat de tekorten naar rato gedeeld worden.\n\n"
        "4.  Rondvraag\nGeen.\n"
    )
    assert _numbers_and_titles(text) == [("3", "Financiën")]


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Gereed                    : 2034 (verwacht)", "2034"),
        ("Openstelling              : 2036 (indicatief)", "2036"),
        ("- Ingebruikname: 2033-2034 (onder voorbehoud)", "2033-2034"),
        ("Oplevering fase 2         : 2041", "2041"),
    ],
)
def test_a_planned_year_after_a_colon_under_a_planning_label_is_a_deadline(
    line: str, year: str
) -> None:
    text = (
        "Gemeente Voorbeeldveen\nRAADSVOORSTEL\nDatum voorstel : 2 februari 2031\n\n"
        f"Planning\nAanbesteding              : voorjaar 2032\n{line}\n\n"
        "Het college,\n"
    )
    deadlines, _ = times(text)
    assert deadlines == ["voorjaar 2032", year]


def test_a_year_after_a_colon_outside_a_planning_list_is_left_alone() -> None:
    text = (
        "Gemeente Voorbeeldveen\nRAADSVOORSTEL\nDatum voorstel : 2 februari 2031\n\n"
        "Begroting                 : 2032\nKenmerk                   : 2031 (intern)\n"
    )
    assert times(text) == ([], [])


def test_a_remark_in_brackets_after_a_labelled_year_keeps_the_year() -> None:
    text = (
        "Uitvoeringsagenda NOVEX Voorbeeldkust\nDatum: 3 maart 2031\n\n"
        "A1.1  Dijkversterking Zuidstrand\nDe provincie versterkt de dijk.\n"
        "Trekker: waterschap / Gereed: 2035 (verwacht) / Middelen: p.m.\n"
    )
    assert "2035" in times(text)[0]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("de regio betaalt l,2 miljoen voor de stalling", 1_200_000),
        ("het Rijk reserveert l,75 mld voor het programma", 1_750_000_000),
        ("een bijdrage van l.5 mln is toegezegd", 1_500_000),
    ],
)
def test_a_lone_l_before_decimals_and_a_sum_word_is_a_one(written: str, value: int) -> None:
    assert [v for _, values in amounts(written) for v in values] == [value]


@pytest.mark.parametrize(
    "text",
    ["zie bijlage l, 2 mln verderop", "het model l,2 meter breed", "punt l,2 miljoenste deel"],
)
def test_an_l_that_is_no_digit_of_a_sum_stays_a_letter(text: str) -> None:
    assert repair_ocr_digits(text) == text
