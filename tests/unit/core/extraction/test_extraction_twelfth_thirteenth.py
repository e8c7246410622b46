"""Twelfth and thirteenth blind batches: the fields besides agreements, on invented text."""

import datetime as dt
from decimal import Decimal

from tests.unit.core.extraction.readouts import (
    agreements,
    commitment_texts,
    extracted,
    kamerbrief_head,
    times,
)
from tests.unit.core.extraction.readouts import table_cells as _cells

from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.letter_date import find_letter_date
from ruimtemonitor.core.extraction.patterns import BULLET_GLYPH
from ruimtemonitor.core.extraction.phases import stated_phase
from ruimtemonitor.core.extraction.project_layouts import address_row, strip_item_number
from ruimtemonitor.core.extraction.project_terms import NOT_A_PROJECT


def test_rows_flattened_with_single_spaces_give_their_money_cells() -> None:
    text = (
        "Overzicht bijdragen (bedragen x € 1 mln)\n"
        "Locatie Woningen Bijdrage Rijk Bijdrage regio\n"
        "Veerhaven Noord 3.200 14,5 7\n"
        "Kanaalzone (nieuw) 1.100 p.m. p.m.\n"
        "\n"
        "De bijdrage voor de Kanaalzone volgt na 12 weken toetsing 40\n"
    )
    assert _cells(text) == [("14,5", (Decimal(14_500_000),)), ("7", (Decimal(7_000_000),))]


def test_a_single_spaced_row_in_whole_euros_skips_empty_cells_and_reads_ranges() -> None:
    text = (
        "Kosten (bedragen in euro's)\n"
        "Post 2027 2028 Totaal\n"
        "Bijdrage N99 400.000 - 400.000\n"
        "\n"
        "Raming (x € 1 mln)\n"
        "Raming bandbreedte 310 - 340\n"
    )
    assert _cells(text) == [
        ("400.000", (Decimal(400_000),)),
        ("400.000", (Decimal(400_000),)),
        ("310 - 340", (Decimal(310_000_000), Decimal(340_000_000))),
    ]


def test_a_ministers_startbeslissing_is_other_and_agrees_nothing() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\n"
        "STARTBESLISSING\n"
        "MIRT-verkenning Oeverweg Zuidrand\n\n"
        "Den Haag, 3 maart 2022\n\n"
        "De Minister van Infrastructuur en Waterstaat,\n\n"
        "gelet op de afspraken in het Bestuurlijk Overleg MIRT van 10 november 2021,\n\n"
        "BESLUIT:\n\n"
        "A.  Een verkenning te starten naar de Oeverweg Zuidrand.\n\n"
        "B.  Voor de verkenning € 3 miljoen beschikbaar te stellen; de provincie en de regio\n"
        "    spreken af € 1 miljoen bij te dragen.\n"
    )
    result = extracted(text)
    assert [d["kind"] for d in result["documents"]] == ["other"]
    assert result["agreements"] == []


def test_a_subject_naming_the_seasons_bestuurlijke_overleggen_is_a_mirt_brief() -> None:
    text = (
        "De voorzitter van de Tweede Kamer\n\n"
        "Datum     20 november 2019\n"
        "Betreft   {subject}\n\n"
        "Geachte voorzitter,\n\n"
        "Hierbij informeer ik uw Kamer over de uitkomsten.\n\n"
        "REGIO OOST\n\nRondweg Veldhoek (realisatie)\nDe bouw loopt.\n"
    )
    season = "Bestuurlijke overleggen MIRT najaar 2019"
    assert classify(text.format(subject=season), {"betreft": season}) == "mirt_brief"
    outcome = "Uitkomsten bestuurlijke overleggen MIRT najaar 2019"
    assert classify(text.format(subject=outcome), {"betreft": outcome}) == "kamerbrief"


_MINUTES = (
    "VERSLAG BESTUURLIJK OVERLEG MIT OOST\n"
    "dinsdag 13 november 2007, Provinciehuis Zwolle\n\n"
    "Aanwezig: minister van V&W, gedeputeerde Verkeer\n\n"
    "Ad 1.  Opening en vaststelling verslag\n"
    "Het verslag van het BO MIT van 12 maart 2007 wordt vastgesteld.\n\n"
    "Ad 2.  N99 Rondweg Hoogveld\n"
    "Partijen spreken af:\n"
    " a) V&W reserveert € 4 mln. voor de aansluiting Hoogveld-Noord;\n"
    " b) de provincie legt het inpassingsplan uiterlijk 1 juni 2008 vast.\n\n"
    "Ad 3.  Rondvraag en sluiting\n"
    "Er zijn geen vragen.\n"
)


def test_a_bo_mit_is_a_bo_mirt_meeting() -> None:
    meetings = extracted(_MINUTES)["meetings"]
    assert {(m["kind"], m["date"]) for m in meetings} >= {
        ("bo_mirt", "2007-11-13"),
        ("bo_mirt", "2007-03-12"),
    }


def test_items_headed_ad_with_a_number_are_numbered_agreements() -> None:
    found = agreements(_MINUTES)
    assert [(a["number"], a["title"]) for a in found] == [("2", "N99 Rondweg Hoogveld")]
    assert [c[:12] for c in commitment_texts(found[0])] == ["V&W reservee", "de provincie"]


def test_actions_of_an_agenda_headed_actie_are_agreements_named_without_the_word() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX VELDHOEK 2024 - 2027\n\n"
        "1  Bereikbaarheid\n\n"
        "Het gebied groeit snel. Rijk en regio spreken af dat de fiets voorrang krijgt.\n\n"
        "Actie 1.1  Fietsbrug Veldhoek-Oost\n"
        "De gemeente Veldhoek werkt het ontwerp van de fietsbrug uit.\n"
        "Trekker: gemeente Veldhoek; gereed: eind 2026; middelen: € 2 mln\n\n"
        "Actie 1.2  Busstation Veldhoek\n"
        "De provincie stelt samen met de gemeente een plan voor het busstation op.\n"
        "Trekker: provincie; gereed: 2027; middelen: p.m.\n"
    )
    result = extracted(text)
    numbered = [(a["number"], a["title"]) for a in result["agreements"] if a["number"]]
    assert numbered == [("1.1", "Fietsbrug Veldhoek-Oost"), ("1.2", "Busstation Veldhoek")]
    names = {p["name"] for p in result["projects"]}
    assert not any(name.startswith("Actie") for name in names)


def test_a_street_address_with_its_town_in_a_letterhead_row_is_no_project() -> None:
    assert address_row("Directie Wegen      Stationsweg 12-14, Den Bosch")
    assert address_row("Directie Wegen      Kanaalstraat 3, 's-Hertogenbosch")
    assert not address_row("Rondweg Oost      N99 Hoogveld, fase 2")


_LETTERED_MINUTES = (
    "BO MIRT Oost 2021 - Afsprakenlijst\n"
    "Overleg via videoverbinding, dinsdag 9 november 2021\n\n"
    "Ter inleiding: het overleg is digitaal gehouden.\n\n"
    "a. N99 Veldhoek - Hoogveld\n"
    "   1. Rijkswaterstaat legt het ontwerp uiterlijk 1 mei 2022 voor aan de provincie.\n"
    "   2. De provincie draagt € 2 mln bij aan de fietstunnel.\n\n"
    "b. Spoorzone Hoogveld\n"
    "   Het project is in uitvoering.\n"
    "   1. Partijen komen overeen dat het stationsplein in de aanbesteding wordt meegenomen.\n\n"
    "Vastgesteld per e-mail op 30 november 2021.\n"
)


def test_items_lettered_in_lower_case_over_numbered_commitments_are_agreements() -> None:
    found = agreements(_LETTERED_MINUTES)
    assert [(a["number"], a["title"]) for a in found] == [
        ("a", "N99 Veldhoek - Hoogveld"),
        ("b", "Spoorzone Hoogveld"),
    ]
    assert len(found[0]["commitments"]) == 2
    assert [c[:24] for c in commitment_texts(found[1])] == ["Partijen komen overeen d"]


def test_minutes_are_dated_by_their_meeting_and_their_adoption_stamp_is_an_event() -> None:
    result = extracted(_LETTERED_MINUTES)
    assert result["documents"][0]["date"] == "2021-11-09"
    assert "op 30 november 2021" in [e["as_written"] for e in result["events"]]
    assert "op 30 november 2021" not in [d["as_written"] for d in result["deadlines"]]


def test_a_wingdings_arrow_exported_as_a_slashed_o_is_a_bullet() -> None:
    assert BULLET_GLYPH.match("Ø   De provincie legt het plan voor.")
    assert not BULLET_GLYPH.match("Ø 800 mm persleiding")
    text = (
        "VERSLAG EN AFSPRAKEN\nBestuurlijk overleg MIRT Oost\n\n"
        "Datum    : 3 november 2009\n\n"
        "[2]  N99 Rondweg Hoogveld\n"
        "Ø   De provincie start de verkenning en rondt die af voor de zomer van 2010.\n"
        "Ø   Het Rijk reserveert hiervoor € 3 mln. in het Infrastructuurfonds.\n"
    )
    found = agreements(text)
    assert [(a["number"], len(a["commitments"])) for a in found] == [("2", 2)]


def test_the_labels_of_a_meetings_head_are_no_projects() -> None:
    for line in ("Plaats : Gemeentehuis, Veldhoek", "Datum", "Locatie: Stadhuis Hoogveld"):
        assert NOT_A_PROJECT.match(line), line
    assert not NOT_A_PROJECT.match("Plaatsingsruimte Veldhoek")


def test_action_tables_coded_with_letters_give_one_agreement_and_project_per_row() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX VELDHOEK\n\n"
        "Acties\n\n"
        "Nr\tActie\tInhoud\tTrekker\tGereed\tBudget\n"
        "K1\tFietsbrug Veldhoek-Oost\tDe gemeente Veldhoek werkt het ontwerp uit.\tVeldhoek"
        "\t2027\t€ 2 mln\n"
        "W2\tStation Hoogveld, perrons\tProRail onderzoekt de verlenging van de perrons."
        "\tProRail\teind 2026\tp.m.\n\n"
        "| Nr    | Actie                  | Wat                                | Gereed |\n"
        "|-------|------------------------|------------------------------------|--------|\n"
        "| VHK-3 | Dijkversterking Zuid   | Het waterschap werkt het plan uit  | 2028   |\n"
    )
    result = extracted(text)
    rows = {a["number"]: (a["title"], commitment_texts(a)) for a in result["agreements"]}
    assert rows["K1"][0] == "Fietsbrug Veldhoek-Oost"
    assert rows["K1"][1] == ["De gemeente Veldhoek werkt het ontwerp uit."]
    assert rows["W2"][0] == "Station Hoogveld, perrons"
    assert rows["VHK-3"][1][0].startswith("Het waterschap werkt")
    names = {p["name"] for p in result["projects"]}
    assert {"Fietsbrug Veldhoek-Oost", "Station Hoogveld, perrons"} <= names


def test_an_arrangements_table_exported_cell_by_cell_gives_its_rows() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT VELDHOEK 2026\n\n"
        "Ondertekend te Veldhoek op 3 maart 2026\n\n"
        "Nr.\nOnderwerp\nAfspraak\nPartijen\n"
        "2.1\nHavenkwartier: wonen\nen werken aan het water\n"
        "De gemeente Veldhoek bouwt 1.500 woningen in het Havenkwartier.\n"
        "Het Rijk en de provincie spreken af dat de kade in 2028 klaar is.\n"
        "Veldhoek, VRO\n"
        "2.2\nRondweg Hoogveld\n(informatief)\n"
        "Geen afspraak; de weg is in 2024 opengesteld.\n"
        "-\n"
    )
    found = agreements(text)
    assert [(a["number"], a["title"]) for a in found] == [
        ("2.1", "Havenkwartier: wonen en werken aan het water")
    ]
    assert [c[:20] for c in commitment_texts(found[0])] == [
        "De gemeente Veldhoek",
        "Het Rijk en de provi",
    ]


def test_two_places_before_the_date_date_the_agenda() -> None:
    text = (
        "UITVOERINGSAGENDA NOVEX VELDHOEK\n\n"
        "Vastgesteld in het BOL Oost van 2 april 2025\n\n"
        "Veldhoek/Hoogveld, 16 april 2025\n\n"
        "1  Wonen\n"
    )
    assert find_letter_date(text, "uitvoeringsagenda") == dt.date(2025, 4, 16)


def test_a_letter_confirming_agreements_makes_them_item_by_item() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\n"
        "Aan Gedeputeerde Staten van de provincie Veldland\n\n"
        "Den Haag, 2 mei 2011\n"
        "Onderwerp: bevestiging afspraken haven Veldhoek\n\n"
        "Geachte heer Jansen,\n\n"
        "In ons gesprek van 4 april hebben wij afspraken gemaakt. Met deze brief bevestig ik"
        " die afspraken.\n\n"
        "1. Haven Veldhoek, kademuur. Het Rijk stelt 3 miljoen euro beschikbaar voor de"
        " vernieuwing van de kademuur.\n\n"
        "2. N99 Hoogveld - Veldhoek. Partijen spreken af de verbreding in het MIRT op te nemen"
        " zodra de verkenning is afgerond.\n\n"
        "Hoogachtend,\n\nde Minister\n"
    )
    found = agreements(text)
    assert [(a["number"], a["title"]) for a in found] == [
        ("1", "Haven Veldhoek, kademuur"),
        ("2", "N99 Hoogveld - Veldhoek"),
    ]
    assert commitment_texts(found[1])[0].startswith("Partijen spreken af")
    reported = text.replace("Met deze brief bevestig ik die afspraken.", "Ik meld u de stand.")
    reported = reported.replace("bevestiging afspraken", "stand van zaken")
    assert [a["number"] for a in agreements(reported) if a["number"]] == []


def test_a_startbeslissing_names_its_study_as_the_project_and_the_phase_it_enters() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\n"
        "STARTBESLISSING\n"
        "MIRT-verkenning N99 Veldhoek - Hoogveld\n\n"
        "Den Haag, 3 maart 2022\n\n"
        "De Minister van Infrastructuur en Waterstaat,\n\n"
        "gelet op de afspraken in het Bestuurlijk Overleg MIRT van 10 november 2021,\n\n"
        "BESLUIT:\n\n"
        "A.  Een verkenning te starten naar de N99. Met dit besluit gaat het project de\n"
        "    verkenningsfase in.\n"
    )
    projects = extracted(text)["projects"]
    assert [(p["name"], p["phase"]) for p in projects] == [
        ("N99 Veldhoek - Hoogveld", "verkenning")
    ]
    assert stated_phase("De N99 gaat straks de realisatiefase in.") is None


def test_codes_of_capitals_and_digits_are_no_part_of_a_project_name() -> None:
    assert strip_item_number("VHK-03  Haven Veldhoek en kade-uitbreiding") == (
        "Haven Veldhoek en kade-uitbreiding"
    )
    assert strip_item_number("A12 Ede - Grijsoord") == "A12 Ede - Grijsoord"


def test_a_sentence_ending_at_a_line_end_does_not_lend_its_tense_to_the_next() -> None:
    text = kamerbrief_head("12 april 2012") + (
        "De provincie neemt de rondweg op zodra de verkenning is afgerond.\n"
        "Ik zal uw Kamer hierover in de voortgangsbrief van het najaar informeren.\n"
    )
    deadlines, events = times(text)
    assert any("najaar" in d for d in deadlines), (deadlines, events)
    assert not any("najaar" in e for e in events)


def test_a_promise_to_do_something_at_a_time_is_a_deadline() -> None:
    text = kamerbrief_head("6 september 2022") + (
        "De minister heeft toegezegd de uitvoering van de motie\n"
        "in de voortgangsbrief van het najaar toe te lichten.\n"
    )
    deadlines, events = times(text)
    assert any("najaar" in d for d in deadlines), (deadlines, events)


def test_a_print_date_is_no_time() -> None:
    text = "Projectpagina Rondweg Veldhoek\nPrintdatum 20-10-2023\n\n" + kamerbrief_head(
        "2 oktober 2023"
    )
    deadlines, events = times(text)
    assert not any("20-10-2023" in t for t in deadlines + events)


def test_days_of_held_meetings_with_the_year_named_once_are_no_events() -> None:
    text = kamerbrief_head("6 oktober 2023") + (
        "In de bestuurlijke overleggen leefomgeving van 7 maart\n"
        "(Noord), 14 maart (West) en 2 april 2023 (Oost) hebben Rijk en regio de\n"
        "aanvragen besproken.\n"
    )
    result = extracted(text)
    assert sorted(m["date"] for m in result["meetings"]) == [
        "2023-03-07",
        "2023-03-14",
        "2023-04-02",
    ]
    assert not any("maart" in e["as_written"] for e in result["events"])


def test_opened_and_delivered_works_are_opgeleverd() -> None:
    assert stated_phase("De rondweg is op 3 mei jl. opengesteld voor verkeer.") == "opgeleverd"
    assert stated_phase("Het station is op 2 juni 2019 geopend door de wethouder.") == "opgeleverd"
    assert stated_phase("De beheerder heeft de geluidsschermen in mei opgeleverd.") == "opgeleverd"
    assert stated_phase("De inschrijving is nog niet geopend.") is None


def test_an_item_held_over_is_no_agreement() -> None:
    text = (
        "Afsprakenlijst BOL Oost, 3 juni 2026\n\n"
        "3  Landelijk gebied\n\n"
        "3.1.1  Waterberging Veldhoek\n"
        "       Aangehouden. De provincie bespreekt het gebiedsproces in het volgende BOL.\n\n"
        "3.1.2  Rondweg Hoogveld\n"
        "       •  De provincie legt het ontwerp uiterlijk eind 2026 vast.\n"
        "       •  Het Rijk draagt € 2 mln bij.\n"
    )
    assert [a["number"] for a in agreements(text) if a["number"]] == ["3.1.2"]
