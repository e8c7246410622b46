"""Editing an agreement or a commitment on its page, with optimistic locking.

Each form carries the version it was read at; when someone saved in between, the page comes
back with status 409 and a table of the fields as you sent them beside their current values.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ruimtemonitor.accounts.permissions import can_edit
from ruimtemonitor.common.editing import EditConflictError, save_edit
from ruimtemonitor.register.models import Agreement, Commitment
from ruimtemonitor.web.forms import (
    AgreementEditForm,
    CommitmentEditForm,
    VersionedForm,
    owner_choices,
)
from ruimtemonitor.web.history import FieldChange, ValueFormatter, label
from ruimtemonitor.web.views.agreements.detail import (
    Conflict,
    detail_context,
    load_agreement,
    source_date,
)


def _conflict(
    form: VersionedForm, model: type[Model], current: Model, error: EditConflictError
) -> Conflict:
    formatter = ValueFormatter()
    yours = form.changes()
    formatter.want(
        "organisations",
        [
            getattr(yours.get("owner"), "pk", None),
            getattr(current, "owner_id", None),
        ],
    )
    formatter.load()
    rows = []
    for name, value in yours.items():
        attname = "owner_id" if name == "owner" else name
        mine = getattr(value, "pk", value)
        now = getattr(current, attname)
        rows.append(
            FieldChange(
                label(model, name),
                formatter.show(model, name, mine),
                formatter.show(model, name, now),
            )
        )
    return Conflict(str(error), rows)


def _edit_response(
    request: HttpRequest,
    agreement: Agreement,
    status: int,
    **overrides: Any,
) -> HttpResponse:
    context = detail_context(request, agreement, **overrides)
    return render(request, "web/agreements/detail.html", context, status=status)


def _save(request: HttpRequest, record: Model, form: VersionedForm) -> EditConflictError | None:
    """Save a valid form's changes to ``record``; a conflict is returned, invalid values end
    up as the form's errors (then ``form.errors`` is not empty)."""
    if not form.is_valid():
        return None
    try:
        save_edit(
            record,
            form.changes(),
            version=form.cleaned_data["version"],
            user=request.user,
            reason=form.cleaned_data["reason"],
        )
    except EditConflictError as error:
        return error
    except ValidationError as error:
        _add_errors(form, error)
    return None


@require_POST
def agreement_edit(request: HttpRequest, pk: int) -> HttpResponse:
    agreement = load_agreement(pk)
    if not can_edit(request.user, agreement):
        raise PermissionDenied(_("You may not change this record."))
    form = AgreementEditForm(request.POST, prefix="afspraak")
    conflict = _save(request, agreement, form)
    if conflict is not None:
        current = load_agreement(pk)
        return _edit_response(
            request,
            current,
            409,
            agreement_conflict=_conflict(form, Agreement, current, conflict),
        )
    if form.errors:
        return _edit_response(request, agreement, 400, agreement_form=form)
    messages.success(request, _("The agreement has been saved."))
    return HttpResponseRedirect(reverse("web:agreement_detail", args=[pk]) + "#bewerken")


@require_POST
def commitment_edit(request: HttpRequest, pk: int, commitment_pk: int) -> HttpResponse:
    agreement = load_agreement(pk)
    commitment = get_object_or_404(Commitment, pk=commitment_pk, agreement=agreement)
    if not can_edit(request.user, commitment):
        raise PermissionDenied(_("You may not change this record."))
    form = CommitmentEditForm(
        request.POST,
        prefix=f"toezegging-{commitment.pk}",
        document_date=source_date(agreement),
        owner_choices=owner_choices(),
        current=commitment.deadline,
    )
    conflict = _save(request, commitment, form)
    if conflict is not None:
        current = Commitment.objects.get(pk=commitment.pk)
        return _edit_response(
            request,
            agreement,
            409,
            commitment_conflicts={commitment.pk: _conflict(form, Commitment, current, conflict)},
        )
    if form.errors:
        return _edit_response(request, agreement, 400, commitment_forms={commitment.pk: form})
    messages.success(request, _("The commitment has been saved."))
    anchor = f"#toezegging-{commitment.pk}"
    return HttpResponseRedirect(reverse("web:agreement_detail", args=[pk]) + anchor)


def _add_errors(form: VersionedForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


@require_GET
def edit_redirect(request: HttpRequest, pk: int, commitment_pk: int | None = None) -> HttpResponse:
    """The edit addresses only take POSTs; a visitor of one lands on the form in the page."""
    anchor = f"#toezegging-{commitment_pk}" if commitment_pk else "#bewerken"
    return HttpResponseRedirect(reverse("web:agreement_detail", args=[pk]) + anchor)


def edit_or_redirect(view: Any) -> Any:
    def dispatch(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "GET":
            return edit_redirect(request, *args, **kwargs)
        return view(request, *args, **kwargs)

    dispatch.__name__ = view.__name__
    dispatch.__doc__ = view.__doc__
    return dispatch
