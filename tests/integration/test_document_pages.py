"""Documenten: the list, one document with its text and extractions, and the upload flow."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.core.extraction.service import sample_path
from ruimtemonitor.documents.models import Document, DocumentKind, Mention, MentionKind, Passage
from ruimtemonitor.ingestion.models import Job, JobStatus
from ruimtemonitor.ingestion.runner import run_pending
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment
from ruimtemonitor.web.views.documents import page_to_show, reflow, split_into_parts, text_pages


def main_html(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def root_document(title: str, text: str = "tekst", **values: object) -> Document:
    return Document.objects.create(
        title=title, extracted_text=text, end=len(text), **{"kind": DocumentKind.OTHER, **values}
    )


# -- list ---------------------------------------------------------------------------------------
def test_list_shows_files_with_their_letters_and_filters(client, db) -> None:
    bundle = root_document("bundel.pdf", kind=DocumentKind.BUNDLE, original_filename="bundel.pdf")
    Document.objects.create(
        parent=bundle,
        kind=DocumentKind.RUIMTELIJK_ARRANGEMENT,
        title="Ruimtelijk Arrangement Zeeland",
        date=dt.date(2025, 6, 5),
        reference="RA-2025-7",
        start=0,
        end=3,
    )
    root_document(
        "MIRT-brief voorjaar",
        kind=DocumentKind.MIRT_BRIEF,
        date=dt.date(2024, 6, 12),
        page_count=61,
    )
    url = reverse("web:document_list")

    html = main_html(client.get(url))
    assert "bundel.pdf" in html and "Ruimtelijk Arrangement Zeeland" in html
    assert "RA-2025-7" in html and "61" in html
    assert reverse("web:document_detail", args=[bundle.pk]) in html

    by_kind = main_html(client.get(url, {"soort": "ruimtelijk_arrangement"}))
    assert "bundel.pdf" in by_kind and "MIRT-brief voorjaar" not in by_kind
    by_year = main_html(client.get(url, {"jaar": "2024"}))
    assert "MIRT-brief voorjaar" in by_year and "bundel.pdf" not in by_year
    by_title = main_html(client.get(url, {"zoek": "arrangement zeeland"}))
    assert "bundel.pdf" in by_title and "MIRT-brief voorjaar" not in by_title


def test_list_queries_do_not_grow_with_the_number_of_documents(
    client, db, django_assert_max_num_queries
) -> None:
    root_document("Eerste", date=dt.date(2025, 1, 1))
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("web:document_list"))
    for index in range(20):
        root = root_document(f"Bundel {index}", date=dt.date(2020 + index % 5, 1, 1))
        Document.objects.create(parent=root, kind=DocumentKind.KAMERBRIEF, title=f"Brief {index}")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("web:document_list"))


# -- detail -------------------------------------------------------------------------------------
def test_text_pages_cut_at_form_feeds_and_mark_passages_once() -> None:
    text = "aaa bbb\fccc ddd\feee"
    passages = [(1, 4, 11), (2, 8, 11), (3, 16, 19)]
    pages = text_pages(text, 0, len(text), passages)
    assert [p.number for p in pages] == [1, 2, 3]
    assert "".join(piece.text for page in pages for piece in page.pieces) == text.replace("\f", "")
    first = pages[0].pieces
    assert [(p.text, p.marked, p.anchors) for p in first] == [
        ("aaa ", False, []),
        ("bbb", True, [1]),
    ]
    second = pages[1].pieces
    # Passage 1 continues on page 2 (no second anchor); passage 2 starts there.
    assert [(p.text, p.marked, p.anchors) for p in second] == [
        ("ccc", True, [2]),
        (" ddd", False, []),
    ]
    assert [(p.text, p.anchors) for p in pages[2].pieces] == [("eee", [3])]
    # A letter inside a bundle: its pages keep the numbers of the file.
    assert [p.number for p in text_pages(text, 8, 15, [])] == [2]


def test_detail_renders_pages_marks_passages_and_links_extractions(client, reference_data) -> None:
    text = "Brief van het Rijk.\fAfspraak 2.1 <script>alert(1)</script> Water sturend.\fSlot."
    document = root_document("Ruimtelijk Arrangement <b>Zeeland</b>", text, page_count=3)
    start = text.index("Afspraak")
    passage = Passage.objects.create(document=document, start=start, end=start + 12, page=2)
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT, title="RA Zeeland", year=2025
    )
    agreement = Agreement.objects.create(
        arrangement=arrangement, number="2.1", title="Water sturend", source_passage=passage
    )
    Commitment.objects.create(agreement=agreement, text="Eerste toezegging")
    Mention.objects.create(
        document=document,
        kind=MentionKind.AREA,
        as_written="Zeeland",
        value={"slug": "provincie-zeeland"},
        start=0,
        end=1,
        page=1,
    )

    url = reverse("web:document_detail", args=[document.pk])
    html = main_html(client.get(url))
    # One page at a time, with links to the others.
    assert 'id="pagina-1"' in html and 'id="pagina-2"' not in html
    for number in (2, 3):
        assert f'href="?pagina={number}#tekst"' in html
    assert "3 pagina" in html
    # Opened at a passage: the page that holds it.
    html = main_html(client.get(url, {"passage": passage.pk}))
    assert 'id="pagina-2"' in html and 'id="pagina-1"' not in html
    assert f'<mark id="passage-{passage.pk}">Afspraak 2.1</mark>' in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Zeeland</b>" not in html and "&lt;b&gt;Zeeland&lt;/b&gt;" in html
    assert reverse("web:agreement_detail", args=[agreement.pk]) in html
    assert f'href="?passage={passage.pk}#passage-{passage.pk}"' in html
    assert reverse("web:region_detail", args=["provincie-zeeland"]) in html
    assert 'href="?pagina=1#pagina-1"' in html  # the mention's page


def test_a_letter_in_a_bundle_shows_its_own_part_with_the_file_page_numbers(client, db) -> None:
    text = "Voorblad\fBrief een\fBrief twee tekst"
    bundle = root_document("bundel.txt", text, kind=DocumentKind.BUNDLE)
    second = text.index("Brief twee")
    letter = Document.objects.create(
        parent=bundle, kind=DocumentKind.KAMERBRIEF, title="Brief twee", start=second, end=len(text)
    )
    html = main_html(client.get(reverse("web:document_detail", args=[letter.pk])))
    assert 'id="pagina-3"' in html and 'id="pagina-1"' not in html
    assert "Brief twee tekst" in html and "Voorblad" not in html
    bundle_html = main_html(client.get(reverse("web:document_detail", args=[bundle.pk])))
    assert reverse("web:document_detail", args=[letter.pk]) in bundle_html


def test_a_long_text_without_pages_is_shown_in_parts_at_line_ends() -> None:
    line = "Rijk en regio spreken af dat de woningbouw versneld wordt.\n"
    text = line * 400  # about 24,000 characters and no form feed
    start = text.index("spreken", 300 * len(line))
    pages = text_pages(text, 0, len(text), [(7, start, start + 7)])
    parts = split_into_parts(pages[0], size=6_000)
    assert len(parts) == 4 and all(part.is_part for part in parts)
    assert [part.number for part in parts] == [1, 2, 3, 4]
    assert "".join(p.text for part in parts for p in part.pieces) == text
    assert all("".join(p.text for p in part.pieces).endswith("\n") for part in parts)
    index = page_to_show(parts, None, "7")
    assert 7 in parts[index].anchors and index == 2  # parts of 101 lines: line 300 is in the third
    assert page_to_show(parts, "2", None) == 1 and page_to_show(parts, "99", None) == 0


def test_reflow_joins_lines_a_pdf_wrapped_but_keeps_bullets_and_paragraphs() -> None:
    text = (
        "Het bestuurlijk overleg Leefomgeving en het bestuurlijk overleg MIRT zijn \n"
        "overlegrondes tussen Rijk en regio.\n\n"
        "Rijk en regio spreken af dat zij samen de volgende stappen zetten: \n"
        "- de provincie stelt een plan op;\n"
        "2. Beoogd effect"
    )
    assert reflow(text) == (
        "Het bestuurlijk overleg Leefomgeving en het bestuurlijk overleg MIRT zijn "
        "overlegrondes tussen Rijk en regio.\n\n"
        "Rijk en regio spreken af dat zij samen de volgende stappen zetten: \n"
        "- de provincie stelt een plan op;\n"
        "2. Beoogd effect"
    )


def test_a_bundle_read_from_text_says_how_many_letters_not_its_file_name(client, db) -> None:
    text = ("Een regel tekst van de brief die lang genoeg is.\n" * 300) + "Slot"
    bundle = root_document(
        "000_bundel.txt",
        text,
        kind=DocumentKind.BUNDLE,
        page_count=1,
        original_filename="000_bundel.txt",
    )
    for title in ("Brief een", "Brief twee"):
        Document.objects.create(parent=bundle, kind=DocumentKind.KAMERBRIEF, title=title, start=0)
    html = main_html(client.get(reverse("web:document_detail", args=[bundle.pk])))
    assert "Bestand met 2 brieven</h1>" in html
    assert "1 pagina" not in html and "Deel 1 van 3" in html
    listing = main_html(client.get(reverse("web:document_list")))
    row = listing[listing.index("Bestand met 2 brieven") :].split("</tr>", 1)[0]
    assert "000_bundel.txt" in row and re.search(r'data-label="Pagina[^"]*">–</td>', row)


def test_unknown_document_is_404(client, db) -> None:
    assert client.get(reverse("web:document_detail", args=[999])).status_code == 404


# -- upload -------------------------------------------------------------------------------------
@pytest.fixture
def editor(make_user, gelderland):
    return make_user("redacteur", role=Role.EDITOR, organisation=gelderland)


def test_upload_needs_an_editor_or_administrator(client, make_user, editor) -> None:
    url = reverse("web:document_upload")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    client.force_login(make_user("lezer"))
    assert client.get(url).status_code == 403
    assert client.get(reverse("web:job_list")).status_code == 403
    client.force_login(editor)
    html = client.get(url).content.decode()
    assert 'type="file"' in html and "multiple" in html and "csrfmiddlewaretoken" in html


def test_upload_checks_the_csrf_token(editor) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    upload = SimpleUploadedFile("brief.txt", b"Een brief.")
    assert strict.post(reverse("web:document_upload"), {"bestanden": upload}).status_code == 403
    assert not Job.objects.exists()


def _run_worker(job: Job) -> None:
    """What the job runner (a process of its own) does with the queued job."""
    assert run_pending() == 1
    job.refresh_from_db()


@pytest.mark.django_db(transaction=True)
def test_upload_queues_a_job_for_the_runner_and_links_the_document(client, editor) -> None:
    client.force_login(editor)
    sample = sample_path("ruimtelijk_arrangement")
    with sample.open("rb") as handle:
        response = client.post(reverse("web:document_upload"), {"bestanden": handle})
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("web:job_status", args=[job.pk])
    # The web process only registered the job: reading the file is the runner's work.
    assert job.status == JobStatus.QUEUED and not Document.objects.exists()
    _run_worker(job)

    data = client.get(reverse("web:job_status_json", args=[job.pk])).json()
    assert data["status"] == JobStatus.SUCCEEDED and data["finished"] is True
    document = Document.objects.get(parent=None)
    assert data["document_url"] == reverse("web:document_detail", args=[document.pk])
    assert data["steps_done"] == data["steps_total"] == 2
    # The page's log is Dutch; the stored one keeps the stable English lines.
    assert "ruimtelijk_arrangement.txt ontvangen (" in data["log"]
    assert "opslaan: klaar" in data["log"] and "store: done" not in data["log"]
    assert "received ruimtelijk_arrangement.txt" in job.log and "store: done" in job.log
    assert document.original_filename == "ruimtelijk_arrangement.txt"
    assert document.jobs.get().created_by == editor

    html = main_html(client.get(response["Location"]))
    assert "<progress" in html and 'max="2" value="2"' in html
    assert reverse("web:job_status_json", args=[job.pk]) in html
    assert data["document_url"] in html
    assert reverse("web:job_status", args=[job.pk]) in html  # the refresh link without JS
    page = client.get(response["Location"]).content.decode()
    assert '<script src="/static/web/js/upload.js" defer></script>' in page


@pytest.mark.django_db(transaction=True)
def test_a_bad_file_fails_with_its_reason_and_stores_nothing(client, editor) -> None:
    client.force_login(editor)
    fake = SimpleUploadedFile("kapot.pdf", b"Dit is tekst, geen PDF.", "application/pdf")
    response = client.post(reverse("web:document_upload"), {"bestanden": fake})
    job = Job.objects.get()
    stored = job.stored_file.path
    _run_worker(job)
    assert job.status == JobStatus.FAILED
    assert "kapot.pdf" in job.error and "PDF" in job.error
    assert not Document.objects.exists()
    # The refused file's bytes are removed (RUIMTEMONITOR_KEEP_REJECTED_DAYS is 0).
    assert not job.stored_file and not Path(stored).exists()
    # Users read a Dutch sentence, not the technical English one.
    dutch = "kapot.pdf heeft de naam van een PDF-bestand, maar de inhoud is dat niet."
    html = main_html(client.get(response["Location"]))
    assert f'role="alert">{dutch}</div>' in html
    assert f"mislukt: {dutch}" in html and "failed:" not in html
    assert client.get(reverse("web:job_status_json", args=[job.pk])).json()["error"] == dutch


def test_several_files_lead_to_a_page_with_all_their_jobs(client, editor, monkeypatch) -> None:
    started = []
    monkeypatch.setattr("ruimtemonitor.web.views.documents.dispatch_job", started.append)
    client.force_login(editor)
    files = [SimpleUploadedFile(f"brief-{n}.txt", f"Brief {n}.".encode()) for n in (1, 2)]
    response = client.post(reverse("web:document_upload"), {"bestanden": files})
    jobs = list(Job.objects.order_by("pk"))
    assert [job.source_name for job in jobs] == ["brief-1.txt", "brief-2.txt"]
    assert started == jobs
    assert response["Location"] == (
        f"{reverse('web:job_list')}?taak={jobs[0].pk}&taak={jobs[1].pk}"
    )
    html = main_html(client.get(response["Location"]))
    assert "brief-1.txt" in html and "brief-2.txt" in html


@override_settings(MAX_UPLOAD_MB=1)
def test_an_oversized_or_unsupported_file_is_refused_with_a_clear_message(client, editor) -> None:
    client.force_login(editor)
    big = SimpleUploadedFile("groot.txt", b"a" * (1024 * 1024 + 10))
    response = client.post(reverse("web:document_upload"), {"bestanden": big})
    assert response.status_code == 400
    html = main_html(response)
    assert "groot.txt" in html and "1 MB" in html
    other = SimpleUploadedFile("programma.exe", b"MZ")
    html = main_html(client.post(reverse("web:document_upload"), {"bestanden": other}))
    assert "programma.exe" in html and ".pdf" in html
    assert not Job.objects.exists() and not Document.objects.exists()


def test_job_status_json_needs_a_login(client, editor) -> None:
    job = Job.objects.create(source_name="x.txt", created_by=editor)
    assert client.get(reverse("web:job_status_json", args=[job.pk])).status_code == 401
    client.force_login(editor)
    data = client.get(reverse("web:job_status_json", args=[job.pk])).json()
    assert data["status"] == JobStatus.QUEUED and data["finished"] is False


def test_editors_see_only_the_jobs_of_their_own_organisation(
    client, editor, make_user, gelderland
) -> None:
    utrecht = Organisation.objects.get(slug="provincie-utrecht")
    colleague = make_user("collega", role=Role.EDITOR, organisation=gelderland)
    other = make_user("utrecht", role=Role.EDITOR, organisation=utrecht)
    own = Job.objects.create(source_name="van-collega.txt", created_by=colleague)
    foreign = Job.objects.create(source_name="van-utrecht.txt", created_by=other)
    from_cli = Job.objects.create(source_name="van-de-opdrachtregel.txt")
    client.force_login(editor)
    assert client.get(reverse("web:job_status", args=[own.pk])).status_code == 200
    for hidden in (foreign, from_cli):
        assert client.get(reverse("web:job_status", args=[hidden.pk])).status_code == 404
        assert client.get(reverse("web:job_status_json", args=[hidden.pk])).status_code == 404
    html = main_html(client.get(reverse("web:job_list")))
    assert "van-collega.txt" in html
    assert "van-utrecht.txt" not in html and "van-de-opdrachtregel.txt" not in html
    html = main_html(client.get(f"{reverse('web:job_list')}?taak={foreign.pk}"))
    assert "van-utrecht.txt" not in html
    html = client.get(reverse("admin:ingestion_job_changelist")).content.decode()
    assert "van-collega.txt" in html and "van-utrecht.txt" not in html
    assert client.get(reverse("admin:ingestion_job_change", args=[foreign.pk])).status_code in (
        302,
        404,
    )
    client.force_login(make_user("beheer", role=Role.ADMINISTRATOR))
    html = main_html(client.get(reverse("web:job_list")))
    assert all(name in html for name in ("van-collega", "van-utrecht", "van-de-opdrachtregel"))


@pytest.mark.django_db(transaction=True)
def test_an_internal_error_shows_a_dutch_sentence_and_no_traceback(
    client, editor, monkeypatch
) -> None:
    from ruimtemonitor.ingestion.storing import ExtractionStore

    def broken(self: ExtractionStore) -> int:
        raise RuntimeError("/srv/geheim/pad.py kapot")

    monkeypatch.setattr(ExtractionStore, "store_mentions", broken)
    client.force_login(editor)
    with sample_path("mirt_brief").open("rb") as handle:
        response = client.post(reverse("web:document_upload"), {"bestanden": handle})
    job = Job.objects.get()
    _run_worker(job)
    page = client.get(response["Location"]).content.decode()
    assert job.status == JobStatus.FAILED
    assert "Bij het verwerken van mirt_brief.txt ging iets mis" in page
    assert "/srv/geheim" not in page and "Traceback" not in page and "RuntimeError" not in page


@override_settings(MAX_UNPACKED_MB=1)
@pytest.mark.django_db(transaction=True)
def test_an_uploaded_zip_bomb_is_refused_by_the_runner_not_read_by_the_server(
    client, editor, tmp_path
) -> None:
    import zipfile

    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/media/nul.bin", bytes(8 * 1024 * 1024))
    client.force_login(editor)
    with bomb.open("rb") as handle:
        response = client.post(reverse("web:document_upload"), {"bestanden": handle})
    job = Job.objects.get()
    assert job.status == JobStatus.QUEUED  # the upload only registered it
    _run_worker(job)
    assert job.status == JobStatus.FAILED
    assert "over the unpacked-size limit of 1,048,576 bytes" in job.error
    html = main_html(client.get(response["Location"]))
    sentence = "bom.docx wordt bij het uitpakken groter dan de limiet van 1 MB en is geweigerd."
    assert f'role="alert">{sentence}</div>' in html
    assert not job.stored_file and not Document.objects.exists()


@pytest.mark.parametrize(("file_name", "named"), [("brief.pdf", True), ("brief.txt", False)])
def test_a_source_names_its_page_only_when_the_file_has_pages(db, file_name, named) -> None:
    from ruimtemonitor.documents.passages import passages_in_context

    text = "Inleiding. Rijk en regio spreken af dat de woningbouw versnelt. Slot."
    document = root_document("Brief", text, original_filename=file_name, page_count=1)
    passage = Passage.objects.create(document=document, start=11, end=40, page=1)
    span = passages_in_context([passage.pk])[passage.pk]
    assert span.file_has_pages is named and span.passage_id == passage.pk
