"""Genre-general reading: the genre of a letter, its own date, and what each genre may yield."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.letter_date import find_letter_date

pytestmark = pytest.mark.unit

PARA = "Dit is een alinea die lang genoeg is om als lopende tekst van de brief te gelden."


@pytest.mark.parametrize(
    ("head", "genre"),
    [
        (
            "Raadsvoorstel\n\nGevraagde beslissing:\n1. Kennis te nemen van de brief.",
            "raadsvoorstel",
        ),
        ("Raadsinformatiebrief\n\nGeachte leden van de raad,\n", "raadsinformatiebrief"),
        (
            "De Voorzitter van de Tweede Kamer\n\nBetreft Uitkomsten BO's\n\nGeachte voorzitter,\n",
            "kamerbrief",
        ),
        ("De Voorzitter van de Tweede Kamer\n\nBetreft MIRT-brief najaar 2019\n", "mirt_brief"),
        (
            "Ruimtelijk Arrangement Rijk – Provincie Limburg\n\nAfspraak 1.1 Wonen\n",
            "ruimtelijk_arrangement",
        ),
        ("AFSPRAKENLIJST BO MIRT OOST\nArnhem, 8 november 2012\n\nAanwezig\n", "afsprakenlijst"),
        ("NOVEX De Peel\nUitvoeringsagenda\n\nVastgesteld: 1 maart 2024\n", "uitvoeringsagenda"),
        ("A2 Het Vonderen – Kerensheide\n\nFase: Realisatie\nMIRT-regio: Zuid\n", "mirt_project"),
        ("Nieuwsbericht\n\nDe provincie opent een fietspad.\n", "other"),
    ],
)
def test_the_head_of_a_letter_tells_its_genre(head: str, genre: str) -> None:
    assert classify(f"{head}\n{PARA}\n", {}) == genre


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("Den Haag, 29 november 2010\nBetreft Uitkomsten", "2010-11-29"),
        ("Kenmerk\nIENW/BSK-2020/1\nDatum 26 november 2020\nBetreft", "2020-11-26"),
        ("Datum\n1 december 2020\nBetreft", "2020-12-01"),
        ("Bestuurlijk Overleg MIRT Oost, Arnhem, 8 november 2012\n\nAanwezig", "2012-11-08"),
        ("Project\n\nFase: Verkenning\nStand van zaken: 1 maart 2024\n", "2024-03-01"),
        ("Nedersaksenlijn\nBijgewerkt op:     12-09-2023\n", "2023-09-12"),
        ("Uw brief van 3 maart 2025\nDatum 20 juni 2025\n", "2025-06-20"),
        ("Home › Projecten › Zuid\nA2 Weert\nGeplaatst 2025-02-28 | 3 minuten\n", "2025-02-28"),
        ("Ruimtelijk Arrangement\n\nAldus overeengekomen te Assen op 4 juni 2025\n", "2025-06-04"),
    ],
)
def test_the_letter_date_in_every_letterhead(head: str, iso: str) -> None:
    found = find_letter_date(f"{head}\n{PARA}\n")
    assert found is not None and found.isoformat() == iso


def test_council_letters_report_agreements_and_make_none() -> None:
    text = (
        "Raadsinformatiebrief\n\nGeachte raad,\n\nIn het BO MIRT spreken Rijk en regio af dat "
        "de provincie de N35 verbreedt. Rijk en regio komen overeen dat het Rijk betaalt.\n"
    )
    result = extract_text(text).to_json()
    assert result["documents"][0]["kind"] == "raadsinformatiebrief"
    assert result["agreements"] == []


def test_an_afsprakenlijst_numbers_its_items_and_skips_the_procedure() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Zuid\nEindhoven, 12 november 2015\n\n"
        "1. Opening en mededelingen\nDe voorzitter opent de vergadering om tien uur.\n\n"
        "2. A2 Weert–Eindhoven\nDe verkenning loopt en de raming is bekend bij alle partijen.\n"
        "Rijk en regio spreken af dat:\n"
        "❖ het Rijk € 30 mln. bijdraagt;\n"
        "❖ de provincie uiterlijk 1 juli 2016 een voorstel doet.\n\n"
        "A.1 Fietsroute Eindhoven–Helmond\n"
        "o de gemeenten leggen de route aan;\no de provincie betaalt de helft.\n\n"
        "3. Rondvraag\nEr zijn geen vragen. De voorzitter sluit het overleg.\n"
    )
    result = extract_text(text).to_json()
    numbers = [a["number"] for a in result["agreements"]]
    assert numbers == ["2", "A.1"]
    assert [len(a["commitments"]) for a in result["agreements"]] == [2, 2]
    assert {p["name"] for p in result["projects"]} == {
        "A2 Weert–Eindhoven",
        "Fietsroute Eindhoven–Helmond",
    }
    assert result["meetings"][0]["date"] == "2015-11-12"


def test_a_later_generation_keeps_the_number_it_had_before() -> None:
    text = (
        "Ruimtelijk Arrangement Rijk – Provincie Zeeland\n\n4. Energie\n\n"
        "Afspraak 4.2 (was 4.1) Energienetten\nUitvoeringsafspraak\n"
        "Betrokken departementen: KGG, VRO\n\nRijk en provincie spreken af:\n"
        "• De provincie reserveert ruimte voor netten.\n\n"
        "Afspraak 4.3 – Waterstof (2025: 4.4)\nSoort: beleidsafspraak\nDepartementen: KGG / EZK\n\n"
        "Rijk en provincie spreken af dat de provincie een plan maakt.\n"
    )
    agreements = extract_text(text).to_json()["agreements"]
    assert [(a["number"], a["title"], a["previous_number"]) for a in agreements] == [
        ("4.2", "Energienetten", "4.1"),
        ("4.3", "Waterstof", "4.4"),
    ]
    assert agreements[1]["departments"] == ["KGG", "EZ"]
    assert agreements[1]["commitments"][0]["text"].startswith("Rijk en provincie spreken af dat")


def test_an_unbalanced_quote_does_not_swallow_the_next_agreement() -> None:
    text = (
        "Ruimtelijk Arrangement Rijk – Provincie Zeeland\n\nAfspraak 1.1 Wonen\nBeleidsafspraak\n"
        "Betrokken departementen: VRO\n\nRijk en provincie spreken af:\n"
        '• De provincie noemt dit het "Zeeuwse model.\n\nAfspraak 1.2 Wegen\n'
        "Uitvoeringsafspraak\nBetrokken departementen: IenW\n\nRijk en provincie spreken af:\n"
        "• Het Rijk legt de weg aan.\n"
    )
    assert [a["number"] for a in extract_text(text).to_json()["agreements"]] == ["1.1", "1.2"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("De provincie Zeeland legt de zones vast.", "provincie Zeeland"),
        ("Provincie Fryslân en het Rijk verkennen de vaarweg.", "provincie Fryslân en Rijk"),
        ("Limburg en het Rijk onderzoeken de spoorlijn.", "Limburg en Rijk"),
        ("Overijssel reserveert ruimte voor de N35.", "Overijssel"),
        ("I&W betaalt de helft.", "IenW"),
        ("KGG en de provincie wijzen de tracés aan.", "KGG en provincie"),
    ],
)
def test_owners_of_every_province_and_ministry_come_from_the_reference_data(
    text: str, owner: str
) -> None:
    from ruimtemonitor.core.extraction.owners import find_owner

    assert find_owner(text) == owner


def test_type_and_departments_on_one_line_and_a_heading_over_three_lines() -> None:
    text = (
        "Ruimtelijk Arrangement Rijk – Provincie Zuid-Holland\n\n3. Bereikbaarheid\n\n"
        "Afspraak 3.1 Oude Lijn: de spoorverbinding tussen Leiden en Dordrecht als\n"
        "ruggengraat van de verstedelijking in de Zuidelijke Randstad, met\n"
        "stations die meer woningen dragen\n"
        "Soort: onderzoeks- en uitvoeringsafspraak | Betrokken: IenW, VRO\n\n"
        "Rijk en provincie spreken af:\n• De provincie werkt de stationsgebieden uit.\n"
    )
    result = extract_text(text).to_json()
    (agreement,) = result["agreements"]
    assert agreement["title"].endswith("stations die meer woningen dragen")
    assert agreement["types"] == ["onderzoeksafspraak", "uitvoeringsafspraak"]
    assert agreement["departments"] == ["IenW", "VRO"]
    assert [p["name"] for p in result["projects"]] == ["Oude Lijn"]


@pytest.mark.parametrize("mark", ["A{n} ", "A{n}. ", "A{n} – ", "Afspraak A{n}: "])
def test_an_agenda_numbers_its_agreements_a1_a2_a3_which_are_no_roads(mark: str) -> None:
    items = "".join(
        f"{mark.format(n=n)}{title}\nRijk en regio spreken af dat de provincie {what}.\n\n"
        for n, title, what in [
            (1, "Gebiedsproces Gelderse Vallei", "een plan maakt"),
            (2, "Woningbouw in de Spoorzone", "de grond koopt"),
            (3, "Netcongestie en werklocaties", "ruimte reserveert"),
        ]
    )
    text = f"NOVEX Arnhem-Nijmegen\nUitvoeringsagenda\n\nVastgesteld: 1 maart 2024\n\n{items}"
    result = extract_text(text).to_json()
    assert [a["number"] for a in result["agreements"]] == ["A1", "A2", "A3"]
    assert result["projects"] == []


def test_cross_references_in_every_phrasing() -> None:
    block = "Afspraak {n} {title}\nBeleidsafspraak\nBetrokken departementen: VRO\n\n{body}\n\n"
    text = "Ruimtelijk Arrangement Rijk – Provincie Limburg\n\n" + "".join(
        block.format(n=n, title=title, body=body)
        for n, title, body in [
            ("2.1", "Woningbouw", "Rijk en provincie spreken af dat de provincie bouwt."),
            ("2.2", "Bereikbaarheid", "De provincie werkt dit uit (vgl. afspraak 2.1)."),
            ("2.3", "Water", "Zoals in afspraak 2.2 is afgesproken, volgt een plan."),
            ("2.4", "Energie", "Netten worden versterkt, zie ook 2.3 en conform Afspraak 2.9."),
        ]
    )
    references = extract_text(text).to_json()["references"]
    assert [(r["number"], r["resolved_number"]) for r in references] == [
        ("2.1", "2.1"),
        ("2.2", "2.2"),
        ("2.3", "2.3"),
        ("2.9", None),
    ]


# Fourth blind batch: document kinds, bundles and letterhead dates.


@pytest.mark.parametrize(
    ("head", "genre"),
    [
        (
            "De Voorzitter van de Tweede Kamer\n\nBetreft Brief MIRT najaar 2020: uitkomsten\n",
            "mirt_brief",
        ),
        (
            "De Voorzitter van de Tweede Kamer\n\nOnderwerp Voortgang MIRT, voorjaar 2008\n",
            "mirt_brief",
        ),
        (
            "De Voorzitter van de Tweede Kamer\n\nBetreft Voortgang MIRT-projecten Zuid-Holland en "
            "afdoening toezeggingen\n\nGeachte voorzitter,\n",
            "kamerbrief",
        ),
        (
            "Verslag Stuurgroep A58 Eindhoven-Tilburg\n\nDatum vergadering: 12 september 2019\n\n"
            "Aanwezig\nRijkswaterstaat, provincie.\n\n6. Rondvraag en sluiting\n",
            "other",
        ),
        (
            "Regio Twente\n\nAan: de colleges en gemeenteraden van de Twentse gemeenten\n"
            "Datum: 21 november 2022\n\nGeachte colleges en raadsleden,\n",
            "raadsinformatiebrief",
        ),
    ],
)
def test_new_heads_tell_their_genre(head: str, genre: str) -> None:
    assert classify(f"{head}\n{PARA}\n", {}) == genre


SIGNED_BUNDLE = f"""Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 11 december 2023

Hierbij informeer ik uw Kamer over de uitkomsten van het BOL Noord-Nederland.
{PARA}
{PARA}
{PARA}

De Minister voor Volkshuisvesting en Ruimtelijke Ordening,
R.P. de Haan

Afsprakenlijst Bestuurlijk Overleg Leefomgeving Noord-Nederland
Datum: 29 november 2023

1. Woondeals Noord-Nederland
   * Het Rijk stelt voor de flexwoningen een bijdrage van € 12 mln. beschikbaar.
   > De provincies rapporteren uiterlijk 1 april 2024 over de voortgang.
2. N33 Zuidbroek-Appingedam
   * Het project is opgeleverd. Geen nadere afspraken.
{PARA}
{PARA}
"""


def test_a_title_under_a_signature_starts_the_next_document_of_a_bundle() -> None:
    result = extract_text(SIGNED_BUNDLE, name="bundel").to_json()
    assert [(d["kind"], d["date"]) for d in result["documents"]] == [
        ("kamerbrief", "2023-12-11"),
        ("afsprakenlijst", "2023-11-29"),
    ]
    # A ">" arrow as far in as the bullet above it is the next commitment, and an item that
    # says it agrees nothing further is no agreement.
    (agreement,) = result["agreements"]
    assert [c["text"][:20] for c in agreement["commitments"]] == [
        "Het Rijk stelt voor ",
        "De provincies rappor",
    ]


def test_a_press_release_after_a_council_letter_is_a_document_of_its_own() -> None:
    text = (
        "Raadsinformatiebrief\n\nDatum: 7 december 2021\n\nAan de leden van de gemeenteraad,\n\n"
        f"{PARA}\n{PARA}\n{PARA}\n{PARA}\n{PARA}\n\n"
        "Het college van burgemeester en wethouders,\nM. de Vries, wethouder Mobiliteit\n\n"
        "PERSBERICHT\n\nProvincie en Rijk investeren in het station\n\n"
        "Utrecht, 18 november 2021 – Het Rijk en de provincie starten een verkenning.\n"
        f"{PARA}\n{PARA}\n{PARA}\n{PARA}\n{PARA}\n"
    )
    documents = extract_text(text, name="persbericht").to_json()["documents"]
    assert [(d["kind"], d["date"]) for d in documents] == [
        ("raadsinformatiebrief", "2021-12-07"),
        ("other", "2021-11-18"),
    ]


def test_a_council_proposal_is_dated_by_its_own_date_not_the_council_meeting() -> None:
    text = (
        "gemeente Groningen\n\n"
        "Raadsvoorstel                                        Datum raadsvergadering\n"
        "                                                     23 maart 2022\n"
        "Registratienummer                                    050-367 0000\n"
        "6711232 - 2022                                       Datum\n"
        "                                                     8 februari 2022\n\n"
        f"Beslispunten\nDe raad besluit:\n{PARA}\n"
    )
    (document,) = extract_text(text, name="raadsvoorstel").to_json()["documents"]
    assert (document["kind"], document["date"]) == ("raadsvoorstel", "2022-02-08")


def test_minutes_of_a_steering_group_agree_in_sentences_not_in_agenda_points() -> None:
    text = (
        "Verslag Stuurgroep A58 Eindhoven-Tilburg\n\nDatum vergadering: 12 september 2019\n\n"
        "Aanwezig\nRijkswaterstaat, provincie Noord-Brabant, gemeenten.\n\n"
        "2. Stand van zaken A58 Eindhoven-Tilburg\n"
        "Rijkswaterstaat licht de planning toe. De gemeente maakt zich zorgen over de bouw.\n"
        "Afgesproken wordt dat Rijkswaterstaat en de gemeente een plan opstellen.\n\n"
        "3. Fietstunnel\n"
        "De stuurgroep komt overeen dat de gemeente de kosten voor haar rekening neemt.\n"
        "Dit bedrag komt overeen met de raming van 2018.\n\n"
        "6. Rondvraag en sluiting\nGeen punten.\n"
    )
    result = extract_text(text, name="stuurgroep").to_json()
    assert result["documents"][0]["kind"] == "other"
    assert [(a["number"], a["title"][:24]) for a in result["agreements"]] == [
        (None, "Afgesproken wordt dat Ri"),
        (None, "De stuurgroep komt overe"),
    ]
