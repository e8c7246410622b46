"""Projects known by what their name looks like and the role of the line it stands in, on
invented wording: an item heading whatever its ordering word, the subject of a motion, a
council letter's subject, a page's title, a budget row naming the road of the subject."""

import pytest
from tests.unit.core.extraction.readouts import agreements, extracted, read_project_phases

from ruimtemonitor.core.extraction.phases import project_phase, stated_phase

MINUTES_HEAD = (
    "Ministerie van Infrastructuur en Waterstaat · Provincie Voorbeeldland\n"
    "gemeenten Veenstad en Kleidorp\n\n"
    "AFSPRAKENLIJST BO MIRT OOST\n"
    "12 maart 2037 — Veenstad, Provinciehuis\n\n"
)
LETTER_HEAD = (
    "De voorzitter van de Tweede Kamer\n\n"
    "Datum        3 juli 2037\n"
    "Betreft      Afdoening moties Veenstad\n\n"
    "Geachte voorzitter,\n\n"
    "Met deze brief informeer ik u over de moties over de bereikbaarheid van Veenstad.\n\n"
)


def _names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


def _phases(text: str) -> dict[str, str | None]:
    return {p["name"]: p["phase"] for p in extracted(text)["projects"]}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Onderdeel A   Opening", "Onderdeel B   "),
        ("Agendapunt 1 – Opening", "Agendapunt 2 – "),
        ("Punt 1:  Opening", "Punt 2:  "),
    ],
)
def test_an_item_heading_with_an_ordering_word_is_not_glued_to_its_paragraph(
    first: str, second: str
) -> None:
    text = (
        MINUTES_HEAD + first + "\n"
        "Het verslag van het vorige overleg wordt zonder wijzigingen vastgesteld.\n\n"
        + second
        + "Rondweg Veenstad - Kleidorp (Noordpoort - Zuidpoort)\n"
        "De verkenning is in januari gestart. Rijk en regio komen overeen dat de\n"
        "voorkeursbeslissing uiterlijk eind 2038 valt en dat de regio een extra\n"
        "aansluiting bij Kleidorp-West zelf financiert uit de eigen begroting.\n"
    )
    assert _phases(text) == {"Rondweg Veenstad - Kleidorp (Noordpoort - Zuidpoort)": "verkenning"}
    assert [a["title"][:18] for a in agreements(text)] == ["Rondweg Veenstad -"]


@pytest.mark.parametrize(
    "title",
    [
        "Woningbouw en station Veenstad Zuid (Deltagebied)",
        "Woningbouw en knooppunt Kleidorp",
        "Woningbouw en stationsgebied Veenstad-Noord",
    ],
)
def test_housing_joined_to_a_named_station_or_junction_is_one_area_project(title: str) -> None:
    text = (
        MINUTES_HEAD + "1.  Opening\n"
        "Het verslag wordt vastgesteld.\n\n"
        f"2.  {title}\n"
        "Voor het gebied zijn tot 2040 ongeveer 2.000 woningen voorzien. Partijen spreken af:\n"
        "  -  ProRail en de gemeente werken een tweede perron uit;\n"
        "  -  het Rijk stelt € 5 mln beschikbaar.\n"
    )
    assert _names(text) == [title]


def test_a_theme_joined_to_a_place_with_a_port_is_still_no_project() -> None:
    text = (
        MINUTES_HEAD + "1.  Waterstof en de Veenhaven\n"
        "Partijen spreken af:\n"
        "  -  de provincie maakt een plan voor de waterstofleiding;\n"
        "  -  het Rijk stelt € 5 mln beschikbaar.\n"
    )
    assert _names(text) == []


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        (
            "c) Motie over geluid langs de N99 Veenstad - Kleidorp (Kamerstuk 40 100 A, nr. 5)",
            "N99 Veenstad - Kleidorp",
        ),
        (
            "c) Motie-Jansen over trillingen bij de Spoorlijn Veenstad - Kleidorp",
            "Spoorlijn Veenstad - Kleidorp",
        ),
        (
            "Motie over de fietsenstalling bij station Kleidorp:",
            "fietsenstalling bij station Kleidorp",
        ),
    ],
)
def test_the_object_a_motion_heading_is_about_is_the_project(heading: str, name: str) -> None:
    text = (
        LETTER_HEAD + heading + "\n"
        "De motie vraagt om maatregelen. Rijkswaterstaat plaatst in 2038 een scherm; de\n"
        "kosten komen uit het programma Geluid. Ik beschouw de motie als afgedaan.\n"
    )
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "name",
    [
        "Kade-uitbreiding Havenstad Zuid",
        "Bedrijventerrein Grenspark Veenstad-Kleidorp",
        "Kleidorp Innovatie Campus (Noordveld)",
    ],
)
def test_quays_business_parks_and_campuses_with_a_name_are_works(name: str) -> None:
    text = (
        "Provincie Voorbeeldland\nMinisterie van Infrastructuur en Waterstaat\n\n"
        "Ruimtelijk arrangement Voorbeeldland-Oost\n\n"
        "3. Afspraken\n\n"
        "3.1  Spoorlijn Veenstad - Kleidorp\n"
        "3.1.a  Het Rijk en de provincie spreken af dat de studie voor de zomer wordt afgerond.\n\n"
        f"3.2  {name}\n"
        "3.2.a  De gemeente werkt de ontsluiting uit en meldt de uitkomst in het najaar.\n"
    )
    assert _names(text) == ["Spoorlijn Veenstad - Kleidorp", name]


@pytest.mark.parametrize("roads", ["(A99 / N299)", "(A99 /N299)", "(A99/N299)"])
def test_a_theme_of_a_place_with_its_roads_in_brackets_names_their_project(roads: str) -> None:
    text = (
        MINUTES_HEAD + "II-1  Rondweg Veenstad\n"
        "      De planuitwerking loopt. Afgesproken wordt:\n"
        "      + het Rijk verhoogt de bijdrage met 2 miljoen euro.\n\n"
        f"II-2  Bereikbaarheid Kleidorp {roads}\n"
        "      Geen nieuwe afspraken. De reconstructie van de N299 is in mei opgeleverd.\n"
    )
    assert _phases(text)[f"Bereikbaarheid Kleidorp {roads}"] == "opgeleverd"


PAGE_LABELS = (
    "Programma    Programma Wegen Voorbeeldland\n"
    "Provincie    Voorbeeldland                 MIRT-regio   Oost\n"
    "Fase         Realisatie                    Begrotingsartikel   12.02\n\n"
    "Wat is de stand van zaken?\n"
    "De aannemer is in 2036 begonnen met de verdiepte ligging.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "PWV Veenstad - Kleidorp (Programma Zuidas)",
        "Corridor Veenstad - Kleidorp (deel Noord)",
        "Haak om Veenstad",
    ],
)
def test_a_project_page_is_named_by_its_title_line_not_by_a_label_line(title: str) -> None:
    text = (
        "MIRT Overzicht › Projecten › Oost › Wegen\n\n"
        f"{title}\n"
        "Laatst bijgewerkt: 12 juni 2037                 Printdatum: 02-09-2037\n\n" + PAGE_LABELS
    )
    assert _phases(text) == {title: "realisatie"}


AGENDA_HEAD = (
    "NOVEX-gebied Voorbeelddelta\nUITVOERINGSAGENDA 2036-2039\n\n"
    "Ministerie van BZK - Ministerie van IenW - Provincie Voorbeeldland\n\n"
    "Veenstad, 28 juni 2036\n\n"
    "1. Haven en industrie\n"
    "De haven van Veenstad groeit door de energietransitie.\n\n"
    "Acties\n"
)


@pytest.mark.parametrize("word", ["Actiepunt", "Item", "Nummer"])
def test_actions_numbered_after_an_ordering_word_name_their_works_not_energy(word: str) -> None:
    text = (
        AGENDA_HEAD + f"{word} 1  Spooraansluiting Veenhaven-Zuid\n"
        "             ProRail werkt een tweede aansluiting uit.\n"
        "             Trekker: provincie | Gereed: eind 2037 | Middelen: € 9 mln\n"
        f"{word} 2  N99 Veenstad - Kleidorp, aansluiting Oosterpolder\n"
        "             Rijkswaterstaat onderzoekt een ongelijkvloerse aansluiting.\n"
        "             Trekker: IenW | Gereed: 2038 | Middelen: 600.000 euro\n"
        f"{word} 3  Netaansluitingen Veenhaven\n"
        "             De netbeheerder stelt een gezamenlijk schema op.\n"
        "             Trekker: EZK | Gereed: n.t.b. | Middelen: p.m.\n"
    )
    assert _names(text) == [
        "Spooraansluiting Veenhaven-Zuid",
        "N99 Veenstad - Kleidorp, aansluiting Oosterpolder",
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Zon op dijken en bermen",
        "Windpark Veenhaven-Noord",
        "Netversterking Kleidorp",
        "Veenweide Kleidorp-West",
        "Fonds herstructurering Veenstad",
    ],
)
def test_energy_land_use_and_fund_items_are_no_projects(title: str) -> None:
    text = (
        MINUTES_HEAD + "1.  Spoorlijn Veenstad - Kleidorp\n"
        "De planuitwerking loopt. Afgesproken wordt:\n"
        "  -  het Rijk draagt € 4 mln bij.\n\n"
        f"2.  {title}\n"
        "Afgesproken wordt:\n"
        "  -  de provincie stelt voor de zomer een plan op;\n"
        "  -  het Rijk draagt € 1 mln bij.\n"
    )
    assert _names(text) == ["Spoorlijn Veenstad - Kleidorp"]


def _proposal(subject: str, body: str) -> str:
    return (
        "Gemeente Veenstad                                          RAADSVOORSTEL\n\n"
        "Registratienummer   2037-0412\n"
        "Datum college       8 september 2037\n"
        "Raadsvergadering    6 oktober 2037\n"
        f"Onderwerp           {subject}\n\n"
        "Voorgesteld besluit\n"
        "1. Een krediet van € 4.250.000 beschikbaar te stellen.\n"
        "2. De dekking te vinden in de reserve Mobiliteit.\n\n"
        "Aanleiding\n" + body
    )


def test_a_council_proposal_reports_on_the_road_its_subject_names_with_its_section() -> None:
    text = _proposal(
        "Bijdrage aan de reconstructie N99 Veenstad - Kleidorp, deel Kleidorp-West (Hoek)",
        "Gedeputeerde Staten hebben het ontwerp voor de N99 Veenstad - Kleidorp vastgesteld.\n"
        "De provincie is de planuitwerking in maart gestart.\n\n"
        "Financiën (bedragen x € 1.000)\n"
        "                 2038    2039    2040\n"
        "Krediet N99      850     2.400   1.000\n",
    )
    assert _phases(text) == {"N99 Veenstad - Kleidorp": "planuitwerking"}


def test_a_council_proposal_reports_on_the_line_its_subject_names_when_it_states_its_phase() -> (
    None
):
    text = _proposal(
        "Bijdrage aan de spoorlijn Veenstad - Kleidorp (heropening voor reizigers)",
        "Rijk en regio hebben afgesproken de spoorlijn Veenstad - Kleidorp te heropenen.\n"
        "De verkenning is in januari gestart onder leiding van de provincie.\n",
    )
    assert _phases(text) == {"spoorlijn Veenstad - Kleidorp": "verkenning"}


def test_a_budget_row_naming_the_subjects_road_alone_is_a_line_of_its_budget() -> None:
    text = _proposal(
        "Bijdrage aan de reconstructie N99 Veenstad - Kleidorp en de fietsroute Hoek - Veld",
        "De provincie heeft in juni het voorkeursalternatief voor de N99 gekozen.\n\n"
        "Kosten (x € 1.000)        2038      2039      2040\n"
        "Parallelwegen N99         650       900       -\n"
        "Fietsroute Hoek - Veld    300       300       -\n",
    )
    assert sorted(_names(text)) == ["Fietsroute Hoek - Veld", "N99 Veenstad - Kleidorp"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Bijdrage aan de aansluiting Veenstad-Oost (A99) en het Marktplein",
            "Het Rijk vraagt een bijdrage aan de aansluiting Veenstad-Oost op de A99.\n"
            "De eerste fase van het Marktplein is in september 2036 opgeleverd.\n",
        ),
        (
            "Bijdrage aan de Verkenning A99/A98 knooppunt Hoek - Veld",
            "Rijk en regio hebben afgesproken dat de verkenning A99 in 2038 start.\n"
            "De startbeslissing wordt naar verwachting in het voorjaar genomen.\n",
        ),
    ],
)
def test_a_work_a_proposal_only_asks_money_for_is_no_project(subject: str, body: str) -> None:
    assert _names(_proposal(subject, body)) == []


@pytest.mark.parametrize(
    ("sentence", "phase"),
    [
        ("De provincie is de planuitwerking in maart gestart.", "planuitwerking"),
        ("De verkenning is op 3 maart 2036 gestart.", "verkenning"),
        ("De verkenning is vorig jaar begonnen.", "verkenning"),
        ("De verkenning is in de gemeente nog niet gestart.", None),
    ],
)
def test_a_phase_begun_at_a_time_is_the_phase_now(sentence: str, phase: str | None) -> None:
    assert stated_phase(sentence) == phase


def test_a_chapter_letter_and_item_number_with_a_dot_is_no_road() -> None:
    text = (
        MINUTES_HEAD + "A  ALGEMEEN\n\n"
        "A1. Opening\n"
        "    Het verslag van het vorige overleg is vastgesteld.\n\n"
        "B  PROJECTEN\n\n"
        "B1. N99 Veenstad - Kleidorp\n"
        "    De minister heeft het tracébesluit ondertekend.\n"
        "    °  RWS start de aanbesteding in 2038;\n"
        "    °  de regio draagt € 9 mln bij.\n\n"
        "B2. Spoorzone Kleidorp\n"
        "    De spoortunnel is in aanleg.\n"
        "    °  het Rijk en de gemeente delen de meerkosten.\n"
    )
    assert _names(text) == ["N99 Veenstad - Kleidorp", "Spoorzone Kleidorp"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("THEMA A: WONEN LANGS DE ZILVERLIJN", "THEMA B: OV EN KNOOPPUNTEN"),
        ("Thema A: wonen langs de Zilverlijn", "Thema B: spoor en knooppunten"),
    ],
)
def test_a_heading_labelled_as_a_theme_names_no_work(first: str, second: str) -> None:
    text = (
        "Uitvoeringsagenda Verstedelijking Veenland\n"
        "Ministerie van Volkshuisvesting en Ruimtelijke Ordening · Provincie Voorbeeldland\n\n"
        "Veenstad, 9 oktober 2036\n\n\n"
        f"{first}\n"
        "Veenstad wil tot 2045 ongeveer 6.000 woningen bouwen rond de haltes.\n"
        "Rijk en regio spreken af dat de woningbouw de ontwikkeling van de lijn volgt.\n\n"
        f"{second}\n"
        "De Zilverlijn rijdt sinds 13 december 2035 tot in het centrum.\n"
        "In dit thema zijn geen afspraken gemaakt.\n"
    )
    assert _names(text) == []


@pytest.mark.parametrize(
    "note",
    ["Opgeleverd in augustus; geen afspraken.", "Opengesteld voor verkeer op 3 mei.", "Geopend."],
)
def test_a_minutes_note_that_a_work_was_delivered_gives_its_phase(note: str) -> None:
    text = (
        MINUTES_HEAD + "01   Rondweg Veenstad-Noord\n"
        "     De planuitwerking loopt. Afgesproken wordt:\n"
        "     ▪ het Rijk draagt € 4 mln bij.\n"
        "02   Spoor Veenstad - Kleidorp, keervoorziening Kleidorp-Zuid\n"
        f"     {note}\n"
        "03   Rondvraag\n"
        "     Geen punten.\n"
    )
    assert _phases(text)["Spoor Veenstad - Kleidorp, keervoorziening Kleidorp-Zuid"] == (
        "opgeleverd"
    )


@pytest.mark.parametrize(("first", "second"), [("(i)", "(ii)"), ("1-a", "1-b"), ("VKL.1", "VKL.2")])
def test_the_reader_reads_items_numbered_in_brackets_pairs_and_codes(
    first: str, second: str
) -> None:
    text = (
        f"{first}  Fonds herstructurering Veenstad\n"
        "       – BZK stort € 20 mln in het regionale fonds;\n"
        "       Gereed: 1 oktober 2037\n\n"
        f"{second}  Spoorverbinding Veenstad - Kleidorp\n"
        "       – IenW en de provincie onderzoeken een halfuursdienst;\n"
        "       Gereed: n.t.b.\n"
    )
    assert [name for name, _ in read_project_phases(text)] == [
        "Spoorverbinding Veenstad - Kleidorp"
    ]


def test_the_reader_reads_items_numbered_with_a_degree_sign() -> None:
    text = (
        "2°  N99 Omlegging Veenstad\n"
        ">  het Rijk draagt € 4 mln bij;\n\n"
        "3°  Station Kleidorp en omgeving\n"
        ">  de gemeente maakt een ontwerp.\n"
    )
    assert [name for name, _ in read_project_phases(text)] == [
        "N99 Omlegging Veenstad",
        "Station Kleidorp en omgeving",
    ]


@pytest.mark.parametrize("code", ["VKL-1", "VK.1", "AB1"])
def test_the_reader_takes_the_name_after_a_rows_code(code: str) -> None:
    text = (
        "| Nr    | Actie                          | Trekker  | Gereed  |\n"
        f"| {code:<5} | Railterminal Veenhaven-Noord   | Veenstad | Q1 2037 |\n"
    )
    assert [name for name, _ in read_project_phases(text)] == ["Railterminal Veenhaven-Noord"]


@pytest.mark.parametrize("glyph", ["▶", "⮚", "❯"])
def test_any_arrow_or_shape_before_a_projects_name_is_a_bullet(glyph: str) -> None:
    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum 3 december 2036\nBetreft Uitkomsten BO MIRT najaar 2036\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik u over de uitkomsten van de Bestuurlijke Overleggen MIRT\n"
        "van november 2036 in Veenstad en Kleidorp.\n\n"
        "Regio Oost\n\n"
        f"{glyph} A99 Veenstad – Kleidorp\n"
        "Rijk en regio hebben afgesproken de verkenning te versnellen. De verkenning\n"
        "is in maart gestart en wordt in 2038 afgerond met een voorkeursbeslissing.\n\n"
        f"{glyph} Spoorlijn Kleidorp – Hoek\n"
        "De elektrificatie is in realisatie; de openstelling is voorzien in 2038. De\n"
        "regio draagt € 4 mln bij aan de stations.\n"
    )
    assert _phases(text) == {
        "A99 Veenstad – Kleidorp": "verkenning",
        "Spoorlijn Kleidorp – Hoek": "realisatie",
    }


@pytest.mark.parametrize(
    "subject", ["Voortgang N99 Veenstad - Kleidorp", "Stand van zaken N99 Veenstad - Kleidorp"]
)
def test_a_council_letter_on_the_progress_of_a_road_reports_on_it(subject: str) -> None:
    text = (
        "Gemeente Veenstad                                   Raadsinformatiebrief\n\n"
        "Nummer:     RIB 2036-44\n"
        "Datum:      5 december 2036\n"
        f"Onderwerp:  {subject}\n\n"
        "Geachte raad,\n\n"
        "Met deze brief informeren wij u over de reconstructie van de N99 Veenstad - Kleidorp.\n"
        "De provincie is de planuitwerking in september gestart. De gemeente draagt € 2 mln bij.\n"
    )
    assert _phases(text) == {"N99 Veenstad - Kleidorp": "planuitwerking"}


def test_a_council_letter_on_a_meeting_names_no_work_in_its_subject() -> None:
    text = (
        "Gemeente Veenstad                                   Raadsinformatiebrief\n\n"
        "Datum:      5 december 2036\n"
        "Onderwerp:  uitkomsten Bestuurlijk Overleg MIRT Oost-Nederland\n\n"
        "Geachte raad,\n\n"
        "Op 6 november heeft het Bestuurlijk Overleg MIRT Oost-Nederland plaatsgevonden.\n"
        "De verkenning is in maart gestart.\n"
    )
    assert _names(text) == []


def test_a_phase_in_brackets_after_a_listed_name_is_its_phase_not_its_name() -> None:
    text = (
        "Gemeente Kleidorp\n\n"
        "Raadsinformatiebrief 2036-12\nDatum: 9 december 2036\n"
        "Onderwerp: uitkomsten BO MIRT Oost 2036\n\n"
        "Geachte raad,\n\n"
        "In het BO MIRT Oost van 14 november 2036 zijn voor Kleidorp de volgende projecten "
        "besproken:\n\n"
        "• N99 Veenstad – Kleidorp (planuitwerking): het Rijk draagt € 5 mln extra bij.\n"
        "• Station Kleidorp-Noord (MIRT-verkenning): de voorkeursbeslissing volgt in 2037.\n"
        "• Fietsroute Kleidorp – Hoek: de provincie start de aanleg in 2037.\n"
    )
    assert _phases(text) == {
        "N99 Veenstad – Kleidorp": "planuitwerking",
        "Station Kleidorp-Noord": "verkenning",
        "Fietsroute Kleidorp – Hoek": None,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "De provincie start de aanleg in 2038.",
        "De provincie start in 2038 de verkenning.",
        "Rijkswaterstaat begint volgend jaar met de aanleg.",
        "Het tracé is bekend; de aanleg start in 2038.",
        "De voorkeursbeslissing valt in mei, zodat de planuitwerking kan starten.",
    ],
)
def test_a_phase_still_to_start_is_no_phase_now(sentence: str) -> None:
    assert project_phase(sentence) is None
