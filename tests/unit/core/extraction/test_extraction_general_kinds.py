"""Genres read from what every letter of a genre shares, on texts written for these tests."""

import pytest

from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit

PARA = "Dit is een alinea die lang genoeg is om als lopende tekst van de brief te gelden.\n"
KAMER = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n\n"


def _letter(subject: str, body: str) -> tuple[str, dict[str, str]]:
    text = f"{KAMER}Datum 3 december 2031\nOnderwerp  {subject}\n\nGeachte voorzitter,\n\n{body}"
    return text, {"onderwerp": subject}


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Uitkomsten bestuurlijke overleggen MIRT najaar 2031",
            f"1  Inleiding\n{PARA}2  Noord-Nederland\n2.1  Voorbeeldweg Noord\n{PARA}"
            f"2.2  Spoorlijn Voorbeeld\n{PARA}3  Zuidwest-Nederland\n3.1  Sluis Voorbeeld\n{PARA}",
        ),
        (
            "Voortgang MIRT",
            f"Regio Oost\n1.1 Weg A\n{PARA}1.2 Weg B\n{PARA}Regio Zuid\n2.1 Weg C\n{PARA}",
        ),
        (
            "Bestuurlijke Overleggen MIRT 2031",
            f"3. Randstad\n3.1 Tunnel Voorbeeld\n{PARA}3.2 Brug Voorbeeld\n{PARA}4. Oost\n"
            f"4.1 Vaarweg Voorbeeld\n{PARA}",
        ),
    ],
)
def test_a_mirt_letter_reporting_per_landsdeel_and_numbered_project_is_a_mirt_brief(
    subject: str, body: str
) -> None:
    assert classify(*_letter(subject, body)) == "mirt_brief"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # landsdelen, but no numbered project below them: the outcomes letter
        (
            "Uitkomsten Bestuurlijke Overleggen MIRT najaar 2031",
            f"Noord-Nederland\n{PARA}Oost-Nederland\n{PARA}Zuid-Nederland\n{PARA}",
        ),
        # numbered subsections, but no landsdeel and no MIRT in the subject
        (
            "Voortgang woningbouw",
            f"1 Inleiding\n{PARA}1.1 Achtergrond\n{PARA}1.2 Aanpak\n{PARA}1.3 Planning\n{PARA}",
        ),
        # per landsdeel and numbered, but the subject is no MIRT subject
        (
            "Stand van zaken woondeals",
            f"Noord\n1.1 Deal A\n{PARA}1.2 Deal B\n{PARA}Oost\n2.1 Deal C\n{PARA}",
        ),
    ],
)
def test_other_letters_to_parliament_stay_kamerbrieven(subject: str, body: str) -> None:
    assert classify(*_letter(subject, body)) == "kamerbrief"


@pytest.mark.parametrize(
    "text",
    [
        "Aan de raad\n\nOnderwerp: bijdrage aan de verbreding\n\nDe raad besluit:\n"
        f"1. in te stemmen met de bijdrage.\n{PARA}",
        "Aan de gemeenteraad\n\nOnderwerp: krediet voor een fietsroute\n\n"
        f"{PARA}Besluit:\n1. Een krediet beschikbaar te stellen.\n",
        "Gemeente Voorbeeld\n\nOnderwerp: aanpak stationsgebied\n\n"
        f"{PARA}Ontwerpbesluit\nDe raad van de gemeente Voorbeeld besluit: in te stemmen.\n",
    ],
)
def test_the_decision_the_council_takes_makes_a_raadsvoorstel(text: str) -> None:
    assert classify(text, {}) == "raadsvoorstel"


def test_a_council_letter_that_mentions_a_decision_in_a_sentence_is_no_raadsvoorstel() -> None:
    text = (
        "Aan de leden van de gemeenteraad\n\nOnderwerp: stand van zaken verkenning\n\n"
        f"Geachte raadsleden,\n\n{PARA}Het college besluit in juni over de variant.\n"
    )
    assert classify(text, {}) == "raadsinformatiebrief"


@pytest.mark.parametrize(
    "text",
    [
        "Bestuurlijk Overleg Leefomgeving Zuid\n12 november 2031, Maastricht\n\nAfspraken\n"
        f"1. Wonen\nRijk en regio spreken af dat de regio bouwt.\n2. Water\n{PARA}",
        "BO MIRT Oost\nZwolle, woensdag 5 november 2031\n\nBesluiten\n1. De verkenning start.\n",
        "Verslag BO Leefomgeving West\n\nDatum: 3 juni 2031\n\n1. Opening\n2. Voorbeeldgebied\n",
    ],
)
def test_minutes_that_open_with_their_meeting_and_its_date_are_an_afsprakenlijst(
    text: str,
) -> None:
    assert classify(text, {}) == "afsprakenlijst"


@pytest.mark.parametrize(
    "text",
    [
        # a letter that only names the meeting in its subject
        f"{KAMER}Datum 3 december 2031\nBetreft BO MIRT Oost 5 november 2031\n\n"
        f"Geachte voorzitter,\n\n{PARA}",
        # a press release about a meeting: no meeting on top, no list of what was agreed
        f"Provincie Voorbeeld\nNieuwsbericht\n\nVoorbeeldstad, 5 november 2031\n\n{PARA}",
    ],
)
def test_texts_about_a_meeting_are_no_afsprakenlijst(text: str) -> None:
    assert classify(text, {}) != "afsprakenlijst"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        # a municipality's own name for its letter to the council
        (
            f"Gemeente Voorbeeld\n\nRAADSMEMO\n\nOnderwerp: stand van zaken ringweg\n\n{PARA}",
            "raadsinformatiebrief",
        ),
        (
            "Gemeente Voorbeeld\nCollegebrief aan de gemeenteraad\n\nOnderwerp: uitkomsten BO MIRT"
            f"\n\n{PARA}",
            "raadsinformatiebrief",
        ),
        (
            f"Informatienota voor de raad\n\nDatum 3 maart 2031\nOnderwerp: fietsbrug\n\n{PARA}",
            "raadsinformatiebrief",
        ),
        # a province's letter to its States is no council letter
        (
            f"Provincie Voorbeeld\nInformatiebrief aan Provinciale Staten\n\n{PARA}",
            "other",
        ),
        (
            f"Voorstel aan de gemeenteraad\n\nOnderwerp: bijdrage aan de verbreding\n\n{PARA}",
            "raadsvoorstel",
        ),
        # a letter to parliament whatever its addressee line calls the Kamer
        (
            f"Aan de leden van de Tweede Kamer\n\nDatum 3 maart 2031\nBetreft voortgang\n\n{PARA}",
            "kamerbrief",
        ),
        (
            "Tweede Kamer der Staten-Generaal\nVergaderjaar 2030-2031\n\n36 600 A\n\nNr. 12\n"
            f"BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n\n{PARA}",
            "kamerbrief",
        ),
        # the MIRT-brief names itself, however often it says "uw Kamer"
        (
            f"{KAMER}Datum 3 juni 2031\nBetreft MIRT-brief voorjaar 2031\n\nGeachte voorzitter,\n\n"
            "Ik informeer uw Kamer. Uw Kamer vroeg erom. Uw Kamer ontvangt ook een bijlage.\n",
            "mirt_brief",
        ),
        # a project page exported from the MIRT overview, its labels in a table
        (
            "Voorbeeldweg (A99) | MIRT Overzicht\n\nVoorbeeldweg (A99)\n\n"
            f"Modaliteit    Hoofdwegennet\nOpdrachtgever    Ministerie\n\n{PARA}",
            "mirt_project",
        ),
    ],
)
def test_genres_under_other_names(text: str, genre: str) -> None:
    assert classify(text, {}) == genre


def test_minutes_whose_meeting_stands_under_a_letterhead_of_the_parties() -> None:
    text = (
        "Ministerie van Voorbeeldzaken\nProvincie A   Provincie B   Regio C\n\n"
        "Bestuurlijk Overleg MIRT Voorbeeldland\n"
        "Vergaderd op woensdag 19 november 2031 (Provinciehuis)\n\n"
        "Nr.  Onderwerp        Tekst\n1.   Voorbeeldweg     Het Rijk start de verkenning.\n"
    )
    assert classify(text, {}) == "afsprakenlijst"


def test_a_letter_whose_subject_names_the_meetings_on_a_line_of_its_own() -> None:
    # The meetings named under "Onderwerp" make no minutes of the letter. A subject that is
    # only the season's meetings ("Bestuurlijke Overleggen MIRT najaar 2031") is the
    # MIRT-brief's (letters-blind9, letters-blind13); one on their outcomes a Kamerbrief.
    subject = "Uitkomsten Bestuurlijke Overleggen MIRT najaar 2031"
    text = f"{KAMER}Onderwerp\n{subject}\nDatum\n3 december 2031\n\nGeachte voorzitter,\n\n{PARA}"
    assert classify(text, {"onderwerp": subject}) == "kamerbrief"
    season = "Bestuurlijke Overleggen MIRT najaar 2031"
    assert classify(text.replace(subject, season), {"onderwerp": season}) == "mirt_brief"


def test_a_project_page_with_its_data_in_a_side_column() -> None:
    text = (
        "Dienst Voorbeeld            MIRT                Bijgewerkt op 3 juli 2031\n\n"
        "Voorbeeldsluis\n\n"
        "De sluis wordt vervangen door een grotere, zodat       KERNGEGEVENS\n"
        "schepen sneller kunnen schutten.                       Huidige fase\n"
        "                                                       Verkenning\n\n"
        f"Planning\n{PARA}\nKosten en financiering\n{PARA}"
    )
    assert classify(text, {}) == "mirt_project"


@pytest.mark.parametrize(
    "text",
    [
        "Persbericht\n\nBO MIRT Oost: Rijk en regio investeren in wegen\n"
        f"Stad, 12 november 2031\n\n{PARA}",
        "Nieuwsbericht | Provincie Voorbeeld\n\nBestuurlijk Overleg MIRT levert geld op\n"
        f"12 november 2031\n\n{PARA}",
        "Provincie Voorbeeld\nStatenbrief\n\nBOL Zuid 12 november 2031\n\n"
        f"Geachte Statenleden,\n{PARA}",
        f"Notitie\n\nBestuurlijk overleg over de A99 op 12 november 2031\n\n{PARA}",
        "Agenda\nBestuurlijk Overleg MIRT Oost\nDatum: 12 november 2031\n\n"
        "1. Opening\n2. Rondvraag\n",
    ],
)
def test_documents_naming_themselves_as_no_genre_stay_other(text: str) -> None:
    assert classify(text, {}) == "other"


def test_a_letter_to_parliament_with_agenda_in_its_subject_stays_a_kamerbrief() -> None:
    subject = "Agenda voor de Bestuurlijke Overleggen MIRT"
    text = f"{KAMER}Datum 3 november 2031\nOnderwerp\n{subject}\n\nGeachte voorzitter,\n\n{PARA}"
    assert classify(text, {"onderwerp": subject}) == "kamerbrief"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (
            f"Gemeente Voorbeeld\n\nRAADSINF0RMATIEBRIEF\n\nOnderwerp: stand\n\n{PARA}",
            "raadsinformatiebrief",
        ),
        (f"Gemeente Voorbeeld\n\nRaadsvoorste1\n\nOnderwerp: krediet\n\n{PARA}", "raadsvoorstel"),
        (f"{KAMER}Datum 3 juni 2031\nBetreft MlRT-brief voorjaar 2031\n\n{PARA}", "mirt_brief"),
    ],
)
def test_genre_names_a_scan_damaged(text: str, genre: str) -> None:
    assert classify(text, {}) == genre
