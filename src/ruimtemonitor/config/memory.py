"""The garbage collector in a server process: what is loaded at start-up lives as long as the
process, so it is set aside once, and full collections come less often.

Python's cyclic collector walks every tracked object on a full collection. A served
Ruimtemonitor holds about 116,000 of them once its URL configuration (and with it every
view, form and serializer) is imported; a full collection then took 75–390 ms on the
benchmark machine under load, and it fell inside a request a few times in 60, where it
stalls every thread: the slowest 5 % of cold list and API requests were mostly that
(docs/performance.md, 6 December 2026).

- ``gc.freeze()`` moves what start-up loaded to the permanent generation: still freed by
  reference counting when dropped, but no longer walked, so a full collection sees only
  what requests created.
- The third threshold goes from 10 to ``FULL_AFTER`` collections of the middle generation:
  a full collection then comes every few hundred requests instead of every 20–30.
  Everything else about collecting (young objects, the middle generation) stays as it is.
"""

from __future__ import annotations

import gc

#: Collections of the middle generation between two full ones (Python's default is 10).
FULL_AFTER = 100


def tune_collector() -> int:
    """Import the URL configuration, collect once, freeze what is alive and space out the
    full collections; return how many objects were set aside. Call it once, before serving
    (and before forking: the frozen objects are then never written to by the collector, so
    their memory stays shared between the processes)."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view module
    gc.collect()
    gc.freeze()
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_AFTER)
    return gc.get_freeze_count()
