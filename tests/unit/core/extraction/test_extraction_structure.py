import pytest

from ruimtemonitor.core.extraction import extract_text
from ruimtemonitor.core.extraction.owners import find_owner, normalise_departments

pytestmark = pytest.mark.unit

ARRANGEMENT = """Ruimtelijk Arrangement Rijk – Provincie Voorbeeld

2. Water
Afspraak 2.3 Waterveiligheid: bouwen in risicovolle gebieden en de ruimte voor de rivier in
de toekomst
(Zie ook het Deltaprogramma)
Onderzoeks- en beleidsafspraak
Betrokken departementen: I&W, LVV en VRO

Toelichting bij de afspraak.
In het vorige overleg hebben Rijk en provincie afgesproken:
- een oude afspraak die geen nieuwe toezegging is;
Rijk en provincie spreken af:
- De provincie brengt de gebieden in beeld.
   a. eerst de uiterwaarden
   b. daarna de dijkzones
- Het Rijk neemt dit mee in de Nota Ruimte.

Afspraak 2.4: Zoetwater
Procesafspraak
Betrokken departementen: Alle departementen
- We verkennen samen de zoetwaterbuffers.

Bijlage
• Zie Afspraak 2.4 Zoetwater
• zie Afspraak 2.3 Zoetwater
"""


@pytest.fixture(scope="module")
def result() -> dict:
    return extract_text(ARRANGEMENT, name="arrangement").to_json()


def test_block_with_wrapped_title_remark_and_two_types(result: dict) -> None:
    first = result["agreements"][0]
    assert first["number"] == "2.3"
    assert first["title"].endswith("ruimte voor de rivier in de toekomst")
    assert first["remark"] == "(Zie ook het Deltaprogramma)"
    assert first["types"] == ["onderzoeksafspraak", "beleidsafspraak"]
    assert first["departments"] == ["IenW", "LVVN", "VRO"]
    assert first["chapter"] == "2"


def test_commitments_follow_the_own_lead_in_with_sub_items_and_owner(result: dict) -> None:
    commitments = result["agreements"][0]["commitments"]
    assert [c["text"] for c in commitments] == [
        "De provincie brengt de gebieden in beeld.",
        "Het Rijk neemt dit mee in de Nota Ruimte.",
    ]
    assert commitments[0]["items"] == ["a. eerst de uiterwaarden", "b. daarna de dijkzones"]
    assert [c["owner"] for c in commitments] == ["provincie", "Rijk"]


def test_all_departments_and_commitment_without_lead_in(result: dict) -> None:
    second = result["agreements"][1]
    assert second["types"] == ["procesafspraak"]
    assert second["departments"] == ["*"]
    assert second["commitments"][0]["owner"] == "Rijk en provincie"


def test_references_resolved_and_inconsistent_title_flagged(result: dict) -> None:
    refs = [
        (r["number"], r["resolved_number"], r["consistent"], r["title_number"])
        for r in result["references"]
    ]
    assert refs == [("2.4", "2.4", True, "2.4"), ("2.3", "2.3", False, "2.4")]
    assert "belongs to Afspraak 2.4" in result["references"][1]["warning"]


def test_duplicate_section_numbers_get_distinct_identifiers() -> None:
    para = "Tekst over de weg die lang genoeg is om een alinea te zijn in deze brief."
    text = (
        f"Betreft MIRT-brief\n\n2. Projecten\n2.1. Regio Noord\n2.1.1. Weg A\n{para}\n"
        f"2.1.1. Weg B\n{para}\n"
    )
    extraction = extract_text(text)
    ids = [s.identifier for s in extraction.structure.sections]
    assert len(ids) == len(set(ids))
    assert [p["name"] for p in extraction.to_json()["projects"]] == ["Weg A", "Weg B"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Het Rijk werkt aan de uitvoering.", "Rijk"),
        ("Rijk en provincie Gelderland herbevestigen dit.", "Rijk en provincie Gelderland"),
        ("Defensie en IenW brengen de impact in kaart.", "Defensie en IenW"),
        ("We verkennen samen de opties.", "Rijk en provincie"),
        ("In gesprekken hierover sluiten we aan.", None),
    ],
)
def test_owner_of_a_commitment(text: str, owner: str | None) -> None:
    assert find_owner(text, "Rijk en provincie" if text.startswith("We") else None) == owner


def test_unknown_department_is_kept_with_a_warning() -> None:
    departments, warnings = normalise_departments("IenW, Provinciehuis")
    assert departments == ("IenW", "Provinciehuis")
    assert "unknown department" in warnings[0]


def test_spans_answer_overlap_questions_like_a_scan_of_all_spans() -> None:
    import random

    from ruimtemonitor.core.extraction.textutil import Spans

    rng = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rng.randint(0, 9)) for a in rng.sample(range(100), rng.randint(0, 10))]
        index = Spans(spans)
        for _ in range(20):
            start = rng.randint(0, 110)
            end = start + rng.randint(0, 10)
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
            assert index.starts_within(start, end) == any(start <= s < end for s, _ in spans)
            assert index.contains(start) == any(s <= start < e for s, e in spans)


def test_recurring_side_columns_found_without_comparing_every_pair() -> None:
    import random

    from ruimtemonitor.core.extraction.furniture import _recurring

    rng = random.Random(11)
    for _ in range(2000):
        words = [str(i) for i in range(rng.randint(3, 25))]

        def some_lines(words: list[str] = words) -> set[str]:
            size = rng.randint(0, min(len(words), rng.choice([4, 8, 20])))
            return set(rng.sample(words, size))

        shared = [some_lines() for _ in range(3)]
        clusters = [
            ([i], set(rng.choice(shared)) if rng.random() < 0.5 else some_lines())
            for i in range(rng.randint(0, 8))
        ]
        brute = [
            members
            for p, (members, keys) in enumerate(clusters)
            if len(keys) >= 3
            and any(len(keys & other) >= 3 for q, (_, other) in enumerate(clusters) if q != p)
        ]
        assert [members for members, _ in _recurring(clusters)] == brute


def test_a_list_of_names_with_their_phase_is_a_list_of_projects() -> None:
    from ruimtemonitor.core.extraction import extract_text

    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 1 december 2022\n\nGeachte voorzitter,\n\n"
        "In deze brief informeer ik u over de voortgang van de projecten in het MIRT.\n\n"
        "Noord\n\nDe volgende projecten liggen op schema:\n"
        "• Nedersaksenlijn (verkenning)\n• Vaarweg Lemmer–Delfzijl (realisatie)\n\n"
        "Oost\n\nStand van de projecten:\n"
        "- Sluis Eefde – realisatie\n- Spoorzone Zwolle – opgeleverd\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    projects = [(p["name"], p["phase"]) for p in extract_text(text).to_json()["projects"]]
    assert projects == [
        ("Nedersaksenlijn", "verkenning"),
        ("Vaarweg Lemmer–Delfzijl", "realisatie"),
        ("Sluis Eefde", "realisatie"),
        ("Spoorzone Zwolle", "opgeleverd"),
    ]


def test_a_bullet_list_of_bare_names_under_a_paused_lead_in() -> None:
    from ruimtemonitor.core.extraction import extract_text

    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 1 juni 2023\n\nGeachte voorzitter,\n\n"
        "In deze brief informeer ik u over de keuzes die ik in het MIRT heb gemaakt.\n\n"
        "De volgende projecten worden gepauzeerd:\n"
        "• N35 Wijthmen–Nijverdal\n• A27 Zeewolde–Eemnes\n• Volkeraksluizen\n\n"
        "Het kabinet heeft besloten dat de woningbouw voorgaat; daarover bericht ik u later.\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    projects = [(p["name"], p["paused"]) for p in extract_text(text).to_json()["projects"]]
    assert projects == [
        ("N35 Wijthmen–Nijverdal", True),
        ("A27 Zeewolde–Eemnes", True),
        ("Volkeraksluizen", True),
    ]


def test_a_decision_taken_with_words_in_between_moves_the_phase_on() -> None:
    from ruimtemonitor.core.extraction.phases import project_phase

    cases = {
        "De verkenning is afgerond; de voorkeursbeslissing is in 2022 genomen.": "planuitwerking",
        "Het tracébesluit is in 2021 vastgesteld; de aanbesteding loopt.": "realisatie",
        "De projectbeslissing is in juli 2023 genomen.": "realisatie",
        "De startbeslissing heb ik op 30 oktober 2013 genomen.": "verkenning",
        "De werkzaamheden zijn in volle gang.": "realisatie",
        "Het ontwerp-projectbesluit heeft ter inzage gelegen.": "planuitwerking",
        "De projectbeslissing wordt in juli 2025 genomen.": None,
        "Het tracébesluit is nog niet genomen.": None,
    }
    for sentence, phase in cases.items():
        assert project_phase(sentence) == phase, sentence


def test_rows_under_a_project_header_are_projects_named_by_their_first_cell() -> None:
    from ruimtemonitor.core.extraction import extract_text

    text = (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 1 juni 2023\n\nGeachte voorzitter,\n\n"
        "In deze brief informeer ik u over de voortgang van de projecten in het MIRT.\n\n"
        "Weg                                   Regio\n"
        "N35 Wijthmen–Nijverdal                Oost\n"
        "A27 Zeewolde–Eemnes                   Noordwest\n\n"
        "Project                       Gereed\n"
        "A1/A30 Barneveld              2027\n"
        "Knooppunt Hoevelaken          2026\n\n"
        "Hoogachtend,\n\nDe minister\n"
    )
    projects = [(p["name"], p["region"]) for p in extract_text(text).to_json()["projects"]]
    assert projects == [
        ("N35 Wijthmen–Nijverdal", "Oost"),
        ("A27 Zeewolde–Eemnes", "Noordwest"),
        ("A1/A30 Barneveld", None),
        ("Knooppunt Hoevelaken", None),
    ]


def test_an_arrangement_written_in_prose_has_its_agreements_and_undertakings() -> None:
    """An "Afspraak 4.1 Titel" heading over a paragraph (no type line, departments, lead-in
    or bullets) is an agreement; its sentences with a date or an amount are what is agreed,
    background in the past tense is not. A bare "afspraak 4.1" in a sentence stays a
    reference."""
    from ruimtemonitor.core.extraction import extract_text

    text = (
        "Ruimtelijk Arrangement Drenthe\nActualisatie 2027\n\nAssen, 3 november 2027\n\n"
        "4. Bereikbaarheid\n\n"
        "Afspraak 4.1  N34 Emmen–Coevorden\n"
        "De verkenning voor de N34 is in 2026 gestart. IenW neemt de voorkeursbeslissing in het "
        "najaar van 2028. De provincie draagt € 12 mln. bij aan de aansluiting bij Emmen-Zuid.\n\n"
        "Afspraak 4.2  Station Assen\n"
        "De gemeente bouwt rond het station ongeveer 1.500 woningen. Het Rijk stelt uiterlijk "
        "1 maart 2028 een bijdrage vast; zie ook afspraak 4.1 voor de N34.\n"
    )
    result = extract_text(text, name="drenthe.txt").to_json()
    agreements = {a["number"]: a for a in result["agreements"]}
    assert set(agreements) == {"4.1", "4.2"}
    assert agreements["4.1"]["title"] == "N34 Emmen–Coevorden"
    first = [c["text"][:20] for c in agreements["4.1"]["commitments"]]
    assert first == ["IenW neemt de voorke", "De provincie draagt "]
    second = [c["text"][:20] for c in agreements["4.2"]["commitments"]]
    assert second == ["Het Rijk stelt uiter"]


# Fourth blind batch: numbering styles and item shapes.

BRACKETED_LIST = """Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeld
12 november 2014, Provinciehuis

1) A2 Weert-Eindhoven
a) Het Rijk start de aanbesteding in 2015.
b) De regio neemt de kosten van de aansluiting voor haar rekening.

2) Spoorzone Voorbeeld
a) De gemeente en de provincie onderzoeken een verdiepte ligging.
b) Het onderzoek wordt opgeleverd voor het BO MIRT najaar 2015.

3) Filevorming A67 (rondvraag)
De gedeputeerde vraagt aandacht voor de files.
"""


def test_items_numbered_with_a_bracket_are_agreements_with_lettered_commitments() -> None:
    agreements = extract_text(BRACKETED_LIST, name="haakjes").to_json()["agreements"]
    assert [(a["number"], a["title"]) for a in agreements] == [
        ("1", "A2 Weert-Eindhoven"),
        ("2", "Spoorzone Voorbeeld"),
    ]
    assert [c["text"][:20] for c in agreements[1]["commitments"]] == [
        "De gemeente en de pr",
        "Het onderzoek wordt ",
    ]


CHAPTERED_ARRANGEMENT = """Ruimtelijk Arrangement Voorbeeld

Hoofdstuk 2  Water en bodem

Afspraak 2.1  Zoetwater op de eilanden
a) De provincie werkt een zoetwaterstrategie uit, met daarin:
i.  de locaties voor kreekruginfiltratie;
ii. de gebieden waar landbouw met zout water leert leven.
b) Het Rijk draagt € 4,5 miljoen bij uit het Deltafonds.

Afspraak 2.2  Sloeboog
De Sloeboog moet het goederenvervoer ontlasten. Een verkenning is in 2024 gestart.
a) Het Rijk neemt de voorkeursbeslissing in 2026.
b) De provincie draagt € 25 mln. bij.

Hoofdstuk 3  Landelijk gebied
De financiering van de gebiedsprocessen is onzeker.
Rijk en provincie komen overeen dat de provincie de gebiedsprocessen voortzet.
"""


def test_roman_sub_items_and_lettered_items_after_prose_and_a_chapter_heading() -> None:
    agreements = extract_text(CHAPTERED_ARRANGEMENT, name="hoofdstuk").to_json()["agreements"]
    first, second, third = agreements
    assert first["title"] == "Zoetwater op de eilanden"
    assert [c["text"][:16] for c in first["commitments"]] == [
        "De provincie wer",
        "Het Rijk draagt ",
    ]
    assert first["commitments"][0]["items"][1].startswith("ii. de gebieden")
    assert [c["text"][:16] for c in second["commitments"]] == [
        "Het Rijk neemt d",
        "De provincie dra",
    ]
    # "Hoofdstuk 3" ends block 2.2: the formula under it is an agreement of its own.
    assert third["number"] is None
    assert third["title"].startswith("Rijk en provincie komen overeen")


ARTICLES = """Ruimtelijk Arrangement Voorbeeld
Afspraken tussen het Rijk en de provincie over de ruimtelijke inrichting

Komen het volgende overeen:

1. Wonen en werken
1.1 De provincie accommodeert tot en met 2030 de bouw van 88.000 woningen, waarvan twee
    derde betaalbaar.
1.2 De provincie stelt uiterlijk 31 december 2025 een regionaal programma werklocaties op.

2. Landbouw en natuur
2.1 Partijen komen overeen dat de extensiveringszones in het gebiedsprogramma worden
    vastgelegd. Het Rijk stelt € 310 mln. beschikbaar.
"""


def test_numbered_sentences_under_an_announcing_lead_in_are_the_agreements() -> None:
    agreements = extract_text(ARTICLES, name="artikelen").to_json()["agreements"]
    assert [(a["number"], a["title"][:20]) for a in agreements] == [
        ("1.1", "De provincie accommo"),
        ("1.2", "De provincie stelt u"),
        ("2.1", "Partijen komen overe"),
    ]
    assert agreements[1]["commitments"][0]["text"].endswith("werklocaties op.")


AGENDA_WITH_LEAD_IN = """NOVEX Voorbeeld
Uitvoeringsagenda 2025-2030

Datum: 3 december 2024

3 Uitvoeringsagenda

De partners spreken af de volgende maatregelen uit te voeren.

3.1 Haven-Stad
• De gemeente stelt het bestemmingsplan vast in Q1 2025.
• De bijdrage van het Rijk bedraagt € 47,3 mln.

3.2 Gezondheid
• Het Rijk en de provincie financieren het gezondheidsonderzoek.
"""

AGENDA_OF_THEMES = """NOVEX Voorbeeld
Uitvoeringsagenda

Almere, 3 april 2024

2  Opgaven en acties

2.1 Verstedelijking
Almere kan pas groeien als er een ov-verbinding komt.
Rijk en regio spreken af dat:
– de regio vóór 1 oktober 2024 een voorstel doet;
– IenW in het BO MIRT najaar 2024 besluit over een verkenning.

2.3 Water en natuur
Door de groei neemt de vraag naar drinkwater toe.
Partijen komen overeen dat het waterschap uiterlijk medio 2025 een analyse oplevert.
"""


def test_an_agenda_announcing_its_items_numbers_them_else_its_sections_are_themes() -> None:
    announced = extract_text(AGENDA_WITH_LEAD_IN, name="aangekondigd").to_json()["agreements"]
    assert [(a["number"], len(a["commitments"])) for a in announced] == [("3.1", 2), ("3.2", 1)]
    themes = extract_text(AGENDA_OF_THEMES, name="themas").to_json()["agreements"]
    assert [(a["number"], a["title"][:24]) for a in themes] == [
        (None, "Rijk en regio spreken af"),
        (None, "Partijen komen overeen d"),
    ]
    assert len(themes[0]["commitments"]) == 2


LABELLED_AND_PROSE = """Ruimtelijk Arrangement Voorbeeld

Afspraak 1.1 Verslag
De afsprakenlijst van het BOL van 28 november 2024 wordt vastgesteld.

Afspraak 5.2  Drinkwater Twente
Vitens en de provincie wijzen vóór 1 januari twee nieuwe winlocaties aan. Het Rijk neemt de
locaties op in het Programma Drinkwater. De gemeente ontwikkelt er een wandelroute.

6. Overige afspraken
Afspraak: Rijk en provincie monitoren de uitvoering van dit arrangement jaarlijks en
bespreken de voortgang in het BOL. De eerste monitor verschijnt in november 2026.
"""


def test_a_one_sentence_block_a_signatory_undertaking_and_a_labelled_paragraph() -> None:
    agreements = extract_text(LABELLED_AND_PROSE, name="proza").to_json()["agreements"]
    texts = {a["number"]: [c["text"][:24] for c in a["commitments"]] for a in agreements}
    assert texts["1.1"] == ["De afsprakenlijst van he"]
    # the Rijk undertakes; what a municipality does is background
    assert texts["5.2"] == ["Vitens en de provincie w", "Het Rijk neemt de locati"]
    assert texts[None] == ["Rijk en provincie monito", "De eerste monitor versch"]


# A PDF export leaves no blank line between the last bullet and the block under it.
ARRANGEMENT_WITHOUT_BLANK_LINES = """Ruimtelijk Arrangement Rijk – Provincie Voorbeeld

Afspraak 3.2 Werklocaties
Procesafspraak
Rijk en provincie spreken af:
- De provincie legt de zoekgebieden voor werklocaties vast in een kaart die met de
regio's wordt besproken (zie afspraak 3.1).
Aandachtspunten: Regio Noordrand (Oost)
Verplaatsing: bedrijven aan de rand van de kernen zoeken ruimte; de regio zoekt naar
plekken voor hen op bestaande terreinen.
- Het Rijk deelt de uitkomsten van de landelijke verkenning van werklocaties met de
provincie voor de zomer.
"""


def test_a_short_heading_after_a_finished_bullet_ends_that_bullet() -> None:
    texts = [
        c["text"]
        for c in extract_text(ARRANGEMENT_WITHOUT_BLANK_LINES).to_json()["agreements"][0][
            "commitments"
        ]
    ]
    assert texts[0].endswith("(zie afspraak 3.1).")
    assert "Aandachtspunten" not in " ".join(texts)
    assert texts[1].startswith("Het Rijk deelt de uitkomsten")


def test_a_wrapped_bullet_line_that_starts_with_a_name_still_continues_it() -> None:
    text = ARRANGEMENT_WITHOUT_BLANK_LINES.replace(
        "in een kaart die met de\nregio's", "in een kaart die met\nGemeente Voorbeeld en de regio's"
    )
    first = extract_text(text).to_json()["agreements"][0]["commitments"][0]["text"]
    assert "Gemeente Voorbeeld en de regio's" in first
