"""Which agreement of last year's generation became which of this year's, and how it changed.

A Ruimtelijk Arrangement is revised every year: agreements keep their number, get a new
one, are reworded, merged, split or dropped. Matching goes first by the old number a heading
names ("Afspraak 3.2 (was 4.1)"), then by number (a number is only trusted when the wording
still resembles the old one), then by the similarity of
title and text. Every link carries a confidence; links below ``REVIEW_BELOW`` are meant
for a person to confirm.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Container, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

REVIEW_BELOW = 0.75
NUMBER_MATCH_MIN = 0.45  # same number, but the wording must still look alike
SIMILARITY_MATCH_MIN = 0.6
CONTAINED_MIN = 0.7  # share of an agreement's words found in a merge/split partner

_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


class ChangeKind(enum.StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MERGED = "merged"
    SPLIT = "split"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Version:
    """One agreement as the lineage sees it: an identifier, its number, title and text."""

    key: Hashable
    number: str
    title: str
    text: str = ""
    previous_number: str = ""  # the number the letter says it had last year ("(was 4.1)")


@dataclass(frozen=True)
class DiffPart:
    op: str  # "equal", "insert" or "delete"
    words: str


@dataclass
class Link:
    """How one agreement continues: ``previous`` and ``next`` are keys (either may be empty)."""

    kind: ChangeKind
    previous: tuple[Hashable, ...] = ()
    next: tuple[Hashable, ...] = ()
    confidence: float = 1.0
    renumbered: bool = False
    title_diff: list[DiffPart] = field(default_factory=list)
    text_diff: list[DiffPart] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return self.confidence < REVIEW_BELOW


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _normal(text: str) -> list[str]:
    return [word.lower() for word in words(text)]


def word_diff(old: str, new: str) -> list[DiffPart]:
    """The change from ``old`` to ``new`` in whole words, as a reader would mark it."""
    before, after = words(old), words(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    parts: list[DiffPart] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart("equal", " ".join(before[a1:a2])))
            continue
        if a2 > a1:
            parts.append(DiffPart("delete", " ".join(before[a1:a2])))
        if b2 > b1:
            parts.append(DiffPart("insert", " ".join(after[b1:b2])))
    return parts


def similarity(old: Version, new: Version) -> float:
    """0..1: titles weigh most, because letters reword the body more often than the title."""
    title = difflib.SequenceMatcher(
        a=_normal(old.title), b=_normal(new.title), autojunk=False
    ).ratio()
    if not old.text and not new.text:
        return title
    text = difflib.SequenceMatcher(a=_normal(old.text), b=_normal(new.text), autojunk=False)
    return 0.6 * title + 0.4 * text.ratio()


def _contained(part: Version, whole: Version) -> float:
    """The share of ``part``'s words that occur in ``whole``: high for a merged-in agreement."""
    mine = _normal(f"{part.title} {part.text}")
    if not mine:
        return 0.0
    theirs = set(_normal(f"{whole.title} {whole.text}"))
    return sum(word in theirs for word in mine) / len(mine)


def _same(old: Version, new: Version) -> bool:
    return _normal(old.title) == _normal(new.title) and _normal(old.text) == _normal(new.text)


def match_generations(previous: Sequence[Version], current: Sequence[Version]) -> list[Link]:
    """Links covering every agreement of both generations exactly once (merge/split links
    name several keys on one side)."""
    pairs: dict[int, tuple[int, float]] = {}  # current index -> (previous index, confidence)
    taken: set[int] = set()
    scores: dict[tuple[int, int], float] = {}

    def score(i: int, j: int) -> float:
        if (i, j) not in scores:
            scores[i, j] = similarity(previous[i], current[j])
        return scores[i, j]

    by_number: dict[str, int] = {}
    for i, old in enumerate(previous):
        if old.number:
            by_number.setdefault(old.number, i)
    for j, new in enumerate(current):  # the letter itself names the old number: trust it
        i = by_number.get(new.previous_number) if new.previous_number else None
        if i is not None and i not in taken:
            pairs[j] = (i, max(REVIEW_BELOW, min(1.0, 0.6 + score(i, j) / 2)))
            taken.add(i)
    for j, new in enumerate(current):
        if j in pairs:
            continue
        i = by_number.get(new.number) if new.number else None
        if i is not None and i not in taken and score(i, j) >= NUMBER_MATCH_MIN:
            pairs[j] = (i, min(1.0, 0.5 + score(i, j) / 2))
            taken.add(i)

    candidates = sorted(
        (
            (score(i, j), i, j)
            for j in range(len(current))
            if j not in pairs
            for i in range(len(previous))
            if i not in taken
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    for value, i, j in candidates:
        if value < SIMILARITY_MATCH_MIN:
            break
        if j in pairs or i in taken:
            continue
        pairs[j] = (i, value)
        taken.add(i)

    successors: dict[int, list[int]] = {}
    for j, (i, _) in pairs.items():
        successors.setdefault(i, []).append(j)
    # An old agreement nobody continues, whose words live on inside a continued one: merged.
    merged_into = _absorbed(previous, current, among=pairs, skip=taken)
    taken.update(i for olds in merged_into.values() for i in olds)
    # A new agreement matching nothing, whose words come from a continued old one: split.
    split_from = _absorbed(current, previous, among=successors, skip=pairs)

    links: list[Link] = []
    split_members = {j for js in split_from.values() for j in js}
    for j, (i, confidence) in sorted(pairs.items()):
        old, new = previous[i], current[j]
        olds, news = [i, *merged_into.get(j, [])], [j, *split_from.get(i, [])]
        if len(olds) > 1 or len(news) > 1:  # both at once is rare; it is shown as a merge
            links.append(
                Link(
                    ChangeKind.MERGED if len(olds) > 1 else ChangeKind.SPLIT,
                    tuple(previous[k].key for k in olds),
                    tuple(current[k].key for k in news),
                    confidence=round(min(confidence, 0.7), 3),
                )
            )
            continue
        links.append(
            Link(
                ChangeKind.UNCHANGED if _same(old, new) else ChangeKind.CHANGED,
                (old.key,),
                (new.key,),
                confidence=round(confidence, 3),
                renumbered=old.number != new.number,
                title_diff=[] if old.title == new.title else word_diff(old.title, new.title),
                text_diff=[] if old.text == new.text else word_diff(old.text, new.text),
            )
        )
    links += [
        Link(ChangeKind.DROPPED, (old.key,), ()) for i, old in enumerate(previous) if i not in taken
    ]
    links += [
        Link(ChangeKind.NEW, (), (new.key,))
        for j, new in enumerate(current)
        if j not in pairs and j not in split_members
    ]
    return links


def _absorbed(
    versions: Sequence[Version],
    others: Sequence[Version],
    *,
    among: Iterable[int],
    skip: Container[int],
) -> dict[int, list[int]]:
    """Versions (outside ``skip``) whose words live on inside one of ``others`` (by index, from
    ``among``): that one's index -> theirs, when the best containment reaches CONTAINED_MIN."""
    candidates = list(among)
    found: dict[int, list[int]] = {}
    for index, version in enumerate(versions):
        if index in skip:
            continue
        score, target = max(
            ((_contained(version, others[k]), k) for k in candidates), default=(0.0, -1)
        )
        if score >= CONTAINED_MIN:
            found.setdefault(target, []).append(index)
    return found
