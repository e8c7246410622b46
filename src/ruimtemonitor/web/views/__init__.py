"""One module per page family; each exposes ``urlpatterns`` that ``web.urls`` joins."""
