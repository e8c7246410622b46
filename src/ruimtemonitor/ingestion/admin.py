from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from ruimtemonitor.common.admin import RecordOfWorkAdmin
from ruimtemonitor.ingestion.models import Job
from ruimtemonitor.ingestion.services import visible_jobs


@admin.register(Job)
class JobAdmin(RecordOfWorkAdmin):
    list_display = ("source_name", "status", "steps_done", "steps_total", "created_at", "document")
    list_filter = ("status",)
    search_fields = ("source_name", "content_hash", "error")
    readonly_fields = [f.name for f in Job._meta.fields]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Job]:
        """Editors see the jobs of their own organisation, as on the job pages."""
        return visible_jobs(request.user).select_related("document")
