"""NOVEX agendas, council proposals and project names of the twenty-fifth blind batch's
layouts, on invented wording (other places, years and numbering)."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts, times

AGENDA_HEAD = (
    "Uitvoeringsagenda NOVEX Voorbeeldvallei\n"
    "Noordhaven - Zuidveen - Oostmoer\n\n"
    "Opgesteld door: Rijk (BZK, IenW), provincie Voorbeeldland, gemeenten Noordhaven en\n"
    "Zuidveen\n"
    "Versie 2.1 | 12 maart 2034 | besproken in het BOL Oost van 1 maart 2034\n\n"
)


def _starts(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a["number"], [c[:16] for c in commitment_texts(a)]) for a in agreements(text)]


def test_arrow_bullets_before_a_lower_case_word_are_an_actions_commitments() -> None:
    text = AGENDA_HEAD + (
        "P  Water\n"
        "   P.1  Dijkversterking Oostmoer, tweede fase\n"
        "        > het waterschap legt het projectplan ter inzage;\n"
        "        > kosten € 3-4 mln, geheel regionaal.\n\n"
        "   P.2  Natuurprogramma Zuidveen\n"
        "        > de gemeenten zetten het programma voort.\n"
    )
    assert _starts(text) == [
        ("P.1", ["het waterschap l", "kosten € 3-4 mln"]),
        ("P.2", ["de gemeenten zet"]),
    ]


def test_a_sentence_of_background_under_an_action_title_is_no_commitment() -> None:
    text = AGENDA_HEAD + (
        "R  Bereikbaarheid\n"
        "   R.1  Tramlijn Noordhaven - Zuidveen, verlenging\n"
        "        De verkenning loopt sinds mei 2032.\n"
        "        > het Rijk en de provincie nemen de voorkeursbeslissing\n"
        "          uiterlijk 30 juni 2035;\n"
        "        > de regio reserveert EUR 21 mln; het Rijk 0,2 mld euro.\n"
        "        Planning: voorkeursbeslissing medio 2035\n\n"
        "   R.2  Fietsroute Oostmoer - Zuidveen\n"
        "        Het ontwerp is klaar.\n"
        "        > de gemeente Oostmoer start de aanleg in het voorjaar;\n"
        "        > de provincie draagt € 900.000 bij.\n"
        "        Planning: gereed 2036\n"
    )
    assert _starts(text) == [
        ("R.1", ["het Rijk en de p", "de regio reserve"]),
        ("R.2", ["de gemeente Oost", "de provincie dra"]),
    ]


def test_the_year_of_a_cited_programme_or_agenda_is_an_event() -> None:
    text = AGENDA_HEAD + (
        "Samenvatting\n"
        "Deze agenda bouwt voort op het Groeifonds-programma van 2031 en op de\n"
        "gebiedsagenda van 2O29. Het programma van 2036 volgt later.\n"
    )
    assert times(text)[1] == ["van 2031", "van 2029"]
