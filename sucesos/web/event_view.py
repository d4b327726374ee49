"""What the event page shows, shaped for the template: whose figure the headline toll is,
the evidence grouped by article with its figures marked and background sentences apart, and
the names of figures, roles, kinds and precisions in the page's language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sucesos.extract.lexicon import load_data
from sucesos.extract.status import sentence_status
from sucesos.extract.text import fold

# Number words that are also articles ("un hombre", "a man") are not marked as figures.
_NOT_FIGURES = {"un", "una", "a", "an"}


@cache
def _figure_pattern() -> re.Pattern[str]:
    """Digits ("12", "1,200") and the number words of the lexicon, as whole words."""
    words = sorted(
        (w for w in load_data("lexicon/numbers.toml")["words"] if w not in _NOT_FIGURES),
        key=len,
        reverse=True,
    )
    alternatives = [r"\d+(?:[.,]\d{3})*"] + [re.escape(w) for w in words]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def figure_segments(text: str) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_figure) runs, so the template can mark the figures while
    escaping everything (the text is untrusted). Matching runs on the folded text, which
    keeps the offsets of the original (fold only drops accents and lower-cases)."""
    folded = fold(text)
    if len(folded) != len(text):  # fold changed the length: mark digits only
        folded = text
    out: list[tuple[str, bool]] = []
    last = 0
    for m in _figure_pattern().finditer(folded):
        if m.start() > last:
            out.append((text[last : m.start()], False))
        out.append((text[m.start() : m.end()], True))
        last = m.end()
    if last < len(text):
        out.append((text[last:], False))
    return out


def is_background(text: str) -> bool:
    """A sentence about earlier events or running totals (the extractor's status cues)."""
    folded = fold(text)
    status = sentence_status(folded, 0, len(folded))
    return status.background or status.statistic


@dataclass
class ArticleEvidence:
    """One article's sentences about the event: one heading and one link per article."""

    article_id: str | None
    title: str | None
    source: str
    url: str | None
    published: str | None
    sentences: list[list[tuple[str, bool]]] = field(default_factory=list)
    background: list[list[tuple[str, bool]]] = field(default_factory=list)


def evidence_by_article(event: dict[str, Any]) -> list[ArticleEvidence]:
    """The event's evidence sentences grouped by the article they come from (in the order of
    its reports), each split into news and background, duplicates dropped."""
    by_record = {r["record_id"]: r for r in event["reports"]}
    groups: dict[str, ArticleEvidence] = {}
    seen: set[tuple[str, str]] = set()
    for report in event["reports"]:
        key = report["article_id"]
        if key not in groups:
            groups[key] = ArticleEvidence(
                article_id=report["article_id"],
                title=report.get("title"),
                source=report["source"],
                url=report.get("url"),
                published=(report.get("published") or "")[:10] or None,
            )
    for item in event["evidence"]:
        report = by_record.get(item["record_id"])
        key = report["article_id"] if report else item["source"]
        group = groups.setdefault(key, ArticleEvidence(None, None, item["source"], None, None))
        text = " ".join(str(item["text"]).split())
        if (key, text) in seen or not text:
            continue
        seen.add((key, text))
        target = group.background if is_background(text) else group.sentences
        target.append(figure_segments(text))
    return [g for g in groups.values() if g.sentences or g.background]


def figure_label(what: str, t: dict[str, str]) -> str:
    """ "killed (civilians)" → "Muertos (civiles)" in Spanish; unknown names stay readable."""
    base, _, group = what.partition(" (")
    label = t.get(f"fig_{base}", base.replace("_", " "))
    if group:
        group = group.rstrip(")")
        label += f" ({t.get(f'group_{group}', group.replace('_', ' '))})"
    return label


@dataclass
class Toll:
    """The headline toll and whose figure it is: the median of the sources' figures (the
    lower of two).
    `bounds` are the sources that give no number ("the leader was killed": at least 1),
    set aside because others give the toll with one."""

    value: int | None
    n_sources: int
    sources: list[tuple[str, int]]
    disputed: bool
    bounds: list[tuple[str, int]] = field(default_factory=list)


def headline_toll(event: dict[str, Any]) -> Toll:
    """The resolved fatalities with each source's figure, lowest first: the page says "13,
    the median of 5 sources: …" ("the lower of 2 sources"), then the sources that only say
    someone died ("at least 1: …"), which the toll does not count."""
    resolved = (event.get("resolved") or {}).get("fatalities")
    if not resolved:
        return Toll(event.get("fatalities"), 0, [], False)
    bound = set(resolved.get("bounds") or ())
    ranked = sorted(resolved.get("sources", {}).items(), key=lambda kv: (kv[1], kv[0]))
    sources = [kv for kv in ranked if kv[0] not in bound]
    bounds = [kv for kv in ranked if kv[0] in bound]
    return Toll(resolved["value"], len(sources), sources, bool(resolved.get("disputed")), bounds)


def history_text(reason: str, t: dict[str, str]) -> str:
    """A history line of the resolver ("linked report from X (record R); fatalities 25→1")
    in the page's language: its fixed phrases and field names come from i18n.toml
    ("history:<phrase>"), matched as whole words, longest first; names and ids stay."""
    phrases = sorted(
        (k.removeprefix("history:") for k in t if k.startswith("history:")), key=len, reverse=True
    )
    if not phrases:
        return reason
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])")
    return pattern.sub(lambda m: t["history:" + m.group(1)], reason)
