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


MINUTES = (
    "AFSPRAKEN BESTUURLIJK OVERLEG VOORBEELDREGIO\n\nVoorbeeldstad, 3 maart 2037\n\n"
    "1. NOORDKANT\n\n"
    "1.1 Ringweg Oostkant\n"
    "Het onderzoek is afgerond.\n"
    "Rijk en regio spreken af:\n"
    "• het Rijk neemt in 2038 een startbeslissing;\n"
    "• de provincie reserveert € 5 mln.\n\n"
)


def test_a_numbered_item_that_is_a_sentence_is_an_agreement_of_its_own() -> None:
    for item in (
        "1.2 Rijk en regio stellen in 2038 een gezamenlijke aanpak op voor de\n"
        "    fietsroutes tussen de kernen.\n",
        "1.2. De provincie en de gemeenten werken vóór 2039 een plan uit voor de haven.\n",
        "1.2 Het Rijk onderzoekt met de provincie de verbreding van de brug in 2038.\n"
        "Soort afspraak: onderzoeksafspraak\n",
    ):
        text = MINUTES + item + "\n\n2. OVERIGE PUNTEN\nDe voorzitter sluit de vergadering.\n"
        found = _numbers_and_starts(text)
        assert [n for n, _ in found] == ["1.1", "1.2"], item
        assert found[0][1] == ["het Rijk neemt in 20", "de provincie reserve"]
        assert found[1][1] == [item.lstrip("1.2 ")[:20]]


def test_a_numbered_title_or_a_report_among_agreements_is_no_agreement() -> None:
    for item in (
        "1.2 De provincie en de gemeente Voorbeeld\n",
        "1.2 De planuitwerking voor de brug loopt nog tot in 2038.\n",
    ):
        text = MINUTES + item + "\n\n2. OVERIGE PUNTEN\nDe voorzitter sluit de vergadering.\n"
        assert [n for n, _ in _numbers_and_starts(text)] == ["1.1"], item


DECISION_HEAD = (
    "Ministerie van Voorbeeldzaken\n\nSTARTBESLISSING MIRT-VERKENNING\nRingweg Oostkant\n\n"
    "Den Haag, 3 maart 2037\n\n\n"
    "1. Aanleiding\nDe ringweg staat elke ochtend vast. Een verkenning is nodig.\n\n"
)


def test_a_formula_after_prose_in_a_chapter_of_another_text_is_unnumbered() -> None:
    for chapter in (
        "2. Financiën\nHet Rijk reserveert € 80 mln voor de verkenning.\n"
        "Rijk en regio komen overeen dat de provincie € 10 mln bijdraagt.\n",
        "2. Bekostiging\nDe kosten zijn geraamd op € 90 mln. Rijk en regio spreken af dat de\n"
        "gemeente het tekort aanvult.\n",
    ):
        found = _numbers_and_starts(DECISION_HEAD + chapter + "\n3. Planning\nNajaar 2038.\n")
        assert [n for n, _ in found] == [None], chapter
        assert found[0][1][0][:8] in {"Rijk en ", "Rijk en r"}


def test_a_chapter_opening_with_the_formula_stays_a_numbered_agreement() -> None:
    chapter = (
        "2. Financiën\nRijk en regio komen overeen dat de provincie € 10 mln bijdraagt.\n"
        "Het Rijk reserveert € 80 mln voor de verkenning.\n"
    )
    found = _numbers_and_starts(DECISION_HEAD + chapter + "\n3. Planning\nNajaar 2038.\n")
    assert [n for n, _ in found] == ["2"]


REPORT = (
    "Voortgangsrapportage Programma Voorbeeldspoor\nNummer 7\n\nDen Haag, 3 maart 2037\n\n"
    "1  Inleiding\nDeze rapportage beschrijft de voortgang tot 1 januari 2037.\n\n"
    "2  Projecten\n\n"
    "2.1  Station Oostkant (fase 2)\nDe verkenning is gestart. De provincie draagt\n"
    "3 miljoen euro bij aan de studie naar een keerspoor.\n\n"
    "2.2  Boog Westkant\nDe gemeente levert de grond in 2038 op.\n\n"
    "3  Moties en toezeggingen\nIn het debat van 4 februari is toegezegd de Kamer te\n"
    "informeren; dat gebeurt in bijlage 2.\n"
)


def test_a_report_that_never_speaks_of_agreeing_makes_no_agreements() -> None:
    assert agreements(REPORT) == []
    assert agreements(REPORT.replace("Nummer 7", "Nummer 7 (over de uitvoering)")) == []


def test_a_text_of_another_genre_that_speaks_of_agreeing_keeps_its_agreements() -> None:
    text = REPORT.replace(
        "De gemeente levert de grond in 2038 op.",
        "Rijk en gemeente spreken af dat de gemeente de grond in 2038 oplevert.",
    )
    assert agreements(text) != []


def test_items_of_an_agenda_that_each_agree_after_their_background_stay_numbered() -> None:
    text = (
        "Gebiedsagenda Voorbeeldregio\n\nVoorbeeldstad, 3 maart 2037\n\n"
        "1.  Ringweg Oostkant\n\nDe ringweg is in planuitwerking.\n\n"
        "Rijk en regio spreken af dat de regio het ontwerp in 2038 uitwerkt.\n\n"
        "2.  Boog Westkant\n\nDe gemeente heeft een variant gepresenteerd.\n\n"
        "Rijk en regio spreken af dat het Rijk in 2039 een bijdrage overweegt.\n"
    )
    assert [n for n, _ in _numbers_and_starts(text)] == ["1", "2"]


MEETING = (
    "Afsprakenlijst BO MIRT Voorbeeld\n\nVoorbeeldstad, 3 maart 2037\n\n"
    "1  Ringweg Oostkant\n\nRijk en regio spreken af:\n"
    "- het Rijk neemt in 2038 een besluit;\n- de provincie draagt € 4 mln bij.\n\n\n"
)


def test_a_miscellany_heading_holds_an_unnumbered_agreement_not_one_of_its_own() -> None:
    for heading, formula in (
        ("2  Overig", "Partijen komen overeen dat het volgende overleg in Voorbeeldstad\n"),
        (
            "2. Overige punten",
            "Rijk en regio spreken af dat het volgende overleg in Voorbeeldstad\n",
        ),
        (
            "2  Moties en toezeggingen",
            "Partijen komen overeen dat het volgende overleg in Voorbeeldstad\n",
        ),
    ):
        text = (
            MEETING
            + heading
            + "\n\nDe minister zegt toe de Kamer in december te informeren.\n"
            + formula
            + "plaatsvindt, in het voorjaar van 2038.\n"
        )
        found = _numbers_and_starts(text)
        assert [n for n, _ in found] == ["1", None], heading
        assert found[1][1][0][:8] in {"Partijen", "Rijk en "}


def test_scope_and_decision_chapters_of_another_text_agree_nothing() -> None:
    text = (
        DECISION_HEAD
        + "2. Scope van de verkenning\nDe verkenning onderzoekt de volgende richtingen:\n"
        "a. verbreding van de ringweg naar 2x3 stroken;\nb. een nieuwe aansluiting.\n\n"
        "3. Besluit\nDe Minister besluit, in overeenstemming met de provincie, tot de start\n"
        "van de verkenning.\n"
    )
    assert _numbers_and_starts(text) == []


def test_a_theme_heading_after_an_action_table_is_no_row_of_it() -> None:
    for heading in ("3  GROEN EN WATER", "3  Groen en water", "3.  WERKEN"):
        text = (
            "Uitvoeringsagenda NOVEX Voorbeeldregio\n\nVastgesteld op 3 maart 2037\n\n"
            "2  WONEN\n\nDe regio bouwt tot 2040 veel woningen.\n\n"
            "Nr\tActie\tTrekker\tGereed\tMiddelen\n"
            "A1\tWoonwijk Oostkant: bouwrijp\tgemeente\t2038\t€ 4 mln\n"
            "A2\tBoog Westkant: ontwerp\tprovincie\t2039\tp.m.\n\n\n"
            f"{heading}\n\nDe sector heeft ruimte nodig.\n\n"
            "Nr\tActie\tTrekker\tGereed\tMiddelen\n"
            "A3\tHaven Noordkant: verdieping\twaterschap\t2040\tn.t.b.\n"
        )
        assert [n for n, _ in _numbers_and_starts(text)] == ["A1", "A2", "A3"], heading


AGENDA = (
    "Uitvoeringsagenda NOVEX Voorbeeldregio\n\nVastgesteld op 3 maart 2037\n\n"
    "1  Oostkant\nDe regio bouwt tot 2040 veel woningen. Rijk en regio komen overeen dat de\n"
    "gemeente de bouw niet laat wachten.\n\n"
)


def test_an_action_titled_over_its_label_lines_is_committed_by_its_title() -> None:
    for label in ("Geld: € 2 mln (gemeente)", "Middelen: p.m.", "Kosten: -"):
        text = (
            AGENDA + "A.1  Uitwerking plan Oostkant, eerste fase\n     Wie: gemeente\n"
            f"     Wanneer: 2038\n     {label}\n\n"
            "A.2  Ringweg Oostkant\n     De verkenning voor de ringweg loopt. Het Rijk en de\n"
            "     provincie leggen het voorkeursalternatief voor in 2039.\n"
            f"     Wie: provincie, IenW\n     Wanneer: 2039\n     {label}\n"
        )
        found = {a["number"]: (a["title"], commitment_texts(a)) for a in agreements(text)}
        assert found["A.1"][1][0].startswith("Uitwerking plan Oostkant"), label
        assert found["A.2"][0] == "Ringweg Oostkant"
        assert [c[:22] for c in found["A.2"][1]] == ["Het Rijk en de provinc"]


def test_a_sentence_whose_second_clause_binds_a_party_is_an_undertaking() -> None:
    for body in (
        "De verkenning naar de brug loopt sinds 2035; het Rijk en de regio nemen samen de\n"
        "          voorkeursbeslissing.",
        "Het ontwerp is klaar; de provincie besteedt de bouw in 2038 aan.",
    ):
        text = (
            "Uitvoeringsagenda Voorbeeldhaven\n\nVastgesteld op 3 maart 2037\n\nACTIES\n\n"
            "Actie R1  Leidingstrook Oostkant\n"
            "          Het Rijk legt het tracé vast in een inpassingsplan.\n"
            "          wie: IenW · wanneer: eind 2038 · geld: p.m.\n\n"
            "Actie R2  VERVANGING BRUG WESTKANT\n"
            f"          {body}\n"
            "          wie: IenW · wanneer: eind 2039 · geld: € 3 mln\n"
        )
        found = {a["number"]: commitment_texts(a) for a in agreements(text)}
        assert sorted(found) == ["R1", "R2"], body
        assert found["R2"][0][:12] == body[:12]


def test_a_past_event_before_a_partys_courtesy_is_no_undertaking() -> None:
    text = (
        "Afsprakenlijst BO MIRT Voorbeeld\n\nVoorbeeldstad, 3 maart 2037\n\n1  NOORD\n\n"
        "1.1 Ringweg Oostkant\nRijk en regio spreken af:\n• het Rijk neemt in 2038 een besluit;\n"
        "• de provincie draagt € 4 mln bij.\n\n"
        "1.2 Fietstunnel Westkant\nGeen afspraken. De tunnel is op 6 oktober in gebruik\n"
        "genomen; de gemeente dankt de aannemer voor de goede samenwerking.\n"
    )
    assert [n for n, _ in _numbers_and_starts(text)] == ["1.1"]


def test_a_numbered_heading_ending_in_a_dash_or_connector_wraps_onto_the_next_line() -> None:
    for first, second in (
        ("2.1  Busbaan Oostkant –", "     Westkant Centrum (fase 2)"),
        ("2.1  Busbaan Oostkant -", "Westkant Centrum (fase 2)"),
        ("2.1  Busbaan tussen Oostkant en", "     Westkant Centrum"),
    ):
        text = (
            "Afsprakenlijst BO MIRT Voorbeeld\n\nVoorbeeldstad, 3 maart 2037\n\n2  NOORD\n\n"
            f"{first}\n{second}\n"
            "De eerste fase is opgeleverd. Partijen komen overeen dat:\n"
            "–  de gemeente de eindafrekening uiterlijk 1 april 2038 indient;\n"
            "–  het Rijk het restant van de bijdrage uitbetaalt.\n"
        )
        found = _numbers_and_starts(text)
        assert [n for n, _ in found] == ["2.1"], first
        assert len(found[0][1]) == 2
