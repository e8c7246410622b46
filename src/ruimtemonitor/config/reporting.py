"""Hide connection URLs (which carry passwords) on error pages, besides Django's own list."""

import re

from django.views.debug import SafeExceptionReporterFilter


class SettingsFilter(SafeExceptionReporterFilter):
    hidden_settings = re.compile(
        "API|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|BROKER|DATABASE", flags=re.IGNORECASE
    )
