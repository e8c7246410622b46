"""Which agreements involve an organisation, as a query condition.

The same rule as ``Agreement.involved_organisation_ids`` (who may edit, whose list it is),
written for the database so lists page through it instead of checking records one by one.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q

from ruimtemonitor.register.models import Agreement, Arrangement, Commitment


def agreements_involving(organisation_id: int) -> Q:
    """``Agreement.involved_organisation_ids`` as a condition: signs, authority, named, owns."""
    signs = Arrangement.parties.through.objects.filter(
        arrangement_id=OuterRef("arrangement_id"), organisation_id=organisation_id
    )
    department = Agreement.departments.through.objects.filter(
        agreement_id=OuterRef("pk"), organisation_id=organisation_id
    )
    party = Agreement.parties.through.objects.filter(
        agreement_id=OuterRef("pk"), organisation_id=organisation_id
    )
    owns = Commitment.objects.filter(agreement_id=OuterRef("pk"), owner_id=organisation_id)
    return (
        Q(arrangement__area__authority_id=organisation_id)
        | Exists(signs)
        | Exists(department)
        | Exists(party)
        | Exists(owns)
    )


def commitments_involving(organisation_id: int) -> Q:
    """What an organisation must deliver: the commitments it owns, and those without a known
    owner under an agreement that involves it (someone else's bullet is not its deadline)."""
    agreements = Agreement.objects.filter(agreements_involving(organisation_id)).values("pk")
    return Q(owner_id=organisation_id) | Q(owner=None, agreement__in=agreements)
