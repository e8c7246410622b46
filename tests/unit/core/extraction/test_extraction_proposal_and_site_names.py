"""Shapes of the thirty-fourth batch, on invented texts: a council proposal named after the
municipality and a dash, or by "stelt de raad voor te besluiten"; its ordinal decision point
that assents to the construction of a new work; a housing site named by what it was; and a
signatory in a table, who is no project."""

import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.project_filters import names_no_project

pytestmark = pytest.mark.unit

PROPOSAL = """GEMEENTE VEENDAM-NOORD - VOORSTEL AAN DE RAAD
[Datum collegebesluit]   14 maart 2027
[Onderwerp]              Krediet {work}

Het college stelt de raad voor te besluiten:
1e  in te stemmen met de aanleg van de {work}, bestaande uit:
    A. de brug over het kanaal;
    B. de aansluitende paden naar het centrum;
2e  een krediet beschikbaar te stellen van € 2.310.000;
3e  de begrotingswijziging 2027-4 vast te stellen.

Aanleiding
De oude brug is in slechte staat en wordt in de winter vaak gesloten voor herstel.

Burgemeester en wethouders van Veendam-Noord,
de secretaris,                       de burgemeester,
"""


def test_a_proposal_named_after_a_dash_is_a_raadsvoorstel() -> None:
    text = PROPOSAL.format(work="fietsbrug Kanaalzijde")
    assert classify(text, {}) == "raadsvoorstel"
    heading_only = "Gemeente Oosterwijk – Voorstel aan de gemeenteraad\n\nDe brug is oud.\n"
    assert classify(heading_only, {}) == "raadsvoorstel"
    asked = "Gemeente Oosterwijk\n\nHet college stelt de raad voor te besluiten:\n1. iets.\n"
    assert classify(asked, {}) == "raadsvoorstel"


def test_a_proposal_mentioned_in_an_information_letter_does_not_make_one() -> None:
    text = (
        "Raadsinformatiebrief\n\nGeachte leden van de raad,\n\nIn de volgende vergadering "
        "volgt een voorstel aan de raad over de brug; dat besluit neemt u later.\n"
    )
    assert classify(text, {}) == "raadsinformatiebrief"


def test_an_ordinal_decision_point_names_the_work_built_new() -> None:
    names = [
        p["name"]
        for p in extract_text(PROPOSAL.format(work="fietsbrug Kanaalzijde")).to_json()["projects"]
    ]
    assert [n.casefold() for n in names] == ["fietsbrug kanaalzijde"]


def test_a_redesign_keeps_its_noun() -> None:
    text = PROPOSAL.replace("de aanleg van de {work}", "de herinrichting van het {work}")
    names = [
        p["name"]
        for p in extract_text(text.format(work="stationsplein Veendam-Noord")).to_json()["projects"]
    ]
    assert [n.casefold() for n in names] == ["herinrichting van het stationsplein veendam-noord"]


ARRANGEMENT = """Ruimtelijk Arrangement Oosterwijk - Veenhoven

1 BEREIKBAARHEID

1.a N999 Dijkweg, aansluiting Oosterwijk
De verkenning loopt sinds maart 2025.

2 WONEN

2.a Woningbouw {site}
Partijen komen overeen dat:
  ‣ het Rijk EUR 12 mln bijdraagt in de bodemsanering;
  ‣ de gemeente het masterplan vóór medio 2027 vaststelt.

Aldus getekend te Oosterwijk, 2 maart 2026.

| Namens                    | Naam                     | Handtekening |
|---------------------------|--------------------------|--------------|
| Minister van IenW         | mw. drs. K.L. Bosman     | ............ |
| B&W Oosterwijk            | P.Q. van der Veen        | ............ |
| GS Voorbeeld              | R.S. Hoekstra            | ............ |
"""


def _names(site: str) -> list[str]:
    return [p["name"] for p in extract_text(ARRANGEMENT.format(site=site)).to_json()["projects"]]


@pytest.mark.parametrize(
    "site",
    [
        "Brakel, voormalig fort (900 woningen)",
        "Veenhoven, voormalige suikerfabriek",
    ],
)
def test_a_housing_site_named_by_what_it_was_is_a_project(site: str) -> None:
    names = _names(site)
    assert any(name.startswith(f"Woningbouw {site.split(' (')[0]}") for name in names)


def test_a_housing_heading_with_a_clause_stays_no_project() -> None:
    names = _names("is voor later, zoals de gemeente al eerder aangaf")
    assert not any(name.startswith("Woningbouw") for name in names)


def test_signatories_in_a_table_are_no_projects() -> None:
    names = _names("Brakel, voormalig fort (900 woningen)")
    assert not any("Veen" in name and "." in name for name in names)
    assert not any("Hoekstra" in name or "Bosman" in name for name in names)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("R.S. Hoekstra", True),
        ("P.Q. van der Veen", True),
        ("K. de Wit-Jansen", True),
        ("N.V. Zeehaven Oosterwijk, tweede kade", False),
        ("A12 Veenstad - Kleidorp", False),
    ],
)
def test_initials_and_a_surname_alone_name_a_person(name: str, person: bool) -> None:
    assert names_no_project(name) is person
