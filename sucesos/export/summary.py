"""One-sentence summaries of an event, for ACLED's `notes` and the exports' `summary`:
what, where, when, the toll, who, and which figures the sources dispute."""

from __future__ import annotations

from typing import Any

from sucesos.extract.kinds import taxonomy

_FIGURES = {
    "killed": "killed",
    "fatalities": "killed",
    "injured": "injured",
    "arrested": "arrested",
    "kidnapped": "abducted",
    "missing": "missing",
}


def place_of(event: dict[str, Any]) -> str:
    """ "Location, Municipality, State" without repeats (empty when unknown)."""
    parts: list[str] = []
    for value in (event.get("location"), event.get("admin2"), event.get("admin1")):
        if value and value not in parts:
            parts.append(str(value))
    return ", ".join(parts)


def _label(category: str | None) -> str:
    cat = taxonomy().get(category or "")
    return cat.label_en if cat else (category or "event").replace("_", " ")


def _dispute(event: dict[str, Any]) -> str:
    """The disputed figures with who says what; a figure repeating another's values (the
    fatalities and the killed civilians they come from) is said once."""
    parts: list[str] = []
    said: set[tuple[tuple[str, Any], ...]] = set()
    for what, values in (event.get("dispute") or {}).items():
        if what == "status":
            names = list(values) if isinstance(values, dict | list) else [str(values)]
            parts.append("contested by " + ", ".join(names))
            continue
        if isinstance(values, dict):
            key = tuple(sorted(values.items()))
            if key in said:
                continue
            said.add(key)
            figures = ", ".join(f"{who} {value}" for who, value in values.items())
            parts.append(f"{_FIGURES.get(what, what.replace('_', ' '))}: {figures}")
    return "; ".join(parts)


def summary_sentence(event: dict[str, Any]) -> str:
    """The event in one English sentence, e.g. "Attack in Celaya, Guanajuato on 2026-11-20:
    3 killed (reports range 3–5; the sources' median coded), by Cártel de Santa Rosa de
    Lima; 2 sources; sources disagree on killed: Diario A 3, Diario B 5."."""
    text = _label(event.get("category"))
    place = place_of(event)
    if place:
        text += f" in {place}"
    if event.get("date"):
        text += f" on {event['date']}"
    toll: list[str] = []
    if event.get("fatalities"):
        killed = f"{event['fatalities']} killed"
        low, high = event.get("fatalities_min"), event.get("fatalities_max")
        if low is not None and high is not None and low != high:
            killed += f" (reports range {low}–{high}; the sources' median coded)"
        toll.append(killed)
    perpetrators = [a["name"] for a in event.get("actors") or [] if a.get("role") == "perpetrator"]
    details = ", ".join(toll)
    if perpetrators:
        details += (", " if details else "") + "by " + ", ".join(perpetrators)
    if details:
        text += f": {details}"
    n = event.get("n_sources") or 0
    text += f"; {n} source{'' if n == 1 else 's'}"
    disputed = _dispute(event)
    if disputed:
        text += f"; sources disagree on {disputed}"
    return text + "."
