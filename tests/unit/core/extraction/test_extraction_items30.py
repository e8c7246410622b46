"""Item shapes of the thirtieth blind batch, on invented text of our own.

A register of agreements exported with semicolons and quoted cells ("31-02;"Titel";"…; …""),
a passive or active formula sentence closed by a stop above an item's bullets, a "stadsregio"
as the party of a bullet, an abbreviated month before its year inside a sentence, an
arrangement named by a compound title and its signed preamble, and a signatory's surname
wrapped under her initials.
"""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

from ruimtemonitor.core.extraction.project_filters import on_signature_row
from ruimtemonitor.core.extraction.textutil import sentence_spans
from ruimtemonitor.core.extraction.unit_commitments import is_undertaking

pytestmark = pytest.mark.unit


def _register(year: str, works: tuple[str, str, str, str], town: str) -> str:
    road, housing, station, route = works
    return (
        f"BO MIRT ZUID 20{year} - LIJST VAN AFSPRAKEN\n"
        f"Eindhoven, Provinciehuis, 14 november 20{year}\n\n"
        "Deelnemers: Rijk (IenW, BZK) / provincie Noord-Brabant /\n"
        f"gemeente {town}\n\n"
        "De tabel hieronder komt uit het register van het secretariaat (velden\n"
        "gescheiden door ; - tekst tussen aanhalingstekens).\n"
        "nr;onderwerp;afspraak;trekker;termijn\n"
        f'{year}-01;"Verslag BO MIRT 3 april 20{year}";"Vastgesteld zonder wijzigingen.";-;-\n'
        f'{year}-02;"{road}";"Rijk en regio komen overeen de aanbesteding voor te bereiden; '
        'de regio draagt € 4 mln bij.";"IenW";"1e helft 2033"\n'
        f'{year}-03;"{housing}";"BZK draagt 2,5 mln euro bij uit de regeling; de gemeente '
        'start de bouw.";"BZK";"eind 2033"\n'
        f'{year}-04;"{station}";"Verzoek regio (ca. € 5 mln) wordt niet gehonoreerd. Geen '
        'afspraken.";-;-\n'
        f'{year}-05;"{route}";"De provincie legt het fietspad aan, het Rijk draagt € 900.000 '
        'bij.";"provincie";"uiterlijk 31-12-2033"\n'
        f'{year}-06;"Rondvraag";"De minister zegt toe de Kamer te informeren.";"IenW";"-"\n'
    )


@pytest.mark.parametrize(
    ("year", "works", "town"),
    [
        (
            "32",
            (
                "Knooppunt Veenhaar (A98/A99)",
                "Woningbouw Kleidorp, Zandakker fase 2 (600 woningen)",
                "Station Kleidorp Noord",
                "Fietsroute Kleidorp - Veenhaar",
            ),
            "Kleidorp",
        ),
        (
            "29",
            (
                "Aansluiting Meerdorp (N999)",
                "Woningbouw Zandhoven, Oeverpark fase 4 (350 woningen)",
                "Station Zandhoven Centrum",
                "Fietsroute Zandhoven - Meerdorp",
            ),
            "Zandhoven",
        ),
    ],
)
def test_register_export_with_quoted_cells(
    year: str, works: tuple[str, str, str, str], town: str
) -> None:
    result = extracted(_register(year, works, town))
    found = {a["number"]: a for a in result["agreements"]}
    assert sorted(found) == [f"{year}-02", f"{year}-03", f"{year}-05"]
    assert found[f"{year}-02"]["title"] == works[0]
    assert commitment_texts(found[f"{year}-02"])[0].startswith("Rijk en regio komen overeen")
    assert "de regio draagt € 4 mln bij." in commitment_texts(found[f"{year}-02"])[0]
    names = {p["name"] for p in result["projects"]}
    assert set(works) <= names
    assert not any(name.startswith('"') for name in names)


def _lettered_minutes(town: str, amount: str, month: str) -> str:
    return (
        f"Bestuurlijk Overleg MIRT Oost | najaarsoverleg | 3 december 2031 | {town}\n"
        "Aanwezig namens: IenW, BZK, provincie Gelderland, gemeente " + town + "\n\n"
        "A  BEREIKBAARHEID\n\n"
        f"A-1  N999 {town} - Veenhaar, aansluiting Kleidorp\n"
        "De verkenning loopt. Rijk en regio spreken af:\n"
        " ✓ RWS presenteert de oplossingsrichtingen in de loop van Q2 2032;\n"
        " ✓ de regio draagt € 2 mln bij.\n\n"
        f"A-2  Woningbouw {town}, Havenkwartier (1.200 woningen)\n"
        f"Afgesproken wordt dat BZK {amount} bijdraagt, mits de gemeente de bouw\n"
        f"medio {month}. 2032 start.\n"
        " ✓ de provincie neemt de aanpassing van de kadebrug voor haar rekening.\n"
    )


@pytest.mark.parametrize(
    ("town", "amount", "month"),
    [("Zandhoven", "EUR 6 mln", "okt"), ("Meerdorp", "€ 3,5 mln", "feb")],
)
def test_passive_formula_over_bullets_is_a_commitment(town: str, amount: str, month: str) -> None:
    found = {a["number"]: a for a in agreements(_lettered_minutes(town, amount, month))}
    assert "A-2" in found
    texts = commitment_texts(found["A-2"])
    assert texts[0].startswith("Afgesproken wordt dat BZK")
    assert texts[0].endswith("2032 start.")
    assert texts[1].startswith("de provincie neemt")
    assert all(a["number"] for a in found.values())


def _bracket_items(party: str) -> str:
    return (
        "Ministerie van IenW                    Provincie Zuid-Holland\n\n"
        "              VERSLAG EN AFSPRAKEN\n"
        "              Bestuurlijk Overleg MIRT Zuidwest-Nederland\n"
        "              dinsdag 6 oktober 2032, Den Haag\n\n"
        "[1]  Opening en verslag\n"
        "Het verslag van het vorige overleg wordt vastgesteld.\n\n"
        "[2]  Kademuur Veenhaar (N999) Kleidorp\n"
        "De renovatie is in uitvoering. Rijk en regio komen overeen de meerkosten\n"
        "van € 1 tot € 2 mln naar rato te delen.\n"
        f" » de {party} levert de definitieve raming in de week van\n"
        "   9 november aan.\n"
    )


@pytest.mark.parametrize("party", ["Stadsregio Kleidorp", "Vervoerregio Veenhaar"])
def test_formula_sentence_and_regional_body_bullet(party: str) -> None:
    found = {a["number"]: a for a in agreements(_bracket_items(party))}
    texts = commitment_texts(found["2"])
    assert texts[0].startswith("Rijk en regio komen overeen")
    assert texts[1].startswith(f"de {party} levert")


@pytest.mark.parametrize("body", ["De Stadsregio Kleidorp levert de raming aan.",
                                  "de Metropoolregio Veenhaar stelt het plan vast."])  # fmt: skip
def test_regional_bodies_are_parties(body: str) -> None:
    assert is_undertaking(body)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("De bouw start medio nov. 2031 volgens plan.", 1),
        ("Uiterlijk 1 jan. 2029 is het plan vastgesteld. Daarna volgt de bouw.", 2),
        ("De brug gaat open in nov. Daarna volgt de rest.", 2),
    ],
)
def test_abbreviated_month_before_year_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentence_spans(text)) == count


def _arrangement(title: str, person: str) -> str:
    return (
        f"{title}\n"
        "Rijk - Provincie Overijssel - Gemeente Kleidorp\n\n"
        "Ondergetekenden:\n"
        "het Rijk, vertegenwoordigd door de minister van IenW; de Provincie\n"
        "Overijssel, vertegenwoordigd door gedeputeerde A.B.\n"
        f"{person}; de Gemeente Kleidorp, vertegenwoordigd door wethouder\n"
        "C. Jansen;\n\n"
        "overwegende dat het gebied een samenhangende aanpak vraagt;\n\n"
        "verklaren als volgt te zijn overeengekomen:\n\n"
        "1   Doel\n"
        "Dit arrangement bundelt de opgaven in het gebied.\n\n"
        "2a  N999 aansluiting Kleidorp-West\n"
        "Partijen komen overeen dat Rijkswaterstaat de verkenning in Q2 2033 start.\n"
        "    ⁃ het Rijk draagt 2 mln. euro bij;\n"
        "    ⁃ de provincie draagt € 1 miljoen bij.\n\n"
        "2b  Fietsverbinding Kleidorp - Veenhaar\n"
        "Provincie en gemeente spreken af het fietspad uiterlijk 2034 aan te leggen.\n\n"
        "Aldus overeengekomen en getekend te Kleidorp op 3 maart 2032.\n"
    )


@pytest.mark.parametrize(
    ("title", "person"),
    [("GEBIEDSARRANGEMENT KLEIDORP-WEST", "Veld-Smit"), ("Arrangement Veenhaar", "Bakker-Kok")],
)
def test_arrangement_by_compound_title(title: str, person: str) -> None:
    result = extracted(_arrangement(title, person))
    assert result["documents"][0]["kind"] == "ruimtelijk_arrangement"
    numbers = [a["number"] for a in result["agreements"]]
    assert numbers == ["2a", "2b"]
    names = {p["name"] for p in result["projects"]}
    assert person not in names


def test_arrangements_in_plural_title_no_arrangement() -> None:
    text = (
        "Arrangementen in uitvoering\n\nGeachte voorzitter,\n\n"
        "Hierbij informeer ik uw Kamer over de stand van zaken.\n"
    )
    assert extracted(text)["documents"][0]["kind"] != "ruimtelijk_arrangement"


@pytest.mark.parametrize(
    ("above", "line", "person"),
    [
        ("vertegenwoordigd door gedeputeerde A.B.", "Veld-Smit; de gemeente Kleidorp", True),
        ("namens de regio, de heer J.", "Bakker-Kok, wethouder", True),
        ("De verkenning is afgerond.", "Veld-Smit; de gemeente Kleidorp", False),
    ],
)
def test_surname_under_initials_names_a_person(above: str, line: str, person: bool) -> None:
    text = f"{above}\n{line}\n"
    assert on_signature_row(text, len(above) + 1) is person
