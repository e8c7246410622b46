"""`ruimtemonitor sources sync …` in this process (the stand-in server runs in a thread here),
and the Celery task that beat starts."""

from __future__ import annotations

import pytest

from ruimtemonitor.cli import main
from ruimtemonitor.core.sources.testing import Fault, motion, publication
from ruimtemonitor.sources.models import RunStatus, SourceRecord, SyncRun
from ruimtemonitor.sources.tasks import sources_sync

pytestmark = pytest.mark.django_db


def add_motions(server, count: int) -> None:
    for i in range(count):
        for dossier in (36600, 36200):
            server.data.motions.append(
                motion(
                    f"{dossier}-{i}",
                    dossier=dossier,
                    suffix="A",
                    number=i + 1,
                    modified=f"2025-03-{i + 1:02d}T10:00:00Z",
                )
            )


def test_sync_prints_progress_and_a_summary(server, capsys) -> None:
    add_motions(server, 4)
    assert main(["sources", "sync", "tweedekamer", "--dossier", "36200"]) == 0
    out, err = capsys.readouterr()
    assert "tweedekamer motions: 3 read, 3 new" in err  # a progress line per page
    assert "tweedekamer motions: 4 read, 4 new" in err
    assert out.startswith("tweedekamer: 4 records read, 4 new, 0 changed")
    assert "  new: kst-36200-A-1" in out
    assert set(SourceRecord.objects.values_list("kamerstuk", flat=True)) == {
        f"kst-36200-A-{i}" for i in range(1, 5)
    }
    assert SyncRun.objects.get().dossiers == ["36200"]


def test_dry_run_with_since_stores_nothing(server, capsys) -> None:
    add_motions(server, 4)
    code = main(["sources", "sync", "tweedekamer", "--since", "2025-03-03", "--dry-run"])
    assert code == 0
    out, _err = capsys.readouterr()
    assert out.startswith("dry run, nothing stored: tweedekamer: 2 records read, 2 new")
    assert not SourceRecord.objects.exists() and not SyncRun.objects.exists()


def test_a_broken_response_exits_1_naming_the_address(server, capsys) -> None:
    server.data.publications.append(
        publication("kst-36600-A-1", title="Brief", modified="2025-06-01", pdf_path=None)
    )
    server.fail("/sru", Fault(status=200, body=b"<html>Onderhoud</html"))
    assert main(["sources", "sync", "bekendmakingen"]) == 1
    _out, err = capsys.readouterr()
    assert f"ruimtemonitor sources: {server.sru_url}?operation=searchRetrieve" in err
    assert "the response is not XML" in err
    assert not SourceRecord.objects.exists()
    assert SyncRun.objects.get().status == RunStatus.FAILED


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sources", "sync", "tweedekamer", "--since", "gisteren"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        main(["sources", "sync", "tweedekamer", "--dossier", "36600-A"])
    assert "a dossier is a number" in capsys.readouterr().err


def test_the_beat_task_runs_a_sync(server) -> None:
    add_motions(server, 1)
    assert sources_sync("tweedekamer") == RunStatus.SUCCEEDED
    assert SourceRecord.objects.count() == 1


@pytest.mark.parametrize("source", ["tweedekamer", "bekendmakingen"])
def test_both_commands_store_once_then_nothing_new(server, capsys, source) -> None:
    add_motions(server, 4)
    for i in range(4):
        server.data.publications.append(
            publication(
                f"kst-36600-A-{i}", title="Brief", modified=f"2025-06-0{i + 1}", pdf_path=None
            )
        )
    assert main(["sources", "sync", source]) == 0
    first, progress = capsys.readouterr()
    assert f"{source}: 4 records read, 4 new, 0 changed" in first
    if source == "bekendmakingen":  # SRU says how many records there are: a bar
        assert "[###############-----] bekendmakingen publications: 3 read of 4" in progress
    assert main(["sources", "sync", source]) == 0
    second = capsys.readouterr().out
    assert ", 0 new, 0 changed, 0 deleted at the source" in second
    assert SourceRecord.objects.count() == 4
