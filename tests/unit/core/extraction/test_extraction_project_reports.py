"""Projects a letter reports on, on invented wording: the parts of a programme in a table,
headings in capitals with a phase in brackets, projects reported in a sentence of a letter
to the Kamer, and lines that look like a project's head but are not one."""

import pytest
from tests.unit.core.extraction.readouts import extracted

KAMERBRIEF_HEAD = (
    "Ministerie van Infrastructuur en Waterstaat\n\n"
    "De Voorzitter van de Tweede Kamer\n\n"
    "Datum      14 november 2036\n"
    "Betreft    Uitkomsten Bestuurlijke Overleggen MIRT najaar 2036\n\n"
    "Geachte voorzitter,\n\n"
    "Op 2 november jl. is het Bestuurlijk Overleg MIRT Oost-Nederland gehouden. Met deze brief\n"
    "informeer ik u over de uitkomsten daarvan.\n\n"
)


def _phases(text: str) -> dict[str, str | None]:
    return {p["name"]: p["phase"] for p in extracted(text)["projects"]}


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Deelproject                              Fase             Budget",
            [
                "N99 Veenstad – Kleidorp-Noord            realisatie       € 412 mln",
                "Spoorlijn Kleidorp – Moerdam             planuitwerking   €  96 mln",
            ],
        ),
        (
            "Deelproject | Fase | Raming",
            [
                "N99 Veenstad – Kleidorp-Noord | realisatie | € 412 mln",
                "Spoorlijn Kleidorp – Moerdam | planuitwerking | € 96 mln",
            ],
        ),
        (
            "Deelprojecten\tFase\tBudget (x € 1 mln)",
            [
                "N99 Veenstad – Kleidorp-Noord\trealisatie\t412",
                "Spoorlijn Kleidorp – Moerdam\tplanuitwerking\t96",
            ],
        ),
    ],
)
def test_the_rows_of_a_table_of_a_programmes_parts_are_projects(
    header: str, rows: list[str]
) -> None:
    text = (
        KAMERBRIEF_HEAD + "Sluis Moerdam\n"
        "De nieuwe sluis is in juni opgeleverd.\n\n"
        "Programma Veenstad Bereikbaar\n"
        "De stand van de deelprojecten van het programma staat in tabel 1.\n\n"
        "Tabel 1  Programma Veenstad Bereikbaar, stand november 2036\n"
        + header
        + "\n"
        + "\n".join(rows)
        + "\n\nHoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n"
    )
    phases = _phases(text)
    assert phases["N99 Veenstad – Kleidorp-Noord"] == "realisatie"
    assert phases["Spoorlijn Kleidorp – Moerdam"] == "planuitwerking"
    assert phases["Sluis Moerdam"] == "opgeleverd"
