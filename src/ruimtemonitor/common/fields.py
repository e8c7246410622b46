"""Model fields the apps declare the same way."""

from __future__ import annotations

from typing import Any

from django.db import models


def optional_link(
    to: Any, verbose_name: Any, related_name: str, *, one_to_one: bool = False
) -> models.ForeignKey:
    """A link that may be empty and is cleared when its target is deleted.

    Register records outlive what they point to (a deleted document or user must not take an
    agreement or a job with it), so every such link is nullable with ``SET_NULL``.
    """
    field = models.OneToOneField if one_to_one else models.ForeignKey
    return field(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )
