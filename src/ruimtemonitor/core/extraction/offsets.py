"""A compact map from cleaned-text offsets back to the original text.

Cleaning deletes (headers, footnote markers), replaces (bullet glyphs) and
joins (line wraps) text; every record we extract must still cite the exact
original passage. The map stores runs, not one int per character: a *copy* run
maps its characters one-to-one, a *synthetic* run (an inserted space or bullet)
maps all its characters to the original span it replaced.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["OffsetMap", "OffsetMapBuilder"]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Runs sorted by cleaned offset: ``clean_starts[i]`` maps to ``orig_starts[i]``.

    ``orig_ends[i]`` is -1 for a copy run (length equals the cleaned length) and
    the end of the replaced original span for a synthetic run.
    """

    clean_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    orig_ends: tuple[int, ...]
    clean_length: int
    orig_length: int

    def _run(self, offset: int) -> int:
        return max(0, bisect_right(self.clean_starts, offset) - 1)

    def point(self, offset: int) -> int:
        """Original offset of the cleaned character at ``offset`` (clamped to the text)."""
        if not self.clean_starts:
            return 0
        offset = min(max(offset, 0), max(self.clean_length - 1, 0))
        run = self._run(offset)
        if self.orig_ends[run] >= 0:
            return self.orig_starts[run]
        return min(self.orig_starts[run] + offset - self.clean_starts[run], self.orig_length)

    def to_clean(self, original: int) -> int:
        """Cleaned offset of original offset ``original``; an offset inside removed text (a
        page footer, a footnote) maps to the cleaned character that follows it."""
        if not self.clean_starts:
            return 0
        original = min(max(original, 0), self.orig_length)
        run = max(0, bisect_right(self.orig_starts, original) - 1)
        start = self.orig_starts[run]
        following = self.clean_starts[run + 1] if run + 1 < len(self.clean_starts) else None
        length = (following if following is not None else self.clean_length) - self.clean_starts[
            run
        ]
        if self.orig_ends[run] >= 0:  # synthetic: the whole replaced span maps to its text
            inside = original < max(self.orig_ends[run], start + 1)
            return self.clean_starts[run] if inside else self.clean_starts[run] + length
        return self.clean_starts[run] + min(original - start, length)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` covering the cleaned span ``[start, end)``."""
        if not self.clean_starts or self.clean_length == 0:
            return (0, 0)
        start = min(max(start, 0), self.clean_length)
        end = min(max(end, start), self.clean_length)
        if start == self.clean_length:
            return (self.orig_length, self.orig_length)
        orig_start = self.point(start)
        if end <= start:
            return (orig_start, orig_start)
        last = end - 1
        run = self._run(last)
        if self.orig_ends[run] >= 0:
            orig_end = self.orig_ends[run]
        else:
            orig_end = self.orig_starts[run] + last - self.clean_starts[run] + 1
        return (orig_start, max(orig_start, min(orig_end, self.orig_length)))


@dataclass(slots=True)
class OffsetMapBuilder:
    """Accumulates cleaned text piece by piece, recording where each piece came from."""

    original: str
    parts: list[str] = field(default_factory=list)
    clean_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    orig_ends: list[int] = field(default_factory=list)
    length: int = 0

    def copy(self, start: int, end: int) -> None:
        """Append ``original[start:end]`` unchanged."""
        if end <= start:
            return
        if (
            self.clean_starts
            and self.orig_ends[-1] < 0
            and self.orig_starts[-1] + (self.length - self.clean_starts[-1]) == start
        ):
            pass  # contiguous with the previous copy run: extend it implicitly
        else:
            self.clean_starts.append(self.length)
            self.orig_starts.append(start)
            self.orig_ends.append(-1)
        self.parts.append(self.original[start:end])
        self.length += end - start

    def insert(self, text: str, orig_start: int, orig_end: int) -> None:
        """Append ``text`` standing in for ``original[orig_start:orig_end]``."""
        if not text:
            return
        self.clean_starts.append(self.length)
        self.orig_starts.append(orig_start)
        self.orig_ends.append(max(orig_end, orig_start))
        self.parts.append(text)
        self.length += len(text)

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts and self.parts[-1] else ""

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self.parts)
        return text, OffsetMap(
            clean_starts=tuple(self.clean_starts),
            orig_starts=tuple(self.orig_starts),
            orig_ends=tuple(self.orig_ends),
            clean_length=len(text),
            orig_length=len(self.original),
        )
