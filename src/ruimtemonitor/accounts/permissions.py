"""The permission rule, as the pages and the API import it; it is defined in
``common.permissions`` (the lowest Django layer), so ``common`` never imports ``accounts``."""

from __future__ import annotations

from ruimtemonitor.common.permissions import InvolvesOrganisations, can_edit, can_read

__all__ = ["InvolvesOrganisations", "can_edit", "can_read"]
