"""What a structural unit commits its parties to, read the same way whatever its layout.

A unit (a numbered item, a labelled block, a short heading with its paragraph) agrees
something when its body states undertakings: a party as subject ("het Rijk", "de provincie
X", "VRO", "partijen", "wij") with a verb that binds it ("stelt … beschikbaar", "draagt …
bij", "onderzoekt", "zal", "zorgt ervoor dat"), not in the past, not a consideration or a
definition. Its commitments are its bullets or lettered items (all of them after a lead-in
such as "Rijk en regio spreken af:"), or without items each sentence that undertakes.
"""

from __future__ import annotations

import re

from .agreement_sentences import Commitment, numbered_leden
from .commitment_rows import row_commitments
from .items import Item, enumerated_items, items_in, lines_in
from .label_rows import is_bare_label_row
from .labelled_paragraphs import AGREEMENT_LABEL, ANY_LABEL, labelled_paragraph
from .owners import find_owner, opens_with_party, sentence_owner
from .patterns import ANNOUNCING_FORMULA, NOT_MID_BLANKS, agreement_formulas
from .textutil import normalise_space, sentence_spans

__all__ = [
    "agreement_reviews",
    "is_undertaking",
    "promises_done",
    "rejects_unit",
    "reports_phase",
    "unit_commitments",
]

_I = re.IGNORECASE
# Who can undertake something: the kinds of party a letter names, ministries and agencies by
# their abbreviation (owners.py knows them by name), and "wij"/"partijen" of a signed text.
_PARTY = re.compile(
    # "de Stadsregio X", "Vervoerregio Y": a regional body
    r"\b(?:(?i:rijk|(?:stads|vervoer|metropool)?regio(?:'s|’s)?|provincies?|gemeenten?|"
    r"waterschap(?:pen)?|ministeries?|"
    r"minister|staatssecretaris|partijen|partners|stuurgroep|netbeheerders?|college|"
    r"gedeputeerde\s+staten|rijkswaterstaat|prorail|wij|we|beheerders?|opdrachtgever|"
    r"initiatiefnemer|zij)|[A-Z]{1,2}&[A-Z]{1,2}|(?!(?:MIRT|BOL?|NOVEX|HOV|OV|EU|EUR|NB|PS|CO2|TB|OTB|MER)\b)"
    r"(?:[A-Z][A-Za-z]{1,5}[A-Z]|[A-Z]{2,6}))\b"
)
# Verbs that bind a party to something, in the present or future tense.
_VERB = re.compile(
    r"\b(?:spr(?:eekt|eken)\b.{0,80}?\baf|k(?:omt|omen)\b.{0,80}?\bovereen|"
    r"zal|zullen|gaat|gaan|zeg(?:t|gen)\b.{0,60}?\btoe|"
    r"stel(?:t|len)\b.{0,80}?\b(?:beschikbaar|op|vast)|"
    r"dra(?:agt|gen)\b.{0,80}?\bbij|dra(?:agt|gen)\s+(?:er\s+)?zorg\s+(?:voor|dat)|ne(?:emt|men)\b.{0,80}?\b(?:op|mee|over|deel|"
    r"het\s+initiatief)|voer(?:t|en)\b.{0,80}?\buit|werk(?:t|en)\b.{0,80}?\b(?:uit|samen)|"
    r"zet(?:ten)?\b.{0,60}?\b(?:in|op|voort)|pak(?:t|ken)\b.{0,60}?\bop|"
    r"brengt\b.{0,60}?\bin\s+kaart|brengen\b.{0,60}?\bin\s+kaart|leg(?:t|gen)\b.{0,60}?\bvast|"
    r"bereid(?:t|en)\b.{0,60}?\bvoor|spant\s+zich|spannen\s+zich|zorg(?:t|en)\s+(?:ervoor\s+|"
    r"er\s+voor\s+)?(?:dat|voor)|reserve(?:ert|ren)|onderzo(?:ekt|eken)|start(?:en)?|"
    r"bezien|beziet|bekijk(?:t|en)|"
    r"levert|leveren|besluit|besluiten|ontwikkel(?:t|en)|investe(?:ert|ren)|verken(?:t|nen)|"
    r"facilite(?:ert|ren)|financie(?:rt|ren)|cofinancie(?:rt|ren)|realise(?:ert|ren)|"
    r"programme(?:ert|ren)|rapporte(?:ert|ren)|monitor(?:t|en)|accommode(?:ert|ren)|"
    r"betaal(?:t|en)|verzorg(?:t|en)|verle(?:ent|nen)|trek(?:t|ken)|committe(?:ert|ren)|"
    r"ver(?:plicht|plichten|bindt|binden)\s+zich|maak(?:t|en)|bouw(?:t|en)|verstrek(?:t|ken)|"
    r"bied(?:t|en)|houd(?:t|en)\b.{0,60}?\b(?:bij|vrij|aan)|beslis(?:t|sen)|onderschrij(?:ft|ven)|"
    r"(?:is|zijn)\s+(?:verantwoordelijk|bereid)|streef(?:t)?|streven|garande(?:ert|ren)|herij(?:kt|ken)|"
    r"actualise(?:ert|ren)|vertaal(?:t|en)|wer(?:ft|ven)|verwerv(?:en)?|verwerft|richt(?:en)?|"
    r"ontwerp(?:t|en)|vervang(?:t|en)|meld(?:t|en)\s+(?!dat\b)[^.;]{0,80}?\baan\s+(?:de|het)\b)\b",
    _I,
)
# "heeft … uitgegeven", "werd vastgesteld", "is in 2026 afgerond": what happened, background.
_PAST = re.compile(
    r"\b(?:heeft|hebben|had|hadden|werd|werden|was|waren|tot\s+nu\s+toe)\b"
    # ("zijn het erover eens dat … wordt besproken" agrees what is still to happen)
    r"|\b(?:is|zijn)\b(?![ \t]+het[ \t]+(?:er[ \t]*over[ \t]+)?eens\b)"
    r"[^.;]{0,80}?\b(?:ge[a-zà-ÿ]+[dt]|hervat|afgerond|opgeleverd|vastgesteld|"
    r"ondertekend|besloten|besproken|overeengekomen|afgesproken)\b",
    _I,
)
# "De regio wil …", "stelt voor …", "vraagt aandacht", "doorgaans": a wish, a proposal, a
# question or a habit reported, not an undertaking.
_NOT_BINDING = re.compile(
    r"\b(?:overweegt|overwegen|wil|willen|wenst|wensen|zou|zouden|kan|kunnen|verwacht(?:en)?|"
    # ("Het Rijk vraagt Stroomnoord en Kabelzuid om …": a party asks a named body to act)
    r"hoopt|hopen|vraagt(?![ \t]+(?-i:[A-Z])[\w-]{1,30}(?:[ \t]+en[ \t]+(?-i:[A-Z])[\w-]{1,30})?"
    r"[ \t]+om\b)|"
    r"vragen|doorgaans|vaak|meestal|gewoonlijk|veelal|momenteel|thans)\b|"
    r"\bstel(?:t|len)?\s+(?:\w+\s+){0,2}?voor\b(?!(?:[^.;]|\.(?=\s+[a-z]))*\b(?:beschikbaar|vast)\b)|"
    r"\b(?:wijst|wijzen)\s+op\b|\bverwijz?(?:st|en)\b|\b(?:neemt|nemen)\s+kennis\b|"
    r"\bpresente(?:ert|ren)\b|\bmik(?:t|ken)\b|\bbevat(?:ten)?\b|"
    # "Het waterschap leidt de studie", "… leidt tot minder files": a role or a consequence
    r"\b(?-i:lei(?:dt|den))\b|"
    # "Deze generatie vervangt de vorige", "Afspraak 4 vervangt de afspraak uit …": one text
    # taking another's place, not a party replacing a bridge
    r"\bvervang(?:t|en)\b(?=[^.;]{0,60}\b(?:afspra\w*|arrangement|overeenkomst|generatie|versie|"
    r"brief|besluit|agenda|lijst|convenant|eerdere|vorige|voorlopige|eerste|BOL?|MIT)\b)|"
    r"\bop\s+de\s+hoogte\b|\bli(?:cht|chten)\b[^.;]{0,60}\btoe\b|"
    # "werkt aan …" reports work going on; "… Alphen aan den Rijn" names a place
    r"\bwerk(?:t|en)\b[^.;]{0,60}\b(?:verder\s+)?aan\b(?![ \t]+(?:den|zee)\b|[ \t]+de[ \t]+[A-Z])",
    _I,
)
# "Dit arrangement legt de afspraken vast": a text speaking of itself.
_META = re.compile(
    r"\b(?:dit|deze)\s+(?:arrangement|overeenkomst|convenant|(?:uitvoerings)?agenda|"
    r"afsprakenlijst|document|notitie|brief|hoofdstuk|paragraaf|\w*verklaring|\w*overeenkomst)\b",
    _I,
)
# "de provincie X, te dezen vertegenwoordigd door …", "hierna te noemen: …": a party named in
# the head of a contract, who signs it; it undertakes nothing there.
_SIGNATORY = re.compile(
    r"\b(?:(?:te|ten)\s+dezen\s+)?vertegenwoordigd\s+door\b|\bhierna\s+(?:te\s+)?noemen\b", _I
)
_PERFECT = re.compile(r"\b(?:is|zijn)\b", _I)  # "is opgesteld door": done, not undertaken
# "gedragen door de", "uitgevoerd door", "wordt door de gemeente …": a passive with its agent.
_PASSIVE_AGENT = re.compile(
    r"(?:\b(?:[a-zà-ÿ]{2,6})?ge[a-zà-ÿ]{2,}(?:[dt]|en)|\bwordt|\bworden)[ \t]+door[ \t]+"
    r"(?:de[ \t]+|het[ \t]+)?",
    _I,
)
# "Overwegende dat", "Partijen nemen in aanmerking", "Gelet op": the reasons, not what is agreed;
# "wordt verstaan onder", "Begrippen": definitions.
_CONSIDERING = re.compile(
    r"\boverwegende\b|\bin\s+aanmerking\s+nemende\b|\bnemen\s+in\s+aanmerking\b|"
    r"\bneemt\s+in\s+aanmerking\b|^\s*gelet\s+op\b|\bconstateren\b|\bconstateert\b",
    _I | re.MULTILINE,
)
_DEFINITION = re.compile(
    r"\bwordt\s+verstaan\b|\bworden\s+verstaan\b|\bbegripsbepaling|\bdefinities?\b|"
    r"^\s*begrippen\b",
    _I | re.MULTILINE,
)
# A lead-in that announces what follows it: "Rijk en regio spreken af:", "Partijen:",
# "Het Rijk zegt toe:", "De afspraken zijn:".
_LEAD_IN = re.compile(r":\s*$")
# "Het project is in realisatie", "De planuitwerking loopt (sinds 2019).": the phase
# reported, background.
_STATUS = re.compile(
    r"\b(?:is|zijn|zit|zitten)\s+(?:nu\s+)?in\s+(?:de\s+)?(?:fase\s+(?:van\s+)?(?:de\s+)?)?"
    r"(?:realisatie|planuitwerking|verkenning|uitvoering|aanbesteding)\b|"
    r"^\s*(?:de|het)\s+(?:MIRT-)?(?:verkenning|planuitwerking|planstudie|aanbesteding|"
    r"realisatie|onderzoek)\s+(?:loopt|lopen)\b",
    _I,
)
# "… en is medio 2025 klaar", "… en is in Q3 2026 gereed": when the work is done, a promise.
_DONE_BY = re.compile(
    r"\b(?:(?:19|20)\d\d|Q[1-4])\b[^.;\n]{0,15}?\b(?:klaar|gereed|open|opgeleverd)\b", _I
)
# "vaak", "doorgaans": a habit reported, whatever the verb.
_HABIT = re.compile(r"\b(?:doorgaans|vaak|meestal|gewoonlijk|veelal|momenteel|thans)\b", _I)
# "Wat: …", "Planning:", "a) …", "• …": a line that starts something of its own.
_STARTS_ANEW = re.compile(
    r"^(?:[A-Za-zÀ-ÿ]+(?:[ \t][A-Za-zÀ-ÿ]+){0,3}[ \t]*(?::(?:\s|$)|\.{3,})|[•◦▪*–—-][ \t]|"
    r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)][ \t])"
)
# "trekker · gereed · middelen", "IenW | 2027 | € 2 mln": the marks between the cells of a row;
# "Trekker ....... gemeente": a dot leader between a label and its value.
_CELL_MARK = re.compile(
    rf"{NOT_MID_BLANKS}[ \t]++[·|][ \t]+|(?:{NOT_MID_BLANKS}[ \t]++)?\.{{4,}}[ \t]*"
)
_WORD_CAPITAL = re.compile(r"(?<!\S)[A-Z]")
_ARTICLE = re.compile(r"(?:de|het)[ \t]+", _I)
# "Trekker: EZK — Gereed: 2027": a row of labels, each its own cell.
_LABEL = re.compile(r"(?:^|[ \t])[A-Za-zÀ-ÿ]+:[ \t]")
# "a) …", "2. …": the mark of an item, no part of its commitment.
_MARK = re.compile(
    r"^(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|\d{1,2}\.\d{1,2}\.?)\s+"
    r"|^(?i:wat(?:[ \t]+(?:we|wij)[ \t]+(?:doen|afspreken))?|acties?|actiepunt|afspraak|afspraken|"
    r"toezeggingen|toezegging|besluit|besluiten|conclusies?)\s*:\s*"
)


# Words between a party and its verb, or after it, that are not the verb: articles, names
# (capitalised, skipped apart), conjunctions, prepositions and the verbs of background.
_NOT_VERB_WORDS = (
    "de het een en of van met in op voor aan bij uit tot door over om als te ten ter zijn "
    "is was waren heeft hebben had hadden wordt worden werd werden wil willen kan kunnen "
    "moet moeten zou zouden niet dat dit die deze wat wie samen gezamenlijk ook verder "
    "daarnaast tevens vervolgens eerst nu tussen binnen buiten boven onder langs sinds "
    "want omdat eigen beiden ieder elk alle beide gemeente provincie regio rijk partijen "
    "betrokken overige andere respectievelijk staat staan bevat bevatten ligt liggen "
    "betekent betekenen geldt gelden meldt melden vindt vinden ziet zien weet weten acht "
    "achten "
)
_NOT_VERB = frozenset(_NOT_VERB_WORDS.split())
# The words of _NOT_VERB that are no verb at all: what may stand between a party and its verb.
_FILLER_WORDS = (
    "de het een en of van met in op voor aan bij uit tot door over om als te ten ter niet "
    "samen gezamenlijk ook verder daarnaast tevens vervolgens eerst nu tussen binnen eigen "
    "beiden ieder elk alle beide gemeente provincie regio rijk partijen betrokken overige "
    "andere respectievelijk"
)
_FILLER = frozenset(_FILLER_WORDS.split())
# "Toegezegd is dat het Rijk …": a promise recorded in the minutes, an undertaking.
_PROMISE = re.compile(r"^\s*toegezegd\s+(?:is|wordt)\s+dat\b", _I)
# "Het BOL stemt in met …", "Het BO MIRT gaat akkoord met …": the meeting of Rijk and region
# assents as one (not a council, which consents to its own college's proposal)
_MEETING_ASSENTS = re.compile(
    r"^\s*(?:het\s+)?(?:BOL|BO(?:[ \t]+MIRT)?|bestuurlijk\s+overleg)\s+"
    r"(?:stemt\s+in\s+met|gaat\s+akkoord\s+met)\b",
    _I,
)
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ'’-]+")
_OPENERS = frozenset({"", "de", "het", "ook", "daarnaast", "verder", "tevens"})


def _main_verb(sentence: str, skip: frozenset[str]) -> re.Match[str] | None:
    """The first word after a party that opens the sentence (or its clause after a colon)
    that is no name, party or word of ``skip``."""
    party = _PARTY.search(sentence[:120])
    if party is None:
        return None
    before = sentence[: party.start()].strip().lower()
    if before not in _OPENERS and not opens_with_party(sentence):
        return None
    for number, token in enumerate(_TOKEN.finditer(sentence, party.end(), party.end() + 120)):
        word = token.group()
        if number >= 8:
            break
        if word[:1].isupper() or word.lower() in skip or _PARTY.fullmatch(word):
            continue
        return token
    return None


def _party_then_verb(sentence: str) -> bool:
    """A party opens the sentence (or its clause after a colon) and the next word that is no
    name, article or conjunction is a verb in the present tense ("De gemeente Eemsdelta
    bouwt …", "Provincie: wijst …", "Rijk en regio evalueren …")."""
    verb = _main_verb(sentence, _NOT_VERB)
    return verb is not None and verb.group().endswith(("t", "en")) and len(verb.group()) > 3


def _binding_main_verb(sentence: str) -> bool:
    """The verb right after the opening party binds it ("Partijen zullen ProRail vragen …",
    "IenW en de provincie onderzoeken of … kan …"): a wish, a possibility or a past in a
    later clause is what the undertaking is about, not a report."""
    verb = _main_verb(sentence, _FILLER)
    if verb is None or _HABIT.search(sentence):
        return False
    at = verb.start()
    return _VERB.match(sentence, at) is not None and _NOT_BINDING.match(sentence, at) is None


# "Holland Rijnland zorgt …", "Groningen Seaports vervangt …": a body known by its proper name
# (one to three capitalised words, no article or other opening word) as the subject.
_NAMED_SUBJECT = re.compile(r"[ \t]*(?:[A-Z][\w'’&-]+[ \t]+){1,3}(?=[a-z])")
_NO_NAME_WORDS = (
    "de het een in op voor na bij met door uit over aan tot dit deze die dat er ook daarnaast "
    "verder tevens zo daarmee daarom hiermee hierbij vanaf sinds tijdens wij we zij u ik dan "
    "nu hier daar toen eerst vervolgens binnen zodra als wanneer omdat hoewel maandag dinsdag "
    "woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli "
    "augustus september oktober november december"
)
_NO_NAME = frozenset(_NO_NAME_WORDS.split())


def _named_subject_binds(sentence: str) -> bool:
    """A proper name opens the sentence and a binding verb follows it straight away."""
    name = _NAMED_SUBJECT.match(sentence)
    if name is None or name.group().split()[0].lower() in _NO_NAME or _HABIT.search(sentence):
        return False
    at = name.end()
    return _VERB.match(sentence, at) is not None and _NOT_BINDING.match(sentence, at) is None


# "… is op 6 oktober in gebruik genomen", "… is gestart": a clause on what was done.
_DONE = re.compile(_PAST.pattern + r"|\b(?:is|zijn)\b[^.;]{0,80}?\bge[a-zà-ÿ]+en\b", re.I)


# "De minister zegt toe de Kamer … te informeren", "zegt de Tweede Kamer toe …": a promise to
# parliament (a toezegging), no agreement between the parties at the table.
_TO_PARLIAMENT = re.compile(
    r"\bzeg(?:t|gen)\s+toe\s+(?:de|uw)\s+(?:(?:Tweede|Eerste)\s+)?Kamer\b"
    r"|\bzeg(?:t|gen)\s+(?:de|uw)\s+(?:(?:Tweede|Eerste)\s+)?Kamer\s+toe\b",
    _I,
)


def is_undertaking(sentence: str) -> bool:
    """A party undertakes something in the present or future tense."""
    if sentence.rstrip().endswith("?") or _META.search(sentence) or _SIGNATORY.search(sentence):
        return False
    if _TO_PARLIAMENT.search(sentence):
        return False
    if _PROMISE.match(sentence) or _MEETING_ASSENTS.match(sentence):
        return True
    if _binding_main_verb(sentence) or _named_subject_binds(sentence):
        return True
    before, joined, after = sentence.partition("; ")
    if joined and not _DONE.search(before) and opens_with_party(after) and is_undertaking(after):
        return True  # "De verkenning loopt; het Rijk en de regio nemen het besluit.", not
        # "De brug is in gebruik genomen; de gemeente dankt ProRail."
    if _PAST.search(sentence):
        return False
    if agreement_formulas(sentence) and not ANNOUNCING_FORMULA.search(sentence):
        return True
    if not _PERFECT.search(sentence) and any(
        _PARTY.match(sentence, m.end()) for m in _PASSIVE_AGENT.finditer(sentence)
    ):
        return True  # "De kosten worden gedragen door de provincie", "gedeeld door Rijk en regio"
    if _NOT_BINDING.search(sentence):
        return False
    head = sentence[:160]
    party = opens_with_party(sentence) or _PARTY.search(head) is not None
    return (party and _VERB.search(sentence) is not None) or _party_then_verb(sentence)


def agreement_reviews(text: str, start: int, end: int) -> list[Commitment]:
    """The sentences in which a party does something to the agreement itself ("De partijen
    evalueren deze overeenkomst in 2033"): what an item of a list of agreements agrees when it
    is numbered like the others (under a chapter of another kind such a sentence frames the
    text; "Dit arrangement loopt tot …" names no party and is none either way)."""
    found: list[Commitment] = []
    for s, e in sentence_spans(text, start, end):
        clean = normalise_space(text[s:e])
        meta = _META.search(clean)
        if meta is not None and not _PAST.search(clean) and _acts_on_text(clean, meta.start()):
            found.append(Commitment(clean, find_owner(clean) or sentence_owner(clean), (), s, e))
    return found


def _acts_on_text(sentence: str, at: int) -> bool:
    """ "De partijen evalueren deze overeenkomst in 2013": a party that opens the sentence does
    something to the text itself, named after its verb, unlike "Dit arrangement legt … vast"."""
    verb = _main_verb(sentence, _NOT_VERB)
    return (
        verb is not None
        and verb.end() <= at
        and verb.group().endswith(("t", "en"))
        and len(verb.group()) > 3
        and not _NOT_BINDING.match(sentence, verb.start())
    )


def promises_done(sentence: str) -> bool:
    """ "De route is in uitvoering en is medio 2025 klaar": the date the work is done."""
    return _DONE_BY.search(sentence) is not None


def reports_phase(sentence: str) -> bool:
    """ "Het project is in realisatie; …": a phase reported, background, no undertaking."""
    return _STATUS.search(sentence) is not None and not is_undertaking(sentence)


def rejects_unit(text: str) -> bool:
    """A unit of considerations or definitions agrees nothing, whatever verbs it holds: the
    unit opens with them ("Partijen nemen in aanmerking:", "Onder … wordt verstaan"); a
    unit that opens with its own matter and later notes a fact ("Rijk en regio constateren
    een tegenvaller.") is judged by its undertakings."""
    spans = sentence_spans(text, 0, min(len(text), 240))
    opening = text[: spans[0][1]] if spans else text[:240]
    return bool(_CONSIDERING.search(opening) or _DEFINITION.search(opening))


def unit_commitments(text: str, start: int, end: int) -> list[Commitment]:
    """The commitments of a unit's body ``text[start:end]``: its items or its sentences."""
    if rejects_unit(text[start:end]):
        return []
    rows = row_commitments(text, start, end)  # "Wat | Wie | Wanneer" over one row per action
    if rows:
        return rows
    lead = _lead_in(text, start, end)
    begin = lead if lead is not None else start
    bullets, lettered = items_in(text, begin, end), enumerated_items(text, begin, end)
    # "(a) …", "(b) De gemeente:" over "– start …": the letters are the items, the dashes
    # under a letter its sub-items
    items = (
        lettered if lettered and (not bullets or lettered[0].start < bullets[0].start) else bullets
    )
    leden = numbered_leden(text, begin, end)
    if leden and not items:  # "3.1 Het Rijk draagt …", "3.2 …": the leden of an article
        binding = [is_undertaking(c.text) for c in leden]
        if sum(binding) * 2 >= len(leden):
            return leden
        if any(binding):
            return [c for c, bound in zip(leden, binding, strict=True) if bound]
    if items:
        found = _from_items(items, lead is not None, find_owner(text[start:begin]))
        if found:
            return _formula_over_items(text, start, items[0].start) + found
    if lead is not None:
        # a lead-in over one item ("Afspraken:" over "i. Het Rijk …") or over running text:
        # what it announces are the undertakings below it
        return _from_sentences(text, begin, end)
    return _from_sentences(text, start, end)


def _lead_in(text: str, start: int, end: int) -> int | None:
    """Where the items after a lead-in start: the end of a line that ends in a colon and
    agrees something or names a party ("Rijk en regio spreken af:", "Het Rijk:")."""
    for line in lines_in(text, start, end):
        stripped = line.text.strip()
        if not _LEAD_IN.search(stripped) or stripped.startswith("•"):
            continue
        if len(_LABEL.findall(stripped + " ")) >= 2:
            continue  # "Wie: … Wanneer: … Geld:": a row of labels, no lead-in
        if _CONSIDERING.search(stripped) or _DEFINITION.search(stripped):
            return None
        if _NOT_BINDING.search(stripped) and not agreement_formulas(stripped):
            return None  # "Wij stellen voor …, met daarin:" proposes, it agrees nothing
        if (
            agreement_formulas(stripped)
            or ANNOUNCING_FORMULA.search(stripped)
            or opens_with_party(stripped)
            or _VERB.search(stripped)
        ):
            return line.end
    return None


def _from_items(items: list[Item], led: bool, owner: str | None) -> list[Commitment]:
    """All items after a lead-in; without one, all items when most undertake something,
    else only those that do."""
    texts = [_MARK.sub("", item.text) for item in items]
    binding = [is_undertaking(t) for t in texts]
    if not led and not any(binding):
        return []
    keep = led or sum(binding) * 2 >= len(items)
    found = []
    for item, t, bound in zip(items, texts, binding, strict=True):
        if not (keep or bound) or (not bound and _STATUS.search(t) and not promises_done(t)):
            continue  # the phase reported, background, unless it says when it is done
        subs = [_MARK.sub("", sub) for sub in item.sub_items]
        if t.endswith(":") and subs and (_names_parties(t) or _most_undertake(subs)):
            # "De gemeente Eemsdelta:" over "- bouwt …", "Het Rijk en de provincie verdelen
            # de kosten:" over "- het Rijk draagt …", "- de provincie draagt …": each sub-item
            # is a commitment, of the parties the item names (sub-items that only list what
            # the item covers, "- Lege Midden;", stay part of it)
            parties = find_owner(t.rstrip(":"), owner)
            found.extend(
                Commitment(
                    sub,
                    parties if _names_parties(t) else find_owner(sub, parties),
                    (),
                    item.start,
                    item.end,
                )
                for sub in subs
            )
        else:
            found.append(Commitment(t, find_owner(t, owner), item.sub_items, item.start, item.end))
    return found


def _most_undertake(texts: list[str]) -> bool:
    return sum(is_undertaking(t) for t in texts) * 2 > len(texts)


def _names_parties(text: str) -> bool:
    """ "De gemeente Eemsdelta:", "Het Rijk en de provincie:": parties over their tasks."""
    return text.endswith(":") and len(text.split()) <= 8 and opens_with_party(text)


def _from_sentences(text: str, start: int, end: int) -> list[Commitment]:
    """Each sentence of the body that undertakes something; a sentence runs on over a
    wrapped line ("Het Rijk stelt … € 6 mln." / "beschikbaar …")."""
    found: list[Commitment] = []
    spans = [  # a row of cells joined to a sentence is left off first: a dot leader
        # ("Middelen ...... € 2 mln De gemeente legt …") would end a sentence of its own
        span
        for c_start, c_end in _runs(text, start, end)
        for span in sentence_spans(text, _after_cells(text, c_start, c_end), c_end)
    ]
    labelled = False  # in a paragraph opened by "Afspraak:"
    previous_end = start
    for s, e in spans:
        s = _after_cells(text, s, e)
        raw = text[s:e].strip()
        clean = normalise_space(_MARK.sub("", raw))
        labelled = AGREEMENT_LABEL.match(raw) is not None or (
            labelled and not _BLANK_LINE.search(text, previous_end, s) and not ANY_LABEL.match(raw)
        )
        previous_end = e
        if is_undertaking(clean) or (labelled and clean):
            owner = find_owner(clean) or sentence_owner(clean)
            found.append(Commitment(clean, owner, (), s, e))
    # "Afgesproken wordt dat de gemeente … vaststelt. Het Rijk stelt € 4 mln beschikbaar …":
    # a paragraph that opens with the passive formula of minutes states the agreement in that
    # sentence; what follows it is its context ("Partijen komen overeen … . De provincie
    # stelt daarvoor … beschikbaar." states two, each by its party)
    if found and _PASSIVE_FORMULA.match(found[0].text):
        return [found[0]]
    return found


def _formula_over_items(text: str, start: int, first: int) -> list[Commitment]:
    """ "Afgesproken wordt dat BZK … bijdraagt." or "Rijk en regio komen overeen de kosten …
    te delen." over "✓ de provincie neemt …": a formula sentence closed by a stop (or by a
    semicolon, running on in the bullets) right above
    a unit's bullets is a commitment of its own beside them (a lead-in ends in a colon and
    only announces them)."""
    spans = sentence_spans(text, start, first)
    if not spans:
        return []
    labelled = labelled_paragraph(text, start, first)
    if labelled:
        return labelled  # "Afspraak: …. De eerste … wordt … opgeleverd." over the bullets
    s, e = spans[-1]
    clean = normalise_space(_MARK.sub("", text[s:e].strip()))
    formula = _PASSIVE_FORMULA.match(clean) or (
        agreement_formulas(clean) and not ANNOUNCING_FORMULA.search(clean)
    )
    if not (formula and clean.endswith((".", ";")) and is_undertaking(clean)):
        return []
    return [Commitment(clean, find_owner(clean) or sentence_owner(clean), (), s, e)]


_PASSIVE_FORMULA = re.compile(r"(?:afgesproken\s+wordt|er\s+wordt\s+afgesproken)\b", re.I)
# "Afspraak: …. De voorkeursbeslissing wordt … genomen.": the label heads its paragraph, each
# sentence of it a commitment, up to a blank line or another label ("Toelichting: …")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a body a sentence may run over: a wrapped line continues the line
    above it; a blank line, a label ("Wat:"), an item mark, a short heading line above it or
    a party after a finished line begins a new one."""
    runs: list[tuple[int, int]] = []
    alone = False  # the run so far is one line
    row = False  # the run so far is a row of cells or labels
    for line in lines_in(text, start, end):
        stripped = line.text.strip()
        if runs and not row:
            last = text[runs[-1][0] : runs[-1][1]].strip()
            finished = last.endswith((".", ";", ":", "!", "?"))
            heading = alone and len(last) <= 50 and last[:1].isupper() and not finished
            if not (
                line.blank_before
                or heading
                or _STARTS_ANEW.match(stripped)
                or is_bare_label_row(stripped)  # "trekker X — gereed 2027": its own row
                or (finished and opens_with_party(stripped))
            ):
                runs[-1] = (runs[-1][0], line.end)
                alone = False
                continue
        runs.append((line.start, line.end))
        alone = True
        row = (
            len(_LABEL.findall(stripped)) >= 2
            or _CELL_MARK.search(stripped) is not None
            or is_bare_label_row(stripped)
        )
    return runs


def _after_cells(text: str, start: int, end: int) -> int:
    """Where a sentence starts after a row of cells joined to it ("gemeente X · 2026 · € 2
    mln De gemeente legt …"): at the first party that opens an undertaking after the last
    cell mark; else where it started."""
    marks = list(_CELL_MARK.finditer(text, start, end))
    if not marks:
        return start
    for capital in _WORD_CAPITAL.finditer(text, marks[-1].end(), end):
        rest = text[capital.start() : end]
        between = text[marks[-1].end() : capital.start()]
        if between.count("(") != between.count(")"):
            continue  # "(Rijk)": a cell's note, not a sentence
        opening = _ARTICLE.match(rest)  # "De stuurgroep rapporteert …" after "p.m."
        party = opens_with_party(rest) or _PARTY.match(rest, opening.end() if opening else 0)
        if party and is_undertaking(rest):
            return capital.start()
    return start
