"""Item runs read whatever their layout (eighteenth round of tuning), on invented wording."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts

from ruimtemonitor.core.extraction.letter_scoring import score_letter


def _commitment_score(gold: list[str], have: list[str]) -> tuple[int, int, int]:
    result = {
        "documents": [],
        "agreements": [
            {"number": "1", "title": "Titel", "commitments": [{"text": t} for t in have]}
        ],
    }
    wanted = {"agreements": [{"number": "1", "title": "Titel", "commitments": gold}]}
    score = next(
        s for s in score_letter(result, wanted).scores if s.name == "agreements.commitments"
    )
    return score.correct, score.extracted, score.expected


def test_a_footnote_digit_glued_to_a_word_is_no_part_of_a_quoted_commitment() -> None:
    have = ["het Rijk draagt € 3 mln bij aan de kade;", "de provincie stelt € 2 mln beschikbaar."]
    gold = ["het Rijk draagt € 3 mln2 bij aan de", "de provincie stelt € 2 mln³ beschikbaar"]
    assert _commitment_score(gold, have) == (2, 2, 2)
    # a road number or an amount is no footnote mark
    assert _commitment_score(["de A16 wordt verbreed"], ["de A1 wordt verbreed"]) == (0, 1, 1)
    assert _commitment_score(["IenW draagt 12,5 mln bij"], ["IenW draagt 2,5 mln bij"])[0] == 0


def _numbered(text: str) -> list[tuple[str | None, list[str]]]:
    return [(a["number"], commitment_texts(a)) for a in agreements(text)]


ARRANGEMENT_HEAD = (
    "Ruimtelijk Arrangement Voorbeeldland\n"
    "Vastgesteld en ondertekend te Voorbeeldstad, 12 maart 2031\n\n"
    "Inleiding\n"
    "De gemeente Veenstad groeit tot 2040 met circa 6.000 woningen. Het arrangement is\n"
    "besproken in het BOL Voorbeeldland van 2 februari 2031.\n\n"
)


def test_an_arrangement_states_its_agreements_in_a_tab_separated_table() -> None:
    text = ARRANGEMENT_HEAD + (
        "Afspraken\n"
        "Nr\tOnderwerp\tAfspraak\tGereed\tBijdrage\n"
        "VL-1\tRondweg Veenstad\tDe provincie stelt het tracé van de rondweg vast.\t2032\t€ 4 mln\n"
        "VL-2\tHalte Kleidorp\tIenW en ProRail onderzoeken een extra halte.\t2033\tp.m.\n"
        "VL-3\tKade Molenbeek\tVervallen\t-\t-\n\n"
        "Beheer\nDe provincie leidt het ambtelijk overleg.\n"
    )
    assert _numbered(text) == [
        ("VL-1", ["De provincie stelt het tracé van de rondweg vast."]),
        ("VL-2", ["IenW en ProRail onderzoeken een extra halte."]),
    ]


def test_a_bar_table_of_agreements_in_an_arrangement() -> None:
    text = ARRANGEMENT_HEAD + (
        "Nr | Onderwerp | Afspraak | Trekker\n"
        "1 | Fietsroute Noord | De gemeente legt de fietsroute aan voor 2034. | gemeente\n"
        "2 | Station Zuid | Het Rijk draagt € 3 mln bij aan de stationstunnel. | IenW\n\n"
        "Ondertekening\nNamens het Rijk, de minister.\n"
    )
    assert [n for n, _ in _numbered(text)] == ["1", "2"]


def test_an_overview_table_that_repeats_the_numbered_headings_adds_nothing() -> None:
    text = ARRANGEMENT_HEAD + (
        "2.1 Rondweg Veenstad\n"
        "De provincie stelt het tracé van de rondweg in 2032 vast. Het Rijk draagt € 4 mln\n"
        "bij aan de aansluiting op de A99.\n\n"
        "2.2 Halte Kleidorp\n"
        "IenW en ProRail onderzoeken een extra halte bij Kleidorp.\n\n"
        "BIJLAGE  OVERZICHT VAN DE AFSPRAKEN\n\n"
        "Nr.   Afspraak                       Soort           Departement\n"
        "2.1   Rondweg Veenstad               uitvoering      IenW\n"
        "2.2   Halte Kleidorp                 onderzoek       IenW\n"
    )
    assert [n for n, _ in _numbered(text)] == ["2.1", "2.2"]


def test_the_signatories_and_the_definitions_of_a_covenant_agree_nothing() -> None:
    text = (
        "SAMENWERKINGSOVEREENKOMST\nFietsbrug Veenstad\n\n"
        "De ondergetekenden:\n"
        "1. de gemeente Veenstad, te dezen vertegenwoordigd door de wethouder van Verkeer;\n"
        "2. de provincie Voorbeeldland, ten dezen vertegenwoordigd door de gedeputeerde voor\n"
        "   Mobiliteit;\n\n"
        "komen het volgende overeen:\n\n"
        "Artikel 1  Begrippen\n"
        "In deze overeenkomst wordt verstaan onder de brug: de fietsbrug over de Molenbeek.\n\n"
        "Artikel 2  Bijdragen\n"
        "De provincie draagt € 2 mln. bij aan de brug en de gemeente legt de brug aan.\n\n"
        "Aldus overeengekomen te Veenstad op 3 mei 2031.\n"
    )
    assert [n for n, _ in _numbered(text)] == ["2"]


def test_parties_named_for_short_in_the_head_of_an_agreement_undertake_nothing() -> None:
    text = (
        "BESTUURSOVEREENKOMST Kade Kleidorp\n\n"
        "Partijen:\n"
        "a. het waterschap Voorbeeldland, hierna te noemen: het waterschap;\n"
        "b. de gemeente Kleidorp, hierna te noemen: de gemeente;\n\n"
        "Partijen komen het volgende overeen:\n\n"
        "Art. 1  Definities\n"
        "Onder de kade wordt verstaan: de kering langs de haven van Kleidorp.\n\n"
        "Art. 2  Uitvoering\n"
        "Het waterschap versterkt de kade voor 1 januari 2033.\n\n"
        "Art. 3  Kosten\n"
        "De gemeente draagt de helft van de kosten bij.\n\n"
        "Aldus overeengekomen te Kleidorp op 9 juni 2031.\n"
    )
    assert [n for n, _ in _numbered(text)] == ["2", "3"]


MINUTES_HEAD = "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldregio\nDatum: 12 november 2031\n\n"


def test_items_lettered_with_a_capital_and_a_bracket_form_a_run() -> None:
    text = MINUTES_HEAD + (
        "A)  Opening\n"
        "    Het verslag wordt vastgesteld.\n\n"
        "B)  Rondweg Veenstad\n"
        "    De verkenning is afgerond. Rijk en regio spreken af:\n"
        "    i)    de provincie start in 2032 de planuitwerking;\n"
        "    ii)   het Rijk reserveert € 20 mln.\n\n"
        "C)  Vaarweg Kleidorp\n"
        "    i)    Rijkswaterstaat verdiept de vaargeul en de provincie draagt € 2 mln bij;\n"
        "    ii)   de aanbesteding start uiterlijk 1 juli 2032.\n\n"
        "D)  Rondvraag\n"
        "    Geen punten.\n"
    )
    found = _numbered(text)
    assert [n for n, _ in found] == ["B", "C"]
    assert found[1][1][1] == "de aanbesteding start uiterlijk 1 juli 2032."


def test_items_lettered_with_a_capital_in_brackets_or_with_a_full_stop() -> None:
    bracketed = MINUTES_HEAD + (
        "(A)  Opening\nHet verslag wordt vastgesteld.\n\n"
        "(B)  Fietsroute Noord\n"
        "- de gemeente legt de route in 2033 aan;\n"
        "- de provincie draagt de helft van de kosten.\n\n"
        "(C)  Station Zuid\n"
        "- ProRail onderzoekt een tweede perron.\n"
    )
    assert [n for n, _ in _numbered(bracketed)] == ["B", "C"]
    stopped = MINUTES_HEAD + (
        "A.  Opening\n    Het verslag wordt vastgesteld.\n\n"
        "B.  Kade Molenbeek\n"
        "    Afspraken:\n"
        "      i.   Het waterschap en de gemeente rapporteren in 2033 over de kosten.\n\n"
        "C.  Rondvraag\n    Geen punten.\n"
    )
    assert _numbered(stopped) == [
        ("B", ["Het waterschap en de gemeente rapporteren in 2033 over de kosten."])
    ]


def test_a_long_labelled_item_heading_is_not_glued_onto_its_paragraph() -> None:
    text = MINUTES_HEAD + (
        "Onderdeel A   Opening\n"
        "De afsprakenlijst van het vorige overleg van 3 mei 2031 wordt vastgesteld.\n\n"
        "Onderdeel B   N999 Veenstad - Kleidorp (aansluiting Molenbeek - Veenstad Oost)\n"
        "De verkenning is in januari gestart. IenW en de regio komen overeen dat de\n"
        "voorkeursbeslissing uiterlijk eind 2032 valt en dat de regio de extra aan-\n"
        "sluiting bij Molenbeek zelf financiert.\n\n"
        "Onderdeel C   Energie\n"
        "  –  de provincie en de netbeheerder brengen in 2032 de knelpunten op het\n"
        "     bedrijventerrein Veenstad-Noord in kaart;\n"
        "  –  het Rijk neemt de uitkomst mee in het landelijke programma.\n"
    )
    found = agreements(text)
    assert [(a["number"], a["title"]) for a in found] == [
        ("B", "N999 Veenstad - Kleidorp (aansluiting Molenbeek - Veenstad Oost)"),
        ("C", "Energie"),
    ]


AGENDA_HEAD = (
    "NOVEX-gebied Voorbeeldland\nUITVOERINGSAGENDA 2031-2034\n\n"
    "Voorbeeldstad, 14 maart 2031\n\n"
    "1. Wonen\n"
    "De regio bouwt tot 2034 circa 5.000 woningen.\n\n"
)


def test_actions_numbered_by_any_label_word_over_a_label_row() -> None:
    text = AGENDA_HEAD + (
        "Acties\n"
        "Actiepunt 1  Spoorhalte Veenstad-Zuid\n"
        "             ProRail en de gemeente werken een tweede perron uit.\n"
        "             Trekker: provincie | Gereed: eind 2032 | Middelen: € 9 mln\n"
        "Actiepunt 2  Kade Kleidorp\n"
        "             Het havenbedrijf vervangt 300 meter kademuur; het Rijk draagt € 4 mln bij.\n"
        "             Trekker: havenbedrijf | Gereed: 2033 | Middelen: € 8 mln\n"
    )
    assert _numbered(text) == [
        ("1", ["ProRail en de gemeente werken een tweede perron uit."]),
        ("2", ["Het havenbedrijf vervangt 300 meter kademuur; het Rijk draagt € 4 mln bij."]),
    ]
    other = AGENDA_HEAD + (
        "Besluitpunt A – Fietsroute Molenbeek\n"
        "De gemeente legt de fietsroute in 2033 aan.\n\n"
        "Besluitpunt B – Halte Kleidorp\n"
        "IenW en de provincie onderzoeken een extra halte.\n"
    )
    assert [n for n, _ in _numbered(other)] == ["A", "B"]


def test_a_label_word_that_numbers_themes_or_phases_numbers_no_agreement() -> None:
    themes = AGENDA_HEAD + (
        "Opgave A  Water en klimaat\n"
        "Rijk en regio spreken af dat het waterschap de dijk bij Kleidorp in 2033 versterkt.\n\n"
        "Opgave B  Energie\n"
        "De netbeheerder brengt de knelpunten op het bedrijventerrein in kaart.\n"
    )
    assert [n for n, _ in _numbered(themes)] == [None]
    phases = (
        "Samenwerkingsagenda Veenstad\n\n"
        "Fase 1  Verkenning\n"
        "De provincie onderzoekt drie varianten voor de rondweg.\n\n"
        "Fase 2  Planuitwerking\n"
        "De gemeente werkt de gekozen variant uit.\n"
    )
    assert all(n is None for n, _ in _numbered(phases))


def test_actions_with_labels_set_off_by_dot_leaders() -> None:
    text = AGENDA_HEAD + (
        "3  Acties\n\n"
        "K1  Fietsbrug Molenbeek\n"
        "    Trekker ....... gemeente Veenstad\n"
        "    Gereed ........ eind 2032\n"
        "    Middelen ...... € 3,5 mln (Rijk € 1 mln, regio € 2,5 mln)\n"
        "    De gemeente legt de fietsbrug over de Molenbeek aan.\n\n"
        "K2  Monitoring\n"
        "    Trekker ....... stuurgroep\n"
        "    Gereed ........ jaarlijks\n"
        "    Middelen ...... p.m. De stuurgroep rapporteert de voortgang aan het BOL.\n"
    )
    assert _numbered(text) == [
        ("K1", ["De gemeente legt de fietsbrug over de Molenbeek aan."]),
        ("K2", ["De stuurgroep rapporteert de voortgang aan het BOL."]),
    ]


def test_a_frame_heading_without_an_action_label_block_is_still_no_agreement() -> None:
    text = AGENDA_HEAD + (
        "K1  Fietsbrug Molenbeek\n"
        "Trekker: gemeente Veenstad\n"
        "De gemeente legt de fietsbrug over de Molenbeek aan.\n\n"
        "K2  Monitoring\n"
        "De provincie rapporteert jaarlijks over de voortgang van de agenda.\n"
    )
    assert [n for n, _ in _numbered(text)] == ["K1"]


def test_a_body_known_by_its_proper_name_undertakes_in_a_numbered_item() -> None:
    text = MINUTES_HEAD + (
        "3.1  SPOORLIJN VEENSTAD - KLEIDORP\n"
        "     ------------------------------\n"
        "ProRail werkt de verdubbeling tussen Veenstad en Molenbeek aan den Rijn in het kader\n"
        "van het landelijke programma verder uit.\n"
        "IenW zegt toe de reservering van € 8 mln te handhaven. Havenschap Kleidorp zorgt voor\n"
        "de afstemming met de bedrijven op het haventerrein.\n"
        "De regio werkt aan een gebiedsplan. Veenstad Centraal groeit snel.\n\n"
        "3.2  RONDVRAAG\n"
        "Geen punten.\n"
    )
    [(number, commitments)] = _numbered(text)
    assert number == "3.1"
    assert [c.split()[0] for c in commitments] == ["ProRail", "IenW", "Havenschap"]


def test_prose_under_an_afspraak_heading_of_minutes_without_a_time_or_a_sum() -> None:
    text = (
        "Bestuurlijk Overleg MIRT Voorbeeldregio\nAfspraken\n\n"
        "Datum overleg: donderdag 6 november 2031\n\n"
        "Afspraak 1  N999 Veenstad, Molenbrug\n"
        "Partijen zullen de planuitwerking voor de verbreding van de Molenbrug samen uitvoeren.\n"
        "De provincie is en blijft opdrachtgever; het Rijk levert een bijdrage van 3 miljoen.\n\n"
        "Afspraak 2  Spoorlijn Kleidorp\n"
        "Toegezegd is dat ProRail de resultaten van het onderzoek voor de zomer van 2032\n"
        "aan de regio voorlegt. Gemeenten in de regio en de provincie bepalen daarna of een\n"
        "vervolgstudie nodig is. De provincie draagt zorg voor de aanbesteding.\n"
    )
    found = _numbered(text)
    assert [(n, [c.split()[0] for c in cs]) for n, cs in found] == [
        ("1", ["Partijen", "De"]),
        ("2", ["Toegezegd", "Gemeenten", "De"]),
    ]


def test_what_a_municipality_does_under_an_arrangement_block_stays_background() -> None:
    text = ARRANGEMENT_HEAD + (
        "Afspraak 3.2  Stationsgebied Veenstad\n"
        "De gemeente Veenstad ontwikkelt rond het station ongeveer 2.000 woningen. Het Rijk\n"
        "draagt € 12 miljoen bij aan de fietsonderdoorgang.\n\n"
        "Afspraak 3.3  Kade Kleidorp\n"
        "Rijk en provincie zullen de kade samen laten versterken.\n"
    )
    assert _numbered(text) == [
        ("3.2", ["Het Rijk draagt € 12 miljoen bij aan de fietsonderdoorgang."]),
        ("3.3", ["Rijk en provincie zullen de kade samen laten versterken."]),
    ]


def test_a_formula_sentence_above_the_bullets_of_an_item_is_a_commitment_itself() -> None:
    text = MINUTES_HEAD + (
        "1   Wonen\n\n"
        "1.a  Stationsgebied Veenstad\n"
        "     Rijk en regio spreken af dat de gemeente en de provincie een gezamenlijke\n"
        "     aanpak opstellen voor de geluidshinder van het spoor.\n"
        "     — VRO draagt hieraan 2,4 miljoen euro bij.\n\n"
        "1.b  Haven Kleidorp\n"
        "     Rijk en regio spreken af dat:\n"
        "     — de provincie de kade in 2033 versterkt;\n"
        "     — het Rijk de helft van de kosten draagt.\n\n"
        "1.c  Fietsroute Molenbeek\n"
        "     Wat spreken we af?\n"
        "     — De gemeente legt de fietsroute in 2034 aan.\n"
        "     — De provincie draagt € 1 mln bij.\n"
    )
    found = dict(_numbered(text))
    assert [c.split()[0] for c in found["1.a"]] == ["Rijk", "VRO"]
    assert [c.split()[1] for c in found["1.b"]] == ["provincie", "Rijk"]
    assert [c.split()[1] for c in found["1.c"]] == ["gemeente", "provincie"]


def test_a_passive_with_a_party_as_its_agent_is_undertaken_by_that_party() -> None:
    text = AGENDA_HEAD + (
        "   K-1  Fietsbrug Molenbeek\n"
        "        De gemeente onderzoekt in 2032 de haalbaarheid van een fietsbrug.\n"
        "        Kosten van het onderzoek: ca. 300 duizend euro, gedeeld door gemeente en\n"
        "        provincie.\n\n"
        "   K-2  Kade Kleidorp\n"
        "        De kade wordt door het waterschap versterkt. Het ontwerp is opgesteld door\n"
        "        de provincie. De kosten worden gedragen door het Rijk.\n"
    )
    found = dict(_numbered(text))
    assert [c.split()[0] for c in found["K-1"]] == ["De", "Kosten"]
    assert [c.split()[1] for c in found["K-2"]] == ["kade", "kosten"]


def test_sentences_numbered_three_deep_each_under_its_own_heading() -> None:
    text = MINUTES_HEAD + (
        "1  Bereikbaarheid\n"
        "1.1  Rondweg Veenstad\n"
        "1.1.1  De provincie start de planuitwerking in 2032.\n"
        "1.1.2  Het Rijk stelt € 5 mln beschikbaar voor de planuitwerking.\n"
        "1.2  Kade Kleidorp\n"
        "1.2.1  Het waterschap versterkt de kade voor 1 januari 2033.\n\n"
        "2  Rondvraag\nGeen punten.\n"
    )
    assert [n for n, _ in _numbered(text)] == ["1.1.1", "1.1.2", "1.2.1"]


def test_who_leads_a_study_is_a_role_not_an_undertaking() -> None:
    text = ARRANGEMENT_HEAD + (
        "4.1 Zoetwater Voorbeeldland\n"
        "Het waterschap Molenbeek leidt de regionale zoetwaterstudie.\n"
        "De provincie neemt de uitkomsten op in haar omgevingsprogramma voor 1 januari 2033.\n\n"
        "4.2 Spoorlijn Veenstad - Leiden\n"
        "ProRail werkt de verdubbeling tussen Veenstad en Leiden verder uit.\n"
    )
    assert _numbered(text) == [
        (
            "4.1",
            ["De provincie neemt de uitkomsten op in haar omgevingsprogramma voor 1 januari 2033."],
        ),
        ("4.2", ["ProRail werkt de verdubbeling tussen Veenstad en Leiden verder uit."]),
    ]


def test_a_lead_in_written_as_a_bullet_over_bullets_nested_two_deep() -> None:
    text = MINUTES_HEAD + (
        "4. Fietsroute Molenbeek\n"
        "- Rijk en regio spreken af:\n"
        "  o de gemeente legt de route aan;\n"
        "     ▪ eerst het deel langs de haven;\n"
        "     ▪ daarna het deel door het centrum;\n"
        "  o de provincie draagt € 2 mln bij.\n\n"
        "5. Rondvraag\nGeen punten.\n"
    )
    [agreement] = agreements(text)
    assert commitment_texts(agreement) == [
        "de gemeente legt de route aan;",
        "de provincie draagt € 2 mln bij.",
    ]
    assert len(agreement["commitments"][0]["items"]) == 2
    loose = ARRANGEMENT_HEAD + (
        "Samenwerking\n"
        "• Rijk en provincie komen overeen:\n"
        "  – de provincie stelt een gebiedsplan op;\n"
        "  – het Rijk draagt € 1 mln bij aan het plan.\n"
    )
    assert [commitment_texts(a) for a in agreements(loose)] == [
        ["de provincie stelt een gebiedsplan op;", "het Rijk draagt € 1 mln bij aan het plan."]
    ]


def test_labelled_conclusions_and_actions_of_an_item_are_its_commitments() -> None:
    text = MINUTES_HEAD + (
        "Ad 1. Opening\nHet verslag wordt vastgesteld.\n\n"
        "Ad 2. Kade Kleidorp\n"
        "Conclusie: het waterschap versterkt de kade voor 1 januari 2033.\n"
        "Actie: de provincie informeert de gemeenteraad.\n\n"
        "Ad 3. Rondweg Veenstad\n"
        "Besluiten: het Rijk stelt € 5 mln beschikbaar voor de planuitwerking.\n"
    )
    assert _numbered(text) == [
        (
            "2",
            [
                "het waterschap versterkt de kade voor 1 januari 2033.",
                "de provincie informeert de gemeenteraad.",
            ],
        ),
        ("3", ["het Rijk stelt € 5 mln beschikbaar voor de planuitwerking."]),
    ]


def test_an_item_in_an_unusual_numbering_that_holds_one_formula_sentence() -> None:
    for first, second in (("[1]", "[2]"), ("A-1", "A-2")):
        text = MINUTES_HEAD + (
            f"{first} Rondweg Veenstad\n"
            "Rijk en regio spreken af dat de provincie de planuitwerking in 2032 start.\n\n"
            f"{second} Kade Kleidorp\n"
            "• Het waterschap versterkt de kade voor 1 januari 2033.\n"
            "• De gemeente draagt € 1 mln bij.\n"
        )
        assert [n for n, _ in _numbered(text)] == [first.strip("[]"), second.strip("[]")]


def test_an_item_states_its_commitments_as_a_table_of_actions() -> None:
    spaced = MINUTES_HEAD + (
        "3. Rondweg Veenstad\n"
        "   Wat                                   Wie          Wanneer\n"
        "   Planuitwerking starten                provincie    2032\n"
        "   Bijdrage van € 5 mln                  IenW         2033\n\n"
        "4. Rondvraag\nGeen punten.\n"
    )
    assert _numbered(spaced) == [("3", ["Planuitwerking starten", "Bijdrage van € 5 mln"])]
    barred = MINUTES_HEAD + (
        "3. Kade Kleidorp\n"
        "Actie | Trekker | Gereed\n"
        "Kade versterken over 300 meter | waterschap | 2033\n"
        "Vergunning verlenen | provincie | 2032\n\n"
        "4. Rondvraag\nGeen punten.\n"
    )
    assert _numbered(barred) == [("3", ["Kade versterken over 300 meter", "Vergunning verlenen"])]


def test_a_numbered_sentence_wraps_onto_the_next_line_whatever_its_number_word() -> None:
    text = MINUTES_HEAD + (
        "Afspraak 1: Het Rijk stelt € 5 mln beschikbaar voor de planuitwerking van de rondweg\n"
        "Veenstad.\n"
        "Afspraak 2: Het waterschap versterkt de kade bij Kleidorp voor 1 januari 2033.\n"
        "Afspraak 3: De gemeente legt de fietsroute langs de Molenbeek in 2034 aan en draagt\n"
        "De kosten zelf.\n"
    )
    found = _numbered(text)
    assert [n for n, _ in found] == ["1", "2", "3"]
    assert found[0][1] == [
        "Het Rijk stelt € 5 mln beschikbaar voor de planuitwerking van de rondweg Veenstad."
    ]


def test_alternatives_weighed_against_each_other_are_no_items_of_agreement() -> None:
    for word, first, second in (("Variant", "A", "B"), ("Scenario", "1", "2")):
        text = ARRANGEMENT_HEAD + (
            f"{word} {first}  Noordelijk tracé\n"
            "Het Rijk draagt € 40 mln bij en de provincie legt de weg aan langs het kanaal.\n\n"
            f"{word} {second}  Zuidelijk tracé\n"
            "Het Rijk draagt € 55 mln bij en de provincie legt de weg aan door de polder.\n\n"
            "Keuze\n"
            "Rijk en provincie spreken af dat het noordelijke tracé in 2032 wordt uitgewerkt.\n"
        )
        assert [n for n, _ in _numbered(text)] == [None]


def test_bullets_grouped_under_party_labels_end_at_the_next_label() -> None:
    text = MINUTES_HEAD + (
        "3. Rondweg Veenstad\n"
        "Het Rijk:\n"
        "- stelt € 5 mln beschikbaar voor de planuitwerking;\n"
        "- neemt de rondweg op in het MIRT.\n"
        "De gemeente Veenstad:\n"
        "- start de planuitwerking in 2032.\n\n"
        "4. Rondvraag\nGeen punten.\n"
    )
    assert _numbered(text) == [
        (
            "3",
            [
                "stelt € 5 mln beschikbaar voor de planuitwerking;",
                "neemt de rondweg op in het MIRT.",
                "start de planuitwerking in 2032.",
            ],
        )
    ]


def test_a_label_line_under_a_coded_item_is_no_heading_of_its_own() -> None:
    text = ARRANGEMENT_HEAD + (
        "2 Bereikbaarheid\n\n"
        "VL-01  Rondweg Veenstad\n"
        "Partijen: IenW, provincie\n"
        "De provincie stelt het tracé in 2032 vast. Het Rijk draagt € 4 mln bij.\n\n"
        "VL-02  Halte Kleidorp\n"
        "Trekker: ProRail\n"
        "IenW en ProRail onderzoeken een extra halte.\n"
    )
    assert _numbered(text) == [
        ("VL-01", ["De provincie stelt het tracé in 2032 vast.", "Het Rijk draagt € 4 mln bij."]),
        ("VL-02", ["IenW en ProRail onderzoeken een extra halte."]),
    ]


def test_a_labelled_decision_above_the_action_bullets_of_an_item() -> None:
    text = MINUTES_HEAD + (
        "Agendapunt 3   Rondweg Veenstad\n"
        "Besluit:\n"
        "De provincie start de planuitwerking in 2032.\n"
        "Actiepunten:\n"
        "- IenW stuurt de Kamer voor de zomer een brief;\n"
        "- de regio levert de verkeerscijfers aan.\n\n"
        "Agendapunt 4   Kade Kleidorp\n"
        "Conclusie:\n"
        "Actiepunten:\n"
        "- het waterschap versterkt de kade voor 2033.\n"
    )
    assert _numbered(text) == [
        (
            "3",
            [
                "De provincie start de planuitwerking in 2032.",
                "IenW stuurt de Kamer voor de zomer een brief;",
                "de regio levert de verkeerscijfers aan.",
            ],
        ),
        ("4", ["het waterschap versterkt de kade voor 2033."]),
    ]


def test_a_day_or_an_adverb_opening_a_sentence_is_no_body_that_binds_itself() -> None:
    text = MINUTES_HEAD + (
        "3.1  KADE KLEIDORP\n"
        "Maandag start de aanbesteding van de kade. Vervolgens start de bouw.\n"
        "Havenschap Kleidorp draagt € 2 mln bij aan de kade.\n\n"
        "3.2  RONDVRAAG\nGeen punten.\n"
    )
    assert _numbered(text) == [("3.1", ["Havenschap Kleidorp draagt € 2 mln bij aan de kade."])]


def test_items_known_by_their_run_agree_what_their_prose_undertakes() -> None:
    for first, second, numbers in (
        ("(A)", "(B)", ["A", "B"]),
        ("1-a", "1-b", ["1-a", "1-b"]),
        ("Nr. 1", "Nr. 2", ["1", "2"]),
        ("No. 1", "No. 2", ["1", "2"]),
        ("(1)", "(2)", ["1", "2"]),
    ):
        text = MINUTES_HEAD + (
            f"{first}  Rondweg Veenstad\n"
            "De provincie start de planuitwerking in 2032. Het Rijk draagt € 5 mln bij.\n\n"
            f"{second}  Kade Kleidorp\n"
            "Het waterschap versterkt de kade voor 2033.\n"
        )
        assert [(n, len(c)) for n, c in _numbered(text)] == [(numbers[0], 2), (numbers[1], 1)]


def test_a_chapter_over_a_formula_sentence_is_no_numbered_agreement() -> None:
    text = ARRANGEMENT_HEAD + (
        "Hoofdstuk 4  Landelijk gebied\n"
        "De financiering van de gebiedsprocessen is onzeker.\n"
        "Rijk en provincie komen overeen dat de provincie de gebiedsprocessen voortzet.\n\n"
        "Hoofdstuk 5  Monitoring\n"
        "De provincie rapporteert jaarlijks over de voortgang.\n"
    )
    assert [n for n, _ in _numbered(text)] == [None]


# Two items numbered in one style, each agreeing by a formula sentence, by bullets or in prose.
_STYLES = [
    ("1.", "2.", "1", "2"),
    ("1)", "2)", "1", "2"),
    ("(1)", "(2)", "1", "2"),
    ("[1]", "[2]", "1", "2"),
    ("A.", "B.", "A", "B"),
    ("A)", "B)", "A", "B"),
    ("(A)", "(B)", "A", "B"),
    ("I.", "II.", "I", "II"),
    ("1a", "1b", "1a", "1b"),
    ("1-a", "1-b", "1-a", "1-b"),
    ("A1", "A2", "A1", "A2"),
    ("A-1", "A-2", "A-1", "A-2"),
    ("A.1", "A.2", "A.1", "A.2"),
    ("§ 1", "§ 2", "1", "2"),
    ("Art. 1", "Art. 2", "1", "2"),
    ("Afspraak 1", "Afspraak 2", "1", "2"),
    ("Nr. 1", "Nr. 2", "1", "2"),
    ("No. 1", "No. 2", "1", "2"),
    ("1°", "2°", "1", "2"),
    ("01", "02", "01", "02"),
    ("Punt 1:", "Punt 2:", "1", "2"),
    ("1 -", "2 -", "1", "2"),
    ("1:", "2:", "1", "2"),
    ("Item 1", "Item 2", "1", "2"),
    ("Besluit 1", "Besluit 2", "1", "2"),
]
_BODIES = {
    "formula": (
        "Rijk en regio spreken af dat de provincie de planuitwerking in 2032 start.\n",
        "Partijen komen overeen dat het waterschap de kade voor 2033 versterkt.\n",
    ),
    "bullets": (
        "- de provincie start de planuitwerking in 2032;\n- het Rijk draagt € 5 mln bij.\n",
        "- het waterschap versterkt de kade voor 2033.\n",
    ),
    "prose": (
        "De provincie start de planuitwerking in 2032. Het Rijk draagt € 5 mln bij.\n",
        "Het waterschap versterkt de kade voor 2033.\n",
    ),
}


def test_items_are_read_alike_in_every_numbering_style() -> None:
    wrong = []
    for head in (MINUTES_HEAD, ARRANGEMENT_HEAD):
        for first, second, one, two in _STYLES:
            for kind, (body_one, body_two) in _BODIES.items():
                text = (
                    head
                    + f"{first}  Rondweg Veenstad\n{body_one}\n{second}  Kade Kleidorp\n{body_two}"
                )
                if [n for n, _ in _numbered(text)] != [one, two]:
                    wrong.append((head[:12], first, kind))
    assert wrong == []
