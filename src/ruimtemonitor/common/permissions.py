"""Who may change which record: the roles and one rule, used by the admin, pages and API.

It lives in ``common``, the layer every app builds on, so the abstract admin classes and
``common.editing`` can ask it without depending on an app above them. ``accounts.User``
stores the role; the rule needs only the attributes any user object has.
"""

from __future__ import annotations

from typing import Protocol

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["InvolvesOrganisations", "Role", "can_edit", "can_read"]


class Role(models.TextChoices):
    READER = "lezer", _("reader")
    EDITOR = "redacteur", _("editor")
    ADMINISTRATOR = "beheerder", _("administrator")


class InvolvesOrganisations(Protocol):
    def involved_organisation_ids(self) -> set[int]: ...


def can_edit(user: object, record: InvolvesOrganisations | None = None) -> bool:
    """Administrators edit everything; editors edit records that involve their organisation.

    With ``record=None`` the question is whether the user may edit records of this kind at all.
    """
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return False
    if getattr(user, "is_superuser", False) or getattr(user, "role", None) == Role.ADMINISTRATOR:
        return True
    if getattr(user, "role", None) != Role.EDITOR or getattr(user, "organisation_id", None) is None:
        return False
    if record is None:
        return True
    return user.organisation_id in record.involved_organisation_ids()


def can_read(user: object, *, public_read: bool) -> bool:
    return public_read or bool(getattr(user, "is_authenticated", False))
