"""An agenda's theme, common nouns joined by "en", names no project; a work or place does."""

import pytest

from ruimtemonitor.core.extraction.project_filters import names_no_project

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "name",
    [
        "Milieuzonering haven en woningbouw",
        "Bodemdaling en waterberging",
        "Geluid en luchtkwaliteit",
        "Natuur-inclusief bouwen en klimaatadaptatie",
    ],
)
def test_a_theme_names_no_project(name: str) -> None:
    assert names_no_project(name)


@pytest.mark.parametrize(
    "name",
    [
        "Spoorlijn en station Ede-Noord",
        "Alkmaar, stationsgebied en fietsenstalling",
        "Verbreding A1 en A35",
        "Kreekraksluizen",
        "Volkeraksluizen, extra sluiskolk",
        "Fietsverbinding over het Noordzeekanaal",
        "Knooppunt Hoevelaken en omgeving",
    ],
)
def test_a_work_or_place_is_no_theme(name: str) -> None:
    assert not names_no_project(name)
