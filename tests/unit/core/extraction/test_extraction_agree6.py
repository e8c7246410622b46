"""Genres and agreements of the twenty-third batch: layouts it brought, on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts

from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Voorbeeldrade                                RAADSVOORSTEL\n\n"
        "Datum voorstel   : 3 maart 2031\nOnderwerp        : Krediet fietsbrug\n\n"
        "Voorgestelde beslissing\nBeslispunt 1  een krediet beschikbaar te stellen;\n",
        "Gemeente Noordkant\t\t\t\tRaadsvoorstel\n\nAan de gemeenteraad\n\n"
        "Voorgesteld besluit\n1. Het krediet van € 2 mln beschikbaar te stellen.\n",
        "Voorbeeldstad\n\nOnderwerp: Herinrichting Stationsplein\n\n"
        "Beslispunt 1: de begroting te wijzigen.\nArgumenten\n1.1 Het plan is klaar.\n",
    ],
)
def test_a_council_proposal_is_read_by_its_decision_points_and_right_column_name(
    text: str,
) -> None:
    assert classify(text, {}) == "raadsvoorstel"


@pytest.mark.parametrize(
    "title",
    [
        "VERSLAG STATENCOMMISSIE MOBILITEIT EN ECONOMIE",
        "Verslag van de vergadering van de Statencommissie Ruimte",
        "Verslag raadscommissie Fysiek Domein",
        "Verslag van de commissie Bestuur en Middelen",
    ],
)
def test_the_minutes_of_a_committee_are_no_afsprakenlijst(title: str) -> None:
    text = (
        f"Provincie Voorbeeldland\n\n{title}\nVergadering van dinsdag 4 maart 2031, 14.00 uur\n\n"
        "Aanwezig: dhr. A (voorzitter), mw. B; gedeputeerde C.\n\n"
        "1.  Opening\nDe voorzitter opent de vergadering.\n\n"
        "2.  Voortgang projecten\nDe gedeputeerde licht de rapportage toe.\n\n"
        "3.  Rondvraag en sluiting\n"
    )
    assert classify(text, {}) == "other"


def test_the_minutes_of_a_bo_stay_an_afsprakenlijst() -> None:
    text = (
        "Verslag BO MIRT Noordwest, 4 maart 2031\n\nAanwezig: minister, gedeputeerden.\n\n"
        "Afspraken\n1. Rijk en regio spreken af dat de studie start.\n\n2. Rondvraag\n"
    )
    assert classify(text, {}) == "afsprakenlijst"


def _titles_and_starts(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [
        (a["number"], a["title"], [c[:22] for c in commitment_texts(a)]) for a in agreements(text)
    ]


@pytest.mark.parametrize(("header", "gap"), [("Onderwerp", 31), ("Thema", 35)])
def test_rows_of_a_subject_table_without_breaks_part_where_a_new_subject_opens(
    header: str, gap: int
) -> None:
    column = " " * (len(header) + gap)
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldland\n12 maart 2031, Voorbeeldstad\n\n"
        "Aanwezig: minister, gedeputeerden, wethouders.\n\n"
        f"{header}{' ' * gap}Afspraak\n"
        + "\n".join(
            f"{left:<{len(column)}}{right}"
            for left, right in [
                ("N99 Oostring, ongelijkvloerse", "De verkenning is sinds mei 2030 in uitvoering."),
                ("kruising", "Rijk en regio spreken af dat de provincie € 3 mln"),
                ("", "bijdraagt aan de fietsbrug."),
                ("Tramlijn Noord - Centrum -", "De planuitwerking loopt."),
                ("Havenkwartier", "Partijen komen overeen dat de gemeente de"),
                ("", "meerkosten draagt."),
                ("Station Zuid, fietsenstalling", "ProRail levert in 2032 een ontwerp op."),
                ("Rondvraag", "De minister zegt toe de Kamer te informeren."),
            ]
        )
        + "\n\nVolgend overleg: najaar 2031.\n"
    )
    assert _titles_and_starts(text) == [
        (None, "N99 Oostring, ongelijkvloerse", ["Rijk en regio spreken "]),
        (None, "Tramlijn Noord - Centrum -", ["Partijen komen overeen"]),
        (None, "Station Zuid, fietsenstalling", ["ProRail levert in 2032"]),
    ]
