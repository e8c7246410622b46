"""The helpers that keep extraction linear give the answers of the simple versions."""

from __future__ import annotations

import gc
import random
import re

import pytest

from ruimtemonitor.core.extraction import extract_text, genres, ocr_digits, pipeline
from ruimtemonitor.core.extraction.agreement_record import Agreement
from ruimtemonitor.core.extraction.footnotes import find_footnotes
from ruimtemonitor.core.extraction.heading_forms import figure_cells
from ruimtemonitor.core.extraction.patterns import AGREEMENT_FORMULA
from ruimtemonitor.core.extraction.project_names import cut_name, same_project, trailing_party
from ruimtemonitor.core.extraction.project_terms import TREKKER_PARTY
from ruimtemonitor.core.extraction.sentence_items import sentence_items
from ruimtemonitor.core.extraction.splitting import Document
from ruimtemonitor.core.extraction.textutil import (
    iter_lines,
    normalise_space,
    once_per_extraction,
    readings_kept,
)


def test_a_reading_is_kept_only_inside_an_extraction() -> None:
    calls: list[tuple[str, int]] = []

    @once_per_extraction
    def reading(text: str, number: int) -> list[int]:
        calls.append((text, number))
        return [number, len(text)]

    text = "een tekst"
    assert reading(text, 1) == [1, 9]
    assert reading(text, 1) == [1, 9]
    assert len(calls) == 2  # outside: simply called
    with readings_kept():
        first = reading(text, 1)
        first.append(99)  # a caller's list is its own
        assert reading(text, 1) == [1, 9]
        assert reading(text, 2) == [2, 9]
    assert len(calls) == 4
    with readings_kept():  # nothing is kept from the last extraction
        assert reading(text, 1) == [1, 9]
    assert len(calls) == 5


def test_objects_equal_but_not_the_same_are_read_apart() -> None:
    @once_per_extraction
    def reading(items: list[int]) -> list[int]:
        return list(items)

    with readings_kept():
        assert reading([1]) == [1]
        assert reading([2]) == [2]


def _simple_same_project(one: str, other: str) -> bool:
    def key(name: str) -> str:
        return re.sub(r"[\s–—-]+", " ", normalise_space(name).casefold()).strip()

    a, b = key(one), key(other)
    return a == b or (min(len(a), len(b)) >= 8 and (a.startswith(b) or b.startswith(a)))


def test_same_project_answers_as_the_simple_comparison_on_random_names() -> None:
    rng = random.Random(7)
    pieces = ["A12", "Ede", "–", "-", " ", "  ", "Grijsoord", "\t", "—", "ede", "EDE", "X", "é"]
    names = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(300)]
    for one in names[:60]:
        for other in names:
            assert same_project(one, other) == _simple_same_project(one, other)


def test_extraction_twice_in_a_row_gives_one_answer() -> None:
    text = (
        "Geachte voorzitter,\n\nOnderwerp: voortgang\n\n"
        "1. Sluis Noord\nHet project is in planuitwerking.\n\n"
        "2. Knooppunt Zuid\nDe realisatie start in 2027.\n\n"
        "Met vriendelijke groet,\n"
    )
    assert extract_text(text).to_json() == extract_text(text).to_json()


# The scan-error patterns as they were before each opened with a look at its first character.
_SIMPLE_SCAN_PATTERNS = {
    (ocr_digits, "_OCR_ONE"): r"(?<![^\W\d_])[lI](?=\d)|(?<=\d)[lI](?=\d)|(?<=\d)l(?![^\W_])"
    r"|(?<=€ )l(?=[,.]\d)|(?<=€)l(?=[,.]\d)",
    (ocr_digits, "_OCR_ZERO"): r"(?<=\d)O+(?![^\W\d_])|(?<![^\W\d_])O+(?=\d)|(?<=\d)O(?=\d)"
    r"|(?<=\d,)O+(?![^\W\d_])",
    (ocr_digits, "_OCR_LETTER_O"): r"(?<![^\W_])0(?=[a-z]{3,})|(?<=\bB)0(?=L?(?![^\W_]))",
    (ocr_digits, "_OCR_YEAR"): r"(?<![^\W_])(?=[\dOlI]*[OlI])(?:19|20|2O|l9|I9)"
    r"[\dOlI]{2}(?![^\W_])",
    (genres, "_OCR_ZERO"): r"(?<=[^\W\d_]{2})0(?=[^\W\d_])",
    (genres, "_OCR_ONE"): r"(?<=[^\W\d_]{2})1(?=[^\W\d_])|(?<=[^\W\d_]{3})1\b",
    (genres, "_OCR_CAPITAL_I"): r"(?<=[A-Z])l(?=[A-Z])",
}


def test_scan_error_patterns_match_as_the_simple_ones_on_random_text() -> None:
    rng = random.Random(11)
    alphabet = "0123456789OolIiLBRT ,.€-_\né"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(4000)]
    texts += ["2Ol0 l8 3OO € l,2 0verleg B0 MIRT BOL RAADSINF0RMATIEBRIEF Raadsvoorste1 MlRT"]
    for (module, name), simple in _SIMPLE_SCAN_PATTERNS.items():
        fast, slow = getattr(module, name), re.compile(simple)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in slow.finditer(text)
            ], (name, text)
    assert all(ocr_digits.repair_ocr_digits(t) == _simple_repair(t) for t in texts)


def _simple_repair(text: str) -> str:
    def simple(name: str) -> re.Pattern[str]:
        return re.compile(_SIMPLE_SCAN_PATTERNS[(ocr_digits, name)])

    text = simple("_OCR_YEAR").sub(lambda m: m.group().translate(str.maketrans("OlI", "011")), text)
    text = simple("_OCR_LETTER_O").sub("O", text)
    return simple("_OCR_ZERO").sub(
        lambda m: "0" * len(m.group()), simple("_OCR_ONE").sub("1", text)
    )


_SIMPLE_AGREEMENT_FORMULA = re.compile(
    r"\bspreken\b[^.\n]{0,80}?\baf\b|\bkomen\b[^.\n]{0,80}?\bovereen\b|afgesproken\s+wordt|"
    r"\bkomt\b[^.\n]{0,80}?\bovereen\b(?=\s+(?:dat|om)\b|\s*:)|"
    r"wordt\s+(?:(?:verder|daarnaast|tevens|ook)\s+)?afgesproken|"
    r"\bma(?:ken|akt)\b[^.\n]{0,60}?\bde\s+afspraak\b(?=\s+(?:dat|om)\b)|"
    r"^[ \t]*(?:•[ \t]*)?(?:afspraak|afspraken)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


def test_agreement_formula_matches_as_the_simple_one_on_random_text() -> None:
    rng = random.Random(5)
    words = [
        "spreken", "Spreken", "af", "komen", "KOMEN", "overeen", "komt", "dat", "om", ":",
        "afgesproken", "wordt", "ook", "maken", "maakt", "de", "afspraak", "Afspraken",
        "•", "\n", "\t", ".", "met", "regio", "Rijk", "en",
    ]  # fmt: skip
    texts = [
        "".join(rng.choice(words) + rng.choice(["", " ", "  ", "\n"]) for _ in range(12))
        for _ in range(3000)
    ]
    for text in texts:
        assert [m.span() for m in AGREEMENT_FORMULA.finditer(text)] == [
            m.span() for m in _SIMPLE_AGREEMENT_FORMULA.finditer(text)
        ], text
        for position in range(0, len(text), 7):
            fast = AGREEMENT_FORMULA.match(text, position)
            slow = _SIMPLE_AGREEMENT_FORMULA.match(text, position)
            assert (fast and fast.span()) == (slow and slow.span())


# The end-of-row patterns as they were before each was read from the end of the line.
_SIMPLE_FIGURE_CELLS = re.compile(r"(?:[ \t]+(?:\d[\d.]*(?:,\d+)?|[-–—]|p\.m\.)){2,}[ \t]*$")
_SIMPLE_TRAILING_PARTY = re.compile(
    rf"[ \t]+{TREKKER_PARTY}\b[^\n]*?"
    r"[ \t](?:(?:19|20)\d{2}|\d{1,3}(?:\.\d{3})+|p\.m\.|n\.t\.b\.)"
    r"(?:[ \t]+\S+)?[ \t]*$"
)


def _simple_figure_cells(line: str) -> bool:
    match = _SIMPLE_FIGURE_CELLS.search(line)
    return match is not None and any(ch.isdigit() for ch in match.group())


def _row_texts(seed: int, words: list[str]) -> list[str]:
    rng = random.Random(seed)
    gaps = [" ", " ", "  ", "\t", " \t", "", "\n"]
    return [
        "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 9)))
        for _ in range(5000)
    ]


def test_figure_cells_read_from_the_end_answer_as_the_simple_pattern() -> None:
    words = ["Kade", "A9", "15,0", "6", "-", "–", "p.m.", "3.5", "x", "1,", ",5", "pm", ""]
    for line in _row_texts(3, words):
        assert figure_cells(line) == _simple_figure_cells(line), repr(line)


def test_the_trekker_cell_found_apart_from_the_figure_is_where_the_simple_pattern_cut() -> None:
    words = [
        "Fietspad", "Oost", "gemeente", "gemeenten", "provincie", "regio", "Rijk", "RWS", "IenW",
        "IenWx", "Rijkswaterstaat", "2032", "1999", "2100", "450.000", "45.00", "p.m.", "n.t.b.",
        "eind", "x", "",
    ]  # fmt: skip
    for name in _row_texts(9, words):
        simple = _SIMPLE_TRAILING_PARTY.search(name)
        assert trailing_party(name) == (simple and simple.start()), repr(name)


def test_end_of_row_checks_on_a_long_line_read_only_its_end() -> None:
    """A line of tens of thousands of words (a table flattened into one line) is answered
    from its last words; the simple patterns took seconds to minutes on it."""
    line = "gemeente Rijk 12 " * 4000 + "Oost"
    assert not figure_cells(line)
    assert trailing_party(line.replace("Oost", "regio 2032 12")) == len("gemeente")
    assert "2032" not in cut_name("Fietspad " + line.replace("Oost", "regio 2032 12"))[0]


def test_the_collector_is_running_again_after_an_extraction_and_after_a_failure() -> None:
    assert gc.isenabled()
    extract_text(
        "Afsprakenlijst BO MIRT Oost\n\n1. A12 Ede - Wageningen\nRijk en regio spreken af."
    )
    assert gc.isenabled()
    with pytest.raises(RuntimeError), pipeline._collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a step failed")
    assert gc.isenabled()
    gc.disable()  # a caller that paused it itself keeps it paused
    try:
        extract_text("Kamerbrief over de A12.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def _numbered(number: str, document: str, start: int, end: int) -> Agreement:
    return Agreement(
        identifier=f"{document}.a{number}",
        number=number,
        title="Titel",
        types=(),
        departments=(),
        chapter=number.split(".")[0],
        chapter_title="",
        document=document,
        section=None,
        commitments=(),
        remark="",
        start=start,
        end=end,
    )


def _document(index: int, start: int, end: int) -> Document:
    return Document(index, "afsprakenlijst", "", None, "", "", start, end)


def test_sentence_items_count_only_the_numbers_of_their_own_document() -> None:
    # Gathered in one pass over the agreements (not once per document): a neighbour number
    # of another letter in the bundle still opens no sentence item.
    first = (
        "3.1 Kademuur langs de Veerstraat\n• De kade wordt hersteld.\n\n"
        "3.2 Provincie en gemeente stellen voor 1 mei 2031 een plan voor de kade op.\n\n"
    )
    second = "7.4 Titel van een ander punt\n\n3.2 Rijk en waterschap stellen in 2032 een plan op.\n"
    text = first + "\f" + second
    documents = (_document(0, 0, len(first)), _document(1, len(first) + 1, len(text)))
    found = sentence_items(
        text,
        documents,
        [_numbered("3.1", "doc1", 0, 60), _numbered("7.4", "doc2", len(first) + 1, len(text))],
    )
    numbers = [(a.document, a.number) for a in found]
    assert numbers == [("doc1", "3.1"), ("doc2", "7.4"), ("doc1", "3.2")]


def test_a_number_under_a_later_rule_is_read_there_not_in_the_heading_above() -> None:
    # The last ruled line of each number is looked up once, not searched per line.
    text = (
        "Inleiding over het herstel van de Zuiderkade.\n"
        "6 Toezeggingen\n"
        "De gedeputeerde zegt toe de staten te informeren6 over de voortgang.\n"
        "__________\n"
        "6 Kamerstuk 40 118, nr. 3\n"
        "Verdere tekst over het beheer van de kade.\n"
        "__________\n"
        "6 Kamerstuk 40 118, nr. 3\n"
        "2 Planning\n"
    )
    lines = list(iter_lines(text))
    hits = find_footnotes(text, lines, set(), set())
    assert [(h.number, h.line_indexes) for h in hits] == [(6, (7,))]
