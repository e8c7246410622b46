from pathlib import Path

import pytest

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.lineage import decide, link_generation
from ruimtemonitor.register.models import Agreement, AgreementChange, Arrangement, ChangeKind

DATA = Path(__file__).parent.parent / "data" / "lineage"
# An unnumbered agreement is titled by what it agrees, not by its section ("Samenwerking").
EVALUATION = (
    "Rijk en provincie spreken af: Rijk en provincie evalueren dit arrangement jaarlijks aan "
    "de ambtelijke NOVEX-tafel."
)


@pytest.fixture
def generations(reference_data) -> tuple[Arrangement, Arrangement]:
    for year in (2025, 2026):
        assert ingest_paths([DATA / f"zeeland-{year}.txt"], queue=False).ok
    first = Arrangement.objects.get(area__slug="provincie-zeeland", year=2025)
    second = Arrangement.objects.get(area__slug="provincie-zeeland", year=2026)
    assert second.supersedes == first and second.generation == 2
    return first, second


def summary(changes) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    def label(agreement: Agreement) -> str:
        return agreement.number or agreement.title

    return {
        (
            change.kind,
            tuple(sorted(label(a) for a in change.previous.all())),
            tuple(sorted(label(a) for a in change.next.all())),
        )
        for change in changes
    }


def test_second_generation_is_linked_to_the_first(generations) -> None:
    _, second = generations
    changes = link_generation(second)
    assert summary(changes) == {
        (ChangeKind.UNCHANGED, ("1.1",), ("1.1",)),
        (ChangeKind.MERGED, ("2.1", "2.2"), ("2.1",)),
        (ChangeKind.CHANGED, ("3.1",), ("3.2",)),
        (ChangeKind.DROPPED, ("3.2",), ()),
        (ChangeKind.NEW, (), ("3.1",)),
        (ChangeKind.UNCHANGED, (EVALUATION,), (EVALUATION,)),
    }
    energy = next(c for c in changes if c.kind == ChangeKind.CHANGED)
    assert energy.renumbered
    assert {"op": "delete", "words": "2026"} in energy.text_diff
    assert {"op": "insert", "words": "2027"} in energy.text_diff
    continued = Agreement.objects.get(arrangement=second, number="3.2")
    assert continued.continues.number == "3.1" and continued.continues.arrangement.year == 2025
    assert Agreement.objects.get(arrangement=second, number="3.1").continues is None


def test_relinking_keeps_reviewed_links_and_replaces_proposed_ones(generations, make_user) -> None:
    _, second = generations
    admin = make_user("beheer", role="beheerder")
    changes = link_generation(second)
    merged = next(c for c in changes if c.kind == ChangeKind.MERGED)
    decide(merged, ReviewState.REJECTED, user=admin)
    assert Agreement.objects.get(arrangement=second, number="2.1").continues is None

    again = link_generation(second)
    kept = AgreementChange.objects.get(pk=merged.pk)
    assert kept.review_state == ReviewState.REJECTED
    assert AgreementChange.objects.filter(arrangement=second).count() == len(again) + 1
    # the agreements of the reviewed link are not matched a second time
    assert all("2.1" not in {a.number for a in c.next.all()} for c in again)
    assert kept.history.first().history_user == admin
