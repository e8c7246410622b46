from ruimtemonitor.web.views import (
    agreements,
    alerts,
    arrangements,
    dashboard,
    documents,
    funding,
    letters,
    projects,
    regions,
    review,
    sources,
)

app_name = "web"
urlpatterns = [
    *dashboard.urlpatterns,
    *agreements.urlpatterns,
    *review.urlpatterns,
    *projects.urlpatterns,
    *documents.urlpatterns,
    *regions.urlpatterns,
    *letters.urlpatterns,
    *funding.urlpatterns,
    *alerts.urlpatterns,
    *arrangements.urlpatterns,
    *sources.urlpatterns,
]
