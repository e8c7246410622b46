"""Genre, phases, projects, amounts and parliamentary items in the shapes of the twenty-seventh
blind batch, on invented wording (other places, years, numbers and members)."""

from decimal import Decimal

import pytest
from tests.unit.core.extraction.readouts import extracted, parliamentary_items

from ruimtemonitor.core.dutch.amounts import find_amounts
from ruimtemonitor.core.dutch.kamerstukken import find_kamerstukken
from ruimtemonitor.core.dutch.number_words import number_word_value
from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.project_names import named_object
from ruimtemonitor.core.extraction.tables import table_amounts


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("vijftien miljoen euro", 15_000_000),
        ("elf miljoen euro", 11_000_000),
        ("twaalf miljard", 12_000_000_000),
        ("negentien miljoen euro", 19_000_000),
        ("zestig miljoen euro", 60_000_000),
        ("vierentachtig miljoen euro", 84_000_000),
        ("tweeëndertig miljoen euro", 32_000_000),
        ("driehonderdveertig miljoen euro", 340_000_000),
        ("honderdtwintig miljoen euro", 120_000_000),
    ],
)
def test_every_dutch_number_word_counts_before_a_scale_word(written: str, value: int) -> None:
    amounts = find_amounts(f"De regio vraagt {written} voor de kade.")
    assert [a.values_eur for a in amounts] == [(Decimal(value),)]


def test_number_words_outside_amounts_are_no_numbers() -> None:
    assert number_word_value("honderden") is None
    assert number_word_value("elfde") is None
    assert number_word_value("zevenentachtig") == 87
    assert find_amounts("Er zijn honderden miljoenen reizigers en elf stations.") == []


@pytest.mark.parametrize(
    ("text", "kst"),
    [
        ("de motie-Jansen (nr. 36 410 XII-22) vraagt", "kst-36410-XII-22"),
        ("de motie van het lid Bos (nr. 34 775 A-17): afgedaan", "kst-34775-A-17"),
        ("motie (Nr. 33400-XIV-8) over de sluis", "kst-33400-XIV-8"),
    ],
)
def test_a_number_before_dossier_suffix_and_number_is_a_kamerstuk(text: str, kst: str) -> None:
    assert [m.kst_id for m in find_kamerstukken(text)] == [kst]


def test_a_bare_number_after_nr_is_no_kamerstuk() -> None:
    assert find_kamerstukken("zie bijlage nr. 12 345 en 2020") == []


def test_a_motion_cited_with_nr_first_over_a_wrapped_line() -> None:
    body = (
        "Veerweg Noord\nDe verkenning loopt. Ter uitvoering van de motie-Hendriks\n"
        "(nr. 36 220 XII-14) heb ik de provincie gevraagd een tweede brug te onder-\n"
        "zoeken.\n"
    )
    assert ("motie", "kst-36220-XII-14") in parliamentary_items(body)


def test_a_report_promised_by_week_number_is_a_toezegging() -> None:
    body = "Vervolg\nIk informeer uw Kamer uiterlijk week 37 over de uitkomst van het overleg.\n"
    assert parliamentary_items(body) == [("toezegging", None)]


COUNCIL_TABLE = (
    "Financiën (x € 1.000)\n"
    "                      2031     2032     totaal\n"
    "Investering          2.400      300      2.700\n"
    "Bijdrage rijk         -450        -       -450\n"
)


def test_a_minus_sign_glued_to_a_table_cell_is_still_an_amount() -> None:
    cells = table_amounts(COUNCIL_TABLE, 0, len(COUNCIL_TABLE))
    found = [(a.as_written, a.values_eur) for a in cells]
    assert ("-450", (Decimal(450_000),)) in found
    assert [w for w, _ in found].count("-450") == 2


PROPOSAL = (
    "GEMEENTE VOORBEELDSTAD                            Raadsvoorstel\n\n"
    "Onderwerp        : Kredietaanvraag Stationsomgeving Oostdam\n"
    "                   (Kustlijn), P+R en kiss-and-ride\n"
    "Datum voorstel   : 3 maart 2033\n\n"
    "Beslispunten\n"
    "1. Een krediet van € 1.250.000,- beschikbaar te stellen voor de\n"
    "   Stationsomgeving Oostdam, bestaande uit:\n"
    "   – een P+R-terrein met 90 plaatsen;\n"
    "   – een fietsenstalling voor 400 fietsen.\n"
    "2. De lasten te dekken uit de algemene reserve.\n\n"
    "Inleiding\nHet college wil de omgeving opknappen.\n"
)


def test_a_credit_for_a_work_named_after_the_article_is_the_proposal_s_project() -> None:
    names = [p["name"] for p in extracted(PROPOSAL)["projects"]]
    assert "Stationsomgeving Oostdam" in names


UNDERLINED = (
    "Gemeente Voorbeeldwaard                 Raadsinformatiebrief\n"
    "                                        Datum    : 4 oktober 2032\n\n"
    "Onderwerp: uitkomsten BO MIRT Oost van 20 september 2032\n\n"
    "Geachte raadsleden,\n\n"
    "Wij informeren u over de uitkomsten die Voorbeeldwaard raken.\n\n"
    "Spoorlijn Voorbeeldwaard - Heuvelrijk, passeerspoor\n"
    "---------------------------------------------------\n"
    "De verkenning is in 2031 gestart en loopt. Er zijn afspraken gemaakt.\n\n"
    "N999 Voorbeeldwaard - Dalveen, fietsbrug\n"
    "========================================\n"
    "De brug is in mei 2032 opengesteld voor verkeer.\n"
)


def test_a_heading_underlined_with_a_rule_keeps_its_paragraph() -> None:
    phases = {p["name"]: p["phase"] for p in extracted(UNDERLINED)["projects"]}
    assert phases.get("Spoorlijn Voorbeeldwaard - Heuvelrijk, passeerspoor") == "verkenning"
    assert phases.get("N999 Voorbeeldwaard - Dalveen, fietsbrug") == "opgeleverd"


def test_works_on_a_bank_are_objects() -> None:
    assert named_object("Grote Rivier, oeverversterking Zandwijk")
    assert named_object("Oude Vaart, oeververbetering Dalhuizen")


def _mirt_letter(chapters: list[str]) -> str:
    body = "".join(
        f"{chapter}\nSpoorlijn Voorbeeld {n} - Heuvel\nDe verkenning loopt.\n\n"
        for n, chapter in enumerate(chapters, start=1)
    )
    return (
        "De Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Datum       5 december 2033\n"
        "Betreft     Uitkomsten Bestuurlijke Overleggen MIRT najaar 2033\n\n"
        "Geachte voorzitter,\n\n"
        "Met deze brief informeer ik u over de uitkomsten van de BO's MIRT.\n\n" + body
    )


def test_numbered_capital_landsdeel_chapters_make_a_mirt_brief() -> None:
    text = _mirt_letter(["1. NOORDWEST", "2. ZUID", "3. REGIO OOST"])
    assert classify(text, {"betreft": "Uitkomsten Bestuurlijke Overleggen MIRT najaar 2033"}) == (
        "mirt_brief"
    )


def test_landsdeel_headings_in_plain_case_keep_a_kamerbrief() -> None:
    text = _mirt_letter(["1. Noordwest", "2. Zuid", "3. Oost"])
    assert classify(text, {"betreft": "Uitkomsten Bestuurlijke Overleggen MIRT najaar 2033"}) == (
        "kamerbrief"
    )


def test_a_report_sent_with_the_letter_promises_nothing() -> None:
    body = "Bijgaand informeer ik uw Kamer over de voortgang van de werken in 2033.\n"
    assert parliamentary_items(body) == []
