"""How amounts and deadlines read on every page: Dutch notation, as the letters write them."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ruimtemonitor.common.statuses import ReviewState

register = template.Library()


def _dutch_number(value: Decimal | float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


@register.filter
def euro(value: Decimal | float | int | None) -> str:
    """€ 2,5 mld / € 310 mln / € 20.000: short units from a million up, as the letters do."""
    if value is None or value == "":
        return "–"
    amount = Decimal(str(value))
    size = abs(amount)
    billions = amount / Decimal(10) ** 9
    # "€ 2,5 mld" when that is exact to two decimals; "€ 1.145 mln" (not "1,14 mld") otherwise.
    if size >= Decimal(10) ** 9 and billions == round(billions, 2):
        unit = _("bn")
        return f"€ {_dutch_number(billions, 2).rstrip('0').rstrip(',')} {unit}"
    if size >= Decimal(10) ** 6:
        unit = _("mln")
        millions = amount / Decimal(10) ** 6
        return f"€ {_dutch_number(millions, 1).rstrip('0').rstrip(',')} {unit}"
    return f"€ {_dutch_number(amount, 0)}"


@register.filter
def deadline_text(record: object) -> str:
    """The deadline as written, else its end date; a dash when there is none."""
    as_written = getattr(record, "deadline_as_written", "")
    end = getattr(record, "deadline_end", None)
    if as_written:
        return as_written
    return end.strftime("%d-%m-%Y") if end else "–"


# The reasons the application writes into the history, as codes; a person's own words (the
# reason field of the edit forms) are shown as typed.
CHANGE_REASONS = {
    "ingest": gettext_lazy("read from the letter"),
    "edit": gettext_lazy("edited"),
    "edit via API": gettext_lazy("edited through the API"),
    "lineage": gettext_lazy("comparison of the generations"),
    "new at the source": gettext_lazy("new at the source"),
    "changed at the source": gettext_lazy("changed at the source"),
    "deleted at the source": gettext_lazy("deleted at the source"),
    "letter in the register": gettext_lazy("letter in the register"),
    "linked to the register": gettext_lazy("linked to the register"),
}


@register.filter
def change_reason(reason: str) -> str:
    """A history reason in words: "(reden: ingelezen uit de brief)", not "(reden: ingest)"."""
    if reason in CHANGE_REASONS:
        return str(CHANGE_REASONS[reason])
    if reason.startswith("review: "):
        decision = reason.removeprefix("review: ")
        label = dict(ReviewState.choices).get(decision, decision)
        return _("review: %(decision)s") % {"decision": label}
    if reason.startswith("source: "):
        return _("source: %(source)s") % {"source": reason.removeprefix("source: ")}
    return reason
