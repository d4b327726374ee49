"""Drafts grouped into the article's incidents.

1. `merge_drafts`: drafts of the same category (or one that `merges_into` the other), same
   status and compatible place and day are one event: the article tells it in several
   sentences. A sentence that opens another happening ("otro ataque", "hours later") starts
   a new event; aggregates merge only with aggregates.
2. `absorb_parts`: the parts of an incident (arrests made in the raid, the bodies found at
   the scene, vehicles torched at the roadblock) are kinds of its main act, following ACLED's
   hierarchy (`incidents.toml`): the part's category goes to the main event's `kinds` and its
   figures and sentences join it. Parts at another place or on another day stay apart; a
   part told a few sentences after its main act joins it while the account goes on
   (`accounts.in_account`).
3. `attach_disputes`: a questioned account joins the main event it questions.

The article's tallies among the assembled incidents are `article_tallies`'s.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sucesos.extract.assemble.accounts import in_account
from sucesos.extract.assemble.affinity import pick_incident
from sucesos.extract.assemble.bodies import victims_of
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.main_acts import enforcement_main, make_main, reply_to_attack
from sucesos.extract.assemble.retold import told_again
from sucesos.extract.assemble.sites import same_site
from sucesos.extract.kinds import taxonomy
from sucesos.extract.lexicon import load_data


@cache
def merges_into_rules() -> dict[str, str]:
    data: dict[str, Any] = load_data("taxonomy.toml")
    return dict(data.get("merges_into", {}))


@cache
def response_rules() -> dict[str, frozenset[str]]:
    """An answer of the authorities (a category) → the incidents it can answer."""
    data: dict[str, Any] = load_data("incidents.toml")["responses"]
    return {answer: frozenset(mains) for answer, mains in data.items()}


@cache
def part_rules(key: str = "parts") -> dict[str, frozenset[str]]:
    """Main category → the categories that can be parts of its incident (`incidents.toml`
    [parts]; with `key="parts_named_again"`, the parts that join only when named again)."""
    data: dict[str, Any] = load_data("incidents.toml")[key]
    return {main: frozenset(parts) for main, parts in data.items()}


def compatible(a: Draft, b: Draft, found: Found, *, days: bool = True, towns: bool = True) -> bool:
    """Whether two drafts can tell one happening: no disjoint states, municipalities (unless
    `towns` is False), days (unless `days` is False) or sites (colonias, communities) among
    those their own words name."""
    pairs: list[tuple[set[Any], set[Any]]] = [(found.states_of(a), found.states_of(b))]
    if towns:
        pairs.append((found.municipalities_of(a), found.municipalities_of(b)))
    if days:
        pairs.append((found.days_of(a), found.days_of(b)))
    return all(not (x and y) or bool(x & y) for x, y in pairs) and same_site(
        found.sites_of(a), found.sites_of(b)
    )


def same_kind(a: Draft, b: Draft) -> bool:
    """Whether two drafts tell the same kind of act, or one that merges into the other."""
    merges_into = merges_into_rules()
    return (
        a.category == b.category
        or merges_into.get(a.category) == b.category
        or merges_into.get(b.category) == a.category
    )


def _members(draft: Draft) -> set[int]:
    """`draft.sentences` as a set (kept with the draft, rebuilt when the list grew)."""
    have = draft.member_set
    if len(have) != len(draft.sentences):
        have.clear()
        have.update(draft.sentences)
    return have


def join_into(into: Draft, part: Draft) -> None:
    have = _members(into)
    for i in part.sentences:
        if i not in have:
            have.add(i)
            into.sentences.append(i)
    into.counts.extend(part.counts)
    into.disputed = into.disputed or part.disputed
    into.skip |= part.skip
    for i, span in part.spans.items():
        into.spans.setdefault(i, span)
    for i, head in part.heads.items():
        into.heads.setdefault(i, head)


def join_as_part(main: Draft, part: Draft) -> None:
    """`part` joined to `main` as a part of its incident: its sentences and figures, and its
    category and kinds kept as `main`'s secondary kinds (so filters still find them)."""
    join_into(main, part)
    for kind in (part.category, *part.kinds):
        if kind != main.category and kind not in main.kinds:
            main.kinds.append(kind)


def merge_drafts(drafts: list[Draft], found: Found) -> list[Draft]:
    """Drafts of one happening told in several sentences, merged. A draft that fits several
    events goes on telling the one the account told last, unless its figures single out
    another (`affinity`): an article's second incident keeps its own follow-up sentences,
    and the first incident's sentences told after the second's opening go back to it."""
    merged: list[Draft] = []
    told: list[int] = []  # for each merged event, when the account told it last
    merges_into = merges_into_rules()
    for n, draft in enumerate(drafts):
        target, retold = None, False
        fitting: list[Draft] = []
        for k in sorted(range(len(merged)), key=told.__getitem__, reverse=True):
            existing = merged[k]
            if draft.aggregate and draft.rest:
                break  # what a total left untold: a sum of its own
            if existing.status != draft.status or existing.aggregate != draft.aggregate:
                continue
            if not same_kind(existing, draft):
                continue
            if (draft.listed and not _same_town_act(existing, draft, found)) or (
                draft.placed and _apart_from_item(existing, draft, found, merged)
            ):
                # "Mientras tanto, en Salamanca, …", "Also in X, …": one more item of the
                # account, unless the same act in the town the incident told names; and
                # after "En otro hecho, un joven fue baleado." (no place), "En la colonia
                # Y, mataron a un comerciante": the round-up's next item
                draft.new_incident = True
                found.openers.add(draft.first)
            if (
                draft.new_incident
                and not draft.named_again
                and draft.status == "reported"
                and not draft.aggregate
            ):
                # "otro ataque": a happening of its own, which later sentences follow,
                # unless it tells the same toll again; "Por otra parte, … los heridos del
                # enfrentamiento" names the happening told before: no other one
                if told_again(existing, draft, found):
                    target, retold = existing, True
                break
            if draft.status == "historical" and _years(existing, found) != _years(draft, found):
                continue
            # a toll brought up to date a day later ("On Sunday the death toll rose to
            # seven") is the same incident's: its day is when the wounded died
            update = draft.sentences and set(draft.sentences) <= found.updates
            # a wounded victim who died later, in a hospital of another town, died of it
            later = update and set(draft.sentences) <= found.later_deaths
            if compatible(existing, draft, found, days=not update, towns=not later) and (
                draft.named_again or tolls_agree(existing, draft, found, unnumbered=True)
            ):
                fitting.append(existing)
                continue
            if not fitting and told_again(existing, draft, found):
                # "gunmen killed 14…" and "the clash that left 14 dead" told under the next
                # day's dateline: the same toll told again
                target, retold = existing, True
                break
        if fitting:
            target = pick_incident(fitting, draft)
        if target is None:
            merged.append(draft)
            told.append(n)
            continue
        told[next(k for k, m in enumerate(merged) if m is target)] = n
        # a clash only named again ("tras el enfrentamiento, …") names the attack told,
        # unless it tells the attackers' own dead or wounded: then they were fought
        if (
            not retold
            and (not draft.named_again or _attackers_hit(draft))
            and merges_into.get(target.category) == draft.category
        ):
            if reply_to_attack(target, draft, found):
                # the forces' reply to an attack on others: a kind of the attack
                if draft.category not in target.kinds:
                    target.kinds.append(draft.category)
            else:
                target.category = draft.category
                if draft.category in target.kinds:
                    target.kinds.remove(draft.category)
        join_into(target, draft)
        target.kinds.extend(k for k in draft.kinds if k not in target.kinds)
    return merged


def _same_town_act(existing: Draft, draft: Draft, found: Found) -> bool:
    """Whether `draft` tells the same act as `existing` in a town `existing` names."""
    return existing.category == draft.category and bool(
        found.municipalities_of(existing) & found.municipalities_of(draft)
    )


def _apart_from_item(existing: Draft, draft: Draft, found: Found, merged: list[Draft]) -> bool:
    """Whether `existing` is an item of a round-up that names no town or site `draft` names:
    told after another happening, it was opened as another one ("En otro hecho, …", "In
    another attack, …"); each item is where its own words place it, not one incident."""
    if not existing.new_incident or existing.first not in found.openers:
        return False
    if not any(m.first < existing.first and m.status == "reported" for m in merged):
        return False  # "Otra ola de violencia…" in the lead: the article's news, no item
    towns, sites = found.municipalities_of(existing), found.sites_of(existing)
    return not towns & found.municipalities_of(draft) and not sites & found.sites_of(draft)


def tolls_agree(a: Draft, b: Draft, found: Found, *, unnumbered: bool = False) -> bool:
    """Whether two drafts' dead may be one incident's: not when the larger toll is far
    beyond the smaller (`incidents.toml` [tolls_apart]), unless the smaller picks some of
    the victims counted before ("the victims included two bystanders") or adds to them
    ("otros tres murieron"); a draft with no dead agrees."""
    x, y = dead_of(a), dead_of(b)
    if not x or not y:
        return True
    ratio, gap = _tolls_apart()
    lo, hi = min(x, y), max(x, y)
    if hi < ratio * lo or hi - lo < gap:
        return True
    smaller = a if x < y else b
    if any(c.additive for _, c in smaller.counts if c.what == "killed"):
        return True  # "otros tres murieron…", "three more died": more of the same toll
    if unnumbered and _unnumbered(smaller):
        return True  # "Los cuerpos hallados…", "the victims' bodies": no toll of its own
    return not found.victim_parts.isdisjoint(smaller.sentences)


def _unnumbered(draft: Draft) -> bool:
    """Whether every dead figure of `draft` is a plural with no number ("los cuerpos", "the
    bodies"): the least its words allow, which agrees with any larger toll."""
    what = ("killed", "bodies") if draft.category in FOUND else ("killed",)
    dead = [c for _, c in draft.counts if c.what in what]
    return bool(dead) and all(c.lower_bound and not c.one and c.value > 1 for c in dead)


@cache
def _tolls_apart() -> tuple[float, int]:
    data: dict[str, Any] = load_data("incidents.toml")["tolls_apart"]
    return float(data["ratio"]), int(data["gap"])


def _years(draft: Draft, found: Found) -> set[int]:
    return {d.value.year for d in found.dates_of(draft)}


# A part is told within this many sentences of its main act.
PART_WINDOW = 1


def _near(main: Draft, part: Draft) -> bool:
    members = _members(main)
    return any(
        j + d in members for j in part.sentences for d in range(-PART_WINDOW, PART_WINDOW + 1)
    )


@cache
def _priorities() -> dict[str, int]:
    """{category: its priority} (`taxonomy.toml`)."""
    return {c: t.priority for c, t in taxonomy().items()}


def absorb_parts(drafts: list[Draft], found: Found) -> list[Draft]:
    """Each reported draft that is a part of a compatible main act of the article joins it."""
    rules = part_rules()
    again = part_rules("parts_named_again")
    unhurt = part_rules("parts_unhurt")
    responses = response_rules()
    wounds = part_rules("parts_told_after")
    victims = victims_of()
    priority = _priorities()
    prefer = part_rules("parts_prefer")
    news = part_rules("parts_as_news")
    waves = frozenset(load_data("incidents.toml")["wave_sums"]["categories"])
    opening = min((d.first for d in drafts if d.status == "reported"), default=-1)
    absorbed: dict[int, int] = {}  # each part joined so far → the draft it joined
    order = sorted(range(len(drafts)), key=lambda k: priority.get(drafts[k].category, 0))
    for k in order:
        part = drafts[k]
        # an answer told over the places of its incident ("…en distintos puntos del
        # municipio, lo que desató un despliegue") is that incident's all the same
        # the sum of a wave the article tells ("la jornada dejó nueve bloqueos en cuatro
        # municipios", "roadblocks in several parts of the city") is that wave's
        wave = part.aggregate and part.category in waves and not _nationwide(part, found)
        if part.status != "reported" or (part.aggregate and not _bare_answer(part) and not wave):
            continue
        mains = [
            m
            for m, main in enumerate(drafts)
            if m != k
            and main.status == "reported"
            and not main.aggregate
            and (
                (
                    _takes(main, part, rules)
                    and (_near(main, part) or in_account(main, part, drafts, found))
                )
                # violence that hurt no one in a disorder's account ("dispararon al aire",
                # "atacaron un camión de carga"): how the road was blocked
                or (
                    part.category in unhurt.get(main.category, frozenset())
                    and not any(c.what in HURT for _, c in part.counts)
                    and (_near(main, part) or in_account(main, part, drafts, found))
                )
                or (wave and main.category == part.category)
                # a part told again ("la causa del enfrentamiento") next to its main act
                or (
                    part.named_again
                    and part.category in again.get(main.category, frozenset())
                    and _near(main, part)
                )
                # the bodies of the victims join the violent act wherever it is told
                or (part.victims and main.category in victims)
                # so does the authorities' answer to it, when it has no figures of its own
                or (
                    _bare_answer(part)
                    and main.category in responses.get(part.category, frozenset())
                )
                # violence that counts no dead of its own, told in a discovery's account
                # after it ("two bodies were found… They had stab wounds"): how the dead
                # the discovery counts were killed
                or (
                    part.category in wounds.get(main.category, frozenset())
                    and dead_of(main) > 0
                    and part.first > main.first
                    and not any(c.what in HURT for _, c in part.counts)
                    and found.openers.isdisjoint(part.sentences)
                    and (_near(main, part) or in_account(main, part, drafts, found))
                )
            )
            # an arrest that opens the article is its news ("Capturan a dos señalados por la
            # balacera…"), not a part of the act it names as its cause; an attack that hurt
            # no one (shots at shop fronts) takes no arrest either
            and not (
                part.category in news.get(main.category, frozenset())
                and (
                    part.first == opening
                    or not any(c.what in HURT for _, c in main.counts)
                    # "police later arrested a suspect", "El lunes detuvieron a dos": a
                    # happening of its own, on a day the act is not told on
                    or not found.later_acts.isdisjoint(part.sentences)
                    or not found.days_of(part) <= found.days_of(main)
                )
            )
            and _same_happening(main, part, found, wounds)
            # last: the dearest tests, for the few pairs the rules allow; the bodies of the
            # victims are some of the dead however few of them the text names
            and (
                tolls_agree(main, part, found)
                or (part.victims and main.category in victims and dead_of(part) <= dead_of(main))
            )
            and compatible(main, part, found)
        ]
        if not mains:
            continue
        # The forces' own operation where one is near ("…un operativo en el que capturaron
        # a uno"), else the act the article told just before the part ("…; en el lugar
        # detuvieron a dos"), else the nearest after it; the higher act where two are as near.
        owners = prefer.get(part.category, frozenset())
        best = max(
            mains,
            key=lambda m: (
                drafts[m].category in owners,
                drafts[m].first <= part.first,
                -abs(drafts[m].first - part.first),
                priority.get(drafts[m].category, 0),
            ),
        )
        # a part of a part (the rifle taken from a gunman caught in the attack) joins the
        # incident its main joined
        while best in absorbed:
            best = absorbed[best]
        if best == k:
            continue
        lead = enforcement_main(drafts[best], part, found)
        join_as_part(drafts[best], part)
        make_main(drafts[best], lead)
        absorbed[k] = best
    return [d for k, d in enumerate(drafts) if k not in absorbed]


def _nationwide(draft: Draft, found: Found) -> bool:
    """Whether `draft` counts states or is told over the country ("bloqueos en 14 estados",
    "roadblocks across Mexico"): an aggregate of its own, never one incident's."""
    return any(c.what == "states_affected" for _, c in draft.counts) or any(
        p.location.precision == "country" for p in found.places_of(draft)
    )


def _takes(main: Draft, part: Draft, rules: dict[str, frozenset[str]]) -> bool:
    """Whether `part` is of a kind `main`'s incident takes as a part: one of its category's
    parts (or of the fight it kept as a kind), or, told in one of its sentences, a part of one
    of its kinds (the pistol seized from a gunman caught in the attack, with the arrest a kind
    of the attack)."""
    if part.category in rules.get(main.category, frozenset()):
        return True
    # an attack that keeps the forces' reply as a kind (`main_acts.reply_to_attack`) takes
    # that fight's parts too: the operation that contained it, the weapons seized
    fight = merges_into_rules().get(main.category)
    if fight in main.kinds and part.category in rules.get(fight, frozenset()):
        return True
    return not _members(main).isdisjoint(part.sentences) and any(
        part.category in rules.get(kind, frozenset()) for kind in main.kinds
    )


def _bare_answer(part: Draft) -> bool:
    """Whether `part` is told as the authorities' answer to an incident and gives no figures
    of its own."""
    return part.answers and not part.counts


def _same_happening(
    main: Draft, part: Draft, found: Found, wounds: dict[str, frozenset[str]]
) -> bool:
    """Whether nothing sets `part` in another happening than `main`: a part of another
    happening ("en otro hecho, detuvieron…") or one more item of the account, placed
    (`Draft.listed`), joins only an act of its own sentence, and a
    part told at the scene after an act that opened another happening, naming no town or
    site of its own, goes on that one's account ("En otro hecho, asesinaron a dos hombres…
    En el lugar dejaron un mensaje"), not an earlier act's. The wounds of the found may be
    told in the pluperfect ("the victims had been shot"): only a cue of another happening
    sets them apart. An act that is new only as told in the pluperfect opens no account of
    the news."""
    if not _members(main).isdisjoint(part.sentences):
        return True
    if part.listed:
        return False  # "También en X, lanzaron una granada…": one more item of the account
    if main.new_incident and (
        part.first < main.first
        or main.first not in found.openers
        # told at the scene ("En el lugar…"), not in a town or site of its own
        or found.municipalities_of(part)
        or found.sites_of(part)
    ):
        return False
    if part.category in wounds.get(main.category, frozenset()):
        return found.openers.isdisjoint(part.sentences)
    return not part.new_incident


def attach_disputes(drafts: list[Draft], disputed_sentences: list[int]) -> list[Draft]:
    """A questioned account joins the main reported event of the same family."""
    reported = [d for d in drafts if d.status == "reported" and not d.aggregate]
    if not reported:
        return drafts
    main = max(reported, key=lambda d: (taxonomy()[d.category].priority, -d.first))
    family = taxonomy()[main.category].family
    out: list[Draft] = []
    for draft in drafts:
        is_questioning = (
            draft is not main
            and draft.disputed
            and draft.status == "reported"
            and not draft.aggregate
        )
        if is_questioning and taxonomy()[draft.category].family == family:
            join_into(main, draft)
            main.disputed = True
            continue
        out.append(draft)
    for i in disputed_sentences:
        if i not in main.sentences and not any(i in d.sentences for d in out):
            main.sentences.append(i)
            main.disputed = True
    return out


# Figures of people hurt: violence with none of them may be a part of a disorder (and a
# disorder that counts them is no mere sequel: `sequels`).
HURT = frozenset({"killed", "injured", "bodies", "kidnapped", "missing"})

# Discoveries whose bodies are dead a day's tally counts.
FOUND = frozenset({"body_discovery", "mass_grave"})


def dead_of(draft: Draft) -> int:
    """The largest figure of dead a draft's sentences give (any source): its killed, or the
    bodies of a discovery."""
    what = ("killed", "bodies") if draft.category in FOUND else ("killed",)
    return max((c.value for _, c in draft.counts if c.what in what), default=0)


def _attackers_hit(draft: Draft) -> bool:
    """Its own figures count dead or wounded of the armed group ("…dejó dos agresores muertos")."""
    return any(
        c.group == "armed_group" and c.what in ("killed", "injured") for _, c in draft.counts
    )
