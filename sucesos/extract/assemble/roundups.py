"""Round-up sentences: several incidents told one after another in one sentence.

A day or weekend report lists incidents clause by clause: "Otro hombre fue asesinado en X, y
uno más murió la noche del viernes en Y"; "En León se perpetraron dos homicidios; en Silao,
uno, y otro en Apaseo"; "Cinco personas fueron asesinadas en X, cuatro en Y y tres en Z";
"gunmen killed three people at a bar in X; two bodies were found in Y". Each clause is an
incident with its own place, day and figures. A clause that gives a figure and a place and
no verb of its own ("cuatro en Y", "y otro en Z") tells the act of the clause before it.

The sentence is cut at its joints (`incidents.toml` [roundup]: ";", "y", "and", "while", a
comma before a figure or before "en"/"in"); a piece that names no town or site of its own,
or tells no act (no event word that is an act, no figure, no understood verb), or names only
the places of the piece before it, stays with the piece before it. Two pieces or more left
make the sentence a round-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from sucesos.extract.assemble.elided import COMMA, elided_figure, opens_with_number
from sucesos.extract.assemble.news import long_sum
from sucesos.extract.assemble.roundup_rules import roundup_rules
from sucesos.extract.assemble.tallies import split_by_places
from sucesos.extract.count_words import CountMention
from sucesos.extract.counts import find_counts
from sucesos.extract.kinds import Trigger
from sucesos.extract.numbers import tokenize

if TYPE_CHECKING:
    from sucesos.extract.assemble.draft import Found
    from sucesos.extract.pipeline import Doc
    from sucesos.extract.places import PlaceMatch

# the figures a clause with no verb of its own may give: the people of the clause before it
_PEOPLE = frozenset(
    {"killed", "homicides", "injured", "bodies", "arrested", "kidnapped", "missing"}
)


@dataclass
class Piece:
    """One incident's clause of a round-up sentence."""

    start: int
    end: int
    triggers: list[Trigger] = field(default_factory=list)  # its own event words
    figures: list[CountMention] = field(default_factory=list)  # its figures of people
    counts: list[CountMention] = field(default_factory=list)  # figures no count word found
    towns: set[str] = field(default_factory=set)  # the codes of the towns it names
    sites: set[str] = field(default_factory=set)  # the sites (colonias, communities) it names
    site_at: set[int] = field(default_factory=set)  # where their names start
    states: set[str] = field(default_factory=set)  # its towns' states
    named_states: set[str] = field(default_factory=set)  # the states it names
    places: list[PlaceMatch] = field(default_factory=list)  # the places it names
    strays: set[int] = field(default_factory=set)  # starts of namesakes in another state
    shared: set[int] = field(default_factory=set)  # starts of the towns of the clause before
    act: bool = False  # it tells an act: an event word that is one, a figure, an elided verb
    # the act words it borrows when it has no verb of its own ("asesinadas … cuatro en Y")
    head: tuple[int, int] | None = None
    total: bool = False  # a lead that sums the incidents the clauses after it tell
    sums: bool = False  # (a lead) the figures of the clauses after it add up to its own
    lead: tuple[int, int] | None = None  # the words of the lead that sums it, if any
    stop: int = 0  # where its words end, before the joint to the next clause
    later: bool = False  # an incident after the sentence's first one (or its lead's sum)


def roundup_clauses(
    doc: Doc, found: Found, i: int, triggers: list[Trigger], status: str
) -> list[Piece] | None:
    """The incidents' clauses of sentence `i`, of news `status`, when it is a round-up. A tally
    of a day or a weekend that goes on to tell where its dead fell ("Twelve people were
    killed across the state over the weekend, including four in X, …") is one too: its
    lead is the tally, its clauses the news. A running total or a long period's toll
    ("…en lo que va del año: 50 en X y 68 en Y") sums tallies, no news."""
    if status == "reported":
        return roundup_pieces(doc, found, i, triggers)
    sentence = doc.sentences[i]
    if status != "statistic" or long_sum(doc.folded, sentence.start, sentence.end):
        return None
    pieces = roundup_pieces(doc, found, i, triggers)
    if pieces is not None and not pieces[0].total and _shared_out(doc, pieces):
        pieces[0].total = True  # the tally first, then an item of its own
    return pieces if pieces is not None and pieces[0].total else None


def tells_the_rest(doc: Doc, i: int) -> bool:
    """Whether sentence `i` opens with what a total left untold ("El resto de los asesinatos
    se registró en A, B y C", "The remaining nine were killed in…"): its figures are a sum of
    their own, never the total they complete."""
    return roundup_rules().rest.match(doc.folded, doc.sentences[i].start) is not None


def rest_of_news(doc: Doc, i: int) -> bool:
    """Whether sentence `i` tells what a day's or a weekend's total left untold ("The other
    seven murders occurred in various neighborhoods between Saturday and Sunday"): news of
    that span at the precision it gives, not a tally; a running total's rest stays one."""
    sentence = doc.sentences[i]
    return tells_the_rest(doc, i) and not long_sum(doc.folded, sentence.start, sentence.end)


def roundup_pieces(doc: Doc, found: Found, i: int, triggers: list[Trigger]) -> list[Piece] | None:
    """The incidents' clauses of sentence `i` when it is a round-up (two or more), else None."""
    if not triggers and not any(c.what in _PEOPLE for c in found.counts[i]):
        return None
    if not found.sites[i] and not any(found.places_in_town(p) for p in found.places[i]):
        # no clause can be set in a town or site: at most a lead's sum, never two incidents
        return None
    sentence = doc.sentences[i]
    rules = roundup_rules()
    # each joint: where the clause before it ends, and where the next one begins
    joints = [m.span() for m in rules.joints.finditer(doc.folded, sentence.start, sentence.end)]
    joints += [
        m.span()
        for m in COMMA.finditer(doc.folded, sentence.start, sentence.end)
        if opens_with_number(doc, m.end(), sentence.end)
    ]
    bounds = [(sentence.start, sentence.start), *sorted(set(joints)), (sentence.end, sentence.end)]
    pieces: list[Piece] = []
    pending: Piece | None = None  # the words of a clause that has no place or no act yet
    states: set[str] = set()
    for (_, lo), (stop, hi) in pairwise(bounds):
        if lo >= hi:
            continue
        piece = _piece(doc, found, i, triggers, lo, hi)
        piece.stop = max(lo, stop)
        if pending is not None and not pieces and _leads(doc, i, pending, piece):
            # "Seis personas fueron asesinadas en el estado: dos en X, …": the sum of the
            # incidents the clauses after it tell
            pending.total = True
            pieces.append(pending)
            states |= pending.named_states
            pending = piece
        elif pending is None:
            pending = piece
        else:
            _extend(pending, piece)  # "en Silao, | uno", "dos mujeres | y un hombre … en X"
            _settle(found, pending)
        if states and not pending.states & states and not pending.named_states:
            # a town of a state no clause before names is no place of the round-up's
            # ("…en la comunidad de Santa Elena", a namesake far away)
            pending.strays |= {p.start for p in pending.places if found.places_in_town(p)}
            pending.towns, pending.states = set(), set()
        if not (pending.towns or pending.sites) or not pending.act:
            continue
        if pieces and not pieces[-1].total and not _elsewhere(pieces[-1], pending):
            _extend(pieces[-1], pending)  # the same place told again or more closely
        else:
            if pieces and not pending.towns:
                # "…en Mazatlán, uno en la colonia A y otro en la colonia B": B is in the
                # town of the clause before
                before = pieces[-1]
                pending.shared = {p.start for p in before.places if found.places_in_town(p)}
            pieces.append(pending)
        states |= pending.states | pending.named_states
        pending = None
    if pending is not None and pieces:
        _extend(pieces[-1], pending)  # words after the last incident's place and act
    if not pieces or not _tells(pieces[0]):
        return None
    if len(pieces) < 2 + pieces[0].total and not _one_part_apart(doc, pieces):
        return None
    if not pieces[0].total and rules.breakdowns.search(
        doc.folded, sentence.start, pieces[-1].start
    ):
        return None  # "nueve en X y dos más en Y, de los cuales …": one sum
    for piece in pieces:
        if piece.triggers:
            # its own victims, as the clause alone counts them ("…, and another man was
            # shot dead in Y": one, which a sentence with figures elsewhere leaves uncounted)
            piece.counts = [] if piece.figures else _own_figures(doc, piece) or piece.counts
    for before, piece in pairwise(pieces):
        if not _tells(piece) and not _understood(doc, before, piece):
            return None
    first = 1 if pieces[0].total else 0
    for piece in pieces[first + 1 :]:
        piece.later = True
    if pieces[0].total:
        pieces[0].sums = _summed(pieces)
        for piece in pieces[1:]:
            piece.lead = (pieces[0].start, pieces[0].end)
    return pieces


def _one_part_apart(doc: Doc, pieces: list[Piece]) -> bool:
    """Whether a lead's sum is followed by one part of it that tells an incident of its own,
    in a town or site of its own and by an event word ("30 muertos en el estado, de los
    cuales 17 murieron en un enfrentamiento en X", "20 killed across the state, including
    six in an ambush in Y"): that part is news, the lead a tally. A part with no event word
    is one too when its figure stands alone before the place where those people fell
    ("…, incluidas cinco en un velorio en X", "…, including five at a wake in Y"); a part
    that only says who some of the dead were ("…, entre ellos cuatro policías de X") is no
    incident."""
    if len(pieces) != 2 or not pieces[0].total:
        return False
    lead, part = pieces
    if not roundup_rules().breakdowns.match(doc.folded, part.start):
        return False
    kinds = [c.what for c in _people(lead)]
    gap = None if _people(part) else elided_figure(doc, part.start, part.end)
    if not part.triggers and (gap is None or not (part.towns or part.sites)):
        return False
    if gap is not None and kinds:
        # "including six in an ambush": the lead's verb is understood for the part's figure
        part.counts = [CountMention(gap[0], gap[1], kinds[0], gap[2], None)]
    return True


def _tells(piece: Piece) -> bool:
    """Whether a clause tells its act in words of its own: an event word, or a figure of
    people with its verb ("cinco personas fueron ultimadas")."""
    return bool(piece.triggers) or any(not c.lower_bound for c in piece.figures)


def _people(piece: Piece) -> list[CountMention]:
    return [c for c in [*piece.figures, *piece.counts] if c.what in _PEOPLE and not c.lower_bound]


def _leads(doc: Doc, i: int, lead: Piece, piece: Piece) -> bool:
    """Whether `lead`, a round-up's first clause, gives the sum of the incidents the clauses
    from `piece` on tell: it names no town or site and gives a figure of two people or more
    ("Seis personas fueron asesinadas en Guerrero", "Twelve people were killed across the
    state"), and `piece` tells an act in a town or site of its own with a smaller figure, if
    any, that adds nothing to it ("dos en X", not "y dos más en X")."""
    # a part of the sum ("…, de los cuales 17 murieron…") may name its town further on
    part = bool(roundup_rules().breakdowns.match(doc.folded, piece.start))
    if lead.towns or lead.sites or not lead.act or not (piece.towns or piece.sites or part):
        return False
    figures = [c.value for c in _people(lead)]
    if not figures or max(figures) < 2 or not piece.act:
        return False
    # the parts of a sum have no verb of their own ("dos en X"); a clause with one follows a
    # sum only when the lead says it sums ("en varios ataques", "en el estado")
    summing = any(lead.start <= at < lead.end for at in doc.status[i].aggregate_at)
    if _tells(piece) and not summing and not lead.named_states:
        return False
    own = [c.value for c in _people(piece)]
    words = {t.word for t in tokenize(doc.folded, piece.start, piece.end)}
    return all(v < max(figures) for v in own) and not words & roundup_rules().adding


def _shared_out(doc: Doc, pieces: list[Piece]) -> bool:
    """Whether the clause after a round-up's first shares its toll out among places ("13
    asesinatos en la ciudad; siete en el centro y seis en la periferia, y además…")"""
    tolls = [c.value for c in _people(pieces[0])]
    return len(pieces) > 1 and split_by_places(doc, pieces[0].start, pieces[1].end, tolls)


def _summed(pieces: list[Piece]) -> bool:
    """Whether the incidents a round-up's lead sums are all told in it: their figures add up
    to its own ("Seis muertos: dos en X, tres en Y y uno en Z")."""
    lead, *items = pieces
    for c in _people(lead):
        told = [x.value for p in items for x in _people(p) if x.what == c.what]
        if told and sum(told) == c.value:
            return True
    return False


def _own_figures(doc: Doc, piece: Piece) -> list[CountMention]:
    found = find_counts(doc.folded, piece.start, piece.end, text=doc.text)
    return [c for c in found if c.what in _PEOPLE]


def _elsewhere(before: Piece, piece: Piece) -> bool:
    """Whether `piece` is set in a place of its own: a town the clause before does not
    name, or a site (colonia, community) of the same town it does not name. A town after a
    site ("en la comunidad X, en el municipio de Y") tells the same place more closely."""
    if before.towns and piece.towns:
        return not piece.towns <= before.towns
    if before.sites and piece.sites:
        return not piece.sites <= before.sites
    return False


def _piece(doc: Doc, found: Found, i: int, triggers: list[Trigger], lo: int, hi: int) -> Piece:
    piece = Piece(lo, hi, triggers=[t for t in triggers if lo <= t.start < hi])
    piece.places = places = [p for p in found.places[i] if lo <= p.start < hi]
    piece.named_states = {
        p.location.admin1_code
        for p in places
        if p.location.precision == "state" and p.location.admin1_code
    }
    piece.sites = {name for at, name in found.sites[i] if lo <= at < hi}
    piece.site_at = {at for at, _ in found.sites[i] if lo <= at < hi}
    _settle(found, piece)
    piece.figures = [c for c in found.counts[i] if lo <= c.start < hi and c.what in _PEOPLE]
    figures = [c for c in piece.figures if not c.lower_bound]
    gap = None if piece.triggers else elided_figure(doc, lo, hi)
    if gap is not None:
        piece.counts.append(CountMention(gap[0], gap[1], "", gap[2], None))
    piece.act = any(t.act for t in piece.triggers) or bool(figures) or gap is not None
    if piece.triggers and not piece.act and not figures:
        # "…, and a woman was killed in Y": an outcome word with a victim of its own (a
        # figure with no number, which the sentence may have read already)
        piece.act = any(_subject_of(doc, lo, hi, c) for c in _own_figures(doc, piece))
    return piece


def _subject_of(doc: Doc, lo: int, hi: int, count: CountMention) -> bool:
    """Whether the death `count` (a verb with no number) names its own victim in its clause
    (`lo`-`hi`): a determiner right before it ("a woman was killed") or right after it ("fue
    ultimado otro individuo")."""
    words = roundup_rules().determiners
    before = tokenize(doc.folded, lo, count.start)
    after = tokenize(doc.folded, count.end, hi)
    return (0 < len(before) <= 3 and before[0].word in words) or (
        bool(after) and after[0].word in words
    )


def _settle(found: Found, piece: Piece) -> None:
    """The towns of `piece` and their states: those its places set it in, less a settlement a
    site word names ("en la comunidad de San Felipe": a site of the clause's town, not the
    namesake municipality) and less a locality of another town than the one it names ("En
    Navolato, en el poblado de San Blas": San Blas of Navolato, not a namesake elsewhere)."""
    towns = [p for p in piece.places if found.places_in_town(p) and p.start not in piece.strays]
    named = {
        p.location.admin2_code
        for p in towns
        if p.location.precision == "municipality" and p.start not in piece.site_at
    }
    if named:
        piece.strays |= {p.start for p in towns if p.location.admin2_code not in named}
    towns = [p for p in towns if p.start not in piece.strays and p.start not in piece.site_at]
    piece.towns = {p.location.admin2_code for p in towns if p.location.admin2_code}
    piece.states = {p.location.admin1_code for p in towns if p.location.admin1_code}


def _extend(piece: Piece, more: Piece) -> None:
    piece.end = more.end
    piece.stop = more.stop
    piece.triggers += more.triggers
    piece.figures += more.figures
    piece.counts = piece.counts or more.counts
    piece.act = piece.act or more.act
    piece.towns |= more.towns
    piece.sites |= more.sites
    piece.site_at |= more.site_at
    piece.states |= more.states
    piece.named_states |= more.named_states
    piece.places += more.places
    piece.strays |= more.strays


_PLACE_WORD = re.compile(r"(?:\s+(?:en|in|at|de|del|of))+\s*$")


def _told(doc: Doc, piece: Piece, start: int) -> tuple[int, int]:
    """The words from `start` (a figure of `piece`) up to its first place after it, less
    the preposition that leads there ("Cinco personas fueron asesinadas" in "Cinco personas
    fueron asesinadas en Fresnillo")."""
    end = min((p.start for p in piece.places if p.start > start), default=piece.stop)
    words = _PLACE_WORD.sub("", doc.folded[start:end].rstrip(" ,;:"))
    skip = len(words) - len(words.lstrip())
    return start + skip, start + len(words)


def _understood(doc: Doc, before: Piece, piece: Piece) -> bool:
    """Give a clause with no verb of its own the act of the clause before it: its event
    words (placed at its figure) and the kind of people that clause counts."""
    kinds = [c.what for c in [*before.figures, *before.counts] if c.what in _PEOPLE]
    if not piece.counts or not kinds:
        return False
    gap = piece.counts[0]
    what = kinds[0] if kinds else None
    if what is None:
        return False
    piece.counts = [replace(gap, what=what)]
    # the act word nearest before it ("ejecutados" in "dejó seis ejecutados, dos en X"),
    # else the figure that tells it ("cinco personas fueron ultimadas")
    figures = [*before.figures, *before.counts]
    if before.head is not None:
        piece.head = before.head
    elif before.total and figures:
        # a lead's act without its sum ("personas muertas", not "seis personas muertas")
        piece.head = _told(doc, before, figures[-1].end)
    elif before.triggers:
        act = max(before.triggers, key=lambda t: (t.act, t.start))
        piece.head = (act.start, act.end)
    else:
        piece.head = _told(doc, before, figures[-1].start)
    piece.triggers = [replace(t, start=gap.start, end=gap.end) for t in before.triggers]
    return True
