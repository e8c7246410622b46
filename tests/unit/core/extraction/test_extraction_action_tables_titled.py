"""Action tables whose cells hold a title over a sentence, arrow label lines under an action,
social programmes, and a place with the kind of work after a comma."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

from ruimtemonitor.core.extraction.project_filters import names_no_project
from ruimtemonitor.core.extraction.project_names import cut_name, named_object

pytestmark = pytest.mark.unit

_AGENDA_HEAD = (
    "Uitvoeringsagenda Voorbeeldgouw\nRijk · provincie Voorbeeldgouw · gemeente Veenstad\n\n"
    "Versie 1.3 – 4 maart 2033\n\n1   Bereikbaarheid\nDe regio groeit.\n\n"
)


def _action_table(numbers: tuple[str, str]) -> str:
    one, two = numbers
    bar = " | "
    header = bar.join(["Nr ", "Actie                              ", "Trekker  ", "Gereed   "])
    return (
        _AGENDA_HEAD
        + header
        + "\n"
        + bar.join(
            [f"{one:<3}", "Kleidorp, Havenkwartier (800 woningen)", "Kleidorp ", "Q2 2035  "]
        )
        + "\n"
        + bar.join(["   ", "De gemeente start de tweede fase.    ", "         ", "         "])
        + "\n"
        + bar.join([f"{two:<3}", "N999 Veenstad - Kleidorp            ", "IenW     ", "eind 2034"])
        + "\n"
        + bar.join(["   ", "IenW rondt de verkenning af en legt ", "         ", "         "])
        + "\n"
        + bar.join(["   ", "het voorkeursalternatief voor.      ", "         ", "         "])
        + "\n\n2   Monitoring\nDe provincie rapporteert jaarlijks.\n"
    )


@pytest.mark.parametrize("numbers", [("K1", "K2"), ("7", "8"), ("B.3", "B.4")])
def test_an_action_cell_with_a_title_over_a_sentence_commits_the_sentence(
    numbers: tuple[str, str],
) -> None:
    found = {a["number"]: a for a in agreements(_action_table(numbers))}
    first, second = (found[n] for n in numbers)
    assert first["title"].startswith("Kleidorp, Havenkwartier (800 woningen)")
    assert commitment_texts(first) == ["De gemeente start de tweede fase."]
    assert commitment_texts(second)[0].startswith("IenW rondt de verkenning af en legt")
    assert not commitment_texts(second)[0].startswith("N999")


def test_the_titles_of_such_an_action_table_name_its_projects() -> None:
    result = extracted(_action_table(("K1", "K2")))
    projects = {p["name"]: p.get("phase") for p in result["projects"]}
    assert "Kleidorp, Havenkwartier (800 woningen)" in projects
    assert projects.get("N999 Veenstad - Kleidorp") == "verkenning"


def test_an_action_cell_that_wraps_one_sentence_keeps_it_whole() -> None:
    """The first line ends on a word that goes on: the cell is one sentence, no title."""
    text = (
        _AGENDA_HEAD
        + "Nr  | Actie                            | Trekker   | Gereed\n"
        + "W1  | Rijk en regio stellen samen met  | provincie | 2034\n"
        + "    | Waterschap Veenland een plan op. |           |\n"
        + "W2  | Programma Oeverzones Veenstad    | gemeente  | 2035\n"
        + "\n2   Monitoring\nDe provincie rapporteert jaarlijks.\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert commitment_texts(found["W1"])[0].startswith("Rijk en regio stellen samen met")
    assert not any(p["name"].startswith("Rijk en regio") for p in extracted(text)["projects"])


def test_an_action_table_without_sentences_under_its_titles_names_no_projects() -> None:
    text = (
        _AGENDA_HEAD
        + "Nr  | Actie                              | Trekker   | Gereed\n"
        + "F1  | Snelfietsroute Veenstad - Kleidorp | provincie | 2034\n"
        + "F2  | Fietsbrug over de Veenbeek         | gemeente  | 2035\n"
        + "\n2   Monitoring\nDe provincie rapporteert jaarlijks.\n"
    )
    assert extracted(text)["projects"] == []


@pytest.mark.parametrize("arrow", ["→", "•", ">"])
def test_actions_with_an_arrow_label_line_commit_their_sentence(arrow: str) -> None:
    text = (
        "UITVOERINGSAGENDA VOORBEELDGOUW\nRijk en provincie Voorbeeldgouw\n\n"
        "Veenstad, 3 oktober 2032\n\nI.   Wonen\n"
        "Actie 1  Programma Gezondheid Veenstad-Oost\n"
        "VWS zet het programma voort in de wijken rond het centrum.\n"
        f"  {arrow} Trekker: VWS; Planning: doorlopend; Budget: p.m.\n\n"
        "II.  Energie\nActie 2  Warmtenet Kleidorp\n"
        "KGG en de gemeente versnellen de aanleg van het net.\n"
        f"  {arrow} Trekker: KGG; Planning: eind 2034; Budget: n.t.b.\n\n"
        "Actie 3  Veerpont Veenstad - Kleidorp\n"
        "De verkenning loopt. De provincie rondt deze af.\n"
        f"  {arrow} Trekker: provincie; Planning: Q3 2034; Budget: € 3 mln\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert found["1"]["title"] == "Programma Gezondheid Veenstad-Oost"
    assert commitment_texts(found["1"]) == [
        "VWS zet het programma voort in de wijken rond het centrum."
    ]
    assert found["2"]["title"] == "Warmtenet Kleidorp"
    assert commitment_texts(found["2"]) == ["KGG en de gemeente versnellen de aanleg van het net."]
    assert commitment_texts(found["3"]) == ["De provincie rondt deze af."]


@pytest.mark.parametrize(
    ("name", "social"),
    [
        ("Programma Leefbaarheid Veenstad-Noord", True),
        ("Programma Gezondheid Kleidorp", True),
        ("Programma Onderwijs en Werk Veenland", True),
        ("Programma Hoogfrequent Spoor", False),
        ("Programma Oeverzones Veenstad", False),
    ],
)
def test_a_programme_for_the_people_of_an_area_is_no_project(name: str, social: bool) -> None:
    assert names_no_project(name) is social


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Veenplassen, vaarweg en recreatie", "Veenplassen, vaarweg en recreatie"),
        ("Kleidorp Noord, fietsbrug over de Aa", "Kleidorp Noord, fietsbrug over de Aa"),
        ("Veenhaven, kade en loswal", "Veenhaven, kade en loswal"),
    ],
)
def test_a_place_with_the_kind_of_work_after_a_comma_names_a_project(head: str, name: str) -> None:
    assert cut_name(head)[0] == name
    assert named_object(name)


@pytest.mark.parametrize(
    "head",
    ["Veenplassen, recreatie en natuur", "Geachte leden, hierbij informeren wij u", "Overig"],
)
def test_a_place_with_a_theme_after_a_comma_names_none(head: str) -> None:
    assert not named_object(head)


def test_a_council_letter_reports_a_place_and_its_work_under_a_plain_heading() -> None:
    text = (
        "Gemeente Veenstad      RAADSINFORMATIEBRIEF\n"
        "                       Datum      : 12-03-2031\n"
        "                       Onderwerp  : Uitkomsten BO MIRT Oost\n\n"
        "Geachte raadsleden,\n\nIn het BO MIRT Oost zijn afspraken gemaakt.\n\n"
        "Veenplassen, vaarweg en recreatie\n"
        "  o  Het Rijk betaalt 0,4 miljoen euro voor een studie naar de Veenroute.\n\n"
        "Met vriendelijke groet,\nburgemeester en wethouders van Veenstad\n"
    )
    names = [p["name"] for p in extracted(text)["projects"]]
    assert "Veenplassen, vaarweg en recreatie" in names


def test_arrow_label_lines_straight_under_the_title_stay_the_action_text() -> None:
    """ "Actie 2a  Titel" over "→ Wat: …", "→ Wie: …": the labelled lines are the action."""
    text = (
        "UITVOERINGSAGENDA VOORBEELDGOUW\nRijk en provincie Voorbeeldgouw\n\n"
        "Veenstad, 3 oktober 2032\n\nThema 1  Bereikbaarheid\n"
        "Actie 1a  Aansluiting N999 Veenstad-Oost\n"
        "   → Wat: de provincie werkt een variant uit voor de aansluiting\n"
        "   → Wie: provincie (trekker), gemeente Veenstad\n"
        "   → Wanneer: eind 2034\n"
        "   → Budget: € 2 mln\n\n"
        "Actie 1b  Fietsbrug Kleidorp\n"
        "   → Wat: de gemeente Kleidorp legt een brug over de Aa aan\n"
        "   → Wie: gemeente Kleidorp (trekker)\n"
        "   → Wanneer: 2035\n"
        "   → Budget: 450.000 euro\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert found["1a"]["title"] == "Aansluiting N999 Veenstad-Oost"
    assert commitment_texts(found["1a"])[0].startswith("de provincie werkt een variant uit")
    assert found["1b"]["title"] == "Fietsbrug Kleidorp"
    assert commitment_texts(found["1b"])[0].startswith("de gemeente Kleidorp legt een brug")
