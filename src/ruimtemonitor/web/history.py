"""The history of a record as people read it: who changed which field from what to what.

``django-simple-history`` stores a full copy of a record per change; ``history_entries``
turns the copies of an agreement and its commitments (deleted ones too) into entries that
name only the fields that changed, with labels, organisation names and Dutch dates. The
same ``ValueFormatter`` shows the two sides of an edit conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.register.models import Agreement, AgreementType, Commitment


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    when: dt.datetime
    who: str
    subject: str
    kind: str
    reason: str
    changes: list[FieldChange]
    anchor: str = ""


HIDDEN_HISTORY_FIELDS = {"id", "version", "created_at", "updated_at", "search_document"}


class ValueFormatter:
    """Turns stored values into what a person reads: labels, names, Dutch dates.

    Names of related records are read once for all history rows of the page.
    """

    def __init__(self) -> None:
        self.organisations: dict[int, str] = {}
        self.areas: dict[int, str] = {}
        self.agreements: dict[int, str] = {}
        self._wanted: dict[str, set[int]] = {
            "organisations": set(),
            "areas": set(),
            "agreements": set(),
        }

    def want(self, kind: str, ids: Iterable[int | None]) -> None:
        self._wanted[kind].update(pk for pk in ids if pk)

    def load(self) -> None:
        if self._wanted["organisations"]:
            self.organisations = {
                pk: abbreviation or name
                for pk, name, abbreviation in Organisation.objects.filter(
                    pk__in=self._wanted["organisations"]
                ).values_list("pk", "name", "abbreviation")
            }
        if self._wanted["areas"]:
            self.areas = dict(
                Area.objects.filter(pk__in=self._wanted["areas"]).values_list("pk", "name")
            )
        if self._wanted["agreements"]:
            self.agreements = {
                agreement.pk: str(agreement)
                for agreement in Agreement.objects.filter(pk__in=self._wanted["agreements"]).only(
                    "pk", "number", "title"
                )
            }

    def show(self, model: type[Model], name: str, value: object) -> str:
        if value is None or value == "" or value == [] or value == set():
            return "–"
        if name == "owner" or name == "responsible":
            return self.organisations.get(value, f"#{value}")  # type: ignore[arg-type]
        if name == "continues":
            return self.agreements.get(value, f"#{value}")  # type: ignore[arg-type]
        if name in {"departments", "parties"}:
            return ", ".join(sorted(self.organisations.get(pk, f"#{pk}") for pk in value))  # type: ignore[union-attr]
        if name == "areas":
            return ", ".join(sorted(self.areas.get(pk, f"#{pk}") for pk in value))  # type: ignore[union-attr]
        if name == "types":
            labels = dict(AgreementType.choices)
            return ", ".join(str(labels.get(v, v)) for v in value)  # type: ignore[union-attr]
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if isinstance(value, dt.date):
            return value.strftime("%d-%m-%Y")
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a field that no longer exists shows as stored
            return str(value)
        if model_field.choices:
            return str(dict(model_field.flatchoices).get(value, value))
        return str(value)


M2M_FIELDS = ("departments", "parties", "areas")


def _tracked(history_model: type[Model]) -> list[str]:
    return [
        f.attname if f.is_relation else f.name
        for f in history_model.tracked_fields
        if f.editable and f.name not in HIDDEN_HISTORY_FIELDS
    ]


def label(model: type[Model], attname: str) -> str:
    name = attname[:-3] if attname.endswith("_id") else attname
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except FieldDoesNotExist:  # a field that no longer exists keeps its name
        return name


def history_entries(agreement: Agreement) -> list[HistoryEntry]:
    """Every change of the agreement and its commitments (also deleted ones), newest first."""
    agreement_rows = list(
        Agreement.history.filter(id=agreement.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    m2m: dict[str, dict[int, set[int]]] = {name: {} for name in M2M_FIELDS}
    history_ids = [row.history_id for row in agreement_rows]
    for name in M2M_FIELDS if agreement_rows else ():
        through = getattr(agreement_rows[0], name).model  # the historical through model
        target = "area_id" if name == "areas" else "organisation_id"
        for history_id, target_id in through.objects.filter(history_id__in=history_ids).values_list(
            "history_id", target
        ):
            m2m[name].setdefault(history_id, set()).add(target_id)
    commitment_rows = list(
        Commitment.history.filter(agreement_id=agreement.pk)
        .select_related("history_user")
        .order_by("id", "history_date", "history_id")
    )
    formatter = ValueFormatter()
    for row in agreement_rows:
        formatter.want("agreements", [row.continues_id])
        for name in ("departments", "parties"):
            formatter.want("organisations", m2m[name].get(row.history_id, ()))
        formatter.want("areas", m2m["areas"].get(row.history_id, ()))
    formatter.want("organisations", (row.owner_id for row in commitment_rows))
    formatter.load()

    entries = []
    agreement_fields = _tracked(Agreement.history.model)
    previous = None
    for row in agreement_rows:
        changes = _diff(Agreement, agreement_fields, previous, row, formatter)
        if previous is not None:
            for name in M2M_FIELDS:
                old = m2m[name].get(previous.history_id, set())
                new = m2m[name].get(row.history_id, set())
                if old != new:
                    changes.append(
                        FieldChange(
                            label(Agreement, name),
                            formatter.show(Agreement, name, old),
                            formatter.show(Agreement, name, new),
                        )
                    )
        entries.append(_entry(row, _("Agreement"), changes, "afspraak"))
        previous = row
    commitment_fields = _tracked(Commitment.history.model)
    previous = None
    for row in commitment_rows:
        if previous is not None and previous.id != row.id:
            previous = None
        changes = _diff(Commitment, commitment_fields, previous, row, formatter)
        subject = _("Commitment %(position)s: %(text)s") % {
            "position": row.position,
            "text": _shorten(row.text, 60),
        }
        entries.append(_entry(row, subject, changes, f"toezegging-{row.id}"))
        previous = row
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


def _diff(
    model: type[Model],
    fields: list[str],
    old: Model | None,
    new: Model,
    formatter: ValueFormatter,
) -> list[FieldChange]:
    if old is None:
        return []
    changes = []
    for attname in fields:
        before, after = getattr(old, attname), getattr(new, attname)
        if before != after:
            name = attname[:-3] if attname.endswith("_id") else attname
            changes.append(
                FieldChange(
                    label(model, attname),
                    formatter.show(model, name, before),
                    formatter.show(model, name, after),
                )
            )
    return changes


HISTORY_KINDS = {
    "+": gettext_lazy("created"),
    "~": gettext_lazy("changed"),
    "-": gettext_lazy("deleted"),
}


def _entry(row: Model, subject: str, changes: list[FieldChange], anchor: str) -> HistoryEntry:
    user = row.history_user
    if user is not None:
        who = user.get_full_name() or user.get_username()
    elif (row.history_change_reason or "") == "ingest":
        who = _("ingestion of the letter")
    else:
        who = _("not recorded")
    return HistoryEntry(
        when=row.history_date,
        who=who,
        subject=subject,
        kind=str(HISTORY_KINDS.get(row.history_type, row.history_type)),
        reason=row.history_change_reason or "",
        changes=changes,
        anchor=anchor,
    )


def _shorten(text: str, length: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
