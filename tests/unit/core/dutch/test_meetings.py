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
