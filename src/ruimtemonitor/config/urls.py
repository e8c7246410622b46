from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from ruimtemonitor.accounts.throttling import ThrottledLoginView

urlpatterns = [
    path("", include("ruimtemonitor.web.urls")),
    path("api/v1/", include("ruimtemonitor.api.urls")),
    path("inloggen", ThrottledLoginView.as_view(), name="login"),
    path("uitloggen", auth_views.LogoutView.as_view(), name="logout"),
    path("beheer/", admin.site.urls),
]
