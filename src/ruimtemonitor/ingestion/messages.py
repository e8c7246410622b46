"""A job's error as one Dutch sentence for the people who uploaded the file.

``Job.error`` keeps the technical English sentence (the CLI prints it, operators grep it);
the pages show this translation of it. The English problems are the stable messages of the
extraction core (docs/extraction.md, "Errors"), so they are matched here, in the adapter, and
the core stays free of Django and gettext. Anything unrecognised gets a general sentence:
never a traceback, a server path or a library's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from ruimtemonitor.ingestion.models import Job, JobStatus

__all__ = ["user_error"]

MB = 1024 * 1024


def _mb(text: str) -> str:
    return f"{int(text.replace(',', '')) / MB:,.0f}".replace(",", ".")


def _number(text: str) -> str:
    return text.replace(",", ".")


# (pattern on the problem without the file name, sentence, its values besides the name)
_Rule = tuple[re.Pattern[str], str, Callable[[re.Match[str]], dict[str, str]] | None]
_RULES: tuple[_Rule, ...] = (
    (
        re.compile(r"over the size limit of ([\d,]+) bytes"),
        gettext_noop("%(name)s is larger than the limit of %(limit)s MB."),
        lambda m: {"limit": _mb(m[1])},
    ),
    (
        re.compile(r"more than the limit of (\d+) MB"),
        gettext_noop("%(name)s is larger than the limit of %(limit)s MB."),
        lambda m: {"limit": m[1]},
    ),
    (
        re.compile(r"over the unpacked-size limit of ([\d,]+) bytes"),
        gettext_noop("%(name)s unpacks to more than the limit of %(limit)s MB and was refused."),
        lambda m: {"limit": _mb(m[1])},
    ),
    (
        re.compile(r"ZIP archive of [\d,]+ entries, over the limit of ([\d,]+)"),
        gettext_noop("%(name)s consists of more than %(limit)s parts and was refused."),
        lambda m: {"limit": _number(m[1])},
    ),
    (
        re.compile(r"took longer than ([\d.]+) s"),
        gettext_noop(
            "Reading %(name)s took longer than the limit of %(seconds)s seconds and was stopped."
        ),
        lambda m: {"seconds": m[1]},
    ),
    (
        re.compile(r"memory limit of ([\d,]+) bytes"),
        gettext_noop(
            "Reading %(name)s needed more memory than the limit of %(limit)s MB and was stopped."
        ),
        lambda m: {"limit": _mb(m[1])},
    ),
    (
        re.compile(r"^is empty"),
        gettext_noop("%(name)s is empty."),
        None,
    ),
    (
        re.compile(r"name but its content is not a (\w+) file"),
        gettext_noop("%(name)s is named as a %(kind)s file, but its content is not one."),
        lambda m: {"kind": m[1]},
    ),
    (
        re.compile(r"encrypted \(password-protected\) PDF"),
        gettext_noop("%(name)s is protected with a password and cannot be read."),
        None,
    ),
    (
        re.compile(r"damaged PDF|PDF reader exited"),
        gettext_noop("%(name)s is a damaged PDF that cannot be read."),
        None,
    ),
    (
        re.compile(r"no extractable text"),
        gettext_noop(
            "%(name)s contains no readable text (a scan? Text recognition is not supported)."
        ),
        None,
    ),
    (
        re.compile(r"ZIP archive but not a Word|Word document"),
        gettext_noop("%(name)s is not a readable Word document."),
        None,
    ),
    (
        re.compile(r"not valid UTF-(?:8|16)"),
        gettext_noop("%(name)s is not valid UTF-8 text; save it as UTF-8 and try again."),
        None,
    ),
    (
        re.compile(r"contains (?:a NUL|control) character"),
        gettext_noop("%(name)s contains control characters; it is not a text document."),
        None,
    ),
    (
        re.compile(r"line longer than ([\d,]+) characters"),
        gettext_noop("%(name)s has a line longer than %(limit)s characters; it is not a letter."),
        lambda m: {"limit": _number(m[1])},
    ),
    (
        re.compile(r"contains no text"),
        gettext_noop("%(name)s contains no text."),
        None,
    ),
    (
        re.compile(r"too complex to extract"),
        gettext_noop("%(name)s is too complex to read."),
        None,
    ),
    (
        re.compile(r"worker stopped while processing this file (\d+) times"),
        gettext_noop(
            "Processing %(name)s was interrupted %(count)s times because its worker stopped; "
            "it was not tried again."
        ),
        lambda m: {"count": m[1]},
    ),
    (
        re.compile(r"job queue cannot be reached"),
        gettext_noop("The processing queue cannot be reached; try uploading %(name)s again later."),
        None,
    ),
)


def user_error(job: Job) -> str:
    """The job's error as a Dutch sentence naming the file; empty when it did not fail."""
    if job.status != JobStatus.FAILED or not job.error:
        return ""
    prefix = f"{job.source_name}: "
    problem = job.error.removeprefix(prefix)
    for pattern, sentence, values in _RULES:
        match = pattern.search(problem)
        if match is not None:
            return _(sentence) % {"name": job.source_name, **(values(match) if values else {})}
    return _(
        "Something went wrong while processing %(name)s. An administrator can find the "
        "details in the server log (job %(id)s)."
    ) % {"name": job.source_name, "id": job.pk}
