"""Documenten: the letters as ingested, one in detail with its text, and the upload.

The upload hands each file to ``ingestion.services.submit_file`` (the one way in) and
returns at once: with a broker the job is sent to a Celery worker, without one it waits in
the database for the job runner (``ingestion.runner``). This process never reads a file:
a hostile one must not stall or bloat the web server. The job page shows its progress;
``upload.js`` refreshes it from a small JSON answer, and without JavaScript a link does the
same. Editors see the jobs of their own organisation; errors are shown as a Dutch sentence.
"""

from __future__ import annotations

import itertools
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET

from ruimtemonitor.accounts.permissions import can_edit
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document, DocumentKind, Mention, MentionKind, Passage
from ruimtemonitor.ingestion.log_text import user_log
from ruimtemonitor.ingestion.messages import user_error
from ruimtemonitor.ingestion.models import Job
from ruimtemonitor.ingestion.services import (
    SUPPORTED_SUFFIXES,
    dispatch_job,
    queue_enabled,
    submit_file,
    visible_jobs,
)
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.models import Agreement, Commitment, ParliamentaryItem
from ruimtemonitor.web.access import readable, refused
from ruimtemonitor.web.pagination import numbers_near, paginate

PAGE_SIZE = 25
FIELD = "bestanden"


# -- list -------------------------------------------------------------------------------------
class DocumentFilterForm(forms.Form):
    zoek = forms.CharField(label=gettext_lazy("Search in titles"), required=False, max_length=200)
    soort = forms.ChoiceField(
        label=gettext_lazy("Kind"),
        required=False,
        choices=[("", gettext_lazy("all kinds")), *DocumentKind.choices],
    )
    jaar = forms.TypedChoiceField(
        label=gettext_lazy("Year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args: object, years: list[int], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["jaar"].choices = [
            ("", gettext_lazy("all years")),
            *((str(y), str(y)) for y in years),
        ]


def _letters() -> Prefetch:
    return Prefetch(
        "parts", queryset=Document.objects.defer("extracted_text").order_by("start", "pk")
    )


@readable
def document_list(request: HttpRequest) -> HttpResponse:
    years = sorted({d.year for d in Document.objects.dates("date", "year")}, reverse=True)
    form = DocumentFilterForm(request.GET or None, years=years)
    documents = Document.objects.filter(parent=None).defer("extracted_text")
    if form.is_valid():
        data = form.cleaned_data
        letters = Document.objects.filter(parent=OuterRef("pk"))
        if data["soort"]:
            documents = documents.filter(
                Q(kind=data["soort"]) | Exists(letters.filter(kind=data["soort"]))
            )
        if data["jaar"]:
            documents = documents.filter(
                Q(date__year=data["jaar"]) | Exists(letters.filter(date__year=data["jaar"]))
            )
        if data["zoek"]:
            words = data["zoek"]
            documents = documents.filter(
                Q(title__icontains=words)
                | Q(original_filename__icontains=words)
                | Q(reference__icontains=words)
                | Exists(letters.filter(title__icontains=words))
            )
    documents = documents.prefetch_related(_letters()).order_by("-created_at", "-pk")
    paged = paginate(request.GET, documents, PAGE_SIZE)
    return render(
        request,
        "web/documents/list.html",
        {
            "form": form,
            **paged,
            "may_upload": can_edit(request.user),
        },
    )


# -- detail -----------------------------------------------------------------------------------
@dataclass
class Piece:
    """A run of text with the same marking; ``anchors`` are the passages that start here."""

    text: str
    marked: bool
    anchors: list[int] = field(default_factory=list)

    @property
    def first_anchor(self) -> int | None:
        return self.anchors[0] if self.anchors else None

    @property
    def other_anchors(self) -> list[int]:
        return self.anchors[1:]


@dataclass
class Page:
    number: int
    pieces: list[Piece]
    is_part: bool = False  # a part of a text without page breaks, not a page of the file

    @property
    def anchors(self) -> set[int]:
        return {anchor for piece in self.pieces for anchor in piece.anchors}


def text_pages(text: str, start: int, end: int, passages: list[tuple[int, int, int]]) -> list[Page]:
    """Cut ``text[start:end]`` into its pages (form feeds) and runs marked by passages.

    ``passages`` are (id, start, end) offsets into ``text``. Each passage gets its anchor
    once, where it (or the shown part of it) begins; overlapping passages merge into one
    marked run, so no markup is ever nested or crossed. The pieces stay plain strings:
    the template escapes them.
    """
    number = text.count("\f", 0, start) + 1
    spans = sorted(
        (max(s, start), min(e, end), pk) for pk, s, e in passages if s < end and e > start
    )
    pages: list[Page] = []
    anchored: set[int] = set()
    page_start = start
    while page_start <= end:
        feed = text.find("\f", page_start, end)
        page_end = end if feed == -1 else feed
        here = [(s, e, pk) for s, e, pk in spans if s < page_end and e > page_start]
        cuts = {page_start, page_end}
        for s, e, _pk in here:
            cuts.update(x for x in (s, e) if page_start < x < page_end)
        ordered = sorted(cuts)
        pieces = []
        for a, b in itertools.pairwise(ordered):
            marked = any(s < b and e > a for s, e, _pk in here)
            # A passage gets its anchor where it starts, or at the top of the page it
            # continues on when its start lies before the shown text.
            anchors = [pk for s, e, pk in here if (s == a or s < a < e) and pk not in anchored]
            anchored.update(anchors)
            pieces.append(Piece(text[a:b], marked, anchors))
        pages.append(Page(number, pieces))
        if feed == -1:
            break
        page_start, number = feed + 1, number + 1
    return pages


PART_CHARS = 6_000

# A line break the PDF made inside a paragraph: after a long line, before a line that is no
# bullet, number, blank line or heading of its own. Display only; offsets are not touched.
_SOFT_BREAK = re.compile(r"(?<=[^\n]{60})[ \t]*\n(?=[ \t]*[^\s•·▪❖*\-−–\d\uf000-\uf0ff])")


def reflow(text: str) -> str:
    """Join the lines a PDF wrapped inside a paragraph, so the browser wraps them only once."""
    return _SOFT_BREAK.sub(" ", text)


def split_into_parts(page: Page, size: int = PART_CHARS) -> list[Page]:
    """Cut a text without page breaks (a .txt file) into parts of about ``size`` characters.

    One "page" of 200,000 characters made a document page tens of thousands of pixels tall.
    Cuts fall at line ends; a marked run cut in two stays marked on both sides and keeps its
    anchors where it starts.
    """
    parts: list[Page] = []
    current: list[Piece] = []
    length = 0
    queue = list(page.pieces)
    while queue:
        piece = queue.pop(0)
        room = size - length
        if len(piece.text) <= room:
            current.append(piece)
            length += len(piece.text)
            continue
        cut = piece.text.find("\n", max(0, room))
        if cut == -1 or cut + 1 >= len(piece.text):
            current.append(piece)
            length += len(piece.text)
            continue
        current.append(Piece(piece.text[: cut + 1], piece.marked, piece.anchors))
        queue.insert(0, Piece(piece.text[cut + 1 :], piece.marked, []))
        parts.append(Page(len(parts) + 1, current, is_part=True))
        current, length = [], 0
    if current or not parts:
        parts.append(Page(len(parts) + 1, current, is_part=True))
    return parts


def page_to_show(pages: list[Page], wanted_page: str | None, passage: str | None) -> int:
    """Index of the page to show: the one holding ``passage``, else page ``wanted_page``."""
    if passage and passage.isdigit():
        for index, page in enumerate(pages):
            if int(passage) in page.anchors:
                return index
    if wanted_page and wanted_page.isdigit():
        for index, page in enumerate(pages):
            if page.number == int(wanted_page):
                return index
    return 0


def _nearby(count: int, current: int) -> list[int | None]:
    """Positions (0-based) around the current one, the first and the last; None marks a gap."""
    return numbers_near(0, count - 1, current)


@dataclass(frozen=True)
class MentionGroup:
    kind: str
    label: str
    items: list[dict]


def _mention_groups(scope: list[int]) -> list[MentionGroup]:
    """Mentions by kind, each distinct wording once with the pages it is on."""
    found: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)
    for mention in Mention.objects.filter(document_id__in=scope).order_by("kind", "start"):
        slug = mention.value.get("slug", "") if isinstance(mention.value, dict) else ""
        key = (mention.as_written, slug)
        item = found[mention.kind].setdefault(
            key, {"as_written": mention.as_written, "slug": slug, "pages": []}
        )
        if mention.page and mention.page not in item["pages"]:
            item["pages"].append(mention.page)
    labels = dict(MentionKind.choices)
    return [
        MentionGroup(kind, labels[kind], list(found[kind].values()))
        for kind in MentionKind.values
        if found.get(kind)
    ]


@readable
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(
        Document.objects.select_related("parent", "sender", "previous_version"), pk=pk
    )
    root = document.root
    letters = list(document.parts.defer("extracted_text").order_by("start", "pk"))
    scope = [document.pk, *(letter.pk for letter in letters)]
    end = document.end if document.end is not None else len(root.extracted_text)
    passages = list(Passage.objects.filter(document_id__in=scope).values_list("pk", "start", "end"))
    in_scope = Q(source_passage__document_id__in=scope)
    agreements = list(
        Agreement.objects.exclude(review_state=ReviewState.REJECTED)
        .filter(in_scope | Q(arrangement__document_id__in=scope))
        .select_related("arrangement", "source_passage")
        .annotate(commitment_count=Count("commitments", distinct=True))
        .distinct()
        .order_by("arrangement_id", "chapter", "number", "pk")
    )
    commitment_count = (
        Commitment.objects.exclude(review_state=ReviewState.REJECTED)
        .filter(in_scope | Q(agreement__in=[a.pk for a in agreements]))
        .distinct()
        .count()
    )
    projects = list(
        Project.objects.exclude(review_state=ReviewState.REJECTED)
        .filter(
            in_scope
            | Q(milestones__source_passage__document_id__in=scope)
            | Q(money_lines__source_passage__document_id__in=scope)
        )
        .select_related("source_passage")
        .distinct()
        .order_by("name")
    )
    items = list(
        ParliamentaryItem.objects.exclude(review_state=ReviewState.REJECTED)
        .filter(in_scope)
        .select_related("source_passage")
    )
    return render(
        request,
        "web/documents/detail.html",
        {
            "document": document,
            "demo_record": document.is_demo,
            "root": root,
            "letters": letters,
            "later_versions": document.next_versions.defer("extracted_text"),
            "agreements": agreements,
            "commitment_count": commitment_count,
            "projects": projects,
            "parliamentary_items": items,
            "mention_groups": _mention_groups(scope),
            "scope_ids": scope,
            **_text_context(request, root, document, end, passages),
            "jobs": Job.objects.filter(document=document).select_related("created_by")[:5],
            "may_see_jobs": can_edit(request.user),
        },
    )


def _text_context(
    request: HttpRequest, root: Document, document: Document, end: int, passages: list
) -> dict[str, object]:
    """One page of the text (or one part of a text without pages), with the way to the others."""
    pages = text_pages(root.extracted_text, document.start, end, passages)
    if len(pages) == 1 and len(root.extracted_text[document.start : end]) > PART_CHARS:
        pages = split_into_parts(pages[0])
    index = page_to_show(pages, request.GET.get("pagina"), request.GET.get("passage"))
    shown = pages[index]
    for piece in shown.pieces:
        piece.text = reflow(piece.text)
    return {
        "page": shown,
        "page_count": len(pages),
        "pager": [None if i is None else pages[i].number for i in _nearby(len(pages), index)],
        "previous_page": pages[index - 1].number if index > 0 else None,
        "next_page": pages[index + 1].number if index + 1 < len(pages) else None,
        "has_real_pages": not shown.is_part,
    }


# -- upload -----------------------------------------------------------------------------------
class SizeLimitHandler(FileUploadHandler):
    """Stops receiving a file as soon as it passes the limit, before it reaches the disk.

    Django spools uploads above ``FILE_UPLOAD_MAX_MEMORY_SIZE`` to a temporary file, so a
    large letter never sits in memory; this handler sits in front of that and drops a file
    that is over ``MAX_UPLOAD_MB``, remembering its name so the page can say why.
    """

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.too_large: list[str] = []

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            self.too_large.append(self.file_name or "")
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handlers build the uploaded file


def _may_upload(request: HttpRequest) -> HttpResponse | None:
    """None when the user may upload; otherwise the answer (log in, or refused)."""
    return refused(request, can_edit, _("Only editors and administrators may add documents."))


def _safe_name(name: str) -> str:
    cleaned = Path(name.replace("\\", "/")).name.strip().lstrip(".")
    return cleaned[:200] or "document"


def _limit_bytes() -> int:
    return settings.MAX_UPLOAD_MB * 1024 * 1024


@csrf_exempt  # the upload handler must be in place before the CSRF check reads the body
def document_upload(request: HttpRequest) -> HttpResponse:
    refused = _may_upload(request)
    if refused is not None:
        return refused
    limiter = SizeLimitHandler(request, _limit_bytes())
    if request.method == "POST":
        request.upload_handlers.insert(0, limiter)
    return _document_upload(request, limiter)


@csrf_protect
def _document_upload(request: HttpRequest, limiter: SizeLimitHandler) -> HttpResponse:
    errors: list[str] = []
    if request.method == "POST":
        uploads = request.FILES.getlist(FIELD)
        for name in limiter.too_large:
            errors.append(
                _(
                    "%(name)s is larger than the limit of %(limit)s MB and was not accepted. "
                    "Split the file or ask an administrator to raise the limit."
                )
                % {"name": name, "limit": settings.MAX_UPLOAD_MB}
            )
        accepted = []
        for upload in uploads:
            name = _safe_name(upload.name or "")
            if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                errors.append(
                    _("%(name)s is not a supported kind of file (%(kinds)s).")
                    % {"name": name, "kinds": ", ".join(sorted(SUPPORTED_SUFFIXES))}
                )
                continue
            accepted.append((name, upload))
        if not uploads and not limiter.too_large:
            errors.append(_("Choose one or more files to upload."))
        jobs = []
        for name, upload in accepted:
            with tempfile.TemporaryDirectory(prefix="ruimtemonitor-upload-") as folder:
                target = Path(folder) / name
                with target.open("wb") as out:
                    for chunk in upload.chunks():
                        out.write(chunk)
                job = submit_file(target, user=request.user)
            dispatch_job(job)
            jobs.append(job)
        if jobs:
            for error in errors:
                messages.error(request, error)
            if len(jobs) == 1:
                return redirect("web:job_status", pk=jobs[0].pk)
            return redirect(
                f"{reverse('web:job_list')}?{urlencode([('taak', j.pk) for j in jobs])}"
            )
    return render(
        request,
        "web/documents/upload.html",
        {
            "errors": errors,
            "max_mb": settings.MAX_UPLOAD_MB,
            "field": FIELD,
            "accept": ",".join(sorted(SUPPORTED_SUFFIXES)),
            "queued": queue_enabled(),
        },
        status=400 if errors else 200,
    )


def job_data(job: Job) -> dict[str, object]:
    """What the job page shows, as the JSON the page's script reads."""
    document_url = reverse("web:document_detail", args=[job.document_id]) if job.document_id else ""
    return {
        "id": job.pk,
        "status": job.status,
        "status_label": str(job.get_status_display()),
        "finished": job.is_finished,
        "steps_done": job.steps_done,
        "steps_total": max(job.steps_total, 1),
        "log": user_log(job),
        "error": user_error(job),
        "document_url": document_url,
        "document_title": job.document.title if job.document_id else "",
    }


@require_GET
def job_status(request: HttpRequest, pk: int) -> HttpResponse:
    refused = _may_upload(request)
    if refused is not None:
        return refused
    job = get_object_or_404(
        visible_jobs(request.user).select_related("document", "created_by"), pk=pk
    )
    job.user_error, job.user_log = user_error(job), user_log(job)
    return render(request, "web/documents/job.html", {"jobs": [job], "single": True})


@require_GET
def job_status_json(request: HttpRequest, pk: int) -> JsonResponse:
    refused = _may_upload(request)
    if refused is not None:
        return JsonResponse({"error": "login required"}, status=401)
    job = get_object_or_404(visible_jobs(request.user).select_related("document"), pk=pk)
    response = JsonResponse(job_data(job))
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def job_list(request: HttpRequest) -> HttpResponse:
    """The jobs of one upload (``?taak=1&taak=2``), or the latest jobs."""
    refused = _may_upload(request)
    if refused is not None:
        return refused
    wanted = [int(v) for v in request.GET.getlist("taak") if v.isdigit()]
    jobs = visible_jobs(request.user).select_related("document", "created_by")
    jobs = jobs.filter(pk__in=wanted) if wanted else jobs
    jobs = list(jobs.order_by("-created_at", "-pk")[:50])
    for job in jobs:
        job.user_error, job.user_log = user_error(job), user_log(job)
    summary = ngettext("%(count)d job", "%(count)d jobs", len(jobs)) % {"count": len(jobs)}
    return render(
        request,
        "web/documents/job.html",
        {
            "jobs": jobs,
            "single": False,
            "summary": summary,
            "refresh_query": request.GET.urlencode(),
        },
    )


urlpatterns = [
    path("documenten", document_list, name="document_list"),
    path("documenten/uploaden", document_upload, name="document_upload"),
    path("documenten/taken", job_list, name="job_list"),
    path("documenten/taken/<int:pk>", job_status, name="job_status"),
    path("documenten/taken/<int:pk>/status", job_status_json, name="job_status_json"),
    path("documenten/<int:pk>", document_detail, name="document_detail"),
]
