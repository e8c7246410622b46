import sys
from pathlib import Path

import pytest

from ruimtemonitor.config import parsers
from ruimtemonitor.config.parsers import ConfigurationError


@pytest.mark.parametrize(
    ("value", "expected"), [("1", True), ("Yes", True), ("ja", True), ("off", False), ("", False)]
)
def test_parse_bool_accepts_common_words(value: str, expected: bool) -> None:
    assert parsers.parse_bool(value, name="DEBUG", default=not expected) is expected


def test_parse_bool_default_when_unset() -> None:
    assert parsers.parse_bool(None, name="DEBUG", default=True) is True


def test_parse_bool_names_the_variable_on_nonsense() -> None:
    with pytest.raises(ConfigurationError, match=r"^DEBUG must be true or false"):
        parsers.parse_bool("maybe", name="DEBUG", default=False)


def test_parse_list_strips_and_drops_empty_items() -> None:
    assert parsers.parse_list(" a.nl, ,b.nl ", default=[]) == ["a.nl", "b.nl"]
    assert parsers.parse_list(None, default=["x"]) == ["x"]


def test_environment_is_development_or_production() -> None:
    assert parsers.parse_environment(None) == "development"
    assert parsers.parse_environment("Production") == "production"
    with pytest.raises(ConfigurationError, match="RUIMTEMONITOR_ENV"):
        parsers.parse_environment("staging")


def test_default_database_is_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    config = parsers.parse_database_url(None, data_dir=tmp_path)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "ruimtemonitor.sqlite3")


@pytest.mark.parametrize("url", [None, "sqlite:///db.sqlite3", "sqlite://:memory:"])
def test_sqlite_waits_for_writers_instead_of_failing(tmp_path: Path, url: str | None) -> None:
    options = parsers.parse_database_url(url, data_dir=tmp_path)["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 10
    assert "journal_mode=WAL" in options["init_command"]


def test_sqlite_relative_and_absolute_paths(tmp_path: Path) -> None:
    assert parsers.parse_database_url("sqlite:///db.sqlite3", data_dir=tmp_path)["NAME"] == str(
        tmp_path / "db.sqlite3"
    )
    assert (
        parsers.parse_database_url("sqlite:////srv/rm.db", data_dir=tmp_path)["NAME"]
        == "/srv/rm.db"
    )
    assert parsers.parse_database_url("sqlite://:memory:", data_dir=tmp_path)["NAME"] == ":memory:"


def test_postgresql_url_with_credentials_and_options(tmp_path: Path) -> None:
    config = parsers.parse_database_url(
        "postgresql://rm:p%40ss@db.example.nl:6543/register?sslmode=require", data_dir=tmp_path
    )
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["USER"], config["PASSWORD"]) == ("register", "rm", "p@ss")
    assert (config["HOST"], config["PORT"]) == ("db.example.nl", "6543")
    assert config["OPTIONS"] == {"sslmode": "require"}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://x@y/z", "unsupported scheme 'mysql'"),
        ("postgresql://user@host:5432/", "names no database"),
        ("postgresql://user@host:port/db", "port that is not a number"),
        ("sqlite://", "not a valid SQLite URL"),
        ("nonsense", "unsupported scheme ''"),
    ],
)
def test_malformed_database_url_says_what_is_wrong(url: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"^DATABASE_URL") as error:
        parsers.parse_database_url(url, data_dir=tmp_path)
    assert message in str(error.value)


def test_password_is_not_repeated_in_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as error:
        parsers.parse_database_url("postgresql://rm:secret@host:port/db", data_dir=tmp_path)
    assert "secret" not in str(error.value)


def test_development_secret_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = parsers.resolve_secret_key(None, environment="development", data_dir=tmp_path)
    second = parsers.resolve_secret_key(None, environment="development", data_dir=tmp_path)
    assert first == second and len(first) >= 50
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_production_requires_a_secret_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"^SECRET_KEY must be set in production"):
        parsers.resolve_secret_key(None, environment="production", data_dir=tmp_path)
    with pytest.raises(ConfigurationError, match="at least 32"):
        parsers.resolve_secret_key("short", environment="production", data_dir=tmp_path)
    assert (
        parsers.resolve_secret_key("k" * 40, environment="production", data_dir=tmp_path)
        == "k" * 40
    )


def test_data_dir_is_created_relative_to_cwd(tmp_path: Path) -> None:
    assert parsers.resolve_data_dir("store", cwd=tmp_path) == tmp_path / "store"
    assert (tmp_path / "store").is_dir()
    assert parsers.resolve_data_dir(None, cwd=tmp_path) == tmp_path / "var"


def test_unwritable_data_dir_names_the_variable(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigurationError, match=r"^RUIMTEMONITOR_DATA_DIR"):
        parsers.resolve_data_dir(str(blocker / "sub"), cwd=tmp_path)


def test_broker_url_is_optional_and_checked() -> None:
    assert parsers.parse_broker_url(None) is None
    assert parsers.parse_broker_url(" ") is None
    assert parsers.parse_broker_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"
    with pytest.raises(
        ConfigurationError, match=r"^RUIMTEMONITOR_BROKER_URL .* unsupported scheme 'http'"
    ):
        parsers.parse_broker_url("http://broker")


def test_positive_int_names_the_variable() -> None:
    assert parsers.parse_positive_int(None, name="X", default=5) == 5
    assert parsers.parse_positive_int("12", name="X", default=5) == 12
    with pytest.raises(ConfigurationError, match=r"^X must be a whole number"):
        parsers.parse_positive_int("12MB", name="X", default=5)
    with pytest.raises(ConfigurationError, match=r"^X must be greater than zero"):
        parsers.parse_positive_int("0", name="X", default=5)


def test_non_negative_int_accepts_zero_and_names_the_variable() -> None:
    assert parsers.parse_non_negative_int(None, name="DAYS", default=0) == 0
    assert parsers.parse_non_negative_int(" 0 ", name="DAYS", default=3) == 0
    assert parsers.parse_non_negative_int("14", name="DAYS", default=0) == 14
    for bad in ("-1", "twee", "1.5"):
        with pytest.raises(ConfigurationError, match=r"^DAYS must be a whole number of 0 or more"):
            parsers.parse_non_negative_int(bad, name="DAYS", default=0)


def test_isolation_limits_have_defaults_and_are_checked() -> None:
    assert parsers.read_isolation_limits({}) == {
        "extract_memory_mb": 2048,
        "max_unpacked_mb": 250,
        "max_zip_entries": 10_000,
    }
    assert (
        parsers.read_isolation_limits({"RUIMTEMONITOR_MAX_UNPACKED_MB": "40"})["max_unpacked_mb"]
        == 40
    )
    with pytest.raises(ConfigurationError, match=r"^RUIMTEMONITOR_EXTRACT_MEMORY_MB must be"):
        parsers.read_isolation_limits({"RUIMTEMONITOR_EXTRACT_MEMORY_MB": "0"})


def test_log_level_is_checked() -> None:
    assert parsers.parse_log_level(None) == "INFO"
    assert parsers.parse_log_level("warning") == "WARNING"
    with pytest.raises(ConfigurationError, match=r"^LOG_LEVEL must be one of"):
        parsers.parse_log_level("verbose")


def test_header_names_become_meta_keys() -> None:
    assert parsers.parse_header_name("X-Forwarded-For", name="H") == "HTTP_X_FORWARDED_FOR"
    assert parsers.parse_header_name(" x-real-ip ", name="H") == "HTTP_X_REAL_IP"
    assert parsers.parse_header_name(None, name="H") == ""
    assert parsers.parse_header_name("", name="H", default="X-Forwarded-Proto") == ""
    assert parsers.parse_header_name(None, name="H", default="X-Forwarded-Proto") == (
        "HTTP_X_FORWARDED_PROTO"
    )
    with pytest.raises(ConfigurationError, match=r"^H must be the name of an HTTP header"):
        parsers.parse_header_name("X-Forwarded-For: 1.2.3.4", name="H")


def test_trusted_proxies_are_addresses_or_networks() -> None:
    networks = parsers.parse_networks("127.0.0.1, 10.0.0.0/8,::1", name="P", default="")
    assert [str(n) for n in networks] == ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]
    assert parsers.parse_networks(None, name="P", default="127.0.0.1") == parsers.parse_networks(
        "127.0.0.1", name="P", default=""
    )
    with pytest.raises(ConfigurationError, match=r"^P must list IP addresses.*'proxy\.lan'"):
        parsers.parse_networks("10.0.0.1,proxy.lan", name="P", default="")


def test_non_negative_int_allows_zero_for_off() -> None:
    assert parsers.parse_non_negative_int("0", name="N", default=5) == 0
    assert parsers.parse_non_negative_int(None, name="N", default=5) == 5
    with pytest.raises(ConfigurationError, match=r"^N must be a whole number of 0 or more"):
        parsers.parse_non_negative_int("-1", name="N", default=5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("10/m", (10, 60)), ("100/h", (100, 3600)), ("5/30s", (5, 30)), ("0", None), ("off", None)],
)
def test_rates_are_requests_per_period(value: str, expected: tuple[int, int] | None) -> None:
    assert parsers.parse_rate(value, name="R", default="1/m") == expected


@pytest.mark.parametrize("value", ["10", "ten/m", "10/w", "0/m", "10/0s"])
def test_rates_name_the_variable_on_nonsense(value: str) -> None:
    with pytest.raises(ConfigurationError, match=r"^R "):
        parsers.parse_rate(value, name="R", default="1/m")


def test_source_settings_have_polite_defaults_and_refuse_nonsense() -> None:
    defaults = parsers.read_source_settings({})
    assert defaults["requests_per_second"] == 2.0 and defaults["retries"] == 3
    assert defaults["schedule"] == (3, 15)
    assert defaults["tweedekamer"]["base_url"].startswith(
        "https://gegevensmagazijn.tweedekamer.nl/"
    )
    assert defaults["bekendmakingen"]["base_url"] == "https://repository.overheid.nl/sru"
    custom = parsers.read_source_settings(
        {
            "RUIMTEMONITOR_SOURCES_DOSSIERS": "36600, 29385",
            "RUIMTEMONITOR_SOURCES_RATE": "0,5",
            "RUIMTEMONITOR_TWEEDEKAMER_MINISTRIES": "Infrastructuur en Waterstaat; VRO",
            "RUIMTEMONITOR_SOURCES_SCHEDULE": "22:05",
        }
    )
    assert custom["dossiers"] == ["36600", "29385"] and custom["requests_per_second"] == 0.5
    assert custom["tweedekamer"]["ministries"] == [
        "Infrastructuur en Waterstaat",
        "VRO",
    ]
    assert custom["schedule"] == (22, 5)
    for name, value in [
        ("RUIMTEMONITOR_SOURCES_TIMEOUT", "0"),
        ("RUIMTEMONITOR_SOURCES_RATE", "snel"),
        ("RUIMTEMONITOR_SOURCES_SCHEDULE", "25:00"),
    ]:
        with pytest.raises(ConfigurationError, match=name):
            parsers.read_source_settings({name: value})


def test_site_url_is_empty_unless_set_and_loses_its_trailing_slash() -> None:
    assert parsers.parse_site_url(None) == ""
    assert parsers.parse_site_url("  ") == ""
    assert parsers.parse_site_url("https://rm.example.nl/") == "https://rm.example.nl"
    assert (
        parsers.parse_site_url("https://example.nl/ruimtemonitor/")
        == "https://example.nl/ruimtemonitor"
    )


@pytest.mark.parametrize("value", ["rm.example.nl", "ftp://rm.example.nl", "https://x.nl/?a=1"])
def test_site_url_must_be_a_plain_http_address(value: str) -> None:
    with pytest.raises(ConfigurationError, match="RUIMTEMONITOR_SITE_URL"):
        parsers.parse_site_url(value)


def test_signatories_are_name_and_function_pairs() -> None:
    assert parsers.parse_signatories(
        "M. Esselbrugge, secretaris-directeur; R. Verhulst, voorzitter"
    ) == [
        ("M. Esselbrugge", "secretaris-directeur"),
        ("R. Verhulst", "voorzitter"),
    ]
    assert parsers.parse_signatories("A. Jansen") == [("A. Jansen", "")]
    assert parsers.parse_signatories(None) == []


def test_a_broker_without_celery_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    parsers.require_celery()  # installed with the test extra
    monkeypatch.setitem(sys.modules, "celery", None)
    with pytest.raises(ConfigurationError, match=r"ruimtemonitor\[broker\]"):
        parsers.require_celery()
