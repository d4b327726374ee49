"""The dashboard in a real browser (Debian's chromium driven by Playwright) against a real
server on 127.0.0.1 and the (synthetic) demo data, plus one hostile synthetic article."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sucesos import api
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

CHROMIUM = "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(
        f"browser tests need {CHROMIUM} (apt-get install chromium)", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "synthetic-browser-token"

# A synthetic article whose text carries markup: it must show up as text and never run.
HOSTILE = {
    "id": "synthetic-hostile-1",
    "url": "javascript:window.__xss='url'",
    "title": "Ataque armado en Culiacán <script>window.__xss='title'</script> (sintético)",
    "text": "[Texto sintético] Hombres armados asesinaron a tres personas en Culiacán, Sinaloa "
    "<img src=x onerror=\"window.__xss='img'\"> la noche del viernes, informó la Fiscalía "
    "del estado. <script>window.__xss='body'</script>",
    "published": "2026-11-21",
    "source": "Diario Sintético <b>del Pacífico</b>",
    "language": "es",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("dashboard") / "demo.db"
    store, _ = api.demo(db)
    store.close()
    with BackgroundServer(Settings(db=str(db), token=TOKEN)) as running:
        r = httpx.post(
            f"{running.url}/api/articles",
            json=HOSTILE,
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 200 and r.json()["articles_new"] == 1
        yield running.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    # Anything the Content-Security-Policy refuses (an inline script or style, a foreign
    # origin) is reported on the console: the pages must need none of it.
    pg.on(
        "console",
        lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    pg.errors = errors
    yield pg
    context.close()
    assert errors == [], errors


def ready(page: Any) -> str:
    """Wait for the dashboard to finish a refresh; returns its counter."""
    page.wait_for_selector("body[data-ready]")
    return str(page.evaluate("document.body.dataset.ready"))


def refreshed(page: Any, before: str) -> str:
    # A selector: wait_for_function with a bare expression evaluates a string, which the
    # pages' Content-Security-Policy (no 'unsafe-eval') refuses (an arrow function is fine).
    page.wait_for_selector(f'body[data-ready]:not([data-ready="{before}"])')
    return str(page.evaluate("document.body.dataset.ready"))


def api_events(base: str, **params: Any) -> list[dict[str, Any]]:
    return httpx.get(f"{base}/api/events", params={"limit": 5000, **params}).json()["events"]


def test_dashboard_shows_map_timeline_and_events(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all")
    ready(page)
    page.wait_for_selector("path[data-state]")
    assert page.locator("path[data-state]").count() == 32
    shaded = page.locator("path[data-state]:not([data-value='0'])").count()
    assert 0 < shaded < 32
    assert page.locator("#timeline svg rect").count() > 0
    total = len(api_events(server))
    assert page.inner_text("#s-events").replace(",", "") == str(total)
    assert page.locator("#events tbody tr").count() == 50
    assert page.is_visible("#more")


def test_filter_by_state_and_category(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all")
    before = ready(page)
    page.select_option("#f-state", "MX-JAL")
    before = refreshed(page, before)
    assert "state=MX-JAL" in page.url
    places = page.locator("#events tbody tr td:nth-child(2)").all_inner_texts()
    assert places and all("Jalisco" in p for p in places)
    page.select_option("#f-category", "attack")
    refreshed(page, before)
    assert "category=attack" in page.url
    expected = api_events(server, state="MX-JAL", category="attack")
    rows = page.locator("#events tbody tr")
    assert rows.count() == len(expected) > 0
    categories = page.eval_on_selector_all(
        "#events tbody tr", "rows => rows.map(r => r.dataset.category)"
    )
    # Attacks, and events that hold an attack among their parts (their kinds).
    assert "attack" in categories and set(categories) == {e["category"] for e in expected}
    assert page.inner_text("#s-events") == str(len(expected))


def test_clicking_a_state_filters_and_shows_its_events_on_the_map(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all")
    before = ready(page)
    page.wait_for_selector("path[data-state='MX-JAL']")
    page.click("path[data-state='MX-JAL']")
    refreshed(page, before)
    assert page.input_value("#f-state") == "MX-JAL" and "state=MX-JAL" in page.url
    # Zoomed in, the state's points are drawn; wait until the markers for this filter are in
    # and no zoom or cluster animation is running (mid-animation both zoom levels' clusters
    # are in the page at once).
    page.wait_for_function(
        "() => { const m = document.getElementById('map');"
        " return m.hasAttribute('data-markers')"
        " && (m.getAttribute('data-marker-filters') || '').includes('state=MX-JAL')"
        " && !document.querySelector('.leaflet-cluster-anim, .leaflet-zoom-anim'); }"
    )
    page.wait_for_selector(".marker-cluster, .ev-marker")
    page.wait_for_timeout(300)  # let the last cluster fade-out finish
    page.wait_for_function(
        "() => !document.querySelector('.leaflet-cluster-anim, .leaflet-zoom-anim')"
    )
    shown = page.evaluate(
        "[...document.querySelectorAll('.marker-cluster')]"
        ".reduce((n, c) => n + Number(c.textContent), 0)"
        " + document.querySelectorAll('.ev-marker').length"
    )
    in_view = api_events(server, state="MX-JAL")
    drawn = int(page.get_attribute("#map", "data-markers") or 0)
    assert 0 < shown <= drawn <= len(in_view)


def test_filters_come_back_from_a_shared_url(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=custom&since=2026-11-20&until=2026-11-21&state=MX-GUA")
    ready(page)
    assert page.input_value("#f-state") == "MX-GUA"
    assert page.input_value("#f-since") == "2026-11-20"
    expected = api_events(server, state="MX-GUA", since="2026-11-20", until="2026-11-21")
    dates = page.locator("#events tbody tr td:nth-child(1)").all_inner_texts()
    assert len(dates) == len(expected) > 0
    assert all("2026-11-20" <= d <= "2026-11-21" for d in dates)


def test_open_an_event_with_figures_per_source_and_evidence(server: str, page: Any) -> None:
    candidates = [e for e in api_events(server, sort="-n_sources") if e["n_sources"] >= 2]
    event = next(
        e for e in candidates if httpx.get(f"{server}/api/events/{e['id']}").json()["figures"]
    )
    full = httpx.get(f"{server}/api/events/{event['id']}").json()
    page.goto(
        f"{server}/?lang=en&window=custom&since={event['date']}&until={event['date']}"
        f"&state={event['admin1_code']}&category={event['category']}"
    )
    ready(page)
    page.click(f"tr[data-event-id='{event['id']}'] a")
    page.wait_for_selector("#figures")
    assert f"/events/{event['id']}" in page.url
    outlets = page.locator("#figures thead th").all_inner_texts()[1:]
    assert set(outlets) == {o for by in full["figures"].values() for o in by}
    assert page.locator("#figures tbody tr").count() == len(full["figures"])
    shown = page.eval_on_selector_all(
        "#evidence li, #background li", "items => items.map(li => li.textContent.trim())"
    )
    assert sorted(set(shown)) == sorted({" ".join(e["text"].split()) for e in full["evidence"]})
    page.locator("#evidence a").first.click()
    page.wait_for_selector("#article-text")
    assert page.inner_text("#article-text")


def test_article_markup_is_shown_as_text_and_never_runs(server: str, page: Any) -> None:
    article = httpx.get(f"{server}/api/articles/{HOSTILE['id']}").json()
    assert article["events"], "the hostile article must produce an event"
    page.goto(f"{server}/events/{article['events'][0]['id']}?lang=es")
    evidence = page.inner_text("#evidence")
    assert "<img src=x onerror=" in evidence
    assert "Diario Sintético <b>del Pacífico</b>" in page.inner_text("#evidence")
    reports = page.inner_text("main")
    assert "<script>window.__xss='title'</script>" in reports
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    page.click("#evidence a")
    page.wait_for_selector("#article-text")
    text = page.inner_text("#article-text")
    assert "<script>window.__xss='body'</script>" in text and "<img src=x" in text
    assert page.inner_text("#article-title") == HOSTILE["title"]
    page.goto(f"{server}/?lang=es&window=all&state=MX-SIN")
    ready(page)
    page.wait_for_timeout(300)  # give any injected handler a chance to fire
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[onerror]").count() == 0


def test_language_switch_keeps_the_filters(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=7d&category=arrest")
    ready(page)
    assert page.get_attribute("html", "lang") == "en"
    page.click("#lang-switch")
    ready(page)
    assert page.get_attribute("html", "lang") == "es"
    assert page.input_value("#f-category") == "arrest"
    assert page.inner_text("#list-title") == "Eventos"


def test_keyboard_and_phone_width(server: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="es-MX")
    pg = context.new_page()
    pg.goto(f"{server}/")
    ready(pg)
    assert pg.get_attribute("html", "lang") == "es"
    assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    pg.keyboard.press("Tab")
    assert pg.evaluate("document.activeElement.className") == "skip"
    for field in ("#f-state", "#f-category", "#f-actor", "#f-status"):
        label = pg.evaluate(f"document.querySelector('{field}').labels.length")
        assert label == 1, field
    context.close()


def test_api_docs_render_under_the_content_security_policy(server: str, page: Any) -> None:
    # /docs starts Swagger UI from /static/docs.js: no inline script for the CSP to refuse
    # (the page fixture fails the test on any CSP report).
    page.goto(f"{server}/docs")
    page.wait_for_selector(".swagger-ui .opblock-tag", timeout=30_000)
    assert "/api/events" in page.inner_text(".swagger-ui")


def test_screenshot_path_is_documented() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    assert "docs/dashboard.png" in readme
    assert (Path(__file__).parent.parent / "docs" / "dashboard.png").is_file()


# --- issue 12: names in the URL, downloads, wire-desk list and page, map, timeline, phone ----


def event_with(server: str, predicate: Any) -> dict[str, Any]:
    """The first event (most sources first) whose full record satisfies `predicate`."""
    for e in api_events(server, sort="-n_sources"):
        full = httpx.get(f"{server}/api/events/{e['id']}").json()
        if predicate(full):
            return dict(full)
    raise AssertionError("no such event in the demo data")


@pytest.mark.parametrize("state", ["Jalisco", "jalisco", "14", "JAL"])
def test_state_in_the_url_by_name_or_code(server: str, page: Any, state: str) -> None:
    page.goto(f"{server}/?lang=en&window=all&state={state}")
    ready(page)
    assert page.input_value("#f-state") == "MX-JAL"
    assert page.inner_text("#s-events") == str(len(api_events(server, state="MX-JAL")))


def test_unknown_state_in_the_url_is_named_with_a_suggestion(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all&state=Jalsco")
    ready(page)
    assert "did you mean 'Jalisco'" in page.inner_text("[role=alert]")
    assert page.input_value("#f-state") == ""


def test_download_links_export_the_current_view(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all")
    before = ready(page)
    page.select_option("#f-state", "MX-SIN")
    refreshed(page, before)
    formats = page.eval_on_selector_all("#downloads a", "links => links.map(a => a.dataset.format)")
    assert formats == ["csv", "acled-csv", "geojson", "json"]
    href = page.get_attribute("#downloads a[data-format=json]", "href")
    assert "state=MX-SIN" in href and "format=json" in href
    events = httpx.get(server + href).json()
    assert len(events) == len(api_events(server, state="MX-SIN")) > 0
    assert all(e["admin1_code"] == "MX-SIN" and e["sources"][0]["source"] for e in events)


def test_event_rows_read_like_headlines(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all")
    ready(page)
    total = len(api_events(server))
    assert page.inner_text("#list-count") == f"Showing 50 of {total} events"
    first = api_events(server)[0]
    row = page.locator(f"tr[data-event-id='{first['id']}']")
    headline = row.locator("td.headline").inner_text()
    assert headline.startswith(page.inner_text(f"#f-category option[value={first['category']}]"))
    assert (first["admin2"] or first["admin1"]) in headline
    actors = row.locator("td.actors").inner_text()
    assert actors == ", ".join(a["name"] for a in first["actors"])
    assert row.locator("td.sources").inner_text() == str(first["n_sources"])


def test_sorting_by_killed(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all")
    before = ready(page)
    page.click("#events button[data-sort=fatalities]")
    refreshed(page, before)
    assert "sort=-fatalities" in page.url
    assert page.get_attribute("#events th:has(button[data-sort=fatalities])", "aria-sort") == (
        "descending"
    )
    killed = [int(x) for x in page.locator("#events td.killed").all_inner_texts() if x != "?"]
    assert killed == sorted(killed, reverse=True) and killed[0] > 0


def test_event_page_says_whose_figure_the_toll_is(server: str, page: Any) -> None:
    event = event_with(
        server, lambda e: len((e["resolved"].get("fatalities") or {}).get("sources", {})) >= 2
    )
    figures = event["resolved"]["fatalities"]
    numbered = {k: v for k, v in figures["sources"].items() if k not in figures.get("bounds", [])}
    page.goto(f"{server}/events/{event['id']}?lang=en")
    toll = page.inner_text("#toll")
    kind = "lower" if len(numbered) == 2 else "median"
    assert f"{figures['value']}, the {kind} of {len(numbered)} sources:" in toll
    for outlet, value in figures["sources"].items():
        assert f"{outlet} {value}" in toll


def test_event_page_sets_apart_sources_that_give_no_number(server: str, page: Any) -> None:
    # A report that only says the leader died ("at least 1") is listed, but not as a
    # figure the toll is resolved from.
    event = event_with(server, lambda e: (e["resolved"].get("fatalities") or {}).get("bounds"))
    figures = event["resolved"]["fatalities"]
    page.goto(f"{server}/events/{event['id']}?lang=en")
    toll = page.inner_text("#toll")
    bounds = page.inner_text("#toll-bounds")
    assert "with no number, at least:" in bounds
    for outlet in figures["bounds"]:
        assert f"{outlet} {figures['sources'][outlet]}" in bounds
    assert toll.index(f"{figures['value']}, the ") < toll.index(bounds.strip())
    assert figures["value"] > min(figures["sources"].values())


def test_event_page_groups_evidence_by_article_and_marks_figures(server: str, page: Any) -> None:
    event = event_with(server, lambda e: len({r["article_id"] for r in e["reports"]}) >= 3)
    page.goto(f"{server}/events/{event['id']}?lang=en")
    articles = page.locator("#evidence article")
    links = page.locator("#evidence article h3 a")
    assert articles.count() == links.count() >= 3
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(set(hrefs)) == len(hrefs)  # one link per article
    assert page.locator("#evidence mark.figure").count() > 0
    assert all(m.strip() for m in page.locator("#evidence mark.figure").all_inner_texts())


def test_event_page_keeps_background_sentences_apart(server: str, page: Any) -> None:
    from sucesos.web.event_view import is_background

    event = event_with(server, lambda e: any(is_background(x["text"]) for x in e["evidence"]))
    page.goto(f"{server}/events/{event['id']}?lang=en")
    background = [
        " ".join(x["text"].split()) for x in event["evidence"] if is_background(x["text"])
    ]
    page.click("#background summary")
    assert set(page.locator("#background li").all_inner_texts()) == set(background)
    assert not set(page.locator("#evidence li").all_inner_texts()) & set(background)


def test_spanish_event_page_has_no_english_labels(server: str, page: Any) -> None:
    event = event_with(server, lambda e: e["actors"] and e["figures"] and e["disputed"])
    page.goto(f"{server}/events/{event['id']}?lang=es")
    facts = "\n".join(page.inner_text(x) for x in (".facts", "#figures", "#toll", ".history"))
    english = (
        "perpetrator|participant|target|state forces|armed group|killed|fatalities|injured|"
        "arrested|precision|municipality|security_forces|armed_group|linked report|created from"
    )
    assert re.findall(rf"\b({english})\b", facts, flags=re.IGNORECASE) == []
    assert "Muertes" in facts


def test_map_zooms_to_the_state_in_the_url_and_labels_towns(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=all")
    ready(page)
    page.wait_for_selector("#map[data-zoom]")
    whole = float(page.get_attribute("#map", "data-zoom"))
    page.goto(f"{server}/?lang=en&window=all&state=Jalisco")
    ready(page)
    page.wait_for_selector("#map[data-towns]")
    assert float(page.get_attribute("#map", "data-zoom")) >= whole + 2
    labels = page.locator(".town-label").all_inner_texts()
    assert "Guadalajara" in labels and int(page.get_attribute("#map", "data-towns")) == len(labels)


def test_timeline_has_a_readable_axis_and_a_complete_legend(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=30d")
    ready(page)
    ticks = page.eval_on_selector_all("#timeline text.x-tick", "ts => ts.map(t => t.textContent)")
    assert len(ticks) >= 3 and all(any(c.isalpha() for c in tick) for tick in ticks)  # "Nov 2"
    assert page.locator("#timeline text.y-tick").count() >= 3
    legend = page.inner_text("#timeline-legend")
    assert "…" not in legend
    stats = httpx.get(
        f"{server}/api/stats",
        params={"since": page.input_value("#f-since"), "until": page.input_value("#f-until")},
    ).json()
    labels = {c["name"]: c["label"] for c in httpx.get(f"{server}/api/categories").json()}
    assert all(labels[g["key"]] in legend for g in stats["by_category"])


def test_the_timeline_says_its_period(server: str, page: Any) -> None:
    page.goto(f"{server}/?lang=en&window=30d")
    ready(page)
    assert page.get_attribute("#timeline-title", "data-bucket") == "day"
    assert page.inner_text("#timeline-title") == "Events per day"
    last = page.input_value("#f-until")
    page.goto(f"{server}/?lang=es&since=2024-06-01&until={last}")
    ready(page)
    assert page.get_attribute("#timeline-title", "data-bucket") == "month"
    assert page.inner_text("#timeline-title") == "Eventos por mes"
    days = page.eval_on_selector_all("#timeline svg rect", "rs => rs.map(r => r.dataset.day)")
    assert days and all(day.endswith("-01") for day in days)


def test_phone_filters_collapse_and_rows_keep_toll_sources_status(
    server: str, browser: Any
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    pg = context.new_page()
    pg.goto(f"{server}/?lang=en&window=all")
    ready(pg)
    assert not pg.is_visible("#f-state")
    pg.click("#filters-toggle")
    assert pg.is_visible("#f-state")
    assert pg.get_attribute("#filters-toggle", "aria-expanded") == "true"
    row = pg.locator("#events tbody tr").first
    for cell in ("td.killed", "td.sources", "td.status"):
        box = row.locator(cell).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, cell
    context.close()


def test_phone_tables_scroll_inside_their_box(server: str, browser: Any) -> None:
    event = event_with(
        server, lambda e: len(e["figures"] and next(iter(e["figures"].values()))) >= 4
    )
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-US")
    pg = context.new_page()
    pg.goto(f"{server}/events/{event['id']}?lang=en")
    assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    wrap = "document.querySelector('#figures').parentElement"
    assert pg.evaluate(f"{wrap}.scrollWidth > {wrap}.clientWidth")
    context.close()


def test_tapalpa_clash_page_shows_the_toll_its_sources_give(server: str, page: Any) -> None:
    # Issue 9: the demo's Tapalpa clash killed the cartel leader and four of his bodyguards,
    # as every official source says ("murieron Medina Ruiz y cuatro de sus escoltas"); its
    # event page must say 5, not the one named victim.
    article = httpx.get(f"{server}/api/articles/demo-a01").json()
    clashes = [
        e for e in article["events"] if e["category"] == "armed_clash" and e["admin2"] == "Tapalpa"
    ]
    event = max(
        clashes, key=lambda e: len(httpx.get(f"{server}/api/events/{e['id']}").json()["reports"])
    )
    page.goto(f"{server}/events/{event['id']}?lang=en")
    toll = page.inner_text("#toll")
    assert toll.split(",")[0].strip().endswith("5"), toll
    assert httpx.get(f"{server}/api/events/{event['id']}").json()["fatalities"] == 5
