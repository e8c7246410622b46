"""Deadlines and dates in Dutch: "najaar 2025", "tweede kwartaal van dit jaar", "vóór Prinsjesdag".

``dateparser`` does not understand how planning letters speak about time, so this is a
small grammar of our own: one compiled regex, one pass, each match turned into the
existing ``Deadline`` value (words as written, closed interval, precision). Words without
a year ("voor de zomer", "dit jaar", "2 juni jl.") are resolved against the document's
own date; without one they stay unresolved. Period boundaries live in ``periods.py``;
the grammar and its choices are documented in docs/dutch-values.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ruimtemonitor.core.deadlines import Deadline, Precision
from ruimtemonitor.core.dutch import _date_grammar as grammar
from ruimtemonitor.core.dutch import periods as p

__all__ = [
    "FULL_DATE_RE",
    "FULL_MONTH",
    "IMPOSSIBLE_DATE_NOTE",
    "NEXT_WORD",
    "DeadlineMatch",
    "find_deadlines",
    "parse_date",
]

# "januari|februari|…|december": the month names written out, for other modules' patterns.
FULL_MONTH = grammar.FULL_MONTH
# A whole date ("12 november 2025", "12-11-2025"), for other modules.
FULL_DATE_RE = grammar.FULL_DATE_RE
# "volgende", "eerstvolgende", "komende": the words that point at the next meeting.
NEXT_WORD = grammar.NEXT_WORD

IMPOSSIBLE_DATE_NOTE = "de dag bestaat niet in die maand; gelezen als de hele maand"


@dataclass(frozen=True, slots=True)
class DeadlineMatch:
    """One time expression; ``text[start:end] == deadline.as_written``.

    ``relation`` says how the words relate to the period they name: ``in`` (default),
    ``by`` ("uiterlijk", "t/m"), ``before`` ("vóór"; the interval is then the period
    *before* the one named), ``until`` ("tot"), ``from`` ("vanaf", "per") or ``after``
    ("na"; the period after). ``meeting`` is ``bo-mirt`` or ``bo-leefomgeving`` when the
    words name such a meeting, and ``note`` says how to refine the interval later.
    """

    start: int
    end: int
    deadline: Deadline
    relation: str = "in"
    meeting: str | None = None
    note: str | None = None


_MEETINGS = {
    "mirt": ("bo-mirt", "BO MIRT", "najaar"),
    "leef": ("bo-leefomgeving", "BO Leefomgeving", "voorjaar"),
}
_YEAR_OFFSETS = {"dit": 0, "het": 0, "volgend": 1, "volgende": 1, "vorig": -1, "vorige": -1}
_MODS = {
    "dit": p.Pick.CURRENT, "deze": p.Pick.CURRENT, "komend": p.Pick.NEXT, "komende": p.Pick.NEXT,
    "aanstaand": p.Pick.NEXT, "aanstaande": p.Pick.NEXT, "volgend": p.Pick.NEXT,
    "volgende": p.Pick.NEXT, "eerstvolgende": p.Pick.NEXT, "afgelopen": p.Pick.PREVIOUS,
    "vorig": p.Pick.PREVIOUS, "vorige": p.Pick.PREVIOUS,
}  # fmt: skip
_RELATION_PICK = {"before": p.Pick.NEXT, "by": p.Pick.UPCOMING, "until": p.Pick.UPCOMING,
                  "after": p.Pick.UPCOMING}  # fmt: skip
_NO_BARE_YEAR = {"op", "tijdens"}
_LEADER = re.compile(r"\.{3,}[ \t]*$")
_TIME_GROUPS = ("d_days", "n_d", "q_ord", "q_num", "q_num2", "h_ord", "roll", "s_word",
                "m_month", "y_pos", "ry", "ru_mod", "pd", "xm", "jw", "w_num", "yr", "hx_y",
                "t_ord", "ma_month", "mp_a", "bv", "kw_q", "pa_month")  # fmt: skip
_UNIT_STEPS = {"vorige": -1, "afgelopen": -1, "volgende": 1}


class _UnresolvedError(Exception):
    """The words are relative and there is no document date to resolve them against."""


@dataclass(frozen=True, slots=True)
class _Period:
    start: dt.date
    end: dt.date
    precision: Precision
    step: int | None = None  # months in one such period, to step to the one before/after
    season: tuple[int, str] | None = None
    special: bool = False  # "voor/na de zomer": the relation is already applied
    impossible: bool = False  # a day that does not exist in its month, read as the month


def _normal(words: str | None) -> str:
    return " ".join(words.lower().split()) if words else ""


class _Resolver:
    """Turns the groups of one match into a period, resolving relative words against ``ref``."""

    def __init__(self, match: re.Match[str], ref: dt.date | None, relation: str) -> None:
        self.m, self.ref, self.relation = match, ref, relation

    def group(self, name: str) -> str:
        return _normal(self.m.group(name))

    def pick(self, mod: str = "", mark: str = "") -> p.Pick:
        if mark in {"jl.", "jongstleden"}:
            return p.Pick.PREVIOUS
        if mark in {"a.s.", "aanstaande"}:
            return p.Pick.NEXT
        if mod in _MODS:
            return _MODS[mod]
        return _RELATION_PICK.get(self.relation, p.Pick.NEAREST)

    def year(self, make: Callable[[int], p.Interval], tag: str | None, pick: p.Pick) -> int:
        """The year from a "2025"/"dit jaar" tail (group ``tag``), else the one ``pick`` means."""
        if tag and self.m.group(f"{tag}_y"):
            return int(self.m.group(f"{tag}_y"))
        if self.ref is None:
            raise _UnresolvedError
        if tag and self.m.group(f"{tag}_rel"):
            return self.ref.year + _YEAR_OFFSETS[self.group(f"{tag}_rel")]
        return p.pick_year(make, self.ref, pick)

    def period(self) -> _Period | None:
        g = self.group
        if self.m.group("d_days"):
            m = grammar.MONTHS[g("d_month").rstrip(".")]
            days = [int(d) for d in re.findall(r"\d+", self.m.group("d_days"))]
            if self.m.group("d_year") or self.m.group("d_short"):
                y = int(self.m.group("d_year") or self.short_year(g("d_short")))
            else:
                y = self.year(
                    lambda yy: _day_span(yy, m, days) or p.month(yy, m),
                    None,
                    self.pick(mark=g("d_mark")),
                )
            span = _day_span(y, m, days)
            if span is None:  # "31 april", "30 februari": read as the month, with a note
                return _Period(*p.month(y, m), Precision.MONTH, impossible=True)
            return _Period(*span, Precision.DAY)
        if self.m.group("n_d"):
            n_year = self.m.group("n_y") or self.short_year(g("n_short"))
            day = _date(int(n_year), grammar.month_number(g("n_m")), int(g("n_d")))
            return _Period(day, day, Precision.DAY) if day else None
        if self.m.group("q_ord") or self.m.group("q_num") or self.m.group("q_num2"):
            q = 4 if g("q_ord") == "laatste" else grammar.ORDINALS.get(g("q_ord"), 0)
            q = q or int(self.m.group("q_num") or self.m.group("q_num2"))
            if self.m.group("q_short"):
                y = self.short_year(g("q_short"))
            elif self.m.group("q_dash"):  # "Q2-2025"
                y = int(self.m.group("q_dash"))
            else:
                y = self.year(lambda yy: p.quarter(yy, q), "q", self.pick())
            return _Period(*p.quarter(y, q), Precision.QUARTER, step=3)
        if self.m.group("h_ord"):
            if g("h_word") in {"helft", "jaarhelft"} and not (
                self.m.group("h_y") or self.m.group("h_rel") or self.m.group("h_short")
            ):
                return None  # "de eerste helft" alone is too often not about time
            h = 2 if g("h_ord") in {"tweede", "2e", "2de", "laatste"} else 1
            if self.m.group("h_short"):  # "in de tweede helft van '26"
                y = self.short_year(g("h_short"))
            else:
                y = self.year(lambda yy: p.half_year(yy, h), "h", self.pick())
            return _Period(*p.half_year(y, h), Precision.HALF_YEAR, step=6)
        if self.m.group("roll"):
            if self.ref is None:
                raise _UnresolvedError
            months = 6 if "half" in g("roll_unit") else 12
            precision = Precision.HALF_YEAR if months == 6 else Precision.YEAR
            if g("roll") == "afgelopen":
                return _Period(p.add_months(self.ref, -months) + _DAY, self.ref, precision)
            return _Period(self.ref, p.add_months(self.ref, months) - _DAY, precision)
        if self.m.group("s_word"):
            return self.season()
        shorthand = self.shorthand()
        if shorthand is not None:
            return shorthand
        if self.m.group("m_month"):
            return self.month()
        if self.m.group("y_pos"):
            if self.m.group("y_short"):  # "medio '10", "eind '25"
                y = self.short_year(g("y_short"))
            else:
                y = self.year(p.year, "y", p.Pick.CURRENT)
            return _part_of_year(g("y_pos"), y)
        if self.m.group("ry"):
            if self.ref is None:
                raise _UnresolvedError
            return _Period(*p.year(self.ref.year + _YEAR_OFFSETS[g("ry")]), Precision.YEAR, step=12)
        if self.m.group("ru_mod"):
            return self.relative_unit()
        if self.m.group("pd"):

            def make(yy: int) -> p.Interval:
                return p.prinsjesdag(yy), p.prinsjesdag(yy)

            y = (
                int(self.m.group("pd_year"))
                if self.m.group("pd_year")
                else self.year(make, None, self.pick())
            )
            return _Period(*make(y), Precision.DAY)
        if self.m.group("xm"):
            return self.christmas()
        if self.m.group("jw"):
            return self.turn_of_year()
        if self.m.group("w_num"):
            return self.week()
        if self.m.group("yr"):
            return self.bare_year()
        return None

    def shorthand(self) -> _Period | None:
        """The periods of ``grammar._EXTRA_BRANCHES``: "H1 2027", "T2 2026", "het tweede tertaal
        van 2022", "sep '16", "juni/juli 2016", "na de bouwvak van 2016", "KW2 2026", "medio nov.
        2021"."""
        g, m = self.group, self.m
        if m.group("hx_y"):
            y = int(m.group("hx_y"))
            if m.group("hx_h"):
                h = int(m.group("hx_h"))
                return _Period(*p.half_year(y, h), Precision.HALF_YEAR, step=6)
            return _tertiary(y, int(m.group("hx_t")))
        if m.group("t_ord"):
            t = 3 if g("t_ord") == "laatste" else grammar.ORDINALS[g("t_ord")]
            return _tertiary(self.year(lambda yy: _tertiary_span(yy, t), "t", self.pick()), t)
        if m.group("ma_month"):
            month = grammar.MONTHS[g("ma_month")]
            return _Period(*p.month(self.short_year(g("ma_short")), month), Precision.MONTH)
        if m.group("kw_q"):  # "KW2 2026"
            q = int(m.group("kw_q"))
            return _Period(*p.quarter(int(m.group("kw_y")), q), Precision.QUARTER, step=3)
        if m.group("pa_month"):  # "medio nov. 2021", "okt. 2022": as the month written out
            month, pos = grammar.MONTHS[g("pa_month")], g("pa_pos")
            step = 1 if pos in {"", "begin"} else None
            return _Period(*p.month(int(m.group("pa_y")), month), Precision.MONTH, step=step)
        if m.group("mp_a"):
            y, first = int(m.group("mp_y")), grammar.MONTHS[g("mp_a")]
            count = grammar.MONTHS[g("mp_b")] - first + 1
            return _Period(*p.months_span(y, first, count), Precision.MONTH) if count > 0 else None
        if m.group("bv"):
            if not (m.group("bv_y") or self.relation_word):
                return None  # "de bouwvak" on its own is no time
            y = (
                int(m.group("bv_y"))
                if m.group("bv_y")
                else self.year(_builders_holiday, None, self.pick())
            )
            return _Period(*_builders_holiday(y), Precision.MONTH)
        return None

    def short_year(self, written: str) -> int:
        """ "'15", "’95": the year of that century nearest the letter's own year (a letter of
        2008 means 1995 by "'95"); without a letter date "'00"-"'69" are 20xx, others 19xx."""
        two = int(written[1:])
        if self.ref is None:
            return (2000 if two < 70 else 1900) + two
        base = self.ref.year // 100 * 100 + two
        return min((base - 100, base, base + 100), key=lambda y: abs(y - self.ref.year))

    def relative_unit(self) -> _Period:
        """ "vorige maand", "volgende week": the calendar month or ISO week just before or after
        the letter's own, so that "vorige maand" in an October letter dates September."""
        if self.ref is None:
            raise _UnresolvedError
        step = _UNIT_STEPS[self.group("ru_mod")]
        if self.group("ru_unit") == "maand":
            first = p.add_months(self.ref.replace(day=1), step)
            return _Period(first, p.add_months(first, 1) - _DAY, Precision.MONTH)
        monday = self.ref - dt.timedelta(days=self.ref.weekday()) + dt.timedelta(weeks=step)
        return _Period(monday, monday + dt.timedelta(days=6), Precision.DAY)

    def turn_of_year(self) -> _Period | None:
        """ "rond de jaarwisseling": December and January; "voor"/"na" it: up to / from 1 January.
        Without a year the first turn of the year that has not passed (letters look ahead)."""
        if not (self.m.group("jw_year") or self.relation_word):
            return None  # "de jaarwisseling" on its own is no time
        if self.m.group("jw_year"):
            y = int(self.m.group("jw_year"))
        else:
            pick = p.Pick.UPCOMING if self.relation == "in" else self.pick()
            y = self.year(_turn_of_year, None, pick)
        start, end = _turn_of_year(y)
        if self.relation == "before":
            return _Period(start, dt.date(y, 12, 31), Precision.MONTH, special=True)
        if self.relation == "after":
            return _Period(dt.date(y + 1, 1, 1), end, Precision.MONTH, special=True)
        return _Period(start, end, Precision.MONTH)

    def week(self) -> _Period | None:
        """ "in week 12 van 2027", "week 38 2019": the ISO week, Monday to Sunday."""
        number = int(self.m.group("w_num"))
        if self.m.group("w_year"):
            y = int(self.m.group("w_year"))
        elif (self.relation_word and self.relation_word not in _NO_BARE_YEAR) or _LEADER.search(
            self.m.string, max(0, self.m.start() - 8), self.m.start()
        ):  # "voorstel grondaankoop ........ wk 47": the due week closing a dot-leader row
            y = self.year(lambda yy: _iso_week(yy, number) or p.year(yy), None, self.pick())
        else:
            return None  # "week 12" alone may be a count or a label, not a time
        span = _iso_week(y, number)
        return None if span is None else _Period(*span, Precision.DAY)

    def season(self) -> _Period | None:
        g = self.group
        word, mod = p.season_name(g("s_word")), g("s_mod")
        if self.m.group("s_short"):  # "najaar '21", "de zomer van '23"
            y = self.short_year(g("s_short"))
            if word == "zomer" and self.relation in {"before", "after"}:
                make = p.before_summer if self.relation == "before" else p.after_summer
                return _Period(*make(y), Precision.SEASON, special=True)
            return _Period(*p.season(y, word), Precision.SEASON, season=(y, word))
        has_year = self.m.group("s_y") or self.m.group("s_rel")
        if not (has_year or mod or self.relation_word):
            return None  # a bare "zomer" is weather, not a deadline
        if word == "zomer" and self.relation in {"before", "after"}:
            make = p.before_summer if self.relation == "before" else p.after_summer
            y = self.year(make, "s", self.pick(mod) if mod in _MODS else p.Pick.UPCOMING)
            return _Period(*make(y), Precision.SEASON, special=True)
        y = self.year(lambda yy: p.season(yy, word), "s", self.pick(mod))
        return _Period(*p.season(y, word), Precision.SEASON, season=(y, word))

    def christmas(self) -> _Period | None:
        """ "voor de kerst", "na het kerstreces": Christmas Day (a holiday or recess runs on to
        New Year's Day: "na de kerstvakantie" is in January), the relation applied to it."""
        if not (self.m.group("xm_year") or self.relation_word):
            return None  # "de kerst" on its own is no time
        if self.m.group("xm_year"):
            y = int(self.m.group("xm_year"))
        else:
            y = self.year(lambda yy: (dt.date(yy, 12, 25),) * 2, None, self.pick())
        last = dt.date(y + 1, 1, 1) if self.group("xm").endswith(("vakantie", "reces")) else None
        return _Period(dt.date(y, 12, 25), last or dt.date(y, 12, 25), Precision.DAY)

    def month(self) -> _Period | None:
        g = self.group
        m, pos = grammar.MONTHS[g("m_month")], g("m_pos")
        if self.m.group("m_short"):
            y = self.short_year(g("m_short"))
        else:
            explicit = self.m.group("m_y") or self.m.group("m_rel")
            of_letter = _LETTER_OF.search(
                self.m.string, max(0, self.m.start() - 40), self.m.start()
            )
            # "het BO MIRT van november": the month a meeting is held in is a time
            named = explicit or pos or g("m_mark") or self.relation_word or self.m.group("meeting")
            if not (named or of_letter):
                return None  # a month name on its own is not a deadline
            y = self.year(lambda yy: p.month(yy, m), "m", self.pick(mark=g("m_mark")))
        shiftable = pos in {"", "begin"}
        return _Period(*p.month(y, m), Precision.MONTH, step=1 if shiftable else None)

    def bare_year(self) -> _Period | None:
        if not (
            self.m.group("meeting")
            or (self.relation_word and self.relation_word not in _NO_BARE_YEAR)
            or (not self.relation_word and self.relation == "by")  # "gereed=2029"
        ):
            return None  # a year alone ("prijspeil 2022", "vergaderjaar 2024-2025") is none
        first = int(self.m.group("yr"))
        if self.m.group("yr2"):
            second = self.m.group("yr2")
            last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            if last < first:
                return None
            return _Period(p.year(first)[0], p.year(last)[1], Precision.YEAR)
        if self.m.group("yr_q"):  # "in 2016 (Q2)": the quarter of that year
            q = int(self.m.group("yr_q"))
            return _Period(*p.quarter(first, q), Precision.QUARTER, step=3)
        return _Period(*p.year(first), Precision.YEAR, step=12)

    @property
    def relation_word(self) -> str:
        return self.group("rel")


_DAY = dt.timedelta(days=1)
# "in de MIRT-brief van november": a month that dates a letter or report names its time; so
# does one that dates a committee's meeting ("in de Statencommissie van maart", "de commissie
# Ruimte van mei", "de raadscommissievergadering van juni").
_LETTER_OF = re.compile(
    r"\b(?:[\w-]*brief|voortgangsrapportage|rapportage|projectenboek"
    r"|[\w-]*commissie(?:vergadering)?(?:[ \t\n]+(?-i:[A-Z])[\w-]+)?)[ \t\n]+van[ \t\n]+$",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:gepland(?:\s+staat)?|staat\s+gepland|geagendeerd|ingepland|uitgenodigd)\s*$",
    re.IGNORECASE,
)


def _tertiary_span(y: int, t: int) -> p.Interval:
    return p.months_span(y, 4 * (t - 1) + 1, 4)


def _tertiary(y: int, t: int) -> _Period:
    """A tertiary ("tertaal", T1-T3): four months, dated as a quarter is (no own precision)."""
    return _Period(*_tertiary_span(y, t), Precision.QUARTER, step=4)


def _builders_holiday(y: int) -> p.Interval:
    """The "bouwvak": the builders' summer holiday, read as July and August."""
    return p.months_span(y, 7, 2)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _day_span(y: int, m: int, days: list[int]) -> p.Interval | None:
    first, last = _date(y, m, min(days)), _date(y, m, max(days))
    if first is None or last is None or any(_date(y, m, d) is None for d in days):
        return None
    return first, last


def _turn_of_year(y: int) -> p.Interval:
    return dt.date(y, 12, 1), dt.date(y + 1, 1, 31)


def _iso_week(y: int, week: int) -> p.Interval | None:
    try:
        monday = dt.date.fromisocalendar(y, week, 1)
    except ValueError:  # week 0 or a week 53 the year does not have
        return None
    return monday, monday + dt.timedelta(days=6)


def _part_of_year(pos: str, y: int) -> _Period:
    """ "begin 2026" = Q1, "medio 2026" = June–July, "eind 2026" = Q4 (see docs)."""
    if pos == "begin":
        return _Period(*p.quarter(y, 1), Precision.QUARTER, step=3)
    if pos in {"eind", "einde", "ultimo", "ult."}:
        return _Period(*p.quarter(y, 4), Precision.QUARTER)
    return _Period(*p.months_span(y, 6, 2), Precision.MONTH)


def _shift(period: _Period, relation: str) -> _Period:
    """ "vóór P" is the period just before P; "na P" the one just after (same precision)."""
    if period.special or relation not in {"before", "after"}:
        return period
    sign = -1 if relation == "before" else 1
    if period.precision is Precision.DAY:
        day = period.start - _DAY if sign < 0 else period.end + _DAY
        return _Period(day, day, Precision.DAY)
    if period.season:
        y, word = period.season
        return _Period(*p.shift_season(y, word, sign), Precision.SEASON)
    if period.step:
        if sign < 0:
            return _Period(
                p.add_months(period.start, -period.step), period.start - _DAY, period.precision
            )
        first = period.end + _DAY
        return _Period(first, p.add_months(first, period.step) - _DAY, period.precision)
    return period


def _meeting(
    match: re.Match[str], period: _Period | None, ref: dt.date | None
) -> tuple[_Period | None, str, str | None]:
    """Meetings take their interval from the season they are held in, unless a date says more."""
    name = match.group("mt_name").lower()
    # a bare "het volgende BO" in minutes is the next BO MIRT; a BOL is named as such
    kind = "mirt" if "mirt" in name or name == "bo" else "leef"
    slug, label, season_word = _MEETINGS[kind]
    note = f"{label} ({season_word}); verfijnen zodra de vergaderdatum bekend is"
    if period is not None and period.precision is Precision.DAY:
        return period, slug, None
    if period is None or match.group("yr"):
        if match.group("yr"):
            y = int(match.group("yr"))
        elif match.group("mt_mod") and ref is not None:
            # "het volgende BO MIRT" in the minutes of an autumn BO is next year's
            pick = p.Pick.NEXT if "volgende" in match.group("mt_mod").lower() else p.Pick.UPCOMING
            y = p.pick_year(lambda yy: p.season(yy, season_word), ref, pick)
        else:
            return None, slug, note
        return _Period(*p.season(y, season_word), Precision.MEETING), slug, note
    return _Period(period.start, period.end, Precision.MEETING), slug, note


def _build(text: str, match: re.Match[str], ref: dt.date | None) -> DeadlineMatch | None:
    relation = grammar.relation(_normal(match.group("rel")), text, match.start())
    if relation == "before" and _PLANNED.search(text, max(0, match.start() - 40), match.start()):
        relation = "in"  # "gepland (staat) voor 13 november" names the day itself
    resolver = _Resolver(match, ref, relation)
    is_meeting = match.group("meeting") is not None
    time_given = any(match.group(name) is not None for name in _TIME_GROUPS)
    if is_meeting and not time_given and not match.group("mt_mod"):
        return None  # "het BO MIRT" in general, not a moment
    end = match.end() if time_given else match.end("meeting")
    try:
        period = resolver.period() if time_given else None
        unresolved = False
    except _UnresolvedError:
        period, unresolved = None, True
    if period is None and not (unresolved or is_meeting):
        return None
    slug = note = None
    impossible = period is not None and period.impossible
    precision = _precision_of(match) if unresolved else Precision.UNKNOWN
    if is_meeting:
        period, slug, note = _meeting(match, period, ref)
        precision = Precision.MEETING
    elif period is not None:
        period = _shift(period, relation)
    start, written = match.start(), text[match.start() : end]
    if period is None:
        deadline = Deadline(written, precision=precision)
    else:
        deadline = Deadline(written, period.start, period.end, period.precision)
        if impossible:
            note = IMPOSSIBLE_DATE_NOTE
    return DeadlineMatch(start, end, deadline, relation, slug, note)


def _precision_of(match: re.Match[str]) -> Precision:
    """The precision relative words would have once resolved (kept on unresolved deadlines)."""
    for group, precision in (
        ("d_days", Precision.DAY), ("pd", Precision.DAY), ("xm", Precision.DAY),
        ("w_num", Precision.DAY), ("jw", Precision.MONTH),
        ("q_ord", Precision.QUARTER),
        ("q_num", Precision.QUARTER), ("q_num2", Precision.QUARTER), ("h_ord", Precision.HALF_YEAR),
        ("s_word", Precision.SEASON), ("m_month", Precision.MONTH), ("ry", Precision.YEAR),
        ("y_pos", Precision.QUARTER),
    ):  # fmt: skip
        if match.group(group):
            return precision
    if match.group("roll"):
        return Precision.HALF_YEAR if "half" in match.group("roll_unit").lower() else Precision.YEAR
    if match.group("ru_mod"):
        return Precision.MONTH if match.group("ru_unit") == "maand" else Precision.DAY
    return Precision.UNKNOWN


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def find_deadlines(text: str, document_date: dt.date | None) -> list[DeadlineMatch]:
    """Every date or deadline phrase in ``text``, resolved against ``document_date`` where relative.

    Matches do not overlap; among phrases that could start before the same anchor the
    leftmost wins, as in a plain left-to-right regex scan.
    """
    found: list[DeadlineMatch] = []
    done = 0
    for trigger in grammar.TRIGGER_RE.finditer(text):
        at = trigger.start()
        if at < done or (at > 0 and _is_word_char(text[at - 1])):
            continue
        low = max(done, at - grammar.WINDOW)
        starts = [word.start() for word in grammar.START_RE.finditer(text, low, at)]
        for start in (*starts, at):
            match = grammar.DEADLINE_RE.match(text, start)
            if match is None or match.end() <= at:
                continue
            done = match.end()
            item = _build(text, match, document_date)
            if item is not None:
                found.append(item)
            break
    return found


def parse_date(words: str) -> dt.date | None:
    """The first full date in a letterhead line ("Den Haag, 12 juni 2025", "Datum 02-06-2025")."""
    for match in grammar.FULL_DATE_RE.finditer(words):
        if match.group("d"):
            day = _date(
                int(match.group("y")),
                grammar.MONTHS[_normal(match.group("mon")).rstrip(".")],
                int(match.group("d")),
            )
        else:
            month = grammar.month_number(match.group("nm"))
            day = _date(int(match.group("ny")), month, int(match.group("nd")))
        if day is not None:
            return day
    return None


_MONTH_NAMES = grammar.FULL_MONTH.split("|")


def format_date(value: dt.date) -> str:
    """A date as letters write it, the inverse of ``parse_date``: "2 juni 2025"."""
    return f"{value.day} {_MONTH_NAMES[value.month - 1]} {value.year}"
