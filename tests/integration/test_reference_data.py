from ruimtemonitor.organisations.models import Area, AreaKind, Organisation
from ruimtemonitor.organisations.services import load_reference_data


def test_loading_twice_leaves_one_copy_and_reports_nothing_changed(db) -> None:
    first = load_reference_data()
    second = load_reference_data()
    assert first.created > 0 and first.updated == 0
    assert second.created == 0 and second.updated == 0 and second.unchanged == first.created
    assert Organisation.objects.filter(kind="provincie").count() == 12
    assert Organisation.objects.filter(kind="gemeente").count() == 342
    assert Area.objects.filter(kind="gemeente").count() == 342


def test_every_municipality_lies_in_a_province_and_foodvalley_spans_two(reference_data) -> None:
    assert not Area.objects.filter(kind=AreaKind.MUNICIPALITY, parent=None).exists()
    assert Area.objects.get(slug="provincie-gelderland").children.count() == 51
    assert Area.objects.get(slug="provincie-utrecht").children.count() == 26
    members = Area.objects.get(slug="regio-foodvalley").members.order_by("name")
    assert [(a.name, a.parent.name) for a in members] == [
        ("Barneveld", "Gelderland"),
        ("Ede", "Gelderland"),
        ("Nijkerk", "Gelderland"),
        ("Renswoude", "Utrecht"),
        ("Rhenen", "Utrecht"),
        ("Scherpenzeel", "Gelderland"),
        ("Veenendaal", "Utrecht"),
        ("Wageningen", "Gelderland"),
    ]


def test_reloading_keeps_memberships_made_in_the_register(reference_data) -> None:
    """A partnership added by hand or by an import survives ``init``; shipped ones come back."""
    zwolle = Area.objects.get(slug="gemeente-zwolle")
    regio = Area.objects.create(slug="regio-zwolle", kind=AreaKind.REGION, name="Regio Zwolle")
    zwolle.member_of.add(regio)
    ede = Area.objects.get(slug="gemeente-ede")
    ede.member_of.clear()
    load_reference_data()
    assert list(zwolle.member_of.values_list("slug", flat=True)) == ["regio-zwolle"]
    assert list(ede.member_of.values_list("slug", flat=True)) == ["regio-foodvalley"]


def test_a_municipality_imported_under_another_slug_takes_the_shipped_one(db) -> None:
    """Registers that imported "Den Haag" before the full list shipped keep one record."""
    Organisation.objects.create(
        slug="gemeente-den-haag", kind="gemeente", name="Den Haag", cbs_code="GM0518"
    )
    load_reference_data()
    den_haag = Organisation.objects.get(cbs_code="GM0518")
    assert (den_haag.slug, den_haag.name) == ("gemeente-s-gravenhage", "Gemeente 's-Gravenhage")


def test_provinces_link_to_their_landsdeel_and_authority(reference_data) -> None:
    gelderland = Area.objects.get(slug="provincie-gelderland")
    assert gelderland.parent.slug == "landsdeel-oost"
    assert gelderland.authority.cbs_code == "PV25"
    assert gelderland.authority.tooi_uri.endswith("/provincie/pv25")


def test_a_changed_reference_value_is_restored_and_recorded(reference_data) -> None:
    ienw = Organisation.objects.get(slug="ienw")
    ienw.name = "Verkeerd"
    ienw.save()
    report = load_reference_data()
    ienw.refresh_from_db()
    assert report.updated == 1
    assert ienw.name == "Ministerie van Infrastructuur en Waterstaat"
    assert ienw.history.count() == 3  # created, edited, restored


def test_novex_areas_and_housing_areas_are_loaded(reference_data) -> None:
    assert Area.objects.filter(kind=AreaKind.NOVEX).count() == 15
    assert Area.objects.filter(kind=AreaKind.HOUSING, housing_programme="nieuw_2025").count() == 4


def test_names_shared_with_a_municipality_keep_their_meaning_in_the_directory(
    reference_data,
) -> None:
    from ruimtemonitor.ingestion.lookups import Directory

    directory = Directory.current()
    assert directory.organisation("Utrecht").slug == "provincie-utrecht"
    assert directory.organisation("gemeente Utrecht").slug == "gemeente-utrecht"
    assert directory.area("Groningen").slug == "provincie-groningen"
    assert directory.area("Alkmaar").slug == "woningbouw-alkmaar"
    assert directory.area("Den Haag").slug == "gemeente-s-gravenhage"
    assert directory.organisation_in("Gemeente Veenendaal").slug == "gemeente-veenendaal"
