"""`sucesos feeds …` and `sucesos watch`: manage the polled feeds and run the monitor."""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

import click

from sucesos import api
from sucesos.alerts.spikes import SpikeConfig
from sucesos.alerts.webhooks import ENV_SECRET, WebhookConfig
from sucesos.cli_context import store_from_context
from sucesos.monitor.feeds import (
    DEFAULT_INTERVAL_S,
    add_feed,
    list_feeds,
    remove_feed,
    starter_feeds,
)
from sucesos.monitor.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, FetchPolicy, allow_list
from sucesos.monitor.watch import WatchConfig, Watcher, ingest_urls

ENV_WEBHOOKS = "SUCESOS_WEBHOOKS"

allow_host_option = click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST",
    help="Allow fetching from this host, address or network even if it is private, loopback "
    "or link-local (repeatable; e.g. 127.0.0.1 for a local test server).",
)


@click.group("feeds", invoke_without_command=True)
@click.pass_context
def feeds(ctx: click.Context) -> None:
    """Manage the RSS/Atom feeds `sucesos watch` polls (lists them with no subcommand)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(feeds_list)


@feeds.command("add")
@click.argument("url", required=False)
@click.option("--name", help="Outlet name (stored as the articles' source).")
@click.option("--home-state", help="State of a local outlet (name or code: Jalisco, JAL).")
@click.option(
    "--interval",
    type=int,
    default=DEFAULT_INTERVAL_S,
    show_default=True,
    help="Seconds between polls.",
)
@click.option("--starter", is_flag=True, help="Add the bundled starter list of Mexican outlets.")
@click.pass_context
def feeds_add(
    ctx: click.Context,
    url: str | None,
    name: str | None,
    home_state: str | None,
    interval: int,
    starter: bool,
) -> None:
    """Add a feed by URL (or the starter list with --starter); re-adding updates it."""
    if not url and not starter:
        raise click.UsageError("give a feed URL or --starter")
    store = store_from_context(ctx)
    wanted = [{"url": url, "name": name, "home_state": home_state}] if url else []
    if starter:
        wanted.extend(starter_feeds())
    for spec in wanted:
        try:
            feed, new = add_feed(
                store,
                str(spec["url"]),
                name=spec["name"],
                home_state=spec["home_state"],
                interval_s=interval,
            )
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
        click.echo(f"{'added' if new else 'updated'} feed {feed.id}: {feed.url}")


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one feed each.")
@click.pass_context
def feeds_list(ctx: click.Context, as_json: bool = False) -> None:
    """List the feeds with their schedule and last error."""
    rows = list_feeds(store_from_context(ctx))
    if as_json:
        for feed in rows:
            click.echo(json.dumps(feed.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{'ID':>4} {'STATE':<7} {'EVERY':>6} {'ERR':>3}  URL / NAME / LAST ERROR")
    for f in rows:
        click.echo(f"{f.id:>4} {f.home_state or '-':<7} {f.interval_s:>5}s {f.errors:>3}  {f.url}")
        extra = " / ".join(x for x in (f.name, f.last_error) if x)
        if extra:
            click.echo(f"{'':>24}{extra}")


@feeds.command("remove")
@click.argument("feed")
@click.pass_context
def feeds_remove(ctx: click.Context, feed: str) -> None:
    """Remove a feed by id or URL (its stored articles and events stay)."""
    if not remove_feed(store_from_context(ctx), feed):
        click.echo(f"error: no feed {feed!r}", err=True)
        ctx.exit(1)
        return
    click.echo(f"removed {feed}")


@click.command("watch")
@click.option("--once", is_flag=True, help="Poll every feed once, then exit (for cron, tests).")
@click.option(
    "--rules",
    "rules_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML file of watch rules, used with the stored ones.",
)
@click.option(
    "--webhook",
    "webhooks",
    multiple=True,
    metavar="URL",
    help=f"POST each alert here (repeatable; also {ENV_WEBHOOKS}, comma-separated).",
)
@click.option(
    "--webhook-secret-env",
    default=ENV_SECRET,
    show_default=True,
    metavar="NAME",
    help="Environment variable holding the HMAC secret that signs webhooks.",
)
@allow_host_option
@click.option(
    "--timeout",
    type=float,
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds allowed per fetch (whole request).",
)
@click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest feed or page fetched.",
)
@click.option("--workers", type=int, default=4, show_default=True, help="Parallel fetches.")
@click.option("--no-spikes", is_flag=True, help="Only watch rules, no spike alerts.")
@click.option("-v", "--verbose", is_flag=True, help="Log every round and failure to stderr.")
@click.pass_context
def watch(
    ctx: click.Context,
    once: bool,
    rules_file: Path | None,
    webhooks: tuple[str, ...],
    webhook_secret_env: str,
    allow_hosts: tuple[str, ...],
    timeout: float,
    max_bytes: int,
    workers: int,
    no_spikes: bool,
    verbose: bool,
) -> None:
    """Poll the feeds, fetch new items' pages, extract and store events, raise alerts.

    Runs until interrupted, polling each feed at its interval (failing feeds back off);
    restarting is safe: items already stored are not fetched again.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    urls = webhooks or tuple(
        u.strip() for u in os.environ.get(ENV_WEBHOOKS, "").split(",") if u.strip()
    )
    hook_config = WebhookConfig.from_env(urls, webhook_secret_env)
    if hook_config.urls and not hook_config.secret:
        click.echo(f"warning: ${webhook_secret_env} is not set; webhooks are unsigned", err=True)
    config = WatchConfig(
        policy=FetchPolicy(
            timeout=timeout, max_bytes=max_bytes, allow_hosts=allow_list(allow_hosts)
        ),
        workers=workers,
        rules_file=rules_file,
        spikes=None if no_spikes else SpikeConfig(),
        webhooks=hook_config,
    )
    store = store_from_context(ctx)
    if not list_feeds(store):
        click.echo("warning: no feeds; add some with `sucesos feeds add URL`", err=True)
    with Watcher(store, config) as watcher:
        if once:
            report = watcher.run_once(due_only=False)
            for line in report.errors:
                click.echo(line, err=True)
            click.echo(report.format())
            for alert in report.alerts:
                click.echo(f"ALERT {alert['id']}: {alert['title']}")
            return
        stop = threading.Event()
        try:
            watcher.run_forever(stop)
        except KeyboardInterrupt:
            stop.set()
            click.echo("stopped", err=True)


def ingest_urls_cmd(
    ctx: click.Context, store: api.Store, urls: tuple[str, ...], allow_hosts: tuple[str, ...]
) -> api.IngestSummary:
    """`sucesos ingest https://…`: fetch and ingest pages; prints errors, returns the summary."""
    summary = ingest_urls(
        urls, store=store, policy=FetchPolicy(allow_hosts=allow_list(allow_hosts))
    )
    for line in summary.errors:
        click.echo(line, err=True)
    return summary
