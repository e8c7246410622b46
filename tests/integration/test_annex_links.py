"""An annex that points at agreements under a heading naming an area links them to that area:
the region pages count them, the letter to the councils lists them by title only."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.urls import reverse

from ruimtemonitor.core.letters.quotes import ReadableText, tidy
from ruimtemonitor.documents.models import Document
from ruimtemonitor.ingestion.services import ingest_paths
from ruimtemonitor.register.involvement import agreements_in_area
from ruimtemonitor.register.models import Agreement
from ruimtemonitor.reports.facts import collect
from ruimtemonitor.reports.rendering import render
from ruimtemonitor.reports.services import draft

TODAY = dt.date(2025, 7, 1)

# Invented: a province's arrangement whose annex ties two agreements to a region by pointers
# only; the agreements' own text never names the region. The second heading names no known
# area, so its pointer links nothing.
ARRANGEMENT = """Ruimtelijk Arrangement Rijk – Provincie Gelderland
Proeftekst voor tests; geen echt document.
Datum: 3 juni 2025

1. Water

Afspraak 1.1 Water: beekdalen en grondwater
Onderzoeksafspraak
Betrokken departementen: IenW, LVVN

Rijk en provincie spreken af:
- Rijk en provincie brengen voor het najaar van 2025 in beeld welke beekdalen extra water
kunnen vasthouden.
- De provincie legt de uitkomsten vast in haar omgevingsverordening.

Afspraak 1.2 Water: dijken en bouwen
Uitvoeringsafspraak
Betrokken departementen: IenW, VRO

Rijk en provincie spreken af:
- Rijk en provincie houden ruimte vrij voor dijkversterking langs de rivieren.

2. Economie

Afspraak 2.1 Economie: ruimte voor bedrijven
Beleidsafspraak
Betrokken departementen: EZ, VRO

Rijk en provincie spreken af:
- De provincie wijst voor de zomer van 2026 locaties aan voor watergebonden bedrijven.

3. Samenwerking
Rijk en provincie spreken af:
Rijk en provincie bespreken de voortgang jaarlijks aan de ambtelijke tafel.

Bijlage: samenhang met regionale agenda's

Regionale agenda Regio Foodvalley

− Grondwater onder de landbouwgronden: zie Afspraak 1.1 Water: beekdalen en grondwater
− Werklocaties voor bedrijven uit de regio (afspraak 2.1)

Gebiedsagenda Beekdal-Noord

− Bouwen langs de rivier: zie Afspraak 1.2
"""


def _count(client, slug: str) -> int:
    html = client.get(reverse("web:region_detail", args=[slug])).content.decode()
    found = re.search(r"(\d+) afspra", html)
    assert found, f"no agreement count on /regio/{slug}"
    return int(found.group(1))


def _areas(number: str) -> set[str]:
    agreement = Agreement.objects.get(number=number, arrangement__area__slug="provincie-gelderland")
    return set(agreement.areas.values_list("slug", flat=True))


@pytest.fixture
def annexed(reference_data, tmp_path: Path) -> None:
    path = tmp_path / "arrangement-met-bijlage.txt"
    path.write_text(ARRANGEMENT, encoding="utf-8")
    assert ingest_paths([path], queue=False).ok


def test_pointers_under_the_region_heading_reach_its_pages(client, annexed) -> None:
    assert "regio-foodvalley" in _areas("1.1") and "regio-foodvalley" in _areas("2.1")
    assert "regio-foodvalley" not in _areas("1.2")  # under a heading naming no known area
    assert _count(client, "regio-foodvalley") == 2
    assert _count(client, "novex-arnhem-nijmegen-foodvalley") == 2  # the region is a member
    assert _count(client, "provincie-gelderland") == Agreement.objects.count()


def test_the_letter_lists_agreements_tied_only_by_a_pointer_by_title(annexed) -> None:
    facts = collect("Regio Foodvalley", "BOL 2025", today=TODAY)
    assert [a.number for a in facts.referenced_agreements] == ["1.1", "2.1"]
    assert not facts.agreements
    text = render(draft("raadsinformatiebrief", "Regio Foodvalley", "BOL 2025", today=TODAY), "md")
    text = text.decode()
    assert "verwijst onder „Regionale agenda Regio Foodvalley”" in text
    assert "- Afspraak 1.1 Water: beekdalen en grondwater.[^" in text
    assert "extra water" not in text  # the commitments stay in the arrangement
    assert "onder „Regionale agenda Regio Foodvalley”: “Grondwater onder de landbouwgronden" in (
        text
    )
    # Each pointer is quoted as the letter reads, not made up.
    letter = draft("raadsinformatiebrief", "Regio Foodvalley", "BOL 2025", today=TODAY)
    root = Document.objects.get(parent=None)
    readable = tidy(ReadableText.of(root.extracted_text).text)
    for citation in letter.citations:
        assert all(p.strip() in readable for p in citation.quote.split("…") if p.strip())


def test_the_regions_own_arrangement_is_still_given_in_full(annexed) -> None:
    facts = collect("Provincie Gelderland", "BOL 2025", today=TODAY)
    assert not facts.referenced_agreements
    assert {"1.1", "1.2", "2.1"} <= {a.number for a in facts.agreements}
    text = render(draft("raadsinformatiebrief", "Gelderland", "BOL 2025", today=TODAY), "md")
    assert "extra water" in text.decode()


@pytest.mark.corpus
def test_the_corpus_annex_reaches_the_novex_area_and_the_region(
    client, reference_data, corpus_dir
) -> None:
    assert ingest_paths([corpus_dir / "000_2625f7667a8edade.txt"], queue=False).ok
    pointed = {"3.1", "3.3", "4.1", "4.2", "4.4", "4.5", "5.2", "6.1"}
    for number in pointed:
        assert "novex-arnhem-nijmegen-foodvalley" in _areas(number), number
    for slug in ("novex-arnhem-nijmegen-foodvalley", "regio-foodvalley"):
        listed = Agreement.objects.filter(agreements_in_area(slug))
        assert pointed <= set(listed.values_list("number", flat=True)), slug
        assert _count(client, slug) >= len(pointed) + 2, slug  # and 4.6, 5.3 naming it
    facts = collect("Regio Foodvalley", "BOL 2025", today=TODAY)
    assert {a.number for a in facts.referenced_agreements} == pointed
    assert {"4.6", "5.3"} <= {a.number for a in facts.agreements}
    text = render(draft("raadsinformatiebrief", "Regio Foodvalley", "BOL 2025", today=TODAY), "md")
    # Titles and pointers, not eight more agreements in full (about 1,350 words without them).
    assert len(text.decode().split()) < 1800
