"""Projects, and the money lines and milestones each letter adds to them.

A project recurs across letters and is found again by its slug; every letter that speaks of
it adds its own money lines and milestones, each pointing at its passage.
"""

from __future__ import annotations

from decimal import Decimal

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.core.dutch import slugify
from ruimtemonitor.ingestion.writers.context import FileContext, Json, choice, deadline_from_json
from ruimtemonitor.projects.models import (
    Milestone,
    MilestoneKind,
    MoneyKind,
    MoneyLine,
    Phase,
    Project,
    Vat,
)

__all__ = ["project_slug", "store_projects"]


def project_slug(name: str) -> str:
    return slugify(name)[:110] or "project"


def store_projects(store: FileContext) -> int:
    """Projects recur across letters (found by slug); each letter adds money and milestones."""
    items = [item for item in store.data.get("projects") or [] if (item.get("name") or "").strip()]
    projects = {
        p.slug: p for p in Project.objects.filter(slug__in={project_slug(i["name"]) for i in items})
    }
    new_items = {}
    money_rows: list[tuple[str, Json]] = []  # (project slug, money line)
    milestone_rows: list[tuple[str, Json]] = []
    for item in items:
        slug = project_slug(item["name"])
        if slug not in projects and (
            slug not in new_items or (item.get("region") and not new_items[slug].get("region"))
        ):
            # Two letters of one file on one new project: the one that gives its MIRT region
            # (the MIRT-brief rather than the council letter) names and places it.
            new_items[slug] = item
        money_rows += [(slug, m) for m in item.get("money") or [] if m.get("values_eur")]
        milestone_rows += [(slug, milestone) for milestone in item.get("milestones") or []]
    # One insert for the passages of new projects, money lines and milestones, in that order.
    passages = iter(
        store.passages(
            [item.get("source") for item in new_items.values()]
            + [money.get("source") for _, money in money_rows]
            + [milestone.get("source") for _, milestone in milestone_rows]
        )
    )
    created = store.create(
        Project,
        [
            Project(
                slug=slug,
                name=item["name"].strip()[:255],
                mirt_region=store.directory.mirt_region(item.get("region")),
                phase=choice(item.get("phase"), Phase, ""),
                source_passage=next(passages),
                review_state=ReviewState.PROPOSED,
            )
            for slug, item in new_items.items()
        ],
    )
    projects |= {project.slug: project for project in created}

    lines = []
    for slug, money in money_rows:
        values = [Decimal(str(v)) for v in money["values_eur"]]
        lines.append(
            MoneyLine(
                project=projects[slug],
                kind=choice(money.get("kind"), MoneyKind, MoneyKind.BUDGET),
                amount_eur=values[0],
                amount_upper_eur=values[1] if len(values) > 1 else None,
                as_written=(money.get("as_written") or "")[:255],
                qualifier=(money.get("qualifier") or "")[:32],
                party=store.directory.organisation(money.get("party")),
                price_level=money.get("price_level"),
                vat=choice(money.get("vat"), Vat, Vat.UNKNOWN),
                source_passage=next(passages),
                review_state=ReviewState.PROPOSED,
            )
        )
    store.create(MoneyLine, lines)

    milestones = []
    for slug, milestone in milestone_rows:
        record = Milestone(
            project=projects[slug],
            kind=choice(milestone.get("kind"), MilestoneKind, MilestoneKind.OTHER),
            description=(milestone.get("description") or milestone.get("text") or "")[:500],
            source_passage=next(passages),
            review_state=ReviewState.PROPOSED,
        )
        record.deadline = deadline_from_json(milestone.get("deadline"))
        milestones.append(record)
    store.create(Milestone, milestones)
    return len(created)
