"""The regex grammar of Dutch time expressions used by ``dates.py`` (which resolves the matches).

Kept apart so the grammar can be read on its own: which words make a phrase, in which
order, and which anchor words every phrase contains (the scan looks for those first).
"""

from __future__ import annotations

import re

from ruimtemonitor.core.dutch._text import GAP, trie_regex

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januari", "jan"), ("februari", "feb", "febr"), ("maart", "mrt"), ("april", "apr"),
            ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
            ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
FULL_MONTH = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
# Scans read "m" as "rn": "in rnaart 2008", "10 novernber".
OCR_MONTHS = {"rnaart": 3, "rnei": 5, "septernber": 9, "novernber": 11, "decernber": 12}
MONTHS.update(OCR_MONTHS)
ORDINALS = {"eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2, "derde": 3,
             "3e": 3, "3de": 3, "vierde": 4, "4e": 4, "4de": 4}  # fmt: skip
# "20-XI-2008", "11.VI.2009": the month as a capital roman number between the day and year.
ROMAN_MONTH = r"(?:XI{0,2}|IX|IV|VI{0,3}|I{1,3})"
_YEAR = r"(?:19|20)\d{2}(?![\d%]|[.,]\d)"
_END = r"(?![^\W\d_])"  # the word ends here (digits may follow: footnote numbers)


def month_number(written: str) -> int:
    """The month of a numeric date's middle part: "11" or the roman "XI"."""
    if written.isdigit():
        return int(written)
    value, last = 0, 0
    for char in reversed(written.upper()):
        digit = {"I": 1, "V": 5, "X": 10}[char]
        value, last = (value - digit, last) if digit < last else (value + digit, digit)
    return value


def _alt(*phrases: str) -> str:
    """Alternation of phrases, longest first, each also with a capital first letter (sentence
    start), spaces allowing a line wrap. Written out rather than ``re.IGNORECASE``: case-folded
    branches lose the regex engine's fast first-character check and the pass gets 5x slower."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        head, tail = phrase[0], re.escape(phrase[1:]).replace(r"\ ", GAP)
        head = f"[{head.upper()}{head}]" if head.isalpha() else re.escape(head)
        out.append(head + tail)
    return "(?:" + "|".join(out) + ")"


_MONTH = _alt(*FULL_MONTH.split("|"), *OCR_MONTHS)
_MONTH_ABBREVIATIONS = ("jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept",
                        "okt", "nov", "dec")  # fmt: skip
_ANY_MONTH = rf"(?:{_MONTH}|{_alt(*_MONTH_ABBREVIATIONS)}\.?)"
_ORDINAL_WORDS = ("eerste", "1ste", "1e", "tweede", "2de", "2e", "derde", "3de", "3e", "vierde",
                  "4de", "4e", "laatste")  # fmt: skip
_ORDINAL = _alt(*_ORDINAL_WORDS)
_ARTICLE = _alt("het", "de")
_REL_YEAR = _alt("dit", "het", "volgend", "volgende", "vorig", "vorige")
# "ultimo 2026", "ult. maart 2025": the end of the year or month, as "eind" says it.
_POSITION = ("begin", "medio", "eind", "einde", "halverwege", "midden", "ultimo", "ult.")
# "'15", "’26": a year written with two digits after an apostrophe ("Q4 '15", "mei '24").
_SHORT_YEAR = r"['’‘]\d{2}(?!\d)"
# "jun-26", "Q2-27": a spreadsheet's planning cell, the two-figure year after a hyphen.
_DASH_YEAR = r"-\d{2}(?![\d-])"
# "vorige maand", "volgende week": the calendar month or week before or after the letter's.
_REL_UNIT_MODS = ("vorige", "afgelopen", "volgende")


def _yearref(tag: str) -> str:
    """ "2025", "dit jaar", "volgend jaar" … with group names prefixed by ``tag``."""
    return rf"(?:(?P<{tag}_y>{_YEAR})|(?P<{tag}_rel>{_REL_YEAR}){GAP}jaar{_END})"


_YEAR_TAIL = {tag: rf"(?:{GAP}(?:van{GAP})?{_yearref(tag)})?" for tag in ("q", "h", "s", "m")}
_RELATION_PHRASES = (
    "uiterlijk in",
    "uiterlijk met",
    "uiterlijk op",
    "uiterlijk per",
    "uiterlijk tijdens",
    "uiterlijk voor",
    "uiterlijk vóór",
    "uiterlijk",
    "vóór",
    "voor",
    "eerder dan",
    "niet later dan",
    "tot en met",
    "t/m",
    "tot uiterlijk",
    "tot",
    # "tegen het einde van 2027", "tegen de zomer": by then, as "uiterlijk" says it; the article
    # of a position word ("het einde") stays in the phrase
    "tegen het",
    "tegen",
    "vanaf",
    "sinds",  # "De verkenning loopt sinds maart": since a month of this year or the last
    "per",
    "met ingang van",
    "na",
    "in de loop van",
    "in de periode",
    "voor de periode",  # "€ 310 mln. beschikbaar voor de periode 2025–2030": in, not before
    "over de periode",
    "in de jaren",
    "gedurende",
    "in",
    "op",
    "tijdens",
    "rond",
    "rondom",
    "binnen",  # "binnen 2015": within that year, by its end
    "naar",  # "schuift op naar 2016": the time something moves to
)
# "trekker gemeente — gereed 2027 — budget …": a property line's by-when, on its own line only
# ("ontwerp gereed" ending a planning row is a step, the next row's year not its time)
_RELATION_WORDS = rf"(?:{_alt(*_RELATION_PHRASES)}|[Gg]ereed(?=[ \t]))"
# "dekking in de begroting voor 2009": the budget of that year, "voor" no time relation ("het
# budget is in 2020 verhoogd" keeps its "in").
_NOT_BUDGET_FOR = (
    r"(?:(?<!begroting[ ])(?<!begrotingen[ ])(?<!budget[ ])(?<!begroting\n)|(?!voor[ \t\n]))"
)
_MEETING_NAME = (
    rf"BO(?:['’]s)?[ -]?MIRT|BO(?:['’]s)?{GAP}[Ll]eefomgeving|BOL(?:['’]s)?"
    rf"|[Bb]estuurlijke?{GAP}[Oo]verleg(?:gen)?{GAP}(?:MIRT|[Ll]eefomgeving)"
)
# "volgende", "eerstvolgende", "komende": the words that point at the next meeting ("het
# volgende BO", "Volgend overleg: …"); shared with the timeline, which dates such words.
NEXT_WORD = r"(?:[Ee]erstvolgende?|[Vv]olgende?|[Kk]omende?)"
# "het volgende BO": a bare BO is a meeting only right after a word that points ahead (the
# group ``mt_next`` of DEADLINE_RE).
_NEXT_BO = r"(?(mt_next)BO(?![\w'’/-])|(?!))"
_SEASON_MODS = ("dit", "deze", "het", "de", "komend", "komende", "aanstaand", "aanstaande",
                "volgend", "volgende", "eerstvolgende", "afgelopen", "vorig", "vorige")  # fmt: skip
_ROLLING = ("komende", "komend", "aankomende", "aankomend", "afgelopen")
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_RELATIONS = {
    "t/m": "by", "tot en met": "by", "tot uiterlijk": "by", "niet later dan": "by",
    "voor": "before", "vóór": "before", "eerder dan": "before",
    "tot": "until", "vanaf": "from", "sinds": "from", "per": "from", "met ingang van": "from",
    "na": "after", "binnen": "by", "tegen": "by", "tegen het": "by", "gereed": "by",
}  # fmt: skip


# "trekker=RWS | gereed=2029": a key=value cell whose key is the by-when, its value a bare year
_KEYED_BY = re.compile(r"(?<![^\W\d_])[Gg]ereed=$")


def relation(word: str, text: str = "", at: int = 0) -> str:
    """ "uiterlijk met" -> by, "uiterlijk vóór" -> before, "in de loop van" -> in …; without a
    word, a time right after a "gereed=" key is by-when."""
    if not word and _KEYED_BY.search(text, max(0, at - 7), at):
        return "by"
    if word.startswith("uiterlijk"):
        return "before" if word.endswith(("voor", "vóór")) else "by"
    return _RELATIONS.get(word, "in")


# Shorthand periods a planning table writes: "H1 2027" (half year), "T2 2026" (tertiary, a
# third of the year), "in het tweede tertaal van 2022", "sep '16", "juni/juli 2016", "na de
# bouwvak van 2016" (the builders' summer holiday), "KW2 2026" (a quarter), "medio nov. 2021"
# and "okt. 2022" (a month cut short, with its full year). Each needs its year, except the
# bouwvak after a relation word.
_TERTIARY_ORDINAL = _alt("eerste", "1e", "tweede", "2e", "derde", "3e", "laatste")
_EXTRA_BRANCHES = rf"""(?:
      (?:H(?P<hx_h>[12])|T(?P<hx_t>[1-3]))(?:[ ]|-)(?P<hx_y>{_YEAR})
    | (?:{_ARTICLE}{GAP})?(?P<t_ord>{_TERTIARY_ORDINAL}){GAP}terti?aal{_END}
        (?:{GAP}(?:van{GAP})?{_yearref("t")})
    | (?P<ma_month>{_alt(*_MONTH_ABBREVIATIONS)})\.?[ ]?(?P<ma_short>{_SHORT_YEAR}|{_DASH_YEAR})
    | (?P<mp_a>{_MONTH})/(?P<mp_b>{_MONTH}){_END}{GAP}(?P<mp_y>{_YEAR})
    | (?:{_ARTICLE}{GAP})?(?P<bv>{_alt("bouwvakantie", "bouwvak")}){_END}
        (?:{GAP}(?:van{GAP})?(?P<bv_y>{_YEAR}))?
    | (?:KW|[Kk]w)\.?[ ]?(?P<kw_q>[1-4])(?:{GAP}|-)(?:van{GAP})?(?P<kw_y>{_YEAR})
    | (?:(?P<pa_pos>{_alt(*_POSITION, "half")}){GAP}(?:van{GAP})?)?
        (?P<pa_month>{_alt(*_MONTH_ABBREVIATIONS)})\.?{GAP}(?P<pa_y>{_YEAR})
    )"""


DEADLINE_RE = re.compile(
    rf"""
    (?<![\w/.,-])
    (?:{_NOT_BUDGET_FOR}(?P<rel>{_RELATION_WORDS}){_END}{GAP})?
    (?:(?P<meeting>(?:{_ARTICLE}{GAP})?
        (?:(?P<mt_mod>(?P<mt_next>{NEXT_WORD})|{_alt("aanstaande")}){GAP})?
        (?P<mt_name>{_MEETING_NAME}|{_NEXT_BO})
        (?:{GAP}(?:Noordwest|Noordoost|Zuidwest|Zuidoost|Noord|Oost|Zuid|West|Nationaal)
            (?:[- ]Nederland)?)?{_END})(?:{GAP}(?:(?:van|in|op){GAP})?)?)?
    (?:
      (?:{_alt(*_WEEKDAYS)},?{GAP})?
      (?P<d_days>\d{{1,2}}(?:(?:,{GAP}?|{GAP}en{GAP})\d{{1,2}}){{0,6}})
        {GAP}(?P<d_month>{_ANY_MONTH}){_END}
        (?:{GAP}(?P<d_year>{_YEAR})|[ ]?(?P<d_short>{_SHORT_YEAR})
          |{GAP}(?P<d_mark>jl\.|jongstleden|a\.s\.|aanstaande))?
    | (?P<n_d>\d{{1,2}})(?P<n_sep>[-/.])(?P<n_m>\d{{1,2}}|{ROMAN_MONTH})(?P=n_sep)(?:(?P<n_y>{
        _YEAR
    })|(?P<n_short>{_SHORT_YEAR}))
    | (?:{_ARTICLE}{GAP})?(?:(?P<q_ord>{_ORDINAL}){
        GAP
    }(?:kwartaal|kwar-[ \t]*(?:\r?\n[ \t]*)?taal|kw\.)|Q(?P<q_num>[1-4])
        |[Kk]wartaal{GAP}(?P<q_num2>[1-4]))(?!\d){_END}
        (?:[ ]?(?P<q_short>{_SHORT_YEAR}|{_DASH_YEAR})|-(?P<q_dash>{_YEAR})|{_YEAR_TAIL["q"]})
    | (?:{_ARTICLE}{GAP})?(?P<h_ord>{
        _alt("eerste", "1ste", "1e", "tweede", "2de", "2e", "laatste")
    })
        {GAP}(?P<h_word>helft|halfjaar|half{GAP}jaar|jaarhelft){_END}
        (?:{GAP}(?:van{GAP})?(?P<h_short>{_SHORT_YEAR})|{_YEAR_TAIL["h"]})
    | (?:{_ARTICLE}{GAP})?(?P<roll>{_alt(*_ROLLING)})
        {GAP}(?P<roll_unit>halfjaar|half{GAP}jaar|jaar){_END}
    | (?:(?P<s_mod>{_alt(*_SEASON_MODS)}){GAP})?
        (?P<s_word>{
        _alt(
            "voorjaar",
            "lente",
            "zomervakantie",
            "zomerreces",
            "zomer",
            "najaar",
            "herfst",
            "winter",
        )
    }){_END}(?:(?:{GAP}van)?[ ]?(?P<s_short>{_SHORT_YEAR})|{_YEAR_TAIL["s"]})
    | {_EXTRA_BRANCHES}
    | (?:(?P<m_pos>{_alt(*_POSITION, "half")}){GAP}(?:van{GAP})?)?
        (?P<m_month>{_MONTH}){_END}
        (?:[ ]?(?P<m_short>{_SHORT_YEAR})|{GAP}(?P<m_mark>jl\.|jongstleden|a\.s\.|aanstaande)
          |{_YEAR_TAIL["m"]})
    | (?:{_ARTICLE}{GAP})?(?P<y_pos>{_alt(*_POSITION)}){GAP}(?:van{GAP})?(?:het{GAP})?
        (?:(?P<y_y>{_YEAR})|(?P<y_short>{_SHORT_YEAR})|(?P<y_rel>{_REL_YEAR}){GAP}jaar{_END})
    | (?:{_alt("nog")}{GAP})?(?P<ry>{_alt("dit", "volgend", "volgende", "vorig", "vorige")}){
        GAP
    }jaar{_END}
    | (?:{_ARTICLE}{GAP})?(?P<ru_mod>{_alt(*_REL_UNIT_MODS)}){GAP}(?P<ru_unit>maand|week){_END}
    | (?P<pd>[Pp]rinsjesdag){_END}(?:{GAP}(?:van{GAP})?(?P<pd_year>{_YEAR}))?
    | (?:{_ARTICLE}{GAP})?(?P<xm>{_alt("kerstreces", "kerstvakantie", "kerstmis", "kerst")}){
        _END
    }(?:{GAP}(?:van{GAP})?(?P<xm_year>{_YEAR}))?
    | (?:{_ARTICLE}{GAP})?(?P<jw>{_alt("jaarwisseling")}){_END}
        (?:{GAP}(?:van{GAP})?(?P<jw_year>{_YEAR}))?
    | {_alt("week", "wk")}\.?{GAP}(?P<w_num>\d{{1,2}})(?![\d.,:])
        (?:{GAP}(?:van{GAP})?(?P<w_year>{_YEAR}))?
    | (?P<yr>{_YEAR})(?:[ ]?[/–-][ ]?(?P<yr2>(?:19|20)\d{{2}}|\d{{2}})(?![\d%]|[.,]\d))?
        (?:[ ]?\(Q(?P<yr_q>[1-4])\))?
    | (?(meeting)|(?!))
    )
    """,
    re.VERBOSE,
)


def _trigger_words() -> list[str]:
    words = [*FULL_MONTH.split("|"), *OCR_MONTHS, "jan", "feb", "febr", "mrt", "apr", "jun",
             "jul", "aug", "sep", "sept", "okt", "nov", "dec", "voorjaar", "lente", "zomer",
             "zomervakantie", "zomerreces", "najaar", "herfst", "winter", "kwartaal", "helft",
             "halfjaar", "jaarhelft", "jaar", "prinsjesdag", "kerst", "kerstreces",
             "kerstvakantie", "kerstmis", "bestuurlijk", "week", "kwar", "jaarwisseling", "maand",
             "bestuurlijke", "kw", "wk", "tertaal", "tertiaal", "bouwvak",
             "bouwvakantie"]  # fmt: skip
    both = {form for word in words for form in (word, word[0].upper() + word[1:])}
    return sorted(both, key=len, reverse=True)


# Every phrase the grammar accepts contains one of these anchors. The anchor pattern starts
# every branch with a plain literal, so the regex engine skips through the text on a
# first-character table; the full grammar then only runs at the few word starts just
# before an anchor instead of at all 25,000 word starts of a 60-page bundle.
TRIGGER_RE = re.compile(
    trie_regex([[re.escape(c) for c in w] for w in _trigger_words()])[:-1]
    + r"|19\d\d|20\d\d|Q[1-4]|KW|BOL?|H[12]|T[1-3]|['’‘]\d\d)(?![^\W\d_])"
)
WINDOW = 160  # characters before an anchor where a phrase may start ("niet later dan het …")
# Words a phrase can start with, besides digits and the anchors themselves: the first word of
# each relation and every word that may open the phrase after it.
_FIRST_WORDS = {
    *(phrase.split()[0] for phrase in _RELATION_PHRASES),
    "gereed",
    *_SEASON_MODS,
    *_ROLLING,
    "nog",
    *_POSITION,
    "half",
    *_ORDINAL_WORDS,
    *_WEEKDAYS,
    "week",
}
START_RE = re.compile(
    r"(?<![\w/.,-])(?:\d|"
    + trie_regex(
        [
            [re.escape(c) for c in w]
            for w in {*_FIRST_WORDS, *(w[0].upper() + w[1:] for w in _FIRST_WORDS)}
        ]
    )
    + r"(?![^\W\d_]))"
)


# "21-nov-2018": the month cut short between hyphens, as a place-and-date line may print it.
FULL_DATE_RE = re.compile(
    rf"""(?<![\w/.,-])(?:
        (?P<d>\d{{1,2}})(?:{GAP}|-)(?P<mon>{_ANY_MONTH}){_END}(?:{GAP}|-)(?P<y>{_YEAR})
      | (?P<nd>\d{{1,2}})(?P<sep>[-/.])(?P<nm>\d{{1,2}}|{ROMAN_MONTH})(?P=sep)(?P<ny>{_YEAR}))""",
    re.VERBOSE,
)
