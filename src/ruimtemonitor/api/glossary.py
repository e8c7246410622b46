"""The Dutch member names of the API's JSON bodies and the model fields they show.

Rule /core/interface-language: the register's domain is Dutch, so the members are Dutch,
like the paths and query parameters; one interface reads in one language. The words follow
the models' Dutch verbose names and the pages, so a page, an export and an answer of the API
name a thing alike. docs/api.md holds this glossary with the meaning of each member; a test
checks that every member of the OpenAPI document is in that table.

Members that need no translation (``id``, ``slug``, ``status``, ``arrangement``, ``document``,
``kamerstuk``, ``peildatum``) are the model field's own name and are not listed here.
"""

from __future__ import annotations

MODEL_FIELDS: dict[str, str] = {
    # shared by most records
    "aangemaaktOp": "created_at",
    "gewijzigdOp": "updated_at",
    "versie": "version",
    "beoordeling": "review_state",
    "bron": "source_passage",
    "aantekeningen": "notes",
    "soort": "kind",
    "naam": "name",
    "titel": "title",
    "omschrijving": "description",
    "partijen": "parties",
    "gebieden": "areas",
    # afspraken, arrangementen, toezeggingen
    "nummer": "number",
    "soorten": "types",
    "hoofdstuk": "chapter",
    "hoofdstukTitel": "chapter_title",
    "alleDepartementen": "all_departments",
    "departementen": "departments",
    "vervolgOp": "continues",
    "toezeggingen": "commitments",
    "jaar": "year",
    "generatie": "generation",
    "gebied": "area",
    "afspraak": "agreement",
    "volgnummer": "position",
    "tekst": "text",
    "trekker": "owner",
    "trekkerZoalsGeschreven": "owner_as_written",
    # projecten
    "isProgramma": "is_programme",
    "mirtRegio": "mirt_region",
    "fase": "phase",
    "bedragen": "money_lines",
    "mijlpalen": "milestones",
    "bereiktOp": "achieved_on",
    "bedragEur": "amount_eur",
    "bovengrensEur": "amount_upper_eur",
    "zoalsGeschreven": "as_written",
    "toevoeging": "qualifier",
    "partij": "party",
    "prijspeil": "price_level",
    "btw": "vat",
    # documenten
    "datum": "date",
    "kenmerk": "reference",
    "afzender": "sender",
    "afzenderZoalsGeschreven": "sender_as_written",
    "bovenliggend": "parent",
    "vorigeVersie": "previous_version",
    "oorspronkelijkeBestandsnaam": "original_filename",
    "aantalPaginas": "page_count",
    "inhoudshash": "content_hash",
    # organisaties, gebieden
    "afkorting": "abbreviation",
    "aliassen": "aliases",
    "cbsCode": "cbs_code",
    "tooiUri": "tooi_uri",
    "bestuurdDoor": "authority",
    "novexType": "novex_type",
    "woningbouwprogramma": "housing_programme",
    # financieringsrondes
    "regeling": "scheme_name",
    "regelingVersie": "scheme_version",
    "regelingVingerafdruk": "scheme_digest",
    "regelingAanpassingen": "scheme_overrides",
    "budgetEur": "budget_eur",
    "maxAandeelPerProvincie": "max_share_per_province",
    "tijdslimietSeconden": "time_limit_seconds",
    "bronbestand": "source_name",
    "bronbestandSha256": "source_sha256",
    "ruimtemonitorVersie": "engine_version",
}
"""API member -> model field, for every member whose name is not the field's own."""

DEADLINE = "termijn"
"""The member that holds a deadline as an object (``Deadline`` in the document)."""

DEADLINE_FIELDS: dict[str, str] = {
    "zoalsGeschreven": "deadline_as_written",
    "van": "deadline_start",
    "tot": "deadline_end",
    "precisie": "deadline_precision",
}
"""Members of ``termijn`` -> the model's four deadline columns."""

_API_NAMES: dict[str, str] = {
    **{field: member for member, field in MODEL_FIELDS.items()},
    **{field: f"{DEADLINE}.{member}" for member, field in DEADLINE_FIELDS.items()},
}

RENAMED: dict[str, str] = {
    "notes": "aantekeningen",
    "owner": "trekker",
    "deadline": DEADLINE,
    "asWritten": "zoalsGeschreven",
    "start": "van",
    "end": "tot",
    "precision": "precisie",
    "decision": "besluit",
}
"""English names a request body may still use for a member that can be sent; the 400 for
such a member names the Dutch one, so an old client learns what to send instead."""


def model_field(member: str) -> str:
    """The model field behind an API member (``hoofdstukTitel`` -> ``chapter_title``)."""
    return MODEL_FIELDS.get(member, member)


def api_name(field: str) -> str:
    """The API member a client sent or sees for a model field, for ``invalidParams``."""
    return _API_NAMES.get(field, field)
