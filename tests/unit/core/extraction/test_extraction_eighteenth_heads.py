"""Heads and stamps of letters: party letterheads, print stamps, meetings listed by day first.

Invented wording, each rule tried in two or three layouts.
"""

import datetime as dt

import pytest
from tests.unit.core.extraction.readouts import extracted

from ruimtemonitor.core.dutch import find_meetings
from ruimtemonitor.core.extraction.genres import classify

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "parties",
    [
        "Provincie Veenland\nGemeente Kleidorp  -  Gemeente Zandstad\n"
        "Ministerie van Volkshuisvesting en Ruimtelijke Ordening\n"
        "Ministerie van Infrastructuur en Waterstaat\n",
        "Ministerie van Infrastructuur en Waterstaat\nRijkswaterstaat\nProvincie Veenland\n"
        "Waterschap Kleistromen\nGemeente Kleidorp\n",
    ],
)
def test_a_title_under_a_letterhead_of_parties_names_the_genre(parties: str) -> None:
    text = (
        parties + "\nRuimtelijk arrangement Veenland-Oost\nTweede herziening\n\n"
        "1. Doel\nDit arrangement legt vast wat Rijk en regio doen.\n"
    )
    assert classify(text, {}) == "ruimtelijk_arrangement"


def test_a_party_line_alone_does_not_make_a_genre() -> None:
    text = "Provincie Veenland\nGemeente Kleidorp\n\nNotitie over de fietsroute\n\nTekst.\n"
    assert classify(text, {}) == "other"


@pytest.mark.parametrize(
    "stamp",
    [
        "Laatst bijgewerkt: 12 mei 2034                 Printdatum: 03-06-2034",
        "Bijgewerkt: 12 mei 2034      Print datum 3 juni 2034",
        "Stand 12 mei 2034      Geprint op: 3 juni 2034",
    ],
)
def test_the_print_stamp_of_a_page_is_no_deadline(stamp: str) -> None:
    text = (
        "MIRT Overzicht › Projecten › Oost › Wegen\n\nN99 Kleidorp - Zandstad\n"
        f"{stamp}\n\nFase     Planuitwerking\nMIRT-regio   Oost\n\n"
        "Het tracébesluit wordt uiterlijk in 2036 genomen.\n"
    )
    written = [d["as_written"] for d in extracted(text)["deadlines"]]
    assert not any("06-2034" in w or "juni 2034" in w for w in written)
    assert any("2036" in w for w in written)


LETTER = dt.date(2035, 6, 16)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ik informeer u over de bestuurlijke overleggen MIRT van dit voorjaar:\n"
            "op 21 april (Noordwest, in Kleidorp) en op 28 april (Zuidwest, in Zandstad).",
            [("Noordwest", 21), ("Zuidwest", 28)],
        ),
        (
            "De BO's MIRT van dit voorjaar: dinsdag 7 april (Noord), 9 april (Oost, Zandstad) "
            "en 14 april (Zuid).",
            [("Noord", 7), ("Oost", 9), ("Zuid", 14)],
        ),
    ],
)
def test_meetings_listed_day_first_with_the_landsdeel_in_brackets(
    sentence: str, expected: list[tuple[str, int]]
) -> None:
    found = sorted(
        (m.landsdeel, m.date.day) for m in find_meetings(sentence, year=2035, before=LETTER)
    )
    assert found == sorted(expected)
    assert all(m.kind == "bo_mirt" for m in find_meetings(sentence, year=2035, before=LETTER))


def test_a_list_of_steps_with_dates_is_no_list_of_meetings() -> None:
    sentence = (
        "In de overleggen MIRT zijn twee stappen afgesproken: op 3 april (schouw) en op "
        "4 april (besluit)."
    )
    assert find_meetings(sentence, year=2035, before=LETTER) == []


def _times(body: str) -> tuple[list[str], list[str]]:
    result = extracted(
        "De Voorzitter van de Tweede Kamer\n\nDatum 20 juni 2036\nBetreft Voortgang\n\n" + body
    )
    return (
        [d["as_written"] for d in result["deadlines"]],
        [e["as_written"] for e in result["events"]],
    )


@pytest.mark.parametrize(
    ("body", "event"),
    [
        (
            "Het ontwerpbesluit voor de rondweg heeft van\njanuari tot en met maart ter inzage "
            "gelegen. De planuitwerking loopt; ik verwacht het besluit in het najaar te nemen.\n",
            "januari tot en met maart",
        ),
        (
            "De inspraak over de sluis liep van februari tot april.\n",
            "februari tot april",
        ),
    ],
)
def test_a_period_opened_by_a_bare_month_is_one_time(body: str, event: str) -> None:
    deadlines, events = _times(body)
    assert event in events
    assert not any(d.startswith("tot") for d in deadlines)


def test_a_period_opened_by_a_bare_month_ahead_stays_a_deadline() -> None:
    deadlines, _ = _times("De zienswijzen worden van oktober tot en met december verwerkt.\n")
    assert deadlines == ["oktober tot en met december"]


@pytest.mark.parametrize(
    "keeping",
    [
        "Met paragraaf 2.1 doe ik die toezegging gestand.",
        "Met hoofdstuk 3 kom ik die toezegging na.",
        "Met de bijlage doe ik dat.",
    ],
)
def test_a_promise_kept_by_a_part_of_the_letter_leaves_no_deadline(keeping: str) -> None:
    deadlines, _ = _times(
        "In het commissiedebat van 3 maart 2036 heb ik toegezegd u voor de zomer te\n"
        f"informeren over de geluidschermen. {keeping}\n"
    )
    assert "voor de zomer" not in deadlines


MINUTES = (
    "Bestuurlijk Overleg MIRT Voorbeeldregio\nAfsprakenlijst\n\nDatum:    woensdag 8 april 2037\n\n"
)


@pytest.mark.parametrize(
    "about",
    [
        "over de uitvoering van deze motie",
        "over de stand van die motie",
    ],
)
def test_a_promise_to_report_on_the_motion_just_named_is_a_new_toezegging(about: str) -> None:
    result = extracted(
        MINUTES + "5  Moties en toezeggingen\n"
        "De regio wijst op de motie-Veenstra en De Klei (Kamerstuk 40 100 A, nr. 12) over de "
        "nachttreinen. De minister zegt toe de Kamer\nbij de MIRT-brief van het najaar "
        f"te informeren {about}.\n"
    )
    kinds = sorted(item["kind"] for item in result["parliamentary_items"])
    assert kinds == ["motie", "toezegging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik doe hiermee de\ntoezegging gestand die ik heb gedaan in het algemeen overleg MIRT "
        "van\n30 juni 2036.",
        "Wij doen daarmee de toezegging gestand die wij in het notaoverleg van 30 juni 2036 deden.",
    ],
)
def test_a_promise_the_letter_says_it_keeps_is_a_toezegging(sentence: str) -> None:
    result = extracted(
        "De Voorzitter van de Tweede Kamer\n\nDatum 20 september 2036\nBetreft Uitkomsten BO\n\n"
        "Geachte voorzitter,\n\nOp 4 september jl. heb ik in Kleidorp het Bestuurlijk Overleg "
        "MIRT gevoerd met de provincie. Met deze brief informeer ik u over de uitkomsten. "
        f"{sentence}\n"
    )
    assert [item["kind"] for item in result["parliamentary_items"]] == ["toezegging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 2 november (Kleidorp) en 9 november (Zandstad) jl. zijn de Bestuurlijke\n"
        "Overleggen MIRT Noordwest-Nederland en Zuidwest-Nederland gehouden.",
        "Op 2 november en op 9 november jl. vonden de BO's MIRT Noordwest en Zuidwest plaats.",
    ],
)
def test_days_and_the_landsdelen_named_after_them_pair_in_order(sentence: str) -> None:
    found = sorted(
        (m.landsdeel, m.date.day) for m in find_meetings(sentence, year=2035, before=LETTER)
    )
    assert found == [("Noordwest", 2), ("Zuidwest", 9)]


@pytest.mark.parametrize(
    "wrapped",
    ["Zandstad", "Zandstad (fase 2)"],
)
def test_a_first_cell_wrapped_under_its_row_keeps_the_last_amount(wrapped: str) -> None:
    result = extracted(
        "De Voorzitter van de Tweede Kamer\n\nDatum 20 juni 2036\nBetreft Voortgang\n\n"
        "Tabel 1  Projecten (bedragen x € 1 mln)\n"
        "Project                         Fase              Budget     Raming\n"
        "N99 Kleidorp –                  planuitwerking    535        612\n"
        f"{wrapped}\n"
        "Knooppunt Veenweg               verkenning        121        139\n"
    )
    assert [a["as_written"] for a in result["amounts"]] == ["535", "612", "121", "139"]


def test_the_period_a_progress_report_covers_is_its_own_stamp() -> None:
    deadlines, events = _times(
        "Verslagperiode: 1 januari 2036 – 30 juni 2036\n\nDe sluis is in maart 2036 geopend.\n"
    )
    assert not any("januari" in w for w in [*deadlines, *events])
    assert "in maart 2036" in events


@pytest.mark.parametrize(
    "sentence",
    [
        "Over een eventuele verkenning beslist het BO MIRT in het najaar van 2037.",
        "Het BOL in het voorjaar 2037 neemt het besluit over de rondweg.",
    ],
)
def test_a_meeting_named_with_its_season_and_year_ahead_is_a_deadline(sentence: str) -> None:
    deadlines, _ = _times(f"De verkenning naar de rondweg Kleidorp is afgerond. {sentence}\n")
    assert any("2037" in d for d in deadlines)


KAMERBRIEF = (
    "De Voorzitter van de Tweede Kamer\n\nDatum 2 juni 2036\nBetreft Uitvoering moties\n\n"
    "Geachte voorzitter,\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Over de uitkomsten van de studie informeer ik uw Kamer voor de zomer van 2037.",
        "Ik zal u uiterlijk 1 mei 2037 informeren over het onderzoek naar de sluis.",
        "Ik beschouw de motie hiermee als uitgevoerd; over de studie informeer ik u in het najaar.",
        "Wij informeren uw Kamer over de voortgang bij de volgende MIRT-brief.",
    ],
)
def test_a_written_promise_to_report_later_is_a_toezegging(sentence: str) -> None:
    result = extracted(KAMERBRIEF + f"De verkenning naar de rondweg Kleidorp loopt. {sentence}\n")
    assert [item["kind"] for item in result["parliamentary_items"]] == ["toezegging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Met deze brief informeer ik u over de uitkomsten van het overleg van 3 mei 2036.",
        "Hierbij informeer ik uw Kamer over de voortgang in het voorjaar van 2036.",
        "Ik informeer u graag over de rondweg.",
    ],
)
def test_the_letters_own_report_is_no_toezegging(sentence: str) -> None:
    result = extracted(KAMERBRIEF + f"{sentence} De verkenning naar de rondweg loopt.\n")
    assert result["parliamentary_items"] == []


def test_a_heading_motion_takes_the_kamerstuk_in_brackets_below_it() -> None:
    result = extracted(
        KAMERBRIEF + "1. Motie van het lid Veenstra over de spoorlijn Kleidorp - Zandstad\n"
        "   (Kamerstuk 40 300 A, nr. 47)\n"
        "De motie verzoekt de regering de heropening te onderzoeken. Dat is gebeurd.\n"
    )
    assert [(i["kind"], i["kamerstuk"]) for i in result["parliamentary_items"]] == [
        ("motie", "kst-40300-A-47")
    ]


def test_a_minister_named_with_an_abbreviation_promises_in_minutes() -> None:
    result = extracted(
        MINUTES + "6. Rondvraag\nDe minister van V&W zegt toe de Tweede Kamer vóór 1 februari "
        "2038 te informeren\nover de uitkomsten van de netwerkanalyse.\n"
    )
    assert [item["kind"] for item in result["parliamentary_items"]] == ["toezegging"]


def test_a_contract_is_dated_by_its_closing_signature_not_by_a_decision_it_recites() -> None:
    text = (
        "UITVOERINGSOVEREENKOMST RONDWEG KLEIDORP\n\nDE ONDERGETEKENDEN:\n\n"
        '1.  de Provincie Veenland, hierna te noemen: "de Provincie";\n'
        '2.  de gemeente Kleidorp, hierna te noemen: "Kleidorp";\n\nOVERWEGENDE DAT:\n\n'
        "–  Provinciale Staten het inpassingsplan hebben vastgesteld en de Raad van State dit "
        "plan\n   op 26 juni 2036 in stand heeft gelaten;\n\n"
        "KOMEN HET VOLGENDE OVEREEN:\n\nArtikel 1\nDe Provincie legt de rondweg aan.\n\n"
        "Aldus overeengekomen en in tweevoud ondertekend te Kleidorp op 17 oktober 2036.\n"
    )
    assert extracted(text)["documents"][0]["date"] == "2036-10-17"


@pytest.mark.parametrize(
    "line",
    [
        "Besproken in de BOL's Noord en Noordwest van 5 en 6 februari 2035",
        "Besproken in de BO’s MIRT Noord en Noordwest van 5 en 6 februari 2035",
    ],
)
def test_two_landsdelen_of_a_plural_meeting_name_take_a_day_each(line: str) -> None:
    found = sorted((m.landsdeel, m.date.day) for m in find_meetings(line, year=2035, before=LETTER))
    assert found == [("Noord", 5), ("Noordwest", 6)]


@pytest.mark.parametrize(
    "title",
    ["Deel Veenland Noord  –  eerste bijstelling 2036", "Deel Veenland  |  herziening 2036"],
)
def test_a_version_named_in_a_title_row_is_no_milestone(title: str) -> None:
    text = (
        f"RUIMTELIJK ARRANGEMENT VEENLAND\n{title}\n\nOndertekend te Kleidorp, 18 juni 2036\n\n"
        "A.1  Stationsgebied Kleidorp\n     ■ de gemeente start de bouw in 2037;\n"
    )
    written = [d["as_written"] for d in extracted(text)["deadlines"]]
    assert "2036" not in written
    assert "in 2037" in written


@pytest.mark.parametrize(
    "furniture",
    [
        "Uitvoeringsagenda Regio Veenland – november 2036                    blz. 1",
        "Agenda Veenland  |  november 2036  |  pagina 1 van 3",
    ],
)
def test_a_time_in_a_running_header_or_footer_is_none(furniture: str) -> None:
    deadlines, events = _times(f"De rondweg wordt in 2037 opengesteld.\n\n{furniture}\n")
    assert not any("november" in w for w in [*deadlines, *events])
