from django.contrib import admin
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from ruimtemonitor.common.admin import RegisterAdmin
from ruimtemonitor.sources.models import SourceProposal, SourceRecord, SyncCursor, SyncRun


class ReadOnlyAdmin(SimpleHistoryAdmin):
    """Written by the sync only: what the source said is evidence, not something to edit.
    Everyone with admin access may look (as in ``RegisterAdmin``)."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return bool(getattr(request.user, "is_administrator", False))


@admin.register(SyncRun)
class SyncRunAdmin(ReadOnlyAdmin):
    list_display = ("source", "started_at", "status", "fetched", "created", "changed", "error")
    list_filter = ("source", "status")


@admin.register(SyncCursor)
class SyncCursorAdmin(admin.ModelAdmin):
    """An administrator may move a listing's position back to read a period again."""

    list_display = ("source", "stream", "scope", "modified", "updated_at")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return bool(getattr(request.user, "is_administrator", False))

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_module_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_module_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(SourceRecord)
class SourceRecordAdmin(ReadOnlyAdmin):
    list_display = ("kamerstuk", "kind", "source", "status", "modified", "deleted")
    list_filter = ("source", "kind", "deleted")
    search_fields = ("kamerstuk", "title", "external_id")


@admin.register(SourceProposal)
class SourceProposalAdmin(RegisterAdmin):
    list_display = ("parliamentary_item", "status_at_source", "proposed_status", "review_state")
    list_filter = ("review_state",)
    raw_id_fields = ("record", "parliamentary_item")
