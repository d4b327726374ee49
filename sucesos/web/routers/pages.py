"""The HTML pages: the dashboard at /, one event, one article.

Jinja2 autoescapes everything, so article text, titles and evidence (untrusted input) are
always rendered as text; links to articles are kept only when they are http(s) URLs.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from sucesos.filters import FilterError, resolve_category, resolve_state, resolve_status
from sucesos.store import queries
from sucesos.web.dependencies import StoreDep, read_access
from sucesos.web.event_view import (
    evidence_by_article,
    figure_label,
    headline_toll,
    history_text,
)
from sucesos.web.meta import categories, pick_language, states, strings

router = APIRouter(include_in_schema=False, dependencies=[Depends(read_access)])
templates = Jinja2Templates(directory=FsPath(str(resources.files("sucesos.web") / "templates")))
LangQuery = Annotated[str | None, Query(max_length=5)]


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) link, else None: a `javascript:` URL in an href would
    run code even though the text is escaped."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in {"http", "https"} else None


templates.env.globals["safe_url"] = safe_url
templates.env.globals["figure_label"] = figure_label
templates.env.globals["history_text"] = history_text

# The downloads every view offers: (label key in i18n.toml, /api/export format).
DOWNLOADS = (
    ("dl_csv", "csv"),
    ("dl_acled", "acled-csv"),
    ("dl_geojson", "geojson"),
    ("dl_json", "json"),
)


def downloads(params: dict[str, str]) -> list[tuple[str, str]]:
    """(label key, /api/export URL) of each download of the view `params` describes."""
    return [(key, "/api/export?" + urlencode({**params, "format": fmt})) for key, fmt in DOWNLOADS]


def url_filters(request: Request) -> tuple[dict[str, str], list[str]]:
    """The dashboard URL's state, category and status as the form's values (a state named
    "Jalisco", "jal" or "14" becomes MX-JAL), and the messages of those that name nothing."""
    resolvers = {"state": resolve_state, "category": resolve_category, "status": resolve_status}
    found: dict[str, str] = {}
    errors: list[str] = []
    for name, resolve in resolvers.items():
        value = request.query_params.get(name, "").strip()[:80]
        if not value:
            continue
        try:
            found[name] = resolve(value)
        except FilterError as exc:
            errors.append(str(exc))
    return found, errors


def _context(request: Request, lang: str | None) -> dict[str, Any]:
    chosen = pick_language(lang, request.headers.get("accept-language"))
    t = strings(chosen)
    params = dict(request.query_params)
    params["lang"] = t["other_language_code"]
    return {
        "lang": chosen,
        "t": t,
        "other_language_url": f"{request.url.path}?{urlencode(params)}",
        "category_labels": {c["name"]: c["label"] for c in categories(chosen)},
    }


def _not_found(request: Request, ctx: dict[str, Any]) -> HTMLResponse:
    return templates.TemplateResponse(request, "not_found.html", ctx, status_code=404)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, store: StoreDep, lang: LangQuery = None) -> HTMLResponse:
    """The dashboard: filters, map, timeline and event list, filled by static/dashboard.js."""
    ctx = _context(request, lang)
    with store.engine.connect() as conn:
        first, last = queries.date_range(conn)
    initial, errors = url_filters(request)
    ui = {
        "initial": initial,
        "lang": ctx["lang"],
        "t": ctx["t"],
        "categories": categories(ctx["lang"]),
        "states": list(states()),
        "first_date": first.isoformat() if first else None,
        "last_date": last.isoformat() if last else None,
    }
    return templates.TemplateResponse(
        request,
        "dashboard.html",
        {
            **ctx,
            "ui": ui,
            "categories": ui["categories"],
            "states": ui["states"],
            "last": last,
            "filter_errors": errors,
            "downloads": downloads({}),
        },
    )


def figures_table(figures: dict[str, dict[str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """Figures as a table: one row per figure, one column per outlet."""
    outlets = sorted({o for by_outlet in figures.values() for o in by_outlet})
    rows = [
        {"what": what, "cells": [by_outlet.get(o, []) for o in outlets]}
        for what, by_outlet in figures.items()
    ]
    return {"outlets": outlets, "rows": rows}


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(
    request: Request,
    store: StoreDep,
    event_id: Annotated[str, Path(max_length=64)],
    lang: LangQuery = None,
) -> HTMLResponse:
    """One event: what, where, when, actors, figures per source, disputes, evidence, history."""
    ctx = _context(request, lang)
    event = store.event(event_id) if len(event_id) >= 4 else None
    if event is None:
        return _not_found(request, ctx)
    return templates.TemplateResponse(
        request,
        "event.html",
        {
            **ctx,
            "event": event,
            "label": ctx["category_labels"].get(event["category"], event["category"]),
            "place": ", ".join(
                dict.fromkeys(x for x in (event["location"], event["admin2"], event["admin1"]) if x)
            ),
            "figures": figures_table(event["figures"]),
            "toll": headline_toll(event),
            "articles": evidence_by_article(event),
            "downloads": downloads({"event": event["id"]}),
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request,
    store: StoreDep,
    article_id: Annotated[str, Path(max_length=200)],
    lang: LangQuery = None,
) -> HTMLResponse:
    """One stored article, its text shown as text, with the events it reports."""
    ctx = _context(request, lang)
    with store.engine.connect() as conn:
        article = queries.get_article(conn, article_id)
    if article is None:
        return _not_found(request, ctx)
    return templates.TemplateResponse(request, "article.html", {**ctx, "article": article})
