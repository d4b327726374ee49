"""ACLED-compatible rows: the column names and codes of ACLED's public exports.

Users load this file next to ACLED's own Mexico data, so every value follows the codebook:
actor names by government period, inter types, precision codes, the fatality figure most
sources support (the median of the sources', the lower of two) with the range and the
disagreement described in `notes`.
"""

from __future__ import annotations

import csv
import tomllib
from collections import Counter
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import IO, Any

from sucesos.export.cells import safe_row
from sucesos.export.summary import summary_sentence

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    # Not an ACLED column: the URL of every report, so each row can be checked at its source.
    "source_urls",
]

_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@lru_cache(maxsize=1)
def conventions() -> dict[str, Any]:
    """The ACLED conventions data file (acled.toml next to this module)."""
    text = resources.files("sucesos.export").joinpath("acled.toml").read_text("utf-8")
    return tomllib.loads(text)


def government_period(day: date | None) -> str:
    """ACLED's period label for Mexico's government on `day` ("2018-2024", "2024-")."""
    periods = conventions()["government_periods"]
    if day is None:
        return str(periods[0]["label"])
    for period in periods:  # newest first
        if day >= period["start"]:
            return str(period["label"])
    return str(periods[-1]["label"])


def actor_name(actor: dict[str, Any], day: date | None) -> tuple[str, str]:
    """ACLED name and inter type of one sucesos actor."""
    conv = conventions()
    if actor["name"].strip().lower() in conv["unidentified_names"]:
        return str(conv["unidentified_actor"]), "Political militia"
    kinds = conv["actor_kinds"]
    kind = kinds.get(actor.get("kind") or "other", kinds["other"])
    name = str(kind["name"]).format(period=government_period(day), name=actor["name"])
    return name, str(kind["inter"])


def _side(actors: list[tuple[str, str]]) -> tuple[str, str, str]:
    """(actor, associated actors, inter) for one side of the event."""
    if not actors:
        return "", "", ""
    names: list[str] = []
    for name, _ in actors:
        if name not in names:
            names.append(name)
    return names[0], "; ".join(names[1:]), actors[0][1]


def interaction(inter1: str, inter2: str) -> str:
    """ACLED interaction text: both inter types in codebook order, or "<type> only"."""
    order = conventions()["inter_order"]
    if not inter1:
        return ""
    if not inter2:
        return f"{inter1} only"
    pair = sorted([inter1, inter2], key=lambda t: order.index(t) if t in order else len(order))
    return "-".join(pair)


# ACLED's source scales, in the order the codebook combines them ("National-International").
SCALE_ORDER = ("Subnational", "National", "Regional", "International")


def source_scale(event: dict[str, Any]) -> str:
    """ACLED `source_scale` from the event's reports: a local outlet (its feed names a home
    state) is Subnational, an English-language report International, any other Mexican
    outlet National; several scales are joined in codebook order."""
    scales = set()
    for source in event.get("sources") or []:
        if source.get("home_state"):
            scales.add("Subnational")
        elif source.get("language") == "en":
            scales.add("International")
        else:
            scales.add("National")
    return "-".join(s for s in SCALE_ORDER if s in scales)


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event as an ACLED row (keys = COLUMNS)."""
    conv = conventions()
    day = date.fromisoformat(event["date"]) if event.get("date") else None
    actors = event.get("actors") or []
    by_role: dict[str, list[tuple[str, str]]] = {"perpetrator": [], "target": [], "participant": []}
    for a in actors:
        if a.get("kind") == "person":
            continue  # a named victim: ACLED names no individual as an actor
        by_role.get(a.get("role") or "participant", by_role["participant"]).append(
            actor_name(a, day)
        )
    event_type = event.get("event_type") or ""
    side1 = by_role["perpetrator"] or by_role["participant"][:1]
    side2 = by_role["target"] or (by_role["participant"][1:] if not by_role["perpetrator"] else [])
    if not side1 and event_type in _VIOLENT:
        side1 = [(conv["unidentified_actor"], "Political militia")]
    if not side2 and event_type == "Violence against civilians":
        side2 = [(conv["civilians_actor"], "Civilians")]
    actor1, assoc1, inter1 = _side(side1)
    actor2, assoc2, inter2 = _side(side2)
    sub = event.get("sub_event_type") or ""
    disorder = conv["disorder_by_sub_event"].get(sub) or conv["disorder_by_event"].get(
        event_type, ""
    )
    updated = event.get("updated_at")
    stamp = int(datetime.fromisoformat(updated).timestamp()) if updated else ""
    return {
        "event_id_cnty": f"MEX{event['id']}",
        "event_date": event.get("date") or "",
        "year": day.year if day else "",
        "time_precision": conv["time_precision"].get(event.get("date_precision") or "", 3),
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if inter2 == "Civilians" else "",
        "iso": conv["iso"],
        "region": conv["region"],
        "country": conv["country"],
        "admin1": event.get("admin1") or "",
        "admin2": event.get("admin2") or "",
        "admin3": "",
        "location": event.get("location") or event.get("admin2") or event.get("admin1") or "",
        "latitude": event.get("latitude") if event.get("latitude") is not None else "",
        "longitude": event.get("longitude") if event.get("longitude") is not None else "",
        "geo_precision": conv["geo_precision"].get(event.get("geo_precision") or "", 3),
        "source": "; ".join(sorted({s["source"] for s in event.get("sources") or []})),
        "source_scale": source_scale(event),
        "notes": summary_sentence(event),
        "fatalities": event.get("fatalities") or 0,
        "tags": "disputed" if event.get("disputed") else "",
        "timestamp": stamp,
        "source_urls": " ".join(
            dict.fromkeys(s["url"] for s in event.get("sources") or [] if s.get("url"))
        ),
    }


def write_csv(events: Any, out: IO[str], skipped: Counter[str] | None = None) -> int:
    """Write ACLED rows for `events` as CSV; returns the number of rows.

    An event whose category has no ACLED event type (a travel advisory, a disaster, a
    statement) is left out rather than written with an empty `event_type`; `skipped` counts
    those by category so the caller can say what was left out and why.
    """
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in events:
        if not event.get("event_type"):
            if skipped is not None:
                skipped[str(event.get("category"))] += 1
            continue
        writer.writerow(safe_row(acled_row(event)))
        n += 1
    return n
