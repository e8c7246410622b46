from django.contrib import admin

from ruimtemonitor.ingestion.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("source_name", "status", "steps_done", "steps_total", "created_at", "document")
    list_filter = ("status",)
    search_fields = ("source_name", "content_hash", "error")
    readonly_fields = [f.name for f in Job._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_module_permission(self, request) -> bool:
        return self.has_view_permission(request)
