"""How the summary tables are built: the dimensions they group by (`SUMMARY_DIMS`), the
measures they add up (`MEASURES`), and the table over a few dimensions with its covering
indexes (`summary_table`); `sucesos.store.schema` declares the tables themselves.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

SUMMARY_DIMS: dict[str, tuple[str, ...]] = {
    "state": ("admin1_code",),
    "municipality": ("admin2_code",),
    "category": ("category", "category_family"),
    "actor": ("actor",),
    # the category family alone (the "category" dimension holds it with the category)
    "family": ("category_family",),
}
MEASURES = ("events", "fatalities", "disputed", "disputed_fatalities")


def summary_table(
    metadata: sa.MetaData, name: str, *dims: str, by_state: bool = False, by_family: bool = False
) -> sa.Table:
    """A summary table of `metadata` over `dims` (names of SUMMARY_DIMS), with an index led
    by the period that holds every column, so a window's rows are read from the index alone
    (`by_state`: and one led by the state, for one state's rows over a long window;
    `by_family`: led by the family instead of the period, for a table read only with a
    family filter)."""
    kinds: dict[str, sa.types.TypeEngine[Any]] = {
        "admin1_code": sa.String(16),
        "admin2_code": sa.String(16),
        "actor": sa.Text(),
    }
    columns = [c for dim in SUMMARY_DIMS if dim in dims for c in SUMMARY_DIMS[dim]]
    return sa.Table(
        name,
        metadata,
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("day", sa.Date),
        *(sa.Column(c, kinds.get(c, sa.String(64))) for c in columns),
        *(sa.Column(m, sa.Integer, nullable=False) for m in MEASURES),
        (
            sa.Index(f"ix_{name}_family", "category_family", "day", *columns[:-1], *MEASURES)
            if by_family
            else sa.Index(f"ix_{name}_day", "day", *columns, *MEASURES)
        ),
        *(
            [sa.Index(f"ix_{name}_state", "admin1_code", "day", *columns[1:], *MEASURES)]
            if by_state
            else []
        ),
    )
