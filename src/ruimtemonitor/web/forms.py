"""Forms of the Afspraken and Controleren pages.

Edits go through ``common.editing.save_edit``; these forms only turn what a person typed into
the field values it expects, and carry the version the form was rendered with so a save
after someone else's change is refused instead of overwriting it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.common.statuses import AgreementStatus, ReviewState
from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import find_deadlines
from ruimtemonitor.organisations.models import Organisation, OrganisationKind
from ruimtemonitor.register.models import Agreement, Commitment

TEXTBOX = {"class": "utrecht-textbox"}
SELECT = {"class": "utrecht-select"}
TEXTAREA = {"class": "utrecht-textarea", "rows": 3}


class DateInput(forms.DateInput):
    """A native date picker; the value travels as ISO (yyyy-mm-dd) whatever the language."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs={**TEXTBOX, **(attrs or {})}, format="%Y-%m-%d")


def optional_text(label: str, max_length: int, help_text: str = "") -> forms.CharField:
    """A one-line text field that may stay empty, styled as the design system's text box."""
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=False,
        widget=forms.TextInput(attrs=TEXTBOX),
        help_text=help_text,
    )


class VersionedForm(forms.Form):
    """Carries the record's version from the page to the save, for optimistic locking."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    reason = optional_text(
        _("Reason for the change (optional)"), 100, help_text=_("Shown in the change history.")
    )

    #: Field names of the record this form changes; the rest are bookkeeping.
    record_fields: tuple[str, ...] = ()

    def changes(self) -> dict[str, Any]:
        """Field name -> new value, in the form ``save_edit`` takes."""
        return {name: self.cleaned_data[name] for name in self.record_fields}


class AgreementEditForm(VersionedForm):
    status = forms.ChoiceField(
        label=_("Status"), choices=AgreementStatus.choices, widget=forms.Select(attrs=SELECT)
    )
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs=TEXTAREA))
    record_fields = ("status", "notes")

    @classmethod
    def for_record(cls, agreement: Agreement, **kwargs: Any) -> AgreementEditForm:
        initial = {"version": agreement.version, "status": agreement.status}
        initial["notes"] = agreement.notes
        return cls(initial=initial, prefix="afspraak", **kwargs)


class CommitmentEditForm(VersionedForm):
    """Status, owner, deadline and notes of one commitment.

    The deadline is typed the way letters write it ("najaar 2026", "uiterlijk 1 juli 2026")
    and read with the same Dutch grammar as extraction, relative to the letter's date; when
    the words cannot be read, explicit from/until dates give the interval.
    """

    status = forms.ChoiceField(
        label=_("Status"), choices=AgreementStatus.choices, widget=forms.Select(attrs=SELECT)
    )
    owner = forms.ModelChoiceField(
        label=_("Owner"),
        queryset=Organisation.objects.order_by("kind", "name"),
        required=False,
        empty_label=_("(nobody named)"),
        widget=forms.Select(attrs=SELECT),
    )
    deadline_as_written = optional_text(
        _("Deadline as written"),
        255,
        help_text=_('In words, for example "najaar 2026" or "uiterlijk 1 juli 2026".'),
    )
    deadline_start = forms.DateField(label=_("Deadline from"), required=False, widget=DateInput)
    deadline_end = forms.DateField(label=_("Deadline until"), required=False, widget=DateInput)
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs=TEXTAREA))

    def __init__(
        self,
        *args: Any,
        document_date: dt.date | None = None,
        owner_choices: list[Any] | None = None,
        current: Deadline | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.document_date = document_date
        self.current = current  # the stored deadline, kept as it is when left untouched
        self.deadline: Deadline | None = None
        if owner_choices is not None:  # one query for all the forms of a page, not one each
            self.fields["owner"].choices = owner_choices

    @classmethod
    def for_record(cls, commitment: Commitment, **kwargs: Any) -> CommitmentEditForm:
        initial = {
            "version": commitment.version,
            "status": commitment.status,
            "owner": commitment.owner_id,
            "deadline_as_written": commitment.deadline_as_written,
            "deadline_start": commitment.deadline_start,
            "deadline_end": commitment.deadline_end,
            "notes": commitment.notes,
        }
        return cls(initial=initial, prefix=f"toezegging-{commitment.pk}", **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if "deadline_start" in self.errors or "deadline_end" in self.errors:
            return data
        words = " ".join((data.get("deadline_as_written") or "").split())
        start, end = data.get("deadline_start"), data.get("deadline_end")
        current = self.current
        same_dates = current is not None and (start, end) == (current.start, current.end)
        if current is not None and same_dates and words == current.as_written:
            self.deadline = current  # untouched: kept exactly, precision and all
            return data
        if same_dates and words:
            start = end = None  # new words, dates as they were: the words decide
        if (start is None) != (end is None):
            raise forms.ValidationError(
                _("Give both the from and the until date, or neither."), code="half_interval"
            )
        if start and end and start > end:
            raise forms.ValidationError(
                _("The from date is after the until date."), code="interval_order"
            )
        parsed = self._parse(words) if words else None
        if words and parsed is None and start is None:
            self.add_error(
                "deadline_as_written",
                forms.ValidationError(
                    _(
                        "These words could not be read as a date or period. Write them like "
                        '"najaar 2026" or "1 juli 2026", or give the from and until dates.'
                    ),
                    code="unreadable_deadline",
                ),
            )
            return data
        if start is not None:
            if parsed is not None and (parsed.start, parsed.end) == (start, end):
                precision = parsed.precision  # the dates are what the words say
            else:
                precision = Precision.DAY if start == end else Precision.UNKNOWN
            self.deadline = Deadline(words or _date_words(start, end), start, end, precision)
        elif parsed is not None:
            self.deadline = Deadline(words, parsed.start, parsed.end, parsed.precision)
        else:
            self.deadline = None
        return data

    def _parse(self, words: str) -> Deadline | None:
        """The first date or period in the words, resolved against the letter's date."""
        found = find_deadlines(words, self.document_date)
        return found[0].deadline if found else None

    def changes(self) -> dict[str, Any]:
        deadline = self.deadline
        return {
            "status": self.cleaned_data["status"],
            "owner": self.cleaned_data["owner"],
            "notes": self.cleaned_data["notes"],
            "deadline_as_written": deadline.as_written if deadline else "",
            "deadline_start": deadline.start if deadline else None,
            "deadline_end": deadline.end if deadline else None,
            "deadline_precision": deadline.precision.value if deadline else "",
        }


def owner_choices() -> list[Any]:
    """The owner select's options, grouped by kind of organisation, read once per page."""
    groups: dict[str, list[tuple[int, str]]] = {}
    labels = dict(OrganisationKind.choices)
    for pk, kind, name, abbreviation in Organisation.objects.order_by("kind", "name").values_list(
        "pk", "kind", "name", "abbreviation"
    ):
        label = f"{name} ({abbreviation})" if abbreviation and abbreviation != name else name
        groups.setdefault(str(labels.get(kind, kind)), []).append((pk, label))
    return [("", _("(nobody named)")), *groups.items()]


def _date_words(start: dt.date, end: dt.date) -> str:
    if start == end:
        return start.strftime("%d-%m-%Y")
    return f"{start:%d-%m-%Y} – {end:%d-%m-%Y}"


class SavedFilterForm(forms.Form):
    name = forms.CharField(
        label=_("Name of this selection"),
        max_length=100,
        widget=forms.TextInput(attrs=TEXTBOX),
    )
    query = forms.CharField(max_length=2000, required=False, widget=forms.HiddenInput)


REVIEW_DECISIONS = {
    "bevestigen": ReviewState.CONFIRMED,
    "afwijzen": ReviewState.REJECTED,
}


class ReviewDecisionForm(forms.Form):
    """``besluit=bevestigen`` or ``besluit=afwijzen``, the decisions ``editing.review`` takes."""

    besluit = forms.ChoiceField(choices=[(key, key) for key in REVIEW_DECISIONS])

    def decision(self) -> str:
        return REVIEW_DECISIONS[self.cleaned_data["besluit"]]
