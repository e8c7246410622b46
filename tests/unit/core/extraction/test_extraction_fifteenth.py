"""Fifteenth blind batch: layouts and genres it brought, on invented wording."""

from tests.unit.core.extraction.readouts import (
    agreements,
    commitment_texts,
    extracted,
    parliamentary_items,
)

from ruimtemonitor.core.extraction.letter_scoring import score_letter

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


BOL_HEAD = (
    "BESTUURLIJK OVERLEG LEEFOMGEVING VOORBEELD\n"
    "Afsprakenlijst\n\n"
    "Voorbeeldstad, Provinciehuis - dinsdag 3 maart 2037, 10.00 tot 12.00 uur\n\n"
)


def test_a_lettered_heading_over_a_lead_in_line_opens_the_next_item() -> None:
    text = (
        BOL_HEAD + "a.  Ringweg Oostkant\n"
        "De verkenning loopt sinds vorig jaar en de regio wil sneller door dan eerst gedacht.\n"
        "Afgesproken wordt:\n"
        "1) het Rijk rondt de verkenning af;\n"
        "2) de provincie betaalt de helft.\n\n"
        "b.  Energie op het haventerrein\n"
        "Afgesproken wordt:\n"
        "1) de netbeheerder maakt een plan voor de aansluitingen;\n"
        "2) het Rijk stelt geld beschikbaar voor de begeleiding.\n"
    )
    assert _numbers_and_starts(text) == [
        ("a", ["het Rijk rondt", "de provincie b"]),
        ("b", ["de netbeheerde", "het Rijk stelt"]),
    ]


ARRANGEMENT_HEAD = (
    "Ruimtelijk arrangement Voorbeeldprovincie\n"
    "Definitieve versie, na bespreking in het BOL Voorbeeld van 3 maart 2037\n\n"
)


def test_a_lettered_party_label_over_numbered_lines_gives_each_line_as_commitment() -> None:
    text = (
        ARRANGEMENT_HEAD + "[1] Glastuinbouw Westkant\n"
        "a. de provincie en de gemeente ontwikkelen het bedrijventerrein verder;\n"
        "b. het Rijk en de provincie:\n"
        "1) stellen voor de zomer de grens van het kassengebied vast;\n"
        "2) verdelen het geld voor de sanering van oude kassen;\n"
        "c. de gemeente neemt de woningbouw op in haar monitor.\n\n"
        "Aldus overeengekomen te Voorbeeldstad, 9 april 2037.\n"
    )
    assert _numbers_and_starts(text) == [
        ("1", ["de provincie e", "stellen voor d", "verdelen het g", "de gemeente ne"])
    ]


def test_an_arrangement_item_in_running_text_holds_its_formula_and_what_follows() -> None:
    text = (
        ARRANGEMENT_HEAD + "[1] Glastuinbouw Westkant\n"
        "a. de provincie en de gemeente ontwikkelen het bedrijventerrein verder;\n"
        "b. de gemeente neemt de woningbouw op in haar monitor.\n\n"
        "[2] Stroomnet Oostkant\n"
        "Het Rijk en de provincie komen overeen dat het nieuwe station voorrang krijgt. "
        "De provincie stelt daarvoor geld voor de begeleiding beschikbaar.\n\n"
        "Aldus overeengekomen te Voorbeeldstad, 9 april 2037.\n"
    )
    assert _numbers_and_starts(text) == [
        ("1", ["de provincie e", "de gemeente ne"]),
        ("2", ["Het Rijk en de", "De provincie s"]),
    ]


def test_an_article_over_a_type_line_with_a_middle_dot_is_a_typed_agreement() -> None:
    text = (
        ARRANGEMENT_HEAD + "Artikel 1  Ringweg Oostkant\n"
        "Soort: procesafspraak · Betrokken: IenW\n"
        "Het ontwerp is klaar; de planuitwerking loopt.\n"
        "Rijk en provincie spreken af dat het Rijk de aansluiting mee ontwerpt.\n\n"
        "Artikel 2  Groene zone Westkant\n"
        "Vervallen; opgegaan in een programma van de provincie.\n\n"
        "Aldus overeengekomen te Voorbeeldstad, 9 april 2037.\n"
    )
    found = agreements(text)
    assert [(a["number"], a["types"], a["departments"]) for a in found] == [
        ("1", ["procesafspraak"], ["IenW"])
    ]
    assert [c[:32] for c in commitment_texts(found[0])] == ["Rijk en provincie spreken af dat"]


def test_a_press_release_or_a_letter_to_a_college_reports_agreements_it_makes_none() -> None:
    press = (
        "PERSBERICHT\nProvincie Voorbeeld\n\nVoorbeeldstad, 15 november 2037\n\n"
        "Rijk en provincie investeren in de ringweg\n\n"
        "Ringweg Oostkant\n"
        "Het onderzoek loopt. Het Rijk en de provincie dragen elk geld bij aan een\n"
        "tijdelijke verkeersregeling.\n"
    )
    letter = (
        "Waterschap Voorbeeld\n\nVoorbeeldstad, 17 mei 2037\nOnderwerp  Dijk en weg\n\n"
        "Geacht college, geachte minister,\n\n"
        "1)  Ringweg Oostkant\n"
        "    De provincie bereidt de reconstructie voor. Wij stellen voor:\n"
        "     + de werkzaamheden in één contract aan te besteden;\n"
        "     + de aanleg te starten in het najaar.\n"
    )
    assert agreements(press) == []
    assert agreements(letter) == []


def test_contents_lines_overview_rows_and_bodies_name_no_project() -> None:
    text = (
        "Provincie Voorbeeld\n\n"
        "RUIMTELIJK ARRANGEMENT VOORBEELD 2037\n\n"
        "Inhoud\n"
        "Artikel 1  Status ........................................... 2\n"
        "Artikel 2  Ringweg Oostkant ................................. 2\n"
        "Artikel 3  Sluis Westkant ................................... 3\n\n"
        "Artikel 1  Status\n"
        "Dit arrangement geldt tot en met 2040.\n\n"
        "Artikel 2  Ringweg Oostkant\n"
        "De planuitwerking loopt. Partijen spreken af:\n"
        "• het Rijk draagt € 5 mln bij;\n"
        "• de provincie draagt € 5 mln bij.\n\n"
        "Artikel 3  Sluis Westkant\n"
        "De verkenning loopt. Partijen spreken af:\n"
        "• het Rijk draagt € 2 mln bij.\n\n"
        "Financieel overzicht (bedragen x € 1.000)\n"
        "| Afspraak            | Rijk  | Provincie |\n"
        "| [2] Ringweg         | 5.000 | 5.000     |\n"
        "| [3] Sluis           | 2.000 | -         |\n\n"
        "Aldus overeengekomen te Voorbeeldstad, 9 april 2037.\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Ringweg Oostkant", "Sluis Westkant"]


def test_a_housing_site_or_a_greenport_heading_an_item_is_a_project() -> None:
    text = (
        BOL_HEAD + "a.  Woningbouwlocatie Voorbeeldstad-Noord\n"
        "De gemeente wil hier tot 2040 circa 2.000 woningen bouwen. Afgesproken wordt:\n"
        "1) het Rijk draagt bij uit de woningbouwimpuls;\n"
        "2) de gemeente stelt het plan vast.\n\n"
        "b.  Greenport Voorbeeldland\n"
        "De herstructurering van de kassen loopt. Afgesproken wordt:\n"
        "1) de provincie stelt een perspectief op;\n"
        "2) het Rijk draagt bij aan de sanering.\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Woningbouwlocatie Voorbeeldstad-Noord", "Greenport Voorbeeldland"]


def test_a_month_after_since_is_a_past_event_of_this_year_or_the_last() -> None:
    head = "De Voorzitter van de Tweede Kamer\n\nDatum 3 februari 2037\nBetreft Voortgang\n\n"
    body = "De planstudie naar de ringweg loopt sinds maart. De verkenning loopt sinds januari.\n"
    result = extracted(head + body)
    assert result["deadlines"] == []
    assert [(e["as_written"], e["date"][:4]) for e in result["events"]] == [
        ("sinds maart", "2036"),
        ("sinds januari", "2037"),
    ]


def test_a_future_verb_of_the_next_line_does_not_move_a_past_month_ahead() -> None:
    head = "De Voorzitter van de Tweede Kamer\n\nDatum 14 november 2037\nBetreft Voortgang\n\n"
    body = (
        "De nieuwe haven bij de Oostpier is in april in gebruik genomen.\n"
        "Het Rijk en de provincie komen overeen dat de bijdrage in 2038 wordt uitgekeerd.\n"
    )
    result = extracted(head + body)
    assert [(e["as_written"], e["date"][:4]) for e in result["events"]] == [("in april", "2037")]
    assert [d["as_written"] for d in result["deadlines"]] == ["in 2038"]


def test_the_scorer_reads_a_gold_quote_cut_at_a_line_end_hyphen_as_its_first_part() -> None:
    gold = {
        "genre": "afsprakenlijst",
        "agreements": [
            {"number": "2", "title": "Ringweg", "commitments": ["het Rijk draagt € 4,5 mil-"]}
        ],
        "deadlines": [{"as_written": "uiterlijk 1 decem-", "year": 2037}],
    }
    result = {
        "agreements": [
            {
                "number": "2",
                "title": "Ringweg",
                "commitments": [{"text": "het Rijk draagt € 4,5 miljoen bij."}],
            }
        ],
        "deadlines": [
            {"as_written": "uiterlijk 1 december 2037", "start": "2037-12-01", "end": "2037-12-01"}
        ],
    }
    scores = {
        s.name: (s.correct, s.extracted, s.expected) for s in score_letter(result, gold).scores
    }
    assert scores["agreements.commitments"] == (1, 1, 1)
    assert scores["deadlines"] == (1, 1, 1)


def test_a_promise_kept_later_in_its_paragraph_or_after_a_semicolon_leaves_no_deadline() -> None:
    head = "De Voorzitter van de Tweede Kamer\n\nDatum 14 november 2037\nBetreft Voortgang\n\n"
    later = (
        "In het debat van 2 juli 2037 heb ik toegezegd u na de zomer te informeren over de\n"
        "brug. De renovatie loopt. Met deze brief doe ik de toezegging gestand.\n"
    )
    semicolon = (
        "Tijdens het overleg van 2 juli 2037 heb ik toegezegd u voor het einde van het jaar\n"
        "over de sluis te informeren; met deze brief doe ik die toezegging gestand.\n"
    )
    assert extracted(head + later)["deadlines"] == []
    assert extracted(head + semicolon)["deadlines"] == []


def test_year_columns_beside_a_total_column_are_headings_not_times() -> None:
    head = "De Voorzitter van de Tweede Kamer\n\nDatum 14 november 2037\nBetreft Voortgang\n\n"
    table = (
        "Bijdragen Rijk (x € 1 mln)\n"
        "| Project          | 2038 | 2039 | Totaal |\n"
        "| Ringweg Oostkant |  5,0 | 12,5 |   17,5 |\n"
    )
    assert extracted(head + table)["deadlines"] == []


def test_milestones_right_aligned_after_dot_leaders_are_one_line_each() -> None:
    head = "De Voorzitter van de Tweede Kamer\n\nDatum 14 november 2037\nBetreft Voortgang\n\n"
    planning = (
        "Planning\n"
        "Tracébesluit ........................................ 2031\n"
        "Gereed tunnel Oostmeer .............................. 2039\n"
        "Openstelling voor reizigers .................... dec. 2040\n"
    )
    deadlines, events = (
        [d["as_written"] for d in extracted(head + planning)[k]] for k in ("deadlines", "events")
    )
    assert events == ["2031"]
    assert deadlines == ["2039", "dec. 2040"]


def test_keeping_a_promise_later_in_its_paragraph_names_no_new_commitment() -> None:
    body = (
        "In het commissiedebat van 2 maart 2031 heb ik toegezegd u voor de zomer te informeren\n"
        "over de brug. De renovatie is in uitvoering. De brug gaat in het najaar weer open\n"
        "voor al het verkeer. Met deze brief doe ik de toezegging gestand.\n"
    )
    assert parliamentary_items(body) == [("toezegging", None)]


def test_a_meeting_named_after_a_date_set_off_by_commas_took_place_that_day() -> None:
    text = (
        "PERSBERICHT\nProvincie Voorbeeld\n\nVoorbeeldstad, 15 november 2037\n\n"
        "Rijk en provincie investeren in de ringweg\n\n"
        "Rijk en provincie hebben gisteren, op 14 november, in het Bestuurlijk Overleg MIRT\n"
        "Noord-Nederland in Voorbeeldstad afspraken gemaakt over twee projecten.\n"
    )
    result = extracted(text)
    assert [(m["kind"], m["date"]) for m in result["meetings"]] == [("bo_mirt", "2037-11-14")]
    assert result["deadlines"] == []
