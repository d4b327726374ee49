"""Measure extraction on hand-coded full news articles (`sucesos eval GOLD --texts TEXTS`).

The articles gold (``../shared/eval/articles/``) holds one article a line with every event
coded by hand: ``{"id", "published", "language", "text_sha1", "events": [{"category",
"status", "date", "admin1", "admin2", "counts", "source_of_figures", "evidence_sha1",
"evidence_len"}, ...]}``. It holds no article text: the texts are rebuilt on the user's
machine (``{"id", "text", "published", "language", "source"}`` a line) and each event's
evidence sentence is found again in its text by its fingerprint (sha1 and length of the
sentence in the page's canonical form).

The texts are extracted exactly as `sucesos extract TEXTS` does, then each gold news event
(status reported or disputed) is paired with at most one live record (reported or disputed)
of its article: first a record of the same category, else one of the same family (families
in ``data/article_eval.toml``), always sharing a state with the gold when the gold names
one; among candidates the record whose evidence holds the gold sentence wins, then the
first. Figures, as the team's scorer prints them:

- recall_strict / recall_loose: gold news events paired by category / by family;
- precision: live records paired with a gold event, over all live records;
- municipality, killed_exact, date, sourced: over paired events whose gold has a
  municipality, a killed figure (violent categories), a day-precise date, a source; a source
  agrees when one of its words (stop words aside) is in a source the record names;
- leaks: background gold items (historical, statistic) whose sentence is the evidence of a
  live record.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sucesos.models import EventRecord

ArticleExtractor = Callable[[list[str]], Iterable[tuple[Any, list[EventRecord]]]]


class ArticleGoldError(ValueError):
    """The gold or the texts cannot be scored (unreadable, or texts that are not the coded ones)."""


@cache
def _settings() -> dict[str, Any]:
    from sucesos.extract.lexicon import load_data

    return load_data("article_eval.toml")


@cache
def _family_of() -> dict[str, str]:
    return {c: fam for fam, cats in _settings()["families"].items() for c in cats}


def _family(category: object) -> str:
    return _family_of().get(str(category), "other")


# --- text forms -------------------------------------------------------------------------

_ARCHIVE_DATE = re.compile(r"^\s*date \d{4}(?:-\d{2}){0,2}\s+")
_LINE_BREAKS = re.compile(r"[ \t\r\f\v]*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_WORD = re.compile(r"[a-z0-9]+")


def canonical_page(text: str) -> str:
    """The form a page's fingerprints are taken on: NFC, no leading archive "date …" token,
    runs of blank lines and spaces collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
    text = _ARCHIVE_DATE.sub("", text)
    return _SPACES.sub(" ", _LINE_BREAKS.sub("\n", text)).strip()


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def find_by_fingerprint(text: str, digest: str, length: int) -> str | None:
    """The substring of `text` with this sha1 and length, or None."""
    for start in range(max(len(text) - length + 1, 0)):
        piece = text[start : start + length]
        if _sha1(piece) == digest:
            return piece
    return None


def _plain(value: object) -> str:
    """Accent-free lower case, for comparing names and sentences (not offset-preserving)."""
    decomposed = unicodedata.normalize("NFKD", str(value or ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def _words(value: object) -> set[str]:
    stop = set(_settings()["scoring"]["source_stopwords"])
    return {w for w in _WORD.findall(_plain(value)) if len(w) > 2 and w not in stop}


# --- reading ----------------------------------------------------------------------------


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ArticleGoldError(f"[E050] {path}:{line_no}: not JSON: {exc}") from exc
    return rows


def is_article_gold(path: str | Path) -> bool:
    """True when the file's first record is an article with coded events (not a headline)."""
    rows = _read_jsonl(path)
    return bool(rows) and "events" in rows[0] and "gold" not in rows[0]


@dataclass
class TextCheck:
    """How many gold articles the texts reproduce, and how many evidence sentences were found."""

    articles: int = 0
    identical: int = 0
    evidence: int = 0
    evidence_found: int = 0

    @property
    def complete(self) -> bool:
        return self.identical == self.articles and self.evidence_found == self.evidence


def attach_evidence(gold: list[dict[str, Any]], texts: dict[str, str]) -> TextCheck:
    """Find each gold event's evidence sentence in its article's text (sets ``evidence``)."""
    check = TextCheck(articles=len(gold))
    for article in gold:
        page = canonical_page(texts.get(str(article["id"]), ""))
        check.identical += _sha1(page) == article.get("text_sha1")
        for event in article.get("events", []):
            if "evidence_sha1" not in event:
                continue
            check.evidence += 1
            event["evidence"] = find_by_fingerprint(
                page, event["evidence_sha1"], int(event["evidence_len"])
            )
            check.evidence_found += event["evidence"] is not None
    return check


# --- scoring ----------------------------------------------------------------------------


@dataclass
class ArticleScores:
    """The tallies of one scoring run; the figures are ratios of them (see module doc)."""

    articles: int = 0
    tally: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)  # misses, leaks, extras, wrong tolls and days
    check: TextCheck | None = None

    def ratio(self, hits: str, n: str) -> float:
        return self.tally[hits] / self.tally[n] if self.tally[n] else 0.0

    def figures(self) -> dict[str, Any]:
        t = self.tally
        return {
            "articles": self.articles,
            "gold_events": t["gold"],
            "predicted_live": t["live"],
            "recall_loose": self.ratio("loose", "gold"),
            "recall_strict": self.ratio("strict", "gold"),
            "precision": self.ratio("paired", "live"),
            "municipality": self.ratio("muni_ok", "muni_n"),
            "municipality_n": t["muni_n"],
            "killed_exact": self.ratio("killed_ok", "killed_n"),
            "killed_n": t["killed_n"],
            "date": self.ratio("date_ok", "date_n"),
            "date_n": t["date_n"],
            "sourced": self.ratio("src_ok", "src_n"),
            "sourced_n": t["src_n"],
            "leaks": t["leaks"],
            "background": t["background"],
        }


def _states(record: EventRecord) -> set[str]:
    return {_plain(loc.admin1) for loc in record.locations if loc.admin1}


def _municipalities(record: EventRecord) -> set[str]:
    return {_plain(loc.admin2) for loc in record.locations if loc.admin2}


def _evidence(record: EventRecord) -> str:
    return _plain(" ".join(e.text for e in record.evidence))


def _gold_states(value: object) -> set[str]:
    values = value if isinstance(value, list) else [value]
    return {_plain(v) for v in values if v}


def _probe(event: dict[str, Any]) -> str:
    return _plain(event.get("evidence"))[: int(_settings()["scoring"]["evidence_probe"])]


def _pair(gold: dict[str, Any], live: list[EventRecord], used: set[int]) -> tuple[int, bool] | None:
    """The index of the live record paired with `gold` and whether it shares the category."""
    states = _gold_states(gold.get("admin1"))

    def fits(record: EventRecord, strict: bool) -> bool:
        same = (
            record.category == gold["category"]
            if strict
            else _family(record.category) == _family(gold["category"])
        )
        return same and (not states or bool(states & _states(record)))

    free = [i for i in range(len(live)) if i not in used]
    strict = [i for i in free if fits(live[i], True)]
    candidates = strict or [i for i in free if fits(live[i], False)]
    if not candidates:
        return None
    probe = _probe(gold)
    best = min(candidates, key=lambda i: (probe not in _evidence(live[i]), i))
    return best, bool(strict)


def _score_pair(
    scores: ArticleScores, article_id: str, gold: dict[str, Any], record: EventRecord
) -> None:
    t = scores.tally
    if gold.get("admin2"):
        t["muni_n"] += 1
        wanted = _plain(gold["admin2"])
        t["muni_ok"] += any(
            m and (wanted == m or wanted in m or m in wanted) for m in _municipalities(record)
        )
    killed = (gold.get("counts") or {}).get("killed")
    if isinstance(killed, int) and gold["category"] in _settings()["scoring"]["toll_categories"]:
        t["killed_n"] += 1
        right = record.fatalities == killed
        t["killed_ok"] += right
        if not right:
            scores.notes.append(
                f"KILLED {article_id}: gold {killed} pred {record.fatalities} | "
                f"{(gold.get('evidence') or '')[:70]}"
            )
    day = gold.get("date")
    if isinstance(day, str) and len(day) == 10:
        t["date_n"] += 1
        dated = (record.date or "")[:10] == day
        t["date_ok"] += dated
        if not dated:
            scores.notes.append(
                f"DATE {article_id}: gold {day} pred {record.date} | "
                f"{(gold.get('evidence') or '')[:70]}"
            )
    if gold.get("source_of_figures"):
        t["src_n"] += 1
        named = [s.name for s in record.sources] + [c.source or "" for c in record.counts]
        t["src_ok"] += bool(_words(gold["source_of_figures"]) & _words(" ".join(named)))


def score_articles(
    gold: list[dict[str, Any]], predictions: dict[str, list[EventRecord]]
) -> ArticleScores:
    """Pair each article's gold news events with its live records and tally the figures.

    `gold` rows need their events' ``evidence`` attached (`attach_evidence`).
    """
    live_statuses = set(_settings()["scoring"]["live_statuses"])
    scores = ArticleScores(articles=len(gold))
    t = scores.tally
    for article in gold:
        article_id = str(article["id"])
        live = [r for r in predictions.get(article_id, []) if r.status in live_statuses]
        t["live"] += len(live)
        for event in article.get("events", []):
            if event.get("status") in live_statuses:
                continue
            t["background"] += 1
            probe = _probe(event)
            if probe and any(probe in _evidence(r) for r in live):
                t["leaks"] += 1
                scores.notes.append(f"LEAK {article_id}: {(event.get('evidence') or '')[:90]}")
        used: set[int] = set()
        for event in article.get("events", []):
            if event.get("status") not in live_statuses:
                continue
            t["gold"] += 1
            paired = _pair(event, live, used)
            if paired is None:
                scores.notes.append(
                    f"MISS {article_id}: {event['category']} {event.get('admin1')} | "
                    f"{(event.get('evidence') or '')[:80]}"
                )
                continue
            index, strict = paired
            used.add(index)
            t["loose"] += 1
            t["strict"] += strict
            _score_pair(scores, article_id, event, live[index])
        t["paired"] += len(used)
        for index, record in enumerate(live):
            if index not in used:
                first = record.evidence[0].text if record.evidence else ""
                scores.notes.append(
                    f"EXTRA {article_id}: {record.category} {record.status} | {first[:80]}"
                )
    return scores


def _extract_texts(paths: list[str]) -> Iterable[tuple[Any, list[EventRecord]]]:
    from sucesos.api import extract_articles

    return extract_articles(paths)


def evaluate_articles(
    gold_path: str | Path,
    texts_path: str | Path,
    *,
    extractor: ArticleExtractor | None = None,
    require_identical: bool = True,
) -> ArticleScores:
    """Extract the rebuilt texts as `sucesos extract` does and score them against the gold.

    Raises ArticleGoldError ([E051]) when the texts are not the coded ones (an article differs
    or an evidence sentence is missing) unless `require_identical` is False.
    """
    gold = _read_jsonl(gold_path)
    texts = {str(r.get("id")): str(r.get("text") or "") for r in _read_jsonl(texts_path)}
    check = attach_evidence(gold, texts)
    if require_identical and not check.complete:
        raise ArticleGoldError(
            f"[E051] texts: {check.identical}/{check.articles} articles identical to the coded "
            f"text; evidence found for {check.evidence_found}/{check.evidence} events"
        )
    run = extractor or _extract_texts
    predictions: dict[str, list[EventRecord]] = {}
    for article, records in run([str(texts_path)]):
        predictions.setdefault(str(article.id), []).extend(records)
    scores = score_articles(gold, predictions)
    scores.check = check
    return scores


def format_article_scores(scores: ArticleScores, *, show: bool = False) -> str:
    """The figures in the scorer's three lines (notes first when `show`)."""
    f = scores.figures()
    lines = list(scores.notes) if show else []
    lines.append(
        f"articles={f['articles']} gold_events={f['gold_events']} "
        f"predicted_live={f['predicted_live']}"
    )
    lines.append(
        f"municipality={f['municipality']:.2f} (n={f['municipality_n']}) date={f['date']:.2f} "
        f"(n={f['date_n']}) sourced={f['sourced']:.2f} (n={f['sourced_n']})"
    )
    lines.append(
        f"recall_loose={f['recall_loose']:.2f} recall_strict={f['recall_strict']:.2f} "
        f"precision={f['precision']:.2f} killed_exact={f['killed_exact']:.2f} "
        f"(n={f['killed_n']}) leaks={f['leaks']}/{f['background']}"
    )
    return "\n".join(lines)
