"""Login rate limiting: after a few failed attempts per user name and per address, wait.

Counts live in Django's cache (per process with the default local-memory cache; set a
shared cache such as Redis when several server processes run).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _


def _keys(request: HttpRequest, username: str) -> list[str]:
    address = request.META.get("REMOTE_ADDR", "")
    return [f"login-failures:user:{username.lower()[:150]}", f"login-failures:addr:{address}"]


def is_locked(request: HttpRequest, username: str) -> bool:
    return any(
        (cache.get(key) or 0) >= settings.LOGIN_MAX_FAILURES for key in _keys(request, username)
    )


def record_failure(request: HttpRequest, username: str) -> None:
    for key in _keys(request, username):
        cache.add(key, 0, timeout=settings.LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)


def clear_failures(request: HttpRequest, username: str) -> None:
    cache.delete_many(_keys(request, username))


class ThrottledAuthenticationForm(AuthenticationForm):
    def clean(self) -> dict:
        username = self.data.get("username", "")
        if is_locked(self.request, username):
            minutes = max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)
            raise ValidationError(
                _("Too many failed attempts. Try again in %(minutes)s minutes.")
                % {"minutes": minutes},
                code="throttled",
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            record_failure(self.request, username)
            raise
        clear_failures(self.request, username)
        return cleaned


class ThrottledLoginView(LoginView):
    form_class = ThrottledAuthenticationForm
