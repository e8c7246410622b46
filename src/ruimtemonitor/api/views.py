"""The resources of ``/api/v1/``: thin views over the register's models and services.

Each collection reads its records in a fixed number of queries whatever the page size
(select_related/prefetch_related); each change goes through ``common.editing`` so the
API and the pages share permissions, history and optimistic locking.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, permissions
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ruimtemonitor.api import filters
from ruimtemonitor.api.base import ApiView, CollectionView, RecordView
from ruimtemonitor.api.problems import ConflictError
from ruimtemonitor.api.schema import generate
from ruimtemonitor.api.serializers.documents import DocumentDetailSerializer, DocumentSerializer
from ruimtemonitor.api.serializers.funding import (
    FundingRoundDetailSerializer,
    FundingRoundSerializer,
)
from ruimtemonitor.api.serializers.organisations import AreaSerializer, OrganisationSerializer
from ruimtemonitor.api.serializers.projects import ProjectSerializer
from ruimtemonitor.api.serializers.register import (
    AgreementChangeSerializer,
    AgreementSerializer,
    ChangeSerializer,
    CommitmentChangeSerializer,
    CommitmentSerializer,
    ReviewSerializer,
)
from ruimtemonitor.common.editing import EditConflictError, review, save_edit
from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.documents.models import Document, Mention, Passage
from ruimtemonitor.funding.models import FundingRound
from ruimtemonitor.organisations.models import Area, Organisation
from ruimtemonitor.projects.models import MoneyLine, Project
from ruimtemonitor.register.models import Agreement, Arrangement, Commitment
from ruimtemonitor.register.versioned import versioned

EDIT_REASON = "edit via API"


def agreements() -> QuerySet:
    return Agreement.objects.select_related(
        "arrangement", "arrangement__area", "source_passage"
    ).prefetch_related(
        "departments",
        "parties",
        "areas",
        Prefetch(
            "commitments",
            queryset=Commitment.objects.select_related("owner").order_by("position", "pk"),
        ),
    )


def agreement_rows() -> QuerySet:
    """``agreements()`` reading only what the list shows: no search text, and of the
    related records only the columns their summaries name (a page of 20 agreements reads
    about 60 commitments and 100 organisations and areas)."""
    return (
        agreements()
        .prefetch_related(None)
        .only(
            *(
                field.name
                for field in Agreement._meta.concrete_fields
                if field.name != "search_document"
            ),
            *(
                f"arrangement__{name}"
                for name in ("kind", "title", "year", "generation", "area", "document")
            ),
            "arrangement__area__slug",
            *(f"source_passage__{name}" for name in ("document", "start", "end", "page", "line")),
        )
        .prefetch_related(
            Prefetch(
                "departments", queryset=Organisation.objects.only("pk", "name", "abbreviation")
            ),
            Prefetch("parties", queryset=Organisation.objects.only("pk", "slug", "name")),
            Prefetch("areas", queryset=Area.objects.only("pk", "slug", "name", "kind")),
            Prefetch(
                "commitments",
                queryset=Commitment.objects.select_related("owner")
                .only(
                    "pk",
                    "agreement_id",
                    "position",
                    "text",
                    "owner__slug",
                    "owner_as_written",
                    "deadline_as_written",
                    "deadline_start",
                    "deadline_end",
                    "deadline_precision",
                    "status",
                )
                .order_by("position", "pk"),
            ),
        )
    )


def commitments() -> QuerySet:
    return Commitment.objects.select_related("owner", "source_passage")


def projects() -> QuerySet:
    return (
        Project.objects.select_related("mirt_region", "source_passage")
        .prefetch_related(
            "areas",
            "parties",
            "milestones",
            Prefetch("money_lines", queryset=MoneyLine.objects.select_related("party")),
        )
        .order_by("name", "pk")
    )


class EditableRecordView(RecordView):
    """PATCH with ``If-Match``, through ``save_edit``."""

    versioned = True
    request_serializer_class: type[ChangeSerializer]

    def patch(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.check_query()
        record = self.get_object()  # 404, then 403 when the user may not edit it
        change = self.request_serializer_class(data=request.data)
        version = self.required_version(record, change)  # 428, then 400, then 412
        saved = save_edit(
            record, change.changes(), version=version, user=request.user, reason=EDIT_REASON
        )
        return self.record_response(self.get_queryset().get(pk=saved.pk))


class ReviewView(ApiView):
    """POST a decision on a proposed record: confirm or reject it, as the review queue does."""

    versioned = True
    request_serializer_class = ReviewSerializer

    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.check_query()
        record = self.get_object()
        decision = ReviewSerializer(data=request.data)
        version = self.required_version(record, decision)  # 428, then 400, then 412
        model = type(record)
        with transaction.atomic():
            current = model.objects.select_for_update().get(pk=record.pk)
            if current.version != version:
                raise EditConflictError(current, version)
            if current.review_state != ReviewState.PROPOSED:
                raise ConflictError(
                    _("Only a proposed record can be reviewed; this one is %(state)s.")
                    % {"state": current.get_review_state_display()}
                )
            review(current, decision.validated_data["besluit"], user=request.user)
        return self.record_response(self.get_queryset().get(pk=record.pk))


# -- afspraken ------------------------------------------------------------------------------


class AgreementList(CollectionView):
    """Agreements, filtered with the same parameters as the Afspraken page."""

    collection = "afspraken"
    filterset_class = filters.ApiAgreementFilter
    serializer_class = AgreementSerializer
    parameter_descriptions = {
        "zoek": "Full-text search in number, titles and commitment texts (Dutch word stems "
        "on PostgreSQL).",
        "provincie": "Slug of a province or other area (see /gebieden); areas inside it match too.",
        "gebied": "Slug of an area (see /gebieden); areas inside it match too.",
        "arrangement": "Id of the arrangement.",
        "generatie": "Generation of the arrangement (1 for the first).",
        "jaar": "Year of the arrangement.",
        "hoofdstuk": "Chapter as written, e.g. `2`.",
        "type": "Type of agreement.",
        "departement": "Slug of a ministry (see /organisaties?soort=ministerie); agreements "
        "for all departments match too.",
        "partij": "Slug of an organisation that is a party, signed the arrangement or owns a "
        "commitment.",
        "status": "Status.",
        "beoordeling": "Review state of the extracted agreement.",
        "deadlineVan": "Some commitment's deadline ends on or after this date.",
        "deadlineTot": "Some commitment's deadline ends on or before this date.",
        "document": "Id of the document the agreement was read from (a bundle includes its "
        "letters).",
        "sorteer": "Order: `nummer` (default), `titel`, `deadline` (first deadline), "
        "`-gewijzigd` (recently changed); a minus reverses.",
    }
    # The search text (about 420 characters a row) is a filter, never a field.
    queryset = agreement_rows()

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """The page, kept per register version and address: its body depends on nothing
        else (every record it shows is in a table the version watches; its links are
        absolute), so a page asked for again is a cache read (``register.versioned``)."""

        def page() -> tuple[Any, dict[str, str]]:
            response = super(AgreementList, self).list(request, *args, **kwargs)
            return response.data, {
                name: response[name] for name in ("X-Total-Count", "Link") if name in response
            }

        data, headers = versioned("api-agreements", request.build_absolute_uri(), page)
        return Response(data, headers=headers)


class AgreementDetail(EditableRecordView):
    """One agreement; PATCH changes its status and notes."""

    serializer_class = AgreementSerializer
    request_serializer_class = AgreementChangeSerializer
    queryset = agreements()


class AgreementReview(ReviewView):
    serializer_class = AgreementSerializer
    queryset = agreements()


# -- toezeggingen ---------------------------------------------------------------------------


class CommitmentList(CollectionView):
    collection = "toezeggingen"
    filterset_class = filters.CommitmentFilter
    serializer_class = CommitmentSerializer
    queryset = commitments().order_by("agreement_id", "position", "pk")


class CommitmentDetail(EditableRecordView):
    """One commitment; PATCH changes status, owner, deadline and notes."""

    serializer_class = CommitmentSerializer
    request_serializer_class = CommitmentChangeSerializer
    queryset = commitments()


class CommitmentReview(ReviewView):
    serializer_class = CommitmentSerializer
    queryset = commitments()


# -- projecten, documenten, organisaties, gebieden, financieringsrondes ---------------------


class ProjectList(CollectionView):
    collection = "projecten"
    filterset_class = filters.ProjectFilter
    serializer_class = ProjectSerializer
    queryset = projects()


class ProjectDetail(RecordView):
    versioned = True
    serializer_class = ProjectSerializer
    queryset = projects()


def documents() -> QuerySet:
    return (
        Document.objects.select_related("sender")
        .defer("extracted_text")
        .order_by("-date", "title", "pk")
    )


class DocumentList(CollectionView):
    collection = "documenten"
    filterset_class = filters.DocumentFilter
    serializer_class = DocumentSerializer
    queryset = documents()


class DocumentDetail(RecordView):
    """A document's metadata and how many records were read from it (never its text)."""

    serializer_class = DocumentDetailSerializer
    queryset = documents()

    def get_serializer_context(self) -> dict[str, Any]:
        context = super().get_serializer_context()
        pk = self.kwargs["pk"]
        in_file = Q(document_id=pk) | Q(document__parent_id=pk)
        context["counts"] = {
            "delen": Document.objects.filter(parent_id=pk).count(),
            "passages": Passage.objects.filter(in_file).count(),
            "vermeldingen": Mention.objects.filter(in_file).count(),
            "arrangementen": Arrangement.objects.filter(in_file).count(),
            # The same rule as /afspraken?document=…, so the count matches that list.
            "afspraken": filters.ApiAgreementFilter(
                {"document": pk}, queryset=Agreement.objects.all()
            )
            .qs.order_by()
            .count(),
        }
        return context


class OrganisationList(CollectionView):
    collection = "organisaties"
    filterset_class = filters.OrganisationFilter
    serializer_class = OrganisationSerializer
    queryset = Organisation.objects.order_by("kind", "name", "pk")


class OrganisationDetail(RecordView):
    serializer_class = OrganisationSerializer
    queryset = Organisation.objects.all()


class AreaList(CollectionView):
    collection = "gebieden"
    filterset_class = filters.AreaFilter
    serializer_class = AreaSerializer
    queryset = Area.objects.select_related("parent", "authority").order_by("kind", "name", "pk")


class AreaDetail(RecordView):
    serializer_class = AreaSerializer
    queryset = Area.objects.select_related("parent", "authority")


class FundingRoundList(CollectionView):
    collection = "financieringsrondes"
    filterset_class = filters.FundingRoundFilter
    serializer_class = FundingRoundSerializer
    queryset = FundingRound.objects.defer("scheme_rules", "result").order_by("-created_at", "-pk")


class FundingRoundDetail(RecordView):
    serializer_class = FundingRoundDetailSerializer
    queryset = FundingRound.objects.defer("scheme_rules")


# -- the document and the rest of /api/v1/ --------------------------------------------------


ROOT_LINKS = {  # relation -> route name: what the API offers, for clients that start here
    "openapi": "api:openapi",
    "afspraken": "api:agreement-list",
    "toezeggingen": "api:commitment-list",
    "projecten": "api:project-list",
    "documenten": "api:document-list",
    "organisaties": "api:organisation-list",
    "gebieden": "api:area-list",
    "financieringsrondes": "api:funding-round-list",
}


@extend_schema(
    summary="API root: links to the resources",
    tags=["api"],
    responses={
        200: {
            "type": "object",
            "required": ["_links"],
            "properties": {
                "_links": {
                    "type": "object",
                    "additionalProperties": {
                        "type": "object",
                        "properties": {"href": {"type": "string", "format": "uri"}},
                        "required": ["href"],
                    },
                }
            },
        }
    },
)
class ApiRoot(ApiView):
    """``/api/v1``: the entry point, with a link to every collection and to the OpenAPI document.

    Readable like the collections: with ``RUIMTEMONITOR_PUBLIC_READ`` off it needs a login.
    """

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.check_query()
        links = {"self": request.build_absolute_uri(reverse("api-root"))}
        links.update(
            {rel: request.build_absolute_uri(reverse(name)) for rel, name in ROOT_LINKS.items()}
        )
        return Response({"_links": {rel: {"href": href} for rel, href in links.items()}})


@extend_schema(exclude=True)
class ApiRootWithSlash(ApiRoot):
    """``/api/v1/``, the address the README gave: the same root, not in the OpenAPI document."""


@extend_schema(exclude=True)
class OpenApiDocument(ApiView):
    """The OpenAPI document, public whatever PUBLIC_READ says (/core/publish-openapi)."""

    authentication_classes: list[type] = []
    permission_classes = [permissions.AllowAny]

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return Response(generate(), headers={"Access-Control-Allow-Origin": "*"})


@extend_schema(exclude=True)
class NotFound(ApiView):
    """Any other address under /api/v1/: a problem document, never an HTML page."""

    authentication_classes: list[type] = []
    permission_classes = [permissions.AllowAny]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        APIView.initial(self, request, *args, **kwargs)
        path = request.path
        if path.endswith("/") and path.rstrip("/").count("/") > 2:
            raise exceptions.NotFound(
                _("Addresses of this API end without a slash: try %(path)s.")
                % {"path": path.rstrip("/")}
            )
        raise exceptions.NotFound(
            _("There is nothing at this address; openapi.json lists what there is.")
        )
