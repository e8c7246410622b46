"""An action's bracketed line of cells apart by middle dots ("[provincie · 2027 · € 2 mln]"):
a cell that is a year is the time the action is due (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, kamerbrief_head

pytestmark = pytest.mark.unit

_times = UnderHead(kamerbrief_head("5 december 2030")).times


def test_a_year_cell_of_a_bracketed_action_line_is_a_deadline() -> None:
    deadlines, events = _times(
        "Thema II Bereikbaarheid\n\n"
        "Actie 2a  Fietsroute Ede - Wageningen\n"
        "  De provincie legt de route aan.\n"
        "  [provincie Utrecht · 2032 · € 3,1 mln]\n\n"
        "Actie 2b  Busbaan Veenendaal\n"
        "  [gemeente Veenendaal · 2031-2033 · p.m.]\n\n"
        "Actie 2c  Onderzoek knooppunt\n"
        "  [RWS · 2029 · € 0,4 mln]\n"
    )
    assert deadlines == ["2032", "2031-2033"]
    assert events == ["2029"]


def test_a_bracketed_line_of_words_only_gives_no_time() -> None:
    deadlines, _events = _times(
        "Actie 3a  Natuurverbinding\n  [provincie Gelderland · doorlopend · p.m.]\n"
    )
    assert deadlines == []
