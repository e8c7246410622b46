from django.contrib import admin

from ruimtemonitor.common.admin import RegisterAdmin, RegisterTabularInline
from ruimtemonitor.projects.models import Milestone, MoneyLine, Project


class MilestoneInline(RegisterTabularInline):
    model = Milestone
    extra = 0
    fields = (
        "kind",
        "description",
        "deadline_as_written",
        "deadline_start",
        "deadline_end",
        "deadline_precision",
        "achieved_on",
    )


class MoneyLineInline(RegisterTabularInline):
    model = MoneyLine
    fk_name = "project"
    extra = 0
    fields = ("kind", "amount_eur", "amount_upper_eur", "as_written", "party", "price_level", "vat")
    autocomplete_fields = ("party",)


@admin.register(Project)
class ProjectAdmin(RegisterAdmin):
    list_display = ("name", "mirt_region", "phase", "status")
    list_filter = ("phase", "status", "mirt_region")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("mirt_region", "areas", "parties")
    raw_id_fields = ("source_passage",)
    inlines = [MilestoneInline, MoneyLineInline]


@admin.register(Milestone)
class MilestoneAdmin(RegisterAdmin):
    list_display = ("project", "kind", "deadline_as_written", "achieved_on")
    list_filter = ("kind",)
    search_fields = ("project__name", "description")
    autocomplete_fields = ("project",)


@admin.register(MoneyLine)
class MoneyLineAdmin(RegisterAdmin):
    list_display = ("__str__", "kind", "project", "party", "vat", "price_level")
    list_filter = ("kind", "vat")
    search_fields = ("as_written", "description", "project__name")
    autocomplete_fields = ("project", "agreement", "party")
