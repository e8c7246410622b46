"""Saved selections of the Afspraken list: a name for a query string, per user."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ruimtemonitor.register.filters import selection
from ruimtemonitor.web.forms import (
    SavedFilterForm,
)
from ruimtemonitor.web.models import SavedFilter


@login_required
@require_POST
def saved_filter_save(request: HttpRequest) -> HttpResponse:
    form = SavedFilterForm(request.POST)
    list_url = reverse("web:agreement_list")
    if not form.is_valid():
        messages.error(request, _("Give the selection a name (at most 100 characters)."))
        return redirect(
            list_url + "?" + selection(QueryDict(request.POST.get("query", ""))).urlencode()
        )
    query = selection(QueryDict(form.cleaned_data["query"])).urlencode()
    SavedFilter.objects.update_or_create(
        user=request.user,
        page="agreement_list",
        name=form.cleaned_data["name"],
        defaults={"query": query},
    )
    messages.success(
        request, _("Selection “%(name)s” saved.") % {"name": form.cleaned_data["name"]}
    )
    return redirect(list_url + ("?" + query if query else ""))


@login_required
@require_POST
def saved_filter_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(SavedFilter, pk=pk, user=request.user)
    saved.delete()
    messages.success(request, _("Selection “%(name)s” deleted.") % {"name": saved.name})
    return redirect("web:agreement_list")
