"""Agreement layouts of the thirty-sixth blind batch: items numbered with a bar ("3 |"), by a
region's one letter and a dash ("K-1" … "K-5"), by a bracketed capital over a title that ends in
a bracket ("(D) Kade Oost (400 woningen)"), and an agenda's actions lettered within a roman
theme ("I-a", "II-b") over a row of properties written without colons ("trekker … — gereed …
— budget …"), which is no commitment of its own; and "leggen vast dat hierover nu niet wordt
besloten", which agrees nothing."""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements
from tests.unit.core.extraction.readouts import commitment_texts as _commitments

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.enumerated_runs import run_headings
from ruimtemonitor.core.extraction.label_rows import is_bare_label_row
from ruimtemonitor.core.extraction.patterns import REMARK_LINE
from ruimtemonitor.core.extraction.unagreed_items import refused

pytestmark = pytest.mark.unit


BAR_ITEMS = """AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT KLEILAND
Vergaderdatum : 2033-10-04
Plaats        : Veenhoven, provinciehuis

1 | Opening
    De voorzitter opent de vergadering. Er zijn geen mededelingen.

2 | Vaarweg Veenhoven - Kleidorp, verdieping
    De verkenning is in april 2033 gestart en loopt. Rijk en regio komen overeen:
    • de provincie rondt de verkenning af vóór de zomer van 2034;
    • het Rijk reserveert € 12 mln voor de planuitwerking.

3 | N912 Kleidorp - Oostmeer, verbreding
    Afgesproken wordt dat de provincie de planuitwerking voortzet en dat het Rijk
    € 6 mln bijdraagt.
    • Kleidorp en Oostmeer dragen samen twee ton bij aan de fietstunnel.

4 | Rondvraag
    Het volgende overleg is in het najaar van 2034.
"""


def test_items_numbered_with_a_bar_are_agreements() -> None:
    found = _agreements(BAR_ITEMS)
    assert [a["number"] for a in found] == ["2", "3"]
    assert found[0]["title"] == "Vaarweg Veenhoven - Kleidorp, verdieping"
    assert _commitments(found[0]) == [
        "de provincie rondt de verkenning af vóór de zomer van 2034;",
        "het Rijk reserveert € 12 mln voor de planuitwerking.",
    ]
    assert _commitments(found[1])[0].startswith("Afgesproken wordt dat de provincie")
    assert _commitments(found[1])[1].startswith("Kleidorp en Oostmeer dragen samen")


def test_bar_numbers_make_a_run_but_not_a_table_drawn_with_bars() -> None:
    lines = ["1 | Haven Oost", "tekst", "2 | Kade West", "3 |  Dijk Noord"]
    assert run_headings(lines) == {
        0: ("1", "Haven Oost"),
        2: ("2", "Kade West"),
        3: ("3", "Dijk Noord"),
    }
    table = ["1 | Haven Oost | 2034", "2 | Kade West | 2035", "3 | Dijk Noord | 2036"]
    assert run_headings(table) == {}
    assert run_headings(["4 | Haven Oost"]) == {}  # a lone number with a bar heads nothing


LETTER_DASH_ITEMS = """Bestuurlijk Overleg Leefomgeving Kleiland
Wanneer:      woensdag 9 maart 2033, 13.00-15.30 uur

K-1  Opening
     Het verslag van het vorige overleg is vastgesteld.

K-2  Spoorlijn Oostmeer - Kleidorp, elektrificatie
     De realisatie is in mei 2032 begonnen. Rijk en provincie komen overeen:
     ❖ de provincie verhoogt haar bijdrage met € 8 mln;
     ❖ ProRail meldt de indienststelling vóór de dienstregeling van 2035.

K-3  N77, aansluiting Veenhoven (Noord)
     Stand: MIRT-onderzoek loopt sinds juni 2032.
     Afspraak: het Rijk en de regio verdelen de onderzoekskosten van € 400.000
     gelijk; de resultaten volgen in het najaar van 2033.

K-4  Wijkaanpak Kleidorp-Zuid
     Partijen spreken af dat de gemeente de wijkaanpak uitvoert
     tot en met 2035; de provincie draagt € 300.000 bij.

K-5  Rondvraag
     Geen punten.
"""


def test_items_numbered_by_one_letter_and_a_dash_are_agreements() -> None:
    found = _agreements(LETTER_DASH_ITEMS)
    assert [a["number"] for a in found] == ["K-2", "K-3", "K-4"]
    assert found[1]["title"].startswith("N77, aansluiting Veenhoven")
    assert _commitments(found[1])[0].startswith("het Rijk en de regio verdelen")
    assert _commitments(found[2])[0].startswith("Partijen spreken af dat de gemeente")


def test_one_letter_dash_numbers_make_a_run() -> None:
    lines = ["W-1  Opening", "tekst", "W-2  Kade West", "W-3  Dijk Noord"]
    assert run_headings(lines) == {
        0: ("W-1", "Opening"),
        2: ("W-2", "Kade West"),
        3: ("W-3", "Dijk Noord"),
    }
    assert run_headings(["W-2  Kade West"]) == {}
    # a table's rows, the code set off by one blank only, head no items
    rows = ["W-1 Fietsroute Oost gemeente 2034 120.000", "W-2 Fietsroute West 2035 90.000"]
    assert run_headings(rows) == {}


BRACKET_CAPITAL_ITEMS = """BESLUITENLIJST BO MIRT KLEILAND
Digitaal, 2/11/2033

(A) Opening
    De voorzitter opent het overleg.

(B) Station Oostmeer, perronverlenging
    Afgesproken wordt dat de provincie de verlenging in 2034 aanbesteedt;
    de provincie en Oostmeer dragen elk € 1,2 mln bij.

(C) Transformatie Kleidorp, Havenkwartier (1.200 woningen)
    ▶ BZK kent uit de Woningbouwimpuls € 5.400.000 toe;
    ▶ de gemeente start de bouw in Q2 '34.

(D) Dijkversterking Veenhoven
    De versterking is sinds mei 2031 in uitvoering. Geen afspraken.
"""


def test_a_bracketed_capital_over_a_title_closed_by_a_bracket_heads_its_own_item() -> None:
    found = _agreements(BRACKET_CAPITAL_ITEMS)
    assert [a["number"] for a in found] == ["B", "C"]
    assert _commitments(found[0]) == [
        "Afgesproken wordt dat de provincie de verlenging in 2034 aanbesteedt; de provincie "
        "en Oostmeer dragen elk € 1,2 mln bij."
    ]
    assert found[1]["title"].startswith("Transformatie Kleidorp, Havenkwartier")
    assert _commitments(found[1]) == [
        "BZK kent uit de Woningbouwimpuls € 5.400.000 toe;",
        "de gemeente start de bouw in Q2 '34.",
    ]


def test_a_remark_line_is_still_a_remark_but_not_a_marked_title() -> None:
    assert REMARK_LINE.match("(onder voorbehoud van de begroting)")
    assert REMARK_LINE.match("(D) Kade Oost (400 woningen)") is None
    assert REMARK_LINE.match("(3) Haven West (fase 2)") is None


THEMED_ACTIONS = """UITVOERINGSAGENDA NOVEX KLEILAND-OOST 2031-2034
Rijk · provincie Kleiland · gemeenten Veenhoven en Oostmeer
Versie vastgesteld op 03.03.2031

Thema I  Wonen
Rijk en regio komen overeen dat tot 2035 in Kleiland-Oost 6.000 woningen worden
gebouwd binnen bestaand stedelijk gebied.

  I-a  Woningbouw Veenhoven, Spoorzone (400 woningen)
       De gemeente start de bouw in het 1e halfjaar 2032.
       trekker Veenhoven — gereed 2033 — budget € 3 mln
  I-b  Programma jongerenhuisvesting
       De provincie zet het programma voort tot eind 2033.
       trekker provincie — gereed 2033 — budget EUR 500.000

Thema II  Bereikbaarheid
  II-a  Station Oostmeer, fietsenstalling
       ProRail legt het ontwerp voor vóór 1 juni 2032.
       trekker ProRail — gereed 2032 — budget € 1,1 mln
  II-b  N44, rotonde Oostmeer
       De rotonde is sinds mei 2030 in uitvoering; geen nieuwe afspraken.
  II-c  Laadpleinen Kleiland-Oost
       Partijen spreken af dat de netbeheerder elk halfjaar rapporteert.
       trekker netbeheerder — gereed doorlopend — budget p.m.
"""


def test_actions_lettered_in_roman_themes_over_a_bare_property_row() -> None:
    found = _agreements(THEMED_ACTIONS)
    assert [a["number"] for a in found] == [None, "I-a", "I-b", "II-a", "II-c"]
    assert _commitments(found[1]) == ["De gemeente start de bouw in het 1e halfjaar 2032."]
    assert _commitments(found[2]) == ["De provincie zet het programma voort tot eind 2033."]
    assert _commitments(found[3]) == ["ProRail legt het ontwerp voor vóór 1 juni 2032."]
    # the row of properties is no commitment of its own, nor part of the sentence above it
    assert _commitments(found[4]) == [
        "Partijen spreken af dat de netbeheerder elk halfjaar rapporteert."
    ]


def test_roman_letter_numbers_make_a_run() -> None:
    lines = ["I-a  Haven Oost", "tekst", "I-b  Kade West", "II-a  Dijk Noord", "II-b  Sluis"]
    assert run_headings(lines) == {
        0: ("I-a", "Haven Oost"),
        2: ("I-b", "Kade West"),
        3: ("II-a", "Dijk Noord"),
        4: ("II-b", "Sluis"),
    }


@pytest.mark.parametrize(
    "line",
    [
        "trekker gemeente — gereed 2033 — budget € 2 mln",
        "eigenaar provincie | planning Q3 2034 | middelen p.m.",
        "Trekker waterschap – gereed doorlopend",
    ],
)
def test_a_row_of_properties_without_colons(line: str) -> None:
    assert is_bare_label_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "De gemeente — als trekker — bouwt de brug in 2033.",
        "trekker van het project is de gemeente; zij start in 2033.",
        "budgetten worden jaarlijks herzien — zie bijlage",
    ],
)
def test_a_sentence_with_dashes_is_no_row_of_properties(line: str) -> None:
    assert not is_bare_label_row(line)


def test_the_property_row_is_not_glued_to_the_sentence_above_it() -> None:
    text = extract_text(THEMED_ACTIONS).to_json()
    agreement = next(a for a in text["agreements"] if a["number"] == "I-b")
    assert "trekker" not in agreement["commitments"][0]["text"]


DEFERRED = """RUIMTELIJK ARRANGEMENT KLEIDORP

Ondergetekenden:
de Staat der Nederlanden, de provincie Kleiland en de gemeente Kleidorp,
verklaren als volgt:

Onderdeel A  Sneltram Kleidorp - Oostmeer
  Partijen komen overeen:
  ● het Rijk draagt € 21 mln bij;
  ● de tram rijdt vanaf december 2036.

Onderdeel B  N55, aansluiting Havenweg
  Het verzoek van de gemeente om een bijdrage van vier miljoen euro is besproken;
  partijen leggen vast dat hierover nu niet wordt besloten.

Aldus overeengekomen te Kleidorp op 2 mei 2033.
"""


def test_a_decision_put_off_is_no_agreement() -> None:
    found = _agreements(DEFERRED)
    assert [a["number"] for a in found] == ["A"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Partijen leggen vast dat hierover nu niet wordt besloten.",
        "Over de bijdrage van de provincie wordt vandaag niet besloten.",
        "Rijk en regio stellen vast dat over de tweede fase nog niet is besloten.",
    ],
)
def test_sentences_that_put_a_decision_off(sentence: str) -> None:
    assert refused(sentence)


def test_a_decision_taken_is_not_put_off() -> None:
    assert not refused("Partijen leggen vast dat het Rijk € 3 mln bijdraagt.")
    assert not refused("Afgesproken wordt dat de provincie niet later dan 2034 besluit.")
