"""Project headings in the shapes of the thirtieth blind batch, on invented wording (other
places, years, numbers and works)."""

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.heading_forms import marked_title, set_off_heading
from ruimtemonitor.core.extraction.label_rows import is_label_row
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


PAGE = (
    "MIRT Overzicht 2031 >> Oost-Nederland >> Vaarwegen >> Kanaal\n\n"
    "Kanaal Kleidorp - Veenstad, verruiming\n"
    "======================================\n"
    "projectnummer:  VW-ON-042\n"
    "fase:           verkenning\n"
    "stand per:      1 maart 2031\n"
    "opdrachtgever:  DG Water\n\n"
    "1 | Waarom dit project?\n"
    "De sluizen zijn te smal; het verkeer groeit naar 2x2 schepen per uur\n"
    "in de zomer.\n\n"
    "2 | Wat kost het?\n"
    "Taakstellend budget: € 88,6 mln (incl. btw), waarvan regionale bijdrage: EUR 9 mln.\n\n"
    "3 | Planning\n"
    "  Startbeslissing ......................... 2028 ✓\n"
    "  Voorkeursbeslissing ..................... 2030 ✔\n"
    "  Projectbeslissing ....................... 2033\n"
)


def test_a_project_page_with_lower_case_aligned_labels_is_a_project_page() -> None:
    result = extracted(PAGE)
    assert result["documents"][0]["kind"] == "mirt_project"


def test_a_numbered_question_heading_with_a_bar_is_no_footnote() -> None:
    values = [v for a in extracted(PAGE)["amounts"] for v in a["values_eur"]]
    assert 88600000 in values
    assert 9000000 in values


def test_a_ticked_planning_line_gives_its_year() -> None:
    result = extracted(PAGE)
    written = [e["as_written"] for e in result["events"]]
    assert "2028" in written
    assert "2030" in written


def test_aligned_label_rows_are_kept_apart() -> None:
    assert is_label_row("projectnummer:  VW-ON-042", "fase:           verkenning")
    assert is_label_row("=========", "stand per:      1 maart 2031")
    assert not is_label_row("de kosten van het project zijn", "hoger: zie de bijlage")
