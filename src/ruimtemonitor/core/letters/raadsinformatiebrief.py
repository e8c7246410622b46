"""Compose a draft raadsinformatiebrief: what a BO agreed that touches one region.

The structure follows the letters regions send their councils after a BO (aanhef,
inleiding, algemeen, bespreekpunten per onderwerp, uitkomsten, vervolg, afsluiting). Every
statement taken from the register carries a citation; sentences without one are the
letter's own framing and are few on purpose.
"""

from __future__ import annotations

from ruimtemonitor.core.dutch import format_date
from ruimtemonitor.core.letters.model import Letter, Paragraph, Section
from ruimtemonitor.core.letters.region_facts import AgreementFact, ProjectFact, RegionFacts

MEETING_NAMES = {"bol": "Bestuurlijk Overleg Leefomgeving (BOL)", "bo_mirt": "BO MIRT"}
TYPE_WORDS = {
    "beleidsafspraak": "beleidsafspraak",
    "onderzoeksafspraak": "onderzoeksafspraak",
    "uitvoeringsafspraak": "uitvoeringsafspraak",
    "procesafspraak": "procesafspraak",
}
MONEY_WORDS = {
    "budget": "budget",
    "raming": "raming",
    "bijdrage": "bijdrage",
    "reservering": "reservering",
    "cofinanciering": "cofinanciering",
}
MAX_COMMITMENTS = 4
MAX_MONEY = 3


def _join(items: list[str]) -> str:
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _meeting_phrase(facts: RegionFacts) -> str:
    name = MEETING_NAMES.get(facts.meeting_kind, facts.meeting)
    if facts.meeting_dates:
        dated = [f"{format_date(date)} ({label})" for label, date in facts.meeting_dates]
        return f"het {name} van {_join(dated)}"
    return f"het {name} van {facts.year}"


def compose(facts: RegionFacts) -> Letter:
    letter = Letter(
        kind="raadsinformatiebrief",
        title="Raadsinformatiebrief",
        sender=facts.sender,
        date=facts.today,
        subject=f"{facts.meeting}: uitkomsten voor {facts.region}",
        salutation="Geachte raad,",
        signatories=list(facts.signatories),
        contact=facts.contact,
        closing=f"Met vriendelijke groet,\nnamens {facts.sender},",
    )
    meeting = _meeting_phrase(facts)
    letter.sections.append(
        Section(
            "Inleiding",
            [
                Paragraph(
                    f"Met deze brief informeren wij u over de uitkomsten van {meeting} die "
                    f"voor {facts.region} van belang zijn. We geven een beeld van wat is "
                    "afgesproken, welke projecten en middelen het raakt en welke stappen en "
                    "termijnen volgen."
                )
            ],
        )
    )
    letter.sections.append(_general(facts, letter))
    letter.sections += _topics(facts, letter)
    letter.sections.append(_outcomes(facts, letter))
    letter.sections.append(_next_steps(facts, letter))
    if not facts.agreements and not facts.referenced_agreements:
        letter.notes.append(
            f"Geen afspraak in het register noemt {facts.region} of een van zijn gemeenten; "
            "kies zelf welke afspraken van belang zijn."
        )
    if not facts.signatories:
        letter.notes.append("Er zijn geen ondertekenaars ingesteld; vul de ondertekening aan.")
    return letter


def _general(facts: RegionFacts, letter: Letter) -> Section:
    kind = facts.meeting_kind
    text = (
        "Het BOL en het BO MIRT zijn bestuurlijke overleggen tussen bewindspersonen van het Rijk "
        "en gedeputeerden van de provincies, per landsdeel. Het BOL is in het voorjaar en gaat "
        "vooral over ruimtelijke zaken; het BO MIRT is in het najaar en gaat over de planning "
        "van en het geld voor ruimtelijke en infrastructurele projecten."
    )
    paragraphs = [Paragraph(text)]
    if facts.landsdelen:
        paragraphs.append(
            Paragraph(
                f"Voor {facts.region} is het overleg van {_join(facts.landsdelen)} van belang"
                + (f" (provincie {_join(facts.provinces)})." if facts.provinces else ".")
            )
        )
    for title, citation in facts.arrangements:
        paragraphs.append(
            Paragraph(
                f"In het {title} leggen Rijk en provincie hun afspraken voor de komende jaren "
                "vast; het arrangement wordt elk jaar bijgesteld.",
                letter.cite(citation),
            )
        )
    if kind == "bo_mirt":
        paragraphs.append(
            Paragraph("In het BO MIRT worden besluiten genomen over MIRT-projecten en -middelen.")
        )
    return Section("Algemeen", paragraphs)


def _agreement_paragraphs(agreement: AgreementFact, letter: Letter) -> list[Paragraph]:
    types = _join([TYPE_WORDS.get(t, t) for t in agreement.types])
    head = f"Afspraak {agreement.number} {agreement.title}".replace("  ", " ").strip()
    if not agreement.number:
        # An unnumbered agreement is titled by its own sentence, which its commitments
        # repeat: name the parties once and let the commitments say what.
        head = agreement.title if not agreement.commitments else "Verder spreken zij af"
        if agreement.commitments and agreement.title.lower().startswith("rijk en provincie"):
            head = "Verder spreken Rijk en provincie af"
    detail = []
    if types:
        detail.append(types)
    if agreement.departments:
        detail.append("betrokken departementen: " + _join(list(agreement.departments)))
    text = head.rstrip(".:") + (f" ({'; '.join(detail)})" if detail else "")
    if not agreement.number and agreement.commitments:
        text += ":"  # what they agree follows as its commitments
    elif not text.endswith("…"):
        text += "."
    paragraphs = [Paragraph(text, letter.cite(agreement.citation), bullet=True)]
    for commitment in agreement.commitments[:MAX_COMMITMENTS]:
        line = commitment.text.rstrip(".;, ")
        if not line:
            continue
        extra = []
        if commitment.owner:
            extra.append(f"trekker: {commitment.owner}")
        if commitment.deadline:
            extra.append(f"termijn: {commitment.deadline}")
        line += f" ({'; '.join(extra)})." if extra else "."
        paragraphs.append(Paragraph(f"– {line}", letter.cite(commitment.citation)))
    if len(agreement.commitments) > MAX_COMMITMENTS:
        rest = len(agreement.commitments) - MAX_COMMITMENTS
        paragraphs.append(
            Paragraph(f"– De afspraak bevat daarnaast nog {rest} andere toezeggingen.")
        )
    if agreement.regional_text:
        heading = agreement.regional_heading.rstrip(": ")
        intro = f"Onder „{heading}” staat" if heading else "Voor de regio staat"
        paragraphs.append(
            Paragraph(
                f"{intro}: „{agreement.regional_text}”",
                letter.cite(agreement.regional_citation),
            )
        )
    return paragraphs


def _referenced_paragraphs(agreements: list[AgreementFact], letter: Letter) -> list[Paragraph]:
    """Agreements the arrangement only points at under a heading for the region (an annex):
    one short list, each by number and title with the pointer as its source; their own
    text says nothing about the region, so it is left to the arrangement."""
    if not agreements:
        return []
    headings = _join([f"„{h}”" for h in dict.fromkeys(a.referenced_under for a in agreements)])
    paragraphs = [
        Paragraph(
            f"Het arrangement verwijst onder {headings} ook naar de volgende afspraken; de "
            "volledige tekst staat in het arrangement."
        )
    ]
    for agreement in agreements:
        head = f"Afspraak {agreement.number} {agreement.title}".replace("  ", " ").strip()
        paragraphs.append(
            Paragraph(head.rstrip(".:") + ".", letter.cite(agreement.citation), bullet=True)
        )
    return paragraphs


def _ranges(numbers: list[str]) -> str:
    """ "1.1, 2.1–2.4, 3.1–3.3": consecutive numbers of one chapter as a range."""
    groups: list[list[str]] = []
    for number in numbers:
        head, _, tail = number.rpartition(".")
        last = groups[-1][-1] if groups else ""
        last_head, _, last_tail = last.rpartition(".")
        if (
            groups
            and head == last_head
            and tail.isdigit()
            and last_tail.isdigit()
            and int(tail) == int(last_tail) + 1
        ):
            groups[-1].append(number)
        else:
            groups.append([number])
    parts = [g[0] if len(g) == 1 else f"{g[0]}–{g[-1]}" for g in groups]
    return _join(parts)


def _project_paragraphs(project: ProjectFact, letter: Letter) -> list[Paragraph]:
    where = f" in MIRT-regio {project.region}" if project.region else ""
    phase = f", in de fase {project.phase}" if project.phase else ""
    paragraphs = [
        Paragraph(
            f"Project {project.name}{where}{phase}.", letter.cite(project.citation), bullet=True
        )
    ]
    seen: set[str] = set()
    for money in project.money:
        if money.as_written in seen or len(seen) == MAX_MONEY:
            continue
        seen.add(money.as_written)
        word = MONEY_WORDS.get(money.kind, money.kind)
        paragraphs.append(
            Paragraph(
                f"– {word.capitalize()}: {money.as_written.rstrip('.')}.",
                letter.cite(money.citation),
            )
        )
    if project.next_decision:
        paragraphs.append(
            Paragraph(
                f"– Volgend besluit: {project.next_decision}",
                letter.cite(project.next_decision_citation),
            )
        )
    return paragraphs


def _topics(facts: RegionFacts, letter: Letter) -> list[Section]:
    """ "Bespreekpunten" with one subsection per topic the register has something on."""
    sections = [
        Section(
            "Bespreekpunten",
            [Paragraph(f"Hieronder per onderwerp wat voor {facts.region} is besproken.")],
        )
    ]
    if facts.agreements or facts.referenced_agreements or facts.other_agreements:
        topic = Section("Ruimtelijk Arrangement", level=3)
        if facts.agreements:
            topic.paragraphs.append(
                Paragraph(f"Voor {facts.region} zijn de volgende afspraken van belang.")
            )
            for agreement in facts.agreements:
                topic.paragraphs += _agreement_paragraphs(agreement, letter)
        topic.paragraphs += _referenced_paragraphs(facts.referenced_agreements, letter)
        if facts.other_agreements:
            numbered = sorted(
                {a.number for a in facts.other_agreements if a.number},
                key=lambda n: [int(p) if p.isdigit() else 0 for p in n.split(".")],
            )
            topic.paragraphs.append(
                Paragraph(
                    f"Daarnaast bevat het arrangement {len(facts.other_agreements)} afspraken "
                    "voor de provincie als geheel"
                    + (f", waaronder de afspraken {_ranges(numbered)}" if numbered else "")
                    + ". De volledige tekst staat in het arrangement (zie Uitkomsten)."
                )
            )

        sections.append(topic)
    for area in facts.novex_areas:
        sections.append(
            Section(
                f"NOVEX-gebied {area.name}",
                [Paragraph(area.description, letter.cite(area.citation))],
                level=3,
            )
        )
    if facts.funding:
        topic = Section("Woningbouw en mobiliteit", level=3)
        for fund in facts.funding:
            if fund.amount:
                text = f"Voor {fund.title} is {fund.amount} beschikbaar."
                topic.paragraphs.append(Paragraph(text, letter.cite(fund.citation)))
            else:
                text = f"Uit hetzelfde bedrag wordt ook {fund.title} bekostigd."
                topic.paragraphs.append(Paragraph(text))
            if fund.criteria:
                topic.paragraphs.append(
                    Paragraph("Een voorstel komt alleen in aanmerking als het voldoet aan:")
                )
                topic.paragraphs += [Paragraph(f"– {c}") for c in fund.criteria]
        sections.append(topic)
    if facts.projects:
        topic = Section("MIRT-projecten", level=3)
        for project in facts.projects:
            topic.paragraphs += _project_paragraphs(project, letter)
        sections.append(topic)
    return sections


def _outcomes(facts: RegionFacts, letter: Letter) -> Section:
    paragraphs = []
    if facts.documents:
        names = [
            doc.title + (f" van {format_date(doc.date)}" if doc.date else "")
            for doc in facts.documents
        ]
        paragraphs.append(
            Paragraph(
                "De uitkomsten staan in de volgende stukken, die als bijlage bij deze brief "
                f"kunnen worden gevoegd: {_join(names)}."
            )
        )
    return Section("Uitkomsten", paragraphs)


def _next_steps(facts: RegionFacts, letter: Letter) -> Section:
    paragraphs = []
    if facts.next_meeting:
        paragraphs.append(Paragraph(f"Het volgende bestuurlijk overleg is {facts.next_meeting}."))
    if facts.deadlines:
        paragraphs.append(Paragraph("Belangrijke termijnen die de regio raken:"))
        for deadline in facts.deadlines:
            paragraphs.append(
                Paragraph(f"– {deadline.deadline}: {deadline.what}", letter.cite(deadline.citation))
            )
    paragraphs.append(
        Paragraph(
            "Wij houden u op de hoogte van de uitwerking van deze afspraken en van de "
            "besluiten in het volgende bestuurlijk overleg."
        )
    )
    return Section("Vervolg", paragraphs)
