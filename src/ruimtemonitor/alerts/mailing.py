"""Rendering digests as e-mail and sending them, each period once.

The order of events for one subscription is what keeps a digest from going out twice or
getting lost:

1. *claim*: insert a ``DigestDelivery`` row (status ``pending``) in its own transaction.
   The unique constraints on (subscription, period start) and (subscription, period end)
   let only one run claim a period; a run that loses the race skips the subscription.
2. *send*: build and send the message. Nothing about the delivery says "sent" yet.
3. *record*: mark the row ``sent`` (or ``empty``) and move the subscription's
   ``last_sent_until`` to the end of the period, in one transaction.

When sending raises, the row is marked ``failed`` and ``last_sent_until`` stays where it was:
the next run claims the same row again and sends one digest for the whole period since.
A row left ``pending`` by a run that was killed is taken over after ``STALE_AFTER``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ruimtemonitor.alerts.digest import Digest, Item, Kind, build_digest
from ruimtemonitor.alerts.models import DeliveryStatus, DigestDelivery, Frequency, Subscription
from ruimtemonitor.alerts.schedule import covered_week, is_due, period_end

logger = logging.getLogger(__name__)

#: A ``pending`` delivery older than this belongs to a run that died; another run retries it.
STALE_AFTER = dt.timedelta(hours=1)
#: Items listed per section of an e-mail; the rest is counted.
MAX_LISTED = 50


class Outcome(StrEnum):
    SENT = "sent"
    EMPTY = "empty"
    FAILED = "failed"
    SKIPPED = "skipped"  # another run has claimed this period
    NOT_DUE = "not_due"


@dataclass
class RunReport:
    sent: int = 0
    empty: int = 0
    failed: int = 0
    skipped: int = 0
    dry_run: bool = False

    def add(self, outcome: Outcome) -> None:
        if outcome is Outcome.SENT:
            self.sent += 1
        elif outcome is Outcome.EMPTY:
            self.empty += 1
        elif outcome is Outcome.FAILED:
            self.failed += 1
        elif outcome is Outcome.SKIPPED:
            self.skipped += 1

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        if self.dry_run:
            return (
                f"dry run: {self.sent} digests would be sent, {self.empty} empty; "
                "nothing was sent or recorded"
            )
        line = f"{self.sent} digests sent, {self.empty} empty, {self.failed} failed"
        if self.skipped:
            line += f", {self.skipped} skipped (claimed by another run)"
        return line


# -- rendering ----------------------------------------------------------------------------


# Without RUIMTEMONITOR_SITE_URL an e-mail still needs a whole address: the development
# server's (letters, which leave the building, get no links instead).
DEVELOPMENT_URL = "http://127.0.0.1:8000"


def site_url() -> str:
    return settings.SITE_URL or DEVELOPMENT_URL


def absolute(path: str) -> str:
    """A link for an e-mail: the site's public address plus the page's path."""
    return f"{site_url()}{path}" if path else ""


def _kind_label(kind: str) -> str:
    labels = {
        Kind.AGREEMENT: _("Agreement"),
        Kind.COMMITMENT: _("Commitment"),
        Kind.PROJECT: _("Project"),
        Kind.PARLIAMENTARY_ITEM: _("Motion or commitment to parliament"),
        Kind.MILESTONE: _("Milestone"),
    }
    return labels.get(kind, kind)


def _date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = timezone.localtime(value).date()
    return formats.date_format(value, "j F Y")


def _last_day(digest: Digest) -> dt.date:
    return (timezone.localtime(digest.end) - dt.timedelta(microseconds=1)).date()


def _line(item: Item, detail: str) -> dict[str, str]:
    return {
        "kind": _kind_label(item.kind),
        "text": item.text,
        "url": absolute(item.path),
        "detail": detail,
    }


def _deadline_detail(item: Item) -> str:
    until = _("until %(date)s") % {"date": _date(item.when)}
    return f"{item.deadline_as_written} ({until})" if item.deadline_as_written else until


def _sections(digest: Digest) -> list[dict[str, object]]:
    parts = (
        (
            _("New"),
            digest.new,
            lambda item: _("added on %(date)s") % {"date": _date(item.when)},
        ),
        (
            _("Status changes"),
            digest.changes,
            lambda item: f"{item.old_status} → {item.new_status}",
        ),
        (_("Deadlines coming due"), digest.deadlines, _deadline_detail),
    )
    sections = []
    for heading, items, detail in parts:
        if items:
            sections.append(
                {
                    "heading": heading,
                    "count": len(items),
                    "items": [_line(item, detail(item)) for item in items[:MAX_LISTED]],
                    "more": max(0, len(items) - MAX_LISTED),
                }
            )
    return sections


def subject_for(digest: Digest) -> str:
    """E.g. "Ruimtemonitor: 3 new agreements, 2 status changes, 4 deadlines (week 48)"."""
    parts: list[str] = []

    def add(count: int, text: str) -> None:
        if count:
            parts.append(text % {"count": count})

    n = len(digest.new_of(Kind.AGREEMENT))
    add(n, ngettext("%(count)d new agreement", "%(count)d new agreements", n))
    n = len(digest.new_of(Kind.COMMITMENT))
    add(n, ngettext("%(count)d new commitment", "%(count)d new commitments", n))
    n = len(digest.new_of(Kind.PROJECT))
    add(n, ngettext("%(count)d new project", "%(count)d new projects", n))
    n = len(digest.new_of(Kind.PARLIAMENTARY_ITEM))
    add(
        n,
        ngettext(
            "%(count)d new motion or commitment to parliament",
            "%(count)d new motions and commitments to parliament",
            n,
        ),
    )
    n = len(digest.changes)
    add(n, ngettext("%(count)d status change", "%(count)d status changes", n))
    n = len(digest.deadlines)
    add(n, ngettext("%(count)d deadline", "%(count)d deadlines", n))
    if digest.subscription.frequency == Frequency.WEEKLY:
        when = _("week %(week)d") % {"week": covered_week(digest.start, digest.end)}
    else:
        when = _date(_last_day(digest))
    subject = _("Ruimtemonitor: %(counts)s (%(when)s)") % {
        "counts": ", ".join(parts) or _("nothing new"),
        "when": when,
    }
    return " ".join(subject.split())[:255]  # a header: one line, no control characters


def render_digest(digest: Digest) -> tuple[str, str, str]:
    """Subject, plain text and HTML of a digest, in the site's language."""
    subscription = digest.subscription
    with translation.override(settings.LANGUAGE_CODE):
        search_url = ""
        if subscription.target_kind == "query":
            search_url = absolute(f"{reverse('web:agreement_list')}?{subscription.query}")
        context = {
            "subject": subject_for(digest),
            "target": subscription.describe(),
            "frequency": subscription.get_frequency_display(),
            "start": _date(digest.start),
            "end": _date(_last_day(digest)),
            "sections": _sections(digest),
            "search_url": search_url,
            "manage_url": absolute(reverse("web:alert_list")),
            "site_url": site_url(),
        }
        text = render_to_string("alerts/digest.txt", context)
        html = render_to_string("alerts/digest.html", context)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return context["subject"], text, html


def build_message(digest: Digest) -> EmailMultiAlternatives:
    subject, text, html = render_digest(digest)
    manage_url = absolute(reverse("web:alert_list"))
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[digest.subscription.user.email],
        headers={"List-Unsubscribe": f"<{manage_url}>"},
    )
    message.attach_alternative(html, "text/html")
    return message


# -- claiming, sending, recording ---------------------------------------------------------


def claim(
    subscription: Subscription, start: dt.datetime, end: dt.datetime
) -> DigestDelivery | None:
    """The delivery row this run may send for, or None when another run has the period."""
    clock = timezone.now()
    existing = DigestDelivery.objects.filter(subscription=subscription, period_start=start).first()
    if existing is None:
        try:
            with transaction.atomic():
                return DigestDelivery.objects.create(
                    subscription=subscription, period_start=start, period_end=end, claimed_at=clock
                )
        except IntegrityError:
            return None  # another run inserted it first
    stale = existing.status == DeliveryStatus.PENDING and existing.claimed_at < clock - STALE_AFTER
    if existing.status != DeliveryStatus.FAILED and not stale:
        return None  # sent, empty, or being sent right now
    try:
        with transaction.atomic():
            # Conditional on the row being as we read it: of two runs retrying, one wins.
            taken = DigestDelivery.objects.filter(
                pk=existing.pk, status=existing.status, claimed_at=existing.claimed_at
            ).update(
                status=DeliveryStatus.PENDING,
                period_end=max(end, existing.period_end),
                claimed_at=clock,
                attempts=F("attempts") + 1,
                error="",
            )
    except IntegrityError:
        return None
    if not taken:
        return None
    existing.refresh_from_db()
    return existing


def _record(
    delivery: DigestDelivery,
    subscription: Subscription,
    status: str,
    count: int,
    *,
    subject: str = "",
    recipient: str = "",
) -> None:
    with transaction.atomic():
        DigestDelivery.objects.filter(pk=delivery.pk).update(
            status=status,
            item_count=count,
            sent_at=timezone.now() if status == DeliveryStatus.SENT else None,
            subject=subject,
            recipient=recipient,
            error="",
        )
        Subscription.objects.filter(
            Q(last_sent_until__isnull=True) | Q(last_sent_until__lt=delivery.period_end),
            pk=subscription.pk,
        ).update(last_sent_until=delivery.period_end)
    subscription.last_sent_until = delivery.period_end


def _record_failure(delivery: DigestDelivery, error: BaseException) -> None:
    text = f"{type(error).__name__}: {error}"[:2000]
    DigestDelivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, error=text)


def deliver(subscription: Subscription, now: dt.datetime) -> Outcome:
    """Send the subscription's digest for the period that ends at the boundary before ``now``."""
    local_now = timezone.localtime(now)
    start = subscription.period_start
    if not is_due(start, local_now, subscription.frequency):
        return Outcome.NOT_DUE
    end = period_end(local_now, subscription.frequency)
    delivery = claim(subscription, start, end)
    if delivery is None:
        return Outcome.SKIPPED
    try:
        digest = build_digest(subscription, start, delivery.period_end, local_now.date())
        if digest.is_empty:
            _record(delivery, subscription, DeliveryStatus.EMPTY, 0)
            return Outcome.EMPTY
        message = build_message(digest)
        message.send(fail_silently=False)
    except Exception as exc:  # any failure leaves the period for the next run
        logger.exception("digest for subscription %s failed", subscription.pk)
        _record_failure(delivery, exc)
        return Outcome.FAILED
    _record(
        delivery,
        subscription,
        DeliveryStatus.SENT,
        digest.count,
        subject=message.subject,
        recipient=subscription.user.email,
    )
    return Outcome.SENT


def due_subscriptions(now: dt.datetime, frequencies: Iterable[str]) -> QuerySet:
    """Active subscriptions of active users with an address whose next period has ended."""
    local_now = timezone.localtime(now)
    due = Q(pk__in=[])
    for frequency in frequencies:
        end = period_end(local_now, frequency)
        due |= Q(frequency=frequency) & (
            Q(last_sent_until__lt=end) | Q(last_sent_until__isnull=True, created_at__lt=end)
        )
    return (
        Subscription.objects.filter(due, active=True, user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "area", "organisation", "arrangement")
        .order_by("pk")
    )


def send_due_digests(
    now: dt.datetime | None = None,
    frequencies: Sequence[str] | None = None,
    *,
    dry_run: bool = False,
    write: Callable[[str], object] | None = None,
) -> RunReport:
    """Send every digest that is due; with ``dry_run``, only say what would be sent.

    ``write`` receives one line per digest in a dry run and per failure otherwise.
    """
    now = now or timezone.now()
    frequencies = list(frequencies or Frequency.values)
    report = RunReport(dry_run=dry_run)
    say = write or (lambda line: None)
    for subscription in due_subscriptions(now, frequencies):
        recipient = subscription.user.email
        if dry_run:
            local_now = timezone.localtime(now)
            end = period_end(local_now, subscription.frequency)
            digest = build_digest(subscription, subscription.period_start, end, local_now.date())
            if digest.is_empty:
                report.empty += 1
                say(f"{recipient}: {subscription.describe()}: nothing to report")
            else:
                report.sent += 1
                with translation.override(settings.LANGUAGE_CODE):
                    subject = subject_for(digest)
                say(f"{recipient}: {subject}")
            continue
        outcome = deliver(subscription, now)
        report.add(outcome)
        if outcome is Outcome.FAILED:
            say(f"{recipient}: {subscription.describe()}: sending failed, retried on the next run")
    return report
