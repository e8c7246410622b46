from django.contrib import admin

from ruimtemonitor.common.admin import ReferenceAdmin
from ruimtemonitor.organisations.models import Area, Organisation


@admin.register(Organisation)
class OrganisationAdmin(ReferenceAdmin):
    list_display = ("name", "abbreviation", "kind", "cbs_code")
    list_filter = ("kind",)
    search_fields = ("name", "abbreviation", "slug", "cbs_code")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Area)
class AreaAdmin(ReferenceAdmin):
    list_display = ("name", "kind", "novex_type", "parent", "authority")
    list_filter = ("kind", "novex_type", "housing_programme")
    search_fields = ("name", "slug", "cbs_code")
    autocomplete_fields = ("parent", "authority")
    prepopulated_fields = {"slug": ("name",)}
