"""One act told over a list of places, one victim in each: an incident per place.

"Tres hombres fueron asesinados en las colonias Pirules, Libertad y Federal", "hubo una
ejecución en cada uno de los municipios de Abasolo, Cortazar y Silao", "sendos asesinatos
en Ahome, Navolato y Mazatlán": one sentence, as many incidents as the places it lists, each
with one victim. Three ways say so (`incidents.toml` `[spread]`): "sendos"/"sendas", one
act "en cada uno", or a figure of people equal to the number of places (three places or
more: "dos muertos en Apaseo y Celaya" may be one road's). A list whose places the article
names again after it is a summary of incidents it tells one by one, and stays one draft
(the roundup rules make it their tally).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from sucesos.extract.assemble.bodies import victims_of
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.count_words import CountMention
from sucesos.extract.lexicon import alternation, expand, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc
    from sucesos.extract.places import PlaceMatch

# What may stand between two places of a list ("Abasolo, Cortazar y Silao").
_BETWEEN = re.compile(r"\s*(?:,|,?\s+(?:y|e|and))\s+$")
# A name of a listed site: capitalised words, with joiners between them.
_NAME_WORD = re.compile(r"[^\s,;:.()\"“”«»]+")


class _Rules(NamedTuple):
    markers: re.Pattern[str]  # "sendos", "sendas"
    each_one: re.Pattern[str]  # one act "en cada uno"
    sites: re.Pattern[str]  # a plural site cue ("en las colonias")
    joiners: frozenset[str]  # lower-case words inside a site's name
    minimum: int  # places a figure equal to their number needs, with no marker
    killings: re.Pattern[str]  # "asesinatos": one dead each when no figure is given


@cache
def _rules() -> _Rules:
    data: dict[str, Any] = load_data("incidents.toml")["spread"]
    return _Rules(
        markers=re.compile(rf"\b(?:{alternation(data['markers'])})\b"),
        each_one=re.compile(
            rf"\b(?:{alternation(x for p in data['each_one'] for x in expand(p))})\b"
        ),
        sites=re.compile(rf"\b(?:{alternation(data['site_lists'])})\s"),
        joiners=frozenset(load_data("incidents.toml")["sites"]["joiners"]) - {"y"},
        minimum=int(data["minimum_places"]),
        killings=re.compile(rf"\b(?:{alternation(data['killings'], stars=True)})"),
    )


def _town_lists(doc: Doc, found: Found, i: int) -> list[list[int]]:
    """Runs of two municipalities or more of sentence `i` joined only by commas and "y"
    (their starts), as in "en Valle de Santiago, Abasolo y Cortazar"."""
    return [[p.start for p in run] for run in town_runs(doc, found.places[i])]


def town_runs(doc: Doc, places: list[PlaceMatch]) -> list[list[PlaceMatch]]:
    """Runs of two municipalities or more among `places` (in text order) joined only by
    commas and "y"/"and", each town once ("en Valle de Santiago, Abasolo y Cortazar")."""
    towns = [p for p in places if p.location.admin2_code]
    runs: list[list[PlaceMatch]] = []
    run: list[PlaceMatch] = []
    for p in towns:
        joined = bool(run) and bool(_BETWEEN.match(doc.folded[run[-1].end : p.start] + " "))
        if joined and p.location.admin2_code not in {q.location.admin2_code for q in run}:
            run.append(p)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [p]
    if len(run) >= 2:
        runs.append(run)
    return runs


def _site_list(doc: Doc, i: int) -> list[str]:
    """The folded names after a plural site cue of sentence `i` ("en las colonias Pirules,
    Libertad y Federal" → ["pirules", "libertad", "federal"]); empty when none."""
    rules = _rules()
    joiners = rules.joiners
    sentence = doc.sentences[i]
    m = rules.sites.search(doc.folded, sentence.start, sentence.end)
    if m is None:
        return []
    names: list[str] = []
    words: list[str] = []
    last = False  # after "y": the name being read ends the list
    for w in _NAME_WORD.finditer(doc.text, m.end(), sentence.end):
        word, low = w.group(), doc.folded[w.start() : w.end()]
        if low in ("y", "e") and words and not last:
            names.append(" ".join(words))
            words, last = [], True
            continue
        if word[:1].isupper() or word[:1].isdigit() or (words and low in joiners):
            words.append(low)
        else:
            break
        if doc.text[w.end() : w.end() + 1] == ",":
            names.append(" ".join(words))
            words = []
            if last:
                break
    if words:
        names.append(" ".join(words))
    return names if len(names) >= 2 else []


def _told_again(doc: Doc, found: Found, i: int, towns: list[int], sites: list[str]) -> bool:
    """Whether a sentence after `i` names a listed town or site again."""
    codes = {p.location.admin2_code for p in found.places[i] if p.start in towns}
    after = doc.sentences[i].end
    if any(p.location.admin2_code in codes for ps in found.places[i + 1 :] for p in ps):
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", doc.folded[after:]) for name in sites)


def spread_over_places(doc: Doc, found: Found, i: int, drafts: list[Draft]) -> list[Draft]:
    """`drafts` (the reported drafts of sentence `i`), with each violent one made one draft
    per listed place when the sentence tells one victim in each; `drafts` otherwise."""
    violent = [d for d in drafts if d.status == "reported" and d.category in victims_of()]
    if not violent:
        return drafts
    rules = _rules()
    lists = _town_lists(doc, found, i)
    towns = max(lists, key=len) if lists else []
    sites = [] if towns else _site_list(doc, i)
    places = len(towns) or len(sites)
    if places < 2 or _told_again(doc, found, i, towns, sites):
        return drafts
    sentence = doc.sentences[i]
    said = doc.folded[sentence.start : sentence.end]
    people = [c for c in found.counts[i] if c.what in ("killed", "bodies") and not c.total]
    if people and all(c.value == places for c in people):
        if places < rules.minimum and not rules.markers.search(said):
            return drafts
    elif people or not (rules.markers.search(said) or rules.each_one.search(said)):
        return drafts
    out = [d for d in drafts if d not in violent]
    for draft in violent:
        for k in range(places):
            others = {p for j, p in enumerate(towns) if j != k}
            out.append(_one_place(draft, others, places, said, sentence.start))
    return out


def _one_place(draft: Draft, others: set[int], places: int, said: str, offset: int) -> Draft:
    """A copy of `draft` for one listed place: the other places skipped, one victim."""
    counts = [
        (i, replace(c, value=1)) for i, c in draft.counts if c.value == places
    ] or _one_killed(draft, said, offset)
    return replace(
        draft,
        sentences=list(draft.sentences),
        counts=counts,
        kinds=list(draft.kinds),
        aggregate=False,
        new_incident=True,
        skip=draft.skip | others,
        spans=dict(draft.spans),
        heads=dict(draft.heads),
        member_set=set(),
    )


def _one_killed(draft: Draft, said: str, offset: int) -> list[tuple[int, CountMention]]:
    """One dead, as the least the sentence says, when it tells killings ("sendos
    asesinatos") and gives no figure."""
    m = _rules().killings.search(said)
    if m is None:
        return []
    at = offset + m.start()
    one = CountMention(at, offset + m.end(), "killed", 1, None, lower_bound=True)
    return [(draft.first, one)]
