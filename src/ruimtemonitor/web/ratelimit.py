"""A limit on expensive work anonymous visitors can ask for: letters and reports rendered
to PDF or DOCX, and exports. One PDF letter costs about a second of CPU; without a limit a
single visitor can keep the server busy.

Counted per client address (``config.proxies.client_address``) in fixed windows in Django's
cache: per process with the default local-memory cache, which suits the single waitress
process ``ruimtemonitor serve`` runs. Logged-in users are not limited.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ruimtemonitor.config.proxies import client_address

__all__ = ["anonymous_rate_limited", "seconds_to_wait"]


def seconds_to_wait(key: str, limit: int, period: int, now: float | None = None) -> int:
    """Count one request for ``key``; 0 when it is within ``limit`` per ``period`` seconds,
    else the seconds until the window ends."""
    now = time.time() if now is None else now
    window = int(now // period)
    slot = f"ratelimit:{key}:{window}"
    cache.add(slot, 0, timeout=period + 1)
    try:
        count = cache.incr(slot)
    except ValueError:  # expired between add and incr
        cache.set(slot, 1, timeout=period + 1)
        count = 1
    if count <= limit:
        return 0
    return max(1, math.ceil((window + 1) * period - now))


def anonymous_rate_limited(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuse with 429 and ``Retry-After`` once an anonymous address used up its renders."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        rate = settings.ANONYMOUS_RENDER_LIMIT
        if rate is not None and not request.user.is_authenticated:
            limit, period = rate
            wait = seconds_to_wait(f"render:{client_address(request)}", limit, period)
            if wait:
                response = render(request, "429.html", {"seconds": wait}, status=429)
                response["Retry-After"] = str(wait)
                return response
        return view(request, *args, **kwargs)

    return wrapper
