"""Who may change which record: one rule, used by the admin now and the pages and API later."""

from __future__ import annotations

from typing import Protocol

from ruimtemonitor.accounts.models import Role


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
