"""The shipped sample letters are marked as samples everywhere and never count as real."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from ruimtemonitor.core.extraction.service import sample_names, sample_path
from ruimtemonitor.documents.demo import real
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.models import Agreement, Commitment


@pytest.fixture
def samples(reference_data) -> None:
    assert ingest_paths([sample_path(name) for name in sample_names()], queue=False).ok


def test_sample_files_and_the_letters_inside_them_are_flagged(samples) -> None:
    assert Document.objects.exists()
    assert not Document.objects.filter(is_demo=False).exists()
    assert Agreement.objects.exists() and not real(Agreement.objects.all()).exists()
    assert not real(Commitment.objects.all()).exists()


def test_a_real_letter_is_not_flagged(reference_data, tmp_path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_text(sample_path("ruimtelijk_arrangement").read_text() + "\nEen echte regel.\n")
    assert ingest_paths([letter], queue=False).ok
    assert Document.objects.filter(is_demo=False).exists()
    assert real(Agreement.objects.all()).exists()


def test_dashboard_counts_and_deadline_lists_leave_samples_out(client, samples) -> None:
    assert Commitment.objects.filter(deadline_end__lt=dt.date.today()).exists()
    response = client.get(reverse("web:home"))
    context = response.context
    assert context["agreement_total"] == 0 and context["commitment_total"] == 0
    assert context["overdue_count"] == 0 and context["overdue"] == []
    html = response.content.decode()
    assert "Dit register bevat voorbeeldbrieven." in html


def test_pages_of_sample_records_say_so(client, samples) -> None:
    agreement = Agreement.objects.first()
    html = client.get(reverse("web:agreement_detail", args=[agreement.pk])).content.decode()
    assert "Voorbeeld, niet echt." in html
    listing = client.get(reverse("web:agreement_list")).content.decode()
    assert 'rm-sample">voorbeeld</span>' in listing
    for name in ("web:document_list", "web:project_list", "web:arrangement_list"):
        html = client.get(reverse(name)).content.decode()
        assert 'rm-sample">voorbeeld</span>' in html, name


def test_a_register_without_samples_shows_no_banner(client, reference_data) -> None:
    html = client.get(reverse("web:home")).content.decode()
    assert "voorbeeldbrieven" not in html.lower()


def test_a_real_letter_is_never_the_next_version_of_a_sample(samples, tmp_path) -> None:
    letter = tmp_path / "ruimtelijk_arrangement.txt"  # the sample's file name and title
    letter.write_text(sample_path("ruimtelijk_arrangement").read_text() + "\nEen echte regel.\n")
    assert ingest_paths([letter], queue=False).ok
    real_letter = Document.objects.filter(is_demo=False).get(parent=None)
    assert real_letter.previous_version is None
    assert not Document.objects.filter(is_demo=False, previous_version__is_demo=True).exists()
