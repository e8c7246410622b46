"""A failed job's error, as the job page shows it: one Dutch sentence naming the file."""

from __future__ import annotations

import pytest
from django.utils import translation

from ruimtemonitor.ingestion.log_text import user_log
from ruimtemonitor.ingestion.messages import user_error
from ruimtemonitor.ingestion.models import Job, JobStatus

CASES = [
    (
        "is 60,000,000 bytes, over the size limit of 52,428,800 bytes.",
        "brief.docx is groter dan de limiet van 50 MB.",
    ),
    (
        "unpacks to 1,075,210,231 bytes, over the unpacked-size limit of 262,144,000 bytes.",
        "brief.docx wordt bij het uitpakken groter dan de limiet van 250 MB en is geweigerd.",
    ),
    (
        "is a ZIP archive of 12,000 entries, over the limit of 10,000.",
        "brief.docx bestaat uit meer dan 10.000 onderdelen en is geweigerd.",
    ),
    (
        "took longer than 120 s to extract and was stopped.",
        "Het lezen van brief.docx duurde langer dan de limiet van 120 seconden en is gestopt.",
    ),
    (
        "needs more than the memory limit of 2,147,483,648 bytes to extract.",
        "Het lezen van brief.docx had meer geheugen nodig dan de limiet van 2.048 MB en is "
        "gestopt.",
    ),
    ("is empty.", "brief.docx is leeg."),
    (
        "is a damaged Word document that cannot be opened.",
        "brief.docx is geen leesbaar Word-document.",
    ),
    (
        "is not valid UTF-8 at byte 7 (0xeb); save it as UTF-8.",
        "brief.docx is geen geldige UTF-8-tekst; sla het op als UTF-8 en probeer het opnieuw.",
    ),
    (
        "has no extractable text (a scan? OCR is not supported).",
        "brief.docx bevat geen leesbare tekst (een scan? Tekstherkenning wordt niet ondersteund).",
    ),
    (
        "internal error; the details are in the server log.",
        "Bij het verwerken van brief.docx ging iets mis. Een beheerder vindt de details in het "
        "serverlog (taak 7).",
    ),
]


@pytest.mark.parametrize(("problem", "dutch"), CASES)
def test_the_error_is_one_dutch_sentence(problem: str, dutch: str) -> None:
    job = Job(
        pk=7, source_name="brief.docx", status=JobStatus.FAILED, error=f"brief.docx: {problem}"
    )
    assert user_error(job) == dutch


def test_a_job_that_did_not_fail_has_no_error() -> None:
    assert user_error(Job(source_name="a.txt", status=JobStatus.SUCCEEDED)) == ""


def test_a_file_name_with_format_characters_is_shown_as_it_is() -> None:
    job = Job(pk=1, source_name="100%(x)s.txt", status=JobStatus.FAILED)
    job.error = "100%(x)s.txt: is empty."
    assert user_error(job) == "100%(x)s.txt is leeg."


def test_the_log_on_the_page_is_dutch_and_the_stored_log_stays_as_written() -> None:
    stored = (
        "2025-06-02 10:00:00 received brief.txt (2048 bytes)\n"
        "2025-06-02 10:00:01 started\n"
        "2025-06-02 10:00:02 extract: done\n"
        "2025-06-02 10:00:03 3 agreements, 1 projects, 0 parliamentary items, 12 mentions, "
        "2 area links, 1 meetings, 0 lineage links, 0 reported\n"
        "2025-06-02 10:00:03 Afspraak 2.1 Water: confirmed, kept as reviewed\n"
        "2025-06-02 10:00:03 Arrangement Zilverdal: no date found; year set to 2025\n"
        "2025-06-02 10:00:04 store: done\n"
        "2025-06-02 10:00:05 something new the page does not know yet\n"
    )
    job = Job(pk=3, source_name="brief.txt", status=JobStatus.SUCCEEDED, log=stored)
    assert user_log(job).splitlines() == [
        "2025-06-02 10:00:00 brief.txt ontvangen (2048 bytes)",
        "2025-06-02 10:00:01 gestart",
        "2025-06-02 10:00:02 lezen: klaar",
        "2025-06-02 10:00:03 3 afspraken, 1 project, 0 moties en toezeggingen, 12 vermeldingen, "
        "2 koppelingen aan gebieden, 1 overleg, 0 koppelingen aan een vorige generatie, "
        "0 gemelde afrondingen",
        "2025-06-02 10:00:03 Afspraak 2.1 Water: bevestigd, bewaard zoals beoordeeld",
        "2025-06-02 10:00:03 Arrangement Zilverdal: geen datum gevonden; jaar op 2025 gezet",
        "2025-06-02 10:00:04 opslaan: klaar",
        "2025-06-02 10:00:05 something new the page does not know yet",
    ]
    assert job.log == stored


def test_a_failure_in_the_log_reads_as_the_error_does() -> None:
    job = Job(pk=4, source_name="brief.docx", status=JobStatus.FAILED)
    job.error = "brief.docx: is empty."
    job.append_log(f"failed: {job.error}")
    assert user_log(job).endswith(" mislukt: brief.docx is leeg.\n")
    with translation.override("en"):
        assert user_log(job).endswith(" failed: brief.docx is empty.\n")
