"""What users follow (``Subscription``) and the log of digests sent for it (``DigestDelivery``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.register.filters import AgreementFilter, filter_names
from ruimtemonitor.register.models import Agreement

#: The four things a subscription can follow; exactly one is set.
TARGET_FIELDS = ("area", "organisation", "arrangement", "query")
#: Filter parameters that do not change which agreements are selected.
IGNORED_PARAMETERS = frozenset({"sorteer"})
QUERY_MAX_LENGTH = 2000


class Frequency(models.TextChoices):
    DAILY = "daily", _("daily")
    WEEKLY = "weekly", _("weekly")


def _target_set(field: str) -> models.Q:
    return ~models.Q(query="") if field == "query" else models.Q(**{f"{field}__isnull": False})


def _exactly_one_target() -> models.Q:
    condition = models.Q()
    for chosen in TARGET_FIELDS:
        only = _target_set(chosen)
        for other in TARGET_FIELDS:
            if other != chosen:
                only &= ~_target_set(other)
        condition |= only
    return condition


def _filter_value(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return str(int(value))
    return str(value).strip()


def normalise_query(text: str) -> str:
    """The Afspraken filters in ``text`` as one canonical query string, or ValidationError.

    Only ``AgreementFilter`` parameters are kept (one value each, sorted, sort order and
    paging dropped), so the same selection typed twice is stored the same way.
    """
    data = QueryDict(text.strip().lstrip("?"))
    picked = {
        name: data.get(name, "").strip()
        for name in filter_names()
        if name not in IGNORED_PARAMETERS
    }
    picked = {name: value for name, value in picked.items() if value}
    if not picked:
        raise ValidationError(_("The search has no filters: it would follow every agreement."))
    filterset = AgreementFilter(
        data=QueryDict(urlencode(picked)), queryset=Agreement.objects.none()
    )
    form = filterset.form
    if not form.is_valid():
        problems = [
            f"{form.fields[name].label}: {error}" if name in form.fields else str(error)
            for name, errors in form.errors.items()
            for error in errors
        ]
        raise ValidationError(problems)
    normalised = urlencode(
        {name: _filter_value(form.cleaned_data[name]) for name in sorted(picked)}
    )
    if len(normalised) > QUERY_MAX_LENGTH:
        raise ValidationError(_("The search is too long."))
    return normalised


class Subscription(models.Model):
    """One thing a user follows, and how often they want to hear about it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    area = models.ForeignKey(
        "organisations.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    arrangement = models.ForeignKey(
        "register.Arrangement",
        verbose_name=_("arrangement"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    query = models.CharField(
        _("search"),
        max_length=QUERY_MAX_LENGTH,
        blank=True,
        help_text=_("Filters of the agreements list, e.g. zoek=drinkwater&provincie=…"),
    )
    frequency = models.CharField(
        _("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # The end of the period the last digest covered; the next digest starts here.
    last_sent_until = models.DateTimeField(_("last digest covered until"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["user", "created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=_exactly_one_target(), name="subscription_exactly_one_target"
            ),
            *(
                models.UniqueConstraint(
                    fields=["user", field],
                    condition=_target_set(field),
                    name=f"subscription_unique_{field}_per_user",
                )
                for field in TARGET_FIELDS
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.describe()}"

    @property
    def target_kind(self) -> str:
        """``area``, ``organisation``, ``arrangement`` or ``query``; empty when none is set."""
        return next(iter(self._targets_set()), "")

    def _targets_set(self) -> list[str]:
        """The target fields that hold a value, in ``TARGET_FIELDS`` order (one, when valid)."""
        return [
            field
            for field in TARGET_FIELDS
            if (self.query if field == "query" else getattr(self, f"{field}_id"))
        ]

    @property
    def period_start(self) -> dt.datetime:
        """Where the next digest starts: after the last one, or when the subscription began."""
        return self.last_sent_until or self.created_at

    def query_parameters(self) -> list[tuple[str, str]]:
        """The search's filters as (label, value) pairs, for people rather than machines."""
        data = QueryDict(self.query)
        labels = {name: f.label for name, f in AgreementFilter.base_filters.items()}
        return [(str(labels.get(name, name)), data.get(name, "")) for name in data]

    def describe(self) -> str:
        kind = self.target_kind
        if kind == "query":
            words = "; ".join(f"{label}: {value}" for label, value in self.query_parameters())
            return str(_("Search: %(filters)s")) % {"filters": words}
        if kind:
            target = getattr(self, kind)
            return f"{self._meta.get_field(kind).verbose_name.capitalize()}: {target}"
        return str(_("nothing"))

    def clean(self) -> None:
        if self.query:
            try:
                self.query = normalise_query(self.query)
            except ValidationError as exc:
                raise ValidationError({"query": exc.messages}) from exc
        if len(self._targets_set()) != 1:
            raise ValidationError(
                _("Follow exactly one thing: an area, an organisation, an arrangement or a search.")
            )


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("being sent")
    SENT = "sent", _("sent")
    EMPTY = "empty", _("nothing to report")
    FAILED = "failed", _("failed, retried on the next run")


class DigestDelivery(models.Model):
    """One digest period of one subscription: claimed before sending, marked after.

    The unique constraints make a period claimable once, whichever run gets there first;
    a row only says ``sent`` after the mail server accepted the message.
    """

    subscription = models.ForeignKey(
        Subscription,
        verbose_name=_("subscription"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    period_start = models.DateTimeField(_("period from"))
    period_end = models.DateTimeField(_("period until"))
    status = models.CharField(
        _("status"), max_length=8, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    item_count = models.PositiveIntegerField(_("number of items"), default=0)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=1)
    claimed_at = models.DateTimeField(_("last attempt started at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    recipient = models.EmailField(_("recipient"), blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        ordering = ["-period_end", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "period_end"], name="digest_delivery_unique_period_end"
            ),
            # Two runs that read the same "last sent until" claim the same start: one wins,
            # even when their clocks put the end of the period on different days.
            models.UniqueConstraint(
                fields=["subscription", "period_start"], name="digest_delivery_unique_period_start"
            ),
            models.CheckConstraint(
                condition=models.Q(period_start__lt=models.F("period_end")),
                name="digest_delivery_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subscription_id} {self.period_start:%Y-%m-%d}–{self.period_end:%Y-%m-%d}"
