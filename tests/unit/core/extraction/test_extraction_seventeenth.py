"""Seventeenth blind batch: labels that only order the items, on invented wording."""

from tests.unit.core.extraction.readouts import agreements, extracted

MINUTES_HEAD = (
    "Bestuurlijk Overleg MIRT Voorbeeldregio\n"
    "Afsprakenlijst\n\n"
    "Datum:    woensdag 8 april 2037\n"
    "Plaats:   Voorbeeldstad, Provinciehuis\n\n\n"
)


def _names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


def test_a_letter_before_an_item_heading_is_left_off_the_project_name() -> None:
    text = (
        MINUTES_HEAD + "A) Opening\n"
        "Het verslag wordt vastgesteld.\n\n"
        "B) Spoorlijn Veenstad - Kleidorp\n"
        "De planuitwerking loopt. Afgesproken wordt:\n"
        "- het Rijk draagt € 4 mln bij aan de tweede spoorbrug;\n"
        "- de provincie maakt het ontwerp voor de zomer.\n"
    )
    names = _names(text)
    assert "Spoorlijn Veenstad - Kleidorp" in names
    assert not any(name.startswith("B)") for name in names)


def test_an_ordering_word_with_its_number_is_left_off_the_project_name() -> None:
    text = (
        MINUTES_HEAD + "Actiepunt 1 Opening\n"
        "Het verslag wordt vastgesteld.\n\n"
        "Actiepunt 2 Rondweg Kleidorp-Noord\n"
        "De verkenning loopt. Afgesproken wordt:\n"
        "- het Rijk draagt € 3 mln bij aan de rondweg;\n"
        "- de gemeente maakt het ontwerp voor de zomer.\n"
    )
    names = _names(text)
    assert "Rondweg Kleidorp-Noord" in names
    assert not any(name.startswith("Actiepunt") for name in names)


def test_items_headed_by_onderdeel_and_a_letter_form_a_run() -> None:
    text = (
        MINUTES_HEAD + "Onderdeel A  Opening\n"
        "Het verslag wordt vastgesteld.\n\n"
        "Onderdeel B  Kanaalbrug Noord\n"
        "De studie loopt. Afgesproken wordt:\n"
        "- het Rijk draagt de helft van de kosten van de brug;\n"
        "- de gemeente maakt het ontwerp voor de zomer.\n\n"
        "Onderdeel C  Rondvraag\n"
        "Er zijn geen vragen.\n"
    )
    assert [a["number"] for a in agreements(text)] == ["B"]
