"""Parties and areas: names, aliases, case rules, longest match, municipalities, regions."""

from __future__ import annotations

import pytest

from ruimtemonitor.core.dutch import find_areas, find_parties

pytestmark = pytest.mark.unit


def parties(text: str) -> list[tuple[str, str, str]]:
    found = find_parties(text)
    assert all(text[m.start : m.end] == m.as_written for m in found)
    return [(m.as_written, m.slug, m.kind) for m in found]


def areas(text: str) -> list[tuple[str, str, str]]:
    found = find_areas(text)
    assert all(text[m.start : m.end] == m.as_written for m in found)
    return [(m.as_written, m.slug, m.kind) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EZ en KGG werken samen.", [("EZ", "ez", "ministerie"), ("KGG", "kgg", "ministerie")]),
        ("Het Rijk en de provincie.", [("Het Rijk", "rijk", "rijk")]),
        ("Rijk en regio spreken af.", [("Rijk", "rijk", "rijk")]),
        (
            "I&W, IenM en LNV tekenen.",
            [
                ("I&W", "ienw", "ministerie"),
                ("IenM", "ienw", "ministerie"),
                ("LNV", "lvvn", "ministerie"),
            ],
        ),
        (
            "Rijkswaterstaat (RWS) en ProRail",
            [
                ("Rijkswaterstaat", "rws", "uitvoeringsorganisatie"),
                ("RWS", "rws", "uitvoeringsorganisatie"),
                ("ProRail", "prorail", "uitvoeringsorganisatie"),
            ],
        ),
        (
            "De minister van Klimaat en Groene \nGroei schrijft.",
            [("Klimaat en Groene \nGroei", "kgg", "ministerie")],
        ),
        (
            "De provincie Gelderland tekent.",
            [("provincie Gelderland", "provincie-gelderland", "provincie")],
        ),
        (
            "Met Fryslân en Friesland.",
            [
                ("Fryslân", "provincie-fryslan", "provincie"),
                ("Friesland", "provincie-fryslan", "provincie"),
            ],
        ),
        ("De gemeente Zeist doet mee.", [("Zeist", "gemeente-zeist", "gemeente")]),
        # every municipality is in the reference data; the span is its name
        ("De gemeente Ede doet mee.", [("Ede", "gemeente-ede", "gemeente")]),
        # a bare place name is an area, not a party: the council is "gemeente Ede"
        ("De A12 Ede–Grijsoord en knooppunt Hoevelaken.", []),
        (
            "Regio Foodvalley schrijft de raden.",
            [("Regio Foodvalley", "regio-foodvalley", "regio")],
        ),
        (
            "Waterschap Vallei en Veluwe tekent.",
            [("Waterschap Vallei en Veluwe", "waterschap-vallei-en-veluwe", "waterschap")],
        ),
    ],
)
def test_parties(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert parties(text) == expected


@pytest.mark.parametrize(
    "text",
    ["deze plannen", "Ze gaan mee.", "een rijk verleden", "Zuid-Hollandse steden", "Regio Noord"],
)
def test_abbreviations_are_case_sensitive_and_whole_words(text: str) -> None:
    assert parties(text) == []


def test_municipality_lists_give_one_match_per_name() -> None:
    text = "met de gemeenten Olst-Wijhe, Den Haag en 's-Hertogenbosch."
    assert parties(text) == [
        ("Olst-Wijhe", "gemeente-olst-wijhe", "gemeente"),
        ("Den Haag", "gemeente-s-gravenhage", "gemeente"),  # CBS: 's-Gravenhage
        ("'s-Hertogenbosch", "gemeente-s-hertogenbosch", "gemeente"),
    ]
    assert [m.slug for m in find_parties("de gemeenten Hengelo/Enschede en Súdwest-Fryslân")] == [
        "gemeente-hengelo",
        "gemeente-enschede",
        "gemeente-sudwest-fryslan",
    ]


def test_longest_name_wins() -> None:
    assert parties("Provincie Noord-Brabant") == [
        ("Provincie Noord-Brabant", "provincie-noord-brabant", "provincie")
    ]
    assert areas("Regio Groningen-Assen") == [
        ("Regio Groningen-Assen", "novex-regio-groningen-assen", "novex")
    ]
    assert areas("Stedelijk Brabant") == [("Stedelijk Brabant", "novex-stedelijk-brabant", "novex")]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("NOVEX-gebied Arnhem-Nijmegen-\nFoodvalley", "novex-arnhem-nijmegen-foodvalley"),
        ("het gebied Arnhem Nijmegen Foodvalley", "novex-arnhem-nijmegen-foodvalley"),
        ("de ANF-regio", None),
        ("in ANF", "novex-arnhem-nijmegen-foodvalley"),
        ("de Peel", "novex-de-peel"),
        ("Groningen/Masterplan \nzeehavens", "novex-groningen-masterplan-zeehavens"),
        ("landsdeel Oost Nederland", "landsdeel-oost"),
        ("2.3. Regio Oost", "mirt-oost"),
        ("provincie Zeeland", "provincie-zeeland"),
        ("mra", None),
    ],
)
def test_areas(text: str, slug: str | None) -> None:
    found = areas(text)
    assert [s for _, s, _ in found] == ([slug] if slug else [])


def test_the_regex_is_built_once() -> None:
    from ruimtemonitor.core.dutch import gazetteer

    assert gazetteer._parties() is gazetteer._parties()
    assert gazetteer._areas().pattern is gazetteer._areas().pattern


def test_a_name_inside_a_web_address_is_no_area() -> None:
    text = "Meer op www.foodvalley.nl en Foodvalley.nl; de woningbouw in Foodvalley groeit."
    assert [m.as_written for m in find_areas(text)] == ["Foodvalley"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole words, case-sensitive: no "ede" in "mede", no "Ede" in "EDE" or "Ede-Wageningen"
        (
            "Ede, Wageningen en Veenendaal",
            ["gemeente-ede", "gemeente-wageningen", "gemeente-veenendaal"],
        ),
        ("mede door ede en EDE", []),
        ("knooppunt Hoevelaken", ["gemeente-nijkerk"]),  # a village of Nijkerk
        (
            "Hof van Twente, Land van Cuijk en Peel en Maas",
            ["gemeente-hof-van-twente", "gemeente-land-van-cuijk", "gemeente-peel-en-maas"],
        ),
        ("Den Haag en 's-Hertogenbosch", ["gemeente-s-gravenhage", "gemeente-s-hertogenbosch"]),
        # common words only after "gemeente"
        ("Best is de sluis bij Goes; Sluis en Putten, Buren en Beek", []),
        ("de gemeenten Best, Goes en Sluis", ["gemeente-best", "gemeente-goes", "gemeente-sluis"]),
        ("Bergen en Bergen op Zoom", ["gemeente-bergen-op-zoom"]),  # two Bergens: not alone
        # a province, NOVEX or housing area keeps its name; "gemeente Utrecht" adds the council
        ("Utrecht, Groningen", ["provincie-utrecht", "provincie-groningen"]),
        ("de gemeente Utrecht", ["gemeente-utrecht", "provincie-utrecht"]),
        (
            "Zwolle Spoorzone en Regio Zwolle, Utrechtse Heuvelrug",
            ["woningbouw-zwolle-spoorzone", "novex-regio-zwolle", "gemeente-utrechtse-heuvelrug"],
        ),
        (
            "de gemeenten Alkmaar en Hengelo/Enschede",
            [
                "gemeente-alkmaar",
                "woningbouw-alkmaar",
                "gemeente-hengelo",
                "woningbouw-hengelo-enschede",
                "gemeente-enschede",
            ],
        ),
        # "gemeente X, Regio Y": the region is found on its own
        ("de gemeente Ede, Regio Foodvalley", ["gemeente-ede", "regio-foodvalley"]),
    ],
)
def test_municipalities_as_areas(text: str, expected: list[str]) -> None:
    assert [slug for _, slug, _ in areas(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stadsregio Rotterdam en het Havenbedrijf Amsterdam",
        "de Metropoolregio Rotterdam Den Haag",
        "Postbus 20901 2500 EX  Den Haag",
        "Den Haag, 3 december 2018",
        "Aldus overeengekomen te Assen op 4 juni 2025.",
    ],
)
def test_a_name_in_an_organisation_address_or_date_line_is_no_place(text: str) -> None:
    assert [slug for _, slug, _ in areas(text) if slug.startswith("gemeente-")] == []


def test_the_place_itself_is_still_found_beside_such_a_name() -> None:
    text = "De Stadsregio Rotterdam en de gemeente Rotterdam; in Rotterdam, en te Assen."
    assert [slug for _, slug, _ in areas(text)] == ["gemeente-rotterdam"] * 2 + ["gemeente-assen"]
