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

__all__ = ["error_sentence", "user_error"]

MB = 1024 * 1024


def _mb(text: str) -> str:
    return f"{int(text.replace(',', '')) / MB:,.0f}".replace(",", ".")


def _number(text: str) -> str:
    return text.replace(",", ".")


# What the pages say, by kind of problem; %(name)s is the file's name.
_SENTENCES: dict[str, str] = {
    "too_large": gettext_noop("%(name)s is larger than the limit of %(limit)s MB."),
    "unpacks_too_large": gettext_noop(
        "%(name)s unpacks to more than the limit of %(limit)s MB and was refused."
    ),
    "too_many_parts": gettext_noop(
        "%(name)s consists of more than %(limit)s parts and was refused."
    ),
    "too_slow": gettext_noop(
        "Reading %(name)s took longer than the limit of %(seconds)s seconds and was stopped."
    ),
    "too_much_memory": gettext_noop(
        "Reading %(name)s needed more memory than the limit of %(limit)s MB and was stopped."
    ),
    "empty": gettext_noop("%(name)s is empty."),
    "wrong_kind": gettext_noop("%(name)s is named as a %(kind)s file, but its content is not one."),
    "encrypted": gettext_noop("%(name)s is protected with a password and cannot be read."),
    "damaged_pdf": gettext_noop("%(name)s is a damaged PDF that cannot be read."),
    "scan": gettext_noop(
        "%(name)s contains no readable text (a scan? Text recognition is not supported)."
    ),
    "not_word": gettext_noop("%(name)s is not a readable Word document."),
    "not_utf8": gettext_noop("%(name)s is not valid UTF-8 text; save it as UTF-8 and try again."),
    "control": gettext_noop("%(name)s contains control characters; it is not a text document."),
    "long_line": gettext_noop(
        "%(name)s has a line longer than %(limit)s characters; it is not a letter."
    ),
    "no_text": gettext_noop("%(name)s contains no text."),
    "too_complex": gettext_noop("%(name)s is too complex to read."),
    "worker_died": gettext_noop(
        "Processing %(name)s was interrupted %(count)s times because its worker stopped; "
        "it was not tried again."
    ),
    "no_queue": gettext_noop(
        "The processing queue cannot be reached; try uploading %(name)s again later."
    ),
}

_Value = tuple[str, Callable[[str], str]] | None

# The core's stable English problems (docs/extraction.md, "Errors"), first match wins: the
# pattern, the kind of problem, and the value the sentence needs from the pattern's group.
_RULES: tuple[tuple[re.Pattern[str], str, _Value], ...] = tuple(
    (re.compile(pattern), kind, value)
    for pattern, kind, value in (
        (r"over the size limit of ([\d,]+) bytes", "too_large", ("limit", _mb)),
        (r"more than the limit of (\d+) MB", "too_large", ("limit", str)),
        (r"over the unpacked-size limit of ([\d,]+) bytes", "unpacks_too_large", ("limit", _mb)),
        (
            r"ZIP archive of [\d,]+ entries, over the limit of ([\d,]+)",
            "too_many_parts",
            ("limit", _number),
        ),
        (r"took longer than ([\d.]+) s", "too_slow", ("seconds", str)),
        (r"memory limit of ([\d,]+) bytes", "too_much_memory", ("limit", _mb)),
        (r"^is empty", "empty", None),
        (r"name but its content is not a (\w+) file", "wrong_kind", ("kind", str)),
        (r"encrypted \(password-protected\) PDF", "encrypted", None),
        (r"damaged PDF|PDF reader exited", "damaged_pdf", None),
        (r"no extractable text", "scan", None),
        (r"ZIP archive but not a Word|Word document", "not_word", None),
        (r"not valid UTF-(?:8|16)", "not_utf8", None),
        (r"contains (?:a NUL|control) character", "control", None),
        (r"line longer than ([\d,]+) characters", "long_line", ("limit", _number)),
        (r"contains no text", "no_text", None),
        (r"too complex to extract", "too_complex", None),
        (r"worker stopped while processing this file (\d+) times", "worker_died", ("count", str)),
        (r"job queue cannot be reached", "no_queue", None),
    )
)


def user_error(job: Job) -> str:
    """The job's error as a Dutch sentence naming the file; empty when it did not fail."""
    if job.status != JobStatus.FAILED or not job.error:
        return ""
    return error_sentence(job.source_name, job.error, job.pk)


def error_sentence(name: str, error: str, job_id: int | None) -> str:
    """A stored error of the file ``name`` ("name: problem") as a sentence in the active
    language; the job page's log says it this way too."""
    problem = error.removeprefix(f"{name}: ")
    for pattern, kind, value in _RULES:
        match = pattern.search(problem)
        if match is not None:
            values = {"name": name}
            if value is not None:
                values[value[0]] = value[1](match[1])
            return _(_SENTENCES[kind]) % values
    return _(
        "Something went wrong while processing %(name)s. An administrator can find the "
        "details in the server log (job %(id)s)."
    ) % {"name": name, "id": job_id}
