from django.contrib import admin
from django.http import HttpRequest

from ruimtemonitor.common.admin import RegisterAdmin, RegisterStackedInline
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.register.models import (
    Agreement,
    AgreementChange,
    Arrangement,
    Commitment,
    Meeting,
    ParliamentaryItem,
    StatusReport,
)


@admin.register(Meeting)
class MeetingAdmin(RegisterAdmin):
    list_display = ("title", "kind", "area", "date", "year")
    list_filter = ("kind", "year")
    search_fields = ("title",)
    autocomplete_fields = ("area",)


@admin.register(Arrangement)
class ArrangementAdmin(RegisterAdmin):
    list_display = ("title", "kind", "area", "year", "generation")
    list_filter = ("kind", "year")
    search_fields = ("title",)
    autocomplete_fields = ("area", "supersedes", "document", "meeting", "parties")


class CommitmentInline(RegisterStackedInline):
    model = Commitment
    extra = 0
    fields = (
        "position",
        "text",
        "owner",
        "owner_as_written",
        "status",
        ("deadline_as_written", "deadline_start", "deadline_end", "deadline_precision"),
        "notes",
        "review_state",
    )
    autocomplete_fields = ("owner",)


@admin.register(Agreement)
class AgreementAdmin(RegisterAdmin):
    list_display = ("number", "title", "arrangement", "status", "review_state")
    list_filter = ("status", "review_state", "arrangement")
    search_fields = ("number", "title", "commitments__text")
    autocomplete_fields = ("arrangement", "departments", "parties", "areas", "continues")
    raw_id_fields = ("source_passage",)
    inlines = [CommitmentInline]


@admin.register(Commitment)
class CommitmentAdmin(RegisterAdmin):
    list_display = ("__str__", "agreement", "owner", "deadline_as_written", "status")
    list_filter = ("status", "deadline_precision")
    search_fields = ("text", "owner_as_written", "deadline_as_written")
    autocomplete_fields = ("agreement", "owner")
    raw_id_fields = ("source_passage",)


@admin.register(ParliamentaryItem)
class ParliamentaryItemAdmin(RegisterAdmin):
    list_display = ("kamerstuk", "kind", "member", "status")
    list_filter = ("kind", "status")
    search_fields = ("kamerstuk", "member", "text")
    autocomplete_fields = ("responsible",)
    raw_id_fields = ("source_passage",)


@admin.register(AgreementChange)
class AgreementChangeAdmin(RegisterAdmin):
    list_display = ("arrangement", "kind", "confidence", "renumbered", "review_state")
    list_filter = ("kind", "review_state")
    autocomplete_fields = ("arrangement", "previous", "next")
    readonly_fields = ("title_diff", "text_diff")


@admin.register(StatusReport)
class StatusReportAdmin(RegisterAdmin):
    list_display = ("__str__", "parliamentary_item", "commitment", "partly", "review_state")
    list_filter = ("review_state", "partly")
    search_fields = ("as_written",)
    raw_id_fields = ("parliamentary_item", "commitment", "source_passage")

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, str]:
        """A report added by hand waits for a decision, as one found in a letter does."""
        initial = super().get_changeform_initial_data(request)
        return {**initial, "review_state": ReviewState.PROPOSED}
