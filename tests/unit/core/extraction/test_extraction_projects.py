"""Projects and their MIRT phase: the rules added for the fourth blind batch."""

import pytest

from ruimtemonitor.core.extraction.phases import project_phase


@pytest.mark.parametrize(
    ("body", "phase"),
    [
        # a date between "is" and "opengesteld"
        ("De nieuwe N18 is op 29 mei 2018 opengesteld.", "opgeleverd"),
        # scanned phase words and a word broken over two lines
        ("Het project is in reaIisatie.", "realisatie"),
        ("De provincie is trekker van de p1anuitwerking.", "planuitwerking"),
        ("De verruiming bevindt zich in de plan-studiefase.", "planuitwerking"),
        # "in uitvoering" with words in between, and said of the project by its owner
        ("De ombouw is sinds 2019 in uitvoering.", "realisatie"),
        ("De provincie heeft het project N340 in uitvoering.", "realisatie"),
        # what the project is doing now outweighs a part already opened
        (
            "De werkzaamheden aan de A2 zijn in volle gang; het traject Holendrecht-Abcoude "
            "is in augustus 2009 opengesteld.",
            "realisatie",
        ),
        ("De bouw van de tunnel is op 1 maart 2011 gestart.", "realisatie"),
        ("De werkzaamheden aan het knooppunt zijn in 2016 gestart.", "realisatie"),
        # an opening while the delivery is still ahead is of a part
        (
            "De oplevering is voorzien in het najaar van 2024. Het Julianaplein is in juli "
            "2021 in gebruik genomen.",
            "realisatie",
        ),
        # a delivery still to come, and nothing else said: the work is being built
        ("Rijk en regio spreken af dat de bypass in 2019 wordt opgeleverd.", "realisatie"),
        ("ProRail meldt dat de lijn op 9 december in gebruik wordt genomen.", "realisatie"),
        ("Het onderzoek wordt opgeleverd voor het BO MIRT.", None),
        # the draft decision laid open for views, in either word order
        ("Voor de A4 is het ontwerp-tracébesluit in mei 2017 ter inzage gelegd.", "planuitwerking"),
        # a preferred alternative confirmed at the meeting
        ("Rijk en regio bevestigen het voorkeursalternatief voor de A1/A6.", "planuitwerking"),
        # a phase still to be rounded off is the phase the project is in
        (
            "Rijk en regio hebben het voorkeursalternatief vastgesteld. De verkenning wordt "
            "afgerond met een voorkeursbeslissing in 2021.",
            "verkenning",
        ),
        ("Rijk en regio continueren het onderzoek naar de capaciteit.", "onderzoek"),
    ],
)
def test_phase_in_the_forms_the_fourth_batch_writes_it(body: str, phase: str | None) -> None:
    assert project_phase(body) == phase
