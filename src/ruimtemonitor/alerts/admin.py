"""Subscriptions and their send log in the management screens, for administrators only.

Who follows what is personal: editors do not see it. The send log is evidence of what went
out and when, so nobody edits it; ``last_sent_until`` is kept by sending alone, because the
log's constraints rely on it only moving forward.
"""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.alerts.models import DigestDelivery, Subscription


def _is_administrator(request: HttpRequest) -> bool:
    return request.user.is_active and bool(getattr(request.user, "is_administrator", False))


class AdministratorsOnly(admin.ModelAdmin):
    def has_module_permission(self, request: HttpRequest) -> bool:
        return _is_administrator(request)

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return _is_administrator(request)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return _is_administrator(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return _is_administrator(request)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return _is_administrator(request)


class DeliveryInline(admin.TabularInline):
    model = DigestDelivery
    extra = 0
    fields = ("period_start", "period_end", "status", "item_count", "attempts", "sent_at")
    readonly_fields = fields
    can_delete = False
    show_change_link = True
    ordering = ("-period_end",)

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Subscription)
class SubscriptionAdmin(AdministratorsOnly):
    list_display = ("user", "describe", "frequency", "active", "created_at", "last_sent_until")
    list_filter = ("frequency", "active")
    search_fields = ("user__username", "user__email", "query")
    autocomplete_fields = ("user", "area", "organisation", "arrangement")
    readonly_fields = ("created_at", "last_sent_until")
    inlines = (DeliveryInline,)

    @admin.display(description=_("follows"))
    def describe(self, obj: Subscription) -> str:
        return obj.describe()


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(AdministratorsOnly):
    list_display = (
        "subscription",
        "period_start",
        "period_end",
        "status",
        "item_count",
        "attempts",
        "sent_at",
        "recipient",
    )
    list_filter = ("status",)
    search_fields = ("recipient", "subject", "subscription__user__username")
    date_hierarchy = "period_end"

    def get_readonly_fields(self, request: HttpRequest, obj: object = None) -> list[str]:
        return [field.name for field in self.model._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
