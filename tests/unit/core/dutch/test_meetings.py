import datetime as dt

from ruimtemonitor.core.dutch import find_meetings


def test_meetings_with_their_dates_as_letters_write_them() -> None:
    text = (
        "Op het BOL Oost van 2 juni jl. kwamen zaken samen. Het BOL dat op 2 juni 2025 (BOL Oost\n"
        "Nederland) en op 10 juni 2025 (BOL Noordwest Nederland) plaatsvond; en het BO MIRT Zuid "
        "van 12 november 2024."
    )
    found = [(m.kind, m.landsdeel, m.date) for m in find_meetings(text, year=2025)]
    assert found == [
        ("bol", "Oost", dt.date(2025, 6, 2)),
        ("bol", "Noordwest", dt.date(2025, 6, 10)),
        ("bo_mirt", "Zuid", dt.date(2024, 11, 12)),
    ]
    for match in find_meetings(text, year=2025):
        assert text[match.start : match.end] == match.as_written


def test_a_date_without_year_needs_the_letter_year() -> None:
    assert find_meetings("het BOL Oost van 2 juni jl.") == []
    assert find_meetings("Het BOL is in het voorjaar.", year=2025) == []


def test_more_ways_to_say_a_meeting_took_place() -> None:
    cases = {
        "Op 10 november jl. heb ik met de regio Zuid het BO MIRT gevoerd.": ("Zuid", 10),
        "Het BO MIRT Noordwest (Haarlem, 14 november 2019) heeft besloten.": ("Noordwest", 14),
        "Op 12 november 2019 sprak ik in het BO MIRT met de regio Zuid over de A2.": ("Zuid", 12),
        "Het Bestuurlijk Overleg MIRT voor Zuid-Nederland op 12 november 2019 stemde in.": (
            "Zuid",
            12,
        ),
        "Op 14 november 2019 kwamen Rijk en regio bijeen in het BO MIRT Noordwest.": (
            "Noordwest",
            14,
        ),
    }
    for text, (region, day) in cases.items():
        [meeting] = find_meetings(text, year=2019, before=dt.date(2019, 12, 1))
        assert (meeting.kind, meeting.landsdeel, meeting.date.day) == ("bo_mirt", region, day)


def test_one_heading_for_two_landsdelen_gives_a_meeting_for_each() -> None:
    text = "BO MIRT Noordwest- en Zuidwest-Nederland (21 en 22 november 2012)\nGeen afspraken.\n"
    found = find_meetings(text, year=2012, before=dt.date(2012, 12, 10))
    assert [(m.kind, m.landsdeel, m.date) for m in found] == [
        ("bo_mirt", "Noordwest", dt.date(2012, 11, 21)),
        ("bo_mirt", "Zuidwest", dt.date(2012, 11, 22)),
    ]


def test_two_landsdelen_on_one_day_are_two_meetings() -> None:
    text = "Het BO MIRT Noord vond plaats op 5 november, de BO's MIRT Noordwest-Nederland en\n"
    text += "Zuidwest-Nederland op 18 november 2020.\n"
    found = find_meetings(text, year=2020, before=dt.date(2020, 11, 26))
    assert [(m.landsdeel, m.date.day) for m in found] == [
        ("Noord", 5),
        ("Noordwest", 18),
        ("Zuidwest", 18),
    ]


def test_landsdelen_listed_after_the_first_each_with_their_date() -> None:
    text = (
        "Aanleiding zijn de Bestuurlijke Overleggen MIRT Noord (6 november 2017), Oost\n"
        "(8 november 2017) en Zuid (9 november 2017).\n"
    )
    found = find_meetings(text, year=2017, before=dt.date(2017, 12, 1))
    assert [(m.landsdeel, m.date.day) for m in found] == [("Noord", 6), ("Oost", 8), ("Zuid", 9)]


def test_a_decision_taken_in_the_meeting_dates_it() -> None:
    text = (
        "Op 13 november 2018 hebben Rijk en regio in het BO MIRT Zuidwest de voorkeursbeslissing "
        "genomen; het project is daarmee in de planuitwerking gekomen.\n"
    )
    found = find_meetings(text, year=2018, before=dt.date(2018, 12, 1))
    assert [(m.landsdeel, m.date.day) for m in found] == [("Zuidwest", 13)]


def test_the_date_of_another_document_is_not_the_meeting_named_with_its_own() -> None:
    text = (
        "Deze agenda volgt op de Gebiedsvisie van 3 maart 2022 en is besproken in het BO "
        "Leefomgeving Oost van 8 juni 2023.\n"
    )
    found = find_meetings(text, year=2023, before=dt.date(2023, 7, 1))
    assert [(m.kind, m.date) for m in found] == [("bol", dt.date(2023, 6, 8))]
