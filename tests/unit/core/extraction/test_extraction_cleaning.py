import random
import re
import textwrap

import pytest

from ruimtemonitor.core.extraction.cleaning import clean
from ruimtemonitor.core.extraction.sources import source_from_text

pytestmark = pytest.mark.unit

PAGE_1 = """Ministerie van Voorbeeld
Kenmerk
VB/2025/1
Pagina 1 van 3

Het Rijk werkt samen met de provincie aan de uitvoering van het program-
ma voor zoetwater en de verbetering van de bereikbaarheid van de Gent-Terneuzen1 zone in de
regio. De kosten zijn geraamd op € 12,5 mln.
- Eerste punt van de lijst
- Tweede punt met een tweede
niveau:
   − een subpunt op niveau twee

1 Kamerstuk 36 600-A, nr. 12
"""
PAGE_2 = """Ministerie van Voorbeeld
Kenmerk
VB/2025/1
Pagina 2 van 3

Het Mobiliteitsfonds (MF).2 Een nieuwe alinea over het programma en de zoetwaterbuffers die
nodig zijn.

2 Kamerstuk 29 385, nr. 140
"""
PAGE_3 = """Ministerie van Voorbeeld
Kenmerk
VB/2025/1
Pagina 3 van 3

Slot van de brief.
"""


@pytest.fixture
def cleaned():
    return clean(source_from_text("\f".join([PAGE_1, PAGE_2, PAGE_3])))


def test_page_numbers_and_repeated_side_column_are_removed(cleaned) -> None:
    assert "Pagina" not in cleaned.text
    assert "Ministerie van Voorbeeld" not in cleaned.text
    assert "VB/2025/1" not in cleaned.text
    kinds = {block.kind for block in cleaned.removed}
    assert {"page_number", "letterhead"} <= kinds or {"page_number", "running_header"} <= kinds


def test_hyphenated_word_is_joined_and_wraps_become_one_line(cleaned) -> None:
    assert "programma voor zoetwater" in cleaned.text
    assert "de Gent-Terneuzen zone in de regio. De kosten" in cleaned.text


def test_a_known_word_split_at_a_line_end_loses_its_hyphen_even_when_used_once() -> None:
    text = (
        "De regio draagt 5 mil-\njoen bij aan het ontwerp en ziet graag dat het ontwerp-\n"
        "tracébesluit snel volgt.\n"
    )
    joined = clean(source_from_text(text)).text
    assert "5 miljoen bij" in joined
    assert "ontwerp-tracébesluit" in joined  # "ontwerptracébesluit" is no word of the letter


def test_footnote_bodies_separated_and_markers_stripped(cleaned) -> None:
    assert [(f.number, f.text) for f in cleaned.footnotes] == [
        (1, "Kamerstuk 36 600-A, nr. 12"),
        (2, "Kamerstuk 29 385, nr. 140"),
    ]
    assert "Kamerstuk" not in cleaned.text
    assert "Gent-Terneuzen1" not in cleaned.text and "(MF). Een" in cleaned.text
    source = cleaned.source.text
    for footnote, marker in zip(cleaned.footnotes, cleaned.markers, strict=True):
        assert source[marker.span[0] : marker.span[1]] == str(footnote.number)
        assert source[footnote.span[0] : footnote.span[1]].startswith(str(footnote.number))


def test_bullets_normalised_with_levels(cleaned) -> None:
    lines = cleaned.text.splitlines()
    assert "• Eerste punt van de lijst" in lines
    assert "• Tweede punt met een tweede niveau:" in lines
    assert "  • een subpunt op niveau twee" in lines


def test_offset_map_round_trips_words_at_random_spans(cleaned) -> None:
    rng = random.Random(7)
    text, original = cleaned.text, cleaned.source.text
    for match in rng.sample(list(re.finditer(r"\w+", text)), 40):
        start, end = cleaned.to_original(match.start(), match.end())
        # a word joined across a line break maps to "program-\nma": the hyphen break is the only gap
        assert re.sub(r"-[ \t]*\n[ \t]*", "", original[start:end]) == match.group()


def test_every_clean_span_maps_inside_the_original(cleaned) -> None:
    rng = random.Random(11)
    for _ in range(200):
        a = rng.randrange(len(cleaned.text))
        b = rng.randrange(a, len(cleaned.text) + 1)
        start, end = cleaned.to_original(a, b)
        assert 0 <= start <= end <= len(cleaned.source.text)


def test_page_and_line_point_at_the_original_line(cleaned) -> None:
    offset = cleaned.text.index("Slot van de brief")
    start, _ = cleaned.to_original(offset, offset + 4)
    page, line = cleaned.page_and_line(start)
    assert page == 3
    assert PAGE_3.splitlines()[line - 1].startswith("Slot")


@pytest.mark.corpus
def test_corpus_offsets_round_trip(corpus_text: str) -> None:
    cleaned = clean(source_from_text(corpus_text))
    rng = random.Random(3)
    tokens = list(re.finditer(r"[A-Za-z]{4,}", cleaned.text))
    for match in rng.sample(tokens, 300):
        start, end = cleaned.to_original(match.start(), match.end())
        assert re.sub(r"-[ \t]*\n[ \t]*", "", corpus_text[start:end]) == match.group()
    assert len(cleaned.footnotes) == 39


def test_a_letter_starting_on_a_new_page_is_not_joined_to_the_list_above() -> None:
    """A bundle's forwarding letter ends with its attachments; the next page is a letter (a
    PDF without blank lines, so only the page break tells them apart)."""
    from ruimtemonitor.core.extraction.splitting import split_documents

    body = "De raad neemt kennis van de brief over de uitkomsten van het overleg en de afspraken. "
    proposal = (
        "Raadsvoorstel BO Leefomgeving\nGevraagde beslissing:\n"
        + textwrap.fill(body * 8, 104)
        + "\nBijlagen\n• Bijlage 1. Kamerbrief Uitkomsten Bestuurlijke Overleggen Leefomgeving"
        " dd 12 juni 2025\n"
        "• Bijlage 2. Ruimtelijk Arrangement Rijk - Provincie Utrecht dd 2 juni 2025\nPagina 1"
    )
    letter = (
        "Aan de raden van de deelnemende gemeenten Regio Utrecht-West\nons kenmerk:\n25/RV/0617\n"
        "onderwerp:\nuitkomsten bestuurlijk overleg\n"
        + textwrap.fill(
            "Hierbij informeren wij u over de gemaakte afspraken in het overleg. " * 8, 104
        )
    )
    cleaned = clean(source_from_text(proposal + "\f" + letter))
    assert "2025 Aan de raden" not in cleaned.text
    documents = split_documents(cleaned)
    assert len(documents) == 2
    assert cleaned.text[documents[1].start :].startswith("Aan de raden")


def test_a_letter_printed_from_a_longer_one_may_start_its_footnotes_at_any_number() -> None:
    text = (
        "De motie van het lid Grinwis5 voer ik uit in de arrangementen van Oost en Zuid.\n"
        "\n"
        "_______________\n"
        "5 Kamerstuk 36 600 XXII, nr. 47\n"
    )
    cleaned = clean(source_from_text(text))
    assert [(f.number, f.text) for f in cleaned.footnotes] == [(5, "Kamerstuk 36 600 XXII, nr. 47")]
    assert "Grinwis voer" in cleaned.text


def test_the_colophon_of_a_printed_kamerstuk_and_the_footnote_rule_are_furniture() -> None:
    text = (
        "De afsprakenlijsten zijn als bijlage bijgevoegd1.\n\n"
        "Programma U Ned\n"
        "_______________\n"
        "1 Raadpleegbaar via www.tweedekamer.nl.\n\n"
        "kst-35925-A-12\n"
        "ISSN 0921 - 7371\n"
        "'s-Gravenhage 2021\n"
        "Tweede Kamer, vergaderjaar 2021–2022, 35 925 A, nr. 12                1\n\f"
        "Het programma U Ned is in de verkenningsfase en de eerste maatregelen volgen.\n"
    )
    cleaned = clean(source_from_text(text))
    assert [f.number for f in cleaned.footnotes] == [1]
    for furniture in ("____", "ISSN", "kst-35925", "Gravenhage 2021", "vergaderjaar"):
        assert furniture not in cleaned.text
    assert "Programma U Ned\n" in cleaned.text


def test_a_footnote_marker_glued_to_the_year_of_a_date_is_cut_off() -> None:
    text = (
        "Zoals toegezegd tijdens het Algemeen Overleg MIRT van 1 juli 20101 stuur ik u de lijst.\n"
        "Antwoorden naar Postbus 20901 in Den Haag.\n"
        "\n"
        "_______________\n"
        "1 Kamerstukken II 2009/10, 32 123 A, nr. 90\n"
    )
    cleaned = clean(source_from_text(text))
    assert [f.number for f in cleaned.footnotes] == [1]
    assert "van 1 juli 2010 stuur" in cleaned.text
    assert "Postbus 20901" in cleaned.text


def test_numbered_headings_are_no_footnotes_when_the_notes_stand_under_the_rule() -> None:
    text = (
        "Kenmerk RWS-2021/4410\n"
        "Bijlage(n) 2\n"
        "\n"
        "Geachte voorzitter,\n"
        "\n"
        "1 Inleiding\n"
        "Sinds het voorjaar zijn negen projecten vertraagd door personeelstekorten3. Het\n"
        "tekort bedraagt circa € 2 miljard.\n"
        "\n"
        "2 Landelijk\n"
        "2.1 Bijsturing\n"
        "Voor twee projecten geef ik de stand van zaken.\n"
        "\n"
        "3 Toezeggingen\n"
        "Toezegging                              Stand\n"
        "Brief over de Merwedelijn (CD MIRT 4-7-2021)   Loopt; uiterlijk mei 2022\n"
        "\n"
        "De Minister van Infrastructuur en Waterstaat,\n"
        "_______________\n"
        "3 Kamerstuk 35 570 A, nr. 61.\n"
    )
    cleaned = clean(source_from_text(text))
    assert [(f.number, f.text) for f in cleaned.footnotes] == [(3, "Kamerstuk 35 570 A, nr. 61.")]
    assert "2 Landelijk\n2.1 Bijsturing" in cleaned.text
    assert "3 Toezeggingen\nToezegging" in cleaned.text
