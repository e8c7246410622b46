"""Letters as ingested, and the passages every extracted record points back to."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ruimtemonitor.common.fields import optional_link
from ruimtemonitor.common.models import TimestampedModel


class DocumentKind(models.TextChoices):
    KAMERBRIEF = "kamerbrief", _("letter to parliament")
    RUIMTELIJK_ARRANGEMENT = "ruimtelijk_arrangement", _("Ruimtelijk Arrangement")
    MIRT_BRIEF = "mirt_brief", _("MIRT letter")
    RAADSINFORMATIEBRIEF = "raadsinformatiebrief", _("council information letter")
    RAADSVOORSTEL = "raadsvoorstel", _("council proposal")
    AFSPRAKENLIJST = "afsprakenlijst", _("list of agreements")
    UITVOERINGSAGENDA = "uitvoeringsagenda", _("implementation agenda")
    MIRT_PROJECT = "mirt_project", _("MIRT project page")
    BUNDLE = "bundel", _("bundle of documents")
    OTHER = "overig", _("other")


TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class Document(TimestampedModel):
    """A file as ingested, or one letter inside a bundle file (``parent`` with its span).

    Only a root document stores the file, its hash and its text; a letter inside a
    bundle reads its text from the root, so offsets stay valid for the whole file.
    """

    kind = models.CharField(_("kind"), max_length=32, choices=DocumentKind.choices)
    title = models.CharField(_("title"), max_length=500)
    date = models.DateField(_("date"), null=True, blank=True)
    reference = models.CharField(_("reference (kenmerk)"), max_length=255, blank=True)
    kamerstuk = models.CharField(_("Kamerstuk id"), max_length=64, blank=True)
    sender = optional_link("organisations.Organisation", _("sender"), "documents_sent")
    sender_as_written = models.CharField(_("sender as written"), max_length=255, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("contained in"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="parts",
    )
    start = models.PositiveIntegerField(_("start offset in the file text"), default=0)
    end = models.PositiveIntegerField(_("end offset in the file text"), null=True, blank=True)
    previous_version = optional_link("self", _("previous version"), "next_versions")
    content_hash = models.CharField(_("content hash (SHA-256)"), max_length=64, blank=True)
    source_file = models.FileField(_("source file"), upload_to="documents/%Y/", blank=True)
    original_filename = models.CharField(_("original file name"), max_length=255, blank=True)
    extracted_text = models.TextField(_("extracted text"), blank=True)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    # A shipped sample letter (documents.demo): shown as an example, never counted or cited.
    is_demo = models.BooleanField(_("sample letter"), default=False, db_index=True)
    history = HistoricalRecords(excluded_fields=["extracted_text"])

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-date", "title"]
        indexes = [
            models.Index(fields=["original_filename"]),  # finding the previous version
            models.Index(fields=["kind", "title"]),
            models.Index(fields=["content_hash"]),  # "already ingested?" for every file
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=models.Q(parent__isnull=True) & ~models.Q(content_hash=""),
                name="document_unique_file_hash",
            ),
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="document_span_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def has_pages(self) -> bool:
        """Whether the file has pages of its own: a text or HTML file is one long "page"."""
        name = (self.original_filename or "").lower()
        return bool(self.page_count) and not name.endswith(TEXT_SUFFIXES)

    @property
    def root(self) -> Document:
        document = self
        while document.parent_id is not None:
            document = document.parent
        return document

    @property
    def text(self) -> str:
        if self.parent_id is None:
            return self.extracted_text
        return self.root.extracted_text[self.start : self.end]

    def involved_organisation_ids(self) -> set[int]:
        return {self.sender_id} if self.sender_id else set()


class Passage(models.Model):
    """A span of a document's file text: what a person reads to check an extracted record."""

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="passages"
    )
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    page = models.PositiveIntegerField(_("page"), null=True, blank=True)
    line = models.PositiveIntegerField(_("line"), null=True, blank=True)

    class Meta:
        verbose_name = _("passage")
        verbose_name_plural = _("passages")
        ordering = ["document", "start"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="passage_span_ordered"
            ),
        ]
        indexes = [models.Index(fields=["document", "start"])]

    def __str__(self) -> str:
        where = f"p. {self.page}" if self.page else f"{self.start}–{self.end}"
        return f"{self.document} ({where})"

    @property
    def text(self) -> str:
        """Offsets are into the root file's text, so they survive splitting a bundle."""
        return self.document.root.extracted_text[self.start : self.end]


class MentionKind(models.TextChoices):
    AMOUNT = "amount", _("amount")
    DEADLINE = "deadline", _("deadline")
    PARTY = "party", _("party")
    AREA = "area", _("area")
    REFERENCE = "reference", _("cross-reference")


class Mention(models.Model):
    """Something extraction found in running text (an amount, a date, a party) and where.

    Mentions are evidence, not register records: they make documents searchable by
    what they name and let a person promote a mention to a record. They carry their
    span themselves (offsets into the file text, like a Passage) because there are many.
    """

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="mentions"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=MentionKind.choices)
    as_written = models.CharField(_("as written"), max_length=500)
    value = models.JSONField(_("value"), default=dict, blank=True)
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    page = models.PositiveIntegerField(_("page"), null=True, blank=True)
    line = models.PositiveIntegerField(_("line"), null=True, blank=True)

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        ordering = ["document", "start"]
        indexes = [models.Index(fields=["kind", "as_written"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.as_written}"

    @property
    def text(self) -> str:
        return self.document.root.extracted_text[self.start : self.end]
