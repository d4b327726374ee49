"""Outlets' home states: from the bundled outlet table, the store, and a first pass.

A local outlet ("El Independiente" of La Paz) often writes "en la colonia Centro" without
naming its state. Its home state is a weak prior for extraction: it breaks ties between
same-named places and places reports that name no place. Every path (extract, eval, ingest,
watch, the API) gets it the same way, through `OutletPriors`, in this order:

1. a home state given with the article (a feed's `home_state`, a record's metadata);
2. the bundled outlet table (`sucesos/data/outlets.toml`, written from the outlets' own
   identity), by the article's web domain, then by the outlet's name;
3. what was learned from where an outlet's articles were confidently placed: in the store
   (`OutletPriors.from_store`) and in a first pass over the batch being extracted
   (`extract_batch`). Never from gold labels.

Outlet names are compared through `outlet_key` (accents, case, spacing and a leading article
ignored), so "Periódico Correo", "periodico  correo" and "El Periódico Correo" are one outlet.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from sucesos.extract.places_index import name_key
from sucesos.extract.places_match import Dropped
from sucesos.models import Article, EventRecord

# An outlet needs this many placed articles, and this share of them in one state.
MIN_ARTICLES = 5
MIN_SHARE = 0.6
MIN_CONFIDENCE = 0.6
# An outlet with this many placed articles is settled: the first pass stops reading it.
SETTLED = 40
# Articles read ahead for the first pass of `extract_batch`.
WINDOW = 2000

_ARTICLES = ("el ", "la ", "los ", "las ", "the ")


# Outlet names and web addresses repeat from article to article (and each article's are
# looked up several times: table, learned homes, batch rounds): their keys are cached.
@lru_cache(maxsize=65536)
def outlet_key(name: str | None) -> str:
    """The one comparison key of an outlet name: folded, single-spaced, no leading article."""
    key = name_key(name or "")
    for article in _ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article) :]
    return key


@lru_cache(maxsize=4096)
def domain_of(url: str | None) -> str:
    """The host of `url` without "www." (empty when there is none)."""
    if not url or "//" not in url:
        return ""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.").removeprefix("m.").removeprefix("amp.")


@dataclass(frozen=True)
class Outlet:
    """One row of the bundled outlet table."""

    name: str
    home_state: str | None  # ISO 3166-2 code; None for national outlets
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    home_town: str | None = None  # INEGI code of the one city a city paper serves


@dataclass(eq=False)  # hashed by identity: `_find` is cached per table
class OutletTable:
    by_key: dict[str, Outlet]
    by_domain: dict[str, Outlet]
    outlets: tuple[Outlet, ...]  # every row, in the table's order

    def find(self, source: str | None, url: str | None) -> Outlet | None:
        """The outlet publishing at `url`'s domain (or a parent domain), else named `source`."""
        return self._find(source, domain_of(url))

    @lru_cache(maxsize=65536)  # noqa: B019 (one table per process, cached itself)
    def _find(self, source: str | None, host: str) -> Outlet | None:
        while host.count(".") >= 1:
            if host in self.by_domain:
                return self.by_domain[host]
            host = host.split(".", 1)[1]
        return self.by_key.get(outlet_key(source)) if source else None


@lru_cache(maxsize=1)
def outlet_table() -> OutletTable:
    """The bundled outlet table (`sucesos/data/outlets.toml`), loaded once."""
    raw = tomllib.loads(resources.files("sucesos.data").joinpath("outlets.toml").read_text())
    by_key: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    outlets: list[Outlet] = []
    for row in raw.get("outlet", []):
        outlet = Outlet(
            name=row["name"],
            home_state=None if row.get("national") else row.get("home_state"),
            domains=tuple(row.get("domains", [])),
            aliases=tuple(row.get("aliases", [])),
            home_town=None if row.get("national") else row.get("home_town"),
        )
        outlets.append(outlet)
        for name in (outlet.name, *outlet.aliases):
            by_key.setdefault(outlet_key(name), outlet)
        for domain in outlet.domains:
            by_domain.setdefault(domain.lower().removeprefix("www."), outlet)
    return OutletTable(by_key, by_domain, tuple(outlets))


def table_home_state(article: Article) -> str | None:
    """The home state the bundled table gives the article's outlet (None: national/unknown)."""
    outlet = outlet_table().find(article.source, article.url)
    return outlet.home_state if outlet else None


def table_home_town(article: Article) -> str | None:
    """The city (INEGI code) the bundled table gives a city paper publishing the article."""
    outlet = outlet_table().find(article.source, article.url)
    return outlet.home_town if outlet else None


def placed_state(records: Iterable[EventRecord]) -> str | None:
    """The state an article's confident, reported events are placed in at town level, if one."""
    states = Counter(
        loc.admin1_code
        for r in records
        if r.status in ("reported", "disputed") and r.confidence >= MIN_CONFIDENCE
        for loc in r.locations[:1]
        if loc.admin1_code and loc.precision in ("municipality", "locality")
    )
    if not states:
        return None
    state, _ = states.most_common(1)[0]
    return state


def first_pass_state(article: Article) -> str | None:
    """The state an article's text confidently names a town in (places only, no priors):
    the evidence a first pass collects for its outlet's home state."""
    from sucesos.extract.places import find_places

    text = article.full_text[:5000]
    states = Counter(
        m.location.admin1_code
        for m in find_places(text)
        if m.score >= MIN_CONFIDENCE
        and m.location.admin1_code
        and m.location.precision in ("municipality", "locality")
    )
    if len(states) != 1:
        return None  # no town, or towns in several states: no evidence either way
    return next(iter(states))


@dataclass
class OutletHomes:
    """Counts of placed articles per outlet (its `outlet_key`) and state."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def observe(self, outlet: str | None, state_code: str | None, n: int = 1) -> None:
        if outlet and state_code:
            self.counts[outlet_key(outlet)][state_code] += n

    def home_state(self, outlet: str | None) -> str | None:
        """The outlet's home state (ISO 3166-2 code), or None while the evidence is thin."""
        if not outlet:
            return None
        states = self.counts.get(outlet_key(outlet))
        if not states:
            return None
        total = sum(states.values())
        state, n = states.most_common(1)[0]
        if total >= MIN_ARTICLES and n / total >= MIN_SHARE:
            return state
        return None


def _learning_key(article: Article) -> str | None:
    return article.source or domain_of(article.url) or None


@dataclass
class OutletPriors:
    """Every source of an outlet's home state, in the order described in the module doc."""

    learned: OutletHomes = field(default_factory=OutletHomes)

    def home_state(self, article: Article) -> str | None:
        """The home state (ISO 3166-2) to extract `article` with, or None."""
        given = article.metadata.get("home_state")
        if isinstance(given, str) and given:
            return given
        outlet = outlet_table().find(article.source, article.url)
        if outlet is not None:
            return outlet.home_state
        return self.learned.home_state(_learning_key(article))

    def needs_learning(self, article: Article) -> bool:
        """True when only learning can give this article's outlet a home state and its
        evidence is not yet settled (a first pass costs a places pass per article)."""
        if article.metadata.get("home_state"):
            return False
        key = _learning_key(article)
        if not key or outlet_table().find(article.source, article.url) is not None:
            return False
        seen = self.learned.counts.get(outlet_key(key))
        return not seen or sum(seen.values()) < SETTLED

    def observe(self, article: Article, state_code: str | None, n: int = 1) -> None:
        self.learned.observe(_learning_key(article), state_code, n)

    def learn_from_batch(self, articles: Iterable[Article]) -> None:
        """First pass: where the texts of outlets the table does not know place their towns."""
        for article in articles:
            if self.needs_learning(article):
                self.observe(article, first_pass_state(article))


Extractor = Callable[..., list[EventRecord]]


def extract_batch(
    articles: Iterable[Article],
    priors: OutletPriors | None = None,
    extractor: Extractor | None = None,
    window: int = WINDOW,
    explain: Callable[[Article, list[Dropped]], None] | None = None,
) -> Iterator[tuple[Article, list[EventRecord] | Exception]]:
    """Each article with its records (or the exception its extraction raised), extracted
    with its outlet's home state. Articles are read `window` at a time: a first pass over
    each window learns home states, then the window is extracted. The one geography path of
    `sucesos extract`, `sucesos eval` and ingestion. `explain`, when given, receives each
    article's place names that were not taken as places, with their reasons (`-v`)."""
    from sucesos.extract.pipeline import default_pipeline

    priors = priors if priors is not None else OutletPriors()

    def default_run(article: Article, home_state: str | None = None) -> list[EventRecord]:
        # the place names not taken (`explain`) are wanted for every article
        doc = default_pipeline().run(article, home_state=home_state, events_only=explain is None)
        if explain is not None:
            explain(article, doc.place_drops)
        return doc.events

    run = extractor or default_run
    buffer: list[Article] = []

    def flush() -> Iterator[tuple[Article, list[EventRecord] | Exception]]:
        priors.learn_from_batch(buffer)
        for article in buffer:
            try:
                records: list[EventRecord] | Exception = run(
                    article, home_state=priors.home_state(article)
                )
            except Exception as exc:  # reported to the caller with its article
                records = exc
            yield article, records
        buffer.clear()

    for article in articles:
        buffer.append(article)
        if len(buffer) >= window:
            yield from flush()
    yield from flush()
