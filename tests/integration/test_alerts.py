"""Alerts: what a digest contains per subscription, sending each period once, and the page."""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from ruimtemonitor import cli
from ruimtemonitor.accounts.models import Role
from ruimtemonitor.alerts.digest import Kind, build_digest
from ruimtemonitor.alerts.mailing import Outcome, deliver, send_due_digests, site_url
from ruimtemonitor.alerts.models import (
    DeliveryStatus,
    DigestDelivery,
    Frequency,
    Subscription,
    normalise_query,
)
from ruimtemonitor.alerts.schedule import period_end
from ruimtemonitor.common.statuses import AgreementStatus
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import Milestone, MilestoneKind, Project
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment
from ruimtemonitor.web.models import SavedFilter


class FailingBackend(BaseEmailBackend):
    """A mail server that refuses everything."""

    def send_messages(self, email_messages: list) -> int:
        raise ConnectionRefusedError("mail server unreachable")


FAILING_BACKEND = f"{__name__}.FailingBackend"


@pytest.fixture
def user(make_user):
    person = make_user("volger")
    person.email = "volger@example.nl"
    person.save()
    return person


@pytest.fixture
def later() -> dt.datetime:
    """A run a day from now: today's period has ended, whatever the hour."""
    return timezone.now() + dt.timedelta(days=1)


def subscribe(user, frequency: str = Frequency.DAILY, **target) -> Subscription:
    return Subscription.objects.create(
        user=user,
        frequency=frequency,
        created_at=timezone.now() - dt.timedelta(days=2),
        **target,
    )


def digest_for(subscription: Subscription, now: dt.datetime):
    end = timezone.now() + dt.timedelta(minutes=1)
    return build_digest(subscription, subscription.period_start, end, timezone.localdate(now))


def new_agreements(subscription: Subscription, now: dt.datetime) -> set[int]:
    return {item.pk for item in digest_for(subscription, now).new_of(Kind.AGREEMENT)}


def other_arrangement(title: str = "Afsprakenlijst BO MIRT Noord") -> Arrangement:
    return Arrangement.objects.create(kind=ArrangementKind.AFSPRAKENLIJST, title=title, year=2025)


# -- what a digest contains ---------------------------------------------------------------


def test_area_subscription_follows_the_area_and_its_parts(user, reference_data, later) -> None:
    gelderland = Area.objects.get(slug="provincie-gelderland")
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT,
        title="Ruimtelijk Arrangement Gelderland",
        year=2025,
        area=gelderland,
    )
    in_arrangement = Agreement.objects.create(arrangement=arrangement, number="1.1", title="Wonen")
    tagged = Agreement.objects.create(arrangement=other_arrangement(), title="Foodvalley groeit")
    tagged.areas.add(Area.objects.get(slug="gemeente-ede"))  # Ede → Foodvalley → Gelderland

    assert new_agreements(subscribe(user, area=gelderland), later) == {in_arrangement.pk, tagged.pk}
    landsdeel = Area.objects.get(slug="landsdeel-oost")  # Gelderland's parent
    assert new_agreements(subscribe(user, area=landsdeel), later) == {in_arrangement.pk, tagged.pk}
    ede = Area.objects.get(slug="gemeente-ede")
    assert new_agreements(subscribe(user, area=ede), later) == {tagged.pk}
    utrecht = Area.objects.get(slug="provincie-utrecht")
    assert new_agreements(subscribe(user, area=utrecht), later) == set()


def test_area_subscription_includes_projects_of_the_mirt_region(user, reference_data, later):
    oost = Area.objects.get(slug="mirt-oost")
    project = Project.objects.create(name="A1 Apeldoorn–Azelo", slug="a1-apeldoorn-azelo")
    project.mirt_region = oost
    project.save()
    Project.objects.create(name="N33 Midden", slug="n33-midden")

    digest = digest_for(subscribe(user, area=oost), later)
    assert [item.pk for item in digest.new_of(Kind.PROJECT)] == [project.pk]
    assert digest.new_of(Kind.PROJECT)[0].path == reverse(
        "web:project_detail", args=["a1-apeldoorn-azelo"]
    )


def test_organisation_subscription_follows_parties_departments_and_owners(
    user, agreement, later
) -> None:
    """The fixture's arrangement is signed by Gelderland; its agreement names IenW."""
    owned_elsewhere = Agreement.objects.create(arrangement=other_arrangement(), title="Waddenzee")
    ede = Organisation.objects.get(slug="gemeente-ede")
    Commitment.objects.create(agreement=owned_elsewhere, text="Ede onderzoekt", owner=ede)

    gelderland = Organisation.objects.get(slug="provincie-gelderland")
    ienw = Organisation.objects.get(slug="ienw")
    utrecht = Organisation.objects.get(slug="provincie-utrecht")
    assert new_agreements(subscribe(user, organisation=gelderland), later) == {agreement.pk}
    assert new_agreements(subscribe(user, organisation=ienw), later) == {agreement.pk}
    assert new_agreements(subscribe(user, organisation=ede), later) == {owned_elsewhere.pk}
    assert new_agreements(subscribe(user, organisation=utrecht), later) == set()


def test_arrangement_and_query_subscriptions(user, agreement, later) -> None:
    elsewhere = Agreement.objects.create(arrangement=other_arrangement(), title="Luchtvaart")

    by_arrangement = subscribe(user, arrangement=agreement.arrangement)
    assert new_agreements(by_arrangement, later) == {agreement.pk}
    by_other = subscribe(user, arrangement=elsewhere.arrangement)
    assert new_agreements(by_other, later) == {elsewhere.pk}
    assert new_agreements(subscribe(user, query="zoek=water"), later) == {agreement.pk}
    party = subscribe(user, query="partij=provincie-gelderland&status=open")
    assert new_agreements(party, later) == {agreement.pk}
    assert new_agreements(subscribe(user, query="zoek=drinkwaterbedrijf"), later) == set()


def test_new_commitments_of_an_existing_agreement_are_listed(user, agreement, later) -> None:
    subscription = subscribe(user, arrangement=agreement.arrangement)
    Agreement.objects.filter(pk=agreement.pk).update(
        created_at=timezone.now() - dt.timedelta(days=30)
    )
    commitment = Commitment.objects.create(agreement=agreement, text="Het Rijk stelt kaders")

    digest = digest_for(subscription, later)
    assert digest.new_of(Kind.AGREEMENT) == []
    [item] = digest.new_of(Kind.COMMITMENT)
    assert item.pk == commitment.pk
    assert item.path.endswith(f"#toezegging-{commitment.pk}")


def test_status_changes_fold_per_record_and_skip_other_edits(user, agreement, later) -> None:
    subscription = subscribe(user, arrangement=agreement.arrangement)
    other = Agreement.objects.create(arrangement=other_arrangement(), title="Luchtvaart")
    other_subscription = subscribe(user, arrangement=other.arrangement)
    for status in (AgreementStatus.IN_PROGRESS, AgreementStatus.DONE):
        agreement.status = status
        agreement.save()
    agreement.title = "Water en bodem sturend (herzien)"
    agreement.save()  # not a status change
    other.status = AgreementStatus.IN_PROGRESS
    other.save()
    other.status = AgreementStatus.OPEN
    other.save()  # and back: nothing changed over the period

    commitment = Commitment.objects.create(agreement=agreement, text="Kaart gereed")
    commitment.status = AgreementStatus.POSTPONED
    commitment.save()

    changes = digest_for(subscription, later).changes
    assert [(change.kind, change.pk) for change in changes] == [
        (Kind.AGREEMENT, agreement.pk),
        (Kind.COMMITMENT, commitment.pk),
    ]
    assert (changes[0].old_status, changes[0].new_status) == (
        AgreementStatus.OPEN.label,
        AgreementStatus.DONE.label,
    )
    assert changes[0].text == "2.1 Water en bodem sturend"  # as at its last status change
    assert changes[1].new_status == AgreementStatus.POSTPONED.label
    assert changes[1].path.endswith(f"/afspraken/{agreement.pk}#toezegging-{commitment.pk}")
    assert digest_for(other_subscription, later).changes == []


def test_status_changes_before_the_period_are_not_repeated(user, agreement, later) -> None:
    agreement.status = AgreementStatus.IN_PROGRESS
    agreement.save()
    subscription = subscribe(user, arrangement=agreement.arrangement)
    subscription.last_sent_until = timezone.now() + dt.timedelta(seconds=1)
    subscription.save()
    end = timezone.now() + dt.timedelta(minutes=1)
    digest = build_digest(subscription, subscription.period_start, end, timezone.localdate())
    assert digest.changes == []


def test_deadlines_coming_due_follow_frequency_and_status(user, agreement, later) -> None:
    today = timezone.localdate(later)
    soon = Commitment.objects.create(
        agreement=agreement,
        text="Kaart gereed",
        deadline_as_written="binnenkort",
        deadline_start=today,
        deadline_end=today + dt.timedelta(days=5),
    )
    month = Commitment.objects.create(
        agreement=agreement,
        text="Rapport",
        deadline_start=today,
        deadline_end=today + dt.timedelta(days=20),
    )
    Commitment.objects.create(
        agreement=agreement,
        text="Al gedaan",
        status=AgreementStatus.DONE,
        deadline_start=today,
        deadline_end=today + dt.timedelta(days=3),
    )
    Commitment.objects.create(
        agreement=agreement,
        text="Verlopen",
        deadline_start=today - dt.timedelta(days=9),
        deadline_end=today - dt.timedelta(days=1),
    )
    project = Project.objects.create(name="N18", slug="n18")
    project.parties.add(Organisation.objects.get(slug="provincie-gelderland"))
    milestone = Milestone.objects.create(
        project=project,
        kind=MilestoneKind.PROJECT,
        deadline_start=today,
        deadline_end=today + dt.timedelta(days=10),
    )

    daily = subscribe(user, frequency=Frequency.DAILY, arrangement=agreement.arrangement)
    weekly = subscribe(
        user, frequency=Frequency.WEEKLY, organisation=Organisation.objects.get(slug="ienw")
    )
    province = subscribe(user, organisation=Organisation.objects.get(slug="provincie-gelderland"))
    unrelated = subscribe(user, arrangement=other_arrangement())

    assert [i.pk for i in digest_for(daily, later).deadlines] == [soon.pk]
    assert digest_for(daily, later).deadlines[0].deadline_as_written == "binnenkort"
    assert [i.pk for i in digest_for(weekly, later).deadlines] == [soon.pk, month.pk]
    assert [(i.kind, i.pk) for i in digest_for(province, later).deadlines] == [
        (Kind.COMMITMENT, soon.pk),
        (Kind.MILESTONE, milestone.pk),
    ]
    assert digest_for(unrelated, later).deadlines == []


# -- sending ------------------------------------------------------------------------------


def test_command_sends_each_period_once(user, agreement, later, capsys) -> None:
    subscribe(user, arrangement=agreement.arrangement)
    now = later.isoformat()
    assert send_digests(capsys, "--now", now) == (0, "1 digests sent, 0 empty, 0 failed")
    assert send_digests(capsys, "--now", now) == (0, "0 digests sent, 0 empty, 0 failed")

    assert len(mail.outbox) == 1
    [delivery] = DigestDelivery.objects.all()
    assert delivery.status == DeliveryStatus.SENT
    assert delivery.item_count == 1
    assert delivery.recipient == "volger@example.nl"
    assert delivery.sent_at is not None
    subscription = delivery.subscription
    assert subscription.last_sent_until == delivery.period_end
    assert timezone.localtime(delivery.period_end).time() == dt.time(0, 0)


def test_overlapping_runs_send_once(user, agreement, later) -> None:
    subscribe(user, arrangement=agreement.arrangement)
    # Both runs read the subscription before either has sent: each holds a stale copy.
    first_run = Subscription.objects.get()
    second_run = Subscription.objects.get()

    assert deliver(first_run, later) is Outcome.SENT
    assert deliver(second_run, later) is Outcome.SKIPPED
    assert send_due_digests(later).sent == 0
    assert len(mail.outbox) == 1
    assert DigestDelivery.objects.count() == 1


def test_a_period_being_sent_by_another_run_is_left_alone(user, agreement, later) -> None:
    subscription = subscribe(user, arrangement=agreement.arrangement)
    DigestDelivery.objects.create(
        subscription=subscription,
        period_start=subscription.period_start,
        period_end=later,
        status=DeliveryStatus.PENDING,
    )
    report = send_due_digests(later)
    assert (report.sent, report.skipped, report.failed) == (0, 1, 0)
    assert mail.outbox == []


def test_the_log_refuses_a_second_claim_on_a_period(user, agreement, later) -> None:
    subscription = subscribe(user, arrangement=agreement.arrangement)
    start, end = subscription.period_start, later
    DigestDelivery.objects.create(subscription=subscription, period_start=start, period_end=end)
    for other in (
        {"period_start": start, "period_end": end + dt.timedelta(days=1)},
        {"period_start": start + dt.timedelta(seconds=1), "period_end": end},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            DigestDelivery.objects.create(subscription=subscription, **other)


def test_a_failed_send_is_retried_on_the_next_run(user, agreement, later, settings, capsys) -> None:
    subscribe(user, arrangement=agreement.arrangement)
    settings.EMAIL_BACKEND = FAILING_BACKEND
    now = later.isoformat()
    assert send_digests(capsys, "--now", now) == (1, "0 digests sent, 0 empty, 1 failed")
    delivery = DigestDelivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED
    assert "mail server unreachable" in delivery.error
    assert delivery.sent_at is None
    assert Subscription.objects.get().last_sent_until is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    report = send_due_digests(later + dt.timedelta(days=1))
    assert (report.sent, report.failed) == (1, 0)
    assert len(mail.outbox) == 1
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT
    assert delivery.attempts == 2
    assert delivery.error == ""
    # The retry covers the whole time since the last digest, up to the new boundary.
    assert Subscription.objects.get().last_sent_until == delivery.period_end
    assert DigestDelivery.objects.count() == 1


def test_dry_run_sends_and_records_nothing(user, agreement, later, capsys) -> None:
    subscribe(user, arrangement=agreement.arrangement)
    code = cli.main(["digests", "send", "--dry-run", "--now", later.isoformat()])
    out = capsys.readouterr().out
    assert code == 0
    assert "volger@example.nl: Ruimtemonitor:" in out
    assert "1 digests would be sent" in out
    assert mail.outbox == []
    assert DigestDelivery.objects.count() == 0
    assert Subscription.objects.get().last_sent_until is None


def test_empty_digest_is_not_sent_but_advances(user, agreement, later) -> None:
    subscription = subscribe(user, arrangement=other_arrangement())
    report = send_due_digests(later)
    assert report.summary() == "0 digests sent, 1 empty, 0 failed"
    assert mail.outbox == []
    delivery = DigestDelivery.objects.get()
    assert (delivery.status, delivery.item_count) == (DeliveryStatus.EMPTY, 0)
    subscription.refresh_from_db()
    assert subscription.last_sent_until == delivery.period_end


def test_due_rules_per_frequency_and_user(user, make_user, agreement, later) -> None:
    weekly = subscribe(user, frequency=Frequency.WEEKLY, arrangement=agreement.arrangement)
    paused = subscribe(user, organisation=Organisation.objects.get(slug="ienw"))
    paused.active = False
    paused.save()
    no_address = make_user("zonder-adres")
    subscribe(no_address, arrangement=agreement.arrangement)

    assert send_due_digests(later, [Frequency.DAILY]).summary() == (
        "0 digests sent, 0 empty, 0 failed"
    )
    # A week on, the weekly digest's period (up to Monday midnight) has ended.
    next_week = later + dt.timedelta(days=7)
    report = send_due_digests(next_week, [Frequency.WEEKLY])
    assert report.sent == 1
    [message] = mail.outbox
    assert message.to == ["volger@example.nl"]
    end = period_end(timezone.localtime(next_week), Frequency.WEEKLY)
    assert end.weekday() == 0
    weekly.refresh_from_db()
    assert weekly.last_sent_until == end
    week = (end - dt.timedelta(days=1)).isocalendar().week
    assert message.subject.endswith(f"(week {week})")


def test_mail_links_and_escapes_document_text(user, agreement, later) -> None:
    agreement.title = '<script>alert("x")</script> & meer'
    agreement.save()
    subscribe(user, arrangement=agreement.arrangement)
    send_due_digests(later)

    [message] = mail.outbox
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp; meer" in html
    assert '<script>alert("x")</script> & meer' in message.body  # plain text stays plain
    detail = site_url() + reverse("web:agreement_detail", args=[agreement.pk])
    manage = site_url() + reverse("web:alert_list")
    assert detail in message.body and f'href="{detail}"' in html
    assert manage in message.body and f'href="{manage}"' in html
    assert message.extra_headers["List-Unsubscribe"] == f"<{manage}>"
    assert message.subject.startswith("Ruimtemonitor: ")
    assert "\n" not in message.subject


def send_digests(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """``ruimtemonitor digests send ARGS`` in this process: the exit status and the summary."""
    code = cli.main(["digests", "send", *args])
    return code, capsys.readouterr().out.strip().splitlines()[-1]


def test_cli_reads_a_moment_without_offset_as_dutch_time(user, agreement, later, capsys) -> None:
    subscribe(user, arrangement=agreement.arrangement)
    naive = timezone.localtime(later).replace(tzinfo=None).isoformat()
    assert send_digests(capsys, "--now", naive) == (0, "1 digests sent, 0 empty, 0 failed")
    with pytest.raises(SystemExit):
        cli.main(["digests", "send", "--now", "gisteren"])
    assert "not an ISO date" in capsys.readouterr().err


def test_cli_digests_send(user, agreement, later, capsys, settings) -> None:
    subscribe(user, arrangement=agreement.arrangement)
    assert cli.main(["digests", "send", "--dry-run", "--now", later.isoformat()]) == 0
    assert "1 digests would be sent" in capsys.readouterr().out
    settings.EMAIL_BACKEND = FAILING_BACKEND
    assert cli.main(["digests", "send", "--frequency", "daily", "--now", later.isoformat()]) == 1
    assert "0 digests sent, 0 empty, 1 failed" in capsys.readouterr().out
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert cli.main(["digests", "send", "--now", later.isoformat()]) == 0
    assert len(mail.outbox) == 1


# -- the model ----------------------------------------------------------------------------


def test_exactly_one_target_is_enforced_by_the_database(user, agreement) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscription.objects.create(user=user)
    with pytest.raises(IntegrityError), transaction.atomic():
        Subscription.objects.create(
            user=user, arrangement=agreement.arrangement, query="zoek=water"
        )


def test_queries_are_validated_and_normalised(reference_data) -> None:
    assert (
        normalise_query("?provincie=provincie-gelderland&zoek=+drinkwater+&pagina=3&sorteer=titel")
        == "provincie=provincie-gelderland&zoek=drinkwater"
    )
    assert normalise_query("jaar=2025&deadlineVan=2026-01-01") == "deadlineVan=2026-01-01&jaar=2025"
    for bad in ("", "pagina=2", "jaar=twee", "status=onbekend"):
        with pytest.raises(ValidationError):
            normalise_query(bad)


# -- the page -----------------------------------------------------------------------------


def test_page_requires_login(client) -> None:
    response = client.get("/meldingen")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_page_creates_lists_pauses_and_deletes(client, user, agreement) -> None:
    client.force_login(user)
    gelderland = Area.objects.get(slug="provincie-gelderland")
    response = client.post(
        reverse("web:alert_create"),
        {"volg": "gebied", "gebied": gelderland.pk, "frequentie": Frequency.DAILY},
    )
    assert response.status_code == 302
    subscription = Subscription.objects.get(user=user)
    assert (subscription.area, subscription.frequency) == (gelderland, Frequency.DAILY)

    page = client.get(reverse("web:alert_list"))
    assert page.status_code == 200
    assert gelderland.name in page.content.decode()
    assert 'scope="col"' in page.content.decode()

    client.post(reverse("web:alert_toggle", args=[subscription.pk]))
    subscription.refresh_from_db()
    assert subscription.active is False

    response = client.post(reverse("web:alert_delete", args=[subscription.pk]))
    assert response.status_code == 302
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


def test_the_agreements_list_links_its_selection_to_the_alert_form(client, user, agreement) -> None:
    client.force_login(user)
    listing = client.get(reverse("web:agreement_list"), {"zoek": "water"}).content.decode()
    link = re.search(r'href="(/meldingen/nieuw\?query=[^"]+)"', listing)
    assert link is not None, "the list offers to follow its selection"
    form = client.get(html.unescape(link.group(1))).content.decode()
    assert 'value="zoek=water"' in form
    assert re.search(r'name="volg" value="zoekopdracht"[^>]*checked', form)


def test_page_takes_over_the_search_of_the_agreements_list(client, user, reference_data) -> None:
    client.force_login(user)
    query = "zoek=drinkwater&provincie=provincie-gelderland&pagina=2"
    form = client.get(reverse("web:alert_create") + "?" + urlencode({"query": query}))
    html = form.content.decode()
    assert 'value="provincie=provincie-gelderland&amp;zoek=drinkwater"' in html
    assert "drinkwater" in html and "csrfmiddlewaretoken" in html
    for name in ("gebied", "organisatie", "arrangement", "zoekopdracht"):
        assert f'for="id_{name}"' in html

    client.post(
        reverse("web:alert_create"),
        {"volg": "zoekopdracht", "zoekopdracht": query, "frequentie": Frequency.WEEKLY},
    )
    assert Subscription.objects.get(user=user).query == (
        "provincie=provincie-gelderland&zoek=drinkwater"
    )
    again = client.post(
        reverse("web:alert_create"),
        {"volg": "zoekopdracht", "zoekopdracht": query, "frequentie": Frequency.DAILY},
    )
    assert again.status_code == 200  # already followed: the form comes back with the error
    assert Subscription.objects.filter(user=user).count() == 1


def test_page_follows_a_saved_selection(client, user, reference_data) -> None:
    client.force_login(user)
    form = client.get(reverse("web:alert_create")).content.decode()
    assert 'value="selectie"' not in form  # nothing saved yet: no such choice
    saved = SavedFilter.objects.create(
        user=user, name="Drinkwater", query="zoek=drinkwater&sorteer=titel"
    )
    form = client.get(reverse("web:alert_create")).content.decode()
    assert 'value="selectie"' in form and "Drinkwater" in form

    response = client.post(
        reverse("web:alert_create"),
        {"volg": "selectie", "selectie": saved.pk, "frequentie": Frequency.WEEKLY},
    )
    assert response.status_code == 302
    assert Subscription.objects.get(user=user).query == "zoek=drinkwater"


def test_page_refuses_invalid_choices(client, user, reference_data) -> None:
    client.force_login(user)
    for data in (
        {"volg": "zoekopdracht", "zoekopdracht": "jaar=twee", "frequentie": "daily"},
        {"volg": "gebied", "gebied": "", "frequentie": "daily"},
        {"volg": "gebied", "gebied": "999999", "frequentie": "daily"},
    ):
        response = client.post(reverse("web:alert_create"), data)
        assert response.status_code == 200
        assert 'aria-invalid="true"' in response.content.decode()
    assert not Subscription.objects.exists()


def test_page_refuses_other_users_subscriptions(client, user, make_user, agreement) -> None:
    theirs = subscribe(make_user("ander", role=Role.EDITOR), arrangement=agreement.arrangement)
    client.force_login(user)
    assert client.post(reverse("web:alert_delete", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("web:alert_toggle", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("web:alert_delete", args=[theirs.pk])).status_code == 405
    theirs.refresh_from_db()
    assert theirs.active is True
    assert agreement.arrangement.title not in client.get(reverse("web:alert_list")).content.decode()
