"""NOVEX agendas, council proposals and project names of the twenty-fifth blind batch's
layouts, on invented wording (other places, years and numbering)."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted, times

AGENDA_HEAD = (
    "Uitvoeringsagenda NOVEX Voorbeeldvallei\n"
    "Noordhaven - Zuidveen - Oostmoer - Westerbroek\n\n"
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


def _project_names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


def test_an_action_row_naming_a_spelled_out_hov_line_is_its_project() -> None:
    text = AGENDA_HEAD + (
        "Acties (export)\n"
        "Nr;Actie;Trekker;Gereed;Budget\n"
        "1;Hoogwaardig openbaar vervoer Noordhaven - Oostmoer: MIRT-verkenning afronden;"
        "provincie;medio 2035;EUR 12,5 mln.\n"
        "2;Fietsbrug Zuidveen, tweede fase: planuitwerking;gemeente;2036;€ 3.100.000\n"
    )
    assert "Hoogwaardig openbaar vervoer Noordhaven - Oostmoer" in _project_names(text)


def test_a_plan_step_of_a_housing_site_after_the_colon_is_no_project() -> None:
    text = AGENDA_HEAD + (
        "Acties (export)\n"
        "Nr;Actie;Trekker;Gereed;Budget\n"
        "1;Zuidveen-Oost, transformatie Kanaalkwartier: uitwerkingsplan 700 woningen;"
        "gemeente Zuidveen;uiterlijk Q2 2035;p.m.\n"
        "2;Tramlijn Noordhaven - Oostmoer, verlenging: verkenning;provincie;2036;€ 9 mln\n"
    )
    names = _project_names(text)
    assert "Tramlijn Noordhaven - Oostmoer, verlenging" in names
    assert not any(name.startswith("Zuidveen-Oost") for name in names)


def _proposal(first_point: str, parts: list[str], rows: list[str]) -> str:
    lettered = "".join(f"    {'abc'[i]}.  {part}\n" for i, part in enumerate(parts))
    table = "".join(f"{row}\n" for row in rows)
    return (
        "GEMEENTE OOSTMOER                                         Raadsvoorstel\n\n"
        "Registratienummer : 33.0412\n"
        "Datum voorstel    : 2 maart 2033\n"
        "Raadsvergadering  : 14 april 2033\n"
        "Onderwerp         : Herinrichting centrum Oostmoer en krediet\n\n"
        "Voorgesteld besluit\n"
        "De raad besluit:\n"
        f"1.  {first_point}\n{lettered}"
        "2.  een krediet van € 2.300.000,- beschikbaar te stellen.\n\n"
        "Financiën (x € 1.000)\n"
        "Onderdeel;2033;2034;2035;Totaal\n" + table + "\n"
    )


def test_a_council_proposal_is_about_the_work_its_first_decision_point_designs() -> None:
    text = _proposal(
        "in te stemmen met het Definitief Ontwerp Busknoop Oostmoer:",
        ["een busplatform met zes haltes;", "een fietsenstalling voor 800 fietsen;"],
        ["Busplatform;200;900;-;1.100", "Fietsenstalling (gemeentelijk deel);-;700;500;1.200"],
    )
    assert _project_names(text) == ["Busknoop Oostmoer"]


def test_a_heading_long_enough_to_look_wrapped_stands_over_its_sentence() -> None:
    text = (
        "Datum      4 mei 2034\n"
        "Betreft    Voortgang projecten\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik u over de voortgang van enkele projecten in de regio,\n"
        "zoals afgesproken in het overleg van dit voorjaar met de provincies.\n\n"
        "   Vaarweg Noordhaven aan de Linge - Oostmoer, verruiming\n"
        "   De verkenning is gestart en loopt tot de zomer van 2035; de provincie\n"
        "   draagt 8 miljoen euro bij aan de nieuwe kades bij Oostmoer.\n"
    )
    assert _project_names(text) == ["Vaarweg Noordhaven aan de Linge - Oostmoer, verruiming"]


def test_the_last_line_of_a_wrapped_table_cell_heads_nothing() -> None:
    text = (
        "Datum      4 mei 2034\n"
        "Betreft    Stand van zaken toezeggingen\n\n"
        "Geachte voorzitter,\n\n"
        "Toezegging                                  | Stand van zaken\n"
        "--------------------------------------------|------------------------------\n"
        "Commissiedebat MIRT 3 juni 2033: de Kamer   | Afgedaan met deze brief.\n"
        "informeren over het fietspad                |\n"
        "Zuidveen-Oost                               |\n"
        "Motie-Jansen c.s. (38 100 A, nr. 12) over   | Afgedaan.\n"
        "de veiligheid van de N999                   |\n"
    )
    assert _project_names(text) == []
