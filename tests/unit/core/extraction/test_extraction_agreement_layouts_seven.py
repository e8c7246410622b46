"""Agreement layouts of the seventh blind batch: roman chapter items ("II.1"), roman articles
("Artikel II – …") with bracketed leden, lists titled "Verslag en afspraken", "+" sub-bullets,
tab- and semicolon-separated tables of agreements and actions."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments
from tests.unit.core.extraction.readouts import extracted as _json

pytestmark = pytest.mark.unit


ROMAN_ITEMS = """BESTUURLIJK OVERLEG LEEFOMGEVING ZUID
Afsprakenlijst

I.   ALGEMEEN

I.1  Opening
De voorzitter opent het overleg.

II.  KUST EN DELTA

II.1 Haven Vlissingen-Oost
     ► Het Rijk stelt € 12 mln beschikbaar voor de kademuur.
     ► De gemeente Vlissingen legt de planning vast voor 1 mei 2031.

II.2 Dijkversterking Westkapelle
     ► Rijk en regio spreken af dat het waterschap de verkenning trekt.

III. MOTIES
De minister meldt dat een motie wordt uitgevoerd.
"""


def test_items_numbered_under_a_roman_chapter_are_agreements() -> None:
    found = [(a["number"], a["title"]) for a in _agreements(ROMAN_ITEMS)]
    assert found == [("II.1", "Haven Vlissingen-Oost"), ("II.2", "Dijkversterking Westkapelle")]
    assert len(_commitments(_agreements(ROMAN_ITEMS)[0])) == 2


ROMAN_ARTICLES = """INTENTIEVERKLARING HAVENKWARTIER

DE ONDERGETEKENDEN
1. de Minister van Infrastructuur en Waterstaat;
2. de gemeente Harlingen;

VERKLAREN ALS VOLGT:

Artikel I – Doel
Deze verklaring legt de inzet van partijen vast.

Artikel II – Kadeherstel
(1) De gemeente herstelt de kade voor eind 2031.
(2) Het Rijk draagt € 3 miljoen bij.

Artikel III – Slotbepalingen
Deze verklaring geldt tot en met 2033.
"""


def test_roman_articles_under_a_declaration_are_agreements_with_their_leden() -> None:
    (agreement,) = _agreements(ROMAN_ARTICLES)
    assert (agreement["number"], agreement["title"]) == ("II", "Kadeherstel")
    assert _commitments(agreement) == [
        "De gemeente herstelt de kade voor eind 2031.",
        "Het Rijk draagt € 3 miljoen bij.",
    ]


MINUTES = """PROVINCIE FRYSLAN        MINISTERIE VAN INFRASTRUCTUUR EN WATERSTAAT

VERSLAG EN AFSPRAKEN
Bestuurlijk Overleg MIRT Noord

1) Opening
De voorzitter opent.

2) N31 Harlingen
  · Het Rijk start de verkenning in 2031.
  · Gemeente en provincie:
      + stemmen de bouw af met de haven;
      + houden de brug open voor het verkeer.
"""


def test_a_list_titled_verslag_en_afspraken_is_an_afsprakenlijst_with_plus_sub_bullets() -> None:
    result = _json(MINUTES)
    assert result["documents"][0]["kind"] == "afsprakenlijst"
    (agreement,) = result["agreements"]
    assert _commitments(agreement) == [
        "Het Rijk start de verkenning in 2031.",
        "stemmen de bouw af met de haven;",
        "houden de brug open voor het verkeer.",
    ]


TAB_TABLE = (
    "AFSPRAKEN BESTUURLIJK OVERLEG MIRT NOORD\n\n"
    "Nr.\tOnderwerp\tAfspraak\tTrekker\tGereed\n"
    "1\tVerslag BO MIRT Noord 3 juni 2031\tHet verslag wordt vastgesteld.\t-\t-\n"
    "2a\tN33 Assen - Zuidbroek\tHet Rijk start de verkenning en legt een\tIenW\tQ1 2032\n"
    "\t\tnotitie reikwijdte voor.\n"
    "2b\tN33 Assen - Zuidbroek\tDrenthe draagt EUR 5 mln bij.\tDrenthe\teind 2032\n"
    "3\tRondvraag\tGeen punten.\t-\t-\n"
)


def test_tab_separated_rows_with_a_number_and_an_agreement_cell_are_agreements() -> None:
    result = _json(TAB_TABLE)
    assert result["documents"][0]["kind"] == "afsprakenlijst"
    found = [(a["number"], a["title"], _commitments(a)) for a in result["agreements"]]
    assert found == [
        (
            "2a",
            "N33 Assen - Zuidbroek",
            ["Het Rijk start de verkenning en legt een notitie reikwijdte voor."],
        ),
        ("2b", "N33 Assen - Zuidbroek", ["Drenthe draagt EUR 5 mln bij."]),
    ]


SEMICOLON_TABLE = """UITVOERINGSAGENDA NOVEX KANAALZONE

Actietabel
Nr;Actie;Omschrijving;Trekker;Gereed;Budget
1a;Kade Zuid;De gemeente legt de kade aan;gemeente;Q2 2032;€ 10 mln
1b;Fietsbrug Noord;Rijk en provincie bouwen de fietsbrug;provincie;eind 2033;n.t.b.
"""


def test_semicolon_rows_take_the_action_as_title_and_the_description_as_commitment() -> None:
    found = [(a["number"], a["title"], _commitments(a)) for a in _agreements(SEMICOLON_TABLE)]
    assert found == [
        ("1a", "Kade Zuid", ["De gemeente legt de kade aan"]),
        ("1b", "Fietsbrug Noord", ["Rijk en provincie bouwen de fietsbrug"]),
    ]


ACTIONS_WITH_LABELS = """UITVOERINGSAGENDA NOVEX HAVENSTAD

2.1  Haven en energie
De haven groeit.

B-01  Warmtenet Havenstad
      Wie: gemeente, EZK / Wanneer: eind 2032 / Middelen: € 2 mln
      Wat: De gemeente legt het warmtenet aan.

B-02  Walstroom Oostkade
      Wie: havenbedrijf / Wanneer: 2033 / Middelen: nog te bepalen
      Wat: Het havenbedrijf plaatst walstroom. Het Rijk onderzoekt een subsidie.
"""


def test_actions_with_label_lines_take_their_commitments_from_the_wat_line() -> None:
    found = [(a["number"], a["title"], _commitments(a)) for a in _agreements(ACTIONS_WITH_LABELS)]
    assert found == [
        ("B-01", "Warmtenet Havenstad", ["De gemeente legt het warmtenet aan."]),
        (
            "B-02",
            "Walstroom Oostkade",
            ["Het havenbedrijf plaatst walstroom.", "Het Rijk onderzoekt een subsidie."],
        ),
    ]


ARRANGEMENT = """RUIMTELIJK ARRANGEMENT PROVINCIE ZEELAND 2031

1 Wonen

1.1: Middelburg-Noord
Type: uitvoeringsafspraak | Ministeries: VRO, IenW
(a) Het Rijk draagt € 4 mln bij aan de ontsluiting.
(b) De gemeente Middelburg:
      – start in 2032 met de bouw;
      – reserveert 1 miljoen euro voor een fietsbrug.

2 Energie

2.1: Netcongestie Walcheren
Type: procesafspraak | Ministeries: KGG
Rijk en provincie komen overeen dat de netbeheerder het station uitbreidt.
De provincie wijst daarvoor uiterlijk eind 2032 een locatie aan.

Slotafspraak: monitoring
Partijen spreken af de voortgang jaarlijks te bespreken.
"""


def test_bracketed_items_under_a_type_and_ministries_line_are_commitments() -> None:
    first = _agreements(ARRANGEMENT)[0]
    assert first["number"] == "1.1"
    assert _commitments(first) == [
        "Het Rijk draagt € 4 mln bij aan de ontsluiting.",
        "start in 2032 met de bouw;",
        "reserveert 1 miljoen euro voor een fietsbrug.",
    ]


def test_a_closing_heading_ends_the_last_block_and_holds_an_agreement_of_its_own() -> None:
    _, last_block, closing = _agreements(ARRANGEMENT)
    assert _commitments(last_block) == [
        "Rijk en provincie komen overeen dat de netbeheerder het station uitbreidt.",
        "De provincie wijst daarvoor uiterlijk eind 2032 een locatie aan.",
    ]
    assert closing["number"] is None
    assert _commitments(closing) == ["Partijen spreken af de voortgang jaarlijks te bespreken."]


MARKDOWN = """# Afsprakenlijst BO MIRT Noordwest

_Laatste wijziging: 12-11-2031_

## 1. Opening
De voorzitter opent het overleg.

## 2. N31 Westergoweg
- Het Rijk draagt € 20 mln bij aan de verbreding.
- De provincie start de planuitwerking in 2032.

## 3. Spoorlijn Noord
**Afspraak:** Rijk en regio spreken af dat ProRail de capaciteit onderzoekt.

## 4. Acties

| Nr | Onderwerp | Afspraak | Trekker |
|---|---|---|---|
| 4.1 | Fietsroute Oost | De provincie legt de fietsroute aan. | provincie |
"""


def test_a_markdown_export_loses_its_marks_and_keeps_its_items() -> None:
    found = [(a["number"], a["title"], _commitments(a)) for a in _agreements(MARKDOWN)]
    assert found == [
        (
            "2",
            "N31 Westergoweg",
            [
                "Het Rijk draagt € 20 mln bij aan de verbreding.",
                "De provincie start de planuitwerking in 2032.",
            ],
        ),
        (
            "3",
            "Spoorlijn Noord",
            ["Rijk en regio spreken af dat ProRail de capaciteit onderzoekt."],
        ),
        ("4.1", "Fietsroute Oost", ["De provincie legt de fietsroute aan."]),
    ]


def test_markdown_marks_map_back_to_the_original_text() -> None:
    from ruimtemonitor.core.extraction.cleaning import clean
    from ruimtemonitor.core.extraction.sources import source_from_text

    cleaned = clean(source_from_text("## 2. Titel\n**Afspraak:** tekst.\n", path="x"))
    assert cleaned.text.splitlines()[:2] == ["2. Titel", "Afspraak: tekst."]
    start = cleaned.text.index("Afspraak")
    assert cleaned.to_original(start, start + 8) == (14, 22)


def test_a_tab_continuation_line_adds_to_the_cells_its_tabs_point_at() -> None:
    text = (
        "AFSPRAKENLIJST BO MIRT ZUID\n\n"
        "Nr\tOnderwerp\tAfspraak\tTrekker\tGereed\n"
        "1\tKnooppunt\tHet Rijk bouwt het knooppunt om\tRWS\t2033\n"
        "\tHooipolder\ten legt de ramen aan.\n"
        "2\tStation Breda\tDe gemeente richt het plein in.\tgemeente\t2034\n"
    )
    first, second = _agreements(text)
    assert first["title"] == "Knooppunt Hooipolder"
    assert _commitments(first) == ["Het Rijk bouwt het knooppunt om en legt de ramen aan."]
    assert second["number"] == "2"


def test_quoted_semicolon_cells_lose_their_quotes() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX KANAALZONE\n\n"
        '"Nr";"Onderwerp";"Afspraak";"Trekker"\n'
        '"1";"Kade Zuid";"De gemeente legt de kade aan.";"gemeente"\n'
        '"2";"Fietsbrug";"De provincie bouwt de fietsbrug.";"provincie"\n'
    )
    found = [(a["number"], a["title"]) for a in _agreements(text)]
    assert found == [("1", "Kade Zuid"), ("2", "Fietsbrug")]


@pytest.mark.parametrize("mark", ["Artikel II. Kadeherstel", "Artikel II: Kadeherstel"])
def test_roman_articles_with_a_dot_or_colon(mark: str) -> None:
    text = ROMAN_ARTICLES.replace("Artikel II – Kadeherstel", mark)
    (agreement,) = _agreements(text)
    assert (agreement["number"], agreement["title"]) == ("II", "Kadeherstel")


@pytest.mark.parametrize("close", [".", ")"])
def test_items_sharing_a_number_told_apart_by_a_letter(close: str) -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT OOST\n\n"
        f"2a{close} N18 Varsseveld - Enschede\n"
        "• Het Rijk start de verkenning in 2032.\n\n"
        f"2b{close} N18 Groenlo - Eibergen\n"
        "• De provincie draagt € 5 mln bij.\n"
    )
    assert [a["number"] for a in _agreements(text)] == ["2a", "2b"]


@pytest.mark.parametrize("style", ["Punt {n}: ", "{n} – ", "§ {n} ", "§{n}. "])
def test_other_numbering_styles_of_items(style: str) -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT OOST\n\nAanwezig: minister.\n\n"
        f"{style.format(n=2)}N18 Varsseveld - Enschede\n"
        "• Het Rijk start de verkenning in 2032.\n\n"
        f"{style.format(n=3)}N35 Wierden - Almelo\n"
        "• De provincie draagt € 5 mln bij.\n"
    )
    found = [(a["number"], a["title"]) for a in _agreements(text)]
    assert found == [("2", "N18 Varsseveld - Enschede"), ("3", "N35 Wierden - Almelo")]


def test_a_hyphen_after_a_bare_number_is_no_heading() -> None:
    text = "AFSPRAKENLIJST BO MIRT OOST\n\n2 - 3 jaar\n• Het Rijk start in 2032.\n"
    assert all(a["number"] != "2" for a in _agreements(text))


def test_empty_semicolon_cells_keep_their_place() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX KANAALZONE\n\n"
        "Nr;Actie;Omschrijving;Trekker;Gereed\n"
        "1;Kade Zuid;De gemeente legt de kade aan.;;2032\n"
        "2;Vaststelling tracébesluit;Het Rijk stelt het tracébesluit vast.;IenW;\n"
    )
    found = [(a["number"], a["title"], _commitments(a)) for a in _agreements(text)]
    assert found == [
        ("1", "Kade Zuid", ["De gemeente legt de kade aan."]),
        ("2", "Vaststelling tracébesluit", ["Het Rijk stelt het tracébesluit vast."]),
    ]


def test_an_asterisk_note_under_a_page_rule_is_no_bullet_of_the_item_above() -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT NOORD\n\n"
        "2. Kanaal Noord\n"
        "► De provincie reserveert 3 miljoen euro voor een sluis*.\n\n"
        "_______\n"
        "* Naast de € 1 mln. die eerder is toegekend.\n"
    )
    (agreement,) = _agreements(text)
    assert _commitments(agreement) == ["De provincie reserveert 3 miljoen euro voor een sluis*."]


def test_actions_headed_by_the_word_actie_and_a_number() -> None:
    text = ACTIONS_WITH_LABELS.replace("B-01  ", "Actie 1  ").replace("B-02  ", "Actie 2  ")
    found = [(a["number"], a["title"]) for a in _agreements(text)]
    assert found == [("1", "Warmtenet Havenstad"), ("2", "Walstroom Oostkade")]


@pytest.mark.parametrize(
    "lead", ["KOMEN OVEREEN:", "VERKLAREN:", "zijn het volgende overeengekomen:"]
)
def test_articles_under_a_short_lead_in_are_agreements(lead: str) -> None:
    text = ROMAN_ARTICLES.replace("VERKLAREN ALS VOLGT:", lead)
    assert [a["number"] for a in _agreements(text)] == ["II"]


@pytest.mark.parametrize("number", ["2a", "II.1", "A.1"])
def test_afspraak_blocks_with_lettered_or_roman_numbers(number: str) -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT ZEELAND\n\n2 Wonen\n\n"
        f"Afspraak {number} Middelburg-Noord\n"
        "Type: uitvoeringsafspraak\n"
        "Rijk en provincie spreken af:\n"
        "• Het Rijk draagt € 4 mln bij.\n"
        "• De provincie bouwt 300 woningen.\n"
    )
    (agreement,) = _agreements(text)
    assert (agreement["number"], agreement["title"]) == (number, "Middelburg-Noord")
    assert len(agreement["commitments"]) == 2


SPACE_ALIGNED = """AFSPRAKENLIJST BO MIRT OOST

Nr   Onderwerp              Afspraak                                Trekker    Gereed
1    N18 Varsseveld -       Het Rijk start de verkenning en legt     IenW       2032
     Enschede               de notitie voor.
2    Sluis Eefde            De provincie draagt € 5 mln bij.         Gelderland 2033
"""


def test_wrapped_cells_under_a_space_aligned_header_continue_their_own_columns() -> None:
    first, _ = _agreements(SPACE_ALIGNED)
    assert first["title"] == "N18 Varsseveld - Enschede"
    assert _commitments(first) == ["Het Rijk start de verkenning en legt de notitie voor."]


def test_roman_numbered_sections_of_an_agenda_are_themes() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX HAVENSTAD\n\nII.   OPGAVEN\n\n"
        "II.1  Water en natuur\n"
        "De delta staat onder druk. Rijk en regio spreken af dat het waterschap de kering"
        " versterkt.\n"
    )
    (agreement,) = _agreements(text)
    assert agreement["number"] is None
    assert agreement["title"].startswith("Rijk en regio spreken af dat het waterschap")
