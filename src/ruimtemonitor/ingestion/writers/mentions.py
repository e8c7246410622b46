"""Values found in the text (amounts, deadlines, parties, areas, references) as ``Mention`` rows.

They are the evidence behind search by party or area and the links from records to areas;
no review state: they only say where the text names something.
"""

from __future__ import annotations

from ruimtemonitor.documents.models import Mention, MentionKind
from ruimtemonitor.ingestion.writers.context import FileContext

__all__ = ["store_mentions"]


def store_mentions(store: FileContext) -> int:
    """One Mention row per value the extraction found; a party or area once per letter."""
    fields = {
        MentionKind.AMOUNT: "amounts",
        MentionKind.DEADLINE: "deadlines",
        MentionKind.PARTY: "parties",
        MentionKind.AREA: "areas",
        MentionKind.REFERENCE: "references",
    }
    rows = []
    named: dict[tuple[str, int, str], dict] = {}  # (kind, letter, slug) -> its first row
    for kind, key in fields.items():
        for item in store.data.get(key) or []:
            source = item.get("source")
            if not source:
                continue
            value = {k: v for k, v in item.items() if k not in {"source", "as_written"}}
            if kind in {MentionKind.PARTY, MentionKind.AREA} and item.get("slug"):
                # A party is named dozens of times per letter: one row per letter and
                # party, with every span, keeps search by party cheap.
                group = (kind, store.letter_at(int(source["start"])).pk, item["slug"])
                if group in named:
                    named[group]["spans"].append([source["start"], source["end"]])
                    continue
                value["spans"] = [[source["start"], source["end"]]]
                named[group] = value
            as_written = item.get("as_written") or item.get("name") or ""
            rows.append((kind, as_written[:500], value, source))
    Mention.objects.bulk_create(
        Mention(
            document=store.letter_at(int(source["start"])),
            kind=kind,
            as_written=text,
            value=value,
            start=int(source["start"]),
            end=int(source["end"]),
            page=source.get("page"),
            line=source.get("line"),
        )
        for kind, text, value, source in rows
    )
    return len(rows)
