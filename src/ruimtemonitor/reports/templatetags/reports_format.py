import datetime as dt

from django import template

from ruimtemonitor.core.dutch import format_date

register = template.Library()


@register.filter
def dutch_date(value: dt.date | None) -> str:
    return format_date(value) if value else ""


@register.filter
def index(sequence: list, position: int) -> object:
    return sequence[position]


@register.filter
def citation(citations: list, number: int) -> object:
    """The citation numbered ``number`` (1-based, as the letter numbers them)."""
    return citations[int(number) - 1]
