"""Agreement shapes of the thirty-first blind batch, on invented text of our own.

Items numbered "2/", "3/" after an opening "1/ …: vastgesteld." written as a sentence;
"leggen vast dat" and "stemmen in met" as formulas of more parties; bullets numbered "-1-",
"-2-"; a bare "Afspraak:" label ending a sentence over bullets; a formula lead-in over a
table of shares; a minister's promise to the Kamer in a numbered item of a rondvraag; a
markdown action table "| Actie | Wat | Wie |" whose rows are numbered actions, one of them
explained below the table as agreeing nothing; a label line with a sum under a formula.
"""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.agreement_sentences import formula_sentences
from ruimtemonitor.core.extraction.enumerated_runs import run_headings
from ruimtemonitor.core.extraction.item_preambles import clause_over_table, marked_lines
from ruimtemonitor.core.extraction.patterns import BULLET_GLYPH, agreement_formulas
from ruimtemonitor.core.extraction.project_terms import HOUSING_AREA
from ruimtemonitor.core.extraction.unit_commitments import is_undertaking

pytestmark = pytest.mark.unit


# --- "leggen vast dat", "stemmen in met": formulas of more parties, present tense


@pytest.mark.parametrize(
    "sentence",
    [
        "Partijen leggen vast dat de provincie de studie in 2031 afrondt.",
        "Rijk en regio leggen hierbij vast dat de kosten worden gedeeld.",
        "De gemeente en het waterschap leggen vast: de kade wordt verhoogd.",
        "Rijk en regio stemmen in met de variantenselectie.",
        "Provincie en gemeenten stemmen hiermee in met het uitvoeringsprogramma.",
        "Partijen stemmen in met een jaarlijkse voortgangsrapportage.",
    ],
)
def test_leggen_vast_and_stemmen_in_by_more_parties_are_formulas(sentence: str) -> None:
    assert agreement_formulas(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De raad stemt in met het verslag van de vorige vergadering.",
        "Rijk en regio stemden in 2029 in met de startnotitie.",
        "Partijen legden in 2028 vast dat de studie zou starten.",
        "Bewoners en ondernemers leggen hun wensen vast in een gebiedsvisie.",
        "De gemeente legt vast dat de weg in 2032 opengaat.",
    ],
)
def test_one_party_past_tense_or_a_record_of_wishes_is_no_formula(sentence: str) -> None:
    assert not agreement_formulas(sentence)


# --- "2/", "3/" items after "1/ …: vastgesteld."


def test_a_slash_numbered_run_opens_with_its_sentence_item() -> None:
    lines = [
        "1/ Opening en verslag van 3 maart: vastgesteld.",
        "2/ Knooppunt Veldhaven (A99)",
        "Partijen leggen vast dat de regio € 2 mln bijdraagt.",
        "3/ Rondvraag",
    ]
    assert run_headings(lines) == {
        0: ("1", "Opening en verslag van 3 maart: vastgesteld."),
        1: ("2", "Knooppunt Veldhaven (A99)"),
        3: ("3", "Rondvraag"),
    }


@pytest.mark.parametrize(
    "lines",
    [
        ["1/ Het Rijk betaalt de studie.", "2/ De provincie bouwt de brug."],
        ["1/ Opening: vastgesteld.", "2/ Knooppunt Veldhaven"],  # one heading after it
        ["2/ Knooppunt Veldhaven", "3/ Station Kleiburg"],  # no first item
    ],
)
def test_slash_numbers_without_a_run_of_headings_head_nothing(lines: list[str]) -> None:
    assert run_headings(lines) == {}


def _slash_list() -> str:
    return (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG ZANDMEER\n"
        "dinsdag 8 april 2031, Provinciehuis Veldhaven\n\n"
        "1/ Opening en vaststelling verslag van 12 november 2030: vastgesteld.\n\n"
        "2/ Woningbouw Veldhaven, Kadepark (1.800 woningen)\n"
        "Partijen leggen vast dat:\n"
        "> het Rijk € 6,2 mln. bijdraagt uit de regeling;\n"
        "> de gemeente Veldhaven het plan vaststelt in 2032.\n\n"
        "3/ Vaarweg Zandmeer, brug Kleiburg\n"
        "De verkenning loopt. Rijk en regio stemmen in met de\n"
        "variantenselectie; het besluit volgt uiterlijk 1 juli 2032.\n\n"
        "4/ Kade Kleiburg\n"
        "De kade is in 2029 opgeleverd. Geen nieuwe afspraken.\n\n"
        "5/ Rondvraag\n"
        "Er zijn geen vragen.\n"
    )


def test_slash_items_with_the_new_formulas_are_numbered_agreements() -> None:
    found = {a["number"]: a for a in agreements(_slash_list())}
    assert set(found) == {"2", "3"}
    assert [c[:22] for c in commitment_texts(found["2"])] == [
        "het Rijk € 6,2 mln. bi",
        "de gemeente Veldhaven ",
    ]
    assert [c[:30] for c in commitment_texts(found["3"])] == ["Rijk en regio stemmen in met d"]


# --- "-1-", "-2-" bullets


def test_a_dash_numbered_bullet_mark_is_the_whole_mark() -> None:
    match = BULLET_GLYPH.match("-1- de provincie gunt het werk")
    assert match is not None and match.group("glyph") == "-"
    assert "-12- de gemeente"[BULLET_GLYPH.match("-12- de gemeente").end() :] == "de gemeente"


@pytest.mark.parametrize(
    ("line", "rest"), [("- 12 woningen", "12 woningen"), ("-2-jarig", "2-jarig")]
)
def test_a_dash_before_a_number_that_is_no_mark_keeps_the_number(line: str, rest: str) -> None:
    match = BULLET_GLYPH.match(line)
    assert match is not None and line[match.end() :] == rest


def test_dash_numbered_bullets_are_commitments_without_their_numbers() -> None:
    text = (
        "Ruimtelijk arrangement Kleiburg-Oost\n\n"
        "Partijen\nHet Rijk, de provincie Zandland en de gemeente Kleiburg, hierna: partijen.\n\n"
        "Afspraken\n"
        "  1   Woningbouw Kleiburg, Veenpolder (2.000 woningen)\n"
        "      Partijen komen overeen dat:\n"
        "      -1- BZK uit de regeling € 9,5 mln toekent;\n"
        "      -2- de gemeente de eerste fase start in 2032.\n\n"
        "  2   Monitoring\n"
        "      Partijen stemmen in met een jaarlijkse rapportage; de eerste\n"
        "      verschijnt in maart 2032.\n\n"
        "Ondertekend te Kleiburg op 2 mei 2031.\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert [c[:12] for c in commitment_texts(found["1"])] == ["BZK uit de r", "de gemeente "]
    assert commitment_texts(found["2"])[0].startswith("Partijen stemmen in met een")


# --- "… loopt. Afspraak:" over bullets: the bare label is no commitment


def test_a_bare_label_ending_a_sentence_is_no_commitment() -> None:
    text = "De studie loopt sinds 2030. Afspraak:\n• de provincie betaalt € 1 mln.\n"
    assert formula_sentences(text, 0, text.index("\n")) == []
    labelled = "Afspraak: de provincie betaalt € 1 mln.\n"
    assert [c.text for c in formula_sentences(labelled, 0, len(labelled))] == [
        "de provincie betaalt € 1 mln."
    ]


def test_an_item_with_a_label_after_its_background_has_only_its_bullets() -> None:
    text = (
        "Afsprakenlijst BO MIRT Oost, Veldhaven, 3 juni 2031\n\n"
        "§ 1  Opening en verslag\nHet verslag wordt vastgesteld.\n\n"
        "§ 2  N999 Kleiburg - Zandmeer\n"
        "De planuitwerking loopt sinds 2029. Afspraak:\n"
        "* het Rijk stelt € 7 mln. beschikbaar;\n"
        "* de provincie besteedt het werk aan vóór 1 juli 2032.\n\n"
        "§ 3  Rondvraag\nGeen punten.\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert [c[:20] for c in commitment_texts(found["2"])] == [
        "het Rijk stelt € 7 m",
        "de provincie besteed",
    ]


# --- a formula lead-in over a table of shares


_SHARES = (
    "onderdeel\tRijk\tRegio\tgereed\nsanering\t€ 1 mln\t€ 1 mln\t2032\nweg\t–\t€ 0,4 mln\t2033\n"
)


def test_a_formula_clause_over_a_table_is_the_commitment() -> None:
    lead = "Afgesproken wordt dat IenW en de gemeente de sanering samen betalen:"
    text = f"{lead}\n{_SHARES}"
    said = clause_over_table(text, 0, len(lead), (len(lead) + 1, len(text) - 1), None)
    assert said is not None and said.text == lead


def test_a_bare_lead_in_over_a_table_or_a_clause_over_prose_is_none() -> None:
    lead = "Rijk en regio spreken af:"
    text = f"{lead}\n{_SHARES}"
    assert clause_over_table(text, 0, len(lead), (len(lead) + 1, len(text) - 1), None) is None
    lead = "Afgesproken wordt dat IenW en de gemeente de sanering samen betalen:"
    prose = f"{lead}\nde provincie draagt de helft bij en de gemeente de rest.\n"
    assert clause_over_table(prose, 0, len(lead), (len(lead) + 1, len(prose) - 1), None) is None


def test_an_item_with_a_formula_over_a_table_agrees_the_formula() -> None:
    text = (
        "Afsprakenlijst BO MIRT West – 4 december 2031, Veldhaven\n\n"
        "Punt 1 – Opening\nDe voorzitter opent de vergadering.\n\n"
        "Punt 2 – Woningbouw Kleiburg, Stationskwartier\n"
        "Afgesproken wordt dat BZK en de gemeente de sanering samen betalen:\n"
        f"{_SHARES}\n"
        "Punt 3 – Rondvraag\nGeen punten.\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert commitment_texts(found["2"]) == [
        "Afgesproken wordt dat BZK en de gemeente de sanering samen betalen:"
    ]


# --- a minister's promise to the Kamer is no undertaking of the parties


@pytest.mark.parametrize(
    "sentence",
    [
        "De minister van IenW zegt toe de Kamer vóór de zomer te informeren over de N999.",
        "De staatssecretaris zegt toe de Tweede Kamer in maart te berichten.",
        "De minister zegt de Kamer toe een brief te sturen over de brug.",
    ],
)
def test_a_promise_to_the_kamer_is_no_undertaking(sentence: str) -> None:
    assert not is_undertaking(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het Rijk zegt toe de regio vóór de zomer te informeren.",
        "Rijk en regio zeggen toe de kosten te delen.",
    ],
)
def test_a_promise_to_a_party_stays_an_undertaking(sentence: str) -> None:
    assert is_undertaking(sentence)


def test_a_numbered_kamer_promise_in_a_rondvraag_is_no_agreement() -> None:
    text = (
        "AFSPRAKEN BO MIRT NOORD\nVeldhaven, 2 juni 2031\n\n"
        "I     OPENING\nI.1   Het verslag van 3 december 2030 wordt vastgesteld.\n\n"
        "II    BEREIKBAARHEID\nII.1  N999 Kleiburg - Zandmeer\n"
        "Rijk en provincie spreken af:\n"
        "• de provincie gunt het werk in 2032;\n• het Rijk draagt € 3 mln bij.\n\n"
        "III   RONDVRAAG\n"
        "III.1 De minister van IenW zegt toe de Kamer vóór de zomer te informeren over de N999.\n"
    )
    assert [a["number"] for a in agreements(text)] == ["II.1"]


# --- a markdown table "| Actie | Wat | Wie |" of numbered actions


def _action_table(note: str) -> str:
    return (
        "# Uitvoeringsagenda NOVEX Zandland, deelgebied Kleiburg\n\n"
        "Vastgesteld in het BOL Zandland van 2 december 2031.\n\n"
        "## Acties\n\n"
        "| Actie | Wat | Wie | Wanneer | Middelen |\n"
        "|-------|-----|-----|---------|----------|\n"
        "| K1 | Woningbouw Kleiburg, Veenpolder (700 woningen) | gemeente Kleiburg | 2032 |"
        " € 3 mln |\n"
        "| K2 | Station Veldhaven, fietsenstalling | ProRail | gereed sinds 2030 | — |\n"
        "| K3 | Fietsroute Kleiburg - Veldhaven | provincie | verkenning 2032 | EUR 2 mln |\n\n"
        f"{note}\n"
    )


def test_rows_of_an_action_code_column_beside_a_wat_column_are_numbered_agreements() -> None:
    found = {a["number"]: a["title"] for a in agreements(_action_table(""))}
    assert found == {
        "K1": "Woningbouw Kleiburg, Veenpolder (700 woningen)",
        "K2": "Station Veldhaven, fietsenstalling",
        "K3": "Fietsroute Kleiburg - Veldhaven",
    }


def test_a_row_whose_note_says_nothing_is_agreed_is_no_agreement() -> None:
    note = (
        "Toelichting bij K2: de stalling is in 2030 in gebruik genomen; hierover worden "
        "geen nieuwe afspraken gemaakt."
    )
    assert [a["number"] for a in agreements(_action_table(note))] == ["K1", "K3"]
    other = "Toelichting bij K2: de stalling wordt in 2032 uitgebreid."
    assert [a["number"] for a in agreements(_action_table(other))] == ["K1", "K2", "K3"]


# --- a label line with a sum under a formula sentence is a note, not a commitment


def test_a_label_line_with_a_sum_after_a_formula_is_no_commitment() -> None:
    text = (
        "Rijk en regio stemmen in met de variantenselectie; het besluit volgt in 2032.\n"
        "Bijdrage regio: ruim drie miljoen euro.\n"
    )
    found = formula_sentences(text, 0, len(text), follow=True, paragraph=True)
    assert [c.text[:28] for c in found] == ["Rijk en regio stemmen in met"]
    settled = (
        "Rijk en regio stemmen in met de variantenselectie.\n"
        "De kosten van € 2 mln. worden gedeeld.\n"
    )
    found = formula_sentences(settled, 0, len(settled), follow=True, paragraph=True)
    assert len(found) == 2


# --- one item marked "i." right under a formula sentence of a numbered article


@pytest.mark.parametrize("sum_", ["1,5 miljoen euro", "¾ miljoen euro"])
def test_a_single_marked_item_under_a_formula_is_a_commitment_too(sum_: str) -> None:
    text = (
        "Ruimtelijk arrangement Veenpolder\n\n"
        "Artikel 1 Fietsroute Kleiburg - Veldhaven\n"
        "Partijen komen overeen de route vóór eind 2033 aan te leggen.\n"
        f"  i.   het Rijk stelt uit het fonds {sum_} beschikbaar.\n\n"
        "Artikel 2 Station Veldhaven\n"
        "Partijen komen overeen de stalling in 2034 uit te breiden.\n\n"
        "  a.   Dit artikel vervalt na oplevering.\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert [c[:24] for c in commitment_texts(found["1"])] == [
        "Partijen komen overeen d",
        "het Rijk stelt uit het f",
    ]
    assert [c[:24] for c in commitment_texts(found["2"])] == ["Partijen komen overeen d"]


def test_marked_lines_stop_at_a_blank_line_and_at_prose() -> None:
    text = "i.   de provincie betaalt\n     de helft.\nDe weg is open.\n"
    assert [c.text for c in marked_lines(text, 0, len(text))] == ["de provincie betaalt de helft."]
    assert marked_lines("De weg is open.\ni. de provincie betaalt.\n", 0, 40) == []
    assert marked_lines("\n\ni. de provincie betaalt.\n", 0, 26) == []


# --- "Woningbouw Plaats, Poort van Plaats": a site whose words join by a particle


@pytest.mark.parametrize(
    "name",
    [
        "Woningbouw Veldhaven, Poort van Veldhaven (1.200 woningen)",
        "Woningbouw Kleiburg, Hof van Zandmeer",
    ],
)
def test_a_housing_site_with_a_particle_is_a_housing_area(name: str) -> None:
    assert HOUSING_AREA.match(name)


@pytest.mark.parametrize("name", ["Woningbouw Veldhaven", "Woningbouw in de regio van Kleiburg"])
def test_housing_without_a_named_site_is_no_housing_area(name: str) -> None:
    assert not HOUSING_AREA.match(name)


# --- "kwar-" / "taal" over a line end


def test_kwartaal_split_over_a_line_end_is_one_word_again() -> None:
    text = (
        "Afsprakenlijst BO Zandmeer, 3 maart 2031\n\n"
        "De gemeente stelt het plan vast in het tweede kwar-\n"
        "  taal van 2032.\n"
    )
    assert "tweede kwartaal van 2032" in extract_text(text).clean.text


# --- "I     OPENING", "II    WEGEN": capital roman chapters without a dot


def test_capital_roman_chapters_in_a_run_head_sections() -> None:
    lines = [
        "I     OPENING",
        "I.1   Het verslag wordt vastgesteld.",
        "II    BEREIKBAARHEID",
        "II.1  N999 Kleiburg - Zandmeer",
        "III   RONDVRAAG",
    ]
    assert run_headings(lines) == {
        0: ("I", "OPENING"),
        2: ("II", "BEREIKBAARHEID"),
        4: ("III", "RONDVRAAG"),
    }


@pytest.mark.parametrize(
    "lines",
    [
        ["I     OPENING", "De voorzitter opent."],  # one alone
        ["I     Opening", "II    Wegen"],  # titles not in capitals
        ["II    WEGEN", "III   WATER"],  # no first chapter
    ],
)
def test_roman_numbers_without_a_run_of_capital_titles_head_nothing(lines: list[str]) -> None:
    assert run_headings(lines) == {}


def test_items_numbered_by_their_chapter_and_a_dash_sit_inside_it() -> None:
    text = (
        "AFSPRAKENLIJST BO MIT ZANDMEER\n\n"
        "I     ALGEMEEN\n\nI-1   Opening en verslag\n      Het verslag wordt vastgesteld.\n\n"
        "II    WEGEN\n\nII-1  N999 Kleiburg - Zandmeer\n      De verkenning loopt.\n\n"
        "II-2  A99 Veldhavenbrug\n      Geen nieuwe afspraken.\n\n"
        "III   WATER\n\nIII-1 Kade Kleiburg\n      De kade is opgeleverd.\n\n"
        "III-2 Sluis Zandmeer\n      De sluis is in uitvoering.\n"
    )
    sections = extract_text(text).structure.sections
    parents = {s.number: s.parent for s in sections if s.number}
    ids = {s.number: s.identifier for s in sections if s.number}
    assert parents["II-1"] == ids["II"]
    assert parents["II-2"] == ids["II"]
    assert parents["III-1"] == ids["III"]
    assert parents["II"] is None
