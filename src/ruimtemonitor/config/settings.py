"""Django settings read from the environment through ``parsers``; see docs/configuration.md."""

from __future__ import annotations

import datetime as dt
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
    parse_header_name,
    parse_list,
    parse_log_level,
    parse_networks,
    parse_non_negative_int,
    parse_positive_int,
    parse_rate,
    parse_signatories,
    parse_site_url,
    read_extraction_limits,
    read_isolation_limits,
    read_source_settings,
    require_celery,
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

# Behind a reverse proxy (docs/operations.md, "Proxies and security"): which header carries
# the client's address, believed only from the trusted proxies; which header says the
# request came in over HTTPS (production: X-Forwarded-Proto), so links are https://.
CLIENT_ADDRESS_HEADER = parse_header_name(
    os.environ.get("RUIMTEMONITOR_CLIENT_ADDRESS_HEADER"),
    name="RUIMTEMONITOR_CLIENT_ADDRESS_HEADER",
)
TRUSTED_PROXIES = parse_networks(
    os.environ.get("RUIMTEMONITOR_TRUSTED_PROXIES"),
    name="RUIMTEMONITOR_TRUSTED_PROXIES",
    default="127.0.0.1,::1",
)
_PROXY_SSL_HEADER = parse_header_name(
    os.environ.get("RUIMTEMONITOR_PROXY_SSL_HEADER"),
    name="RUIMTEMONITOR_PROXY_SSL_HEADER",
    default="X-Forwarded-Proto" if ENVIRONMENT == PRODUCTION else "",
)
SECURE_PROXY_SSL_HEADER = (_PROXY_SSL_HEADER, "https") if _PROXY_SSL_HEADER else None
SECURE_SSL_REDIRECT = parse_bool(
    os.environ.get("RUIMTEMONITOR_SSL_REDIRECT"),
    name="RUIMTEMONITOR_SSL_REDIRECT",
    default=ENVIRONMENT == PRODUCTION,
)
SECURE_HSTS_SECONDS = parse_non_negative_int(
    os.environ.get("RUIMTEMONITOR_HSTS_SECONDS"),
    name="RUIMTEMONITOR_HSTS_SECONDS",
    default=365 * 24 * 3600 if ENVIRONMENT == PRODUCTION else 0,
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = parse_bool(
    os.environ.get("RUIMTEMONITOR_HSTS_INCLUDE_SUBDOMAINS"),
    name="RUIMTEMONITOR_HSTS_INCLUDE_SUBDOMAINS",
    default=True,
)
SECURE_HSTS_PRELOAD = parse_bool(
    os.environ.get("RUIMTEMONITOR_HSTS_PRELOAD"), name="RUIMTEMONITOR_HSTS_PRELOAD", default=True
)

# Failed logins per user name and client address before a pause (django-axes, every
# login form); see accounts/lockout.py.
LOGIN_MAX_FAILURES = parse_positive_int(
    os.environ.get("RUIMTEMONITOR_LOGIN_MAX_FAILURES"),
    name="RUIMTEMONITOR_LOGIN_MAX_FAILURES",
    default=5,
)
LOGIN_LOCKOUT_MINUTES = parse_positive_int(
    os.environ.get("RUIMTEMONITOR_LOGIN_LOCKOUT_MINUTES"),
    name="RUIMTEMONITOR_LOGIN_LOCKOUT_MINUTES",
    default=15,
)
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = LOGIN_MAX_FAILURES
AXES_COOLOFF_TIME = dt.timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "ruimtemonitor.config.proxies.client_address"
AXES_USERNAME_CALLABLE = "ruimtemonitor.accounts.lockout.username_of"
AXES_LOCKOUT_CALLABLE = "ruimtemonitor.accounts.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429

# Anonymous visitors may make the server render letters, reports and exports this often per
# client address (requests per period); logged-in users are not limited.
ANONYMOUS_RENDER_LIMIT = parse_rate(
    os.environ.get("RUIMTEMONITOR_ANONYMOUS_RENDER_LIMIT"),
    name="RUIMTEMONITOR_ANONYMOUS_RENDER_LIMIT",
    default="10/m",
)

DATABASES = {"default": parse_database_url(os.environ.get("DATABASE_URL"), data_dir=DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Whether visitors who are not logged in may read the register (council members, the public).
PUBLIC_READ = parse_bool(
    os.environ.get("RUIMTEMONITOR_PUBLIC_READ"), name="RUIMTEMONITOR_PUBLIC_READ", default=True
)

# Facet counts and list totals of the agreement list are cached per selection and register
# version (``register.versioned``); off only to measure or compare their cost.
FACET_CACHE = parse_bool(
    os.environ.get("RUIMTEMONITOR_FACET_CACHE"), name="RUIMTEMONITOR_FACET_CACHE", default=True
)
# Facet counts come from every agreement's facet values kept in memory per register version
# (``register.facet_index``); off, they are counted in SQL on every uncached panel.
FACET_INDEX = parse_bool(
    os.environ.get("RUIMTEMONITOR_FACET_INDEX"), name="RUIMTEMONITOR_FACET_INDEX", default=True
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

# The official sources (Tweede Kamer, officiële bekendmakingen): addresses, selection, pace.
SOURCES = read_source_settings(os.environ)
if BROKER_URL:  # nightly sync by Celery beat; without a broker, cron runs the command
    require_celery()  # the optional 'broker' extra: a sentence saying so, not an ImportError
    from celery.schedules import crontab

    CELERY_TIMEZONE = "Europe/Amsterdam"  # the schedule is in Dutch time
    _sync_at = SOURCES["schedule"][0] * 60 + SOURCES["schedule"][1]
    CELERY_BEAT_SCHEDULE = {  # the second source half an hour after the first
        f"sources-sync-{name}": {
            "task": "ruimtemonitor.sources_sync",
            "schedule": crontab(
                hour=(_sync_at + 30 * i) // 60 % 24, minute=(_sync_at + 30 * i) % 60
            ),
            "args": [name],
        }
        for i, name in enumerate(("tweedekamer", "bekendmakingen"))
    }

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
# The public address users reach the site on, for absolute links in e-mails and generated
# letters; unset, letters cite document and page without a link.
SITE_URL = parse_site_url(os.environ.get("RUIMTEMONITOR_SITE_URL"))

# Generated letters (raadsinformatiebrief, raadsvoorstel): who sends and signs them.
LETTER_SENDER = os.environ.get("RUIMTEMONITOR_LETTER_SENDER", "")
# "Name, function; Name, function": the signature block.
LETTER_SIGNATORIES = parse_signatories(os.environ.get("RUIMTEMONITOR_LETTER_SIGNATORIES"))
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
    "ruimtemonitor.config.axes.LoginAttemptsConfig",
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
    "ruimtemonitor.sources",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ruimtemonitor.config.security.SecurityHeadersMiddleware",
    "ruimtemonitor.web.errors.DutchErrorPagesMiddleware",  # inside the headers: its pages get CSP
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ruimtemonitor.config.language.PagesInDutchLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "ruimtemonitor.config.security.RefuseNulMiddleware",  # after auth: its page shows the user
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # last: turns a lockout signalled during authentication into the lockout page
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out name before checking
    "django.contrib.auth.backends.ModelBackend",
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
                "ruimtemonitor.web.context.samples",
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
    # django-axes announces itself at INFO on every start, also of each console command; the
    # source sync reports its own progress, and httpx would log every request at INFO.
    "loggers": {
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        "axes.apps": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
    },
}
