"""The Celery application: used only when RUIMTEMONITOR_BROKER_URL is set."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ruimtemonitor.config.settings")

app = Celery("ruimtemonitor")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Keep the worker's database connection between jobs (Celery's Django fixup closes it before
# and after every task otherwise, and reconnecting costs more than a small letter's job).
app.conf["CELERY_DB_REUSE_MAX"] = 1000
app.autodiscover_tasks()
