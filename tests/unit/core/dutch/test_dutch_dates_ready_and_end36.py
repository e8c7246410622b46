"""A year after "gereed" in a property line (`trekker X — gereed 2033 — budget …`) is a by-when
time; "voor het einde van het jaar" keeps its relation and article (texts made up here)."""

import datetime as dt

import pytest

from ruimtemonitor.core.dutch.dates import find_deadlines

pytestmark = pytest.mark.unit

LETTER = dt.date(2031, 10, 1)


def _read(text: str) -> list[tuple[str, str]]:
    return [
        (" ".join(m.deadline.as_written.split()), m.relation) for m in find_deadlines(text, LETTER)
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("       trekker gemeente — gereed 2033 — budget € 2 mln\n", "gereed 2033"),
        ("  trekker waterschap · gereed eind 2032 · middelen p.m.\n", "gereed eind 2032"),
    ],
)
def test_a_time_after_gereed_is_by_then(text: str, written: str) -> None:
    assert (written, "by") in _read(text)


@pytest.mark.parametrize(
    ("text", "written", "relation"),
    [
        (
            "De minister zegt toe de Kamer voor het einde van\nhet jaar te informeren.",
            "voor het einde van het jaar",
            "before",
        ),
        ("Het rapport verschijnt vóór het einde van 2032.", "vóór het einde van 2032", "before"),
        ("De weg gaat in het begin van 2033 open.", "in het begin van 2033", "in"),
    ],
)
def test_a_position_in_a_year_with_its_article(text: str, written: str, relation: str) -> None:
    assert (written, relation) in _read(text)


def test_gereed_ending_a_planning_row_is_no_relation_of_the_next_row() -> None:
    text = "Planning\nvoorjaar 2032      ontwerp gereed\n2033               besluit (verwacht)\n"
    assert not [w for w, _ in _read(text) if w.startswith("gereed")]
