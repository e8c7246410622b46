"""Projects, phases, genres and the letter's date in the shapes of the thirty-second blind
batch, on invented wording (other places, years, numbers and works)."""

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.heading_forms import HEADING_START
from ruimtemonitor.core.extraction.phases import project_phase
from ruimtemonitor.core.extraction.project_names import cut_name, named_object
from ruimtemonitor.core.extraction.project_sites import housing_site


def _names(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


# A letter whose letterhead, reference and date are printed at its foot, under a footnote.
FOOT_DATED = (
    "> Retouradres Postbus 20901 2500 EX Den Haag\n\n"
    "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n"
    "2500 EA  DEN HAAG\n\n"
    "Betreft: voortgang projecten rond Kleidorp\n\n"
    "Geachte voorzitter,\n\n"
    "In het commissiedebat MIRT van 12 maart 2031 heb ik toegezegd u te informeren\n"
    "over de projecten rond Kleidorp. Met deze brief doe ik dat.\n\n"
    "◆ N999 Kleidorp - Veenstad, verbreding\n"
    "De verkenning loopt sinds het voorjaar van 2030. Het Rijk draagt € 12 mln bij.\n\n"
    "Hoogachtend,\n\n"
    "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\n"
    "mr. A.B. Voorbeeld\n\n"
    "____________________________________________________________________________\n"
    "¹ Kamerstukken II 2030/31, 36 100-A, nr. 7\n"
    "MINISTERIE VAN INFRASTRUCTUUR EN WATERSTAAT · DIRECTORAAT-GENERAAL MOBILITEIT\n"
    "Rijnstraat 8 · 2515 XP Den Haag · Ons kenmerk IENW/BSK-2031/12345\n"
    "Den Haag, 2 juni 2031\n"
)


def test_a_place_and_date_in_a_letterhead_at_the_foot_dates_the_letter() -> None:
    result = extract_text(FOOT_DATED).to_json()
    assert result["documents"][0]["date"] == "2031-06-02"
    # the debate it cites is then an event, not the letter's own date
    assert any("12 maart 2031" in e["as_written"] for e in result["events"])


def test_without_a_foot_date_the_cited_date_on_top_still_dates_the_letter() -> None:
    undated = FOOT_DATED.replace("Den Haag, 2 juni 2031\n", "")
    assert extract_text(undated).to_json()["documents"][0]["date"] == "2031-03-12"


# The half-yearly MIRT letter with landsdelen as roman-decimal sections of one chapter.
ROMAN_DECIMAL_LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Datum        5 december 2031\n"
    "Onderwerp    Uitkomsten Bestuurlijke Overleggen MIRT najaar 2031\n\n"
    "Geachte voorzitter,\n\n"
    "Hierbij informeer ik u over de uitkomsten van de overleggen van dit najaar.\n\n"
    "II  UITKOMSTEN PER REGIO\n\n"
    "II.1  {first}\n"
    " a. N999 Veenstad - Kleidorp, verdubbeling\n"
    "    De realisatie is in mei 2031 gestart.\n\n"
    "II.2  {second}\n"
    " a. Spoorlijn Kleidorp - Zandhoven, snelheidsverhoging\n"
    "    De planuitwerking loopt sinds maart 2030.\n\n"
    "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Zuid-Nederland", "Noordwest-Nederland"), ("Regio Oost", "Regio Zuidwest")],
)
def test_landsdelen_as_roman_decimal_sections_make_a_mirt_brief(first: str, second: str) -> None:
    text = ROMAN_DECIMAL_LETTER.format(first=first, second=second)
    assert classify(text, {}) == "mirt_brief"


def test_roman_decimal_sections_on_themes_leave_a_kamerbrief() -> None:
    text = ROMAN_DECIMAL_LETTER.format(first="Wegen", second="Spoor")
    assert classify(text, {}) == "kamerbrief"


@pytest.mark.parametrize(
    "head",
    [
        "Woningbouw Veenstad, locatie Kadewijk-Noord (260 woningen)",
        "Kleidorp, locatie De Weiden (90 woningen)",
    ],
)
def test_a_housing_site_called_a_location_keeps_its_whole_name(head: str) -> None:
    assert cut_name(head)[0].startswith(head.split(" (")[0])


@pytest.mark.parametrize(
    "head", ["Kleidorp, locatie onbekend", "Veenstad, locatie De Weiden en Kadewijk voor later"]
)
def test_a_location_without_homes_or_name_is_no_housing_site(head: str) -> None:
    assert not housing_site(head)


def test_a_housing_site_called_a_location_is_a_project_of_an_afsprakenlijst() -> None:
    text = (
        "AFSPRAKENLIJST BESTUURLIJK OVERLEG MIRT OOST\n"
        "Zwolle, dinsdag 4 november 2031\n\n"
        "§ 1  N999 Kleidorp - Veenstad, verbreding\n"
        "De planuitwerking loopt. Rijk en regio komen overeen dat het Rijk € 4 mln bijdraagt.\n\n"
        "§ 2  Woningbouw Veenstad, locatie Kadewijk-Noord (260 woningen)\n"
        "Rijk en regio spreken af dat de gemeente Veenstad de eerste fase in 2032 start.\n\n"
        "§ 3  Rondvraag\nGeen punten.\n"
    )
    assert any(n.startswith("Woningbouw Veenstad, locatie Kadewijk-Noord") for n in _names(text))


@pytest.mark.parametrize(
    "name",
    [
        "Landschap Zandrug, Beek en Broek",
        "Nationaal Landschap Veenrijk",
        "Rivierlandschap Kleidorp",
        "Landschapspark Zandrug",
    ],
)
def test_a_named_landscape_is_an_area_project(name: str) -> None:
    assert named_object(name)


@pytest.mark.parametrize("name", ["Landschap", "Landschap en natuur", "Landschappelijke inpassing"])
def test_landscape_as_a_theme_is_no_project(name: str) -> None:
    assert not named_object(name)


@pytest.mark.parametrize(
    "line",
    [
        "Agendapunt 2a  Haven Veenstad, herstructurering Zuidkade",
        "Punt 3b: Woningbouw Kleidorp, De Weiden",
        "agendapunt 4c – Spoorlijn Kleidorp - Zandhoven",
    ],
)
def test_a_lettered_agenda_item_heads_a_line(line: str) -> None:
    assert HEADING_START.match(line)


@pytest.mark.parametrize(
    "line",
    ["Agendapunt 2 a wordt later besproken", "Punt 3bis is vervallen", "Agendapunt 2ab  Titel"],
)
def test_other_agenda_lines_head_nothing_new(line: str) -> None:
    assert not HEADING_START.match(line)


def test_lettered_agenda_items_are_projects_of_their_own() -> None:
    text = (
        "AFSPRAKENLIJST BESTUURSOVERLEG LEEFOMGEVING NOORD\n"
        "12 maart 2031, Veenstad (Provinciehuis)\n\n"
        "Agendapunt 1   Opening en vaststelling verslag\n"
        "  Het verslag wordt vastgesteld.\n\n"
        "Agendapunt 2a  Haven Veenstad, herstructurering Zuidkade\n"
        "  Rijk en provincie leggen vast dat:\n"
        "  · de gemeente het gebiedsplan uiterlijk 1 juli 2031 vaststelt;\n"
        "  · BZK € 3,4 mln bijdraagt aan de sloop.\n\n"
        "Agendapunt 2b  Woningbouw Kleidorp, Oosterkade (90 woningen)\n"
        "  Het BOL stemt in met de aanpak van de Oosterkade.\n\n"
        "Agendapunt 3   Rondvraag\n"
        "  Geen punten.\n"
    )
    names = _names(text)
    assert any(n.startswith("Haven Veenstad, herstructurering Zuidkade") for n in names)
    assert any(n.startswith("Woningbouw Kleidorp, Oosterkade") for n in names)


@pytest.mark.parametrize(
    "body",
    [
        "De tunnel is sinds 2019 in gebruik. Het verzoek om een bijdrage wordt niet gehonoreerd.",
        "Geen afspraken. Het viaduct is sinds 2028 in gebruik.",
        "De bruggen zijn sinds 2027 in gebruik.",
    ],
)
def test_the_work_by_its_plain_noun_in_use_since_a_year_is_delivered(body: str) -> None:
    assert project_phase(body) == "opgeleverd"


@pytest.mark.parametrize(
    "body",
    [
        "De huidige brug is sinds 1962 in gebruik; zij wordt vervangen.",
        "De Stadsbrug De Boog is sinds 2013 in gebruik; de nieuwe aansluiting volgt.",
        "De brug is sinds 1971 in gebruik als fietsbrug.",
        "Het terrein wordt sinds 2020 gebruikt als bouwplaats; het is sinds 2021 in gebruik.",
    ],
)
def test_an_old_or_named_work_or_other_use_since_a_year_is_not_delivered(body: str) -> None:
    assert project_phase(body) != "opgeleverd"


_MAIL_HEAD = (
    "Van:        Secretariaat BOL Noord <secretariaat@bol-noord.nl>\n"
    "Verzonden:  dinsdag 18 maart 2031 10:15\n"
    "Aan:        deelnemers BOL; griffie gemeente Veenstad\n"
    "CC:         BZK; IenW; provincie Drenthe\n"
    "Onderwerp:  Afsprakenlijst BOL Noord 12 maart 2031 (definitief)\n"
    "Bijlagen:   Afsprakenlijst_BOL_Noord_20310312.pdf\n\n"
)
_LIST = (
    "AFSPRAKENLIJST BESTUURSOVERLEG LEEFOMGEVING NOORD\n"
    "12 maart 2031, Veenstad (Provinciehuis)\n\n"
    "Agendapunt 1   Opening en vaststelling verslag\n"
    "  Het verslag wordt vastgesteld.\n\n"
    "Agendapunt 2   Haven Veenstad, herstructurering Zuidkade\n"
    "  Rijk en provincie leggen vast dat de gemeente het gebiedsplan uiterlijk\n"
    "  1 juli 2031 vaststelt.\n\n"
    "Agendapunt 3   Rondvraag\n"
    "  Geen punten.\n\n"
    "Met vriendelijke groet,\nSecretariaat BOL Noord\n"
)


def _documents(text: str) -> list[tuple[str, str | None]]:
    return [(d["kind"], d["date"]) for d in extracted(text)["documents"]]


def test_a_list_sent_under_a_cover_mail_and_a_rule_is_a_document_of_its_own() -> None:
    text = (
        _MAIL_HEAD + "Geachte deelnemers,\n\n"
        "Hierbij ontvangt u de definitieve afsprakenlijst. Uw reacties zijn verwerkt.\n\n"
        + "-" * 60
        + "\n"
        + _LIST
    )
    assert _documents(text) == [("other", "2031-03-18"), ("afsprakenlijst", "2031-03-12")]


@pytest.mark.parametrize(
    "cover",
    [
        # the mail says the list is its own text, and sets no rule between
        "Beste allen, hieronder de tekst van de vastgestelde afsprakenlijst.\n\n",
        # a cover sentence but no rule: the list is the mail's body
        "Geachte deelnemers,\n\nHierbij ontvangt u de definitieve afsprakenlijst.\n\n",
        # a rule, but a mail that only pastes the text
        "Beste allen, hieronder de tekst van de vastgestelde afsprakenlijst.\n" + "-" * 60 + "\n",
    ],
)
def test_a_list_pasted_as_the_mails_text_is_one_document(cover: str) -> None:
    assert _documents(_MAIL_HEAD + cover + _LIST) == [("afsprakenlijst", "2031-03-12")]
