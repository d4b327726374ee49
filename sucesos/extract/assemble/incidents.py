"""Drafts grouped into the article's incidents.

1. `merge_drafts`: drafts of the same category (or one that `merges_into` the other), same
   status and compatible place and day are one event: the article tells it in several
   sentences. A sentence that opens another happening ("otro ataque", "hours later") starts
   a new event; aggregates merge only with aggregates.
2. `parts.absorb_parts`: the parts of an incident (arrests made in the raid, the bodies found
   at the scene) join its main act; the tests it shares with `merge_drafts` (`compatible`,
   `tolls_agree`, `join_as_part`) are here.
3. `attach_disputes`: a questioned account joins the main event it questions.

The article's tallies among the assembled incidents are `article_tallies`'s.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from sucesos.extract.assemble.affinity import pick_incident
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.main_acts import reply_to_attack
from sucesos.extract.assemble.named_apart import named_apart
from sucesos.extract.assemble.retold import told_again
from sucesos.extract.assemble.sites import same_site
from sucesos.extract.kinds import is_violent, taxonomy
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


def compatible(
    a: Draft,
    b: Draft,
    found: Found,
    *,
    days: bool = True,
    towns: bool = True,
    loose: bool = False,
) -> bool:
    """Whether two drafts can tell one happening: no disjoint states, municipalities (unless
    `towns` is False), days (unless `days` is False) or sites (colonias, communities) among
    those their own words name; with `loose`, in a report with no date, no weekdays or
    months' days told with no year that differ either (`Found.loose_days_apart`)."""
    pairs: list[tuple[set[Any], set[Any]]] = [(found.states_of(a), found.states_of(b))]
    if towns:
        pairs.append((found.municipalities_of(a), found.municipalities_of(b)))
    if days and not found.same_night(a, b):
        pairs.append((found.days_of(a), found.days_of(b)))
        if loose and found.loose_days_apart(a, b):
            return False
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


def members(draft: Draft) -> set[int]:
    """`draft.sentences` as a set (kept with the draft, rebuilt when the list grew)."""
    have = draft.member_set
    if len(have) != len(draft.sentences):
        have.clear()
        have.update(draft.sentences)
    return have


def join_into(into: Draft, part: Draft) -> None:
    have = members(into)
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
    # for each merged event (by id), the days of the accounts of one day it took: a lead
    # that names two days ("culminó este sábado con…, e inició ayer con…") sums two
    # happenings, and takes the account of one of them only
    dated: dict[int, set[date]] = {}
    merges_into = merges_into_rules()
    for n, draft in enumerate(drafts):
        target, retold = None, False
        days = found.days_of(draft)
        one_day = days if len(days) == 1 else set()
        # a violent act happens on one day: two told on weekdays or months' days that differ
        # are two (in a report with no date, told with no year); a wave of roadblocks or a
        # school closure may run over several
        loose = is_violent(draft.category) and draft.status == "reported"
        # "Horas más tarde, la cifra de muertos fue ajustada…", "She was killed the following
        # day": time went on, but no place, day or new victim of its own sets another
        goes_on = time_goes_on(draft, found) and all(
            c.total or c.start in found.told_again for _, c in draft.counts
        )
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
                and not goes_on
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
            if (
                compatible(existing, draft, found, days=not update, towns=not later, loose=loose)
                and (later or update or not named_apart(existing, draft, found))
                and (draft.named_again or tolls_agree(existing, draft, found, unnumbered=True))
                and (
                    update
                    or _same_day(dated.get(id(existing), set()), one_day)
                    or found.same_night(existing, draft)
                )
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
            dated[id(draft)] = set(one_day)
            continue
        dated.setdefault(id(target), set()).update(one_day)
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


def _same_day(days: set[date], own: set[date]) -> bool:
    """Whether an account of the one day `own` (or of none) may join an incident whose
    accounts of one day told `days`: of none of them, or of that day."""
    return not days or not own or own <= days


def time_goes_on(draft: Draft, found: Found) -> bool:
    """Whether `draft` opens another happening only by telling time going on ("minutos
    después", "hours later", "the following day", "tras el ataque") and names no town or site
    of its own: it may go on with the happening told before, on a day that agrees with it
    (`compatible`)."""
    opened = found.openers.intersection(draft.sentences)
    return (
        bool(opened)
        and opened <= found.time_only
        and not found.municipalities_of(draft)
        and not found.sites_of(draft)
    )


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
    # the figures that give the smaller toll: a draft that grew over several sentences is
    # judged by its own toll, not by a part ("y cinco más murieron") one of them added to it
    tops = [(i, c) for i, c in smaller.counts if c.what in _dead_words(smaller) and c.value == lo]
    if any(c.additive for _, c in tops if c.what == "killed"):
        return True  # "otros tres murieron…", "three more died": more of the same toll
    if unnumbered and _unnumbered(smaller):
        return True  # "Los cuerpos hallados…", "the victims' bodies": no toll of its own
    return any(i in found.victim_parts for i, _ in tops)


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
    what = _dead_words(draft)
    return max((c.value for _, c in draft.counts if c.what in what), default=0)


def _dead_words(draft: Draft) -> tuple[str, ...]:
    """The figures that count a draft's dead: its killed, and the bodies of a discovery."""
    return ("killed", "bodies") if draft.category in FOUND else ("killed",)


def _attackers_hit(draft: Draft) -> bool:
    """Its own figures count dead or wounded of the armed group ("…dejó dos agresores muertos")."""
    return any(
        c.group == "armed_group" and c.what in ("killed", "injured") for _, c in draft.counts
    )
