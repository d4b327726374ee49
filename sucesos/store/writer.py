"""Writing articles and their extracted records in bulk (the resolver writes events).

Rows are built by plain functions and written with one statement per table and batch
(`executemany`, which SQLAlchemy sends as multi-row VALUES), from statements built once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sucesos.models import Article, EventRecord, Location
from sucesos.store import column_types, schema
from sucesos.store.keys import as_date, now
from sucesos.store.sqlite_binds import bind_processor

# A row's values for a statement's parameters, in its order (`_values_of`).
Getter = Callable[[Mapping[str, Any]], tuple[Any, ...]]

# Parameters per IN (...) query: well under SQLite's limit of 32,766 bound values.
_CHUNK = 900


def stored_ids(conn: sa.Connection, column: sa.Column[Any], ids: Iterable[str]) -> set[str]:
    """The values of `ids` present in `column` (a table's id), in as few queries as
    `in_clauses` gives; on SQLite in one, taking every id as one JSON array (`json_each`),
    whose text is made once per column: an IN list is expanded into a new statement for
    every call, which cost more than SQLite's lookups."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return set()
    if conn.dialect.name == "sqlite":
        found_here = conn.exec_driver_sql(_stored_sql(column), (json.dumps(wanted),))
        return set(found_here.scalars())
    found: set[str] = set()
    for clause in in_clauses(conn, column, wanted):
        found.update(conn.execute(sa.select(column).where(clause)).scalars())
    return found


@cache
def _stored_sql(column: sa.Column[Any]) -> str:
    """`stored_ids`'s query on SQLite, for the driver."""
    table, name = column.table.name, column.name
    return f'SELECT "{name}" FROM "{table}" WHERE "{name}" IN (SELECT value FROM json_each(?))'


def in_clauses(
    conn: sa.Connection, column: sa.ColumnElement[Any], values: Sequence[Any]
) -> Iterator[sa.ColumnElement[bool]]:
    """Conditions that together say `column IN values` (none for no values): on PostgreSQL
    one `column = ANY(array)` taking every value as one parameter, a statement whose text is
    the same for any number of values (an IN list is a new statement of up to `_CHUNK`
    parameters, which the server parses and plans every time, and one query per chunk is
    one round trip each); elsewhere one IN list per `_CHUNK` values."""
    if not values:
        return
    if conn.dialect.name == "postgresql":
        array = sa.bindparam(None, list(values), type_=postgresql.ARRAY(column.type))
        yield column == sa.any_(array)
        return
    for i in range(0, len(values), _CHUNK):
        yield column.in_(values[i : i + _CHUNK])


def article_exists(conn: sa.Connection, article_id: str) -> bool:
    """True when the article is already stored (re-ingesting it is then a no-op)."""
    return bool(stored_ids(conn, schema.articles.c.id, [article_id]))


def article_row(article: Article, ingested_at: datetime | None = None) -> dict[str, Any]:
    """The `articles` row of an article as read (text, metadata and where it came from)."""
    return dict(
        id=article.id,
        url=article.url,
        title=article.title,
        text=article.text,
        published=article.published.isoformat() if article.published else None,
        source=article.source,
        language=article.language,
        fetched_at=article.fetched_at.isoformat() if article.fetched_at else None,
        metadata=article.metadata,
        ingested_at=ingested_at or now(),
    )


def parse_when(value: str | None) -> date | datetime | None:
    """A stored publication or fetch time (`article_row`'s ISO text) as a date or datetime."""
    if not value:
        return None
    return (
        datetime.fromisoformat(value) if "T" in value or " " in value else date.fromisoformat(value)
    )


def article_from_row(row: Mapping[str, Any]) -> Article:
    """The `Article` an `articles` row was made from (`article_row`'s inverse); `metadata`
    may be the decoded mapping (the store) or its JSON text (the batch path's Parquet)."""
    fetched = parse_when(row["fetched_at"])
    metadata = row["metadata"]
    if isinstance(metadata, str):
        metadata = json.loads(metadata)
    return Article(
        text=row["text"],
        id=row["id"],
        url=row["url"],
        title=row["title"],
        published=parse_when(row["published"]),
        source=row["source"],
        language=row["language"],
        fetched_at=fetched if isinstance(fetched, datetime) else None,
        metadata=dict(metadata or {}),
    )


def insert_article(conn: sa.Connection, article: Article) -> None:
    """Store one article as read."""
    conn.execute(schema.articles.insert(), article_row(article))


def primary_location(record: EventRecord) -> Location | None:
    """The location an event is placed at: the first one extraction lists."""
    return record.locations[0] if record.locations else None


def record_data(record: EventRecord) -> dict[str, Any]:
    """`record.to_dict()` without `dataclasses.asdict`'s deep copies (its fields nest only
    flat dataclasses), several times faster on the write path."""
    out = dict(vars(record))
    for key in ("locations", "actors", "counts", "sources", "evidence"):
        out[key] = [dict(vars(item)) for item in out[key]]
    return out


def packed_record(record: EventRecord) -> bytes:
    """The record's `records.data` as stored (`column_types.PackedJSON`), for `record_row`'s
    `packed`: the extraction workers pack it, not the single writer."""
    return column_types.pack_json(record_data(record))


def record_row(record: EventRecord, packed: bytes | None = None) -> dict[str, Any]:
    """The `records` row of an extracted record (indexed columns and the whole record);
    `packed` is its data packed already (`packed_record`)."""
    loc = primary_location(record)
    return {
        "id": record.id,
        "article_id": record.article_id,
        "category": record.category,
        "event_type": record.event_type,
        "sub_event_type": record.sub_event_type,
        "status": record.status,
        "date": as_date(record.date),
        "date_precision": record.date_precision,
        "fatalities": record.fatalities,
        "confidence": record.confidence,
        "admin1": loc.admin1 if loc else None,
        "admin1_code": loc.admin1_code if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin2_code": loc.admin2_code if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.precision if loc else None,
        "site": record.site,
        "data": record_data(record) if packed is None else packed,
    }


def record_exists(conn: sa.Connection, record_id: str) -> bool:
    return bool(stored_ids(conn, schema.records.c.id, [record_id]))


def insert_record(conn: sa.Connection, record: EventRecord) -> EventRecord:
    """Store one extracted record; returns it (with a fresh id if its id was already taken).

    A record id is only unique per article for extractors that hash article content; a clash
    with another article's record gets an id derived from both, instead of failing the batch.
    """
    from sucesos.models import stable_id

    if record_exists(conn, record.id):
        record.id = stable_id(record.article_id, record.id)
    conn.execute(schema.records.insert(), record_row(record))
    return record


_IGNORING: dict[tuple[str, str], sa.Insert] = {}


def insert_ignoring(conn: sa.Connection, table: sa.Table) -> sa.Insert:
    """An INSERT of `table` that skips rows whose key is already stored (ON CONFLICT DO
    NOTHING), built once per backend: concurrent writers skip what the other stored."""
    key = (conn.dialect.name, table.name)
    stmt = _IGNORING.get(key)
    if stmt is None:
        if conn.dialect.name == "postgresql":
            stmt = postgresql.insert(table).on_conflict_do_nothing()
        elif conn.dialect.name == "sqlite":
            stmt = sqlite.insert(table).on_conflict_do_nothing()
        else:
            stmt = table.insert()
        _IGNORING[key] = stmt
    return stmt


def insert_many(
    conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]], *, ignore: bool = False
) -> None:
    """Insert `rows` with one executemany (nothing when empty; COPY on PostgreSQL, see
    `copy_rows`); `ignore` skips stored keys."""
    if not ignore and rows and conn.dialect.name == "postgresql" and copy_rows(conn, table, rows):
        return
    stmt = insert_ignoring(conn, table) if ignore else _insert(table)
    execute_many(conn, stmt, rows)


def copy_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> bool:
    """Insert `rows` (all with the keys of the first) into `table` with PostgreSQL's COPY,
    in the caller's transaction; False, writing nothing, when the table has a column default
    SQLAlchemy computes for a column the rows leave out.

    Multi-row VALUES make a new statement of up to 20,000 parameters for each batch and
    table, which the server parses and plans every time; COPY streams the rows. Each value
    goes through the bind processor SQLAlchemy would apply (JSON, packed records, UTC
    timestamps), so the rows stored are the same."""
    names = tuple(rows[0])
    plan = _copy_plan(conn.dialect, table, names)
    if plan is None:
        return False
    sql, processors = plan
    driver = conn.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            values = [row[n] for n in names]
            for i, process in processors:
                values[i] = process(values[i])
            copy.write_row(values)
    return True


# (table, column names) -> (COPY statement, (position, bind processor) of the columns that
# have one), or None when a left-out column has a default SQLAlchemy computes.
_COPY: dict[tuple[str, tuple[str, ...]], tuple[str, list[tuple[int, Any]]] | None] = {}


def _copy_plan(
    dialect: sa.Dialect, table: sa.Table, names: tuple[str, ...]
) -> tuple[str, list[tuple[int, Any]]] | None:
    key = (table.name, names)
    if key in _COPY:
        return _COPY[key]
    plan = None
    computed = [c for c in table.columns if c.name not in names and c.default is not None]
    if not computed and all(n in table.c for n in names):
        processors = []
        for i, n in enumerate(names):
            process = _processor(dialect, table, n)
            if process is not None:
                processors.append((i, process))
        columns = ", ".join(f'"{n}"' for n in names)
        plan = (f"COPY {table.name} ({columns}) FROM STDIN", processors)
    _COPY[key] = plan
    return plan


_INSERTS: dict[str, sa.Insert] = {}


def _insert(table: sa.Table) -> sa.Insert:
    """The table's plain INSERT, built once (`execute_many` compiles it once per columns)."""
    stmt = _INSERTS.get(table.name)
    if stmt is None:
        stmt = _INSERTS[table.name] = table.insert()
    return stmt


def execute_many(
    conn: sa.Connection, stmt: sa.Insert | sa.Update | sa.Delete, rows: Sequence[dict[str, Any]]
) -> None:
    """`conn.execute(stmt, rows)` (nothing when empty). On SQLite the statement goes straight
    to the driver (`_driver_sql`): SQLAlchemy's per-row parameter handling cost about as much
    as SQLite's own work. On PostgreSQL SQLAlchemy sends inserts as multi-row VALUES, which
    the driver's executemany would not: it keeps them. `stmt` must be built once (module
    constants, `insert_ignoring`): its compiled form is kept by identity."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        names = tuple(rows[0])
        driver = _driver_sql(conn, stmt, names)
        if driver is not None:
            sql, values_of, processors = driver
            conn.exec_driver_sql(sql, [_bind(row, values_of, processors) for row in rows])
            return
    conn.execute(stmt, list(rows))


def update_many(
    conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]], key: str = "id"
) -> None:
    """Set, in each row of `table` whose `key` column has the row's `key` value, the other
    columns the row gives: one executemany per set of columns. A row may give only the
    columns that changed: SQLite rewrites every index holding a column an UPDATE sets,
    changed or not. On SQLite the statement goes straight to the driver, its text made
    from the column names (one compiled by SQLAlchemy per set of columns cost more than
    the update itself); elsewhere SQLAlchemy builds it."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    for names, same in groups.items():
        columns = [n for n in names if n != key]
        plan = _update_plan(conn.dialect, table, tuple(columns), key)
        if plan is not None:
            sql, values_of, processors = plan
            conn.exec_driver_sql(sql, [_bind(row, values_of, processors) for row in same])
        else:
            stmt = _update_stmt(table, key)
            conn.execute(stmt, [{**{c: r[c] for c in columns}, "_key": r[key]} for r in same])


# (dialect, table, columns set, key) -> (UPDATE for the driver, the getter of a row's
# values for its parameters (`_values_of`: the columns then the key), their bind processors
# as `_applied` lists them), or None when SQLAlchemy must build it.
_UPDATES: dict[tuple[str, str, tuple[str, ...], str], tuple[str, Getter, list[Any]] | None] = {}
_UPDATE_STMTS: dict[tuple[str, str], sa.Update] = {}


def _update_plan(
    dialect: sa.Dialect, table: sa.Table, columns: tuple[str, ...], key: str
) -> tuple[str, Getter, list[Any]] | None:
    found_key = (dialect.name, table.name, columns, key)
    if found_key in _UPDATES:
        return _UPDATES[found_key]
    plan = None
    plain = all(c.onupdate is None and c.server_onupdate is None for c in table.columns)
    if dialect.name == "sqlite" and plain and all(n in table.c for n in (*columns, key)):
        processors = _applied([_processor(dialect, table, n) for n in (*columns, key)])
        sets = ", ".join(f'"{n}" = ?' for n in columns)
        update = f'UPDATE "{table.name}" SET {sets} WHERE "{key}" = ?'
        plan = (update, _values_of([*columns, key]), processors)
    _UPDATES[found_key] = plan
    return plan


# (dialect, table, column) -> the column's bind processor (or None): an update's plan is made
# for each set of columns it changes (hundreds), from the processors of a few dozen columns.
_PROCESSORS: dict[tuple[str, str, str], Any] = {}


def _processor(dialect: sa.Dialect, table: sa.Table, name: str) -> Any:
    """The bind processor SQLAlchemy applies to values of column `name` of `table`."""
    key = (dialect.name, table.name, name)
    if key not in _PROCESSORS:
        _PROCESSORS[key] = bind_processor(table.c[name].type, dialect)
    return _PROCESSORS[key]


def _update_stmt(table: sa.Table, key: str) -> sa.Update:
    stmt = _UPDATE_STMTS.get((table.name, key))
    if stmt is None:
        stmt = table.update().where(table.c[key] == sa.bindparam("_key"))
        _UPDATE_STMTS[(table.name, key)] = stmt
    return stmt


# (statement, dialect, parameter names) -> (SQL, the getter of a row's values in the SQL's
# order (`_values_of`), their bind processors as `_applied` lists them), or None when
# SQLAlchemy must build the rows itself (a column default or onupdate SQLAlchemy computes,
# which the rows do not give).
_DRIVER: dict[tuple[int, str, tuple[str, ...]], tuple[str, Getter, list[Any]] | None] = {}
_KEEP: dict[int, Any] = {}  # the statements `_DRIVER` knows, so their ids stay theirs


def _driver_sql(
    conn: sa.Connection, stmt: Any, names: tuple[str, ...]
) -> tuple[str, Getter, list[Any]] | None:
    """The statement for rows with `names` as the driver takes it (positional), with the bind
    processor SQLAlchemy would apply to each value (JSON, dates, packed records), compiled
    once."""
    key = (id(stmt), conn.dialect.name, names)
    if key in _DRIVER:
        return _DRIVER[key]
    found = None
    compiled = stmt.compile(dialect=conn.dialect, column_keys=list(names))
    order = list(compiled.positiontup or [])
    if compiled.positional and set(order) <= set(names):
        processors = [bind_processor(compiled.binds[n].type, conn.dialect) for n in order]
        found = (str(compiled), _values_of(order), _applied(processors))
    _KEEP[id(stmt)] = stmt
    _DRIVER[key] = found
    return found


def _applied(processors: list[Any]) -> list[tuple[int, Any]]:
    """(position, processor) of the parameters that have a bind processor."""
    return [(i, process) for i, process in enumerate(processors) if process is not None]


def _values_of(names: list[str]) -> Getter:
    """A getter of a row's values in `names` order, as a tuple (`operator.itemgetter`, which
    gives a lone value for one name)."""
    if len(names) == 1:
        name = names[0]
        return lambda row: (row[name],)
    return itemgetter(*names)


def _bind(
    row: dict[str, Any], values_of: Getter, processors: list[tuple[int, Any]]
) -> tuple[Any, ...]:
    """One row's values as a tuple (`values_of`, `_values_of`), each through its bind
    processor (`_applied`; None too: JSON writes None as 'null', as SQLAlchemy does)."""
    if not processors:
        return values_of(row)
    values = list(values_of(row))
    for i, process in processors:
        values[i] = process(values[i])
    return tuple(values)
