"""Sixteenth blind batch: numbered items known by their run, on invented wording."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts

MINUTES_HEAD = (
    "Bestuurlijk Overleg MIRT Voorbeeldregio\n"
    "Afsprakenlijst\n\n"
    "Datum:    woensdag 8 april 2037\n"
    "Plaats:   Voorbeeldstad, Provinciehuis\n\n\n"
)
AGENDA_HEAD = (
    "Uitvoeringsagenda Voorbeeldgebied 2037\n\n"
    "Vastgesteld in het BOL Voorbeeldregio van 8 april 2037.\n\n"
)


def _numbers_and_starts(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a["number"], [c[:14] for c in commitment_texts(a)]) for a in agreements(text)]


def test_items_lettered_after_a_label_word_form_a_run() -> None:
    text = (
        MINUTES_HEAD + "Afspraak A   Opening\n"
        "             Het verslag van het vorige overleg wordt vastgesteld.\n\n"
        "Afspraak B   Kanaalbrug Noord\n"
        "             De studie loopt. Afgesproken wordt:\n"
        "             –  het Rijk draagt de helft van de kosten van de brug;\n"
        "             –  de gemeente maakt het ontwerp voor de zomer.\n\n"
        "Afspraak C   Rondvraag\n"
        "             Er zijn geen vragen.\n"
    )
    assert _numbers_and_starts(text) == [("B", ["het Rijk draag", "de gemeente ma"])]


def test_label_numbers_and_paired_numbers_head_items_with_any_bullet() -> None:
    text = (
        MINUTES_HEAD + "Nr. 1  Opening\n"
        "       Het verslag wordt vastgesteld.\n\n"
        "Nr. 2  Busbaan Zuid\n"
        "       ⁃ de provincie legt de busbaan aan;\n"
        "       ⁃ de gemeente verlegt de kabels.\n\n"
        "Nr. 3  Rondvraag\n"
        "       Geen punten.\n"
    )
    assert _numbers_and_starts(text) == [("2", ["de provincie l", "de gemeente ve"])]
    paired = (
        MINUTES_HEAD + "1-a Fietsroute Oost\n"
        "    □ het Rijk draagt bij aan de fietsbrug;\n"
        "    □ de regio legt de route aan.\n\n"
        "1-b Halte Westwijk\n"
        "    □ de vervoerder verlengt het perron.\n"
    )
    assert _numbers_and_starts(paired) == [
        ("1-a", ["het Rijk draag", "de regio legt "]),
        ("1-b", ["de vervoerder "]),
    ]


def test_a_lone_enumerator_heads_no_item() -> None:
    text = (
        MINUTES_HEAD + "Nr. 4  Busbaan Zuid\n"
        "       ⁃ de provincie legt de busbaan aan;\n"
        "       ⁃ de gemeente verlegt de kabels.\n"
    )
    assert "4" not in [a["number"] for a in agreements(text)]


def test_items_numbered_with_bracketed_roman_numerals_and_degree_bullets() -> None:
    text = (
        MINUTES_HEAD + "(i)    Status\n"
        "       Dit deel loopt tot en met 2040.\n\n"
        "(ii)   Woonwijk Noordrand\n"
        "       °  het Rijk draagt bij aan de ontsluiting van de wijk;\n"
        "       °  de gemeente start de bouw in het voorjaar.\n\n"
        "(iii)  Vervallen\n"
        "       °  de provincie zou het plan herzien.\n"
    )
    assert _numbers_and_starts(text) == [("ii", ["het Rijk draag", "de gemeente st"])]


def test_actions_coded_with_letters_and_a_number_agree_their_bullets() -> None:
    text = (
        AGENDA_HEAD + "ACT.1  Fonds binnenstad\n"
        "       – het Rijk stort een bijdrage in het fonds;\n"
        "       Gereed: eind 2038\n\n"
        "ACT.2  Ontsluiting bedrijventerrein\n"
        "       – de provincie werkt de aansluiting uit;\n"
        "       Gereed: n.t.b.\n"
    )
    assert [a["number"] for a in agreements(text)] == ["ACT.1", "ACT.2"]


def test_coded_actions_over_a_label_block_keep_the_label_reading() -> None:
    text = (
        AGENDA_HEAD + "VB-1  Herinrichting Marktplein\n"
        "  ‣ Wat: de gemeente en het Rijk maken een plan voor het plein.\n"
        "  ‣ Wie: gemeente (trekker)\n"
        "  ‣ Wanneer: eind 2038\n\n"
        "VB-2  Halte Oostpoort\n"
        "  ‣ Wat: de vervoerder en het Rijk onderzoeken een tweede perron.\n"
        "  ‣ Wie: vervoerder\n"
        "  ‣ Wanneer: 2039\n"
    )
    assert _numbers_and_starts(text) == [
        ("VB-1", ["de gemeente en"]),
        ("VB-2", ["de vervoerder "]),
    ]
