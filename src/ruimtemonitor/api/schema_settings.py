"""drf-spectacular settings of the API, applied by ``api.schema`` when it writes the schema.

They are passed per generation (``patched_settings``), so the project settings need no
``SPECTACULAR_SETTINGS``; importing this dict there as well would only make drf-spectacular's
own ``spectacular`` command give the same document.
"""

from __future__ import annotations

from ruimtemonitor.api import API_VERSION

DESCRIPTION = """\
The register of Ruimtemonitor: agreements (afspraken) and commitments (toezeggingen) of the
spatial-planning cycle, MIRT projects, the documents they were read from, organisations,
areas and funding rounds.

Reading is public unless the installation requires a login; changing needs a token
(`Authorization: Token …`) or a session, the right to edit the record, and an `If-Match`
header with the record's `ETag`. Errors are problem details (RFC 9457). Timestamps are UTC.
Collections are paged with `pagina` and `paginaGrootte`. Unknown query parameters are refused.
Paths, parameters and members are Dutch (rule /core/interface-language); docs/api.md has a
glossary of the members.
"""

SPECTACULAR_SETTINGS = {
    "TITLE": "Ruimtemonitor API",
    "DESCRIPTION": DESCRIPTION,
    "VERSION": API_VERSION,
    "CONTACT": {
        "name": "Ruimtemonitor",
        "email": "api@ruimtemonitor.example.nl",
        "url": "https://ruimtemonitor.example.nl/",
    },
    "LICENSE": {
        "name": "EUPL-1.2",
        "url": "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
    },
    "SERVERS": [{"url": "/api/v1", "description": "This installation"}],
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    # The ``id`` route converter (api/urls.py): a record id, at most 18 digits.
    "PATH_CONVERTER_OVERRIDES": {
        "id": {"type": "integer", "minimum": 1, "maximum": 999_999_999_999_999_999}
    },
    "SORT_OPERATIONS": False,
    "TAGS": [
        {"name": "api", "description": "The entry point: a link to every resource."},
        {"name": "afspraken", "description": "Agreements of the arrangements, with commitments."},
        {"name": "toezeggingen", "description": "Commitments: who does what by when."},
        {"name": "projecten", "description": "MIRT projects with money and milestones."},
        {"name": "documenten", "description": "The ingested letters (metadata)."},
        {"name": "organisaties", "description": "Ministries, provinces, municipalities, …"},
        {"name": "gebieden", "description": "Provinces, NOVEX areas, MIRT regions, …"},
        {"name": "financieringsrondes", "description": "Assessed funding rounds."},
    ],
    "ENUM_NAME_OVERRIDES": {
        "AgreementStatusEnum": "ruimtemonitor.common.statuses.AgreementStatus",
        "ProjectStatusEnum": "ruimtemonitor.common.statuses.ProjectStatus",
        "ReviewStateEnum": "ruimtemonitor.api.codes.REVIEW_STATE_CHOICES",
        "AgreementTypeEnum": "ruimtemonitor.register.models.AgreementType",
        "ArrangementKindEnum": "ruimtemonitor.register.models.ArrangementKind",
        "OrganisationKindEnum": "ruimtemonitor.organisations.models.OrganisationKind",
        "AreaKindEnum": "ruimtemonitor.organisations.models.AreaKind",
        "NovexTypeEnum": "ruimtemonitor.organisations.models.NovexType",
        "HousingProgrammeEnum": "ruimtemonitor.organisations.models.HousingProgramme",
        "DocumentKindEnum": "ruimtemonitor.documents.models.DocumentKind",
        "PhaseEnum": "ruimtemonitor.projects.models.Phase",
        "MilestoneKindEnum": "ruimtemonitor.projects.models.MilestoneKind",
        "MoneyKindEnum": "ruimtemonitor.projects.models.MoneyKind",
        "VatEnum": "ruimtemonitor.projects.models.Vat",
        "PrecisionEnum": "ruimtemonitor.api.codes.PRECISION_CHOICES",
        "DecisionEnum": "ruimtemonitor.api.codes.REVIEW_DECISION_CHOICES",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "ruimtemonitor.api.schema.add_shared_components",
    ],
}
