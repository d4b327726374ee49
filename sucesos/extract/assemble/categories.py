"""Which categories a sentence reports: its triggers, less those another subsumes, plus
those its figures imply; an attack between two armed sides is a clash (routing rules in
`taxonomy.toml`)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sucesos.extract.actors import ActorMatch
from sucesos.extract.count_words import CountMention
from sucesos.extract.lexicon import PhraseMatcher, load_data


@cache
def figure_rules() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    data: dict[str, Any] = load_data("taxonomy.toml")
    return dict(data["figures"]), dict(data["subsumes"])


@cache
def implied_rules() -> dict[str, str]:
    """The category a figure implies in a sentence with no event word that takes it."""
    data: dict[str, Any] = load_data("taxonomy.toml")
    return dict(data.get("implied", {}))


@cache
def combinations() -> list[tuple[frozenset[str], str]]:
    data: dict[str, Any] = load_data("taxonomy.toml")
    return [
        (frozenset(parts), result)
        for result, pairs in data.get("combines", {}).items()
        for parts in pairs
    ]


def sentence_categories(found: set[str], counts: list[CountMention]) -> set[str]:
    figures, subsumes = figure_rules()
    categories = set(found)
    for parts, result in combinations():
        if parts <= categories:
            categories = (categories - parts) | {result}
    for category in list(categories):
        for inner in subsumes.get(category, []):
            if inner in found and inner != category:
                categories.discard(inner)
    for count in counts:
        routes = figures.get(count.what, [])
        if routes and not any(r in categories for r in routes):
            if count.what in ("states_affected", "injured", "rescued", "missing"):
                continue  # these qualify an event; alone they do not make one
            categories.add(implied_rules().get(count.what, routes[0]))
    for category in list(categories):
        for inner in subsumes.get(category, []):
            if inner != category:
                categories.discard(inner)
    return categories


_ARMED_SIDES = ({"state_forces", "police"}, {"armed_group", "cartel"})


@cache
def _responses() -> PhraseMatcher[str]:
    """What the forces do in answer to an attack (`cues.toml` [responders])."""
    phrases: list[str] = load_data("lexicon/cues.toml")["responders"]["phrases"]
    return PhraseMatcher((p, "response") for p in phrases)


def responders(
    folded: str, actors: list[ActorMatch], attacks: list[int], start: int, end: int
) -> list[ActorMatch]:
    """The forces of `actors` that `folded[start:end]` names as answering its attack (they
    arrive, search, arrest: "agentes arribaron a la escena minutos después del ataque", "the
    National Guard was searching for the gunmen"), not fighting it: a force named before a
    response, with none of the sentence's `attacks` (trigger starts) between them."""
    forces = [a for a in actors if a.actor.kind in _ARMED_SIDES[0]]
    if not forces:
        return []
    answers = [m.start for m in _responses().find(folded, start, end)]
    return [
        a
        for a in forces
        if any(a.end <= r and not any(a.end <= t < r for t in attacks) for r in answers)
    ]


def battle_or_attack(
    categories: set[str], actors: list[ActorMatch], one_sided: bool = False
) -> set[str]:
    """An attack between state forces and an armed group is a battle (ACLED codes violence
    between two armed, organized sides as "Armed clash"; an attack targets civilians).
    A `one_sided` assault ("gunmen ambushed a police patrol") stays an attack: only the
    forces fighting back, which a clash trigger reports, makes it a battle."""
    if "attack" not in categories or one_sided:
        return categories
    kinds = {a.actor.kind for a in actors}
    if all(kinds & side for side in _ARMED_SIDES):
        return (categories - {"attack"}) | {"armed_clash"}
    return categories


def route_figures(
    categories: set[str], counts: list[CountMention]
) -> dict[str, list[CountMention]]:
    figures, _ = figure_rules()
    routed: dict[str, list[CountMention]] = {}
    for count in counts:
        for category in figures.get(count.what, []):
            if category in categories:
                routed.setdefault(category, []).append(count)
                break
    return routed
