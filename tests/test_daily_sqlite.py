"""On SQLite a batch's changes to the summary tables are added up in SQL
(`sucesos.store.daily_sqlite`): every summary gets the rows the per-summary sums in Python
give (what PostgreSQL's upserts write), and a row left with no event is deleted (issue 11:
the writer's cost per headline)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sucesos.store import Store
from sucesos.store.daily import DailyDeltas, _key_text
from sucesos.store.summaries import SUMMARIES


def _event(day: date | None, town: str, dead: int, *actors: str, disputed: bool = False) -> dict:
    return {
        "date": day,
        "admin1_code": "MX-JAL",
        "admin2_code": town,
        "category": "armed_clash",
        "category_family": "violence",
        "actors": [{"name": a, "kind": "criminal_group"} for a in actors],
        "fatalities": dead,
        "disputed": disputed,
        "n_sources": 1,
    }


def _tables(conn: sa.Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {
        s.table.name: sorted(conn.exec_driver_sql(f"SELECT * FROM {s.table.name}"))
        for s in SUMMARIES
    }


def _expected(deltas: DailyDeltas) -> dict[str, list[tuple[Any, ...]]]:
    """What each summary holds after `deltas` on empty tables, summed per summary in Python."""
    out = {}
    for summary, held in zip(SUMMARIES, deltas._per_summary(), strict=True):
        rows = []
        for key, values in held.items():
            if values[0] > 0:
                day = key[0].isoformat() if key[0] else None
                rows.append((_key_text(key), day, *key[1:], *values))
        out[summary.table.name] = sorted(rows)
    return out


def test_a_batch_adds_to_every_summary_what_the_per_summary_sums_give(tmp_path: Path) -> None:
    tapalpa = _event(date(2026, 11, 23), "MX-JAL-087", 5, "CJNG", "Cártel de Sinaloa")
    moved = _event(date(2026, 10, 30), "MX-JAL-039", 2, "CJNG")
    deltas = DailyDeltas()
    deltas.change(None, tapalpa)
    deltas.change(None, _event(date(2026, 11, 23), "MX-JAL-087", 1, disputed=True))
    deltas.change(None, _event(None, "MX-JAL-039", 3))  # undated
    deltas.change(None, _event(date(1987, 2, 1), "MX-JAL-120", 0, "Los Zetas"))
    deltas.change(None, moved)
    deltas.change(moved, {**moved, "date": date(2026, 11, 2), "admin2_code": "MX-JAL-120"})
    expected = _expected(deltas)
    with Store(tmp_path / "s.db") as store, store.engine.begin() as conn:
        deltas.flush(conn)
        found = _tables(conn)
    store.engine.dispose()
    assert all(expected.values())
    assert found == expected


def test_a_row_left_with_no_event_is_deleted(tmp_path: Path) -> None:
    clash = _event(date(2026, 11, 23), "MX-JAL-087", 5, "CJNG")
    with Store(tmp_path / "s.db") as store, store.engine.begin() as conn:
        first = DailyDeltas()
        first.change(None, clash)
        first.flush(conn)
        assert conn.exec_driver_sql("SELECT count(*) FROM day_actor_totals").scalar() == 1
        later = DailyDeltas()
        later.change(clash, {**clash, "admin2_code": "MX-JAL-039", "actors": []})
        later.flush(conn)
        day_rows = list(conn.exec_driver_sql("SELECT admin2_code, events FROM daily_totals"))
        actor_rows = conn.exec_driver_sql("SELECT count(*) FROM day_actor_totals").scalar()
    store.engine.dispose()
    assert day_rows == [("MX-JAL-039", 1)]
    assert actor_rows == 0


def test_a_batch_after_a_rolled_back_one_still_adds_its_changes(tmp_path: Path) -> None:
    clash = _event(date(2026, 11, 23), "MX-JAL-087", 5, "CJNG")
    with Store(tmp_path / "s.db") as store, store.engine.connect() as conn:
        # a batch whose events were written before its summaries, then undone
        conn.exec_driver_sql("DELETE FROM day_actor_totals")
        failed = DailyDeltas()
        failed.change(None, clash)
        failed.flush(conn)
        conn.rollback()
        again = DailyDeltas()
        again.change(None, clash)
        again.flush(conn)
        conn.commit()
        assert conn.exec_driver_sql("SELECT count(*) FROM day_actor_totals").scalar() == 1
    store.engine.dispose()


def _statements_sent(store: Store) -> list[tuple[str, int]]:
    """(statement, rows it wrote) of each statement `store` sends from now on."""
    sent: list[tuple[str, int]] = []

    def note(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        sent.append((statement, cursor.rowcount))

    sa.event.listen(store.engine, "after_cursor_execute", note)
    return sent


def test_a_batch_that_takes_no_event_away_sends_no_summary_delete(tmp_path: Path) -> None:
    clash = _event(date(2026, 11, 23), "MX-JAL-087", 5, "CJNG")
    deltas = DailyDeltas()
    deltas.change(None, clash)
    deltas.change(None, _event(date(2026, 11, 24), "MX-JAL-039", 1))
    with Store(tmp_path / "s.db") as store:
        sent = _statements_sent(store)
        with store.engine.begin() as conn:
            deltas.flush(conn)
    store.engine.dispose()
    summaries = {s.table.name for s in SUMMARIES}
    deletes = [s for s, _ in sent if s.startswith("DELETE FROM") and s.split()[2] in summaries]
    assert any(s.startswith("INSERT INTO daily_totals") for s, _ in sent)
    assert deletes == []


def test_a_year_summary_writes_each_row_once_however_many_changes_meet_in_it(
    tmp_path: Path,
) -> None:
    deltas = DailyDeltas()
    for day in range(1, 21):  # twenty clashes in one state and year, in three towns
        town = ("MX-JAL-087", "MX-JAL-039", "MX-JAL-120")[day % 3]
        deltas.change(None, _event(date(2026, 11, day), town, day % 4, "CJNG"))
    expected = _expected(deltas)
    with Store(tmp_path / "s.db") as store:
        sent = _statements_sent(store)
        with store.engine.begin() as conn:
            deltas.flush(conn)
            found = _tables(conn)
    store.engine.dispose()
    written = {s.split()[2]: n for s, n in sent if s.startswith("INSERT INTO year_")}
    assert found == expected
    assert written["year_state_totals"] == 1  # one state, one category
    assert written["year_municipality_totals"] == 3
