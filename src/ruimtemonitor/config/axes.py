"""django-axes under a Dutch name in the management screens (the package has no Dutch)."""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _


class LoginAttemptsConfig(AxesAppConfig):
    verbose_name = _("Login attempts")
