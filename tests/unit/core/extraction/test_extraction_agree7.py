"""Genres and agreements of the twenty-fourth batch: layouts it brought, on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit


def _read(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [
        (a["number"], a["title"][:24], [c[:24] for c in commitment_texts(a)])
        for a in agreements(text)
    ]


@pytest.mark.parametrize(
    ("parties", "label"),
    [
        ("Ministerie van Infrastructuur en Waterstaat\nProvincie Voorbeeldland\n"
         "Stadsregio Havenstad", "Kenmerk: IW/DGB-2031/4O512"),
        ("Ministerie van Verkeer en Waterstaat\nVervoerregio Westkust\nGemeente Duinrade",
         "Ons kenmerk: VW-2019.0231"),
        ("Provincie Noordmark\nMetropoolregio Oostrand\nMinisterie van BZK",
         "Uw kenmerk: 2027/118"),
    ],
)  # fmt: skip
def test_minutes_name_themselves_under_a_letterhead_of_regional_parties_and_a_coded_label(
    parties: str, label: str
) -> None:
    text = (
        f"{parties}\n                                   {label}\n\n"
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeld\n"
        "Datum: 03-11-2031          Locatie: Provinciehuis\n\n"
        "1. De planstudie loopt; partijen nemen kennis van de voortgang.\n"
    )
    assert classify(text, {}) == "afsprakenlijst"


def test_a_row_that_reports_and_then_says_no_agreement_agrees_nothing() -> None:
    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland\nDatum: 12 maart 2031\n\nAanwezig: minister.\n\n"
        "Nr | Onderwerp                 | Afspraak                                   | Trekker\n"
        "1  | N77 Oostring              | De aanleg is sinds juni 2029 in uitvoering. | RWS\n"
        "   |                           | Geen afspraken.                            |\n"
        "2  | Spoorlijn Noord - Zuid    | Rijk en regio spreken af dat ProRail een    | IenW\n"
        "   |                           | studie naar een inhaalspoor uitvoert.       |\n"
        "3  | Fietsbrug Kanaalzone      | De brug is in 2030 geopend. Geen nieuwe     | -\n"
        "   |                           | afspraken.                                  |\n"
    )
    assert [number for number, _, _ in _read(text)] == ["2"]


@pytest.mark.parametrize(
    ("letterhead", "kind"),
    [
        ("Provincie Voorbeeldland                                   PERSBERICHT\n"
         "Provinciehuisplein 4, Voorbeeldstad                     Nr. 31-072\n", "other"),
        ("Gemeente Havenrade                    Persbericht\n", "other"),
    ],
)  # fmt: skip
def test_a_press_release_named_in_the_letterhead_column_reports_and_agrees_nothing(
    letterhead: str, kind: str
) -> None:
    text = (
        f"{letterhead}\nVoorbeeldstad, 5 oktober 2031\n\n"
        "Rijk en regio eens over ringweg en tramlijn\n\n"
        "Gedeputeerde A. Jansen en de minister hebben gisteren in het Bestuurlijk Overleg MIRT\n"
        "afspraken gemaakt over twee projecten.\n\n"
        "Ringweg Voorbeeldstad - Duinwijk\n"
        "Voor de ringweg is de verkenning gestart. Het Rijk verhoogt zijn bijdrage naar\n"
        "€ 210 mln; de provincie betaalt de rest.\n\n"
        "Tramlijn Oostkant\n"
        "De gemeente begint in 2033 met de aanleg. De regio draagt € 42 mln bij.\n"
    )
    assert classify(text, {}) == kind
    assert agreements(text) == []


@pytest.mark.parametrize(
    ("chapters", "frame"),
    [
        (("I.", "II.", "III.", "IV."), ("Financiën", "Monitoring")),
        (("I", "II", "III", "IV"), ("Financiën en risico's", "Monitoring en evaluatie")),
        (("II.", "III.", "IV.", "V."), ("Financiën", "Looptijd")),
    ],
)
def test_a_title_case_frame_chapter_in_roman_numerals_after_items_agrees_by_its_formula(
    chapters: tuple[str, ...], frame: tuple[str, str]
) -> None:
    first, items, money, watch = chapters
    text = (
        "RUIMTELIJK ARRANGEMENT VOORBEELDLAND\n\n"
        "De ondergetekenden, hierna te noemen: partijen,\n\n"
        f"{first:<5}INLEIDING\nIn het BO MIRT van 3 maart 2030 hebben partijen besloten tot dit "
        "arrangement.\n\n"
        f"{items:<5}AFSPRAKEN\n"
        "1.   N88 Oostkant, rotonde\n"
        "     o  het Rijk draagt € 4 mln bij;\n"
        "     o  de provincie is opdrachtgever.\n\n"
        "2.   Station Duinwijk\n"
        "     Partijen komen overeen dat ProRail het station toegankelijk maakt.\n\n"
        f"{money:<5}{frame[0]}\n"
        "Partijen spreken af dat tekorten ten laste komen van de trekker van het project.\n\n"
        f"{watch:<5}{frame[1]}\n"
        "De provincie houdt de voortgang bij.\n\n"
        "Aldus overeengekomen te Voorbeeldstad, 2 juni 2031\n"
    )
    read = _read(text)
    assert [number for number, _, _ in read] == ["1", "2", None]
    assert read[-1][1].startswith("Partijen spreken af dat")


@pytest.mark.parametrize("glyph", ["✓", "•", "–", "▪"])
def test_a_labelled_sentence_over_bullets_is_titled_by_the_sentence_and_agrees_the_bullets(
    glyph: str,
) -> None:
    text = (
        "Ruimtelijk Arrangement Voorbeeldstad-Oost\n"
        "Ministerie van IenW | Provincie Voorbeeldland | Gemeente Voorbeeldstad\n\n"
        "Afspraken\n\n"
        "HALTE VOORBEELDSTAD-OOST\n"
        "Afspraak: Het Rijk en de gemeente bouwen de halte samen.\n"
        f"  {glyph}  IenW reserveert € 17 mln;\n"
        f"  {glyph}  de gemeente draagt €2,4mln bij;\n"
        f"  {glyph}  ProRail start de verkenning in 2032.\n\n"
        "N55 AANSLUITING OOST\n"
        "Afspraak: Rijkswaterstaat past de aansluiting aan in 2033.\n\n"
        "Ondertekend te Voorbeeldstad, 4 mei 2031\n"
    )
    read = _read(text)
    assert read[0] == (
        None,
        "Het Rijk en de gemeente ",
        ["IenW reserveert € 17 mln", "de gemeente draagt €2,4m", "ProRail start de verkenn"],
    )
    assert read[1][2] == ["Rijkswaterstaat past de "]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Rijk € 640 mln;", "regio € 35 mln;"), ("IenW: EUR 12 miljoen,", "provincie: € 3,5 mln.")],
)
def test_the_shares_of_a_sum_under_a_bullet_are_its_sub_items_not_commitments(
    first: str, second: str
) -> None:
    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland, 9 april 2031\n\nAanwezig: minister.\n\n"
        "2.  N66 knooppunt Oost - West\n"
        "    Rijk en regio spreken af:\n"
        "    ▪  de totale investering van ca. 0,7 mld euro wordt als volgt gedekt:\n"
        f"         o  {first}\n"
        f"         o  {second}\n"
        "    ▪  Rijkswaterstaat legt het ontwerp in 2032 ter inzage.\n\n"
        "3.  Rondvraag\n"
    )
    read = _read(text)
    assert read == [
        ("2", "N66 knooppunt Oost - Wes", ["de totale investering va", "Rijkswaterstaat legt het"])
    ]


def test_the_sub_bullets_of_parties_with_their_own_tasks_stay_commitments() -> None:
    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland, 9 april 2031\n\nAanwezig: minister.\n\n"
        "2.  Tramlijn Zuid\n"
        "    Rijk en regio spreken af:\n"
        "    ▪  de regio legt een fonds aan:\n"
        "         o  de provincie stort € 5 mln in het fonds;\n"
        "         o  de gemeente draagt € 1 mln bij.\n\n"
        "3.  Rondvraag\n"
    )
    assert _read(text)[0][2] == ["de provincie stort € 5 m", "de gemeente draagt € 1 m"]


@pytest.mark.parametrize("phase", ["De planuitwerking loopt.", "De MIRT-verkenning loopt nog."])
def test_a_running_phase_before_the_formula_in_a_table_cell_is_background(phase: str) -> None:
    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland\nDatum: 12 maart 2031\n\nAanwezig: minister.\n\n"
        "Nr | Onderwerp               | Afspraak                                     | Trekker\n"
        f"4  | Havenspoorlijn          | {phase:<44} | IenW\n"
        "   |                         | Rijk en regio komen overeen dat de regio      |\n"
        "   |                         | € 22 mln bijdraagt aan het emplacement.       |\n"
    )
    assert _read(text) == [("4", "Havenspoorlijn", ["Rijk en regio komen over"])]


@pytest.mark.parametrize("footer", ["blad l van 3", "blad 2 van 3", "Blad 1 van 2"])
def test_a_sheet_number_is_page_furniture_even_as_a_scan_reads_it(footer: str) -> None:
    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland, 9 april 2031\n\nAanwezig: minister.\n\n"
        "2.  Vaarweg Oostkanaal\n"
        "–  Rijkswaterstaat rondt de verkenning af in 2032;\n"
        "–  de regio draagt € 0,6 mln bij.\n"
        f"                                                        {footer}\n"
        "\fAfsprakenlijst BO MIRT Voorbeeldland, 9 april 2031\n"
        "3.  Rondvraag\n"
    )
    texts = [c for a in agreements(text) for c in commitment_texts(a)]
    assert texts[-1] == "de regio draagt € 0,6 mln bij."


@pytest.mark.parametrize(
    "promise",
    [
        "De minister informeert de Tweede Kamer voor de zomer van 2032.",
        "De staatssecretaris informeert de Kamer uiterlijk eind 2031 over de kosten.",
        "De minister van IenW zal de Tweede Kamer voor het zomerreces informeren.",
    ],
)
def test_a_ministers_report_to_the_kamer_by_a_time_is_a_promise_in_a_press_release(
    promise: str,
) -> None:
    text = (
        "Provincie Voorbeeldland                                   PERSBERICHT\n\n"
        "Voorbeeldstad, 5 oktober 2031\n\nRijk en regio eens over de ringweg\n\n"
        "Gedeputeerde A. Jansen en de minister spraken gisteren over de ringweg en de tramlijn\n"
        f"in het Bestuurlijk Overleg MIRT. {promise}\n"
    )
    items = extracted(text)["parliamentary_items"]
    assert [(i["kind"], i["kamerstuk"]) for i in items] == [("toezegging", None)]


def test_a_minister_who_informed_the_kamer_before_promises_nothing() -> None:
    text = (
        "Provincie Voorbeeldland                                   PERSBERICHT\n\n"
        "Voorbeeldstad, 5 oktober 2031\n\nRijk en regio eens over de ringweg\n\n"
        "De minister heeft de Tweede Kamer in mei 2031 over de ringweg geïnformeerd en de\n"
        "provincie bereidt de aanleg voor.\n"
    )
    assert extracted(text)["parliamentary_items"] == []


def test_in_minutes_a_minister_informing_the_kamer_is_a_task_agreed_not_a_promise() -> None:
    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland, 9 april 2031\n\nAanwezig: minister.\n\n"
        "2.  Ringweg Oost\n"
        "Afspraak: de minister informeert de Tweede Kamer eind 2032 over de uitkomsten.\n\n"
        "3.  Rondvraag\n"
    )
    assert extracted(text)["parliamentary_items"] == []


@pytest.mark.parametrize("edge", ["", "| "])
def test_a_wrapped_row_of_a_barred_table_continues_each_cell_in_its_own_column(edge: str) -> None:
    header = (
        f"{edge}Nr | Onderwerp              | Afspraak                                  | Trekker"
    )
    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland\nDatum: 12 maart 2031\n\nAanwezig: minister.\n\n"
        f"{header}\n"
        f"{edge}5  | N31 Westtangent,      | Afgesproken wordt een MIRT-onderzoek naar | IenW\n"
        f"{edge}   | vrije kruising        | een ongelijkvloerse kruising te starten.  | PZH\n"
        f"{edge}6  | Halte Oosterhaven,    | De provincie en de gemeente spreken af    | PR\n"
        f"{edge}   | perronkap             | dat ProRail de perronkap vernieuwt.       |\n"
    )
    read = [(a["number"], a["title"], commitment_texts(a)) for a in agreements(text)]
    assert read == [
        (
            "5",
            "N31 Westtangent, vrije kruising",
            ["Afgesproken wordt een MIRT-onderzoek naar een ongelijkvloerse kruising te starten."],
        ),
        (
            "6",
            "Halte Oosterhaven, perronkap",
            ["De provincie en de gemeente spreken af dat ProRail de perronkap vernieuwt."],
        ),
    ]
