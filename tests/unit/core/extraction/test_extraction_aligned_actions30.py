"""NOVEX agendas of the thirtieth blind batch's layout, on invented wording (other places,
years, numbering and labels): actions under numbered pillars, each over label lines whose
values are padded into one column; a status line among them; an action that agrees nothing."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

from ruimtemonitor.core.extraction.project_filters import names_no_project

AGENDA_HEAD = (
    "Uitvoeringsagenda NOVEX-gebied Kleidelta\n"
    "Rijk (BZK, IenW) ~ provincie Voorbeeldland ~ gemeente Veenstad\n\n"
    "Vastgesteld in het BOL Zuidwest van 3 maart 2031\n"
    "Datum: 3 maart 2031 - versie 2.0\n\n"
)

ALIGNED = AGENDA_HEAD + (
    "Pijler 4  Mobiliteit\n"
    "  Actie 4c  Tramlijn Veenstad - Kleidorp, verlenging\n"
    "      Status:     de planuitwerking loopt sinds 2029\n"
    "      Trekker:    provincie Voorbeeldland, IenW\n"
    "      Planning:   tracébesluit medio 2033\n"
    "      Budget:     € 14 mln\n"
    "  Actie 4d  Fietsbrug Oude Haven\n"
    "      Wie:        gemeente Veenstad\n"
    "      Wanneer:    gereed 2034\n"
    "  Actie 4e  Aansluiting A99 Veenstad-Noord\n"
    "      Er zijn geen nieuwe afspraken; het onderzoek loopt.\n\n"
    "Pijler 5  Energie\n"
    "  Actie 5a  Warmtenet Kleidorp\n"
    "      Wie:        gemeente Kleidorp\n"
    "      Geld:       p.m.\n"
)


def _by_number(text: str) -> dict[str | None, list[str]]:
    return {a["number"]: commitment_texts(a) for a in agreements(text)}


def test_each_aligned_label_line_is_a_commitment_but_the_status_line() -> None:
    found = _by_number(ALIGNED)
    assert [c[:12] for c in found["4c"]] == ["Trekker: pro", "Planning: tr", "Budget: € 14"]
    assert [c[:12] for c in found["4d"]] == ["Wie: gemeent", "Wanneer: ger"]
    assert [c[:12] for c in found["5a"]] == ["Wie: gemeent", "Geld: p.m."]


def test_the_title_of_an_aligned_action_ends_before_its_status() -> None:
    titles = {a["number"]: a["title"] for a in agreements(ALIGNED)}
    assert titles["4c"] == "Tramlijn Veenstad - Kleidorp, verlenging"


def test_an_action_saying_nothing_new_is_agreed_is_no_agreement() -> None:
    assert "4e" not in _by_number(ALIGNED)
    assert all("geen nieuwe afspraken" not in a["title"].lower() for a in agreements(ALIGNED))


def test_label_lines_with_one_space_keep_the_title_as_commitment() -> None:
    text = AGENDA_HEAD + (
        "Pijler 1  Wonen\n"
        "  Actie 1c  Kleidorp-West, herstructurering De Meent\n"
        "      Wie: gemeente Kleidorp\n"
        "      Wanneer: eind 2033\n"
        "  Actie 1d  Veenstad-Oost, transformatie kantorenpark\n"
        "      Wie: gemeente Veenstad\n"
        "      Wanneer: 2034\n"
    )
    assert [c[:20] for c in _by_number(text)["1c"]] == ["Kleidorp-West, herst"]


def test_a_numbered_pillar_is_no_project() -> None:
    assert names_no_project("Pijler 4 Mobiliteit")
    assert names_no_project("Pijler B: Economie en haven")
    assert not names_no_project("Pijlerbrug Veenstad")
    names = [p["name"] for p in extracted(ALIGNED)["projects"]]
    assert all(not n.startswith("Pijler") for n in names)
