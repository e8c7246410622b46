"""The facet panel's cache: keyed by the register version, which database triggers change on
every committed write to what the facets count (register.version), so a cached panel never
shows counts the register no longer has.

These tests commit (``transaction=True``): the version changes at commit on PostgreSQL, and
nothing is cached inside a transaction.
"""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ruimtemonitor.organisations.models import Area, AreaReach, Organisation
from ruimtemonitor.register import version
from ruimtemonitor.register.facets import build_facets, facets_for
from ruimtemonitor.register.models import Agreement, Arrangement, ArrangementKind, Commitment

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def register(reference_data) -> dict[str, object]:
    gelderland = Area.objects.get(slug="provincie-gelderland")
    arrangement = Arrangement.objects.create(
        kind=ArrangementKind.RUIMTELIJK_ARRANGEMENT, title="Arrangement Gelderland", year=2025
    )
    arrangement.area = gelderland
    arrangement.save()
    first = Agreement.objects.create(arrangement=arrangement, number="1.1", title="Water")
    second = Agreement.objects.create(arrangement=arrangement, number="1.2", title="Wonen")
    cache.clear()
    return {"arrangement": arrangement, "first": first, "second": second}


def counts(facets: list, param: str) -> dict[str, int]:
    facet = next(f for f in facets if f.param == param)
    return {value.value: value.count for value in facet.values}


def panel(client, query: str = "") -> str:
    """The facet panel's HTML (a cached panel is not rendered again, so it has no context)."""
    response = client.get(reverse("web:agreement_facets") + (f"?{query}" if query else ""))
    assert response.status_code == 200
    return response.content.decode()


def shown(html: str, param: str) -> dict[str, int]:
    """The values and counts the panel shows for one facet (unchosen values: their links)."""
    section = re.search(rf'aria-labelledby="facet-{param}">(.*?)</section>', html, re.S)
    assert section, param
    found = re.findall(
        rf'href="[^"]*[?&;]{param}=([^"&]+)[^"]*">[^<]*<span class="facet__count">\((\d+)\)',
        section.group(1),
    )
    return {value: int(count) for value, count in found}


def test_every_watched_table_has_its_trigger(register) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = %s",
                [version.TRIGGER],
            )
            found = {row[0] for row in cursor.fetchall()}
        else:
            cursor.execute(
                "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE %s",
                [f"{version.TRIGGER}_%"],
            )
            found = {row[0] for row in cursor.fetchall()}
    assert found == set(version.watched_tables())


@pytest.mark.parametrize(
    "write",
    [
        "agreement update()",
        "commitment created",
        "area linked",
        "party linked",
        "reach changed",
        "organisation renamed",
        "agreement deleted",
    ],
)
def test_each_kind_of_write_changes_the_version(register, write) -> None:
    before = version.current()
    assert before
    first: Agreement = register["first"]  # type: ignore[assignment]
    if write == "agreement update()":
        Agreement.objects.filter(pk=first.pk).update(status="afgerond")
    elif write == "commitment created":
        Commitment.objects.create(agreement=first, position=1, text="Doen")
    elif write == "area linked":
        first.areas.add(Area.objects.get(slug="gemeente-ede"))
    elif write == "party linked":
        first.parties.add(Organisation.objects.get(slug="rws"))
    elif write == "reach changed":
        AreaReach.objects.filter(part__slug="gemeente-ede").delete()
    elif write == "organisation renamed":
        Organisation.objects.filter(slug="rws").update(name="Rijkswaterstaat (RWS)")
    else:
        first.delete()
    assert version.current() not in {None, before}


def test_a_rolled_back_write_leaves_the_version(register) -> None:
    before = version.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        Agreement.objects.filter(pk=register["first"].pk).update(status="afgerond")  # type: ignore[union-attr]
        raise RuntimeError
    assert version.current() == before


def test_a_panel_is_served_from_the_cache_until_the_register_changes(client, register) -> None:
    assert shown(panel(client), "status") == {"open": 2}
    with CaptureQueriesContext(connection) as again:
        assert shown(panel(client), "status") == {"open": 2}
    # Only the version is read: nothing is counted again.
    assert sum("register_version" in q["sql"] for q in again.captured_queries) == 1
    assert not any("GROUP BY" in q["sql"] for q in again.captured_queries)

    Agreement.objects.filter(pk=register["second"].pk).update(status="afgerond")  # type: ignore[union-attr]
    assert shown(panel(client), "status") == {"open": 1, "afgerond": 1}

    register["first"].areas.add(Area.objects.get(slug="gemeente-ede"))  # type: ignore[union-attr]
    areas = shown(panel(client), "gebied")
    assert areas == counts(build_facets(QueryDict()), "gebied")
    assert "gemeente-ede" in areas


def test_the_same_selection_in_another_order_shares_the_cached_panel(client, register) -> None:
    panel(client, "status=open&zoek=water&sorteer=titel")
    with CaptureQueriesContext(connection) as again:
        panel(client, "zoek=water&status=open&pagina=2")
    assert not any("GROUP BY" in q["sql"] for q in again.captured_queries)


def test_nothing_is_cached_inside_a_transaction(register) -> None:
    with transaction.atomic():
        assert counts(facets_for(QueryDict()), "status") == {"open": 2}
        Agreement.objects.filter(pk=register["first"].pk).update(status="afgerond")  # type: ignore[union-attr]
        assert counts(facets_for(QueryDict()), "status") == {"open": 1, "afgerond": 1}
    assert counts(facets_for(QueryDict()), "status") == {"open": 1, "afgerond": 1}


def test_the_cache_can_be_switched_off(client, register, settings) -> None:
    settings.FACET_CACHE = False
    settings.FACET_INDEX = False
    panel(client)
    with CaptureQueriesContext(connection) as again:
        panel(client)
    assert not any("register_version" in q["sql"] for q in again.captured_queries)
    assert any("GROUP BY" in q["sql"] for q in again.captured_queries)


def test_the_facet_index_is_kept_until_the_register_changes(client, register) -> None:
    """A panel not seen before reads only the version and the ids of its bases while the
    register is unchanged; a write makes the next panel count the new state."""
    from ruimtemonitor.register import facet_index

    facet_index.forget()
    assert counts(facets_for(QueryDict()), "status") == {"open": 2}
    kept = facet_index.current_index()
    assert kept is not None and kept.token == version.current()
    with CaptureQueriesContext(connection) as again:
        assert counts(facets_for(QueryDict("status=open")), "status") == {"open": 2}
    assert not any("GROUP BY" in q["sql"] for q in again.captured_queries)
    assert not any("register_agreement_areas" in q["sql"] for q in again.captured_queries)
    Agreement.objects.filter(pk=register["second"].pk).update(status="afgerond")  # type: ignore[union-attr]
    assert counts(facets_for(QueryDict()), "status") == {"open": 1, "afgerond": 1}
    assert facet_index.current_index() is not kept


def test_the_facet_index_keeps_its_numbers_out_of_the_garbage_collector(register) -> None:
    """One signature per agreement and kind, in arrays whose numbers the collector does not
    walk (a list of 100,000 numbers per kind made every full collection visit each one)."""
    import gc

    from ruimtemonitor.register import facet_index

    facet_index.forget()
    facets_for(QueryDict())
    index = facet_index.current_index()
    assert index is not None
    assert set(index.signatures) == set(facet_index.KINDS)
    for kind, numbers in index.signatures.items():
        assert len(numbers) == Agreement.objects.count(), kind
        assert len(gc.get_referents(numbers)) <= 1, kind  # at most its type, never its items
        assert max(numbers) < len(index.keys[kind]), kind


def test_an_empty_id_list_counts_nothing_and_is_not_a_query(register) -> None:
    """``pk__in=[]`` selects nothing, and Django builds no SQL for it (EmptyResultSet): the
    kept total, the paginator's count and a facet base over such a selection answer 0
    without a statement, and every facet count is empty."""
    from django.core.paginator import Paginator

    from ruimtemonitor.register import facet_index
    from ruimtemonitor.register.versioned import VersionedCount, total

    for empty in (Agreement.objects.filter(pk__in=[]), Agreement.objects.none()):
        with CaptureQueriesContext(connection) as read:
            assert total(empty) == 0
            assert Paginator(VersionedCount(empty), 25).count == 0
        assert not read.captured_queries
    assert total(Agreement.objects.filter(pk__in=[register["first"].pk])) == 1  # type: ignore[union-attr]
    index = facet_index.current_index()
    assert index is not None
    base = facet_index.IndexedBase(index, Agreement.objects.filter(pk__in=[]))
    assert base.positions == [] and not base.total("status") and not base.areas()
    # The SQL engine (``RUIMTEMONITOR_FACET_INDEX=false``) over the same empty selection.
    from ruimtemonitor.register.facet_sql import FACET_PARAMS, Base, References

    sql = Base(Agreement.objects.filter(pk__in=[]), FACET_PARAMS, References())
    assert not sql.total("status") and not sql.areas() and not sql.parties()
    assert not sql.departments() and not sql.documents() and not sql.chapters()


def test_the_list_rows_are_kept_until_the_register_changes(client, register) -> None:
    """The table of the Afspraken page is rendered once per register version, language and
    query string; a page asked for again reads no agreement or commitment, and any write
    (the title of an agreement, a commitment's deadline) shows on the next request."""
    url = reverse("web:agreement_list")
    first = client.get(url).content.decode()
    assert "Wonen" in first and "rm-status--open" in first
    with CaptureQueriesContext(connection) as again:
        assert client.get(url).content.decode() == first
    read = " ".join(q["sql"] for q in again.captured_queries)
    assert "register_commitment" not in read and "register_agreement_departments" not in read

    Agreement.objects.filter(pk=register["second"].pk).update(  # type: ignore[union-attr]
        title="Wonen en werken", status="afgerond"
    )
    changed = client.get(url).content.decode()
    assert "Wonen en werken" in changed and "rm-status--afgerond" in changed
    Commitment.objects.create(
        agreement=register["first"], position=1, text="Doen", deadline_as_written="eind 2027"
    )
    assert "eind 2027" in client.get(url).content.decode()
    # Another page, order or language is kept apart.
    assert "Wonen en werken" in client.get(url + "?sorteer=-titel").content.decode()
