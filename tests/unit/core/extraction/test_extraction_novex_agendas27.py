"""NOVEX agendas of the twenty-seventh blind batch's layout, on invented wording (other
places, years, codes and numbering): actions indented under arabic themes, each over hanging
dash bullets that open with a label and its colon ("trekker: …", "budget: …")."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

from ruimtemonitor.core.extraction.bullet_indents import outdented_after_bullets
from ruimtemonitor.core.extraction.project_terms import HOUSING_AREA
from ruimtemonitor.core.extraction.textutil import iter_lines

AGENDA_HEAD = (
    "UITVOERINGSAGENDA NOVEX VOORBEELDDELTA-OOST\n"
    "Rijk (BZK, IenW) – provincie Voorbeeldland – gemeente Kleidorp\n\n"
    "Versie 3.1, vastgesteld in het BOL Zuidwest van 14 april 2033\n"
    "Datum: 14 april 2033\n\n"
)

ACTIONS = AGENDA_HEAD + (
    "1. Wonen\n"
    "Rijk en regio komen overeen dat in Kleidorp tot 2045 ten minste 8.000\n"
    "woningen worden gebouwd.\n\n"
    "   C1  Kleidorp-Zuid, herontwikkeling havenkwartier (2.200 woningen)\n"
    "       – trekker: gemeente Kleidorp;\n"
    "       – Rijksbijdrage Woningbouwimpuls € 18,5 mln.\n"
    "   C2  Herstructurering Veenstad, bedrijventerrein De Meent\n"
    "       – trekker: gemeente; gereed in de loop van 2036;\n"
    "       – budget: n.t.b.\n\n"
    "2. Bereikbaarheid\n"
    "   C3  Tramlijn Kleidorp - Veenstad, verlenging\n"
    "       De planuitwerking is in 2031 gestart.\n"
    "       – trekker: provincie; tracébesluit 2035;\n"
    "       – budget: EUR 0,3 mld.\n"
    "   C4  Knooppunt Veenstad-Noord, nieuwe aansluiting\n"
    "       – trekker: Rijkswaterstaat; start 2034;\n"
    "       – budget: p.m.\n"
    "   Geen nieuwe afspraken over de vaarweg naar Kleidorp.\n"
)


def _by_number() -> dict[str | None, list[str]]:
    return {a["number"]: [c[:14] for c in commitment_texts(a)] for a in agreements(ACTIONS)}


def test_each_colon_labelled_bullet_of_an_action_is_a_commitment() -> None:
    found = _by_number()
    assert found["C1"] == ["trekker: gemee", "Rijksbijdrage "]
    assert found["C2"] == ["trekker: gemee", "budget: n.t.b."]
    assert found["C4"] == ["trekker: Rijks", "budget: p.m."]


def test_an_action_after_a_bullet_ending_in_an_abbreviation_is_its_own() -> None:
    found = _by_number()
    assert "C2" in found  # not glued to "… € 18,5 mln." above it
    assert all("C2" not in c for c in found["C1"])


def test_a_phase_line_between_action_and_bullets_is_background() -> None:
    assert _by_number()["C3"] == ["trekker: provi", "budget: EUR 0,"]
    projects = {p["name"]: p["phase"] for p in extracted(ACTIONS)["projects"]}
    assert projects["Tramlijn Kleidorp - Veenstad, verlenging"] == "planuitwerking"


def test_a_themes_closing_remark_does_not_undo_the_last_action() -> None:
    found = _by_number()
    assert "C4" in found
    assert all("vaarweg" not in c for c in found["C4"])


def test_one_bullet_of_labels_under_a_sentence_keeps_the_sentence() -> None:
    text = AGENDA_HEAD + (
        "Actie 7  Veenstad, Oude Haven (400 woningen)\n"
        "De gemeente Veenstad start de bouw van de eerste 120 woningen.\n"
        "  → Trekker: Veenstad; Planning: Q3 2034; Budget: € 5 mln\n"
    )
    found = {a["number"]: commitment_texts(a) for a in agreements(text)}
    assert [c[:24] for c in found["7"]] == ["De gemeente Veenstad sta"]


def test_a_line_left_of_the_bullet_glyph_ends_the_bullet() -> None:
    text = "   B1  Titel\n       – budget: p.m.\n   B2  Volgende\n     tekst\n"
    lines = list(iter_lines(text))
    assert outdented_after_bullets(text, lines, list(range(len(lines)))) == {2}


def test_a_wrapped_bullet_line_at_the_margin_is_no_outdent() -> None:
    text = "  • de regio zet in op\nverdere groei.\n"
    lines = list(iter_lines(text))
    assert outdented_after_bullets(text, lines, list(range(len(lines)))) == set()


def test_housing_at_a_named_site_may_give_its_homes() -> None:
    assert HOUSING_AREA.match("Woningbouw Kleidorp, Havenkwartier-Zuid (2.200 woningen)")
    assert HOUSING_AREA.match("Woningbouw Veenstad, Oude Haven")
    assert not HOUSING_AREA.match("Woningbouw (2.200 woningen)")
