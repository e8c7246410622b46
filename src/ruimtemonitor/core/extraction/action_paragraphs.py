"""Actions of an agenda whose labels sit inside the paragraph instead of on lines of their own.

Four layouts, whatever the numbering glyph of the action ("A.1.1", "B2", "1A"):

    1A  Dijkversterking Noord. Wat: het waterschap versterkt de dijk. Wie: … Wanneer: 2028.

    A.2.1  Fietsbrug Oost
    De gemeente bouwt een fietsbrug over het kanaal.
    (trekker: gemeente | gereed: 2027 | middelen: € 2 mln)

    Actie 2.1   Fietsbrug Oost
                > trekker gemeente; gereed eind 2027;
                > kosten € 2 mln.

    Actie 3   Fietsbrug Oost
              wie: gemeente
              wanneer: eind 2027

The number may be any of "A.1.1", "A1", "1A", "1.2.3" (after an optional "Actie"); the
bracketed labels may be separated by "|", ";" or "·", or stand alone ("(trekker: RWS)").
In the first the title is the text before ``Wat:`` and the commitment the ``Wat:`` text up to
the next label; in the second the title is the heading line and the commitment the sentence
between it and the bracketed labels; in the third the commitment is the first arrow line up to
its first ";" (who does it), when the arrow lines name a label (trekker, gereed, kosten …). A
fourth layout has no sentence at all, only indented label lines under the heading ("wie:",
"wanneer:", "geld:"): the title is then the commitment, owned by whom "wie:" names. The
labels make the action an agreement: an item without them is left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .agreement_record import Agreement, agreement_in
from .agreement_sentences import Commitment
from .owners import find_owner
from .patterns import NOTHING_AGREED
from .splitting import Document
from .structure import Structure
from .textutil import Spans, normalise_space
from .unit_commitments import is_undertaking

__all__ = ["action_bodies", "action_paragraphs"]

# "I-a", "III-b" (an action lettered under a roman theme) and "ZL-01", "WB-3" (a code of two
# or three capitals): numbers of actions beside the shapes below
# "GH-1.1" (such a code with the action's number in its theme)
_CODED_NUMBER = r"[IVX]{1,4}-[a-z]|[A-Z]{2,3}-\d{1,2}(?:\.\d{1,2})?"
_HEAD = re.compile(
    r"^[ \t]*(?:(?P<word>(?i:actie))[ \t]+)?"
    r"(?P<number>[A-H](?:[.-]\d{1,2}){1,2}|[A-H]\d{1,2}[a-z]?|\d{1,2}[A-H]"
    rf"|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}|{_CODED_NUMBER})[.:)]?[ \t]+"
    r"(?P<rest>[A-ZÀ-Ý][^\n]*)$",
    re.MULTILINE,
)
_WHAT = re.compile(r"(?:^|(?<=[.;]) )wat[ \t]*:[ \t]*", re.IGNORECASE)
_NEXT_LABEL = re.compile(
    r"\s(?:wie|wanneer|geld|middelen|kosten|trekker|gereed|planning|eigenaar)[ \t]*:",
    re.IGNORECASE,
)
_BRACKETED = re.compile(
    r"\((?:trekker|wie|eigenaar|gereed|wanneer|planning)[ \t]*:[^)\n]*(?:[|;·][^)\n]*)*\)",
    re.IGNORECASE,
)
# "> trekker gemeente; gereed 2027;" under an action's heading line: arrow lines of labels
# (the cleaner writes an "→" as "•")
_ARROW_LINE = re.compile(r"^[ \t]*[>→•][ \t]+(?P<body>[^\n]*)", re.MULTILINE)
_LABELS = (
    "trekker|wie|eigenaar|gereed|wanneer|planning|kosten|budget|middelen|realisatie|oplevering"
)
_ARROW_LABEL = re.compile(rf"(?:^|[;|][ \t]*)(?:{_LABELS})\b", re.IGNORECASE)
# "wie: gemeente X": a line that is one label and its value
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?P<label>{_LABELS}|geld)[ \t]*:[ \t]*(?P<value>\S[^\n]*)$", re.IGNORECASE
)
_WHO = frozenset({"wie", "trekker", "eigenaar"})
# "Trekker: gemeente X / Gereed: 2026 / Budget: p.m.": labels on one row, apart by a slash, a
# bar, a semicolon, a middle dot or a dash between spaces
# "Veenstad stelt een plan op.": a whole sentence on a line of its own
_SENTENCE_LINE = re.compile(r"^[ \t]*[A-ZÀ-Ý][^\n]*\.[ \t]*$")
_ROW_OF_LABELS = re.compile(
    # the value is read run by run (words, then blanks before more words), so a long run of
    # blanks is passed once, not tried at every length
    rf"^[ \t]*+(?P<label>{_LABELS}|geld)[ \t]*+:[ \t]*+"
    rf"(?P<value>(?:[^/|;·\n \t]++|[ \t]++(?=[^/|;·\n \t]))*?)"
    rf"[ \t]*+(?:[/|;·]|(?<=[ \t])[–—][ \t])[ \t]*(?:{_LABELS}|geld)[ \t]*:",
    re.IGNORECASE,
)
# "trekker: gemeente;", "budget: p.m.": a bullet that opens with a label and its colon
_COLON_LABEL = re.compile(rf"(?:{_LABELS})[ \t]*:", re.IGNORECASE)
_MAX_CONTEXT_LINES = 2  # "De verkenning is gestart." between an action's heading and bullets
_BLANK = re.compile(r"\n[ \t]*\n")


def action_bodies(
    text: str, heads: list[re.Match[str]], end: int, taken: Spans
) -> Iterator[tuple[re.Match[str], int]]:
    """Each head not taken yet with the end of its body: the next head or the first blank line
    after it, whichever comes first (``end`` closes the last one)."""
    for index, head in enumerate(heads):
        if taken.contains(head.start()):
            continue
        limit = heads[index + 1].start() if index + 1 < len(heads) else end
        blank = _BLANK.search(text, head.end(), limit)
        yield head, blank.start() if blank else limit


def action_paragraphs(
    text: str, document: Document, structure: Structure, covered: list[tuple[int, int]]
) -> list[Agreement]:
    """The actions of ``document`` written in one of the module docstring's layouts."""
    taken = Spans(covered)
    heads = [  # a bare number ("Actie 3") only after the word
        m
        for m in _HEAD.finditer(text, document.start, document.end)
        if m.group("word") or not m.group("number").isdigit()
    ]
    found: list[Agreement] = []
    for head, end in action_bodies(text, heads, document.end, taken):
        listed = _label_bullets(text, head, end)
        if listed is not None:
            title, commitments, end = listed
            found.append(_agreement(document, structure, head, title, commitments, end))
            continue
        read = (
            _inline(text, head, end)
            or _bracketed(text, head, end)
            or _arrowed(text, head, end)
            or _labelled(text, head, end)
        )
        if read is None:
            rows = _label_row(text, head, end)
            if rows is not None:
                found.append(_agreement(document, structure, head, rows[0], rows[1], end))
            continue
        title, commitment = read
        found.append(_agreement(document, structure, head, title, (commitment,), end))
    return found


def _label_bullets(
    text: str, head: re.Match[str], end: int
) -> tuple[str, tuple[Commitment, ...], int] | None:
    """ "A2  Titel" over "• trekker: gemeente; gereed 2027;" and "• budget: n.t.b.", maybe
    after a line of context ("De verkenning loopt."): bullets that open with a label and its
    colon are the action's own list, each bullet one thing agreed; the prose is background
    (a line that undertakes, or one bullet of labels alone, is another layout). The list
    ends at the first line that is no bullet (a theme's closing remark)."""
    title = normalise_space(head.group("rest"))
    if title.endswith(".") or head.end() >= end:
        return None
    bullets = list(_ARROW_LINE.finditer(text, head.end() + 1, end))
    if not bullets or not _COLON_LABEL.match(bullets[0].group("body")):
        return None
    before = [ln for ln in text[head.end() + 1 : bullets[0].start()].split("\n") if ln.strip()]
    if len(before) > _MAX_CONTEXT_LINES or any(
        _LABEL_LINE.match(ln) or is_undertaking(ln) for ln in before
    ):
        return None  # a sentence that undertakes is what the action agrees: another layout
    run = [bullets[0]]
    for bullet in bullets[1:]:  # only bullets right under each other
        if bullet.start() != run[-1].end() + 1:
            break
        run.append(bullet)
    if len(run) < 2:
        return None  # one line "• Trekker: …; Planning: …" is a row of labels, not a list
    commitments = tuple(
        Commitment(body, find_owner(body), (), b.start("body"), b.end())
        for b in run
        if (body := normalise_space(b.group("body")))
    )
    return title, commitments, run[-1].end()


def _inline(text: str, head: re.Match[str], end: int) -> tuple[str, Commitment] | None:
    what = _WHAT.search(text, head.start("rest"), head.end())
    if what is None:
        return None
    title = normalise_space(text[head.start("rest") : what.start()]).rstrip(" .;")
    label = _NEXT_LABEL.search(text, what.end(), end)
    stop = label.start() if label else end
    body = normalise_space(text[what.end() : stop])
    if not (title and body):
        return None
    return title, Commitment(body, find_owner(body), (), what.end(), stop)


def _bracketed(text: str, head: re.Match[str], end: int) -> tuple[str, Commitment] | None:
    labels = _BRACKETED.search(text, head.end(), end)
    if labels is None:
        return None
    body = normalise_space(text[head.end() : labels.start()])
    title = normalise_space(head.group("rest"))
    if not body or title.endswith("."):
        return None
    return title, Commitment(body, find_owner(body), (), head.end() + 1, labels.start())


def _arrowed(text: str, head: re.Match[str], end: int) -> tuple[str, Commitment] | None:
    title = normalise_space(head.group("rest"))
    if title.endswith(".") or head.end() >= end:
        return None
    arrows = list(_ARROW_LINE.finditer(text, head.end() + 1, end))
    if not arrows or arrows[0].start() != head.end() + 1:
        return None
    # every arrow line names a label: a list of sentences under a heading is no action
    if not all(_ARROW_LABEL.search(arrow.group("body")) for arrow in arrows):
        return None
    first = arrows[0]
    line = first.group("body")
    cut = re.search(r"[;|]", line)
    body = normalise_space(line[: cut.start()] if cut else line).rstrip(" .")
    if not body:
        return None
    start = first.start("body")
    return title, Commitment(body, find_owner(body), (), start, start + len(body))


def _labelled(text: str, head: re.Match[str], end: int) -> tuple[str, Commitment] | None:
    """ "Actie 3  Fietsbrug Oost" over indented label lines only ("wie: gemeente", "wanneer:
    2027", "geld: € 2 mln"): the action is its title, done by whom the ``wie`` line names."""
    title = normalise_space(head.group("rest"))
    if title.endswith(".") or head.end() >= end:
        return None
    lines = [line for line in text[head.end() + 1 : end].split("\n") if line.strip()]
    labels = [_LABEL_LINE.match(line) for line in lines]
    if len(lines) < 2 or not all(labels) or any(_ROW_OF_LABELS.match(line) for line in lines):
        return None  # "trekker: … | gereed: …" over "geld: …": a wrapped row of labels
    who = next((m.group("value") for m in labels if m.group("label").lower() in _WHO), "")
    start = head.start("rest")
    return title, Commitment(title, find_owner(who or title), (), start, start + len(title))


def _label_row(
    text: str, head: re.Match[str], end: int
) -> tuple[str, tuple[Commitment, ...]] | None:
    """ "ZL-04  Fietsroute Oost" over one row of labels ("Trekker: gemeente / Gereed: 2026 /
    Budget: € 2 mln"), maybe after a line of context ("De verkenning loopt."): the row says who
    does the action, when and with what; it is the action's commitment, owned by whom the
    first label names. A row that wraps onto a line opening with a label of its own ("geld:
    € 2 mln") gives that line as a second commitment; a wrapped line without a label carries
    on the one above. A line that undertakes, or a sentence under the row (but one saying
    nothing is agreed), is another layout: that sentence is what the action agrees."""
    title = normalise_space(head.group("rest"))
    if title.endswith(".") or head.end() >= end:
        return None
    lines = [ln for ln in text[head.end() + 1 : end].split("\n") if ln.strip()]
    for line in lines[: _MAX_CONTEXT_LINES + 1]:
        row = _ROW_OF_LABELS.match(line)
        if row is None:
            if _LABEL_LINE.match(line) or is_undertaking(line):
                return None
            continue
        after = lines[lines.index(line) + 1 :]
        if any(is_undertaking(other) for other in lines if other is not line) or any(
            _SENTENCE_LINE.match(other) and not NOTHING_AGREED.search(other) for other in after
        ):
            return None
        start = text.index(line, head.end())
        owner = find_owner(row.group("value")) if row.group("label").lower() in _WHO else None
        parts = [(start, start + len(line), owner)]
        for other in after:
            at = text.index(other, parts[-1][1])
            if _LABEL_LINE.match(other) or _ROW_OF_LABELS.match(other):
                parts.append((at, at + len(other), None))
            else:  # "jaar uit het regiofonds" under "… | geld: een ton per": the row wraps
                parts[-1] = (parts[-1][0], at + len(other), parts[-1][2])
        commitments = tuple(
            Commitment(body, who or find_owner(body), (), s, e)
            for s, e, who in parts
            if (body := normalise_space(text[s:e]))
        )
        return title, commitments
    return None


def _agreement(
    document: Document,
    structure: Structure,
    head: re.Match[str],
    title: str,
    commitments: tuple[Commitment, ...],
    end: int,
) -> Agreement:
    number = head.group("number")
    return agreement_in(
        document, structure, f"a{number}", number, title, commitments, head.start(), end
    )
