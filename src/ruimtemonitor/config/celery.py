"""The Celery application: used only when RUIMTEMONITOR_BROKER_URL is set."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ruimtemonitor.config.settings")

app = Celery("ruimtemonitor")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
