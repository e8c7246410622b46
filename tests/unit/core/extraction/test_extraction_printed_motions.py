"""The printed Kamerstuk of a motion: a dossier line ("35 925 XII  Vaststelling …") over
"Nr. 41  MOTIE VAN HET LID …" gives the motion and its Kamerstuk (texts made up here)."""

import pytest
from tests.unit.core.extraction.readouts import extracted

pytestmark = pytest.mark.unit

_PRINT = (
    "Tweede Kamer der Staten-Generaal                                    2\n"
    "Vergaderjaar 2030–2031\n\n"
    "{dossier}    Wijziging van de begrotingsstaten van het Infrastructuurfonds\n"
    "            voor het jaar 2031\n\n"
    "Nr. {first}      MOTIE VAN HET LID VAN DER VELDE\n"
    "            Voorgesteld 4 december 2030\n\n"
    "De Kamer,\n\ngehoord de beraadslaging,\n\n"
    "verzoekt de regering de fietsbrug bij Zutphen in de planning op te nemen,\n\n"
    "en gaat over tot de orde van de dag.\n\nVan der Velde\n\n"
    "Nr. {second}      MOTIE VAN DE LEDEN KORTEWEG EN AMRANI\n"
    "            Voorgesteld 4 december 2030\n\n"
    "De Kamer,\n\ngehoord de beraadslaging,\n\n"
    "verzoekt de regering de sluis bij Heumen in 2032 te renoveren,\n\n"
    "en gaat over tot de orde van de dag.\n\nKorteweg\nAmrani\n"
)


@pytest.mark.parametrize(
    ("dossier", "first", "second", "ids"),
    [
        ("35 925 XII", "41", "42", ["kst-35925-XII-41", "kst-35925-XII-42"]),
        ("29 385", "7", "9", ["kst-29385-7", "kst-29385-9"]),
        ("36 410 A", "18", "19", ["kst-36410-A-18", "kst-36410-A-19"]),
    ],
)
def test_each_printed_motion_is_an_item_with_its_kamerstuk(
    dossier: str, first: str, second: str, ids: list[str]
) -> None:
    text = _PRINT.format(dossier=dossier, first=first, second=second)
    items = extracted(text)["parliamentary_items"]
    assert [(i["kind"], i["kamerstuk"]) for i in items] == [("motie", k) for k in ids]


def test_a_numbered_line_without_a_motion_heading_is_no_motion() -> None:
    text = (
        "36 410 A    Vaststelling van de begrotingsstaten\n\n"
        "Nr. 18      BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n\n"
        "Hierbij stuur ik u de voortgangsrapportage over de sluizen in het land.\n"
    )
    items = extracted(text)["parliamentary_items"]
    assert not [i for i in items if i["kind"] == "motie"]
