"""Projects a letter reports on, on invented wording: the parts of a programme in a table,
headings in capitals with a phase in brackets, projects reported in a sentence of a letter
to the Kamer, and lines that look like a project's head but are not one."""

import pytest
from tests.unit.core.extraction.readouts import extracted

KAMERBRIEF_HEAD = (
    "Ministerie van Infrastructuur en Waterstaat\n\n"
    "De Voorzitter van de Tweede Kamer\n\n"
    "Datum      14 november 2036\n"
    "Betreft    Uitkomsten Bestuurlijke Overleggen MIRT najaar 2036\n\n"
    "Geachte voorzitter,\n\n"
    "Op 2 november jl. is het Bestuurlijk Overleg MIRT Oost-Nederland gehouden. Met deze brief\n"
    "informeer ik u over de uitkomsten daarvan.\n\n"
)


def _phases(text: str) -> dict[str, str | None]:
    return {p["name"]: p["phase"] for p in extracted(text)["projects"]}


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Deelproject                              Fase             Budget",
            [
                "N99 Veenstad – Kleidorp-Noord            realisatie       € 412 mln",
                "Spoorlijn Kleidorp – Moerdam             planuitwerking   €  96 mln",
            ],
        ),
        (
            "Deelproject | Fase | Raming",
            [
                "N99 Veenstad – Kleidorp-Noord | realisatie | € 412 mln",
                "Spoorlijn Kleidorp – Moerdam | planuitwerking | € 96 mln",
            ],
        ),
        (
            "Deelprojecten\tFase\tBudget (x € 1 mln)",
            [
                "N99 Veenstad – Kleidorp-Noord\trealisatie\t412",
                "Spoorlijn Kleidorp – Moerdam\tplanuitwerking\t96",
            ],
        ),
    ],
)
def test_the_rows_of_a_table_of_a_programmes_parts_are_projects(
    header: str, rows: list[str]
) -> None:
    text = (
        KAMERBRIEF_HEAD + "Sluis Moerdam\n"
        "De nieuwe sluis is in juni opgeleverd.\n\n"
        "Programma Veenstad Bereikbaar\n"
        "De stand van de deelprojecten van het programma staat in tabel 1.\n\n"
        "Tabel 1  Programma Veenstad Bereikbaar, stand november 2036\n"
        + header
        + "\n"
        + "\n".join(rows)
        + "\n\nHoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n"
    )
    phases = _phases(text)
    assert phases["N99 Veenstad – Kleidorp-Noord"] == "realisatie"
    assert phases["Spoorlijn Kleidorp – Moerdam"] == "planuitwerking"
    assert phases["Sluis Moerdam"] == "opgeleverd"


@pytest.mark.parametrize(
    ("paragraph", "name", "phase"),
    [
        (
            "Voor de N99 Veenstad – Kleidorp is de verkenning afgerond. Ik heb de\n"
            "voorkeursbeslissing genomen voor een verbreding naar 2x2 rijstroken.",
            "N99 Veenstad – Kleidorp",
            None,
        ),
        (
            "Voor de aansluiting A99/N88 Kleidorp is de planuitwerking in september gestart.\n"
            "Het Rijk betaalt € 14 mln en de provincie € 9 mln.",
            "aansluiting A99/N88 Kleidorp",
            "planuitwerking",
        ),
        (
            "De verkenning voor de Oostelijke Ringweg Veenstad is op 2 mei 2036 gestart; de\n"
            "voorkeursbeslissing is voorzien in 2038.",
            "Oostelijke Ringweg Veenstad",
            "verkenning",
        ),
        (
            "De A99 Kleidorp – Moerdam is op 3 juni opengesteld voor verkeer; de\n"
            "eindafrekening met de gemeenten volgt volgend jaar.",
            "A99 Kleidorp – Moerdam",
            "opgeleverd",
        ),
        (
            "Het MIRT-onderzoek naar de bereikbaarheid van Moerdam is afgerond.\n"
            "Voor de N88 Moerdam - Kleidorp start ik in 2037 een verkenning naar een\n"
            "spitsstrook.",
            "N88 Moerdam - Kleidorp",
            None,
        ),
    ],
)
def test_a_letter_to_the_kamer_reports_on_a_project_in_a_sentence_of_its_own(
    paragraph: str, name: str, phase: str | None
) -> None:
    text = (
        KAMERBRIEF_HEAD + "Oost-Nederland\n\n"
        "Spoorlijn Veenstad – Moerdam\n"
        "De planuitwerking loopt. Het ontwerp-tracébesluit verwacht ik eind 2037.\n\n"
        + paragraph
        + "\n\nHoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n"
    )
    phases = _phases(text)
    assert phases.get(name, "missing") == phase
    assert phases["Spoorlijn Veenstad – Moerdam"] == "planuitwerking"


@pytest.mark.parametrize(
    "sentence",
    [
        # named inside the paragraph that reports on the project over it
        "De N99 Veenstad – Kleidorp is in mei opengesteld voor verkeer.",
        # named after the verb: discussed, not reported on
        "In het BO is ook de N99 Veenstad – Kleidorp besproken; de verkenning volgt later.",
        # a bare road number and a description in lower case are no names
        "De N99 is in mei opengesteld voor verkeer.",
    ],
)
def test_a_road_named_in_passing_in_a_letter_to_the_kamer_is_no_project(sentence: str) -> None:
    text = (
        KAMERBRIEF_HEAD + "Oost-Nederland\n\n"
        "Spoorlijn Veenstad – Moerdam\n"
        "De planuitwerking loopt. " + sentence + "\n\n"
        "De nieuwe brug bij Kleidorp is in mei opengesteld voor verkeer.\n\n"
        "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n"
    )
    assert list(_phases(text)) == ["Spoorlijn Veenstad – Moerdam"]


def test_minutes_report_on_the_item_not_on_a_road_their_prose_names() -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat · Provincie Voorbeeldland\n\n"
        "AFSPRAKENLIJST BO MIRT OOST\n"
        "12 maart 2037 — Veenstad, Provinciehuis\n\n"
        "1.  Spoorlijn Veenstad – Moerdam\n"
        "De planuitwerking loopt.\n\n"
        "De A99 Kleidorp – Moerdam is op 3 juni opengesteld voor verkeer. Rijk en regio\n"
        "spreken af dat de regio de eindafrekening in 2037 opstelt.\n"
    )
    assert list(_phases(text)) == ["Spoorlijn Veenstad – Moerdam"]


@pytest.mark.parametrize(
    "head",
    ["2.2 A99 Veenstad – Kleidorp", "A99 Veenstad – Kleidorp", "2.2  A99 Veenstad – Kleidorp"],
)
def test_a_unit_has_the_phase_of_its_own_text_not_of_a_project_reported_after_it(
    head: str,
) -> None:
    text = (
        KAMERBRIEF_HEAD + "2. Oost-Nederland\n\n"
        "2.1 Spoorlijn Veenstad – Moerdam\n"
        "De planuitwerking loopt. Het ontwerp-tracébesluit verwacht ik eind 2037.\n\n"
        + head
        + "\nDe realisatie ligt op schema. De weg gaat eind 2037 open.\n\n"
        "Het Kleidorptracé (Havenlijn) is op 3 mei 2036 in gebruik genomen; ook de\n"
        "eindafrekening met het havenbedrijf is afgerond.\n\n"
        "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n"
    )
    phases = _phases(text)
    assert phases["A99 Veenstad – Kleidorp"] == "realisatie"
    assert phases["Kleidorptracé (Havenlijn)"] == "opgeleverd"


MINUTES_HEAD = (
    "Ministerie van Infrastructuur en Waterstaat · Provincie Voorbeeldland\n\n"
    "AFSPRAKENLIJST BO MIRT OOST\n"
    "12 maart 2037 — Veenstad, Provinciehuis\n\n"
    "1.  Spoorlijn Veenstad – Moerdam\n"
    "De planuitwerking loopt. Rijk en regio spreken af dat ProRail het ontwerp in 2037\n"
    "voorlegt.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "phase"),
    [
        ("2.  BEREIKBAARHEID VEENSTAD - HAVENGEBIED (MIRT-ONDERZOEK)", "onderzoek"),
        ("2.  Bereikbaarheid Kleidorp-Zuid / Moerdam (MIRT-onderzoek)", "onderzoek"),
        ("2.  LEEFBAARHEID KLEIDORP-NOORD (VERKENNING)", "verkenning"),
    ],
)
def test_a_theme_of_places_with_a_mirt_phase_in_brackets_names_a_project(
    heading: str, phase: str
) -> None:
    text = (
        MINUTES_HEAD + heading + "\n"
        "Afgesproken wordt dat de provincie de studie voor de zomer van 2037 afrondt en dat\n"
        "het Rijk en de provincie de kosten (€ 900.000) delen.\n"
    )
    phases = _phases(text)
    assert [name[:14].casefold() for name in phases] == ["spoorlijn veen", heading[4:18].casefold()]
    assert list(phases.values()) == ["planuitwerking", phase]


def test_a_theme_of_places_without_a_phase_in_brackets_is_no_project() -> None:
    text = (
        MINUTES_HEAD + "2.  BEREIKBAARHEID VEENSTAD - HAVENGEBIED\n"
        "Afgesproken wordt dat de provincie een studie naar de bereikbaarheid van het\n"
        "havengebied laat uitvoeren; het Rijk draagt € 900.000 bij.\n"
    )
    assert list(_phases(text)) == ["Spoorlijn Veenstad – Moerdam"]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("STARTBESLISSING MIRT-VERKENNING\nN99 Veenstad - Kleidorp", "N99 Veenstad - Kleidorp"),
        ("Startbeslissing MIRT-verkenning\nRondweg Kleidorp-Zuid", "Rondweg Kleidorp-Zuid"),
        ("Startbeslissing MIRT-verkenning N99 Veenstad – Kleidorp", "N99 Veenstad – Kleidorp"),
    ],
)
def test_a_startbeslissing_starts_the_verkenning_its_title_names(title: str, name: str) -> None:
    text = (
        "Ministerie van Infrastructuur en Waterstaat\n\n" + title + "\n\n"
        "Den Haag, 2 april 2036\n\n\n"
        "1. Aanleiding\n"
        "In het BO MIRT van 22 november 2035 hebben Rijk en regio vastgesteld dat het\n"
        "MIRT-onderzoek Veenstad - Kleidorp is afgerond en dat een verkenning nodig is.\n\n"
        "2. Financiën\n"
        "Het Rijk reserveert voor de verkenning en de realisatie € 80 mln.\n\n"
        "3. Besluit\n"
        "De minister besluit tot de start van de verkenning.\n"
    )
    projects = extracted(text)["projects"]
    assert [(p["name"], p["phase"]) for p in projects] == [(name, "verkenning")]


ARRANGEMENT_HEAD = (
    "RUIMTELIJK ARRANGEMENT VOORBEELDLAND 2036\n\n"
    "Rijk | Provincie Voorbeeldland\n\n"
    "Ondertekend op 3 maart 2036 na bespreking in het BOL Oost van 12 februari 2036.\n\n"
    "2. Bereikbaarheid\n\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        "Type: uitvoeringsafspraak          Departementen: IenW",
        "Soort afspraak: uitvoering\tMinisteries: IenW, BZK",
        "Trekker: provincie    Gereed: 2037",
    ],
)
def test_a_line_of_labelled_fields_under_an_agreement_names_no_project(fields: str) -> None:
    text = (
        ARRANGEMENT_HEAD + "2.1  Station Veenstad-Noord\n" + fields + "\n"
        "De verbouwing van het station is in uitvoering; de nieuwe perrons zijn in april in\n"
        "gebruik genomen.\n"
        "Inzet Rijk:\n"
        "• IenW en ProRail leveren het stationsgebouw op in het derde kwartaal van 2037.\n"
        "Inzet provincie:\n"
        "• de provincie draagt € 2,5 miljoen bij aan de fietsenstalling.\n"
    )
    assert list(_phases(text)) == ["Station Veenstad-Noord"]


AGENDA_HEAD = (
    "Uitvoeringsagenda NOVEX Veenstad-Haven\n"
    "Ministeries van IenW / VRO · provincie Voorbeeldland · gemeente Veenstad\n\n"
    "versie 1.0 — vastgesteld op 3 juni 2036 (besproken in het BOL Oost van 20 mei 2036)\n\n"
    "Opgave 1   Bereikbaarheid en logistiek\n"
    "Het knelpunt zit op het spoor: de Havenlijn en de brug over het Veenkanaal.\n\n"
    "ACTIES\n\n"
)


@pytest.mark.parametrize("code", ["Actie K1", "Actie K.1", "Maatregel BT1", "Actie 2.1"])
def test_an_actions_code_is_no_part_of_the_projects_name(code: str) -> None:
    text = (
        AGENDA_HEAD + f"{code}  Havenlijn: tweede spoor Veenstad-Oost\n"
        "ProRail werkt de uitbreiding uit; de planuitwerking is in 2035 gestart. wie: ProRail ·\n"
        "wanneer: projectbeslissing medio 2037 · geld: € 86 mln\n\n"
        f"{code.replace('1', '2')}  Ruimte voor buisleidingen (Noordelijke Corridor)\n"
        "Het Rijk legt het tracé voor de leidingenstrook vast. wie: KGG · wanneer: eind 2036\n"
    )
    assert _phases(text) == {"Havenlijn: tweede spoor Veenstad-Oost": "planuitwerking"}


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Actie K3  Snelfietsroute Veenstad – Kleidorp –", "Snelfietsroute Veenstad – Kleidorp"),
        ("Actie K3  Fietsroute Veenstad - Kleidorp -", "Fietsroute Veenstad - Kleidorp"),
        ("Actie K3  Snelfietsroute Veenstad — Kleidorp —", "Snelfietsroute Veenstad — Kleidorp"),
    ],
)
def test_a_head_wrapped_after_a_dash_keeps_its_text_under_it(head: str, name: str) -> None:
    text = (
        AGENDA_HEAD + "Actie K1  Havenlijn: tweede spoor Veenstad-Oost\n"
        "ProRail werkt de uitbreiding uit; de planuitwerking is in 2035 gestart. wie: ProRail ·\n"
        "wanneer: projectbeslissing medio 2037 · geld: € 86 mln\n\n" + head + "\nMoerdam\n"
        "De gemeenten leggen de route langs het kanaal aan; het project is in uitvoering.\n"
        "wie: gemeente Veenstad · wanneer: Q4 2037 · geld: € 11,2 mln (Rijk 40%)\n"
    )
    assert _phases(text)[name] == "realisatie"
