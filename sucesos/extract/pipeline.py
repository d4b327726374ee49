"""Extraction pipeline (placeholder until the stages land)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from sucesos.models import Article, EventRecord


@lru_cache(maxsize=1)
def default_pipeline() -> Callable[..., list[EventRecord]]:
    def run(article: Article, *, home_state: str | None = None) -> list[EventRecord]:
        return []

    return run
