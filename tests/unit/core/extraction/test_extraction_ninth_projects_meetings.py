"""Projects, meetings and parliamentary items in layouts of the ninth blind batch (own texts)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.project_terms import CITY_PAIR, INFRA, names_area

pytestmark = pytest.mark.unit


def _names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text).to_json()["projects"]]


def _meetings(text: str, year: int = 2031) -> list[tuple[str, dt.date]]:
    return [(m.kind, m.date) for m in find_meetings(text, year=year)]


# --- projects: labelled blocks and one-paragraph actions ----------------------------------

_BLOCKS = (
    "RUIMTELIJK ARRANGEMENT UTRECHT\ntussen het Rijk en de provincie Utrecht\n\n"
    "1  Aanleiding\nDit arrangement volgt op de provinciale voorstellen.\n\n"
    "2  Bereikbaarheid\n\n"
    "Nr.          2.1\n"
    "Titel        N226 Maarsbergen – Leersum, veiligheid\n"
    "Type         uitvoeringsafspraak\n"
    "Afspraak\n"
    "  – Provincie: richt de weg in 2032 opnieuw in.\n\n"
    "Nr.          2.2\n"
    "Titel        Arbeidsmarkt en scholing\n"
    "Type         procesafspraak\n"
    "Afspraak\n"
    "Rijk en provincie komen overeen een gezamenlijke agenda op te stellen.\n\n"
    "Nr.          2.3\n"
    "Titel        Spoorlijn Amersfoort – Ede\n"
    "Vervallen; opgenomen in het landelijke programma.\n\n"
    "Aldus overeengekomen te Utrecht op 4 maart 2031\n"
)


def test_the_title_of_a_labelled_block_is_a_project_when_it_names_a_work() -> None:
    names = _names(_BLOCKS)
    assert any(n.startswith("N226 Maarsbergen – Leersum") for n in names)
    assert not any(n.startswith("Arbeidsmarkt") for n in names)


def test_a_lapsed_labelled_block_reports_on_no_project() -> None:
    assert not any(n.startswith("Spoorlijn Amersfoort") for n in _names(_BLOCKS))


def test_an_action_written_as_one_paragraph_names_its_project_before_the_first_full_stop() -> None:
    text = (
        "Uitvoeringsagenda NOVEX Kop van Overijssel\n\nZwolle, 3 februari 2031\n\n"
        "1. Water\nHet watersysteem staat onder druk.\n\n"
        "1A  Vaarweg Meppel – Ramspol. Wat: de provincie verdiept de vaargeul. Wie: "
        "provincie Overijssel. Wanneer: 2033. Geld: € 4 mln.\n\n"
        "1B  Kennisnetwerk water. Wat: partijen delen kennis. Wie: waterschap. Wanneer: "
        "2032.\n"
    )
    names = _names(text)
    assert "Vaarweg Meppel – Ramspol" in names
    assert not any(n.startswith("Kennisnetwerk") for n in names)


# --- projects: names of works ------------------------------------------------------------


def test_an_area_development_may_name_a_lower_case_part_of_a_place() -> None:
    assert INFRA.search("Herstructurering binnenstad Oosterhout")
    assert INFRA.search("Gebiedsontwikkeling oude haven Harlingen")
    assert not INFRA.search("Herstructurering van de landbouw")


def test_room_for_a_river_and_a_campus_are_works() -> None:
    assert INFRA.search("Uiterwaarden Maas bij Venlo")
    assert INFRA.search("Nevengeul Beneden-IJssel")
    assert INFRA.search("Technologie Campus Noord")


def test_housing_in_a_named_housing_area_is_that_areas_project() -> None:
    # "Brabantse Stedenrij" is a large-scale housing area of the reference data
    assert names_area("Brabantse Stedenrij")
    assert names_area("Woningbouw Brabantse Stedenrij (Breda, Tilburg, Den Bosch)")
    assert not names_area("Woningbouw Haarlemmermeer")


def test_two_places_with_a_spaced_dash_name_a_corridor() -> None:
    assert CITY_PAIR.search("Hoorn – Enkhuizen")
    assert CITY_PAIR.search("Bergen op Zoom – Roosendaal")
    assert not CITY_PAIR.search("Wonen – de kernen versterken")


def test_a_finance_table_over_years_lists_budget_lines_not_projects() -> None:
    text = (
        "GEMEENTE ZANDHOVEN                      RAADSVOORSTEL\n\n"
        "Datum: 3 maart 2031\n"
        "Onderwerp: bijdrage N999 Zandhoven – Beekdorp\n\n"
        "Inleiding\nDe provinciale weg wordt verlegd. Het project is in planuitwerking.\n\n"
        "Financien (bedragen in euro's)\n"
        "post | 2032 | 2033 | 2034\n"
        "rotonde Zandhoven-Zuid | 500.000 | 250.000 | -\n"
        "Molenwegtunnel | - | 750.000 | 250.000\n\n"
        "Burgemeester en wethouders van Zandhoven,\n"
    )
    names = _names(text)
    assert not any(n.startswith(("rotonde", "Molenweg")) for n in names)
    assert names == ["N999 Zandhoven – Beekdorp"]


# --- projects: project pages -------------------------------------------------------------


def test_a_page_title_drops_a_bracketed_page_date_and_a_book_header() -> None:
    text = (
        "MIRT Projectenboek 2031                          Wegen - Oost-Nederland\n\n"
        "Verdubbeling Rondweg Dalfsen\n\n"
        "(datum laatste wijziging 12-05-2031)\n\n"
        "Fase: Verkenning\n"
        "Opdrachtgever: Ministerie van Infrastructuur en Waterstaat\n"
        "Regio: Oost-Nederland\n\n"
        "Probleemstelling\n"
        "De rondweg van Dalfsen is in de spits overbelast. De wachtrijen bij de\n"
        "aansluitingen lopen terug tot op de hoofdrijbaan.\n\n"
        "Projectomschrijving\n"
        "De rondweg krijgt twee rijstroken per richting en twee nieuwe aansluitingen.\n"
        "De fietsroute langs de weg wordt ongelijkvloers gekruist.\n\n"
        "Mijlpalen\n"
        "- Startbeslissing: maart 2030\n"
        "- Voorkeursbeslissing: 2032\n"
    )
    projects = extract_text(text).to_json()["projects"]
    assert [(p["name"], p["phase"]) for p in projects] == [
        ("Verdubbeling Rondweg Dalfsen", "verkenning")
    ]


def test_a_phase_in_an_interleaved_side_column_makes_a_project_page() -> None:
    text = (
        "Waterschap Oost            Projectinformatie            Bijgewerkt op 3 mei 2031\n\n"
        "Vaarweg Dalfsen – Ommen\n"
        "verdieping van de vaargeul in de Vecht\n\n"
        "De vaargeul van de Vecht wordt verdiept van 2 naar       KERNGEGEVENS\n"
        "2,5 meter, zodat grotere schepen Ommen kunnen            Huidige fase\n"
        "bereiken. Het werk volgt op een studie uit 2029.         Realisatie\n"
        "                                                         Provincie\n"
        "De aanbesteding is afgerond.                             Overijssel\n"
    )
    projects = extract_text(text).to_json()["projects"]
    assert len(projects) == 1
    assert projects[0]["name"].startswith("Vaarweg Dalfsen – Ommen")
    assert projects[0]["phase"] == "realisatie"


def test_huidige_fase_is_a_phase_label() -> None:
    assert project_phase("Huidige fase: Planuitwerking\nDe verkenning is afgerond.") == (
        "planuitwerking"
    )


# --- meetings ----------------------------------------------------------------------------


def test_the_head_of_minutes_with_its_date_on_a_datum_line() -> None:
    text = (
        "Bestuurlijk Overleg Leefomgeving (BOL) Zuid-Nederland\n"
        "Rijk  ·  provincie Limburg  ·  provincie Noord-Brabant\n\n"
        "Datum 14 oktober 2031\n"
        "Locatie Provinciehuis, Maastricht\n\n"
        "AFSPRAKENLIJST\n\n"
        "1) Maaslijn\n  › Partijen spreken af de dienstregeling te verdichten.\n"
    )
    assert _meetings(text) == [("bol", dt.date(2031, 10, 14))]


def test_a_datum_line_under_a_meeting_name_without_minutes_is_no_meeting() -> None:
    text = (
        "Bestuurlijk Overleg MIRT Noord\n"
        "Datum 14 oktober 2031\n\n"
        "Geachte voorzitter,\n\nHierbij stuur ik u de agenda van het overleg.\n"
    )
    assert _meetings(text) == []


def test_landsdelen_aligned_with_their_dates_each_keep_their_own_date() -> None:
    text = (
        "Ik heb de Bestuurlijke Overleggen MIRT dit najaar met de regio's gevoerd op:\n"
        "  Noord-Nederland     3 november\n"
        "  Oost-Nederland      5 november\n"
        "  Zuid-Nederland      10 november\n"
        "Hieronder de uitkomsten.\n"
    )
    found = [(m.landsdeel, m.date) for m in find_meetings(text, year=2031)]
    assert ("Noord", dt.date(2031, 11, 3)) in found
    assert ("Oost", dt.date(2031, 11, 5)) in found
    assert ("Zuid", dt.date(2031, 11, 10)) in found
    assert ("Oost", dt.date(2031, 11, 3)) not in found


# --- parliamentary items -----------------------------------------------------------------


def _items(text: str) -> list[tuple[str, str | None]]:
    return [
        (i["kind"], i["kamerstuk"]) for i in extract_text(text).to_json()["parliamentary_items"]
    ]


def test_a_caret_footnote_gives_the_motion_its_kamerstuk() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\nDatum 3 maart 2031\n"
        "Betreft Voortgang vaarwegen\n\nGeachte voorzitter,\n\n"
        "Naar aanleiding van de motie-Dijkhof^1 heb ik met de provincie afgesproken dat de\n"
        "brug bij Ommen wordt verhoogd.\n\n"
        "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n---\n"
        "^1 Kamerstuk 39 100 A, nr. 17\n"
    )
    assert _items(text) == [("motie", "kst-39100-A-17")]


def test_register_numbers_of_commitments_in_a_drawn_table() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\nDatum 3 maart 2031\n"
        "Betreft afdoening toezeggingen\n\nGeachte voorzitter,\n\n"
        "De toezeggingen staan in de tabel hieronder.\n\n"
        "┌──────────┬──────────────────────────────┬───────────┐\n"
        "│ Nr.      │ Toezegging                   │ Stand     │\n"
        "├──────────┼──────────────────────────────┼───────────┤\n"
        "│ TZ-30-07 │ Kamer informeren over sluis  │ afgedaan  │\n"
        "│ TZ-30-09 │ Evaluatie proef met venster  │ zomer 2031│\n"
        "└──────────┴──────────────────────────────┴───────────┘\n\n"
        "Hoogachtend,\n"
    )
    assert _items(text) == [("toezegging", None), ("toezegging", None)]


def test_a_side_column_label_and_its_phase_on_one_line() -> None:
    body = (
        "De realisatie van de oude sluis duurde vier jar.    KERNGEGEVENS\n"
        "Nu wordt de sluis verlengd tot 200 meter. Het       Fase: Verkenning\n"
        "werk volgt op een studie uit 2029.\n"
    )
    assert project_phase(body) == "verkenning"


def test_an_inline_action_title_may_end_at_a_spaced_dash() -> None:
    text = (
        "Uitvoeringsagenda NOVEX Kop van Overijssel\n\nZwolle, 3 februari 2031\n\n"
        "1. Water\nHet watersysteem staat onder druk.\n\n"
        "1A  Vaarweg Meppel – Ramspol – Wat: de provincie verdiept de vaargeul. Wie: "
        "provincie Overijssel. Wanneer: 2033.\n"
    )
    assert "Vaarweg Meppel – Ramspol" in _names(text)


def test_a_numbered_item_that_lapsed_reports_on_no_project() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT DRENTHE\ntussen het Rijk en de provincie Drenthe\n\n"
        "1  Aanleiding\nDit arrangement volgt op de provinciale voorstellen.\n\n"
        "2  Bereikbaarheid\n\n"
        "2.1  N381 Drachten – Emmen\n"
        "Rijk en provincie komen overeen de weg in 2033 te verbreden.\n\n"
        "2.2  Spoorlijn Assen – Emmen\n"
        "Vervallen; opgenomen in het landelijke programma.\n\n"
        "Aldus overeengekomen te Assen op 4 maart 2031\n"
    )
    names = _names(text)
    assert any(n.startswith("N381") for n in names)
    assert not any(n.startswith("Spoorlijn Assen") for n in names)


def test_a_datum_line_of_minutes_may_carry_a_time_after_the_date() -> None:
    text = (
        "BESTUURLIJK OVERLEG MIRT NOORDWEST-NEDERLAND\n"
        "Besluitenlijst\n"
        "Datum: woensdag 8 oktober 2031, 10.00 - 12.00 uur\n\n"
        "1. Opening\n"
    )
    assert _meetings(text) == [("bo_mirt", dt.date(2031, 10, 8))]


def test_number_and_title_labelled_on_one_line() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT UTRECHT\ntussen het Rijk en de provincie Utrecht\n\n"
        "1  Aanleiding\nDit arrangement volgt op de provinciale voorstellen.\n\n"
        "2  Bereikbaarheid\n\n"
        "Nr. 2.1  |  Titel: N226 Maarsbergen – Leersum\n"
        "Afspraak\n"
        "  – Provincie: richt de weg in 2032 opnieuw in.\n\n"
        "Nr. 2.2  |  Titel: Arbeidsmarkt en scholing\n"
        "Afspraak\n"
        "Rijk en provincie komen overeen een gezamenlijke agenda op te stellen.\n\n"
        "Aldus overeengekomen te Utrecht op 4 maart 2031\n"
    )
    names = _names(text)
    assert "N226 Maarsbergen – Leersum" in names
    assert not any(n.startswith("Arbeidsmarkt") for n in names)
