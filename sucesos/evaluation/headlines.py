"""Measure extraction against human-coded headline and snippet sets (`sucesos eval FILE`).

Gold files are JSON Lines (optionally gzip-compressed), one record a line, in the format of
the team's evaluation data: ``{"id", "set", "text", "language", "published", "source",
"url", "gold": {...}}``. Each record's text is given to the extractor as an `Article`
(title None) and the returned events are reduced to one article-level prediction, which is
compared with `gold`. Metrics are aggregated per set (``monitor_ppd``, ``ucdp_ged``,
``case2021_task2``); records of any other set are counted but not scored.

The reduction of an article's events to one prediction is documented in
`sucesos.evaluation.reduce`.

Metrics (each with its ``n``, the number of records it is computed over)
-----------------------------------------------------------------------
- State / municipality precision: correct / records where both a prediction is made and
  gold has a value (gold null means "not coded", so it cannot be judged). Recall: correct /
  records where gold has a value. States compare by ISO code, mapping names through the
  ``[admin1]`` table (accent- and case-insensitive, so "Distrito Federal" = "Ciudad de
  México"); municipalities by INEGI code when both sides have one, else by normalized name
  within the same state.
- Date accuracy: exact date / records whose gold date is coded (no prediction is wrong).
- Killed exact: predicted == gold over records with gold > 0; killed false alarms: predicted
  > 0 over records with gold == 0. Arrested exact and arrested false alarms, the same way.
  UCDP only: killed within the coded range ``[killed_low, killed_high]`` over records with
  ``killed_high > 0``.
- Kidnapping / bodies-found precision and recall (booleans of Monitor PPD).
- CASE 2021: sub-event type accuracy over all snippets (labels that are not ACLED types are
  right when nothing is predicted) and over the snippets whose label is an ACLED type.

`limit` keeps the first N records *of each set*, so a quick run still covers every set.
Extractor exceptions are counted (``errors``) and treated as "no event", so one bad record
does not lose a 20-minute run; the report shows the count.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sucesos.evaluation.gold import case_label_map, read_gold, record_to_article, state_key
from sucesos.evaluation.reduce import Prediction, reduce_events
from sucesos.extract.places import name_key
from sucesos.models import Article, EventRecord

Extractor = Callable[..., list[EventRecord]]


@dataclass(frozen=True)
class Target:
    """A goal the team must reach: `metric` of `set` compared with `threshold` by `op`."""

    set: str
    metric: str
    op: str  # ">=" or "<="
    threshold: float

    def met(self, value: float | None) -> bool:
        if value is None:
            return False
        return value >= self.threshold if self.op == ">=" else value <= self.threshold

    def __str__(self) -> str:
        return f"{self.op} {self.threshold:.2f}"


TARGETS: tuple[Target, ...] = (
    Target("monitor_ppd", "state_precision", ">=", 0.90),
    Target("monitor_ppd", "state_recall", ">=", 0.65),
    Target("monitor_ppd", "municipality_precision", ">=", 0.85),
    Target("monitor_ppd", "killed_exact", ">=", 0.65),
    Target("monitor_ppd", "killed_false_alarm", "<=", 0.05),
    Target("monitor_ppd", "arrested_exact", ">=", 0.60),
    Target("ucdp_ged", "state_precision", ">=", 0.85),
    Target("case2021_task2", "sub_event_accuracy", ">=", 0.60),
)


@dataclass
class Metric:
    """A ratio `hits / n`; `value` is None when there is nothing to measure (n == 0)."""

    hits: int = 0
    n: int = 0

    def add(self, hit: bool) -> None:
        self.n += 1
        self.hits += int(hit)

    @property
    def value(self) -> float | None:
        return self.hits / self.n if self.n else None


@dataclass
class SetReport:
    """Scores for one gold set: its metrics by name, and per-label results for CASE."""

    name: str
    records: int = 0
    errors: int = 0
    metrics: dict[str, Metric] = field(default_factory=dict)
    per_label: dict[str, Metric] = field(default_factory=dict)

    def metric(self, name: str) -> Metric:
        return self.metrics.setdefault(name, Metric())

    def to_dict(self) -> dict[str, Any]:
        out_metrics: dict[str, Any] = {}
        for name, m in self.metrics.items():
            target = _target_for(self.name, name)
            out_metrics[name] = {
                "value": m.value,
                "hits": m.hits,
                "n": m.n,
                "target": str(target) if target else None,
                "pass": target.met(m.value) if target else None,
            }
        out: dict[str, Any] = {
            "records": self.records,
            "errors": self.errors,
            "metrics": out_metrics,
        }
        if self.per_label:
            out["per_label"] = {
                label: {"value": m.value, "hits": m.hits, "n": m.n}
                for label, m in sorted(self.per_label.items())
            }
        return out


@dataclass
class EvalReport:
    """Results of one evaluation run, per set, with the targets and whether each was met."""

    files: list[str]
    limit: int | None = None
    sets: dict[str, SetReport] = field(default_factory=dict)
    seconds: float = 0.0

    def target_results(self) -> list[tuple[Target, float | None, bool]]:
        """Each target with the measured value (None when its set was not evaluated)."""
        results = []
        for t in TARGETS:
            s = self.sets.get(t.set)
            value = s.metrics[t.metric].value if s and t.metric in s.metrics else None
            results.append((t, value, t.met(value)))
        return results

    def to_dict(self) -> dict[str, Any]:
        """All numbers as plain JSON types (for `sucesos eval --json`)."""
        targets = [
            {
                "set": t.set,
                "metric": t.metric,
                "target": str(t),
                "value": v,
                "pass": ok,
                "evaluated": t.set in self.sets,
            }
            for t, v, ok in self.target_results()
        ]
        evaluated = [x for x in targets if x["evaluated"]]
        return {
            "files": self.files,
            "limit": self.limit,
            "seconds": round(self.seconds, 3),
            "sets": {name: s.to_dict() for name, s in self.sets.items()},
            "targets": targets,
            "all_targets_met": bool(evaluated) and all(x["pass"] for x in evaluated),
        }


def _target_for(set_name: str, metric: str) -> Target | None:
    for t in TARGETS:
        if t.set == set_name and t.metric == metric:
            return t
    return None


# --- scoring -----------------------------------------------------------------------------


def _score_places(s: SetReport, gold: dict[str, Any], pred: Prediction) -> None:
    gold_state = state_key(gold.get("admin1"))
    if gold_state is not None:
        hit = pred.state == gold_state
        s.metric("state_recall").add(hit)
        if pred.state is not None:
            s.metric("state_precision").add(hit)

    gold_code = gold.get("admin2_inegi")
    gold_name = gold.get("admin2")
    if not (gold_code or gold_name):
        return
    predicted = pred.municipality_code or pred.municipality_name
    if gold_code and pred.municipality_code:
        hit = str(gold_code).zfill(5) == str(pred.municipality_code).zfill(5)
    elif gold_name and pred.municipality_name:
        hit = name_key(gold_name) == name_key(pred.municipality_name) and (
            gold_state is None or pred.state == gold_state
        )
    else:
        hit = False
    s.metric("municipality_recall").add(hit)
    if predicted:
        s.metric("municipality_precision").add(hit)


def _score_count(s: SetReport, name: str, gold_value: Any, predicted: int) -> None:
    if gold_value is None:
        return
    if gold_value > 0:
        s.metric(f"{name}_exact").add(predicted == gold_value)
    else:
        s.metric(f"{name}_false_alarm").add(predicted > 0)


def _score_flag(s: SetReport, name: str, gold_value: Any, predicted: bool) -> None:
    if gold_value is None:
        return
    if gold_value:
        s.metric(f"{name}_recall").add(predicted)
    if predicted:
        s.metric(f"{name}_precision").add(bool(gold_value))


def _score_date(s: SetReport, gold: dict[str, Any], pred: Prediction) -> None:
    if gold.get("date"):
        s.metric("date_accuracy").add(pred.date == gold["date"])


def score_record(s: SetReport, record: dict[str, Any], pred: Prediction) -> None:
    """Add one record's comparison to its set's metrics (which metrics depends on the set)."""
    gold = record.get("gold") or {}
    if s.name == "monitor_ppd":
        _score_places(s, gold, pred)
        _score_date(s, gold, pred)
        _score_count(s, "killed", gold.get("killed"), pred.killed)
        _score_count(s, "arrested", gold.get("arrested"), pred.arrested)
        _score_flag(s, "kidnapping", gold.get("kidnapping"), pred.kidnapping)
        _score_flag(s, "bodies_found", gold.get("bodies_found"), pred.bodies_found)
    elif s.name == "ucdp_ged":
        _score_places(s, gold, pred)
        _score_date(s, gold, pred)
        _score_count(s, "killed", gold.get("killed"), pred.killed)
        low, high = gold.get("killed_low"), gold.get("killed_high")
        if low is not None and high is not None and high > 0:
            s.metric("killed_in_range").add(low <= pred.killed <= high)
    elif s.name == "case2021_task2":
        label = gold.get("case_label")
        if label is None:
            return
        labels = case_label_map()
        if label not in labels:
            raise ValueError(f"unknown CASE 2021 label {label!r} in record {record.get('id')}")
        expected = labels[label]
        hit = pred.sub_event_type == expected
        s.metric("sub_event_accuracy").add(hit)
        if expected is not None:
            s.metric("sub_event_accuracy_acled").add(hit)
        s.per_label.setdefault(label, Metric()).add(hit)


_LOCATION_METRICS = (
    "state_precision",
    "state_recall",
    "municipality_precision",
    "municipality_recall",
    "date_accuracy",
)
SET_METRICS: dict[str, tuple[str, ...]] = {
    "monitor_ppd": (
        *_LOCATION_METRICS,
        "killed_exact",
        "killed_false_alarm",
        "arrested_exact",
        "arrested_false_alarm",
        "kidnapping_precision",
        "kidnapping_recall",
        "bodies_found_precision",
        "bodies_found_recall",
    ),
    "ucdp_ged": (*_LOCATION_METRICS, "killed_exact", "killed_false_alarm", "killed_in_range"),
    "case2021_task2": ("sub_event_accuracy", "sub_event_accuracy_acled"),
}


def _new_set(name: str) -> SetReport:
    # Every metric of a known set is listed even when nothing was measured (n = 0), so a
    # missing prediction shows as "-" next to its target instead of vanishing.
    return SetReport(name, metrics={m: Metric() for m in SET_METRICS.get(name, ())})


def _default_extractor() -> Extractor:
    from sucesos.extract import extract

    return extract


def evaluate_files(
    paths: list[str],
    limit: int | None = None,
    *,
    extractor: Extractor | None = None,
    progress: bool | None = None,
) -> EvalReport:
    """Run the extractor over every gold record in `paths` and score it, per set.

    `extractor` defaults to `sucesos.extract.extract` (tests pass a fake one). `limit` keeps
    the first N records of each set. `progress` shows a tqdm bar; by default only when
    stderr is a terminal. Returns an EvalReport with every metric and its n.
    """
    import time

    from tqdm import tqdm

    from sucesos.extract.outlets import extract_batch

    if progress is None:
        progress = sys.stderr.isatty()
    report = EvalReport(files=[str(p) for p in paths], limit=limit)
    started = time.perf_counter()
    seen: dict[str, int] = {}
    records: dict[str, dict[str, Any]] = {}

    def articles() -> Iterator[Article]:
        for record in read_gold(paths):
            set_name = str(record.get("set") or "unknown")
            if limit is not None and seen.get(set_name, 0) >= limit:
                continue
            seen[set_name] = seen.get(set_name, 0) + 1
            article = record_to_article(record)
            records[str(id(article))] = record
            yield article

    run: Extractor | None = None
    if extractor is not None:
        fake = extractor

        def run(article: Article, home_state: str | None = None) -> list[EventRecord]:
            return fake(article)

    # The geography path of `sucesos extract`: outlet table, then a first pass over the
    # input learning outlets' home states from their texts (never from the gold).
    bar = tqdm(disable=not progress, unit="rec", desc="eval")
    for article, result in extract_batch(articles(), extractor=run):
        bar.update(1)
        record = records.pop(str(id(article)))
        set_name = str(record.get("set") or "unknown")
        s = report.sets.get(set_name)
        if s is None:
            s = report.sets[set_name] = _new_set(set_name)
        s.records += 1
        if isinstance(result, Exception):
            s.errors += 1
            result = []
        score_record(s, record, reduce_events(result))
    bar.close()
    report.seconds = time.perf_counter() - started
    return report


# --- output ------------------------------------------------------------------------------


def format_report(report: EvalReport) -> str:
    """A readable table per set (metric, value, n, target, pass/FAIL) and a target summary."""
    lines: list[str] = []
    for name, s in report.sets.items():
        lines.append(f"== {name}: {s.records} records, {s.errors} extractor errors")
        lines.append(f"  {'metric':<26} {'value':>7} {'n':>7}  {'target':<8} result")
        names = list(s.metrics)
        for metric in names:
            m = s.metrics[metric]
            value = "-" if m.value is None else f"{m.value:.3f}"
            target = _target_for(name, metric)
            verdict = ("pass" if target.met(m.value) else "FAIL") if target else ""
            tstr = str(target) if target else ""
            lines.append(f"  {metric:<26} {value:>7} {m.n:>7}  {tstr:<8} {verdict}".rstrip())
        if not names:
            lines.append("  (no metrics for this set)")
        lines.append("")
    evaluated = [(t, v, ok) for t, v, ok in report.target_results() if t.set in report.sets]
    lines.append("== targets")
    for t, v, ok in evaluated:
        value = "-" if v is None else f"{v:.3f}"
        label = f"{t.set} {t.metric}"
        lines.append(f"  {label:<40} {value:>7}  {t!s:<8} {'pass' if ok else 'FAIL'}")
    met = sum(ok for _, _, ok in evaluated)
    lines.append(f"targets met: {met}/{len(evaluated)} ({report.seconds:.1f} s)")
    return "\n".join(lines)
