"""Alerts: watch rules, coverage-normalized spikes, and their outputs (store, Atom, webhooks).

- `sucesos.alerts.rules`: watch rules (stored or from a TOML file) and their matching;
- `sucesos.alerts.spikes`: the spike rule (negative-binomial tail on events per article);
- `sucesos.alerts.engine`: raising alerts for new or changed events;
- `sucesos.alerts.store`: stored alerts, once per key;
- `sucesos.alerts.atom`, `sucesos.alerts.webhooks`: the Atom feed and signed webhooks.
"""

from sucesos.alerts.engine import evaluate
from sucesos.alerts.rules import WatchRule, add_rule, list_rules, load_rules_file, remove_rule
from sucesos.alerts.spikes import SpikeConfig, detect_spikes
from sucesos.alerts.store import get_alert, list_alerts

__all__ = [
    "SpikeConfig",
    "WatchRule",
    "add_rule",
    "detect_spikes",
    "evaluate",
    "get_alert",
    "list_alerts",
    "list_rules",
    "load_rules_file",
    "remove_rule",
]
