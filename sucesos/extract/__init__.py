"""Extraction: one article in, the list of events it reports out.

`extract(article)` runs the named stages of `sucesos.extract.pipeline` over the article.
"""

from __future__ import annotations

from sucesos.models import Article, EventRecord


def extract(article: Article, *, home_state: str | None = None) -> list[EventRecord]:
    """Events reported by `article`, each with place, date, actors, counts and evidence.

    `home_state` is the outlet's home state (ISO 3166-2 code such as "MX-JAL"), used only to
    break ties between same-named places. Returns an empty list for text with no event.
    """
    from sucesos.extract.pipeline import default_pipeline

    return default_pipeline()(article, home_state=home_state)
