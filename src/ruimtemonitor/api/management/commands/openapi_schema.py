"""Write the API's OpenAPI document: ``manage.py openapi_schema --file openapi.json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from drf_spectacular.drainage import GENERATOR_STATS

from ruimtemonitor.api.schema import generate


def render(schema: dict[str, Any]) -> str:
    """The committed form: two-space indent, UTF-8 as is, a newline at the end."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


class Command(BaseCommand):
    help = "Write the OpenAPI document of /api/v1/ (to standard output without --file)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--file", type=Path, help="write here instead of standard output")

    def handle(self, *args: Any, file: Path | None = None, **options: Any) -> None:
        GENERATOR_STATS.reset()
        text = render(generate())
        if GENERATOR_STATS:
            raise CommandError(
                "Generating the schema gave warnings or errors (above); fix them first."
            )
        if file is None:
            self.stdout.write(text, ending="")
        else:
            file.write_text(text, encoding="utf-8")
