"""Django settings read from the environment through ``parsers``; see docs/configuration.md."""

from __future__ import annotations

import os
from pathlib import Path

from ruimtemonitor.api.schema_settings import SPECTACULAR_SETTINGS as API_SCHEMA_SETTINGS
from ruimtemonitor.config.parsers import (
    PRODUCTION,
    ConfigurationError,
    parse_bool,
    parse_broker_url,
    parse_database_url,
    parse_environment,
    parse_list,
    parse_log_level,
    parse_non_negative_int,
    parse_positive_int,
    read_extraction_limits,
    read_isolation_limits,
    resolve_data_dir,
    resolve_secret_key,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
ENVIRONMENT = parse_environment(os.environ.get("RUIMTEMONITOR_ENV"))
DATA_DIR = resolve_data_dir(os.environ.get("RUIMTEMONITOR_DATA_DIR"), cwd=Path.cwd())

SECRET_KEY = resolve_secret_key(
    os.environ.get("SECRET_KEY"), environment=ENVIRONMENT, data_dir=DATA_DIR
)
DEBUG = parse_bool(os.environ.get("DEBUG"), name="DEBUG", default=ENVIRONMENT != PRODUCTION)
ALLOWED_HOSTS = parse_list(
    os.environ.get("ALLOWED_HOSTS"),
    default=[] if ENVIRONMENT == PRODUCTION else ["localhost", "127.0.0.1", "[::1]"],
)
if ENVIRONMENT == PRODUCTION and not ALLOWED_HOSTS:
    raise ConfigurationError(
        "ALLOWED_HOSTS must be set in production, e.g. ALLOWED_HOSTS=ruimtemonitor.example.nl."
    )
CSRF_TRUSTED_ORIGINS = parse_list(os.environ.get("CSRF_TRUSTED_ORIGINS"), default=[])

DATABASES = {"default": parse_database_url(os.environ.get("DATABASE_URL"), data_dir=DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Whether visitors who are not logged in may read the register (council members, the public).
PUBLIC_READ = parse_bool(
    os.environ.get("RUIMTEMONITOR_PUBLIC_READ"), name="RUIMTEMONITOR_PUBLIC_READ", default=True
)

# Ingestion: limits for untrusted files, and an optional broker to spread work over workers.
MAX_UPLOAD_MB, EXTRACT_TIMEOUT_S = read_extraction_limits(os.environ)
_isolation = read_isolation_limits(os.environ)
EXTRACT_MEMORY_MB = _isolation["extract_memory_mb"]
MAX_UNPACKED_MB = _isolation["max_unpacked_mb"]
MAX_ZIP_ENTRIES = _isolation["max_zip_entries"]
# Days the bytes of a refused (failed or duplicate) upload stay in media/incoming/; 0: removed
# as soon as the job ends.
KEEP_REJECTED_DAYS = parse_non_negative_int(
    os.environ.get("RUIMTEMONITOR_KEEP_REJECTED_DAYS"),
    name="RUIMTEMONITOR_KEEP_REJECTED_DAYS",
    default=0,
)
BROKER_URL = parse_broker_url(os.environ.get("RUIMTEMONITOR_BROKER_URL"))
CELERY_BROKER_URL = BROKER_URL or "memory://"
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("RUIMTEMONITOR_QUEUE", "ruimtemonitor")
CELERY_TASK_IGNORE_RESULT = True  # the Job row is the result
CELERY_TASK_ACKS_LATE = True  # a worker that dies mid-document leaves the job for another
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# E-mail (alert digests): SMTP when EMAIL_HOST is set, else printed on the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = parse_positive_int(os.environ.get("EMAIL_PORT"), name="EMAIL_PORT", default=25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = parse_bool(os.environ.get("EMAIL_USE_TLS"), name="EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ruimtemonitor@localhost")
# The address users reach the site on, for links in e-mails and generated letters.
SITE_URL = os.environ.get("RUIMTEMONITOR_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Generated letters (raadsinformatiebrief, raadsvoorstel): who sends and signs them.
LETTER_SENDER = os.environ.get("RUIMTEMONITOR_LETTER_SENDER", "")
LETTER_SIGNATORIES = [
    line.strip()
    for line in os.environ.get("RUIMTEMONITOR_LETTER_SIGNATORIES", "").split(";")
    if line.strip()
]
LETTER_CONTACT = os.environ.get("RUIMTEMONITOR_LETTER_CONTACT", "")
# A .docx whose styles generated letters use (Title, Heading 2/3, List Bullet, Normal).
LETTER_DOCX_TEMPLATE = os.environ.get("RUIMTEMONITOR_LETTER_TEMPLATE", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "django_filters",
    "simple_history",
    "ruimtemonitor.accounts",
    "ruimtemonitor.organisations",
    "ruimtemonitor.documents",
    "ruimtemonitor.register",
    "ruimtemonitor.projects",
    "ruimtemonitor.funding",
    "ruimtemonitor.ingestion",
    "ruimtemonitor.web",
    "ruimtemonitor.api",
    "ruimtemonitor.alerts",
    "ruimtemonitor.reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ruimtemonitor.config.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "ruimtemonitor.config.urls"
WSGI_APPLICATION = "ruimtemonitor.config.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True  # stored and served in UTC, shown in Dutch time

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
# Serve app static files straight from the package, so `ruimtemonitor serve` works without
# a collectstatic step; production deployments may still run collectstatic into STATIC_ROOT.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_SECURE = ENVIRONMENT == PRODUCTION
CSRF_COOKIE_SECURE = ENVIRONMENT == PRODUCTION
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# Failed logins per user name and per address before a pause (accounts.throttling).
LOGIN_MAX_FAILURES = 5
LOGIN_LOCKOUT_SECONDS = 15 * 60
X_FRAME_OPTIONS = "DENY"

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# Error pages and `diffsettings` hide these too: broker and database URLs carry passwords.
DEFAULT_EXCEPTION_REPORTER_FILTER = "ruimtemonitor.config.reporting.SettingsFilter"

# The API views set their own policies (ruimtemonitor.api.base); anything else DRF serves
# stays closed by default.
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"],
}
SPECTACULAR_SETTINGS = API_SCHEMA_SETTINGS

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": parse_log_level(os.environ.get("LOG_LEVEL"))},
    # PDF rendering reports every layout step at INFO; only its warnings matter here.
    "loggers": {"weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}},
}
