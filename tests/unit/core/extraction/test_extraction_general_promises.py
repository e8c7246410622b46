"""Single motions and promises to parliament in other words (texts written for these tests)."""

import pytest

from ruimtemonitor.core.extraction import extract_text

pytestmark = pytest.mark.unit

HEAD = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 2 december 2031\n"
    "Betreft Voortgang voorbeeldprogramma\n\nGeachte voorzitter,\n\n"
)


def _items(sentence: str) -> list[tuple[str, str | None]]:
    found = extract_text(HEAD + sentence + "\n").to_json()["parliamentary_items"]
    return [(item["kind"], item["kamerstuk"]) for item in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiermee kom ik mijn toezegging na om u over de planning van de brug te berichten.",
        "Met deze brief doe ik de toezegging gestand die ik in het voorjaar heb gedaan.",
        "Zoals aan uw Kamer toegezegd, stuur ik u hierbij het onderzoek naar de sluis.",
        "Zoals eerder toegezegd ontvangt u hierbij de evaluatie van de proef.",
    ],
)
def test_the_writers_own_promise_is_one_toezegging(sentence: str) -> None:
    assert _items(sentence) == [("toezegging", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "De provincie heeft toegezegd € 5 mln bij te dragen aan de nieuwe aansluiting.",
        "Ik kan niet toezeggen dat de nieuwe weg in 2035 helemaal klaar is.",
        "De regio heeft toegezegd de planning van de werkzaamheden scherp te bewaken.",
        "In de registratie van toezeggingen aan de Kamer staan nog enkele open punten.",
    ],
)
def test_promises_of_others_or_in_general_are_none(sentence: str) -> None:
    assert _items(sentence) == []


def test_a_motion_citing_its_kamerstuk_in_the_short_form() -> None:
    sentence = "De motie van het lid Voorbeeld (37100-B-12) vraagt om een nieuwe studie."
    assert _items(sentence) == [("motie", "kst-37100-B-12")]


INTRO = "Hieronder staat de stand van zaken van de verschillende punten.\n\n"


@pytest.mark.parametrize(
    "table",
    [
        "Toezegging                       Gedaan in                          Stand\n"
        "Informeren over de brug          Commissiedebat MIRT 12-06-2031     afgedaan\n"
        "Evaluatie van de proef           Notaoverleg MIRT 20-11-2030        loopt\n",
        "| Nr. | Toezegging | Debat | Status |\n|---|---|---|---|\n"
        "| 1 | Informeren over de brug | CD MIRT 12 juni 2031 | afgedaan |\n"
        "| 2 | Evaluatie van de proef | NO MIRT 20 november 2030 | loopt |\n",
    ],
)
def test_each_row_of_a_table_of_commitments_naming_its_debate(table: str) -> None:
    assert _items(INTRO + table) == [("toezegging", None), ("toezegging", None)]


@pytest.mark.parametrize(
    "heading",
    ["Toezeggingen", "Overzicht van openstaande toezeggingen:", "4. Lopende toezeggingen"],
)
def test_each_item_of_a_list_under_a_heading_naming_commitments(heading: str) -> None:
    listing = (
        f"{heading}\n"
        "1. De minister informeert de Kamer over de brug (Commissiedebat MIRT, juni 2031).\n"
        "2. De minister stuurt uw Kamer de evaluatie van de proef. Stand: loopt.\n"
    )
    assert _items(INTRO + listing) == [("toezegging", None), ("toezegging", None)]


@pytest.mark.parametrize(
    "listing",
    [
        # promises to the region under the heading: made to no one in parliament
        "Toezeggingen\n- De provincie levert de plannen aan voor de zomer.\n"
        "- De gemeente zorgt voor de grond.\n",
        # a list of agreements that names the Kamer is no list of commitments
        "Afspraken\n1. Rijk en regio informeren de Kamer over de voortgang.\n"
        "2. De regio werkt de plannen uit.\n",
    ],
)
def test_lists_that_hold_no_commitment_to_parliament(listing: str) -> None:
    assert _items(INTRO + listing) == []


@pytest.mark.parametrize(
    "again",
    [
        "Hiermee kom ik mijn toezegging na.",
        "Daarmee doe ik de toezegging gestand.",
        "Zoals toegezegd ontvangt u hierbij het rapport.",
    ],
)
def test_a_promise_named_again_in_the_next_sentence_is_one_item(again: str) -> None:
    text = f"Tijdens het commissiedebat heb ik toegezegd u te informeren over de brug. {again}"
    assert _items(text) == [("toezegging", None)]


def test_a_second_promise_in_the_next_sentence_is_an_item_of_its_own() -> None:
    text = (
        "Tijdens het commissiedebat heb ik toegezegd u te informeren over de brug. "
        "Ook heb ik toegezegd de evaluatie van de proef te sturen."
    )
    assert _items(text) == [("toezegging", None), ("toezegging", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "De motie van het lid Öztürk vraagt om een onderzoek naar de nieuwe brug.",
        "De motie-Ünver over de brug is hiermee uitgevoerd door de regio.",
    ],
)
def test_a_member_whose_name_starts_with_an_accented_capital(sentence: str) -> None:
    assert _items(sentence) == [("motie", None)]
