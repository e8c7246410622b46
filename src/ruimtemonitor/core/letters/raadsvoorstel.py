"""Compose the raadsvoorstel that forwards a raadsinformatiebrief to the council.

Its sections are those of such proposals (gevraagde beslissing, inleiding, beoogd effect,
argumenten, kanttekeningen, financiën, participatie en communicatie, vervolgstap,
bijlagen); the content is mostly procedural, so most of it is fixed text to adapt.
"""

from __future__ import annotations

from ruimtemonitor.core.dutch import format_date
from ruimtemonitor.core.letters.model import Letter, Paragraph, Section
from ruimtemonitor.core.letters.raadsinformatiebrief import MEETING_NAMES, _join
from ruimtemonitor.core.letters.region_facts import RegionFacts


def compose(facts: RegionFacts, brief: Letter) -> Letter:
    meeting = MEETING_NAMES.get(facts.meeting_kind, facts.meeting)
    title = f"Raadsinformatiebrief {facts.meeting}"
    letter = Letter(
        kind="raadsvoorstel",
        title="Raadsvoorstel",
        sender=facts.sender,
        date=facts.today,
        subject=title,
        notes=["Vul het kenmerk van de raadsinformatiebrief in en pas de argumenten aan."],
    )

    def section(number: int | None, heading: str, *texts: str) -> None:
        label = f"{number}. {heading}" if number else heading
        letter.sections.append(Section(label, [Paragraph(text) for text in texts]))

    section(
        None,
        "Gevraagde beslissing",
        f"1. De raadsinformatiebrief, opgesteld door {facts.sender} met als onderwerp "
        f'"{brief.subject}" van {format_date(brief.date)}, aan te bieden aan de raad.',
    )
    landsdelen = f" van {_join(facts.landsdelen)}" if facts.landsdelen else ""
    section(
        1,
        "Inleiding",
        f"Het {meeting}{landsdelen} is een bestuurlijk overleg tussen bewindspersonen van het "
        "Rijk en gedeputeerden van de provincies. Het BOL wordt jaarlijks in het voorjaar "
        "gehouden en gaat vooral over ruimtelijke zaken; het BO MIRT in het najaar gaat over "
        "de planning van en de middelen voor ruimtelijke en infrastructurele ingrepen.",
    )
    section(
        2,
        "Beoogd effect",
        f"De raadsinformatiebrief informeert de raad over de uitkomsten van het {meeting} van "
        f"{facts.year} die voor {facts.region} van belang zijn.",
    )
    section(
        3,
        "Argumenten",
        "1.1 In regioverband is afgesproken de raden na elk bestuurlijk overleg te informeren.",
        "Door de brief aan de raad door te zenden, houden wij ons aan deze afspraak.",
    )
    section(4, "Kanttekeningen", "Geen.")
    section(5, "Financiën", "Dit besluit heeft geen financiële consequenties.")
    letter.sections.append(
        Section(
            "6. Participatie en communicatie",
            [Paragraph("a) Participatie: niet van toepassing."),
             Paragraph("b) Communicatie: niet van toepassing.")],
        )
    )  # fmt: skip
    section(7, "Vervolgstap", "Geen.")
    attachments = [f"A. {brief.title} {facts.meeting} van {format_date(brief.date)}"]
    attachments += [
        f"Bijlage {number}. {doc.title}" + (f" van {format_date(doc.date)}" if doc.date else "")
        for number, doc in enumerate(facts.documents, start=1)
    ]
    letter.sections.append(
        Section("8. Bijlagen", [Paragraph(item, bullet=True) for item in attachments])
    )
    return letter
