from django.test import override_settings
from django.urls import reverse


def test_home_page_is_the_dutch_dashboard(client, reference_data) -> None:
    response = client.get(reverse("web:home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl">' in html
    assert 'id="te-laat"' in html and 'id="voor-bo"' in html
    assert reverse("web:region_list") in html


def test_region_index_lists_provinces_and_novex_areas(client, reference_data) -> None:
    html = client.get(reverse("web:region_list")).content.decode()
    assert "Provincies" in html and "NOVEX-gebieden" in html
    for name in ("Gelderland", "Fryslân", "Limburg", "Arnhem-Nijmegen-Foodvalley", "Lelylijn"):
        assert name in html
    assert "haven- en industriecluster" in html.lower()
    assert reverse("web:region_detail", args=["provincie-gelderland"]) in html


def test_region_index_before_init_explains_what_to_do(client, db) -> None:
    html = client.get(reverse("web:region_list")).content.decode()
    assert "Voer uit: ruimtemonitor init" in html


@override_settings(PUBLIC_READ=False)
def test_private_register_sends_visitors_to_the_login(client, reference_data) -> None:
    response = client.get(reverse("web:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
