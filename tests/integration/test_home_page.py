from django.test import override_settings
from django.urls import reverse


def test_home_page_is_dutch_and_lists_provinces_and_novex_areas(client, reference_data) -> None:
    response = client.get(reverse("web:home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl">' in html
    assert "Provincies" in html and "NOVEX-gebieden" in html
    for name in ("Gelderland", "Fryslân", "Limburg", "Arnhem-Nijmegen-Foodvalley", "Lelylijn"):
        assert name in html
    assert "haven- en industriecluster" in html.lower()


def test_home_page_before_init_explains_what_to_do(client, db) -> None:
    html = client.get(reverse("web:home")).content.decode()
    assert "Voer uit: ruimtemonitor init" in html


@override_settings(PUBLIC_READ=False)
def test_private_register_sends_visitors_to_the_login(client, reference_data) -> None:
    response = client.get(reverse("web:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
