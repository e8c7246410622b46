import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ruimtemonitor.core.funding.errors import SchemeError
from ruimtemonitor.core.funding.schemes import (
    available_schemes,
    load_location_scheme,
    load_scheme,
)

pytestmark = pytest.mark.unit


def test_shipped_schemes_are_listed_and_versioned() -> None:
    assert {"wokt-2025", "afweegkader-2025", "locaties-2025"} <= set(available_schemes())
    for name in ("wokt-2025", "afweegkader-2025"):
        scheme = load_scheme(name)
        assert scheme.version and scheme.vat_rate == Decimal("0.21")
        assert scheme.assumptions  # every scheme documents what it had to assume
    assert load_location_scheme().version


def test_wokt_thresholds_match_the_letter() -> None:
    rules = {k.criterion: k for k in load_scheme("wokt-2025").knockouts}
    assert rules["snelheid"].threshold == Decimal(60)
    assert rules["aantal"].threshold == Decimal(200)
    assert rules["percentage"].threshold == Decimal("0.65")
    assert rules["rendement"].threshold == Decimal(20000)


def test_afweegkader_lists_17_existing_areas_and_4_new_locations() -> None:
    scheme = load_scheme("afweegkader-2025")
    groups = [a.group for a in scheme.areas]
    assert groups.count("bestaand") == 17 and groups.count("nieuw_2025") == 4
    assert {a.name for a in scheme.areas if a.group == "nieuw_2025"} == {
        "Alkmaar", "Apeldoorn", "Hengelo/Enschede", "Helmond",
    }  # fmt: skip
    assert scheme.find_area("oude lijn leiden-dordrecht").name == "Oude Lijn (Leiden–Dordrecht)"
    assert scheme.find_area("Hengelo-Enschede").name == "Hengelo/Enschede"
    assert scheme.find_area("Nijkerk") is None
    rules = {k.criterion: k for k in scheme.knockouts}
    assert rules["start_bouw_2034"].threshold == dt.date(2034, 12, 31)


def test_location_thresholds_match_the_letter() -> None:
    scheme = load_location_scheme()
    types = {t.key: t for t in scheme.types}
    assert types["regiokern"].min_homes == 400
    assert (
        types["centrumgemeente"].min_homes,
        types["centrumgemeente"].min_homes_metropolitan,
    ) == (1000, 2000)
    assert types["metropoolkern"].min_homes == 2000
    assert scheme.rijksregie_min_homes == 3500
    assert scheme.find_type("Centrumstad").key == "centrumgemeente"


def test_overrides_are_recorded_and_change_the_digest() -> None:
    base = load_scheme("wokt-2025")
    changed = load_scheme(
        "wokt-2025",
        {
            "weights": {"snelheid": "0.6"},
            "thresholds": {"aantal": 250},
            "max_share_per_province": "0.2",
        },
    )
    assert changed.digest != base.digest
    assert dict(changed.overrides) == {
        "weight.snelheid": "0.6", "threshold.aantal": "250", "max_share_per_province": "0.2",
    }  # fmt: skip
    assert load_scheme("wokt-2025").digest == base.digest  # loading is deterministic


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"weights": {"onbekend": 1}}, "onbekend gewicht"),
        ({"weights": {"snelheid": "-1"}}, "≥ 0"),
        ({"thresholds": {"gebied": "x"}}, "onbekend criterium"),
        ({"max_share_per_province": "1.5"}, "aandeel"),
        ({"kleur": "rood"}, "onbekende overrides"),
    ],
)
def test_bad_overrides_are_refused_with_the_reason(overrides: dict, message: str) -> None:
    with pytest.raises(SchemeError, match=message):
        load_scheme("wokt-2025", overrides)


def test_unknown_scheme_names_the_available_ones() -> None:
    with pytest.raises(SchemeError, match="wokt-2025"):
        load_scheme("wokt-1999")


def test_a_copied_scheme_file_can_be_edited_and_loaded(tmp_path: Path) -> None:
    source = Path(load_scheme.__code__.co_filename).parent / "schemes" / "wokt-2025.toml"
    text = source.read_text(encoding="utf-8").replace(
        'version = "2025.1"', 'version = "2025.1-test"'
    )
    copy = tmp_path / "mijn-wokt.toml"
    copy.write_text(text.replace("threshold = 200", "threshold = 300"), encoding="utf-8")
    scheme = load_scheme(copy)
    assert scheme.version == "2025.1-test"
    assert {k.criterion: k.threshold for k in scheme.knockouts}["aantal"] == Decimal(300)


def test_floats_in_scheme_files_are_refused(tmp_path: Path) -> None:
    source = Path(load_scheme.__code__.co_filename).parent / "schemes" / "wokt-2025.toml"
    text = source.read_text(encoding="utf-8").replace('threshold = "0.65"', "threshold = 0.65")
    bad = tmp_path / "float.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(SchemeError, match=r"niet 0\.65"):
        load_scheme(bad)
