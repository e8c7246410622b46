"""Fifteenth blind batch: layouts and genres it brought, on invented wording."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts

MINUTES_HEAD = (
    "Bestuurlijk Overleg MIRT Voorbeeldregio\n"
    "Afsprakenlijst\n"
    "==============================\n"
    "Datum:    dinsdag 3 maart 2037\n"
    "Plaats:   Voorbeeldstad, Gemeentehuis\n\n\n"
)


def _numbers_and_starts(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a["number"], [c[:14] for c in commitment_texts(a)]) for a in agreements(text)]


def test_items_numbered_with_a_degree_sign_under_an_underline_are_agreements() -> None:
    text = (
        MINUTES_HEAD + "1°  Opening en verslag\n"
        "==============================\n"
        "Het verslag van het vorige overleg is vastgesteld.\n\n\n"
        "2°  Ringweg Oostkant\n"
        "==============================\n"
        "De planuitwerking loopt. Rijk en regio spreken af:\n"
        ">  het Rijk en de gemeente delen de kosten van de brug;\n"
        ">  de provincie legt het ontwerp voor de zomer voor.\n"
    )
    assert _numbers_and_starts(text) == [("2", ["het Rijk en de", "de provincie l"])]


def test_arrows_and_plus_signs_mark_bullets_before_any_word() -> None:
    text = (
        MINUTES_HEAD + "2°  Ringweg Oostkant\n"
        "==============================\n"
        "Afgesproken wordt:\n"
        "+ Rijkswaterstaat start de aanbesteding dit jaar;\n"
        "+ de gemeente regelt de grond.\n\n"
        "3°  Vaarweg Westkant\n"
        "==============================\n"
        ">  de provincie verdiept de vaargeul;\n"
        ">  het Rijk betaalt de helft.\n"
    )
    assert _numbers_and_starts(text) == [
        ("2", ["Rijkswaterstaa", "de gemeente re"]),
        ("3", ["de provincie v", "het Rijk betaa"]),
    ]


def test_items_numbered_with_a_letter_after_the_chapter_number_are_the_agreements() -> None:
    text = (
        MINUTES_HEAD + "1  WEGEN\n"
        "--------\n\n"
        "1.a  Ringweg Oostkant\n"
        "De verkenning is afgerond. Rijk en regio spreken af:\n"
        "- het Rijk reserveert geld voor de planuitwerking;\n"
        "- de provincie start de planuitwerking.\n\n"
        "1.b  Brug Westkant\n"
        "Rijk en regio spreken af:\n"
        "- de gemeente legt een fietspad aan.\n\n"
        "2  VAARWEGEN\n"
        "--------\n\n"
        "2.a  Sluis Noordkant\n"
        "Afgesproken wordt:\n"
        "- het waterschap onderhoudt de sluis.\n"
    )
    assert _numbers_and_starts(text) == [
        ("1.a", ["het Rijk reser", "de provincie s"]),
        ("1.b", ["de gemeente le"]),
        ("2.a", ["het waterschap"]),
    ]
