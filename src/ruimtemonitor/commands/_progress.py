"""A terminal progress line for long commands; plain lines when output is not a terminal."""

from __future__ import annotations

import sys
from typing import TextIO


class ProgressLine:
    def __init__(self, total: int, *, stream: TextIO = sys.stderr, width: int = 24) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream
        self.width = width
        self.interactive = stream.isatty()

    def show(self, label: str) -> None:
        if not self.interactive:
            return
        filled = int(self.width * self.done / self.total)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label[:60]:<60}")
        self.stream.flush()

    def finish_item(self, message: str) -> None:
        self.done += 1
        if self.interactive:
            self.stream.write("\r" + " " * (self.width + 75) + "\r")
        self.stream.write(message + "\n")
        self.stream.flush()
