"""Funding rounds in the register: stored with their input and history, and reproducible."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from tests.integration.funding_sample import PEILDATUM, REPO, SAMPLE, assess_sample, save_sample

from ruimtemonitor import cli
from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common.permissions import can_edit
from ruimtemonitor.core.funding import service
from ruimtemonitor.funding import services
from ruimtemonitor.funding.models import FundingRound

SCHEME_FILE = REPO / "src" / "ruimtemonitor" / "core" / "funding" / "schemes" / "wokt-2025.toml"
IDS = [f"P{n:02d}" for n in range(1, 15)]


@pytest.fixture
def administrator(reference_data, make_user):
    return make_user("beheer", role=Role.ADMINISTRATOR)


@pytest.fixture
def stored(administrator) -> FundingRound:
    """A saved round read back from the database, as a later session would see it."""
    return FundingRound.objects.get(pk=save_sample(user=administrator).pk)


def test_saving_a_round_stores_inputs_results_and_a_history_entry(
    stored: FundingRound, administrator, make_user, gelderland
) -> None:
    result, proposals = assess_sample()
    assert stored.name == "WoKT 2025 ronde 1"
    assert (stored.scheme_name, stored.scheme_version) == ("wokt-2025", "2025.1")
    assert stored.scheme_digest == result.scheme.digest
    assert stored.scheme_rules["knockouts"][0]["criterion"] == "snelheid"
    assert stored.scheme_overrides == {}
    assert stored.peildatum == PEILDATUM
    assert stored.budget_eur == Decimal("30000000.00")
    assert stored.max_share_per_province is None
    assert [p["id"] for p in stored.proposals] == IDS  # as submitted: file order
    assert stored.proposals == [p.as_record() for p in proposals]
    assert stored.source_name == "wokt-voorbeeld.csv"
    assert stored.source_sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert stored.result == result.to_dict()
    assert stored.allocation("greedy") == {
        "funded_eur": "29500000.00",
        "new_homes": 2300,
        "count": 5,
    }
    assert stored.allocation("optimal")["new_homes"] == 2450
    assert stored.created_by == administrator

    history = list(stored.history.all())
    assert len(history) == 1
    assert history[0].history_type == "+"
    assert history[0].history_user == administrator
    assert history[0].result == stored.result

    # Only administrators edit a round (the name); editors of any organisation do not.
    editor = make_user("redacteur", role=Role.EDITOR, organisation=gelderland)
    assert stored.involved_organisation_ids() == set()
    assert can_edit(administrator, stored) and not can_edit(editor, stored)


def test_the_admin_shows_a_round_read_only_and_cannot_add_one(
    stored: FundingRound, administrator, client
) -> None:
    administrator.is_staff = True
    administrator.save()
    client.force_login(administrator)
    listing = client.get(reverse("admin:funding_fundinground_changelist"))
    assert listing.status_code == 200 and "WoKT 2025 ronde 1" in listing.content.decode()
    page = client.get(reverse("admin:funding_fundinground_change", args=[stored.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="name"' in html and 'name="result"' not in html and 'name="proposals"' not in html
    assert client.get(reverse("admin:funding_fundinground_add")).status_code == 403


def test_a_rerun_gives_an_identical_result(stored: FundingRound) -> None:
    rerun = services.rerun_round(stored)
    assert rerun.identical
    assert rerun.differences == () and rerun.differing_proposals == ()
    assert rerun.result.to_dict() == stored.result


def test_overrides_and_a_provincial_cap_are_reproduced(reference_data) -> None:
    saved = save_sample(
        "met overrides",
        weights={"snelheid": "0.5"},
        thresholds={"aantal": "190", "snelheid": "72"},
        max_share_per_province="0.3",
    )
    stored = FundingRound.objects.get(pk=saved.pk)
    assert stored.scheme_overrides == {
        "max_share_per_province": "0.3",
        "threshold.aantal": "190",
        "threshold.snelheid": "72",
        "weight.snelheid": "0.5",
    }
    assert stored.max_share_per_province == Decimal("0.3")
    assert stored.scheme_digest != service.load_scheme("wokt-2025").digest
    assert services.rerun_round(stored).identical


def test_a_tampered_result_is_reported_as_different(stored: FundingRound) -> None:
    result = stored.result
    p13 = next(p for p in result["proposals"] if p["id"] == "P13")
    assert p13["funded_greedy"] is True
    p13["funded_greedy"] = False
    p04 = next(p for p in result["proposals"] if p["id"] == "P04")
    next(k for k in p04["knockouts"] if k["criterion"] == "percentage")["passed"] = True
    result["allocation"]["greedy"]["count"] = 99
    stored.save()
    assert stored.history.count() == 2  # the edit itself is on record

    rerun = services.rerun_round(FundingRound.objects.get(pk=stored.pk))
    assert not rerun.identical
    assert rerun.differing_proposals == ("P13", "P04")  # in the stored (rank) order
    found = {(d.proposal_id, d.field): (d.stored, d.now) for d in rerun.differences}
    assert found == {
        (None, "allocation.greedy.count"): (99, 5),
        ("P13", "funded_greedy"): (False, True),
        ("P04", "knockouts.percentage.passed"): (True, False),
    }


def test_a_missing_proposal_and_a_reordering_are_differences() -> None:
    before = {"scheme": {"name": "x"}, "proposals": [{"id": "A", "rank": 1}, {"id": "B"}]}
    after = {"scheme": {"name": "x"}, "proposals": [{"id": "B"}, {"id": "C"}]}
    found = services.compare_results(before, after)
    assert [(d.proposal_id, d.field) for d in found] == [("A", ""), ("C", "")]
    assert found[0].now == services.ABSENT and found[1].stored == services.ABSENT
    swapped = {"proposals": [{"id": "B"}, {"id": "A", "rank": 1}]}
    only_order = services.compare_results({"proposals": before["proposals"]}, swapped)
    assert [(d.proposal_id, d.field) for d in only_order] == [(None, "proposals.order")]


def test_a_changed_scheme_version_is_refused_with_one_sentence(stored: FundingRound) -> None:
    FundingRound.objects.filter(pk=stored.pk).update(scheme_version="2024.9")
    with pytest.raises(services.RoundNotReproducibleError) as caught:
        services.rerun_round(FundingRound.objects.get(pk=stored.pk))
    message = str(caught.value)
    assert caught.value.round_id == stored.pk
    assert "wokt-2025@2024.9" in message and "wokt-2025@2025.1" in message
    assert "\n" not in message and message.endswith(".")


def test_a_scheme_file_with_another_version_is_refused(stored: FundingRound, tmp_path) -> None:
    newer = tmp_path / "wokt-2025-nieuw.toml"
    newer.write_text(
        SCHEME_FILE.read_text(encoding="utf-8").replace('version = "2025.1"', 'version = "2025.2"'),
        encoding="utf-8",
    )
    with pytest.raises(services.RoundNotReproducibleError, match=r"wokt-2025@2025\.2"):
        services.rerun_round(stored, scheme=newer)


def test_changed_rules_under_the_same_version_are_refused(stored: FundingRound, tmp_path) -> None:
    text = SCHEME_FILE.read_text(encoding="utf-8")
    assert text.count("threshold = 200\n") == 1
    changed = tmp_path / "wokt-2025.toml"
    changed.write_text(text.replace("threshold = 200\n", "threshold = 150\n"), encoding="utf-8")
    with pytest.raises(services.RoundNotReproducibleError) as caught:
        services.rerun_round(stored, scheme=changed)
    message = str(caught.value)
    assert stored.scheme_digest in message and "\n" not in message
    # The same file unchanged, loaded by path, reproduces the round.
    same = tmp_path / "kopie.toml"
    same.write_text(text, encoding="utf-8")
    assert services.rerun_round(stored, scheme=same).identical


def test_stored_proposals_that_no_longer_read_are_refused(stored: FundingRound) -> None:
    stored.proposals[3]["provincie"] = "Holland"
    stored.save()
    with pytest.raises(services.RoundNotReproducibleError, match="Holland"):
        services.rerun_round(stored)


def test_saving_refuses_a_taken_name_and_proposals_that_were_not_assessed(
    stored: FundingRound,
) -> None:
    with pytest.raises(services.InvalidRoundError, match="WoKT 2025 ronde 1"):
        save_sample()
    result, proposals = assess_sample()
    with pytest.raises(services.InvalidRoundError, match="P14"):
        services.save_round(
            result, name="ronde 2", proposals=proposals[:-1], source_name="x", source_hash=""
        )
    with pytest.raises(services.InvalidRoundError):
        services.save_round(result, name="  ", proposals=proposals, source_name="x", source_hash="")
    assert FundingRound.objects.count() == 1


def test_the_rerun_command_lists_differences_and_exits_1(stored: FundingRound, capsys) -> None:
    stored.result["allocation"]["optimal"]["new_homes"] = 1
    stored.save()
    assert cli.main(["funding", "rerun", str(stored.pk)]) == 1
    out = capsys.readouterr().out
    assert "ronde: allocation.optimal.new_homes: opgeslagen 1, nu 2450" in out

    assert cli.main(["funding", "rerun", "999"]) == 2
    assert "999" in capsys.readouterr().err

    FundingRound.objects.filter(pk=stored.pk).update(scheme_version="2024.9")
    assert cli.main(["funding", "rerun", str(stored.pk)]) == 2
    assert "2024.9" in capsys.readouterr().err


# --- the console script, in its own process and data directory ----------------------------


def run_cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_URL", "RUIMTEMONITOR_", "DJANGO_", "SECRET_KEY"))
    }
    env["RUIMTEMONITOR_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "ruimtemonitor.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


ASSESS = ["funding", "assess", "--scheme", "wokt-2025", "--peildatum", "2025-07-01"]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    init = run_cli("init", data_dir=data)
    assert init.returncode == 0, init.stderr
    return data


@pytest.mark.slow
def test_cli_saves_a_round_lists_it_and_reruns_it_identically(data_dir: Path) -> None:
    saved = run_cli(
        *ASSESS, str(SAMPLE), "--budget", "30000000", "--save", "WoKT 2025 ronde 1",
        data_dir=data_dir,
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert '"proven_optimal": true' in saved.stdout  # the JSON still goes to stdout
    found = re.search(r"financieringsronde (\d+)", saved.stderr)
    assert found, saved.stderr
    round_id = found.group(1)

    listed = run_cli("funding", "rounds", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert len(lines) == 2  # header and the one round
    assert lines[1].split()[0] == round_id
    for part in ("WoKT 2025 ronde 1", "wokt-2025@2025.1", "2025-07-01", "€ 30.000.000,00"):
        assert part in lines[1]
    assert "5 (2.300 woningen)" in lines[1] and "6 (2.450 woningen)" in lines[1]

    rerun = run_cli("funding", "rerun", round_id, data_dir=data_dir)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "identiek" in rerun.stdout

    again = run_cli(*ASSESS, str(SAMPLE), "--save", "WoKT 2025 ronde 1", data_dir=data_dir)
    assert again.returncode == 2 and "WoKT 2025 ronde 1" in again.stderr
    assert again.stdout == ""


@pytest.mark.slow
def test_cli_bad_input_with_save_exits_2_and_stores_nothing(data_dir: Path, tmp_path) -> None:
    bad = tmp_path / "fout.csv"
    bad.write_text(
        SAMPLE.read_text(encoding="utf-8").replace(";Gelderland;200;", ";Holland;200;"),
        encoding="utf-8",
    )
    result = run_cli(*ASSESS, str(bad), "--save", "mislukt", data_dir=data_dir)
    assert result.returncode == 2
    assert "kolom provincie, waarde 'Holland'" in result.stderr
    assert "financieringsronde" not in result.stderr and result.stdout == ""
    listed = run_cli("funding", "rounds", data_dir=data_dir)
    assert listed.returncode == 0 and "Nog geen financieringsrondes" in listed.stdout


@pytest.mark.slow
def test_save_before_init_says_what_to_do(tmp_path: Path) -> None:
    result = run_cli(*ASSESS, str(SAMPLE), "--save", "te vroeg", data_dir=tmp_path / "leeg")
    assert result.returncode == 2
    assert "ruimtemonitor init" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_help_imports_neither_scipy_nor_the_register() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from ruimtemonitor import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    cli.main(['--help'])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'scipy'"
        " or m.startswith('ruimtemonitor.funding')]\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
