"""An event a report joins is updated from that report and the sums kept of its others
(`sucesos.resolve.event_sums`), not recomputed from every report (issue 11): the same store
as recomputing every time, with most joins taking the short way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_scale import dump

from sucesos import api
from sucesos.resolve import batch_recompute
from sucesos.resolve.event_sums import EventSums


def _ingest(db: Path, monkeypatch: pytest.MonkeyPatch, *, incremental: bool) -> dict[str, Any]:
    full = 0
    label_reports = batch_recompute.label_reports

    def counted(*args: Any) -> Any:
        nonlocal full
        full += 1
        return label_reports(*args)

    monkeypatch.setattr(batch_recompute, "label_reports", counted)
    if not incremental:  # every join relabels: the sums are made again from every report
        monkeypatch.setattr(EventSums, "label_of", lambda *_: None)
    with api.open_store(db) as store:
        summary = api.ingest([api.demo_corpus()], store=store, batch_size=7)
        assert not summary.errors
        out = dump(store)
    monkeypatch.undo()
    return {"dump": out, "full": full}


def test_joins_add_the_report_to_the_event_and_give_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = _ingest(tmp_path / "every.db", monkeypatch, incremental=False)
    short = _ingest(tmp_path / "short.db", monkeypatch, incremental=True)
    assert short["dump"] == every["dump"]
    # Recomputing every time goes over every report of the event at each link; adding up
    # goes over them once per event at most (an outlet's second article numbers its first,
    # which makes the sums again), events joined in a later batch of the writer included.
    reports, events = every["dump"]["reports"], every["dump"]["events"]
    assert len(reports) > len(events)  # the demo's outlets join reports to events
    assert every["full"] >= len(reports)
    assert short["full"] < every["full"] / 10
