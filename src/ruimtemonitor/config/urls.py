from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.api.views import ApiRoot

admin.site.site_header = _("Ruimtemonitor management")
admin.site.site_title = _("Ruimtemonitor management")
admin.site.index_title = _("Management")

urlpatterns = [
    path("", include("ruimtemonitor.web.urls")),
    # The API's address without a slash (/core/no-trailing-slash) is its root.
    path("api/v1", ApiRoot.as_view(), name="api-root"),
    path("api/v1/", include("ruimtemonitor.api.urls")),
    path("inloggen", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen", auth_views.LogoutView.as_view(), name="logout"),
    path("beheer/", admin.site.urls),
]
