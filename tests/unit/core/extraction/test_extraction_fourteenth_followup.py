"""Fourteenth blind batch, second pass: what it still missed, on invented wording."""

from tests.unit.core.extraction.readouts import agreements, amounts, times

PAGE_HEAD = (
    "MIRT Projectenoverzicht 2031                Regio West\n\n"
    "N999 Voorbeeldweg\nStand per 1 maart 2031\n\n"
)


def test_a_year_cell_with_a_remark_in_brackets_is_read_also_when_scanned() -> None:
    for written in ("2011 (januari, gerealiseerd)", "20l1 (januari, gerealiseerd)"):
        page = (
            PAGE_HEAD + "Mijlpalen\n"
            "Start bouw ......................... januari 2028\n"
            f"Openstelling oost .................. {written}\n"
            "Oplevering ......................... eind 2033\n"
        )
        deadlines, events = times(page)
        assert "2011" in events
        assert "eind 2033" in deadlines


def test_a_cell_of_this_year_remarked_as_done_is_an_event() -> None:
    page = (
        PAGE_HEAD + "Mijlpalen\n"
        "Openstelling oost .................. 2031 (januari, gerealiseerd)\n"
        "Openstelling west .................. 2031\n"
    )
    deadlines, events = times(page)
    assert events.count("2031") == 1
    assert deadlines.count("2031") == 1


def test_a_planning_line_of_this_year_whose_body_has_ruled_is_an_event() -> None:
    page = (
        PAGE_HEAD + "Stand van zaken\n"
        "Het College van Beroep heeft het bezwaar op 2 februari 2031 ongegrond verklaard.\n\n"
        "Planning (stand 1 maart 2031)\n"
        "2030 Ontwerpbesluit\n"
        "2031 Oordeel College van Beroep\n"
        "2031 Start uitvoering\n"
        "2034 Openstelling\n"
    )
    deadlines, events = times(page)
    assert "2031" in events
    assert "2031" in deadlines  # the start of the works is still to come
    assert "2034" in deadlines


def test_a_bare_year_in_the_when_column_of_coded_rows_is_a_deadline() -> None:
    text = (
        "Uitvoeringsagenda Voorbeeldvallei 2031-2036\nDatum: 12 mei 2031\n\n"
        "Acties\n"
        "Nr Actie Trekker Gereed Middelen\n"
        "K-1 Fietsbrug over de Voorbeeldvaart gemeente Noordstad 2032 1.250.000\n"
        "K-2 Herinrichting stationsplein gemeente Zuidrand eind 2033 p.m.\n"
        "K-3 Onderzoek naar een pontveer provincie Voorbeeld 2034-2035 n.t.b.\n\n"
        "In 2031 werken 12 partners samen aan deze agenda.\n"
    )
    deadlines, _events = times(text)
    assert "2032" in deadlines
    assert "eind 2033" in deadlines
    assert "2034-2035" in deadlines
    assert "2031" not in deadlines


def test_a_dash_between_figures_is_an_empty_cell_when_the_last_cell_totals_the_row() -> None:
    text = (
        "Raadsvoorstel\nDatum: 4 april 2031\n\n"
        "Financiën (bedragen x € 1.000)\n"
        "Onderdeel 2031 2032 2033 Totaal\n"
        "Fietsbrug Oostkade 300 1.100 - 1.400\n"
        "Plein Westzijde 500 - 600 1.100\n"
    )
    found = amounts(text)
    assert ("1.100", [1_100_000]) in found
    assert ("1.400", [1_400_000]) in found
    assert ("500", [500_000]) in found
    assert ("600", [600_000]) in found
    ranged = amounts(
        "Raadsvoorstel\nDatum: 4 april 2031\n\nFinanciën (bedragen x € 1.000)\n"
        "Onderdeel Raming Bandbreedte\nFietsbrug Oostkade 300 1.100 - 1.500\n"
    )
    assert ("1.100 - 1.500", [1_100_000, 1_500_000]) in ranged  # no total: a range


def test_an_article_in_brackets_over_a_formula_sentence_keeps_its_number() -> None:
    text = (
        "Ruimtelijk Arrangement Voorbeeldpolder 2031\nOndertekend op 3 juni 2031\n\n"
        "(1) Vaarweg Oostkanaal\n"
        "    i.   het Rijk verdiept de vaarweg in 2032;\n"
        "    ii.  de provincie legt de kaden aan.\n\n"
        "(2) Woningbouw Noordrand\n"
        "    i.   de gemeente bouwt 900 woningen;\n"
        "    ii.  de provincie draagt € 2 mln. bij.\n\n"
        "(3) Voortgang en evaluatie\n"
        "    Afgesproken wordt dat Rijk en regio de voortgang elk jaar bespreken en de\n"
        "    afspraken in 2034 evalueren.\n"
    )
    found = {a["number"]: a for a in agreements(text)}
    assert found["3"]["title"].startswith("Voortgang en evaluatie")
    assert None not in found


def test_since_a_month_a_timetable_year_and_the_day_of_a_past_committee() -> None:
    head = "RAADSINFORMATIEBRIEF\nDatum : 24 november 2031\nOnderwerp : Voortgang\n\n"
    deadlines, events = times(
        head + "De verkenning voor de busbaan loopt sinds maart. Wij hebben in de commissie "
        "Bouwen van 6 oktober toegezegd u na elk overleg te informeren.\n"
        "De pont vaart vanaf de dienstregeling 2033 elk kwartier.\n"
    )
    assert events == ["sinds maart", "6 oktober"]
    assert deadlines == ["vanaf de dienstregeling 2033"]
    # a meeting still to come in the letter's year stays a deadline
    deadlines, _events = times(head + "In de commissie Bouwen van 8 december bespreken wij dit.\n")
    assert deadlines == ["8 december"]


def test_a_footnote_digit_glued_to_a_total_that_the_rows_add_up_to_is_a_marker() -> None:
    text = (
        PAGE_HEAD + "Financiën (x € 1 mln)\n"
        "Bijdrage Rijk 120,5\n"
        "Bijdrage provincie 30,0\n"
        "Bijdrage gemeente 9,5\n"
        "Totaal 160,01\n\n"
        "Toelichting: de raming is geactualiseerd.\n\n"
        "_____________\n"
        "1 Exclusief de kosten van het stationsplein.\n"
    )
    values = [v for _written, v in amounts(text)]
    assert [160_000_000] in values
    assert [160_010_000] not in values
    # without the footnote body, the digit stays part of the figure
    kept = [v for _w, v in amounts(text.split("_____________")[0])]
    assert [160_010_000] in kept
