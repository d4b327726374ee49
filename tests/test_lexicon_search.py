"""`sucesos.extract.lexicon_search.PhraseSearch`: a lexicon list matched by one regex built
from its patterns answers `occurs` exactly as a `PhraseMatcher` of the same list answers
whether `find` finds anything, without expanding the patterns into an automaton."""

from __future__ import annotations

import pytest

from sucesos.extract.lexicon import PhraseMatcher, expand, load_data
from sucesos.extract.lexicon_search import PhraseSearch, pattern_shape, phrases
from sucesos.extract.text import fold

# the lists read through a PhraseSearch (assemble/news.py, assemble/tallies.py)
SEARCHED = ("long_periods", "total_periods", "tally_periods")


@pytest.mark.parametrize("name", SEARCHED)
def test_a_shape_stands_for_the_phrases_expand_gives(name: str) -> None:
    for pattern in load_data("lexicon/cues.toml")["statistic"][name]:
        assert phrases(pattern_shape(pattern)) == set(expand(pattern)), pattern


@pytest.mark.parametrize(
    "pattern",
    [
        "desde (enero|marzo) [de|del] [2020|2021] (a|hasta) [finales de|mediados de] (mayo|junio)",
        "[la|su] privación [ilegal] de la libertad",
        "(over|in) the (past|last) [several] (months|years)",
        "{matar} a (un|dos) [jóvenes|hombres]",
        "they {en:kill} (him|)",
        "[muy]",
    ],
)
def test_invented_patterns_expand_alike(pattern: str) -> None:
    assert phrases(pattern_shape(pattern)) == set(expand(pattern))


def test_choices_inside_a_word_and_prefix_phrases_are_refused() -> None:
    with pytest.raises(ValueError, match="E005"):
        PhraseSearch(["asesin(o|a)s"])
    with pytest.raises(ValueError, match="E005"):
        PhraseSearch(["balacer*"])
    with pytest.raises(ValueError, match="E005"):
        PhraseSearch(["(de (a|b))"])


PATTERNS = [
    "(de|desde|entre) (enero|marzo|mayo) [de|del] [2021|2022] (a|al|hasta) [finales de] "
    "(junio|julio)",
    "(over|in|during) the (past|last) [several] (months|years)",
    "en los ultimos (meses|anos)",
]
TEXTS = [
    "Entre enero y junio fueron asesinadas 40 personas; de marzo de 2022 a finales de julio, 12.",
    "Desde mayo del 2021 al julio pasado se registraron 30 homicidios en el municipio.",
    "Over the past several years, dozens were killed; in the last months the toll rose.",
    "In the pastyears the word is glued; duringthe past months too, and over the past monthsx.",
    "En los últimos meses, en los ultimos añoss y en los últimos años murieron 15.",
    "",
]


def test_occurs_answers_as_find_on_every_slice() -> None:
    matcher = PhraseMatcher((p, True) for p in PATTERNS)
    search = PhraseSearch(PATTERNS)
    for text in TEXTS:
        folded = fold(text)
        size = len(folded)
        for start in range(0, size + 1, 3):
            for end in [*range(start, size + 1, 4), size]:
                expected = bool(matcher.find(folded, start, end))
                assert search.occurs(folded, start, end) is expected, (text, start, end)
        assert search.occurs(folded) is bool(matcher.find(folded))


def test_a_slice_ending_inside_a_word_takes_no_phrase_that_ends_there() -> None:
    folded = fold("en los ultimos mesestral")
    search = PhraseSearch(["en los ultimos meses"])
    assert not search.occurs(folded, 0, len("en los ultimos meses"))
    assert search.occurs(folded + " ", 0, len("en los ultimos meses")) is False
    assert search.occurs(fold("en los ultimos meses."), 0, len("en los ultimos meses"))


def test_an_empty_list_finds_nothing() -> None:
    assert not PhraseSearch([]).occurs("en los ultimos meses")
