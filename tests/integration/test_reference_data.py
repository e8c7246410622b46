from ruimtemonitor.organisations.models import Area, AreaKind, Organisation
from ruimtemonitor.organisations.services import load_reference_data


def test_loading_twice_leaves_one_copy_and_reports_nothing_changed(db) -> None:
    first = load_reference_data()
    second = load_reference_data()
    assert first.created > 0 and first.updated == 0
    assert second.created == 0 and second.updated == 0 and second.unchanged == first.created
    assert Organisation.objects.filter(kind="provincie").count() == 12


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
