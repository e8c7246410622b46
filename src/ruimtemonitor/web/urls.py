from ruimtemonitor.web.views import (
    agreements,
    dashboard,
    documents,
    funding,
    projects,
    regions,
    review,
)

app_name = "web"
urlpatterns = [
    *dashboard.urlpatterns,
    *agreements.urlpatterns,
    *review.urlpatterns,
    *projects.urlpatterns,
    *documents.urlpatterns,
    *regions.urlpatterns,
    *funding.urlpatterns,
]
