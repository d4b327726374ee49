"""Where an event happens: the real places of its sentences (not actor names or
datelines), the most specific first, else the article's focus."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from sucesos.extract.assemble.bases import off_bases, place_key
from sucesos.extract.assemble.not_scene import names_no_scene
from sucesos.extract.assemble.off_scene import (
    is_locative,
    is_near,
    off_landmarks,
    off_no_scene,
    off_the_road,
)
from sucesos.extract.assemble.offices import off_offices
from sucesos.extract.lexicon import PhraseMatch, PhraseMatcher, alternation, load_data
from sucesos.extract.places import PlaceMatch, state_by_code
from sucesos.extract.places_index import load_index, name_key, state_capital
from sucesos.extract.text import Spans
from sucesos.models import Location

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

PRECISION_RANK = {"locality": 0, "municipality": 1, "state": 2, "country": 3}

# Where the report was filed, not the event, printed before its first words: "MEXICO CITY
# (Reuters) —", "CULIACÁN, Sin.—", "MORELIA, Mich., 3 de marzo de 2026.-", "Irapuato, Gto.-",
# "Ciudad de México, marzo 1 (Agencia).-", "Mexico City, Dec 8 (IANS)". A place in capitals
# may end at any dash or a colon ("TUXTLA: Gunmen…"); a place in ordinary case only at a
# period and a dash (".-", also after a state in lower case: "Xalapa, ver.-"), or after its
# day and agency, or after a state's abbreviation and a comma before the first sentence
# ("Tepic, Nay., Una balacera…"), or at a dash between spaces or a long dash right after
# it ("Monterrey – Un enfrentamiento…", "Guadalajara— El alcalde…"), so an aside after a
# name that opens a paragraph ("Sinaloa —uno de los estados…") and a list of places
# ("Culiacán, Sinaloa, Durango y…") are no dateline.
_LETTER = "A-Za-zÁÉÍÓÚÑÜáéíóúñü"
_UPPER = "A-ZÁÉÍÓÚÑÜ"
# , Sin. / , Michoacán / , GTO. / , ver. / , B. C. / , Q. Roo
_STATE = (
    rf"(?:,\s*(?:[{_UPPER}][{_LETTER}.]{{1,14}}(?:\s[{_UPPER}][{_LETTER}]{{0,3}}\.?)?"
    rf"|[a-z]{{2,5}}\.?))"
)
# , Nay. / , B.C. / , NL. / , B. C.
_ABBREVIATION = rf"(?:,\s*[{_UPPER}](?:[{_LETTER}.]|\s(?=[{_UPPER}]\.)){{1,6}}\.)"
_MONTH = rf"[{_LETTER}]{{3,10}}\.?"
_FILED = (  # , 3 de marzo de 2026 / , a 3 de marzo / , marzo 1 / , 4 jun / (México), 8 ene
    rf"(?:(?:\s*\([{_UPPER}][{_LETTER} ]{{2,20}}\))?,?\s*(?:a\s+)?"
    rf"(?:\d{{1,2}}\s+(?:de\s+)?{_MONTH}(?:\s+(?:de\s+|del\s+)?\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?))"
)
_AGENCY = r"(?:,?\s*\([^)\n]{1,40}\))"  # (Reuters), (EL UNIVERSAL), ", (apro)"
_CAPITALS = rf"[{_UPPER}][{_UPPER} .'’-]{{2,40}}"
_NAME = (  # "Guadalupe y Calvo": "y" only between two capitalised words
    rf"[{_UPPER}][{_LETTER}'’]+"
    rf"(?:[ -](?:de|del|la|las|los|el|y(?= [{_UPPER}])|[{_UPPER}][{_LETTER}'’]+)){{0,4}}"
)
# the first sentence's opening: a capitalised word and a word in lower case ("Un tiroteo"),
# or an article and any word ("A Mexican journalist", "El Ejército")
_SENTENCE = (
    rf"(?=[{_UPPER}][{_LETTER}]*[ \t]+[a-záéíóúñü]"
    rf"|(?:A|An|The|El|La|Los|Las|Un|Una)[ \t]+[{_LETTER}])"
)
_DATELINE = re.compile(
    rf"^[ \t]*(?:date:?[ \t]+\S+[ \t]+)?"  # an archive's stamp before it
    rf"(?:{_CAPITALS}{_STATE}?\.?{_FILED}?{_AGENCY}?\s*\.?\s?[—–-]{{1,2}}"
    # capitals and a colon: a place, not a heading that tells ("BALACERA EN CELAYA:")
    rf"|(?![{_UPPER} .'’-]*\b(?:EN|IN|Y|AND|DE LA|CONTRA)\b){_CAPITALS}{_STATE}?:[ \t]+{_SENTENCE}"
    # or a period, in at most three words and none that joins a headline's ("CANCÚN. Un
    # comando…", not "MATAN A UN EDIL. El…")
    rf"|(?![{_UPPER} .'’-]*\b(?:EN|IN|Y|AND|A|AL|CON|CONTRA|POR|PARA)\b)"
    rf"[{_UPPER}][{_UPPER}'’-]+(?: [{_UPPER}][{_UPPER}'’-]*){{0,2}}{_STATE}?\.[ \t]+{_SENTENCE}"
    rf"|{_NAME}{_STATE}{{0,2}}\.?{_FILED}?{_AGENCY}?\.\s?[—–-]{{1,2}}"
    rf"|{_NAME}{_ABBREVIATION}{{1,2}},?[ \t]+{_SENTENCE}"
    # a name in ordinary case and a colon before a long first sentence, not a headline's
    # short kicker ("Culiacán: balacera deja tres muertos")
    rf"|{_NAME}{_STATE}{{0,2}}:[ \t]+{_SENTENCE}(?=[^\n]{{150}})"
    rf"|{_NAME}{_STATE}{{0,2}}{_AGENCY}?(?:[ \t]+[—–-]|[—–])[ \t]+{_SENTENCE}"
    # a wire's dateline with its day and agency and no dash: "Mexico City, Dec 8 (IANS) "
    rf"|{_NAME}{_STATE}{{0,2}}{_FILED}{_AGENCY}[ \t]*[—–:-]{{0,2}}"
    # a town, its state and an agency closed by a period: "Morelia, Michoacán (Agencia). "
    rf"|{_NAME}{_STATE}{{1,2}}{_AGENCY}\.[ \t]+{_SENTENCE})",
    re.MULTILINE,
)


@lru_cache(maxsize=16)
def dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The datelines of `text`: cached, as the places of a report and its last resort both
    ask (the pattern is tried at every line of the text)."""
    return tuple((m.start(), m.end()) for m in _DATELINE.finditer(text))


def dateline_places(doc: Doc) -> list[PlaceMatch]:
    """Where the report was filed, as a last resort for an article that names no other place:
    a local paper's dateline is most often the town or state of what it tells."""
    spans = Spans(dateline_spans(doc.text))
    found = [p for p in doc.places if spans.hold(p.start, p.end)]
    return pick_places(doc, found)[:1]


def dateline_town(doc: Doc) -> Location | None:
    """The town of the report's dateline when it is not its state's capital and the text
    names it again or names no other town of that state ("TEXISTEPEC, Mexico (AP) —",
    "Apatzingán, Mich.—"): a reporter filing from a small town is where the news happened,
    while a capital's dateline ("CHILPANCINGO, Gro.—") is a bureau's, and another town the
    text names says more."""
    datelines = dateline_spans(doc.text)
    if not datelines:
        return None  # most reports: no dateline, no scan of their places
    spans = Spans(datelines)
    town = None
    for p in doc.places:
        loc = p.location
        if spans.hold(p.start, p.end) and loc.admin2 and loc.admin1_code:
            capital = state_capital(loc.admin1_code) or ""
            town = None if _same_town(capital, loc.admin2) else loc
            break
    if town is None:
        return None
    body = [p.location for p in real_places(doc) if p.location.admin1_code == town.admin1_code]
    if any(loc.admin2 == town.admin2 for loc in body):
        return town  # the body names the town too
    return None if any(loc.admin2 for loc in body) else town


def _same_town(a: str, b: str) -> bool:
    """Whether two names of a town share a word of their own ("Victoria de Durango" and
    "Durango", "Ciudad Victoria" and "Victoria"; `context.toml` town_name_links)."""
    links = load_index().ctx["town_name_links"]
    return bool((set(name_key(a).split()) - links) & (set(name_key(b).split()) - links))


def real_places(doc: Doc) -> list[PlaceMatch]:
    """Places that are neither part of an actor's name ("Cártel de Sinaloa"), nor a dateline,
    nor a landmark a distance is measured from ("42 miles southeast of Mexico City"), nor a
    state where a road or a trip leads ("el paso hacia el estado de Nayarit") or that borders
    the scene ("la región, que colinda con Michoacán"), nor where a victim comes from or was
    taken for care (`elsewhere`)."""
    if not doc.places:
        return []  # nothing to filter: the text is not scanned for what would drop a place
    spans = Spans([*((a.start, a.end) for a in doc.actors), *dateline_spans(doc.text)])
    landmarks = {m.end() for m in _reference().finditer(doc.folded)}
    # A state (or country) a road or a trip leads to; a town after "rumbo a" or "camino a"
    # is most often where the road is, so towns stay ("en la brecha rumbo a Tzitzio").
    # So is a state told as bordering the scene ("que colinda con Michoacán").
    by_end = PlacesByEnd(doc.places)
    ahead = set()
    for table in ("destination_places", "neighbour_places"):
        pattern, cues = _cue_before(table)
        # no match starts before the first of its cues: most texts have none
        first = min((i for cue in cues if (i := doc.folded.find(cue)) >= 0), default=-1)
        for m in pattern.finditer(doc.folded, first) if first >= 0 else ():
            # "hacia [el] [estado de] Nayarit"
            ahead |= {m.end("cue"), m.end("article"), m.end()}
    return [
        p
        for p in doc.places
        if not spans.hold(p.start, p.end)
        and p.start not in landmarks
        and not (p.start in ahead and p.location.precision in ("state", "country"))
        and not elsewhere(doc, p, by_end)
    ]


def is_scene_clause(doc: Doc, place: PlaceMatch) -> bool:
    """Whether a clause right after `place` says the act happened there ("Coalcomán, donde
    se registró la agresión"; `cues.toml` [scene_clause])."""
    return _scene_clause().match(doc.folded, place.end, place.end + 60) is not None


@cache
def _scene_clause() -> re.Pattern[str]:
    data = load_data("lexicon/cues.toml")["scene_clause"]
    return re.compile(
        rf"\s*,?\s*(?:{alternation(data['linkers'])})\s+(?:\w+\s+){{0,2}}?"
        rf"(?:{alternation(data['verbs'], stars=True)})\b"
    )


@cache
def _cue_before(table: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A destination or neighbour cue up to the name after it (`cues.toml`
    [destination_places], [neighbour_places])."""
    data = load_data("lexicon/cues.toml")[table]

    def words_of(key: str) -> str:
        return alternation(data[key])

    pattern = re.compile(
        rf"\b(?:{words_of('cues')})\s+(?P<cue>)(?:(?:el|la|the)\s+)?(?P<article>)"
        rf"(?:(?:{words_of('heads')})\s+)?"
    )
    return pattern, tuple(data["cues"])


# Characters before a place in which the words that make it no scene are looked for.
_SCENE_REACH = 90


class PlacesByEnd:
    """A text's places by where they end, to find the place right before a point in
    logarithmic time (a long article names hundreds)."""

    def __init__(self, places: list[PlaceMatch]) -> None:
        self.places = sorted(places, key=lambda p: p.end)  # stable: text order within an end
        self.ends = [p.end for p in self.places]
        # `elsewhere` of each place asked so far, by id (a list's town asks the one before)
        self.elsewhere: dict[int, bool] = {}

    def last_before(self, point: int) -> PlaceMatch | None:
        """The place ending latest at or before `point` (the first in text order of a tie)."""
        k = bisect.bisect_right(self.ends, point)
        if not k:
            return None
        return self.places[bisect.bisect_left(self.ends, self.ends[k - 1])]


def elsewhere(doc: Doc, place: PlaceMatch, by_end: PlacesByEnd) -> bool:
    """Whether `place` is where a victim comes from or lives ("originario de Durango",
    "vecino del municipio de Tecomán") or the town of the hospital a victim was taken to
    ("lo trasladaron a un hospital de Teocelo"), not where the incident happened
    (`incidents.toml` [scene]). `by_end` holds the text's places (`real_places` makes it
    once per text)."""
    known = by_end.elsewhere.get(id(place))
    if known is None:
        known = by_end.elsewhere[id(place)] = _elsewhere(doc, place, by_end)
    return known


def _elsewhere(doc: Doc, place: PlaceMatch, by_end: PlacesByEnd) -> bool:
    origin, care, links, past_links = _scene()
    head = doc.folded[max(0, place.start - _SCENE_REACH) : place.start]
    if origin.search(head) or care.search(head):
        return True
    # a later town of a list whose first is such a place ("originarios de Navolato y Culiacán")
    last = by_end.last_before(place.start)
    if last is None:
        return False
    raw = doc.text[last.end : place.start]
    if past_links.match(raw):
        return False  # longer than any link, spaces aside: most gaps, not normalised
    gap = " ".join(raw.lower().replace(",", " , ").split())
    return gap in links and elsewhere(doc, last, by_end)


@cache
def _scene() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    data = load_data("incidents.toml")["scene"]

    def words_of(key: str) -> str:
        return alternation(data[key], stars=True)

    between = rf"(?:(?:{words_of('between')})\s+)?"
    origin = re.compile(
        rf"(?:\b(?:{words_of('origin')})\s+(?:{words_of('origin_links')})"
        rf"|\b\d{{1,3}}[\s-]+(?:{words_of('age_origin')}),?\s+(?:{words_of('age_links')})"
        rf"|,[\"”’']?\s*\d{{1,3}},\s+(?:{words_of('age_comma_links')})"
        rf"|\b(?:{words_of('origin_from')})\s+(?:{words_of('origin_from_links')}))\s+"
        rf"{between}$"
    )
    care = re.compile(
        rf"(?:\b(?:{words_of('transfer')})\b[^.;:]{{0,40}}?\b(?:{words_of('care')}|{words_of('custody')})"
        rf"|\b(?:{words_of('treated')})\b[^.;:]{{0,40}}?\b(?:{words_of('care')}))\b"
        rf"[^.;:,]{{0,30}}?\s(?:{words_of('care_links')})\s+{between}$"
    )
    links = frozenset(" ".join(w.replace(",", " , ").split()) for w in data["list_links"])
    # more characters other than spaces than the longest link holds
    past_links = re.compile(rf"(?:\s*\S){{{max(map(len, links), default=0) + 1}}}")
    return origin, care, links, past_links


@cache
def _reference() -> re.Pattern[str]:
    """A distance from a landmark up to the landmark's name (`cues.toml` [reference_places])."""
    data = load_data("lexicon/cues.toml")["reference_places"]

    def words_of(key: str) -> str:
        return alternation(data[key])

    return re.compile(
        # a digit after no word character (`\b\d`), the digit first: the text is scanned
        # whole, and `re` skips to its digits
        rf"\d(?<!\w\d)[\d,.]*\s*(?:{words_of('units')})\b(?:\s*\([^)\n]{{0,30}}\))?\s*"
        rf"(?:(?:{words_of('directions')})\s+)?(?:{words_of('linkers')})\s+"
        rf"(?:(?:{words_of('heads')})\s+)?"
    )


def focus_places(doc: Doc, places: list[list[PlaceMatch]]) -> list[PlaceMatch]:
    """Where the article as a whole happens: its headline and lead, else its commonest state
    (a lead that names only the country, "un pueblo del centro de México", says less than
    the state the rest of the article names)."""
    lead = [p for s in doc.sentences if s.paragraph <= 1 for p in places[s.index]]
    if any(p.location.precision != "country" for p in lead):
        return pick_places(doc, lead)
    every = [p for ps in places for p in ps if p.location.precision != "country"] or lead
    if not every:
        return dateline_places(doc)
    by_state: dict[str, list[PlaceMatch]] = {}
    for p in every:
        by_state.setdefault(p.location.admin1_code or "", []).append(p)
    top = max(by_state.values(), key=len)
    return pick_places(doc, top)[:1]


def pick_places(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """Distinct places, most specific first, dropping a state whose town is also named and
    a road's end when another town may be the scene (`off_the_road`), a town the scene is
    told to lie north or south of (`off_landmarks`), a town someone was heading to or cared
    for in (`off_no_scene`), the town of an office or an
    institution (`offices.off_offices`) and the place a group is based in
    (`bases.off_bases`)."""
    seen: dict[tuple[str | None, str | None, str], PlaceMatch] = {}
    found = off_no_scene(doc, off_landmarks(doc, off_the_road(doc, found)))
    for p in off_bases(doc, off_offices(doc, found)):
        key = place_key(p)
        if key not in seen or p.score > seen[key].score:
            seen[key] = p
    places = list(seen.values())
    specific_states = {
        p.location.admin1_code
        for p in places
        if p.location.precision in ("locality", "municipality")
    }
    mexican = any(p.location.precision != "country" for p in places)
    kept = [
        p
        for p in places
        if not (p.location.precision == "state" and p.location.admin1_code in specific_states)
        and not (p.location.precision == "country" and mexican)
    ]

    kept = off_borders(doc, found, kept)

    def rank(p: PlaceMatch) -> tuple[int, int, int, int, int, float, int]:
        locative = is_locative(doc, p)
        return (
            # a town that is no scene ("flew the wounded to a hospital in X", "fled toward
            # X") after every town that may be one, even when its clause tells the act
            1 if names_no_scene(doc, p) else 0,
            0 if is_scene_clause(doc, p) else 1,
            0 if locative else 1,
            PRECISION_RANK[p.location.precision],
            # a town the text measures from ("en la zona cercana al municipio de X") after
            # one it sets the act in
            1 if is_near(doc, p) else 0,
            -p.score,
            p.start,
        )

    return sorted(kept, key=rank)


def off_borders(doc: Doc, found: list[PlaceMatch], kept: list[PlaceMatch]) -> list[PlaceMatch]:
    """`kept` without the states named only as a side of a border ("en los límites de
    Coahuila y Nuevo León, en el municipio de Progreso") when a town of `kept` lies in
    another state named as a side of it: the town is the scene, the other side says where
    it lies (`cues.toml` [border_pairs]). A border whose sides hold no town of the record
    keeps its states (an event on the border of two states)."""
    towns = {
        p.location.admin1_code for p in kept if p.location.precision in ("locality", "municipality")
    }
    if not towns:
        return kept
    states = [p for p in found if p.location.precision == "state"]
    sides = {p.start for p in states if _border_side(doc, p)}
    if not sides:
        return kept
    # a state every mention of which is a side, with no town of its own, while a town's
    # state is a side too
    if not any(p.start in sides and p.location.admin1_code in towns for p in states):
        return kept
    off = {p.location.admin1_code for p in states if p.start in sides} - towns
    off -= {p.location.admin1_code for p in states if p.start not in sides}
    return [
        p for p in kept if not (p.location.precision == "state" and p.location.admin1_code in off)
    ]


def _border_side(doc: Doc, place: PlaceMatch) -> bool:
    """Whether state `place` is one of the sides a border cue lists before it ("límites de
    Coahuila y", "limítrofe entre Jalisco, Michoacán y"): only other places and the words
    that join them stand between."""
    cue, links = _border_pairs()
    head = doc.folded[max(0, place.start - 90) : place.start]
    matches = list(cue.finditer(head))
    if not matches:
        return False
    m = matches[-1]
    rest = list(head[m.end() :])
    offset = place.start - len(head)
    for q in doc.places:
        if m.end() <= q.start - offset and q.end - offset <= len(head):
            rest[q.start - offset - m.end() : q.end - offset - m.end()] = " " * (q.end - q.start)
    return set("".join(rest).replace(",", " , ").split()) <= links


@cache
def _border_pairs() -> tuple[re.Pattern[str], frozenset[str]]:
    data = load_data("lexicon/cues.toml")["border_pairs"]
    return re.compile(rf"\b(?:{alternation(data['cues'])})\s+"), frozenset(data["links"])


def aggregate_locations(found: list[PlaceMatch], towns: bool = True) -> list[Location]:
    """Where an aggregate happens: the one town it names when every place it names lies in
    that town ("dos ataques en distintos puntos de Celaya") and `towns` allows it (not when
    it counts several states); else the states it names (state precision), else the
    country."""
    town = single_town(found) if towns else None
    if town is not None:
        return [town]
    out: list[Location] = []
    for code in dict.fromkeys(p.location.admin1_code for p in found if p.location.admin1_code):
        state = state_by_code(code) if code else None
        if state is not None:
            out.append(state)
    return out or [Location(name="México", precision="country")]


def outside_examples(doc: Doc, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """The places of `found` that are not inside an example of a sum ("six civilians died,
    among them a driver shot in X", "entre las víctimas, un policía de Y", "ataques como el
    de Z"; `cues.toml` [sum_examples]): where one of the people or acts it counts happened
    says nothing of where the sum lies."""
    if not found:
        return found
    cues = _sum_examples()[0]
    starts = [s.start for s in doc.sentences]
    kept = []
    for p in found:
        k = bisect.bisect_right(starts, p.start) - 1
        begin = doc.sentences[k].start if k >= 0 else 0
        before = cues.find(doc.folded, begin, p.start)
        if not before or not _example_holds(doc, before[-1], p):
            kept.append(p)
    return kept


def _example_holds(doc: Doc, cue: PhraseMatch[str], place: PlaceMatch) -> bool:
    """Whether the example a cue opens still runs at `place`: no ";" in between nor a comma
    that goes back to the sum's own words, and, after a cue that may list the sum's places,
    more than other places and the words that join them ("entre ellos Jalisco y
    Michoacán")."""
    _, words, goes_on = _sum_examples()
    gap = doc.folded[cue.end : place.start]
    if ";" in gap:
        return False
    between = [q for q in doc.places if cue.end <= q.start and q.end <= place.start]
    named = {q.start for q in [*between, place]}
    for comma in _COMMA_WORD.finditer(doc.folded, cue.end, place.start):
        if comma.end() not in named and comma.group(1) not in goes_on:
            return False  # "…, entre ellos un cabecilla, desataron bloqueos en X"
    if cue.value == "incident":
        return True
    rest = list(gap)
    for q in between:
        rest[q.start - cue.end : q.end - cue.end] = " " * (q.end - q.start)
    left = "".join(rest).replace(",", " ").split()
    return not set(left) <= words


_COMMA_WORD = re.compile(r",\s*(?=(\w*))")


@cache
def _sum_examples() -> tuple[PhraseMatcher[str], frozenset[str], frozenset[str]]:
    data = load_data("lexicon/cues.toml")["sum_examples"]
    cues = PhraseMatcher(
        [*((w, "cue") for w in data["cues"]), *((w, "incident") for w in data["incident_cues"])]
    )
    return cues, frozenset(data["list_words"]), frozenset(data["goes_on"])


def single_town(found: list[PlaceMatch]) -> Location | None:
    """The municipality every place of `found` lies in, when there is exactly one and no
    other state is named; None otherwise (figures over several towns or states)."""
    towns = {p.location.admin2_code for p in found if p.location.admin2_code}
    if len(towns) != 1:
        return None
    places = [p for p in found if p.location.precision != "country"]
    town = next(p for p in places if p.location.admin2_code)
    if any(p.location.admin1_code != town.location.admin1_code for p in places):
        return None
    best = max(
        (p for p in places if p.location.admin2_code),
        key=lambda p: (p.location.precision == "municipality", p.score),
    )
    return best.location
