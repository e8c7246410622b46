"""Meldingen: what a user follows and how often they hear about it.

A user follows an area, an organisation, an arrangement or a search of the Afspraken list
(typed, one of their saved selections, or handed over by the list page as
``/meldingen/nieuw?query=<the list's query string>``). The digests themselves are sent by
``ruimtemonitor digests send``; this page only keeps the subscriptions. A user sees and changes
only their own: someone else's subscription answers 404, as if it did not exist.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from ruimtemonitor.alerts.models import Frequency, Subscription, normalise_query
from ruimtemonitor.organisations.models import Area, AreaKind, Organisation, OrganisationKind
from ruimtemonitor.register.models import Arrangement
from ruimtemonitor.web.models import SavedFilter

SELECT = {"class": "utrecht-select"}
TEXTBOX = {"class": "utrecht-textbox"}
RADIO = {"class": "utrecht-radio-button"}

FOLLOW_CHOICES = [
    ("gebied", gettext_lazy("an area")),
    ("organisatie", gettext_lazy("an organisation")),
    ("arrangement", gettext_lazy("an arrangement")),
    ("selectie", gettext_lazy("one of my saved selections of agreements")),
    ("zoekopdracht", gettext_lazy("a search of agreements")),
]


def _grouped(rows: list[tuple[str, int, str]], labels: dict[str, str]) -> list[Any]:
    """Select choices with one ``<optgroup>`` per kind, in the order the rows come."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for kind, pk, name in rows:
        groups.setdefault(kind, []).append((str(pk), name))
    return [("", "—"), *((str(labels.get(kind, kind)), items) for kind, items in groups.items())]


class SubscriptionForm(forms.Form):
    """Which one thing to follow and how often; the fields of the other choices are ignored."""

    volg = forms.ChoiceField(
        label=gettext_lazy("What do you want to follow?"),
        choices=FOLLOW_CHOICES,
        widget=forms.RadioSelect(attrs=RADIO),
    )
    gebied = forms.ChoiceField(
        label=gettext_lazy("Area"), required=False, widget=forms.Select(attrs=SELECT)
    )
    organisatie = forms.ChoiceField(
        label=gettext_lazy("Organisation"), required=False, widget=forms.Select(attrs=SELECT)
    )
    arrangement = forms.ChoiceField(
        label=gettext_lazy("Arrangement"), required=False, widget=forms.Select(attrs=SELECT)
    )
    selectie = forms.ChoiceField(
        label=gettext_lazy("Saved selection"), required=False, widget=forms.Select(attrs=SELECT)
    )
    zoekopdracht = forms.CharField(
        label=gettext_lazy("Search"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs=TEXTBOX),
        help_text=gettext_lazy(
            "The filters of the agreements list as in its address, for example "
            "zoek=drinkwater&provincie=provincie-gelderland."
        ),
    )
    frequentie = forms.ChoiceField(
        label=gettext_lazy("How often?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect(attrs=RADIO),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["gebied"].choices = _grouped(
            list(Area.objects.order_by("kind", "name").values_list("kind", "pk", "name")),
            dict(AreaKind.choices),
        )
        self.fields["organisatie"].choices = _grouped(
            list(Organisation.objects.order_by("kind", "name").values_list("kind", "pk", "name")),
            dict(OrganisationKind.choices),
        )
        arrangements = Arrangement.objects.order_by("-year", "title").values_list(
            "year", "pk", "title"
        )
        self.fields["arrangement"].choices = _grouped(
            [(str(year), pk, title) for year, pk, title in arrangements], {}
        )
        self.saved = {
            str(saved.pk): saved
            for saved in SavedFilter.objects.filter(user=user, page="agreement_list")
        }
        if self.saved:
            self.fields["selectie"].choices = [
                ("", "—"),
                *((pk, saved.name) for pk, saved in self.saved.items()),
            ]
        else:  # nothing saved: offering the choice would only lead to an error
            del self.fields["selectie"]
            self.fields["volg"].choices = [c for c in FOLLOW_CHOICES if c[0] != "selectie"]

    def _target(self, follow: str) -> dict[str, Any]:
        """The subscription's target field and value for the chosen kind, or a field error."""
        value = self.cleaned_data.get(follow)
        if not value:
            raise ValidationError({follow: _("Choose what to follow.")})
        records = {"gebied": Area, "organisatie": Organisation, "arrangement": Arrangement}
        if follow in records:
            record = records[follow].objects.filter(pk=value).first()
            if record is None:
                raise ValidationError({follow: _("This no longer exists; choose again.")})
            field = {"gebied": "area", "organisatie": "organisation"}.get(follow, follow)
            return {field: record}
        text = self.saved[value].query if follow == "selectie" else value
        try:
            return {"query": normalise_query(text)}
        except ValidationError as exc:
            raise ValidationError({follow: exc.messages}) from exc

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        follow = cleaned.get("volg")
        if not follow:
            return cleaned
        target = self._target(follow)
        if Subscription.objects.filter(user=self.user, **target).exists():
            raise ValidationError(_("You already follow this."))
        self.target = target
        return cleaned

    def save(self) -> Subscription:
        subscription = Subscription(
            user=self.user, frequency=self.cleaned_data["frequentie"], **self.target
        )
        subscription.full_clean()
        subscription.save()
        return subscription


@login_required
def alert_list(request: HttpRequest) -> HttpResponse:
    subscriptions = (
        Subscription.objects.filter(user=request.user)
        .select_related("area", "organisation", "arrangement")
        .order_by("created_at", "pk")
    )
    rows = [
        {
            "subscription": subscription,
            "description": subscription.describe(),
            # The period ends at a midnight; people read the last day it included.
            "covered_until": (
                timezone.localtime(subscription.last_sent_until - dt.timedelta(microseconds=1))
                if subscription.last_sent_until
                else None
            ),
            "search_url": (
                f"{reverse('web:agreement_list')}?{subscription.query}"
                if subscription.query
                else ""
            ),
        }
        for subscription in subscriptions
    ]
    return render(
        request,
        "web/alerts/list.html",
        {"rows": rows, "has_email": bool(request.user.email)},
    )


@login_required
def alert_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = SubscriptionForm(request.POST, user=request.user)
        if form.is_valid():
            subscription = form.save()
            messages.success(
                request, _("Subscription added: “%(what)s”.") % {"what": subscription.describe()}
            )
            return redirect("web:alert_list")
        preview: list[tuple[str, str]] = []
    else:
        # The Afspraken list hands over its selection as ?query=<its query string>.
        query = request.GET.get("query") or request.GET.get("zoekopdracht") or ""
        preview = []
        if query:
            try:
                query = normalise_query(query)
                preview = Subscription(query=query).query_parameters()
            except ValidationError:
                pass  # shown as typed; saving explains what is wrong with it
        initial = {"volg": "zoekopdracht", "zoekopdracht": query} if query else {}
        form = SubscriptionForm(initial=initial, user=request.user)
    return render(
        request,
        "web/alerts/new.html",
        {"form": form, "preview": preview, "has_email": bool(request.user.email)},
    )


@login_required
@require_POST
def alert_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = get_object_or_404(Subscription, pk=pk, user=request.user)
    subscription.active = not subscription.active
    subscription.save(update_fields=["active"])
    if subscription.active:
        text = _("Subscription resumed: “%(what)s”.")
    else:
        text = _("Subscription paused: “%(what)s”.")
    messages.success(request, text % {"what": subscription.describe()})
    return redirect("web:alert_list")


@login_required
@require_POST
def alert_delete(request: HttpRequest, pk: int) -> HttpResponse:
    subscription = get_object_or_404(Subscription, pk=pk, user=request.user)
    what = subscription.describe()
    subscription.delete()
    messages.success(request, _("Subscription deleted: “%(what)s”.") % {"what": what})
    return redirect("web:alert_list")


urlpatterns = [
    path("meldingen", alert_list, name="alert_list"),
    path("meldingen/nieuw", alert_create, name="alert_create"),
    path("meldingen/<int:pk>/pauzeren", alert_toggle, name="alert_toggle"),
    path("meldingen/<int:pk>/verwijderen", alert_delete, name="alert_delete"),
]
