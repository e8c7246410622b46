"""One admin base for every register record: the history button and the role rules."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from ruimtemonitor.common.permissions import can_edit


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

    def save_model(self, request: HttpRequest, obj: object, form: object, change: bool) -> None:
        # A record that hangs under another (a commitment under its agreement, a money line
        # under its project) may only be added to, or moved under, a parent the user may
        # edit: otherwise adding one's own organisation to it would grant rights over it.
        parent = obj.permission_parent() if hasattr(obj, "permission_parent") else None
        if change and parent is not None:
            before = type(obj)._default_manager.get(pk=obj.pk).permission_parent()
            parent = None if before == parent else parent  # not moved: checked as it was
        if parent is not None and not can_edit(request.user, parent):
            raise PermissionDenied
        if change and hasattr(obj, "version"):
            # An edit here must make a page or API edit started earlier a conflict.
            stored = type(obj)._default_manager.filter(pk=obj.pk).values_list("version", flat=True)
            obj.version = (stored.first() or 0) + 1
        super().save_model(request, obj, form, change)


class RegisterInlineMixin:
    """Inline children follow the rules of the record they are shown under."""

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return can_edit(request.user, obj)

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return can_edit(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return bool(getattr(request.user, "is_administrator", False))


class RegisterStackedInline(RegisterInlineMixin, admin.StackedInline):
    pass


class RegisterTabularInline(RegisterInlineMixin, admin.TabularInline):
    pass


class ReferenceAdmin(RegisterAdmin):
    """Reference data (organisations, areas) is kept by administrators only."""

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return bool(getattr(request.user, "is_administrator", False))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return bool(getattr(request.user, "is_administrator", False))


class RecordOfWorkAdmin(admin.ModelAdmin):
    """What the system wrote (passages, jobs): staff may look, nobody adds or changes it here."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)
