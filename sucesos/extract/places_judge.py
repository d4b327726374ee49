"""Place judging: the context that keeps or drops each gazetteer name `places_match` found.

`judge_spans` reads the words around each name and either keeps it with its cues (locative,
municipality cue, institution, road, a state named right after) or drops it with a reason
(a street, a person, an organisation, a lowercase word), so `-v` can say why.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache, partial

from sucesos.extract.lexicon import alternation
from sucesos.extract.places_case import _UPPER, capitalised, case_style
from sucesos.extract.places_districts import districts_after_towns, is_district
from sucesos.extract.places_index import Entry, Index, name_key
from sucesos.extract.places_match import Span, ends_with, next_words, prev_words, tails
from sucesos.extract.places_names import (
    _after_hyphen,
    _before_hyphen,
    _inside_town,
    _longer_name,
    _whole_name,
    given_names,
    surname_like,
    town_head_before,
)
from sucesos.extract.places_outlets import in_outlet_name

# Punctuation right after a name: the words after it are no part of its name.
_CLAUSE_BREAK = re.compile(r"\s*[,;:.()]")
# The end of a sentence or a line right after a name: a name after it is no part of its own.
_SENTENCE_END = re.compile(r"[ \t]*(?:[.!?;]|\n)")


# The words of a gap `_linked_state` reads one by one before it splits all of it.
_LINK_FIRST_WORDS = 4


def _linked_state(ctx: dict[str, set[str]], f: str, spans: list[Span], i: int) -> str | None:
    """The state (INEGI code) the words after span `i` say its town lies in ("in the city of
    X, in Mexico's southwestern Guerrero state", "X, en el estado de Y", "X, a city in Y
    state", "X, municipio del estado de Y"): what the town is (`state_link_leads`), a
    locative (`state_link_heads`; "de", "del" after such words), then only words that place
    a state in the country (`state_link_words`: "mexico s", "northern", "the"), then the
    state's name. The country's own name on the way ("Mexico's") is one of those words."""
    sp = spans[i]
    leads, heads, lead_heads, vocabulary = (
        ctx["state_link_leads"],
        ctx["state_link_heads"],
        ctx["state_link_lead_heads"],
        ctx["state_link_vocabulary"],
    )
    for nx in spans[i + 1 : i + 3]:
        gap = f[sp.end : nx.start]
        words = gap.split(None, _LINK_FIRST_WORDS)
        if len(words) > _LINK_FIRST_WORDS:
            # a long gap (the next name a paragraph away): every word of a link is one of
            # the link's words, so one of the first few that is none ends it unsplit
            if not all(w in vocabulary for w in words[:_LINK_FIRST_WORDS]):
                return None
            words = gap.split()
        # what the town is first ("a city in", "municipio del")
        lead = next((n for n, w in enumerate(words) if w not in leads), 0)
        if lead >= len(words) or not (words[lead] in heads or (lead and words[lead] in lead_heads)):
            return None
        if not all(w in ctx["state_link_words"] for w in words[lead + 1 :]):
            return None
        states = [e.state for e in nx.entries if e.kind == "state"]
        if states:
            return states[0]
        if not any(e.kind == "country" for e in nx.entries):
            return None
    return None


# A capitalised word right after a name, maybe after "de"/"del": the name goes on.
_NAME_GOES_ON = re.compile(r" (?:(?:de|del)(?: (?:la|las|los))? )?([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)")


def _settlement_after_state(
    text: str, f: str, start: int, end: int, ctx: dict[str, set[str]]
) -> bool:
    """Whether a state's name opens the longer name of a settlement the words before it list
    ("las comunidades de Guerrero Grande y Mier", "la comunidad Puebla del Palmar", "the
    villages of A, Hidalgo Viejo and B"): a settlement word among the few words before it and
    a capitalised word going on right after, other than "City" ("a village west of
    Chihuahua City": the state's capital)."""
    goes_on = _NAME_GOES_ON.match(text, end)
    if goes_on is None or goes_on.group(1).lower() in ctx["city_after"]:
        return False
    return not ctx["settlement_list_before"].isdisjoint(prev_words(f, start, 6))


def _organisation_after(ctx: dict[str, set[str]], nxt: list[str]) -> bool:
    """Whether the words `nxt` after a name make it part of an organisation's: one of
    `organisation_after` right after it ("Sinaloa cartel", "the Jalisco drug cartel"), or
    after a second name it shares them with ("the Sinaloa and Juárez cartels")."""

    def opens(words: list[str]) -> bool:
        org = ctx["organisation_after"]
        return bool(words) and (words[0] in org or " ".join(words[:2]) in org)

    if opens(nxt):
        return True
    return bool(nxt) and nxt[0] in ctx["organisation_list_links"] and opens(nxt[2:])


def _landform(
    ctx: dict[str, set[str]],
    sp: Span,
    entries: list[Entry],
    prev: list[str],
    nxt: list[str],
    follows: str,
) -> bool:
    """Whether a town's name is said as the landform it was named after: a name opened by a
    landform's word after a definite article the town's name lacks ("cross the Rio Grande",
    "en el Río Bravo": the rivers, not the towns of Río Grande and Río Bravo), or any name
    right before an English landform word ("along the Lerma River"). A town cue right after
    it ("the Rio Bravo municipality") keeps the town."""
    towns = [e for e in entries if e.kind in ("municipality", "locality")]
    if not towns or any(e.kind in ("state", "country") for e in entries):
        return False
    if nxt and follows == " " and nxt[0] in ctx["landform_after"]:
        return True
    if not prev or prev[-1] not in ctx["landform_articles"]:
        return False
    if sp.key.split()[0] not in ctx["landform_heads"]:
        return False
    if nxt and follows == " " and nxt[0] in ctx["landform_town_after"]:
        return False
    return not any(name_key(e.name).split()[0] == prev[-1] for e in towns)


def _named_city(text: str, end: int, entries: list[Entry], ctx: dict[str, set[str]]) -> bool:
    """Whether a town's name is the start of a city's English name that the gazetteer does
    not know ("Rio Grande City, Texas", "Kansas City"): right before a capitalised "City"
    (`context.toml` city_after). A state's name stays ("Chihuahua City", "Oaxaca City": its
    capital); "Mexico City" is a name of its own."""
    m = _NEXT_CAPITALISED.match(text, end)
    if m is None or m.group(1).lower() not in ctx["city_after"]:
        return False
    return not any(e.kind in ("state", "country") for e in entries)


# A capitalised word right after a name and one space
_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]+)\b")


def _named_before_its_kind(prev: list[str], nxt: list[str], ctx: dict[str, set[str]]) -> bool:
    """Whether a name is a street's or a neighbourhood's, English style: right before "Street"
    ("Morelos Street"), or after "the" and right before "neighborhood" with no "of" after it
    ("the Mezquital neighborhood in south Juárez"; `context.toml` street_after,
    neighbourhood_after)."""
    words = [w.strip(".,;:()\"'") for w in nxt[:2]]
    if not words:
        return False
    if words[0] in ctx["street_after"]:
        return True
    return (
        words[0] in ctx["neighbourhood_after"]
        and bool(prev)
        and prev[-1] == "the"
        and (len(words) < 2 or words[1] != "of")
    )


@cache
def _second_street(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A street cue, one or more words of a street's name (not "de": "calles de Celaya" is
    a town's streets) and "y"/"e" just before a name: the name is a second street."""
    return re.compile(rf"\b(?:{alternation(cues)}) (?!de |del )[^,.;:()]{{1,40}} (?:y|e) $")


def _own_sentence(before: str) -> int:
    """How many characters of `before` (the text right before a name) are of the name's own
    sentence or line."""
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("; "))
    return len(before) - cut - 1 if cut >= 0 else len(before)


def _end_of(start_and_surface: tuple[int, str]) -> int:
    start, surface = start_and_surface
    return start + len(surface)


def judge_spans(
    text: str,
    f: str,
    spans: list[Span],
    idx: Index,
    surface_of: Callable[[Span], tuple[int, str]],
    dropped: Callable[[Span, str], None],
    settlement_ends: frozenset[int] = frozenset(),
) -> list[Span]:
    """The spans that read as places, with their context cues set; the others go to
    `dropped` with a reason. `surface_of(span)` gives its start and text in `text`."""
    style = case_style(text)
    all_lower = not _UPPER.search(text)  # abbreviations need this: "gdl" in sentence case is a word
    ends = sorted(settlement_ends)
    # Where the text's first non-space character is: a name there opens the text (a test per
    # name on the text before it cost the square of the text's length).
    text_opens = len(text) - len(text.lstrip())
    ctx = idx.ctx
    second_street = _second_street(tuple(ctx["second_street_after"])).search
    kept: list[Span] = []
    longer: set[str] = set()  # names told as the start of a longer unknown name
    street_end = -10
    districts_after = districts_after_towns(text, spans, idx, surface_of)
    for i, sp in enumerate(spans):
        o_start, surface = surface_of(sp)
        entries = sp.entries
        if entries[0].kind == "block":
            dropped(sp, "part of a name that is not a place (organisation, foreign place)")
            continue
        if sp.colonia:
            dropped(sp, "inside the name of a colonia or settlement")
            continue
        # Proper nouns are capitalised in ordinary prose; lowercase names are words.
        lowercase = not capitalised(surface, ctx["lowercase_heads"])
        if style == "mixed" and lowercase and sp.key not in idx.lowercase:
            dropped(sp, "written in lowercase in mixed-case text: a common word")
            continue
        if sp.key in idx.abbreviations and not all_lower and surface != surface.upper():
            dropped(sp, "an abbreviation not written in capitals")
            continue
        prev = prev_words(f, sp.start)
        nxt = next_words(f, sp.end)
        last_words = tails(prev)  # what the context phrases before a name are compared with
        if _landform(ctx, sp, entries, prev, nxt, text[o_start + len(surface) :][:1]):
            dropped(sp, "a river, mountain or other landform of that name, not the town")
            continue
        if ends_with(last_words, ctx["organisation_before"]) or (
            nxt
            # (not past a comma: "in Chilchota, cartel gunmen killed…")
            and not _CLAUSE_BREAK.match(text, o_start + len(surface))
            and _organisation_after(ctx, next_words(f, sp.end, 5))
        ):
            dropped(sp, "part of an organisation's name")
            continue
        if _named_city(text, o_start + len(surface), entries, ctx):
            dropped(sp, "the start of a city's name ending in 'City' ('Rio Grande City')")
            continue
        if style != "lower" and in_outlet_name(text, o_start, o_start + len(surface), sp.key):
            dropped(sp, "part of a news outlet's name (the town of its masthead)")
            continue
        if sp.key.endswith(" state") and nxt and nxt[0] == "of":
            # "the western Mexico state of Colima": the country names the state after "of"
            dropped(sp, "a country before 'state of' (the state named after it)")
            continue
        if prev and prev[-1] in ctx["street_before"]:
            street_end = sp.end
            dropped(sp, f"a street, building or neighbourhood name (after '{prev[-1]}')")
            continue
        if prev and prev[-1] in ctx["shop_before"]:
            dropped(sp, f"a shop's or a firm's name (after '{prev[-1]}')")
            continue
        if _named_before_its_kind(prev, nxt, ctx):
            street_end = sp.end
            dropped(sp, f"a street or neighbourhood name (before '{nxt[0]}')")
            continue
        if " ".join(prev[-2:]) in ctx["street_before_pairs"]:
            street_end = sp.end
            dropped(sp, f"a street name (after '{' '.join(prev[-2:])}')")
            continue
        gap = f[street_end : sp.start].strip()
        if street_end > 0 and gap in ctx["street_joiners"]:
            street_end = sp.end
            dropped(sp, f"a second street name (joined by '{gap}')")
            continue
        # "entre Jalisco y Michoacán", "entre Celaya y Salamanca": after "entre" and a name
        # kept as a place, a name joined by "y" is a second place, not a second street
        after_place = (
            i > 0
            and bool(kept)
            and kept[-1] is spans[i - 1]
            and f[spans[i - 1].end : sp.start].strip() in ("y", "e")
            and prev_words(f, spans[i - 1].start, 1) == ["entre"]
        )
        # (in the name's own sentence: "…entre ellos un policía.\nMoroleón y Celaya")
        reach = _own_sentence(text[max(0, o_start - 60) : o_start])
        if not after_place and second_street(f, max(0, sp.start - reach), sp.start):
            # "las calles Méndez Plancarte y Matamoros": the first street is no place name
            street_end = sp.end
            dropped(sp, "a second street name (after a street not in the gazetteer)")
            continue
        if is_district(sp, idx) and (
            ends_with(last_words, ctx["district_before"])
            or (nxt and nxt[0] in ctx["district_after"])
            or i in districts_after
        ):
            dropped(sp, "a district of several municipalities, not the town of its seat")
            continue
        if (
            sp.key in idx.capital_anaphors
            and i + 1 < len(spans)
            and spans[i + 1].start <= sp.end + 5
        ):
            # "the state capital of Culiacán", "la capital del estado, Culiacán": its name
            dropped(sp, "a state capital whose name follows it")
            continue
        is_state = any(e.kind == "state" for e in entries)
        # "la carretera Cuernavaca-Cuautla", "el tramo Tixtla-Chilapa": the second end of a
        # route after a place and a hyphen is a place, not a double surname
        # (a first end that names a state or the country, "la México-Toluca", says nothing
        # of where the road is)
        route_end = (
            _after_hyphen(text, o_start)
            and i > 0
            and spans[i - 1].end == sp.start - 1
            and (
                not any(e.kind in ("state", "country") for e in spans[i - 1].entries)
                # (a state's name read as a town at a road's first end: "la carretera
                # Morelos-Vetagrande")
                or (
                    bool(kept)
                    and kept[-1] is spans[i - 1]
                    and kept[-1].mun_cue
                    and any(e.kind == "municipality" for e in kept[-1].entries)
                )
            )
        )
        if route_end:
            sp.route_from = spans[i - 1].start
        if (
            style == "mixed"
            and not is_state
            and not route_end
            and " " not in sp.key
            and surname_like(
                text,
                o_start,
                o_start + len(surface),
                ctx,
                sp.key in idx.weak,
                full_name=partial(_whole_name, sp.key, entries),
            )
        ):
            dropped(sp, "reads as a surname (in a run of capitalised words)")
            continue
        if (
            style == "mixed"
            and not is_state
            and not ends_with(last_words, ctx["locative_before"])
            and given_names(
                text,
                o_start + len(surface),
                sp.key,
                ctx,
                surface_of(spans[i + 1])[0] if i + 1 < len(spans) else None,
            )
        ):
            dropped(sp, "a person's given names (a surname after it)")
            continue
        if is_state and _settlement_after_state(text, f, sp.start, o_start + len(surface), ctx):
            dropped(sp, "the start of a settlement's name that opens with a state's")
            continue
        if style == "mixed" and not is_state and _longer_name(text, spans, i, surface_of):
            dropped(sp, "the start of a longer name the gazetteer does not know")
            longer.add(sp.key)
            continue
        if sp.key in longer and not is_state:
            # "…Buenavista de los Hurtado… Velázquez arrived in Buenavista": its short form
            dropped(sp, "the short form of a longer name told before")
            continue
        # A street word two words back ("colonia Lomas de X") makes a bare name doubtful,
        # except for plural locatives ("en calles de Culiacán", "streets of Tijuana").
        sp.near_street = not ctx["street_before"].isdisjoint(prev[-3:-1]) and not ends_with(
            last_words, ctx["streets_of"]
        )
        # Only a settlement ending a few characters before can join it (bisect: linear time).
        near = ends[bisect.bisect_left(ends, sp.start - 6) : bisect.bisect_left(ends, sp.start)]
        after_settlement = any(f[e : sp.start].strip() in ("de", "del", "en") for e in near)
        # "..., en la colonia Centro, Salamanca": a name closing the text after a comma is
        # the town where it happened, whatever street or colonia came before it.
        closing = text[max(0, o_start - 2) : o_start] == ", " and not text[
            o_start + len(surface) :
        ].strip(" .!?)\"'”/")
        if after_settlement or closing:  # "colonia Las Flores de Culiacán": its town
            sp.near_street = False
        # "la carretera X-Y, tramo Z-W, Culiacán": the town after a route and a comma is
        # where the stretch lies, no end of it
        after_route = (
            i > 0
            and bool(kept)
            and kept[-1] is spans[i - 1]
            and spans[i - 1].route_from is not None
            and text[_end_of(surface_of(spans[i - 1])) : o_start].strip() == ","
        )
        sp.road = not after_route and not ctx["road_before"].isdisjoint(prev[-4:])
        person_like = sp.key in idx.weak or is_state
        after_comma = text[max(0, o_start - 2) : o_start].strip() == ","
        if prev and person_like and not after_comma:  # "San Javier, Sonora": no surname
            o_prev = text[max(0, o_start - 30) : o_start].split()
            prev_cap = bool(o_prev) and o_prev[-1][:1].isupper()
            if prev[-1] in ctx["first_names"] and (prev_cap or style == "lower"):
                dropped(sp, f"a surname (after the given name '{prev[-1]}')")
                continue
            if prev[-1] in ctx["person_before"]:
                dropped(sp, f"a person (after '{prev[-1]}')")
                continue
        if (
            sp.key in idx.weak
            and nxt
            and (" ".join(nxt[:2]) in ctx["person_after"] or nxt[0] in ctx["person_after"])
            # "fueron asesinados en Guerrero, informó…", "la Fiscalía de Morelos dijo": a
            # place after a locative, not a speaker
            and not ends_with(last_words, ctx["locative_before"])
        ):
            dropped(sp, f"a person (before '{nxt[0]}')")
            continue
        # A headline opening "Culiacán: ..." names where its story happens.
        kicker = o_start <= text_opens and text[o_start + len(surface) :][:2].strip() == ":"
        sp.locative = (
            after_settlement
            or town_head_before(text[max(0, o_start - 30) : o_start].split(), ctx)
            or closing
            or kicker
            or ends_with(last_words, ctx["locative_before"])
            or ends_with(last_words, ctx["streets_of"])
            or (i > 0 and spans[i - 1].end >= sp.start - 3)
            or after_route
            # a road's ends ("la carretera estatal Morelos-Vetagrande")
            or (sp.road and _before_hyphen(text, o_start + len(surface)))
        )
        sp.mun_cue = (
            ends_with(last_words, ctx["municipality_before"])
            or (not is_state and ends_with(last_words, ctx["municipalities_before"]))
            # a road's ends are towns ("la carretera Colima-Manzanillo"), not states
            or (
                sp.road
                and (route_end or _before_hyphen(text, o_start + len(surface)))
                and any(e.kind == "municipality" for e in entries)
            )
        )
        if sp.mun_cue:  # "cerca de un puente, municipio del Rosario": a town, no street
            sp.near_street = False
        window = f[max(0, sp.start - 60) : sp.start].split()
        sp.institution = not ctx["institution_before"].isdisjoint(window[-6:])
        # A state named right after: "Juárez, Chihuahua", "Guadalupe (Nuevo León)".
        # (not a name that opens the next sentence: "…en Purísima del Rincón.\nEn Celaya")
        if i + 1 < len(spans) and not _SENTENCE_END.match(text, o_start + len(surface)):
            nx = spans[i + 1]
            between = f[sp.end : nx.start].strip()
            if between in ("", "estado de", "edo", "edo de", "state") and any(
                e.kind == "state" for e in nx.entries
            ):
                sp.state_after = next(e.state for e in nx.entries if e.kind == "state")
            elif linked := _linked_state(ctx, f, spans, i):
                sp.state_after = linked
            # A town named right after a smaller place: "Río Frío, Celaya", "Las Flores de
            # Irapuato". The place must lie in that town.
            # Words that say so ("El Mirador, comunidad de Coxcatlán", "X, a community in
            # Y", `inside_town_links`) make it so whatever the two names are.
            towns = {e.code for e in nx.entries if e.kind == "municipality"}
            # (not a town before a state's name: "Tetecala, municipio de Morelos")
            said_inside = between in ctx["inside_town_links"] and not (
                any(e.kind == "municipality" for e in entries)
                and any(e.kind == "state" for e in nx.entries)
            )
            if (
                towns
                and not any(e.kind == "state" for e in entries)
                and (
                    said_inside
                    or (
                        between in ("", "de", "del", "en")
                        and not _after_hyphen(text, surface_of(nx)[0])  # "Tarimoro-Acámbaro"
                        and nx.key not in idx.weak
                        and nx.key not in idx.stop
                        and not any(e.kind == "state" for e in nx.entries)
                        and (
                            (between != "en" and not any(e.kind == "municipality" for e in entries))
                            or _inside_town(spans, i, f, idx, districts_after)
                        )
                    )
                )
            ):
                sp.towns_after = frozenset(towns)
                # "del" before a town whose name has no article ("Guadalupe del Lerma")
                # is no "of that town": the town's name is said as something else's
                sp.name_goes_on = between == "del" and not any(
                    name_key(e.name).startswith("el ") for e in nx.entries
                )
        kept.append(sp)
    return kept
