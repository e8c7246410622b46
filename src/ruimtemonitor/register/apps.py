from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegisterConfig(AppConfig):
    name = "ruimtemonitor.register"
    verbose_name = _("Register")

    def ready(self) -> None:
        from ruimtemonitor.register import signals  # noqa: F401
