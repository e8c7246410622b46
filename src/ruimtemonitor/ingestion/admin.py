from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from ruimtemonitor.ingestion.models import Job
from ruimtemonitor.ingestion.services import visible_jobs


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("source_name", "status", "steps_done", "steps_total", "created_at", "document")
    list_filter = ("status",)
    search_fields = ("source_name", "content_hash", "error")
    readonly_fields = [f.name for f in Job._meta.fields]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Job]:
        """Editors see the jobs of their own organisation, as on the job pages."""
        return visible_jobs(request.user).select_related("document")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)
