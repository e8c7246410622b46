from django.contrib import admin

from ruimtemonitor.common.admin import RegisterAdmin
from ruimtemonitor.documents.models import Document, Passage


@admin.register(Document)
class DocumentAdmin(RegisterAdmin):
    list_display = ("title", "kind", "date", "reference", "parent")
    list_filter = ("kind",)
    search_fields = ("title", "reference", "kamerstuk", "content_hash")
    date_hierarchy = "date"
    autocomplete_fields = ("sender", "parent", "previous_version")
    readonly_fields = ("content_hash", "extracted_text", "page_count")


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ("document", "page", "line", "start", "end")
    search_fields = ("document__title",)
    readonly_fields = ("document", "start", "end", "page", "line", "text")

    def has_add_permission(self, request) -> bool:
        return False  # passages come from extraction only

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)
