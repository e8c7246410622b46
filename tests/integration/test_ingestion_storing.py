"""Storing an extraction: every record proposed, every record traceable to its passage."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document, DocumentKind, Mention
from ruimtemonitor.ingestion.storing import ExtractionStore
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.models import Agreement, Arrangement, ParliamentaryItem

TEXT = (
    "Ruimtelijk Arrangement Rijk - Provincie Gelderland\n"  # 0..51
    "Afspraak 2.1 Water en bodem sturend\n"
    "- Het Rijk en de provincie stellen voor de zomer een kader vast.\n"
    "MIRT-brief\n"
    "2.5 Regio Oost: A1/A28 knooppunt Hoevelaken kost € 1.145 mln.\n"
    "Motie van het lid Jansen (Kamerstuk 36 600-A, nr. 30)\n"
)


def _span(fragment: str) -> dict:
    start = TEXT.index(fragment)
    return {
        "start": start,
        "end": start + len(fragment),
        "page": 1,
        "line": TEXT[:start].count("\n") + 1,
    }


def contract() -> dict:
    split = TEXT.index("MIRT-brief")
    return {
        "documents": [
            {
                "kind": "ruimtelijk_arrangement",
                "title": "Ruimtelijk Arrangement Rijk - Provincie Gelderland",
                "date": "2025-06-02",
                "reference": "",
                "start": 0,
                "end": split,
            },
            {
                "kind": "mirt_brief",
                "title": "MIRT-brief voorjaar 2025",
                "date": "2025-06-12",
                "reference": "IENW/BSK-2025/125348",
                "sender": "IenW",
                "start": split,
                "end": len(TEXT),
            },
        ],
        "agreements": [
            {
                "number": "2.1",
                "title": "Water en bodem sturend",
                "types": ["beleidsafspraak"],
                "departments": ["IenW", "VRO"],
                "chapter": "2",
                "document": "doc1",
                "source": _span("Afspraak 2.1 Water en bodem sturend"),
                "commitments": [
                    {
                        "text": "Het Rijk en de provincie stellen voor de zomer een kader vast.",
                        "owner": "Rijk",
                        "deadline": {
                            "as_written": "voor de zomer",
                            "start": "2025-06-02",
                            "end": "2025-06-30",
                            "precision": "season",
                        },
                        "source": _span("Het Rijk en de provincie stellen"),
                    },
                ],
            }
        ],
        "amounts": [
            {
                "as_written": "€ 1.145 mln.",
                "values_eur": [1145000000],
                "qualifier": None,
                "about": "project:a1-a28",
                "source": _span("€ 1.145 mln."),
            }
        ],
        "deadlines": [
            {
                "as_written": "voor de zomer",
                "start": "2025-06-02",
                "end": "2025-06-30",
                "precision": "season",
                "about": "agreement:2.1",
                "source": _span("voor de zomer"),
            }
        ],
        "projects": [
            {
                "name": "A1/A28 knooppunt Hoevelaken",
                "region": "Oost",
                "phase": "planuitwerking",
                "money": [
                    {
                        "kind": "raming",
                        "values_eur": [1145000000],
                        "as_written": "€ 1.145 mln.",
                        "source": _span("€ 1.145 mln."),
                    }
                ],
                "milestones": [],
                "source": _span("A1/A28 knooppunt Hoevelaken"),
            },
        ],
        "parliamentary_items": [
            {
                "kind": "motie",
                "kamerstuk": "kst-36600-A-30",
                "member": "Jansen",
                "text": "Motie van het lid Jansen",
                "source": _span("Motie van het lid Jansen"),
            },
        ],
        "references": [],
        "parties": [
            {"as_written": "Rijk", "slug": "rijk", "kind": "rijk", "source": _span("Het Rijk")}
        ],
        "areas": [],
    }


def _store_as(data: dict, content_hash: str, *, agreements: int | None = None) -> ExtractionStore:
    """Store the documents and agreements of ``data`` as a file with ``content_hash``;
    ``agreements``, when given, is how many agreements the store must report."""
    with transaction.atomic():
        s = ExtractionStore(data, text=TEXT)
        s.store_documents(
            file_name="bundel.txt",
            stored_name="incoming/bundel.txt",
            content_hash=content_hash,
            page_count=1,
        )
        stored = s.store_agreements()
    assert agreements is None or stored == agreements
    return s


def store(data: dict) -> Document:
    with transaction.atomic():
        s = ExtractionStore(data, text=TEXT)
        root = s.store_documents(
            file_name="bundel.txt",
            stored_name="incoming/bundel.txt",
            content_hash="c" * 64,
            page_count=1,
        )
        s.store_agreements()
        s.store_projects()
        s.store_parliamentary_items()
        s.store_mentions()
    return root


def test_a_bundle_becomes_a_root_document_with_its_letters(reference_data) -> None:
    root = store(contract())
    assert root.kind == DocumentKind.BUNDLE
    letters = list(root.parts.order_by("start"))
    assert [d.kind for d in letters] == ["ruimtelijk_arrangement", "mirt_brief"]
    assert letters[1].sender.abbreviation == "IenW"
    assert letters[1].date == dt.date(2025, 6, 12)


def test_agreements_are_proposed_with_passage_departments_and_arrangement(reference_data) -> None:
    store(contract())
    agreement = Agreement.objects.get(number="2.1")
    assert agreement.review_state == ReviewState.PROPOSED
    assert agreement.source_passage.text == "Afspraak 2.1 Water en bodem sturend"
    assert agreement.source_passage.document.kind == "ruimtelijk_arrangement"
    assert sorted(d.abbreviation for d in agreement.departments.all()) == ["IenW", "VRO"]
    arrangement = agreement.arrangement
    assert arrangement.area.slug == "provincie-gelderland" and arrangement.year == 2025
    assert {p.slug for p in arrangement.parties.all()} == {"rijk", "provincie-gelderland"}
    commitment = agreement.commitments.get()
    assert commitment.owner.slug == "rijk"
    assert commitment.deadline.end == dt.date(2025, 6, 30)


def test_projects_money_motions_and_mentions_are_stored(reference_data) -> None:
    store(contract())
    project = Project.objects.get(slug="a1-a28-knooppunt-hoevelaken")
    assert project.mirt_region.slug == "mirt-oost"
    money = project.money_lines.get()
    assert money.amount_eur == Decimal("1145000000") and money.kind == "raming"
    assert money.source_passage.text == "€ 1.145 mln."
    motion = ParliamentaryItem.objects.get()
    assert motion.kamerstuk == "kst-36600-A-30"
    assert Mention.objects.filter(kind="amount").get().text == "€ 1.145 mln."


def test_two_letters_on_one_new_project_make_one_placed_by_the_one_with_a_region(
    reference_data,
) -> None:
    data = contract()
    mirt = data["projects"][0]
    council = {**mirt, "name": "A1/A28 Knooppunt Hoevelaken", "region": None, "money": []}
    data["projects"] = [council, mirt]  # the council letter comes first in the bundle
    store(data)
    project = Project.objects.get()
    assert project.name == "A1/A28 knooppunt Hoevelaken"
    assert project.mirt_region.slug == "mirt-oost"
    assert project.money_lines.count() == 1


def test_next_generation_supersedes_the_previous_arrangement(reference_data) -> None:
    store(contract())
    newer = contract()
    newer["documents"][0]["date"] = "2026-06-01"
    _store_as(newer, "d" * 64)
    old, new = Arrangement.objects.filter(kind="ruimtelijk_arrangement").order_by("year")
    assert new.supersedes == old and new.generation == 2
    assert Document.objects.get(content_hash="d" * 64).previous_version.content_hash == "c" * 64


def test_a_new_version_of_the_same_year_refreshes_proposed_records_and_keeps_corrections(
    reference_data,
) -> None:
    store(contract())
    corrected = Agreement.objects.get(number="2.1")
    corrected.title = "Water en bodem sturend (gecorrigeerd)"
    corrected.review_state = ReviewState.CORRECTED
    corrected.save()

    revised = contract()
    revised["agreements"].append(
        {**revised["agreements"][0], "number": "2.2", "title": "Nieuwe afspraak", "commitments": []}
    )
    revised["agreements"][0]["title"] = "Water en bodem sturend (nieuwe versie)"
    s = _store_as(revised, "e" * 64)

    assert Arrangement.objects.filter(kind="ruimtelijk_arrangement").count() == 1
    corrected.refresh_from_db()
    assert corrected.title == "Water en bodem sturend (gecorrigeerd)"
    assert corrected.commitments.count() == 1
    assert Agreement.objects.get(number="2.2").review_state == ReviewState.PROPOSED
    assert any("kept as reviewed" in note for note in s.notes)


def test_a_proposed_agreement_read_again_is_updated_in_place_with_history(reference_data) -> None:
    store(contract())
    first = Agreement.objects.get(number="2.1")
    revised = contract()
    revised["agreements"][0]["title"] = "Water en bodem sturend 2.0"
    _store_as(revised, "f" * 64)
    again = Agreement.objects.get(number="2.1")
    assert again.pk == first.pk
    assert again.title == "Water en bodem sturend 2.0"
    assert again.commitments.count() == 1
    delta = again.history.first().diff_against(again.history.last())
    assert "title" in delta.changed_fields


def test_a_party_named_twice_in_a_letter_is_one_mention_with_both_spans(reference_data) -> None:
    data = contract()
    data["parties"].append(
        {
            "as_written": "Rijk",
            "slug": "rijk",
            "kind": "rijk",
            "source": _span("Rijk en de provincie"),
        }
    )
    store(data)
    mention = Mention.objects.get(kind="party")
    assert mention.text == "Het Rijk"
    first, second = mention.value["spans"]
    assert TEXT[first[0] : first[1]] == "Het Rijk" and TEXT[second[0] : second[1]].startswith(
        "Rijk"
    )


def test_a_number_that_appears_twice_in_one_letter_is_stored_once(reference_data) -> None:
    data = contract()
    data["agreements"].append({**data["agreements"][0], "title": "Dubbel genummerd"})
    s = _store_as(data, "a" * 64, agreements=1)
    assert Agreement.objects.get(number="2.1").title == "Water en bodem sturend"
    assert any("appears twice" in note for note in s.notes)


def test_each_letter_of_a_bundle_follows_its_latest_earlier_version(reference_data) -> None:
    stores = [_store_as(contract(), letter * 64) for letter in "abc"]
    first, second, third = ([d.pk for d in s.letters] for s in stores)
    assert [d.previous_version_id for d in Document.objects.filter(pk__in=first)] == [None, None]
    for newer, older in ((second, first), (third, second)):
        for pk, older_pk in zip(newer, older, strict=True):
            assert Document.objects.get(pk=pk).previous_version_id == older_pk
    assert Document.objects.get(content_hash="c" * 64).previous_version.content_hash == "b" * 64


def test_letters_of_one_file_share_their_arrangement_and_find_the_stored_one(
    reference_data,
) -> None:
    """Two letters of the same kind, area and year in one file: one arrangement, created once;
    a later file finds it in the register and adds its new agreement to it."""
    data = contract()
    data["documents"][1] = {**data["documents"][0], "start": data["documents"][1]["start"]}
    data["documents"][1]["end"] = len(TEXT)
    data["agreements"].append(
        {**data["agreements"][0], "number": "2.2", "source": _span("Motie van het lid Jansen")}
    )
    s = _store_as(data, "a" * 64)
    assert Arrangement.objects.count() == 1
    arrangement = Arrangement.objects.get()
    assert arrangement.document == s.letters[0]
    assert sorted(arrangement.agreements.values_list("number", flat=True)) == ["2.1", "2.2"]
    more = contract()
    more["agreements"].append({**more["agreements"][0], "number": "2.3", "title": "Derde"})
    _store_as(more, "b" * 64)
    assert Arrangement.objects.count() == 1
    assert sorted(arrangement.agreements.values_list("number", flat=True)) == ["2.1", "2.2", "2.3"]
    assert Agreement.objects.get(number="2.1").history.count() == 1  # unchanged: not rewritten


def test_a_refreshed_agreement_keeps_its_reviewed_bullets_first(reference_data) -> None:
    store(contract())
    bullet = Agreement.objects.get(number="2.1").commitments.get()
    bullet.review_state = ReviewState.CONFIRMED
    bullet.save()
    revised = contract()
    revised["agreements"][0]["title"] = "Water en bodem sturend 2.0"
    revised["agreements"][0]["commitments"][0]["text"] = "Het Rijk stelt het kader vast."
    _store_as(revised, "f" * 64)
    agreement = Agreement.objects.get(number="2.1")
    assert agreement.title == "Water en bodem sturend 2.0"
    assert [(c.position, c.review_state, c.text) for c in agreement.commitments.all()] == [
        (1, ReviewState.CONFIRMED, bullet.text),
        (2, ReviewState.PROPOSED, "Het Rijk stelt het kader vast."),
    ]
    assert "Het Rijk stelt het kader vast." in agreement.search_document
    assert bullet.text in agreement.search_document
