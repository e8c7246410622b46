import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ruimtemonitor.core.extraction import ExtractionError, extract_text

pytestmark = pytest.mark.unit

LINES = st.sampled_from(
    [
        "Afspraak 1.1 Titel",
        "Onderzoeksafspraak",
        "Betrokken departementen: IenW, VRO",
        "Rijk en provincie spreken af:",
        "- Het Rijk doet iets.",
        "  • sub",
        "1. Inleiding",
        "2.1. Regio Noord",
        "Pagina 1 van 2",
        "1 Kamerstuk 36 600-A, nr. 3",
        "woord1 en meer",
        "€ 2,5 mld. in 2025",
        "zie Afspraak 1.1",
        "Hoogachtend,",
        "> Retouradres Postbus 1",
        "(Zie ook)",
        "Afspraak 3.2 (was 4.1) Energienetten",
        "Afspraak 2 – Titel",
        "A.1 Opening",
        "B.2. N35 Wijthmen–Nijverdal",
        "IV. Financiën",
        "Rijk en regio spreken af dat de provincie uiterlijk 31 april betaalt.",
        "Op 31 februari is besloten; vóór 30 februari 2027 volgt meer.",
        '• De provincie levert het "plan aan.',
        "❖ het Rijk draagt 7,5 miljard bij",
        "a) de regio betaalt",
        "Project   Fase   Budget",
        "A15 Papendrecht–Gorinchem      verkenning        € 290 mln.",
        "Kampen Noordrand | gemeente | 2025-2026",
        "2020-2022: openstelling fase 1",
        "Fase: Realisatie",
        "(x € 1 mln., prijspeil 2017)",
        "206",
        "Op 25 en 26 november 2020 hebben de Bestuurlijke Overleggen MIRT plaatsgevonden.",
        "Den Haag, 29 november 2010",
        "Datum l8 november 2O09",
        "gepland voor 13 november",
        "",
        " ",
        "\f",
    ]
)
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=40).map("\n".join),
)


def _check_bounds(node: object, limit: int) -> None:
    if isinstance(node, dict):
        if set(node) >= {"start", "end", "page", "line"}:
            assert 0 <= node["start"] <= node["end"] <= limit
            assert node["page"] >= 1 and node["line"] >= 1
        for value in node.values():
            _check_bounds(value, limit)
    elif isinstance(node, list):
        for value in node:
            _check_bounds(value, limit)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_arbitrary_text_never_crashes_and_sources_stay_in_bounds(text: str) -> None:
    try:
        result = extract_text(text).to_json()
    except ExtractionError as error:
        # only input validation may refuse text; an internal failure would be a bug
        assert any(
            p in error.problem for p in ("no text", "control character", "NUL", "longer than")
        )
        return
    _check_bounds(result, len(text))
