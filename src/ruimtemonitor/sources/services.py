"""What commands, tasks and pages do with the official sources."""

from __future__ import annotations

from ruimtemonitor.sources.linking import decide, propose_status
from ruimtemonitor.sources.overview import SourceOverview, overview
from ruimtemonitor.sources.sync import SyncReport, client_for, sync_source

__all__ = [
    "SourceOverview",
    "SyncReport",
    "client_for",
    "decide",
    "overview",
    "propose_status",
    "sync_source",
]
