"""The garbage collector in a server process: what is loaded at start-up lives as long as the
process, so it is set aside once instead of being scanned again and again.

Python's cyclic collector walks every tracked object on a full collection. A served
Ruimtemonitor holds about 116,000 of them once its URL configuration (and with it every
view, form and serializer) is imported; a full collection then took 75–390 ms on the
benchmark machine, and it fell inside a request about once in 40 requests, where it stalls
every thread (docs/performance.md, 6 December 2026). ``gc.freeze()`` moves them to the
permanent generation: they are still freed by reference counting when dropped, but the
collector no longer walks them, so a full collection sees only what requests created.
"""

from __future__ import annotations

import gc


def freeze_loaded() -> int:
    """Import the URL configuration, collect once, and freeze what is alive; return how many
    objects were set aside. Call it once, before serving (and before forking: the frozen
    objects are then also never written to by the collector, so the pages stay shared)."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view module
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
