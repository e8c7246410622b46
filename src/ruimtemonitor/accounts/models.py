"""Users belong to an organisation and have one role; the role decides what they may change."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ruimtemonitor.common.permissions import Role

__all__ = ["Role", "User"]


class User(AbstractUser):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.READER)
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs) -> None:
        # Editors and administrators work in the admin; readers use the public pages only.
        self.is_staff = self.is_superuser or self.role in {Role.EDITOR, Role.ADMINISTRATOR}
        super().save(*args, **kwargs)

    @property
    def is_administrator(self) -> bool:
        return self.is_superuser or self.role == Role.ADMINISTRATOR
