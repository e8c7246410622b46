"""WSGI entry point for `ruimtemonitor serve` and for any WSGI server (gunicorn, mod_wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ruimtemonitor.config.settings")
application = get_wsgi_application()
