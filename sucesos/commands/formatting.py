"""Text output of the CLI for people: event tables, one event in full, stats."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

TABLE_COLUMNS = (
    ("id", "ID", 16),
    ("date", "DATE", 10),
    ("admin1", "STATE", 18),
    ("admin2", "MUNICIPALITY", 20),
    ("category", "CATEGORY", 18),
    ("fatalities", "KILLED", 6),
    ("n_sources", "SRC", 3),
    ("status", "STATUS", 9),
)


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(events: Sequence[dict[str, Any]]) -> str:
    """Events as a fixed-width text table, one line each."""
    lines = [" ".join(title.ljust(width) for _, title, width in TABLE_COLUMNS).rstrip()]
    for event in events:
        cells = [_cell(event.get(key), width).ljust(width) for key, _, width in TABLE_COLUMNS]
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines)


def format_count(shown: int, total: int, offset: int = 0) -> str:
    """The line under a listing: "showing 50 of 207 events" and how to see more."""
    if total == 0:
        return "no events match"
    first, last = offset + 1, offset + shown
    line = (
        f"showing {shown} of {total} events"
        if offset == 0
        else f"showing {first}–{last} of {total} events"
    )
    if last < total:
        line += f" (--limit 0 for all, --offset {last} for the next page)"
    return line


def format_stats(stats: dict[str, Any], top: int = 15) -> str:
    """Totals, then events and fatalities by state, municipality, category, actor and week;
    a group cut at `top` rows says how many more there are."""
    lines = [
        f"events {stats['events']}  fatalities {stats['fatalities']}"
        f"  disputed {stats['disputed_events']}"
        + (f"  ({stats['first_date']} – {stats['last_date']})" if stats.get("first_date") else "")
    ]
    sections = (
        ("by_state", "State"),
        ("by_municipality", "Municipality"),
        ("by_category", "Category"),
        ("by_actor", "Actor"),
        ("by_week", "Week"),
    )
    for key, title in sections:
        groups = stats.get(key) or []
        if not groups:
            continue
        lines.append(f"\n{title:<40} {'EVENTS':>7} {'KILLED':>7}")
        shown = groups[-top:] if key == "by_week" and top else groups[:top] if top else groups
        for g in shown:
            name = str(g.get("name") or g.get("key") or "unknown")
            if g.get("state"):
                name = f"{name}, {g['state']}"
            if len(name) > 40:
                name = name[:39] + "…"
            lines.append(f"  {name:<38} {g['events']:>7} {g['fatalities']:>7}")
        if len(shown) < len(groups):
            lines.append(f"  … {len(groups) - len(shown)} more (--top 0 shows all)")
    return "\n".join(lines)


def format_event(event: dict[str, Any]) -> str:
    """One event in full: where, when, who, figures per source, evidence and history."""
    place = ", ".join(
        x for x in (event.get("location"), event.get("admin2"), event.get("admin1")) if x
    )
    lines = [
        f"Event {event['id']}  [{event['status']}]",
        f"  what:   {event['category']} / {event.get('event_type') or '-'}"
        f" / {event.get('sub_event_type') or '-'}",
        f"  when:   {event.get('date') or '?'} ({event.get('date_precision') or '?'})",
        f"  where:  {place or '?'}"
        + (f"  ({event['latitude']}, {event['longitude']})" if event.get("latitude") else ""),
        "  actors: " + (", ".join(f"{a['name']} ({a['role']})" for a in event["actors"]) or "-"),
        f"  killed: {event.get('fatalities') if event.get('fatalities') is not None else '?'}"
        f" (reported {event.get('fatalities_min')}–{event.get('fatalities_max')}),"
        f" {event['n_sources']} source{'' if event['n_sources'] == 1 else 's'}",
    ]
    if event.get("disputed"):
        lines.append(
            "  DISPUTED: "
            + "; ".join(
                (
                    f"{what}: " + ", ".join(f"{who} {v}" for who, v in values.items())
                    if what != "status"
                    else "account contested in " + ", ".join(values)
                )
                for what, values in (event.get("dispute") or {}).items()
            )
        )
    lines.append("\nReports:")
    for r in event["reports"]:
        lines.append(
            f"  - {r['source']}: {r.get('title') or r['article_id']}"
            f" [{r.get('status')}, killed {r.get('fatalities')}]"
            + (f" (syndicated copy of {r['copy_of']})" if r.get("copy_of") else "")
            + f"\n    record {r['record_id']}, article {r['article_id']}"
            + (f"\n    {r['url']}" if r.get("url") else "")
        )
    if event["figures"]:
        lines.append("\nFigures by source:")
        lines.extend(_figures_table(event["figures"]))
    if event.get("resolved"):
        lines.append(
            "\nResolved figures (median of the sources, the lower of two; range; who says what):"
        )
        lines.extend(
            f"  {what}: {f['value']} ({f['min']}–{f['max']})"
            + (" DISPUTED" if f["disputed"] else "")
            + "  "
            + ", ".join(f"{who} {v}" for who, v in f["sources"].items())
            for what, f in event["resolved"].items()
        )
    if event["evidence"]:
        lines.append("\nEvidence:")
        lines.extend(f"  - {e['source']}: “{e['text']}”" for e in event["evidence"])
    lines.append("\nHistory:")
    lines.extend(f"  v{h['version']} {h['at']}  {h['reason']}" for h in event["history"])
    return "\n".join(lines)


def _figures_table(figures: dict[str, dict[str, list[dict[str, Any]]]]) -> list[str]:
    """One row per figure, one column per outlet; a cell shows each value the outlet gives,
    with whom it attributes it to."""

    def cell(claims: list[dict[str, Any]]) -> str:
        return " / ".join(
            f"{c['value']}" + (f" ({c['attributed_to']})" if c["attributed_to"] else "")
            for c in claims
        )

    outlets = sorted({outlet for by_outlet in figures.values() for outlet in by_outlet})
    cells = {
        what: [cell(by_outlet.get(o, [])) for o in outlets] for what, by_outlet in figures.items()
    }
    widths = [max(len(o), *(len(row[i]) for row in cells.values())) for i, o in enumerate(outlets)]
    first = max(len(w) for w in figures)
    rows = [
        "  "
        + " " * first
        + "  "
        + "  ".join(o.ljust(w) for o, w in zip(outlets, widths, strict=True))
    ]
    for what, row in cells.items():
        rows.append(
            "  "
            + what.ljust(first)
            + "  "
            + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
        )
    return [r.rstrip() for r in rows]


RECORD_COLUMNS = (
    ("article_id", "ARTICLE", 12),
    ("date", "DATE", 10),
    ("admin1", "STATE", 18),
    ("admin2", "MUNICIPALITY", 20),
    ("category", "CATEGORY", 18),
    ("fatalities", "KILLED", 6),
    ("status", "STATUS", 10),
    ("actors", "ACTORS", 30),
)
RECORD_HEADER = " ".join(title.ljust(width) for _, title, width in RECORD_COLUMNS).rstrip()


def format_record(record: dict[str, Any]) -> str:
    """One extracted event record as a line of the `extract --format table` table."""
    loc = (record.get("locations") or [{}])[0]
    values = {
        **record,
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2") or loc.get("name"),
        "actors": ", ".join(a["name"] for a in record.get("actors") or []),
    }
    cells = [_cell(values.get(key), width).ljust(width) for key, _, width in RECORD_COLUMNS]
    return " ".join(cells).rstrip()
