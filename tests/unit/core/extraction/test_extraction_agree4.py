"""Agreements of the twenty-first batch: layouts it brought, on invented wording."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts

AGENDA_HEAD = (
    "NOVEX-gebied Voorbeelddelta\n"
    "Uitvoeringsagenda 2031 - 2034\n\n"
    "Opgesteld door: het Rijk (IenW) en de provincie Voorbeeldland\n"
    "Datum: 4 april 2031 - besproken in het BOL West van 20 maart 2031\n\n"
)


def _numbers_and_starts(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a["number"], [c[:24] for c in commitment_texts(a)]) for a in agreements(text)]


def test_an_action_with_arrow_lines_is_an_agreement_whose_first_part_is_its_commitment() -> None:
    for glyph in (">", "→"):
        text = (
            AGENDA_HEAD + "Thema 1.  Water en wonen\n"
            "In het gebied komen tot 2040 ruim 8.000 woningen.\n\n"
            "   Actie 1.1   Sluis Oosthaven, tweede kolk\n"
            f"               {glyph} trekker waterschap Voorbeeld; gereed medio 2033;\n"
            f"               {glyph} kosten € 14 mln, waarvan Rijk € 5 mln.\n"
            "   Actie 1.2   Ringweg Noordkant, ongelijkvloerse kruising\n"
            f"               {glyph} trekker gemeente Noordkant; onderzoek gereed\n"
            "                 in Q3 2032; kosten 200.000 euro.\n\n"
            "Thema 2.  Energie\n"
            "   actie 2.4   Warmtenet Havenkwartier\n"
            f"               {glyph} wie: provincie; realisatie 2033-2034; kosten n.t.b.\n\n"
            "Het volgende BOL West bespreekt de voortgang.\n"
        )
        assert _numbers_and_starts(text) == [
            ("1.1", ["trekker waterschap Voorb"]),
            ("1.2", ["trekker gemeente Noordka"]),
            ("2.4", ["wie: provincie"]),
        ], glyph
        texts = [c for a in agreements(text) for c in commitment_texts(a)]
        assert ";" not in "".join(texts), glyph


def test_a_numbered_line_over_arrow_lines_without_labels_is_no_action() -> None:
    text = (
        AGENDA_HEAD + "Achtergrond\n"
        "   1.1   Ligging van het gebied\n"
        "         > Het gebied ligt tussen twee rivieren; het is laag.\n\n"
    )
    assert [n for n, _ in _numbers_and_starts(text)] == []
