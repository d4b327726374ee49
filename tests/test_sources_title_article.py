"""A capitalised Spanish article inside a sentence, before another capital, opens a title and
stays in the source's name ("según El Diario de Juárez", not "Diario de Juárez"); at the start
of a sentence or a line the capital says nothing and the article is dropped as any other
("La Fiscalía informó" names "Fiscalía"). Every sentence here was written for these tests;
the outlets named are invented or generic."""

from __future__ import annotations

import pytest
from conftest import sentence_sources as names


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Dos hombres murieron en un ataque en la colonia Centro, según El Diario del Norte.",
            "El Diario del Norte",
        ),
        (
            "Four men were killed at a ranch, according to El Vocero de la Sierra.",
            "El Vocero de la Sierra",
        ),
    ],
)
def test_a_title_keeps_its_article(sentence: str, title: str) -> None:
    assert names(sentence) == [title]


def test_an_article_at_the_start_of_a_sentence_is_dropped() -> None:
    assert names("La Fiscalía del Estado informó que dos hombres murieron.") == [
        "Fiscalía del Estado"
    ]


def test_a_cue_followed_only_by_small_words_names_nobody() -> None:
    # an article and a linking word after "según" leave no name at all (this raised before)
    assert names("Dos hombres murieron en la colonia, según el de") == []
