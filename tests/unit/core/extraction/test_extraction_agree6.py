"""Genres and agreements of the twenty-third batch: layouts it brought, on invented wording."""

import pytest
from tests.unit.core.extraction.readouts import agreements, commitment_texts

from ruimtemonitor.core.extraction.genres import classify
from ruimtemonitor.core.extraction.patterns import BULLET_GLYPH

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Voorbeeldrade                                RAADSVOORSTEL\n\n"
        "Datum voorstel   : 3 maart 2031\nOnderwerp        : Krediet fietsbrug\n\n"
        "Voorgestelde beslissing\nBeslispunt 1  een krediet beschikbaar te stellen;\n",
        "Gemeente Noordkant\t\t\t\tRaadsvoorstel\n\nAan de gemeenteraad\n\n"
        "Voorgesteld besluit\n1. Het krediet van € 2 mln beschikbaar te stellen.\n",
        "Voorbeeldstad\n\nOnderwerp: Herinrichting Stationsplein\n\n"
        "Beslispunt 1: de begroting te wijzigen.\nArgumenten\n1.1 Het plan is klaar.\n",
    ],
)
def test_a_council_proposal_is_read_by_its_decision_points_and_right_column_name(
    text: str,
) -> None:
    assert classify(text, {}) == "raadsvoorstel"


@pytest.mark.parametrize(
    "title",
    [
        "VERSLAG STATENCOMMISSIE MOBILITEIT EN ECONOMIE",
        "Verslag van de vergadering van de Statencommissie Ruimte",
        "Verslag raadscommissie Fysiek Domein",
        "Verslag van de commissie Bestuur en Middelen",
    ],
)
def test_the_minutes_of_a_committee_are_no_afsprakenlijst(title: str) -> None:
    text = (
        f"Provincie Voorbeeldland\n\n{title}\nVergadering van dinsdag 4 maart 2031, 14.00 uur\n\n"
        "Aanwezig: dhr. A (voorzitter), mw. B; gedeputeerde C.\n\n"
        "1.  Opening\nDe voorzitter opent de vergadering.\n\n"
        "2.  Voortgang projecten\nDe gedeputeerde licht de rapportage toe.\n\n"
        "3.  Rondvraag en sluiting\n"
    )
    assert classify(text, {}) == "other"


def test_the_minutes_of_a_bo_stay_an_afsprakenlijst() -> None:
    text = (
        "Verslag BO MIRT Noordwest, 4 maart 2031\n\nAanwezig: minister, gedeputeerden.\n\n"
        "Afspraken\n1. Rijk en regio spreken af dat de studie start.\n\n2. Rondvraag\n"
    )
    assert classify(text, {}) == "afsprakenlijst"


def _titles_and_starts(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [
        (a["number"], a["title"], [c[:22] for c in commitment_texts(a)]) for a in agreements(text)
    ]


@pytest.mark.parametrize(("header", "gap"), [("Onderwerp", 31), ("Thema", 35)])
def test_rows_of_a_subject_table_without_breaks_part_where_a_new_subject_opens(
    header: str, gap: int
) -> None:
    column = " " * (len(header) + gap)
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldland\n12 maart 2031, Voorbeeldstad\n\n"
        "Aanwezig: minister, gedeputeerden, wethouders.\n\n"
        f"{header}{' ' * gap}Afspraak\n"
        + "\n".join(
            f"{left:<{len(column)}}{right}"
            for left, right in [
                ("N99 Oostring, ongelijkvloerse", "De verkenning is sinds mei 2030 in uitvoering."),
                ("kruising", "Rijk en regio spreken af dat de provincie € 3 mln"),
                ("", "bijdraagt aan de fietsbrug."),
                ("Tramlijn Noord - Centrum -", "De planuitwerking loopt."),
                ("Havenkwartier", "Partijen komen overeen dat de gemeente de"),
                ("", "meerkosten draagt."),
                ("Station Zuid, fietsenstalling", "ProRail levert in 2032 een ontwerp op."),
                ("Rondvraag", "De minister zegt toe de Kamer te informeren."),
            ]
        )
        + "\n\nVolgend overleg: najaar 2031.\n"
    )
    assert _titles_and_starts(text) == [
        (None, "N99 Oostring, ongelijkvloerse", ["Rijk en regio spreken "]),
        (None, "Tramlijn Noord - Centrum -", ["Partijen komen overeen"]),
        (None, "Station Zuid, fietsenstalling", ["ProRail levert in 2032"]),
    ]


def test_a_scanned_tilde_bullet_lists_the_commitments_of_a_lettered_item() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT West\n3 maart 2031 | Voorbeeldstad\n\n"
        "1.  Opening\nHet verslag wordt vastgesteld.\n\n"
        "2.  Knooppunt Oost\n\n"
        "2b. Station Voorbeeldstad, tweede fiets-\n    tunnel\n"
        "De verkenning is gestart.\n"
        "~  ProRail levert uiterlijk 1 mei 2032 het ontwerp;\n"
        "~ de gemeente draagt € 1,5 mln bij aan de tunnel.\n\n"
        "3.  Rondvraag\nGeen punten.\n"
    )
    found = _titles_and_starts(text)
    assert [(n, t[:32] if t else t, c) for n, t, c in found] == [
        (
            "2b",
            "Station Voorbeeldstad, tweede fi",
            ["ProRail levert uiterli", "de gemeente draagt € 1"],
        )
    ]


def test_a_tilde_before_a_figure_is_about_not_a_bullet() -> None:
    assert BULLET_GLYPH.match("~ 30 woningen per hectare") is None
    assert BULLET_GLYPH.match("~  de provincie betaalt") is not None


@pytest.mark.parametrize("code", ["B", "C"])
def test_the_last_digit_of_an_action_code_is_no_footnote_marker(code: str) -> None:
    text = (
        "NOVEX-gebied Voorbeelddelta\nUITVOERINGSAGENDA  -  versie 2.0\n\n"
        "Datum: 4 april 2031\nVastgesteld in het BOL West van 20 maart 2031.\n\n"
        "1  Haven\nDe haven groeit en vraagt ruimte.\n\n"
        f"{code}1.1  Stroomnet Oosthaven\nHet Rijk en de netbeheerder reserveren ruimte.\n"
        "Trekker: EZK  –  Gereed: Q4 2032  –  Middelen: p.m.\n\n"
        f"{code}1.2  Geluidzones haven\nDe provincie stelt een geluidsplan op.\n"
        "Trekker: provincie  –  Gereed: medio 2032  –  Middelen: 300.000 euro\n\n"
        "2  Wonen\nDe regio bouwt tot 2040 ruim 9.000 woningen.\n\n"
        f"{code}2.1  Kanaalzone, 800 woningen\nDe gemeente maakt het terrein bouwrijp.\n"
        "Trekker: gemeente  –  Gereed: eind 2033  –  Middelen: € 4 mln\n"
    )
    assert [(n, c) for n, _, c in _titles_and_starts(text)] == [
        (f"{code}1.1", ["Het Rijk en de netbehe"]),
        (f"{code}1.2", ["De provincie stelt een"]),
        (f"{code}2.1", ["De gemeente maakt het "]),
    ]


@pytest.mark.parametrize(
    ("heading", "formula"),
    [
        ("3.  MONITORING", "Partijen komen overeen dat zij de voortgang jaarlijks bespreken."),
        ("4  FINANCIËN", "Het Rijk en de provincie spreken af dat een tegenvaller gedeeld wordt."),
    ],
)
def test_a_formula_under_a_capitalised_frame_chapter_is_an_unnumbered_agreement(
    heading: str, formula: str
) -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT VOORBEELDLAND\nWonen en water in de regio Oostkust\n\n"
        "Partijen: het Rijk (BZK en IenW) en de provincie Voorbeeldland.\n\n"
        "2.  AFSPRAKEN\n\n"
        "(1)  Oostkust, woningbouw Havenfront\n"
        "◊  het Rijk draagt € 3 mln bij uit de Woningbouwimpuls;\n"
        "◊  de gemeente stelt voor 1 juli 2032 het bestemmingsplan vast.\n\n"
        "(2)  Fietsroute Noord - Zuid\n"
        "◊  De route is in uitvoering en is eind 2033 gereed;\n"
        "◊  de provincie draagt € 400.000 bij.\n\n"
        f"{heading}\nDe bijdragen komen ten laste van de begrotingen.\n{formula}\n\n"
        "Aldus overeengekomen te Voorbeeldstad op 3 oktober 2031.\n"
    )
    assert _titles_and_starts(text) == [
        (
            "1",
            "Oostkust, woningbouw Havenfront",
            ["het Rijk draagt € 3 ml", "de gemeente stelt voor"],
        ),
        ("2", "Fietsroute Noord - Zuid", ["De route is in uitvoer", "de provincie draagt € "]),
        (None, formula, [formula[:22]]),
    ]


def test_a_bullet_that_only_reports_the_phase_stays_background() -> None:
    text = (
        "RUIMTELIJK ARRANGEMENT VOORBEELDLAND\n\n2.  AFSPRAKEN\n\n"
        "2.1  Fietsroute Noord - Zuid\n"
        "◊  De route is in uitvoering;\n"
        "◊  de provincie draagt € 400.000 bij.\n"
        "◊  het Rijk draagt € 200.000 bij.\n"
    )
    assert [c for _, _, c in _titles_and_starts(text)] == [
        ["de provincie draagt € ", "het Rijk draagt € 200."]
    ]


def test_a_subject_wrapped_onto_a_capitalised_line_stays_in_its_row() -> None:
    column = 40
    rows = [
        ("Knooppunt West", "De provincie betaalt € 2 mln."),
        ("Zuid", "het Rijk draagt € 1 mln bij."),
        ("Ringweg Noord", "Partijen spreken af dat de gemeente de studie"),
        ("Oost", "uitvoert."),
    ]
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Voorbeeldland\n12 maart 2031\n\n"
        f"{'Project':<{column}}Besluit\n"
        + "\n".join(f"{left:<{column}}{right}" for left, right in rows)
        + "\n\nVolgend overleg: najaar 2031.\n"
    )
    found = agreements(text)
    assert [a["title"] for a in found] == ["Knooppunt West", "Ringweg Noord"]
    assert "het Rijk draagt" in " ".join(commitment_texts(found[0]))
    assert " ".join(commitment_texts(found[1])).endswith("de studie uitvoert.")


def test_a_subject_table_with_a_hostile_run_of_blanks_stays_fast() -> None:
    import time

    text = (
        "Afsprakenlijst BO MIRT Voorbeeldland\n12 maart 2031\n\n"
        f"Onderwerp{' ' * 20}Afspraak\n"
        f"Knooppunt West{' ' * 15}Partijen spreken af dat de provincie betaalt.{' ' * 9000}\n"
        f"{' ' * 9000}-\n"
    )
    started = time.perf_counter()
    agreements(text)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    "title",
    ["VERSLAG STATENCOMMISSIE RUIMTE", "Verslag van de vergadering van de raadscommissie Wonen"],
)
def test_the_minutes_of_a_committee_agree_nothing(title: str) -> None:
    text = (
        f"Provincie Voorbeeldland\n\n{title}\nVergadering van dinsdag 4 maart 2031, 14.00 uur\n\n"
        "Aanwezig: dhr. A (voorzitter), mw. B; gedeputeerde C.\n\n"
        "1.  Opening en mededelingen\nDe gedeputeerde meldt dat in het BO MIRT Oost van "
        "2 februari 2031 geen nieuwe afspraken zijn gemaakt.\n\n"
        "2.  Voortgang projecten\nDe gedeputeerde licht de rapportage toe.\n\n"
        "a)  Rondweg Oost\n    Het werk is in uitvoering. Openstelling is voorzien in 2033.\n"
        "b)  Station Noord\n    De provincie draagt € 2 mln bij aan het plein.\n\n"
        "Mw. B vraagt naar de fietsbrug. De gedeputeerde zegt toe de commissie te informeren.\n\n"
        "3.  Rondvraag en sluiting\nDe voorzitter sluit de vergadering.\n"
    )
    assert agreements(text) == []


@pytest.mark.parametrize(
    "heading",
    ["Afspraak 3 - Rondvraag", "Afspraak 3: Rondvraag", "Afspraak 3 – Rondvraag en sluiting"],
)
def test_an_agreement_block_titled_rondvraag_agrees_nothing(heading: str) -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT Oost\n14 oktober 2031, Voorbeeldstad\n\n"
        "Afspraak 1 - Rondweg Noord\nRijk en regio spreken af dat de provincie € 2 mln "
        "bijdraagt.\n\n"
        "Afspraak 2 - Station Zuid\nHet Rijk en de gemeente spreken af dat ProRail in 2032 "
        "een ontwerp oplevert.\n\n"
        f"{heading}\nDe gedeputeerde vraagt naar de fietsbrug. De minister neemt dit mee in "
        "de MIRT-brief van november.\n"
    )
    assert [a["number"] for a in agreements(text)] == ["1", "2"]


@pytest.mark.parametrize("rest", ["Centrum (fase 2)", "Oosterdorp"])
def test_a_long_numbered_title_runs_on_with_its_last_words(rest: str) -> None:
    text = (
        "AFSPRAKENLIJST\nBestuurlijk Overleg MIRT Voorbeeldland\n\nDatum : 4 november 2031\n\n"
        "1.  Rondweg Noord\n    Rijk en regio spreken af dat de provincie € 2 mln bijdraagt.\n\n"
        "2.  Snelbusverbinding Voorbeeldstad Noord – Heidedorp\n"
        f"    {rest}\n"
        "    Fase 1 is op 1 mei 2031 opengesteld. Voor fase 2 spreken Rijk en regio af dat:\n"
        "    -  de provincie in 2032 de aanbesteding start;\n"
        "    -  het Rijk een bijdrage van € 6 mln verleent.\n\n"
        "3.  Rondvraag\n    Geen punten.\n"
    )
    found = _titles_and_starts(text)
    assert [(n, c) for n, _, c in found] == [
        ("1", ["Rijk en regio spreken "]),
        ("2", ["de provincie in 2032 d", "het Rijk een bijdrage "]),
    ]
    assert found[1][1].startswith("Snelbusverbinding Voorbeeldstad Noord – Heidedorp")


@pytest.mark.parametrize("lead", ["; daarbij geldt:", ". Hierbij geldt het volgende:"])
def test_a_bullet_with_a_clause_before_its_lead_in_is_a_commitment_over_its_sub_bullets(
    lead: str,
) -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT West\n3 maart 2031 | Voorbeeldstad\n\n"
        "1.  Opening\nHet verslag wordt vastgesteld.\n\n"
        "2.  Ringweg Oost\nDe herijking is gestart.\nAfspraken:\n"
        "- De provincie rondt de herijking af in 2032.\n"
        f"- Rijk en regio delen een tekort naar rato van hun bijdragen{lead}\n"
        "    o  de regio reserveert € 10 mln in haar begroting 2032;\n"
        "    o  het Rijk reserveert € 20 mln in het Mobiliteitsfonds.\n\n"
        "3.  Rondvraag\nGeen punten.\n"
    )
    assert [c for _, _, c in _titles_and_starts(text)] == [
        [
            "De provincie rondt de ",
            "Rijk en regio delen ee",
            "de regio reserveert € ",
            "het Rijk reserveert € ",
        ]
    ]


def test_a_bullet_that_only_leads_in_is_shared_out_among_its_sub_bullets() -> None:
    text = (
        "Afsprakenlijst Bestuurlijk Overleg MIRT West\n3 maart 2031 | Voorbeeldstad\n\n"
        "1.  Opening\nHet verslag wordt vastgesteld.\n\n"
        "2.  Ringweg Oost\nAfspraken:\n"
        "- De provincie rondt de herijking af in 2032.\n"
        "- de regio legt een fonds aan:\n"
        "    o  de provincie stort € 10 mln in 2032;\n"
        "    o  de gemeente draagt € 2 mln bij.\n\n"
        "3.  Rondvraag\nGeen punten.\n"
    )
    assert [c for _, _, c in _titles_and_starts(text)] == [
        ["De provincie rondt de ", "de provincie stort € 1", "de gemeente draagt € 2"]
    ]
