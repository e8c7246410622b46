"""Fill a fresh PostgreSQL database with a register of national size, for the web benchmark.

    .venv/bin/python benchmarks/generate_register.py --agreements 100000 --commitments 300000
    .venv/bin/python benchmarks/generate_register.py --database-url postgresql://…/rm_bench_web

The database is dropped and created again, migrated, and given the reference data; then
arrangements (12 provinces × 10 yearly generations, NOVEX implementation agendas, BO MIRT
lists of agreements), their letters with the agreements' text, passages, agreements with
types, departments, parties and areas, and commitments with owners and deadlines are written
with COPY. Texts are composed from word lists and the bullets of the shipped sample letters,
so full-text search meets realistic Dutch vocabulary; a few per cent of the commitments
mention *drinkwater*. ``Agreement.search_document`` is filled exactly as
``register.search.search_document`` builds it. No history rows are written (they are not read
by the list pages). VACUUM (ANALYZE) runs at the end.

The same seed gives the same register. Prints progress; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/rm_bench_web"

# -- where things are ------------------------------------------------------------------------

PROVINCES = {  # area slug -> (name, landsdeel, MIRT region)
    "provincie-groningen": ("Groningen", "noord", "mirt-noord"),
    "provincie-fryslan": ("Fryslân", "noord", "mirt-noord"),
    "provincie-drenthe": ("Drenthe", "noord", "mirt-noord"),
    "provincie-overijssel": ("Overijssel", "oost", "mirt-oost"),
    "provincie-flevoland": ("Flevoland", "noordwest", "mirt-noordwest"),
    "provincie-gelderland": ("Gelderland", "oost", "mirt-oost"),
    "provincie-utrecht": ("Utrecht", "noordwest", "mirt-noordwest"),
    "provincie-noord-holland": ("Noord-Holland", "noordwest", "mirt-noordwest"),
    "provincie-zuid-holland": ("Zuid-Holland", "zuidwest", "mirt-zuidwest"),
    "provincie-zeeland": ("Zeeland", "zuidwest", "mirt-zuidwest"),
    "provincie-noord-brabant": ("Noord-Brabant", "zuid", "mirt-zuid"),
    "provincie-limburg": ("Limburg", "zuid", "mirt-zuid"),
}
NOVEX_PROVINCES = {
    "novex-zuidelijke-randstad": ["provincie-zuid-holland"],
    "novex-metropoolregio-amsterdam": ["provincie-noord-holland", "provincie-flevoland"],
    "novex-utrecht-amersfoort": ["provincie-utrecht"],
    "novex-regio-zwolle": ["provincie-overijssel"],
    "novex-stedelijk-brabant": ["provincie-noord-brabant"],
    "novex-regio-groningen-assen": ["provincie-groningen", "provincie-drenthe"],
    "novex-noordzeekanaalgebied": ["provincie-noord-holland"],
    "novex-rotterdamse-haven": ["provincie-zuid-holland"],
    "novex-north-sea-port-district": ["provincie-zeeland"],
    "novex-groningen-masterplan-zeehavens": ["provincie-groningen"],
    "novex-zuid-limburg": ["provincie-limburg"],
    "novex-arnhem-nijmegen-foodvalley": ["provincie-gelderland"],
    "novex-de-peel": ["provincie-noord-brabant", "provincie-limburg"],
    "novex-groene-hart": [
        "provincie-zuid-holland",
        "provincie-utrecht",
        "provincie-noord-holland",
    ],
    "novex-lelylijn": ["provincie-flevoland", "provincie-fryslan", "provincie-groningen"],
}
MIRT_REGIONS = ("mirt-noord", "mirt-noordwest", "mirt-zuidwest", "mirt-oost", "mirt-zuid")
FOODVALLEY = (
    "gemeente-barneveld",
    "gemeente-ede",
    "gemeente-nijkerk",
    "gemeente-renswoude",
    "gemeente-rhenen",
    "gemeente-scherpenzeel",
    "gemeente-veenendaal",
    "gemeente-wageningen",
)
PROVINCE_YEARS = range(2016, 2026)  # ten generations of each Ruimtelijk Arrangement
NOVEX_YEARS = range(2021, 2026)
MIRT_YEARS = range(2016, 2026)
# Share of the agreements in each kind of arrangement.
SHARES = {"ruimtelijk_arrangement": 0.6, "uitvoeringsagenda": 0.25, "afsprakenlijst": 0.15}
MINISTRIES = ("ienw", "vro", "lvvn", "kgg", "ez", "bzk", "defensie", "ocw", "financien")
MINISTRY_WEIGHTS = (30, 30, 14, 10, 8, 4, 2, 1, 1)

# -- vocabulary ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chapter:
    title: str
    topics: tuple[str, ...]
    subjects: tuple[str, ...]
    places: tuple[str, ...] = ()


CHAPTERS = (
    Chapter(
        "Gezamenlijk kader",
        ("Zuinig ruimtegebruik", "Ruimtelijke kwaliteit", "Omgevingsvisie", "Meervoudig gebruik"),
        ("meervoudig ruimtegebruik", "de kernkwaliteiten van het landschap", "de omgevingsvisie"),
        ("de kustzone", "de polders", "het stedelijk gebied", "het buitengebied"),
    ),
    Chapter(
        "Water en bodem",
        (
            "Zoetwater",
            "Waterveiligheid",
            "Drinkwater",
            "Bodemdaling",
            "Grondwater",
            "Klimaatadaptatie",
        ),
        (
            "zoetwaterbuffers",
            "de reserveringszones voor dijkversterking",
            "peilgestuurde drainage",
            "de beschikbaarheid van grondwater",
            "waterberging in de polder",
            "de verzilting van ondiep grondwater",
            "de drinkwatervoorziening",
            "de bescherming van drinkwaterbronnen",
        ),
        ("de uiterwaarden", "het rivierengebied", "de kreekruggen", "het veenweidegebied"),
    ),
    Chapter(
        "Wonen en verstedelijking",
        ("Woningbouw", "Verstedelijkingsstrategie", "Betaalbaar wonen", "Binnenstedelijk bouwen"),
        (
            "nieuwe woningbouwlocaties",
            "de verstedelijkingsstrategie",
            "sociale huurwoningen",
            "de ontsluiting van woonwijken",
            "tijdelijke woonruimte",
        ),
        ("de stationsomgeving", "de binnenstad", "het knooppunt", "de nieuwe wijk"),
    ),
    Chapter(
        "Economie en energie",
        ("Netcapaciteit", "Wind op zee", "Bedrijventerreinen", "Maakindustrie", "Warmtenetten"),
        (
            "de netcapaciteit",
            "de aanlanding van wind op zee",
            "ruimte voor een converterstation",
            "watergebonden bedrijventerreinen",
            "zonneparken op daken",
        ),
        ("de haven", "het industriecluster", "de corridor", "het bedrijventerrein"),
    ),
    Chapter(
        "Landelijk gebied en natuur",
        ("Stikstof", "Natuurherstel", "Landbouwtransitie", "Bos en landschap"),
        (
            "de stikstofdepositie op Natura 2000-gebieden",
            "extensivering van de landbouw",
            "de aanleg van nieuw bos",
            "overgangszones rond natuurgebieden",
        ),
        ("de Veluwe", "het veenweidegebied", "het beekdal", "de randen van het Natura 2000-gebied"),
    ),
    Chapter(
        "Mobiliteit",
        ("Bereikbaarheid", "Spoor", "Fiets", "Vaarwegen", "Openbaar vervoer"),
        (
            "de bereikbaarheid van de regio",
            "de capaciteit van het spoor",
            "snelle fietsroutes",
            "de vervanging van sluizen",
            "hoogwaardig openbaar vervoer",
        ),
        ("de spoorknoop", "de snelweg", "het station", "het kanaal"),
    ),
    Chapter(
        "Defensie en ruimte",
        ("Defensieterreinen", "Oefenterreinen", "Laagvliegroutes"),
        ("nieuwe oefenterreinen", "de uitbreiding van kazernes", "de geluidszones"),
        ("de heide", "het militaire terrein"),
    ),
    Chapter(
        "Samenwerking en monitoring",
        ("Samenwerking", "Monitoring", "Programmering"),
        ("de voortgang van dit arrangement", "de gezamenlijke programmering", "de monitoring"),
        ("de NOVEX-tafel", "het bestuurlijk overleg"),
    ),
)
WATER = 1  # index of the chapter that talks about drinking water
DRINKWATER_SHARE = 0.22  # of the water chapter's commitments: about 3 % of all of them

TITLE_TAILS = (
    "{subject} in {place}",
    "ruimte voor {subject}",
    "{subject} en {other}",
    "samenhang tussen {subject} en {other}",
    "uitvoering van {subject}",
)
BULLETS = (
    "{owner} brengt {deadline} in beeld welke mogelijkheden er zijn voor {subject} in {place}.",
    "Rijk en provincie onderzoeken samen met {partner} hoe {subject} een plek krijgt in {place}.",
    "{owner} neemt {subject} {deadline} op in de omgevingsverordening.",
    "We bespreken de uitkomsten van de verkenning naar {subject} {deadline} aan de NOVEX-tafel.",
    "{owner} reserveert ruimte voor {subject} bij {place}.",
    "Rijk en regio stellen {deadline} een gezamenlijk plan op voor {subject}.",
    "{owner} en {partner} verkennen welke locaties geschikt zijn voor {subject}.",
    "{owner} levert {deadline} een uitvoeringsprogramma voor {subject} en {other}.",
    "In het BO van vorig jaar is afgesproken een verkenning naar {subject} te starten; "
    "{owner} rapporteert {deadline} over de voortgang.",
    "{owner} houdt ruimte vrij voor {subject} langs {place}.",
)
DRINKWATER_BULLETS = (
    "{owner} brengt {deadline} in beeld hoeveel drinkwater in {place} nodig is tot 2040.",
    "Rijk en provincie beschermen de winning van drinkwater in {place} bij nieuwe ontwikkelingen.",
    "{owner} en het drinkwaterbedrijf verkennen {deadline} nieuwe bronnen voor drinkwater.",
    "Bij de keuze van woningbouwlocaties weegt {owner} de beschikbaarheid van drinkwater mee.",
)
PAGE_CHARS = 3000  # a letter's page, roughly
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def sample_bullets() -> list[str]:
    """The bullets of the shipped sample letters: real sentences of the genre."""
    from ruimtemonitor.core.extraction.samples import sample_names, sample_path

    found = []
    for name in sample_names():
        for line in sample_path(name).read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*[-•−]\s+(.{30,})", line)
            if match and not match.group(1).rstrip().endswith((",", ";", ":")):
                found.append(match.group(1).strip())
    return found


@dataclass(frozen=True)
class DeadlineValue:
    as_written: str
    start: dt.date | None
    end: dt.date | None
    precision: str


def deadline(rng: random.Random, year: int) -> DeadlineValue:
    """A deadline as letters write them, with its interval (as ``core.deadlines`` reads it)."""
    year += rng.choice((0, 1, 1, 1, 2, 2, 3))
    kind = rng.random()
    if kind < 0.2:
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 29)
        date = dt.date(year, month, day)
        return DeadlineValue(f"uiterlijk {day} {MONTHS[month - 1]} {year}", date, date, "day")
    if kind < 0.35:
        month = rng.randrange(1, 13)
        last = (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
        return DeadlineValue(
            f"in {MONTHS[month - 1]} {year}", dt.date(year, month, 1), last, "month"
        )
    if kind < 0.5:
        quarter = rng.randrange(1, 5)
        words = ("eerste", "tweede", "derde", "vierde")[quarter - 1]
        start = dt.date(year, 3 * quarter - 2, 1)
        end = (
            dt.date(year, 12, 31)
            if quarter == 4
            else dt.date(year, 3 * quarter + 1, 1) - dt.timedelta(days=1)
        )
        return DeadlineValue(f"in het {words} kwartaal van {year}", start, end, "quarter")
    if kind < 0.65:
        season, start, end = rng.choice(
            (
                ("voorjaar", dt.date(year, 3, 21), dt.date(year, 6, 20)),
                ("zomer", dt.date(year, 6, 21), dt.date(year, 9, 22)),
                ("najaar", dt.date(year, 9, 23), dt.date(year, 12, 20)),
            )
        )
        return DeadlineValue(f"in het {season} van {year}", start, end, "season")
    if kind < 0.75:
        return DeadlineValue(
            f"voor de zomer van {year}", dt.date(year, 1, 1), dt.date(year, 6, 20), "season"
        )
    if kind < 0.85:
        return DeadlineValue(f"in {year}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if kind < 0.93:
        return DeadlineValue(f"voor het BO MIRT {year}", None, None, "meeting")
    return DeadlineValue("", None, None, "")


# -- writing rows with COPY -------------------------------------------------------------------


@dataclass
class Table:
    """Rows for one model, as tuples of ``names`` values; other columns get their defaults."""

    model: type
    names: Sequence[str]
    rows: list[tuple] = field(default_factory=list)

    def add(self, *values: Any) -> None:
        self.rows.append(values)


def copy_table(cursor: psycopg.Cursor, table: Table, now: dt.datetime) -> int:
    """COPY the rows into the model's table; defaults (and timestamps) fill what is left."""
    from django.db import models

    fields = [f for f in table.model._meta.concrete_fields]
    given = {name: i for i, name in enumerate(table.names)}
    plan: list[tuple[str, int | None, Any, bool]] = []
    for f in fields:
        if f.attname not in given and f.primary_key:
            continue  # the identity column numbers the row
        is_json = isinstance(f, models.JSONField)
        default = None
        if f.attname not in given:
            auto = getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
            default = now if auto else f.get_default()
        plan.append((f.column, given.get(f.attname), default, is_json))
    columns = ", ".join(f'"{column}"' for column, *_ in plan)
    statement = f'COPY "{table.model._meta.db_table}" ({columns}) FROM STDIN'
    with cursor.copy(statement) as copy:
        for row in table.rows:
            values = []
            for _column, index, default, is_json in plan:
                value = default if index is None else row[index]
                values.append(json.dumps(value) if is_json and value is not None else value)
            copy.write_row(values)
    return len(table.rows)


# -- the register -----------------------------------------------------------------------------


@dataclass
class Counts:
    arrangements: int = 0
    documents: int = 0
    passages: int = 0
    agreements: int = 0
    commitments: int = 0
    drinkwater_commitments: int = 0
    drinkwater_agreements: int = 0
    links: int = 0


def split(total: int, parts: int, rng: random.Random, spread: float = 0.25) -> list[int]:
    """``total`` split into ``parts`` numbers of about the same size (± ``spread``)."""
    if parts <= 0:
        return []
    weights = [1 + rng.uniform(-spread, spread) for _ in range(parts)]
    scale = total / sum(weights)
    sizes = [int(w * scale) for w in weights]
    for i in range(total - sum(sizes)):
        sizes[i % parts] += 1
    return sizes


def extra_commitments(agreements: int, extra: int, rng: random.Random) -> list[int]:
    """Commitments beyond each agreement's first: 0 to a few, adding up to ``extra``."""
    mean = extra / agreements
    trials = max(1, math.ceil(2 * mean))
    chance = min(1.0, mean / trials)
    counts = [sum(rng.random() < chance for _ in range(trials)) for _ in range(agreements)]
    difference = extra - sum(counts)
    while difference:
        i = rng.randrange(agreements)
        if difference > 0:
            counts[i] += 1
            difference -= 1
        elif counts[i] > 0:
            counts[i] -= 1
            difference += 1
    return counts


@dataclass
class Plan:
    """An arrangement to write, with the number of agreements it gets."""

    pk: int
    kind: str
    title: str
    area: str
    year: int
    generation: int
    provinces: list[str]
    supersedes: int | None
    meeting: int | None
    size: int = 0


def plan_meetings(
    rng: random.Random, areas: dict[str, int], area_names: dict[str, str]
) -> tuple[Table, dict[tuple[str, int], int]]:
    """A BO Leefomgeving per landsdeel and a BO MIRT per MIRT region, every year."""
    from ruimtemonitor.register.models import Meeting

    meetings = Table(Meeting, ["id", "kind", "title", "area_id", "date", "year"])
    meeting_of: dict[tuple[str, int], int] = {}
    for year in sorted({*PROVINCE_YEARS, *NOVEX_YEARS, *MIRT_YEARS}):
        for landsdeel in sorted({p[1] for p in PROVINCES.values()}):
            pk = len(meetings.rows) + 1
            meetings.add(
                pk,
                "bol",
                f"BO Leefomgeving {landsdeel.title()} {year}",
                areas.get(f"landsdeel-{landsdeel}"),
                dt.date(year, 6, rng.randrange(1, 29)),
                year,
            )
            meeting_of[(f"landsdeel-{landsdeel}", year)] = pk
        for region in MIRT_REGIONS:
            pk = len(meetings.rows) + 1
            meetings.add(
                pk,
                "bo_mirt",
                f"BO MIRT {area_names[region]} {year}",
                areas[region],
                dt.date(year, 11, rng.randrange(1, 29)),
                year,
            )
            meeting_of[(region, year)] = pk
    return meetings, meeting_of


def plan_arrangements(
    rng: random.Random,
    agreements: int,
    meeting_of: dict[tuple[str, int], int],
    area_names: dict[str, str],
) -> list[Plan]:
    """Generations of arrangements per area; each supersedes the last and gets its share."""
    plans: list[Plan] = []
    previous: dict[str, int] = {}
    for year in PROVINCE_YEARS:
        for slug, (name, landsdeel, _region) in PROVINCES.items():
            pk = len(plans) + 1
            plans.append(
                Plan(
                    pk,
                    "ruimtelijk_arrangement",
                    f"Ruimtelijk Arrangement Rijk – Provincie {name}",
                    slug,
                    year,
                    year - PROVINCE_YEARS[0] + 1,
                    [slug],
                    previous.get(slug),
                    meeting_of[(f"landsdeel-{landsdeel}", year)],
                )
            )
            previous[slug] = pk
    for year in NOVEX_YEARS:
        for slug, provinces in NOVEX_PROVINCES.items():
            pk = len(plans) + 1
            plans.append(
                Plan(
                    pk,
                    "uitvoeringsagenda",
                    f"Uitvoeringsagenda NOVEX {area_names[slug]}",
                    slug,
                    year,
                    year - NOVEX_YEARS[0] + 1,
                    provinces,
                    previous.get(slug),
                    meeting_of[(PROVINCES[provinces[0]][2], year)],
                )
            )
            previous[slug] = pk
    for year in MIRT_YEARS:
        for region in MIRT_REGIONS:
            pk = len(plans) + 1
            plans.append(
                Plan(
                    pk,
                    "afsprakenlijst",
                    f"Afsprakenlijst BO MIRT {area_names[region]}",
                    region,
                    year,
                    year - MIRT_YEARS[0] + 1,
                    [p for p, (_n, _l, r) in PROVINCES.items() if r == region],
                    previous.get(region),
                    meeting_of[(region, year)],
                )
            )
            previous[region] = pk
    remaining = agreements
    kinds = list(SHARES)
    for index, kind in enumerate(kinds):
        group = [plan for plan in plans if plan.kind == kind]
        share = remaining if index == len(kinds) - 1 else round(agreements * SHARES[kind])
        remaining -= share
        for plan, size in zip(group, split(share, len(group), rng), strict=True):
            plan.size = size
    return plans


def generate(
    agreements: int,
    commitments: int,
    *,
    seed: int = 2025,
    progress: Callable[[str], None] = print,
) -> Counts:
    """Write the register into the configured (empty, migrated) database; return the counts."""
    from django.db import connection

    from ruimtemonitor.documents.models import Document, Passage
    from ruimtemonitor.organisations.models import Area, Organisation
    from ruimtemonitor.register.models import Agreement, Arrangement, Commitment, Meeting
    from ruimtemonitor.register.search import search_document

    if commitments < agreements:
        raise SystemExit("Give at least one commitment per agreement.")
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    orgs = dict(Organisation.objects.values_list("slug", "pk"))
    org_names = {
        slug: abbreviation or name
        for slug, name, abbreviation in Organisation.objects.values_list(
            "slug", "name", "abbreviation"
        )
    }
    areas = dict(Area.objects.values_list("slug", "pk"))
    area_names = dict(Area.objects.values_list("slug", "name"))
    missing = [slug for slug in [*PROVINCES, *NOVEX_PROVINCES, *MIRT_REGIONS] if slug not in areas]
    if missing:
        raise SystemExit(f"Reference data is missing areas: {', '.join(missing)}")
    samples = sample_bullets()
    ministries = [slug for slug in MINISTRIES if slug in orgs]
    weights = [w for slug, w in zip(MINISTRIES, MINISTRY_WEIGHTS, strict=True) if slug in orgs]

    meetings, meeting_of = plan_meetings(rng, areas, area_names)
    plans = plan_arrangements(rng, agreements, meeting_of, area_names)
    extra = extra_commitments(agreements, commitments - agreements, rng)

    arrangements = Table(
        Arrangement,
        ["id", "kind", "title", "area_id", "year", "generation", "supersedes_id", "document_id",
         "meeting_id"],
    )  # fmt: skip
    arrangement_parties = Table(Arrangement.parties.through, ["arrangement_id", "organisation_id"])
    documents = Table(
        Document,
        ["id", "kind", "title", "date", "reference", "sender_id", "sender_as_written",
         "content_hash", "original_filename", "extracted_text", "page_count", "start", "end"],
    )  # fmt: skip
    passages = Table(Passage, ["id", "document_id", "start", "end", "page"])
    agreement_rows = Table(
        Agreement,
        ["id", "arrangement_id", "number", "title", "types", "chapter", "chapter_title",
         "all_departments", "status", "review_state", "source_passage_id", "continues_id",
         "search_document", "created_at", "updated_at"],
    )  # fmt: skip
    departments = Table(Agreement.departments.through, ["agreement_id", "organisation_id"])
    parties = Table(Agreement.parties.through, ["agreement_id", "organisation_id"])
    agreement_areas = Table(Agreement.areas.through, ["agreement_id", "area_id"])
    commitment_rows = Table(
        Commitment,
        ["id", "agreement_id", "position", "text", "owner_id", "owner_as_written",
         "deadline_as_written", "deadline_start", "deadline_end", "deadline_precision",
         "status", "review_state", "source_passage_id", "created_at", "updated_at"],
    )  # fmt: skip

    statuses = ("open", "lopend", "afgerond", "vervallen", "doorgeschoven")
    status_weights = (40, 30, 15, 5, 10)
    reviews = ("proposed", "confirmed", "corrected", "rejected", "manual")
    review_weights = (20, 50, 10, 5, 15)
    type_values = ("beleidsafspraak", "onderzoeksafspraak", "uitvoeringsafspraak", "procesafspraak")
    type_words = {
        "beleidsafspraak": "Beleidsafspraak",
        "onderzoeksafspraak": "Onderzoeksafspraak",
        "uitvoeringsafspraak": "Uitvoeringsafspraak",
        "procesafspraak": "Procesafspraak",
    }
    agreement_pk = 0
    commitment_pk = 0
    passage_pk = 0
    counts = Counts()
    numbers_of: dict[int, dict[str, int]] = {}  # arrangement -> number -> agreement id
    started = time.perf_counter()
    next_report = 20_000
    for plan in plans:
        document_pk = plan.pk
        letter_date = dt.date(plan.year, rng.choice((5, 6, 11, 12)), rng.randrange(1, 29))
        arrangements.add(
            plan.pk,
            plan.kind,
            plan.title,
            areas[plan.area],
            plan.year,
            plan.generation,
            plan.supersedes,
            document_pk,
            plan.meeting,
        )
        signers = {"rijk", *plan.provinces}
        for slug in sorted(signers):
            if slug in orgs:
                arrangement_parties.add(plan.pk, orgs[slug])
        text: list[str] = [f"{plan.title} {plan.year}\n", "Voorbeeldtekst; geen echt document.\n\n"]
        length = sum(len(part) for part in text)
        numbers: dict[str, int] = {}
        page, page_start = 1, 0
        earlier = numbers_of.get(plan.supersedes or 0, {})
        chapter_sizes = split(plan.size, len(CHAPTERS), rng, spread=0.6)
        place_names = [PROVINCES[p][0] for p in plan.provinces] or [area_names[plan.area]]
        for chapter_index, (chapter, chapter_size) in enumerate(
            zip(CHAPTERS, chapter_sizes, strict=True)
        ):
            heading = f"{chapter_index + 1}. {chapter.title}\n\n"
            text.append(heading)
            length += len(heading)
            for k in range(1, chapter_size + 1):
                agreement_pk += 1
                number = f"{chapter_index + 1}.{k}"
                numbers[number] = agreement_pk
                topic = rng.choice(chapter.topics)
                subject, other = rng.sample(chapter.subjects, 2)
                place = rng.choice(chapter.places or ("de regio",))
                tail = rng.choice(TITLE_TAILS).format(subject=subject, other=other, place=place)
                title = f"{topic}: {tail}"
                types = sorted(
                    set(rng.sample(type_values, rng.choice((1, 1, 1, 2)))),
                    key=type_values.index,
                )
                all_departments = rng.random() < 0.1
                chosen: set[str] = set()
                if not all_departments:
                    while len(chosen) < rng.choice((1, 1, 2, 2, 3)):
                        chosen.add(rng.choices(ministries, weights)[0])
                department_words = (
                    "Alle departementen"
                    if all_departments
                    else ", ".join(org_names[s] for s in sorted(chosen))
                )
                if length - page_start > PAGE_CHARS:  # a new page, as PDF text has them
                    text.append("\f")
                    length += 1
                    page += 1
                    page_start = length
                block_start = length
                header = (
                    f"Afspraak {number} {title}\n"
                    f"{'/'.join(type_words[t] for t in types)}\n"
                    f"Betrokken departementen: {department_words}\n\n"
                    "Rijk en provincie spreken af:\n"
                )
                body: list[str] = [header]
                body_length = len(header)
                bullets: list[tuple[str, DeadlineValue, str, int, int]] = []
                owners = [*plan.provinces, *sorted(chosen)] or ["rijk"]
                place_name = rng.choice(place_names)
                for _position in range(1 + extra[agreement_pk - 1]):
                    owner = rng.choice(owners)
                    partner = org_names.get(rng.choice([*owners, "rws", "prorail"]), "de regio")
                    due = deadline(rng, plan.year)
                    words = (
                        due.as_written
                        if due.as_written
                        else rng.choice(("zo snel mogelijk", "na het BO"))
                    )
                    values = {
                        "owner": org_names.get(owner, owner),
                        "partner": partner,
                        "deadline": words,
                        "subject": rng.choice(chapter.subjects),
                        "other": rng.choice(chapter.subjects),
                        "place": f"{rng.choice(chapter.places or ('de regio',))} in {place_name}",
                    }
                    if chapter_index == WATER and rng.random() < DRINKWATER_SHARE:
                        sentence = rng.choice(DRINKWATER_BULLETS).format(**values)
                    elif rng.random() < 0.1:
                        sentence = rng.choice(samples).replace("Zeeland", place_name)
                    else:
                        sentence = rng.choice(BULLETS).format(**values)
                    sentence = sentence[0].upper() + sentence[1:]
                    line = f"- {sentence}\n"
                    start = block_start + body_length + 2
                    bullets.append((sentence, due, owner, start, start + len(sentence)))
                    body.append(line)
                    body_length += len(line)
                body.append("\n")
                body_length += 1
                text.extend(body)
                length += body_length
                passage_pk += 1
                agreement_passage = passage_pk
                passages.add(
                    passage_pk, document_pk, block_start, block_start + body_length - 1, page
                )
                mentions_drinkwater = False
                for position, (sentence, due, owner, start, end) in enumerate(bullets, start=1):
                    commitment_pk += 1
                    passage_pk += 1
                    passages.add(passage_pk, document_pk, start, end, page)
                    commitment_rows.add(
                        commitment_pk,
                        agreement_pk,
                        position,
                        sentence,
                        orgs.get(owner),
                        org_names.get(owner, ""),
                        due.as_written,
                        due.start,
                        due.end,
                        due.precision,
                        rng.choices(statuses, status_weights)[0],
                        rng.choices(reviews, review_weights)[0],
                        passage_pk,
                        now,
                        now,
                    )
                    if re.search(r"\bdrinkwater\b", sentence, re.IGNORECASE):
                        counts.drinkwater_commitments += 1
                        mentions_drinkwater = True
                counts.drinkwater_agreements += mentions_drinkwater
                changed = now - dt.timedelta(days=rng.randrange(0, 3650), seconds=agreement_pk)
                agreement_rows.add(
                    agreement_pk,
                    plan.pk,
                    number,
                    title,
                    types,
                    str(chapter_index + 1),
                    chapter.title,
                    all_departments,
                    rng.choices(statuses, status_weights)[0],
                    rng.choices(reviews, review_weights)[0],
                    agreement_passage,
                    earlier.get(number),
                    search_document(number, title, chapter.title, [b[0] for b in bullets]),
                    changed,
                    changed,
                )
                for slug in sorted(chosen):
                    departments.add(agreement_pk, orgs[slug])
                named = {*plan.provinces} if rng.random() < 0.5 else set()
                if rng.random() < 0.15:
                    named.add(rng.choice(("rws", "prorail", "regio-foodvalley")))
                for slug in sorted(named):
                    if slug in orgs:
                        parties.add(agreement_pk, orgs[slug])
                own_areas: set[str] = set()
                if plan.kind == "uitvoeringsagenda":
                    own_areas.update([plan.area, *plan.provinces])
                elif plan.kind == "afsprakenlijst" and plan.provinces and rng.random() < 0.6:
                    own_areas.add(rng.choice(plan.provinces))
                elif plan.kind == "ruimtelijk_arrangement" and rng.random() < 0.3:
                    novex = [n for n, ps in NOVEX_PROVINCES.items() if plan.area in ps]
                    if plan.area == "provincie-gelderland" and rng.random() < 0.5:
                        own_areas.add(rng.choice(FOODVALLEY))
                    elif novex:
                        own_areas.add(rng.choice(novex))
                for slug in sorted(own_areas):
                    if slug in areas:
                        agreement_areas.add(agreement_pk, areas[slug])
        if agreement_pk >= next_report:
            progress(f"  composed {agreement_pk:,} agreements, {commitment_pk:,} commitments")
            next_report += 20_000
        numbers_of[plan.pk] = numbers
        body_text = "".join(text)
        documents.add(
            document_pk,
            plan.kind,  # the document kinds have the arrangement kinds' names
            f"{plan.title} {plan.year}",
            letter_date,
            f"BENCH-{plan.year}-{plan.pk:04d}",
            orgs.get("ienw") if plan.kind == "afsprakenlijst" else orgs.get("vro"),
            "",
            hashlib.sha256(body_text.encode()).hexdigest(),
            f"{plan.kind}-{plan.area}-{plan.year}.pdf",
            body_text,
            page,
            0,
            len(body_text),
        )  # fmt: skip
    counts.arrangements = len(arrangements.rows)
    counts.documents = len(documents.rows)
    counts.passages = len(passages.rows)
    counts.agreements = agreement_pk
    counts.commitments = commitment_pk
    counts.links = len(departments.rows) + len(parties.rows) + len(agreement_areas.rows)
    progress(f"composed in {time.perf_counter() - started:.1f} s; writing with COPY …")

    order = [
        meetings,
        documents,
        passages,
        arrangements,
        arrangement_parties,
        agreement_rows,
        departments,
        parties,
        agreement_areas,
        commitment_rows,
    ]
    connection.ensure_connection()
    raw = connection.connection  # psycopg connection under Django
    for table in order:
        began = time.perf_counter()
        with raw.transaction(), raw.cursor() as cursor:
            written = copy_table(cursor, table, now)
        progress(
            f"  {table.model._meta.db_table}: {written:,} rows in "
            f"{time.perf_counter() - began:.1f} s"
        )
        table.rows.clear()
    with raw.cursor() as cursor:
        for model in (Meeting, Document, Passage, Arrangement, Agreement, Commitment):
            name = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{name}"), 1))'
            )
    began = time.perf_counter()
    with raw.cursor() as cursor:  # Django keeps its connection in autocommit mode
        # Statistics for the planner, and the visibility map that index-only scans need:
        # what autovacuum gives a table some time after a bulk load.
        cursor.execute("VACUUM (ANALYZE)")
    progress(f"VACUUM (ANALYZE) in {time.perf_counter() - began:.1f} s")
    return counts


# -- the database -----------------------------------------------------------------------------


def server_and_name(database_url: str) -> tuple[str, str]:
    """The URL of the server's ``postgres`` database and the name of the benchmark database."""
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    if not name or not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise SystemExit(f"Give a database name of letters, digits and _ in {database_url!r}.")
    return urlunsplit(parts._replace(path="/postgres")), name


def check_server(database_url: str) -> None:
    """A clear sentence, not a traceback, when PostgreSQL cannot be reached."""
    server, _name = server_and_name(database_url)
    try:
        with psycopg.connect(server, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SystemExit(
            f"PostgreSQL is not reachable at {urlsplit(server).netloc or server}: {first}\n"
            "Start it, or point --database-url at a server where you may create databases."
        ) from None


def recreate_database(database_url: str) -> None:
    server, name = server_and_name(database_url)
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def setup_django(database_url: str) -> None:
    """Django on the benchmark database, as the server will run: no debug, no query log."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("RUIMTEMONITOR_ENV", "development")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ruimtemonitor.config.settings")
    import django

    django.setup()


def prepare(database_url: str, progress: Callable[[str], None] = print) -> None:
    """Migrate the (new) database and load the reference data, as ``ruimtemonitor init`` does."""
    from django.core.management import call_command

    from ruimtemonitor.organisations.services import load_reference_data

    began = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    load_reference_data()
    progress(f"migrated and loaded reference data in {time.perf_counter() - began:.1f} s")


def existing_counts(database_url: str) -> tuple[int, int] | None:
    """(agreements, commitments) in the database, or None when it or its tables are absent."""
    try:
        with psycopg.connect(database_url, connect_timeout=5) as conn:
            row = conn.execute(
                "SELECT (SELECT count(*) FROM register_agreement), "
                "(SELECT count(*) FROM register_commitment)"
            ).fetchone()
    except (psycopg.OperationalError, psycopg.errors.UndefinedTable):
        return None
    return (int(row[0]), int(row[1])) if row else None


def build(
    database_url: str,
    agreements: int,
    commitments: int,
    *,
    seed: int = 2025,
    progress: Callable[[str], None] = print,
) -> Counts:
    """Create the database afresh and fill it; Django must not have connected yet."""
    check_server(database_url)
    began = time.perf_counter()
    progress(f"creating {server_and_name(database_url)[1]} afresh …")
    recreate_database(database_url)
    setup_django(database_url)
    prepare(database_url, progress)
    counts = generate(agreements, commitments, seed=seed, progress=progress)
    from django.db import connection

    connection.close()
    progress(
        f"register generated in {time.perf_counter() - began:.0f} s: "
        f"{counts.arrangements} arrangements, {counts.documents} documents, "
        f"{counts.passages:,} passages, {counts.agreements:,} agreements, "
        f"{counts.commitments:,} commitments ({counts.drinkwater_commitments:,} commitments and "
        f"{counts.drinkwater_agreements:,} agreements mention drinkwater), "
        f"{counts.links:,} department/party/area links"
    )
    return counts


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--commitments", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(list(argv) if argv is not None else None)
    build(args.database_url, args.agreements, args.commitments, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
