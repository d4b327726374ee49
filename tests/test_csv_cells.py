"""CSV exports are safe to open in a spreadsheet (issue 13, item 7): a cell that would start a
formula is neutralized in every CSV export. Texts are invented for the test (synthetic)."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import make_article, make_record

from sucesos import api
from sucesos.export.cells import safe_cell
from sucesos.export.formats import write_events_csv
from sucesos.models import Actor
from sucesos.resolve import resolve_records
from sucesos.store import Store

FORMULAS = ['=HYPERLINK("http://example.org","x")', "+1+1", "-2+3", "@SUM(A1:A9)", "\tx", "\rx"]
# Names keep no leading blanks once stored, so the stored ones start with a formula sign.
STORED = FORMULAS[:4]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_that_starts_a_formula_is_neutralized(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["-103.35", "+5", "Culiacán", "", 3, -2.5, None])
def test_numbers_and_plain_text_are_left_alone(value: object) -> None:
    assert safe_cell(value) == value


@pytest.fixture
def hostile(store: Store) -> Store:
    for n, name in enumerate(STORED, start=1):
        article = make_article(n, source=f"@Diario Sintético {n}")
        record = make_record(
            article,
            fatalities=n,
            actors=[Actor(name, "armed_group", "perpetrator")],
            date=f"2024-09-{10 + n}",
        )
        resolve_records(store, [record], article)
    return store


def test_acled_csv_export_has_no_formula_cells(hostile: Store) -> None:
    out = io.StringIO()
    assert api.export(hostile, "acled-csv", out) == len(STORED)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {row["actor1"] for row in rows} >= {"'" + f for f in STORED}
    for row in rows:
        for column, cell in row.items():
            if column not in ("latitude", "longitude"):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


def test_view_csv_export_has_no_formula_cells(hostile: Store) -> None:
    out = io.StringIO()
    assert api.export(hostile, "csv", out) == len(STORED)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {row["actors"] for row in rows} >= {"'" + f for f in STORED}
    for row in rows:
        for column, cell in row.items():
            if column not in ("latitude", "longitude"):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)


def test_events_csv_has_no_formula_cells(hostile: Store) -> None:
    out = io.StringIO()
    write_events_csv(hostile.events(limit=100), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {row["actors"] for row in rows} >= {"'" + f for f in STORED}
    for row in rows:
        for column, cell in row.items():
            if column not in ("latitude", "longitude"):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
