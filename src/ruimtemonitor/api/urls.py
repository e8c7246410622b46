"""Routes of ``/api/v1/``: plural Dutch nouns, kebab-case, no trailing slashes
(/core/naming-resources, /core/path-segments-kebab-case, /core/no-trailing-slash)."""

from django.urls import path, re_path, register_converter

from ruimtemonitor.api import views


class IdConverter:
    """A record id: digits that fit the database's integers, so a huge number is a 404
    problem from the catch-all route rather than a database error."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(IdConverter, "id")

app_name = "api"
urlpatterns = [
    path("", views.ApiRootWithSlash.as_view(), name="root"),
    path("openapi.json", views.OpenApiDocument.as_view(), name="openapi"),
    path("afspraken", views.AgreementList.as_view(), name="agreement-list"),
    path("afspraken/<id:pk>", views.AgreementDetail.as_view(), name="agreement-detail"),
    path(
        "afspraken/<id:pk>/beoordeling",
        views.AgreementReview.as_view(),
        name="agreement-review",
    ),
    path("toezeggingen", views.CommitmentList.as_view(), name="commitment-list"),
    path("toezeggingen/<id:pk>", views.CommitmentDetail.as_view(), name="commitment-detail"),
    path(
        "toezeggingen/<id:pk>/beoordeling",
        views.CommitmentReview.as_view(),
        name="commitment-review",
    ),
    path("projecten", views.ProjectList.as_view(), name="project-list"),
    path("projecten/<id:pk>", views.ProjectDetail.as_view(), name="project-detail"),
    path("documenten", views.DocumentList.as_view(), name="document-list"),
    path("documenten/<id:pk>", views.DocumentDetail.as_view(), name="document-detail"),
    path("organisaties", views.OrganisationList.as_view(), name="organisation-list"),
    path("organisaties/<id:pk>", views.OrganisationDetail.as_view(), name="organisation-detail"),
    path("gebieden", views.AreaList.as_view(), name="area-list"),
    path("gebieden/<id:pk>", views.AreaDetail.as_view(), name="area-detail"),
    path("financieringsrondes", views.FundingRoundList.as_view(), name="funding-round-list"),
    path(
        "financieringsrondes/<id:pk>",
        views.FundingRoundDetail.as_view(),
        name="funding-round-detail",
    ),
    # [\s\S], not ".": a line break in the path (/documenten/1%0A) ends here as well
    re_path(r"^[\s\S]*$", views.NotFound.as_view(), name="not-found"),
]
