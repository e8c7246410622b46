"""Small parsers that turn environment variables into settings, each with one clear error.

Kept free of Django so they can be unit-tested without settings and so a bad
value stops start-up with a sentence that names the variable, not a traceback.
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = [
    "ConfigurationError",
    "parse_bool",
    "parse_broker_url",
    "parse_database_url",
    "parse_environment",
    "parse_header_name",
    "parse_list",
    "parse_log_level",
    "parse_networks",
    "parse_non_negative_int",
    "parse_positive_int",
    "parse_rate",
    "parse_signatories",
    "parse_site_url",
    "read_extraction_limits",
    "read_isolation_limits",
    "require_celery",
    "resolve_data_dir",
    "resolve_secret_key",
]

_TRUE = {"1", "true", "yes", "on", "ja", "y"}
_FALSE = {"0", "false", "no", "off", "nee", "n", ""}

DEVELOPMENT = "development"
PRODUCTION = "production"


class ConfigurationError(Exception):
    """A setting has a value the product cannot start with; the message names the variable."""


BROKER_NOT_INSTALLED = (
    "RUIMTEMONITOR_BROKER_URL is set, but Celery (the optional 'broker' extra) is not "
    "installed: pip install 'ruimtemonitor[broker]' (in a checkout: scripts/bootstrap.sh "
    "broker), or unset the variable to let jobs wait in the database. / "
    "RUIMTEMONITOR_BROKER_URL is ingesteld, maar Celery (de extra 'broker') is niet "
    "geïnstalleerd: pip install 'ruimtemonitor[broker]', of laat de variabele leeg."
)


def require_celery() -> None:
    """Stop with ``BROKER_NOT_INSTALLED`` when a broker is configured without Celery."""
    try:
        import celery  # noqa: F401
    except ImportError as exc:
        raise ConfigurationError(BROKER_NOT_INSTALLED) from exc


def parse_bool(value: str | None, *, name: str, default: bool) -> bool:
    if value is None:
        return default
    key = value.strip().lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ConfigurationError(f"{name} must be true or false (1/0, yes/no, on/off), not {value!r}.")


def parse_list(value: str | None, *, default: list[str]) -> list[str]:
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_site_url(value: str | None, *, name: str = "RUIMTEMONITOR_SITE_URL") -> str:
    """The public address of the site (``https://ruimtemonitor.example.nl``), for absolute links
    in letters and e-mails; empty when unset, so nothing links to a developer's own machine."""
    if value is None or not value.strip():
        return ""
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigurationError(
            f"{name} must be an http(s) address such as https://ruimtemonitor.example.nl, "
            f"not {value!r}."
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{name} must not have a query or fragment: {value!r}.")
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


def parse_signatories(value: str | None) -> list[tuple[str, str]]:
    """``"M. Esselbrugge, secretaris-directeur; R. Verhulst, voorzitter"`` as (name, function)
    pairs: the signature block of generated letters."""
    pairs = []
    for item in (value or "").split(";"):
        name, _, function = item.partition(",")
        if name.strip():
            pairs.append((name.strip(), function.strip()))
    return pairs


def parse_environment(value: str | None) -> str:
    key = (value or DEVELOPMENT).strip().lower()
    if key not in {DEVELOPMENT, PRODUCTION}:
        raise ConfigurationError(
            f"RUIMTEMONITOR_ENV must be 'development' or 'production', not {value!r}."
        )
    return key


def resolve_data_dir(value: str | None, *, cwd: Path) -> Path:
    """The folder for the SQLite file, uploads and the generated secret key; created if absent."""
    path = Path(value).expanduser() if value else cwd / "var"
    if not path.is_absolute():
        path = cwd / path
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(
            f"RUIMTEMONITOR_DATA_DIR {str(path)!r} cannot be created: {exc.strerror}."
        ) from exc
    return path


_POSTGRES_SCHEMES = {"postgres", "postgresql", "pgsql"}


def parse_database_url(url: str | None, *, data_dir: Path) -> dict[str, object]:
    """Django's DATABASES['default'] from a URL; SQLite under the data directory when unset.

    Accepted: ``sqlite:///relative.db``, ``sqlite:////absolute/path.db``, ``sqlite://:memory:``,
    ``postgresql://user:password@host:port/name?sslmode=require``.
    """
    if not url:
        return _sqlite(data_dir / "ruimtemonitor.sqlite3")
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        if parts.netloc == ":memory:" or parts.path in {"/:memory:", ":memory:"}:
            return _sqlite(":memory:")
        if parts.netloc or not parts.path or parts.path == "/":
            raise ConfigurationError(
                f"DATABASE_URL {url!r} is not a valid SQLite URL; use sqlite:///relative.db "
                "or sqlite:////absolute/path.db."
            )
        name = Path(unquote(parts.path[1:]))
        if not name.is_absolute():
            name = data_dir / name
        return _sqlite(name)
    if scheme in _POSTGRES_SCHEMES:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ConfigurationError(
                f"DATABASE_URL {_redact(url)!r} names no database; "
                "use postgresql://user:password@host:5432/name."
            )
        try:
            port = parts.port
        except ValueError as exc:
            raise ConfigurationError(
                f"DATABASE_URL {_redact(url)!r} has a port that is not a number."
            ) from exc
        options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(port or ""),
            "OPTIONS": options,
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise ConfigurationError(
        f"DATABASE_URL {_redact(url)!r} has an unsupported scheme {scheme!r}; "
        "use sqlite:/// or postgresql://."
    )


SQLITE_BUSY_TIMEOUT_S = 30


def _sqlite(name: Path | str) -> dict[str, object]:
    """SQLite fit for a small office: readers never wait for a writer (WAL), and every
    transaction takes the write lock when it begins (IMMEDIATE), so two saves queue for up
    to the busy timeout instead of one failing with "database is locked" when it tries to
    upgrade its read lock."""
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(name),
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": SQLITE_BUSY_TIMEOUT_S,
            "init_command": "PRAGMA journal_mode=WAL",
        },
    }


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@", 1)
    return url


def resolve_secret_key(value: str | None, *, environment: str, data_dir: Path) -> str:
    """The given key; in development a key generated once and kept in the data directory."""
    if value:
        if environment == PRODUCTION and len(value) < 32:
            raise ConfigurationError("SECRET_KEY must be at least 32 characters in production.")
        return value
    if environment == PRODUCTION:
        raise ConfigurationError(
            "SECRET_KEY must be set in production (RUIMTEMONITOR_ENV=production); "
            "generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'."
        )
    key_file = data_dir / "secret_key"
    key = secrets.token_urlsafe(50)
    try:
        # O_EXCL: two processes starting at once must not each write a different key.
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        stored = key_file.read_text(encoding="ascii").strip()
        if not stored:
            raise ConfigurationError(
                f"SECRET_KEY is not set and the stored key file {str(key_file)!r} is empty; "
                "delete it or set SECRET_KEY."
            ) from None
        return stored
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key


_BROKER_SCHEMES = {"redis", "rediss", "amqp", "amqps", "pyamqp"}


def parse_broker_url(value: str | None) -> str | None:
    """A Celery broker URL, or ``None`` to run long work in-process."""
    if not value or not value.strip():
        return None
    scheme = urlsplit(value.strip()).scheme.lower()
    if scheme not in _BROKER_SCHEMES:
        raise ConfigurationError(
            f"RUIMTEMONITOR_BROKER_URL {_redact(value)!r} has an unsupported scheme {scheme!r}; "
            "use redis://host:6379/0 or amqp://user:password@host:5672//."
        )
    return value.strip()


def parse_positive_int(value: str | None, *, name: str, default: int) -> int:
    if value is None or not value.strip():
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, not {value!r}.") from None
    if number <= 0:
        raise ConfigurationError(f"{name} must be greater than zero, not {number}.")
    return number


_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def parse_log_level(value: str | None) -> str:
    level = (value or "INFO").strip().upper()
    if level not in _LOG_LEVELS:
        raise ConfigurationError(
            f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}, not {value!r}."
        )
    return level


def read_extraction_limits(environ: Mapping[str, str]) -> tuple[int, int]:
    """(size limit in MB, time limit in seconds) for one untrusted file; shared by the settings
    and by `ruimtemonitor extract`, which runs without Django."""
    max_mb = parse_positive_int(
        environ.get("RUIMTEMONITOR_MAX_UPLOAD_MB"), name="RUIMTEMONITOR_MAX_UPLOAD_MB", default=50
    )
    timeout_s = parse_positive_int(
        environ.get("RUIMTEMONITOR_EXTRACT_TIMEOUT"),
        name="RUIMTEMONITOR_EXTRACT_TIMEOUT",
        default=120,
    )
    return max_mb, timeout_s


# -- proxies, HTTPS and abuse limits --------------------------------------------------------

_HEADER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def parse_non_negative_int(value: str | None, *, name: str, default: int) -> int:
    """A whole number where 0 means "off" or "none" (HSTS seconds, a rate limit, days to keep
    a refused file)."""
    if value is None or not value.strip():
        return default
    try:
        number = int(value.strip())
    except ValueError:
        number = -1
    if number < 0:
        raise ConfigurationError(f"{name} must be a whole number of 0 or more, not {value!r}.")
    return number


def parse_header_name(value: str | None, *, name: str, default: str = "") -> str:
    """An HTTP header name (``X-Forwarded-For``) as Django's ``request.META`` key
    (``HTTP_X_FORWARDED_FOR``); empty when unset, so the header is not used."""
    raw = default if value is None else value.strip()
    if not raw:
        return ""
    if not _HEADER_NAME.fullmatch(raw):
        raise ConfigurationError(
            f"{name} must be the name of an HTTP header such as X-Forwarded-For, not {value!r}."
        )
    return "HTTP_" + raw.upper().replace("-", "_")


IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(value: str | None, *, name: str, default: str) -> list[IPNetwork]:
    """Comma-separated addresses or networks (``10.0.0.0/8``) of trusted proxies."""
    raw = default if value is None else value
    networks: list[IPNetwork] = []
    for item in raw.split(","):
        item = item.strip()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigurationError(
                f"{name} must list IP addresses or networks such as 127.0.0.1 or 10.0.0.0/8; "
                f"{item!r} is neither."
            ) from None
    return networks


_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"([0-9]+)\s*/\s*([0-9]*)\s*([smhd])")


def parse_rate(value: str | None, *, name: str, default: str) -> tuple[int, int] | None:
    """``10/m`` (ten per minute), ``100/h``, ``5/30s``: (requests, seconds); ``0`` or
    ``off`` for no limit."""
    raw = (default if value is None or not value.strip() else value).strip().lower()
    if raw in {"0", "off", "nee", "no", "false"}:
        return None
    match = _RATE.fullmatch(raw)
    if not match or int(match.group(1)) == 0:
        raise ConfigurationError(
            f"{name} must be a number per period such as 10/m, 100/h or 5/30s, or 0 for no "
            f"limit; not {value!r}."
        )
    seconds = int(match.group(2) or 1) * _PERIODS[match.group(3)]
    if seconds == 0:
        raise ConfigurationError(f"{name} needs a period longer than zero, not {value!r}.")
    return int(match.group(1)), seconds


def parse_number(value: str | None, *, name: str, default: float, minimum: float = 0.0) -> float:
    """A decimal number such as a time-out in seconds ("2.5"); at least ``minimum``."""
    if value is None or not value.strip():
        return default
    try:
        number = float(value.strip().replace(",", "."))
    except ValueError:
        raise ConfigurationError(f"{name} must be a number, not {value!r}.") from None
    if not number >= minimum:  # also refuses NaN
        raise ConfigurationError(f"{name} must be at least {minimum:g}, not {value.strip()}.")
    return number


DEFAULT_SOURCE_DOSSIERS = ["36600", "34682", "32847"]


def read_source_settings(environ: Mapping[str, str]) -> dict[str, object]:
    """Where and how politely the official sources are read (docs/sources.md)."""
    get = environ.get
    schedule = (get("RUIMTEMONITOR_SOURCES_SCHEDULE") or "03:15").strip()
    try:
        hour, minute = (int(part) for part in schedule.split(":"))
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValueError
    except ValueError:
        raise ConfigurationError(
            f"RUIMTEMONITOR_SOURCES_SCHEDULE must be a time of day like 03:15, not {schedule!r}."
        ) from None
    return {
        "dossiers": parse_list(
            get("RUIMTEMONITOR_SOURCES_DOSSIERS"), default=DEFAULT_SOURCE_DOSSIERS
        ),
        "timeout_s": parse_number(
            get("RUIMTEMONITOR_SOURCES_TIMEOUT"),
            name="RUIMTEMONITOR_SOURCES_TIMEOUT",
            default=30.0,
            minimum=0.1,
        ),
        "retries": int(
            parse_number(
                get("RUIMTEMONITOR_SOURCES_RETRIES"),
                name="RUIMTEMONITOR_SOURCES_RETRIES",
                default=3,
            )
        ),
        "backoff_s": parse_number(
            get("RUIMTEMONITOR_SOURCES_BACKOFF"), name="RUIMTEMONITOR_SOURCES_BACKOFF", default=1.0
        ),
        "requests_per_second": parse_number(
            get("RUIMTEMONITOR_SOURCES_RATE"), name="RUIMTEMONITOR_SOURCES_RATE", default=2.0
        ),
        "user_agent": (get("RUIMTEMONITOR_SOURCES_USER_AGENT") or "").strip(),
        "schedule": (hour, minute),
        "tweedekamer": {
            "base_url": (get("RUIMTEMONITOR_TWEEDEKAMER_URL") or "").strip()
            or "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/",
            "document_kinds": parse_list(
                get("RUIMTEMONITOR_TWEEDEKAMER_DOCUMENT_KINDS"), default=["Brief regering"]
            ),
            "filter": (get("RUIMTEMONITOR_TWEEDEKAMER_FILTER") or "").strip(),
            "ministries": [
                name.strip()
                for name in (get("RUIMTEMONITOR_TWEEDEKAMER_MINISTRIES") or "").split(";")
                if name.strip()
            ],
        },
        "bekendmakingen": {
            "base_url": (get("RUIMTEMONITOR_BEKENDMAKINGEN_URL") or "").strip()
            or "https://repository.overheid.nl/sru",
            "cql": (get("RUIMTEMONITOR_BEKENDMAKINGEN_QUERY") or "").strip(),
        },
    }


def read_isolation_limits(environ: Mapping[str, str]) -> dict[str, int]:
    """The child-process limits of extraction beyond size and time: address space in MB, and
    for DOCX (ZIP) files the unpacked size in MB and the number of entries."""
    return {
        name.removeprefix("RUIMTEMONITOR_").lower(): parse_positive_int(
            environ.get(name), name=name, default=default
        )
        for name, default in (
            ("RUIMTEMONITOR_EXTRACT_MEMORY_MB", 2048),
            ("RUIMTEMONITOR_MAX_UNPACKED_MB", 250),
            ("RUIMTEMONITOR_MAX_ZIP_ENTRIES", 10_000),
        )
    }
