"""Arrangements and NOVEX agendas of the twenty-eighth and twenty-ninth blind batches' layouts,
on invented wording (other places, years, codes and numbering): "Onderdeel N - Titel" sections
over bullets with the owner in brackets, actions lettered under roman themes ("II-b") over
label bullets, actions coded "XY-01" over one row of labels apart by slashes, and a row of
signatories with initials under "Voor akkoord:"."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts, extracted

from ruimtemonitor.core.extraction.patterns import is_structural
from ruimtemonitor.core.extraction.project_filters import names_no_project, on_signature_row
from ruimtemonitor.core.extraction.project_heads import ITEM_NUMBER

ARRANGEMENT = (
    "RUIMTELIJK ARRANGEMENT VOORBEELDVALLEI: VEENSTAD - KLEIDORP\n"
    "==========================================================\n\n"
    "De ondergetekenden:\n"
    "  a. de Minister van Infrastructuur en Waterstaat;\n"
    "  b. Gedeputeerde Staten van Voorbeeldland;\n\n"
    "komen het volgende overeen.\n\n"
    "Onderdeel 1 - Stationsgebied Veenstad, herontwikkeling\n"
    "  o de gemeente Veenstad bouwt rond het station 900 woningen en levert\n"
    "    de eerste in 2031 op (Veenstad)\n"
    "  o het Rijk draagt € 6 mln bij aan de fietsenstalling bij het station (IenW)\n\n"
    "Onderdeel 2 - Kanaalzone Kleidorp, woningbouw\n"
    "  o de provincie en de gemeente Kleidorp stellen uiterlijk eind 2030\n"
    "    het stedenbouwkundig plan vast (provincie, Kleidorp)\n"
    "  o de provincie verstrekt € 900.000 voor de kademuur (provincie)\n\n"
    "Onderdeel 3 - Groene Vallei, recreatie\n"
    "  Partijen komen overeen dat het recreatieschap het plan in 2031 herziet.\n\n"
    "Aldus getekend te Veenstad, 2 mei 2030\n"
)

ROMAN_AGENDA = (
    "UITVOERINGSAGENDA NOVEX VOORBEELDPOLDER\n"
    "Rijk (BZK, IenW) ~ provincie Voorbeeldland ~ gemeente Veenstad\n\n"
    "Vastgesteld in het BOL Oost, 3 maart 2032\n"
    "Datum: 03-03-2032\n\n"
    "Opgave I  Verstedelijking\n"
    "  I-a  Woningbouwlocatie Veenstad, Havenkwartier-Noord\n"
    "       ◊ trekker: gemeente Veenstad\n"
    "       ◊ middelen: Rijk € 12 miljoen\n"
    "       ◊ planning: eerste woningen eind 2034\n\n"
    "Opgave II  Mobiliteit\n"
    "  II-b Tramlijn Veenstad - Kleidorp, doortrekking\n"
    "       ◊ trekker: provincie Voorbeeldland\n"
    "       ◊ middelen: € 40 mln (provincie, Rijk)\n"
    "       ◊ planning: start bouw 2035\n\n"
    "Opgave III  Energie\n"
    "  III-c Netcongestie bedrijventerrein Veenstad\n"
    "       ◊ trekker: netbeheerder met provincie\n"
    "       ◊ middelen: p.m.\n"
)

CODED_AGENDA = (
    "NOVEX Voorbeeldland-Zuid — Uitvoeringsagenda 2031-2034\n"
    "Rijk (BZK, IenW) · Provincie Voorbeeldland · gemeente Kleidorp\n"
    "Vastgesteld in het BOL Zuid van 12 juni 2031\n"
    "Datum: 12-06-2031\n\n"
    "Thema I  Wonen\n"
    "  VZ-01  Transformatie winkelcentrum Kleidorp-West\n"
    "         Trekker: gemeente Kleidorp / Gereed: medio 2033 / Budget:\n"
    "         € 12 mln (Woningbouwimpuls)\n"
    "  VZ-02  Programma Gezonde Leefstijl Kleidorp\n"
    "         Trekker: GGD Voorbeeldland / Gereed: doorlopend / Budget: p.m.\n\n"
    "Thema II  Bereikbaarheid\n"
    "  VZ-03  Fietsroute Kleidorp - Veenstad, snelle verbinding\n"
    "         De planuitwerking loopt sinds 2030.\n"
    "         Trekker: provincie Voorbeeldland / Gereed: 2034 / Budget: EUR 3 mln\n"
    "  VZ-04  Busbaan Veenstad-Oost\n"
    "         Trekker: gemeente Veenstad / Gereed: 2033 / Budget: € 600.000\n"
    "  Geen nieuwe afspraken over de haven van Veenstad.\n"
)


def _numbered(text: str) -> dict[str | None, list[str]]:
    return {a["number"]: [c[:16] for c in commitment_texts(a)] for a in agreements(text)}


def _projects(text: str) -> list[str]:
    return [p["name"] for p in extracted(text)["projects"]]


def test_an_ordering_word_with_a_dash_heads_a_section_after_a_bracketed_owner() -> None:
    assert is_structural("Onderdeel 2 - Kanaalzone Kleidorp, woningbouw")
    assert is_structural("Thema IV – Water en bodem")
    assert not is_structural("onderdeel 2 - van het plan")


def test_each_onderdeel_with_bullets_or_a_formula_is_a_numbered_agreement() -> None:
    found = _numbered(ARRANGEMENT)
    assert found["1"] == ["de gemeente Veen", "het Rijk draagt "]
    assert found["2"] == ["de provincie en ", "de provincie ver"]
    assert found["3"] == ["Partijen komen o"]
    assert None not in found


def test_the_works_of_the_onderdelen_are_projects() -> None:
    names = _projects(ARRANGEMENT)
    assert "Kanaalzone Kleidorp, woningbouw" in names


def test_actions_lettered_under_roman_themes_are_agreements_with_their_label_lines() -> None:
    found = _numbered(ROMAN_AGENDA)
    assert found["I-a"] == ["trekker: gemeent", "middelen: Rijk €", "planning: eerste"]
    assert found["II-b"] == ["trekker: provinc", "middelen: € 40 m", "planning: start "]
    assert found["III-c"] == ["trekker: netbehe", "middelen: p.m."]


def test_a_roman_action_number_is_no_part_of_the_project_name() -> None:
    names = _projects(ROMAN_AGENDA)
    assert "Woningbouwlocatie Veenstad, Havenkwartier-Noord" in names
    assert "Tramlijn Veenstad - Kleidorp, doortrekking" in names
    assert not any(name.startswith(("I-a", "II-b", "III-c")) for name in names)
    assert ITEM_NUMBER.match("IV-d Spoorlijn Oost").group().strip() == "IV-d"


def test_netcongestie_and_healthy_living_programmes_are_no_projects() -> None:
    assert names_no_project("Netcongestie bedrijventerrein Veenstad")
    assert names_no_project("Programma Gezond Leven Veenstad")
    assert not names_no_project("Programma Hoogfrequent Spoor")
    assert not any(name.startswith("Netcongestie") for name in _projects(ROMAN_AGENDA))


def test_coded_actions_over_one_row_of_labels_are_agreements() -> None:
    found = _numbered(CODED_AGENDA)
    assert found["VZ-01"] == ["Trekker: gemeent"]
    assert found["VZ-03"] == ["Trekker: provinc"]  # the phase line above is background
    assert found["VZ-04"] == ["Trekker: gemeent"]


def test_a_coded_action_under_a_row_ending_in_an_amount_is_its_own() -> None:
    assert is_structural("VZ-04  Busbaan Veenstad-Oost")
    names = _projects(CODED_AGENDA)
    assert "Busbaan Veenstad-Oost" in names
    assert not any("Gezonde Leefstijl" in name for name in names)


def test_a_row_of_signatories_with_initials_names_no_project() -> None:
    text = "Voor akkoord:\n\nK. van Dam-Smit (BZK)    P. Kok (GS)    R.J. Veen (gemeente)\n"
    assert on_signature_row(text, text.index("K. van"))
    lettered = "C. Kademuur Veenstad (provincie)\n"
    assert not on_signature_row(lettered, 0)


def test_a_clause_on_the_part_of_a_work_gives_its_phase() -> None:
    text = ROMAN_AGENDA.replace(
        "Opgave I  Verstedelijking\n",
        "Inleiding\nDe Tramlijn Veenstad - Kleidorp rijdt sinds 2029; de doortrekking naar\n"
        "Kleidorp is in uitvoering.\n\nOpgave I  Verstedelijking\n",
    ).replace(
        "Tramlijn Veenstad - Kleidorp, doortrekking\n", "Tramlijn Veenstad, doortrekking Kleidorp\n"
    )
    phases = {p["name"]: p["phase"] for p in extracted(text)["projects"]}
    assert phases["Tramlijn Veenstad, doortrekking Kleidorp"] == "realisatie"
