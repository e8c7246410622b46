"""Kamerstuk citations to kst identifiers; motions and commitments with their members."""

from __future__ import annotations

import pytest

from ruimtemonitor.core.dutch import find_kamerstukken, find_motions, parse_kamerstuk

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "kst_id"),
    [
        ("Kamerstuk 36 600-A, nr. 30", "kst-36600-A-30"),
        ("Kamerstukken 29 385, nr. 120", "kst-29385-120"),
        ("Tweede Kamer, vergaderjaar 2024-2025, 36592, nr. 17", "kst-36592-17"),
        ("Tweede Kamer, vergaderjaar 2023-2024, 36410-XII, nr. 5", "kst-36410-XII-5"),
        ("Kamerstuk 36 410 A, nr. 12", "kst-36410-A-12"),
        ("Kamerstuk 36 600 XII, nr. 7", "kst-36600-XII-7"),
        ("Tweede Kamer, vergaderjaar 2024-2025, 36600 XXII, nr. 9", "kst-36600-XXII-9"),
        ("Kamerstuk 35 925-XII, nr. 101", "kst-35925-XII-101"),
        ("Kamerstukken II 2024/25, 21 501-33, nr. 1000", "kst-21501-33-1000"),
        ("36600 nr. A-70", "kst-36600-A-70"),
        ("34682 nr. 230", "kst-34682-230"),
        ("kst-36600-A-63", "kst-36600-A-63"),
    ],
)
def test_parse_kamerstuk(written: str, kst_id: str) -> None:
    assert parse_kamerstuk(written) == kst_id
    [match] = find_kamerstukken(f"Zie {written}.")
    assert (match.as_written, match.kst_id, match.start) == (written, kst_id, 4)


@pytest.mark.parametrize("written", ["Kamerstuk 2024Z12345", "nr. 30", "Pagina 4 van 16", "36 600"])
def test_no_kamerstuk(written: str) -> None:
    assert parse_kamerstuk(written) is None
    assert find_kamerstukken(written) == []


def test_footnote_block_with_several_citations() -> None:
    text = (
        "12 Kamerstuk 36 600-A, nr. 41\n"
        "13 Bijlage 2024D11111 bij Kamerstuk 36 410 A, nr. 8\n"
        "14 Tweede Kamer, vergaderjaar 2022-2023, 36200-XII, nr. 12\n"
    )
    found = find_kamerstukken(text)
    assert [m.kst_id for m in found] == ["kst-36600-A-41", "kst-36410-A-8", "kst-36200-XII-12"]
    assert all(text[m.start : m.end] == m.as_written for m in found)


@pytest.mark.parametrize(
    ("text", "written", "kind", "member", "footnote"),
    [
        (
            "Zo is de motie van het lid Jansen4 uitgevoerd.",
            "motie van het lid Jansen",
            "motie",
            "Jansen",
            "4",
        ),
        (
            "De motie-Van der Berg verzoekt dit.",
            "motie-Van der Berg",
            "motie",
            "Van der Berg",
            None,
        ),
        ("Conform de motie Bakker wordt gemeld.", "motie Bakker", "motie", "Bakker", None),
        (
            "De motie van de leden Smit en De Vries vraagt dat.",
            "motie van de leden Smit en De Vries",
            "motie",
            "Smit en De Vries",
            None,
        ),
        (
            "Zoals de motie van de leden Visser c.s.12 vraagt.",
            "motie van de leden Visser c.s.",
            "motie",
            "Visser c.s.",
            "12",
        ),
        (
            "De motie van het lid Anna de Boer over water.",
            "motie van het lid Anna de Boer",
            "motie",
            "Anna de Boer",
            None,
        ),
        (
            "De motie van Mulder c.s. over wegen.",
            "motie van Mulder c.s.",
            "motie",
            "Mulder c.s.",
            None,
        ),
        (
            "Hiermee is de toezegging aan rapporteur Meijer afgedaan.",
            "toezegging aan rapporteur Meijer",
            "toezegging",
            "Meijer",
            None,
        ),
        (
            "De toezegging over dit punt aan het lid Bos is nagekomen.",
            "toezegging over dit punt aan het lid Bos",
            "toezegging",
            "Bos",
            None,
        ),
        (
            "Aan het lid Van Dijk is in het debat toegezegd dat.",
            "Aan het lid Van Dijk is in het debat toegezegd",
            "toezegging",
            "Van Dijk",
            None,
        ),
        (
            "zoals toegezegd aan de leden Kok en Peters.",
            "toegezegd aan de leden Kok en Peters",
            "toezegging",
            "Kok en Peters",
            None,
        ),
        (
            "Daarmee is de toezegging aan de Kamer nagekomen.",
            "toezegging aan de Kamer",
            "toezegging",
            None,
            None,
        ),
        ("De Kamer heeft per motie verzocht te starten.", "per motie", "motie", None, None),
    ],
)
def test_motions_and_commitments(
    text: str, written: str, kind: str, member: str | None, footnote: str | None
) -> None:
    [match] = find_motions(text)
    assert (match.as_written, match.kind, match.member, match.footnote) == (
        written,
        kind,
        member,
        footnote,
    )
    assert match.start == text.index(written)
    assert text[match.start : match.end] == match.as_written


def test_member_names_over_a_line_break_are_folded() -> None:
    [match] = find_motions("de motie van het lid \n\nDe Graaf vraagt")
    assert match.member == "De Graaf"
    assert match.as_written == "motie van het lid \n\nDe Graaf"


@pytest.mark.parametrize(
    "text",
    [
        "Moties en toezeggingen in het kader van het MIRT",
        "de motie structuurbeleid",
        "de motie is afgedaan",
    ],
)
def test_no_motion(text: str) -> None:
    assert find_motions(text) == []


def test_a_kamerstuk_written_as_its_identifier_with_hyphens() -> None:
    assert [m.kst_id for m in find_kamerstukken("zie Kamerstuk 35570-A-10 en 29 385-140")] == [
        "kst-35570-A-10"
    ]
    assert parse_kamerstuk("Kamerstuk 35 570-A-10, blz. 3") == "kst-35570-A-10"
