"""One way to change a register record, for the pages and the API alike.

It checks the editor's right, refuses a stale version (someone else saved in the
meantime), records who changed what in the history, and marks a reviewed extraction as
*corrected* so that a later ingest leaves it alone.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _

from ruimtemonitor.common.permissions import can_edit
from ruimtemonitor.common.statuses import ReviewState


class EditConflictError(Exception):
    """The record changed since the editor loaded it."""

    def __init__(self, record: Model, expected: int) -> None:
        self.record = record
        self.expected = expected
        self.current = record.version
        super().__init__(
            _(
                "Someone else changed this record while you were editing it (your version "
                "%(expected)s, now version %(current)s). Reload the page to see their change, "
                "then make yours again."
            )
            % {"expected": expected, "current": record.version}
        )


def save_edit(
    record: Model,
    changes: dict[str, Any],
    *,
    version: int,
    user: Any,
    reason: str = "",
) -> Model:
    """Apply ``changes`` (field name -> value) to ``record`` if ``version`` is still current.

    Returns the saved record with its new version. Raises PermissionDenied, EditConflictError
    or ValidationError (all field errors at once) and writes nothing in those cases.
    """
    model = type(record)
    with transaction.atomic():
        current = model.objects.select_for_update().get(pk=record.pk)
        if not can_edit(user, current):
            raise PermissionDenied(_("You may not change this record."))
        if current.version != version:
            raise EditConflictError(current, version)
        changed = False
        for field, value in changes.items():
            if getattr(current, field) != value:
                setattr(current, field, value)
                changed = True
        if not changed:
            return current
        current.full_clean()
        if getattr(current, "review_state", None) in {ReviewState.PROPOSED, ReviewState.CONFIRMED}:
            current.review_state = ReviewState.CORRECTED
        current.version += 1
        current._history_user = user
        current._change_reason = reason or "edit"
        current.save()
    return current


def review(record: Model, decision: str, *, user: Any) -> Model:
    """Confirm or reject a proposed record: one decision, recorded in the history."""
    if decision not in {ReviewState.CONFIRMED, ReviewState.REJECTED}:
        raise ValidationError(_("A review decision must be either confirmed or rejected."))
    model = type(record)
    with transaction.atomic():
        current = model.objects.select_for_update().get(pk=record.pk)
        if not can_edit(user, current):
            raise PermissionDenied(_("You may not review this record."))
        current.review_state = decision
        if hasattr(current, "version"):
            current.version += 1
        current._history_user = user
        current._change_reason = f"review: {decision}"
        current.save()
    return current
