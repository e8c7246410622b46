"""Status values of the register, defined once; their meaning is documented in docs/statuses.md."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementStatus(models.TextChoices):
    """Where an agreement or commitment stands in the cycle."""

    OPEN = "open", _("open")
    IN_PROGRESS = "lopend", _("in progress")
    DONE = "afgerond", _("completed")
    LAPSED = "vervallen", _("lapsed")
    POSTPONED = "doorgeschoven", _("postponed")


class ProjectStatus(models.TextChoices):
    ACTIVE = "actief", _("active")
    PAUSED = "gepauzeerd", _("paused")
    DONE = "afgerond", _("completed")
    STOPPED = "gestopt", _("stopped")


class ParliamentaryStatus(models.TextChoices):
    OPEN = "open", _("open")
    IN_PROGRESS = "lopend", _("in progress")
    DISCHARGED = "afgedaan", _("discharged")


class ReviewState(models.TextChoices):
    """Whether a person has checked what extraction proposed; a correction survives re-ingest."""

    PROPOSED = "proposed", _("proposed")
    CONFIRMED = "confirmed", _("confirmed")
    CORRECTED = "corrected", _("corrected")
    REJECTED = "rejected", _("rejected")
    MANUAL = "manual", _("entered by hand")
