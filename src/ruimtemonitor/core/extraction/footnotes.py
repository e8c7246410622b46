"""Find footnote bodies at page bottoms and the markers glued to words in the running text.

PDF text puts "Gent-Terneuzen1" in the paragraph and "1 Kamerstuk 36 600-A, nr. 53"
at the bottom of the page. A numbered line only counts as a footnote body when
its number continues the document's footnote sequence *and* a glued marker with
that number occurs in the running text before it; that keeps numbered lists and
wrapped lines that start with a figure ("17 grootschalige ...") in the text. The first
footnote of a letter may have any number when its body opens with a cue ("Kamerstuk …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figure_markers import total_marker
from .time_words import MONTH_NAMES

__all__ = ["FootnoteHit", "drop_link_annotations", "find_footnotes"]

# "1 Kamerstuk …", "¹ …", and four other ways of numbering a body: "(2) Kamerstuk …" or
# "[1] …" (markers "Koster(2)", "gedaan.[1]"), "^1 …" (marker "Veen^1"), "* …" / "** …"
# under a rule (markers "Delfzijl*", "Eemsdelta**"), "*) …" (marker "motie-Jansen *)") and
# "Noot 3: …" (cited in the text as "(zie noot 3)").
_BODY = re.compile(
    r"^[ \t]?(?:(?:(?P<open>[(\[])|(?P<caret>\^))?(?P<number>\d{1,3}|[¹²³⁴-⁹⁰]{1,2})"
    r"(?(open)[)\]])"
    r"|(?P<stars>\*{1,3})(?P<star_close>\))?|[Nn]oot[ \t]+(?P<noot>\d{1,3})[ \t]*[:.])"
    # ("3 | Wat kost het?": a bar after the number sets off a heading or a row, no footnote)
    r"[ \t]+(?P<text>(?!\|)\S[^\n]*)$"
)
# "Limburg¹" over "¹ Kamerstuk …": Word exports keep the superscript digits.
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_CUE = re.compile(
    r"^(?:kamerstuk|tweede kamer|eerste kamer|bijlage|https?://|www\.|zie|dit betreft|kamerbrief|"
    r"staatscourant|stcrt|stb|handelingen|onderliggende|brief|motie|toezegging|idem|ibid|op |in )",
    re.IGNORECASE,
)
_SEARCH_BACK = 12_000
_RULE = re.compile(r"^[_]{5,}$|^[-–—]{10,}$")


@dataclass(frozen=True, slots=True)
class FootnoteHit:
    """A footnote found in the original text: its body lines and the marker it belongs to."""

    number: int
    line_indexes: tuple[int, ...]
    marker_start: int
    marker_end: int


def _number(written: str) -> int:
    return int(written.translate(_SUPERSCRIPT))


def _body_number(body: re.Match[str]) -> int:
    """The number of a body line: its digits, its "Noot" number, or how many stars it has."""
    if body.group("stars"):
        return len(body.group("stars"))
    return _number(body.group("number") or body.group("noot"))


def _style_pattern(body: re.Match[str], number: int) -> re.Pattern[str]:
    """The marker that goes with a body: glued digits, a glued "(2)"/"[2]", stars, "zie noot"."""
    if body.group("star_close"):  # "de motie-Jansen *)" over "*) Kamerstuk …"
        return re.compile(rf"(?<=[\w.,;:’'\"”%])[ \t]?(?<!\*)\*{{{number}}}\)")
    if body.group("stars"):
        return re.compile(rf"(?<=[\w.,;:)’'\"”%])(?<!\*)\*{{{number}}}(?!\*)")
    if body.group("noot"):
        return re.compile(rf"\(?\bzie[ \t]+(?:ook[ \t]+)?noot[ \t]+{number}\b\)?", re.IGNORECASE)
    if body.group("caret"):  # "motie-Jansen^2" over "^2 Kamerstuk …" (a plain-text export)
        return re.compile(rf"(?<=[\w.,;:)’'\"”%])\^{number}(?!\d)")
    if body.group("open"):
        brackets = r"\(" + str(number) + r"\)" if body.group("open") == "(" else rf"\[{number}\]"
        return re.compile(rf"(?<=[\w.,;:’'\"”%]){brackets}")
    return _marker_pattern(number)


def _marker_pattern(number: int) -> re.Pattern[str]:
    # The marker sits right after a lower-case letter or closing punctuation, never after a
    # capital or digit (that would be "A1", "N36", "CO2", "2025"), except right after a
    # year: "20101" is "2010" with footnote 1. Nor is it the last part of a code ("A1.2",
    # "B12.3": an action numbered under a theme).
    return re.compile(
        rf"(?<=[a-zà-ÿ.,;:)’'\"”\]])(?<!\d,)(?<!\b\d\.)(?<!\b\d\d\.)(?<!\b[A-H]\.)"
        rf"(?<![A-Z]\d\.)(?<![A-Z]\d\d\.){number}(?=[\s,.;:)’”]|$)"
        rf"|(?<=[.;:)] ){number}(?=[ \t]*$)"
        # glued to the year of a date: "het overleg van 1 juli 20101" (not "Postbus 20901")
        rf"|(?:{MONTH_NAMES})[ \t]+(?:19|20)\d\d(?P<year_marker>{number})(?=[\s,.;:)’”]|$)"
        # a superscript digit may follow anything: "Limburg¹", "OV²", "2026³"
        rf"|(?<=\S){str(number).translate(_TO_SUPERSCRIPT)}(?![⁰¹²³⁴-⁹])"
    )


# "… aan OV3." over "3 Kamerstuk …": a marker glued to an abbreviation in capitals, only
# looked for when no other marker fits and the body cites a paper.
def _acronym_marker(number: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])[A-Z]{{2,5}}(?P<acronym_marker>{number})(?=[.,;:)]?(?:\s|$))")


def find_footnotes(
    text: str,
    lines: list[tuple[int, int]],
    skip: set[int],
    page_first_lines: set[int],
    repeated: frozenset[str] = frozenset(),
) -> list[FootnoteHit]:
    """Return footnotes in document order; ``skip`` holds line indexes already removed.

    ``repeated`` holds short lines that recur in the text (side-column furniture); a footnote
    body never continues into one of them.
    """
    hits: list[FootnoteHit] = []
    under_rule = _bodies_under_rules(text, lines, skip)
    ruled = {below for found in under_rule.values() for below in found}
    # the last line under a rule that holds each number: asked per line, so not scanned again
    last_ruled = {number: max(found) for number, found in under_rule.items()}
    expected = 1
    last_marker_end = 0
    taken: set[int] = set()
    index = 0
    while index < len(lines):
        if index in skip or index in taken:
            index += 1
            continue
        start, end = lines[index]
        match = _BODY.match(text[start:end])
        if match is None:
            index += 1
            continue
        number = _body_number(match)
        unruled = index not in ruled and not match.group("star_close")  # no bullet has "*)"
        if match.group("stars") and (unruled or not _CUE.match(match.group("text"))):
            # a "* …" line is a bullet, or a remark kept in the text, unless it stands under
            # a footnote rule and cites a paper ("** Kamerstuk …")
            index += 1
            continue
        if last_ruled.get(number, -1) > index or _opens_section(text, lines, index, number):
            index += 1  # "4 Toezeggingen" above the real "4 Kamerstuk …" under the rule
            continue
        # A letter printed from a longer one starts its footnotes at "5 Kamerstuk …".
        first = not hits and _CUE.match(match.group("text")) is not None
        if number != 1 and not expected <= number <= expected + 2 and not first:
            index += 1
            continue
        floor = max(last_marker_end, start - _SEARCH_BACK)
        style = _style_pattern(match, number)
        marker = _find_marker(text, lines, skip | taken, number, floor, index, style)
        plain = style.pattern == _marker_pattern(number).pattern
        if marker is None and plain and number == expected and _CUE.match(match.group("text")):
            marker = _find_marker(
                text, lines, skip | taken, number, floor, index, _acronym_marker(number)
            )
        if marker is None and plain and number == expected and index in ruled:
            marker = total_marker(text, lines, number, floor, index)  # "Totaal 693,01"
        if marker is None and number == expected and hits and _CUE.match(match.group("text")):
            # "… Mulder-Brouwers2 … post onvoorzien1.": markers out of order on one page.
            marker = _find_marker(
                text, lines, skip | taken, number, max(0, start - _SEARCH_BACK), index, style
            )
        if (
            marker is None
            or not _plausible(text, lines, skip, index, match.group("text"), number, expected)
            or _opens_section(text, lines, index, number)
        ):
            index += 1
            continue
        body = [index]
        body.extend(_continuation(text, lines, skip, index, page_first_lines, repeated))
        taken.update(body)
        hits.append(FootnoteHit(number, tuple(body), marker[0], marker[1]))
        expected = number + 1
        last_marker_end = marker[1]
        index = body[-1] + 1
    return hits


_RULE_REACH = 12


def _bodies_under_rules(
    text: str, lines: list[tuple[int, int]], skip: set[int]
) -> dict[int, list[int]]:
    """The numbered lines that stand under a "_______" rule: where a page's footnotes are."""
    found: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(lines):
        if not _RULE.match(text[start:end].strip()):
            continue
        for below in range(index + 1, min(len(lines), index + 1 + _RULE_REACH)):
            if below in skip:
                continue
            body = _BODY.match(text[lines[below][0] : lines[below][1]])
            if body is not None:
                found.setdefault(_body_number(body), []).append(below)
    return found


def _opens_section(text: str, lines: list[tuple[int, int]], index: int, number: int) -> bool:
    """ "2 Nationaal" over "2.1 Herprioritering": a numbered heading, not a footnote body."""
    for start, end in lines[index + 1 : index + 3]:
        following = text[start:end].strip()
        if following:
            return following.startswith(f"{number}.1 ") or following.startswith(f"{number}.1.")
    return False


def _plausible(
    text: str,
    lines: list[tuple[int, int]],
    skip: set[int],
    index: int,
    body: str,
    number: int,
    expected: int,
) -> bool:
    if _CUE.match(body):
        return True
    previous = index - 1
    while previous >= 0 and previous in skip:
        previous -= 1
    if previous < 0:
        return True
    prev_text = text[lines[previous][0] : lines[previous][1]].strip()
    return (
        not prev_text
        or bool(_BODY.match(prev_text))
        or (number == expected and number > 1)
        or bool(_RULE.match(prev_text))  # under the "_______" that opens the page's footnotes
    )


def _opens_section(text: str, lines: list[tuple[int, int]], index: int, number: int) -> bool:
    """ "2 Nationaal" over "2.1 Herprioritering": a numbered heading, not footnote 2."""
    following = index + 1
    while following < len(lines) and not text[lines[following][0] : lines[following][1]].strip():
        following += 1
    if following >= len(lines):
        return False
    return (
        re.match(rf"[ \t]*{number}\.\d", text[lines[following][0] : lines[following][1]])
        is not None
    )


def _find_marker(
    text: str,
    lines: list[tuple[int, int]],
    skip: set[int],
    number: int,
    floor: int,
    before: int,
    pattern: re.Pattern[str] | None = None,
) -> tuple[int, int] | None:
    pattern = pattern or _marker_pattern(number)
    line = before - 1
    while line >= 0 and lines[line][1] > floor:
        if line not in skip:
            start, end = lines[line]
            hits = list(pattern.finditer(text, max(start, floor), end))
            found = hits[-1] if hits else None
            if found is not None and not _BODY.match(text[start:end]):
                named = found.groupdict()
                group = next((key for key in named if named[key]), 0)
                return (found.start(group), found.end(group))
        line -= 1
    return None


def _continuation(
    text: str,
    lines: list[tuple[int, int]],
    skip: set[int],
    index: int,
    page_first_lines: set[int],
    repeated: frozenset[str],
) -> list[int]:
    """Lines that continue a footnote body: up to the next blank line, page start or footnote.

    One empty line is bridged when the next line is a URL, or when the footnote so far stops
    mid-sentence and the next line continues in lower case (double-spaced PDF exports).
    """
    result: list[int] = []
    previous = text[lines[index][0] : lines[index][1]].rstrip()
    line = index + 1
    while line < len(lines) and len(result) < 10:
        if line in skip or line in page_first_lines:
            break
        start, end = lines[line]
        raw = text[start:end]
        if not raw.strip() and line + 1 < len(lines) and line + 1 not in skip:
            following = text[lines[line + 1][0] : lines[line + 1][1]]
            bridge = following.lower().startswith(("http", "www.")) or (
                not previous.endswith((".", ";")) and following[:1].islower()
            )
            if bridge and following[:1] and not following[:1].isspace():
                line += 1
                continue
        stripped = raw.strip()
        if (
            not stripped
            or raw[:1].isspace()
            or _BODY.match(raw)
            or " ".join(stripped.split()) in repeated
        ):
            break
        url = stripped.lower().startswith(("http", "www."))
        if previous.endswith((".", ";")) and not url:
            break
        result.append(line)
        previous = stripped
        line += 1
    return result


_BARE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")


def drop_link_annotations(
    text: str, lines: list[tuple[int, int]], hits: list[FootnoteHit], drop: dict[int, str]
) -> None:
    """PDF link annotations repeat a footnote's URLs as bare lines after it; drop them."""
    for hit in hits:
        line = hit.line_indexes[-1] + 1
        blanks = 0
        while line < len(lines) and blanks <= 4:
            raw = text[lines[line][0] : lines[line][1]]
            if not raw.strip():
                blanks += 1
            elif _BARE_URL.match(raw):
                drop[line] = "footnote_link"
                blanks = 0
            else:
                break
            line += 1
