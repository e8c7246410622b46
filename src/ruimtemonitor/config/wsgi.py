"""WSGI entry point for `ruimtemonitor serve` and for any WSGI server (gunicorn, mod_wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

from ruimtemonitor.config.memory import tune_collector

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ruimtemonitor.config.settings")
application = get_wsgi_application()
# What start-up loaded lives as long as the process: out of the collector's way.
tune_collector()
