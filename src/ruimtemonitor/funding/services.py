"""Storing funding rounds and proving them reproducible: the one door commands and views use.

A verdict on public money must be explainable a year later. ``save_round`` keeps
the input exactly as the engine read it and the output exactly as it wrote it;
``rerun_round`` recomputes from that input with the same scheme version and says
field by field whether the outcome is the same. When the installed scheme is not
the stored one, it refuses rather than compare against different rules.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils.translation import gettext

from ruimtemonitor import __version__
from ruimtemonitor.core.funding.schemes import MEASURES
from ruimtemonitor.core.funding.service import (
    AssessmentResult,
    InputError,
    Proposal,
    Scheme,
    SchemeError,
    assess,
    available_schemes,
    load_scheme,
    proposals_from_records,
)
from ruimtemonitor.funding.models import FundingRound

if TYPE_CHECKING:
    from ruimtemonitor.accounts.models import User

__all__ = [
    "ABSENT",
    "Difference",
    "FundingRoundError",
    "InvalidRoundError",
    "RegisterNotReadyError",
    "Rerun",
    "RoundNotFoundError",
    "RoundNotReproducibleError",
    "assessing_schemes",
    "check_register",
    "check_round_name",
    "compare_results",
    "get_round",
    "list_rounds",
    "rerun_round",
    "save_round",
]


def assessing_schemes() -> list[tuple[str, Scheme]]:
    """The installed schemes that assess proposals, by name. The locations list classifies
    instead (``load_scheme`` refuses it); the round form and the councils' letter both offer
    only these, so they leave it out by the same rule."""
    found = []
    for name in available_schemes():
        try:
            found.append((name, load_scheme(name)))
        except SchemeError:
            continue
    return found


ABSENT = "<absent>"
"""Stands for a value present on one side of a comparison only."""

_CENTS = Decimal("0.01")
_CAP_PLACES = Decimal("0.000001")


class FundingRoundError(Exception):
    """Base of every refusal here; ``str()`` is one sentence for the user."""


class InvalidRoundError(FundingRoundError):
    """The round cannot be stored as given (name taken, inputs not matching the result, …)."""


class RoundNotFoundError(FundingRoundError):
    """No stored round has the requested id."""


class RegisterNotReadyError(FundingRoundError):
    """The database is unreachable or has no table for funding rounds yet."""


class RoundNotReproducibleError(FundingRoundError):
    """The stored round cannot be recomputed under the same rules; ``reason`` says why."""

    def __init__(self, round_id: int, reason: str) -> None:
        super().__init__(reason)
        self.round_id = round_id
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Difference:
    """One field whose stored value differs from the recomputed one.

    ``proposal_id`` is ``None`` for a field of the round as a whole (allocation,
    scheme); ``field`` is a dotted path such as ``knockouts.percentage.passed``.
    """

    proposal_id: str | None
    field: str
    stored: object
    now: object


@dataclass(frozen=True, slots=True)
class Rerun:
    """A stored round recomputed: the fresh result and how it differs from the stored one."""

    funding_round: FundingRound
    result: AssessmentResult
    differences: tuple[Difference, ...]
    engine_version: str

    @property
    def identical(self) -> bool:
        return not self.differences

    @property
    def differing_proposals(self) -> tuple[str, ...]:
        """Ids of the proposals whose outcome changed, in the stored order."""
        seen: dict[str, None] = {}
        for difference in self.differences:
            if difference.proposal_id is not None:
                seen.setdefault(difference.proposal_id)
        return tuple(seen)


def check_register() -> None:
    """Raise ``RegisterNotReadyError`` unless the funding tables exist and the database answers."""
    try:
        tables = connection.introspection.table_names()
    except DatabaseError as exc:
        raise RegisterNotReadyError(
            gettext("The register database cannot be reached: %(reason)s")
            % {"reason": _first_line(exc)}
        ) from exc
    if FundingRound._meta.db_table not in tables:
        raise RegisterNotReadyError(
            gettext(
                "The register has no table for funding rounds yet; run `ruimtemonitor init` first."
            )
        )


def check_round_name(name: str) -> str:
    """The name as it will be stored; ``InvalidRoundError`` if it is empty or already used."""
    name = name.strip()
    if not name:
        raise InvalidRoundError(gettext("A funding round needs a name."))
    limit = FundingRound._meta.get_field("name").max_length
    if len(name) > limit:
        raise InvalidRoundError(
            gettext("A funding round name has at most %(limit)d characters.") % {"limit": limit}
        )
    if FundingRound.objects.filter(name=name).exists():
        raise _name_taken(name)
    return name


def _name_taken(name: str) -> InvalidRoundError:
    return InvalidRoundError(
        gettext("A funding round named '%(name)s' already exists.") % {"name": name}
    )


def list_rounds() -> list[FundingRound]:
    """Every stored round, newest first."""
    return list(FundingRound.objects.select_related("created_by"))


def get_round(round_id: int) -> FundingRound:
    try:
        return FundingRound.objects.get(pk=round_id)
    except FundingRound.DoesNotExist as exc:
        raise RoundNotFoundError(
            gettext("There is no funding round with id %(id)s.") % {"id": round_id}
        ) from exc


def save_round(
    result: AssessmentResult,
    *,
    name: str,
    proposals: Sequence[Proposal],
    source_name: str,
    source_hash: str,
    user: User | None = None,
    time_limit: float = 60.0,
) -> FundingRound:
    """Store an assessment with its input, in one transaction, with a history entry.

    ``proposals`` are the proposals as read from the file, in file order; they must be
    exactly the ones assessed in ``result``. ``time_limit`` is the solver limit used,
    kept so a re-run gives the solver the same room.
    """
    name = check_round_name(name)
    _check_same_proposals(proposals, result)
    budget = result.budget_eur
    if budget != budget.quantize(_CENTS):
        raise InvalidRoundError(
            gettext("The budget %(budget)s has fractions of a cent; state it in whole cents.")
            % {"budget": budget}
        )
    field = FundingRound._meta.get_field("budget_eur")
    if budget >= Decimal(10) ** (field.max_digits - field.decimal_places) or budget < 0:
        raise InvalidRoundError(
            gettext("The budget %(budget)s is out of range for a funding round.")
            % {"budget": budget}
        )
    cap = result.max_share_per_province
    if cap is not None and cap != cap.quantize(_CAP_PLACES):
        raise InvalidRoundError(
            gettext("The cap per province %(cap)s has more than six decimals.") % {"cap": cap}
        )
    scheme = result.scheme
    funding_round = FundingRound(
        name=name,
        scheme_name=scheme.name,
        scheme_version=scheme.version,
        scheme_digest=scheme.digest,
        scheme_rules=_plain_json(scheme.as_dict()),
        scheme_overrides=dict(scheme.overrides),
        peildatum=result.peildatum,
        budget_eur=budget,
        max_share_per_province=cap,
        time_limit_seconds=float(time_limit),
        proposals=[p.as_record() for p in proposals],
        source_name=source_name,
        source_sha256=source_hash,
        result=_plain_json(result.to_dict()),
        engine_version=__version__,
        created_by=user,
    )
    funding_round._history_user = funding_round.created_by  # who, in the history row
    try:
        with transaction.atomic():  # the round and its history row, or neither
            funding_round.save()
    except IntegrityError as exc:  # the same name saved meanwhile
        raise _name_taken(name) from exc
    return funding_round


def rerun_round(funding_round: FundingRound, *, scheme: str | Path | None = None) -> Rerun:
    """Recompute a stored round with its stored scheme version and overrides, and compare.

    ``scheme`` names another file to load the rules from (a copied scheme that is not
    shipped); it must still carry the stored version and give the stored digest.
    Raises ``RoundNotReproducibleError`` when the rules or the stored input no longer
    load as they did: then a comparison would not mean anything.
    """
    rules = _stored_rules(funding_round, scheme)
    try:
        proposals = proposals_from_records(
            funding_round.proposals,
            rules.required_columns,
            source=f"ronde {funding_round.pk}",
        )
    except InputError as exc:
        first = exc.problems[0] if exc.problems else exc
        raise RoundNotReproducibleError(
            funding_round.pk,
            gettext(
                "Round %(id)s cannot be recomputed: its stored proposals are no longer "
                "valid input (%(problem)s)."
            )
            % {"id": funding_round.pk, "problem": first},
        ) from exc
    result = assess(
        proposals,
        rules,
        funding_round.peildatum,
        funding_round.budget_eur,
        time_limit=funding_round.time_limit_seconds,
    )
    differences = compare_results(funding_round.result, result.to_dict())
    return Rerun(funding_round, result, differences, __version__)


def compare_results(
    stored: Mapping[str, object], now: Mapping[str, object]
) -> tuple[Difference, ...]:
    """Field-level differences between two assessment documents (the engine's JSON shape).

    Proposals are matched by id and knock-outs by criterion, so a difference names
    the proposal and the criterion rather than a list position.
    """
    old, new = _plain_json(stored), _plain_json(now)
    found: list[Difference] = []
    for key in _keys(old, new):
        if key != "proposals":
            found += _walk(None, key, old.get(key, ABSENT), new.get(key, ABSENT))
    old_list = old.get("proposals", [])
    new_list = new.get("proposals", [])
    old_by_id = {p.get("id"): p for p in old_list}
    new_by_id = {p.get("id"): p for p in new_list}
    old_order = [p.get("id") for p in old_list]
    new_order = [p.get("id") for p in new_list]
    if old_order != new_order and set(old_order) == set(new_order):
        found.append(Difference(None, "proposals.order", old_order, new_order))
    for ident in [*old_order, *(i for i in new_order if i not in old_by_id)]:
        before, after = old_by_id.get(ident, ABSENT), new_by_id.get(ident, ABSENT)
        if before is ABSENT or after is ABSENT:
            found.append(Difference(ident, "", before, after))
            continue
        for key in _keys(before, after):
            found += _walk(ident, key, before.get(key, ABSENT), after.get(key, ABSENT))
    return tuple(found)


def _walk(ident: str | None, path: str, old: object, new: object) -> list[Difference]:
    if isinstance(old, dict) and isinstance(new, dict):
        found: list[Difference] = []
        for key in _keys(old, new):
            found += _walk(ident, f"{path}.{key}", old.get(key, ABSENT), new.get(key, ABSENT))
        return found
    if path == "knockouts" and _criteria_list(old) and _criteria_list(new):
        old_by = {k["criterion"]: k for k in old}  # type: ignore[union-attr]
        new_by = {k["criterion"]: k for k in new}  # type: ignore[union-attr]
        found = []
        for criterion in _keys(old_by, new_by):
            found += _walk(
                ident,
                f"knockouts.{criterion}",
                old_by.get(criterion, ABSENT),
                new_by.get(criterion, ABSENT),
            )
        return found
    return [] if old == new else [Difference(ident, path, old, new)]


def _criteria_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(k, dict) and "criterion" in k for k in value)


def _keys(old: Mapping, new: Mapping) -> list:
    """Keys of both mappings: the first's order, then the second's new ones."""
    return [*old, *(k for k in new if k not in old)]


def _stored_rules(funding_round: FundingRound, scheme: str | Path | None) -> Scheme:
    """The installed rules with the stored overrides, if they are exactly the stored ones."""
    ident, name, version = funding_round.pk, funding_round.scheme_name, funding_round.scheme_version
    try:
        base = load_scheme(scheme if scheme is not None else name)
    except SchemeError as exc:
        raise RoundNotReproducibleError(
            ident,
            gettext(
                "Round %(id)s cannot be recomputed: scheme %(name)s cannot be loaded (%(reason)s)."
            )
            % {"id": ident, "name": scheme or name, "reason": exc},
        ) from exc
    if base.name != name or base.version != version:
        raise RoundNotReproducibleError(
            ident,
            gettext(
                "Round %(id)s was assessed with scheme %(stored)s, but the scheme now loaded "
                "is %(installed)s; its verdicts can only be reproduced with %(stored)s."
            )
            % {
                "id": ident,
                "stored": f"{name}@{version}",
                "installed": f"{base.name}@{base.version}",
            },
        )
    try:
        rules = base.with_overrides(**_override_arguments(base, funding_round.scheme_overrides))
    except (SchemeError, TypeError, AttributeError) as exc:
        raise RoundNotReproducibleError(
            ident,
            gettext(
                "Round %(id)s cannot be recomputed: its stored overrides no longer apply to "
                "%(scheme)s (%(reason)s)."
            )
            % {"id": ident, "scheme": f"{name}@{version}", "reason": exc},
        ) from exc
    if rules.digest != funding_round.scheme_digest:
        raise RoundNotReproducibleError(
            ident,
            gettext(
                "Round %(id)s was assessed with rules of %(scheme)s that had digest %(stored)s, "
                "but the installed %(scheme)s gives %(installed)s: the scheme changed without "
                "a new version."
            )
            % {
                "id": ident,
                "scheme": f"{name}@{version}",
                "stored": funding_round.scheme_digest,
                "installed": rules.digest,
            },
        )
    return rules


def _override_arguments(base: Scheme, record: Mapping[str, object]) -> dict[str, object]:
    """Turn the recorded overrides (``weight.x``, ``threshold.y``, …) back into arguments."""
    weights: dict[str, object] = {}
    thresholds: dict[str, object] = {}
    arguments: dict[str, object] = {}
    kinds = {k.criterion: MEASURES[k.measure] for k in base.knockouts}
    for key, value in (record or {}).items():
        kind, _, name = str(key).partition(".")
        if kind == "weight" and name:
            weights[name] = str(value)
        elif kind == "threshold" and name:
            # An area list or a yes/no rule can only be "as in the scheme"; its record is text.
            fixed: dict[str, object] = {"area": "areas", "bool": True}
            thresholds[name] = fixed.get(kinds.get(name, ""), str(value))
        elif key in {"budget_eur", "max_share_per_province"}:
            arguments[str(key)] = str(value)
        else:
            raise SchemeError(f"onbekende override {key!r}")
    return {"weights": weights, "thresholds": thresholds, **arguments}


def _check_same_proposals(proposals: Sequence[Proposal], result: AssessmentResult) -> None:
    given = [p.id for p in proposals]
    assessed = {a.proposal.id for a in result.proposals}
    if len(given) != len(set(given)) or set(given) != assessed:
        differing = sorted(set(given) ^ assessed) or sorted(
            {i for i in given if given.count(i) > 1}
        )
        raise InvalidRoundError(
            gettext("The proposals given are not the ones assessed in the result (ids: %(ids)s).")
            % {"ids": ", ".join(differing)}
        )
    stored = {a.proposal.id: a.proposal.as_record() for a in result.proposals}
    changed = sorted(p.id for p in proposals if p.as_record() != stored[p.id])
    if changed:
        raise InvalidRoundError(
            gettext("The proposals given are not the ones assessed in the result (ids: %(ids)s).")
            % {"ids": ", ".join(changed)}
        )


def _plain_json(value: object) -> dict:
    """What a JSON column gives back: lists for tuples, string keys; equal on any database."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
