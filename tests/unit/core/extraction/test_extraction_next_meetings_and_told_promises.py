"""A next meeting as a label's time, promises told of a minister, two motions in one sentence
and a promise "voor het eind van dit jaar": invented texts of our own."""

import pytest
from tests.unit.core.extraction.readouts import UnderHead, extracted, kamerbrief_head

from ruimtemonitor.core.extraction.announced_promises import (
    announces_report,
    asks_by_motion,
    reports_promise,
)

pytestmark = pytest.mark.unit

_times = UnderHead(kamerbrief_head("9 oktober 2033")).times


@pytest.mark.parametrize(
    ("label", "meeting"),
    [
        ("Volgend overleg", "BO MIRT Oost najaar 2034"),
        ("Volgende vergadering", "BOL Noordwest voorjaar 2034"),
        ("Volgend bestuurlijk overleg", "BO MIRT najaar 2035"),
    ],
)
def test_a_meeting_named_by_the_next_meeting_label_is_a_deadline(label: str, meeting: str) -> None:
    deadlines, events = _times(
        f"Geachte voorzitter,\n\nDe gemeente werkt het ontwerp uit.\n\n{label}: {meeting}.\n"
    )
    assert deadlines == [meeting]
    assert events == []


def test_a_meeting_named_as_a_title_stays_no_deadline() -> None:
    deadlines, _ = _times(
        "Geachte voorzitter,\n\nVerslag BO MIRT Oost najaar 2034\nDe gemeente werkt het uit.\n"
    )
    assert deadlines == []


def _minutes(body: str) -> dict:
    return extracted(
        "Afsprakenlijst BO MIRT Zuid\nDatum: 6 november 2030\n\n1.  Opening\n"
        "De voorzitter opent de vergadering.\n\n" + body
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "De minister informeert de Tweede Kamer voor het zomerreces.",
        "De staatssecretaris zal de Kamer uiterlijk in mei 2031 over de kosten berichten.",
        "Het kabinet informeert de Kamer in het voorjaar van 2029 over de keuze.",
    ],
)
def test_a_promise_told_of_a_minister_is_read(sentence: str) -> None:
    assert reports_promise(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De minister heeft de Kamer in maart 2029 geïnformeerd over de kosten.",
        "De minister informeert de Kamer over de voortgang.",  # no time of its own
        "De gemeente informeert de raad voor de zomer over het ontwerp.",
    ],
)
def test_no_promise_is_told_without_a_minister_a_kamer_and_a_time_to_come(sentence: str) -> None:
    assert not reports_promise(sentence)


def test_a_press_release_telling_of_a_ministers_promise_names_a_toezegging() -> None:
    result = extracted(
        "PERSBERICHT\nProvincie Voorbeeld\n\nVoorbeeldstad, 8 mei 2031\n\n"
        "Provincie en Rijk eens over de ringweg\n\n"
        "De gedeputeerde en de minister spraken gisteren over de ringweg en de brug.\n"
        'De wethouder: "De motie-Terlouw (Kamerstuk 35 880 A, nr. 19) heeft ons\n'
        'geholpen." De minister informeert de Tweede Kamer voor het zomerreces.\n'
    )
    items = [(i["kind"], i["kamerstuk"]) for i in result["parliamentary_items"]]
    assert items == [("motie", "kst-35880-A-19"), ("toezegging", None)]


def test_minutes_answering_a_motion_raised_name_only_the_motion() -> None:
    result = _minutes(
        "2.  Rondvraag\nDe gemeente Venwijk vraagt aandacht voor de motie-Brand (Kamerstuk\n"
        "35 880 A, nr. 33). De minister informeert de Kamer in het voorjaar.\n"
    )
    items = [(i["kind"], i["kamerstuk"]) for i in result["parliamentary_items"]]
    assert items == [("motie", "kst-35880-A-33")]


def test_two_motions_in_one_sentence_keep_their_own_members() -> None:
    result = extracted(
        kamerbrief_head("12 maart 2032") + "Geachte voorzitter,\n\n"
        "Met deze brief ga ik in op de motie Veldhuis (Kamerstuk 36010 XII, nr. 22) en de\n"
        "motie Aydin-Brouwer (Kamerstuk 31305, nr. 418).\n\n"
        "De motie Veldhuis vraagt de oversteek bij Oudeveen te verbeteren; daaraan wordt\n"
        "voldaan. De motie Aydin-Brouwer beschouw ik hiermee als afgedaan.\n"
    )
    items = [(i["kind"], i["kamerstuk"], i["member"]) for i in result["parliamentary_items"]]
    assert items == [
        ("motie", "kst-36010-XII-22", "Veldhuis"),
        ("motie", "kst-31305-418", "Aydin-Brouwer"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik informeer uw Kamer voor het eind van dit jaar opnieuw over de stand van zaken.",
        "Ik zal u begin volgend jaar over de uitkomsten informeren.",
        "Voor de jaarwisseling informeer ik uw Kamer over de aanbesteding.",
    ],
)
def test_a_report_promised_by_a_year_named_from_the_letters_is_announced(sentence: str) -> None:
    assert announces_report(sentence)


def test_a_closing_promise_for_the_end_of_this_year_is_a_toezegging() -> None:
    result = extracted(
        kamerbrief_head("2 juni 2034") + "Geachte voorzitter,\n\n"
        "De fietsbrug bij Hoorndijk is in gebruik genomen.\n\n"
        "Ik informeer uw Kamer voor het eind van dit jaar opnieuw over de voortgang.\n"
    )
    items = [(i["kind"], i["kamerstuk"]) for i in result["parliamentary_items"]]
    assert items == [("toezegging", None)]


@pytest.mark.parametrize(
    "before",
    [
        "Op 3 maart 2030 heeft de Kamer de motie-Smit/Oude Veld (35 880 A, nr. 7) aangenomen,\n"
        "die vraagt de sluis bij Ravenhorst alsnog te verlengen.",
        "De gemeente Lindewaard vraagt aandacht voor de motie-Kok c.s. over de haven.",
    ],
)
def test_a_ministers_report_answering_a_motion_that_asks_is_no_promise_of_its_own(
    before: str,
) -> None:
    assert asks_by_motion(before.replace("\n", " "))
    result = extracted(
        "Home / Projecten / Sluis Ravenhorst\n\nSluis Ravenhorst, verlenging\n"
        "Peildatum: 1 juni 2030\n\nBijzonderheden\n"
        f"{before} De minister zal de\nKamer uiterlijk bij de MIRT-brief van november 2030 "
        "informeren over de kosten.\n"
    )
    assert [i["kind"] for i in result["parliamentary_items"]] == ["motie"]


def test_a_motion_that_only_helped_asks_nothing() -> None:
    assert not asks_by_motion('De wethouder: "De motie-Terlouw (nr. 19) heeft ons geholpen."')
