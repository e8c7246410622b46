"""What the general reader takes as a commitment, on invented texts, run alone.

Each text is written for this test; none is taken from a sample letter. The cases are the
properties of commitments the reader got wrong on unseen letters: sentences wrapped over
lines, a binding verb followed by a wish or a possibility in a later clause, leden "(1)"
under a paragraph sign, a lead-in bullet over sub-bullets that undertake, a row of cells
joined to the sentence under it, a fact noted after a unit's opening.
"""

import pytest
from tests.unit.core.extraction.readouts import agreements as _agreements

from ruimtemonitor.core.extraction.unit_commitments import is_undertaking

pytestmark = pytest.mark.unit


def _commitments(agreement: dict) -> list[str]:
    return [c["text"][:28] for c in agreement["commitments"]]


# Running paragraphs under lettered items; sentences wrap over lines.
PARAGRAPHS = """Besluitenlijst Bestuurlijk Overleg MIRT Midden
Hoogmeer, 3 oktober 2029

A.  Opening
Het verslag van het vorige overleg wordt vastgesteld.

B.  Aansluiting Brugwijk
Het Rijk stelt voor de nieuwe aansluiting een bijdrage van € 4 mln.
beschikbaar, mits de provincie de overige kosten draagt. De gemeente werkt het ontwerp
uit en stelt het in 2030 vast. Partijen zullen de gevolgen voor
de binnenstad in het voorjaar van 2030 in beeld brengen.

C.  Vaarweg Noordveld
Het project is in realisatie. I&M en de provincie onderzoeken of de wachttijd bij de sluis
met een extra ligplaats kan worden verkort. Partijen zullen de beheerder vragen de
bediening te verruimen.
"""


def test_sentences_run_over_wrapped_lines_and_bind_by_their_main_verb(
    general_only: None,
) -> None:
    agreements = _agreements(PARAGRAPHS)
    assert [a["number"] for a in agreements] == ["B", "C"]
    assert _commitments(agreements[0]) == [
        "Het Rijk stelt voor de nieuw",
        "De gemeente werkt het ontwer",
        "Partijen zullen de gevolgen ",
    ]
    assert _commitments(agreements[1]) == [
        "I&M en de provincie onderzoe",
        "Partijen zullen de beheerder",
    ]


# Numbered projects with lettered sub-items that are each one agreed sentence.
SUB_ITEMS = """AFSPRAKENLIJST BO MIRT OOST
Brugwijk, 9 november 2029

1.  Spoorlijn Hoogmeer - Brugwijk
Het project is in de planuitwerking.
1.a Het Rijk en de provincie onderzoeken of de halte Noordveld eerder kan openen.
1.b De beheerder meldt eventuele meerkosten direct aan de provincie.

2.  Oeverweg
2.a Toegezegd is dat het Rijk de gemeente blijft ondersteunen bij de inpassing.
"""


def test_lettered_sub_items_of_numbered_projects(general_only: None) -> None:
    agreements = _agreements(SUB_ITEMS)
    assert [a["number"] for a in agreements] == ["1.a", "1.b", "2.a"]
    assert [len(a["commitments"]) for a in agreements] == [1, 1, 1]


# Articles under a paragraph sign with leden in brackets.
PARAGRAPH_SIGNS = """CONVENANT BEREIKBAARHEID NOORDVELD

§ 1  Begrippen
In dit convenant wordt verstaan onder de halte: de halte Noordveld-Oost.

§ 2  Spoorlijn Hoogmeer - Brugwijk
(1) Het Rijk verbetert de spoorlijn en stelt daarvoor € 9 mln. beschikbaar.
(2) De provincie draagt € 3 mln. bij aan de halte.
(3) Partijen zullen de voortgang ieder kwartaal bespreken.

§ 3  Fietsroute Oeverweg
(1) De gemeente legt de fietsroute aan en stelt het tracé vast in 2031.

§ 4  Slotbepalingen
Dit convenant eindigt op 31 december 2034.

Aldus getekend te Noordveld, 2 februari 2030.
"""


def test_leden_in_brackets_are_commitments_of_their_article(general_only: None) -> None:
    agreements = _agreements(PARAGRAPH_SIGNS)
    assert [a["number"] for a in agreements] == ["2", "3"]
    assert [a["title"] for a in agreements] == [
        "Spoorlijn Hoogmeer - Brugwijk",
        "Fietsroute Oeverweg",
    ]
    assert _commitments(agreements[0]) == [
        "Het Rijk verbetert de spoorl",
        "De provincie draagt € 3 mln.",
        "Partijen zullen de voortgang",
    ]


# A lead-in bullet over sub-bullets that undertake, a phase bullet, a colon bullet over a list.
LEAD_IN_BULLET = """Afsprakenlijst Bestuurlijk Overleg MIRT West
Datum: 5 juni 2030

Afspraak 1 - Knooppunt Heidepoort
  ◦ Het project is in realisatie; de aannemer werkt in twee fasen.
  ◦ De beheerder en de gemeente werken de omleidingen uit voor de zomer van 2031.
  ◦ Het Rijk en de provincie verdelen de meerkosten van de schermen:
     – het Rijk draagt ten hoogste € 2 mln. bij;
     – de provincie draagt het restant.

Afspraak 2 - Veenweide Noordveld
  ◦ De provincie stelt een peilbesluit vast voor de volgende gebieden:
     – de polder Oost;
     – de polder West.
  ◦ Het Rijk draagt € 1 mln. bij aan de proeven.
"""


def test_a_lead_in_bullet_gives_way_to_sub_bullets_that_undertake(general_only: None) -> None:
    first, second = _agreements(LEAD_IN_BULLET)
    assert _commitments(first) == [
        "De beheerder en de gemeente ",
        "het Rijk draagt ten hoogste ",
        "de provincie draagt het rest",
    ]
    assert _commitments(second) == [
        "De provincie stelt een peilb",
        "Het Rijk draagt € 1 mln. bij",
    ]


# An action list: a row of cells joined to the sentence under it, a row of labels.
ACTION_ROWS = """Uitvoeringsagenda NOVEX Noordveld
Hoogmeer, 12 april 2030

3  Actielijst

A1  Herinrichting haven Noordveld
    gemeente Noordveld, provincie  ·  2031  ·  € 2 mln (regio) + € 2 mln (Rijk)
    De gemeente richt de haven opnieuw in.

A2  Ontsluiting bedrijventerrein Oost
Trekker: provincie — Gereed: 2032 — Middelen: € 5 mln
De provincie legt een nieuwe ontsluitingsweg aan.
"""


def test_a_row_of_cells_is_no_part_of_the_commitment(general_only: None) -> None:
    agreements = _agreements(ACTION_ROWS)
    assert [a["number"] for a in agreements] == ["A1", "A2"]
    assert _commitments(agreements[0]) == ["De gemeente richt de haven o"]
    assert _commitments(agreements[1]) == ["De provincie legt een nieuwe"]


# A fact noted after the opening, and a heading over a table of agreements.
NOTED_FACT = """Afsprakenlijst BO MIRT Zuid
gehouden te Hoogmeer op 4 november 2030

01  Spoorlijn Brugwijk - Noordveld
    Het project is in realisatie. Rijk en regio constateren een tegenvaller op de raming.
    a.  Het Rijk vangt de tegenvaller op binnen het fonds.
    b.  De provincie en de gemeente stemmen de omleidingen af voor de zomer van 2031.

02  Afspraken
    Nr | Onderwerp | Afspraak
    1 | Oeverweg | De gemeente werkt de
    ontwerpopgave uit
"""


def test_a_fact_noted_after_the_opening_does_not_reject_the_unit(general_only: None) -> None:
    agreements = _agreements(NOTED_FACT)
    assert [a["number"] for a in agreements] == ["01"]
    assert _commitments(agreements[0]) == [
        "Het Rijk vangt de tegenvalle",
        "De provincie en de gemeente ",
    ]


@pytest.mark.parametrize(
    ("sentence", "undertaking"),
    [
        ("Partijen zullen de beheerder vragen de knelpunten te onderzoeken.", True),
        ("De provincie onderzoekt of de halte eerder kan openen.", True),
        ("Het Rijk stelt voor de halte € 2 mln. beschikbaar.", True),
        ("De regio zorgt ervoor dat de gemeenten hun wensen indienen.", True),
        ("Toegezegd is dat het Rijk de gemeente blijft ondersteunen.", True),
        ("De beheerder meldt de meerkosten aan de provincie.", True),
        ("De provincie en het waterschap bezien in 2031 of de kade kan worden verhoogd.", True),
        ("De provincie bekijkt of de veerpont langer kan varen.", True),
        ("De gemeente en de provincie stellen voor de zomer van 2031 een plan vast.", True),
        ("De regio stelt voor de brug eerder te bouwen.", False),
        ("EUR 3 miljoen, waarvan 0,5 mln euro voor onderzoek.", False),
        ("De regio wil een onderzoek starten.", False),
        ("Het Rijk stelt voor om een onderzoek te starten.", False),
        ("De gemeenten houden hun eigen lijsten bij, vaak in een rekenblad.", False),
        ("De provincie heeft besloten te investeren.", False),
    ],
)
def test_the_main_verb_decides_whether_a_party_undertakes(sentence: str, undertaking: bool) -> None:
    assert is_undertaking(sentence) is undertaking


# With the layout rules: items headed like agreements that agree nothing, a phase bullet.
HEADED_ITEMS = """Bestuurlijk Overleg MIRT Oost 2031
Afsprakenlijst

Brugwijk, Provinciehuis, 6 november 2031

Afspraak 1 - Oeverweg Brugwijk
  ◦ Het project is in realisatie; de aannemer werkt in twee fasen.
  ◦ De gemeente legt de fietsroute langs de Oeverweg aan voor 1 juli 2032.
  ◦ Het Rijk draagt € 2 mln. bij aan de fietsroute.

Afspraak 2 - Haven Noordveld
Geen nieuwe afspraken; de voortgang is voor kennisgeving aangenomen.

Afspraak 3 - Rondvraag
De gedeputeerde wijst op de planning van de haven.
"""


def test_headings_numbered_like_agreements_that_agree_nothing_are_left_out() -> None:
    agreements = _agreements(HEADED_ITEMS)
    assert [a["number"] for a in agreements] == ["1"]
    assert _commitments(agreements[0]) == [
        "De gemeente legt de fietsrou",
        "Het Rijk draagt € 2 mln. bij",
    ]


# With the layout rules: agreements headed "Afspraak N", then an action list numbered "A1"
# (most of each action undertaken) and remarks numbered "B1" (one undertaking among them).
MIXED = """Afsprakenlijst Bestuurlijk Overleg MIRT Noord
Hoogmeer, 2 november 2032

Afspraak 1 - Spoorlijn Hoogmeer - Brugwijk
  ◦ Het Rijk draagt € 5 mln. bij aan de halte Noordveld.
  ◦ De provincie start de planuitwerking in 2033.

Afspraak 2 - Oeverweg
  ◦ De gemeente legt de fietsroute aan voor 1 juli 2033.

Actielijst

A1  Ontsluiting haven Noordveld
De provincie legt een nieuwe ontsluitingsweg aan en meldt de kosten aan het Rijk.

A2  Laadpunten bedrijventerrein Oost
De gemeente plaatst twintig laadpunten. Het Rijk draagt de helft van de kosten bij.

Regionale aandachtspunten

B1  Haven Brugwijk
De haven groeit sterk. De regio vraagt aandacht voor de doorstroming op de kade.
Zij investeert zelf in een eigen programma.

B2  Dorpskernen
De dorpen willen meer woningen bouwen. De gemeente wijst op de samenhang met afspraak 2.
"""


def test_an_action_list_numbered_otherwise_is_added_when_mostly_undertaken() -> None:
    agreements = _agreements(MIXED)
    assert [a["number"] for a in agreements] == ["1", "2", "A1", "A2"]
    assert _commitments(agreements[3]) == [
        "De gemeente plaatst twintig ",
        "Het Rijk draagt de helft van",
    ]


NOTED_NUMBERS = """Ruimtelijk Arrangement provincie Noordveld 2031

Afspraak 2.1 (was 2.4) Zoet water op de eilanden
De provincie legt voor 2033 een zoetwaterbuffer aan.

Afspraak 2.2 (nieuw) Haven Brugwijk
De regio is bereid tot een bijdrage voor de kade.
"""


def test_a_note_on_the_number_is_no_part_of_the_title(general_only: None) -> None:
    agreements = _agreements(NOTED_NUMBERS)
    assert [a["title"] for a in agreements] == ["Zoet water op de eilanden", "Haven Brugwijk"]
    assert _commitments(agreements[1]) == ["De regio is bereid tot een b"]


# A frame heading whose body opens by saying nothing was agreed, then brings news that
# reads like an undertaking.
FRAME_WITH_NEWS = """Bestuurlijk Overleg MIRT West 2033
Afsprakenlijst

Hoogmeer, Stadhuis, 4 oktober 2033

Afspraak 1 - Kadeweg Hoogmeer
  ◦ De gemeente legt de kadeweg aan voor 1 maart 2034.
  ◦ Het Rijk draagt € 3 mln. bij aan de kadeweg.

Afspraak 2 - Rondvraag
Er zijn geen nieuwe afspraken gemaakt. De regio meldt dat de raad van Brugwijk
in het voorjaar over de bijdrage aan de veerpont besluit.
"""


def test_a_frame_heading_that_says_nothing_was_agreed_is_left_out() -> None:
    agreements = _agreements(FRAME_WITH_NEWS)
    assert [a["number"] for a in agreements] == ["1"]


# A closing section numbered like the agreements that agrees by formula.
CLOSING_FORMULA = """Ruimtelijk arrangement Brugwijk 2034

1  Wonen
1.1  Oeverwijk Brugwijk
De gemeente bouwt 800 woningen in Oeverwijk. Het Rijk draagt € 4 mln. bij aan de ontsluiting.

1.2  Stationsgebied Noordveld
De provincie legt een busbaan aan naar het station. De gemeente zorgt voor de stalling.

2  Slot
Partijen spreken af de voortgang van dit arrangement elk jaar te bespreken in het
bestuurlijk overleg.

Aldus overeengekomen te Brugwijk op 3 maart 2034.
"""


def test_a_closing_section_agrees_by_its_formula_sentence_unnumbered() -> None:
    agreements = _agreements(CLOSING_FORMULA)
    assert [a["number"] for a in agreements] == ["1.1", "1.2", None]
    assert agreements[2]["title"].startswith("Partijen spreken af de voortgang")


# Actions in square brackets under themes, each with a "Wat we doen:" label over its text.
SQUARE_ACTIONS = """Uitvoeringsagenda Brugwijk 2035

1 Water
Rijk en regio spreken af dat nieuwe wijken alleen op hoge gronden worden gebouwd.

   [B1] Gemaal Noordveld
        Wat we doen:  het waterschap bouwt een nieuw gemaal met een grotere
                      capaciteit naast het oude.
        Trekker:      waterschap
        Klaar:        2036

   [B2] Fietsbrug Oeverwijk
        Wat we doen:  de gemeente legt een fietsbrug over de vaart aan.
        Trekker:      gemeente
        Klaar:        eind 2036
"""


def test_actions_in_square_brackets_with_a_what_we_do_label() -> None:
    agreements = _agreements(SQUARE_ACTIONS)
    numbered = [a for a in agreements if a["number"]]
    assert [a["number"] for a in numbered] == ["B1", "B2"]
    assert _commitments(numbered[0]) == ["het waterschap bouwt een nie"]
    assert _commitments(numbered[1]) == ["de gemeente legt een fietsbr"]


# A label lead-in over a single numbered item, after a paragraph on the state of affairs.
ONE_ITEM_UNDER_LABEL = """Afsprakenlijst Bestuurlijk Overleg MIRT Noord
Hoogmeer, 5 november 2036

A.  Brug Noordveld
    Afspraken:
      i.   Het Rijk stelt € 3 mln beschikbaar voor het ontwerp van de brug.
      ii.  De provincie zorgt voor een gelijk bedrag.

B.  Oeverweg Brugwijk
    Stand van zaken: het project is in realisatie; de eerste fase is in mei
    opengesteld.
    Afspraken:
      i.   De gemeente en de provincie rapporteren in het volgende overleg over
           de meerkosten.
"""


@pytest.mark.parametrize("mode", ["general", "both"])
def test_a_label_lead_in_over_one_item(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUIMTEMONITOR_AGREEMENTS", mode)
    agreements = _agreements(ONE_ITEM_UNDER_LABEL)
    assert [a["number"] for a in agreements] == ["A", "B"]
    assert _commitments(agreements[1]) == ["De gemeente en de provincie "]


# "maken de afspraak dat": an agreement formula like "spreken af dat".
MAKE_AGREEMENT = """Uitvoeringsagenda Brugwijk 2037

2.1  Wonen
Rijk en regio maken de afspraak dat de nieuwe wijk pas groeit als de busbaan rijdt.
"""


def test_make_the_agreement_that_is_a_formula(general_only: None) -> None:
    agreements = _agreements(MAKE_AGREEMENT)
    assert [a["number"] for a in agreements] == [None]
    assert _commitments(agreements[0]) == ["Rijk en regio maken de afspr"]


# Chapter headings right over their items: the items are the agreements.
CHAPTERS = """Afsprakenlijst Bestuurlijk Overleg Leefomgeving Oost
Brugwijk, 8 oktober 2037

1   Wonen

1.a  Oeverwijk
     — Het Rijk draagt € 4 mln bij aan de eerste fase.
     — De gemeente start in 2038 met de bouw.

1.b  Stationskwartier
     — De provincie legt een busbaan aan naar het station.

2   Water

2.a  Gemaal Noordveld
     — Het waterschap bouwt een nieuw gemaal.
"""


def test_a_chapter_heading_over_its_items_is_no_agreement() -> None:
    agreements = _agreements(CHAPTERS)
    assert [a["number"] for a in agreements] == ["1.a", "1.b", "2.a"]


# A formula sentence that is one bullet among the undertakings of a numbered item.
FORMULA_BULLET = """Afsprakenlijst Bestuurlijk Overleg MIRT West
Hoogmeer, 12 juni 2038

(1)  Opening
     De voorzitter opent het overleg.

(2)  Oeverweg Brugwijk
     o  Het Rijk en de regio spreken af de planstudie Oeverweg voort te zetten
        volgens de afspraken van het vorige overleg.
     o  De provincie stelt een bijdrage van 4 miljoen euro beschikbaar voor de
        fietsbrug bij Noordveld.
     o  Partijen bespreken de voortgang opnieuw in het overleg van het najaar.
"""


def test_a_formula_bullet_belongs_to_its_numbered_item() -> None:
    agreements = _agreements(FORMULA_BULLET)
    assert [a["number"] for a in agreements] == ["2"]
    assert len(agreements[0]["commitments"]) == 3


# A row of labels that ends in a colon ("Wie: … Wanneer: … Geld:") is no lead-in.
LABEL_ROW = """De provincie bouwt een nieuw gemaal. Wie: provincie, waterschap. Wanneer: 2040. Geld:
EUR 6 miljoen.
"""


def test_a_row_of_labels_ending_in_a_colon_is_no_lead_in() -> None:
    from ruimtemonitor.core.extraction.unit_commitments import unit_commitments

    found = unit_commitments(LABEL_ROW, 0, len(LABEL_ROW))
    assert [c.text[:28] for c in found] == ["De provincie bouwt een nieuw"]


# An indented label line ("    Soort: ambitie") is a line of its own: the sentence under it
# starts anew, also when the body is indented.
INDENTED_LABEL = """    Soort: procesafspraak
    Rijk en gemeente komen overeen om bij de aanleg van de kade ruimte te
    houden voor een fietspad.
"""


def test_an_indented_label_line_does_not_run_into_the_sentence_below() -> None:
    from ruimtemonitor.core.extraction.unit_commitments import unit_commitments

    found = unit_commitments(INDENTED_LABEL, 0, len(INDENTED_LABEL))
    assert [c.text[:30] for c in found] == ["Rijk en gemeente komen overeen"]
