"""One admin base for every register record: the history button and the role rules."""

from __future__ import annotations

from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from ruimtemonitor.accounts.permissions import can_edit


class RegisterAdmin(SimpleHistoryAdmin):
    """Everyone with admin access may look; what they may change follows ``can_edit``."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return self.has_module_permission(request)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return can_edit(request.user, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return can_edit(request.user)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        # Deleting loses the record for Woo requests; only administrators may.
        return bool(getattr(request.user, "is_administrator", False))


class ReferenceAdmin(RegisterAdmin):
    """Reference data (organisations, areas) is kept by administrators only."""

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return bool(getattr(request.user, "is_administrator", False))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return bool(getattr(request.user, "is_administrator", False))
