from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ruimtemonitor.accounts.models import Role, User
from ruimtemonitor.core.extraction.service import sample_names, sample_path
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.organisations.services import load_reference_data
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind


@pytest.fixture
def reference_data(db) -> None:
    load_reference_data()


@pytest.fixture
def sample_folder(tmp_path: Path) -> Path:
    """A folder holding a copy of every sample letter, as a user would drop them in."""
    folder = tmp_path / "brieven"
    folder.mkdir()
    for name in sample_names():
        shutil.copy(sample_path(name), folder / f"{name}.txt")
    return folder


@pytest.fixture
def gelderland(reference_data) -> Organisation:
    return Organisation.objects.get(slug="provincie-gelderland")


@pytest.fixture
def agreement(reference_data) -> Agreement:
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
        title="Ruimtelijk Arrangement Rijk – Provincie Gelderland",
        year=2025,
    )
    arrangement.parties.add(Organisation.objects.get(slug="provincie-gelderland"))
    agreement = Agreement.objects.create(
        arrangement=arrangement,
        number="2.1",
        title="Water en bodem sturend",
        types=["beleidsafspraak"],
    )
    agreement.departments.add(Organisation.objects.get(slug="ienw"))
    return agreement


@pytest.fixture
def make_user(db):
    def make(
        username: str, role: str = Role.READER, organisation: Organisation | None = None
    ) -> User:
        return User.objects.create_user(
            username=username,
            password="een-lang-wachtwoord-42",
            role=role,
            organisation=organisation,
        )

    return make


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits count in the cache; one test's requests must not use up the next one's."""
    from django.core.cache import cache

    from ruimtemonitor.register import facet_index

    cache.clear()
    facet_index.forget()  # the facet index is kept per process, beside the cache
    yield
    cache.clear()
