"""`sucesos rules …` and `sucesos alerts`: manage watch rules and read stored alerts."""

from __future__ import annotations

import json

import click

from sucesos.alerts.rules import WatchRule, add_rule, list_rules, remove_rule
from sucesos.alerts.store import list_alerts
from sucesos.cli_context import store_from_context


@click.group("rules", invoke_without_command=True)
@click.pass_context
def rules(ctx: click.Context) -> None:
    """Manage watch rules (lists them with no subcommand); `watch --rules FILE` adds a file's."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(rules_list)


@rules.command("add")
@click.argument("name")
@click.option("--state", help="State name or code (Jalisco, JAL, MX-JAL).")
@click.option("--municipality", help="Municipality name or 5-digit INEGI code.")
@click.option("--category", "categories", multiple=True, help="Category or family (repeatable).")
@click.option("--actor", help="Part of an actor's name.")
@click.option("--min-fatalities", type=int, help="At least this many killed.")
@click.option("--keyword", "keywords", multiple=True, help="Any of these words (repeatable).")
@click.pass_context
def rules_add(
    ctx: click.Context,
    name: str,
    state: str | None,
    municipality: str | None,
    categories: tuple[str, ...],
    actor: str | None,
    min_fatalities: int | None,
    keywords: tuple[str, ...],
) -> None:
    """Add (or replace) the rule NAME, e.g. `rules add bloqueos-jal --state Jalisco
    --category roadblock`."""
    try:
        rule = WatchRule(
            name=name,
            state=state,
            municipality=municipality,
            category=list(categories),
            actor=actor,
            min_fatalities=min_fatalities,
            keywords=list(keywords),
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    new = add_rule(store_from_context(ctx), rule)
    click.echo(f"{'added' if new else 'replaced'} rule {name}: {rule.describe()}")


@rules.command("list")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one rule each.")
@click.pass_context
def rules_list(ctx: click.Context, as_json: bool = False) -> None:
    """List the stored watch rules."""
    for rule in list_rules(store_from_context(ctx)):
        if as_json:
            click.echo(json.dumps(rule.to_dict(), ensure_ascii=False))
        else:
            click.echo(f"{rule.name}: {rule.describe()}")


@rules.command("remove")
@click.argument("name")
@click.pass_context
def rules_remove(ctx: click.Context, name: str) -> None:
    """Remove the stored rule NAME."""
    if not remove_rule(store_from_context(ctx), name):
        click.echo(f"error: no rule {name!r}", err=True)
        ctx.exit(1)
        return
    click.echo(f"removed rule {name}")


@click.command("alerts")
@click.option("--since", metavar="YYYY-MM-DD", help="Alerts raised on or after this date.")
@click.option("--kind", type=click.Choice(["rule", "spike"]), help="Only this kind.")
@click.option("--limit", type=int, default=20, show_default=True, help="Most alerts shown.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one alert each.")
@click.pass_context
def alerts(
    ctx: click.Context, since: str | None, kind: str | None, limit: int, as_json: bool
) -> None:
    """List stored alerts, newest first, with the events behind each."""
    try:
        rows = list_alerts(store_from_context(ctx), since=since, kind=kind, limit=limit or None)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    for alert in rows:
        if as_json:
            click.echo(json.dumps(alert, ensure_ascii=False))
            continue
        click.echo(f"[{alert['id']}] {alert['created_at'][:19]} {alert['kind']}: {alert['title']}")
        for event in alert.get("events") or []:
            click.echo(
                f"    event {event['id']} {event.get('date') or '?'}"
                f" {event.get('admin2') or ''} {event.get('admin1') or ''}"
                f" killed {event.get('fatalities') or 0}"
            )
