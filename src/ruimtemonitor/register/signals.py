"""Keep each agreement's search column in step with edits made one record at a time.

Bulk writes (ingestion) send no signals; they fill the column themselves.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from ruimtemonitor.register.models import Agreement, Commitment
from ruimtemonitor.register.search import refresh_search_documents


@receiver(post_save, sender=Agreement, dispatch_uid="agreement-search-document")
def agreement_saved(sender: type, instance: Agreement, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        refresh_search_documents([instance.pk])


@receiver(post_save, sender=Commitment, dispatch_uid="commitment-saved-search-document")
@receiver(post_delete, sender=Commitment, dispatch_uid="commitment-deleted-search-document")
def commitment_changed(
    sender: type, instance: Commitment, raw: bool = False, **kwargs: Any
) -> None:
    if not raw and instance.agreement_id:
        refresh_search_documents([instance.agreement_id])
