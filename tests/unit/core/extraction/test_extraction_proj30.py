"""Project headings in the shapes of the thirtieth blind batch, on invented wording (other
places, years, numbers and works)."""

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.heading_forms import marked_title, set_off_heading
from ruimtemonitor.core.extraction.phases import project_phase


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("«Brug over de Vecht, Dalfsen»", "Brug over de Vecht, Dalfsen"),
        ("« N812 Lievelde - Groenlo »", "N812 Lievelde - Groenlo"),
        ("▪▪ Spoorlijn Zwartsluis - Hasselt", "Spoorlijn Zwartsluis - Hasselt"),
        ("■■■ Halte Oosterveld (400 woningen)", "Halte Oosterveld (400 woningen)"),
        ("▪ Een gewoon opsommingsteken", None),
        ("«Dit is een zin.»", None),
        ("▪▪ de tweede regel", None),
    ],
)
def test_a_heading_in_guillemets_or_after_a_doubled_glyph_gives_its_title(
    line: str, title: str | None
) -> None:
    assert marked_title(line) == title


def test_a_heading_closed_by_a_guillemet_is_never_glued_to_its_paragraph() -> None:
    assert set_off_heading("«Woonwijk Kleidorp-Noord, Esplanade (410 woningen)»")
    assert not set_off_heading("«Een citaat dat verder loopt")
    assert not set_off_heading("Gewone regel van een alinea")


LETTER = (
    "gemeente Voorbeeld\n"
    "RAADSINFORMATIEBRIEF\n"
    "onderwerp: uitkomsten BO MIRT Oost van 9 oktober 2033\n\n"
    "Geachte raadsleden,\n\n"
    "Hieronder leest u wat het overleg betekent voor de projecten in onze gemeente en de\n"
    "kernen eromheen.\n\n"
    "{a}\n"
    "De planuitwerking loopt sinds 2031. De provincie draagt € 2,4 mln. bij aan de\n"
    "aanleg van de nieuwe aansluiting op de provinciale weg.\n\n"
    "{b}\n"
    "Ons verzoek om een bijdrage van € 0,9 mln voor de ontsluiting van de wijk is niet\n"
    "gehonoreerd. Wij komen hierop terug in de commissie van februari.\n\n"
    "Met vriendelijke groet,\n"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "«N812 Lievelde - Groenlo, rotonde Esweg»",
            "«Woonwijk Kleidorp-Noord, Esplanade-Oostzijde aan het water (410 woningen)»",
        ),
        (
            "▪▪ N812 Lievelde - Groenlo, rotonde Esweg",
            "▪▪ Woonwijk Kleidorp-Noord, Esplanade-Oostzijde aan het water (410 woningen)",
        ),
    ],
)
def test_decorated_headings_are_projects(a: str, b: str) -> None:
    names = [p["name"] for p in extracted(LETTER.format(a=a, b=b))["projects"]]
    assert "N812 Lievelde - Groenlo, rotonde Esweg" in names
    assert any(name.startswith("Woonwijk Kleidorp-Noord, Esplanade") for name in names)


def test_a_doubled_glyph_heading_that_leaves_a_word_hanging_may_wrap() -> None:
    assert set_off_heading("▪▪ Knooppunt Hoogland, verbreding (fase 2)")
    assert not set_off_heading("▪▪ Knooppunt Hoogland en de verbreding van")
    assert not set_off_heading("▪ Knooppunt Hoogland, verbreding (fase 2)")


@pytest.mark.parametrize(
    "sentence",
    [
        "De ombouw van het viaduct is sinds 3 februari 2034 in uitvoering.",
        "Het nieuwe aquaduct is sinds 21 september 2029 in uitvoering. Het Rijk betaalt mee.",
    ],
)
def test_a_phase_since_a_full_date_is_the_phase_now(sentence: str) -> None:
    assert project_phase(sentence) == "realisatie"


PROPOSAL = (
    "Gemeente Voorbeeld                                   Raadsvoorstel\n\n"
    "Onderwerp: gemeentelijke bijdrage openbaar vervoer\n\n"
    "Voorgesteld besluit\n"
    "{point} in te stemmen met de financiële bijdrage aan de bouw van {name}, bestaande uit:\n"
    "   • een busplatform;\n"
    "   • een overdekte stalling;\n"
    "2. hiervoor een krediet van € 1.200.000 beschikbaar te stellen.\n\n"
    "Aanleiding\n"
    "De provincie is trekker. De verkenning loopt sinds het najaar van 2032.\n"
)


@pytest.mark.parametrize(
    ("point", "name"),
    [
        ("1.", "halte Kleidorp en de busbaan Veenstad - Kleidorp"),
        ("a)", "station Hoogmade-Noord"),
    ],
)
def test_a_contribution_to_building_a_work_names_the_proposals_project(
    point: str, name: str
) -> None:
    projects = extracted(PROPOSAL.format(point=point, name=name))["projects"]
    found = [p for p in projects if p["name"].casefold() == name.casefold()]
    assert found
    assert found[0]["phase"] == "verkenning"
