"""Figures per source, the resolved value of each, and when sources disagree.

Policy: every figure resolves to the value most sources support — per independent source its
largest, then the lower median of those (the lower of two) — with the range (min, max) and each
source's value kept beside it. ACLED codes the lowest figure; with three sources or more, the
median keeps one source's early, partial or misread figure ("3" where four outlets say 13)
from becoming the event's toll, and with two it is ACLED's lowest. A report's figure for one
thing is its largest (smaller ones in one article are usually parts: "ten died at the scene
and two in hospital"), except when it quotes two named sources that disagree ("the police say 3,
neighbours 5"): then each attribution is a source of its own. Two figures disagree when they
differ by more than max(absolute, relative × the larger) (`settings.toml`, [dispute]).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sucesos.models import EventRecord
from sucesos.resolve.config import fatal_kinds, fatality_toll, settings


@dataclass(frozen=True)
class Report:
    """One record linked to an event, with who published it.

    `label` names the report in figures (the outlet; outlet and date when one outlet filed
    several articles); `source_key` is the independent source it counts as: the outlet of
    the original text when the article is a syndicated copy.
    """

    record: EventRecord
    label: str
    outlet: str
    source_key: str
    copy_of: str | None = None  # the original's outlet, for syndicated copies


def fatality_figure(record: EventRecord) -> int | None:
    """The death toll the record reports, or None when it gives none (a default 0 with no
    death count is no figure, so it never lowers another source's toll)."""
    return fatality_toll(record)


def record_claims(record: EventRecord) -> list[dict[str, Any]]:
    """The figures a record gives, as the claim rows of its report: each count with who
    gives it, and its death toll when it gives one. A figure the article repeats (title and
    body) is one claim."""
    claims = [
        {"what": c.what, "value": c.value, "group": c.group, "attributed_to": c.source}
        for c in record.counts
    ]
    toll = fatality_figure(record)  # a default 0 with no death count is no claim
    if toll is not None:
        claims.append({"what": "fatalities", "value": toll, "group": None, "attributed_to": None})
    return list({tuple(c.values()): c for c in claims}.values())


def toll_is_bound(record: EventRecord) -> bool:
    """Whether the record's death toll is only a lower bound: every death figure it has
    is one no number gives ("asesinan a Juan", "the leader was killed": at least 1)."""
    fatal = fatal_kinds()
    deaths = [c for c in record.counts if c.what in fatal]
    return bool(deaths) and all(c.lower_bound for c in deaths)


def disagree(values: Iterable[int]) -> bool:
    """True when the largest and smallest of `values` differ beyond the tolerance."""
    vals = list(values)
    if len(vals) < 2:
        return False
    tol = settings()["dispute"]
    hi, lo = max(vals), min(vals)
    return hi - lo > max(float(tol["absolute"]), float(tol["relative"]) * hi)


# One figure a record gives: (figure, the named source within the report when it quotes
# several that disagree, else None, value).
Claim = tuple[str, str | None, int]


def record_figures(record: EventRecord) -> tuple[Claim, ...]:
    """The figures one record gives (see `report_figures`), before they are labelled by the
    report that carries them: the same for every event the record is linked to, so the
    resolver works them out once per record (`merge.RecordFacts`)."""
    fatal = fatal_kinds()
    out: list[Claim] = []
    figure = fatality_figure(record)
    if figure is not None:
        out.append(("fatalities", None, figure))
    by_kind: dict[tuple[str, str | None], list[tuple[str | None, int]]] = defaultdict(list)
    for c in record.counts:
        by_kind[(c.what, c.group)].append((c.source, c.value))
    for (what, group), claims in by_kind.items():
        if what in fatal and group is None:
            continue
        name = f"{what} ({group})" if group else what
        named: dict[str, int] = {}
        for who, value in claims:
            if who:
                named[who] = max(named.get(who, value), value)
        if len(named) >= 2 and disagree(named.values()):
            out.extend((name, who, value) for who, value in named.items())
        else:
            out.append((name, None, max(v for _, v in claims)))
    return tuple(out)


def report_figures(
    reports: Sequence[Report], claims: Sequence[tuple[Claim, ...]] | None = None
) -> dict[str, dict[str, int]]:
    """{figure: {who: value}}: each report's value of each figure.

    "fatalities" is the ACLED death toll of each report; the other keys are count kinds,
    with their group ("killed (security_forces)"). Ungrouped killed and bodies counts are
    left out: `fatalities` is their resolved form. `claims`, when given, are the reports'
    `record_figures`, in the same order.
    """
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for i, rep in enumerate(reports):
        found = claims[i] if claims is not None else record_figures(rep.record)
        for what, source, value in found:
            who = rep.label if source is None else f"{rep.label} ({source})"
            held = out[what]
            held[who] = max(held.get(who, value), value)
    return {k: dict(sorted(v.items())) for k, v in sorted(out.items())}


def headline_value(by_who: Mapping[str, int], source_keys: Mapping[str, str]) -> int:
    """The value most sources support: each independent source's largest value (`source_keys`
    maps a report's label to its source; a syndicated copy and its original are one), then
    the lower median of those: the middle one of three, the lower of two."""
    per_source: dict[str, int] = {}
    for who, value in by_who.items():
        key = source_keys.get(who, who)
        per_source[key] = max(per_source.get(key, value), value)
    values = sorted(per_source.values())
    return values[(len(values) - 1) // 2]


def resolve_figures(
    figures: dict[str, dict[str, int]],
    bounds: Iterable[str] = (),
    source_keys: Mapping[str, str] | None = None,
) -> dict[str, dict[str, Any]]:
    """{figure: {"value", "min", "max", "sources", "disputed"}}: the resolved value (see
    `headline_value`), the range and each source's value, per figure.

    `bounds` names the reports whose death toll is only a lower bound ("the leader was
    killed": 1; "at least 12 soldiers were killed"): when another report gives a toll at
    least as high, theirs neither wins, nor widens the range, nor disputes it; it stays among
    the sources, and the figure lists it under "bounds" so a page can say "at least 12" for
    it. A bound above every other report's toll counts like any figure (14 at least where
    others say 11 is a disagreement)."""
    bound = set(bounds)
    fatal = fatal_kinds()
    out: dict[str, dict[str, Any]] = {}
    for what, by_who in figures.items():
        counted = dict(by_who)
        set_aside: list[str] = []
        # The dead of one side ("killed (security_forces)") are bounds of the same reports.
        if bound and (what == "fatalities" or what.split(" (")[0] in fatal):
            exact = {who: v for who, v in by_who.items() if who not in bound}
            if exact and max(exact.values()) >= max(by_who.values()):
                counted = exact
                set_aside = sorted(who for who in by_who if who in bound)
        values = list(counted.values())
        out[what] = {
            "value": headline_value(counted, source_keys or {}),
            "min": min(values),
            "max": max(values),
            "sources": by_who,
            "disputed": disagree(values),
        }
        if set_aside:
            out[what]["bounds"] = set_aside
    return out


def dispute_of(
    resolved: dict[str, dict[str, Any]], contested_by: Iterable[str]
) -> dict[str, dict[str, int]]:
    """The dispute flag's content: {figure: {who: value}} for each figure sources disagree
    on, and {"status": {outlet: 1}} for outlets whose account is contested."""
    out = {what: dict(r["sources"]) for what, r in resolved.items() if r["disputed"]}
    contested = sorted(set(contested_by))
    if contested:
        out["status"] = {name: 1 for name in contested}
    return out
