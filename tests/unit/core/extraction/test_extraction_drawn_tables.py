"""Tables drawn with characters ("+----+" borders, "|" or "│" between cells) with cells
wrapped over several lines, on invented letters (other places, numbers and years)."""

from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.extraction.drawn_tables import (
    drawn_row_cells,
    is_border_line,
    join_wrapped,
    undrawn,
)
from ruimtemonitor.core.extraction.textutil import sentence_spans

_GRID_LIST = """BO MIRT Noordoost - besluitenlijst
Datum overleg: 3 maart 2031

+----+---------------------------------+------------------------------+--------+
| nr | onderwerp                       | besluit / afspraak           | wie    |
+----+---------------------------------+------------------------------+--------+
| 00 | Verslag BO MIRT 8 oktober 2030  | Wordt vastgesteld.           | -      |
+----+---------------------------------+------------------------------+--------+
| 01 | N381 Veenhorst - knooppunt      | Rijk en regio spreken af de  | IenW   |
|    | Zandwijk                        | planuitwerking te starten.   |        |
+----+---------------------------------+------------------------------+--------+
| 02 | Fietsbrug Kleidorp Oost         | Provincie zegt toe 4 mio     | Prov.  |
|    |                                 | euro bij te dragen.          |        |
+----+---------------------------------+------------------------------+--------+
| 03 | Station Veenhorst, perron 3     | Is op 2 januari in gebruik   | -      |
|    |                                 | genomen. Geen afspraken.     |        |
+----+---------------------------------+------------------------------+--------+
"""

_BOX_TABLE = """Ruimtelijk arrangement Kustzone
vastgesteld op 9 mei 2032

│ Nr │ Opgave                     │ Afspraak                 │ Gereed   │
│ K1 │ Herinrichting Havenfront   │ Gemeente bouwt 250       │ 2034     │
│    │ (Noordkade)                │ woningen                 │          │
│ K2 │ Spoorlijn Duinstad - Zeedorp│ Rijk en provincie        │ —        │
│    │                            │ financieren niet; geen   │          │
│    │                            │ afspraken                │          │
│ K3 │ Vaarweg Zeedorp - Havenstad│ Partijen komen overeen de│ 2035     │
│    │                            │ sluis te vernieuwen      │          │
"""

_GRID_SUBJECTS = """Bestuurlijk Overleg MIRT Oost                  4-4-2030
Afsprakenlijst

+----+------------------------+------------------------------------+---------+
| Nr | Onderwerp              | Afspraak                           | Gereed  |
+----+------------------------+------------------------------------+---------+
| 01 | Verslag                | Het verslag wordt vastgesteld.     | -       |
+----+------------------------+------------------------------------+---------+
| 02 | Busbaan Weststad,      | De aanleg is sinds maart 2029 in   | -       |
|    | Hoofdroute             | uitvoering. Geen nieuwe afspraken. |         |
+----+------------------------+------------------------------------+---------+
| 03 | Bedrijventerrein       | Partijen komen overeen dat de      | Q3 2031 |
|    | Weststad Molenveld-    | gemeente het terrein ontsluit.     |         |
|    | Zuid                   |                                    |         |
+----+------------------------+------------------------------------+---------+
"""


def _agreements(text: str) -> dict[str | None, tuple[str, list[str]]]:
    return {
        a["number"]: (a["title"], [c["text"] for c in a["commitments"]])
        for a in extracted(text)["agreements"]
    }


def _projects(text: str) -> dict[str, str | None]:
    return {p["name"]: p["phase"] for p in extracted(text)["projects"]}


def test_border_lines_and_box_bars_are_read_as_a_grid() -> None:
    assert is_border_line("+----+--------+------+")
    assert is_border_line("├────┼────────┤")
    assert not is_border_line("----------------")  # a bare rule of running text
    assert not is_border_line("| 01 | Kade | - |")
    assert undrawn("│ K1 │ Kade │") == "| K1 | Kade |"


def test_a_drawn_row_merges_its_wrapped_cells_cell_by_cell() -> None:
    text = "| 7 | Brug   | Is in gebruik |\n|   | Noord  | genomen.      |\n| 8 | Kade | Geen. |\n"
    assert drawn_row_cells(text, 0, len(text)) == ["7", "Brug Noord", "Is in gebruik genomen."]
    assert drawn_row_cells("Geen tabel hier.", 0, 16) is None


def test_a_quarter_abbreviated_does_not_end_a_sentence() -> None:
    text = "Het besluit volgt in het 3e kw. 2032. De regio betaalt mee."
    assert len(sentence_spans(text)) == 2


def test_a_grid_with_borders_between_rows_gives_one_agreement_per_row() -> None:
    found = _agreements(_GRID_LIST)
    assert found["01"][0].startswith("N381 Veenhorst - knooppunt")
    assert found["01"][1] == ["Rijk en regio spreken af de planuitwerking te starten."]
    assert found["02"][1] == ["Provincie zegt toe 4 mio euro bij te dragen."]
    assert "00" not in found  # the minutes adopted: nothing agreed
    assert "03" not in found  # news only: "Geen afspraken."


def test_a_grid_row_reads_its_phase_from_the_wrapped_cell() -> None:
    projects = _projects(_GRID_LIST)
    assert projects["Station Veenhorst, perron 3"] == "opgeleverd"


def test_a_box_table_without_borders_gives_its_rows() -> None:
    found = _agreements(_BOX_TABLE)
    assert found["K1"][1] == ["Gemeente bouwt 250 woningen"]
    assert found["K3"][1] == ["Partijen komen overeen de sluis te vernieuwen"]
    assert "K2" not in found
    names = list(_projects(_BOX_TABLE))
    assert not any("│" in name or "|" in name for name in names)


def test_a_grid_subject_table_judges_a_wrapped_name_and_reads_its_phase() -> None:
    projects = _projects(_GRID_SUBJECTS)
    assert projects["Busbaan Weststad,"] == "realisatie"
    assert "Bedrijventerrein" in projects  # named by its wrapped lines


def test_a_word_split_at_a_cells_line_end_is_joined_whole() -> None:
    assert join_wrapped("het besluit over de start-", "beslissing volgt") == (
        "het besluit over de startbeslissing volgt"
    )
    assert join_wrapped("Bedrijventerrein Molenveld-", "Zuid") == "Bedrijventerrein Molenveld-Zuid"
    assert join_wrapped("Rijk spreekt af de", "aanleg") == "Rijk spreekt af de aanleg"
    assert join_wrapped("", "Noordkade") == "Noordkade"


def test_a_grid_row_joins_a_name_split_over_its_lines() -> None:
    found = _agreements(_GRID_SUBJECTS)
    assert found["03"][0] == "Bedrijventerrein Weststad Molenveld-Zuid"
