"""Read access for pages: public when the setting allows, otherwise after logging in."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse

from ruimtemonitor.accounts.permissions import can_read


def readable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not can_read(request.user, public_read=settings.PUBLIC_READ):
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper
