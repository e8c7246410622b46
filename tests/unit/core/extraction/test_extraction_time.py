"""Time as letters mean it: deadlines for what is still to be done, past dates as events."""

import pytest

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit

HEAD = "De Voorzitter van de Tweede Kamer\n\nDatum 26 november 2020\nBetreft Uitkomsten\n\n"


def _times(body: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    result = extract_text(HEAD + body).to_json()
    deadlines = [(d["as_written"], d["end"]) for d in result["deadlines"]]
    events = [(e["as_written"], e["date"]) for e in result["events"]]
    return deadlines, events


def test_a_past_advice_is_an_event_and_uiterlijk_a_deadline() -> None:
    deadlines, events = _times(
        "Op 9 september 2020 heeft de commissie een advies uitgebracht. De provincie levert "
        "het plan uiterlijk 1 juli 2021 aan.\n"
    )
    assert deadlines == [("uiterlijk 1 juli 2021", "2021-07-01")]
    assert events == [("Op 9 september 2020", "2020-09-09")]


def test_the_letter_date_and_a_cited_agreement_are_not_deadlines() -> None:
    deadlines, events = _times(
        "Conform de Woontopafspraken van 11 december 2019 bouwt de regio verder; de verkenning "
        "is op 15 april 2020 gestart en wordt eind 2021 afgerond.\n"
    )
    assert [d for d, _ in deadlines] == ["eind 2021"]
    assert {e for e, _ in events} == {"11 december 2019", "op 15 april 2020"}


def test_dates_without_a_year_resolve_against_the_letter() -> None:
    deadlines, _ = _times(
        "De regio doet vóór 1 januari een voorstel. Het Rijk besluit in het voorjaar.\n"
    )
    years = {written: end[:4] for written, end in deadlines}
    assert years == {"vóór 1 januari": "2020", "in het voorjaar": "2021"}


def test_gepland_voor_names_the_day_itself() -> None:
    result = extract_text(HEAD + "Het Notaoverleg MIRT staat gepland voor 13 december.\n")
    (deadline,) = result.to_json()["deadlines"]
    assert (deadline["start"], deadline["relation"]) == ("2020-12-13", "in")


def test_a_meeting_that_took_place_is_a_meeting_not_a_deadline() -> None:
    result = extract_text(
        HEAD + "Op 24 en 25 november 2020 hebben de Bestuurlijke Overleggen MIRT plaatsgevonden: "
        "op 24 november met Noord en Oost, op 25 november met Zuid.\n"
    ).to_json()
    assert result["deadlines"] == []
    assert sorted((m["date"], m["landsdeel"]) for m in result["meetings"]) == [
        ("2020-11-24", "Noord"),
        ("2020-11-24", "Oost"),
        ("2020-11-25", "Zuid"),
    ]


def test_planning_lines_split_into_events_and_deadlines() -> None:
    text = (
        "N35 Wijthmen–Nijverdal\n\nFase: Realisatie\nStand van zaken: 1 maart 2024\n\n"
        "Planning\n2020-2022: openstelling fase 1\n2027: openstelling fase 2\n"
        "Q3 2028: oplevering\n"
    )
    result = extract_text(text).to_json()
    assert [(d["as_written"], d["end"]) for d in result["deadlines"]] == [
        ("2027", "2027-12-31"),
        ("Q3 2028", "2028-09-30"),
    ]
    assert [e["as_written"] for e in result["events"]] == ["2020-2022"]
    (project,) = result["projects"]
    assert (project["name"], project["phase"]) == ("N35 Wijthmen–Nijverdal", "realisatie")


def test_an_impossible_date_is_a_warning_never_a_crash() -> None:
    result = extract_text(HEAD + "De provincie levert het plan uiterlijk 31 april 2021.\n")
    data = result.to_json()
    (deadline,) = data["deadlines"]
    assert (deadline["start"], deadline["end"]) == ("2021-04-01", "2021-04-30")
    assert any("31 april" in warning for warning in data["warnings"])


def test_a_footnote_citing_a_letter_gives_an_event() -> None:
    text = HEAD + (
        "Het Rijk informeert uw Kamer over de voortgang.1\n\n"
        "1 Brief van de minister van 28 maart 2020, Kamerstuk 35 300 A, nr. 9\n"
    )
    events = extract_text(text).to_json()["events"]
    assert [e["date"] for e in events] == ["2020-03-28"]


def test_a_meeting_after_aan_is_a_deadline_and_the_next_meeting_is_not_the_held_one() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Noordwest-Nederland\n\n"
        "Datum: 4 november 2009\n\n"
        "1. A6 Almere\n"
        "• De regio levert voor het volgende BO MIRT een voorstel voor de aansluiting.\n"
        "• Het Rijk legt de uitkomsten voor aan het BO MIRT van het najaar van 2010.\n"
    )
    result = extract_text(text).to_json()
    deadlines = [(d["as_written"], d["end"][:4]) for d in result["deadlines"]]
    assert deadlines == [
        ("voor het volgende BO MIRT", "2010"),
        ("aan het BO MIRT van het najaar van 2010", "2010"),
    ]


def test_coordinated_months_and_years_are_one_period() -> None:
    deadlines, _ = _times("Het krediet dekt de kosten van het ontwerp in 2021 en 2022.\n")
    assert deadlines == [("in 2021 en 2022", "2022-12-31")]
    _, events = _times("De aanbesteding liep in september en oktober 2020 voorspoedig.\n")
    assert events == [("in september en oktober 2020", "2020-09-01")]


def test_the_months_the_bos_were_held_in_are_the_meetings_not_events() -> None:
    text = (
        "De Voorzitter van de Tweede Kamer\n\nDatum 8 december 2010\nBetreft Uitkomsten\n\n"
        "In oktober en november 2010 heb ik de Bestuurlijke Overleggen MIRT gevoerd met de "
        "regio's. Op 21 juni 2010 heeft de Kamer een motie aangenomen.\n\n"
        "BO MIRT Noord (4 november 2010)\nDe regio levert eind 2011 een plan.\n"
    )
    result = extract_text(text).to_json()
    assert [e["as_written"] for e in result["events"]] == ["Op 21 juni 2010"]
    assert [d["as_written"] for d in result["deadlines"]] == ["eind 2011"]


def test_a_semicolon_ends_the_clause_that_decides_past_or_future() -> None:
    deadlines, events = _times(
        "Wel heb ik uw Kamer in het debat toegezegd u te informeren over de A4; dat doe ik in "
        "de MIRT-brief van het voorjaar.\n"
    )
    assert deadlines == [("in de MIRT-brief van het voorjaar", "2021-06-20")]
    assert events == []


def test_the_year_of_an_earlier_agreement_is_an_event() -> None:
    _, events = _times(
        "De regio draagt bij, in lijn met de bestuursovereenkomst van 2011. In de "
        "Bestuursovereenkomst Ring Zuid (2013) is afgesproken dat tekorten worden gedeeld. "
        "De overeenkomst van 2021 wordt later gesloten.\n"
    )
    assert events == [("van 2011", "2011-01-01"), ("(2013)", "2013-01-01")]


def test_scoring_reads_na_2028_as_the_year_it_names() -> None:
    from ruimtemonitor.core.extraction.letter_scoring import _time_matches

    have = {"as_written": "na 2028", "start": "2029-01-01", "end": "2029-12-31"}
    assert _time_matches({"as_written": "na 2028", "year": 2028}, {**have, "relation": "after"})
    assert not _time_matches({"as_written": "na 2028", "year": 2028}, {**have, "relation": "in"})


def test_scoring_matches_a_gold_phrase_quoted_up_to_its_line_end_hyphen() -> None:
    from ruimtemonitor.core.extraction.letter_scoring import score_letter

    have = {"as_written": "16 december 2016", "date": "2016-12-16"}
    result = {"events": [have]}
    split = score_letter(result, {"events": [{"as_written": "16 decem-", "year": 2016}]})
    other = score_letter(result, {"events": [{"as_written": "16 novem-", "year": 2016}]})
    assert [(s.correct, s.expected) for s in split.scores if s.name == "events"] == [(1, 1)]
    assert [(s.correct, s.expected) for s in other.scores if s.name == "events"] == [(0, 1)]


def test_a_council_proposal_keeps_its_own_date_and_the_council_meeting_ahead() -> None:
    text = (
        "Raadsvoorstel\n\n"
        "Datum collegebesluit 14 juni 2016\n"
        "Onderwerp          Krediet snelfietsroute\n"
        "Datum raadsvergadering 6 juli 2016\n\n"
        "De raad besluit een krediet beschikbaar te stellen.\n"
        "Planning:\n"
        "- start uitvoering: februari 2017\n"
    )
    result = extract_text(text).to_json()
    assert result["documents"][0]["date"] == "2016-06-14"
    assert [d["as_written"] for d in result["deadlines"]] == ["6 juli 2016", "februari 2017"]
