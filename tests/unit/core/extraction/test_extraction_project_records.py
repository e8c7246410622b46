"""A letter on the MIRT that reports each project in a record of labelled lines ("Project:",
"Regio:", "Stand:"): the half-yearly MIRT-brief, whose label lines head no section."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit

HEAD = (
    "Ministerie van Verkeer en Waterstaat      > Retouradres Postbus 7 3500 AA Utrecht\n"
    "De Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag\n\n"
    "Datum: 3 juli 2031      Kenmerk: VW/DGP-2031/4411\n"
    "Onderwerp: Uitkomsten Bestuurlijke Overleggen MIRT voorjaar 2031\n\n"
    "Geachte voorzitter,\n\n"
    "Het BO MIRT Oost vond plaats op 2 juni 2031 in Zwolle en het BO MIRT Zuidwest op\n"
    "5 juni 2031 in Middelburg. In deze brief bericht ik u over de uitkomsten per project.\n\n"
)
RECORDS = (
    "DEEL 1 - PROJECTEN\n\n"
    "Project: N48 Ommen - Hardenberg, verdubbeling\n"
    "Regio:   Oost-Nederland\n"
    "Stand:   planuitwerking sinds voorjaar 2029; besluit in het najaar van 2031.\n"
    "In het overleg is afgesproken dat de provincie de fietstunnel bij de kern betaalt.\n\n"
    "Project: Station Zwaluwhoek, tweede perron\n"
    "Landsdeel: Zuidwest-Nederland\n"
    "Stand:   verkenning, start in het vierde kwartaal van 2031.\n"
    "Rijk en regio dragen elk de helft van de kosten van de startnotitie in dit jaar.\n\n"
)
SIGNATURE = "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR,\n\nA.B. Voorbeeld\n"


def test_project_records_with_their_landsdeel_make_a_mirt_brief() -> None:
    assert classify(HEAD + RECORDS + SIGNATURE, {}) == "mirt_brief"


def test_one_project_record_or_records_without_a_landsdeel_stay_a_kamerbrief() -> None:
    one = "\n\n".join(RECORDS.split("\n\n")[:2]) + "\n\n"
    assert classify(HEAD + one + SIGNATURE, {}) == "kamerbrief"
    without_region = RECORDS.replace("Regio:   Oost-Nederland\n", "").replace(
        "Landsdeel: Zuidwest-Nederland\n", ""
    )
    assert classify(HEAD + without_region + SIGNATURE, {}) == "kamerbrief"


def test_project_records_outside_the_mirt_stay_a_kamerbrief() -> None:
    head = HEAD.replace("Bestuurlijke Overleggen MIRT", "overleggen over de woningbouw")
    assert classify(head + RECORDS + SIGNATURE, {}) == "kamerbrief"


def test_the_landsdeel_line_of_a_record_is_no_project() -> None:
    names = [p["name"] for p in extract_text(HEAD + RECORDS + SIGNATURE).to_json()["projects"]]
    assert not any(name.startswith(("Regio", "Landsdeel", "Stand")) for name in names)
    assert any(name.startswith("N48 Ommen - Hardenberg") for name in names)


def test_the_label_lines_of_a_record_head_no_section() -> None:
    titles = [s.title for s in extract_text(HEAD + RECORDS + SIGNATURE).structure.sections]
    assert not any(title.startswith(("Regio", "Landsdeel", "Stand")) for title in titles)
