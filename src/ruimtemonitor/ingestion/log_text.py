"""A job's log as the job page shows it: every stored line in the active language (Dutch).

``Job.log`` keeps the stable English lines the ingestion service writes (operators grep them,
the admin shows them as stored, tests pin them); the page translates each one here, after its
time stamp, the way ``messages.user_error`` translates the error. A line no rule knows is shown
as written rather than guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext_lazy

from ruimtemonitor.common.statuses import ReviewState
from ruimtemonitor.ingestion.messages import error_sentence
from ruimtemonitor.ingestion.models import Job

__all__ = ["user_log"]

_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*)$")

# Lines the service writes as they are.
_FIXED: dict[str, str] = {
    "started": gettext_noop("started"),
    "extract: done": gettext_noop("extract: done"),
    "store: done": gettext_noop("store: done"),
    "the uploaded file was removed": gettext_noop("the uploaded file was removed"),
    "the worker running this job stopped; queued again": gettext_noop(
        "the worker running this job stopped; queued again"
    ),
}

# The counts of what a file gave ("3 agreements, 12 mentions, …"), by the stored key.
_COUNTED = {
    "agreements": ngettext_lazy("%(count)s agreement", "%(count)s agreements", "count"),
    "projects": ngettext_lazy("%(count)s project", "%(count)s projects", "count"),
    "parliamentary items": ngettext_lazy(
        "%(count)s parliamentary item", "%(count)s parliamentary items", "count"
    ),
    "mentions": ngettext_lazy("%(count)s mention", "%(count)s mentions", "count"),
    "area links": ngettext_lazy("%(count)s area link", "%(count)s area links", "count"),
    "meetings": ngettext_lazy("%(count)s meeting", "%(count)s meetings", "count"),
    "lineage links": ngettext_lazy(
        "%(count)s link to a previous generation",
        "%(count)s links to a previous generation",
        "count",
    ),
    "reported": ngettext_lazy(
        "%(count)s reported completion", "%(count)s reported completions", "count"
    ),
}
_COUNT = re.compile(r"^(\d+) (.+)$")

_State = Callable[[str], str]


def _review_state(value: str) -> str:
    return str(ReviewState(value).label) if value in ReviewState.values else value


# Lines with values: the pattern of the stored line, the sentence, and per named group a
# function that renders its value (none: as written).
_RULES: tuple[tuple[re.Pattern[str], str, dict[str, _State]], ...] = tuple(
    (re.compile(pattern), sentence, values)
    for pattern, sentence, values in (
        (
            r"^received (?P<name>.+) \((?P<size>\d+) bytes\)$",
            gettext_noop("received %(name)s (%(size)s bytes)"),
            {},
        ),
        (
            r"^conflict with a concurrent job \(attempt (?P<attempt>\d+)\); retrying$",
            gettext_noop("conflict with a concurrent job (attempt %(attempt)s); retrying"),
            {},
        ),
        (
            r"^same content as document (?P<id>\d+) \((?P<title>.*)\); nothing to do$",
            gettext_noop("same content as document %(id)s (%(title)s); nothing to do"),
            {},
        ),
        (
            r"^(?P<title>.+): no date found; year set to (?P<year>\d{4})$",
            gettext_noop("%(title)s: no date found; year set to %(year)s"),
            {},
        ),
        (
            r"^(?P<key>.+): appears twice in this letter; first one kept$",
            gettext_noop("%(key)s: appears twice in this letter; first one kept"),
            {},
        ),
        (
            r"^(?P<key>.+): (?P<state>[a-z]+), kept as reviewed$",
            gettext_noop("%(key)s: %(state)s, kept as reviewed"),
            {"state": _review_state},
        ),
    )
)


def _counts(message: str) -> str | None:
    """ "3 agreements, 0 projects" in the active language; None when a part is unknown."""
    parts = []
    for part in message.split(", "):
        match = _COUNT.match(part)
        label = _COUNTED.get(match[2]) if match else None
        if match is None or label is None:
            return None
        parts.append(label % {"count": int(match[1])})
    return ", ".join(parts)


def log_line(message: str, job: Job) -> str:
    """One stored log message (without its time stamp) in the active language."""
    if message in _FIXED:
        return _(_FIXED[message])
    if message.startswith("failed: "):
        return _("failed: %(problem)s") % {
            "problem": error_sentence(job.source_name, message.removeprefix("failed: "), job.pk)
        }
    for pattern, sentence, renderers in _RULES:
        match = pattern.match(message)
        if match is not None:
            values = {
                key: renderers.get(key, str)(value) for key, value in match.groupdict().items()
            }
            return _(sentence) % values
    counted = _counts(message)
    return message if counted is None else counted


def user_log(job: Job) -> str:
    """The job's log for its page: each line's time stamp, then its message translated."""
    lines = []
    for line in job.log.splitlines():
        stamped = _STAMP.match(line)
        if stamped is None:
            lines.append(line)
            continue
        lines.append(f"{stamped[1]} {log_line(stamped[2], job)}")
    return "\n".join(lines) + ("\n" if lines else "")
