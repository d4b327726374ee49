"""Assembly is skipped for a text with no event word and no figure: nothing to draft."""

from __future__ import annotations

import pytest

from sucesos.extract import assemble
from sucesos.extract.assemble.categories import combinations, sentence_categories
from sucesos.extract.pipeline import default_pipeline
from sucesos.models import Article


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("assembly read a text with no event word and no figure")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El gobernador inauguró un hospital nuevo en Morelia", "es"),
        ("The mayor opened a new library in Puebla on Monday", "en"),
    ],
)
def test_no_event_word_and_no_figure_is_not_assembled(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str
) -> None:
    monkeypatch.setattr(assemble.Found, "of", _never)
    doc = default_pipeline().run(Article(text=text, language=language))
    assert not doc.triggers and not doc.counts
    assert doc.failed_stage is None
    assert doc.events == []


def test_a_figure_alone_is_still_assembled(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = assemble.Found.of

    def counted(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(assemble.Found, "of", counted)
    article = Article(text="Tres muertos y dos heridos en Celaya", language="es")
    doc = default_pipeline().run(article)
    assert doc.counts
    assert calls == [1]


def test_no_category_without_an_event_word_or_a_figure() -> None:
    # what the skip rests on: every combination of categories has parts
    assert all(parts for parts, _ in combinations())
    assert sentence_categories(set(), []) == set()
