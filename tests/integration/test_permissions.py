import pytest
from django.contrib.auth.models import AnonymousUser

from ruimtemonitor.accounts.models import Role
from ruimtemonitor.common.permissions import can_edit, can_read
from ruimtemonitor.organisations.models import Organisation
from ruimtemonitor.register.models import Commitment


@pytest.mark.parametrize(
    ("role", "organisation", "expected"),
    [
        (Role.ADMINISTRATOR, None, True),
        (Role.EDITOR, "provincie-gelderland", True),  # party to the arrangement
        (Role.EDITOR, "ienw", True),  # department of the agreement
        (Role.EDITOR, "rws", True),  # owner of one of its commitments
        (Role.EDITOR, "provincie-limburg", False),
        (Role.EDITOR, None, False),
        (Role.READER, "provincie-gelderland", False),
    ],
)
def test_can_edit_follows_role_and_involvement(
    agreement, make_user, role, organisation, expected
) -> None:
    Commitment.objects.create(
        agreement=agreement,
        text="RWS levert de analyse",
        owner=Organisation.objects.get(slug="rws"),
    )
    org = Organisation.objects.get(slug=organisation) if organisation else None
    user = make_user(f"u-{role}-{organisation}", role=role, organisation=org)
    assert can_edit(user, agreement) is expected


def test_inactive_and_anonymous_users_cannot_edit(agreement, make_user) -> None:
    admin = make_user("weg", role=Role.ADMINISTRATOR)
    admin.is_active = False
    assert not can_edit(admin, agreement)
    assert not can_edit(AnonymousUser(), agreement)


def test_read_access_depends_on_the_public_setting() -> None:
    assert can_read(AnonymousUser(), public_read=True)
    assert not can_read(AnonymousUser(), public_read=False)


def test_staff_flag_follows_the_role(make_user) -> None:
    assert make_user("r", role=Role.READER).is_staff is False
    assert make_user("e", role=Role.EDITOR).is_staff is True
