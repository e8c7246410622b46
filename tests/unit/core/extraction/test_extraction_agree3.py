"""Agreements of the eighteenth to twentieth batches: layouts they brought, on invented wording."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts

ARRANGEMENT_HEAD = (
    "Ruimtelijk arrangement Voorbeeldprovincie\n"
    "Definitieve versie, na bespreking in het BOL Voorbeeld van 3 maart 2037\n\n"
    "1  Wonen\n\n"
    "1.1  Ringweg Oostkant\n"
    "Soort afspraak: uitvoeringsafspraak\n"
    "•  het Rijk draagt € 4 mln bij aan de aansluiting;\n"
    "•  de provincie neemt het besluit in 2038.\n\n"
)


def _numbers_and_starts(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a["number"], [c[:20] for c in commitment_texts(a)]) for a in agreements(text)]


def test_a_type_line_with_cells_apart_is_no_heading_of_its_own() -> None:
    for gap in ("        ", "   ", "\t\t\t"):
        text = (
            ARRANGEMENT_HEAD + "1.2  Groene zone Westkant\n"
            f"Soort afspraak: beleidsafspraak{gap}Departementen: IenW, VRO\n"
            "Rijk en provincie spreken af dat de provincie met het waterschap uiterlijk 2038\n"
            "de onttrekkingen herverdeelt en dat IenW daarbij de ruimte benut.\n\n"
        )
        assert _numbers_and_starts(text) == [
            ("1.1", ["het Rijk draagt € 4 ", "de provincie neemt h"]),
            ("1.2", ["Rijk en provincie sp"]),
        ], gap
