"""The general agreement reader on invented texts in varied layouts, run alone.

Each text is written for this test; none is taken from a sample letter. With
``RUIMTEMONITOR_AGREEMENTS=general`` only the general reader runs, so these tests say what
it finds without the help of the layout rules.
"""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements

pytestmark = pytest.mark.unit


def _numbers(text: str) -> list[str | None]:
    return [a["number"] for a in _agreements(text)]


def _commitments(agreement: dict) -> list[str]:
    return [c["text"][:25] for c in agreement["commitments"]]


def _cut(expected: list[str]) -> list[str]:
    return [e[:25] for e in expected]


# 1. Numbers in parentheses, bullets under a lead-in, a heading-only unit above.
PARENTHESES = """Afsprakenlijst Bestuurlijk Overleg MIRT Noord
Datum: 4 november 2027

(1) Opening en mededelingen
De voorzitter opent de vergadering.

(2) Spoorverbinding Veendorp - Kanaalstad
Rijk en regio spreken af:
• het Rijk stelt € 14 mln. beschikbaar voor de verkenning;
• de provincie draagt € 6 mln. bij aan de verkenning.

(3) Fietsroute Oeverweg
De provincie werkt voor de zomer van 2028 een voorstel uit voor de fietsroute.
Het Rijk zegt toe het voorstel in het volgende overleg te bespreken.
"""


def test_parenthesised_numbers_with_bullets_and_sentences(general_only: None) -> None:
    agreements = _agreements(PARENTHESES)
    assert [a["number"] for a in agreements] == ["2", "3"]
    assert _commitments(agreements[0]) == _cut(
        [
            "het Rijk stelt € 14 mln. besch",
            "de provincie draagt € 6 mln. b",
        ]
    )
    assert _commitments(agreements[1]) == _cut(
        [
            "De provincie werkt voor de zome",
            "Het Rijk zegt toe het voorstel ",
        ]
    )


# 2. Roman numbers and dashes as bullets; a background unit with past tense only.
ROMAN = """Afsprakenlijst Bestuurlijk Overleg Leefomgeving Zuid
8 juni 2028

I. Stand van zaken
Het overleg heeft in 2027 de voortgang besproken.

II. Knooppunt Heidepoort
- Rijkswaterstaat start in 2029 met de planuitwerking;
- de gemeente reserveert € 3 mln. voor de aansluiting;
- partijen onderzoeken een snelfietsroute langs het knooppunt.

III. Waterberging Beekdal
Het waterschap neemt de berging op in het waterbeheerprogramma.
"""


def test_roman_numbers_with_dashes(general_only: None) -> None:
    agreements = _agreements(ROMAN)
    assert [a["number"] for a in agreements] == ["II", "III"]
    assert agreements[0]["title"].startswith("Knooppunt Heidepoort")
    assert len(agreements[0]["commitments"]) == 3
    assert _commitments(agreements[1]) == _cut(["Het waterschap neemt de bergin"])


# 3. Letter-and-number actions "A.1", "B.2" in a NOVEX agenda, prose bodies.
ACTIONS = """Uitvoeringsagenda NOVEX-gebied Rivierenland
Versie 2028

A. Wonen

A.1 Woningbouw Stationskwartier
De gemeente en de provincie zorgen ervoor dat de eerste 800 woningen in 2030 in aanbouw zijn.

A.2 Betaalbaarheid
VRO stelt een bijdrage van € 20 mln. beschikbaar. De regio levert jaarlijks een monitor.

B. Bereikbaarheid

B.1 Busverbinding Oost
ProRail en de provincie werken de dienstregeling uit voor 1 januari 2030.
"""


def test_letter_and_number_actions_with_prose(general_only: None) -> None:
    agreements = _agreements(ACTIONS)
    assert [a["number"] for a in agreements] == ["A.1", "A.2", "B.1"]
    assert _commitments(agreements[1]) == _cut(
        [
            "VRO stelt een bijdrage van € 20",
            "De regio levert jaarlijks een m",
        ]
    )


# 4. "Artikel N —" clauses of a convenant with numbered leden; definitions and
#    considerations are no agreements.
COVENANT = """CONVENANT GEBIEDSONTWIKKELING HAVENKWARTIER

Partijen,
overwegende dat:
a. het havenkwartier een opgave van nationaal belang is;
b. de provincie in 2026 een gebiedsvisie heeft vastgesteld;

komen het volgende overeen:

ARTIKEL 1 — Begrippen
In dit convenant wordt verstaan onder gebied: het havenkwartier en zijn kades.

ARTIKEL 2 — Bijdragen
1. Het Rijk draagt € 40 mln. bij aan de kademuren.
2. De gemeente draagt € 10 mln. bij aan de openbare ruimte.

ARTIKEL 3 — Planning
Partijen zullen uiterlijk in 2029 het bestemmingsplan vaststellen.

Aldus overeengekomen en ondertekend op 1 maart 2028.
"""


def test_articles_with_dashes_and_leden(general_only: None) -> None:
    agreements = _agreements(COVENANT)
    assert [a["number"] for a in agreements] == ["2", "3"]
    assert _commitments(agreements[0]) == _cut(
        [
            "Het Rijk draagt € 40 mln. bij ",
            "De gemeente draagt € 10 mln. b",
        ]
    )
    assert _commitments(agreements[1]) == _cut(["Partijen zullen uiterlijk in 2"])


# 5. Unnumbered short headings over prose, in a ruimtelijk arrangement.
HEADINGS = """Ruimtelijk Arrangement provincie Utrecht 2028

Inleiding
Dit arrangement beschrijft de opgaven in de provincie.

Woningbouw Merwedezone
Het Rijk en de provincie komen overeen dat de provincie 5.000 woningen programmeert.
De gemeente start in 2029 met de eerste fase.

Natuurnetwerk Heuvelrug
De provincie neemt de verbindingszone op in de omgevingsverordening.
Zij rapporteert daarover jaarlijks.
"""


def test_unnumbered_headings_over_undertakings(general_only: None) -> None:
    agreements = _agreements(HEADINGS)
    # a formula sentence under a heading is the agreement itself (the gold rule); a heading
    # over undertakings without a formula is one
    assert [(a["number"], a["title"][:20]) for a in agreements] == [
        (None, "Het Rijk en de provin"[:20]),
        (None, "Natuurnetwerk Heuvel"),
    ]
    assert _commitments(agreements[1]) == _cut(
        ["De provincie neemt de verbindingszone op", "Zij rapporteert daarover jaarlijks."]
    )


# 6. "Afspraak 3:" labels and "1 –" numbers with sub-items "a)", "b)".
LABELLED = """Afsprakenlijst Bestuurlijk Overleg MIRT Zuidwest
Datum overleg: 12 november 2027

Afspraak 1: Corridor Havenlijn
Wij spreken af dat de regio in 2028 een integrale verkenning uitvoert.

Afspraak 2: Sluis Oosterhaven
a) het Rijk reserveert € 25 mln. voor de sluis;
b) de provincie verzorgt de vergunningen;
c) het waterschap levert de dijkversterking in 2031 op.
"""


def test_labelled_units_with_lettered_sub_items(general_only: None) -> None:
    agreements = _agreements(LABELLED)
    assert [a["number"] for a in agreements] == ["1", "2"]
    assert _commitments(agreements[0]) == _cut(["Wij spreken af dat de regio in"])
    assert len(agreements[1]["commitments"]) == 3


DASH_NUMBERS = """Afsprakenlijst Bestuurlijk Overleg Leefomgeving Oost
Datum: 3 juni 2029

1 – Energiehub Kanaalzone
De netbeheerder en de provincie werken een plan uit voor de netcapaciteit.

2 – Verslag vorig overleg
Het verslag is vastgesteld.

3 – Ontsluiting bedrijventerrein
Het Rijk besluit in het najaar van 2029 over de bijdrage aan de aansluiting.
"""


def test_dash_numbers_skip_a_reporting_unit(general_only: None) -> None:
    assert _numbers(DASH_NUMBERS) == ["1", "3"]


# Negatives: a council letter reporting an agreement, considerations, a list of headings.
COUNCIL = """Raadsinformatiebrief

Geachte leden van de raad,

1. Bestuurlijk overleg
In het BO MIRT is afgesproken dat het Rijk € 10 mln. bijdraagt aan de stationsomgeving.

2. Vervolg
De provincie start in 2029 met de planuitwerking.

Met vriendelijke groet,
het college van burgemeester en wethouders
"""


def test_a_council_letter_reports_agreements_only(general_only: None) -> None:
    assert _agreements(COUNCIL) == []


CONSIDERATIONS = """Bestuursovereenkomst Bedrijventerrein Noordpunt

Partijen nemen in aanmerking:
1. de provincie heeft in 2025 een programma vastgesteld;
2. het Rijk heeft middelen gereserveerd voor de ontsluiting;
3. partijen hebben overleg gevoerd over de fasering.

Algemeen

Financiën

Uitkomsten
"""


def test_considerations_and_headings_are_no_agreements(general_only: None) -> None:
    assert _agreements(CONSIDERATIONS) == []


def test_the_layout_rules_still_come_first() -> None:
    agreements = _agreements(LABELLED)
    assert [a["number"] for a in agreements] == ["1", "2"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (PARENTHESES, ["2", "3"]),  # the layout rules read only the lead-in of (2)
        (ROMAN, ["II", "III"]),  # they read II; III is numbered the same way
        (ACTIONS, ["A.1", "A.2", "B.1"]),
        (DASH_NUMBERS, ["1", "3"]),
    ],
)
def test_with_the_layout_rules_the_general_reader_adds_what_they_miss(
    text: str, numbers: list[str]
) -> None:
    assert _numbers(text) == numbers


def test_a_heading_unit_is_not_added_where_the_layout_rules_read_agreements() -> None:
    # the document's own way of stating agreements (a formula sentence) was read; a
    # heading over undertakings elsewhere is then left out, for precision
    assert [a["number"] for a in _agreements(HEADINGS)] == [None]


PARTY_OVER_TASKS = """Ruimtelijk Arrangement provincie Flevoland 2029

3 Bereikbaarheid

3.1: Busbaan Lelystad-Oost
(a) Het Rijk draagt € 9 mln. bij aan de busbaan.
(b) De gemeente Lelystad:
      – start in 2030 met de aanleg;
      – verzorgt de inpassing in de wijk.
(c) Rijkswaterstaat onderzoekt een extra aansluiting op de A6.
"""


def test_lettered_items_with_a_party_over_its_tasks(general_only: None) -> None:
    agreements = _agreements(PARTY_OVER_TASKS)
    assert [a["number"] for a in agreements] == ["3.1"]
    assert _commitments(agreements[0]) == _cut(
        [
            "Het Rijk draagt € 9 mln. bij",
            "start in 2030 met de aanleg;",
            "verzorgt de inpassing in de wijk",
            "Rijkswaterstaat onderzoekt een",
        ]
    )
    assert agreements[0]["commitments"][1]["owner"] == "gemeente"


ITEM_CODES = """Gebiedsafspraken Zuiderkwartier 2031

Elke afspraak heeft een code en een aard.

ZKW-01  Woningbouw Veendorp-Noord
        Aard: uitvoeringsafspraak
        1) De gemeente Veendorp bouwt tot 2034 ten minste 900 woningen.
        2) Het Rijk stelt € 5 mln. beschikbaar voor de onrendabele top.

ZKW-02  Fietsbrug Kanaalstad
        Aard: procesafspraak
        1) De provincie werkt voor de zomer van 2032 een ontwerp uit voor de brug.
"""


def test_item_codes_of_letters_dash_digits_are_numbers(general_only: None) -> None:
    agreements = _agreements(ITEM_CODES)
    assert [a["number"] for a in agreements] == ["ZKW-01", "ZKW-02"]
    assert _commitments(agreements[0]) == _cut(
        [
            "De gemeente Veendorp bouwt tot",
            "Het Rijk stelt € 5 mln. beschik",
        ]
    )
