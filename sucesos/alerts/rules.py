"""Watch rules: "tell me about any roadblock in Jalisco", "attacks with ≥ 3 killed in Guanajuato".

A rule names any of: a state, a municipality, categories (or category families), an actor,
a minimum number killed, and keywords (any of them, in the reports' titles, texts or evidence;
case and accents ignored). An event matches when it meets every condition the rule gives.
Rules live in the `watch_rules` table (`sucesos rules add/list/remove`) and/or in a TOML file
given to `sucesos watch --rules FILE`:

    [[rule]]
    name = "bloqueos-jalisco"
    state = "Jalisco"
    category = ["roadblock"]

    [[rule]]
    name = "ataques-guanajuato"
    state = "Guanajuato"
    category = ["attack", "armed_clash"]
    min_fatalities = 3
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from sucesos.store import Store, schema
from sucesos.store.keys import fold, now

RULE_FIELDS = ("state", "municipality", "category", "actor", "min_fatalities", "keywords")


@dataclass
class WatchRule:
    """One watch rule; unset fields do not constrain."""

    name: str
    state: str | None = None  # ISO 3166-2 code once validated ("MX-JAL")
    municipality: str | None = None  # name or 5-digit INEGI code
    category: list[str] = field(default_factory=list)  # categories or families
    actor: str | None = None
    min_fatalities: int | None = None
    keywords: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        from sucesos.monitor.feeds import state_code

        if not self.name or not self.name.strip():
            raise ValueError("a rule needs a name")
        if isinstance(self.category, str):
            self.category = [self.category]
        if isinstance(self.keywords, str):
            self.keywords = [self.keywords]
        self.category = [c.strip().lower() for c in self.category if c.strip()]
        self.keywords = [k.strip() for k in self.keywords if k.strip()]
        self.state = state_code(self.state)
        if not any(getattr(self, f) for f in RULE_FIELDS) and self.min_fatalities is None:
            raise ValueError(f"rule {self.name!r} has no condition")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WatchRule:
        unknown = set(data) - {"name", *RULE_FIELDS}
        if unknown:
            raise ValueError(f"unknown rule fields: {', '.join(sorted(unknown))}")
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        """The rule in a few words, for listings and alert titles."""
        parts = []
        if self.category:
            parts.append("/".join(self.category))
        else:
            parts.append("any event")
        if self.min_fatalities is not None:
            parts.append(f"with ≥ {self.min_fatalities} killed")
        if self.actor:
            parts.append(f"involving {self.actor}")
        if self.municipality:
            parts.append(f"in {self.municipality}")
        if self.state:
            parts.append(f"in {self.state}")
        if self.keywords:
            parts.append("mentioning " + " or ".join(repr(k) for k in self.keywords))
        return " ".join(parts)

    def matches(self, event: dict[str, Any], texts: str = "") -> bool:
        """True when `event` (a stored event as `Store.event` returns it) meets every condition;
        `texts` is the folded text of its reports, needed only for keywords."""
        from sucesos.resolve import category_family

        if self.state and event.get("admin1_code") != self.state:
            return False
        if self.municipality:
            wanted = self.municipality.strip()
            if wanted.isdigit():
                if event.get("admin2_code") != wanted:
                    return False
            elif fold(event.get("admin2")) != fold(wanted):
                return False
        if self.category:
            category = str(event.get("category") or "")
            if category not in self.category and category_family(category) not in self.category:
                return False
        if self.actor:
            needle = fold(self.actor)
            if not any(needle in fold(a.get("name")) for a in event.get("actors") or []):
                return False
        if self.min_fatalities is not None and (event.get("fatalities") or 0) < self.min_fatalities:
            return False
        return not self.keywords or any(fold(k) in texts for k in self.keywords)


def load_rules_file(path: str | Path) -> list[WatchRule]:
    """The rules of a TOML file (``[[rule]]`` tables); ValueError names the bad rule."""
    data = tomllib.loads(Path(path).read_text("utf-8"))
    rules = []
    for i, item in enumerate(data.get("rule", [])):
        try:
            rules.append(WatchRule.from_dict(item))
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{path}: rule {i + 1}: {exc}") from exc
    return rules


def add_rule(store: Store, rule: WatchRule) -> bool:
    """Store a rule; returns False (and replaces it) when one of that name existed."""
    t = schema.watch_rules
    with store.engine.begin() as conn:
        existed = conn.execute(sa.select(t.c.name).where(t.c.name == rule.name)).first()
        conn.execute(t.delete().where(t.c.name == rule.name))
        conn.execute(t.insert().values(name=rule.name, spec=rule.to_dict(), created_at=now()))
    return existed is None


def list_rules(store: Store) -> list[WatchRule]:
    """The stored rules, by name."""
    t = schema.watch_rules
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(t.c.spec).order_by(t.c.name))
        return [WatchRule.from_dict(dict(row.spec)) for row in rows]


def remove_rule(store: Store, name: str) -> bool:
    """Delete a stored rule; False when there was none of that name."""
    t = schema.watch_rules
    with store.engine.begin() as conn:
        return conn.execute(t.delete().where(t.c.name == name)).rowcount > 0


def event_texts(conn: sa.Connection, event: dict[str, Any]) -> str:
    """The folded titles, texts and evidence of an event's reports (for keyword rules)."""
    ids = sorted({r["article_id"] for r in event.get("reports") or []})
    parts = [e.get("text") or "" for e in event.get("evidence") or []]
    if ids:
        a = schema.articles
        for title, text in conn.execute(sa.select(a.c.title, a.c.text).where(a.c.id.in_(ids))):
            parts.extend([title or "", text or ""])
    parts.append(event.get("location") or "")
    return fold("\n".join(parts))
