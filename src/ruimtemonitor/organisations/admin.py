from django.contrib import admin
from django.db import models

from ruimtemonitor.common.admin import ReferenceAdmin
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.organisations.services import rebuild_reach


@admin.register(Organisation)
class OrganisationAdmin(ReferenceAdmin):
    list_display = ("name", "abbreviation", "kind", "cbs_code")
    list_filter = ("kind",)
    search_fields = ("name", "abbreviation", "slug", "cbs_code")
    prepopulated_fields = {"slug": ("name",)}
    # TOOI identifiers are https addresses; a typed address without a scheme gets https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Area)
class AreaAdmin(ReferenceAdmin):
    list_display = ("name", "kind", "novex_type", "parent", "authority")
    list_filter = ("kind", "novex_type", "housing_programme")
    search_fields = ("name", "slug", "cbs_code")
    autocomplete_fields = ("parent", "authority", "member_of")
    prepopulated_fields = {"slug": ("name",)}

    def save_related(self, request: object, form: object, formsets: object, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        rebuild_reach()  # the parent or memberships may have changed what each page lists

    def delete_model(self, request: object, obj: Area) -> None:
        super().delete_model(request, obj)
        rebuild_reach()
