"""Amounts and time phrases in the layouts of the seventh blind batch, on invented text."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

pytestmark = pytest.mark.unit

HEAD = kamerbrief_head("12 oktober 2021")
_LETTER = UnderHead(HEAD)
_amounts, _times = _LETTER.amounts, _LETTER.times


# --- amounts -----------------------------------------------------------------------------


def test_thousands_of_euros_written_as_k_euro() -> None:
    found = _amounts("Geachte voorzitter,\n\n- Budget haalbaarheidsstudie: 2.350 k€\n")
    assert found == [("2.350 k€", [2_350_000])]


def test_a_range_in_k_euro_writes_the_unit_once() -> None:
    found = _amounts("Geachte voorzitter,\n\nDe jaarlijkse kosten liggen tussen 150 en 220 k€.\n")
    assert found == [("tussen 150 en 220 k€", [150_000, 220_000])]


def test_a_scanned_mln_read_as_min_after_a_euro_sign() -> None:
    found = _amounts("Geachte voorzitter,\n\nVoor de kade is € 17 min. beschikbaar.\n")
    assert found == [("€ 17 min.", [17_000_000])]


def test_minutes_without_a_euro_sign_are_no_money() -> None:
    assert _amounts("Geachte voorzitter,\n\nDe reistijd daalt met 12 min. per rit.\n") == []


@pytest.mark.parametrize(
    ("written", "values"),
    [
        ("k€ 1.250", [1_250_000]),
        ("M€ 8 - 11", [8_000_000, 11_000_000]),
        ("16 M€", [16_000_000]),
        ("kEUR 640", [640_000]),
        ("€ 2,5 M", [2_500_000]),
        ("€ 450K", [450_000]),
        ("€ 7 mio.", [7_000_000]),
    ],
)
def test_scale_letters_glued_to_or_after_the_euro_sign(written: str, values: list[int]) -> None:
    found = _amounts(f"Geachte voorzitter,\n\nVoor de fietsbrug is {written} gereserveerd.\n")
    assert found == [(written, values)]


def test_a_letter_after_an_amount_that_is_an_initial_does_not_scale_it() -> None:
    found = _amounts("Geachte voorzitter,\n\nDe gift van € 40 K. de Vries gaat naar de school.\n")
    assert found == [("€ 40", [40])]


def test_billions_written_mrd_without_a_euro_sign() -> None:
    found = _amounts("Geachte voorzitter,\n\nHet Rijk investeert 2,4 mrd. in de corridor.\n")
    assert found == [("2,4 mrd.", [2_400_000_000])]


def test_dot_leader_cells_under_a_unit_caption() -> None:
    found = _amounts(
        "Geachte voorzitter,\n\n"
        "De raming van het project is na de aanbesteding bijgesteld. Hieronder staan\n"
        "het budget en de bijdragen van derden zoals die in de overeenkomst staan.\n\n"
        "BUDGET (x € mln, prijspeil 2021)\n"
        "Totaal projectbudget ....................... 412,8\n"
        "Bijdrage waterschap ......................... 25,0\n"
    )
    assert found == [("412,8", [412_800_000]), ("25,0", [25_000_000])]


def test_a_half_million_cell_in_a_table_of_millions_is_money() -> None:
    found = _amounts(
        "Geachte voorzitter,\n\nOverzicht (x € 1 mln)\n\n"
        "Actie     Rijk     Regio\nB-1        2,0      0,5\nB-2        0        1,0\n"
    )
    assert found == [("2,0", [2_000_000]), ("0,5", [500_000]), ("1,0", [1_000_000])]


def test_a_semicolon_export_under_a_caption_with_a_remark() -> None:
    found = _amounts(
        "Geachte voorzitter,\n\nActies (export; bedragen in euro)\n"
        "Nr;Actie;Trekker;Budget\nB1;Fietsroute langs de dijk;gemeente;2.400.000\n"
        "B2;Onderzoek naar 12 locaties;provincie;n.t.b.\n"
    )
    assert found == [("2.400.000", [2_400_000])]


# --- time ----------------------------------------------------------------------------------

PAGE = "Projectenboek 2022            Vaarwegen\nKANAAL NOORD, VERDIEPING\n"


def test_dot_leader_planning_lines_near_the_top_are_no_cover_dates() -> None:
    deadlines, events = _times(
        "Fase            Planuitwerking\n\nPLANNING\n"
        "Startbeslissing ......................... maart 2019\n"
        "Ontwerp-projectbesluit .................. najaar 2023\n",
        head=PAGE + "Projectnummer VW-17            Stand van zaken per 1 mei 2022\n\n",
    )
    assert events == ["maart 2019"]
    assert deadlines == ["najaar 2023"]


def test_the_stand_van_zaken_date_inside_a_line_is_the_page_date() -> None:
    deadlines, _ = _times(
        "De verdieping start in 2024.\n",
        head=PAGE + "Nummer VW-17            Stand van zaken per 1 mei 2022\n\n",
    )
    assert deadlines == ["in 2024"]


def test_a_ready_cell_of_a_tab_table_ignores_the_wrapped_cell_beside_it() -> None:
    deadlines, events = _times(
        "Nr.\tOnderwerp\tAfspraak\tTrekker\tGereed\n"
        "1\tFietsbrug Noord\tDe gemeente meldt de stand van de bouw;\tGemeente\teind 2021\n"
        "\t\tde landhoofden zijn in juni 2021 gestort.\n"
        "2\tHaven Zuid\tDe regio werkt de variant uit.\tProvincie\tBO MIRT 2022\n"
    )
    assert "eind 2021" in deadlines
    assert "BO MIRT 2022" in deadlines
    assert "eind 2021" not in events


def test_this_year_pinned_down_by_a_day_in_the_same_clause_is_one_time() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nHet overleg met de provincie vindt dit jaar op 9 december plaats.\n"
    )
    assert deadlines == ["op 9 december"]


def test_a_period_until_a_day_that_has_passed_is_an_event() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nHet ontwerpbesluit heeft tot 3 september ter inzage gelegen.\n"
    )
    assert events == ["tot 3 september"]
    assert deadlines == []


def test_a_day_after_was_and_a_motion_the_kamer_nam_aan_are_events() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe bouw is klaar; de oplevering was op 14 mei. "
        "De Kamer nam op 2 juni een motie aan over de geluidsschermen.\n"
    )
    assert events == ["op 14 mei", "op 2 juni"]
    assert deadlines == []


def test_an_inspection_that_lay_open_from_a_day_to_a_day_is_an_event() -> None:
    _, events = _times(
        "Geachte voorzitter,\n\nHet ontwerp lag van 4 januari tot 15 februari ter inzage.\n",
        head="Datum 12 maart 2021\nBetreft Voortgang\n\n",
    )
    assert events == ["van 4 januari tot 15 februari"]


def test_two_seasons_joined_by_a_dash_are_one_period() -> None:
    deadlines, _ = _times(
        "Planning\n o  voorjaar 2022: aanbesteding\n o  zomer 2022 - najaar 2023: uitvoering\n"
    )
    assert deadlines == ["voorjaar 2022", "zomer 2022 - najaar 2023"]


def test_years_after_a_when_label_inside_a_line_are_a_deadline() -> None:
    deadlines, _ = _times(
        "B-02  Fietsroute langs het kanaal\n"
        "      Wie: gemeente / Wanneer: 2023-2025 / Middelen: nog te bepalen\n"
    )
    assert deadlines == ["2023-2025"]


def test_years_in_a_cell_of_a_semicolon_export_are_a_deadline() -> None:
    deadlines, _ = _times(
        "Nr;Actie;Trekker;Gereed\nB1;Onderzoek naar de fietsroute;provincie;2022 - 2024\n"
    )
    assert deadlines == ["2022 - 2024"]


def test_bare_years_and_ranges_after_dot_leaders_are_planning_lines() -> None:
    deadlines, events = _times(
        "PLANNING\nStartbeslissing . . . . . . . . . . 2019\nPlanuitwerking …………………… 2023-2025\n",
        head=PAGE + "Projectnummer VW-17            Stand van zaken per 1 mei 2022\n\n",
    )
    assert events == ["2019"]
    assert deadlines == ["2023-2025"]


def test_a_ready_cell_takes_the_tense_of_its_own_row() -> None:
    deadlines, events = _times(
        "Nr.\tOnderwerp\tAfspraak\tTrekker\tGereed\n"
        "1\tFietsbrug Noord\tDe brug is opgeleverd.\tGemeente\teind 2021\n"
        "2\tHaven Zuid\tDe regio werkt de variant uit.\tProvincie\teind 2021\n"
    )
    assert events == ["eind 2021"]
    assert deadlines == ["eind 2021"]


def test_a_year_cell_ending_a_row_whose_first_cell_wraps_with_a_hyphen() -> None:
    deadlines, _ = _times(
        "De tabel geeft per actie de trekker, de partners en het moment waarop de actie\n"
        "gereed moet zijn. De afspraken over de middelen staan in het volgende hoofdstuk.\n\n"
        "Actie                          Trekker            Partners            Gereed\n"
        "Havenkwartier Zuid: herinrich-  gemeente Zwolle    VRO, provincie      2023-2026\n"
        "ting van de kades en eerste\n"
        "800 woningen\n"
        "Fietsroute Oost                provincie          gemeenten           2024\n"
    )
    assert deadlines == ["2023-2026", "2024"]


def test_the_date_after_stand_per_is_the_page_date() -> None:
    deadlines, _ = _times(
        "Status               Verkenning\nStand per 1 mei 2022\n\nDe verkenning loopt tot 2024.\n",
        head=PAGE + "Projectnummer VW-17\n",
    )
    assert deadlines == ["tot 2024"]


def test_a_lone_year_cell_beside_a_long_cell_in_a_table_one_cell_per_line() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nUitvoeringstabel\n\nActie\nTrekker\nPartners\nGereed\n"
        "Fietsroute Oost\nProvincie\nGemeenten\nQ2 2022\n"
        "Herinrichting Havenkwartier: nieuwe kades, een brug en de eerste 800 woningen\n"
        "Gemeente Zwolle\nVRO, corporaties\n2023-2026\n"
        "Kanaalbrug Noord\nRijkswaterstaat\nProvincie\n2024\n"
    )
    assert deadlines == ["Q2 2022", "2023-2026", "2024"]


def test_a_quarter_after_its_year_in_a_planning_list() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nPlanning\n2019          startbeslissing\n"
        "2021 Q2       ontwerp-projectbesluit\n2022 Q1       projectbesluit\n"
    )
    assert events == ["2019", "2021 Q2"]
    assert deadlines == ["2022 Q1"]


def test_the_adoption_date_of_minutes_on_a_label_line_is_no_deadline() -> None:
    deadlines, _ = _times(
        "De stuurgroep bespreekt de aanbesteding. Het ontwerp volgt in maart 2020.\n",
        head="Verslag stuurgroep Kanaalbrug\n\nDatum vergadering: 3 september 2019\n"
        "Vastgesteld: 8 oktober 2019\n\n",
    )
    assert deadlines == ["in maart 2020"]


def test_a_day_after_was_that_was_planned_is_still_to_come() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe oplevering was op 14 december voorzien; dat blijft zo.\n"
    )
    assert deadlines == ["op 14 december"]
    assert events == []


@pytest.mark.parametrize(
    ("caption", "scale"),
    [
        ("(bedragen in k€)", 1_000),
        ("(x 1.000 euro)", 1_000),
        ("(in duizenden euro's)", 1_000),
        ("(in M€)", 1_000_000),
        ("(x € 1.000.000)", 1_000_000),
        ("(x mln euro, prijspeil 2021)", 1_000_000),
    ],
)
def test_more_ways_to_write_the_unit_of_a_table(caption: str, scale: int) -> None:
    found = _amounts(
        "Geachte voorzitter,\n\n"
        "De raming van het project is na de aanbesteding bijgesteld. Hieronder staan\n"
        "het budget en de bijdragen van derden zoals die in de overeenkomst staan.\n\n"
        f"Financiën {caption}\nRijk                     12,5\nWaterschap                4,0\n"
    )
    assert found == [("12,5", [int(12.5 * scale)]), ("4,0", [4 * scale])]


def test_until_a_day_with_a_modal_in_the_past_is_an_event() -> None:
    deadlines, events = _times(
        "Geachte voorzitter,\n\nDe zienswijzen konden tot 1 september worden ingediend.\n"
    )
    assert events == ["tot 1 september"]
    assert deadlines == []


def test_a_day_after_a_verb_that_looks_like_a_label_stays_a_deadline() -> None:
    deadlines, _ = _times("Geachte voorzitter,\n\nDe raming wordt bijgewerkt op 1 december.\n")
    assert deadlines == ["op 1 december"]
