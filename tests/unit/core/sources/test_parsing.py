"""Reading the published formats: OData JSON of the Gegevensmagazijn, SRU XML of KOOP."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ruimtemonitor.core.sources import bekendmakingen, tweedekamer
from ruimtemonitor.core.sources.http import SourceError
from ruimtemonitor.core.sources.records import kst_id, parse_moment
from ruimtemonitor.core.sources.testing import commitment, motion

URL = "https://example.test/OData/v4/2.0/Zaak"


def page(*records: dict, next_link: str | None = None) -> bytes:
    payload: dict = {"value": list(records)}
    if next_link:
        payload["@odata.nextLink"] = next_link
    return json.dumps(payload).encode()


def test_a_motion_reads_its_kamerstuk_submitters_and_latest_decision() -> None:
    record = motion(
        "m1",
        dossier=36600,
        suffix="A",
        number=63,
        modified="2025-03-12T10:00:00Z",
        decision="Aangenomen.",
        members=("Veltman", "Grinwis"),
    )
    record["Besluit"].insert(
        0, {"BesluitTekst": "Aangehouden.", "GewijzigdOp": "2025-02-01T00:00:00Z"}
    )
    record["Besluit"].append({"BesluitTekst": "Verworpen.", "Verwijderd": True})
    result = tweedekamer.parse_page(URL, page(record, next_link=URL + "?$skip=250"), "motions")
    [item] = result.items
    assert item.kamerstuk == "kst-36600-A-63"
    assert item.status == "aangenomen"  # the latest decision that was not withdrawn
    assert item.fields["indieners"] == ["Veltman", "Grinwis"]
    assert item.date == dt.date(2025, 3, 11)
    assert result.next_url == URL + "?$skip=250"


def test_a_motion_without_suffix_and_a_deleted_one() -> None:
    record = motion(
        "m2", dossier=32847, suffix=None, number=1100, modified="2025-01-01T00:00:00Z", deleted=True
    )
    [item] = tweedekamer.parse_page(URL, page(record), "motions").items
    assert item.kamerstuk == "kst-32847-1100" and item.deleted


def test_a_commitment_reads_its_status_and_a_cited_kamerstuk() -> None:
    record = commitment(
        "t1",
        text="Zie Kamerstuk 36 600-A, nr. 70.",
        modified="2025-09-01T08:00:00Z",
        status="Deels  voldaan",
    )
    [item] = tweedekamer.parse_page(URL, page(record), "commitments").items
    assert (item.kind, item.status, item.kamerstuk) == (
        "toezegging",
        "deels voldaan",
        "kst-36600-A-70",
    )


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<html>", "not JSON"),
        (b'{"error": {"message": "bad"}}', "no list of records"),
        (page({"Id": "x"}), "record 1 cannot be read"),
        (page({"Id": "x", "GewijzigdOp": "gisteren"}), "record 1 cannot be read"),
        (json.dumps({"value": [], "@odata.nextLink": 5}).encode(), "not an address"),
    ],
)
def test_broken_odata_is_one_error_naming_the_address(body: bytes, problem: str) -> None:
    with pytest.raises(SourceError) as error:
        tweedekamer.parse_page(URL, body, "motions")
    assert error.value.url == URL and problem in error.value.problem


def test_queries_filter_on_change_time_and_dossier() -> None:
    path, params = tweedekamer.build_query(
        "motions", since=dt.date(2025, 1, 1), dossiers=["36600", "34682"]
    )
    assert path == "Zaak"
    assert params["$filter"] == (
        "Soort eq 'Motie' and Kamerstukdossier/any(d:d/Nummer eq 36600 or d/Nummer eq 34682) "
        "and GewijzigdOp ge 2025-01-01T00:00:00Z"
    )
    assert params["$orderby"] == "GewijzigdOp,Id"
    _path, params = tweedekamer.build_query(
        "documents", dossiers=["36600"], extra_filter="contains(Onderwerp,'MIRT')"
    )
    assert params["$filter"] == (
        "Kamerstukdossier/any(d:d/Nummer eq 36600) and (contains(Onderwerp,'MIRT'))"
    )
    _path, params = tweedekamer.build_query(
        "commitments", ministries=["Infrastructuur en Waterstaat"], extra_filter="x eq 1"
    )
    assert params["$filter"] == "(Ministerie eq 'Infrastructuur en Waterstaat')"


SRU = b"""<?xml version="1.0"?>
<searchRetrieveResponse xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse">
  <numberOfRecords>2</numberOfRecords>
  <records><record><recordData>
    <g:gzd xmlns:g="http://standaarden.overheid.nl/sru" xmlns:dc="http://purl.org/dc/terms/"
           xmlns:ow="http://standaarden.overheid.nl/wetgeving/">
      <g:originalData><ow:meta>
        <dc:identifier>kst-36600-A-16</dc:identifier><dc:title>Vaststelling begroting</dc:title>
        <dc:modified>2025-06-30T09:00:00</dc:modified><dc:available>2025-06-30</dc:available>
        <ow:dossiernummer>36600-A</ow:dossiernummer><ow:ondernummer>16</ow:ondernummer>
      </ow:meta></g:originalData>
      <g:enrichedData>
        <g:itemUrl manifestation="xml">https://repository.overheid.nl/a.xml</g:itemUrl>
        <g:itemUrl manifestation="pdf">https://repository.overheid.nl/a.pdf</g:itemUrl>
      </g:enrichedData>
    </g:gzd>
  </recordData></record></records>
  <nextRecordPosition>2</nextRecordPosition>
</searchRetrieveResponse>"""


def test_sru_records_whatever_the_prefixes() -> None:
    result = bekendmakingen.parse_page("https://example.test/sru", SRU)
    [item] = result.items
    assert item.external_id == item.kamerstuk == "kst-36600-A-16"
    assert (item.file_type, item.file_url) == ("pdf", "https://repository.overheid.nl/a.pdf")
    assert item.date == dt.date(2025, 6, 30) and item.modified == "2025-06-30T09:00:00"
    assert result.total == 2 and result.next_url == "2"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<searchRetrieveResponse><records>", "not XML"),
        (b"<explainResponse/>", "expected a searchRetrieveResponse"),
        (SRU.replace(b"<dc:identifier>kst-36600-A-16</dc:identifier>", b""), "identifier"),
        (SRU.replace(b">2</nextRecordPosition", b">twee</nextRecordPosition"), "not a number"),
    ],
)
def test_broken_sru_is_one_error_naming_the_address(body: bytes, problem: str) -> None:
    with pytest.raises(SourceError) as error:
        bekendmakingen.parse_page("https://example.test/sru?x=1", body)
    assert error.value.url == "https://example.test/sru?x=1" and problem in error.value.problem


def test_sru_query_in_cql() -> None:
    _path, params = bekendmakingen.build_query(
        since=dt.date(2025, 6, 1), dossiers=["36600"], extra_cql='dt.title any "MIRT"'
    )
    assert params["query"] == (
        "c.product-area==officielepublicaties AND w.publicatienaam==Kamerstuk AND "
        '(w.dossiernummer==36600) AND dt.modified>=2025-06-01 AND (dt.title any "MIRT") '
        "sortBy dt.modified/sort.ascending"
    )
    assert params["x-connection"] == "oep" and params["version"] == "2.0"


def test_identifiers_and_moments() -> None:
    assert kst_id(36600, "a", 63) == "kst-36600-A-63"
    assert kst_id("32 847", None, 1100) == "kst-32847-1100"
    assert kst_id(None, None, 5) == ""
    assert parse_moment("2025-03-12T10:00:00+01:00") == parse_moment("2025-03-12T09:00:00Z")
    assert parse_moment("2025-03-12").tzinfo is not None
