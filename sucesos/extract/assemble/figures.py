"""An event's ACLED fatalities from its figures: per source the largest, across sources
the lowest; groups add up."""

from __future__ import annotations

from dataclasses import replace

from sucesos.extract.assemble.draft import Draft
from sucesos.extract.count_words import CountMention
from sucesos.models import Count

# The attackers' side: one of them killed is never the one victim told with no number.
ARMED = "armed_group"


def acled_fatalities(draft: Draft, source_names: dict[int, str | None]) -> int | None:
    """ACLED-style total: for each group (soldiers, gunmen, civilians, unspecified) a named
    source's largest figure, across named sources the lowest; then the groups add up, unless
    an unspecified total is larger (it is the total the groups break down)."""
    # Bodies are fatalities of a body discovery, and of a violent act whose own words give
    # no toll but that absorbed the discovery of its victims at the scene.
    bodies_count = draft.category == "body_discovery" or "body_discovery" in draft.kinds
    killed = _toll(draft, "killed", source_names)
    if not bodies_count:
        return killed
    bodies = _toll(draft, "bodies", source_names)
    if killed is None or (bodies is not None and bodies > killed and _only_unnumbered(draft)):
        # "ocho cuerpos fueron hallados en la fosa… el primero habría sido asesinado a
        # balazos": a found victim told killed with no number is one of the bodies counted
        return bodies
    return killed


def _only_unnumbered(draft: Draft) -> bool:
    """Whether every figure of the draft's dead is one told with no number ("habría sido
    asesinado", "fue ultimada a tiros"), the least its words allow, and its bodies are
    counted by a number ("ocho cuerpos"; not "se observan los cuerpos")."""
    dead = [c for _, c in latest_figures(draft.counts, "killed")]
    bodies = [c for _, c in latest_figures(draft.counts, "bodies")]
    numbered = any(not c.lower_bound for c in bodies)
    return numbered and bool(dead) and all(c.lower_bound for c in dead)


def _toll(draft: Draft, what: str, source_names: dict[int, str | None]) -> int | None:
    """The draft's figure of `what` across its sources (`acled_fatalities`), None if none."""
    per_sentence: dict[int, list[CountMention]] = {}
    held = _held_parts(draft, what)
    for i, c in latest_figures(draft.counts, what):
        if id(c) not in held:
            per_sentence.setdefault(i, []).append(c)
    if not per_sentence:
        return None
    per_sentence = _drop_retold(_carry_additions(per_sentence, source_names))
    # (value, whether only a figure with no number gives it: a lower bound)
    per_source: dict[str | None, dict[str | None, tuple[int, bool]]] = {}
    for i, figures in per_sentence.items():
        groups = per_source.setdefault(source_names.get(i), {})
        for group, figure in sentence_groups_bounded(figures).items():
            groups[group] = _larger(groups.get(group), figure)
    # The article's own unattributed figures (its headline, its lead) relay what its
    # sources say: they count with every named source, not as a source of their own.
    own = per_source.pop(None, {})
    for groups in per_source.values():
        for group, figure in own.items():
            groups[group] = _larger(groups.get(group), figure)
    if not per_source:
        per_source[None] = own
    later_part = _ungrouped_later(per_sentence)
    lowest: dict[str | None, int] = {}
    numbered: set[str | None] = set()  # the groups a number gives
    for group in {g for groups in per_source.values() for g in groups}:
        told = [groups[group] for groups in per_source.values() if group in groups]
        # "asesinan a Juan" (at least 1) is no source's toll when another source
        # gives a number for the same people: the bound neither wins nor widens
        exact = [value for value, bound in told if not bound]
        lowest[group] = min(exact or [value for value, _ in told])
        if exact:
            numbered.add(group)
    if later_part and lowest.get(None, 0) < sum(v for g, v in lowest.items() if g is not None):
        # "murieron ocho militares…" then "seis murieron en el sitio":
        # people of no side told only after the sides' figure, and fewer, are some of them
        lowest.pop(None)
    if lowest.get(None) == 1 and None not in numbered and ARMED in numbered:
        # "the mayor was shot dead … one of the attackers was killed": one person told with
        # no number is no total that the attackers' number breaks down; they add to it
        attackers = lowest.pop(ARMED)
        return group_total(lowest) + attackers
    return group_total(lowest)


def _ungrouped_later(per_sentence: dict[int, list[CountMention]]) -> bool:
    """Whether every figure of people of no side is told in a sentence after the first
    figure of a side ("murieron ocho militares" … "seis perdieron la vida en el lugar"),
    none adding to the figure before it ("dos más", "another man") nor, beside the dead of
    a side other than the attackers, told as other people (the attackers a pursuit killed, a
    victim found apart: `CountMention.apart`); where the attackers are the side told ("dos
    sicarios murieron… metros adelante fue localizado sin vida uno"), they are of them."""
    sided = [i for i, fs in per_sentence.items() if any(c.group is not None for c in fs)]
    plain = [(i, c) for i, fs in per_sentence.items() for c in fs if c.group is None]
    if not sided or not plain:
        return False
    others = any(c.group not in (None, ARMED) for fs in per_sentence.values() for c in fs)
    return all(i > min(sided) and not c.additive and not (c.apart and others) for i, c in plain)


def latest_figures(
    counts: list[tuple[int, CountMention]], what: str
) -> list[tuple[int, CountMention]]:
    """The figures of `what` that give the toll: none told in a sentence before the last
    correction of the toll ("horas después rectificaron la cifra a 49": earlier counts of
    the same dead), and none told as a first report ("inicialmente se reportaron cuatro
    muertos") when another figure of `what` is told."""
    figures = [(i, c) for i, c in counts if c.what == what]
    corrected = [i for i, c in figures if c.corrected]
    if corrected:
        figures = [(i, c) for i, c in figures if i >= max(corrected)]
    if any(not c.superseded for _, c in figures):
        figures = [(i, c) for i, c in figures if not c.superseded]
    return figures


def record_counts(draft: Draft, source_names: dict[int, str | None]) -> list[Count]:
    """The record's figures, each with the source of its sentence, in the article's order.
    A figure told again with the same number of the same people by the same source (the
    headline and the body, "asesinan al alcalde" and "el edil fue asesinado") is listed
    once, as a number if either told one; figures of other sources stay side by side, and
    one that adds to the figure before it ("y dos más") is other people and stays."""
    out: list[Count] = []
    seen: dict[tuple[str, int, str | None, str | None], int] = {}
    for i, c in _less_the_dead_wounded(draft.counts):
        bound = (c.lower_bound and not c.one) or c.at_least
        count = Count(c.what, c.value, c.group, source_names.get(i), bound)
        key = (count.what, count.value, count.group, count.source)
        if key in seen and not c.additive:
            known = out[seen[key]]
            known.lower_bound = known.lower_bound and bound
            continue
        seen.setdefault(key, len(out))
        out.append(count)
    return out


def _less_the_dead_wounded(
    counts: list[tuple[int, CountMention]],
) -> list[tuple[int, CountMention]]:
    """`counts` with each wounded figure told before some of the wounded died ("tres
    heridos" ... "uno de los heridos murió más tarde", "one of the wounded later died")
    lowered by those dead, of its side or of none; a figure left with nobody goes. The
    wounded told after the deaths are counted after them, and stay."""
    place = {id(c): (i, c.start) for i, c in counts}
    out: list[tuple[int, CountMention]] = []
    deaths = [c for _, c in counts if c.what == "killed"]
    one_dead = bool(deaths) and all(c.lower_bound and c.value == 1 for c in deaths)
    for i, c in counts:
        if c.what == "injured" and c.shot and one_dead:
            # "el edil fue agredido a balazos" and "falleció en el hospital", "he was killed
            # on Monday ... he was shot twelve times": the one victim told shot and dead
            continue
        if c.what == "injured":
            died = sum(
                d.value
                for _, d in counts
                if d.of_wounded
                and place[id(d)] > place[id(c)]
                and (d.group is None or c.group is None or d.group == c.group)
            )
            if died >= c.value:
                continue
            if died:
                c = replace(c, value=c.value - died)
        out.append((i, c))
    return out


def _held_parts(draft: Draft, what: str) -> set[int]:
    """The ids of the figures of `what` that count a part of people told before ("tres de
    ellos murieron") with the figures that go on counting them in its sentence ("dos de
    ellos murieron en el lugar y el tercero en el hospital", "two of them died at the
    scene and the third in hospital"), when another figure of the record, as large as they
    are together or larger, may hold them all: they add nothing to it."""
    held: set[int] = set()
    chain: list[CountMention] = []
    figures = [(i, c) for i, c in draft.counts if c.what == what]
    for k, (i, c) in enumerate(figures):
        if c.part:
            chain = [c]
        elif chain and c.additive and figures[k - 1][0] == i:
            chain.append(c)
        else:
            chain = []
            continue
        if k + 1 < len(figures) and figures[k + 1][0] == i and figures[k + 1][1].additive:
            continue  # the chain goes on
        total = sum(x.value for x in chain)
        members = {id(x) for x in chain}
        if any(id(x) not in members and x.value >= total and not x.part for _, x in figures):
            held |= members
        chain = []
    return held


def _carry_additions(
    per_sentence: dict[int, list[CountMention]], source_names: dict[int, str | None]
) -> dict[int, list[CountMention]]:
    """Sentences whose figure opens with "other"/"more" ("At least three other people were
    killed", "y tres más murieron después") add to the sentence before them, which told the
    first victims ("the attack killed the mayor": 4 in all); the later sentence's source,
    when only it names one, speaks for both (the sum is kept under the later sentence). A
    sentence that raises a toll ("elevando la cifra a cuatro") gives only that toll."""
    out: dict[int, list[CountMention]] = {}
    last: int | None = None
    for i in sorted(per_sentence):
        figures = per_sentence[i]
        totals = [c for c in figures if c.total]
        if totals:
            # "dos de los heridos fallecieron, elevando la cifra de muertos a cuatro": the
            # raised toll is the count so far; the deaths it tells are inside it
            out[i] = totals
        elif (
            last is not None
            and figures[0].additive
            and source_names.get(last) in (None, source_names.get(i))
        ):
            out[i] = out.pop(last) + figures
        else:
            out[i] = list(figures)
        last = i
    return out


def _drop_retold(per_sentence: dict[int, list[CountMention]]) -> dict[int, list[CountMention]]:
    """Less the sentences that tell again, in other groups, the dead an earlier sentence
    counted, whichever source tells them ("Six gunmen and a soldier were killed, seven in
    all", then "one soldier was killed in the scuffle, while six civilians were killed"): the
    same total, given as a number by one of them or with one group's figure in both. Told
    again they are the same dead, not more of them."""
    kept: dict[int, list[CountMention]] = {}
    # kept sentences' groups, and whether a number gives their figure of no side
    told_by_total: dict[int, list[tuple[dict[str | None, int], bool]]] = {}
    for i in sorted(per_sentence):
        groups = sentence_groups(per_sentence[i])
        # "the mayor was shot dead": one person told with no number, whom a later number
        # of the attackers ("one of the attackers was killed") does not tell again
        numbered = any(c.group is None and not c.lower_bound for c in per_sentence[i])
        sided = all(c.group == ARMED and not c.lower_bound for c in per_sentence[i])
        total = group_total(groups)
        if total and any(
            groups != told
            and (
                (told.get(None) == total and (told_numbered or not sided))
                or groups.get(None) == total
                or any(g is not None and told.get(g) == v for g, v in groups.items())
            )
            for told, told_numbered in told_by_total.get(total, ())
        ):
            continue
        kept[i] = per_sentence[i]
        told_by_total.setdefault(total, []).append((groups, numbered))
    return kept


def sources_disagree(draft: Draft, source_names: dict[int, str | None]) -> bool:
    """Whether two named sources of the article give the event's toll differently (the
    prosecutor says 5, witnesses 7): both figures are kept and the account is disputed.
    Figures within 10 % of each other agree, as in resolution; a plural with no number ("the
    officers were ambushed", the least its words allow) gives no toll to disagree with, while
    one person told with no number ("un interno fallecido") is a toll of one. A first report
    or a count a correction replaced disputes nothing (`latest_figures`)."""
    totals: dict[str, dict[str | None, int]] = {}
    for i, c in latest_figures(draft.counts, "killed"):
        name = source_names.get(i)
        if name is not None and not (c.lower_bound and c.value > 1):
            groups = totals.setdefault(name, {})
            groups[c.group] = max(groups.get(c.group, 0), c.value)
    values = sorted(group_total(groups) for groups in totals.values())
    return len(values) >= 2 and values[-1] - values[0] > max(0, values[-1] // 10)


def _larger(known: tuple[int, bool] | None, figure: tuple[int, bool]) -> tuple[int, bool]:
    """The larger of two (value, lower bound) figures; a tie is a bound only if both are."""
    if known is None or figure[0] > known[0]:
        return figure
    if known[0] > figure[0]:
        return known
    return known[0], known[1] and figure[1]


def sentence_groups_bounded(figures: list[CountMention]) -> dict[str | None, tuple[int, bool]]:
    """`sentence_groups` with, for each group, whether only figures with no number (lower
    bounds) give its value."""
    values = sentence_groups(figures)
    out: dict[str | None, tuple[int, bool]] = {}
    for group, value in values.items():
        bound = all(c.lower_bound for c in figures if c.group == group)
        out[group] = (value, bound)
    return out


def sentence_groups(figures: list[CountMention]) -> dict[str | None, int]:
    """One sentence's figures of one kind, by group.

    "cuatro murieron en el lugar y tres más en el traslado" adds up (7); a figure repeated
    in the sentence is counted once (the largest).
    """
    parts: list[tuple[str | None, int]] = []
    for c in figures:
        if c.additive and parts:
            group, value = parts[-1]
            parts[-1] = (group, value + c.value)
        else:
            parts.append((c.group, c.value))
    by_group: dict[str | None, int] = {}
    for group, value in parts:
        by_group[group] = max(by_group.get(group, 0), value)
    return by_group


def group_total(by_group: dict[str | None, int]) -> int:
    """Figures by group add up ("dos policías y tres civiles"); a figure without group that
    is at least the sum of the groups is the total they break down ("siete muertos, dos
    policías"); a smaller one counts other people and adds ("el líder fue ejecutado" and, in
    another sentence, "los cuatro escoltas muertos": 5)."""
    groups = dict(by_group)
    ungrouped = groups.pop(None, 0)
    grouped = sum(groups.values())
    return ungrouped if ungrouped >= grouped else ungrouped + grouped
