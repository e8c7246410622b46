"""Collect from the register what one region needs to know about one BO (``RegionFacts``,
the plain values of ``core.letters.region_facts`` the letter composers take).

Relevance is decided by what the letters say, not guessed: an agreement, project or
passage touches the region when it is tagged with the region's areas or names the region,
one of its municipalities, or the NOVEX area the region lies in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.core import cycle
from ruimtemonitor.core.dutch import format_date, names_pattern
from ruimtemonitor.core.letters.model import Citation
from ruimtemonitor.core.letters.quotes import (
    ReadableText,
    cut_at_heading,
    locate,
    regional_paragraph,
    tidy,
)
from ruimtemonitor.core.letters.region_facts import (
    AgreementFact,
    AreaFact,
    CommitmentFact,
    DeadlineFact,
    DocumentFact,
    FundingFact,
    MoneyFact,
    ProjectFact,
    RegionFacts,
)
from ruimtemonitor.documents.demo import real
from ruimtemonitor.documents.models import Document, DocumentKind, Mention, MentionKind, Passage
from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.funding.services import assessing_schemes
from ruimtemonitor.organisations.models import Area, AreaKind, Organisation
from ruimtemonitor.projects.models import Project
from ruimtemonitor.register.involvement import agreements_in_area
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment
from ruimtemonitor.reports.pointers import pointers_to_region

_MEETING = re.compile(r"^\s*(BOL|BO\s+Leefomgeving|BO\s+MIRT)\s+(\d{4})\s*$", re.IGNORECASE)
OFFICIAL_KINDS = [
    DocumentKind.KAMERBRIEF,
    DocumentKind.RUIMTELIJK_ARRANGEMENT,
    DocumentKind.MIRT_BRIEF,
    DocumentKind.UITVOERINGSAGENDA,
    DocumentKind.AFSPRAKENLIJST,
]
MAX_DEADLINES = 8
_GENERIC_WORDS = {"regio", "provincie", "gemeente", "gebied", "novex"}


class ReportError(Exception):
    """The request cannot be answered: an unknown region or meeting, said in one sentence."""


@dataclass(frozen=True)
class Meeting:
    kind: str  # "bol" or "bo_mirt"
    year: int
    label: str


def parse_meeting(text: str) -> Meeting:
    match = _MEETING.match(text or "")
    if not match:
        raise ReportError(
            f"Overleg {text!r} niet herkend; schrijf bijvoorbeeld 'BOL 2025' of 'BO MIRT 2025'."
        )
    kind = "bo_mirt" if "mirt" in match.group(1).lower() else "bol"
    year = int(match.group(2))
    return Meeting(kind, year, f"{'BO MIRT' if kind == 'bo_mirt' else 'BOL'} {year}")


def find_region(name: str) -> Area:
    """An area by slug, name or alias; an organisation's area when the name is the party's."""
    key = " ".join((name or "").split()).lower()
    if not key:
        raise ReportError("Geef een regio op, bijvoorbeeld --regio 'Regio Foodvalley'.")
    # Municipalities last: "Utrecht" is the province, "Alkmaar" the housing area; the
    # municipality is "gemeente-utrecht" or "Gemeente Utrecht".
    areas = sorted(Area.objects.select_related("parent"), key=lambda a: a.kind == "gemeente")
    for area in areas:
        spellings = {area.slug, area.name.lower(), *(a.lower() for a in area.aliases)}
        if key in spellings:
            return area
    for organisation in Organisation.objects.filter(Q(name__iexact=key) | Q(slug=key)):
        area = organisation.areas.first()
        if area:
            return area
    close = sorted(a.name for a in areas if key.split()[-1] in a.name.lower())[:5]
    hint = f" Bedoelt u: {', '.join(close)}?" if close else ""
    raise ReportError(f"Regio {name!r} staat niet in het register.{hint}")


def _reach(area: Area) -> list[Area]:
    """The other areas in the area's reach (core.areas): what lies in it, its members and
    the partnerships it is a member of."""
    return list(
        Area.objects.filter(reached_from__area=area).exclude(pk=area.pk).select_related("parent")
    )


def _words(area: Area) -> set[str]:
    words = set()
    for spelling in (area.name, *area.aliases):
        words |= {w for w in re.split(r"[\s\-/]+", spelling) if len(w) > 3}
    return {w for w in words if w.lower() not in _GENERIC_WORDS}


def _novex_for(area: Area, members: list[Area]) -> list[Area]:
    """NOVEX areas the region lies in or takes part in: in its reach, above it, or named
    after it."""
    own = _words(area)
    found = [a for a in [area, *area.ancestors(), *members] if a.kind == AreaKind.NOVEX]
    for novex in Area.objects.filter(kind=AreaKind.NOVEX):
        if novex not in found and own & _words(novex):
            found.append(novex)
    return found


class Collector:
    """Builds RegionFacts; one instance per report, caching the root texts it reads."""

    def __init__(self, area: Area, meeting: Meeting, today: dt.date) -> None:
        self.area, self.meeting, self.today = area, meeting, today
        reach = _reach(area)
        self.novex = _novex_for(area, reach)
        self.members = [a for a in reach if a not in self.novex]
        self.ancestors = area.ancestors()
        provinces = [a for a in [area, *self.ancestors] if a.kind == AreaKind.PROVINCE]
        # A region spanning provinces (Regio Foodvalley) lies in each of its members' provinces.
        for member in self.members:
            parent = member.parent
            if parent and parent.kind == AreaKind.PROVINCE and parent not in provinces:
                provinces.append(parent)
        self.provinces = provinces
        names = [area.name, *area.aliases]
        for member in self.members:
            names += [member.name, *member.aliases]
        for novex in self.novex:
            names += [novex.name, *novex.aliases]
        self.pattern = names_pattern(names)
        self.area_ids = {a.pk for a in [area, *reach]}
        self._texts: dict[int, str] = {}
        self._readable: dict[int, ReadableText] = {}

    # -- citations -------------------------------------------------------------------
    def root_text(self, document: Document) -> str:
        root = document.root
        if root.pk not in self._texts:
            self._texts[root.pk] = root.extracted_text
        return self._texts[root.pk]

    def readable(self, document: Document) -> ReadableText:
        """The root letter cleaned once per letter, for quotations that read as sentences."""
        root = document.root
        if root.pk not in self._readable:
            self._readable[root.pk] = ReadableText.of(self.root_text(document))
        return self._readable[root.pk]

    def cite(
        self,
        document: Document,
        start: int,
        end: int,
        page: int | None,
        line: int | None = None,
        passage_id: int | None = None,
        quote: str = "",
    ) -> Citation:
        text = self.root_text(document)
        paged = (document.root.page_count or 0) > 1
        url = ""
        if settings.SITE_URL:  # an absolute link only to the site's configured address
            url = settings.SITE_URL + reverse("web:document_detail", args=[document.pk])
            if page and paged:
                url += f"#pagina-{page}"
            elif passage_id:
                url += f"#passage-{passage_id}"
        return Citation(
            document=document.title,
            document_date=document.date,
            page=page if paged else None,
            quote=quote or cut_at_heading(self.readable(document).sentence(start, end)),
            line=line,
            passage_id=passage_id,
            url=url,
            document_id=document.pk,
            start=start,
            end=end,
            locator="" if paged else locate(text, start, document.start),
        )

    def cite_passage(self, passage: Passage | None) -> Citation | None:
        if passage is None:
            return None
        return self.cite(
            passage.document, passage.start, passage.end, passage.page, passage.line, passage.pk
        )

    def cite_mention(self, mention: Mention) -> Citation:
        return self.cite(mention.document, mention.start, mention.end, mention.page, mention.line)

    def cite_title(self, document: Document) -> Citation | None:
        """The document's title where the text states it (titles may wrap over lines)."""
        words = document.title.split()
        if not words:
            return None
        dash = {"-", "–", "—"}
        pattern = re.compile(
            r"\s+".join("[-–—]" if w in dash else re.escape(w) for w in words), re.IGNORECASE
        )
        text = self.root_text(document)
        match = pattern.search(text, document.start, document.end or len(text))
        if match is None:  # the title came from elsewhere: quote the letter's first line
            start = document.start
            first = text[start : text.find("\n", start) if "\n" in text[start:] else None]
            line = text.count("\n", 0, start) + 1
            return self.cite(document, start, start + len(first), 1, line, quote=tidy(first))
        line = text.count("\n", 0, match.start()) + 1
        return self.cite(document, match.start(), match.end(), 1, line)

    def mentions_reason(self, *texts: str) -> str:
        if self.pattern is None:
            return ""
        found: list[str] = []
        for text in texts:
            for match in self.pattern.finditer(text or ""):
                if match.group(1) not in found:
                    found.append(match.group(1))
        return "noemt " + ", ".join(found[:3]) if found else ""

    # -- facts -----------------------------------------------------------------------
    def arrangements(self) -> list[Arrangement]:
        year = self.meeting.year
        areas = [a.pk for a in [*self.provinces, *self.novex]]
        chosen = []
        for area_id in areas:
            latest = (
                Arrangement.objects.filter(area_id=area_id, year__lte=year)
                .exclude(kind=ArrangementKind.AFSPRAKENLIJST)
                .exclude(document__is_demo=True)
                .select_related("document", "area")
                .order_by("-year", "-generation")
                .first()
            )
            if latest:
                chosen.append(latest)
        return chosen

    def agreement_facts(self, arrangements: list[Arrangement]) -> tuple[list, list, list]:
        """The agreements that concern the region by the register's one rule
        (``register.involvement.agreements_in_area``); those of them that only a pointer
        under the region's heading ties to it (``reports.pointers``: title and pointer); and
        the others of the arrangements."""
        concerning = set(
            Agreement.objects.filter(agreements_in_area(self.area.pk)).values_list("pk", flat=True)
        )
        pointers = pointers_to_region(self, arrangements)
        relevant, referenced, other = [], [], []
        agreements = (
            real(Agreement.objects.filter(arrangement__in=arrangements))
            .exclude(review_state=ReviewState.REJECTED)
            .select_related("arrangement", "source_passage__document")
            .prefetch_related("departments", "areas", "commitments__owner")
            .order_by("chapter", "number", "pk")
        )
        for agreement in agreements:
            passage = agreement.source_passage
            passage_text = passage.text if passage else ""
            reason = self.mentions_reason(agreement.search_document, passage_text)
            heading, regional, regional_citation = self.regional(passage)
            fact = AgreementFact(
                number=agreement.number,
                title=agreement.title,
                arrangement=str(agreement.arrangement),
                types=tuple(agreement.types),
                departments=("alle departementen",)
                if agreement.all_departments
                else tuple(sorted(d.abbreviation or d.name for d in agreement.departments.all())),
                commitments=tuple(
                    CommitmentFact(
                        text=cut_at_heading(tidy(c.text)),
                        owner=(c.owner.abbreviation or c.owner.name) if c.owner else "",
                        deadline=c.deadline_as_written,
                        citation=self.cite_passage(c.source_passage),
                    )
                    for c in agreement.commitments.all()
                    if c.review_state != ReviewState.REJECTED
                ),
                reason=reason,
                citation=self.cite_passage(passage),
                regional_heading=heading,
                regional_text=regional,
                regional_citation=regional_citation,
            )
            pointer = pointers.get(agreement.pk)
            if agreement.pk not in concerning:
                other.append(fact)
            elif pointer and not reason and not regional:
                referenced.append(
                    replace(fact, citation=pointer.citation, referenced_under=pointer.heading)
                )
            else:
                relevant.append(fact)
        return relevant, referenced, other

    def regional(self, passage: Passage | None) -> tuple[str, str, Citation | None]:
        """The arrangement's paragraph for this region inside an agreement's passage: under a
        "Regionale aandachtspunten" heading that names the region (or a member), else none."""
        if passage is None:
            return "", "", None
        text = self.root_text(passage.document)
        names = Mention.objects.filter(
            document=passage.document,
            kind=MentionKind.AREA,
            value__slug__in=[self.area.slug, *(a.slug for a in self.members)],
        ).values_list("value", flat=True)
        spans = sorted(
            (int(a), self.area.slug == value.get("slug"))
            for value in names
            for a, _b in value.get("spans") or []
            if passage.start <= int(a) < passage.end
        )
        # The region's own name first, then a member's.
        for at, _own in sorted(spans, key=lambda item: not item[1]):
            found = regional_paragraph(text, passage.start, passage.end, at)
            if found:
                heading, start, end = found
                body = tidy(text[start:end])
                citation = self.cite(
                    passage.document, start, end, self.page_at(passage, start), quote=body
                )
                return heading, body, citation
        return "", "", None

    def page_at(self, passage: Passage, offset: int) -> int | None:
        """The page of an offset inside a passage, from the file's page breaks when it has them."""
        text = self.root_text(passage.document)
        if "\f" not in text:
            return passage.page
        return text.count("\f", 0, offset) + 1

    def documents_of_year(self) -> list[Document]:
        return list(
            real(Document.objects.filter(kind__in=OFFICIAL_KINDS, date__year=self.meeting.year))
            .select_related("parent")
            .order_by("date", "pk")
        )

    def novex_facts(self, documents: list[Document]) -> list[AreaFact]:
        facts = []
        for novex in self.novex:
            mention = (
                Mention.objects.filter(
                    kind=MentionKind.AREA, value__slug=novex.slug, document__in=documents
                )
                .select_related("document")
                .order_by("document__date", "start")
                .first()
            )
            if mention is None:
                continue  # nothing the letters of the year say about it
            citation = self.cite_mention(mention)
            facts.append(AreaFact(novex.name, citation.quote, citation))
        return facts

    def project_facts(self) -> list[ProjectFact]:
        facts = []
        # Projects that lie in the region by the one rule; a MIRT region's page of projects
        # is not the region's business, so the MIRT-region path is left out here.
        lies_in = Project.areas.through.objects.filter(area_id__in=self.area_ids).values(
            "project_id"
        )
        projects = (
            real(Project.objects.filter(pk__in=lies_in))
            .exclude(review_state=ReviewState.REJECTED)
            .select_related("mirt_region", "source_passage__document")
            .prefetch_related("money_lines__source_passage__document", "areas")
            .order_by("name")
        )
        for project in projects:
            money = tuple(
                MoneyFact(
                    kind=line.kind,
                    as_written=line.as_written or f"€ {line.amount_eur}",
                    amount_eur=float(line.amount_eur),
                    citation=self.cite_passage(line.source_passage),
                )
                for line in project.money_lines.all()
                if line.review_state != ReviewState.REJECTED
            )
            decision, decision_citation = self.next_decision(project)
            facts.append(
                ProjectFact(
                    name=project.name,
                    phase=project.get_phase_display() if project.phase else "",
                    region=project.mirt_region.name.replace("MIRT-regio ", "")
                    if project.mirt_region
                    else "",
                    money=money,
                    next_decision=decision,
                    next_decision_citation=decision_citation,
                    citation=self.cite_passage(project.source_passage),
                )
            )
        return facts

    def next_decision(self, project: Project) -> tuple[str, Citation | None]:
        """The first milestone or dated statement about the project from the letter's date on."""
        milestone = (
            project.milestones.filter(achieved_on=None, deadline_end__gte=self.today)
            .order_by("deadline_end")
            .first()
        )
        if milestone:
            return (
                f"{milestone.get_kind_display()} ({milestone.deadline_as_written})",
                self.cite_passage(milestone.source_passage),
            )
        passage = project.source_passage
        if passage is None:
            return "", None
        after = self.today  # a plan from an older letter is news only if still ahead
        for mention in Mention.objects.filter(
            document=passage.document,
            kind=MentionKind.DEADLINE,
            start__gte=passage.start,
            start__lt=passage.end,
        ).order_by("start"):
            end = mention.value.get("end")
            if end and dt.date.fromisoformat(end) >= after:
                citation = self.cite_mention(mention)
                return citation.quote, citation
        return "", None

    def funding_facts(self, documents: list[Document]) -> list[FundingFact]:
        facts = []
        for _name, scheme in assessing_schemes():
            amount = float(scheme.budget_eur)
            mention = next(
                (
                    m
                    for m in real(
                        Mention.objects.filter(kind=MentionKind.AMOUNT, document__in=documents)
                    ).select_related("document")
                    if amount in (m.value.get("values_eur") or [])
                ),
                None,
            )
            rounds = tuple(
                r.name
                for r in FundingRound.objects.filter(scheme_name=scheme.name)
                if self.mentions_reason(str(r.proposals))
                or any(p.name in str(r.proposals) for p in self.provinces)
            )
            # Schemes that share one budget in the letters: the amount is said once.
            shared = any(
                f.citation and mention and f.citation.start == mention.start for f in facts
            )
            facts.append(
                FundingFact(
                    title=scheme.title,
                    amount=""
                    if shared
                    else (mention.as_written if mention else f"€ {scheme.budget_eur}"),
                    criteria=tuple(rule.label for rule in scheme.knockouts),
                    rounds=rounds,
                    citation=self.cite_mention(mention) if mention else None,
                )
            )
        return facts

    def deadline_facts(
        self, agreements: list[AgreementFact], arrangements: list[Arrangement]
    ) -> list[DeadlineFact]:
        numbers = {a.number for a in agreements if a.number}
        commitments = (
            real(Commitment.objects)
            .filter(
                agreement__number__in=numbers,
                agreement__arrangement__in=arrangements,
                deadline_end__gte=self.today,
            )
            .exclude(status__in=[AgreementStatus.DONE, AgreementStatus.LAPSED])
            .select_related("agreement", "source_passage__document")
            .order_by("deadline_end", "pk")[:MAX_DEADLINES]
        )
        return [
            DeadlineFact(
                what=f"{c.text.rstrip('.;')} (afspraak {c.agreement.number})",
                deadline=c.deadline_as_written,
                due=c.deadline_end,
                citation=self.cite_passage(c.source_passage),
            )
            for c in commitments
        ]


def next_meeting_phrase(today: dt.date, reported: Meeting | None = None) -> str:
    """The next BO after the letter's date (``core.cycle.next_bo``), in the letter's words.

    The BO the letter reports on has taken place, whether or not its date is recorded."""
    from ruimtemonitor.register.models import Meeting as MeetingRecord

    dates = list(
        MeetingRecord.objects.filter(date__gte=dt.date(today.year, 1, 1)).values_list(
            "kind", "date"
        )
    )
    if reported is not None and reported.year <= today.year:
        held = min(today, cycle.default_date(reported.kind, reported.year))
        dates.append((reported.kind, held - dt.timedelta(days=1)))
    upcoming = cycle.next_bo(today, dates)
    if upcoming.kind == cycle.BOKind.BOL:
        name, season = "Bestuurlijk Overleg Leefomgeving (BOL)", "voorjaar"
    else:
        name, season = "BO MIRT", "najaar"
    if upcoming.known:
        return f"het {name} van {format_date(upcoming.date)}"
    return f"het {name} in het {season} van {upcoming.year}"


def collect(region: str, meeting_name: str, *, today: dt.date | None = None) -> RegionFacts:
    area = find_region(region)
    meeting = parse_meeting(meeting_name)
    today = today or dt.date.today()
    collector = Collector(area, meeting, today)
    arrangements = collector.arrangements()
    relevant, referenced, other = collector.agreement_facts(arrangements)
    documents = collector.documents_of_year()
    landsdelen = [
        a.name for p in collector.provinces for a in p.ancestors() if a.kind == AreaKind.LANDSDEEL
    ]
    sender = settings.LETTER_SENDER or (area.authority.name if area.authority else area.name)
    next_meeting = next_meeting_phrase(today, meeting)
    return RegionFacts(
        region=area.name,
        meeting=meeting.label,
        meeting_kind=meeting.kind,
        year=meeting.year,
        sender=sender,
        today=today,
        landsdelen=[f"landsdeel {name}" for name in dict.fromkeys(landsdelen)],
        provinces=[p.name for p in collector.provinces],
        arrangements=[
            (
                str(a.title),
                collector.cite_title(a.document) if a.document else None,
            )
            for a in arrangements
        ],
        agreements=relevant,
        referenced_agreements=referenced,
        other_agreements=other,
        novex_areas=collector.novex_facts(documents),
        projects=collector.project_facts(),
        funding=collector.funding_facts(documents),
        deadlines=collector.deadline_facts(relevant, arrangements),
        documents=[DocumentFact(d.title, d.date, d.reference) for d in documents],
        next_meeting=next_meeting,
        signatories=list(settings.LETTER_SIGNATORIES),
        contact=settings.LETTER_CONTACT,
    )
