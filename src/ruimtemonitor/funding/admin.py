from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from ruimtemonitor.common.admin import RegisterAdmin
from ruimtemonitor.funding.models import FundingRound

# What the verdicts were computed from and what they were: never edited by hand,
# or a re-run would no longer prove anything.
STORED_FIELDS = (
    "scheme_name",
    "scheme_version",
    "scheme_digest",
    "scheme_rules",
    "scheme_overrides",
    "peildatum",
    "budget_eur",
    "max_share_per_province",
    "time_limit_seconds",
    "proposals",
    "source_name",
    "source_sha256",
    "result",
    "engine_version",
    "created_by",
    "created_at",
    "updated_at",
)


@admin.register(FundingRound)
class FundingRoundAdmin(RegisterAdmin):
    list_display = (
        "name",
        "scheme_label",
        "peildatum",
        "budget_eur",
        "funded_greedy",
        "funded_optimal",
        "created_at",
    )
    list_filter = ("scheme_name", "scheme_version")
    search_fields = ("name", "source_name", "source_sha256")
    readonly_fields = STORED_FIELDS
    fieldsets = (
        (None, {"fields": ("name", "created_by", "created_at", "updated_at")}),
        (
            _("Input"),
            {
                "fields": (
                    "scheme_name",
                    "scheme_version",
                    "scheme_digest",
                    "peildatum",
                    "budget_eur",
                    "max_share_per_province",
                    "time_limit_seconds",
                    "source_name",
                    "source_sha256",
                    "engine_version",
                    "scheme_overrides",
                    "scheme_rules",
                    "proposals",
                )
            },
        ),
        (_("Result"), {"fields": ("result",)}),
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        # A round is the record of an assessment (`ruimtemonitor funding assess --save`).
        return False

    @admin.display(description=_("scheme"), ordering="scheme_name")
    def scheme_label(self, obj: FundingRound) -> str:
        return obj.scheme_label

    @admin.display(description=_("funded (greedy)"))
    def funded_greedy(self, obj: FundingRound) -> object:
        return obj.allocation("greedy").get("count", "–")

    @admin.display(description=_("funded (optimal)"))
    def funded_optimal(self, obj: FundingRound) -> object:
        return obj.allocation("optimal").get("count", "–")
