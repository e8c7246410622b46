"""How django-axes' login lockout looks and counts here (settings ``AXES_*``).

Every form that calls ``authenticate`` (``/inloggen``, ``/beheer/login/``) is protected by
the same counts, kept per user name *and* client address, so a locked-out name is locked
at every form, while one address cannot lock out everyone behind the same proxy.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

__all__ = ["lockout_message", "lockout_response", "username_of"]

USERNAME_MAX_LENGTH = 150


def username_of(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    """The name tried, cut to what a user name can be: the lockout table must never fail
    on a name a form would refuse anyway."""
    name = (credentials or {}).get("username")
    if name is None and request is not None and hasattr(request, "POST"):
        name = request.POST.get("username")
    if name is None:
        return None
    return str(name).replace("\0", "")[:USERNAME_MAX_LENGTH]


def lockout_minutes() -> int:
    return max(1, int(settings.AXES_COOLOFF_TIME.total_seconds()) // 60)


def lockout_message() -> str:
    return _("Too many failed attempts. Try again in %(minutes)s minutes.") % {
        "minutes": lockout_minutes()
    }


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """The login page that was tried, with the lockout as its error (so the admin's login
    keeps the admin's look), answered with 429 and ``Retry-After``."""
    message = lockout_message()
    form = None
    if isinstance(original_response, TemplateResponse):
        form = (original_response.context_data or {}).get("form")
    if isinstance(form, forms.BaseForm):
        form.errors[forms.forms.NON_FIELD_ERRORS] = form.error_class([message])
        response: HttpResponse = original_response
        response.content = original_response.rendered_content
    else:
        response = HttpResponse(message, content_type="text/plain; charset=utf-8")
    response.status_code = settings.AXES_HTTP_RESPONSE_CODE
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
