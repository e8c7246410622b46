"""Access to pages: reading is public when the setting allows, otherwise after logging in;
pages that change things ask for a login first and then for the right role."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from ruimtemonitor.accounts.permissions import can_read


def readable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not can_read(request.user, public_read=settings.PUBLIC_READ):
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def refused(
    request: HttpRequest, allowed: Callable[[object], bool], why: str
) -> HttpResponse | None:
    """None when the logged-in user is ``allowed``; a visitor is sent to log in first, and a
    user without the right is refused with ``why`` (403)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not allowed(request.user):
        raise PermissionDenied(why)
    return None
