"""Pointers to agreements under a heading that names an area (invented letters)."""

from __future__ import annotations

from ruimtemonitor.core.area_references import NamedArea, area_references, pointed_numbers


def _named(text: str, *names: str) -> list[NamedArea]:
    """Every place ``text`` writes one of ``names``, keyed by the name."""
    found = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            found.append(NamedArea(at, at + len(name), name))
            at = text.find(name, at + 1)
    return found


def _links(text: str, *names: str, headers: tuple[int, ...] = ()) -> set[tuple[str, str]]:
    return {
        (ref.number, ref.area)
        for ref in area_references(text, _named(text, *names), headers=headers)
    }


ANNEX = """Rijk en provincie spreken af dat zij de voortgang jaarlijks bespreken.
Bijlage: samenhang met de gebiedsagenda's

Gebiedsagenda Zilverdal

− Droogte en zoetwater in de beekdalen: zie Afspraak 2.4. Water: beekherstel
− Ruimte voor bedrijven langs de vaart (afspraak 5.1)
− Warmte en netcapaciteit voor nieuwe wijken: zie

Afspraak 3.1 Energie: warmtenetten & Afspraak 3.2 Energie: opslag

Kustboog-Oost

− Dijkversterking en natuur: zie afspraken 2.2 en 2.3
"""


def test_pointers_under_a_heading_naming_an_area_tie_agreements_to_it() -> None:
    links = _links(ANNEX, "Zilverdal", "Kustboog-Oost")
    assert {number for number, area in links if area == "Zilverdal"} == {
        "2.4",
        "5.1",
        "3.1",
        "3.2",
    }
    assert {number for number, area in links if area == "Kustboog-Oost"} == {"2.2", "2.3"}


def test_a_heading_naming_no_known_area_ends_the_reach_of_the_one_before() -> None:
    text = ANNEX.replace("Kustboog-Oost", "Verstedelijkingsstrategie Heuvelrand")
    links = _links(text, "Zilverdal")
    assert ("2.2", "Zilverdal") not in links and ("2.4", "Zilverdal") in links


def test_the_reference_keeps_its_heading_and_the_line_to_quote() -> None:
    refs = area_references(ANNEX, _named(ANNEX, "Zilverdal"))
    first = refs[0]
    assert first.heading == "Gebiedsagenda Zilverdal"
    assert ANNEX[first.block_start : first.block_end].startswith("− Droogte en zoetwater")
    assert ANNEX[first.start : first.end] == "Afspraak 2.4"
    wrapped = next(ref for ref in refs if ref.number == "3.2")
    assert "netcapaciteit" in ANNEX[wrapped.block_start : wrapped.block_end]


def test_a_heading_naming_two_areas_ties_its_pointers_to_both() -> None:
    text = "Raakvlakken Zilverdal en Kustboog-Oost\n\n- Bodemdaling: zie Afspraak 4.2\n"
    assert _links(text, "Zilverdal", "Kustboog-Oost") == {
        ("4.2", "Zilverdal"),
        ("4.2", "Kustboog-Oost"),
    }


def test_an_agreement_of_the_letter_is_no_pointer_and_ends_the_annex() -> None:
    text = (
        "Regionale opgaven Zilverdal\n\n"
        "Afspraak 6.1 Wonen: versnellen van de bouw\n"
        "Beleidsafspraak\n"
        "Rijk en provincie werken dit uit, in samenhang met afspraak 2.1.\n"
    )
    header = text.index("Afspraak 6.1")
    assert _links(text, "Zilverdal", headers=(header,)) == set()


def test_a_sentence_naming_an_area_is_no_heading() -> None:
    text = (
        "In Zilverdal werken gemeenten en waterschap samen aan de beekdalen. Dat vraagt\n"
        "ruimte, zie afspraak 2.4 over het beekherstel.\n"
    )
    assert _links(text, "Zilverdal") == set()


def test_a_running_header_naming_an_area_is_no_heading() -> None:
    page = "\fArrangement Zilverdal 2030\n\n- Lange lijnen: zie Afspraak 1.{n}\n\n"
    text = "".join(page.format(n=n) for n in range(1, 5))
    assert _links(text, "Zilverdal") == set()


def test_a_numbered_heading_takes_over_from_the_one_before() -> None:
    text = (
        "1. Regio Heidebeek\n\n"
        "- Beekherstel: zie Afspraak 2.4\n\n"
        "2. Regio Lindenhoek\n\n"
        "- Bedrijventerreinen: zie Afspraak 5.1\n\n"
        "B. Raakvlakken met Kustboog-Oost\n\n"
        "- Dijken: zie Afspraak 6.2\n"
    )
    assert _links(text, "Heidebeek", "Lindenhoek", "Kustboog-Oost") == {
        ("2.4", "Heidebeek"),
        ("5.1", "Lindenhoek"),
        ("6.2", "Kustboog-Oost"),
    }


def test_a_heading_used_again_as_a_chapter_title_is_no_page_furniture() -> None:
    """A heading whose shape recurs away from any page break is still a heading: one naming
    an area heads its pointers, one naming none ends the reach of the heading before it."""
    text = (
        "Regio Lindenhoek\n\nDe regio werkt aan wonen.\n\n"
        "Verstedelijking overig\n\nHier volgt meer.\n\n"
        "Verstedelijking overig\n\nOok dit volgt.\n\n"
        "Bijlage\n\n"
        "Regio Heidebeek\n\n"
        "- Beekherstel: zie Afspraak 2.4\n\n"
        "Regio Lindenhoek\n\n"
        "- Bedrijventerreinen: zie Afspraak 5.1\n\n"
        "Regio Lindenhoek\n\n"
        "- Wonen: zie Afspraak 5.2\n\n"
        "Verstedelijking overig\n\n"
        "- Mobiliteit: zie Afspraak 7.1\n"
    )
    assert _links(text, "Heidebeek", "Lindenhoek") == {
        ("2.4", "Heidebeek"),
        ("5.1", "Lindenhoek"),
        ("5.2", "Lindenhoek"),
    }


def test_page_furniture_neither_heads_nor_ends_an_annex() -> None:
    """Page numbers and running headers (their figures differ per page) are left out: the
    annex goes on over the page break and its pointers stay under its heading."""
    text = (
        "Gebiedsagenda Zilverdal\n\n"
        "- Beekherstel: zie Afspraak 2.4\n\n"
        "Arrangement Kustboog-Oost | Pagina 5 van 9\n\n"
        "- Natuur en landbouw: zie\n"
        "Pagina 6\n"
        "Afspraak 2.5\n\n"
        "Arrangement Kustboog-Oost | Pagina 6 van 9\n"
    )
    assert _links(text, "Zilverdal", "Kustboog-Oost") == {
        ("2.4", "Zilverdal"),
        ("2.5", "Zilverdal"),
    }


def test_a_place_and_date_line_is_no_heading() -> None:
    text = "Zilverdal, 12 maart 2025\n\n- Water: zie Afspraak 1.1\n"
    assert _links(text, "Zilverdal") == set()


def test_repeated_pointer_lines_are_no_page_furniture() -> None:
    text = "Gebiedsagenda Zilverdal\n\n" + "".join(
        f"- Opgave: zie Afspraak 3.{n}\n" for n in range(1, 5)
    )
    assert _links(text, "Zilverdal") == {(f"3.{n}", "Zilverdal") for n in range(1, 5)}


def test_pointers_name_every_number_and_drop_a_trailing_full_stop() -> None:
    found = pointed_numbers("zie Afspraak 4.4. Vervoer, afspraken 3.1, 3.2 en 3.4 (afspraak 7.1)")
    assert [number for number, _start, _end in found] == ["4.4", "3.1", "3.2", "3.4", "7.1"]
    assert pointed_numbers("zie paragraaf 2.3 en hoofdstuk 4") == []
