import datetime as dt

from ruimtemonitor.core.letters import markdown, raadsinformatiebrief, raadsvoorstel
from ruimtemonitor.core.letters.model import Citation
from ruimtemonitor.core.letters.quotes import ReadableText, sentence_around
from ruimtemonitor.core.letters.region_facts import (
    AgreementFact,
    CommitmentFact,
    FundingFact,
    MoneyFact,
    ProjectFact,
    RegionFacts,
)

SOURCE = Citation("Ruimtelijk Arrangement Zeeland", dt.date(2025, 6, 2), None, "Afspraak 2.1 …", 7)


def facts(**changes) -> RegionFacts:
    base = RegionFacts(
        region="Regio Walcheren",
        meeting="BOL 2025",
        meeting_kind="bol",
        year=2025,
        sender="Regio Walcheren",
        today=dt.date(2025, 6, 20),
        landsdelen=["landsdeel Zuidwest-Nederland"],
        provinces=["Zeeland"],
        agreements=[
            AgreementFact(
                "2.1",
                "Zoetwater",
                "Ruimtelijk Arrangement Zeeland (2025)",
                ("onderzoeksafspraak",),
                ("IenW",),
                (
                    CommitmentFact(
                        "De provincie onderzoekt buffers", "Zeeland", "najaar 2025", SOURCE
                    ),
                ),
                "noemt Walcheren",
                SOURCE,
            )
        ],
        projects=[
            ProjectFact(
                "Sluis Terneuzen",
                "realisatie",
                "Zuidwest",
                (MoneyFact("budget", "€ 100 mln.", 1e8, SOURCE),),
                "in het BO MIRT 2025",
            )
        ],
        funding=[FundingFact("WoKT", "€ 2,5 mld.", ("Aantal: ten minste 200 woningen",))],
        next_meeting="het BO MIRT in het najaar van 2025",
        signatories=[("A. de Vries", "voorzitter")],
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_the_letter_has_the_sections_of_a_raadsinformatiebrief() -> None:
    letter = raadsinformatiebrief.compose(facts())
    headings = [s.heading for s in letter.sections if s.level == 2]
    assert headings == ["Inleiding", "Algemeen", "Bespreekpunten", "Uitkomsten", "Vervolg"]
    topics = [s.heading for s in letter.sections if s.level == 3]
    assert topics == ["Ruimtelijk Arrangement", "Woningbouw en mobiliteit", "MIRT-projecten"]
    assert letter.salutation == "Geachte raad," and letter.closing.startswith("Met vriendelijke")


def test_a_source_cited_twice_is_listed_once_and_every_number_resolves() -> None:
    letter = raadsinformatiebrief.compose(facts())
    assert letter.citations == [SOURCE]
    numbers = {n for s in letter.sections for p in s.paragraphs for n in p.citations}
    assert numbers == {1}
    text = markdown.render(letter)
    assert "Afspraak 2.1 Zoetwater (onderzoeksafspraak; betrokken departementen: IenW)." in text
    assert "trekker: Zeeland; termijn: najaar 2025" in text
    assert "Volgend besluit: in het BO MIRT 2025" in text
    assert "[^1]: Ruimtelijk Arrangement Zeeland, 2 juni 2025: “Afspraak 2.1 …”" in text
    assert "regel" not in text  # a line number of the stored text means nothing to a council


def test_a_citation_names_the_page_or_else_the_numbered_part() -> None:
    paged = Citation("MIRT-brief voorjaar 2025", dt.date(2025, 6, 12), 14, "…", 3572)
    assert paged.label() == "MIRT-brief voorjaar 2025, 12 juni 2025, pagina 14"
    unpaged = Citation("RA Gelderland", None, None, "…", 3572, locator="afspraak 4.6")
    assert unpaged.label() == "RA Gelderland, afspraak 4.6"


def test_the_signature_block_names_each_signatory_and_function() -> None:
    text = markdown.render(raadsinformatiebrief.compose(facts()))
    assert "A. de Vries  \nvoorzitter" in text


def test_the_region_paragraph_of_an_agreement_is_quoted_with_its_heading() -> None:
    agreement = AgreementFact(
        "4.6",
        "Economie: campusvorming",
        "RA Gelderland",
        regional_heading="Regionale aandachtspunten: Foodvalley regio",
        regional_text="Economie en werklocaties: De regio wil de topregio zijn.",
        regional_citation=SOURCE,
    )
    text = markdown.render(raadsinformatiebrief.compose(facts(agreements=[agreement])))
    assert "Onder „Regionale aandachtspunten: Foodvalley regio” staat: „Economie en" in text


def test_the_other_agreements_are_one_sentence_with_ranges_not_a_list_of_titles() -> None:
    others = [AgreementFact(n, f"Titel {n}", "RA") for n in ("1.1", "2.1", "2.2", "2.3", "3.1")]
    text = markdown.render(raadsinformatiebrief.compose(facts(other_agreements=others)))
    assert (
        "5 afspraken voor de provincie als geheel, waaronder de afspraken 1.1, 2.1–2.3 en 3.1"
        in text
    )
    assert "Titel 2.2" not in text


def test_without_matching_agreements_or_signatories_the_editor_is_told_outside_the_letter() -> None:
    letter = raadsinformatiebrief.compose(facts(agreements=[], signatories=[]))
    assert len(letter.notes) == 2
    text = markdown.render(letter)
    assert "Nog te doen" not in text and "RUIMTEMONITOR_" not in text  # notes stay outside


def test_document_text_cannot_inject_markdown() -> None:
    hostile = AgreementFact("9.9", "[klik](javascript:alert(1)) <script>x</script>", "A")
    text = markdown.render(raadsinformatiebrief.compose(facts(agreements=[hostile])))
    assert "[klik](javascript" not in text and "<script>" not in text
    assert r"\[klik\](javascript:alert(1)) \<script\>x\</script\>" in text


def test_the_raadsvoorstel_follows_the_sections_of_the_genre() -> None:
    proposal = raadsvoorstel.compose(facts(), raadsinformatiebrief.compose(facts()))
    assert [s.heading for s in proposal.sections] == [
        "Gevraagde beslissing",
        "1. Inleiding",
        "2. Beoogd effect",
        "3. Argumenten",
        "4. Kanttekeningen",
        "5. Financiën",
        "6. Participatie en communicatie",
        "7. Vervolgstap",
        "8. Bijlagen",
    ]
    assert "BOL 2025: uitkomsten voor Regio Walcheren" in proposal.sections[0].paragraphs[0].text


def test_sentence_around_joins_pdf_lines_and_stops_at_the_sentence() -> None:
    text = "Eerste zin. De kosten-\nraming bedraagt\n\n€ 475 mln. Daarna iets anders."
    start = text.index("€")
    assert sentence_around(text, start, start + 9) == "De kostenraming bedraagt € 475 mln."


def test_a_sentence_broken_by_a_page_footer_and_a_footnote_is_quoted_whole() -> None:
    # A PDF's text: the sentence runs on past the footnote at the page bottom, the page
    # footer and the next page's header.
    page = (
        "MIRT-brief voorjaar\n\nDe planuitwerking van een ander project loopt door.\n\n"
        "Pagina {} van 4\n\f"
    )
    stored = (
        page.format(1)
        + "MIRT-brief voorjaar\n\nDe verkenning loopt volgens plan. Ter vergelijking: het budget "
        "van het project1\nbedroeg € 1.145 mln. (prijspeil\n\n"
        "1 Zie https://www.example.org/rapporten/2025/onderzoek-naar-varianten.\n"
        "Pagina 2 van 4\n\fMIRT-brief voorjaar\n\n2022). Daarna volgt de planuitwerking.\n\n"
        "Pagina 3 van 4\n\f" + page.format(4)
    )
    readable = ReadableText.of(stored)
    start = stored.index("€")
    quote = readable.sentence(start, start + 11)
    assert (
        quote
        == "Ter vergelijking: het budget van het project bedroeg € 1.145 mln. (prijspeil 2022)."
    )
    # Quoted from the text as stored, the sentence ends at "mln." and loses its price level.
    assert "2022" not in sentence_around(stored, start, start + 11)


def test_a_long_sentence_is_shortened_at_words_around_what_it_cites() -> None:
    text = (
        "Het Rijk werkt " + "met de regio aan de bereikbaarheid van " * 12 + "de woningbouw, "
        "als opmaat om over de inzet van de € 2,5 mld. te besluiten " + "en verder " * 40 + "."
    )
    start = text.index("€")
    quote = sentence_around(text, start, start + 10)
    assert quote.startswith("… ") and quote.endswith(" …") and "€ 2,5 mld." in quote
    words = set(text.split())
    assert all(word in words for word in quote.strip("… ").split())  # no word cut in two


def test_an_unnumbered_agreement_is_not_announced_by_its_own_sentence_twice() -> None:
    sentence = "Rijk en provincie spreken af: Richting het tweede arrangement wordt nagegaan …"
    agreement = AgreementFact(
        "", sentence, "RA", commitments=(CommitmentFact("Richting het tweede arrangement"),)
    )
    text = markdown.render(raadsinformatiebrief.compose(facts(agreements=[agreement])))
    assert "- Verder spreken Rijk en provincie af:" in text
    assert text.count("Richting het tweede arrangement") == 1


def test_agreements_tied_only_by_a_pointer_are_one_short_list_of_titles() -> None:
    pointer = Citation(
        "Ruimtelijk Arrangement Zeeland",
        dt.date(2025, 6, 2),
        None,
        "Kustveiligheid: zie Afspraak 3.4 Dijken",
        locator="onder „Gebiedsagenda Walcheren”",
    )
    referenced = [
        AgreementFact(
            number,
            title,
            "Ruimtelijk Arrangement Zeeland (2025)",
            ("uitvoeringsafspraak",),
            ("IenW",),
            (CommitmentFact("Het Rijk versterkt de duinvoet", "IenW", "2027", SOURCE),),
            citation=pointer,
            referenced_under="Gebiedsagenda Walcheren",
        )
        for number, title in (("3.4", "Dijken"), ("5.1", "Havens: ruimte voor overslag"))
    ]
    letter = raadsinformatiebrief.compose(facts(agreements=[], referenced_agreements=referenced))
    text = markdown.render(letter)
    assert "verwijst onder „Gebiedsagenda Walcheren” ook naar de volgende afspraken" in text
    assert "- Afspraak 3.4 Dijken.[^1]" in text
    assert "- Afspraak 5.1 Havens: ruimte voor overslag.[^1]" in text
    assert "duinvoet" not in text and "uitvoeringsafspraak" not in text  # title only
    assert "onder „Gebiedsagenda Walcheren”: “Kustveiligheid: zie Afspraak 3.4" in text
    assert not any("Geen afspraak" in note for note in letter.notes)
