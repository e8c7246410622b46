from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_version_triggers(sender: AppConfig, using: str = "default", **kwargs: Any) -> None:
    """Re-create the register version's triggers after every ``migrate``: SQLite drops a
    table's triggers when a migration rebuilds the table (``register.version``)."""
    from ruimtemonitor.register import version

    version.install(connections[using])


class RegisterConfig(AppConfig):
    name = "ruimtemonitor.register"
    verbose_name = _("Register")

    def ready(self) -> None:
        from ruimtemonitor.register import signals  # noqa: F401

        post_migrate.connect(
            _install_version_triggers, sender=self, dispatch_uid="register-version-triggers"
        )
