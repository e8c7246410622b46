"""Two editors save the same record at the same moment: one wins, the other hears that
someone else was first (412 in the API, the conflict message on the page); never a 500
"database is locked", which SQLite gave before its transactions took the write lock at
their start (issue 12, item 5). Runs on PostgreSQL as well."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from rest_framework.test import APIClient

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common import editing

pytestmark = pytest.mark.django_db(transaction=True)


def race(monkeypatch, saves: list[Callable[[], int]]) -> list[int]:
    """Run the saves in threads that meet inside ``save_edit``'s transaction, after it read
    the record: the moment a deferred SQLite transaction would have to upgrade its read
    lock. When the database makes the second writer wait at the start of its transaction
    instead, the meeting is called off after a while and both go on in turn."""
    meeting = threading.Barrier(len(saves), timeout=2)
    original = editing.can_edit

    def can_edit_after_meeting(user, record) -> bool:
        with contextlib.suppress(threading.BrokenBarrierError):
            meeting.wait()
        return original(user, record)

    monkeypatch.setattr(editing, "can_edit", can_edit_after_meeting)
    results: list[int] = [0] * len(saves)

    def run(index: int) -> None:
        try:
            results[index] = saves[index]()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(saves))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_two_simultaneous_api_saves_give_200_and_412(monkeypatch, agreement, make_user) -> None:
    editors = [make_user(name, role=Role.ADMINISTRATOR) for name in ("anna", "bram")]
    path = f"/api/v1/afspraken/{agreement.pk}"

    def save(user, notes: str) -> Callable[[], int]:
        def send() -> int:
            api = APIClient()
            api.force_authenticate(user)
            body = {"aantekeningen": notes}
            return api.patch(path, body, format="json", HTTP_IF_MATCH='"1"').status_code

        return send

    results = race(monkeypatch, [save(editors[0], "van Anna"), save(editors[1], "van Bram")])
    assert sorted(results) == [200, 412]
    agreement.refresh_from_db()
    assert agreement.version == 2 and agreement.notes in {"van Anna", "van Bram"}


def test_two_simultaneous_page_saves_give_one_conflict_message(
    monkeypatch, agreement, make_user
) -> None:
    editors = [make_user(name, role=Role.ADMINISTRATOR) for name in ("anna", "bram")]
    url = f"/afspraken/{agreement.pk}/bewerken"
    bodies: dict[int, str] = {}

    def save(user, notes: str) -> Callable[[], int]:
        def send() -> int:
            client = Client()
            client.force_login(user)
            data = {
                "afspraak-version": 1,
                "afspraak-status": agreement.status,
                "afspraak-notes": notes,
                "afspraak-reason": "",
            }
            response = client.post(url, data)
            bodies[response.status_code] = response.content.decode()
            return response.status_code

        return send

    results = race(monkeypatch, [save(editors[0], "van Anna"), save(editors[1], "van Bram")])
    assert sorted(results) == [302, 409]
    assert "Iemand anders heeft dit item gewijzigd" in bodies[409]
    agreement.refresh_from_db()
    assert agreement.version == 2
