"""General rules found on the twelfth and thirteenth blind batches (issue #10), on invented text."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.patterns import DEPARTMENTS_LINE, PREVIOUS_NUMBER, TYPE_LINE
from ruimtemonitor.core.extraction.project_names import changed, names_address

ROMAN_ARRANGEMENT = (
    "Ruimtelijk Arrangement Voorbeeldland – tweede generatie\n"
    "Afspraken tussen Rijk en provincie Voorbeeldland\n\n"
    "I.  INLEIDING\n\n"
    "Deze generatie vervangt de vorige. Bij elke afspraak staat het oude nummer.\n\n"
    "II.  BEREIKBAARHEID\n\n"
    "II.1  Fietsroute Noorderveld (was 4.1)\n"
    "Soort afspraak — uitvoeringsafspraak | Departementen — IenW\n"
    "De verkenning naar de route loopt sinds vorig jaar.\n"
    "   ■   IenW en de provincie ronden de verkenning af met een besluit.\n"
    "   ■   De gemeente Veldhoven-Noord legt een ontwerp voor aan de provincie.\n\n"
    "II.2  Halte Zuidkwartier (was 4.3, ongewijzigd)\n"
    "Soort afspraak — onderzoeksafspraak | Departementen — IenW, VRO\n"
    "   ■   De provincie onderzoekt de reizigersprognose van de halte.\n\n"
    "III.  MONITORING\n\n"
    "Rijk en provincie komen overeen dat zij de voortgang jaarlijks bespreken.\n\n"
    "Aldus overeengekomen en ondertekend te Voorbeeldstad, 3 maart 2031\n"
)


def test_a_label_line_with_spaced_dashes_is_a_type_and_departments_line() -> None:
    assert TYPE_LINE.match("Soort afspraak — uitvoeringsafspraak | Departementen — IenW, VRO")
    assert TYPE_LINE.match("Type – beleidsafspraak")
    assert DEPARTMENTS_LINE.match("Departementen — IenW, VRO").group("list") == "IenW, VRO"
    assert not TYPE_LINE.match("Soort-uitvoeringsafspraak van de regio")


def test_an_earlier_number_with_a_word_on_what_became_of_it() -> None:
    match = PREVIOUS_NUMBER.search("Halte Zuidkwartier (was 4.3, ongewijzigd)")
    assert match is not None and match.group("previous") == "4.3"
    assert PREVIOUS_NUMBER.search("Halte Zuidkwartier (was 4.3)").group("previous") == "4.3"


def test_roman_chapter_items_over_a_dashed_label_line_are_agreements() -> None:
    found = agreements(ROMAN_ARRANGEMENT)
    numbered = {a["number"]: a for a in found if a["number"]}
    assert sorted(numbered) == ["II.1", "II.2"]
    first = numbered["II.1"]
    assert first["previous_number"] == "4.1"
    assert first["title"].startswith("Fietsroute Noorderveld")
    assert first["types"] == ["uitvoeringsafspraak"]
    assert [c[:30] for c in commitment_texts(first)] == [
        "IenW en de provincie ronden de",
        "De gemeente Veldhoven-Noord le",
    ]
    assert numbered["II.2"]["previous_number"] == "4.3"
    # the closing chapter is a theme: its formula sentence is an unnumbered agreement
    loose = [a for a in found if a["number"] is None]
    assert [a["title"][:30] for a in loose] == ["Rijk en provincie komen overee"]


MINUTES = (
    "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT VOORBEELDREGIO\n"
    "Datum: 12 november 2030\n\n"
    "1. Opening\nDe voorzitter opent het overleg.\n\n"
    "2. Fietsroute Noorderveld\n"
    "Afspraken:\n"
    "- De provincie werkt de variant uit en brengt deze in het volgende BO in.\n\n"
    "3. Rondvraag\n"
    "Het volgende overleg is gepland op 14 mei 2031.\n"
)


def test_the_next_bo_is_a_deadline_dated_by_the_letters_own_word_on_it() -> None:
    deadlines = {d["as_written"]: d for d in extracted(MINUTES)["deadlines"]}
    assert "in het volgende BO" in deadlines
    assert deadlines["in het volgende BO"]["start"] == "2031-05-14"


@pytest.mark.parametrize("word", ["eerstvolgende", "komende"])
def test_every_word_for_the_next_bo_is_dated_by_the_letters_own_word_on_it(word: str) -> None:
    """The date grammar and the timeline read the same words as "the next BO"."""
    text = (
        MINUTES.replace("in het volgende BO in", f"in het {word} BO in")
        .replace("Het volgende overleg", f"Het {word} overleg")
        .replace("12 november 2030", "12 maart 2031")
    )
    deadlines = {d["as_written"]: d for d in extracted(text)["deadlines"]}
    assert deadlines[f"in het {word} BO"]["start"] == "2031-05-14"


def test_a_bare_bo_without_a_word_pointing_ahead_is_no_time() -> None:
    text = MINUTES.replace("in het volgende BO in", "in het BO in")
    written = [d["as_written"] for d in extracted(text)["deadlines"]]
    assert not any("BO" in w for w in written)


MOTIONS_LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Datum 2 februari 2032\n"
    "Betreft Afdoening moties spoor Voorbeeldland\n\n"
    "Geachte voorzitter,\n\n"
    "Met deze brief geef ik invulling aan drie moties en een toezegging over het spoor\n"
    "in Voorbeeldland.\n\n"
    "Motie Jansen en De Wit over de Heuvellandlijn\n"
    "(Kamerstuk 40 100 A, nr. 12)\n"
    "De motie verzoekt de regering met de provincie te onderzoeken hoe de frequentie\n"
    "kan worden verhoogd. Een gezamenlijke studie is in januari gestart.\n\n"
    "Motie Pieters over trillingen Kustroute bij Zandvoorde\n"
    "(Kamerstuk 40 100 A, nr. 19)\n"
    "De motie vraagt om aanvullende maatregelen tegen trillingen langs de route. Ik\n"
    "stel in de zomer een pakket van maatregelen vast.\n\n"
    "Motie Bakker over fietsverbindingen bij nieuwe wijken\n"
    "(Kamerstuk 40 100 A, nr. 23)\n"
    "De motie vraagt de fiets bij elke toekenning te betrekken. Dat doe ik vanaf nu bij\n"
    "elke toekenning.\n\n"
    "Toezegging station Veldhoven-Noord\n\n"
    "In het commissiedebat heb ik uw Kamer toegezegd te bezien of de verlenging van het\n"
    "perron kan worden versneld. ProRail voert de verlenging nu een jaar eerder uit.\n\n"
    "Hoogachtend,\n"
)


def test_motion_and_commitment_headings_name_the_object_they_are_about() -> None:
    names = [p["name"] for p in extracted(MOTIONS_LETTER)["projects"]]
    assert names == ["Heuvellandlijn", "Kustroute bij Zandvoorde", "station Veldhoven-Noord"]


HOUSING_TABLE_LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Datum 2 februari 2032\n"
    "Betreft Voortgang woningbouwgebieden\n\n"
    "Geachte voorzitter,\n\n"
    "Onderstaande tabel geeft de bijdragen per gebied.\n\n"
    "Tabel 1 Bijdragen (bedragen x € 1 mln)\n"
    "Gebied Woningen Bijdrage Rijk Bijdrage regio\n"
    "Veldhoven Spoorzone 8.000 60 30\n"
    "Zandvoorde Havenkwartier 4.000 25 12,5\n"
    "Oosterkamp (nieuw) 2.500 p.m. p.m.\n"
    "Wierdum (nieuw) 1.500 p.m. p.m.\n\n"
    "Voor de nieuwe gebieden volgt de bijdrage later.\n"
)


def test_rows_flattened_with_single_spaces_name_their_area_without_the_figures() -> None:
    names = [p["name"] for p in extracted(HOUSING_TABLE_LETTER)["projects"]]
    assert names == ["Veldhoven Spoorzone", "Zandvoorde Havenkwartier", "Oosterkamp", "Wierdum"]


def test_a_row_ending_in_pm_is_not_joined_to_the_next_row() -> None:
    text = extract_text(HOUSING_TABLE_LETTER).clean.text
    assert "Oosterkamp (nieuw) 2.500 p.m. p.m.\nWierdum" in text


CODED_ARRANGEMENT = (
    "Ruimtelijk Arrangement Voorbeeldland\n"
    "Deel C - Gebiedsafspraken Voorbeeldland Zuid\n\n"
    "Ondertekend te Voorbeeldstad op 3 maart 2031 door de minister en de provincie.\n\n"
    "Elke afspraak heeft een code, een aard en de betrokken departementen.\n\n"
    "VBZ-01  Woningbouw Veldhoven Noordkade en Havenfront\n"
    "        Aard: uitvoeringsafspraak           Betrokken: VRO\n"
    "        1) De gemeente Veldhoven bouwt tot 2035 ten minste 2.000 woningen aan de\n"
    "           Noordkade en op het Havenfront.\n"
    "        2) VRO stelt € 8 miljoen beschikbaar voor de onrendabele top.\n\n"
    "VBZ-02  Bereikbaarheid Zandvoorde: N901 en N902\n"
    "        Aard: onderzoeksafspraak            Betrokken: IenW\n"
    "        1) De provincie voert de MIRT-verkenning N901 Zandvoorde - Wierdum verder\n"
    "           uit en neemt de aansluiting N902 daarin mee.\n"
    "        2) Het Rijk draagt de helft bij aan de kosten van de verkenning.\n\n"
    "VBZ-03  Kustzone en natuur Voorbeeldland\n"
    "        Aard: ambitie                       Betrokken: IenW, LVVN\n"
    "        Rijk en provincie komen overeen om bij de versterking van de zeewering\n"
    "        ruimte te reserveren voor natuur en recreatie.\n"
)


def test_items_with_a_letter_code_head_units_of_areas_and_of_roads_after_a_colon() -> None:
    projects = {p["name"]: p["phase"] for p in extracted(CODED_ARRANGEMENT)["projects"]}
    assert "Woningbouw Veldhoven Noordkade en Havenfront" in projects
    # the numbered "1)" lines are the item's own, so its phase is read from them
    assert projects["Bereikbaarheid Zandvoorde: N901 en N902"] == "verkenning"


def test_the_one_formula_sentence_of_an_arrangement_item_is_its_commitment() -> None:
    found = agreements(CODED_ARRANGEMENT)
    assert [a["number"] for a in found] == ["VBZ-01", "VBZ-02", "VBZ-03"]
    assert commitment_texts(found[2])[0].startswith("Rijk en provincie komen overeen")


def test_a_council_proposal_contributing_to_a_study_under_way_names_its_project() -> None:
    head = (
        "GEMEENTE VOORBEELDSTAD                                   RAADSVOORSTEL\n\n"
        "Datum college       3 maart 2031\n"
        "Raadsvergadering    24 maart 2031\n"
        "Onderwerp           Bijdrage aan de MIRT-verkenning N901 Zandvoorde - Wierdum\n"
        "                    en aan het fietsparkeren bij het station\n\n"
        "Beslispunten\n"
        "Het college stelt de raad voor een bijdrage van € 2 mln beschikbaar te stellen.\n\n"
        "Aanleiding\n"
    )
    started = "De minister heeft de startbeslissing genomen; de verkenning is daarmee gestart.\n"
    planned = "De startbeslissing wordt naar verwachting in het najaar genomen.\n"
    projects = extracted(head + started)["projects"]
    assert [(p["name"], p["phase"]) for p in projects] == [
        ("N901 Zandvoorde - Wierdum", "verkenning")
    ]
    assert extracted(head + planned)["projects"] == []


def test_a_motion_about_a_bare_road_number_names_no_project() -> None:
    text = MOTIONS_LETTER.replace("over de Heuvellandlijn", "over de N99")
    names = [p["name"] for p in extracted(text)["projects"]]
    assert names == ["Kustroute bij Zandvoorde", "station Veldhoven-Noord"]


def test_a_street_address_and_a_change_list_row_name_no_new_project() -> None:
    assert names_address("Postweg 1-6, Veenstad")
    assert not names_address("Postweg Veenstad - Wierdum")
    assert changed("Halte Zuidkwartier aangepast (bedrag en planning)", "Halte Zuidkwartier")
    assert not changed("Halte Zuidkwartier Oost", "Halte Zuidkwartier")
