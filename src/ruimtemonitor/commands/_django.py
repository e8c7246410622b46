"""Start Django for subcommands that need the register; configuration errors stay one sentence."""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

from ruimtemonitor.config.parsers import ConfigurationError


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ruimtemonitor.config.settings")
    import django

    try:
        django.setup()
    except ImproperlyConfigured as exc:
        raise ConfigurationError(str(exc)) from exc
