import pytest

from ruimtemonitor.core.dutch import find_completion


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Hiermee is de toezegging aan rapporteur Veltman om de Kamer te informeren afgedaan.",
            "afgedaan",
        ),
        ("Hiermee wordt de motie deels als afgedaan beschouwd.", "deels afgedaan"),
        ("De verkenning naar bedrijventerreinen is in maart afgerond.", "afgedaan"),
        ("Beide moties zijn hiermee uitgevoerd.", "afgedaan"),
        ("De motie is gedeeltelijk uitgevoerd.", "deels afgedaan"),
        (
            "Hiermee is de toezegging aan rapporteur Veltman om de Kamer over de afweegkaders "
            "voor de € 2,5 mld. voor de ontsluiting nieuwe woningbouw afgedaan.",
            "afgedaan",
        ),
        ("Hiermee is de motie van de leden Heutink c.s. beantwoord.", "afgedaan"),
        ("Hiermee wordt tevens uitvoering gegeven aan de motie Van der Plas.", "afgedaan"),
        ("Op deze wijze geven we ook uitvoering aan de motie van het lid Mooiman.", "afgedaan"),
    ],
)
def test_reports_of_completion(sentence: str, status: str) -> None:
    match = find_completion(sentence)
    assert match is not None and match.status == status
    assert sentence[match.start : match.end] == match.as_written


@pytest.mark.parametrize(
    "sentence",
    [
        "Het project wordt in 2025 afgerond.",
        "De spoorverdubbeling is naar verwachting eind 2026 afgerond.",
        "De motie is nog niet afgedaan.",
        "De studie zal voor de zomer worden afgerond.",
        "Rijk en regio werken aan een plan van aanpak.",
        "Dit onderzoek is uiterlijk in 2027 afgerond.",
        "Wij zullen uitvoering geven aan de motie van het lid Krul.",
        "Het komend jaar worden de acties uit de uitvoeringsagenda uitgevoerd.",
    ],
)
def test_plans_and_expectations_are_not_reports(sentence: str) -> None:
    assert find_completion(sentence) is None
