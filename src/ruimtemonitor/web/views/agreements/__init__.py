"""The Afspraken pages: list with search, facets and export; detail with history; editing.

One module per concern: ``listing`` (list and facet panel), ``export``, ``saved_filters``,
``detail`` and ``edit`` (with conflict handling); ``rows`` is the line of list and export.
"""

from django.urls import path

from ruimtemonitor.web.views.agreements.detail import agreement_detail
from ruimtemonitor.web.views.agreements.edit import (
    agreement_edit,
    commitment_edit,
    edit_or_redirect,
)
from ruimtemonitor.web.views.agreements.export import agreement_export
from ruimtemonitor.web.views.agreements.listing import agreement_facets, agreement_list
from ruimtemonitor.web.views.agreements.saved_filters import saved_filter_delete, saved_filter_save

urlpatterns = [
    path("afspraken", agreement_list, name="agreement_list"),
    path("afspraken/facetten", agreement_facets, name="agreement_facets"),
    path("afspraken/export.<str:fmt>", agreement_export, name="agreement_export"),
    path("afspraken/selecties", saved_filter_save, name="saved_filter_save"),
    path(
        "afspraken/selecties/<int:pk>/verwijderen",
        saved_filter_delete,
        name="saved_filter_delete",
    ),
    path("afspraken/<int:pk>", agreement_detail, name="agreement_detail"),
    path("afspraken/<int:pk>/bewerken", edit_or_redirect(agreement_edit), name="agreement_edit"),
    path(
        "afspraken/<int:pk>/toezeggingen/<int:commitment_pk>/bewerken",
        edit_or_redirect(commitment_edit),
        name="commitment_edit",
    ),
]
