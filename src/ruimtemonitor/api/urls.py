"""Routes of ``/api/v1/``: plural Dutch nouns, kebab-case, no trailing slashes
(/core/naming-resources, /core/path-segments-kebab-case, /core/no-trailing-slash)."""

from django.urls import URLPattern, path, re_path, register_converter

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


def resource(
    route: str, name: str, listing: type, detail: type, review: type | None = None
) -> list[URLPattern]:
    """A collection, its members by id and, for reviewable records, a member's review."""
    routes = [
        path(route, listing.as_view(), name=f"{name}-list"),
        path(f"{route}/<id:pk>", detail.as_view(), name=f"{name}-detail"),
    ]
    if review is not None:
        routes.append(path(f"{route}/<id:pk>/beoordeling", review.as_view(), name=f"{name}-review"))
    return routes


app_name = "api"
urlpatterns = [
    path("", views.ApiRootWithSlash.as_view(), name="root"),
    path("openapi.json", views.OpenApiDocument.as_view(), name="openapi"),
    *resource(
        "afspraken", "agreement", views.AgreementList, views.AgreementDetail, views.AgreementReview
    ),
    *resource(
        "toezeggingen",
        "commitment",
        views.CommitmentList,
        views.CommitmentDetail,
        views.CommitmentReview,
    ),
    *resource("projecten", "project", views.ProjectList, views.ProjectDetail),
    *resource("documenten", "document", views.DocumentList, views.DocumentDetail),
    *resource("organisaties", "organisation", views.OrganisationList, views.OrganisationDetail),
    *resource("gebieden", "area", views.AreaList, views.AreaDetail),
    *resource(
        "financieringsrondes", "funding-round", views.FundingRoundList, views.FundingRoundDetail
    ),
    # [\s\S], not ".": a line break in the path (/documenten/1%0A) ends here as well
    re_path(r"^[\s\S]*$", views.NotFound.as_view(), name="not-found"),
]
